# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
# Documentation stub: the module is the action plugin plugins/action/vm_adapter_info.py.

from __future__ import annotations

DOCUMENTATION = r"""
module: vm_adapter_info
short_description: Read the network adapters of VMs on a Hyper-V host
version_added: 0.1.0
description:
  - Returns the network adapters of the VMs on a Hyper-V host, with their switch, VLAN and MAC address spoofing.
  - Reads the host in one round trip and never changes it.
options:
  vm:
    description:
      - Only return adapters of the VMs with these names (exact, case-insensitive). All when unset.
    type: list
    elements: str
  name:
    description:
      - Only return the adapters with these names (exact, case-insensitive; no wildcards). All when unset.
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
  - module: hyperv.network.vm_adapter
  - module: hyperv.network.host_network
author:
  - hyperv.network developers (@hyperv-network)
"""

EXAMPLES = r"""
- name: Read the adapters of one VM
  hyperv.network.vm_adapter_info:
    vm: ctr-vm-1
  register: nics
"""

RETURN = r"""
vm_adapters:
  description:
    - The adapters, sorted by VM name and adapter name.
    - Each item has the keys of the M(hyperv.network.host_network) C(config.vm_adapters) items, plus C(mac_address).
  returned: success
  type: list
  elements: dict
  sample: [{"vm": "ctr-vm-1", "name": "Network Adapter", "switch": "ext-sw", "mac_address_spoofing": true, "owned":
    false}]
bridge_calls:
  description: How many round trips to the host this task made.
  returned: always
  type: int
  sample: 1
"""
