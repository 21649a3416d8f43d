# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The apply of a converge, and what follows a failed or lost one (internal collection use only).

The plan goes in one call that ends with a snapshot, or as a detached job when it is disruptive. Mutations are never
retried: a transient HNS answer or a create that raced is re-read and planned again (bounded); a lost connection
is re-read and reported operation by operation; any other failure is explained (what took effect, what failed,
what did not run)."""

import json
import time
from collections.abc import Callable
from typing import Any

from ansible_collections.hyperv.network.plugins.plugin_utils import disruptive as detached
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils import state as model
from ansible_collections.hyperv.network.plugins.plugin_utils.best_effort import note_optional, optional_failed
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import BridgeConnectionLost, BridgeError, HvNetError
from ansible_collections.hyperv.network.plugins.plugin_utils.plan_ops import Plan, PlannedOp
from ansible_collections.hyperv.network.plugins.plugin_utils.planner import plan_host_changes
from ansible_collections.hyperv.network.plugins.plugin_utils.snapshots import (
    REPLAN_ROUNDS,
    TRANSIENT_HRESULTS,
    read,
    with_partial,
)

_monotonic = time.monotonic  # replaceable in tests

# What a re-plan round knows was deleted before it: (kind, name key) pairs.
Deleted = frozenset[tuple[str, Any]] | set[tuple[str, Any]] | tuple[()]

RECOVERY_PATIENCE = 90.0  # seconds to wait for a host to answer again after a disruptive batch

ALREADY_EXISTS = "0x803B0010"

# What HNS was reported to answer to a create of a name deleted moments before: "The object already exists."
# (ERROR_OBJECT_ALREADY_EXISTS 5010, moby/moby#33880, docker/for-win#1384) or "Unspecified error" (E_FAIL,
# microsoft/hcsshim#95). Transient only right after a delete of that name in the same apply.
AFTER_DELETE_HRESULTS = ("0x80071392", "0x80004005")


def deleted_before(ops: list[PlannedOp], index: int, deleted: Deleted = ()) -> set[tuple[str, Any]]:
    """(kind, name key) of the objects deleted before operation ``index`` of this apply (earlier rounds included)."""
    out = set(deleted)
    for op in ops[:index]:
        if op.action == "delete" and op.kind in model.KINDS:
            out.add((op.kind, norm.name_key(op.name)))
    return out


def transient(error: BridgeError, ops: list[PlannedOp], deleted: Deleted = ()) -> bool:
    """An HNS answer that means "try again": see TRANSIENT_HRESULTS and AFTER_DELETE_HRESULTS."""
    if error.hresult in TRANSIENT_HRESULTS:
        return True
    if error.hresult not in AFTER_DELETE_HRESULTS or error.index is None or error.index >= len(ops):
        return False
    op = ops[error.index]
    return op.action == "create" and (op.kind, norm.name_key(op.name)) in deleted_before(ops, error.index, deleted)


def replannable(error: BridgeError, ops: list[PlannedOp], deleted: Deleted = ()) -> bool:
    """A failure that a re-read and a new plan may get past (never the first round's precondition failures)."""
    if error.index is None or error.index >= len(ops):
        return False
    if transient(error, ops, deleted):
        return True
    # A create that raced another run of ours (its "absent" precondition failed, or HNS says it exists): a
    # re-read shows whether the object is now there, ours and as configured; then it is adopted, else it fails.
    return ops[error.index].action == "create" and (
        error.hresult == ALREADY_EXISTS or error.code == "PRECONDITION_FAILED"
    )


def numbered(ops: list[PlannedOp], start: int = 0) -> list[str]:
    return ["%d. %s" % (i + 1, ops[i].line()) for i in range(start, len(ops))]


def _host_hint(error: BridgeError, op: PlannedOp | None, current: Any) -> str:
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


def explain_failed_apply(error: BridgeError, ops: list[PlannedOp], current: Any = None) -> BridgeError:
    index = error.index
    if index is None:
        done, failed, not_run = [], [], numbered(ops)
        state_line = "nothing was applied (the batch did not start)"
    else:
        done = ["%d. %s" % (i + 1, ops[i].line()) for i in range(min(index, len(ops)))]
        failed = ["%d. %s" % (index + 1, ops[index].line())] if index < len(ops) else []
        not_run = numbered(ops, index + 1)
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


def collect_created(ops: list[PlannedOp], results: list[dict[str, Any]], result: dict[str, Any]) -> None:
    for op, res in zip(ops, results[: len(ops)], strict=False):
        if op.action != "create" or not res.get("ok"):
            continue
        data = res.get("data") or {}
        result["created"][op.kind].append({"name": op.name, "id": data.get("id") or op.args.get("id")})


class Apply:
    """The apply of one converge: what every path of it needs, given once.

    ``config``, ``state`` and ``scope`` are the converge's (a re-plan plans them again), ``full_args`` the snapshot
    the apply ends with, ``result`` the task result that ``created``, ``warnings`` and ``job`` are written to,
    ``job_options`` the options of a detached job, ``optional_state`` whether the plan's best-effort operations
    were sent (``sent``) and answered (``settled``).
    """

    def __init__(
        self,
        client: Any,
        full_args: dict[str, Any],
        *,
        config: dict[str, Any],
        state: str,
        scope: list[str],
        uuid_factory: Callable[[], str] | None,
        result: dict[str, Any],
        job_options: dict[str, Any] | None,
        optional_state: dict[str, bool],
    ) -> None:
        self.client = client
        self.full_args = full_args
        self.config = config
        self.state = state
        self.scope = scope
        self.uuid_factory = uuid_factory
        self.result = result
        self.job_options = job_options
        self.optional_state = optional_state

    def run(
        self,
        plan: Plan,
        current: Any,
        raw_before: dict[str, Any] | None,
        rounds: int = REPLAN_ROUNDS,
        deleted: Deleted = (),
        *,
        first: bool = True,
    ) -> dict[str, Any]:
        """Send the plan plus a trailing snapshot in one call (a detached job when it is disruptive); explain failures.

        A plain batch also carries the plan's best-effort operations, after its own and before the snapshot: the
        bridge runs the operations in order and stops at the first that fails, keeping the ones before it
        (HvNetBridge.cs RunOps; nothing is undone outside a job's dead-man rollback), so a refusal at their index is
        a warning and the plan stays applied. Returns the snapshot after the apply.

        ``first``: the converge's own plan; a re-planned round (``_replan_after``) runs without the job options, as
        it always has."""
        ops = plan.ops
        job_options = self.job_options if first else None
        if any(op.disruptive for op in ops) or (job_options or {}).get("boot_replay"):
            return self._detached(plan, current, raw_before, job_options)
        optional = list(plan.optional)
        requests = [op.request() for op in ops + optional] + [{"op": "snapshot", "args": self.full_args}]
        if optional:
            self.optional_state["sent"] = True
        try:
            response = self.client.apply(requests)
        except BridgeError as e:
            if e.index is not None and e.index >= len(ops):
                # Every operation of the plan succeeded; a best-effort one or the trailing snapshot failed: the
                # best-effort failure is a warning, and the snapshot is read separately.
                collect_created(ops, e.results, self.result)
                if optional:
                    optional_failed(optional, e.index - len(ops), e, self.result)
                    self.optional_state["settled"] = True
                return read(self.client, self.full_args)
            if optional:
                self.optional_state["sent"] = False  # the plan failed before them: they did not run
            if rounds > 0 and replannable(e, ops, deleted):
                return self._replan_after(plan, e, current, rounds, deleted)
            raise explain_failed_apply(e, ops, current) from None
        except BridgeConnectionLost as e:
            return self._recover_after_loss(plan, e)
        collect_created(ops, response.results, self.result)
        if optional:
            note_optional(optional, self.result)
            self.optional_state["settled"] = True
        return with_partial(response.snapshot, self.full_args)

    def _replan_after(
        self, plan: Plan, error: BridgeError, current: Any, rounds: int, deleted: Deleted
    ) -> dict[str, Any]:
        """The batch stopped at a transient HNS answer (or a create that raced): the operations before it took
        effect. Re-read, plan again from what the host now has, apply what is left; bounded by ``rounds``."""
        ops = plan.ops
        collect_created(ops[: error.index], error.results, self.result)
        round_no = REPLAN_ROUNDS - rounds + 1
        answer = error.hresult or error.code
        self.result["warnings"].append(
            "the host answered %s%s at operation %d (%s); operations before it had taken effect (%d). Re-read and "
            "planned again (round %d of %d)."
            % (answer, " %s" % error.hresult_name if error.hresult_name else "", error.index + 1,
               ops[error.index].line(), error.index, round_no, REPLAN_ROUNDS)
        )  # fmt: skip
        self.client.sleep(float(2 ** (round_no - 1)))
        raw = read(self.client, self.full_args)
        after = model.HostState.from_snapshot(raw)
        try:
            again = plan_host_changes(self.config, after, self.state, kinds=self.scope, uuid_factory=self.uuid_factory)
        except HvNetError:
            raise explain_failed_apply(error, ops, current) from None
        if not again.ops:
            return raw
        failed_key = ops[error.index].key
        if not transient(error, ops, deleted) and any(op.key == failed_key for op in again.ops):
            # The re-read does not show the object HNS says exists (not ours, or another kind): no race to adopt.
            raise explain_failed_apply(error, ops, current)
        replanned = {op.key for op in again.optional}
        again.optional += [op for op in plan.optional if op.key not in replanned]  # owed ones too (add_owed)
        plan.optional[:] = again.optional  # what converge sends on its own if this apply does not carry them
        return self.run(
            again, after, raw, rounds=rounds - 1, deleted=deleted_before(ops, error.index, deleted), first=False
        )

    def _detached(
        self, plan: Plan, current: Any, raw_before: dict[str, Any] | None, job_options: dict[str, Any] | None
    ) -> dict[str, Any]:
        """The plan as a detached job: start, poll, confirm; the after-snapshot comes with the confirmation."""
        ops = plan.ops
        result = self.result
        try:
            journal, after, info = detached.run_job(
                self.client, ops, self.full_args, raw_before or {}, **(job_options or {})
            )
        except BridgeError as e:
            if e.index is None:
                raise
            raise explain_failed_apply(e, ops, current) from None
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
            result["warnings"].append(
                "after the disruptive change %s has no interface carrying its configuration" % text
            )
        for text in info.get("configuration_warnings") or []:  # review-2 1 (ipconfig_compare.domain_pending)
            result["warnings"].append("after the disruptive change %s" % text)
        collect_created(ops, journal.get("results") or [], result)
        return with_partial(after, self.full_args)

    def _recover_after_loss(self, plan: Plan, lost: BridgeConnectionLost) -> dict[str, Any]:
        """The connection dropped mid-apply: re-read (never re-apply) and report what took effect."""
        ops = plan.ops
        patience = RECOVERY_PATIENCE if any(op.disruptive for op in ops) else 0.0
        raw = self._read_after_loss(ops, lost, patience)
        after = model.HostState.from_snapshot(raw)
        try:
            again = plan_host_changes(
                self.config, after, self.state, kinds=self.scope, uuid_factory=self.uuid_factory, recreate=True
            )
            pending = {op.key for op in again.all_ops()}
        except HvNetError:
            pending = {op.key for op in ops}
        done = ["%d. %s" % (i + 1, op.line()) for i, op in enumerate(ops) if op.key not in pending]
        not_done = ["%d. %s" % (i + 1, op.line()) for i, op in enumerate(ops) if op.key in pending]
        if not not_done:
            self.result["warnings"].append(
                "the connection dropped during the apply%s; a re-read shows every planned operation took effect"
                % (" (expected for a disruptive change)" if patience else "")
            )
            for op in ops:
                if op.action == "create":
                    have = after.objects(op.kind).get(norm.name_key(op.name)) if op.kind in model.KINDS else None
                    self.result["created"].setdefault(op.kind, []).append(
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

    def _read_after_loss(self, ops: list[PlannedOp], lost: BridgeConnectionLost, patience: float) -> dict[str, Any]:
        """The re-read after a lost connection, retried for ``patience`` seconds (a disruptive batch cuts the host's
        network for a while)."""
        deadline = _monotonic() + patience
        delay = 1.0
        while True:
            try:
                return read(self.client, self.full_args)
            except BridgeConnectionLost:
                if _monotonic() >= deadline:
                    raise BridgeConnectionLost(
                        "%s. The host did not answer a read afterwards, so it is unknown which of these took effect: "
                        "%s. Nothing was retried; check the host, then re-run the task."
                        % (lost.msg, "; ".join(numbered(ops))),
                        operations_unknown=numbered(ops),
                    ) from None
                self.client.sleep(min(delay, max(0.0, deadline - _monotonic()), 8.0))
                delay *= 2
