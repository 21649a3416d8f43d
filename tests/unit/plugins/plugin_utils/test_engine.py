"""engine.converge against the in-memory fake bridge: round trips, check mode, failures, recovery."""

import json

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils import (
    applying,
    disruptive,
    engine,
    overlay_wait,
    snapshots,
)
from ansible_collections.hyperv.network.plugins.plugin_utils import state as model
from ansible_collections.hyperv.network.plugins.plugin_utils.bridge_client import BridgeClient
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import (
    BridgeConnectionLost,
    BridgeError,
    HvNetPlanError,
    HvNetValidationError,
)
from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils import hvnet_engine_fixtures as fx
from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils.hvnet_fake_bridge import BRIDGE_TEXT, FakeBridge


class Clock:
    """Injected time: sleeping advances it, so waits take no real time."""

    def __init__(self):
        self.now = 1000.0
        self.sleeps = []

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += seconds

    def monotonic(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    c = Clock()
    monkeypatch.setattr(applying, "_monotonic", c.monotonic)
    monkeypatch.setattr(overlay_wait, "_monotonic", c.monotonic)
    monkeypatch.setattr(disruptive, "_monotonic", c.monotonic)
    return c


def client_for(bridge, clock):
    return BridgeClient(bridge, sleep=clock.sleep, bridge_text=BRIDGE_TEXT)


def converge(client, config, state="merged", **kw):
    kw.setdefault("check_mode", False)
    kw.setdefault("diff", True)
    kw.setdefault("uuid_factory", fx.FakeIds())
    return engine.converge(client, config, state, **kw)


NAT = {"networks": [{"name": "nat2", "type": "nat", "subnets": [{"prefix": "172.24.0.0/16", "gateway": "172.24.0.1"}]}]}


def test_unchanged_host_costs_one_call(clock):
    bridge = FakeBridge(fx.snapshot(stale=False))
    client = client_for(bridge, clock)
    config = model.strip_facts(model.gathered(model.HostState.from_snapshot(fx.snapshot(stale=False))))
    result = converge(client, config, "overridden")
    assert result["changed"] is False
    assert result["bridge_calls"] == 1
    assert result["operations"] == []
    assert result["before"] == result["after"]
    assert result["diff"]["before"] == result["diff"]["after"]


def test_change_costs_two_calls_and_reports(clock):
    bridge = FakeBridge(fx.snapshot(stale=True))
    client = client_for(bridge, clock)
    result = converge(client, NAT)
    assert result["changed"] is True
    assert result["bridge_calls"] == 2
    assert result["operations"] == [
        "create network nat2 (nat, 172.24.0.0/16)",
        f"release stale ledger id network {fx.STALE_NET_ID} (the object is gone)",
    ]
    apply_ops = [op["op"] for op in bridge.requests[1]["ops"]]
    assert apply_ops == ["hcn_network_create", "ledger_release", "snapshot"]
    assert result["created"]["networks"] == [{"name": "nat2", "id": "00000000-0000-4000-8000-000000000001"}]
    assert result["before"]["networks"] == []
    (after,) = result["after"]["networks"]
    assert after["name"] == "nat2" and after["owned"] is True and after["subnets"][0]["gateway"] == "172.24.0.1"
    assert result["diff"]["after"]["networks"][0]["name"] == "nat2"
    assert result["warnings"] == []  # the self-check found nothing left to do
    assert fx.STALE_NET_ID not in bridge.data["ledger"]["networks"]
    # the returned snapshot chains into the next task: no call at all
    again = converge(client_for(bridge, clock), NAT, snapshot=result["snapshot"])
    assert again["changed"] is False and again["bridge_calls"] == 0


def test_check_mode_plans_without_applying(clock):
    bridge = FakeBridge(fx.snapshot())
    before = json.dumps(bridge.data, sort_keys=True)
    result = converge(client_for(bridge, clock), NAT, check_mode=True)
    assert result["changed"] is True and result["bridge_calls"] == 1
    assert len(bridge.requests) == 1
    assert json.dumps(bridge.data, sort_keys=True) == before
    assert [n["name"] for n in result["diff"]["after"]["networks"]] == ["nat2"]


def test_rendered_needs_no_host():
    def no_host(cmd, data):
        raise AssertionError("rendered must not contact the host")

    result = engine.converge(BridgeClient(no_host), NAT, "rendered", check_mode=False, diff=False)
    assert result["bridge_calls"] == 0
    assert [op["op"] for op in result["rendered"]] == ["hcn_network_create"]
    assert result["rendered"][0]["pre"][0] == {"kind": "network", "state": "absent", "name": "nat2"}


def test_gathered(clock):
    bridge = FakeBridge(fx.snapshot())
    result = converge(client_for(bridge, clock), None, "gathered")
    assert result["changed"] is False and result["bridge_calls"] == 1
    nets = {n["name"]: n for n in result["gathered"]["networks"]}
    assert nets["nat"]["owned"] is False and "Docker" in nets["nat"]["foreign"]
    assert nets["vxlan-ovl"]["dr_mac_address"] == "00-15-5D-11-22-33"
    assert nets["vxlan-ovl"]["provider_address"] == "10.0.0.21"


def test_narrow_read_for_single_object_modules(clock):
    bridge = FakeBridge(fx.snapshot())
    converge(client_for(bridge, clock), {"switches": [{"name": "ext-sw"}]}, kinds=["switches"])
    args = bridge.requests[0]["ops"][0]["args"]
    assert args["names"] == {"switches": ["ext-sw"]}
    assert "networks" not in args["kinds"] and "switches" in args["kinds"]


def test_validation_error_before_any_call(clock):
    bridge = FakeBridge(fx.snapshot())
    with pytest.raises(HvNetValidationError):
        converge(client_for(bridge, clock), {"networks": [{"name": "n", "subnets": [{"prefix": "10.0.0.1/24"}]}]})
    assert bridge.requests == []


def test_bridge_error_reports_what_took_effect(clock):
    bridge = FakeBridge(fx.empty_snapshot(), fail_at=1)
    config = {"switches": [{"name": "sw1"}], **NAT}
    with pytest.raises(BridgeError) as e:
        converge(client_for(bridge, clock), config)
    err = e.value
    assert err.hresult == "0x803B0010" and err.hresult_name == "NETWORK_ALREADY_EXISTS"
    assert "rename yours or remove the other" in err.msg
    assert "as planned up to operation 1" in err.msg
    assert err.details["operations_done"] == ["1. create switch sw1 (internal)"]
    assert err.details["operations_failed"] == ["2. create network nat2 (nat, 172.24.0.0/16)"]
    # "already exists" on a create is re-read once (a concurrent run of ours?); the re-read shows no such network,
    # so nothing is re-applied
    assert [r["ops"][0]["op"] for r in bridge.requests] == ["snapshot", "switch_create", "snapshot"]


def test_connection_lost_during_apply_rereads_and_reports(clock):
    bridge = FakeBridge(fx.empty_snapshot(), drop_after=1)
    config = {"switches": [{"name": "sw1"}], **NAT}
    with pytest.raises(BridgeConnectionLost) as e:
        converge(client_for(bridge, clock), config)
    msg = e.value.msg
    assert "took effect: 1. create switch sw1 (internal)" in msg
    assert "did not take effect: 2. create network nat2" in msg
    ops = [[op["op"] for op in r["ops"]] for r in bridge.requests]
    assert ops == [["snapshot"], ["switch_create", "hcn_network_create", "snapshot"], ["snapshot"]]  # never re-applied


def test_connection_lost_after_everything_took_effect_succeeds(clock):
    bridge = FakeBridge(fx.empty_snapshot(), drop_after=2)
    config = {"switches": [{"name": "sw1"}], **NAT}
    result = converge(client_for(bridge, clock), config)
    assert result["changed"] is True
    assert any("re-read shows every planned operation took effect" in w for w in result["warnings"])
    assert result["created"]["networks"][0]["name"] == "nat2"


def test_reads_are_retried_with_backoff(clock):
    bridge = FakeBridge(fx.snapshot(stale=False), read_failures=2)
    client = client_for(bridge, clock)
    client.answered = True  # lost after an answer; before any answer the host is unreachable, not retried
    result = converge(client, {"networks": [{"name": "nat-owned"}]})
    assert result["changed"] is False
    assert clock.sleeps == [1.0, 2.0]
    assert result["bridge_calls"] == 3


def test_wait_for_overlay_facts_polls(clock):
    bridge = FakeBridge(fx.empty_snapshot(), overlay_fact_delay=3)
    config = {
        "networks": [
            {
                "name": "ovl",
                "type": "overlay",
                "adapter": "Ethernet1",
                "subnets": [{"prefix": "10.244.9.0/24", "vsid": 4100}],
            }
        ]
    }
    result = converge(client_for(bridge, clock), config, wait_for_overlay=30)
    (net,) = result["after"]["networks"]
    assert net["dr_mac_address"] == "00-15-5D-99-88-77"
    # read, job_start, job_status, job_confirm (+ after-snapshot), two polls for the facts (overlay is disruptive)
    assert result["bridge_calls"] == 6
    assert clock.sleeps == [1.0, 2.0]


def test_wait_for_overlay_gives_up_with_warning(clock):
    bridge = FakeBridge(fx.empty_snapshot(), overlay_fact_delay=100)
    config = {
        "networks": [
            {
                "name": "ovl",
                "type": "overlay",
                "adapter": "Ethernet1",
                "subnets": [{"prefix": "10.244.9.0/24", "vsid": 4100}],
            }
        ]
    }
    result = converge(client_for(bridge, clock), config, wait_for_overlay=10)
    assert any("DrMacAddress of network ovl did not appear within 10 s" in w for w in result["warnings"])
    assert sum(clock.sleeps) <= 10


def test_plan_error_names_object(clock):
    bridge = FakeBridge(fx.snapshot())
    with pytest.raises(HvNetPlanError) as e:
        converge(client_for(bridge, clock), {"networks": [{"name": "nat"}]}, "deleted")
    assert "'nat'" in e.value.msg
    assert len(bridge.requests) == 1


def test_overridden_keeps_foreign_and_reports_them(clock):
    bridge = FakeBridge(fx.snapshot())
    result = converge(client_for(bridge, clock), {"networks": []}, "overridden", check_mode=True)
    skipped = {s["name"] for s in result["skipped_foreign"]}
    assert {"nat", "vxlan0", "Calico"} <= skipped
    assert [n["name"] for n in result["diff"]["after"]["networks"]] == ["Calico", "nat", "vxlan0"]


@pytest.mark.parametrize(
    ("config", "state", "kinds", "expected"),
    [
        ({"switches": None, "networks": [], "endpoints": None, "vm_adapters": None}, "overridden", None, ["networks"]),
        (dict.fromkeys(model.KINDS), "overridden", None, []),
        # The teardown and gathered also cover the host kinds (docs/design/host-objects.md section 3).
        (dict.fromkeys(model.KINDS), "deleted", None, list(engine.ALL_KINDS)),
        ({"switches": [], "networks": None}, "deleted", None, ["switches"]),
        ({"switches": [], "networks": [{"name": "n"}]}, "deleted", None, ["networks"]),
        (None, "gathered", None, list(engine.ALL_KINDS)),
        ({"switches": [{"name": "s"}]}, "merged", ["switches"], ["switches"]),
    ],
)
def test_scope_kinds(config, state, kinds, expected):
    assert engine.scope_kinds(config, state, kinds) == expected


def test_overridden_with_no_kinds_listed_changes_nothing(clock):
    bridge = FakeBridge(fx.snapshot())
    result = converge(client_for(bridge, clock), dict.fromkeys(model.KINDS), "overridden")
    assert result["changed"] is False and result["operations"] == []


def test_overridden_empty_list_deletes_owned_of_that_kind_only(clock):
    bridge = FakeBridge(fx.snapshot(stale=False))
    result = converge(
        client_for(bridge, clock), {"switches": None, "networks": [], "endpoints": None}, "overridden", check_mode=True
    )
    assert result["operations"] == [
        "delete endpoint web-ep (on network nat-owned)",
        "delete network nat-owned (nat, 172.20.0.0/16)",
        "delete network vxlan-ovl (overlay, 10.244.1.0/24) [disruptive]",
    ]
    assert result["disruptive"] is True


def test_failed_trailing_snapshot_is_not_a_failed_apply(clock):
    bridge = FakeBridge(fx.empty_snapshot(), fail_at=1)  # op 0 is the create, op 1 the trailing snapshot
    result = converge(client_for(bridge, clock), NAT)
    assert result["changed"] is True
    assert [n["name"] for n in result["after"]["networks"]] == ["nat2"]
    assert [[op["op"] for op in r["ops"]] for r in bridge.requests] == [
        ["snapshot"],
        ["hcn_network_create", "snapshot"],
        ["snapshot"],
    ]


def test_precondition_failure_explained(clock):
    from ansible_collections.hyperv.network.plugins.plugin_utils.bridge_client import bridge_error, parse_response

    doc = {
        "protocol": 1,
        "request_id": "r",
        "ok": False,
        "results": [{"op": "switch_create", "ok": False, "data": None}],
        "error": {"index": 0, "op": "switch_create", "code": "PRECONDITION_FAILED", "message": "switch 'sw1' exists"},
    }
    err = bridge_error(
        parse_response(1, "##hvnet-response-begin##" + json.dumps(doc) + "##hvnet-response-end##", ""), []
    )
    assert "host changed between this task's read and its apply" in err.msg and "re-run the task" in err.msg


def test_rendered_includes_vm_adapter_settings():
    config = {
        "vm_adapters": [{"vm": "vm1", "name": "Network Adapter", "switch": "ext-sw", "mac_address_spoofing": True}]
    }
    result = engine.converge(BridgeClient(None), config, "rendered", check_mode=False, diff=False)
    assert result["rendered"] == [
        {
            "op": "vm_adapter_set",
            "args": {
                "switch_name": "ext-sw",
                "mac_address_spoofing": True,
                "vm_name": "vm1",
                "name": "Network Adapter",
            },
            "pre": [{"kind": "vm_adapter", "state": "present", "name": "Network Adapter", "vm_name": "vm1"}],
        }
    ]


def test_chained_snapshot_keeps_sections_this_task_did_not_read(clock):
    bridge = FakeBridge(fx.empty_snapshot())
    full = converge(client_for(bridge, clock), None, "gathered")["snapshot"]
    assert "vm_adapters" in full
    result = converge(client_for(bridge, clock), {"switches": [{"name": "sw1"}]}, snapshot=full, kinds=["switches"])
    assert result["bridge_calls"] == 1  # the apply only
    assert "vm_adapters" in result["snapshot"] and "_partial" not in result["snapshot"]
    assert [s["Name"] for s in result["snapshot"]["switches"]] == ["sw1"]


def test_merge_snapshots_partial_bookkeeping():
    merged = snapshots.merge_snapshots(
        {"switches": [], "networks": [], "_partial": ["switches", "networks"]}, {"switches": []}
    )
    assert merged["_partial"] == ["networks"]


def test_disruptive_batch_waits_for_the_host_to_come_back(clock):
    # an External switch shared with the management OS runs as a detached job; the host is cut off after job_start
    bridge = FakeBridge(fx.empty_snapshot(), blackout_reads=5)
    config = {"switches": [{"name": "ext", "net_adapter_names": ["Ethernet0"]}]}
    result = converge(client_for(bridge, clock), config)
    assert result["changed"] is True and result["disruptive"] is True
    assert (
        result["job"]["state"] == "confirmed" and result["job"]["polls"] == 2
    )  # 1 lost (3 tries), 1 answered (3rd try)
    assert [s["name"] for s in result["after"]["switches"]] == ["ext"]
    assert [r["ops"][0]["op"] for r in bridge.requests if r["ops"][0]["op"] != "job_status"] == [
        "snapshot", "job_start", "job_confirm"
    ]  # never re-applied  # fmt: skip


def test_host_that_never_comes_back_is_reported_unknown(clock):
    bridge = FakeBridge(fx.empty_snapshot(), blackout_reads=10**6)
    with pytest.raises(BridgeConnectionLost) as e:
        converge(client_for(bridge, clock), {"switches": [{"name": "ext", "net_adapter_names": ["Ethernet0"]}]})
    assert f"did not answer within {disruptive.PATIENCE_S:.0f} s after the disruptive change was started" in e.value.msg
    assert "1. create switch ext (external on Ethernet0)" in e.value.msg and "rolls it back" in e.value.msg
    assert clock.now - 1000.0 < disruptive.PATIENCE_S + 30
