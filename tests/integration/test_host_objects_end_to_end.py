"""The host objects (docs/design/host-objects.md) through real ansible-playbook, over winrm and psrp, against hvemu.

playbooks/host_objects.yml converges an endpoint attached to the host, IPv4 forwarding, a host route and a firewall
rule, reruns with no change, is refused on a foreign route and a foreign rule in the way and on a VM NIC name two
NICs share, sets one of them by Id, and tears down. This file runs it against a fleet of its own (foreign routes,
a foreign rule of group hyperv.network, a VM with two NICs named alike) and checks every claim through hvemu's
control API, never through the collection's own output.
"""

from __future__ import annotations

import pytest
import yaml
from hvnet_harness import Ansible, Hvemu, _inventory_hosts, collections_path  # noqa: F401  (fixture)

HOSTS = ("hoa", "hob")
VM_ID = "6A0E1F2B-3C4D-4E5F-8A6B-7C8D9E0F1A2B"
FOREIGN_ROUTES = [
    {"interface": "Ethernet", "destination_prefix": "10.99.0.0/16", "next_hop": "10.31.0.1"},
    {"interface": "Ethernet", "destination_prefix": "10.250.9.0/24", "next_hop": "10.31.0.9"},
]
FOREIGN_RULE = {"name": "platform-team-rule", "local_port": 5000, "remote_addresses": ["10.31.0.0/24"]}
FLEET = {
    "defaults": {"overlay_facts_delay_s": 0},
    "hosts": [
        {
            "name": name,
            "windows": "ws2022",
            "kind": "hyperv",
            "adapters": [
                {"name": "Ethernet", "ipv4": "10.31.0.21/24", "gateway": "10.31.0.1"},
                {"name": "Ethernet 2", "ipv4": "10.31.1.21/24"},
                # forwarding Enabled before the collection came (RRAS, an admin): the converge lists it, finds it on
                # and must neither record nor restore it
                {"name": "Ethernet 3", "ipv4": "10.31.2.21/24", "forwarding": True},
            ],
            "seed": {"routes": FOREIGN_ROUTES, "firewall_rules": [FOREIGN_RULE]},
            "vms": [
                {
                    "name": "ctr-vm-1",
                    "id": VM_ID,
                    # Hyper-V names NICs added without -Name alike (review 3 finding 6)
                    "nics": [{"name": "Network Adapter"}, {"name": "Network Adapter"}],
                }
            ],
        }
        for name in HOSTS
    ],
}


@pytest.fixture(scope="module")
def fleet(tmp_path_factory, collections_path):  # noqa: F811
    from hvemu.testing import start_hvemu

    workdir = tmp_path_factory.mktemp("hvemu-host-objects")
    fleet_file = workdir / "fleet.yml"
    fleet_file.write_text(yaml.safe_dump(FLEET, sort_keys=False))
    inventory = workdir / "inventory.yml"
    proc = start_hvemu(["--fleet", str(fleet_file), "--inventory", str(inventory), "--mixed"])
    try:
        hosts = _inventory_hosts(yaml.safe_load(inventory.read_text()))
        hv = Hvemu(url=proc.http_url, inventory=inventory, hosts=hosts)
        yield hv, Ansible(hv, collections_path, tmp_path_factory.mktemp("ansible-host-objects"))
    finally:
        proc.stop()


@pytest.fixture(scope="module")
def run(fleet):
    hv, ansible = fleet
    before = {h: hv.state(h) for h in HOSTS}
    stats = {h: hv.stats(h)["bridge_calls"] for h in HOSTS}
    result = ansible.playbook("host_objects.yml")
    assert result.rc == 0, result.stdout[-8000:] + result.stderr[-3000:]
    return hv, result, before, stats


def routes(state):
    return sorted((r["InterfaceAlias"], r["DestinationPrefix"], r["NextHop"]) for r in state["routes"])


def rule(state, name):
    found = [r for r in state["firewall_rules"] if r["Name"].lower() == name.lower()]
    return found[0] if found else None


def test_hosts_use_both_connection_plugins(fleet):
    hv, _ansible = fleet
    assert {hv.connection(h) for h in HOSTS} == {"winrm", "psrp"}


def test_converge_makes_the_host_objects_on_the_host(run):
    _hv, result, _before, _stats = run
    for host in HOSTS:
        state = result.named(host, "Converge")["state"]
        # the route is in the ActiveStore and in the ledger; the foreign ones are untouched
        assert ("Ethernet", "10.250.8.0/24", "10.31.0.22") in routes(state)
        assert "Ethernet|10.250.8.0/24|10.31.0.22" in state["ledger"]["routes"]
        # the endpoint is attached: a host vNIC holds its address, with no default route (review 3 finding 2)
        vnic = [a for a in state["adapters"] if "10.250.7.2" in str(a["ip"].get("IPv4"))]
        assert len(vnic) == 1, state["adapters"]
        alias = vnic[0]["Name"]
        assert not [
            r for r in state["routes"] if r["InterfaceAlias"] == alias and r["DestinationPrefix"] == "0.0.0.0/0"
        ]
        # forwarding on both interfaces, and recorded as ours
        assert state["forwarding"]["Ethernet"] is True and state["forwarding"][alias] is True
        assert sorted(state["ledger"]["forwarding"]) == sorted(["Ethernet", alias])
        assert state["forwarding"]["Ethernet 2"] is False
        # the firewall rule, in the group, with the addresses
        made = rule(state, "it-hobj-vxlan")
        assert made["Group"] == "hyperv.network" and made["LocalPort"] == ["4789"] and made["Direction"] == 1
        assert sorted(made["RemoteAddress"]) == ["10.31.0.22", "10.31.0.23"]
        assert state["ledger"]["firewall_rules"] == ["it-hobj-vxlan"]
        # The endpoint went to HNS without Routes (gateway: null; the unit tests check the document). hvemu then
        # gives it its subnet's gateway (a modelling choice, model/hcn_endpoints.py); the attach removed that
        # 0.0.0.0/0 from the vNIC (asserted above), which is what review 3 finding 2 asks for.
        ep = next(e for e in state["endpoints"] if e["Name"] == "it-hobj_ep")
        assert ep["IpConfigurations"][0]["IpAddress"] == "10.250.7.2"


def test_rerun_changes_nothing_in_one_bridge_call(run):
    _hv, result, _before, _stats = run
    for host in HOSTS:
        converged = result.named(host, "Converge")
        again = result.named(host, "Converge again")
        assert again["stats"]["bridge_calls"] - converged["stats"]["bridge_calls"] == 1
        for key in ("adapters", "routes", "forwarding", "firewall_rules", "endpoints", "ledger"):
            assert again["state"][key] == converged["state"][key], key


def test_refusals_change_nothing(run):
    _hv, result, _before, _stats = run
    for host in HOSTS:
        for task in ("Route in the way of a foreign one", "Rule of a foreign name", "Bad route [calls=0]",
                     "Two NICs of one name"):  # fmt: skip
            record = result.named(host, task)
            assert record["status"] != "ok", task
            previous = result.tasks(host)[result.tasks(host).index(record) - 1]
            for key in ("routes", "forwarding", "firewall_rules", "vm_adapters", "ledger"):
                assert record["state"][key] == previous["state"][key], (task, key)
        # the planner refuses the shared NIC name after its one read, before any apply (review 3 finding 6)
        nics = result.named(host, "Two NICs of one name")
        previous = result.tasks(host)[result.tasks(host).index(nics) - 1]
        assert nics["stats"]["bridge_calls"] - previous["stats"]["bridge_calls"] == 1
        assert "Give the NIC's id" in nics["result"]["msg"]
        bad = result.named(host, "Bad route [calls=0]")
        previous = result.tasks(host)[result.tasks(host).index(bad) - 1]
        assert bad["stats"]["bridge_calls"] == previous["stats"]["bridge_calls"]  # refused before any call


def test_one_of_two_nics_of_one_name_is_set_by_id(run):
    _hv, result, before, _stats = run
    for host in HOSTS:
        nics = [n for n in before[host]["vm_adapters"] if n["Name"] == "Network Adapter"]
        assert len(nics) == 2 and all(n["MacAddressSpoofing"] == 2 for n in nics)
        after = result.named(host, "One NIC by Id")["state"]["vm_adapters"]
        spoofing = sorted(n["MacAddressSpoofing"] for n in after if n["Name"] == "Network Adapter")
        assert spoofing == [1, 2]  # exactly one of the two changed


def test_teardown_removes_ours_only_and_restores_forwarding_where_we_turned_it_on(run):
    hv, result, before, _stats = run
    for host in HOSTS:
        final = hv.state(host)
        assert routes(final) == routes(before[host])  # ours gone, the foreign ones untouched
        for r in FOREIGN_ROUTES:
            assert (r["interface"], r["destination_prefix"], r["next_hop"]) in routes(final)
        assert rule(final, "it-hobj-vxlan") is None
        assert rule(final, "platform-team-rule") == rule(before[host], "platform-team-rule")
        assert final["forwarding"] == before[host]["forwarding"]  # Ethernet back to Disabled, the vNIC gone
        assert final["ledger"]["routes"] == [] and final["ledger"]["forwarding"] == []
        assert final["ledger"]["firewall_rules"] == []
        assert not [a for a in final["adapters"] if "10.250.7.2" in str(a["ip"].get("IPv4"))]
        assert not [e for e in final["endpoints"] if e["Name"] == "it-hobj_ep"]
        # teardown order, as the bridge received it: firewall, routes, forwarding, detach, endpoint, network
        ops = result.named(host, "Teardown")["result"]["operations"]
        kinds = [o.split(" ")[0] + " " + o.split(" ")[1] for o in ops]
        assert kinds == [
            "remove firewall", "remove host", "restore IPv4", "restore IPv4", "detach endpoint", "delete endpoint",
            "delete network",
        ]  # fmt: skip


def test_an_interface_enabled_before_stays_enabled_through_converge_and_teardown(run):
    hv, result, before, _stats = run
    for host in HOSTS:
        assert before[host]["forwarding"]["Ethernet 3"] is True  # as the fleet file started it
        converged = result.named(host, "Converge")["state"]
        assert converged["forwarding"]["Ethernet 3"] is True
        assert "Ethernet 3" not in converged["ledger"]["forwarding"]  # found on, so not ours
        assert hv.state(host)["forwarding"]["Ethernet 3"] is True  # the teardown left it on
        teardown = result.named(host, "Teardown")["result"]
        assert not [o for o in teardown["operations"] if "Ethernet 3" in o]


def test_planned_is_the_operations_as_data(run):
    _hv, result, _before, _stats = run
    for host in HOSTS:
        for task in ("Converge", "Teardown"):
            r = result.named(host, task)["result"]
            assert len(r["planned"]) == len(r["operations"]) > 0, task
            assert all(set(p) == {"kind", "name", "action", "op", "disruptive"} for p in r["planned"]), task
        kinds = [(p["kind"], p["action"]) for p in result.named(host, "Teardown")["result"]["planned"]]
        assert kinds[:4] == [("firewall_rules", "delete"), ("host_routes", "delete"), ("forwarding", "update"),
                             ("forwarding", "update")]  # fmt: skip


def test_forwarding_on_an_endpoint_deleted_in_the_same_task_is_restored_before_the_detach(run):
    _hv, result, _before, _stats = run
    for host in HOSTS:
        converged = result.named(host, "Converge the endpoint for a delete by config")["state"]
        assert converged["forwarding"]["vEthernet (it-hobj_ep)"] is True
        assert converged["ledger"]["forwarding"] == ["vEthernet (it-hobj_ep)"]
        record = result.named(host, "Delete the endpoint and its forwarding")
        assert record["result"]["operations"][:2] == [
            "restore IPv4 forwarding on vEthernet (it-hobj_ep) to disabled (turned on by this collection)",
            "detach endpoint it-hobj_ep from the host before its delete",
        ]
        state = record["state"]
        assert state["ledger"]["forwarding"] == []  # released: the vNIC was found and restored before the detach
        assert not [e for e in state["endpoints"] if e["Name"] == "it-hobj_ep"]
        assert "vEthernet (it-hobj_ep)" not in state["forwarding"]


def test_a_rule_is_deleted_by_its_name_alone(run):
    _hv, result, _before, _stats = run
    for host in HOSTS:
        state = result.named(host, "Delete the rule by name")["state"]
        assert rule(state, "it-hobj-vxlan") is None and state["ledger"]["firewall_rules"] == []
        assert rule(state, "platform-team-rule") is not None


def test_hns_endpoint_detaches_and_attaches(run):
    _hv, result, _before, _stats = run

    def holders(host, task):
        return [a["Name"] for a in result.named(host, task)["state"]["adapters"] if "10.250.7.2" in str(a["ip"])]

    for host in HOSTS:
        assert holders(host, "Detach with hns_endpoint") == []
        assert holders(host, "Attach with hns_endpoint") == ["vEthernet (it-hobj_ep)"]
