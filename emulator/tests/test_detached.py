"""Detached jobs (job_start/job_status/job_confirm): the scheduled task outlives its session,
journals, repairs partial IP migrations, and rolls back without a confirmation.

Every test checks the host through the model's own state (what the control API serves), never
only through the job's journal.
"""

import json
import time

import pytest
from hvemu import bridge
from hvemu.bridge import validator
from hvemu.faults import PARTIAL_MIGRATIONS, Faults
from hvemu.model.testkit import call, gid, make_host, nat_doc, net_create, ok, overlay_doc, switch_create

TAG = "[hyperv.network]"


def ip_config(host):
    """Every interface's IP configuration by name, from the control API's view of the host."""
    return {a["Name"]: a["ip"] for a in host.state()["adapters"]}


def start(host, ops, deadman_s=30, **extra):
    jid = gid()
    args = {"job_id": jid, "ops": ops, "deadman_s": deadman_s, **extra}
    (data,) = ok(host, {"op": "job_start", "args": args})
    assert data == {"job_id": jid, "state": "running"}
    return jid


def status(host, jid):
    (data,) = ok(host, {"op": "job_status", "args": {"job_id": jid}})
    return data


def wait_state(host, jid, states, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        data = status(host, jid)
        if data["state"] in states:
            return data
        time.sleep(0.02)
    raise AssertionError(f"job {jid} stayed {status(host, jid)['state']}, wanted {states}")


def external_shared(name="ext"):
    return switch_create(name, "External", net_adapter_names=["Ethernet"], allow_management_os=True, notes=TAG)


def fast(host, **faults):
    host.faults = Faults.from_json({"task_start_delay_s": 0, **faults})


def test_job_answers_at_once_runs_after_the_session_and_keeps_the_configuration():
    host = make_host()
    fast(host, blackout_seconds=5, task_start_delay_s=0.2)
    before = ip_config(host)
    jid = start(host, [external_shared()])
    # job_start answered before the task ran: no switch yet, and no blackout yet.
    assert host.state()["switches"] == [] and host.blackout_until == 0.0
    data = wait_state(host, jid, ("applied",))
    assert host.blackout_until > time.monotonic()  # the change cut the host off after the answer
    assert [s["Name"] for s in host.state()["switches"]] == ["ext"]
    after = ip_config(host)
    assert after["vEthernet (ext)"] == before["Ethernet"]  # Windows moved it whole; nothing to repair
    assert data["repairs"] == [] and [c["ip"] for c in data["config_before"]] == [c["ip"] for c in data["config_after"]]
    assert [c["Name"] for c in data["config_after"]] == ["vEthernet (ext)", "Ethernet 2", "Ethernet 3"]
    assert [s["step"] for s in data["steps"]] == ["snapshot", "op 1 switch_create", "compare"]
    confirmed = ok(host, {"op": "job_confirm", "args": {"job_id": jid}})[0]
    assert confirmed["state"] == "confirmed" and confirmed["confirmed"] is True
    again = ok(host, {"op": "job_confirm", "args": {"job_id": jid}})[0]  # idempotent
    assert again["state"] == "confirmed" and [s["step"] for s in again["steps"]].count("confirm") == 1
    assert host.state()["journal"][jid]["state"] == "confirmed"


@pytest.mark.parametrize("loss", PARTIAL_MIGRATIONS)
def test_each_partial_migration_is_repaired_by_the_task(loss):
    host = make_host()
    fast(host, partial_migration=[loss])
    before = ip_config(host)["Ethernet"]
    jid = start(host, [external_shared()])
    data = wait_state(host, jid, ("applied",))
    assert len(data["repairs"]) == 1, data["repairs"]
    assert ip_config(host)["vEthernet (ext)"] == before
    assert data["config_after"][0]["ip"] == before


def test_all_partial_migrations_at_once_are_repaired():
    host = make_host()
    fast(host, partial_migration=list(PARTIAL_MIGRATIONS))
    before = ip_config(host)["Ethernet"]
    data = wait_state(host, start(host, [external_shared()]), ("applied",))
    assert len(data["repairs"]) == 4
    assert ip_config(host)["vEthernet (ext)"] == before


def test_a_repair_that_does_not_take_is_journalled_and_left_for_the_controller():
    host = make_host()
    fast(host, partial_migration=["lose_dns"], repair_fails=["lose_dns"])
    data = wait_state(host, start(host, [external_shared()]), ("applied",))
    assert ip_config(host)["vEthernet (ext)"]["DnsServers"] == []
    compare = next(s for s in data["steps"] if s["step"] == "compare")
    assert compare["ok"] is False and "dns_servers" in compare["detail"]


def test_dead_man_timer_rolls_back_when_nobody_confirms():
    host = make_host()
    fast(host, partial_migration=["lose_gateway"])
    before_state = host.state()
    before = ip_config(host)
    nid = gid()
    jid = start(host, [external_shared(), net_create(nid, nat_doc())], deadman_s=1)
    wait_state(host, jid, ("applied",))
    assert len(host.state()["switches"]) == 2  # ours and the NAT network's internal switch
    data = wait_state(host, jid, ("rolled_back",), timeout=10)
    assert data["confirmed"] is False
    assert data["undone"] == ["operation 2 (hcn_network_create): undone", "operation 1 (switch_create): undone"]
    state = host.state()
    assert state["switches"] == before_state["switches"] and state["networks"] == before_state["networks"]
    assert state["netnat"] == before_state["netnat"] and state["ledger"] == before_state["ledger"]
    assert ip_config(host) == before
    # A late confirmation does not resurrect the change.
    late = ok(host, {"op": "job_confirm", "args": {"job_id": jid}})[0]
    assert late["state"] == "rolled_back" and late["confirmed"] is False


def test_a_confirmed_job_is_never_rolled_back():
    host = make_host()
    fast(host)
    jid = start(host, [external_shared()], deadman_s=1)
    wait_state(host, jid, ("applied",))
    ok(host, {"op": "job_confirm", "args": {"job_id": jid}})
    time.sleep(1.3)
    assert status(host, jid)["state"] == "confirmed"
    assert [s["Name"] for s in host.state()["switches"]] == ["ext"]


def test_undo_lists_from_the_controller_run_in_reverse():
    host = make_host()
    fast(host)
    (created,) = ok(host, switch_create("keep", "Internal", notes=TAG))
    sid = created["id"]
    remove = {"op": "switch_remove", "args": {"id": sid}, "pre": [{"kind": "switch", "state": "owned", "id": sid}]}
    recreate = switch_create("keep", "Internal", notes=TAG)
    jid = start(host, [remove, external_shared()], deadman_s=1, undo=[[recreate], None])
    data = wait_state(host, jid, ("rolled_back",), timeout=10)
    assert data["undone"] == ["operation 2 (switch_create): undone", "operation 1 (switch_remove): undone"]
    assert [(s["Name"], s["SwitchType"]) for s in host.state()["switches"]] == [("keep", 1)]


def test_a_failing_operation_stops_the_job_and_the_configuration_is_still_repaired():
    host = make_host()
    fast(host, partial_migration=["public_category"])
    taken = switch_create("ext", "Internal", notes=TAG)
    ok(host, taken)
    jid = start(host, [{**external_shared("ext2")}, switch_create("ext", "Internal", notes=TAG)])
    data = wait_state(host, jid, ("failed",))
    assert [r["ok"] for r in data["results"]] == [True, False]
    assert data["error"]["code"] == "PRECONDITION_FAILED" and data["error"]["index"] == 1
    assert ip_config(host)["vEthernet (ext2)"]["NetworkCategory"] == 1


def test_job_ops_are_refused_inside_a_job_and_unknown_jobs_are_named():
    host = make_host()
    fast(host)
    response, rc = call(
        host,
        {"op": "job_start", "args": {"job_id": gid(), "ops": [{"op": "job_status", "args": {"job_id": gid()}}],
                                     "deadman_s": 5}},
    )  # fmt: skip
    assert rc == 2 and response["error"]["code"] == "BAD_REQUEST"
    missing = gid()
    response, rc = call(host, {"op": "job_status", "args": {"job_id": missing}})
    assert rc == 1 and response["error"]["code"] == "PRECONDITION_FAILED" and missing in response["error"]["message"]


def test_the_journal_survives_a_restart_of_the_emulator(tmp_path):
    host = make_host()
    fast(host)
    host.attach_state(tmp_path / "hv01.json")
    jid = start(host, [external_shared()])
    wait_state(host, jid, ("applied",))
    ok(host, {"op": "job_confirm", "args": {"job_id": jid}})
    again = make_host()
    again.attach_state(tmp_path / "hv01.json")
    assert again.state()["journal"][jid]["state"] == "confirmed"


def test_boot_replay_restores_non_persistent_networks_at_boot():
    host = make_host()
    fast(host)
    nid = gid()
    jid = start(host, [net_create(nid, nat_doc())], boot_replay=[net_create(nid, nat_doc())])
    wait_state(host, jid, ("applied",))
    ok(host, {"op": "job_confirm", "args": {"job_id": jid}})
    result = bridge.reboot(host)
    assert result["networks"] == ["natnet"]
    assert result["boot_replay"] == {"job_id": jid, "replayed": ["hcn_network_create"], "skipped": []}
    assert [n["Name"] for n in host.state()["networks"]] == ["natnet"]
    assert host.state()["ledger"]["networks"] == [nid]


def test_without_boot_replay_a_reboot_drops_the_nat_network():
    host = make_host()
    ok(host, net_create(gid(), nat_doc()))
    result = bridge.reboot(host)
    assert "boot_replay" not in result and host.state()["networks"] == []


# ---- the confirming poll: job_status with confirm, snapshot and await_overlay (docs/reliability.md) ----
def poll(host, jid, **extra):
    (data,) = ok(host, {"op": "job_status", "args": {"job_id": jid, **extra}})
    errors = sorted(validator("job_journal").iter_errors(data), key=str)  # snapshot and overlay_wait included
    assert not errors, errors[0].message
    return data


def test_a_confirming_poll_confirms_only_an_applied_job_and_carries_the_after_snapshot():
    """The source is our own protocol (docs/bridge-protocol.md; HvNetBridge.cs JobStatus), not Windows."""
    host = make_host()
    fast(host, task_start_delay_s=0.3)
    jid = start(host, [external_shared()], deadman_s=2)
    args = {"confirm": True, "snapshot": {"kinds": ["switches"]}}
    running = poll(host, jid, **args)
    assert running["state"] == "running" and "snapshot" not in running
    wait_state(host, jid, ("applied",))
    confirmed = poll(host, jid, **args)
    assert confirmed["state"] == "confirmed" and confirmed["confirmed"] is True
    assert [s["Name"] for s in confirmed["snapshot"]["switches"]] == ["ext"]
    again = poll(host, jid, **args)  # the same poll after a lost answer: confirmed, the snapshot again
    assert again["state"] == "confirmed" and [s["Name"] for s in again["snapshot"]["switches"]] == ["ext"]
    time.sleep(2.3)  # past the dead-man timer: confirmed, so nothing is rolled back
    state = host.state()
    assert state["journal"][jid]["state"] == "confirmed" and "snapshot" not in state["journal"][jid]
    assert [s["Name"] for s in state["switches"]] == ["ext"]


def test_a_poll_without_confirm_leaves_the_dead_man_timer_running():
    host = make_host()
    fast(host)
    jid = start(host, [external_shared()], deadman_s=1)
    wait_state(host, jid, ("applied",))
    assert "snapshot" not in poll(host, jid, snapshot={"kinds": ["switches"]})
    data = wait_state(host, jid, ("rolled_back",))
    late = poll(host, jid, confirm=True, snapshot={"kinds": ["switches"]})
    assert late["state"] == "rolled_back" and "snapshot" not in late and data["confirmed"] is False
    assert host.state()["switches"] == []


def overlay_job(host):
    nid = gid()
    jid = start(host, [net_create(nid, overlay_doc("ovl", adapter="Ethernet 2"))])
    wait_state(host, jid, ("applied",))
    return jid, nid


def policy_types(doc):
    return {p["Type"] for p in doc.get("Policies") or []}


def test_the_confirming_poll_waits_for_the_dr_mac_and_provider_address():
    """model/hns.py overlay_facts: they appear overlay_facts_delay_s after the create (flannel vxlan_windows.go)."""
    host = make_host(overlay_facts_delay_s=1.0)
    fast(host)
    jid, nid = overlay_job(host)
    wait = {"network_ids": [nid], "seconds": 20}
    data = poll(host, jid, confirm=True, snapshot={"kinds": ["networks"]}, await_overlay=wait)
    assert data["state"] == "confirmed" and data["overlay_wait"]["missing"] == []
    assert 0 < data["overlay_wait"]["waited_ms"] < 5000
    (doc,) = [json.loads(d) for d in data["snapshot"]["networks"]]
    assert {"DrMacAddress", "ProviderAddress"} <= policy_types(doc)
    (net,) = host.state()["networks"]
    assert {"DrMacAddress", "ProviderAddress"} <= policy_types(net)


def test_the_wait_is_bounded_and_names_what_is_missing():
    host = make_host(overlay_facts_delay_s=60)
    fast(host)
    jid, nid = overlay_job(host)
    started = time.monotonic()
    wait = {"network_ids": [nid], "seconds": 1}
    data = poll(host, jid, confirm=True, snapshot={"kinds": ["networks"]}, await_overlay=wait)
    assert time.monotonic() - started < 3
    assert data["state"] == "confirmed" and data["overlay_wait"]["missing"] == [nid.lower()]
    assert data["overlay_wait"]["waited_ms"] >= 1000
    (doc,) = [json.loads(d) for d in data["snapshot"]["networks"]]
    assert not {"DrMacAddress", "ProviderAddress"} & policy_types(doc)


@pytest.mark.parametrize(
    "args",
    [
        {"confirm": "yes"},
        {"await_overlay": {"network_ids": [], "seconds": 1}},  # without snapshot
        {"snapshot": {"kinds": []}, "await_overlay": {"network_ids": [], "seconds": 21}},
        {"snapshot": {"kinds": []}, "await_overlay": {"network_ids": ["x"], "seconds": 1}},
    ],
)
def test_bad_poll_arguments_are_refused_before_anything_runs(args):
    host = make_host()
    response, rc = call(host, {"op": "job_status", "args": {"job_id": gid(), **args}})
    assert rc == 2 and response["error"]["code"] == "BAD_REQUEST" and response["results"] == []
