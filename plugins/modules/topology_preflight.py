# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
# Documentation stub: the module is the action plugin plugins/action/topology_preflight.py.

from __future__ import annotations

DOCUMENTATION = r"""
module: topology_preflight
short_description: Check a fleet topology before any host changes, and resolve each host's part of it
version_added: 0.1.0
description:
  - Validates a topology (the variables of one of the roles M(hyperv.network.nat), M(hyperv.network.transparent),
    M(hyperv.network.overlay), M(hyperv.network.l2bridge)) against the collection's topology JSON Schema, resolves each
    host's values (defaults, per-host subnets carved from the fleet prefix, container VM parents) and checks the fleet
    rules; every problem is reported at once, each naming the variable (for example
    C(hyperv_network_overlay_hosts.hv02.subnet)).
  - Without O(facts) it contacts no host and reads no host facts (the roles run it first, so bad input fails before any
    bridge call).
  - With O(facts) it also checks each host's gathered snapshot (the registered result of
    M(hyperv.network.host_network) with C(state=gathered)) for overlapping prefixes within a host, VSID clashes,
    missing adapters or adapters bound to another switch or network, HNS versions too old for a requested feature,
    a CNI (flannel, Calico) managing HNS, one WinNAT prefix per host, names taken by objects this collection did not
    make, a static provider address for overlay. A teardown (C(state=absent)) skips these.
  - Runs on the controller only; use it with C(run_once). It reads the other hosts' variables through C(hostvars).
options:
  topology:
    description:
      - The topology, keyed like the role variables without their prefix, with C(kind) set
        (C(hyperv_network_overlay_prefix) is C(prefix)). See C(docs/topologies.md) and the schema
        C(plugins/plugin_utils/topology.schema.json).
    type: dict
    required: true
  facts:
    description:
      - Name of the host variable that holds each host's registered C(host_network) C(gathered) result. Omit it to check
        only what needs no host facts.
    type: str
  hosts:
    description:
      - The fleet. Defaults to every host of the play (C(ansible_play_hosts_all)).
    type: list
    elements: str
  batch:
    description:
      - The hosts whose facts are checked. Defaults to the current batch (C(ansible_play_batch)), so C(serial) plays
        check each batch as it comes.
    type: list
    elements: str
author:
  - hyperv.network developers (@hyperv-network)
notes:
  - Check mode and diff mode change nothing here; the module never changes anything.
attributes:
  check_mode:
    description: Runs the same in check mode (it never changes anything) and reports it in RV(check_mode).
    support: full
  diff_mode:
    description: Returns no diff; it changes nothing.
    support: none
"""

EXAMPLES = r"""
- name: Check the overlay topology before touching any host
  hyperv.network.topology_preflight:
    topology:
      kind: overlay
      network_name: hvnet-overlay
      prefix: 10.244.0.0/16
      vsid: 4096
      adapter: Ethernet0
  run_once: true
  register: plan

- name: Read each host once
  hyperv.network.host_network:
    state: gathered
  register: gathered

- name: Check the fleet against what the hosts have
  hyperv.network.topology_preflight:
    topology: "{{ plan.topology_input }}"
    facts: gathered
  run_once: true
  register: preflight
"""

RETURN = r"""
topology:
  description: The resolved topology (defaults filled, one entry per fleet host under C(hosts) with its subnet, gateway,
    adapter and, for overlay, provider address and HostRoute).
  returned: success
  type: dict
topology_input:
  description: The topology as given, to pass to a later run of this module.
  returned: success
  type: dict
check_mode:
  description:
    - Whether the task ran in check mode, including a play's or block's C(check_mode) keyword (which
      C(ansible_check_mode) does not reflect). The roles skip their post-checks when it is true.
  returned: always
  type: bool
hosts:
  description: The fleet members, sorted.
  returned: success
  type: list
  elements: str
errors:
  description: Every problem found, each naming the variable and host it is about.
  returned: failure
  type: list
  elements: str
"""
