"""The bridge protocol as hvemu.bridge speaks it: recognition, framing, validation, refusals,
preconditions, batching, statistics."""

import hashlib
import json
import threading

import pytest
from hvemu import bridge
from hvemu.model.testkit import call, fail, gid, make_host, nat_doc, net_create, ok, snap, switch_create


def _run(host, request, script=None, lines=None):
    lines = lines if lines is not None else bridge.request_stdin(request)
    return bridge.run_script(host, script if script is not None else bridge.bootstrap_text(), lines)


def test_engine_implements_exactly_the_schema_operations():
    assert set(bridge.OPERATIONS) == set(bridge.schema()["x-operations"])
    assert set(bridge.schema()["x-operations"]) == {
        k.removeprefix("op_") for k in bridge.schema()["$defs"] if k.startswith("op_")
    }


def test_bootstrap_is_read_from_the_collection_and_crlf_is_accepted():
    host = make_host()
    text = bridge.bootstrap_text()
    assert text.startswith("# hyperv.network bootstrap v1")
    request = {"protocol": 1, "request_id": "r1", "ops": [{"op": "ping", "args": {}}]}
    out, err, rc = _run(host, request, script=text.replace("\n", "\r\n"))
    assert rc == 0 and err == ""
    assert bridge.parse_response(out)["results"][0]["data"]["pong"] is True


@pytest.mark.parametrize(
    "script",
    [
        "Get-Process",
        "",
        "# hyperv.network bootstrap v1\nGet-ChildItem C:\\",
        bridge.bootstrap_text() + "\nRemove-Item x",
    ],
)
def test_other_scripts_are_rejected_and_counted(script):
    host = make_host()
    out, err, rc = bridge.run_script(host, script, [])
    assert (out, rc) == ("", 1)
    assert err.strip() == "unsupported script: hvemu runs only the hyperv.network bridge"
    assert host.stats.rejected_scripts == 1 and host.stats.commands == 1 and host.stats.bridge_calls == 0


def test_bridge_must_start_with_its_first_line():
    host = make_host()
    request = {"protocol": 1, "request_id": "r", "ops": [{"op": "ping", "args": {}}]}
    lines = ["Write-Host evil", "#hvnet-request", json.dumps(request)]
    _out, err, rc = _run(host, request, lines=lines)
    assert rc == 1 and "unsupported script" in err and host.stats.rejected_scripts == 1
    assert host.stats.bridge_calls == 0 and host.stats.commands == 1


def test_sha256_of_bootstrap_and_bridge_recorded_per_call():
    host = make_host()
    for _ in range(3):
        ok(host, {"op": "ping", "args": {}})
    boot = hashlib.sha256(bridge.stored_bootstrap().encode()).hexdigest()
    bridge_sha = hashlib.sha256("\n".join(bridge.bridge_lines()).encode()).hexdigest()
    assert host.stats.scripts == {boot: 3, bridge_sha: 3}
    assert host.stats.commands == 3 and host.stats.bridge_calls == 3
    assert json.loads(json.dumps(host.stats.to_json()))["scripts"][boot] == 3


@pytest.mark.parametrize(
    "lines",
    [
        [],
        ["#hvnet-request", "{}"],
        [bridge.BRIDGE_FIRST_LINE, "#hvnet-request"],
        [bridge.BRIDGE_FIRST_LINE, "no marker"],
    ],
)
def test_bad_framing_is_bad_request(lines):
    host = make_host()
    out, _, rc = bridge.run_script(host, bridge.bootstrap_text(), lines)
    response = bridge.parse_response(out)
    assert rc == 2 and response["error"]["code"] == "BAD_REQUEST" and response["error"]["index"] is None
    assert "not framed" in response["error"]["message"]


@pytest.mark.parametrize(
    ("request_line", "needle"),
    [
        ("not json", "not valid JSON"),
        (json.dumps({"protocol": 1, "request_id": "x", "ops": []}), "ops"),
        (json.dumps({"protocol": 1, "request_id": "x", "ops": [{"op": "frobnicate", "args": {}}]}), "frobnicate"),
        (
            json.dumps(
                {"protocol": 1, "request_id": "x", "ops": [{"op": "switch_create", "args": {"name": "a"}, "pre": []}]}
            ),
            "switch_type",
        ),
        (
            json.dumps(
                {
                    "protocol": 1,
                    "request_id": "x",
                    "ops": [
                        {
                            "op": "switch_set",
                            "args": {"id": "7e1c0000-0000-0000-0000-000000000000", "enable_iov": True},
                            "pre": [],
                        }
                    ],
                }
            ),
            "enable_iov",
        ),
        (json.dumps({"protocol": 1, "request_id": "x", "extra": 1, "ops": [{"op": "ping", "args": {}}]}), "extra"),
    ],
)
def test_invalid_requests_are_bad_request_with_the_validation_message(request_line, needle):
    host = make_host()
    lines = [*bridge.bridge_lines(), "#hvnet-request", request_line]
    out, _, rc = bridge.run_script(host, bridge.bootstrap_text(), lines)
    response = bridge.parse_response(out)
    assert rc == 2 and response["error"]["code"] == "BAD_REQUEST"
    assert needle in response["error"]["message"]
    assert bridge.validator("response").is_valid(response) is not False


def test_protocol_mismatch():
    host = make_host()
    out, _, rc = _run(host, {"protocol": 2, "request_id": "x", "ops": [{"op": "ping", "args": {}}]})
    assert rc == 2 and bridge.parse_response(out)["error"]["code"] == "PROTOCOL_MISMATCH"


@pytest.mark.parametrize(
    ("setting", "code"),
    [
        ({"language_mode": "ConstrainedLanguage"}, "CONSTRAINED_LANGUAGE"),
        ({"process_bitness": 32}, "PROCESS_32BIT"),
        ({"powershell_edition": "Core"}, "UNSUPPORTED_POWERSHELL"),
        ({"jea": True}, "JEA_ENDPOINT"),
    ],
)
def test_refusals(setting, code):
    host = make_host(**setting)
    response, rc = call(host, {"op": "ping", "args": {}})
    assert rc == 3 and response["error"]["code"] == code and response["results"] == []
    assert response["error"]["message"]


def test_constrained_language_answer_is_the_bootstraps_own_text():
    host = make_host(language_mode="ConstrainedLanguage")
    out, _, rc = bridge.run_script(host, bridge.bootstrap_text(), [])  # refused before stdin is read
    fixed = (
        next(line for line in bridge.bootstrap_text().splitlines() if "CONSTRAINED_LANGUAGE" in line).strip().strip("'")
    )
    assert rc == 3
    assert bridge.parse_response(out) == bridge.parse_response(fixed)


def test_no_hyperv_module_fails_switch_operations_but_reads_see_no_switches():
    host = make_host(kind="vm", hyperv_module=False)
    assert fail(host, switch_create("s1"))["code"] == "NO_HYPERV_MODULE"
    # A read is not refused: without Get-VMSwitch the bridge sees no switches or VM NICs, and the
    # host section says why (container VMs read their HNS networks through the same snapshot).
    seen = snap(host, "host", "switches", "vm_adapters")
    assert seen["switches"] == [] and seen["vm_adapters"] == [] and seen["host"]["hyperv_module"] is False
    # HNS needs no Hyper-V module
    nid = gid()
    ok(host, net_create(nid, nat_doc()))
    assert snap(host, "networks")["networks"][0]["Name"] == "natnet"


def test_batch_stops_at_first_failure_and_reports_index():
    host = make_host()
    response, rc = call(host, {"op": "ping", "args": {}}, switch_create("a"), switch_create("a"), switch_create("b"))
    assert rc == 1 and not response["ok"]
    assert [r["ok"] for r in response["results"]] == [True, True, False]
    assert response["error"]["index"] == 2 and response["error"]["op"] == "switch_create"
    assert response["error"]["code"] == "PRECONDITION_FAILED" and "'a'" in response["error"]["message"]
    assert [s["Name"] for s in snap(host, "switches")["switches"]] == ["a"]


def test_preconditions_owned_present_absent():
    host = make_host()
    (created,) = ok(host, switch_create("mine", notes="user text\n[hyperv.network]"))
    (foreign,) = ok(host, switch_create("theirs", notes="[hyperv.network] not alone"))
    own = {
        "op": "switch_remove",
        "args": {"id": foreign["id"]},
        "pre": [{"kind": "switch", "state": "owned", "id": foreign["id"]}],
    }
    err = fail(host, own)
    assert err["code"] == "PRECONDITION_FAILED"
    assert (
        err["message"]
        == f"precondition failed: switch id='{foreign['id']}' should be owned, found 1 matching object(s), 0 owned"
    )
    assert err["detail"] == f"switch id='{foreign['id']}' owned"
    missing = gid()
    err = fail(
        host,
        {
            "op": "switch_rename",
            "args": {"id": missing, "new_name": "x"},
            "pre": [{"kind": "switch", "state": "present", "id": missing}],
        },
    )
    assert err["code"] == "PRECONDITION_FAILED" and "found 0 matching object(s)" in err["message"]
    ok(
        host,
        {
            "op": "switch_remove",
            "args": {"id": created["id"]},
            "pre": [{"kind": "switch", "state": "owned", "name": "MINE"}],
        },
    )
    # networks: owned means in the ledger
    nid = gid()
    ok(host, net_create(nid, nat_doc()))
    ok(host, {"op": "ledger_release", "args": {"kind": "network", "id": nid}, "pre": []})
    err = fail(
        host,
        {"op": "hcn_network_delete", "args": {"id": nid}, "pre": [{"kind": "network", "state": "owned", "id": nid}]},
    )
    assert "should be owned, found 1 matching object(s), 0 owned" in err["message"]
    ok(host, {"op": "ledger_adopt", "args": {"kind": "network", "id": nid}, "pre": []})
    ok(
        host,
        {
            "op": "hcn_network_delete",
            "args": {"id": nid},
            "pre": [{"kind": "network", "state": "owned", "id": nid.upper()}],
        },
    )
    assert snap(host, "ledger")["ledger"]["networks"] == []


def test_other_precondition_kinds():
    host = make_host(vms=[{"name": "VM1", "nics": [{"name": "Network Adapter"}]}])
    ok(
        host,
        {
            "op": "ping",
            "args": {},
            "pre": [
                {"kind": "adapter", "state": "present", "name": "ethernet 2"},
                {"kind": "vm_adapter", "state": "present", "name": "network adapter", "vm_name": "vm1"},
                {"kind": "netnat", "state": "absent", "name": "anything"},
                {"kind": "network", "state": "absent", "name": "nat"},
                {"kind": "endpoint", "state": "absent", "id": gid()},
                {"kind": "namespace", "state": "absent", "id": gid()},
            ],
        },
    )
    err = fail(
        host,
        {
            "op": "ping",
            "args": {},
            "pre": [{"kind": "vm_adapter", "state": "present", "name": "nic9", "vm_name": "VM1"}],
        },
    )
    assert err["code"] == "PRECONDITION_FAILED" and "vm_name='VM1'" in err["message"]
    err = fail(
        host, {"op": "ping", "args": {}, "pre": [{"kind": "adapter", "state": "owned", "name": "Ethernet"}]}, rc=2
    )
    assert err["code"] == "BAD_REQUEST" and err["message"] == "ownership is not tracked for kind 'adapter'"


def test_lock_timeout_while_another_call_holds_the_host_mutex():
    host = make_host()
    held, release = threading.Event(), threading.Event()

    def holder():
        with host.lock:
            held.set()
            release.wait(5)

    thread = threading.Thread(target=holder)
    thread.start()
    held.wait(5)
    try:
        response, rc = call(host, {"op": "ping", "args": {}}, lock_timeout_ms=50)
    finally:
        release.set()
        thread.join()
    assert rc == 1 and response["error"]["code"] == "LOCK_TIMEOUT" and response["results"] == []


def test_response_framing_and_javascriptserializer_escapes():
    host = make_host()
    out, _, _ = _run(host, {"protocol": 1, "request_id": "a<b>&'c", "ops": [{"op": "ping", "args": {}}]})
    assert out.startswith("##hvnet-response-begin##{") and out.rstrip().endswith("}##hvnet-response-end##")
    assert "\\u003c" in out and "\\u0026" in out and "\\u0027" in out and "<" not in out.split("##")[2]
    assert bridge.parse_response(out)["request_id"] == "a<b>&'c"


def test_injected_hns_error_on_op():
    host = make_host()
    host.faults.hns_error_on_op = {"hcn_network_create": "0x803B0006"}
    err = fail(host, net_create(gid(), nat_doc()))
    assert (err["code"], err["hresult"]) == ("HNS_ERROR", "0x803B0006")
    assert err["message"] == "HcnCreateNetwork: An adapter was not found. "
    assert json.loads(err["detail"])["ErrorCode"] == 0x803B0006


def test_detached_batch_runs_on_and_journals_each_step(tmp_path):
    host = make_host()
    host.attach_state(tmp_path / "hv01.json")
    request = {
        "protocol": 1,
        "request_id": "detached-1",
        "ops": [switch_create("d1"), switch_create("d2"), switch_create("d1")],
    }
    assert bridge.validate_request(request) == (None, None)
    task_id, thread = bridge.run_detached(host, request)
    thread.join(5)
    journal = json.loads((tmp_path / "hv01.json").read_text())["journal"][task_id]
    assert journal["request_id"] == "detached-1" and journal["state"] == "failed"
    assert [s["ok"] for s in journal["steps"]] == [True, True, False]


def test_mutating_call_is_saved_readonly_call_is_not(tmp_path):
    host = make_host()
    host.attach_state(tmp_path / "hv01.json")
    before = (tmp_path / "hv01.json").stat().st_mtime_ns
    ok(host, {"op": "snapshot", "args": {"kinds": ["switches"]}})
    assert (tmp_path / "hv01.json").stat().st_mtime_ns == before
    ok(host, switch_create("persisted"))
    assert "persisted" in (tmp_path / "hv01.json").read_text()


def test_every_schema_operation_succeeds_in_one_batch():
    host = make_host(vms=[{"name": "vm1", "nics": [{"name": "nic"}]}])
    nid, eid, nsid = gid(), gid(), gid()
    (created,) = ok(
        host, switch_create("set", "External", net_adapter_names=["Ethernet 2", "Ethernet 3"], notes="[hyperv.network]")
    )
    sid = created["id"]
    ops = [
        {"op": "ping", "args": {}},
        {"op": "snapshot", "args": {"kinds": ["host", "ledger"]}},
        switch_create("int", "Internal"),
        {
            "op": "switch_set",
            "args": {"id": sid, "notes": "x\n[hyperv.network]"},
            "pre": [{"kind": "switch", "state": "present", "id": sid}],
        },
        {
            "op": "switch_rename",
            "args": {"id": sid, "new_name": "set2"},
            "pre": [{"kind": "switch", "state": "absent", "name": "set2"}],
        },
        {"op": "switch_team_set", "args": {"id": sid, "net_adapter_names": ["Ethernet 2"]}, "pre": []},
        {"op": "vm_adapter_set", "args": {"vm_name": "vm1", "name": "nic", "switch_name": "set2"}, "pre": []},
        net_create(nid, nat_doc()),
        {
            "op": "hcn_network_modify",
            "args": {
                "id": nid,
                "request": json.dumps(
                    {"ResourceType": "DNS", "RequestType": "Update", "Settings": {"ServerList": ["1.1.1.1"]}}
                ),
            },
            "pre": [],
        },
        {
            "op": "hcn_endpoint_create",
            "args": {"id": eid, "network_id": nid, "settings": json.dumps({"Name": "ep"})},
            "pre": [],
        },
        {
            "op": "hcn_endpoint_modify",
            "args": {
                "id": eid,
                "request": json.dumps(
                    {
                        "ResourceType": "Policy",
                        "RequestType": "Add",
                        "Settings": {
                            "Policies": [
                                {
                                    "Type": "PortMapping",
                                    "Settings": {"Protocol": 6, "InternalPort": 80, "ExternalPort": 8080},
                                }
                            ]
                        },
                    }
                ),
            },
            "pre": [],
        },
        # host objects (docs/design/host-objects.md; emulator/tests/test_model_hostnet.py covers them fully)
        {
            "op": "hcn_endpoint_host_attach",
            "args": {"id": eid},
            "pre": [{"kind": "endpoint", "state": "present", "id": eid}],
        },
        {"op": "ip_forwarding_set", "args": {"interface_alias": "vEthernet (ep)", "enabled": True}},
        {"op": "ip_forwarding_set", "args": {"interface_alias": "vEthernet (ep)", "enabled": False}},
        {
            "op": "net_route_add",
            "args": {"interface_alias": "Ethernet", "destination_prefix": "10.9.0.0/24", "next_hop": "10.1.0.5"},
        },
        {
            "op": "net_route_remove",
            "args": {"interface_alias": "Ethernet", "destination_prefix": "10.9.0.0/24", "next_hop": "10.1.0.5"},
        },
        {
            "op": "firewall_rule_create",
            "args": {
                "name": "hvnet-fw",
                "display_name": "hvnet fw",
                "direction": "Inbound",
                "protocol": "UDP",
                "local_port": 4789,
                "remote_addresses": [],
                "action": "Allow",
            },
        },
        {"op": "firewall_rule_set", "args": {"name": "hvnet-fw", "local_port": 4790, "remote_addresses": ["10.1.0.9"]}},
        {"op": "firewall_rule_remove", "args": {"name": "hvnet-fw"}},
        {
            "op": "hcn_endpoint_host_detach",
            "args": {"id": eid},
            "pre": [{"kind": "endpoint", "state": "present", "id": eid}],
        },
        {"op": "hcn_namespace_create", "args": {"id": nsid, "settings": json.dumps({"Type": "Host"})}, "pre": []},
        {
            "op": "hcn_namespace_modify",
            "args": {
                "id": nsid,
                "request": json.dumps(
                    {"ResourceType": "Endpoint", "RequestType": "Add", "Settings": {"EndpointId": eid}}
                ),
            },
            "pre": [],
        },
        {"op": "ledger_release", "args": {"kind": "namespace", "id": nsid}, "pre": []},
        {"op": "ledger_adopt", "args": {"kind": "namespace", "id": nsid}, "pre": []},
        {
            "op": "hcn_namespace_modify",
            "args": {
                "id": nsid,
                "request": json.dumps(
                    {"ResourceType": "Endpoint", "RequestType": "Remove", "Settings": {"EndpointId": eid}}
                ),
            },
            "pre": [],
        },
        {
            "op": "hcn_namespace_delete",
            "args": {"id": nsid},
            "pre": [{"kind": "namespace", "state": "owned", "id": nsid}],
        },
        {"op": "hcn_endpoint_delete", "args": {"id": eid}, "pre": [{"kind": "endpoint", "state": "owned", "id": eid}]},
        {"op": "hcn_network_delete", "args": {"id": nid}, "pre": [{"kind": "network", "state": "owned", "id": nid}]},
        {"op": "switch_remove", "args": {"id": sid}, "pre": [{"kind": "switch", "state": "owned", "id": sid}]},
    ]
    jid = gid()  # detached jobs (emulator/tests/test_detached.py covers them fully)
    ops += [
        {"op": "job_start", "args": {"job_id": jid, "ops": [{"op": "ping", "args": {}}], "deadman_s": 60}},
        {"op": "job_status", "args": {"job_id": jid}},
        {"op": "job_confirm", "args": {"job_id": jid}},
    ]
    response, rc = call(host, *ops)
    assert rc == 0 and response["ok"], response["error"]
    assert {r["op"] for r in response["results"]} == set(bridge.schema()["x-operations"])
    assert snap(host, "switches")["switches"][0]["Name"] == "int"
    assert snap(host, "vm_adapters")["vm_adapters"][0]["SwitchName"] is None
