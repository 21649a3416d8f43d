"""HNS networks, endpoints and namespaces: lifecycles, host effects, feature gates, faults."""

import json
import time

import pytest
from hvemu.model.testkit import (
    adapter_doc,
    adapters_by_name,
    ep_create,
    ep_delete,
    fail,
    gid,
    make_host,
    nat_doc,
    net_create,
    net_delete,
    net_modify,
    ok,
    overlay_doc,
    snap,
    subnet,
    switch_create,
)

ROUTE = {
    "DestinationPrefix": "10.244.2.0/24",
    "IsolationId": 4096,
    "ProviderAddress": "10.2.0.21",
    "DistributedRouterMacAddress": "00-15-5D-AA-BB-CC",
}


def _policy(doc, ptype):
    return [p["Settings"] for p in doc["Policies"] if p["Type"] == ptype]


def _net(host, name):
    return next(n for n in snap(host, "networks")["networks"] if n["Name"] == name)


def test_nat_network_lifecycle():
    host = make_host()
    nid = gid()
    (created,) = ok(host, net_create(nid, nat_doc(), pre=[{"kind": "network", "state": "absent", "name": "natnet"}]))
    doc = json.loads(created["document"])
    assert created["id"] == nid and doc["ID"] == nid.upper() and doc["Type"] == "NAT"
    assert doc["Ipams"][0]["Subnets"][0]["Routes"][0]["Metric"] == 0 and doc["SchemaVersion"] == {
        "Major": 2,
        "Minor": 0,
    }
    state = snap(host, "netnat", "switches", "ledger")
    assert [n["InternalIPInterfaceAddressPrefix"] for n in state["netnat"]] == ["172.20.0.0/20"]
    assert [(s["Name"], s["SwitchType"]) for s in state["switches"]] == [("natnet", 1)]
    assert state["ledger"]["networks"] == [nid]
    vnic = adapters_by_name(host)["vEthernet (natnet)"]
    assert vnic["ip"]["IPv4"] == [{"IPAddress": "172.20.0.1", "PrefixLength": 20, "PrefixOrigin": 1}]
    # endpoints: address and MAC allocated, gateway skipped
    e1, e2 = gid(), gid()
    d1, d2 = ok(
        host, ep_create(e1, nid, {"Name": "c1"}), ep_create(e2, nid, {"Name": "c2", "MacAddress": "00-15-5D-00-00-99"})
    )
    doc1, doc2 = json.loads(d1["document"]), json.loads(d2["document"])
    assert doc1["IpConfigurations"] == [{"IpAddress": "172.20.0.2", "PrefixLength": 20}]
    assert doc2["IpConfigurations"][0]["IpAddress"] == "172.20.0.3" and doc2["MacAddress"] == "00-15-5D-00-00-99"
    pool = doc["MacPool"]["Ranges"][0]
    assert pool["StartMacAddress"] < doc1["MacAddress"] <= pool["EndMacAddress"]
    assert doc1["HostComputeNetwork"] == nid.upper() and doc1["Routes"][0]["NextHop"] == "172.20.0.1"
    assert [e["Name"] for e in snap(host, "endpoints", names={"endpoints": ["C2"]})["endpoints"]] == ["c2"]
    ok(host, ep_delete(e1), ep_delete(e2), net_delete(nid))
    state = snap(host, "netnat", "switches", "networks", "endpoints", "ledger")
    assert state["netnat"] == [] and state["switches"] == [] and state["networks"] == [] and state["endpoints"] == []
    assert state["ledger"] == {
        "networks": [], "endpoints": [], "namespaces": [], "routes": [], "forwarding": [], "firewall_rules": [],
    }  # fmt: skip
    assert "vEthernet (natnet)" not in adapters_by_name(host)


def test_nat_without_subnets_gets_a_free_prefix_and_type_may_be_omitted():
    host = make_host(seed={"netnat": [{"name": "big", "prefix": "172.16.0.0/12"}]})
    nid = gid()
    (created,) = ok(host, net_create(nid, {"Name": "auto"}))
    doc = json.loads(created["document"])
    assert doc["Type"] == "NAT" and doc["Ipams"][0]["Subnets"][0]["IpAddressPrefix"].startswith("172.")
    # inside the existing WinNAT prefix: no new entry, and the delete leaves the foreign one alone
    assert [n["Name"] for n in snap(host, "netnat")["netnat"]] == ["big"]
    ok(host, net_delete(nid))
    assert [n["Name"] for n in snap(host, "netnat")["netnat"]] == ["big"]


def test_ledger_ids_as_the_bridge_writes_them_and_failed_creates_leave_none():
    host = make_host()
    nid = gid()
    fail(host, net_create(nid, "{broken"))
    assert snap(host, "ledger")["ledger"]["networks"] == []  # the create failed and no such network exists
    (created,) = ok(host, net_create(nid.upper(), nat_doc()))
    assert created["id"] == nid.lower()  # [Guid]::ToString()
    assert snap(host, "ledger")["ledger"]["networks"] == [nid.lower()]
    ok(host, {"op": "ledger_release", "args": {"kind": "network", "id": nid.upper()}, "pre": []})
    assert snap(host, "ledger")["ledger"]["networks"] == []
    # adopt records without looking (the engine adopts after a re-read)
    ghost = gid()
    (adopted,) = ok(host, {"op": "ledger_adopt", "args": {"kind": "endpoint", "id": ghost}, "pre": []})
    assert adopted == {"id": ghost} and snap(host, "ledger")["ledger"]["endpoints"] == [ghost]


def test_overlay_lifecycle_with_late_facts_and_routes():
    host = make_host(overlay_facts_delay_s=0.3)
    before = adapters_by_name(host)["Ethernet"]
    nid = gid()
    ok(host, net_create(nid, overlay_doc()))
    early = _net(host, "overlay")
    assert (
        _policy(early, "DrMacAddress") == [] and _policy(early, "ProviderAddress") == [] and "ManagementIP" not in early
    )
    time.sleep(0.35)
    late = _net(host, "overlay")
    assert _policy(late, "ProviderAddress") == [{"ProviderAddress": "10.1.0.21"}]
    assert "ManagementIP" not in late  # a v1 field: HCN v2 documents have none (HNS_Schema.md)
    drmac = _policy(late, "DrMacAddress")[0]["Address"]
    assert drmac.startswith("00-15-5D-") and len(drmac) == 17
    # HNS made an External switch shared with the host: the config is on vEthernet (Ethernet)
    adapters = adapters_by_name(host)
    assert adapters["vEthernet (Ethernet)"]["ip"] == before["ip"] and adapters["Ethernet"]["ip"]["IPv4"] == []
    assert [(s["Name"], s["SwitchType"], s["AllowManagementOS"]) for s in snap(host, "switches")["switches"]] == [
        ("overlay", 2, True)
    ]
    # routes: add, update, remove with the exact settings
    add = {
        "ResourceType": "Policy",
        "RequestType": "Add",
        "Settings": {"Policies": [{"Type": "RemoteSubnetRoute", "Settings": ROUTE}]},
    }
    ok(host, net_modify(nid, add))
    moved = {**ROUTE, "ProviderAddress": "10.2.0.99"}
    ok(
        host,
        net_modify(
            nid,
            {
                **add,
                "RequestType": "Update",
                "Settings": {"Policies": [{"Type": "RemoteSubnetRoute", "Settings": moved}]},
            },
        ),
    )
    assert _policy(_net(host, "overlay"), "RemoteSubnetRoute") == [moved]
    ok(
        host,
        net_modify(
            nid,
            {
                **add,
                "RequestType": "Remove",
                "Settings": {"Policies": [{"Type": "RemoteSubnetRoute", "Settings": moved}]},
            },
        ),
    )
    assert _policy(_net(host, "overlay"), "RemoteSubnetRoute") == []
    # remote endpoint (older way): outside the local subnet, flagged remote
    rid = gid()
    (remote,) = ok(
        host,
        ep_create(
            rid,
            nid,
            {
                "Name": "r",
                "Flags": 1,
                "MacAddress": "02-11-0a-f4-02-05",
                "IpConfigurations": [{"IpAddress": "10.244.2.5"}],
                "Policies": [{"Type": "ProviderAddress", "Settings": {"ProviderAddress": "10.2.0.21"}}],
            },
        ),
    )
    assert json.loads(remote["document"])["Flags"] == 1
    ok(host, ep_delete(rid), net_delete(nid))
    adapters = adapters_by_name(host)
    assert "vEthernet (Ethernet)" not in adapters and adapters["Ethernet"]["ip"] == before["ip"]
    assert snap(host, "switches")["switches"] == []


def test_overlay_and_l2bridge_share_the_adapter_switch_and_dr_mac():
    host = make_host()
    anchor, overlay = gid(), gid()
    ok(host, net_create(anchor, adapter_doc("L2Bridge", "External", prefix="192.168.255.0/30", gw="192.168.255.1")))
    ok(host, net_create(overlay, overlay_doc()))
    assert len(snap(host, "switches")["switches"]) == 1
    # hns E3: only the Overlay network has a DR MAC (flannel#1111), not the L2Bridge anchor
    assert _policy(_net(host, "External"), "DrMacAddress") == []
    assert _policy(_net(host, "overlay"), "DrMacAddress")[0]["Address"]
    ok(host, net_delete(anchor))  # the overlay still holds the switch
    assert [s["Name"] for s in snap(host, "switches")["switches"]] == ["External"]
    assert "vEthernet (Ethernet)" in adapters_by_name(host)
    ok(host, net_delete(overlay))
    assert snap(host, "switches")["switches"] == []


def test_provider_address_policy_wins_and_lost_static_ip_gives_none():
    host = make_host()
    host.faults.partial_migration = ["lose_static_ip"]
    nid = gid()
    ok(host, net_create(nid, overlay_doc()))
    assert _policy(_net(host, "overlay"), "ProviderAddress") == []  # needs a static IP
    nid2 = gid()
    ok(
        host,
        net_create(
            nid2,
            overlay_doc(
                name="pa",
                prefix="10.244.9.0/24",
                gw="10.244.9.1",
                vsid=4097,
                extra_policies=[{"Type": "ProviderAddress", "Settings": {"ProviderAddress": "10.1.0.50"}}],
            ),
        ),
    )
    assert _policy(_net(host, "pa"), "ProviderAddress") == [{"ProviderAddress": "10.1.0.50"}]


def test_transparent_network_and_user_external_switch():
    host = make_host()
    (user,) = ok(host, switch_create("user", "External", net_adapter_names=["Ethernet 3"], allow_management_os=False))
    synth = [n for n in snap(host, "networks")["networks"] if n["Type"] == "Transparent"]
    assert [n["Name"] for n in synth] == ["Intel(R) Ethernet Controller X710 for 10GbE SFP+ #3 - Virtual Switch"]
    assert synth[0]["ID"] == user["id"].upper()
    # hns E6: HNS cannot bind a network to an adapter an out-of-band External switch holds (microsoft/SDN#269)
    err = fail(
        host,
        net_create(gid(), adapter_doc("Transparent", "t1", adapter="Ethernet 3", prefix="10.1.2.0/24", gw="10.1.2.1")),
    )
    assert err["hresult"] == "0x803B0006"
    t1 = gid()
    ok(
        host,
        net_create(t1, adapter_doc("Transparent", "t1", adapter="Ethernet 2", prefix="10.1.1.0/24", gw="10.1.1.1")),
    )
    t2 = gid()
    (t2doc,) = ok(host, net_create(t2, {"Name": "t2", "Type": "Transparent"}))  # picks a free NIC
    assert [p["Settings"] for p in json.loads(t2doc["document"])["Policies"]] == []
    assert {s["Name"] for s in snap(host, "switches")["switches"]} == {"user", "t1", "t2"}
    ok(host, net_delete(t1), net_delete(t2))
    assert [s["Name"] for s in snap(host, "switches")["switches"]] == ["user"]


def test_gateway_reservation_can_be_lifted_per_subnet():
    host = make_host()
    nid = gid()
    doc = {
        "Name": "l2",
        "Type": "L2Bridge",
        "Ipams": [{"Subnets": [subnet("10.1.1.0/24", "10.1.1.1", flags=1)]}],
        "Policies": [{"Type": "NetAdapterName", "Settings": {"NetworkAdapterName": "Ethernet 2"}}],
    }
    ok(
        host,
        net_create(nid, doc),
        ep_create(gid(), nid, {"Name": "gw", "IpConfigurations": [{"IpAddress": "10.1.1.1"}]}),
    )


def test_endpoint_modify_and_namespaces():
    host = make_host()
    nid, eid, nsid = gid(), gid(), gid()
    ok(host, net_create(nid, nat_doc()), ep_create(eid, nid, {"Name": "web"}))
    acl = {"Type": "ACL", "Settings": {"Action": "Block", "Direction": "In", "Priority": 200}}
    modify = {
        "op": "hcn_endpoint_modify",
        "args": {
            "id": eid,
            "request": json.dumps({"ResourceType": "Policy", "RequestType": "Add", "Settings": {"Policies": [acl]}}),
        },
        "pre": [],
    }
    ok(host, modify)
    assert snap(host, "endpoints")["endpoints"][0]["Policies"] == [acl]
    (ns,) = ok(
        host,
        {
            "op": "hcn_namespace_create",
            "args": {"id": nsid, "settings": json.dumps({"Type": "HostDefault"})},
            "pre": [{"kind": "namespace", "state": "absent", "id": nsid}],
        },
    )
    assert json.loads(ns["document"])["Resources"] == []
    attach = {"ResourceType": "Endpoint", "RequestType": "Add", "Settings": {"EndpointId": eid}}
    ok(host, {"op": "hcn_namespace_modify", "args": {"id": nsid, "request": json.dumps(attach)}, "pre": []})
    state = snap(host, "namespaces", "endpoints")
    assert state["namespaces"][0]["Resources"] == [{"Type": "Endpoint", "Data": {"Id": eid.upper()}}]
    assert state["endpoints"][0]["HostComputeNamespace"] == nsid.upper()
    ok(
        host,
        {
            "op": "hcn_namespace_modify",
            "args": {"id": nsid, "request": json.dumps({**attach, "RequestType": "Remove"})},
            "pre": [],
        },
    )
    ok(
        host,
        {
            "op": "hcn_namespace_delete",
            "args": {"id": nsid},
            "pre": [{"kind": "namespace", "state": "owned", "id": nsid}],
        },
    )
    assert snap(host, "namespaces")["namespaces"] == []


def test_dns_modify():
    host = make_host()
    nid = gid()
    ok(host, net_create(nid, nat_doc()))
    dns = {"Domain": "corp", "Search": ["corp"], "ServerList": ["10.1.0.2"]}
    ok(host, net_modify(nid, {"ResourceType": "DNS", "RequestType": "Update", "Settings": dns}))
    assert _net(host, "natnet")["Dns"] == dns


GATED = {
    "HostRoute": lambda: net_create(gid(), overlay_doc(extra_policies=[{"Type": "HostRoute", "Settings": {}}])),
    "VxlanPort": lambda: net_create(
        gid(), overlay_doc(extra_policies=[{"Type": "VxlanPort", "Settings": {"Port": 4789}}])
    ),
    "SetPolicy": lambda: net_create(
        gid(), overlay_doc(extra_policies=[{"Type": "SetPolicy", "Settings": {"Id": "s", "Values": "10.0.0.1"}}])
    ),
    "NetworkACL": lambda: net_create(gid(), overlay_doc(extra_policies=[{"Type": "NetworkACL", "Settings": {}}])),
    "DisableHostPort": lambda: net_create(gid(), {**overlay_doc(), "Flags": 1024}),
    "RemoteSubnetRoute": lambda: net_create(
        gid(), overlay_doc(extra_policies=[{"Type": "RemoteSubnetRoute", "Settings": ROUTE}])
    ),
}
SUPPORTED = {
    "ws2019": {"RemoteSubnetRoute", "HostRoute"},  # hcsshim gates both on HNS 9.2 only
    "ws2022": {"RemoteSubnetRoute", "HostRoute", "VxlanPort", "SetPolicy"},
    "ws2025": set(GATED),
}


@pytest.mark.parametrize("windows", list(SUPPORTED))
@pytest.mark.parametrize("feature", list(GATED))
def test_feature_gates(windows, feature):
    host = make_host(windows=windows)
    response_hr = {"DisableHostPort": "0x803B0015"}.get(feature, "0x803B000E")
    if feature in SUPPORTED[windows]:
        ok(host, GATED[feature]())
    else:
        err = fail(host, GATED[feature]())
        assert (err["code"], err["hresult"]) == ("HNS_ERROR", response_hr)
    assert snap(host, "hns_version")["hns_version"]["Major"] == {"ws2019": 9, "ws2022": 13, "ws2025": 15}[windows]


def test_hns_version_override():
    host = make_host(windows="ws2022", hns_version="15.1")
    ok(
        host,
        GATED["NetworkACL"](),
        net_create(gid(), {**overlay_doc(name="o2", prefix="10.244.7.0/24", gw="10.244.7.1"), "Flags": 1024}),
    )
    assert snap(host, "hns_version")["hns_version"] == {"Major": 15, "Minor": 1}


def test_fault_element_not_found_after_create():
    host = make_host()
    host.faults.element_not_found_after_create = 1
    nid = gid()
    ok(host, net_create(nid, nat_doc()))
    assert snap(host, "networks")["networks"] == []  # the read right after the create misses it
    assert [n["Name"] for n in snap(host, "networks")["networks"]] == ["natnet"]
    nid2 = gid()
    ok(host, net_create(nid2, {"Name": "p", "Type": "Private"}))
    assert len(snap(host, "networks")["networks"]) == 2  # K was 1


def test_fault_already_exists_after_delete():
    host = make_host()
    host.faults.already_exists_after_delete_s = 0.3
    nid = gid()
    ok(host, net_create(nid, nat_doc()), net_delete(nid))
    err = fail(host, net_create(gid(), nat_doc()))
    assert err["hresult"] == "0x80071392" and "The object already exists" in err["message"]  # moby/moby#33880
    time.sleep(0.32)
    ok(host, net_create(gid(), nat_doc()))


def test_fault_transient_errors_count_down():
    host = make_host()
    host.faults.hns_transient_errors = 2
    assert fail(host, {"op": "snapshot", "args": {"kinds": ["networks"]}})["hresult"] == "0x803B0020"
    assert fail(host, net_create(gid(), nat_doc()))["hresult"] == "0x803B0020"
    ok(host, net_create(gid(), nat_doc()))
    assert host.faults.hns_transient_errors == 0


@pytest.mark.parametrize(
    ("ops", "disruptive"),
    [
        (lambda: [net_create(gid(), nat_doc())], False),
        (lambda: [net_create(gid(), overlay_doc())], True),
        (lambda: [net_create(gid(), adapter_doc("Transparent", "t"))], True),
        (lambda: [switch_create("i", "Internal")], False),
        (lambda: [switch_create("e", "External", net_adapter_names=["Ethernet 2"])], True),
        (lambda: [switch_create("e", "External", net_adapter_names=["Ethernet 2"], allow_management_os=False)], False),
    ],
)
def test_blackout_on_disruptive_operations_only(ops, disruptive):
    host = make_host()
    host.faults.blackout_seconds = 5
    start = time.monotonic()
    ok(host, *ops())
    if disruptive:
        assert start + 4.9 < host.blackout_until < time.monotonic() + 5.1
    else:
        assert host.blackout_until == 0.0


def test_transient_errors_hit_every_hns_call_the_bridge_makes():
    host = make_host()
    host.faults.hns_transient_errors = 3
    err = fail(host, net_create(gid(), nat_doc(), pre=[{"kind": "network", "state": "absent", "name": "natnet"}]))
    assert (err["code"], err["hresult"]) == ("HNS_ERROR", "0x803B0020")
    assert err["message"] == "HcnEnumerateNetworks: Operation cannot be performed while service is stopping. "
    err = fail(host, {"op": "snapshot", "args": {"kinds": ["hns_version"]}})
    assert err["message"].startswith("HNSCall GET /globals/version: ") and err["hresult"] == "0x803B0020"
    err = fail(host, {"op": "snapshot", "args": {"kinds": ["switches", "endpoints"]}})
    assert err["message"].startswith("HcnEnumerateEndpoints: ")
    assert snap(host, "networks", "endpoints", "hns_version")["networks"] == []
