"""The confirming poll, executed: job_status with confirm, snapshot and await_overlay (HvNetBridge.cs JobStatus,
ConfirmJob, AwaitOverlayFacts) under Mono against the fake Windows (issue 13 deliver 4).

Folding the confirmation into the last poll is our own protocol, not a Windows behaviour: its source is
docs/bridge-protocol.md and docs/reliability.md. The late DR MAC and provider address of an Overlay network are a
precaution, not a documented delay: flannel (pkg/backend/vxlan/device_windows.go ensureNetwork) polls a new Overlay
network for its ProviderAddress only and vxlan_windows.go reads the DrMacAddress once (windows review 5 finding 5);
hvemu models a delay in emulator/hvemu/model/hns.py overlay_facts, and the fake adds both overlay_facts_delay_ms
after the create. Each test reads the host back from the fake (its switches, its HCN documents, the job's files),
not only the answers.
"""

import json
import uuid

import jsonschema
import pytest
from fakewin.fake_windows import FakeWindows, Session
from test_bridge_logic import BRIDGE_TEXT, TAG, static_host

JOBS = "hyperv.network/jobs"


@pytest.fixture
def session(fakewin_runner, tmp_path):
    sessions = []

    def start(host=None):
        s = Session(fakewin_runner, host or static_host(), tmp_path)
        sessions.append(s)
        return s

    yield start
    for s in sessions:
        s.close()


def start_job(s, ops, deadman=30):
    job = str(uuid.uuid4())
    args = {"job_id": job, "ops": ops, "undo": [None] * len(ops), "deadman_s": deadman}
    resp, _ = s.request([{"op": "job_start", "args": args}], text=BRIDGE_TEXT)
    assert resp["ok"] is True, resp["error"]
    return job


def external_switch():
    args = {"name": "ext", "net_adapter_names": ["Ethernet"], "allow_management_os": True, "notes": TAG}
    return {"op": "switch_create", "args": args, "pre": [{"kind": "switch", "name": "ext", "state": "absent"}]}


def overlay_network(nid):
    return {"op": "hcn_network_create", "args": {"id": nid, "settings": json.dumps({"Name": "ovl", "Type": "Overlay"})}}


def poll(s, job, **extra):
    resp, _ = s.request([{"op": "job_status", "args": {"job_id": job, **extra}}])
    assert resp["ok"] is True, resp["error"]
    return resp["results"][0]["data"]


def run_with_controller(s, job, args, until="confirmed"):
    """Run the job's task while a controller polls with ``args`` at each of the task's sleeps (never from inside
    its own poll's sleeps) until a poll answers ``until``; returns the answers."""
    answers, busy = [], []

    def controller(session_, _now_ms):
        if busy or (answers and answers[-1]["state"] == until):
            return
        busy.append(True)
        answers.append(poll(session_, job, **args))
        busy.clear()

    s.host.on_sleep = controller
    s.run_task(f"#hvnet-job:{job}")
    s.host.on_sleep = None
    if not answers or answers[-1]["state"] != until:
        answers.append(poll(s, job, **args))  # the poll after the task's last sleep
    return answers


def test_a_confirming_poll_confirms_only_an_applied_job_and_brings_the_after_snapshot(session, tmp_path):
    host = static_host()
    s = session(host)
    job = start_job(s, [external_switch()], deadman=5)
    args = {"confirm": True, "snapshot": {"kinds": ["switches", "ledger"]}}
    running = poll(s, job, **args)
    assert running["state"] == "running" and running["confirmed"] is False
    assert "snapshot" not in running, "a poll of a running job carries the after-snapshot"
    assert not (tmp_path / JOBS / f"{job}.confirm").exists(), "a poll confirmed a job that had not applied yet"

    answers = run_with_controller(s, job, args)
    last = answers[-1]
    assert last["state"] == "confirmed" and last["confirmed"] is True
    assert [sw["Name"] for sw in last["snapshot"]["switches"]] == ["ext"]
    assert all("snapshot" not in a for a in answers[:-1]), "only the confirming poll carries the snapshot"
    # The host: the task saw the confirmation (no rollback after the 5 s dead-man timer), the switch stays.
    assert [sw["Name"] for sw in host.switches] == ["ext"]
    journal = json.loads((tmp_path / JOBS / f"{job}.journal.json").read_text())
    assert journal["state"] == "confirmed" and journal["steps"][-1]["step"] == "confirm"
    assert "snapshot" not in journal, "the after-snapshot went into the journal file"
    # The same poll again (its answer was lost): still confirmed, the snapshot again.
    again = poll(s, job, **args)
    assert again["state"] == "confirmed" and [sw["Name"] for sw in again["snapshot"]["switches"]] == ["ext"]


def test_job_confirm_still_confirms_and_a_poll_without_confirm_does_not(session, tmp_path):
    """Older controllers and recovery paths: job_confirm as before; job_status alone stays a pure read."""
    host = static_host()
    s = session(host)
    job = start_job(s, [external_switch()], deadman=3)
    answers = run_with_controller(s, job, {"snapshot": {"kinds": ["switches"]}}, until="rolled_back")
    assert answers[-1]["state"] == "rolled_back" and all("snapshot" not in a for a in answers)
    assert host.switches == [], "a poll without confirm kept the change"
    job = start_job(s, [external_switch()], deadman=30)
    seen = []

    def confirm(session_, _now_ms):
        if not seen and any(x["step"] == "wait" for x in poll(session_, job)["steps"]):
            resp, _ = session_.request([{"op": "job_confirm", "args": {"job_id": job}}])
            seen.append(resp["results"][0]["data"])

    host.on_sleep = confirm
    s.run_task(f"#hvnet-job:{job}")
    host.on_sleep = None
    assert seen[0]["state"] == "confirmed" and "snapshot" not in seen[0]
    assert [sw["Name"] for sw in host.switches] == ["ext"]


def test_a_confirming_poll_never_confirms_a_failed_or_rolled_back_job(session, tmp_path):
    host = static_host()
    s = session(host)
    job = start_job(s, [external_switch()], deadman=2)
    s.run_task(f"#hvnet-job:{job}")  # nobody confirmed: rolled back
    late = poll(s, job, confirm=True, snapshot={"kinds": ["switches"]})
    assert late["state"] == "rolled_back" and "snapshot" not in late
    assert not (tmp_path / JOBS / f"{job}.confirm").exists()
    host.hcn_faults["Create"] = (0x803B0016, '{"Success":false,"Error":"bad"}')
    job = start_job(s, [overlay_network(str(uuid.uuid4()))])
    s.run_task(f"#hvnet-job:{job}")
    failed = poll(s, job, confirm=True, snapshot={"kinds": ["networks"]})
    assert failed["state"] == "failed" and failed["confirmed"] is False and "snapshot" not in failed
    assert not (tmp_path / JOBS / f"{job}.confirm").exists()


def valid_answer(schema, data):
    """A job_status answer as the schema describes it ($defs/job_journal, its snapshot $defs/snapshot)."""
    jsonschema.Draft202012Validator({"$ref": "#/$defs/job_journal", "$defs": schema["$defs"]}).validate(data)
    return data


def overlay_host(delay_ms):
    host = static_host()
    host.overlay_facts_delay_ms = delay_ms
    return host


def policy_types(host, nid):
    return {p["Type"] for p in json.loads(host.hcn["network"][nid]).get("Policies") or []}


def test_the_confirming_poll_waits_for_the_dr_mac_and_provider_address_before_its_snapshot(session, schema):
    host = overlay_host(4000)
    s = session(host)
    nid = str(uuid.uuid4())
    job = start_job(s, [overlay_network(nid)])
    args = {"confirm": True, "snapshot": {"kinds": ["networks"]}}
    args["await_overlay"] = {"network_ids": [nid], "seconds": 20}
    answers = run_with_controller(s, job, args)
    last = valid_answer(schema, answers[-1])
    assert all(valid_answer(schema, a) for a in answers[:-1])
    assert last["state"] == "confirmed"
    assert last["overlay_wait"]["missing"] == [] and last["overlay_wait"]["waited_ms"] > 0
    (doc,) = [json.loads(d) for d in last["snapshot"]["networks"]]
    assert {"DrMacAddress", "ProviderAddress"} <= {p["Type"] for p in doc["Policies"]}
    assert {"DrMacAddress", "ProviderAddress"} <= policy_types(host, nid)


def test_the_wait_is_bounded_and_names_what_is_still_missing(session):
    host = overlay_host(60000)  # HNS takes a minute
    s = session(host)
    nid = str(uuid.uuid4())
    job = start_job(s, [overlay_network(nid)])
    args = {"confirm": True, "snapshot": {"kinds": ["networks"]}}
    args["await_overlay"] = {"network_ids": [nid], "seconds": 3}
    host_clock = host.now_ms
    last = run_with_controller(s, job, args)[-1]
    assert last["state"] == "confirmed", "the wait must not hold back the confirmation"
    assert last["overlay_wait"]["missing"] == [nid]
    assert 3000 <= last["overlay_wait"]["waited_ms"] < 4000
    (doc,) = [json.loads(d) for d in last["snapshot"]["networks"]]
    assert not {"DrMacAddress", "ProviderAddress"} & {p["Type"] for p in doc.get("Policies") or []}
    assert host.now_ms - host_clock < 60000


def test_the_facts_nested_as_json_text_count_and_an_unknown_network_is_missing(session):
    host = overlay_host(0)
    host.overlay_facts_as_text = True
    s = session(host)
    nid, ghost = str(uuid.uuid4()), str(uuid.uuid4())
    job = start_job(s, [overlay_network(nid)])
    args = {"confirm": True, "snapshot": {"kinds": ["networks"]}}
    args["await_overlay"] = {"network_ids": [nid, ghost], "seconds": 1}
    last = run_with_controller(s, job, args)[-1]
    assert last["state"] == "confirmed" and last["overlay_wait"]["missing"] == [ghost]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        ({"confirm": "yes"}, "confirm must be true or false"),
        ({"snapshot": ["networks"]}, "snapshot must be a JSON object"),
        ({"await_overlay": {"network_ids": [], "seconds": 1}}, "await_overlay needs snapshot"),
        ({"snapshot": {"kinds": []}, "await_overlay": ["x"]}, "await_overlay must be a JSON object"),
        ({"snapshot": {"kinds": []}, "await_overlay": {"network_ids": "x", "seconds": 1}}, "await_overlay.network_ids"),
        ({"snapshot": {"kinds": []}, "await_overlay": {"network_ids": ["nope"], "seconds": 1}}, "must hold GUIDs"),
        ({"snapshot": {"kinds": []}, "await_overlay": {"network_ids": [], "seconds": 21}}, "await_overlay.seconds"),
        ({"snapshot": {"kinds": []}, "await_overlay": {"network_ids": []}}, "await_overlay.seconds"),
    ],
)
def test_bad_poll_arguments_are_refused_naming_the_field_before_anything_runs(session, args, words):
    host = FakeWindows()
    s = session(host)
    resp, rc = s.request([{"op": "job_status", "args": {"job_id": str(uuid.uuid4()), **args}}])
    assert rc == 2 and resp["error"]["code"] == "BAD_REQUEST" and words in resp["error"]["message"], resp["error"]
    assert resp["results"] == [] and host.calls == [] and host.events == [], "the host was touched"


def confirm_when_applied(s, job, args, *, before=None, during=None, after=None, more_ops=()):
    """The controller's polls at the task's sleeps: a pure read until the journal says applied, then (after
    ``before(host)``) one confirming poll with ``args`` (and ``more_ops`` in the same batch), whose raw response
    is returned. ``during(session)`` runs at each sleep inside that poll (its await_overlay wait), ``after(session)``
    once it answered."""
    seen, busy = [], []

    def controller(session_, _now_ms):
        if busy and not seen:
            if during is not None:
                during(session_)
            return
        if seen or busy or poll(session_, job)["state"] != "applied":
            return  # (never from inside its own poll's sleeps)
        if before is not None:
            before(session_.host)
        busy.append(True)
        ops = [{"op": "job_status", "args": {"job_id": job, **args}}, *more_ops]
        seen.append(session_.request(ops)[0])
        if after is not None:
            after(session_)

    s.host.on_sleep = controller
    s.run_task(f"#hvnet-job:{job}")
    s.host.on_sleep = None
    assert seen, "the job never said applied"
    return seen[0]


def test_an_hcn_error_during_the_wait_counts_as_still_missing_and_is_reported_not_a_failed_poll(
    session, schema, tmp_path
):
    """Windows review 5 finding 2: every step of the wait is HcnOpenNetwork + HcnQueryNetworkProperties right
    after an Overlay create, while HNS is busy; an HRESULT other than "not found" (here HCN_E_MANAGER_STOPPED,
    0x803B0020) used to end the confirming poll with HNS_ERROR after the job was already confirmed. flannel's
    own wait ignores the error and polls on, reporting it only at its timeout (pkg/backend/vxlan/device_windows.go
    ensureNetwork: the wait.Poll condition keeps hcn.GetNetworkByID's error in lastErr and returns nil)."""
    host = overlay_host(2000)
    s = session(host)
    nid = str(uuid.uuid4())
    job = start_job(s, [overlay_network(nid)])
    args = {"confirm": True, "snapshot": {"kinds": ["networks"]}}
    args["await_overlay"] = {"network_ids": [nid], "seconds": 20}

    def hns_busy(h):
        h.network_query_hresults = [0x803B0020, 0x803B0020]

    resp = confirm_when_applied(s, job, args, before=hns_busy)
    assert resp["ok"] is True, resp["error"]
    last = valid_answer(schema, resp["results"][0]["data"])
    assert host.network_query_hresults == [], "the wait did not query the network"
    assert last["state"] == "confirmed" and last["confirmed"] is True
    wait = last["overlay_wait"]
    assert wait["missing"] == [] and wait["waited_ms"] >= 1000, wait
    assert "0x803B0020" in wait["last_error"], wait
    (doc,) = [json.loads(d) for d in last["snapshot"]["networks"]]
    assert {"DrMacAddress", "ProviderAddress"} <= {p["Type"] for p in doc["Policies"]}
    # The host: the job is confirmed (the task saw .confirm, no rollback) and the network stays.
    assert (tmp_path / JOBS / f"{job}.confirm").exists()
    assert nid in host.hcn["network"]
    journal = json.loads((tmp_path / JOBS / f"{job}.journal.json").read_text())
    assert journal["state"] == "confirmed"


def test_an_hcn_error_on_every_step_ends_the_wait_at_its_bound_with_the_error_named(session, schema):
    host = overlay_host(60000)
    s = session(host)
    nid = str(uuid.uuid4())
    job = start_job(s, [overlay_network(nid)])
    args = {"confirm": True, "snapshot": {"kinds": ["networks"]}}
    args["await_overlay"] = {"network_ids": [nid], "seconds": 2}

    def hns_busy(h):
        h.network_query_hresults = [0x800706BA] * 5  # RPC_S_SERVER_UNAVAILABLE: 2 s of 500 ms steps

    resp = confirm_when_applied(s, job, args, before=hns_busy)
    assert resp["ok"] is True, resp["error"]
    last = valid_answer(schema, resp["results"][0]["data"])
    assert host.network_query_hresults == []
    assert last["state"] == "confirmed" and last["overlay_wait"]["missing"] == [nid]
    assert 2000 <= last["overlay_wait"]["waited_ms"] < 3000
    assert "0x800706BA" in last["overlay_wait"]["last_error"]
    (doc,) = [json.loads(d) for d in last["snapshot"]["networks"]]
    assert doc["ID"] == nid


def test_the_wait_lets_the_host_lock_go_so_another_batch_runs_meanwhile(session, schema, tmp_path):
    """Windows review 5 finding 1: the wait only reads HCN and the confirmation is written before it, yet the
    poll held Global\\hyperv.network.bridge through up to 20 s of waiting plus the after-snapshot, so a
    concurrent batch (the controller's own re-poll after a lost answer: WinRS keeps the first process running,
    MS-WSMV 2.2.4.42) waited for it and could fail LOCK_TIMEOUT. Now the lock is let go for the wait and taken
    again for the snapshot."""
    host = overlay_host(3000)
    s = session(host)
    nid = str(uuid.uuid4())
    job = start_job(s, [overlay_network(nid)])
    args = {"confirm": True, "snapshot": {"kinds": ["networks"]}}
    args["await_overlay"] = {"network_ids": [nid], "seconds": 20}
    meanwhile = []

    def other_batch(session_):
        if not meanwhile:
            meanwhile.append(session_.request([{"op": "snapshot", "args": {"kinds": ["networks"]}}])[0])

    resp = confirm_when_applied(s, job, args, during=other_batch)
    assert meanwhile, "the poll did not wait"
    assert meanwhile[0]["ok"] is True, meanwhile[0]["error"]
    assert resp["ok"] is True, resp["error"]
    last = valid_answer(schema, resp["results"][0]["data"])
    assert last["state"] == "confirmed" and last["overlay_wait"]["missing"] == []
    (doc,) = [json.loads(d) for d in last["snapshot"]["networks"]]
    assert {"DrMacAddress", "ProviderAddress"} <= {p["Type"] for p in doc["Policies"]}
    assert (tmp_path / JOBS / f"{job}.confirm").exists()
    # After the poll the lock is free again: a batch runs.
    resp, _ = s.request([{"op": "snapshot", "args": {"kinds": ["switches"]}}])
    assert resp["ok"] is True, resp["error"]


def test_a_lock_not_taken_again_after_the_wait_is_lock_timeout_and_the_next_poll_brings_the_snapshot(session, tmp_path):
    host = overlay_host(1000)
    s = session(host)
    nid = str(uuid.uuid4())
    job = start_job(s, [overlay_network(nid)])
    args = {"confirm": True, "snapshot": {"kinds": ["networks"]}}
    args["await_overlay"] = {"network_ids": [nid], "seconds": 20}

    def take_lock(session_):
        session_.command({"cmd": "hold_lock", "held": True})  # another batch takes it during the wait

    def free_lock(session_):
        session_.command({"cmd": "hold_lock", "held": False})

    resp = confirm_when_applied(s, job, args, during=take_lock, after=free_lock)
    assert resp["ok"] is False and resp["error"]["code"] == "LOCK_TIMEOUT", resp["error"]
    assert "the job is confirmed" in resp["error"]["message"]
    assert (tmp_path / JOBS / f"{job}.confirm").exists(), "the confirmation before the wait was lost"
    again = poll(s, job, **args)
    assert again["state"] == "confirmed" and len(again["snapshot"]["networks"]) == 1
    assert nid in host.hcn["network"], "the confirmed job was rolled back"


def test_a_poll_batched_with_other_operations_keeps_the_lock_through_its_wait(session):
    host = overlay_host(3000)
    s = session(host)
    nid = str(uuid.uuid4())
    job = start_job(s, [overlay_network(nid)])
    args = {"confirm": True, "snapshot": {"kinds": ["networks"]}}
    args["await_overlay"] = {"network_ids": [nid], "seconds": 20}
    meanwhile = []

    def other_batch(session_):
        if not meanwhile:
            meanwhile.append(session_.request([{"op": "snapshot", "args": {"kinds": ["switches"]}}])[0])

    more = [{"op": "snapshot", "args": {"kinds": ["switches"]}}]
    resp = confirm_when_applied(s, job, args, during=other_batch, more_ops=more)
    assert resp["ok"] is True, resp["error"]
    assert meanwhile and meanwhile[0]["error"]["code"] == "LOCK_TIMEOUT", "a batch of several ops let the lock go"
