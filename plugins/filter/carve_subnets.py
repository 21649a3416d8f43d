# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Filter hyperv.network.carve_subnets: stable per-host subnets from a fleet prefix."""

from __future__ import annotations

from ansible.errors import AnsibleFilterError
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_fleet import FleetError
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_fleet import carve_subnets as _carve

DOCUMENTATION = r"""
name: carve_subnets
short_description: Give each host a subnet of its own from a fleet prefix, stable when hosts come and go
version_added: 0.1.0
author: hyperv.network developers (@hyperv-network)
description:
  - Splits O(prefix) into subnets of O(length) bits and gives one to each host in O(_input).
  - Explicit assignments (O(explicit)) are kept as given. A host whose current subnet (O(existing)) lies inside the
    prefix, has the right length and is not claimed by another keeps it. Every other host takes the first free subnet
    from a SHA-256 hash of its name, probing forward on collisions.
  - So adding or removing hosts never moves a host that already has its subnet, and the answer does not depend on the
    order of the host list.
positional: _input, prefix, length
options:
  _input:
    description: The host names.
    type: list
    elements: str
    required: true
  prefix:
    description: The fleet prefix, for example C(10.244.0.0/16).
    type: str
    required: true
  length:
    description: Prefix length of each host's subnet.
    type: int
    default: 24
  explicit:
    description: Subnets given per host (kept as they are).
    type: dict
  existing:
    description: The subnet each host's network has now (kept where possible).
    type: dict
"""

EXAMPLES = r"""
subnets: "{{ ['hv01', 'hv02', 'hv03'] | hyperv.network.carve_subnets('10.244.0.0/16', 24) }}"
# => {'hv01': '10.244.53.0/24', 'hv02': '10.244.135.0/24', 'hv03': '10.244.254.0/24'}

keep: "{{ groups['hyperv'] | hyperv.network.carve_subnets('10.244.0.0/16', 24, existing={'hv01': '10.244.7.0/24'}) }}"
"""

RETURN = r"""
_value:
  description: Host name to subnet.
  type: dict
"""


def carve_subnets(hosts, prefix, length=24, explicit=None, existing=None):
    """Filter entry: see DOCUMENTATION."""
    try:
        return _carve(list(hosts or []), prefix, length, explicit or {}, existing or {})
    except (FleetError, ValueError) as exc:
        raise AnsibleFilterError("carve_subnets: %s" % exc) from exc


class FilterModule:
    """hyperv.network.carve_subnets"""

    def filters(self):
        return {"carve_subnets": carve_subnets}
