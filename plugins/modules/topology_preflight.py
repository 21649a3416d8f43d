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
      - Required unless O(read) is given (then the first host's values stand for it).
    type: dict
  read:
    description:
      - Name of the variable that holds each host's registered M(hyperv.network.topology_read) result (the first task
        of a role phase). Each host's own values and snapshot are taken from it (O(values) and O(facts) default to
        it), and the result holds each host's share of the plan under RV(shares), computed once for the whole fleet.
      - Hosts whose read failed still count with their values, so that bad input on one host stops the whole fleet.
    type: str
  phase:
    description:
      - With O(read). C(converge) (the default) checks the facts and plans each host's config (RV(shares)); for a
        teardown (C(state=absent)) the shares list what the role made. C(routes) skips the fact checks (the
        converge made them) and returns the fleet's published facts, this run's included, under RV(fleet), from
        which each host's M(hyperv.network.topology_apply) builds only its own routes.
    type: str
    choices: [converge, routes]
    default: converge
  fold_routes:
    description:
      - overlay, with O(read) and the C(converge) phase, outside check mode. When every host of the batch already
        has its overlay network with its DR MAC and provider address in its read, also return the fleet's facts as
        the reads show them under RV(fold). Each host's M(hyperv.network.topology_apply) then programs its routes in
        the converge, where its converge changes nothing (a rerun), and O(folded) tells the routes phase it has
        nothing left to do.
      - l2bridge with per-host subnets, with O(read) and the C(converge) phase, outside check mode, where every host
        settled its converge (RV(settled)). Build each host's routes as the routes phase would, from every host's read
        and the published facts of the members outside the play. RV(routes_settled) then says whether every host's
        read settled those very routes too (O(hyperv.network.topology_read#module:fold_routes)). The converge does
        not program routes here.
    type: bool
    default: false
  folded:
    description:
      - Name of the variable that holds each host's registered converge M(hyperv.network.topology_apply) result. With
        it the task only answers RV(folded), whether every host of the batch programmed its routes in its converge.
        The other options are then ignored.
    type: str
  facts:
    description:
      - Name of the host variable that holds each host's registered C(host_network) C(gathered) result. Omit it to check
        only what needs no host facts.
    type: str
  hosts:
    description:
      - The play's hosts. Defaults to every host of the play (C(ansible_play_hosts_all)).
    type: list
    elements: str
  values:
    description:
      - Name of a host variable that holds, on every host of the play, the topology as that host's own variables give
        it (the roles set it with C(set_fact) from their role variables, so inventory, group_vars, host_vars and extra
        vars apply with Ansible's precedence). The hosts' values are merged; a variable that may differ per host
        (nat C(prefix)/C(gateway), transparent C(adapter)/C(prefix)/C(gateway), overlay and l2bridge C(adapter))
        becomes that host's entry under C(hosts); any other variable that differs between hosts fails the task, naming
        the variable and the hosts on each side. Without it, O(topology) is the whole fleet's.
    type: str
  fleet_group:
    description:
      - overlay and l2bridge only. The inventory group whose hosts make the fleet, whoever of them is in the play. A
        host of the group outside the play (C(--limit), C(-e target=...), a job slice) keeps its place; its subnet and,
        for routes, its published facts come from this run's facts or the fact cache, and nothing of it is purged.
      - Default the play's C(hosts:) when it names exactly one inventory group; otherwise the fleet is the play's
        hosts, with a warning (routes to hosts outside it are then left as they are).
      - A host in the play but not in the group fails the task.
    type: str
  prune:
    description:
      - overlay only. Routes to hosts that are not members of the fleet are removed (the explicit opt-in to shrink
        the fleet). Refused while a member of the named group outside the play has no published facts; with no
        group, the play's hosts are taken as the whole fleet.
    type: bool
    default: false
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
  description: The hosts the topology was resolved for (the fleet's members for overlay and l2bridge), sorted.
  returned: success
  type: list
  elements: str
fleet:
  description:
    - overlay and l2bridge. C(group), C(members), C(in_play), C(outside_play), C(published) (each member's
      published facts as this controller reads them before the run, from earlier runs' set_fact or the fact cache),
      C(unknown) (members outside the play without complete published facts) and C(prune).
  returned: success, for overlay and l2bridge
  type: dict
shares:
  description:
    - With O(read), phase C(converge). Each host of the batch mapped to C(config), its M(hyperv.network.host_network)
      config (for a teardown, the names of what the role made). A host's M(hyperv.network.topology_apply) reads only
      its own entry.
  returned: success, with read
  type: dict
fold:
  description:
    - With O(fold_routes). RV(fleet) with C(published) as the reads show each host of the batch (members outside the
      play as in RV(fleet)), the facts each host's converge apply builds its routes from.
  returned: with fold_routes, when every host of the batch has complete overlay facts in its read
  type: dict
settled:
  description:
    - nat, transparent, overlay and l2bridge, with O(read), the C(converge) phase of a C(present) topology,
      outside check mode. Whether every host of the batch settled its converge in its read
      (O(hyperv.network.topology_read#module:settle)), with the share this task computed for it (equal digests).
      For overlay the share includes the routes the host gets from RV(fold); without a fold no overlay host is
      settled. Then there is nothing left for M(hyperv.network.topology_apply) to do and the role ends.
    - With O(phase=routes) (overlay, l2bridge), whether every host of the batch settled its routes in its routes
      read (O(hyperv.network.topology_read#module:phase=routes)) as this task builds them from RV(fleet).
  returned: nat, transparent, overlay and l2bridge, C(present), outside check mode
  type: bool
unsettled:
  description: The hosts of the batch whose read did not settle their share (it has something to change), sorted.
  returned: with settled
  type: list
  elements: str
routes_settled:
  description:
    - l2bridge with per-host subnets, with O(fold_routes) and RV(settled) true. Whether every host's converge read
      also settled its routes, with the routes this task built for it (equal digests), and the batch is the whole
      play (a later C(serial) batch would still publish). Then the routes phase has nothing left to do.
  returned: with fold_routes, where the converge settled and every host's read shows its subnet and LAN address
  type: bool
routes_unsettled:
  description: With RV(routes_settled). The hosts of the batch whose read did not settle those routes, sorted.
  returned: with routes_settled
  type: list
  elements: str
routes_settled_hosts:
  description:
    - The hosts whose routes RV(routes_settled) confirmed (the batch), sorted. A later play of the same run (the
      routes play of C(hyperv.network.l2bridge)'s playbook) ends at once only where its hosts are all among them.
  returned: where routes_settled is true
  type: list
  elements: str
folded:
  description: With O(folded). Whether every host of the batch programmed its routes in its converge.
  returned: with folded
  type: bool
unfolded:
  description: With O(folded). The hosts of the batch that did not (their converge changed something), sorted.
  returned: with folded
  type: list
  elements: str
errors:
  description: Every problem found, each naming the variable and host it is about.
  returned: failure
  type: list
  elements: str
"""
