"""Plans of a subnet change (check mode): what a member will publish, and the routes the others get (helper J
deliver 1). The integration tests are tests/integration/roles/test_plan_routes_follow_ups.py."""

from __future__ import annotations

from ansible_collections.hyperv.network.plugins.plugin_utils.topology_fleet import (
    overlay_member_routes,
    pending_route_line,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_summary import summary_row


def pub(n, mac=None):
    return {"subnet": f"10.244.{n}.0/24", "vsid": 4096, "provider_address": f"10.0.0.{20 + n}",
            "dr_mac_address": mac or f"00-15-5D-AA-00-{n:02X}"}  # fmt: skip


def route(n, subnet=None):
    p = pub(n)
    return {"destination_prefix": subnet or p["subnet"], "isolation_id": 4096,
            "provider_address": p["provider_address"], "dr_mac_address": p["dr_mac_address"]}  # fmt: skip


def test_a_member_whose_network_a_plan_recreates_replaces_its_old_route_by_a_pending_one():
    planned = {"subnet": "10.244.9.0/24", "vsid": 4096, "provider_address": "10.0.0.21", "dr_mac_address": None,
               "planned": True, "unknown": ["dr_mac_address"]}  # fmt: skip
    out = overlay_member_routes("hv02", ["hv01", "hv02", "hv03"], {"hv01": planned, "hv02": pub(2), "hv03": pub(3)},
                                [route(1), route(3)])  # fmt: skip
    # The old route to hv01 (its old subnet, its provider address) is not kept: the pending one replaces it.
    assert out["routes"] == [route(3)]
    assert out["unknown"] == [] and out["kept"] == []
    assert out["pending"] == [{"destination_prefix": "10.244.9.0/24", "isolation_id": 4096,
                               "provider_address": "10.0.0.21", "dr_mac_address": None, "member": "hv01",
                               "unknown": ["dr_mac_address"]}]  # fmt: skip
    line = pending_route_line("hvnet-overlay", out["pending"][0])
    assert line == ("update network hvnet-overlay: add remote subnet routes 10.244.9.0/24 via 10.0.0.21 (vsid 4096; "
                    "DR MAC unknown until hv01's network is created)")  # fmt: skip


def test_facts_without_the_planned_mark_still_make_a_member_unknown():
    incomplete = {"subnet": "10.244.9.0/24", "vsid": 4096, "provider_address": "10.0.0.21", "dr_mac_address": None}
    out = overlay_member_routes("hv02", ["hv01", "hv02"], {"hv01": incomplete, "hv02": pub(2)}, [route(1)])
    assert out["unknown"] == ["hv01"] and out["routes"] == [route(1)] and out["pending"] == []


def test_pending_lines_join_the_summary_operations_and_are_listed():
    topo = {"kind": "overlay", "state": "present", "network_name": "n", "hosts": {"hv02": {"subnet": "10.244.2.0/24"}}}
    row = summary_row(topo, "hv02", {"operations": ["update network n: remove remote subnet routes x"]}, [],
                      pending=["update network n: add remote subnet routes y"])  # fmt: skip
    assert row["operations"] == ["update network n: remove remote subnet routes x",
                                 "update network n: add remote subnet routes y"]  # fmt: skip
    assert row["pending"] == ["update network n: add remote subnet routes y"]
