"""Best-effort operations (``host_route: auto``) ride in the plan's own apply call (issue 13: overlay converges in 3
calls besides the job polls), and a converge run as a job can leave them to the next apply (the routes phase).

The engine runs against hvemu's host model in-process; every request is recorded, and the host's state is read from
the model, not from the collection's result. HNS refusing the HostRoute Modify is faults.hns_error_on_op (every
hcn_network_modify of the host), so the plans that meet the refusal carry a firewall rule as their own operation.
"""

import base64
import json

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils import best_effort, engine

hvemu_engine = pytest.importorskip("hvemu.bridge")
testkit = pytest.importorskip("hvemu.model.testkit")

OVERLAY = {
    "name": "ovl",
    "type": "overlay",
    "adapter": "Ethernet 2",
    "subnets": [{"prefix": "10.244.1.0/24", "gateway": "10.244.1.1", "vsid": 4096}],
}
ROUTE = {
    "destination_prefix": "10.244.2.0/24",
    "isolation_id": 4096,
    "provider_address": "10.1.1.22",
    "dr_mac_address": "00-15-5D-AA-BB-02",
}
RULE = {
    "name": "hvnet-vxlan-ovl",
    "display_name": "hyperv.network VXLAN (ovl)",
    "direction": "inbound",
    "protocol": "udp",
    "local_port": 4789,
    "remote_addresses": ["10.1.1.22"],
    "action": "allow",
}
REFUSED = "0x803B000E"


class Recorder:
    """A bridge client on the host model that records each call's operations (``lose`` drops the answer of the
    Nth call after the host ran it, as a connection cut after the batch would)."""

    def __init__(self, host, lose=None):
        self.host = host
        self.calls = []
        self.lose = lose

    def client(self):
        from ansible_collections.hyperv.network.plugins.plugin_utils.bridge_client import BridgeClient

        def execute(cmd, in_data):
            script = base64.b64decode(cmd.rsplit(" ", 1)[1]).decode("utf-16-le")
            lines = in_data.decode("ascii").split("\r\n")
            for line in lines:
                if line.startswith("{") and '"ops"' in line:
                    self.calls.append([op["op"] for op in json.loads(line)["ops"]])
            stdout, stderr, rc = hvemu_engine.run_script(self.host, script, lines)
            if self.lose is not None and len(self.calls) == self.lose:
                raise ConnectionError("connection reset by peer")
            return rc, stdout, stderr

        return BridgeClient(execute, sleep=lambda s: None)


def converge(recorder, config, **kw):
    kw.setdefault("check_mode", False)
    kw.setdefault("diff", False)
    kw.setdefault("wait_for_overlay", 0)
    return engine.converge(recorder.client(), config, "merged", **kw)


def network_doc(host, name="ovl"):
    return next(r["doc"] for r in host.data["networks"].values() if r["doc"]["Name"] == name)


def policy_types(host, name="ovl"):
    return [p["Type"] for p in network_doc(host, name).get("Policies") or []]


def firewall_rules(host):
    return [r["Name"] for r in host.state()["firewall_rules"]]


def existing_overlay(**spec):
    """A host with the overlay network, made without the HostRoute (host_route false)."""
    host = testkit.make_host(windows="ws2019", **spec)
    converge(Recorder(host), {"networks": [dict(OVERLAY, host_route=False)]})
    assert "HostRoute" not in policy_types(host)
    return host


MODIFY = "hcn_network_modify"


def test_a_plain_apply_carries_the_host_route_after_its_own_operations_in_the_same_call():
    host = existing_overlay()
    rec = Recorder(host)
    result = converge(rec, {"networks": [{"name": "ovl", "host_route": "auto"}], "firewall_rules": [RULE]})
    assert rec.calls == [["snapshot"], ["firewall_rule_create", MODIFY, "snapshot"]], rec.calls
    assert "HostRoute" in policy_types(host) and RULE["name"] in firewall_rules(host)
    assert result["changed"] is True and result["warnings"] == []
    assert any("HostRoute" in line for line in result["operations"]), result["operations"]
    assert [p["op"] for p in result["planned"]] == ["firewall_rule_create", MODIFY]


def test_hns_refusing_the_host_route_in_the_same_call_is_a_warning_and_the_plan_stays_applied():
    host = existing_overlay()
    host.faults.hns_error_on_op = {MODIFY: REFUSED}
    rec = Recorder(host)
    result = converge(rec, {"networks": [{"name": "ovl", "host_route": "auto"}], "firewall_rules": [RULE]})
    # The refusal stops the batch before its snapshot: one read follows (the plan's firewall rule is kept).
    assert rec.calls == [["snapshot"], ["firewall_rule_create", MODIFY, "snapshot"], ["snapshot"]], rec.calls
    assert "HostRoute" not in policy_types(host) and RULE["name"] in firewall_rules(host)
    assert result["changed"] is True
    assert not any("HostRoute" in line for line in result["operations"]), result["operations"]
    (warning,) = [w for w in result["warnings"] if "HostRoute" in w]
    assert REFUSED in warning and "host_route: false" in warning
    assert result["after"]["firewall_rules"][0]["name"] == RULE["name"], result["after"]


def test_a_failure_of_the_plan_itself_still_fails_and_the_host_route_is_not_run():
    host = existing_overlay()
    host.faults.hns_error_on_op = {MODIFY: "0x803B0006"}
    rec = Recorder(host)
    with pytest.raises(engine.BridgeError) as e:
        converge(rec, {"networks": [{"name": "ovl", "remote_subnet_routes": [ROUTE], "host_route": "auto"}]})
    assert rec.calls == [["snapshot"], [MODIFY, MODIFY, "snapshot"]], rec.calls
    assert "Failed: 1. update network ovl" in e.value.msg and "HostRoute" not in e.value.msg
    assert "HostRoute" not in policy_types(host)


def test_a_lost_answer_of_the_call_that_carried_it_is_settled_by_the_re_read():
    host = existing_overlay()
    rec = Recorder(host, lose=2)
    result = converge(rec, {"networks": [{"name": "ovl", "host_route": "auto"}], "firewall_rules": [RULE]})
    # read, the apply (answer lost), the re-read: the re-read shows the HostRoute, so it is not sent again.
    assert rec.calls == [["snapshot"], ["firewall_rule_create", MODIFY, "snapshot"], ["snapshot"]], rec.calls
    assert "HostRoute" in policy_types(host) and RULE["name"] in firewall_rules(host)
    assert any("HostRoute" in line for line in result["operations"]), result["operations"]


def test_a_job_sends_it_in_a_call_of_its_own_after_it_unless_told_to_leave_it():
    host = testkit.make_host(windows="ws2019")
    rec = Recorder(host)
    result = converge(rec, {"networks": [dict(OVERLAY, host_route="auto")]})
    assert result["job"]["state"] == "confirmed"
    assert rec.calls[-1] == [MODIFY, "snapshot"], rec.calls
    assert "HostRoute" in policy_types(host) and "best_effort_deferred" not in result
    assert best_effort.OWED_KEY not in result["snapshot"]


def test_a_job_told_to_defer_leaves_it_to_the_next_apply_on_its_snapshot():
    host = testkit.make_host(windows="ws2019")
    rec = Recorder(host)
    first = converge(rec, {"networks": [dict(OVERLAY, host_route="auto")]}, job_options={"defer_optional": True})
    assert first["job"]["state"] == "confirmed"
    assert MODIFY not in [op for call in rec.calls for op in call], rec.calls
    assert "HostRoute" not in policy_types(host)
    assert any("HostRoute" in line for line in first["best_effort_deferred"])
    assert not any("HostRoute" in line for line in first["operations"])
    # The routes phase: its own config (no host_route), the converge's snapshot: one call, routes then HostRoute.
    rec.calls.clear()
    routes = {"networks": [{"name": "ovl", "remote_subnet_routes": [ROUTE], "purge_remote_subnet_routes": True}]}
    second = converge(rec, routes, snapshot=first["snapshot"])
    assert rec.calls == [[MODIFY, MODIFY, "snapshot"]], rec.calls
    assert {"RemoteSubnetRoute", "HostRoute"} <= set(policy_types(host)), policy_types(host)
    assert second["warnings"] == [] and any("HostRoute" in line for line in second["operations"])
    assert best_effort.OWED_KEY not in second["snapshot"]
    # Once sent, it is owed no more: a later converge on that snapshot sends nothing.
    rec.calls.clear()
    third = converge(rec, routes, snapshot=second["snapshot"])
    assert rec.calls == [] and third["changed"] is False


def test_a_deferred_host_route_refused_in_the_next_apply_is_a_warning_and_that_apply_stays():
    host = testkit.make_host(windows="ws2019")
    first = converge(
        Recorder(host), {"networks": [dict(OVERLAY, host_route="auto")]}, job_options={"defer_optional": True}
    )
    host.faults.hns_error_on_op = {MODIFY: REFUSED}
    rec = Recorder(host)
    second = converge(rec, {"firewall_rules": [RULE]}, snapshot=first["snapshot"])
    # The converge's snapshot has no firewall section (its config had no rules): this task reads, networks
    # included (to check what is owed), then one apply; the refusal stops it before its snapshot: one more read.
    assert rec.calls == [["snapshot"], ["firewall_rule_create", MODIFY, "snapshot"], ["snapshot"]], rec.calls
    assert RULE["name"] in firewall_rules(host) and "HostRoute" not in policy_types(host)
    assert any("HostRoute" in w and REFUSED in w for w in second["warnings"]), second["warnings"]


def test_an_owed_host_route_is_not_sent_for_another_network_id_nor_in_check_mode():
    host = testkit.make_host(windows="ws2019")
    first = converge(
        Recorder(host), {"networks": [dict(OVERLAY, host_route="auto")]}, job_options={"defer_optional": True}
    )
    owed = first["snapshot"][best_effort.OWED_KEY]
    assert owed == [{"name": "ovl", "id": network_doc(host)["ID"].lower()}], owed
    routes = {"networks": [{"name": "ovl", "remote_subnet_routes": [ROUTE]}]}
    rec = Recorder(host)
    check = converge(rec, routes, snapshot=first["snapshot"], check_mode=True)
    assert not any("HostRoute" in line for line in check["operations"]), check["operations"]
    gone = "00000000-0000-4000-8000-000000000000"
    other = dict(first["snapshot"], **{best_effort.OWED_KEY: [{"name": "ovl", "id": gone}]})
    converge(rec, routes, snapshot=other)
    assert rec.calls == [[MODIFY, "snapshot"]], rec.calls  # another network's ID: not sent
    assert "HostRoute" not in policy_types(host)
