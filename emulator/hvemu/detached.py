"""Detached jobs: the bridge's job_start/job_status/job_confirm and the scheduled task they start.

job_status may confirm (its confirm argument) and carry the after-snapshot: the confirming poll of
docs/reliability.md, so a disruptive converge needs no separate job_confirm call.

bridge.ps1 answers job_start at once and leaves the batch to a scheduled task that outlives the
WinRM/PSRP session a disruptive change kills. Here a thread stands for that task; it journals in
host.data["journal"][job_id] (persisted with the host, as the journal file in the
Administrators-only folder), in the shape job_status returns (protocol.schema.json,
$defs/op_job_status):

    running -> applied -> confirmed                 (job_confirm before the dead-man timer)
                       -> rolling_back -> rolled_back (no confirmation within deadman_s)
            -> failed                                (an operation failed; configuration repaired)

The task runs its operations with the ``execute`` of hvemu.bridge, which hands it to job_start (and to
replay_at_boot): this module sits below the bridge and never imports it.
"""

from __future__ import annotations

import copy
import threading
import time
import uuid

from .model import HostModel, ModelError
from .model.errors import canonical_guid, precondition_failed
from .model.jobs import awaits_domain, differences, domain_warning, repair_ok

# A create is undone by deleting what its result names (undo entry null).
UNDO_CREATE = {
    "switch_create": ("switch_remove", "switch"),
    "hcn_network_create": ("hcn_network_delete", "network"),
    "hcn_endpoint_create": ("hcn_endpoint_delete", "endpoint"),
    "hcn_namespace_create": ("hcn_namespace_delete", "namespace"),
}
JOB_OPS = ("job_start", "job_status", "job_confirm")
FINAL = ("confirmed", "rolled_back", "failed")


def _journal(host: HostModel, job_id: str) -> dict:
    entry = host.data["journal"].get(job_id)
    if entry is None:
        raise precondition_failed(f"no job {job_id} on this host (never started, or its journal was removed)", job_id)
    return entry


def _step(entry: dict, step: str, ok: bool = True, detail: str | None = None) -> None:
    entry["steps"].append({"at": round(time.time(), 3), "step": step, "ok": ok, "detail": detail})


def job_start(host: HostModel, args: dict, execute) -> dict:
    """Register the job and start its task (a thread); answer before any of its operations runs."""
    job_id = canonical_guid(args["job_id"])
    if job_id in host.data["journal"]:
        raise precondition_failed(f"job {job_id} exists already", job_id)
    for i, op in enumerate(args["ops"]):
        if op["op"] in JOB_OPS:
            raise ModelError("BAD_REQUEST", f"job {job_id}: operation {i} ({op['op']}) cannot run inside a job")
    undo = list(args.get("undo") or [])
    if undo and len(undo) != len(args["ops"]):
        raise ModelError("BAD_REQUEST", f"job {job_id}: undo has {len(undo)} entries for {len(args['ops'])} operations")
    host.data["journal"][job_id] = {
        "job_id": job_id,
        "state": "running",
        "confirmed": False,
        "deadman_s": int(args["deadman_s"]),
        "steps": [],
        "results": [],
        "error": None,
        "config_before": [],
        "config_after": [],
        "repairs": [],
        # HvNetBridge.cs JobStart: what the job cannot restore and Windows will (IpConfig.AwaitsDomain).
        "warnings": [],
        "undone": [],
        "request": {"ops": copy.deepcopy(args["ops"]), "undo": undo},
    }
    if args.get("boot_replay"):
        host.data["boot_replay"] = {"job_id": job_id, "ops": copy.deepcopy(args["boot_replay"])}
    host.job_confirmed[job_id] = threading.Event()
    thread = threading.Thread(target=_run, args=(host, job_id, execute), name=f"hvemu-task-{job_id}", daemon=True)
    host.job_threads[job_id] = thread
    thread.start()
    return {"job_id": job_id, "state": "running"}


# HvNetBridge.cs Bridge.OverlayWaitLimitS / OverlayWaitStepMs: the longest await_overlay wait of a confirming poll
# (protocol.schema.json op_job_status, await_overlay.seconds maximum 20) and how often it looks again.
OVERLAY_WAIT_LIMIT_S = 20
OVERLAY_WAIT_STEP_S = 0.5


def job_status(host: HostModel, args: dict) -> dict:
    """The job's journal (what the task wrote so far).

    The confirming poll (docs/bridge-protocol.md, docs/reliability.md; our own protocol, so its source is those
    docs and HvNetBridge.cs JobStatus, not Windows): with confirm, a job whose journal says applied (or confirmed)
    is confirmed exactly as job_confirm does; with snapshot, a confirmed job's answer carries the after-snapshot,
    taken after await_overlay's bounded wait for the networks' DR MAC and provider address (overlay_wait)."""
    job_id = canonical_guid(args["job_id"])
    entry = _journal(host, job_id)
    if args.get("confirm") and entry["state"] in ("applied", "confirmed"):
        _confirm(host, job_id, entry)
        host.save()  # job_status is not x-mutating (the engine saves none), but this one wrote the confirmation
    out = {k: copy.deepcopy(v) for k, v in entry.items() if k != "request"}
    if args.get("snapshot") is not None and out["state"] == "confirmed":
        if args.get("await_overlay"):
            out["overlay_wait"] = _await_overlay(host, args["await_overlay"])
        out["snapshot"] = host.op_snapshot(copy.deepcopy(args["snapshot"]))
    return out


def _await_overlay(host: HostModel, awaited: dict) -> dict:
    """Wait (bounded) until HNS reports each network's DrMacAddress and ProviderAddress (HvNetBridge.cs
    AwaitOverlayFacts). They appear overlay_facts_delay_s after the create: model/hns.py overlay_facts ("They
    appear overlay_facts_delay_s after the create (clients poll)"; flannel polls the provider address and reads the
    DR MAC once, vxlan_windows.go; Calico). Holds the host lock meanwhile, where the bridge lets it go when the poll
    is its batch's only operation (Windows review 5 finding 1; review 5 H4: hvemu keeps it)."""
    seconds = max(0, min(int(awaited.get("seconds") or 0), OVERLAY_WAIT_LIMIT_S))
    started = time.monotonic()
    until = started + seconds
    while True:
        missing = []
        for nid in awaited.get("network_ids") or []:
            found = host.network(nid)
            facts = host.overlay_facts(*found) if found else {}
            if not ("DrMacAddress" in facts and "ProviderAddress" in facts):
                missing.append(canonical_guid(nid))
        now = time.monotonic()
        if not missing or now >= until:
            return {"waited_ms": int((now - started) * 1000), "missing": missing}
        time.sleep(min(OVERLAY_WAIT_STEP_S, until - now))


def _confirm(host: HostModel, job_id: str, entry: dict) -> None:
    entry["confirmed"] = True
    if entry["state"] == "applied":
        entry["state"] = "confirmed"
    if not any(s["step"] == "confirm" for s in entry["steps"]):
        _step(entry, "confirm")
    event = host.job_confirmed.get(job_id)
    if event is not None:
        event.set()


def job_confirm(host: HostModel, args: dict) -> dict:
    """Stop the dead-man timer; idempotent. A rolled-back job stays rolled back."""
    job_id = canonical_guid(args["job_id"])
    entry = _journal(host, job_id)
    if entry["state"] not in ("rolling_back", "rolled_back"):
        _confirm(host, job_id, entry)
    return job_status(host, {"job_id": args["job_id"]})


def _batch(host: HostModel, ops: list[dict], execute) -> dict:
    request = {"protocol": 1, "request_id": uuid.uuid4().hex, "lock_timeout_ms": 600000, "ops": ops}
    response, _rc = execute(host, request)
    return response


def _run(host: HostModel, job_id: str, execute) -> None:
    """The scheduled task: snapshot, apply, repair, wait for the confirmation or roll back."""
    time.sleep(float(getattr(host.faults, "task_start_delay_s", 0.3) or 0))
    with host.lock:
        entry = host.data["journal"][job_id]
        entry["config_before"] = host.carriers()
        _step(entry, "snapshot", detail=f"{len(entry['config_before'])} interface(s) recorded")
        ops = entry["request"]["ops"]
        host.save()
    response = _batch(host, ops, execute)
    with host.lock:
        entry["results"] = response["results"]
        entry["error"] = response["error"]
        for i, res in enumerate(response["results"]):
            _step(
                entry,
                f"op {i + 1} {res['op']}",
                ok=res["ok"],
                detail=None if res["ok"] else response["error"]["message"],
            )
        entry["repairs"] = host.repair_config(entry["config_before"])
        for text in entry["repairs"]:
            _step(entry, "repair", ok=repair_ok(text), detail=text)
        entry["config_after"] = host.carriers()
        # HvNetBridge.cs Bridge.RunJob: a carrier that was DomainAuthenticated and reads Public or Private now
        # is a warning, not a difference of the compare step (IpConfig.AwaitsDomain; review-2 1).
        left = []
        for d in differences(entry["config_before"], entry["config_after"]):
            if awaits_domain(d):
                entry["warnings"].append(domain_warning(d))
            else:
                left.append(d)
        _step(entry, "compare", ok=not left, detail="; ".join(f"{d['interface']}: {d['field']}" for d in left) or None)
        if not response["ok"]:
            entry["state"] = "failed"
            host.save()
            return
        entry["state"] = "confirmed" if entry["confirmed"] else "applied"
        host.save()
    event = host.job_confirmed[job_id]
    if event.wait(timeout=entry["deadman_s"]):
        return
    _rollback(host, job_id, execute)


def _rollback(host: HostModel, job_id: str, execute) -> None:
    """No confirmation in time: undo the applied operations in reverse, restore the configuration."""
    with host.lock:
        entry = host.data["journal"][job_id]
        if entry["confirmed"]:
            return
        entry["state"] = "rolling_back"
        _step(entry, "dead-man timer expired", ok=False, detail=f"no job_confirm within {entry['deadman_s']} s")
        ops, undo = entry["request"]["ops"], entry["request"]["undo"]
        results = entry["results"]
        host.save()
    for i in reversed(range(len(results))):
        if not results[i]["ok"]:
            continue
        steps = undo[i] if i < len(undo) else None
        if steps is None and ops[i]["op"] in UNDO_CREATE:
            name, kind = UNDO_CREATE[ops[i]["op"]]
            oid = (results[i].get("data") or {}).get("id")
            steps = (
                [{"op": name, "args": {"id": oid}, "pre": [{"kind": kind, "state": "owned", "id": oid}]}] if oid else []
            )
        what = f"operation {i + 1} ({ops[i]['op']})"
        if not steps:
            with host.lock:
                entry["undone"].append(f"{what}: not undone (no undo for it)")
                _step(entry, f"undo {i + 1}", ok=False, detail="no undo for this operation")
            continue
        response = _batch(host, steps, execute)
        with host.lock:
            detail = None if response["ok"] else response["error"]["message"]
            entry["undone"].append(f"{what}: " + ("undone" if response["ok"] else f"undo failed: {detail}"))
            _step(entry, f"undo {i + 1}", ok=response["ok"], detail=detail)
    with host.lock:
        for text in host.repair_config(entry["config_before"]):
            entry["repairs"].append(text)
            _step(entry, "repair", ok=repair_ok(text), detail=text)
        entry["config_after"] = host.carriers()
        entry["state"] = "rolled_back"
        host.save()


def replay_at_boot(host: HostModel, execute) -> dict | None:
    """The boot-time task (boot_replay): run the last registered job's operations again after a reboot.

    Operations whose objects survived the reboot fail their preconditions and are skipped one by
    one, as the host's startup task does; returns {job_id, replayed, skipped}."""
    replay = host.data.get("boot_replay")
    if not replay:
        return None
    replayed, skipped = [], []
    for op in replay["ops"]:
        response = _batch(host, [copy.deepcopy(op)], execute)
        (replayed if response["ok"] else skipped).append(op["op"])
    return {"job_id": replay["job_id"], "replayed": replayed, "skipped": skipped}
