# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The engine: read, plan, check or apply, report (internal collection use only).

``converge`` implements docs/design/host-network-config.md for every module: one read (unless a
snapshot is passed in), a pure plan, and one apply whose batch ends with a snapshot, so an
unchanged host costs one round trip and a change two. Mutations are never retried: after a
failure or a lost connection the engine reads again and says exactly what took effect.
"""

import json
import math
import re
import uuid
from collections.abc import Callable, Collection
from typing import Any

from ansible_collections.hyperv.network.plugins.plugin_utils import disruptive as detached
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils import planner_host, state_host
from ansible_collections.hyperv.network.plugins.plugin_utils import state as model
from ansible_collections.hyperv.network.plugins.plugin_utils.applying import Apply
from ansible_collections.hyperv.network.plugins.plugin_utils.best_effort import (
    OWED_KEY,
    add_owed,
    apply_optional,
    optional_left,
    send_best_effort,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import (
    BridgeError,
    HvNetError,
    HvNetPlanError,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.overlay_wait import (
    overlay_fact_creates,
    wait_for_overlay_facts,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.plan_ops import Plan, planned_list
from ansible_collections.hyperv.network.plugins.plugin_utils.planner import STATES, plan_host_changes
from ansible_collections.hyperv.network.plugins.plugin_utils.snapshots import (
    SECTION_ORDER,
    merge_snapshots,
    read,
    snapshot_args,
    snapshot_usable,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.validate import validate_config

ALL_KINDS: tuple[str, ...] = model.KINDS + state_host.HOST_KINDS


def scope_kinds(config: dict[str, Any] | None, state: str, kinds: Collection[str] | None = None) -> list[str]:
    """The object kinds a task manages.

    ``kinds`` when given (single-object modules). Otherwise: merged/replaced/overridden manage the
    kinds the config lists (a kind left out or null is neither read nor changed; an empty list is
    a kind with no objects); deleted manages the kinds with listed objects, else the kinds given as
    empty lists, else every kind (the teardown); gathered reads every kind.
    """
    if kinds:
        unknown = [k for k in kinds if k not in ALL_KINDS]
        if unknown:
            raise HvNetError("internal error: unknown kinds %s" % unknown)
        return [k for k in ALL_KINDS if k in kinds]
    config = config or {}
    listed = [k for k in ALL_KINDS if config.get(k) is not None]
    if state in ("merged", "replaced", "overridden"):
        return listed
    if state == "deleted":
        with_objects = [k for k in listed if config.get(k)]
        return with_objects or listed or list(ALL_KINDS)
    return list(ALL_KINDS)


def _report_objects(
    host_state: model.HostState,
    scope: list[str],
    keys: dict[str, set[Any]] | None,
    config: dict[str, Any] | None = None,
) -> dict[str, Any]:
    out = model.gathered(host_state, [k for k in scope if k in model.KINDS], keys)
    host_kinds = [k for k in scope if k in state_host.HOST_KINDS]
    if host_kinds:
        listed = None if keys is None else _listed_host_objects(config, host_state)
        out.update(state_host.report(host_state.host_objects, host_kinds, listed))
    return out


def gathered_objects(snapshot: dict[str, Any]) -> dict[str, Any]:
    """A complete snapshot's objects as a ``state: gathered`` converge reports them (``gathered``), without a call."""
    return _report_objects(model.HostState.parsed(snapshot), scope_kinds(None, "gathered"), None)


def _listed_host_objects(config: dict[str, Any] | None, host_state: model.HostState) -> dict[str, Any]:
    """The task's host-kind items, forwarding items with the alias of their endpoint's interface where known."""
    listed = state_host.desired_host_objects(config)
    for item in listed.get("forwarding") or []:
        if item.get("endpoint"):
            have = host_state.endpoints.get(norm.name_key(item["endpoint"])) or {}
            item["_alias"] = have.get("host_interface")
    return listed


def _predicted_after(before: dict[str, Any], plan: Plan, scope: list[str]) -> dict[str, Any]:
    """Check mode: ``before`` with the plan's expected objects applied (for the diff)."""
    after = planner_host.predicted(before, plan)
    for kind in scope:
        if kind not in before or kind not in model.KINDS:
            continue
        objs = {model.object_key(kind, o): o for o in before[kind]}
        for key, expected in plan.expected[kind].items():
            if expected is None:
                objs.pop(key, None)
            else:
                objs[key] = model.report(kind, expected)
        after[kind] = [objs[k] for k in sorted(objs, key=lambda k: k if isinstance(k, str) else "/".join(k))]
    return after


def _touched_keys(plan: Plan, scope: list[str], state: str, current: model.HostState) -> dict[str, set[Any]]:
    keys = {kind: set(plan.touched[kind]) for kind in model.KINDS}
    if state == "overridden":
        for kind in scope:
            if kind in model.KINDS:
                keys[kind].update(current.objects(kind).keys())
    return keys


def converge(
    client: Any,
    config: dict[str, Any] | None,
    state: str,
    *,
    check_mode: bool,
    diff: bool,
    recreate: bool = False,
    snapshot: dict[str, Any] | None = None,
    wait_for_overlay: float | None = 30,
    kinds: Collection[str] | None = None,
    uuid_factory: Callable[[], str] | None = None,
    job_options: dict[str, Any] | None = None,
    validated: bool = False,
) -> dict[str, Any]:
    """Make the host's network match ``config`` under ``state``; return the task result.

    See docs/design/host-network-config.md for the states. The result holds ``changed``,
    ``before``/``after`` (config shape plus facts, limited to the objects the task touches),
    ``operations`` (one line each, ``[disruptive]`` marked), ``disruptive``, ``created``,
    ``skipped_foreign``, ``warnings``, ``bridge_calls``, ``snapshot`` (raw, for chaining),
    ``diff`` in diff mode, and ``gathered`` or ``rendered`` for those states. Raises
    ``HvNetError`` subclasses whose messages name the field or object and say what to do.
    ``uuid_factory`` (tests only) replaces uuid4 for the IDs the planner chooses.

    A plan with a disruptive operation runs as a detached job (disruptive.py; docs/reliability.md):
    read, job_start, job_status polls, the last of which confirms the job and brings the after-snapshot
    (for a created Overlay network, after the host waited for its DR MAC and provider address, up to
    ``wait_for_overlay`` bounded by disruptive.HOST_OVERLAY_WAIT_S); the result then has ``job`` (job_id,
    polls, state, repairs, confirmed_by). ``job_options`` passes ``deadman_s``, ``patience`` and
    ``boot_replay`` to ``disruptive.run_job``. ``validated``: the caller ran ``validate_config(config, state=state)``
    already (the action plugins, before they make the bridge client).

    Best-effort operations (``host_route: auto``: HNS may refuse them; then a warning, never a failed task) ride in
    the plan's own apply call, after its operations and before its snapshot, where that call is a plain batch (the
    bridge stops at the first failed operation and keeps the ones before it: nothing of the plan is undone). A
    plan that runs as a job gets them in a call of their own after it (a failure in the job fails the job), unless
    ``job_options`` has ``defer_optional``: then they are left in the after-snapshot (``OWED_KEY``) and the next
    converge given that snapshot adds them to its own apply (the overlay role's routes phase), and the result lists
    them under ``best_effort_deferred``.
    """
    if state not in STATES:
        raise HvNetPlanError("state must be one of %s, got %r" % (", ".join(STATES), state))
    if not validated:
        validate_config(config, state=state)
    config = config or {}
    scope = scope_kinds(config, state, kinds)
    if state == "rendered":
        return _rendered(config, scope, uuid_factory)
    run = Convergence(client, config, state, scope, check_mode=check_mode, recreate=recreate, uuid_factory=uuid_factory)
    run.read(snapshot, narrow=bool(kinds) and snapshot is None)
    if state == "gathered":
        return run.gathered()
    run.make_plan()
    if not run.plan.ops and (check_mode or not run.plan.optional):
        return run.unchanged(diff)
    if check_mode:
        return run.checked(diff)
    after_raw = run.apply(job_options, wait_for_overlay)
    return run.reported_after(after_raw, diff)


def _rendered(config: dict[str, Any], scope: list[str], uuid_factory: Callable[[], str] | None) -> dict[str, Any]:
    """``state: rendered``: the operations an apply against an empty host would send; no host is contacted."""
    empty = model.HostState()
    empty.sections = set(SECTION_ORDER) - {"vm_adapters"}  # VM NICs are never created: render their settings
    empty.rendering = True  # references to objects outside the config cannot be checked without a host
    plan = plan_host_changes(config, empty, "merged", kinds=scope, uuid_factory=uuid_factory)
    return {
        "changed": False,
        "rendered": plan.requests() + [op.request() for op in plan.optional],
        "operations": [op.line() for op in plan.ops + plan.optional],
        "planned": planned_list(plan.ops + plan.optional),
        "bridge_calls": 0,
    }


class Convergence:
    """One converge after validation: what is wanted (``config``, ``state``, ``scope``), what the host has (``raw``,
    ``current``), the ``plan`` between them and the task ``result`` it fills, each set once, in that order."""

    # Set by read() (args, owed, raw, current) and make_plan() (plan, result, keys); None before (see __init__).
    args: dict[str, Any]
    owed: Any
    raw: dict[str, Any]
    current: model.HostState
    plan: Plan
    result: dict[str, Any]
    keys: dict[str, set[Any]]

    def __init__(
        self,
        client: Any,
        config: dict[str, Any],
        state: str,
        scope: list[str],
        *,
        check_mode: bool,
        recreate: bool,
        uuid_factory: Callable[[], str] | None,
    ) -> None:
        self.client = client
        self.config = config
        self.state = state
        self.scope = scope
        self.check_mode = check_mode
        self.recreate = recreate
        self.uuid_factory = uuid_factory
        self.chosen: list[str] = []  # the IDs the planner picked in check mode (see _stable_ids)
        # None until read() and make_plan() set them (the class annotations give their types from then on)
        self.args = self.owed = self.raw = self.current = None  # type: ignore[assignment]
        self.plan = self.result = self.keys = None  # type: ignore[assignment]
        self.owed_keys: set[tuple[Any, ...]] = set()

    def read(self, snapshot: dict[str, Any] | None, *, narrow: bool) -> None:
        """The host as the task sees it: from the chained ``snapshot`` when it holds every needed section, else from
        one read; and what an earlier converge left owed in it."""
        args = snapshot_args(self.config, self.state, self.scope, narrow=narrow)
        owed = snapshot.get(OWED_KEY) if isinstance(snapshot, dict) and not self.check_mode else None
        if owed and "networks" not in args["kinds"]:
            args["kinds"] = [s for s in SECTION_ORDER if s in args["kinds"] or s == "networks"]  # to check the owed
        if snapshot is not None and snapshot_usable(snapshot, args):
            raw = dict(snapshot)
            raw.pop(OWED_KEY, None)
            current = model.HostState.parsed(snapshot)  # the owed key is not parsed: the same state as raw's
        else:
            raw = read(self.client, args)
            current = model.HostState.parsed(raw)
        self.args, self.owed, self.raw, self.current = args, owed, raw, current

    def gathered(self) -> dict[str, Any]:
        gathered = _report_objects(self.current, self.scope, None)
        return {"changed": False, "gathered": gathered, "before": gathered, "after": gathered, "operations": [],
                "planned": [], "bridge_calls": self.client.calls, "snapshot": self.raw}  # fmt: skip

    def make_plan(self) -> None:
        """Plan, add what is owed, and start the result: the plan's operations, ``after`` as ``before``."""
        if self.check_mode and self.uuid_factory is None:
            # Record the IDs the planner picks so that check mode can report stable ones (see _stable_ids).
            def uuid_factory() -> str:
                self.chosen.append(str(uuid.uuid4()))
                return self.chosen[-1]

            self.uuid_factory = uuid_factory
        plan = plan_host_changes(
            self.config, self.current, self.state, recreate=self.recreate, kinds=self.scope,
            uuid_factory=self.uuid_factory,
        )  # fmt: skip
        if self.owed and self.state in ("merged", "replaced", "overridden"):
            self.owed_keys = add_owed(plan, self.owed, self.current)
        self.plan = plan
        self.keys = _touched_keys(plan, self.scope, self.state, self.current)
        before = _report_objects(self.current, self.scope, self.keys, self.config)
        ops, optional = plan.ops, plan.optional if self.check_mode else []
        self.result = {
            # A best-effort operation (host_route: auto) is no change in check mode: a host whose HNS refuses it would
            # report one on every run (review-2 7); the real run counts it only if HNS accepted it (note_optional).
            "changed": bool(ops),
            "before": before,
            "after": before,
            "operations": [op.line() for op in ops + optional],
            "planned": planned_list(ops + optional),
            "disruptive": any(op.disruptive for op in ops),
            "created": {"switches": [], "networks": [], "endpoints": [], "host_routes": [], "firewall_rules": []},
            "skipped_foreign": _truly_foreign(plan.skipped_foreign, self.current),
            "warnings": list(plan.warnings),
            "snapshot": self.raw,
        }

    def unchanged(self, diff: bool) -> dict[str, Any]:
        result = self.result
        result["bridge_calls"] = self.client.calls
        if diff:
            result["diff"] = {"before": result["before"], "after": result["before"]}
        return result

    def checked(self, diff: bool) -> dict[str, Any]:
        """Check mode with a plan: ``after`` predicted from it, IDs stable between runs."""
        result = self.result
        result["after"] = _predicted_after(result["before"], self.plan, self.scope)
        result["bridge_calls"] = self.client.calls
        if diff:
            result["diff"] = {"before": result["before"], "after": result["after"]}
        return _stable_ids(result, self.plan, self.chosen, self.raw)

    def _job_options(
        self, job_options: dict[str, Any] | None, wait_for_overlay: float | None
    ) -> tuple[dict[str, Any], bool]:
        """``(options of a detached job, defer_optional)`` for this plan (see ``converge``)."""
        options = dict(job_options or {})
        defer_optional = bool(options.pop("defer_optional", False))
        if options.get("boot_replay"):
            options["boot_replay"] = _boot_replay_requests(self.config, self.scope, self.current, self.plan)
        awaited = overlay_fact_creates(self.plan)
        if awaited and wait_for_overlay and wait_for_overlay > 0:
            # The host waits for their DR MAC and provider address inside the confirming poll (bounded), so that the
            # after-snapshot has them and no read follows; wait_for_overlay_facts reads on only if they are missing.
            seconds = min(math.ceil(float(wait_for_overlay)), detached.HOST_OVERLAY_WAIT_S)
            options["await_overlay"] = {"network_ids": [op.args["id"] for op in awaited], "seconds": seconds}
        return options, defer_optional

    def apply(self, job_options: dict[str, Any] | None, wait_for_overlay: float | None) -> dict[str, Any]:
        """Apply the plan, then its best-effort operations where the apply did not carry them; the snapshot after."""
        client, plan, result = self.client, self.plan, self.result
        job_options, defer_optional = self._job_options(job_options, wait_for_overlay)
        full_args = {"kinds": self.args["kinds"]}  # the after-snapshot is complete, so later tasks can chain it
        optional_state = {"sent": False, "settled": False}
        if plan.ops:
            apply = Apply(
                client, full_args, config=self.config, state=self.state, scope=self.scope,
                uuid_factory=self.uuid_factory, result=result, job_options=job_options, optional_state=optional_state,
            )  # fmt: skip
            try:
                after_raw = apply.run(plan, self.current, self.raw)
            except BridgeError as e:
                # A plan operation failed (the host answered): the task fails with that message, but what an earlier
                # converge owes (its HostRoute) targets a network that exists and does not depend on the failed
                # operation, so it is still sent, best-effort, in a call of its own (windows-review-6 finding 1).
                pending = [op for op in plan.optional if op.key in self.owed_keys]
                if pending and not optional_state["sent"] and not optional_state["settled"]:
                    e.details.update(send_best_effort(client, pending, full_args))
                raise
            after_raw = wait_for_overlay_facts(
                client, plan, after_raw, full_args, wait_for_overlay=wait_for_overlay, result=result
            )
        else:
            after_raw = self.raw
        after_raw = merge_snapshots(self.raw, after_raw)
        if plan.optional and not optional_state["settled"]:
            pending = plan.optional
            if optional_state["sent"]:
                # The call that carried them lost its answer: the re-read says which took effect.
                pending = optional_left(pending, model.HostState.from_snapshot(after_raw), result)
            if pending and defer_optional and result.get("job"):
                after_raw[OWED_KEY] = [{"name": op.name, "id": op.args["id"]} for op in pending]
                result["best_effort_deferred"] = [op.line() for op in pending]
            elif pending:
                after_raw = merge_snapshots(after_raw, apply_optional(client, pending, full_args, result))
        return after_raw

    def reported_after(self, after_raw: dict[str, Any], diff: bool) -> dict[str, Any]:
        """The result after the apply: ``after`` from the host (one more read where HNS did not list a created object
        yet), the snapshot to chain, and a self-check that planning again finds nothing left to do."""
        client, result = self.client, self.result
        after_state = model.HostState.from_snapshot(after_raw)
        if _created_but_unseen(result, after_state):
            # HNS may not list an object right after its create (0x80070490 Element not found): one more read.
            client.sleep(1.0)
            after_raw = merge_snapshots(after_raw, read(client, {"kinds": self.args["kinds"]}))
            after_state = model.HostState.from_snapshot(after_raw)
        after_keys = {k: set(v) for k, v in self.keys.items()}
        result["after"] = _report_objects(after_state, self.scope, after_keys, self.config)
        result["snapshot"] = after_raw
        result["bridge_calls"] = client.calls
        if diff:
            result["diff"] = {"before": result["before"], "after": result["after"]}
        try:
            again = plan_host_changes(
                self.config, after_state, self.state, recreate=False, kinds=self.scope, uuid_factory=self.uuid_factory
            )
            if again.ops:
                result["warnings"].append(
                    "after the apply the host still differs from the config: %s"
                    % "; ".join(op.line() for op in again.ops)
                )
        except HvNetError as e:
            result["warnings"].append("after the apply the host still differs from the config: %s" % e.msg)
        return result


def _boot_replay_requests(
    config: dict[str, Any], scope: list[str], current: model.HostState, plan: Plan
) -> list[dict[str, Any]]:
    """What the boot-time task replays after a reboot: the whole config rendered as creates (as against an empty
    host), with the IDs the objects have on this host (or get from this plan), so a replayed object is the same
    object for the ledger and for the next run. Objects that survived the reboot fail their preconditions and the
    task skips them."""
    empty = model.HostState()
    empty.sections = set(SECTION_ORDER) - {"vm_adapters"}
    empty.rendering = True
    rendered = plan_host_changes(config, empty, "merged", kinds=[k for k in scope if k != "vm_adapters"])
    known: dict[tuple[str, Any], Any] = {}
    for kind in ("networks", "endpoints"):
        for key, obj in (current.objects(kind) if kind in current.sections else {}).items():
            known[(kind, key)] = obj.get("id")
    for op in plan.ops:
        if op.action == "create" and op.args.get("id"):
            known[(op.kind, norm.name_key(op.name))] = op.args["id"]
    text = json.dumps(rendered.requests())
    for op in rendered.ops:
        real = known.get((op.kind, norm.name_key(op.name)))
        if op.action == "create" and op.args.get("id") and real:
            text = re.sub(re.escape(op.args["id"]), real, text, flags=re.IGNORECASE)
    return json.loads(text)


def _created_but_unseen(result: dict[str, Any], after_state: model.HostState) -> bool:
    """Objects the apply reported created that the after-snapshot does not list."""
    for kind, created in result["created"].items():
        if kind not in model.KINDS or kind not in after_state.sections:
            continue
        seen = set(after_state.objects(kind))
        if any(norm.name_key(c["name"]) not in seen for c in created):
            return True
    return False


# Namespace of the IDs check mode reports for objects it would create (uuid5 of host, kind and name).
CHECK_MODE_ID_NAMESPACE = uuid.UUID("6f0c1d5e-9a43-5b7e-8c2d-4f1e0a9b3c71")


def check_mode_id(host: str | None, kind: str, name: object) -> str:
    """The ID check mode shows for an object it would create: the same for the same host, kind and name."""
    return str(uuid.uuid5(CHECK_MODE_ID_NAMESPACE, "%s/%s/%s" % (norm.name_key(host or ""), kind, norm.name_key(name))))


def _stable_ids(result: dict[str, Any], plan: Plan, chosen: list[str], raw: dict[str, Any] | None) -> dict[str, Any]:
    """Check mode: replace the random IDs the planner chose by ``check_mode_id`` so two identical plans are identical.

    A real run keeps random IDs: HNS may refuse to create an object with the ID of one deleted moments before.
    """
    if not chosen:
        return result
    host = ((raw or {}).get("host") or {}).get("computer_name") or ""
    mapping: dict[str, str] = {}
    for op in list(plan.ops) + list(plan.optional):
        new_id = (op.args or {}).get("id")
        if op.action == "create" and new_id in chosen and new_id not in mapping:
            mapping[new_id] = check_mode_id(host, op.kind, op.name)
    for index, new_id in enumerate(chosen):
        mapping.setdefault(new_id, check_mode_id(host, "object", "#%d" % index))
    snapshot = result.pop("snapshot", None)
    text = json.dumps(result)
    for old, new in mapping.items():
        text = text.replace(old, new)
    out = json.loads(text)
    if snapshot is not None:
        out["snapshot"] = snapshot
    return out


def _truly_foreign(skipped: list[dict[str, Any]] | None, current: model.HostState) -> list[dict[str, Any]]:
    """``skipped_foreign`` without what is ours under another face: the Transparent network HNS shows for one of
    our External switches (its ID is the switch's), and the switch HNS made for one of our networks (HNS names it
    after the network; it goes with the network's delete).
    """
    owned_switch_ids = {str(sw.get("id") or "").lower() for sw in current.switches.values() if sw.get("owned")}
    owned_networks = [net for net in current.networks.values() if net.get("owned")]
    owned_net_names = {norm.name_key(net["name"]) for net in owned_networks}
    out = []
    for entry in skipped or []:
        kind = entry.get("kind")
        if kind == "networks" and str(entry.get("id") or "").lower() in owned_switch_ids:
            continue
        if kind == "switches":
            if norm.name_key(entry.get("name")) in owned_net_names:
                continue
        out.append(entry)
    return out
