# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Filter hyperv.network.l2bridge_routes: an l2bridge per_host host's routes to every other member's subnet."""

from __future__ import annotations

from ansible.errors import AnsibleFilterError
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_checks import owned_host_routes
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_fleet import FleetError, l2bridge_member_routes
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_render import management_vnic

DOCUMENTATION = r"""
name: l2bridge_routes
short_description: Compute an l2bridge host's routes to the other hosts' subnets through their LAN addresses
version_added: 0.1.0
author: hyperv.network developers (@hyperv-network)
description:
  - O(_input) maps members of an l2bridge C(per_host) fleet to what they published (C(subnet), C(lan_address),
    C(lan_prefix)); members outside the play may be missing or come from the fact cache.
  - Returns O(host)'s C(config.host_routes) of M(hyperv.network.host_network), one route per other member with
    complete facts, C({destination_prefix, next_hop, interface}) on C(vEthernet (<adapter>)), as flannel's host-gw
    backend programs them on Windows, plus every route of O(current) that belongs to no such member (a member outside
    the play with nothing published, or a host that left the group), unless O(prune).
  - A member whose LAN address is not on O(host)'s LAN subnet is an error naming both (no on-link next hop).
positional: _input, host
options:
  _input:
    description: Host name to C({subnet, lan_address, lan_prefix}).
    type: dict
    required: true
  host:
    description: The host whose routes to return.
    type: str
    required: true
  members:
    description: The fleet's members.
    type: list
    elements: str
    required: true
  adapter:
    description: O(host)'s adapter; the routes go on C(vEthernet (<adapter>)).
    type: str
    required: true
  current:
    description: A registered M(hyperv.network.host_network) result of O(host); its ledger's routes are ours.
    type: dict
  prune:
    description: Drop routes that belong to no member (refused while members lack facts).
    type: bool
    default: false
"""

EXAMPLES = r"""
host_routes: >-
  {{ fleet | hyperv.network.l2bridge_routes(inventory_hostname, members=groups['l2'], adapter='Ethernet',
                                             current=gathered) }}
# fleet:
#   hv01: {subnet: 10.250.1.0/24, lan_address: 10.60.0.21, lan_prefix: 10.60.0.0/24}
#   hv02: {subnet: 10.250.2.0/24, lan_address: 10.60.0.22, lan_prefix: 10.60.0.0/24}
# on hv01 => [{destination_prefix: 10.250.2.0/24, next_hop: 10.60.0.22, interface: vEthernet (Ethernet)}]
"""

RETURN = r"""
_value:
  description: The route list of O(host).
  type: list
  elements: dict
"""


def l2bridge_routes(fleet, host, *, members, adapter, current=None, prune=False):
    """Filter entry: see DOCUMENTATION."""
    try:
        owned = owned_host_routes(current) if isinstance(current, dict) else []
        result = l2bridge_member_routes(
            host, list(members), dict(fleet or {}), management_vnic(adapter), current=owned, prune=bool(prune)
        )
        return result["routes"]
    except (FleetError, ValueError, TypeError, KeyError) as exc:
        raise AnsibleFilterError("l2bridge_routes: %s" % exc) from exc


class FilterModule:
    """hyperv.network.l2bridge_routes"""

    def filters(self):
        return {"l2bridge_routes": l2bridge_routes}
