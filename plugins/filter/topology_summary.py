# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Filter hyperv.network.topology_summary: one host's summary row (plan playbook, set_stats)."""

from __future__ import annotations

from ansible.errors import AnsibleFilterError
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_summary import parent_summary_row, summary_row

DOCUMENTATION = r"""
name: topology_summary
short_description: Summarise one host's part of a topology and what the converge did
version_added: 0.1.0
author: hyperv.network developers (@hyperv-network)
description:
  - Returns a row with the host, topology, state, network, subnet, gateway, adapter, whether the converge changed
    anything, its planned or applied operations and bridge calls (and for overlay the provider address and route count).
  - Render a list of rows with P(hyperv.network.topology_summary_table#filter).
positional: _input, host
options:
  _input:
    description: The resolved topology.
    type: dict
    required: true
  host:
    description: The host's inventory name.
    type: str
    required: true
  result:
    description:
      - The registered host_network result, or a list of them (gather, converge, routes, teardown); changes and
        operations are combined and bridge calls added up. Skipped results count for nothing.
    type: raw
  routes:
    description: The host's overlay routes.
    type: list
    elements: dict
  pending:
    description:
      - Plan (check mode) lines for changes no host_network task can plan yet (an overlay route to a member whose
        network is still to be created, its DR MAC is unknown); added to the row's operations and listed as
        C(pending).
    type: list
    elements: str
    version_added: 0.1.0
  parent:
    description:
      - O(host) is a parent Hyper-V host of container VMs and O(result) the role's MAC spoofing task on it; the row has
        C(role=parent), C(parent_of) (the topology's VMs on it), C(changed), C(operations) and C(bridge_calls).
    type: bool
    default: false
    version_added: 0.1.0
"""

EXAMPLES = r"""
row: "{{ preflight.topology | hyperv.network.topology_summary(inventory_hostname, result=converge) }}"
"""

RETURN = r"""
_value:
  description: The summary row.
  type: dict
"""


def topology_summary(topology, host, result=None, routes=None, *, pending=None, parent=False):
    """Filter entry: see DOCUMENTATION."""
    if not isinstance(topology, dict) or "hosts" not in topology:
        raise AnsibleFilterError("topology_summary: expects the topology from topology_preflight")
    if parent:
        return parent_summary_row(topology, host, result)
    return summary_row(topology, host, result, routes, pending=pending)


class FilterModule:
    """hyperv.network.topology_summary"""

    def filters(self):
        return {"topology_summary": topology_summary}
