# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
# Documentation stub: the module is the action plugin plugins/action/topology_read.py.

from __future__ import annotations

DOCUMENTATION = r"""
module: topology_read
short_description: Check one host's own topology values, then read the host once (the first task of a role phase)
version_added: 0.1.0
description:
  - The first of the three tasks of a topology role phase (M(hyperv.network.nat), M(hyperv.network.transparent),
    M(hyperv.network.overlay), M(hyperv.network.l2bridge)); see C(docs/design/role-phases.md).
  - Checks the role variables against the role's argument spec (C(meta/argument_specs.yml)) as ansible-core's own
    role check does, with its messages (C(Validation of arguments failed)), so that a play can import the role with
    C(rolespec_validate=false) and save that check's task on every host; the collection's playbooks do.
  - Checks the host's own values of the role variables (O(values)) against the topology schema. A bad value fails the
    task before the host is contacted, naming the role variable. Rules that need the other hosts (a fleet-wide value
    that differs between hosts, carving) are checked by M(hyperv.network.topology_preflight) once every host is read,
    before any change.
  - Then reads the host once, as M(hyperv.network.host_network) with C(state=gathered) does, unless one of O(reuse)
    already holds a complete snapshot of this host from this run (the routes phase after a converge); then it makes
    no bridge call.
  - The result always carries the values (O(values), or those O(role) read) as RV(role_values), also when the task
    fails, so that the fleet check sees every host's values.
options:
  role:
    description:
      - The topology role whose variables (C(hyperv_network_<role>_*)) this host's values are, read from the host's
        variables by the task itself (Ansible's precedence applies per host; a value with a template in it is
        rendered). What the roles use; give either O(role) or O(values).
      - Read by the task rather than rendered into its arguments, no template of the role is compiled in every host's
        task (issue 13).
      - With O(role=overlay), its phase variable C(hyperv_network_overlay_phase) too. O(settle) settles the converge
        only where it is not C(converge), as the converge's settle holds the routes, which the fleet check confirms
        only where the routes phase runs as well.
    type: str
    choices: [nat, transparent, overlay, l2bridge]
  values:
    description:
      - The topology as this host's own variables give it, keyed like the role variables without their prefix, with
        C(kind) set. Give either O(role) or O(values).
    type: dict
  reuse:
    description:
      - Names of this host's registered results whose C(snapshot), if complete, stands for the read. A result of
        M(hyperv.network.topology_apply) applied after this host's latest read counts; so does that latest read
        itself where it settled the converge (O(settle)), as the role applied nothing after it.
    type: list
    elements: str
    default: []
  phase:
    description:
      - The role phase this read is for; what O(settle) settles.
    type: str
    choices: [converge, routes]
    default: converge
  settle:
    description:
      - Reruns of the roles. After the read, compute this host's share of the phase from its own values and its read
        alone; where it needs no change, do here what M(hyperv.network.topology_apply) would do with an empty plan
        (the post-checks on the read, the facts C(hyperv_network_<kind>_summary) and C(hyperv_network_<kind>_result),
        the published facts C(hyperv_network_<kind>_published) of a converge of overlay or l2bridge, the play's
        stats) and return RV(settled).
      - The converge share is resolved with the subnet the host's network has (overlay, l2bridge). For overlay it
        holds the routes the host has now as well; the routes phase's share (O(phase=routes), overlay and l2bridge)
        is the routes the host has now.
      - M(hyperv.network.topology_preflight) then counts the host as settled only where its own share for the host
        has the same digest (routes as it builds them from every member's facts, in overlay's fold or the routes
        phase's fleet), and the role ends after it when every host of the batch is settled (no apply task).
      - Not in check mode, not for a teardown, not for a container VM (its parent's MAC spoofing is a task of its
        own).
      - Makes no bridge call besides the read.
    type: bool
    default: false
  fold_routes:
    description:
      - l2bridge with per-host subnets, with O(settle) in the C(converge) phase. Where the read settles the converge,
        also settle the routes phase's share, the routes the host has now (its ledger's), and return RV(settled_routes)
        besides RV(settled). The summary and the facts then count the routes phase too.
      - M(hyperv.network.topology_preflight) with its O(hyperv.network.topology_preflight#module:fold_routes)
        confirms them against the routes it builds from every host's read
        (RV(hyperv.network.topology_preflight#module:routes_settled)), and the routes phase has nothing left to do.
        The converge settles whatever the routes are.
      - overlay's settle always holds its routes; this option is not needed there.
    type: bool
    default: false
extends_documentation_fragment:
  - hyperv.network.common
attributes:
  check_mode:
    description: Reads the same in check mode (a read changes nothing).
    support: full
  diff_mode:
    description: Returns no diff; it changes nothing.
    support: none
seealso:
  - module: hyperv.network.topology_preflight
  - module: hyperv.network.topology_apply
author:
  - hyperv.network developers (@hyperv-network)
"""

EXAMPLES = r"""
- name: Read this host for the nat role's phase (the role's variables of this host are checked first)
  hyperv.network.topology_read:
    role: nat
  register: __nat_read

- name: Read this host with values given in the task
  hyperv.network.topology_read:
    values:
      kind: nat
      network_name: hvnet-nat
      prefix: 172.30.0.0/24
  register: __nat_read
"""

RETURN = r"""
role_values:
  description: O(values) as given, or the values O(role) read, with C(kind) set.
  returned: always
  type: dict
snapshot:
  description:
    - The host's raw snapshot as JSON text, for the later tasks of the phase (not for display). It is text because
      ansible-core walks a registered result value by value, and a snapshot holds a route per fleet member.
    - The host's objects in M(hyperv.network.host_network) config form, with their read-only facts, are not returned
      (a route per fleet member on every host, for ansible-core to carry); the role's C(hyperv_network_<role>_result)
      fact shows them under C(phases.gathered.gathered).
  returned: success
  type: str
argument_errors:
  description: The role argument spec's messages, as ansible-core's role check returns them.
  returned: when the role's argument spec refuses a variable
  type: list
  elements: str
reused:
  description:
    - The registered result whose snapshot stands for the read (no bridge call), if any; then RV(snapshot) is not
      returned (the later tasks read that result).
  returned: when a snapshot was reused
  type: str
bridge_calls:
  description: Round trips to the host (1, or 0 when a snapshot was reused).
  returned: always
  type: int
settled:
  description:
    - The digest of the share this read settled (O(settle)); M(hyperv.network.topology_preflight) compares it with
      its own share for the host.
  returned: when the read settled the host's share of the phase
  type: str
settled_routes:
  description:
    - With O(fold_routes). The digest of the routes phase's share this read settled with the converge;
      M(hyperv.network.topology_preflight) compares it with the routes it builds for the host.
  returned: when the read settled the host's converge and its routes (l2bridge with per-host subnets)
  type: str
summary:
  description: This host's summary row (also the fact C(hyperv_network_<kind>_summary)), as the apply returns it.
  returned: when the read settled the host's converge
  type: dict
errors:
  description: Every problem in this host's own values, each naming the role variable.
  returned: failure
  type: list
  elements: str
"""
