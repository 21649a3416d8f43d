"""The bridge's logic executed: the helper's Bridge class (HvNetBridge.cs) under Mono against a fake Windows.

Each test drives the same C# that bridge.ps1 loads on a host, through the same entry (a request line in, a
framed response out) and reads the host's state back from the fake, not from the bridge's answer.
"""

import base64
import hashlib
import json
import uuid

import pytest
from fakewin.fake_windows import CmdletError, FakeWindows, Session

MAC = "00-15-5D-01-02-03"
TAG = "[hyperv.network]"


def static_host(**kw) -> FakeWindows:
    host = FakeWindows()
    host.add_nic(
        "Ethernet",
        3,
        MAC,
        addresses=[("10.0.0.5", 24, 1)],
        gateways=["10.0.0.1"],
        dns=["10.0.0.2", "10.0.0.3"],
        suffix="corp.example",
        category=1,
        **kw,
    )
    return host


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


def ledger(tmp_path):
    path = tmp_path / "hyperv.network" / "ledger.json"
    return json.loads(path.read_text()) if path.exists() else None


# ---- request handling ----
def test_ping_and_the_response_frame(session):
    s = session()
    resp, rc = s.request([{"op": "ping", "args": {}}])
    assert rc == 0 and resp["ok"] is True and resp["request_id"] == "t-1"
    assert resp["results"] == [{"op": "ping", "ok": True, "data": {"pong": True, "protocol": 1}}]


@pytest.mark.parametrize(
    ("line", "code", "rc", "index"),
    [
        ("not json", "BAD_REQUEST", 2, None),
        ('{"protocol":2,"ops":[{"op":"ping"}]}', "PROTOCOL_MISMATCH", 2, None),
        ('{"protocol":1,"ops":[]}', "BAD_REQUEST", 2, None),
        ('{"protocol":1,"ops":[{"op":"ping"},{"op":"rm_rf"}]}', "BAD_REQUEST", 2, 1),
        ('{"protocol":1,"ops":[{"op":"ping","args":[1]}]}', "BAD_REQUEST", 2, 0),
        ('{"protocol":1,"ops":[{"op":"ping","pre":{"kind":"switch"}}]}', "BAD_REQUEST", 2, 0),
        ('{"protocol":1,"ops":[{"op":"ping","pre":[1]}]}', "BAD_REQUEST", 2, 0),
    ],
)
def test_bad_requests_are_refused_before_anything_runs(session, line, code, rc, index):
    s = session()
    resp, got = s.raw(line)
    assert (resp["ok"], resp["error"]["code"], got, resp["error"]["index"]) == (False, code, rc, index)
    assert resp["results"] == []
    assert s.host.calls == [], "a call site ran for a refused batch"


def test_whole_batch_validated_first_even_when_the_bad_op_is_last(session):
    s = session()
    ops = [{"op": "switch_create", "args": {"name": "x", "switch_type": "Internal"}}, {"op": "nope"}]
    resp, _ = s.request(ops)
    assert resp["error"]["index"] == 1
    assert s.host.switches == []


def test_non_ascii_is_escaped_in_the_response(session):
    host = static_host()
    host.switches.append(
        {
            "Id": str(uuid.uuid4()),
            "Name": "Sw\u00fctch \u2013 \u4e2d",
            "SwitchType": 1,
            "AllowManagementOS": True,
            "Notes": "",
        }
    )
    s = session(host)
    answer = s.command(
        {
            "cmd": "main",
            "line": json.dumps({"protocol": 1, "ops": [{"op": "snapshot", "args": {"kinds": ["switches"]}}]}),
            "text": None,
        }
    )
    assert answer["text"].isascii() and "\\u00fc" in answer["text"] and "\\u4e2d" in answer["text"]


def test_lock_timeout(session):
    s = session()
    s.command({"cmd": "hold_lock", "held": True})
    resp, rc = s.request([{"op": "ping", "args": {}}], lock_timeout_ms=10)
    assert resp["error"]["code"] == "LOCK_TIMEOUT" and rc == 1 and resp["error"]["index"] is None


def test_stops_at_the_first_failure(session):
    s = session()
    ops = [
        {"op": "switch_create", "args": {"name": "a", "switch_type": "Internal"}},
        {"op": "switch_rename", "args": {"id": str(uuid.uuid4()), "new_name": "b"}},
        {"op": "switch_create", "args": {"name": "c", "switch_type": "Internal"}},
    ]
    resp, rc = s.request(ops)
    assert [r["ok"] for r in resp["results"]] == [True, False]
    assert resp["error"]["code"] == "PRECONDITION_FAILED" and resp["error"]["index"] == 1 and rc == 1
    assert [sw["Name"] for sw in s.host.switches] == ["a"]


# ---- preconditions and name matching ----
def test_switch_names_match_ordinal_ignore_case_and_ownership_is_the_notes_tag(session):
    host = static_host()
    host.switches += [
        {"Id": str(uuid.uuid4()), "Name": "Ext", "SwitchType": 2, "Notes": "built by us\n" + TAG},
        {"Id": str(uuid.uuid4()), "Name": "Other", "SwitchType": 1, "Notes": TAG + " (copied)"},
    ]
    s = session(host)
    ok, _ = s.request([{"op": "ping", "args": {}, "pre": [{"kind": "switch", "name": "EXT", "state": "owned"}]}])
    assert ok["ok"] is True
    bad, _ = s.request([{"op": "ping", "args": {}, "pre": [{"kind": "switch", "name": "other", "state": "owned"}]}])
    assert bad["error"]["code"] == "PRECONDITION_FAILED"
    assert (
        bad["error"]["message"]
        == "precondition failed: switch name='other' should be owned, found 1 matching object(s), 0 owned"
    )
    # Exact names only: no wildcard, no prefix.
    absent, _ = s.request([{"op": "ping", "args": {}, "pre": [{"kind": "switch", "name": "E*", "state": "absent"}]}])
    assert absent["ok"] is True


def test_adapter_names_resolve_to_exactly_one(session):
    host = static_host()
    host.add_nic("ethernet 2", 9, "00-15-5D-09-09-09")
    s = session(host)
    resp, _ = s.request([{"op": "switch_create", "args": {"name": "x", "net_adapter_names": ["ETHERNET"]}}])
    assert resp["ok"] is True
    _site, args = next(c for c in host.calls if c[0] == "Hyper-V\\New-VMSwitch")
    assert args["NetAdapterName"] == ["Ethernet"] and args["Name"] == "x"
    resp, _ = s.request([{"op": "switch_create", "args": {"name": "y", "net_adapter_names": ["Ether*"]}}])
    assert resp["error"]["code"] == "PRECONDITION_FAILED" and "found 0" in resp["error"]["message"]


def test_hcn_create_records_the_ledger_and_ownership_follows_it(session, tmp_path):
    s = session()
    nid = str(uuid.uuid4())
    resp, _ = s.request([{"op": "hcn_network_create", "args": {"id": nid, "settings": '{"Name":"nat","Type":"NAT"}'}}])
    assert resp["ok"] is True and json.loads(resp["results"][0]["data"]["document"])["ID"] == nid
    assert ledger(tmp_path)["networks"] == [nid]
    pre = [{"kind": "network", "name": "NAT", "state": "owned"}]
    assert s.request([{"op": "ping", "args": {}, "pre": pre}])[0]["ok"] is True
    s.host.hcn["network"][str(uuid.uuid4())] = '{"Name":"docker"}'
    pre = [{"kind": "network", "name": "docker", "state": "owned"}]
    assert s.request([{"op": "ping", "args": {}, "pre": pre}])[0]["error"]["code"] == "PRECONDITION_FAILED"
    resp, _ = s.request([{"op": "hcn_network_delete", "args": {"id": nid}}])
    assert resp["ok"] is True and ledger(tmp_path)["networks"] == [] and nid not in s.host.hcn["network"]


def test_failed_create_takes_its_id_out_of_the_ledger(session, tmp_path):
    s = session()
    s.host.hcn_faults["Create"] = (
        0x803B0016,
        '{"Success":false,"Error":"Invalid JSON document","ErrorCode":2151350294}',
    )
    nid = str(uuid.uuid4())
    resp, _ = s.request([{"op": "hcn_network_create", "args": {"id": nid, "settings": "{}"}}])
    err = resp["error"]
    assert err["code"] == "HNS_ERROR" and err["hresult"] == "0x803B0016"
    assert err["message"] == "HcnCreate: Invalid JSON document"
    assert ledger(tmp_path)["networks"] == []


# ---- error conversion ----
def test_cmdlet_errors_carry_the_fully_qualified_error_id(session):
    s = session()
    s.host.fail_sites["Hyper-V\\New-VMSwitch"] = CmdletError(
        "Failed while adding virtual Ethernet switch connections.",
        "Unspecified,Microsoft.HyperV.PowerShell.Commands.NewVMSwitch",
    )
    resp, rc = s.request([{"op": "switch_create", "args": {"name": "x", "switch_type": "Internal"}}])
    assert rc == 1
    assert resp["error"] == {
        "index": 0,
        "op": "switch_create",
        "code": "CMDLET_ERROR",
        "hresult": None,
        "message": "Failed while adding virtual Ethernet switch connections.",
        "detail": "Unspecified,Microsoft.HyperV.PowerShell.Commands.NewVMSwitch",
    }


def test_hns_10_an_error_record_with_a_success_hresult_is_an_error(session):
    """hcsshim hcn/hcnerrors.go checkForErrors: a non-empty record is an error even when hr >= 0."""
    s = session()
    record = '{"Success":false,"Error":"The network was not modified","ErrorCode":0}'
    got = s.command({"cmd": "check_record", "op": "HcnModifyNetwork", "hr": 0, "record": record})
    assert got["thrown"] is True and got["hresult"] == "0x00000000"
    assert (
        got["error"]["code"] == "HNS_ERROR"
        and got["error"]["message"] == "HcnModifyNetwork: The network was not modified"
    )
    assert s.command({"cmd": "check_record", "op": "HcnModifyNetwork", "hr": 0, "record": None})["thrown"] is False
    assert s.command({"cmd": "check_record", "op": "HcnModifyNetwork", "hr": 0, "record": ""})["thrown"] is False
    failed = s.command({"cmd": "check_record", "op": "HcnOpenNetwork", "hr": 0x803B0001 - (1 << 32), "record": None})
    assert failed["thrown"] is True and failed["hresult"] == "0x803B0001"


def test_hns_10_through_an_operation(session):
    s = session()
    nid = str(uuid.uuid4())
    s.host.hcn["network"][nid] = '{"Name":"n"}'
    s.host.hcn_faults["Modify"] = (0, '{"Success":false,"Error":"policy rejected","ErrorCode":0}')
    resp, _ = s.request([{"op": "hcn_network_modify", "args": {"id": nid, "request": "{}"}}])
    assert resp["error"]["code"] == "HNS_ERROR" and resp["error"]["hresult"] == "0x00000000"


# ---- host-code 4: journal and ledger writes against sharing violations ----
def test_host_code_4_ledger_write_retries_a_sharing_violation(session, tmp_path):
    s = session()
    first = str(uuid.uuid4())
    s.request([{"op": "ledger_adopt", "args": {"kind": "network", "id": first}}])
    s.faults(replace=3)
    second = str(uuid.uuid4())
    resp, _ = s.request([{"op": "ledger_adopt", "args": {"kind": "network", "id": second}}])
    assert resp["ok"] is True, resp["error"]
    assert ledger(tmp_path)["networks"] == [first, second]
    assert sum(1 for e in s.host.events if e["event"] == "fault") == 3
    assert [e["ms"] for e in s.host.events if e["event"] == "sleep"] == [50, 50, 50]


def test_host_code_4_retries_are_bounded(session, tmp_path):
    s = session()
    s.request([{"op": "ledger_adopt", "args": {"kind": "network", "id": str(uuid.uuid4())}}])
    s.faults(replace=1000)
    resp, _ = s.request([{"op": "ledger_adopt", "args": {"kind": "network", "id": str(uuid.uuid4())}}])
    assert resp["error"]["code"] == "CMDLET_ERROR" and "being used by another process" in resp["error"]["message"]
    assert sum(1 for e in s.host.events if e["event"] == "fault") == 20
    assert not list((tmp_path / "hyperv.network").glob("*.tmp")), "the temporary file is left behind"
    s.faults(replace=0)


def test_host_code_4_reads_tolerate_a_sharing_violation(session):
    s = session()
    s.request([{"op": "ledger_adopt", "args": {"kind": "endpoint", "id": str(uuid.uuid4())}}])
    s.faults(read=2)
    resp, _ = s.request([{"op": "snapshot", "args": {"kinds": ["ledger"]}}])
    assert resp["ok"] is True and len(resp["results"][0]["data"]["ledger"]["endpoints"]) == 1


# ---- host-code 7: Hyper-V available = module and platform ----
@pytest.mark.parametrize(
    ("module", "vmms", "wmi", "words"),
    [
        (False, "Running", True, "module is not installed"),
        (True, None, False, "no Virtual Machine Management service (vmms) and no root\\virtualization\\v2"),
        (True, "Stopped", False, "(vmms) is Stopped"),
    ],
)
def test_host_code_7_hyperv_needs_module_and_platform(session, module, vmms, wmi, words):
    host = static_host()
    host.hyperv_module, host.vmms, host.wmi_v2 = module, vmms, wmi
    host.switches.append({"Id": str(uuid.uuid4()), "Name": "s", "SwitchType": 1, "Notes": ""})
    s = session(host)
    resp, _ = s.request([{"op": "snapshot", "args": {"kinds": ["host", "switches", "vm_adapters", "adapters"]}}])
    data = resp["results"][0]["data"]
    assert resp["ok"] is True and data["switches"] == [] and data["vm_adapters"] == []
    assert data["host"]["hyperv_module"] is False and len(data["adapters"]) == 1
    assert not any(site == "Hyper-V\\Get-VMSwitch" for site, _a in host.calls), (
        "Get-VMSwitch throws without the platform"
    )
    resp, _ = s.request([{"op": "switch_create", "args": {"name": "x", "switch_type": "Internal"}}])
    assert resp["error"]["code"] == "NO_HYPERV_MODULE" and words in resp["error"]["message"]


def test_host_code_7_the_wmi_namespace_is_enough_without_a_running_vmms_answer(session):
    host = static_host()
    host.vmms = None
    s = session(host)
    resp, _ = s.request([{"op": "switch_create", "args": {"name": "x", "switch_type": "Internal"}}])
    assert resp["ok"] is True


# ---- detached jobs ----
BRIDGE_TEXT = "# hyperv.network bridge v1\n# a stand-in bridge text\n"


def external_switch_job(job_id, deadman=30, **extra):
    op = {
        "op": "switch_create",
        "args": {"name": "ext", "net_adapter_names": ["Ethernet"], "allow_management_os": True, "notes": TAG},
        "pre": [{"kind": "switch", "name": "ext", "state": "absent"}],
    }
    return [{"op": "job_start", "args": {"job_id": job_id, "ops": [op], "undo": [None], "deadman_s": deadman, **extra}}]


def start_job(s, job_id, **kw):
    resp, _rc = s.request(external_switch_job(job_id, **kw), text=BRIDGE_TEXT)
    assert resp["ok"] is True, resp["error"]
    return resp


def status(s, job_id):
    resp, _ = s.request([{"op": "job_status", "args": {"job_id": job_id}}])
    return resp["results"][0]["data"]


def test_host_code_5_the_task_runs_an_encoded_loader_never_a_script_file(session, tmp_path):
    s = session()
    job = str(uuid.uuid4())
    start_job(s, job)
    task = s.host.tasks[f"hyperv.network job {job}"]
    args = task["arguments"]
    assert "-File" not in args and "-EncodedCommand " in args
    loader = base64.b64decode(args.split("-EncodedCommand ", 1)[1]).decode("utf-16-le")
    script = tmp_path / "hyperv.network" / "jobs" / f"{job}.bridge.ps1"
    assert script.read_text() == BRIDGE_TEXT
    assert f"[IO.File]::ReadAllBytes('{script}')" in loader
    assert hashlib.sha256(BRIDGE_TEXT.encode("ascii")).hexdigest() in loader
    assert f"'#hvnet-job:{job}'" in loader and "exit 4" in loader
    assert len(args) < 8000


def test_host_code_2_a_detached_job_runs_its_ops_and_is_confirmed(session):
    """Start, journal, confirm: job_start answers at once, the task applies and waits, job_confirm ends it."""
    host = static_host()
    s = session(host)
    job = str(uuid.uuid4())
    start_job(s, job)
    assert host.switches == [], "job_start itself applied something"
    assert status(s, job)["state"] == "running"
    seen = {}

    def controller(session_, now_ms):
        # The controller polls while the task waits for its confirmation, then confirms.
        if "confirmed" not in seen and any(e.get("step") == "wait" for e in status(session_, job)["steps"]):
            resp, _ = session_.request([{"op": "job_confirm", "args": {"job_id": job}}])
            seen["confirmed"] = resp["results"][0]["data"]

    host.on_sleep = controller
    assert s.run_task(f"#hvnet-job:{job}") == 0
    host.on_sleep = None
    assert [sw["Name"] for sw in host.switches] == ["ext"], "the job did not run its operation"
    assert seen["confirmed"]["confirmed"] is True and seen["confirmed"]["state"] == "confirmed"
    j = status(s, job)
    assert j["state"] == "confirmed" and j["error"] is None and j["results"][0]["ok"] is True
    steps = [x["step"] for x in j["steps"]]
    assert steps[:4] == ["snapshot", "op 1 switch_create", "settle", "compare"] and steps[-1] == "confirm"
    assert j["config_before"][0]["Name"] == "Ethernet" and j["config_after"][0]["Name"] == "vEthernet (ext)"
    assert j["repairs"] == []
    assert f"hyperv.network job {job}" not in host.tasks, "the task is not removed after it ran"


def test_host_code_2_a_failed_job_records_its_error(session):
    host = static_host()
    host.fail_sites["Hyper-V\\New-VMSwitch"] = CmdletError("The operation failed.", "Unspecified,NewVMSwitch")
    s = session(host)
    job = str(uuid.uuid4())
    start_job(s, job)
    s.run_task(f"#hvnet-job:{job}")
    j = status(s, job)
    assert j["state"] == "failed"
    assert j["error"]["code"] == "CMDLET_ERROR" and j["error"]["message"] == "The operation failed."
    assert j["error"]["detail"] == "Unspecified,NewVMSwitch"


def test_dead_man_rollback_undoes_and_restores_the_ip_configuration(session):
    host = static_host()
    host.lost_on_move = {"gateways", "dns"}  # Windows moved the addresses but not the gateway and DNS servers
    s = session(host)
    job = str(uuid.uuid4())
    start_job(s, job, deadman=5)
    s.run_task(f"#hvnet-job:{job}")
    j = status(s, job)
    assert j["state"] == "rolled_back" and j["confirmed"] is False
    steps = [x["step"] for x in j["steps"]]
    assert "dead-man timer expired" in steps and "undo 1" in steps and steps[-1] == "done"
    assert host.switches == [], "the switch the job created was not removed"
    assert j["undone"] == ["operation 1 (switch_create): undone"]
    # After applying, the repair restored what Windows did not move (on the vNIC) ...
    assert any("gateways restored" in r for r in j["repairs"]) and any(
        "dns_servers restored" in r for r in j["repairs"]
    )
    # ... and after the rollback the NIC has its static configuration again, read from the host itself.
    c = host.config("Ethernet")
    assert c["dhcp"] == 0
    assert [a[0] for a in c["addresses"] if a[2] == 1] == ["10.0.0.5"]
    assert not [a for a in c["addresses"] if a[2] != 1], "the DHCP/APIPA address stayed"
    assert c["gateways"] == ["10.0.0.1"] and c["dns"] == ["10.0.0.2", "10.0.0.3"] and c["suffix"] == "corp.example"


def test_host_code_3_dhcp_carrier_is_awaited_and_never_pinned_static(session):
    host = FakeWindows()
    host.add_nic(
        "Ethernet",
        3,
        MAC,
        dhcp=1,
        addresses=[("10.1.0.50", 24, 3)],
        gateways=["10.1.0.1"],
        dns=["10.1.0.2"],
        category=1,
    )
    host.lease_delay_ms = 7000
    host.profile_delay_ms = 9000
    s = session(host)
    job = str(uuid.uuid4())
    start_job(s, job)
    job_started = len(host.calls)

    def confirm_when_waiting(session_, now_ms):
        if any(e.get("step") == "wait" for e in status(session_, job)["steps"]) and not host.__dict__.get("_ok"):
            host.__dict__["_ok"] = session_.request([{"op": "job_confirm", "args": {"job_id": job}}])

    host.on_sleep = confirm_when_waiting
    s.run_task(f"#hvnet-job:{job}")
    host.on_sleep = None
    j = status(s, job)
    settle = next(x for x in j["steps"] if x["step"] == "settle")
    assert settle["ok"] is True and settle["at"] - j["steps"][0]["at"] >= 9, "compared before DHCP/NLA settled"
    sites = [site for site, _a in host.calls[job_started:]]
    assert "New-NetRoute" not in sites and "Set-DnsClientServerAddress" not in sites, "DHCP settings pinned static"
    vnic = host.config("vEthernet (ext)")
    assert vnic["dhcp"] == 1 and vnic["gateways"] == ["10.1.0.1"] and vnic["category"] == 1
    assert j["state"] == "confirmed" and next(x for x in j["steps"] if x["step"] == "compare")["ok"] is True


def test_host_code_3_category_2_is_never_set_and_reported_as_a_warning(session):
    host = static_host()
    host.ip[3]["category"] = 2
    host.profile_delay_ms = 3000  # NLA: Public until the domain controller answers (never, here)
    s = session(host)
    job = str(uuid.uuid4())
    start_job(s, job, deadman=1)
    s.run_task(f"#hvnet-job:{job}")
    j = status(s, job)
    assert not [r for r in j["repairs"] if ": category" in r], j["repairs"]
    assert any("was DomainAuthenticated" in w for w in j["warnings"]), j["warnings"]  # review-2 1
    assert not any(site == "Set-NetConnectionProfile" for site, _a in host.calls)


@pytest.mark.parametrize(("s4u", "registrations"), [("never", [False, True]), ("logon_failure", [False, True])])
def test_host_code_6_a_task_that_does_not_start_falls_back_to_system(session, s4u, registrations):
    host = static_host()
    host.task_behaviour = {"s4u": s4u, "system": "runs"}
    s = session(host)
    job = str(uuid.uuid4())
    start_job(s, job)
    regs = [e["args"][2] for e in host.events if e["event"] == "task" and e["method"] == "Register"]
    assert regs == registrations
    assert host.tasks[f"hyperv.network job {job}"]["system"] is True


def test_host_code_6_job_start_fails_naming_the_reason_when_no_task_starts(session):
    host = static_host()
    host.task_behaviour = {"s4u": "logon_failure", "system": "never"}
    s = session(host)
    job = str(uuid.uuid4())
    resp, rc = s.request(external_switch_job(job), text=BRIDGE_TEXT)
    assert resp["ok"] is False and rc == 1
    msg = resp["error"]["message"]
    assert "did not start" in msg and "0x8007052F" in msg and "did not start within 10 s" in msg
    assert status(s, job)["state"] == "failed"
    assert not host.tasks and host.switches == []


def test_boot_replay_registers_a_boot_task_and_replays_skipping_survivors(session):
    host = static_host()
    s = session(host)
    job = str(uuid.uuid4())
    replay = [
        {
            "op": "switch_create",
            "args": {"name": "int", "switch_type": "Internal", "notes": TAG},
            "pre": [{"kind": "switch", "name": "int", "state": "absent"}],
        },
        {
            "op": "switch_create",
            "args": {"name": "int2", "switch_type": "Internal", "notes": TAG},
            "pre": [{"kind": "switch", "name": "int2", "state": "absent"}],
        },
    ]
    start_job(s, job, boot_replay=replay)
    boot = host.tasks["hyperv.network boot replay"]
    assert (
        boot["boot"] is True
        and boot["system"] is True
        and "#hvnet-replay" in base64.b64decode(boot["arguments"].split("-EncodedCommand ", 1)[1]).decode("utf-16-le")
    )
    host.switches.append({"Id": str(uuid.uuid4()), "Name": "INT", "SwitchType": 1, "Notes": TAG})  # survived the reboot
    assert s.run_task("#hvnet-replay") == 0
    assert sorted(sw["Name"] for sw in host.switches) == ["INT", "int2"]


def test_job_start_refuses_nested_job_ops_and_duplicate_ids(session):
    s = session()
    job = str(uuid.uuid4())
    nested = [{"op": "job_start", "args": {"job_id": job, "ops": [{"op": "job_status", "args": {}}], "undo": [None]}}]
    resp, _ = s.request(nested, text=BRIDGE_TEXT)
    assert resp["error"]["code"] == "BAD_REQUEST"
    start_job(s, job)
    resp, _ = s.request(external_switch_job(job), text=BRIDGE_TEXT)
    assert resp["error"]["code"] == "PRECONDITION_FAILED" and "exists already" in resp["error"]["message"]


def test_job_status_of_an_unknown_job(session):
    s = session()
    resp, _ = s.request([{"op": "job_status", "args": {"job_id": str(uuid.uuid4())}}])
    assert resp["error"]["code"] == "PRECONDITION_FAILED"


def test_bridge_cache_is_saved_after_a_parsed_request(session, tmp_path):
    s = session()
    s.request([{"op": "ping", "args": {}}], text=BRIDGE_TEXT)
    sha = hashlib.sha256(BRIDGE_TEXT.encode("ascii")).hexdigest()
    assert (tmp_path / "hyperv.network" / f"bridge-{sha}.ps1").read_text() == BRIDGE_TEXT


def test_results_as_a_single_object_or_bare_cim_instances_are_read_alike(session):
    """Safe on both readings of what PowerShell hands back through the delegate: one PSObject instead of
    an array, or CimInstances without their PSObject wrapper."""

    class Host(FakeWindows):
        def site_Get_NetNat(self, a):
            return {"__single__": {"Name": "nat", "InternalIPInterfaceAddressPrefix": "172.16.0.0/24"}}

        def site_Get_NetAdapter(self, a):
            return [dict(x, __cim__=True) for x in self.adapters]

    host = Host()
    host.add_nic("Ethernet", 3, MAC, addresses=[("10.0.0.5", 24, 1)])
    s = session(host)
    resp, _ = s.request([{"op": "snapshot", "args": {"kinds": ["netnat", "adapters"]}}])
    data = resp["results"][0]["data"]
    assert data["netnat"] == [{"Name": "nat", "InternalIPInterfaceAddressPrefix": "172.16.0.0/24"}]
    assert [a["Name"] for a in data["adapters"]] == ["Ethernet"] and data["adapters"][0]["InterfaceIndex"] == 3
    assert data["adapters"][0]["ip"]["IPv4"][0]["IPAddress"] == "10.0.0.5"


def test_windows_host_run_wires_the_call_sites_and_the_real_lock(session):
    """WindowsHost.Run as bridge.ps1 calls it, with the real seams (named mutex, clock) and faked cmdlets."""
    s = session()
    line = json.dumps({"protocol": 1, "request_id": "w", "ops": [{"op": "snapshot", "args": {"kinds": ["adapters"]}}]})
    answer = s.command({"cmd": "windows_run", "line": line})
    assert answer["exit"] == 0
    body = json.loads(answer["text"][len("##hvnet-response-begin##") : -len("##hvnet-response-end##")])
    assert body["ok"] is True and body["results"][0]["data"]["adapters"][0]["Name"] == "Ethernet"
    assert {site for site, _a in s.host.calls} >= {"Get-NetAdapter", "Get-NetIPInterface", "Get-NetConnectionProfile"}


def test_windows_file_seam(session, tmp_path):
    s = session()
    got = s.command({"cmd": "windows_files", "dir": str(tmp_path)})
    assert got == [False, True, "second \u00e9", False, False, True, False, "first", True]


# ---- the helper's P/Invoke layer (Hcn) against a fake computenetwork.dll (fakewin/fakehcn.c) ----
@pytest.fixture
def native(session, fakewin_runner):
    from fakewin.fake_windows import native_hcn_available

    if not native_hcn_available(fakewin_runner):
        pytest.skip("gcc is missing: the fake computenetwork.dll cannot be built")
    s = session()
    assert s.command({"cmd": "native"}) is True
    return s


def test_hcn_pinvoke_layer_creates_queries_modifies_and_deletes(native, tmp_path):
    s = native
    nid, eid, xid = (str(uuid.uuid4()) for _ in range(3))
    ops = [
        {"op": "hcn_network_create", "args": {"id": nid, "settings": '{"Name":"n\u00e9t","Type":"NAT"}'}},
        {"op": "hcn_endpoint_create", "args": {"id": eid, "network_id": nid, "settings": '{"Name":"ep"}'}},
        {"op": "hcn_namespace_create", "args": {"id": xid, "settings": '{"Name":"ns"}'}},
        {"op": "hcn_network_modify", "args": {"id": nid, "request": '{"ResourceType":"Policy"}'}},
        {"op": "snapshot", "args": {"kinds": ["networks", "endpoints", "namespaces", "hns_version"]}},
    ]
    resp, rc = s.request(ops)
    assert rc == 0, resp["error"]
    assert json.loads(resp["results"][0]["data"]["document"])["Name"] == "n\u00e9t"  # UTF-16 both ways
    snap = resp["results"][4]["data"]
    assert [json.loads(d)["Name"] for d in snap["networks"]] == ["n\u00e9t"]
    assert [json.loads(d)["Name"] for d in snap["endpoints"]] == ["ep"]
    assert snap["hns_version"] == {"Major": 15, "Minor": 1}
    pre = [{"kind": "network", "name": "N\u00c9T", "state": "owned"}]
    resp, _ = s.request([{"op": "hcn_endpoint_delete", "args": {"id": eid}},
                         {"op": "hcn_namespace_delete", "args": {"id": xid}},
                         {"op": "hcn_network_delete", "args": {"id": nid}, "pre": pre}])  # fmt: skip
    assert resp["ok"] is True, resp["error"]
    resp, _ = s.request([{"op": "snapshot", "args": {"kinds": ["networks", "endpoints", "ledger"]}}])
    assert resp["results"][0]["data"]["networks"] == [] and resp["results"][0]["data"]["ledger"]["networks"] == []
    assert s.command({"cmd": "native_handles"}) == 0, "a handle the helper opened was not closed"


def test_hcn_pinvoke_layer_errors_keep_hresult_and_record(native):
    s = native
    nid = str(uuid.uuid4())
    resp, _ = s.request([{"op": "hcn_network_create", "args": {"id": nid, "settings": '{"Name":"FAIL"}'}}])
    err = resp["error"]
    assert err["code"] == "HNS_ERROR" and err["hresult"] == "0x803B0016"
    assert err["message"] == "HcnCreateNetwork: Invalid JSON document"
    resp, _ = s.request([{"op": "hcn_network_delete", "args": {"id": nid}}])
    assert resp["error"]["hresult"] == "0x803B0001" and resp["error"]["detail"] is None
    s.request([{"op": "hcn_network_create", "args": {"id": nid, "settings": '{"Name":"n"}'}}])
    # hns 10 through the real layer: S_OK with a non-empty error record is an error.
    resp, _ = s.request([{"op": "hcn_network_modify", "args": {"id": nid, "request": '{"RECORD":1}'}}])
    assert resp["error"]["code"] == "HNS_ERROR" and resp["error"]["hresult"] == "0x00000000"
    assert resp["error"]["message"] == "HcnModifyNetwork: policy rejected"
    orphan = {"id": str(uuid.uuid4()), "network_id": str(uuid.uuid4()), "settings": "{}"}
    resp, _ = s.request([{"op": "hcn_endpoint_create", "args": orphan}])
    assert resp["error"]["hresult"] == "0x803B0001" and resp["error"]["message"].startswith("HcnOpenNetwork failed")
    assert s.command({"cmd": "native_handles"}) == 0


def test_hcn_pinvoke_layer_without_computenetwork_dll(fakewin_runner, tmp_path):
    """Server 2016 or no Containers feature: DllNotFoundException becomes an HNS_ERROR that says so."""
    import shutil

    bare = tmp_path / "runner-without-hcn.exe"
    shutil.copy(fakewin_runner, bare)  # no runner.exe.config beside it: computenetwork.dll is not found
    s = Session(bare, static_host(), tmp_path)
    try:
        s.command({"cmd": "native"})
        resp, rc = s.request([{"op": "snapshot", "args": {"kinds": ["networks"]}}])
    finally:
        s.close()
    err = resp["error"]
    assert rc == 1 and err["code"] == "HNS_ERROR" and err["hresult"] == "0x8007007E"
    assert "HCN v2 needs Windows Server 2019" in err["detail"]


def test_a_single_string_where_a_list_is_expected_is_a_one_element_list(session):
    s = session()
    resp, _ = s.request([{"op": "snapshot", "args": {"kinds": "host"}}])
    assert list(resp["results"][0]["data"]) == ["host"]


def test_task_scheduler_com_calls_and_constants(session):
    """ComTaskScheduler against a fake IDispatch: the COM calls and values ansible.windows win_updates uses
    (TASK_ACTION_EXEC 0, TASK_TRIGGER_BOOT 8, TASK_CREATE_OR_UPDATE 6, S4U 2, SERVICE_ACCOUNT 5, RUNLEVEL_HIGHEST 1)."""
    got = session().command({"cmd": "com_tour"})
    log = got["log"]
    first = log[
        : log.index("Call Folder.RegisterTaskDefinition(hyperv.network job 1, TaskDefinition, 6, null, null, 2)") + 1
    ]
    assert first[:3] == [
        "Create Schedule.Service",
        "Call Schedule.Service.Connect()",
        "Call Schedule.Service.NewTask(0)",
    ]
    for want in (
        "Set Settings.DisallowStartIfOnBatteries=false", "Set Settings.StopIfGoingOnBatteries=false",
        "Set Settings.ExecutionTimeLimit=PT2H", "Set Principal.RunLevel=1", "Set Principal.UserId=HV01\\admin",
        "Set Principal.LogonType=2", "Call Actions.Create(0)", "Set ExecAction.Arguments=-EncodedCommand AAAA",
    ):  # fmt: skip
        assert want in first, want
    assert not any("Triggers" in x for x in first), "a task started now has no boot trigger"
    assert any(
        x.startswith("Set ExecAction.Path=") and x.endswith("WindowsPowerShell\\v1.0\\powershell.exe") for x in first
    )
    boot = log[
        log.index("Call Folder.RegisterTaskDefinition(hyperv.network job 1, TaskDefinition, 6, null, null, 2)") :
    ]
    assert "Set Principal.UserId=S-1-5-18" in boot and "Set Principal.LogonType=5" in boot
    assert "Call Triggers.Create(8)" in boot
    assert "Call Folder.RegisterTaskDefinition(hyperv.network boot replay, TaskDefinition, 6, SYSTEM, null, 5)" in boot
    assert "Call RegisteredTask.Run(null)" in log and "Call Folder.DeleteTask(hyperv.network job 1, 0)" in log
    assert got["running"] == {"exists": True, "state": 4, "result": 0x41301, "pid": 4242}
    assert got["idle"] == {"exists": True, "state": 3, "result": 0x41303, "pid": 0}
    assert got["gone"] == {"exists": False}


@pytest.mark.parametrize(
    ("owner", "protected", "allowed", "problems"),
    [
        ("S-1-5-32-544", True, ["S-1-5-18", "S-1-5-32-544"], []),
        ("S-1-5-18", True, ["S-1-5-18"], []),
        ("S-1-5-21-1-2-3-1001", True, ["S-1-5-18"], ["owner is S-1-5-21-1-2-3-1001"]),
        ("S-1-5-32-544", False, ["S-1-5-32-545"], ["inheritance is on", "access granted to S-1-5-32-545"]),
    ],
)
def test_admin_folder_acl_decision(session, owner, protected, allowed, problems):
    got = session().command({"cmd": "folder_problems", "owner": owner, "protected": protected, "allowed": allowed})
    assert got == problems


def test_string_fields_are_written_as_powershell_string_casts(session):
    """The protocol's string fields were [string] casts in PowerShell: a property Windows leaves empty is ""."""
    host = static_host()
    host.adapters.append({"Name": "Wintun", "InterfaceIndex": 9, "Virtual": True, "MacAddress": None})
    host.ip[9] = {
        "dhcp": None,
        "metric": None,
        "addresses": [],
        "gateways": [],
        "dns": [],
        "suffix": None,
        "category": None,
    }
    s = session(host)
    resp, _ = s.request([{"op": "snapshot", "args": {"kinds": ["adapters"]}}])
    tunnel = resp["results"][0]["data"]["adapters"][1]
    assert {k: tunnel[k] for k in ("MacAddress", "InterfaceGuid", "LinkSpeed", "Status", "InterfaceDescription")} == {
        "MacAddress": "", "InterfaceGuid": "", "LinkSpeed": "", "Status": "", "InterfaceDescription": "",
    }  # fmt: skip
    assert tunnel["ip"]["DnsSuffix"] is None and tunnel["ip"]["Dhcp"] is None
