# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Filter hyperv.network.topology_spoofing_before: a parent's record of its container VM NICs' MAC spoofing."""

from __future__ import annotations

from ansible.errors import AnsibleFilterError
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_checks import host_state
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_spoofing import spoofing_before

DOCUMENTATION = r"""
name: topology_spoofing_before
short_description: Record a parent Hyper-V host's container VM NICs' MAC spoofing as it was before the role
version_added: 0.1.0
author: hyperv.network developers (@hyperv-network)
description:
  - O(_input) is the result of the parent's M(hyperv.network.host_network) task that turned spoofing on; its
    C(before) holds each NIC as it was. Returns a dict of C(<VM>/<NIC>) to a bool (names case-folded, as Windows
    compares them) for the VMs whose gathered snapshot did not have the role's network yet (a first converge),
    merged under O(known).
  - The roles keep it as the parent's cacheable fact C(hyperv_network_<kind>_spoofing_before); the teardown
    (M(hyperv.network.topology_parent_adapters) with C(hostvars)) leaves on what was on before.
positional: _input, topology, parent, hostvars
options:
  _input:
    description: The parent task's registered result.
    type: dict
    required: true
  topology:
    description: The resolved topology.
    type: dict
    required: true
  parent:
    description: The parent's inventory name.
    type: str
    required: true
  hostvars:
    description: C(hostvars) (each VM's registered gather result is read from it).
    type: dict
    required: true
  known:
    description: The record so far; its entries win.
    type: dict
"""

EXAMPLES = r"""
- name: Remember spoofing before the role
  ansible.builtin.set_fact:
    hyperv_network_transparent_spoofing_before: >-
      {{ parent_result | hyperv.network.topology_spoofing_before(topology, parent, hostvars) }}
    cacheable: true
  delegate_to: "{{ parent }}"
  delegate_facts: true
"""

RETURN = r"""
_value:
  description: C(<vm>/<nic>) to whether spoofing was on before the role.
  type: dict
"""


def _fact_of(hostvars, host, name, default=None):
    try:
        return hostvars[host].get(name, default)
    except (KeyError, TypeError, AttributeError):
        return default


def topology_spoofing_before(result, topology, parent, hostvars, known=None):
    """The parent's record of its container VM NICs' MAC spoofing before the role (see topology.spoofing_before).

    Only VMs whose gathered snapshot does not have the role's network yet (a first converge) are recorded.
    """
    if not isinstance(topology, dict) or "hosts" not in topology:
        raise AnsibleFilterError("topology_spoofing_before: expects the topology from topology_preflight")
    kind, name = topology.get("kind"), norm.name_key(topology.get("network_name"))
    first = set()
    for host, entry in topology["hosts"].items():
        if entry.get("parent") != parent:
            continue
        state = host_state(_fact_of(hostvars, host, "__hyperv_network_%s_gathered" % kind))
        if state is not None and name not in state.networks:
            first.add(host)
    return spoofing_before(topology, parent, result, first, known)


class FilterModule:
    """hyperv.network.topology_spoofing_before"""

    def filters(self):
        return {"topology_spoofing_before": topology_spoofing_before}
