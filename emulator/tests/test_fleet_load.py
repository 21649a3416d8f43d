"""Fleet files, the default fleet, seeds and reachability."""

import json
from pathlib import Path

import pytest
from hvemu import bridge
from hvemu.fleet import FleetError, build_fleet, default_fleet, load_fleet
from hvemu.model.testkit import ep_create, fail, gid, make_host, nat_doc, net_create, net_modify, ok, overlay_doc, snap

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "fleet.yml"


def test_example_fleet_loads_with_its_seeds():
    fleet = load_fleet(EXAMPLE)
    assert set(fleet.hosts) == {"hv01", "hv02", "hv03", "vm01", "locked01"}
    hv01, hv02, hv03, vm01 = (fleet.hosts[n] for n in ("hv01", "hv02", "hv03", "vm01"))
    state = snap(hv01, "switches", "networks", "netnat", "vm_adapters", "ledger")
    assert {s["Name"] for s in state["switches"]} == {"VMs", "nat"}
    assert all("[hyperv.network]" not in (s["Notes"] or "") for s in state["switches"])
    assert {n["Name"] for n in state["networks"]} == {
        "nat",
        "Intel(R) Ethernet Controller X710 for 10GbE SFP+ #2 - Virtual Switch",
    }
    assert state["netnat"][0]["InternalIPInterfaceAddressPrefix"] == "172.26.64.0/20"
    assert state["vm_adapters"][0]["VMName"] == "vm01" and state["vm_adapters"][0]["MacAddress"] == "00155D0A0C01"
    assert state["ledger"] == {
        "networks": [], "endpoints": [], "namespaces": [], "routes": [], "forwarding": [], "firewall_rules": [],
    }  # fmt: skip
    flannel = snap(hv02, "networks", "endpoints")
    assert {n["Name"] for n in flannel["networks"]} == {"External", "vxlan0"}
    assert flannel["endpoints"][0]["Name"].endswith("_cbr0") and len(flannel["endpoints"][0]["Name"]) == 32 + 5
    vxlan0 = next(n for n in flannel["networks"] if n["Name"] == "vxlan0")
    assert any(p["Type"] == "DrMacAddress" for p in vxlan0["Policies"])
    assert {n["Name"] for n in snap(hv03, "networks")["networks"]} == {"Calico"}
    assert hv03.hns_version == (9, 5) and vm01.kind == "vm" and vm01.parent == "hv01" and not vm01.hyperv_module
    assert fleet.hosts["locked01"].transports == {"winrm"}
    response, rc = bridge.call(fleet.hosts["locked01"], [{"op": "ping", "args": {}}])
    assert rc == 3 and response["error"]["code"] == "CONSTRAINED_LANGUAGE"
    # the foreign objects are protected by the ownership preconditions
    nat_id = next(n["ID"] for n in state["networks"] if n["Name"] == "nat")
    err = fail(
        hv01,
        {
            "op": "hcn_network_delete",
            "args": {"id": nat_id},
            "pre": [{"kind": "network", "state": "owned", "id": nat_id}],
        },
    )
    assert err["code"] == "PRECONDITION_FAILED"


@pytest.mark.parametrize("n", [1, 3, 7, 12])
def test_default_fleet_shape(n):
    fleet = default_fleet(n)
    hv = [h for h in fleet.hosts.values() if h.kind == "hyperv"]
    vms = [h for h in fleet.hosts.values() if h.kind == "vm"]
    assert len(hv) + len(vms) == n and len(hv) >= 2 * n / 3 - 1 and len(vms) <= n / 3 + 1
    assert [h.name for h in hv] == [f"hv{i:02d}" for i in range(1, len(hv) + 1)]
    assert {h.windows for h in hv} <= {"ws2022", "ws2025"}
    lans = set()
    for host in hv:
        ipv4 = [a["ip"]["IPv4"][0]["IPAddress"] for a in host.data["adapters"] if a["ip"]["IPv4"]]
        ipv4 += [a["stash"]["IPv4"][0]["IPAddress"] for a in host.data["adapters"] if a.get("stash")]
        lans |= {ip.rsplit(".", 2)[0] for ip in ipv4}
        assert host.users and host.transports == {"winrm", "psrp"}
        assert host.data["adapters"][0]["ip"]["Gateways"] and host.data["adapters"][0]["ip"]["DnsServers"]
    assert len(lans) == len(hv)  # a 10.x LAN per host
    for vm in vms:
        parent = fleet.hosts[vm.parent]
        assert parent.kind == "hyperv" and not vm.hyperv_module
        assert vm.name in {nic["VMName"] for nic in parent.data["vm_nics"]}


@pytest.mark.parametrize(
    ("spec", "needle"),
    [
        ({"hosts": []}, "non-empty 'hosts'"),
        ({"hosts": [{"windows": "ws2022"}]}, "hosts[0]: name"),
        ({"hosts": [{"name": "a", "windows": "ws2016"}]}, "host 'a': windows"),
        ({"hosts": [{"name": "a", "kind": "container"}]}, "host 'a': kind"),
        ({"hosts": [{"name": "a", "colour": "red"}]}, "host 'a': colour"),
        (
            {"hosts": [{"name": "a", "adapters": [{"name": "E", "ipv4": "10.0.0.300/24"}]}]},
            "host 'a': adapters[0].ipv4",
        ),
        ({"hosts": [{"name": "a", "adapters": [{"name": "E", "ipv4": "10.0.0.3"}]}]}, "host 'a': adapters[0].ipv4"),
        ({"hosts": [{"name": "a", "adapters": [{"name": "E", "gateway": "gw"}]}]}, "host 'a': adapters[0].gateway"),
        ({"hosts": [{"name": "a", "adapters": [{"name": "E", "mac": "zz"}]}]}, "host 'a': adapters[0].mac"),
        ({"hosts": [{"name": "a", "adapters": [{"name": "E", "vlan": 3}]}]}, "host 'a': adapters[0].vlan"),
        ({"hosts": [{"name": "a", "process_bitness": 16}]}, "host 'a': process_bitness"),
        ({"hosts": [{"name": "a", "transports": ["ssh"]}]}, "host 'a': transports"),
        ({"hosts": [{"name": "a", "users": {}}]}, "host 'a': users"),
        ({"hosts": [{"name": "v", "kind": "vm", "parent": "nope"}]}, "host 'v': parent"),
        ({"hosts": [{"name": "a"}, {"name": "a"}]}, "host 'a': name"),
        (
            {"hosts": [{"name": "a", "vms": [{"name": "x", "nics": [{"switch": "none"}]}]}]},
            "host 'a': vms[0].nics[0].switch",
        ),
        ({"hosts": [{"name": "a", "seed": {"docker": True}}]}, "host 'a': seed.docker"),
        (
            {"hosts": [{"name": "a", "kind": "vm", "hyperv_module": False, "seed": {"switches": [{"name": "s"}]}}]},
            "host 'a': seed.switches[0]",
        ),
    ],
)
def test_fleet_validation_names_host_and_field(spec, needle):
    with pytest.raises(FleetError) as info:
        build_fleet(spec)
    assert needle in str(info.value)


def test_load_fleet_rejects_non_yaml(tmp_path):
    path = tmp_path / "f.yml"
    path.write_text("hosts: [unclosed")
    with pytest.raises(FleetError, match="not YAML"):
        load_fleet(path)


def _overlay(host, subnet_prefix, gw, vsid=4096):
    nid = gid()
    ok(host, net_create(nid, overlay_doc(prefix=subnet_prefix, gw=gw, vsid=vsid)))
    doc = next(n for n in snap(host, "networks")["networks"] if n["Name"] == "overlay")
    facts = {p["Type"]: p["Settings"] for p in doc["Policies"]}
    pa = facts["ProviderAddress"]["ProviderAddress"]
    # a local overlay endpoint carries its host's PA (win-overlay ApplyDefaultPAPolicy; hns E9)
    ok(
        host,
        ep_create(
            gid(), nid, {"Name": "web", "Policies": [{"Type": "ProviderAddress", "Settings": {"ProviderAddress": pa}}]}
        ),
    )
    return nid, pa, facts["DrMacAddress"]["Address"]


def _route(nid, prefix, pa, mac, vsid=4096):
    route = {
        "DestinationPrefix": prefix,
        "IsolationId": vsid,
        "ProviderAddress": pa,
        "DistributedRouterMacAddress": mac,
    }
    return net_modify(
        nid,
        {
            "ResourceType": "Policy",
            "RequestType": "Add",
            "Settings": {"Policies": [{"Type": "RemoteSubnetRoute", "Settings": route}]},
        },
    )


def test_reachability_overlay():
    fleet = default_fleet(3)
    for host in fleet.hosts.values():
        host.settings["overlay_facts_delay_s"] = 0
    hv01, hv02 = fleet.hosts["hv01"], fleet.hosts["hv02"]
    n1, pa1, mac1 = _overlay(hv01, "10.244.1.0/24", "10.244.1.1")
    n2, pa2, mac2 = _overlay(hv02, "10.244.2.0/24", "10.244.2.1")
    assert pa1 == "10.11.0.21" and pa2 == "10.12.0.21" and mac1 != mac2
    answer = fleet.reachability("hv01/web", "hv02/web")
    assert answer["reachable"] is False and "no RemoteSubnetRoute" in answer["reason"]
    ok(hv01, _route(n1, "10.244.2.0/24", pa2, mac2.replace("-", ":").lower()))  # Calico-style MAC still routes
    answer = fleet.reachability("hv01/web", "hv02/web")  # one side programmed: the way back is missing
    assert answer["reachable"] is False and answer["reason"].startswith("hv02/web: no RemoteSubnetRoute")
    ok(hv02, _route(n2, "10.244.1.0/24", pa1, "00-15-5D-00-00-01"))  # wrong DR MAC
    answer = fleet.reachability("hv01/web", "hv02/web")
    assert answer["reachable"] is False and "DR MAC" in answer["reason"]
    ok(
        hv02,
        net_modify(
            n2,
            {
                "ResourceType": "Policy",
                "RequestType": "Update",
                "Settings": {
                    "Policies": [
                        {
                            "Type": "RemoteSubnetRoute",
                            "Settings": {
                                "DestinationPrefix": "10.244.1.0/24",
                                "IsolationId": 4096,
                                "ProviderAddress": pa1,
                                "DistributedRouterMacAddress": mac1,
                            },
                        }
                    ]
                },
            },
        ),
    )
    answer = fleet.reachability("hv01/web", "hv02/web")
    assert answer == {"reachable": True, "reason": answer["reason"]} and "VSID 4096" in answer["reason"]
    assert fleet.reachability("hv02/web", "hv01/web")["reachable"] is True
    assert fleet.reachability("hv01/web", "hv09/web")["reachable"] is False


def test_reachability_vsid_mismatch_and_nat():
    fleet = default_fleet(3)
    for host in fleet.hosts.values():
        host.settings["overlay_facts_delay_s"] = 0
    hv01, hv02 = fleet.hosts["hv01"], fleet.hosts["hv02"]
    _overlay(hv01, "10.244.1.0/24", "10.244.1.1", vsid=4096)
    _overlay(hv02, "10.244.2.0/24", "10.244.2.1", vsid=5000)
    assert "VSID" in fleet.reachability("hv01/web", "hv02/web")["reason"]
    nat = gid()
    ok(hv01, net_create(nat, nat_doc()), ep_create(gid(), nat, {"Name": "natc"}))
    answer = fleet.reachability("hv01/natc", "hv02/web")  # NAT leaves through WinNAT; nothing routes 10.244.2.0/24
    assert answer["reachable"] is False and "behind NAT" in answer["reason"]
    assert fleet.reachability("hv01/natc", "outside")["reachable"] is True
    nat2 = gid()
    ok(hv02, net_create(nat2, nat_doc(name="n2")), ep_create(gid(), nat2, {"Name": "natd"}))
    answer = fleet.reachability("hv01/natc", "hv02/natd")
    assert answer["reachable"] is False and "behind NAT" in answer["reason"]


def test_reachability_transparent_vm_needs_mac_spoofing():
    # hv01's own NIC "Ethernet 2" is held by the out-of-band switch VMs, so HNS cannot put a network on it
    # (hns E6, microsoft/SDN#269): the VM's container is asked about the outside (its LAN's gateway) instead.
    fleet = default_fleet(3)
    hv01, vm01 = fleet.hosts["hv01"], fleet.hosts["vm01"]
    t_vm = gid()
    ok(
        vm01,
        net_create(
            t_vm,
            {
                "Name": "tr",
                "Type": "Transparent",
                "Ipams": [
                    {
                        "Subnets": [
                            {
                                "IpAddressPrefix": "10.11.1.0/24",
                                "Routes": [{"NextHop": "10.11.1.1", "DestinationPrefix": "0.0.0.0/0"}],
                            }
                        ]
                    }
                ],
            },
        ),
        ep_create(gid(), t_vm, {"Name": "b", "IpConfigurations": [{"IpAddress": "10.11.1.60"}]}),
    )
    answer = fleet.reachability("vm01/b", "outside")
    assert answer["reachable"] is False and "spoofing" in answer["reason"]
    pre = [{"kind": "vm_adapter", "state": "present", "name": "Network Adapter", "vm_name": "vm01"}]
    ok(
        hv01,
        {
            "op": "vm_adapter_set",
            "args": {"vm_name": "vm01", "name": "Network Adapter", "mac_address_spoofing": True},
            "pre": pre,
        },
    )
    answer = fleet.reachability("vm01/b", "outside")
    assert answer["reachable"] is True and "LAN" in answer["reason"]


def test_attach_state_dir_writes_one_file_per_host(tmp_path):
    fleet = default_fleet(3)
    fleet.attach_state_dir(tmp_path / "state")
    assert sorted(p.name for p in (tmp_path / "state").iterdir()) == ["hv01.json", "hv02.json", "vm01.json"]
    assert json.loads((tmp_path / "state" / "hv01.json").read_text())["switches"][0]["name"] == "VMs"


def test_make_host_is_a_one_host_fleet():
    assert make_host().name == "hv01"


def test_default_fleet_scales_to_large_fleets_with_distinct_lans():
    """500 hosts (the scale target) and beyond: every host's LANs and every VM address are distinct."""
    fleet = default_fleet(1000)
    addresses = []
    for host in fleet.hosts.values():
        for adapter in host.state()["adapters"]:
            addresses.extend(a["IPAddress"] for a in adapter["ip"]["IPv4"])
    assert len(fleet.hosts) == 1000
    assert len(addresses) == len(set(addresses))
