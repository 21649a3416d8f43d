# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Filter hyperv.network.fleet_plan: what a topology run plans or did on every host, as one document."""

from __future__ import annotations

from ansible.errors import AnsibleFilterError
from ansible_collections.hyperv.network.plugins.plugin_utils.fleet_plan import fleet_document

DOCUMENTATION = r"""
name: fleet_plan
short_description: What a topology run plans or did on every host, as one document (plan_file, the fleet picture)
version_added: 0.1.0
author: hyperv.network developers (@hyperv-network)
description:
  - Reads, for each host, the role's summary fact C(hyperv_network_<role>_summary) and the host_network results the
    role registered (gathered, converge, routes, teardown), and returns one document; run it once, on the
    controller, after the role.
  - Each host lists its switches, networks (subnets, gateways) and endpoints, what the host has and what the run
    plans or did to them (V(created), V(changed), V(replaced), V(deleted), V(unchanged)), foreign ones marked, its
    operations and its totals. Overlay adds one tunnel per pair of member hosts.
  - Render it with P(hyperv.network.fleet_picture#filter); save it as JSON for review (the C(plan_file) of the
    C(hyperv.network.plan) playbook).
positional: _input, hosts
options:
  _input:
    description: C(hostvars).
    type: raw
    required: true
  hosts:
    description: The hosts to include, usually C(ansible_play_hosts_all).
    type: list
    elements: str
    required: true
  topology:
    description: V(nat), V(transparent), V(overlay) or V(l2bridge); by default the one whose summary the hosts carry.
    type: str
"""

EXAMPLES = r"""
- name: Save the plan
  ansible.builtin.copy:
    content: "{{ hostvars | hyperv.network.fleet_plan(ansible_play_hosts_all) | to_nice_json }}"
    dest: plan.json
  delegate_to: localhost
  run_once: true
"""

RETURN = r"""
_value:
  description:
    - The document (C(format) V(hyperv.network.fleet_plan/1)), with C(topology), C(network), C(state), C(mode)
      (V(plan) in check mode, else V(converge)), C(hosts), C(tunnels), C(totals) and the totals C(lines).
  type: dict
"""


def fleet_plan(hostvars, hosts, topology=None):
    """Filter entry: see DOCUMENTATION."""
    if isinstance(hosts, str) or not isinstance(hosts, (list, tuple)):
        raise AnsibleFilterError("fleet_plan: hosts must be a list of inventory host names")
    try:
        return fleet_document(hostvars, list(hosts), topology or None)
    except ValueError as e:
        raise AnsibleFilterError("fleet_plan: %s" % e) from e


class FilterModule:
    """hyperv.network.fleet_plan"""

    def filters(self):
        return {"fleet_plan": fleet_plan}
