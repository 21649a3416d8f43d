# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Filter hyperv.network.overlay_firewall_rules: an overlay host's inbound VXLAN rule from its route list."""

from __future__ import annotations

from ansible.errors import AnsibleFilterError
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_render import firewall_rule

DOCUMENTATION = r"""
name: overlay_firewall_rules
short_description: Render an overlay host's inbound VXLAN firewall rule from its remote subnet routes
version_added: 0.1.0
author: hyperv.network developers (@hyperv-network)
description:
  - O(_input) is the host's complete RemoteSubnetRoute list (from P(hyperv.network.overlay_routes#filter)).
  - Returns C(config.firewall_rules) of M(hyperv.network.host_network) - one inbound rule allowing UDP
    C(vxlan_port) (4789 by default) from the provider addresses of those routes, that is from the other members
    (kept routes of members outside the play included) - or an empty list when the topology's C(firewall) is false
    or the host has no routes (a rule with no remote address would allow any address).
positional: _input, topology
options:
  _input:
    description: The host's RemoteSubnetRoute list.
    type: list
    elements: dict
    required: true
  topology:
    description: The resolved overlay topology.
    type: dict
    required: true
"""

EXAMPLES = r"""
firewall_rules: "{{ routes | hyperv.network.overlay_firewall_rules(preflight.topology) }}"
# => [{name: hyperv-network-vxlan-hvnet-overlay, direction: inbound, protocol: udp, local_port: 4789,
#      remote_addresses: [10.60.0.22, 10.60.0.23], action: allow, display_name: ...}]
"""

RETURN = r"""
_value:
  description: Zero or one firewall rule.
  type: list
  elements: dict
"""


def overlay_firewall_rules(routes, topology):
    """Filter entry: see DOCUMENTATION."""
    if not isinstance(topology, dict) or topology.get("kind") != "overlay":
        raise AnsibleFilterError("overlay_firewall_rules: expects the resolved overlay topology")
    if not topology.get("firewall", True):
        return []
    try:
        addresses = [r["provider_address"] for r in routes or []]
        # No other member: no rule (an empty address list would mean "from any address" to Windows).
        return [firewall_rule(topology, addresses)] if addresses else []
    except (KeyError, TypeError, ValueError) as exc:
        raise AnsibleFilterError("overlay_firewall_rules: %s" % exc) from exc


class FilterModule:
    """hyperv.network.overlay_firewall_rules"""

    def filters(self):
        return {"overlay_firewall_rules": overlay_firewall_rules}
