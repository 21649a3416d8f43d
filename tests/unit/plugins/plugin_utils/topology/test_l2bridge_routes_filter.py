"""l2bridge per_host routing (issue 11 deliver 1, review 3 design steps 7 and 10): each host's routes to the other
members' subnets through their LAN addresses, with the overlay routes' fleet-membership rules; the overlay VXLAN
firewall rule (issue 11 deliver 6); the post-check of the host objects."""

import importlib

import pytest
from ansible.errors import AnsibleFilterError
from ansible_collections.hyperv.network.plugins.plugin_utils import topology as t
from ansible_collections.hyperv.network.plugins.plugin_utils import topology_checks as tc
from ansible_collections.hyperv.network.plugins.plugin_utils import topology_prepare as tp
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_fleet import (
    FleetError,
    l2bridge_member_routes,
    published_complete,
)
from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils.topology.fake_hosts import (
    add_adapter,
    fleet,
    gathered,
)

VNIC = "vEthernet (Ethernet)"


def _pub(n, lan="10.60.0"):
    return {"subnet": f"10.250.{n}.0/24", "lan_address": f"{lan}.{20 + n}", "lan_prefix": f"{lan}.0/24"}


def _filter(name):
    module = importlib.import_module(f"ansible_collections.hyperv.network.plugins.filter.{name}")
    return module.FilterModule().filters()[name]


def test_each_member_routes_every_other_members_subnet_through_its_lan_address():
    published = {f"hv0{n}": _pub(n) for n in (1, 2, 3, 4)}
    routes = l2bridge_member_routes("hv02", list(published), published, VNIC)["routes"]
    assert routes == [
        {"destination_prefix": "10.250.1.0/24", "next_hop": "10.60.0.21", "interface": VNIC},
        {"destination_prefix": "10.250.3.0/24", "next_hop": "10.60.0.23", "interface": VNIC},
        {"destination_prefix": "10.250.4.0/24", "next_hop": "10.60.0.24", "interface": VNIC},
    ]
    assert published_complete(published["hv01"]) and not published_complete({"lan_address": "10.60.0.21"})


def test_adding_and_removing_a_member_adds_and_removes_exactly_its_route():
    published = {f"hv0{n}": _pub(n) for n in (1, 2, 3)}
    before = l2bridge_member_routes("hv01", list(published), published, VNIC)["routes"]
    published["hv04"] = _pub(4)
    after = l2bridge_member_routes("hv01", list(published), published, VNIC, current=before)["routes"]
    assert [r for r in after if r not in before] == [
        {"destination_prefix": "10.250.4.0/24", "next_hop": "10.60.0.24", "interface": VNIC}
    ]
    assert all(r in after for r in before)
    # hv03 leaves the group: its route is kept (it may be a member outside the play) until prune
    del published["hv03"]
    members = ["hv01", "hv02", "hv04"]
    kept = l2bridge_member_routes("hv01", members, published, VNIC, current=after)
    assert kept["kept"] == [{"destination_prefix": "10.250.3.0/24", "next_hop": "10.60.0.23", "interface": VNIC}]
    pruned = l2bridge_member_routes("hv01", members, published, VNIC, current=after, prune=True)["routes"]
    assert pruned == [r for r in after if r["next_hop"] != "10.60.0.23"]


def test_a_member_outside_the_play_without_facts_keeps_its_route_and_prune_is_refused():
    published = {"hv01": _pub(1), "hv02": _pub(2)}
    current = [{"destination_prefix": "10.250.3.0/24", "next_hop": "10.60.0.23", "interface": VNIC}]
    out = l2bridge_member_routes("hv01", ["hv01", "hv02", "hv03"], published, VNIC, current=current)
    assert out["unknown"] == ["hv03"] and current[0] in out["routes"]
    with pytest.raises(FleetError, match="none for hv03"):
        l2bridge_member_routes("hv01", ["hv01", "hv02", "hv03"], published, VNIC, current=current, prune=True)
    # a known member's new address replaces its old route (flannel: "Replacing existing route")
    published["hv02"] = dict(_pub(2), lan_address="10.60.0.99")
    current = [{"destination_prefix": "10.250.2.0/24", "next_hop": "10.60.0.22", "interface": VNIC}]
    out = l2bridge_member_routes("hv01", ["hv01", "hv02"], published, VNIC, current=current)
    assert out["routes"] == [{"destination_prefix": "10.250.2.0/24", "next_hop": "10.60.0.99", "interface": VNIC}]


def test_a_member_on_another_lan_is_no_next_hop():
    published = {"hv01": _pub(1), "hv02": _pub(2, lan="10.70.0")}
    with pytest.raises(FleetError, match=r"hv02's LAN address 10\.70\.0\.22 is not on host hv01's LAN 10\.60\.0\.0/24"):
        l2bridge_member_routes("hv01", ["hv01", "hv02"], published, VNIC)


def test_the_routes_filter_reads_our_routes_from_the_ledger():
    snap = fleet(1)["hv01"]["snapshot"]
    snap["ledger"]["routes"] = [f"{VNIC}|10.250.9.0/24|10.60.0.29", "garbage"]
    published = {"hv01": _pub(1), "hv02": _pub(2)}
    routes = _filter("l2bridge_routes")(published, "hv01", members=["hv01", "hv02"], adapter="Ethernet",
                                        current=gathered(snap))  # fmt: skip
    assert {"destination_prefix": "10.250.9.0/24", "next_hop": "10.60.0.29", "interface": VNIC} in routes
    with pytest.raises(AnsibleFilterError, match="l2bridge_routes: host hv09 is not a member"):
        _filter("l2bridge_routes")(published, "hv09", members=["hv01"], adapter="Ethernet")


def test_the_overlay_firewall_rule_allows_vxlan_from_the_other_members_provider_addresses():
    topo = tp.prepare(
        {"kind": "overlay", "network_name": "ov", "prefix": "10.244.0.0/16", "vsid": 4096, "adapter": "E"}, ["hv01"]
    )
    routes = [{"provider_address": "10.60.0.23"}, {"provider_address": "10.60.0.22"}]
    rule = _filter("overlay_firewall_rules")(routes, topo)
    assert rule == [
        {
            "name": "hyperv-network-vxlan-ov",
            "display_name": "hyperv.network VXLAN (ov)",
            "direction": "inbound",
            "protocol": "udp",
            "local_port": 4789,
            "remote_addresses": ["10.60.0.22", "10.60.0.23"],
            "action": "allow",
        }
    ]
    t.validate_host_config({"firewall_rules": rule})
    assert _filter("overlay_firewall_rules")(routes, dict(topo, vxlan_port=4790))[0]["local_port"] == 4790
    assert _filter("overlay_firewall_rules")(routes, dict(topo, firewall=False)) == []
    assert _filter("overlay_firewall_rules")([], topo) == []  # no member to allow: no rule (not "any")


def test_verify_checks_attach_forwarding_routes_and_firewall_from_the_snapshot():
    config = {
        "endpoints": [],
        "host_routes": [{"destination_prefix": "10.250.2.0/24", "next_hop": "10.0.0.22", "interface": "Ethernet0"}],
        "forwarding": [{"interface": "Ethernet0", "enabled": True}],
        "firewall_rules": [{"name": "fw", "local_port": 4789, "remote_addresses": ["10.0.0.22"]}],
    }
    facts = fleet(1)["hv01"]
    diffs = tc.verify(config, facts)
    assert diffs == [
        "host route 10.250.2.0/24 via 10.0.0.22 on 'Ethernet0' is missing",
        "forwarding on 'Ethernet0' is off",
        "firewall rule 'fw' is missing",
    ]
    snap = facts["snapshot"]
    snap["adapters"][0]["ip"]["Forwarding"] = 1
    snap["routes"] = [{"InterfaceAlias": "Ethernet0", "DestinationPrefix": "10.250.2.0/24", "NextHop": "10.0.0.22"}]
    snap["firewall_rules"] = [{"Name": "fw", "LocalPort": ["4789"], "RemoteAddress": ["10.0.0.22"]}]
    assert tc.verify(config, facts) == []
    snap["firewall_rules"][0]["RemoteAddress"] = ["10.0.0.22", "10.0.0.23"]
    assert tc.verify(config, facts) == [
        "firewall rule 'fw' has remote addresses ['10.0.0.22', '10.0.0.23'], not ['10.0.0.22']"
    ]
    # an attached endpoint is known by a vNIC holding its address
    ep = {"endpoints": [{"name": "cbr0_ep", "network": "cbr0", "ip_address": "10.250.1.2", "host_attach": True}]}
    assert tc.verify(ep, facts) == [
        "endpoint 'cbr0_ep' is missing",
        "endpoint 'cbr0_ep' is not attached to the host (no vNIC holds 10.250.1.2)",
    ]
    add_adapter(snap, "vEthernet (cbr0_ep)", "10.250.1.2")
    assert tc.verify(ep, facts) == ["endpoint 'cbr0_ep' is missing"]


def test_l2bridge_published_reads_the_subnet_and_the_preflights_lan_address():
    topo = tp.prepare({"kind": "l2bridge", "network_name": "cbr0", "switch_name": "s", "prefix": "10.250.0.0/16",
                      "adapter": "Ethernet0", "hosts": {"hv01": {"subnet": "10.250.1.0/24"}}}, ["hv01"])  # fmt: skip
    facts = fleet(1)
    _errors, _warnings, topo = tc.check_facts(topo, facts, ["hv01"])
    assert _filter("l2bridge_published")(facts["hv01"], topo, "hv01") == {
        "subnet": "10.250.1.0/24",
        "lan_address": "10.0.0.21",
        "lan_prefix": "10.0.0.0/24",
    }
