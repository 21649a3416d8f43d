# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
# Module stub: the module is the action plugin plugins/action/host_network.py. Its documentation is the sidecar
# plugins/modules/host_network.yml (ansible-doc reads a sidecar when the stub has no DOCUMENTATION); scripts/gen_docs.py
# writes its config.<kind> items from the documentation fragments that hold each kind's options.

from __future__ import annotations
