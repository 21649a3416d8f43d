# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The options of a VM's network adapter, written once (see plugins/plugin_utils/kind_options.py)."""

from __future__ import annotations


class ModuleDocFragment:
    # O(...) references are relative to the object; scripts/gen_docs.py makes them absolute for host_network.
    DOCUMENTATION = r"""
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
      - The NIC's Id (C(Microsoft:<VM GUID>\<NIC GUID>), as C(Get-VMNetworkAdapter) and this collection's reads show
        it). With it the adapter is the VM's NIC of that Id, whatever its name.
      - Without it, a O(name) that several NICs of the VM share (NICs added without a name are all
        C(Network Adapter)) is refused before any change, naming the VM, the name and the count.
    type: str
  switch:
    description:
      - Name of the switch to connect the adapter to; an empty string disconnects it.
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
"""

    # Read-only facts host_network's gathered output adds (besides common.OBJECT_FACTS); accepted back, ignored.
    GATHERED = r"""
options:
  mac_address:
    description:
      - The adapter's MAC address.
      - Read-only, returned by C(state=gathered); accepted so that gathered output can be fed back, and ignored.
    type: str
"""

    # Argument spec keys the documentation schema has no place for (see plugins/plugin_utils/argspec.py), by option
    # path relative to the adapter; host_network gets them under config.vm_adapters. YAML, as every variable of a
    # documentation fragment is (ansible-test's yamllint reads them all).
    ARGSPEC_EXTRAS = r"""
vlan:
  required_if: [[mode, access, [access_id]]]
"""
