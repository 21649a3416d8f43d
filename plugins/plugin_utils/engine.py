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
import os
import re
import time
import uuid

from ansible_collections.hyperv.network.plugins.plugin_utils import disruptive as detached
from ansible_collections.hyperv.network.plugins.plugin_utils import hcn, planner_host, state_host
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils import state as model
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import (
    BridgeConnectionLost,
    BridgeError,
    HvNetError,
    HvNetPlanError,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.plan_ops import Plan
from ansible_collections.hyperv.network.plugins.plugin_utils.planner import STATES, plan_host_changes
from ansible_collections.hyperv.network.plugins.plugin_utils.planner_network import HOST_ROUTE_AUTO, host_route_auto_op
from ansible_collections.hyperv.network.plugins.plugin_utils.validate import validate_config

BASE_SECTIONS = ("host", "hns_version", "adapters", "ledger")
# What each managed kind needs read besides itself.
SUPPORT_SECTIONS = {
    "switches": ("switches",),
    "networks": ("networks", "switches", "endpoints", "netnat"),
    "endpoints": ("endpoints", "networks", "namespaces", "switches"),
    "vm_adapters": ("vm_adapters", "switches"),
}
SUPPORT_SECTIONS.update(state_host.HOST_SECTIONS)
ALL_KINDS = model.KINDS + state_host.HOST_KINDS
SECTION_ORDER = (
    "host",
    "hns_version",
    "adapters",
    "switches",
    "netnat",
    "networks",
    "endpoints",
    "namespaces",
    "vm_adapters",
    "routes",
    "firewall_rules",
    "ledger",
)
# Networks whose create is followed by a wait for facts HNS adds later: an Overlay network's DrMacAddress and
# ProviderAddress policies (flannel polls the provider address, then vxlan_windows.go reads the DR MAC once; Calico
# reads both from the v2 network; Windows review 5 finding 5). An L2Bridge
# network has no DR MAC ("the DR NIC is created when an Overlay network is present", flannel#1111), and HCN v2
# documents have no ManagementIP (HNS_Schema.md HostComputeNetwork; hcsshim hcn/hcnnetwork.go), so nothing is
# waited for there.
OVERLAY_FACT_TYPES = ("overlay",)
RECOVERY_PATIENCE = 90.0  # seconds to wait for a host to answer again after a disruptive batch
# HNS answers that mean "try again": the service restarting (0x803B0020), an object HNS has not
# finished making visible (0x80070490 Element not found). 0x803B0010 (already exists) on a create
# may be a concurrent run of ours: a re-read shows whether the object is ours and matches.
TRANSIENT_HRESULTS = ("0x803B0020", "0x80070490")
ALREADY_EXISTS = "0x803B0010"
# What HNS was reported to answer to a create of a name deleted moments before: "The object already exists."
# (ERROR_OBJECT_ALREADY_EXISTS 5010, moby/moby#33880, docker/for-win#1384) or "Unspecified error" (E_FAIL,
# microsoft/hcsshim#95). Transient only right after a delete of that name in the same apply.
AFTER_DELETE_HRESULTS = ("0x80071392", "0x80004005")
REPLAN_ROUNDS = 3  # re-read and re-plan at most this many times after such an answer
# The after-snapshot key under which a converge that ran as a job leaves its best-effort operations (host_route:
# auto) to the next converge that applies on that snapshot (job_options defer_optional; the overlay role's routes
# phase), so that they ride in that apply instead of a call of their own. Keys starting with "_" are not sections.
OWED_KEY = "_best_effort_owed"

_monotonic = time.monotonic  # replaceable in tests


def scope_kinds(config, state, kinds=None):
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


def snapshot_args(config, state, scope, narrow):
    """The ``snapshot`` operation's args: the sections the task needs; names only for a narrow task."""
    sections = set(BASE_SECTIONS)
    for kind in scope:
        sections.update(SUPPORT_SECTIONS[kind])
    known = bridge_sections()
    args = {"kinds": [s for s in SECTION_ORDER if s in sections and (known is None or s in known)]}
    config = config or {}
    if narrow and state in ("merged", "replaced", "deleted") and any(config.get(k) for k in scope):
        names = {}
        if "switches" in scope:
            wanted = [s["name"] for s in config.get("switches") or []]
            for s in config.get("switches") or []:
                for adapter in s.get("net_adapter_names") or []:
                    if norm.management_vnic_switch(adapter):
                        wanted.append(norm.management_vnic_switch(adapter))
            names["switches"] = wanted
        if "networks" in scope:
            names["networks"] = [n["name"] for n in config.get("networks") or []]
        if "endpoints" in scope:
            names["endpoints"] = [e["name"] for e in config.get("endpoints") or []]
        if "vm_adapters" in scope:
            names["vm_adapters"] = [a["vm"] for a in config.get("vm_adapters") or []]
        names = {k: _unique(v) for k, v in names.items() if v}
        if names:
            args["names"] = names
    return args


_BRIDGE_SECTIONS = []


def bridge_sections():
    """The snapshot sections the bridge of this collection reads (protocol.schema.json ``op_snapshot`` kinds).

    The bridge is sent with every call, so its version is this collection's: a section it predates (``routes``,
    ``firewall_rules`` of docs/design/host-objects.md) is not asked for; a task that needs it is then refused by
    the planner, naming the section. None when the schema cannot be read (then everything is asked for).
    """
    if not _BRIDGE_SECTIONS:
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bridge", "protocol.schema.json")
        try:
            with open(path, encoding="utf-8") as f:
                schema = json.load(f)
            kinds = schema["$defs"]["op_snapshot"]["properties"]["args"]["properties"]["kinds"]["items"]["enum"]
            _BRIDGE_SECTIONS.append(frozenset(kinds))
        except (OSError, ValueError, KeyError, TypeError):
            _BRIDGE_SECTIONS.append(None)
    return _BRIDGE_SECTIONS[0]


def _unique(names):
    seen, out = set(), []
    for n in names:
        if norm.name_key(n) not in seen:
            seen.add(norm.name_key(n))
            out.append(n)
    return out


def _snapshot_usable(snapshot, args):
    """A chained snapshot serves a task when it holds every needed section completely."""
    if not isinstance(snapshot, dict):
        return False
    partial = set(snapshot.get("_partial") or [])
    return all(s in snapshot and s not in partial for s in args["kinds"])


def _with_partial(data, args):
    data = dict(data or {})
    narrowed = sorted((args.get("names") or {}).keys())
    if narrowed:
        data["_partial"] = narrowed
    else:
        data.pop("_partial", None)
    return data


def _merge_snapshots(old, new):
    """The newer sections over the older ones: sections this task did not read stay for chaining."""
    merged = dict(old or {})
    merged.update(new or {})
    partial = (set((old or {}).get("_partial") or []) - set(new or {})) | set((new or {}).get("_partial") or [])
    if partial:
        merged["_partial"] = sorted(partial)
    else:
        merged.pop("_partial", None)
    return merged


def _read(client, args):
    """One snapshot read (connection failures retried by the client; transient HNS answers retried here)."""
    delay = 1.0
    for attempt in range(1, REPLAN_ROUNDS + 1):
        try:
            response = client.read([{"op": "snapshot", "args": args}])
            return _with_partial(response.snapshot, args)
        except BridgeError as e:
            if e.hresult not in TRANSIENT_HRESULTS or attempt == REPLAN_ROUNDS:
                raise
            client.sleep(delay)
            delay *= 2
    raise AssertionError("unreachable")  # pragma: no cover


def _deleted_before(ops, index, deleted=()):
    """(kind, name key) of the objects deleted before operation ``index`` of this apply (earlier rounds included)."""
    out = set(deleted)
    for op in ops[:index]:
        if op.action == "delete" and op.kind in model.KINDS:
            out.add((op.kind, norm.name_key(op.name)))
    return out


def _transient(error, ops, deleted=()):
    """An HNS answer that means "try again": see TRANSIENT_HRESULTS and AFTER_DELETE_HRESULTS."""
    if error.hresult in TRANSIENT_HRESULTS:
        return True
    if error.hresult not in AFTER_DELETE_HRESULTS or error.index is None or error.index >= len(ops):
        return False
    op = ops[error.index]
    return op.action == "create" and (op.kind, norm.name_key(op.name)) in _deleted_before(ops, error.index, deleted)


def _replannable(error, ops, deleted=()):
    """A failure that a re-read and a new plan may get past (never the first round's precondition failures)."""
    if error.index is None or error.index >= len(ops):
        return False
    if _transient(error, ops, deleted):
        return True
    # A create that raced another run of ours (its "absent" precondition failed, or HNS says it exists): a
    # re-read shows whether the object is now there, ours and as configured; then it is adopted, else it fails.
    return ops[error.index].action == "create" and (
        error.hresult == ALREADY_EXISTS or error.code == "PRECONDITION_FAILED"
    )


def _report_objects(host_state, scope, keys, config=None):
    out = model.gathered(host_state, [k for k in scope if k in model.KINDS], keys)
    host_kinds = [k for k in scope if k in state_host.HOST_KINDS]
    if host_kinds:
        listed = None if keys is None else _listed_host_objects(config, host_state)
        out.update(state_host.report(host_state.host_objects, host_kinds, listed))
    return out


def gathered_objects(snapshot):
    """A complete snapshot's objects as a ``state: gathered`` converge reports them (``gathered``), without a call."""
    return _report_objects(model.HostState.parsed(snapshot), scope_kinds(None, "gathered"), None)


def _listed_host_objects(config, host_state):
    """The task's host-kind items, forwarding items with the alias of their endpoint's interface where known."""
    listed = state_host.desired_host_objects(config)
    for item in listed.get("forwarding") or []:
        if item.get("endpoint"):
            have = host_state.endpoints.get(norm.name_key(item["endpoint"])) or {}
            item["_alias"] = have.get("host_interface")
    return listed


def _predicted_after(before, plan, scope):
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


def _touched_keys(plan, scope, state, current):
    keys = {kind: set(plan.touched[kind]) for kind in model.KINDS}
    if state == "overridden":
        for kind in scope:
            if kind in model.KINDS:
                keys[kind].update(current.objects(kind).keys())
    return keys


def converge(
    client,
    config,
    state,
    *,
    check_mode,
    diff,
    recreate=False,
    snapshot=None,
    wait_for_overlay=30,
    kinds=None,
    uuid_factory=None,
    job_options=None,
    validated=False,
):
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

    args = snapshot_args(config, state, scope, narrow=bool(kinds) and snapshot is None)
    owed = snapshot.get(OWED_KEY) if isinstance(snapshot, dict) and not check_mode else None
    if owed and "networks" not in args["kinds"]:
        args["kinds"] = [s for s in SECTION_ORDER if s in args["kinds"] or s == "networks"]  # to check what is owed
    if snapshot is not None and _snapshot_usable(snapshot, args):
        raw = dict(snapshot)
        raw.pop(OWED_KEY, None)
        current = model.HostState.parsed(snapshot)  # the owed key is not parsed: the same state as raw's
    else:
        raw = _read(client, args)
        current = model.HostState.parsed(raw)

    if state == "gathered":
        gathered = _report_objects(current, scope, None)
        return {"changed": False, "gathered": gathered, "before": gathered, "after": gathered, "operations": [],
                "planned": [], "bridge_calls": client.calls, "snapshot": raw}  # fmt: skip

    chosen = []
    if check_mode and uuid_factory is None:
        # Record the IDs the planner picks so that check mode can report stable ones (see _stable_ids).
        def uuid_factory():
            chosen.append(str(uuid.uuid4()))
            return chosen[-1]

    plan = plan_host_changes(config, current, state, recreate=recreate, kinds=scope, uuid_factory=uuid_factory)
    owed_keys = set()
    if owed and state in ("merged", "replaced", "overridden"):
        owed_keys = _add_owed(plan, owed, current)
    ops = plan.ops
    keys = _touched_keys(plan, scope, state, current)
    before = _report_objects(current, scope, keys, config)
    result = {
        # A best-effort operation (host_route: auto) is no change in check mode: a host whose HNS refuses it would
        # report one on every run (review-2 7); the real run counts it only if HNS accepted it (_note_optional).
        "changed": bool(ops),
        "before": before,
        "after": before,
        "operations": [op.line() for op in ops] + ([op.line() for op in plan.optional] if check_mode else []),
        "planned": planned_list(ops + (plan.optional if check_mode else [])),
        "disruptive": any(op.disruptive for op in ops),
        "created": {"switches": [], "networks": [], "endpoints": [], "host_routes": [], "firewall_rules": []},
        "skipped_foreign": _truly_foreign(plan.skipped_foreign, current),
        "warnings": list(plan.warnings),
        "snapshot": raw,
    }
    if not ops and (check_mode or not plan.optional):
        result["bridge_calls"] = client.calls
        if diff:
            result["diff"] = {"before": before, "after": before}
        return result
    if check_mode:
        predicted = _predicted_after(before, plan, scope)
        result["after"] = predicted
        result["bridge_calls"] = client.calls
        if diff:
            result["diff"] = {"before": before, "after": predicted}
        return _stable_ids(result, plan, chosen, raw)

    full_args = {"kinds": args["kinds"]}  # the after-snapshot is complete, so later tasks can chain it
    job_options = dict(job_options or {})
    defer_optional = bool(job_options.pop("defer_optional", False))
    optional_state = {"sent": False, "settled": False}
    if job_options.get("boot_replay"):
        job_options["boot_replay"] = _boot_replay_requests(config, scope, current, plan)
    awaited = _overlay_fact_creates(plan)
    if awaited and wait_for_overlay and wait_for_overlay > 0:
        # The host waits for their DR MAC and provider address inside the confirming poll (bounded), so that the
        # after-snapshot has them and no read follows; _wait_for_overlay_facts reads on only if they are missing.
        seconds = min(math.ceil(float(wait_for_overlay)), detached.HOST_OVERLAY_WAIT_S)
        job_options["await_overlay"] = {"network_ids": [op.args["id"] for op in awaited], "seconds": seconds}
    if ops:
        try:
            after_raw = _apply(
                client,
                plan,
                full_args,
                config=config,
                state=state,
                scope=scope,
                uuid_factory=uuid_factory,
                result=result,
                current=current,
                raw_before=raw,
                job_options=job_options,
                optional_state=optional_state,
            )
        except BridgeError as e:
            # A plan operation failed (the host answered): the task fails with that message, but what an earlier
            # converge owes (its HostRoute) targets a network that exists and does not depend on the failed
            # operation, so it is still sent, best-effort, in a call of its own (windows-review-6 finding 1).
            pending = [op for op in plan.optional if op.key in owed_keys]
            if pending and not optional_state["sent"] and not optional_state["settled"]:
                e.details.update(send_best_effort(client, pending, full_args))
            raise
        after_raw = _wait_for_overlay_facts(
            client, plan, after_raw, full_args, wait_for_overlay=wait_for_overlay, result=result
        )
    else:
        after_raw = raw
    after_raw = _merge_snapshots(raw, after_raw)
    if plan.optional and not optional_state["settled"]:
        pending = plan.optional
        if optional_state["sent"]:
            # The call that carried them lost its answer: the re-read says which took effect.
            pending = _optional_left(pending, model.HostState.from_snapshot(after_raw), result)
        if pending and defer_optional and result.get("job"):
            after_raw[OWED_KEY] = [{"name": op.name, "id": op.args["id"]} for op in pending]
            result["best_effort_deferred"] = [op.line() for op in pending]
        elif pending:
            after_raw = _merge_snapshots(after_raw, _apply_optional(client, pending, full_args, result))
    after_state = model.HostState.from_snapshot(after_raw)
    if _created_but_unseen(result, after_state):
        # HNS may not list an object right after its create (0x80070490 Element not found): one more read.
        client.sleep(1.0)
        after_raw = _merge_snapshots(after_raw, _read(client, full_args))
        after_state = model.HostState.from_snapshot(after_raw)
    after_keys = {k: set(v) for k, v in keys.items()}
    result["after"] = _report_objects(after_state, scope, after_keys, config)
    result["snapshot"] = after_raw
    result["bridge_calls"] = client.calls
    if diff:
        result["diff"] = {"before": before, "after": result["after"]}
    # Self-check: planning again against the after-read must find nothing left to do.
    try:
        again = plan_host_changes(config, after_state, state, recreate=False, kinds=scope, uuid_factory=uuid_factory)
        if again.ops:
            result["warnings"].append(
                "after the apply the host still differs from the config: %s" % "; ".join(op.line() for op in again.ops)
            )
    except HvNetError as e:
        result["warnings"].append("after the apply the host still differs from the config: %s" % e.msg)
    return result


def planned_list(ops):
    """``planned``: one entry per line of ``operations``, in the same order, for a caller that counts or groups
    the plan without parsing its text: ``{kind, name, action, op, disruptive}`` (``action`` create, update,
    delete or release; ``op`` the bridge operation)."""
    out = []
    for op in ops:
        name = op.name
        if name is not None and not isinstance(name, str):
            name = str(name)
        out.append({"kind": op.kind, "name": name, "action": op.action, "op": op.op, "disruptive": bool(op.disruptive)})
    return out


def _apply_optional(client, ops, full_args, result):
    """Best-effort operations (``host_route: auto``) in a call of their own after the plan took effect (a plan run
    as a job, or no plan): what HNS refuses becomes a warning, never a failed task; returns the snapshot after them."""
    requests = [op.request() for op in ops] + [{"op": "snapshot", "args": full_args}]
    try:
        response = client.apply(requests)
    except BridgeError as e:
        if e.index is None:
            return _read(client, full_args)
        _optional_failed(ops, e.index, e, result)
        return _read(client, full_args)
    _note_optional(ops, result)
    return _with_partial(response.snapshot, full_args)


def _optional_failed(ops, index, error, result):
    """The best-effort operations' share of a batch that stopped at their ``index`` (``len(ops)`` or more: they all
    took effect and something after them failed): the ones before it count, the failed one is a warning."""
    if index >= len(ops):
        _note_optional(ops, result)
        return
    _note_optional(ops[:index], result)
    result["warnings"].append(
        "%s was not applied: %s. The network works without it; host_route: auto leaves it out on a host whose "
        "HNS refuses it (set host_route: false to stop trying, or true to make it a failure)."
        % (ops[index].line(), error.msg)
    )


def _optional_left(ops, after_state, result):
    """After a lost answer: the best-effort operations the re-read does not show as done (those it shows count)."""
    left = []
    for op in ops:
        net = after_state.networks.get(op.key[2]) if op.key[-1] == HOST_ROUTE_AUTO else None
        if net is not None and net.get("host_route"):
            _note_optional([op], result)
        else:
            left.append(op)
    return left


def send_best_effort(client, ops, full_args=None):
    """Best-effort operations sent in a call of their own after a failure elsewhere (a failed plan operation, or a
    routes task that failed before any bridge call): a refusal is a warning. Returns the keys that say so in the
    failed task's result: ``best_effort_sent`` (lines HNS accepted), ``best_effort_owed`` (lines still not on the
    host: the next run's converge plans them again) and ``warnings``."""
    side = {"changed": False, "operations": [], "planned": [], "warnings": []}
    try:
        _apply_optional(client, ops, full_args or {"kinds": ["host", "hns_version", "networks"]}, side)
    except HvNetError as e:
        side["warnings"].append("could not send %s: %s" % ("; ".join(op.line() for op in ops), e.msg))
    sent = list(side["operations"])
    owed = [op.line() for op in ops if op.line() not in sent]
    words = []
    if sent:
        words.append("sent in a call of its own despite the failure, and HNS accepted it: %s" % "; ".join(sent))
    if owed:
        words.append("still owed (not on the host; the next run's converge phase plans it again): %s" % "; ".join(owed))
    return {
        "best_effort_sent": sent,
        "best_effort_owed": owed,
        "warnings": side["warnings"]
        + ["the best-effort operation(s) an earlier converge left to this task were " + "; ".join(words)],
    }


def send_owed(client, snapshot, check_mode=False):
    """What a converge run as a job left owed in ``snapshot`` (``OWED_KEY``), sent best-effort in a call of its own
    (see ``send_best_effort``), for a task that fails before any bridge call; ``{}`` when nothing is owed (or in check
    mode). The network and the HNS version are taken from ``snapshot``."""
    owed = snapshot.get(OWED_KEY) if isinstance(snapshot, dict) and not check_mode else None
    if not owed:
        return {}
    raw = dict(snapshot)
    raw.pop(OWED_KEY, None)
    plan = Plan()
    _add_owed(plan, owed, model.HostState.from_snapshot(raw))
    if not plan.optional:
        return {}
    kinds = [s for s in SECTION_ORDER if s in BASE_SECTIONS or s == "networks"]
    return send_best_effort(client, plan.optional, {"kinds": kinds})


def _add_owed(plan, owed, current):
    """The best-effort operations an earlier converge (a job) left in its after-snapshot: added to this plan's, for
    the networks that are still there (same ID) without them; the host's HNS version gates them as the planner does.
    Returns the keys of the owed operations (also those the plan already had)."""
    keys = set()
    if "networks" not in current.sections:
        return keys
    planned = {op.key for op in plan.optional}
    for item in owed if isinstance(owed, list) else []:
        if not isinstance(item, dict) or not item.get("name") or not item.get("id"):
            continue
        have = current.networks.get(norm.name_key(item["name"]))
        if have is None or str(have.get("id") or "").lower() != str(item["id"]).lower() or have.get("host_route"):
            continue
        if hcn.feature_supported("host_route", current.hns_version, current.os_build) is False:
            continue
        op = host_route_auto_op(have["name"], have["id"])
        keys.add(op.key)
        if op.key not in planned:
            plan.optional.append(op)
            planned.add(op.key)
    return keys


def _note_optional(done, result):
    if done:
        result["changed"] = True
        result["operations"] += [op.line() for op in done]
        result.setdefault("planned", []).extend(planned_list(done))


def _boot_replay_requests(config, scope, current, plan):
    """What the boot-time task replays after a reboot: the whole config rendered as creates (as against an empty
    host), with the IDs the objects have on this host (or get from this plan), so a replayed object is the same
    object for the ledger and for the next run. Objects that survived the reboot fail their preconditions and the
    task skips them."""
    empty = model.HostState()
    empty.sections = set(SECTION_ORDER) - {"vm_adapters"}
    empty.rendering = True
    rendered = plan_host_changes(config, empty, "merged", kinds=[k for k in scope if k != "vm_adapters"])
    known = {}
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


def _created_but_unseen(result, after_state):
    """Objects the apply reported created that the after-snapshot does not list."""
    for kind, created in result["created"].items():
        if kind not in model.KINDS or kind not in after_state.sections:
            continue
        seen = set(after_state.objects(kind))
        if any(norm.name_key(c["name"]) not in seen for c in created):
            return True
    return False


def _apply(
    client, plan, full_args, *, config, state, scope, uuid_factory, result, current=None, raw_before=None,
    job_options=None, rounds=REPLAN_ROUNDS, deleted=(), optional_state=None,
):  # fmt: skip
    """Send the plan plus a trailing snapshot in one call (a detached job when it is disruptive); explain failures.

    A plain batch also carries the plan's best-effort operations, after its own and before the snapshot: the bridge
    runs the operations in order and stops at the first that fails, keeping the ones before it (HvNetBridge.cs
    RunOps; nothing is undone outside a job's dead-man rollback), so a refusal at their index is a warning and the
    plan stays applied. ``optional_state`` records that they were sent (``sent``) and answered (``settled``)."""
    ops = plan.ops
    if any(op.disruptive for op in ops) or (job_options or {}).get("boot_replay"):
        return _apply_detached(client, plan, full_args, result=result, current=current, raw_before=raw_before,
                               job_options=job_options)  # fmt: skip
    optional = list(plan.optional) if optional_state is not None else []
    requests = [op.request() for op in ops + optional] + [{"op": "snapshot", "args": full_args}]
    if optional:
        optional_state["sent"] = True
    try:
        response = client.apply(requests)
    except BridgeError as e:
        if e.index is not None and e.index >= len(ops):
            # Every operation of the plan succeeded; a best-effort one or the trailing snapshot failed: the
            # best-effort failure is a warning, and the snapshot is read separately.
            _collect_created(ops, e.results, result)
            if optional:
                _optional_failed(optional, e.index - len(ops), e, result)
                optional_state["settled"] = True
            return _read(client, full_args)
        if optional:
            optional_state["sent"] = False  # the plan failed before them: they did not run
        if rounds > 0 and _replannable(e, ops, deleted):
            return _replan_after(
                client, plan, e, full_args, config=config, state=state, scope=scope, uuid_factory=uuid_factory,
                result=result, current=current, rounds=rounds, deleted=deleted, optional_state=optional_state,
            )  # fmt: skip
        raise _explain_failed_apply(e, ops, current) from None
    except BridgeConnectionLost as e:
        return _recover_after_loss(
            client,
            plan,
            full_args,
            config=config,
            state=state,
            scope=scope,
            uuid_factory=uuid_factory,
            result=result,
            lost=e,
        )
    _collect_created(ops, response.results, result)
    if optional:
        _note_optional(optional, result)
        optional_state["settled"] = True
    return _with_partial(response.snapshot, full_args)


def _replan_after(
    client, plan, error, full_args, *, config, state, scope, uuid_factory, result, current, rounds, deleted=(),
    optional_state=None,
):  # fmt: skip
    """The batch stopped at a transient HNS answer (or a create that raced): the operations before it took
    effect. Re-read, plan again from what the host now has, apply what is left; bounded by ``rounds``."""
    ops = plan.ops
    _collect_created(ops[: error.index], error.results, result)
    round_no = REPLAN_ROUNDS - rounds + 1
    answer = error.hresult or error.code
    result["warnings"].append(
        "the host answered %s%s at operation %d (%s); operations before it had taken effect (%d). Re-read and "
        "planned again (round %d of %d)."
        % (answer, " %s" % error.hresult_name if error.hresult_name else "", error.index + 1,
           ops[error.index].line(), error.index, round_no, REPLAN_ROUNDS)
    )  # fmt: skip
    client.sleep(float(2 ** (round_no - 1)))
    raw = _read(client, full_args)
    after = model.HostState.from_snapshot(raw)
    try:
        again = plan_host_changes(config, after, state, kinds=scope, uuid_factory=uuid_factory)
    except HvNetError:
        raise _explain_failed_apply(error, ops, current) from None
    if not again.ops:
        return raw
    failed_key = ops[error.index].key
    if not _transient(error, ops, deleted) and any(op.key == failed_key for op in again.ops):
        # The re-read does not show the object HNS says exists (not ours, or another kind): no race to adopt.
        raise _explain_failed_apply(error, ops, current)
    replanned = {op.key for op in again.optional}
    again.optional += [op for op in plan.optional if op.key not in replanned]  # owed ones too (_add_owed)
    plan.optional[:] = again.optional  # what converge sends on its own if this apply does not carry them
    return _apply(
        client, again, full_args, config=config, state=state, scope=scope, uuid_factory=uuid_factory,
        result=result, current=after, raw_before=raw, rounds=rounds - 1,
        deleted=_deleted_before(ops, error.index, deleted), optional_state=optional_state,
    )  # fmt: skip


def _apply_detached(client, plan, full_args, *, result, current, raw_before, job_options):
    """The plan as a detached job: start, poll, confirm; the after-snapshot comes with the confirmation."""
    ops = plan.ops
    try:
        journal, after, info = detached.run_job(client, ops, full_args, raw_before or {}, **(job_options or {}))
    except BridgeError as e:
        if e.index is None:
            raise
        raise _explain_failed_apply(e, ops, current) from None
    result["job"] = info
    unanswered = info["polls"] - info["polls_answered"] + (1 if info.get("start_answer_lost") else 0)
    if unanswered:
        result["warnings"].append(
            "the connection to the host was lost for a while after the disruptive change started (expected: the "
            "change cuts the host's network); %d call(s) went unanswered, job %s then reported %s"
            % (unanswered, info["job_id"], info["state"])
        )
    for text in info["repairs"]:
        result["warnings"].append("after the disruptive change the host repaired: %s" % text)
    for text in info.get("configuration_gone") or []:
        result["warnings"].append("after the disruptive change %s has no interface carrying its configuration" % text)
    for text in info.get("configuration_warnings") or []:  # review-2 1 (disruptive.domain_pending)
        result["warnings"].append("after the disruptive change %s" % text)
    _collect_created(ops, journal.get("results") or [], result)
    return _with_partial(after, full_args)


def _numbered(ops, start=0):
    return ["%d. %s" % (i + 1, ops[i].line()) for i in range(start, len(ops))]


def _host_hint(error, op, current):
    """What the snapshot says about a failure the host reported tersely."""
    if current is None or op is None:
        return ""
    # A second WinNAT prefix: "The parameter is incorrect" (docker/for-win#396) or "The object already exists."
    # (docker/for-win#1384, #726), both reported for it.
    if op.op == "hcn_network_create" and error.hresult in ("0x80070057", "0x80071392") and current.netnat:
        settings = json.loads(op.args["settings"])
        if settings.get("Type") == "NAT":
            existing = ", ".join(
                "%r for %s" % (n.get("Name"), n.get("InternalIPInterfaceAddressPrefix")) for n in current.netnat
            )
            return (
                " Get-NetNat on this host already has %s: on Windows Server WinNAT keeps one internal prefix, so put "
                "the subnet inside it or remove that NAT first." % existing
            )
    return ""


def _explain_failed_apply(error, ops, current=None):
    index = error.index
    if index is None:
        done, failed, not_run = [], [], _numbered(ops)
        state_line = "nothing was applied (the batch did not start)"
    else:
        done = ["%d. %s" % (i + 1, ops[i].line()) for i in range(min(index, len(ops)))]
        failed = ["%d. %s" % (index + 1, ops[index].line())] if index < len(ops) else []
        not_run = _numbered(ops, index + 1)
        state_line = "the host is as planned up to operation %d" % index if index else "nothing took effect"
    failed_op = ops[index] if index is not None and index < len(ops) else None
    msg = (
        "%s.%s %s; nothing was retried. Took effect: %s. Failed: %s. Not run: %s. Fix the cause and re-run the task."
        % (
            error.msg,
            _host_hint(error, failed_op, current),
            state_line[0].upper() + state_line[1:],
            "; ".join(done) or "none",
            "; ".join(failed) or "none",
            "; ".join(not_run) or "none",
        )
    )
    details = dict(error.details)
    details.update(operations_done=done, operations_failed=failed, operations_not_run=not_run)
    return BridgeError(msg, **details)


def _collect_created(ops, results, result):
    for op, res in zip(ops, results[: len(ops)], strict=False):
        if op.action != "create" or not res.get("ok"):
            continue
        data = res.get("data") or {}
        result["created"][op.kind].append({"name": op.name, "id": data.get("id") or op.args.get("id")})


def _recover_after_loss(client, plan, full_args, *, config, state, scope, uuid_factory, result, lost):
    """The connection dropped mid-apply: re-read (never re-apply) and report what took effect."""
    ops = plan.ops
    patience = RECOVERY_PATIENCE if any(op.disruptive for op in ops) else 0.0
    deadline = _monotonic() + patience
    delay = 1.0
    while True:
        try:
            raw = _read(client, full_args)
            break
        except BridgeConnectionLost:
            if _monotonic() >= deadline:
                raise BridgeConnectionLost(
                    "%s. The host did not answer a read afterwards, so it is unknown which of these took effect: %s. "
                    "Nothing was retried; check the host, then re-run the task."
                    % (lost.msg, "; ".join(_numbered(ops))),
                    operations_unknown=_numbered(ops),
                ) from None
            client.sleep(min(delay, max(0.0, deadline - _monotonic()), 8.0))
            delay *= 2
    after = model.HostState.from_snapshot(raw)
    try:
        again = plan_host_changes(config, after, state, kinds=scope, uuid_factory=uuid_factory, recreate=True)
        pending = {op.key for op in again.all_ops()}
    except HvNetError:
        pending = {op.key for op in ops}
    done = ["%d. %s" % (i + 1, op.line()) for i, op in enumerate(ops) if op.key not in pending]
    not_done = ["%d. %s" % (i + 1, op.line()) for i, op in enumerate(ops) if op.key in pending]
    if not not_done:
        result["warnings"].append(
            "the connection dropped during the apply%s; a re-read shows every planned operation took effect"
            % (" (expected for a disruptive change)" if patience else "")
        )
        for op in ops:
            if op.action == "create":
                have = after.objects(op.kind).get(norm.name_key(op.name)) if op.kind in model.KINDS else None
                result["created"].setdefault(op.kind, []).append(
                    {"name": op.name, "id": (have or {}).get("id") or op.args.get("id")}
                )
        return raw
    raise BridgeConnectionLost(
        "%s. A re-read shows: took effect: %s; did not take effect: %s. Nothing was retried; re-run the task to "
        "converge the rest." % (lost.msg, "; ".join(done) or "none", "; ".join(not_done)),
        operations_done=done,
        operations_not_done=not_done,
        snapshot=raw,
    )


# Namespace of the IDs check mode reports for objects it would create (uuid5 of host, kind and name).
CHECK_MODE_ID_NAMESPACE = uuid.UUID("6f0c1d5e-9a43-5b7e-8c2d-4f1e0a9b3c71")


def check_mode_id(host, kind, name):
    """The ID check mode shows for an object it would create: the same for the same host, kind and name."""
    return str(uuid.uuid5(CHECK_MODE_ID_NAMESPACE, "%s/%s/%s" % (norm.name_key(host or ""), kind, norm.name_key(name))))


def _stable_ids(result, plan, chosen, raw):
    """Check mode: replace the random IDs the planner chose by ``check_mode_id`` so two identical plans are identical.

    A real run keeps random IDs: HNS may refuse to create an object with the ID of one deleted moments before.
    """
    if not chosen:
        return result
    host = ((raw or {}).get("host") or {}).get("computer_name") or ""
    mapping = {}
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


def _truly_foreign(skipped, current):
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


def _missing_overlay_facts(net):
    if net is None:
        return ["the network itself"]
    if net["type"] == "overlay":
        return [
            f
            for f, v in (("DrMacAddress", net["dr_mac_address"]), ("ProviderAddress", net["provider_address"]))
            if not v
        ]
    return []


def _overlay_fact_creates(plan):
    """The plan's creates (a recreate included) of networks whose DR MAC and provider address HNS adds later."""
    return [
        op
        for op in plan.ops
        if op.op == "hcn_network_create"
        and op.disruptive
        and op.args.get("id")
        and plan.expected["networks"].get(norm.name_key(op.name), {}).get("type") in OVERLAY_FACT_TYPES
    ]


def _wait_for_overlay_facts(client, plan, raw, full_args, *, wait_for_overlay, result):
    """HNS adds DrMacAddress/ProviderAddress a few seconds after an overlay create. The host waited for them inside
    the confirming poll (``job.overlay_wait``); when they are still missing, poll with reads for the rest of
    ``wait_for_overlay``."""
    names = [op.name for op in _overlay_fact_creates(plan)]
    if not names:
        return raw

    def missing(data):
        st = model.HostState.from_snapshot(data)
        out = {}
        for name in names:
            facts = _missing_overlay_facts(st.networks.get(norm.name_key(name)))
            if facts:
                out[name] = facts
        return out

    lacking = missing(raw)
    if not lacking or not wait_for_overlay or wait_for_overlay <= 0:
        if lacking:
            result["warnings"].append("not waiting for %s (wait_for_overlay is 0)" % _facts_text(lacking))
        return raw
    host_wait = (result.get("job") or {}).get("overlay_wait")
    waited = 0.0
    if isinstance(host_wait, dict):
        waited = float(host_wait.get("waited_ms") or 0) / 1000.0
        if float(wait_for_overlay) > waited:  # else the "did not appear within" warning below says it all
            result["warnings"].append(
                "%s had not appeared when the host's own wait ended (%.1f s, inside the poll that confirmed job %s); "
                "reading again for the rest of wait_for_overlay (%s s)"
                % (_facts_text(lacking), waited, result["job"].get("job_id"), wait_for_overlay)
            )
    deadline = _monotonic() + max(0.0, float(wait_for_overlay) - waited)
    delay = 1.0
    while lacking:
        remaining = deadline - _monotonic()
        if remaining <= 0:
            result["warnings"].append(
                "%s did not appear within %s s (wait_for_overlay); later tasks that need them should read again"
                % (_facts_text(lacking), wait_for_overlay)
            )
            break
        client.sleep(min(delay, remaining, 5.0))
        delay *= 2
        raw = _read(client, full_args)
        lacking = missing(raw)
    return raw


def _facts_text(lacking):
    return "; ".join("%s of network %s" % ("/".join(f), name) for name, f in lacking.items())
