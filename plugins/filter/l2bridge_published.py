# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Filter hyperv.network.l2bridge_published: what an l2bridge per_host host publishes for the others' routes."""

from __future__ import annotations

from ansible.errors import AnsibleFilterError
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_published import l2bridge_published as _published

DOCUMENTATION = r"""
name: l2bridge_published
short_description: Read an l2bridge host's subnet and LAN address for the other hosts' routes
version_added: 0.1.0
author: hyperv.network developers (@hyperv-network)
description:
  - O(_input) is a registered M(hyperv.network.host_network) result (its C(snapshot)). Returns the subnet of the
    host's L2Bridge network (falling back to the resolved topology), and the LAN address and LAN subnet the fleet
    preflight read from the host's adapter; the other hosts route the subnet through that address (flannel host-gw).
positional: _input, topology, host
options:
  _input:
    description: A registered host_network result.
    type: dict
    required: true
  topology:
    description: The resolved l2bridge topology (from M(hyperv.network.topology_preflight) with facts).
    type: dict
    required: true
  host:
    description: The host's inventory name.
    type: str
    required: true
  planned:
    description:
      - Check mode (O(_input) is the converge's check-mode result, its snapshot the host before the change); the
        planned subnet (the resolved topology's) instead of the one the host's network has now.
    type: bool
    default: false
    version_added: 0.1.0
"""

EXAMPLES = r"""
- name: Publish this host's subnet and LAN address (cacheable for a separate routes job)
  ansible.builtin.set_fact:
    hyperv_network_l2bridge_published: >-
      {{ converge | hyperv.network.l2bridge_published(preflight.topology, inventory_hostname) }}
    cacheable: true
"""

RETURN = r"""
_value:
  description: C({subnet, lan_address, lan_prefix}).
  type: dict
"""


def l2bridge_published(result, topology, host, planned=False):
    """Filter entry: see DOCUMENTATION."""
    if not isinstance(topology, dict) or topology.get("kind") != "l2bridge":
        raise AnsibleFilterError("l2bridge_published: expects the resolved l2bridge topology")
    return _published(topology, host, result, planned=bool(planned))


class FilterModule:
    """hyperv.network.l2bridge_published"""

    def filters(self):
        return {"l2bridge_published": l2bridge_published}
