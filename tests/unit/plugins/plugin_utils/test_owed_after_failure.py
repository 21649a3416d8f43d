"""Windows review 6 finding 1: the HostRoute a converge job left owed (defer_optional) is still sent, best-effort, when
the routes phase's apply fails at one of its own operations; the task still fails with the plan's own message, and
its result says whether the HostRoute was sent or is still owed. Finding 3's engine side is in
tests/integration/roles/test_overlay_review6.py.

The engine runs against hvemu's host model in-process (helpers of test_best_effort_folded.py); the host's state is
read from the model. hvemu's hns_error_on_network_policy fault refuses a Modify carrying a policy of one Type
(windows-review-6 H2): test injection, not a claim about which policy Windows refuses.
"""

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils import best_effort, engine
from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils.test_best_effort_folded import (
    MODIFY,
    OVERLAY,
    ROUTE,
    RULE,
    Recorder,
    converge,
    firewall_rules,
    policy_types,
)

testkit = pytest.importorskip("hvemu.model.testkit")
ROUTES = {
    "networks": [{"name": "ovl", "remote_subnet_routes": [ROUTE], "purge_remote_subnet_routes": True}],
    "firewall_rules": [RULE],
}
BAD_DR_MAC = "0x803B000D"
REFUSED = "0x803B000E"


def deferred_overlay():
    """A host whose overlay network was made by a job told to defer: the HostRoute is owed in the snapshot."""
    host = testkit.make_host(windows="ws2019")
    first = converge(
        Recorder(host), {"networks": [dict(OVERLAY, host_route="auto")]}, job_options={"defer_optional": True}
    )
    assert first["snapshot"][best_effort.OWED_KEY] and "HostRoute" not in policy_types(host)
    return host, first["snapshot"]


def test_a_refused_route_modify_fails_the_task_and_the_owed_host_route_is_still_sent():
    host, snapshot = deferred_overlay()
    host.faults.hns_error_on_network_policy = {"RemoteSubnetRoute": BAD_DR_MAC}
    rec = Recorder(host)
    with pytest.raises(engine.BridgeError) as e:
        converge(rec, ROUTES, snapshot=snapshot)
    # A read (the converge's snapshot has no firewall section), the routes apply (stops at the route Modify), then
    # the owed HostRoute in a call of its own.
    assert rec.calls == [
        ["snapshot"],
        [MODIFY, "firewall_rule_create", MODIFY, "snapshot"],
        [MODIFY, "snapshot"],
    ], rec.calls
    assert "HostRoute" in policy_types(host) and "RemoteSubnetRoute" not in policy_types(host)
    assert RULE["name"] not in firewall_rules(host)
    # The task's failure is the routes', with its own message.
    assert BAD_DR_MAC in e.value.msg and "Failed: 1. update network ovl" in e.value.msg
    result = engine.BridgeError.to_result(e.value)
    assert any("HostRoute" in line for line in result["best_effort_sent"]), result
    assert result["best_effort_owed"] == []
    assert any("HostRoute" in w and "accepted" in w for w in result["warnings"]), result["warnings"]


def test_a_refused_firewall_rule_after_the_routes_still_sends_the_owed_host_route():
    host, snapshot = deferred_overlay()
    host.faults.hns_error_on_op = {"firewall_rule_create": "0x80070005"}
    rec = Recorder(host)
    with pytest.raises(engine.BridgeError) as e:
        converge(rec, ROUTES, snapshot=snapshot)
    assert rec.calls[-1] == [MODIFY, "snapshot"], rec.calls
    assert {"RemoteSubnetRoute", "HostRoute"} <= set(policy_types(host)), policy_types(host)
    assert "Failed: 2." in e.value.msg, e.value.msg


def test_an_owed_host_route_refused_too_is_reported_still_owed():
    host, snapshot = deferred_overlay()
    host.faults.hns_error_on_network_policy = {"RemoteSubnetRoute": BAD_DR_MAC, "HostRoute": REFUSED}
    rec = Recorder(host)
    with pytest.raises(engine.BridgeError) as e:
        converge(rec, ROUTES, snapshot=snapshot)
    assert "HostRoute" not in policy_types(host)
    assert BAD_DR_MAC in e.value.msg and REFUSED not in e.value.msg
    result = engine.BridgeError.to_result(e.value)
    assert result["best_effort_sent"] == [] and any("HostRoute" in line for line in result["best_effort_owed"])
    assert any("HostRoute" in w and REFUSED in w for w in result["warnings"]), result["warnings"]
    assert any("still owed" in w for w in result["warnings"]), result["warnings"]


def test_send_owed_sends_what_a_snapshot_owes_and_nothing_in_check_mode_or_when_nothing_is_owed():
    host, snapshot = deferred_overlay()
    rec = Recorder(host)
    assert best_effort.send_owed(rec.client(), snapshot, check_mode=True) == {}
    assert best_effort.send_owed(rec.client(), {k: v for k, v in snapshot.items() if k != best_effort.OWED_KEY}) == {}
    assert rec.calls == []
    out = best_effort.send_owed(rec.client(), snapshot)
    assert rec.calls == [[MODIFY, "snapshot"]], rec.calls
    assert "HostRoute" in policy_types(host) and any("HostRoute" in line for line in out["best_effort_sent"])


def test_the_hostroute_fault_refuses_that_policy_alone_in_a_batch():
    """hvemu H2: the route Modify of the batch is accepted, the HostRoute Modify after it refused (a warning)."""
    host, snapshot = deferred_overlay()
    host.faults.hns_error_on_network_policy = {"HostRoute": REFUSED}
    rec = Recorder(host)
    result = converge(rec, ROUTES, snapshot=snapshot)
    assert rec.calls[1] == [MODIFY, "firewall_rule_create", MODIFY, "snapshot"], rec.calls
    assert "RemoteSubnetRoute" in policy_types(host) and "HostRoute" not in policy_types(host)
    assert RULE["name"] in firewall_rules(host)
    assert any("HostRoute" in w and REFUSED in w for w in result["warnings"]), result["warnings"]
