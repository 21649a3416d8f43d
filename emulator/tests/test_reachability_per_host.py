"""The oracle's rules of review 3 (O1-O7) on l2bridge per_host (flannel host-gw), published ports, VM NICs and
container -> host questions, built directly on the model through the bridge operations (not through Ansible).

Each test builds the whole working path, asks, then takes one piece away and checks that the answer turns to
"no" and names the missing piece.
"""

import json

import pytest
from hvemu.fleet import build_fleet
from hvemu.model.testkit import ep_create, gid, net_create, ok, subnet

ONAT = {"Type": "OutBoundNAT", "Settings": {"Exceptions": ["10.250.0.0/16", "10.1.0.0/24"]}}
LAN = {1: "10.1.0.21", 2: "10.1.0.22"}


def _fleet():
    return build_fleet(
        {
            "hosts": [
                {
                    "name": f"hv0{i}",
                    "overlay_facts_delay_s": 0,
                    "adapters": [{"name": "Ethernet", "ipv4": f"{LAN[i]}/24", "gateway": "10.1.0.1"}],
                }
                for i in (1, 2)
            ]
        }
    )


def _l2b(i):
    return {
        "Name": "l2b",
        "Type": "L2Bridge",
        "Policies": [{"Type": "NetAdapterName", "Settings": {"NetworkAdapterName": "Ethernet"}}],
        "Ipams": [{"Subnets": [subnet(f"10.250.{i}.0/24", f"10.250.{i}.1")]}],
    }


def _container(name, ip, gw, policies=None):
    doc = {
        "Name": name,
        "IpConfigurations": [{"IpAddress": ip, "PrefixLength": 24}],
        "Routes": [{"NextHop": gw, "DestinationPrefix": "0.0.0.0/0"}],
        "Policies": [ONAT] if policies is None else policies,
    }
    return doc


def _fwd(alias, enabled=True):
    return {"op": "ip_forwarding_set", "args": {"interface_alias": alias, "enabled": enabled}}


def _route(op, prefix, hop, alias="vEthernet (Ethernet)"):
    return {"op": op, "args": {"interface_alias": alias, "destination_prefix": prefix, "next_hop": hop}}


def _per_host(fleet, routes=True):
    """Review 3's design on both hosts: network .1, l2b_ep .2 (no routes) attached, container c at .10 via .2,
    forwarding on both vNICs, a route to the other host's subnet via its LAN address."""
    ids = {}
    for i in (1, 2):
        host, nid, gw, cid = fleet.hosts[f"hv0{i}"], gid(), gid(), gid()
        gw_doc = {"Name": "l2b_ep", "IpConfigurations": [{"IpAddress": f"10.250.{i}.2", "PrefixLength": 24}]}
        gw_doc["Routes"] = []
        ok(
            host,
            net_create(nid, _l2b(i)),
            ep_create(gw, nid, gw_doc),
            {"op": "hcn_endpoint_host_attach", "args": {"id": gw}, "pre": []},
            ep_create(cid, nid, _container("c", f"10.250.{i}.10", f"10.250.{i}.2")),
            _fwd("vEthernet (Ethernet)"),
            {"op": "ip_forwarding_set", "args": {"ip_address": f"10.250.{i}.2", "enabled": True}},
        )
        if routes:
            other = 3 - i
            ok(host, _route("net_route_add", f"10.250.{other}.0/24", LAN[other]))
        ids[i] = {"nid": nid, "gw": gw, "c": cid}
    return ids


def no(answer, *words):
    assert answer["reachable"] is False, answer
    for word in words:
        assert word in answer["reason"], answer
    return answer


def yes(answer):
    assert answer["reachable"] is True, answer
    return answer


def test_per_host_works_with_attach_gateway_forwarding_and_routes_both_ways():
    fleet = _fleet()
    _per_host(fleet)
    yes(fleet.reachability("hv01/c", "hv02/c"))
    yes(fleet.reachability("hv02/c", "hv01/c"))
    yes(fleet.reachability("hv01/c", "outside"))


def test_per_host_without_the_host_routes_is_no_naming_the_route():
    fleet = _fleet()
    _per_host(fleet, routes=False)
    yes(fleet.reachability("hv01/c", "outside"))  # outbound needs no host route
    no(fleet.reachability("hv01/c", "hv02/c"), "hv01: no host route to 10.250.2.10 via 10.1.0.22")
    ok(fleet.hosts["hv01"], _route("net_route_add", "10.250.2.0/24", LAN[2]))
    no(fleet.reachability("hv01/c", "hv02/c"), "hv02: no host route to 10.250.1.10 via 10.1.0.21")  # the way back
    ok(fleet.hosts["hv02"], _route("net_route_add", "10.250.1.0/24", "10.1.0.99"))  # a wrong next hop
    no(fleet.reachability("hv01/c", "hv02/c"), "the best route is 10.250.1.0/24 via 10.1.0.99")
    ok(fleet.hosts["hv02"], _route("net_route_remove", "10.250.1.0/24", "10.1.0.99"))
    ok(fleet.hosts["hv02"], _route("net_route_add", "10.250.1.0/24", LAN[1]))
    yes(fleet.reachability("hv01/c", "hv02/c"))


def test_a_route_whose_next_hop_is_not_on_link_is_no():
    fleet = _fleet()
    _per_host(fleet, routes=False)
    ok(fleet.hosts["hv02"], _route("net_route_add", "10.250.1.0/24", LAN[1]))
    # on hv01 the route to hv02's subnet via hv02's address, but on the gateway endpoint's vNIC (10.250.1.0/24)
    ok(fleet.hosts["hv01"], _route("net_route_add", "10.250.2.0/24", LAN[2], alias="vEthernet (l2b_ep)"))
    no(fleet.reachability("hv01/c", "hv02/c"), "not on-link on vEthernet (l2b_ep)")


@pytest.mark.parametrize(
    ("alias", "words"),
    [
        ("vEthernet (l2b_ep)", "IPv4 forwarding is off on vEthernet (l2b_ep)"),
        ("vEthernet (Ethernet)", "IPv4 forwarding is off on vEthernet (Ethernet) (the management vNIC)"),
    ],
)
def test_forwarding_off_on_either_vnic_is_no_both_outbound_and_across(alias, words):
    fleet = _fleet()
    _per_host(fleet)
    ok(fleet.hosts["hv02"], _fwd(alias, False))
    no(fleet.reachability("hv01/c", "hv02/c"), "hv02: " + words)
    no(fleet.reachability("hv02/c", "outside"), words)
    yes(fleet.reachability("hv01/c", "outside"))


def test_a_container_whose_gateway_is_dot_1_is_no_review_3_finding_1():
    fleet = _fleet()
    ids = _per_host(fleet)
    ok(fleet.hosts["hv01"], ep_create(gid(), ids[1]["nid"], _container("c1", "10.250.1.11", "10.250.1.1")))
    no(fleet.reachability("hv01/c1", "outside"), "its default gateway is 10.250.1.1, not 10.250.1.2")
    no(fleet.reachability("hv01/c1", "hv02/c"), "its default gateway is 10.250.1.1")


def test_a_default_route_on_the_gateway_endpoint_vnic_is_no_review_3_finding_2():
    fleet = _fleet()
    hv01 = fleet.hosts["hv01"]
    ids = _per_host(fleet)
    # HNS attaching an endpoint created with a gateway (what the bridge's Remove-NetRoute undoes)
    ok(hv01, {"op": "hcn_endpoint_host_detach", "args": {"id": ids[1]["gw"]}, "pre": []})
    hv01.data["endpoints"][ids[1]["gw"].upper()]["doc"]["Routes"] = [
        {"NextHop": "10.250.1.1", "DestinationPrefix": "0.0.0.0/0"}
    ]
    hv01.hns_host_attach(ids[1]["gw"])
    ok(hv01, {"op": "ip_forwarding_set", "args": {"ip_address": "10.250.1.2", "enabled": True}})
    no(fleet.reachability("hv01/c", "outside"), "vEthernet (l2b_ep) has a default route via 10.250.1.1")
    ok(hv01, {"op": "hcn_endpoint_host_attach", "args": {"id": ids[1]["gw"]}, "pre": []})  # the bridge removes it
    yes(fleet.reachability("hv01/c", "outside"))


def test_only_the_attach_or_a_hostdefault_namespace_makes_a_host_gateway_o1():
    fleet = _fleet()
    ids = _per_host(fleet)
    hv01 = fleet.hosts["hv01"]
    ok(hv01, {"op": "hcn_endpoint_host_detach", "args": {"id": ids[1]["gw"]}, "pre": []})
    no(fleet.reachability("hv01/c", "outside"), "no host-compartment gateway endpoint")
    for ns_type in ("Host", "HostDefault"):
        nsid = gid()
        resources = [{"Type": "Endpoint", "Data": {"Id": ids[1]["gw"]}}]
        settings = json.dumps({"Type": ns_type, "Resources": resources})
        ok(hv01, {"op": "hcn_namespace_create", "args": {"id": nsid, "settings": settings}, "pre": []})
        answer = fleet.reachability("hv01/c", "outside")
        if ns_type == "Host":
            no(answer, "no host-compartment gateway endpoint")  # a container compartment (hcsshim hcnnamespace.go)
        else:
            no(answer, "HostDefault namespace")  # compartment 1, but hvemu models the v1 attach's vNIC only
        request = {"ResourceType": "Endpoint", "RequestType": "Remove", "Settings": {"EndpointId": ids[1]["gw"]}}
        ok(hv01, {"op": "hcn_namespace_modify", "args": {"id": nsid, "request": json.dumps(request)}, "pre": []})


def test_outbound_nat_still_needed_on_per_host():
    fleet = _fleet()
    ids = _per_host(fleet)
    ok(fleet.hosts["hv01"], ep_create(gid(), ids[1]["nid"], _container("c2", "10.250.1.12", "10.250.1.2", [])))
    no(fleet.reachability("hv01/c2", "outside"), "no OutBoundNAT policy")


# ---- published ports (O4) -----------------------------------------------------------------------
def _mapping(**settings):
    base = {"Protocol": 6, "InternalPort": 80, "ExternalPort": 8080, "Flags": 1}
    base.update(settings)
    return {"Type": "PortMapping", "Settings": base}


def test_a_vip_mapping_answers_on_its_vip_only_and_ipv6_mappings_not_for_ipv4():
    fleet = _fleet()
    hv01 = fleet.hosts["hv01"]
    nid = gid()
    ok(hv01, net_create(nid, _l2b(1) | {"Ipams": [{"Subnets": [subnet("10.1.0.0/24", "10.1.0.1")]}]}))
    ok(hv01, ep_create(gid(), nid, _container("web", "10.1.0.101", "10.1.0.1", [_mapping(VIP="10.1.0.21")])))
    no(fleet.reachability("outside", "hv01:8080"), "answers on VIP 10.1.0.21 only", "ask for 10.1.0.21:8080")
    yes(fleet.reachability("outside", "10.1.0.21:8080"))
    ok(
        hv01,
        ep_create(gid(), nid, _container("web6", "10.1.0.102", "10.1.0.1", [_mapping(ExternalPort=8081, Flags=2)])),
    )
    no(fleet.reachability("outside", "hv01:8081"), "is for IPv6", "the question is IPv4")
    no(fleet.reachability("outside", "10.1.0.21:8081"), "is for IPv6")


def test_a_per_host_published_port_needs_the_reply_path():
    fleet = _fleet()
    ids = _per_host(fleet)
    hv01 = fleet.hosts["hv01"]
    ok(hv01, ep_create(gid(), ids[1]["nid"], _container("web", "10.250.1.20", "10.250.1.2", [ONAT, _mapping()])))
    yes(fleet.reachability("outside", "hv01:8080"))
    ok(
        hv01,
        ep_create(gid(), ids[1]["nid"], _container("old", "10.250.1.21", "10.250.1.1", [_mapping(ExternalPort=81)])),
    )
    no(fleet.reachability("outside", "hv01:81"), "the reply path", "its default gateway is 10.250.1.1")


# ---- VM NICs (O5) -------------------------------------------------------------------------------
@pytest.mark.parametrize(("ntype", "reachable"), [("L2Bridge", True), ("Transparent", False)])
def test_mac_spoofing_is_needed_for_transparent_only(ntype, reachable):
    mac = "00-15-5D-0A-0C-01"
    fleet = build_fleet(
        {
            "hosts": [
                {
                    "name": "hv01",
                    "adapters": [{"name": "Ethernet 2", "ipv4": "10.1.1.21/24"}],
                    "seed": {"switches": [{"name": "VMs", "adapters": ["Ethernet 2"], "allow_management_os": False}]},
                    "vms": [{"name": "vm01", "nics": [{"name": "Network Adapter", "switch": "VMs", "mac": mac}]}],
                },
                {
                    "name": "vm01",
                    "kind": "vm",
                    "parent": "hv01",
                    "hyperv_module": False,
                    "adapters": [{"name": "Ethernet", "ipv4": "10.1.1.101/24", "gateway": "10.1.1.1", "mac": mac}],
                },
            ]
        }
    )
    nid = gid()
    doc = {
        "Name": "n",
        "Type": ntype,
        "Policies": [{"Type": "NetAdapterName", "Settings": {"NetworkAdapterName": "Ethernet"}}],
        "Ipams": [{"Subnets": [subnet("10.1.1.0/24", "10.1.1.1")]}],
    }
    ok(fleet.hosts["vm01"], net_create(nid, doc), ep_create(gid(), nid, _container("c", "10.1.1.150", "10.1.1.1", [])))
    answer = fleet.reachability("vm01/c", "outside")  # spoofing is off on the parent's NIC (the fleet default)
    assert answer["reachable"] is reachable, answer
    if not reachable:
        assert "MAC address spoofing is off" in answer["reason"]


# ---- container -> host (O6, O7) -----------------------------------------------------------------
def test_l2bridge_container_to_its_own_host_needs_the_host_32_route_with_needencap():
    fleet = _fleet()
    ids = _per_host(fleet)
    hv01 = fleet.hosts["hv01"]
    no(fleet.reachability("hv01/c", "hv01"), "SDNRoute 10.1.0.21/32 with NeedEncap")
    route = {"Type": "SDNRoute", "Settings": {"DestinationPrefix": "10.1.0.21/32", "NeedEncap": True}}
    ok(hv01, ep_create(gid(), ids[1]["nid"], _container("c3", "10.250.1.13", "10.250.1.2", [ONAT, route])))
    yes(fleet.reachability("hv01/c3", "hv01"))


def test_per_host_container_to_another_host_routed_when_not_nated():
    fleet = _fleet()
    _per_host(fleet, routes=False)
    # the LAN subnet is excepted from OutBoundNAT: hv02 answers 10.250.1.10 itself and needs the route back
    no(fleet.reachability("hv01/c", "hv02"), "is not NATed; the reply: hv02: no host route to 10.250.1.10")
    ok(fleet.hosts["hv02"], _route("net_route_add", "10.250.1.0/24", LAN[1]))
    yes(fleet.reachability("hv01/c", "hv02"))


def test_lan_mode_container_to_other_host_on_the_lan_and_to_its_own_host():
    fleet = _fleet()
    hv01 = fleet.hosts["hv01"]
    nid = gid()
    ok(hv01, net_create(nid, _l2b(1) | {"Ipams": [{"Subnets": [subnet("10.1.0.0/24", "10.1.0.1")]}]}))
    ok(hv01, ep_create(gid(), nid, _container("c", "10.1.0.101", "10.1.0.1", [])))
    yes(fleet.reachability("hv01/c", "hv02"))
    no(fleet.reachability("hv01/c", "hv01"), "SDNRoute 10.1.0.21/32")
