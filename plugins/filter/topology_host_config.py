# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Filter hyperv.network.topology_host_config: one host's host_network config from a resolved topology."""

from __future__ import annotations

from ansible.errors import AnsibleFilterError
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_checks import host_state, snapshot_of
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_render import host_config, teardown_config

DOCUMENTATION = r"""
name: topology_host_config
short_description: Render one host's hyperv.network.host_network config from a resolved topology
version_added: 0.1.0
author: hyperv.network developers (@hyperv-network)
description:
  - O(_input) is the C(topology) returned by M(hyperv.network.topology_preflight) (defaults filled, one entry per host).
  - With O(mode=converge), returns the C(config) that makes O(host)'s part of the topology (switches, networks with
    their subnets, endpoints). For overlay the anchor network comes first.
  - With O(mode=teardown), returns the names of exactly what the role makes, for C(state=deleted) (endpoints, then
    networks in reverse order, then switches).
positional: _input, host
options:
  _input:
    description: The resolved topology.
    type: dict
    required: true
  host:
    description: The inventory name of the host.
    type: str
    required: true
  mode:
    description: C(converge) or C(teardown).
    type: str
    default: converge
    choices: [converge, teardown]
  facts:
    description:
      - With O(mode=teardown), the host's registered C(state=gathered) result. A host whose snapshot shows no
        Hyper-V PowerShell module (a container VM) gets no switch in the teardown (HNS made it and removes it
        with the network), so the teardown works there too. For l2bridge with per-host subnets, the host routes
        and forwarding interfaces its ledger records are listed, so that they are removed and restored.
    type: dict
"""

EXAMPLES = r"""
- name: Converge this host
  hyperv.network.host_network:
    state: merged
    config: "{{ preflight.topology | hyperv.network.topology_host_config(inventory_hostname) }}"
    snapshot: "{{ gathered.snapshot }}"
"""

RETURN = r"""
_value:
  description: The C(config) option of M(hyperv.network.host_network).
  type: dict
"""


def topology_host_config(topology, host, mode="converge", facts=None):
    """Filter entry: see DOCUMENTATION."""
    if not isinstance(topology, dict) or host not in (topology.get("hosts") or {}):
        raise AnsibleFilterError("topology_host_config: host %s is not in the resolved topology" % host)
    if mode not in ("converge", "teardown"):
        raise AnsibleFilterError("topology_host_config: mode must be converge or teardown, not %r" % mode)
    state = host_state(facts) if mode == "teardown" and facts else None
    if state is not None and state.host.get("hyperv_module") is False:
        # A teardown skips the fact preflight, which marks such hosts: mark it from the gathered snapshot.
        topology = dict(topology, hosts=dict(topology["hosts"]))
        topology["hosts"][host] = dict(topology["hosts"][host], hns_makes_switch=True)
    try:
        if mode == "teardown":
            snapshot = snapshot_of(facts) or {}
            return teardown_config(topology, host, ledger=snapshot.get("ledger"))
        return host_config(topology, host)
    except (KeyError, ValueError) as exc:
        raise AnsibleFilterError("topology_host_config: %s (pass the topology from topology_preflight)" % exc) from exc


class FilterModule:
    """hyperv.network.topology_host_config"""

    def filters(self):
        return {"topology_host_config": topology_host_config}
