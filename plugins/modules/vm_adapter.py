# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
# Documentation stub: the module is the action plugin plugins/action/vm_adapter.py.

from __future__ import annotations

DOCUMENTATION = r"""
module: vm_adapter
short_description: Connect a VM's network adapter on its Hyper-V host, with VLAN and MAC spoofing
version_added: 0.1.0
description:
  - On a Hyper-V host, set one network adapter of one VM. The switch it is connected to
    (C(Connect-VMNetworkAdapter)), its VLAN (C(Set-VMNetworkAdapterVlan)) and MAC address spoofing
    (C(Set-VMNetworkAdapter)), which container hosts need for C(transparent) and C(l2bridge) networks.
  - The adapter itself is never created or removed. O(state=absent) disconnects it from its switch.
  - Options you leave unset are left as they are (resource-module C(merged) semantics).
  - A thin entry to the same engine as M(hyperv.network.host_network) (C(config.vm_adapters)).
options:
  vm:
    description:
      - Name of the VM, matched exactly and case-insensitively.
    type: str
    required: true
  name:
    description:
      - Name of the adapter inside the VM's settings, matched exactly and case-insensitively.
    type: str
    default: Network Adapter
  id:
    description:
      - The NIC's Id (C(Microsoft:<VM GUID>\<NIC GUID>), as C(Get-VMNetworkAdapter) shows it). With it the adapter
        is the VM's NIC of that Id, whatever its name.
      - Without it, a O(name) that several NICs of the VM share (NICs added without a name are all
        C(Network Adapter)) is refused before any change, naming the VM, the name and the count.
    type: str
  switch:
    description:
      - Name of the switch to connect the adapter to.
    type: str
  vlan:
    description:
      - VLAN setting of the adapter.
    type: dict
    suboptions:
      mode:
        description: C(untagged) clears the VLAN, C(access) tags with O(vlan.access_id), C(trunk) allows
          O(vlan.allowed).
        type: str
        choices: [untagged, access, trunk]
        required: true
      access_id:
        description: VLAN ID in C(access) mode, 1 to 4094.
        type: int
      native_id:
        description: Native VLAN ID in C(trunk) mode, 0 to 4094.
        type: int
      allowed:
        description: Allowed VLAN IDs in C(trunk) mode, for example C(1-100,200).
        type: str
  mac_address_spoofing:
    description:
      - Allow the VM to send frames with other MAC addresses (needed by C(transparent) and C(l2bridge) container
        networks
        inside the VM).
    type: bool
  state:
    description:
      - C(present) sets the given properties.
      - C(absent) disconnects the adapter from its switch (the adapter stays in the VM); O(switch) must not be given
        then.
    type: str
    choices: [present, absent]
    default: present
extends_documentation_fragment:
  - hyperv.network.common
seealso:
  - module: hyperv.network.vm_adapter_info
  - module: hyperv.network.host_network
author:
  - hyperv.network developers (@hyperv-network)
"""

EXAMPLES = r"""
- name: Let a container host VM use transparent networking on VLAN 10
  hyperv.network.vm_adapter:
    vm: ctr-vm-1
    switch: ext-sw
    vlan:
      mode: access
      access_id: 10
    mac_address_spoofing: true

- name: Disconnect the second adapter
  hyperv.network.vm_adapter:
    vm: ctr-vm-1
    name: Network Adapter 2
    state: absent
"""

RETURN = r"""
vm_adapter:
  description: The adapter as the host reports it after the task (in check mode, as it would be).
  returned: success
  type: dict
  contains:
    vm:
      description: The VM's name.
      type: str
    name:
      description: The adapter's name.
      type: str
    switch:
      description: The switch it is connected to, or null.
      type: str
    vlan:
      description: Mode, access_id, native_id and allowed.
      type: dict
    mac_address_spoofing:
      description: Whether MAC address spoofing is on.
      type: bool
    id:
      description: The NIC's Id (C(Microsoft:<VM GUID>\<NIC GUID>)), where the host reports it.
      type: str
    mac_address:
      description: The adapter's MAC address.
      type: str
  sample: {"vm": "ctr-vm-1", "name": "Network Adapter", "switch": "ext-sw", "vlan": {"mode": "access", "access_id": 10},
           "mac_address_spoofing": true}
extends_documentation_fragment:
  - hyperv.network.common
"""

# See plugins/plugin_utils/argspec.py: keys the documentation schema has no place for.
ARGSPEC_EXTRAS = {"vlan": {"required_if": [["mode", "access", ["access_id"]]]}}
