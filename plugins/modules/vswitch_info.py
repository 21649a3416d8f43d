# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
# Documentation stub: the module is the action plugin plugins/action/vswitch_info.py.

from __future__ import annotations

DOCUMENTATION = r"""
module: vswitch_info
short_description: Read Hyper-V virtual switches
version_added: 0.1.0
description:
  - Returns the Hyper-V virtual switches of a host, normalised (switch types and bandwidth modes as names, adapter names
    rather than interface descriptions, notes without the ownership line).
  - Every object carries an C(owned) flag, true when this collection made it. Objects others made (Docker, a CNI,
    another team) are listed too.
  - Reads the host in one round trip and never changes it.
options:
  name:
    description:
      - Only return the switches with these names (exact, case-insensitive; no wildcards). All when unset.
    type: list
    elements: str
    aliases: [names]
extends_documentation_fragment:
  - hyperv.network.common
attributes:
  check_mode:
    support: full
    details: The module only reads; it runs the same in check mode.
  diff_mode:
    support: N/A
    details: The module only reads; there is no diff.
seealso:
  - module: hyperv.network.vswitch
  - module: hyperv.network.host_network
author:
  - hyperv.network developers (@hyperv-network)
"""

EXAMPLES = r"""
- name: Read every switch
  hyperv.network.vswitch_info:
  register: sw

- name: Read two switches
  hyperv.network.vswitch_info:
    name: [ext-sw, nat-sw]
  register: sw
"""

RETURN = r"""
switches:
  description:
    - The switches, sorted by name.
    - Each item has the keys of the M(hyperv.network.host_network) C(config.switches) items, plus C(id), C(owned)
      and, for objects others made, C(foreign) (who made it, when known).
  returned: success
  type: list
  elements: dict
  sample: [{"id": "3f0e8a2c-6a51-4b1e-9d52-0c8f1f2d8e11", "name": "nat-sw", "switch_type": "internal", "owned": true}]
bridge_calls:
  description: How many round trips to the host this task made.
  returned: always
  type: int
  sample: 1
"""
