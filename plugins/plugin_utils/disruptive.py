# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Disruptive changes: run a batch as a detached job on the host, then poll and confirm (internal use only).

An External switch shared with the management OS, or a Transparent/L2Bridge/Overlay network,
cuts the host's network for seconds and kills the WinRM/PSRP session. So the engine sends such a
batch with ``job_start``: the bridge registers a scheduled task that runs it and answers at once.
The task records the network configuration, applies, repairs what Windows failed to carry over,
journals each step and, without ``job_confirm`` before the dead-man timer, rolls back.

Here, on the controller: start the job (one call), poll ``job_status`` with reads and backoff
until the host answers and the journal says how it ended (a dropped connection is expected; the
action plugin resets it), and fail with exactly what differs when the task could not restore the
configuration. Every poll asks the host to confirm the job once it has applied (``confirm``) and
to answer then with the after-snapshot (``snapshot``), after waiting for the DR MAC and provider
address of the overlay networks named (``await_overlay``): the poll that sees the job applied is
its confirmation, and no separate ``job_confirm`` call is made. ``job_confirm`` stays for a host
answer that did not confirm. docs/reliability.md.
"""

import json
import time
import types
import uuid

from ansible_collections.hyperv.network.plugins.plugin_utils.bridge_client import bridge_error, schema_errors
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import (
    BridgeConnectionLost,
    BridgeError,
    BridgeProtocolError,
    HvNetError,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.ipconfig_compare import (
    config_differences,
    describe_differences,
    domain_pending,
)

DEADMAN_S = 120  # seconds the host waits, after applying, for job_confirm before it rolls back
# Seconds the controller waits, from job_start's answer, for the job to leave "running". job_start itself answers
# once the task started (Bridge.StartWaitS, 10 s; up to Bridge.QueuedWaitS, 60 s, while Task Scheduler reports the
# start queued, review-2 2). Then the job needs the operations themselves (a New-VMSwitch -AllowManagementOS takes
# seconds to tens of seconds), up to Bridge.SettleLimitS (60 s) for DHCP and network identification (each carrier's
# category as it was, review-2 1) to settle before it compares and repairs (host-code 3), the repairs, and up to
# Bridge.ResettleLimitS (30 s) to settle again after them; the host is unreachable for part of it, and polls back
# off to POLL_CAP. Running out means the job is never confirmed and the host rolls it back. 180 s covers 60 + 30 s
# of settling plus 90 s for the rest (150 s did before the second settle).
PATIENCE_S = 180.0
POLL_FIRST = 0.5
POLL_CAP = 4.0
CONFIRM_TRIES = 3  # job_confirm is idempotent, so a lost answer may be followed by another one
# The longest wait the host itself makes, inside the confirming poll, for an overlay network's DR MAC and provider
# address (Bridge.OverlayWaitLimitS, protocol.schema.json op_job_status await_overlay.seconds). A poll that is its
# batch's only operation lets the host lock go during the wait and takes it again for the snapshot (Windows review 5
# finding 1); one batched with others keeps it, which a concurrent batch of ours waits for at most 30 s
# (bridge_client.LOCK_TIMEOUT_MS).
HOST_OVERLAY_WAIT_S = 20
SWITCH_TYPES = {0: "Private", 1: "Internal", 2: "External"}

_monotonic = time.monotonic  # replaceable in tests


# ---- undo lists (the host derives the undo of a create itself) ----------------------------
def _switch_row(raw, sid):
    for row in raw.get("switches") or []:
        if str(row.get("Id", "")).lower() == str(sid).lower():
            return row
    return None


def _adapter_names(raw, row):
    descriptions = row.get("NetAdapterInterfaceDescriptions") or (
        [row["NetAdapterInterfaceDescription"]] if row.get("NetAdapterInterfaceDescription") else []
    )
    by_description = {a.get("InterfaceDescription"): a.get("Name") for a in raw.get("adapters") or []}
    names = [by_description.get(d) for d in descriptions]
    return names if names and all(names) else None


def _network_doc(raw, kind, oid):
    for text in raw.get(kind) or []:
        try:
            doc = json.loads(text)
        except ValueError:
            continue
        if str(doc.get("ID", "")).lower() == str(oid).lower():
            return text, doc
    return None, None


def undo_for(request, raw):
    """The operations that undo one planned operation, from the snapshot taken before; None when
    the host derives it (a create: delete what it made) or it cannot be undone."""
    op, args = request["op"], request["args"]
    if op == "switch_remove":
        row = _switch_row(raw, args["id"])
        if row is None:
            return None
        kind = SWITCH_TYPES.get(row.get("SwitchType"), "Internal")
        create = {"name": row["Name"], "switch_type": kind, "notes": row.get("Notes") or ""}
        if kind == "External":
            names = _adapter_names(raw, row)
            if not names:
                return None
            create.update(net_adapter_names=names, allow_management_os=bool(row.get("AllowManagementOS")))
        pre = [{"kind": "switch", "state": "absent", "name": row["Name"]}]
        return [{"op": "switch_create", "args": create, "pre": pre}]
    if op == "switch_set":
        row = _switch_row(raw, args["id"])
        if row is None:
            return None
        back = {"id": args["id"]}
        if "allow_management_os" in args:
            back["allow_management_os"] = bool(row.get("AllowManagementOS"))
        if "notes" in args:
            back["notes"] = row.get("Notes") or ""
        if "net_adapter_name" in args and row.get("SwitchType") != 2:
            back["switch_type"] = SWITCH_TYPES.get(row.get("SwitchType"), "Internal")
        if "switch_type" in args and row.get("SwitchType") == 2:
            names = _adapter_names(raw, row)
            if not names:
                return None
            back.update(net_adapter_name=names[0], allow_management_os=bool(row.get("AllowManagementOS")))
        return [{"op": "switch_set", "args": back, "pre": [{"kind": "switch", "state": "present", "id": args["id"]}]}]
    if op == "hcn_network_delete":
        text, doc = _network_doc(raw, "networks", args["id"])
        if text is None:
            return None
        pre = [
            {"kind": "network", "state": "absent", "name": doc.get("Name") or args["id"]},
            {"kind": "network", "state": "absent", "id": args["id"]},
        ]
        return [{"op": "hcn_network_create", "args": {"id": args["id"], "settings": text}, "pre": pre}]
    return None


# ---- the protocol ----------------------------------------------------------------------------
def _numbered(ops):
    return ["%d. %s" % (i + 1, op.line()) for i, op in enumerate(ops)]


def _status(client, job_id, extra=None):
    """One job_status poll (a read: the client retries it after a lost answer; confirm is idempotent)."""
    args = {"job_id": job_id}
    args.update(extra or {})
    response = client.read([{"op": "job_status", "args": args}])
    return response.results[0]["data"]


def poll_args(full_args, await_overlay=None):
    """The confirming poll's arguments: confirm once applied, then answer with the after-snapshot (``full_args``),
    after the host waited (bounded) for the overlay facts of ``await_overlay`` ({network_ids, seconds})."""
    extra = {"confirm": True, "snapshot": full_args}
    if await_overlay and await_overlay.get("network_ids"):
        seconds = max(0, min(int(await_overlay.get("seconds") or 0), HOST_OVERLAY_WAIT_S))
        if seconds:
            extra["await_overlay"] = {"network_ids": list(await_overlay["network_ids"]), "seconds": seconds}
    return extra


def _poll(client, job_id, ops, *, patience, deadman_s, start_unknown, extra=None):
    """job_status until the job has ended (not running); tolerates a host that does not answer for a while."""
    deadline = _monotonic() + patience
    delay = POLL_FIRST
    polls = {"polls": 0, "polls_answered": 0}
    while True:
        try:
            polls["polls"] += 1
            journal = _status(client, job_id, extra)
            polls["polls_answered"] += 1
            if journal.get("state") not in ("running", "rolling_back"):
                return journal, polls
        except BridgeConnectionLost as e:
            if _monotonic() >= deadline:
                raise BridgeConnectionLost(
                    "the host did not answer within %d s after the disruptive change was started as job %s (%s). The "
                    "job may have applied: unless it is confirmed, the host rolls it back %d s after applying. "
                    "Operations: %s. Nothing was retried; check the host (its journal is "
                    "%%ProgramData%%\\hyperv.network\\jobs\\%s.journal.json), then re-run the task."
                    % (patience, job_id, e.msg, deadman_s, "; ".join(_numbered(ops)), job_id),
                    job_id=job_id,
                    operations_unknown=_numbered(ops),
                ) from None
        except BridgeError as e:
            if start_unknown and e.code == "PRECONDITION_FAILED":
                raise BridgeConnectionLost(
                    "the connection dropped while job %s was being started, and the host does not know that job: "
                    "nothing was applied. Operations not run: %s. Re-run the task."
                    % (job_id, "; ".join(_numbered(ops))),
                    job_id=job_id,
                    operations_not_run=_numbered(ops),
                ) from None
            if e.code == "PRECONDITION_FAILED":
                raise
            if e.code == "BAD_REQUEST" or _monotonic() >= deadline:
                raise _poll_failed(job_id, e, deadman_s, ops) from None
            # The journal could not be read this time (being rewritten), or the after-snapshot of a confirming poll
            # failed (an HNS answer such as 0x803B0020 while the service restarts): poll on, within the patience.
            journal = {"state": "running", "poll_error": e}
        if _monotonic() >= deadline:
            if journal.get("poll_error") is not None:
                # The patience ran out right after a failed poll: that failure is what happened, not a running job.
                raise _poll_failed(job_id, journal["poll_error"], deadman_s, ops) from None
            raise BridgeConnectionLost(
                "job %s was still %s after %d s; it goes on on the host and is rolled back unless confirmed. "
                "Operations: %s." % (job_id, journal.get("state"), patience, "; ".join(_numbered(ops))),
                job_id=job_id,
            )
        client.sleep(min(delay, POLL_CAP, max(0.0, deadline - _monotonic())))
        delay *= 2


def _poll_failed(job_id, error, deadman_s, ops):
    """Not an operation of the job that failed: the poll itself (reading the journal, or the confirming poll's
    after-snapshot). Said as such, so that no operation is reported failed."""
    return HvNetError(
        "polling job %s failed: %s. A poll confirms the job once it has applied, so it may be confirmed; "
        "otherwise the host rolls it back %d s after applying. Operations: %s. Check the host (its "
        "journal is %%ProgramData%%\\hyperv.network\\jobs\\%s.journal.json), then re-run the task."
        % (job_id, error.msg, deadman_s, "; ".join(_numbered(ops)), job_id),
        job_id=job_id,
        operations_unknown=_numbered(ops),
    )


def _confirm(client, job_id, full_args):
    """job_confirm plus the after-snapshot in one call; sent again (it is idempotent) after a lost answer."""
    ops = [{"op": "job_confirm", "args": {"job_id": job_id}}, {"op": "snapshot", "args": full_args}]
    for attempt in range(1, CONFIRM_TRIES + 1):
        try:
            response = client.apply(ops)
            return response.results[0]["data"], response.snapshot
        except BridgeConnectionLost:
            if attempt == CONFIRM_TRIES:
                raise
            client.sleep(min(POLL_FIRST * 2**attempt, POLL_CAP))
    raise AssertionError("unreachable")  # pragma: no cover


def run_job(
    client, ops, full_args, raw_before, *, patience=PATIENCE_S, deadman_s=DEADMAN_S, boot_replay=None,
    await_overlay=None,
):  # fmt: skip
    """Apply ``ops`` (planned operations) as a detached job; return ``(journal, after_snapshot, job_info)``.

    The polls confirm the job once it has applied and bring the after-snapshot (``poll_args``); ``await_overlay``
    ({network_ids, seconds}) makes the host wait, before that snapshot, for those overlay networks' DR MAC and
    provider address (at most HOST_OVERLAY_WAIT_S). ``job_info`` says how it was confirmed (``confirmed_by``:
    ``poll`` or ``job_confirm``) and, with ``await_overlay``, the host's ``overlay_wait`` ({waited_ms, missing}).

    Raises ``BridgeError`` (with ``results``/``index``) when an operation failed, ``BridgeConnectionLost``
    when the host stayed unreachable, ``HvNetError`` when the job was rolled back or the network
    configuration differs afterwards.
    """
    job_id = str(uuid.uuid4())
    requests = [op.request() for op in ops]
    args = {"job_id": job_id, "ops": requests, "undo": [undo_for(r, raw_before) for r in requests],
            "deadman_s": int(deadman_s)}  # fmt: skip
    if boot_replay:
        args["boot_replay"] = list(boot_replay)  # the whole config as creates, replayed by the boot-time task
    start_unknown = _start(client, args, ops)
    extra = poll_args(full_args, await_overlay)
    journal, polls = _poll(
        client, job_id, ops, patience=patience, deadman_s=deadman_s, start_unknown=start_unknown, extra=extra
    )
    info = dict(polls, job_id=job_id, state=journal.get("state"), repairs=journal.get("repairs") or [])
    info["start_answer_lost"] = start_unknown
    state = journal.get("state")
    if state == "failed":
        response = types.SimpleNamespace(error=journal.get("error"), results=journal.get("results") or [])
        error = bridge_error(response, requests)
        error.details["job"] = info
        raise error
    if state == "rolled_back":
        raise HvNetError(
            "job %s applied the disruptive change but was not confirmed within its %d s dead-man timer, so the host "
            "rolled it back: %s. Re-run the task (a slower network may need more patience)."
            % (job_id, deadman_s, "; ".join(journal.get("undone") or []) or "nothing to undo"),
            job=info,
        )
    if state not in ("applied", "confirmed"):
        raise HvNetError("job %s ended in the unknown state %r" % (job_id, state), job=info)
    journal, after = _after_snapshot(client, journal, job_id, full_args, info)
    info["state"] = journal.get("state")
    if journal.get("state") != "confirmed":
        raise HvNetError(
            "job %s could not be confirmed (the host says %s): %s"
            % (job_id, journal.get("state"), "; ".join(journal.get("undone") or []) or "see its journal"),
            job=info,
        )
    _check_configuration(journal, job_id, info, after)
    return journal, after, info


def _start(client, args, ops):
    """Send job_start (one call): True when its answer was lost, False when the host answered that it started."""
    start_unknown = False
    try:
        client.apply([{"op": "job_start", "args": args}])
    except BridgeConnectionLost:
        start_unknown = True  # the answer was lost: the polls tell whether the job exists
    except BridgeError as e:
        details = {k: v for k, v in e.details.items() if k not in ("index", "op", "results")}
        raise HvNetError(
            "the host did not start the disruptive change as a detached job: %s. Nothing was applied." % e.msg,
            operations_not_run=_numbered(ops),
            **details,
        ) from None
    return start_unknown


def _after_snapshot(client, journal, job_id, full_args, info):
    """``(journal, after_snapshot)`` of a job that applied: the confirming poll brought both, or (a host answer that
    did not confirm) job_confirm does. Records in ``info`` which it was."""
    if journal.get("state") == "confirmed" and isinstance(journal.get("snapshot"), dict):
        after = journal.pop("snapshot")  # the poll confirmed it and brought the after-snapshot
        # Checked as the client checks a snapshot operation's result (bridge_client.parse_response).
        problems = schema_errors("snapshot", after)
        if problems:
            raise BridgeProtocolError(
                "the after-snapshot in job %s's confirming poll does not match the protocol: %s"
                % (job_id, "; ".join(problems[:5]))
            )
        info["confirmed_by"] = "poll"
        if "overlay_wait" in journal:
            info["overlay_wait"] = journal.pop("overlay_wait")
    else:
        # A host answer that did not confirm (a poll without the confirm arguments' effect): job_confirm, as before.
        journal, after = _confirm(client, job_id, full_args)
        info["confirmed_by"] = "job_confirm"
    return journal, after


def _check_configuration(journal, job_id, info, after):
    """Record in ``info`` what the confirmed job left of the network configuration; raise when it differs from
    before and the host could not restore it."""
    diffs, gone = config_differences(journal.get("config_before"), journal.get("config_after"))
    info["configuration_gone"] = gone
    info["configuration_warnings"] = domain_pending(journal.get("config_before"), journal.get("config_after"))
    if diffs:
        lines = describe_differences(diffs)
        raise HvNetError(
            "the disruptive change was applied and confirmed (job %s), but the host's network configuration differs "
            "from before and the host could not restore it: %s. Repairs tried: %s. Fix the configuration on the host "
            "(the host still answers), then re-run the task."
            % (job_id, " | ".join(lines), "; ".join(info["repairs"]) or "none"),
            job=info,
            configuration_differences=lines,
            snapshot=after,
        )
