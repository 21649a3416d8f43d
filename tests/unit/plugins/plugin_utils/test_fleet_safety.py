"""Pure parts of issue 12 items 1, 2 and 6: per-host values, routes of a named fleet, check-mode IDs, foreign skips."""

from __future__ import annotations

import uuid

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils import engine
from ansible_collections.hyperv.network.plugins.plugin_utils.per_host_values import merge_host_values
from ansible_collections.hyperv.network.plugins.plugin_utils.state import HostState
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_checks import input_errors
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_fleet import (
    FleetError,
    overlay_fleet,
    overlay_member_routes,
)

NAT = {"kind": "nat", "state": "present", "network_name": "hvnet-nat", "prefix": "172.20.0.0/16", "gateway": None,
       "dns": None, "endpoints": [], "hosts": {}}  # fmt: skip


def test_a_per_host_nat_prefix_becomes_that_hosts_entry_and_remembers_its_variable():
    values = {"hv01": dict(NAT, prefix="172.21.0.0/16"), "hv02": dict(NAT, prefix="172.22.0.0/16")}
    topo, sources, errors = merge_host_values("nat", values, "hv01")
    assert errors == []
    assert topo["hosts"] == {"hv01": {"prefix": "172.21.0.0/16"}, "hv02": {"prefix": "172.22.0.0/16"}}
    assert sources[("hv02", "prefix")] == "hyperv_network_nat_prefix"


def test_an_entry_the_user_wrote_under_hosts_wins_over_the_hosts_own_variable():
    given = {"hv02": {"prefix": "172.30.0.0/16"}}
    values = {"hv01": dict(NAT, hosts=given), "hv02": dict(NAT, prefix="172.22.0.0/16", hosts=given)}
    topo, sources, errors = merge_host_values("nat", values, "hv01")
    assert errors == [] and topo["hosts"]["hv02"] == {"prefix": "172.30.0.0/16"}
    assert ("hv02", "prefix") not in sources


def test_a_fleet_wide_value_that_differs_names_the_variable_and_the_hosts_on_each_side():
    values = {h: dict(NAT) for h in ("hv01", "hv02", "hv03")}
    values["hv03"]["network_name"] = "team-nat"
    _topo, _sources, errors = merge_host_values("nat", values, "hv01")
    assert errors == [
        "hyperv_network_nat_network_name differs between the hosts of the play ('hvnet-nat' on hv01, hv02; "
        "'team-nat' on hv03); it must be the same on every host of the fleet: set it for the whole group or the "
        "play, not per host"
    ]


def test_hosts_entries_may_be_spread_over_the_hosts_but_not_contradict():
    values = {"hv01": dict(NAT, hosts={"hv01": {"gateway": "172.20.0.254"}}), "hv02": dict(NAT, hosts={})}
    topo, _s, errors = merge_host_values("nat", values, "hv01")
    assert errors == [] and topo["hosts"] == {"hv01": {"gateway": "172.20.0.254"}}
    values["hv02"]["hosts"] = {"hv01": {"gateway": "172.20.0.253"}}
    _t, _s, errors = merge_host_values("nat", values, "hv01")
    assert errors and errors[0].startswith("hyperv_network_nat_hosts.hv01 differs between the hosts of the play")


def pub(n, mac=None):
    return {"subnet": f"10.244.{n}.0/24", "vsid": 4096, "provider_address": f"10.0.0.{n}",
            "dr_mac_address": mac or f"00-15-5D-00-00-{n:02X}"}  # fmt: skip


def route(n, mac=None):
    p = pub(n, mac)
    return {"destination_prefix": p["subnet"], "isolation_id": 4096, "provider_address": p["provider_address"],
            "dr_mac_address": p["dr_mac_address"]}  # fmt: skip


def test_routes_of_members_nothing_is_known_of_are_kept_and_stale_ones_of_known_members_replaced():
    members = ["hv01", "hv02", "hv03"]
    current = [route(2, "00-15-5D-99-99-99"), route(3), route(9)]  # hv02's DR MAC changed; hv09 left the group
    out = overlay_member_routes("hv01", members, {"hv01": pub(1), "hv02": pub(2)}, current)
    assert out["unknown"] == ["hv03"]
    assert out["routes"] == [route(2), route(3), route(9)]
    assert out["kept"] == [route(3), route(9)]


def test_prune_drops_what_belongs_to_no_member_and_is_refused_while_a_member_is_unknown():
    members = ["hv01", "hv02"]
    out = overlay_member_routes("hv01", members, {"hv01": pub(1), "hv02": pub(2)}, [route(9)], prune=True)
    assert out["routes"] == [route(2)]
    with pytest.raises(FleetError, match="none for hv02"):
        overlay_member_routes("hv01", members, {"hv01": pub(1)}, [route(2)], prune=True)


def test_a_hosts_old_route_to_its_own_subnet_is_kept_unless_another_member_routes_there():
    # Its own subnet is not among its routes: only another member's route to that subnet replaces the old one.
    stray = dict(route(1), provider_address="10.9.9.9")
    members = ["hv01", "hv02"]
    out = overlay_member_routes("hv01", members, {"hv01": pub(1), "hv02": pub(2)}, [stray])
    assert out["kept"] == [stray] and out["routes"] == [stray, route(2)]
    twin = dict(pub(2), subnet=pub(1)["subnet"])  # hv02 publishes hv01's subnet: its route replaces the stray one
    out = overlay_member_routes("hv01", members, {"hv01": pub(1), "hv02": twin}, [stray])
    assert out["kept"] == [] and [r["provider_address"] for r in out["routes"]] == ["10.0.0.2"]


def test_one_prepared_fleet_gives_every_member_what_its_own_call_gives_it():
    members = ["hv01", "hv02", "hv03", "hv04"]
    planned = {"subnet": "10.244.4.0/24", "vsid": 4096, "planned": True}
    published = {"hv01": pub(1), "hv02": pub(2), "hv03": pub(3), "hv04": planned}
    current = {"hv01": [route(9), route(2, "00-15-5D-99-99-99")], "hv02": [], "hv03": [route(1), route(8)]}
    prepared = overlay_fleet(members, published)
    for host in ("hv01", "hv02", "hv03"):
        alone = overlay_member_routes(host, members, published, current[host])
        shared = overlay_member_routes(host, members, published, current[host], fleet=prepared)
        assert shared == alone, host
        assert [r["destination_prefix"] for r in shared["routes"]] == sorted(
            r["destination_prefix"] for r in shared["routes"]
        )
    assert overlay_member_routes("hv01", members, published, current["hv01"])["kept"] == [route(9)]
    assert [p["member"] for p in prepared["pending"]] == ["hv04"]


def test_a_prepared_fleet_raises_a_members_bad_facts_after_the_hosts_own_checks():
    members = ["hv01", "hv02", "hv03"]
    published = {"hv01": pub(1), "hv02": pub(2, mac="not-a-mac")}
    prepared = overlay_fleet(members, published)
    # hv03 has published nothing: that is its own error, whatever the others published.
    with pytest.raises(FleetError, match="host hv03 has not published its overlay facts"):
        overlay_member_routes("hv03", members, published, fleet=prepared)
    with pytest.raises(FleetError, match="overlay host hv02: dr_mac_address"):
        overlay_member_routes("hv01", members, published, fleet=prepared)
    # The kept error is raised again for the next host that asks.
    with pytest.raises(FleetError, match="overlay host hv02: dr_mac_address"):
        overlay_member_routes("hv01", members, published, fleet=prepared)


def test_a_prepared_fleet_keeps_any_error_of_a_members_facts_for_the_hosts_that_get_routes():
    # A VSID of .inf (YAML) or Infinity (a JSON fact cache) is no ValueError: still the host's own checks come first.
    members = ["hv01", "hv02"]
    published = {"hv01": pub(1), "hv02": dict(pub(2), vsid=float("inf"))}
    prepared = overlay_fleet(members, published)
    with pytest.raises(FleetError, match="hv09 is not a member"):
        overlay_member_routes("hv09", members, published, fleet=prepared)
    with pytest.raises(OverflowError):
        overlay_member_routes("hv01", members, published, fleet=prepared)


def test_each_host_gets_its_own_copy_of_the_pending_routes():
    members = ["hv01", "hv02", "hv03"]
    published = {"hv01": pub(1), "hv02": pub(2), "hv03": {"subnet": "10.244.3.0/24", "vsid": 4096, "planned": True}}
    prepared = overlay_fleet(members, published)
    first = overlay_member_routes("hv01", members, published, fleet=prepared)["pending"][0]
    first["unknown"].append("changed by hv01's caller")
    assert overlay_member_routes("hv02", members, published, fleet=prepared)["pending"][0]["unknown"] == [
        "provider_address",
        "dr_mac_address",
    ]


def test_a_vip_that_is_no_address_names_the_role_variable():
    mapping = {"internal_port": 1, "external_port": 2, "vip": "300.1.1.1"}
    topo = dict(NAT, endpoints=[{"name": "w", "port_mappings": [mapping]}])
    assert input_errors(topo) == [
        "hyperv_network_nat_endpoints[0].port_mappings[0].vip: '300.1.1.1' is not a valid IP address"
    ]


def test_check_mode_ids_come_from_host_kind_and_name():
    one = engine.check_mode_id("HV01", "networks", "hvnet-nat")
    assert one == engine.check_mode_id("hv01", "networks", "HVNET-NAT")
    assert uuid.UUID(one).version == 5
    assert one != engine.check_mode_id("HV02", "networks", "hvnet-nat")


def test_skipped_foreign_leaves_out_our_objects_under_another_face():
    state = HostState()
    state.switches = {"OURS": {"name": "ours", "id": "aaaa", "owned": True}}
    state.networks = {"HVNET-L2B": {"name": "hvnet-l2b", "id": "bbbb", "owned": True}}
    skipped = [
        {"kind": "networks", "name": "X710 - Virtual Switch", "id": "AAAA", "reason": "its ID is not in the ledger"},
        {"kind": "switches", "name": "hvnet-l2b", "id": "cccc", "reason": "no tag"},
        {"kind": "switches", "name": "backup-ext", "id": "dddd", "reason": "no tag"},
    ]
    assert [e["name"] for e in engine._truly_foreign(skipped, state)] == ["backup-ext"]
