# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
# Module stub: the module is the action plugin plugins/action/ping.py. Its documentation is the sidecar
# plugins/modules/ping.yml (ansible-doc reads a sidecar when the stub has no DOCUMENTATION).

from __future__ import annotations
