# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Best-effort operations (``host_route: auto``): HNS may refuse them, and then the task warns instead of failing;
what a converge run as a job leaves owed in its after-snapshot, and sending it later (internal collection use only)."""

from typing import Any

from ansible_collections.hyperv.network.plugins.plugin_utils import hcn
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils import state as model
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import BridgeError, HvNetError
from ansible_collections.hyperv.network.plugins.plugin_utils.networks import HOST_ROUTE_AUTO, host_route_auto_op
from ansible_collections.hyperv.network.plugins.plugin_utils.plan_ops import Plan, PlannedOp, planned_list
from ansible_collections.hyperv.network.plugins.plugin_utils.snapshots import (
    BASE_SECTIONS,
    SECTION_ORDER,
    read,
    with_partial,
)

# The after-snapshot key under which a converge that ran as a job leaves its best-effort operations (host_route:
# auto) to the next converge that applies on that snapshot (job_options defer_optional; the overlay role's routes
# phase), so that they ride in that apply instead of a call of their own. Keys starting with "_" are not sections.
OWED_KEY = "_best_effort_owed"


def apply_optional(
    client: Any, ops: list[PlannedOp], full_args: dict[str, Any], result: dict[str, Any]
) -> dict[str, Any]:
    """Best-effort operations (``host_route: auto``) in a call of their own after the plan took effect (a plan run
    as a job, or no plan): what HNS refuses becomes a warning, never a failed task; returns the snapshot after them."""
    requests = [op.request() for op in ops] + [{"op": "snapshot", "args": full_args}]
    try:
        response = client.apply(requests)
    except BridgeError as e:
        if e.index is None:
            return read(client, full_args)
        optional_failed(ops, e.index, e, result)
        return read(client, full_args)
    note_optional(ops, result)
    return with_partial(response.snapshot, full_args)


def optional_failed(ops: list[PlannedOp], index: int, error: BridgeError, result: dict[str, Any]) -> None:
    """The best-effort operations' share of a batch that stopped at their ``index`` (``len(ops)`` or more: they all
    took effect and something after them failed): the ones before it count, the failed one is a warning."""
    if index >= len(ops):
        note_optional(ops, result)
        return
    note_optional(ops[:index], result)
    result["warnings"].append(
        "%s was not applied: %s. The network works without it; host_route: auto leaves it out on a host whose "
        "HNS refuses it (set host_route: false to stop trying, or true to make it a failure)."
        % (ops[index].line(), error.msg)
    )


def optional_left(ops: list[PlannedOp], after_state: Any, result: dict[str, Any]) -> list[PlannedOp]:
    """After a lost answer: the best-effort operations the re-read does not show as done (those it shows count)."""
    left = []
    for op in ops:
        net = after_state.networks.get(op.key[2]) if op.key[-1] == HOST_ROUTE_AUTO else None
        if net is not None and net.get("host_route"):
            note_optional([op], result)
        else:
            left.append(op)
    return left


def send_best_effort(client: Any, ops: list[PlannedOp], full_args: dict[str, Any] | None = None) -> dict[str, Any]:
    """Best-effort operations sent in a call of their own after a failure elsewhere (a failed plan operation, or a
    routes task that failed before any bridge call): a refusal is a warning. Returns the keys that say so in the
    failed task's result: ``best_effort_sent`` (lines HNS accepted), ``best_effort_owed`` (lines still not on the
    host: the next run's converge plans them again) and ``warnings``."""
    side: dict[str, Any] = {"changed": False, "operations": [], "planned": [], "warnings": []}
    try:
        apply_optional(client, ops, full_args or {"kinds": ["host", "hns_version", "networks"]}, side)
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


def send_owed(client: Any, snapshot: object, check_mode: bool = False) -> dict[str, Any]:
    """What a converge run as a job left owed in ``snapshot`` (``OWED_KEY``), sent best-effort in a call of its own
    (see ``send_best_effort``), for a task that fails before any bridge call; ``{}`` when nothing is owed (or in check
    mode). The network and the HNS version are taken from ``snapshot``."""
    if not isinstance(snapshot, dict) or check_mode or not snapshot.get(OWED_KEY):
        return {}
    owed = snapshot[OWED_KEY]
    raw = dict(snapshot)
    raw.pop(OWED_KEY, None)
    plan = Plan()
    add_owed(plan, owed, model.HostState.from_snapshot(raw))
    if not plan.optional:
        return {}
    kinds = [s for s in SECTION_ORDER if s in BASE_SECTIONS or s == "networks"]
    return send_best_effort(client, plan.optional, {"kinds": kinds})


def add_owed(plan: Plan, owed: object, current: Any) -> set[tuple[Any, ...]]:
    """The best-effort operations an earlier converge (a job) left in its after-snapshot: added to this plan's, for
    the networks that are still there (same ID) without them; the host's HNS version gates them as the planner does.
    Returns the keys of the owed operations (also those the plan already had)."""
    keys: set[tuple[Any, ...]] = set()
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


def note_optional(done: list[PlannedOp], result: dict[str, Any]) -> None:
    if done:
        result["changed"] = True
        result["operations"] += [op.line() for op in done]
        result.setdefault("planned", []).extend(planned_list(done))
