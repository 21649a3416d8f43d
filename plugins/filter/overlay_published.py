# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Filter hyperv.network.overlay_published: what an overlay host publishes for the others' routes."""

from __future__ import annotations

from ansible.errors import AnsibleFilterError
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_published import overlay_published as _published

DOCUMENTATION = r"""
name: overlay_published
short_description: Read an overlay host's subnet, VSID, provider address and DR MAC from its snapshot
version_added: 0.1.0
author: hyperv.network developers (@hyperv-network)
description:
  - O(_input) is a registered M(hyperv.network.host_network) result (its C(snapshot)). Returns what the host's overlay
    network reports, falling back to the resolved topology for the subnet and provider address;
    C(dr_mac_address) is null until HNS has assigned it.
positional: _input, topology, host
options:
  _input:
    description: A registered host_network result.
    type: dict
    required: true
  topology:
    description: The resolved topology.
    type: dict
    required: true
  host:
    description: The host's inventory name.
    type: str
    required: true
  planned:
    description:
      - Check mode (O(_input) is the converge's check-mode result, its snapshot the host before the change); what the
        host will publish once the converge is made. The planned subnet and VSID, the provider address the role gives
        the network, and the DR MAC of the network when the converge keeps it; for a network to be created or
        re-created the DR MAC is C(null) and C(unknown) names it. The result has C(planned) true.
    type: bool
    default: false
    version_added: 0.1.0
"""

EXAMPLES = r"""
- name: Publish this host's overlay facts (cacheable for a separate routes job)
  ansible.builtin.set_fact:
    hyperv_network_overlay_published: >-
      {{ converge | hyperv.network.overlay_published(preflight.topology, inventory_hostname) }}
    cacheable: true
"""

RETURN = r"""
_value:
  description: C({subnet, vsid, provider_address, dr_mac_address}).
  type: dict
"""


def overlay_published(result, topology, host, planned=False):
    """Filter entry: see DOCUMENTATION."""
    if not isinstance(topology, dict) or topology.get("kind") != "overlay":
        raise AnsibleFilterError("overlay_published: expects the resolved overlay topology")
    return _published(topology, host, result, planned=bool(planned))


class FilterModule:
    """hyperv.network.overlay_published"""

    def filters(self):
        return {"overlay_published": overlay_published}
