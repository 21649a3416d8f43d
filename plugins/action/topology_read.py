# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin of hyperv.network.topology_read: one host's own values checked, then one read of the host."""

from __future__ import annotations

import time

from ansible.module_utils.common.text.converters import to_text
from ansible_collections.hyperv.network.plugins.action.topology_apply import joined, normalised_config
from ansible_collections.hyperv.network.plugins.plugin_utils import ipcache, role_specs
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils.action_base import HvNetActionBase
from ansible_collections.hyperv.network.plugins.plugin_utils.argspec import module_documentation
from ansible_collections.hyperv.network.plugins.plugin_utils.state import parse_once, registered_text
from ansible_collections.hyperv.network.plugins.plugin_utils.topology import CARVED_KINDS, DEFAULTS
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_checks import existing_subnets
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_render import is_per_host_l2bridge
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_role import (
    HOST_VARS,
    SETTLED_KINDS,
    own_routes_share,
    own_share,
    own_topology,
    post_check,
    published_after,
    published_name,
    registered_name,
    share_digest,
    summary_and_result,
    summary_outputs,
    this_run,
    usable_result,
)

try:  # ansible-core 2.21: variable layers for any action
    from ansible.plugins.action import VariableLayer
except ImportError:  # 2.20 (no layers; it does not share fact dicts either)
    VariableLayer = None

role_specs.prewarm()  # the roles' argument specs, read in the main process (role_specs.py)


class ActionModule(HvNetActionBase):
    """Refuses bad own values before any host contact; reads the host once, or reuses this run's snapshot."""

    DOCUMENTATION = module_documentation("topology_read")

    def contacts_host(self, args):
        return not self._reused(args)

    def run(self, tmp=None, task_vars=None):
        self._values = None
        self._settled_facts = None
        result = super().run(tmp, task_vars)
        values = self._values if self._values is not None else self._task.args.get("values")
        # Always carried, failed or not: the fleet check names every host's values (issue 13).
        result["role_values"] = values if isinstance(values, dict) else {}
        result["read_at"] = time.time()  # the apply tells this run's phases from older registered ones by it
        if "snapshot" in result:
            result["snapshot"] = registered_text(result["snapshot"])  # one value for ansible-core to register
        if VariableLayer is not None:
            # ansible-core 2.21: a run_once set_fact (the roles' parent summaries) gives every host WITHOUT facts one
            # shared fact dict, which later cacheable facts (hyperv_network_<kind>_published) then update in place
            # for all of them at once (VariableManager.set_host_facts keeps the dict it is given). An empty
            # cacheable layer from this per-host task gives each host its own first.
            self.register_host_variables({}, VariableLayer.CACHEABLE_FACT)
        if self._settled_facts and not result.get("failed"):
            # The facts topology_apply sets, set here where this read settled the host's converge (_settle).
            ephemeral, cacheable = self._settled_facts
            if VariableLayer is not None:
                self.register_host_variables(cacheable, VariableLayer.CACHEABLE_FACT)
                self.register_host_variables(dict(ephemeral, **cacheable), VariableLayer.EPHEMERAL_FACT)
            else:
                result["ansible_facts"] = dict(ephemeral, **cacheable)
        return result

    def _reused(self, args):
        # This host's latest read task of the run: the role's read, and an earlier run of this very task (its
        # register name; reused or not, it ran after the result it stood on). A registered result applied before it
        # is an earlier play's (registered variables last the whole run): the host may have changed since (that
        # play's routes phase), so read instead (windows-review-6 finding 3).
        kind = (args.get("values") or {}).get("kind") or args.get("role")
        names = [registered_name(kind, "gathered")] if kind in DEFAULTS else []
        register = getattr(self._task, "register", None)  # ansible-core 2.21: {name: what}; earlier: name
        names += list(register) if isinstance(register, dict) else [register] if isinstance(register, str) else []
        reads = [self._task_vars.get(name) for name in names]
        last_read = max([(r.get("read_at") or 0) for r in reads if isinstance(r, dict)] + [0])
        for name in args.get("reuse") or []:
            # The registered result as it is: templating it walked a fleet-sized snapshot on every host (issue 13).
            result = usable_result(self._task_vars.get(name))
            if result is None:
                continue
            if (result.get("applied_at") or 0) >= last_read:
                return name  # a converge applied after the host's latest read
            if result.get("settled") and (result.get("read_at") or 0) >= last_read:
                return name  # that read itself, where it settled the converge: the role applied nothing after it
        return None

    def _settles(self, args):
        """Whether this read settles its phase (O(settle), not in check mode). overlay's converge settle holds its
        routes, which the fleet check confirms against its fold only where the routes phase runs too: where
        ``hyperv_network_overlay_phase`` is converge, the apply converges the host. The variable is read here, not
        templated into the role's task: an expression there cost every host's read a Jinja compile (issue 13)."""
        if not args.get("settle") or self.check_mode:
            return False
        if args.get("role") == "overlay" and args["phase"] == "converge":
            return self._task_var("hyperv_network_overlay_phase", "all") != "converge"
        return True

    def _role_spec_errors(self, values):
        """The role's meta/argument_specs.yml check on this host's rendered role variables (role_specs.py)."""
        role = values.get("kind")
        if role not in role_specs.ROLES:
            return []
        names = role_specs.spec_only_names(role, values)
        others = {name: self._task_var(name) for name in names if name in self._task_vars}
        return role_specs.role_spec_errors(role, values, others)

    def _role_values(self, role):
        """The role's values as this host's variables give them (what the roles' templated values dict held)."""
        values = {"kind": role}
        for key in DEFAULTS[role]:
            name = "hyperv_network_%s_%s" % (role, key)
            if name in self._task_vars:
                values[key] = self._task_var(name)
        return values

    def run_module(self, args):
        host = to_text(self._task_var("inventory_hostname") or "")
        if (args.get("role") is None) == (args.get("values") is None):
            return {"failed": True, "changed": False, "bridge_calls": 0,
                    "msg": "%s: give exactly one of role and values" % self.module_name()}  # fmt: skip
        if args.get("role") is not None:
            args["values"] = self._values = self._role_values(args["role"])
        # Raw, not templated: inventory group membership holds no template, and templating the groups dict walked
        # every inventory host's name on every host's read (O(fleet) per host, O(fleet^2) per run; issue 13).
        groups = self._task_vars.get("groups") or {}
        spec_errors = self._role_spec_errors(args["values"])
        if spec_errors:
            # ansible-core's own check and message (its validate_argument_spec task, which the playbooks skip).
            return {"failed": True, "changed": False, "argument_errors": spec_errors, "bridge_calls": 0,
                    "msg": "Validation of arguments failed:\n%s" % "\n".join(spec_errors)}  # fmt: skip
        host_vars = {name: self._task_var(name) for name in HOST_VARS}
        inventory = set(groups.get("all") or []) or None
        topology, topo, errors = own_topology(host, args["values"], host_vars, inventory)
        if errors:
            return {"failed": True, "changed": False, "errors": errors, "bridge_calls": 0,
                    "msg": "invalid topology values for %s:\n- %s" % (host, "\n- ".join(errors))}  # fmt: skip
        own = (topology, topo, args["values"], host_vars, inventory)
        settles = self._settles(args)
        settle_routes = settles and args["phase"] == "routes"
        reused = self._reused(args)
        if reused is not None:
            # The name, not a copy: the snapshot holds a route per other host (overlay, l2bridge), and every copy
            # registered on every host is O(fleet) more for Ansible to copy, pickle and hand to each callback.
            result = {"changed": False, "reused": reused, "bridge_calls": 0}
            if settle_routes:
                with parse_once():  # the snapshot parsed once for every check of the settle
                    self._settle_routes(host, own, usable_result(self._task_vars.get(reused)), result)
            return result
        with parse_once():  # the snapshot parsed once: for the read, and for each plan and check of the settle
            result = self.converge(None, "gathered")
            # before and after of a read are its gathered objects again: two more copies of every route for Ansible
            # to copy, pickle and register on every host, which no later task reads.
            result.pop("before", None)
            result.pop("after", None)
            if settle_routes:
                self._settle_routes(host, own, result, result)
            elif settles:
                self._settle(host, own, result, fold_routes=args["fold_routes"])
        # The objects are in the result fact (the settle's, or the apply's from the snapshot: this_run). Registered,
        # they were a route per fleet member more for ansible-core to finalise, pickle and hand to every callback, on
        # every host (issue 13); the snapshot holds them for the later tasks.
        result.pop("gathered", None)
        return result

    def _resolved(self, host, own, read):
        """``(topology, topo)`` of this host for settling: as the pre-contact check resolved them, or (overlay,
        l2bridge) again with the subnet the host's network has, as the fleet step resolves it (carving keeps it)."""
        topology, topo, values, host_vars, inventory = own
        if isinstance(topo, dict) and topo.get("kind") in CARVED_KINDS:
            existing = existing_subnets(topo["network_name"], {host: read})
            if existing and not _same_subnet((topo["hosts"].get(host) or {}).get("subnet"), existing.get(host)):
                topology, topo, _errors = own_topology(host, values, host_vars, inventory, existing)
            elif existing:
                # Carving without the existing subnet gave it already (or the entry names it): resolving again with
                # it gives the very same topology. A copy: the settle fills it in (own_share).
                topo = norm.data_copy(topo)
        return topology, topo

    def _settle(self, host, own, read, fold_routes=False):
        """A rerun's converge, done in its read where this host's own share needs no change (no bridge call).

        The share comes from this host's values (as checked before the read) and its read alone (``own_share``; for
        overlay also the routes the host has now); the fleet step computes its own and counts the host as settled only
        where the two digests are equal, so a share that depends on the fleet is converged by topology_apply as
        before. What the apply would then have done with an empty plan is done here: the post-checks on the read, the
        summary, the result fact, the published facts (overlay, l2bridge) and the play's stats
        (docs/design/role-phases.md).
        ``own`` is ``(topology, topo, values, host_vars, inventory_hosts)`` as the pre-contact check resolved them.
        ``fold_routes`` (l2bridge with per-host subnets): the routes phase's share is settled here too, where the
        routes the host has need no change, with a digest of its own (``settled_routes``): the converge settles
        whatever the routes are, and the fleet step confirms the routes apart (its ``routes_settled``).
        """
        if not isinstance(own[1], dict) or own[1].get("kind") not in SETTLED_KINDS:
            return
        try:
            own = own_share(host, *self._resolved(host, own, read), read)
            if own is None:
                return
            topo, share = own
            phases = {"gathered": dict(read), "converge": self._planned(share["config"], read)}
            if "routes" in share:  # overlay: the routes it has, as the folded converge would program them
                phases["routes"] = self._planned(share["routes"], read)
        except Exception:  # settling is a shortcut: the fleet step and the apply report what it hit
            # A plan the engine refuses (a create-only change), or a snapshot this host's own share cannot be computed
            # from: the read stays a read, and the same code in the fleet step or the apply names it (windows-review-8).
            return
        if any(part is None for part in phases.values()):
            return  # something to do (or best-effort to try), or not as planned: topology_apply's, after the fleet step
        routes = share["routes"]["networks"][0]["remote_subnet_routes"] if "routes" in share else None
        routes_share = self._settled_routes_share(host, topo, read, phases) if fold_routes else None
        if routes_share is not None:
            routes = routes_share["routes"]["host_routes"]
        published = published_after(topo["kind"], topo, host, read)
        # What the apply publishes for the others' routes (overlay, l2bridge), a cacheable fact as there.
        cacheable = {published_name(topo["kind"]): published} if published is not None else {}
        planned = [part for name, part in phases.items() if name != "gathered"]
        self._record_settled(host, (topo, share), phases, read, planned, routes=routes, cacheable=cacheable)
        if routes_share is not None:
            read["settled_routes"] = share_digest(topo, host, routes_share)

    def _settled_routes_share(self, host, topo, read, phases):
        """l2bridge with per-host subnets: the routes phase's share as the host has it, where planned on the read it
        needs no change; its plan joins ``phases`` as the routes phase. Else None (the routes phase then runs as
        before)."""
        if not is_per_host_l2bridge(topo):
            return None
        planned = self._own_routes_planned(host, topo, read)
        if planned is None:
            return None
        phases["routes"] = planned[1]
        return planned[0]

    def _own_routes_planned(self, host, topo, current):
        """``(share, plan)``: the routes the host has now (``own_routes_share``) and their plan on ``current``'s
        snapshot, where it has nothing to do; else None."""
        try:
            share = own_routes_share(host, topo, current)
            planned = self._planned(share["routes"], current) if share is not None else None
        except Exception:  # settling is a shortcut: the fleet step and the routes apply report what it hit
            return None
        return None if planned is None else (share, planned)

    def _settle_routes(self, host, own, current, result):
        """A rerun's routes phase, done in its read where the routes the host has need no change (no bridge call).

        ``current`` is what the routes apply would plan on: the reused result (this run's converge, or its settled
        read), or this read. The share is the routes the host has now (``own_routes_share``); the fleet step builds
        each host's routes from the published facts and counts the host as settled only where the digests are equal.
        Then the summary, the result fact and the play's stats, as the routes apply would set them.
        """
        if current is None:
            return
        try:
            _topology, topo = self._resolved(host, own, current)
        except Exception:  # settling is a shortcut: the fleet step and the routes apply report what it hit
            return
        share_and_plan = self._own_routes_planned(host, topo, current)
        if share_and_plan is None:
            return
        share, planned = share_and_plan
        config = share["routes"]
        listed = config["networks"][0]["remote_subnet_routes"] if topo["kind"] == "overlay" else config["host_routes"]
        own_read = dict(result, read_at=time.time())  # this read (or its reuse), before it is registered
        phases = this_run(self._task_vars.get, topo["kind"], "routes", planned, own_read=own_read)
        # Only this read's plan joins its warnings: a reused converge's are in that converge's own result already.
        self._record_settled(host, (topo, share), phases, result, [planned], routes=listed, cacheable={})

    def _record_settled(self, host, settled, phases, result, planned, *, routes, cacheable):
        """What the apply records for a phase with nothing to do, recorded by this read: the summary and result facts
        (and ``cacheable``, the published facts), the play's stats, the warnings and skipped foreign objects of the
        parts this read ``planned``, and ``settled``, the digest the fleet step confirms of ``settled`` =
        ``(topo, share)``."""
        topo, share = settled
        summary, role_result = summary_and_result(topo, host, phases, routes=routes)
        facts, stats = summary_outputs(topo["kind"], host, summary, role_result)
        self._settled_facts = (facts, cacheable)
        for part in planned:
            for key in ("warnings", "skipped_foreign"):  # what the apply's result would have shown the user
                if part.get(key):
                    result[key] = joined(result.get(key), part[key])
        result["settled"] = share_digest(topo, host, share)
        result["summary"] = summary
        result["ansible_stats"] = stats

    def _planned(self, config, read):
        """``config`` planned on the read's snapshot (no bridge call): its result where nothing is to do and the
        post-check finds the host as planned, else None."""
        if (read.get("snapshot") or {}).get(_owed_key()):
            # Best-effort work an earlier apply left to the next one (the converge's HostRoute, for the routes apply)
            # is never "nothing to do", and plan-only planning does not see it (windows-review-10 finding 1).
            return None
        client = self.bridge_client()
        calls = client.calls
        config = normalised_config(config)
        planned = self.converge(config, "merged", snapshot=read["snapshot"], wait_for_overlay=0, plan_only=True)
        planned["bridge_calls"] = client.calls - calls  # the read's call is the read's (0: planned on its snapshot)
        if planned["bridge_calls"]:
            return None  # planned on a newer read than the one the published facts come from (windows-review-9)
        # Checked on the read's snapshot, which is the plan's (no call made; parsed once inside parse_once).
        if planned.get("failed") or planned.get("changed") or planned.get("operations") or post_check(read, config):
            return None
        planned.pop("snapshot", None)
        return planned


def _same_subnet(a, b):
    """Whether two prefixes are the same subnet (False where either is missing or not a prefix)."""
    try:
        return ipcache.network(a, strict=False) == ipcache.network(b, strict=False)
    except (TypeError, ValueError):
        return False


def _owed_key():
    """The snapshot key of best-effort work an apply left to the next one (the engine's, imported when needed)."""
    from ansible_collections.hyperv.network.plugins.plugin_utils.best_effort import OWED_KEY

    return OWED_KEY
