# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
# Documentation stub: the module is the action plugin plugins/action/topology_apply.py.

from __future__ import annotations

DOCUMENTATION = r"""
module: topology_apply
short_description: Converge one host's share of a topology, check it, publish and summarise it
version_added: 0.1.0
description:
  - The last of the three tasks of a topology role phase; see C(docs/design/role-phases.md). It takes this host's
    share of the plan that M(hyperv.network.topology_preflight) made once for the fleet (only this host's entry is
    read), converges the host from the snapshot M(hyperv.network.topology_read) took (no second read), checks the
    host is as planned from the apply's own after-snapshot, and fails naming each difference.
  - C(converge) of overlay and l2bridge C(per_host) also publishes the facts the other hosts' routes need (the
    cacheable fact C(hyperv_network_<kind>_published)); an overlay host whose network HNS has not yet given a DR MAC
    and provider address is read again until it has, up to O(wait_for_overlay) seconds.
  - C(routes) builds this host's routes (and the overlay's VXLAN firewall rule) from the fleet's published facts in
    the plan, for this host only, and programs the complete list.
  - Every phase sets the per-host facts C(hyperv_network_<kind>_summary) and C(hyperv_network_<kind>_result)
    (docs/plan-and-picture.md) and adds the summary to the play's stats (C(set_stats) key C(hyperv_network_summary)).
  - A host the plan has no share for (it failed an earlier task) is skipped.
options:
  plan:
    description:
      - Name of the variable that holds the registered result of the phase's M(hyperv.network.topology_preflight).
    type: str
    required: true
  phase:
    description: What to do with this host's share.
    type: str
    choices: [converge, teardown, routes]
    required: true
  recreate:
    description:
      - Delete and re-create an object whose create-only property changed (an L2Bridge subnet, an overlay VSID)
        instead of failing; as M(hyperv.network.host_network)'s O(hyperv.network.host_network#module:recreate). The plan
        playbook sets it in check mode, so that such a change is planned as a replacement.
    type: bool
    default: false
  wait_for_overlay:
    description:
      - overlay C(converge) only. Seconds to wait for HNS to report a new overlay network's DR MAC and provider
        address (the other hosts' routes need them). 0 does not wait.
    type: int
    default: 60
  defer_best_effort:
    description:
      - C(converge) only. Where the converge runs as a detached job (a disruptive create), leave its best-effort
        operations (the C(HostRoute) policy of C(host_route=auto)) to the apply of the C(routes) phase that follows in
        the same role run, which sends them in its own call after the routes (HNS refusing one stays a warning and
        the routes stay applied), instead of a call of their own after the job.
      - Set only where a C(routes) phase follows (the overlay role sets it when it runs both phases). Without it, or
        when the converge is not a job, the converge sends them itself (in its own apply where that is a plain call).
    type: bool
    default: false
extends_documentation_fragment:
  - hyperv.network.common
attributes:
  check_mode:
    description: Plans without changing anything; the post-check is skipped, the plan is reported.
    support: full
  diff_mode:
    description: Returns the before and after of what the phase changes.
    support: full
seealso:
  - module: hyperv.network.topology_read
  - module: hyperv.network.topology_preflight
  - module: hyperv.network.host_network
author:
  - hyperv.network developers (@hyperv-network)
"""

EXAMPLES = r"""
- name: Converge this host's share of the plan
  hyperv.network.topology_apply:
    plan: __nat_plan
    phase: converge
  register: __hyperv_network_nat_converge
"""

RETURN = r"""
changed:
  description: Whether the host changed (in check mode, whether it would).
  returned: always
  type: bool
operations:
  description: One line per operation made (or planned).
  returned: success
  type: list
  elements: str
before:
  description: The touched objects before, in M(hyperv.network.host_network) config form.
  returned: success
  type: dict
after:
  description: The touched objects after.
  returned: success
  type: dict
snapshot:
  description:
    - The host's raw snapshot after the phase as JSON text, for the routes phase of the same run (not for display).
  returned: success of the converge phase of M(hyperv.network.overlay) and M(hyperv.network.l2bridge)
  type: str
routes_folded:
  description:
    - overlay converge only. True where this converge changed nothing and the plan had a fold (the
      O(hyperv.network.topology_preflight#module:fold_routes) option of M(hyperv.network.topology_preflight)), so the
      host's routes and VXLAN rule were programmed in this task, and RV(changed), RV(operations), RV(bridge_calls)
      and RV(snapshot) include them.
  returned: when the routes were programmed in the converge
  type: bool
summary:
  description: This host's summary row (also the fact C(hyperv_network_<kind>_summary)).
  returned: success
  type: dict
differences:
  description: What differs on the host from the plan after the apply.
  returned: when the post-check failed
  type: list
  elements: str
bridge_calls:
  description: Round trips to the host this task made (0 when nothing changed).
  returned: always
  type: int
"""
