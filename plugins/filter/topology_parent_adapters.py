# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Filter hyperv.network.topology_parent_adapters: container VMs' NICs grouped per parent Hyper-V host."""

from __future__ import annotations

from ansible.errors import AnsibleFilterError
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_spoofing import parent_vm_adapters

DOCUMENTATION = r"""
name: topology_parent_adapters
short_description: Group a topology's container VMs per parent Hyper-V host
version_added: 0.1.0
author: hyperv.network developers (@hyperv-network)
description:
  - For the hosts of a resolved topology that are VMs (C(hyperv_network_parent) set), returns one entry per parent
    with the C(vm_adapters) config that turns MAC address spoofing on (or off) for all of that parent's VMs, so each
    parent gets one M(hyperv.network.host_network) task.
positional: _input
options:
  _input:
    description: The resolved topology.
    type: dict
    required: true
  mac_spoofing:
    description: Turn spoofing on (C(true)) or off (C(false)).
    type: bool
    default: true
  hosts:
    description: Only the VMs among these hosts (for example C(ansible_play_batch)).
    type: list
    elements: str
  hostvars:
    description:
      - With O(mac_spoofing=false), C(hostvars) is read, and a NIC whose parent's fact
        C(hyperv_network_<kind>_spoofing_before) records spoofing on before the role is left on (the teardown
        restores the before-state).
    type: dict
  parent_facts:
    description:
      - The result of a M(hyperv.network.host_network) C(state=gathered) read of each parent Hyper-V host, by
        parent name.
      - With O(hostvars) (each container VM's gathered result, C(__hyperv_network_<kind>_gathered)) a NIC being
        turned on is named by its C(id) when the MAC of the VM's adapter that the network uses matches one NIC of
        the VM on the parent, so a VM with several NICs of one name can be used; else by its name.
    type: dict
"""

EXAMPLES = r"""
- name: Turn MAC address spoofing on for every container VM, one task per parent
  hyperv.network.host_network:
    state: merged
    config:
      vm_adapters: "{{ item.vm_adapters }}"
  delegate_to: "{{ item.parent }}"
  run_once: true
  loop: "{{ preflight.topology | hyperv.network.topology_parent_adapters }}"
"""

RETURN = r"""
_value:
  description: C([{parent, vm_adapters}]) sorted by parent.
  type: list
  elements: dict
"""


def fact_of(hostvars, host, name, default=None):
    """A variable of ``host`` through ``hostvars``, or ``default``."""
    try:
        return hostvars[host].get(name, default)
    except (KeyError, TypeError, AttributeError):
        return default


def topology_parent_adapters(topology, mac_spoofing=True, hosts=None, hostvars=None, parent_facts=None):
    """Filter entry: see DOCUMENTATION."""
    if not isinstance(topology, dict) or "hosts" not in topology:
        raise AnsibleFilterError("topology_parent_adapters: expects the topology from topology_preflight")
    if parent_facts is not None and not isinstance(parent_facts, dict):
        raise AnsibleFilterError("topology_parent_adapters: parent_facts must be a dict {parent: gathered result}")
    before = None
    vm_facts = None
    if hostvars is not None:
        fact = "hyperv_network_%s_spoofing_before" % topology.get("kind")
        parents = {e.get("parent") for e in topology["hosts"].values() if e.get("parent")}
        before = {p: fact_of(hostvars, p, fact) or {} for p in parents}
        gathered = "__hyperv_network_%s_gathered" % topology.get("kind")
        vm_facts = {h: fact_of(hostvars, h, gathered) for h, e in topology["hosts"].items() if e.get("parent")}
    return parent_vm_adapters(
        topology,
        mac_spoofing,
        None if hosts is None else list(hosts),
        before,
        parent_facts=parent_facts,
        vm_facts=vm_facts,
    )


class FilterModule:
    """hyperv.network.topology_parent_adapters"""

    def filters(self):
        return {"topology_parent_adapters": topology_parent_adapters}
