# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Filter hyperv.network.topology_result: the per-host fact a topology role publishes about what it did."""

from __future__ import annotations

from ansible.errors import AnsibleFilterError
from ansible_collections.hyperv.network.plugins.plugin_utils.fleet_plan import role_result

DOCUMENTATION = r"""
name: topology_result
short_description: What a topology role did on one host, per phase, as the fact hyperv_network_<role>_result
version_added: 0.1.0
author: hyperv.network developers (@hyperv-network)
description:
  - O(_input) maps a phase of a topology role (V(gathered), V(converge), V(routes), V(teardown)) to the registered
    M(hyperv.network.host_network) result of that phase; missing and skipped ones are left out.
  - Returns C({check_mode, changed, operations, phases}); each phase keeps C(changed), C(operations), C(before),
    C(after), C(gathered), C(bridge_calls) and C(disruptive) where the result has them (not the raw snapshot).
  - The roles publish it as C(hyperv_network_<role>_result); P(hyperv.network.fleet_plan#filter) (plan_file, the fleet
    picture) reads it.
positional: _input
options:
  _input:
    description: Phase name to registered host_network result.
    type: dict
    required: true
  check_mode:
    description: Whether the role ran in check mode (a plan).
    type: bool
    default: false
"""

EXAMPLES = r"""
- name: Publish what the role did on this host
  ansible.builtin.set_fact:
    hyperv_network_nat_result: >-
      {{ {'gathered': gathered, 'converge': converge | default({})}
         | hyperv.network.topology_result(check_mode=ansible_check_mode) }}
"""

RETURN = r"""
_value:
  description: C({check_mode, changed, operations, phases}).
  type: dict
"""


def topology_result(phases, check_mode=False):
    """Filter entry: see DOCUMENTATION."""
    if not isinstance(phases, dict):
        raise AnsibleFilterError(
            "topology_result: expects a dict of phase name to result, got %s" % type(phases).__name__
        )
    return role_result(phases, check_mode=bool(check_mode))


class FilterModule:
    """hyperv.network.topology_result"""

    def filters(self):
        return {"topology_result": topology_result}
