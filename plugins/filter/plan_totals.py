# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Filter hyperv.network.plan_totals: the totals lines of a plan (to add, to change, to replace, to destroy)."""

from __future__ import annotations

from ansible.errors import AnsibleFilterError
from ansible_collections.hyperv.network.plugins.plugin_utils.fleet_plan import totals_lines

DOCUMENTATION = r"""
name: plan_totals
short_description: Count what a topology plan adds, changes, replaces and destroys, per host and in all
version_added: 0.1.0
author: hyperv.network developers (@hyperv-network)
description:
  - Takes the roles' summary rows (the C(hyperv_network_<role>_summary) facts) and returns, per topology, one line
    per host and one for all hosts, such as C(l2bridge plan, hv01) followed by
    C(0 to add, 0 to change, 2 to replace (1 disruptive), 0 to destroy).
  - An object deleted and created again in the same plan (a create-only property changed, or its network is
    re-created) is one replacement; a replacement with a disruptive operation (an L2Bridge, Overlay or Transparent
    network, an External switch shared with the host) is counted as disruptive.
  - Releases of stale ledger IDs are housekeeping and count for nothing.
positional: _input
options:
  _input:
    description: The summary rows.
    type: list
    elements: dict
    required: true
  label:
    description: The word after the topology, V(plan) for a check-mode run (adds a line when a plan replaces objects).
    type: str
    default: plan
"""

EXAMPLES = r"""
- name: Print the totals
  ansible.builtin.debug:
    msg: "{{ rows | hyperv.network.plan_totals }}"
"""

RETURN = r"""
_value:
  description: The lines.
  type: list
  elements: str
"""


def plan_totals(rows, label="plan"):
    """Filter entry: see DOCUMENTATION."""
    if not isinstance(rows, (list, tuple)):
        raise AnsibleFilterError("plan_totals: expects a list of summary rows, got %s" % type(rows).__name__)
    return totals_lines(list(rows), label=str(label))


class FilterModule:
    """hyperv.network.plan_totals"""

    def filters(self):
        return {"plan_totals": plan_totals}
