# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Filter hyperv.network.topology_summary_table: summary rows as an aligned text table."""

from __future__ import annotations

from ansible_collections.hyperv.network.plugins.plugin_utils.topology_summary import summary_table

DOCUMENTATION = r"""
name: topology_summary_table
short_description: Render per-host summary rows as an aligned text table
version_added: 0.1.0
author: hyperv.network developers (@hyperv-network)
description:
  - Takes rows from P(hyperv.network.topology_summary#filter) and returns the lines of a table (host, topology,
    state, network, subnet, gateway, adapter, changed, operation count, bridge calls), sorted by host, followed by
    one line per operation.
positional: _input
options:
  _input:
    description: The rows.
    type: list
    elements: dict
    required: true
"""

EXAMPLES = r"""
- name: Print the plan
  ansible.builtin.debug:
    msg: "{{ rows | hyperv.network.topology_summary_table }}"
"""

RETURN = r"""
_value:
  description: The table's lines.
  type: list
  elements: str
"""


def topology_summary_table(rows):
    """Filter entry: see DOCUMENTATION."""
    return summary_table([r for r in rows or [] if isinstance(r, dict)])


class FilterModule:
    """hyperv.network.topology_summary_table"""

    def filters(self):
        return {"topology_summary_table": topology_summary_table}
