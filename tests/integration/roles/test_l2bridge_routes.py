"""l2bridge per_host routing and the overlay VXLAN firewall rule follow the fleet (issue 11 deliver 1 and 6).

fleets/datapath.yml: four Hyper-V hosts whose "Ethernet 4" NICs share 10.63.0.0/24 (flannel host-gw's one-LAN
precondition) and whose "Ethernet" NICs carry the overlay's provider addresses 10.60.0.2x. The fleet is an inventory
group ("l2" / "ov") in a second inventory file, as in test_fleet_membership.py; a jsonfile fact cache holds what each
host published. Route tables, forwarding, attached vNICs and firewall rules are read from hvemu's control API.
"""

from __future__ import annotations

import json

import pytest
from roles_harness import HERE

HOSTS = ["hv01", "hv02", "hv03", "hv04"]
N = {h: i for i, h in enumerate(HOSTS, start=1)}
LAN = {h: f"10.63.0.{20 + n}" for h, n in N.items()}
PA = {h: f"10.60.0.{20 + n}" for h, n in N.items()}
VNIC = "vEthernet (Ethernet 4)"
L2_VARS = {
    "hyperv_network_l2bridge_adapter": "Ethernet 4",
    "hyperv_network_l2bridge_hosts": {h: {"subnet": f"10.250.{n}.0/24"} for h, n in N.items()},
}
OV_VARS = {
    "hyperv_network_overlay_adapter": "Ethernet",
    "hyperv_network_overlay_hosts": {h: {"subnet": f"10.244.{n}.0/24"} for h, n in N.items()},
}


def _play(group, role):
    return f"""
- hosts: {group}
  gather_facts: false
  roles:
    - hyperv.network.{role}
"""


@pytest.fixture
def fleet_and_run(start_fleet):
    return start_fleet(["--fleet", str(HERE / "fleets" / "datapath.yml")])


@pytest.fixture
def groups(fleet_and_run):
    """(hvemu, run(members, play, **kw)): a groups file naming the members, and a jsonfile fact cache."""
    fleet, run = fleet_and_run
    workdir = run.__self__.workdir
    (workdir / "ansible.cfg").write_text(
        "[defaults]\nfact_caching = jsonfile\nfact_caching_connection = %s\n" % (workdir / "facts")
    )

    def run_with(members, play, **kwargs):
        inventory = {"all": {"children": {g: {"hosts": {h: None for h in members}} for g in ("l2", "ov")}}}
        (workdir / "groups.yml").write_text(json.dumps(inventory))
        result = run(play, "-i", str(workdir / "groups.yml"), **kwargs)
        assert result.rc == 0, result.stdout[-6000:] + result.stderr[-2000:]
        return result

    return fleet, run_with


def host_routes(fleet, host):
    """(destination, next hop) of the routes on the management vNIC that are not default routes, from hvemu."""
    return sorted(
        (r["DestinationPrefix"], r["NextHop"])
        for r in fleet.state(host)["routes"]
        if r["InterfaceAlias"] == VNIC and r["DestinationPrefix"] != "0.0.0.0/0"
    )


def expected(host, members):
    return sorted((f"10.250.{N[m]}.0/24", LAN[m]) for m in members if m != host)


def test_adding_and_removing_a_host_adds_and_removes_exactly_its_routes_on_the_others(groups):
    fleet, run = groups
    three = ["hv01", "hv02", "hv03"]
    run(three, _play("l2", "l2bridge"), extra_vars=L2_VARS)
    for host in three:
        assert host_routes(fleet, host) == expected(host, three)
        state = fleet.state(host)
        assert state["forwarding"][VNIC] is True
        assert state["forwarding"]["vEthernet (hvnet-l2bridge_ep)"] is True
        ep_vnic = [r for r in state["routes"] if r["InterfaceAlias"] == "vEthernet (hvnet-l2bridge_ep)"]
        assert not [r for r in ep_vnic if r["DestinationPrefix"] == "0.0.0.0/0"]  # review 3 finding 2
    assert host_routes(fleet, "hv04") == []
    before = {h: host_routes(fleet, h) for h in three}

    # hv04 joins the group: it gets a route to each of the others, and each of them exactly one route to it.
    run(HOSTS, _play("l2", "l2bridge"), extra_vars=L2_VARS)
    for host in HOSTS:
        assert host_routes(fleet, host) == expected(host, HOSTS)
    for host in three:
        assert sorted(set(host_routes(fleet, host)) - set(before[host])) == [("10.250.4.0/24", LAN["hv04"])]

    # hv04 leaves the group: without the opt-in the others keep its route; with it, exactly that route goes.
    run(three, _play("l2", "l2bridge"), extra_vars=L2_VARS)
    for host in three:
        assert host_routes(fleet, host) == expected(host, HOSTS)
    run(three, _play("l2", "l2bridge"), extra_vars={**L2_VARS, "hyperv_network_l2bridge_prune_routes": True})
    for host in three:
        assert host_routes(fleet, host) == before[host]
    assert host_routes(fleet, "hv04") == expected("hv04", HOSTS)  # the removed host is left alone

    # The teardown on the rest removes every route, forwarding and the attach it made, and nothing else.
    run(three, _play("l2", "l2bridge"), extra_vars={**L2_VARS, "hyperv_network_l2bridge_state": "absent"})
    for host in three:
        state = fleet.state(host)
        assert host_routes(fleet, host) == []
        assert state["forwarding"].get(VNIC) is not True
        assert "vEthernet (hvnet-l2bridge_ep)" not in {a["Name"] for a in state["adapters"]}
        assert not (state["ledger"].get("routes") or state["ledger"].get("forwarding"))


def rule(fleet, host):
    rules = [r for r in fleet.state(host)["firewall_rules"] if r["Name"] == "hyperv-network-vxlan-hvnet-overlay"]
    return (rules[0]["LocalPort"], sorted(rules[0]["RemoteAddress"]), rules[0]["Direction"]) if rules else None


def test_the_overlay_vxlan_rule_follows_the_members_and_goes_with_the_topology(groups):
    fleet, run = groups
    three = ["hv01", "hv02", "hv03"]
    run(three, _play("ov", "overlay"), extra_vars=OV_VARS)
    for host in three:
        assert rule(fleet, host) == (["4789"], sorted(PA[m] for m in three if m != host), 1)
    run(HOSTS, _play("ov", "overlay"), extra_vars=OV_VARS)
    for host in HOSTS:
        assert rule(fleet, host) == (["4789"], sorted(PA[m] for m in HOSTS if m != host), 1)
    run(three, _play("ov", "overlay"), extra_vars={**OV_VARS, "hyperv_network_overlay_prune_routes": True})
    for host in three:
        assert rule(fleet, host) == (["4789"], sorted(PA[m] for m in three if m != host), 1)
    # opt-out: the rule the role made goes, nothing else changes
    run(three, _play("ov", "overlay"), extra_vars={**OV_VARS, "hyperv_network_overlay_firewall": False})
    assert all(rule(fleet, h) is None for h in three)
    run(three, _play("ov", "overlay"), extra_vars=OV_VARS)
    run(three, _play("ov", "overlay"), extra_vars={**OV_VARS, "hyperv_network_overlay_state": "absent"})
    for host in three:
        assert rule(fleet, host) is None
        assert not fleet.state(host)["ledger"].get("firewall_rules")
