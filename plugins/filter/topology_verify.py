# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Filter hyperv.network.topology_verify: post-check a host_network result against the config it was given."""

from __future__ import annotations

from ansible.errors import AnsibleFilterError
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_checks import verify

DOCUMENTATION = r"""
name: topology_verify
short_description: List the differences between a host's snapshot and a desired host_network config
version_added: 0.1.0
author: hyperv.network developers (@hyperv-network)
description:
  - O(_input) is a registered M(hyperv.network.host_network) result; its C(snapshot) is the host after the task, so
    the post-check needs no new read.
  - Compares what the topologies set (names, ownership, types, adapters, prefixes, VSID, VLAN, provider address,
    remote subnet routes, endpoint addresses, VM NIC MAC spoofing). An empty list means converged.
  - With O(absent), every listed object must be gone (the teardown check).
positional: _input, config
options:
  _input:
    description: A registered host_network result (or a raw snapshot).
    type: dict
    required: true
  config:
    description: The config the task was given.
    type: dict
    required: true
  absent:
    description: Check that the listed objects are gone instead.
    type: bool
    default: false
"""

EXAMPLES = r"""
- name: Post-check
  ansible.builtin.assert:
    that: (converge | hyperv.network.topology_verify(config)) | length == 0
    fail_msg: "{{ converge | hyperv.network.topology_verify(config) }}"
"""

RETURN = r"""
_value:
  description: One message per difference.
  type: list
  elements: str
"""


def topology_verify(result, config, absent=False):
    """Filter entry: see DOCUMENTATION."""
    if not isinstance(config, dict):
        raise AnsibleFilterError("topology_verify: config must be a dict")
    return verify(config, result, absent=bool(absent))


class FilterModule:
    """hyperv.network.topology_verify"""

    def filters(self):
        return {"topology_verify": topology_verify}
