# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin of hyperv.network.topology_apply: converge, check, publish and summarise one host's share."""

from __future__ import annotations

import time

from ansible.module_utils.common.text.converters import to_text
from ansible_collections.hyperv.network.plugins.action.host_network import desired_config
from ansible_collections.hyperv.network.plugins.plugin_utils.action_base import HvNetActionBase
from ansible_collections.hyperv.network.plugins.plugin_utils.argspec import (
    argument_spec_from_doc,
    module_documentation,
    validated_parameters,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import HvNetError
from ansible_collections.hyperv.network.plugins.plugin_utils.state import registered_text
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_role import (
    firewall_removal,
    planned_name,
    post_check,
    published_after,
    published_name,
    registered_name,
    routes_share,
    summary_and_result,
    summary_outputs,
    this_run,
    usable_result,
)

try:  # ansible-core 2.21: set_fact's variable layers for any action
    from ansible.plugins.action import VariableLayer
except ImportError:  # 2.20: an action's ansible_facts become cacheable facts
    VariableLayer = None

# The config of a share goes through host_network's own argument spec (defaults of suboptions filled in, the same
# normalisation a host_network task gets). Built here at import, in the main process, so workers inherit it.
HOST_NETWORK_DOC = module_documentation("host_network")
argument_spec_from_doc(HOST_NETWORK_DOC)  # kept in argspec.py's per-process memo; each use takes a copy
_OVERLAY_POLL_S = 2.0


def normalised_config(config):
    """A share's config as a host_network task gets it: its spec's defaults filled in, normalised."""
    validated, errors = validated_parameters(HOST_NETWORK_DOC, {"config": config, "state": "merged"})
    if errors:
        # A plan this collection made that host_network's spec refuses is a bug here, not the user's input.
        raise HvNetError("the planned config does not validate: %s" % to_text(errors[0]))
    return desired_config(validated["config"])


def joined(first, second):
    """Two parts' lists (warnings), or dicts of lists by kind (created, skipped_foreign), as one."""
    if isinstance(first, dict) or isinstance(second, dict):
        out = {k: list(v) for k, v in (first or {}).items()}
        for k, v in (second or {}).items():
            out[k] = out.get(k, []) + list(v)
        return out
    return list(first or []) + list(second or [])


class ActionModule(HvNetActionBase):
    """One host's share of the fleet plan: the only part of the plan this task reads."""

    DOCUMENTATION = module_documentation("topology_apply")

    def run(self, tmp=None, task_vars=None):
        self._facts = ({}, {})  # (ephemeral, cacheable) facts to set on the host, failed or not
        result = super().run(tmp, task_vars)
        if "snapshot" in result:
            result["snapshot"] = registered_text(result["snapshot"])  # one value for ansible-core to register
        ephemeral, cacheable = self._facts
        if ephemeral or cacheable:
            if VariableLayer is not None:
                # Set through the layers only: the same facts again under ansible_facts were the largest part of
                # the result (the result fact holds the phases' objects) for Ansible to copy for every callback.
                self.register_host_variables(cacheable, VariableLayer.CACHEABLE_FACT)
                self.register_host_variables(dict(ephemeral, **cacheable), VariableLayer.EPHEMERAL_FACT)
            else:
                result["ansible_facts"] = dict(ephemeral, **cacheable)
        return result

    # Raw registered values: a plan is fleet-sized, and only this host's entry of it is read (no templating).
    def _raw(self, name):
        return self._task_vars.get(name)

    def run_module(self, args):
        host = to_text(self._task_var("inventory_hostname") or "")
        plan = self._raw(args["plan"])
        if not isinstance(plan, dict) or not isinstance(plan.get("topology"), dict):
            return {"skipped": True, "changed": False, "msg": "no plan for %s (%s did not run)" % (host, args["plan"])}
        topo = plan["topology"]
        kind = topo["kind"]
        phase = args["phase"]
        if phase == "routes":
            outcome = self._routes(host, topo, plan)
        else:
            share = (plan.get("shares") or {}).get(host)
            if share is None:
                return {"skipped": True, "changed": False, "msg": "%s has no share in the plan" % host}
            outcome = self._converge(host, topo, share, phase, args)
        result, routes, pending = outcome
        folded = None
        converged = result
        if phase == "converge" and self._folds(plan, result):
            # A rerun: this converge changed nothing, so the fleet's facts are what the reads showed (the plan's
            # fold) and this host's routes are programmed here; the routes phase then has nothing left to do.
            try:
                folded, routes, pending = self._routes(host, topo, {"fleet": plan["fold"]}, current=result)
            except HvNetError as exc:  # named as the routes part: the converge itself changed nothing
                folded = self._error_result(exc)
                self._user_words(folded)
            if folded.get("failed"):
                folded["phase"] = "routes"
                folded["msg"] = "%s: routes (programmed in the converge, which changed nothing): %s" % (
                    host,
                    folded.get("msg"),
                )
                return folded
            result = self._with_routes(result, folded)
        result["applied_at"] = time.time()
        # The summary and the _result fact count each part once: the converge as it was, the routes as a phase.
        phases = this_run(self._raw, kind, phase, converged)
        if folded is not None:
            phases["routes"] = folded
        if result.get("failed"):
            return result
        summary, role_result = summary_and_result(
            topo, host, phases, routes=routes, pending=pending, check_mode=bool(plan.get("check_mode"))
        )
        if not (phase == "converge" and kind in ("overlay", "l2bridge")):
            # Only the routes phase after a converge stands on the registered snapshot (topology_read's reuse); for
            # the others it is one more copy of the host (every route on overlay and l2bridge) for Ansible to copy,
            # pickle and register.
            result.pop("snapshot", None)
        facts, result["ansible_stats"] = summary_outputs(kind, host, summary, role_result)
        self._facts[0].update(facts)
        result["summary"] = summary
        result["phase"] = phase
        return result

    def _folds(self, plan, result):
        """Whether this converge programs the host's routes too: the plan has a fold and nothing changed here."""
        return (
            isinstance(plan.get("fold"), dict)
            and not self.check_mode
            and not result.get("failed")
            and not result.get("changed")
            and isinstance(result.get("snapshot"), dict)
        )

    @staticmethod
    def _with_routes(result, routes):
        """The converge's result with the folded routes apply in it (the routes phase reads its snapshot)."""
        merged = dict(result)
        merged["routes_folded"] = True
        merged["changed"] = bool(result.get("changed") or routes.get("changed"))
        merged["operations"] = list(result.get("operations") or []) + list(routes.get("operations") or [])
        for key in ("warnings", "skipped_foreign", "created"):  # nothing of either part is dropped
            if result.get(key) or routes.get(key):
                merged[key] = joined(result.get(key), routes.get(key))
        for key in ("bridge_calls", "bridge_attempts"):
            if key in result or key in routes:
                merged[key] = (result.get(key) or 0) + (routes.get(key) or 0)
        if isinstance(routes.get("snapshot"), dict):
            merged["snapshot"] = routes["snapshot"]
        diffs = [
            d
            for part in (result.get("diff"), routes.get("diff"))
            for d in (part if isinstance(part, list) else [part])
            if d
        ]
        if diffs:
            merged["diff"] = diffs[0] if len(diffs) == 1 else diffs  # Ansible shows a list of diffs one by one
        return merged

    def _converge(self, host, topo, share, phase, args):
        kind = topo["kind"]
        gathered = usable_result(self._raw(registered_name(kind, "gathered")))
        teardown = phase == "teardown"
        config = normalised_config(share["config"])
        wait = args["wait_for_overlay"] if kind == "overlay" else 30
        result = self.converge(
            config,
            "deleted" if teardown else "merged",
            snapshot=gathered["snapshot"] if gathered else None,
            wait_for_overlay=wait,
            recreate=args["recreate"],
            job_options={"defer_optional": args["defer_best_effort"]},  # the routes phase's apply sends them
        )
        if not self.check_mode:
            differences = post_check(result, config, absent=teardown)
            if differences:
                msg = "%s is not as planned after the %s: %s" % (host, phase, "; ".join(differences))
                result.update(failed=True, differences=differences, msg=msg)
                return result, None, None
        if teardown or kind not in ("overlay", "l2bridge"):
            return result, None, None
        if self.check_mode:
            planned = published_after(kind, topo, host, result, planned=True)
            if planned is not None:
                self._facts[0][planned_name(kind)] = planned
            return result, None, None
        published = published_after(kind, topo, host, result)
        # The engine already waited where this converge created the network (its confirming poll, then reads up to
        # wait_for_overlay): read again only for a network that existed and still has no DR MAC.
        if (
            published is not None
            and kind == "overlay"
            and not published.get("dr_mac_address")
            and wait > 0
            and not result.get("changed")
        ):
            published, latest = self._await_overlay_facts(topo, host, wait)
            if latest is not None:
                result["snapshot"] = latest
        if published is not None:
            self._facts[1][published_name(kind)] = published
        return result, None, None

    def _await_overlay_facts(self, topo, host, wait):
        """Read again until HNS reports the network's DR MAC and provider address, or ``wait`` seconds pass.

        The converge already waited where it created the network; this covers a network that exists and still has
        none (a converge right after another run's).
        """
        deadline = time.monotonic() + wait
        while True:
            time.sleep(_OVERLAY_POLL_S)
            read = self.converge(None, "gathered")
            published = published_after("overlay", topo, host, read)
            if published.get("dr_mac_address") or time.monotonic() >= deadline:
                return published, read["snapshot"]

    def _routes(self, host, topo, plan, current=None):
        """This host's routes from the plan's fleet; ``current``: the result to plan on (a folded converge's)."""
        from ansible_collections.hyperv.network.plugins.plugin_utils.best_effort import send_owed

        kind = topo["kind"]
        if current is None:
            current = self._routes_current(kind)
        share = routes_share(topo, host, plan.get("fleet") or {}, current, bool(plan.get("check_mode")))
        if share["error"]:
            failed = {"failed": True, "changed": False, "msg": share["error"], "bridge_calls": 0}
            if current is not None and not self.check_mode:
                # The HostRoute an earlier converge (a job) left to this task's apply: still sent, best-effort, in
                # a call of its own; the task fails with its own message (windows-review-6 finding 1).
                failed.update(send_owed(self.bridge_client(), current["snapshot"]))
            return failed, None, None
        if share["config"] is None:
            msg = "nothing to program: %s has no overlay network yet (check mode)" % host
            return {"changed": False, "operations": [], "bridge_calls": 0, "msg": msg}, None, share["pending"]
        config = normalised_config(share["config"])
        result = self.converge(config, "merged", snapshot=current["snapshot"] if current else None, wait_for_overlay=0)
        if share["remove_firewall"] and not result.get("failed"):
            removal = self.converge(
                normalised_config(firewall_removal(topo)), "deleted", snapshot=result.get("snapshot")
            )
            result["changed"] = result.get("changed") or removal.get("changed")
            result["operations"] = list(result.get("operations") or []) + list(removal.get("operations") or [])
            result["snapshot"] = removal.get("snapshot") or result.get("snapshot")
        if not self.check_mode:
            differences = post_check(result, config)
            if differences:
                msg = "%s routes are not as computed: %s" % (host, "; ".join(differences))
                result.update(failed=True, differences=differences, msg=msg)
        return result, share["routes"], share["pending"]

    def _routes_current(self, kind):
        """The routes phase's starting point: this run's converge result, else its latest read."""
        # This host's latest read of the run (a read that reused a converge snapshot is no read): a registered
        # converge older than it is an earlier play's (registered variables last the whole run; windows-review-6
        # finding 3), and planning on its snapshot would send again what that play's routes phase added.
        reads = [self._raw(registered_name(kind, "gathered")), self._raw(registered_name(kind, "routes_read"))]
        last_read = max([(r.get("read_at") or 0) for r in reads if isinstance(r, dict) and not r.get("reused")] + [0])
        current = usable_result(self._raw(registered_name(kind, "converge")))
        if current is not None and (current.get("applied_at") or 0) < last_read:
            current = None
        for name in (registered_name(kind, "routes_read"), registered_name(kind, "gathered")):
            current = current or usable_result(self._raw(name))
        return current
