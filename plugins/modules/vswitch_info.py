# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
# Module stub: the module is the action plugin plugins/action/vswitch_info.py. Its documentation is the sidecar
# plugins/modules/vswitch_info.yml (ansible-doc reads a sidecar when the stub has no DOCUMENTATION).

from __future__ import annotations
