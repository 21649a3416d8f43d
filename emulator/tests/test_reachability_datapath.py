"""The reachability oracle follows the datapath (issue 11, hns E3, E4, E5, E6, E9).

Each test builds the objects by hand through the bridge operations, asks the oracle, removes the piece a
rule needs and asks again: the oracle must be able to say no.
"""

import json

from hvemu.fleet import build_fleet
from hvemu.model.testkit import ep_create, fail, gid, net_create, net_modify, ok, overlay_doc, snap, subnet


def _fleet(n=2):
    hosts = []
    for i in range(1, n + 1):
        hosts.append(
            {
                "name": f"hv{i:02d}",
                "windows": "ws2022",
                "overlay_facts_delay_s": 0,
                "adapters": [
                    {"name": "Ethernet", "ipv4": f"10.1.0.{20 + i}/24", "gateway": "10.1.0.1"},
                    {"name": "Ethernet 2", "ipv4": f"10.2.0.{20 + i}/24"},
                ],
            }
        )
    return build_fleet({"hosts": hosts})


def _l2bridge(prefix, gw, name="l2b", adapter="Ethernet"):
    return {
        "Name": name,
        "Type": "L2Bridge",
        "Policies": [{"Type": "NetAdapterName", "Settings": {"NetworkAdapterName": adapter}}],
        "Ipams": [{"Subnets": [subnet(prefix, gw)]}],
    }


def _ep(name, ip, policies=(), gw=None):
    doc = {"Name": name, "IpConfigurations": [{"IpAddress": ip}], "Policies": list(policies)}
    if gw:
        doc["Routes"] = [{"NextHop": gw, "DestinationPrefix": "0.0.0.0/0"}]
    return doc


def _policy_op(eid, request_type, policies):
    return {
        "op": "hcn_endpoint_modify",
        "args": {
            "id": eid,
            "request": json.dumps(
                {"ResourceType": "Policy", "RequestType": request_type, "Settings": {"Policies": policies}}
            ),
        },
        "pre": [],
    }


def _host_namespace(host, eid):
    ok(
        host,
        {
            "op": "hcn_namespace_create",
            "args": {
                "id": gid(),
                "settings": json.dumps({"Type": "Host", "Resources": [{"Type": "Endpoint", "Data": {"Id": eid}}]}),
            },
            "pre": [],
        },
    )


ONAT = {"Type": "OutBoundNAT", "Settings": {"Exceptions": ["10.250.0.0/16"]}}


def test_l2bridge_on_the_lan_configuration_1_reaches_across_hosts_and_outside():
    fleet = _fleet()
    for host, ip in (("hv01", "10.1.0.101"), ("hv02", "10.1.0.102")):
        nid = gid()
        ok(
            fleet.hosts[host],
            net_create(nid, _l2bridge("10.1.0.0/24", "10.1.0.1")),
            ep_create(gid(), nid, _ep("c", ip)),
        )
    answer = fleet.reachability("hv01/c", "hv02/c")
    assert answer["reachable"] is True and "same LAN" in answer["reason"]
    assert fleet.reachability("hv01/c", "outside")["reachable"] is True
    assert fleet.reachability("outside", "hv02/c")["reachable"] is True  # the LAN reaches a LAN address


def test_l2bridge_custom_subnets_need_a_host_gateway_and_routes_hns_e4():
    fleet = _fleet()
    ids = {}
    for i, host in ((1, "hv01"), (2, "hv02")):
        nid, eid = gid(), gid()
        ok(
            fleet.hosts[host],
            net_create(nid, _l2bridge(f"10.250.{i}.0/24", f"10.250.{i}.1")),
            ep_create(eid, nid, _ep("c", f"10.250.{i}.10", [ONAT])),
        )
        ids[host] = (nid, eid)
    # e06e9aa's oracle said yes here (same LAN and VLAN): nothing holds 10.250.x.1 and nothing routes.
    answer = fleet.reachability("hv01/c", "hv02/c")
    assert answer["reachable"] is False and "host-compartment gateway" in answer["reason"]
    answer = fleet.reachability("hv01/c", "outside")
    assert answer["reachable"] is False and "host-compartment gateway" in answer["reason"]
    assert fleet.reachability("outside", "hv02/c")["reachable"] is False  # not a LAN address
    for i, host in ((1, "hv01"), (2, "hv02")):
        gw = gid()
        ok(fleet.hosts[host], ep_create(gw, ids[host][0], _ep("l2b_ep", f"10.250.{i}.2")))
        _host_namespace(fleet.hosts[host], gw)
    # review 3 O1: a Host namespace is a container compartment, not compartment 1 (hcsshim hcnnamespace.go);
    # the per_host path with the attach, routes and forwarding: emulator/tests/test_reachability_per_host.py
    answer = fleet.reachability("hv01/c", "outside")
    assert answer["reachable"] is False and "host-compartment gateway" in answer["reason"]
    answer = fleet.reachability("hv01/c", "hv02/c")
    assert answer["reachable"] is False and "host-compartment gateway" in answer["reason"]


def test_host_port_on_l2bridge_needs_flags_1_hns_e5():
    fleet = _fleet()
    hv01 = fleet.hosts["hv01"]
    nid, eid = gid(), gid()
    mapping = {"Protocol": 6, "InternalPort": 80, "ExternalPort": 8080, "VIP": ""}
    ok(
        hv01,
        net_create(nid, _l2bridge("10.1.0.0/24", "10.1.0.1")),
        ep_create(eid, nid, _ep("web", "10.1.0.101", [{"Type": "PortMapping", "Settings": mapping}])),
    )
    answer = fleet.reachability("outside", "hv01:8080")
    assert answer["reachable"] is False and "Flags 1" in answer["reason"]
    ok(hv01, _policy_op(eid, "Remove", [{"Type": "PortMapping", "Settings": mapping}]))
    ok(hv01, _policy_op(eid, "Add", [{"Type": "PortMapping", "Settings": dict(mapping, Flags=1)}]))
    assert fleet.reachability("outside", "hv01:8080/tcp")["reachable"] is True
    assert fleet.reachability("outside", "hv01:8080/udp")["reachable"] is False
    assert fleet.reachability("outside", "hv01:9999")["reachable"] is False


def test_overlay_needs_the_provider_address_policy_and_outbound_nat_hns_e9():
    fleet = _fleet()
    nets = {}
    for i, host in ((1, "hv01"), (2, "hv02")):
        nid = gid()
        ok(fleet.hosts[host], net_create(nid, overlay_doc(prefix=f"10.244.{i}.0/24", gw=f"10.244.{i}.1")))
        doc = next(n for n in snap(fleet.hosts[host], "networks")["networks"] if n["Name"] == "overlay")
        facts = {p["Type"]: p["Settings"] for p in doc["Policies"]}
        nets[host] = (nid, facts["ProviderAddress"]["ProviderAddress"], facts["DrMacAddress"]["Address"])
    for i, host, other in ((1, "hv01", "hv02"), (2, "hv02", "hv01")):
        j = 3 - i
        route = {
            "DestinationPrefix": f"10.244.{j}.0/24",
            "IsolationId": 4096,
            "ProviderAddress": nets[other][1],
            "DistributedRouterMacAddress": nets[other][2],
        }
        ok(
            fleet.hosts[host],
            net_modify(
                nets[host][0],
                {
                    "ResourceType": "Policy",
                    "RequestType": "Add",
                    "Settings": {"Policies": [{"Type": "RemoteSubnetRoute", "Settings": route}]},
                },
            ),
        )
    pa1 = {"Type": "ProviderAddress", "Settings": {"ProviderAddress": nets["hv01"][1]}}
    pa2 = {"Type": "ProviderAddress", "Settings": {"ProviderAddress": nets["hv02"][1]}}
    e1 = gid()
    ok(fleet.hosts["hv01"], ep_create(e1, nets["hv01"][0], _ep("c", "10.244.1.10", [ONAT])))
    ok(fleet.hosts["hv02"], ep_create(gid(), nets["hv02"][0], _ep("c", "10.244.2.10", [pa2, ONAT])))
    answer = fleet.reachability("hv01/c", "hv02/c")
    assert answer["reachable"] is False and "ProviderAddress policy" in answer["reason"]
    assert fleet.reachability("hv01/c", "outside")["reachable"] is False
    ok(fleet.hosts["hv01"], _policy_op(e1, "Add", [pa1]))
    assert fleet.reachability("hv01/c", "hv02/c")["reachable"] is True
    assert fleet.reachability("hv01/c", "outside")["reachable"] is True
    ok(fleet.hosts["hv01"], _policy_op(e1, "Remove", [ONAT]))
    answer = fleet.reachability("hv01/c", "outside")
    assert answer["reachable"] is False and "OutBoundNAT" in answer["reason"]


def test_l2bridge_network_reports_no_dr_mac_hns_e3():
    fleet = _fleet()
    ok(fleet.hosts["hv01"], net_create(gid(), _l2bridge("10.250.1.0/24", "10.250.1.1")))
    doc = next(n for n in snap(fleet.hosts["hv01"], "networks")["networks"] if n["Name"] == "l2b")
    types = {p["Type"] for p in doc["Policies"]}
    assert "DrMacAddress" not in types and "ProviderAddress" not in types


def test_network_on_an_adapter_held_by_an_out_of_band_switch_fails_hns_e6():
    fleet = _fleet()
    hv01 = fleet.hosts["hv01"]
    ok(
        hv01,
        {
            "op": "switch_create",
            "args": {"name": "ext", "switch_type": "External", "net_adapter_names": ["Ethernet 2"]},
            "pre": [{"kind": "switch", "state": "absent", "name": "ext"}],
        },
    )
    for ntype in ("L2Bridge", "Transparent"):
        doc = _l2bridge("10.2.0.0/24", "10.2.0.1", name="n-" + ntype, adapter="Ethernet 2")
        doc["Type"] = ntype
        err = fail(hv01, net_create(gid(), doc))
        assert err["hresult"] == "0x803B0006" and "made outside HNS" in err["detail"], err
    # Without the switch, HNS makes its own from the adapter (flannel, Microsoft's helper.psm1).
    ok(hv01, net_create(gid(), _l2bridge("10.1.0.0/24", "10.1.0.1", adapter="Ethernet")))


def test_nat_container_reaches_a_published_port_on_another_host():
    fleet = _fleet()
    from hvemu.model.testkit import nat_doc

    for host in ("hv01", "hv02"):
        nid = gid()
        mapping = {"Type": "PortMapping", "Settings": {"Protocol": 6, "InternalPort": 80, "ExternalPort": 8080}}
        ok(fleet.hosts[host], net_create(nid, nat_doc()), ep_create(gid(), nid, _ep("c", "172.20.0.10", [mapping])))
    assert fleet.reachability("hv01/c", "hv02:8080")["reachable"] is True
    assert fleet.reachability("hv01/c", "outside")["reachable"] is True
    assert fleet.reachability("hv01/c", "hv02/c")["reachable"] is False
