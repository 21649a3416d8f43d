# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Filter hyperv.network.overlay_routes: each overlay host's RemoteSubnetRoutes to every other host."""

from __future__ import annotations

from ansible.errors import AnsibleFilterError
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_checks import network_routes
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_fleet import (
    FleetError,
    overlay_member_routes,
    pending_route_line,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_fleet import overlay_routes as _routes

DOCUMENTATION = r"""
name: overlay_routes
short_description: Compute the RemoteSubnetRoute list of each overlay host from every other host
version_added: 0.1.0
author: hyperv.network developers (@hyperv-network)
description:
  - O(_input) maps each host of an overlay fleet to what it published after its overlay network came up
    (C(subnet), C(vsid), C(provider_address), C(dr_mac_address)).
  - For each host, returns one route per OTHER host, C({destination_prefix, isolation_id, provider_address,
    dr_mac_address}), the MAC normalised to upper case with dashes, sorted by destination; the shape of
    C(config.networks[].remote_subnet_routes) of M(hyperv.network.host_network).
  - A host that has not published all four values is an error that names it.
  - With O(members), the fleet is named (the overlay role passes its fleet group's hosts), and O(_input) may lack
    members or hold incomplete facts for them (outside the play, nothing in the fact cache); O(host)'s list then
    also keeps every route of O(current) that belongs to no member with complete facts (never deleted because a host
    is merely absent from the play), unless O(prune).
positional: _input, host
options:
  _input:
    description: Host name to C({subnet, vsid, provider_address, dr_mac_address}).
    type: dict
    required: true
  host:
    description: Return only this host's list.
    type: str
  members:
    description: The fleet's members (requires O(host)).
    type: list
    elements: str
  current:
    description:
      - With O(members), the host's routes now, or a registered M(hyperv.network.host_network) result whose
        snapshot holds the network O(network).
    type: raw
  network:
    description: The overlay network's name, to read O(current) from a registered result.
    type: str
  prune:
    description: With O(members), drop routes that belong to no member (refused while members lack facts).
    type: bool
    default: false
  pending:
    description:
      - With O(members), return instead the routes to members whose network a plan (check mode) creates or
        re-creates, published with C(planned) by P(hyperv.network.overlay_published#filter); their planned subnet and
        VSID are known, their DR MAC (C(null)) only once HNS has made the network. Each has C(member), C(unknown)
        (the values not known yet) and C(line), the plan's line for it (O(network) names the network). Such a
        member's old routes are dropped from the normal result (replaced).
    type: bool
    default: false
    version_added: 0.1.0
"""

EXAMPLES = r"""
routes: "{{ fleet | hyperv.network.overlay_routes(inventory_hostname) }}"
# fleet:
#   hv01: {subnet: 10.244.1.0/24, vsid: 4096, provider_address: 10.0.0.21, dr_mac_address: 00-15-5d-aa-00-01}
#   hv02: {subnet: 10.244.2.0/24, vsid: 4096, provider_address: 10.0.0.22, dr_mac_address: "00:15:5D:AA:00:02"}
# on hv01 => [{destination_prefix: 10.244.2.0/24, isolation_id: 4096, provider_address: 10.0.0.22,
#              dr_mac_address: 00-15-5D-AA-00-02}]
"""

RETURN = r"""
_value:
  description: Host name to its route list, or the list of O(host).
  type: raw
"""


def overlay_routes(fleet, host=None, *, members=None, current=None, network=None, prune=False, pending=False):
    """Filter entry: see DOCUMENTATION."""
    try:
        if members is None:
            return _routes(dict(fleet or {}), host)
        if isinstance(current, dict):
            current = network_routes(current, network) if network else None
        out = overlay_member_routes(host, list(members), dict(fleet or {}), current or [], bool(prune))
        if pending:
            return [dict(r, line=pending_route_line(network or "", r)) for r in out["pending"]]
        return out["routes"]
    except (FleetError, ValueError, TypeError) as exc:
        raise AnsibleFilterError("overlay_routes: %s" % exc) from exc


class FilterModule:
    """hyperv.network.overlay_routes"""

    def filters(self):
        return {"overlay_routes": overlay_routes}
