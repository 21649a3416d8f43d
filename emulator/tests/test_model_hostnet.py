"""Host objects (docs/design/host-objects.md sections 1 and 2): v1 host attach/detach, ActiveStore routes,
forwarding, firewall rules, the ledger keys, the vms kind, vm_adapters[].Id, host.features, vm_adapter_set by
id. Every call goes through the engine (schema-checked by testkit); host state is read from host.state() (the
control API's view) where the bridge's own reads would prove nothing."""

import json

import pytest
from hvemu.fleet import FleetError, build_fleet
from hvemu.model.testkit import ADAPTERS, call, fail, gid, make_host, ok, snap

L2 = {
    "Name": "l2",
    "Type": "L2Bridge",
    "Policies": [{"Type": "NetAdapterName", "Settings": {"NetworkAdapterName": "Ethernet 3"}}],
    "Ipams": [
        {
            "Subnets": [
                {
                    "IpAddressPrefix": "10.250.7.0/24",
                    "Routes": [{"NextHop": "10.250.7.1", "DestinationPrefix": "0.0.0.0/0"}],
                }
            ]
        }
    ],
}


def _l2(host, ep_doc=None):
    nid, eid = gid(), gid()
    ok(host, {"op": "hcn_network_create", "args": {"id": nid, "settings": json.dumps(L2)}, "pre": []})
    doc = {"Name": "l2_ep", "IpConfigurations": [{"IpAddress": "10.250.7.2", "PrefixLength": 24}]}
    doc.update(ep_doc or {})
    ok(
        host,
        {"op": "hcn_endpoint_create", "args": {"id": eid, "network_id": nid, "settings": json.dumps(doc)}, "pre": []},
    )
    return nid, eid


def attach(eid, op="hcn_endpoint_host_attach"):
    return {"op": op, "args": {"id": eid}, "pre": [{"kind": "endpoint", "state": "present", "id": eid}]}


def route(op, alias, prefix, hop):
    return {"op": op, "args": {"interface_alias": alias, "destination_prefix": prefix, "next_hop": hop}}


def rule(name="hvnet-vxlan", port=4789, remote=("10.1.0.22",)):
    return {
        "op": "firewall_rule_create",
        "args": {
            "name": name,
            "display_name": f"hyperv.network {name}",
            "direction": "Inbound",
            "protocol": "UDP",
            "local_port": port,
            "remote_addresses": list(remote),
            "action": "Allow",
        },
    }


def state_adapter(host, name):
    return next((a for a in host.state()["adapters"] if a["Name"] == name), None)


# ---- v1 host attach / detach ----------------------------------------------------------------
def test_attach_makes_the_host_vnic_with_the_endpoint_ip_and_routes_and_the_bridge_removes_its_default_route():
    host = make_host()
    _, eid = _l2(host, {"Routes": [{"NextHop": "10.250.7.1", "DestinationPrefix": "0.0.0.0/0"}]})
    # what HNS does (hostnet.hns_host_attach): the vNIC holds the endpoint's address and its default route
    vnic = host.hns_host_attach(eid)
    assert vnic["name"] == "vEthernet (l2_ep)"
    assert vnic["ip"]["IPv4"] == [{"IPAddress": "10.250.7.2", "PrefixLength": 24, "PrefixOrigin": 1}]
    rows = [r for r in host.state()["routes"] if r["InterfaceAlias"] == "vEthernet (l2_ep)"]
    assert [(r["DestinationPrefix"], r["NextHop"]) for r in rows] == [("0.0.0.0/0", "10.250.7.1")]
    # a second attach: HCN_E_ENDPOINT_ALREADY_ATTACHED with flannel's text; the bridge op takes it as success
    with pytest.raises(Exception) as exc:
        host.hns_host_attach(eid)
    assert "This endpoint is already attached to the switch." in exc.value.message
    assert exc.value.hresult == "0x803B0014"
    (data,) = ok(host, attach(eid))
    assert data["already_attached"] is True and data["interface_alias"] == "vEthernet (l2_ep)"
    assert data["default_routes_removed"] == 1  # review 3 finding 2: no default route on the gateway vNIC
    assert not [r for r in host.state()["routes"] if r["InterfaceAlias"] == "vEthernet (l2_ep)"]
    seen = {a["Name"]: a for a in snap(host, "adapters")["adapters"]}["vEthernet (l2_ep)"]
    assert seen["InterfaceIndex"] == data["interface_index"] and seen["Virtual"] is True
    assert seen["ip"]["Forwarding"] == 0


def test_attach_then_detach_and_detach_of_a_detached_endpoint_is_success():
    host = make_host()
    _, eid = _l2(host, {"Routes": []})  # no routes (an endpoint without Routes gets the subnet's: hcn_endpoints)
    (data,) = ok(host, attach(eid))
    assert data["already_attached"] is False and data["default_routes_removed"] == 0
    assert state_adapter(host, "vEthernet (l2_ep)") is not None
    (gone,) = ok(host, attach(eid, "hcn_endpoint_host_detach"))
    assert gone["was_attached"] is True and state_adapter(host, "vEthernet (l2_ep)") is None
    with pytest.raises(Exception) as exc:
        host.hns_host_detach(eid)
    assert exc.value.hresult == "0x803B0034"  # HCN_E_ENDPOINT_NOT_ATTACHED
    (again,) = ok(host, attach(eid, "hcn_endpoint_host_detach"))
    assert again["was_attached"] is False


def test_attach_of_a_missing_endpoint_fails_its_precondition_and_deleting_an_attached_endpoint_drops_its_vnic():
    host = make_host()
    err = fail(host, attach(gid()))
    assert err["code"] == "PRECONDITION_FAILED"
    _, eid = _l2(host)
    ok(host, attach(eid), {"op": "hcn_endpoint_delete", "args": {"id": eid}, "pre": []})
    assert state_adapter(host, "vEthernet (l2_ep)") is None


# ---- routes ---------------------------------------------------------------------------------
def test_route_add_is_recorded_idempotent_and_shown_and_remove_releases_it():
    host = make_host()
    add = route("net_route_add", "ethernet", "10.250.8.0/24", "10.1.0.22")
    (first,) = ok(host, add)
    assert first["changed"] is True and first["interface_alias"] == "Ethernet"
    (second,) = ok(host, add)  # the same route present: success, no call
    assert second["changed"] is False
    rows = [r for r in host.state()["routes"] if r["DestinationPrefix"] == "10.250.8.0/24"]
    assert rows == [
        {
            "InterfaceAlias": "Ethernet",
            "InterfaceIndex": first["interface_index"],
            "DestinationPrefix": "10.250.8.0/24",
            "NextHop": "10.1.0.22",
            "RouteMetric": 256,
        }
    ]
    assert host.state()["ledger"]["routes"] == ["Ethernet|10.250.8.0/24|10.1.0.22"]
    assert snap(host, "routes")["routes"] == host.state()["routes"]
    (removed,) = ok(host, route("net_route_remove", "Ethernet", "10.250.8.0/24", "10.1.0.22"))
    assert removed["changed"] is True
    assert not [r for r in host.state()["routes"] if r["DestinationPrefix"] == "10.250.8.0/24"]
    assert host.state()["ledger"]["routes"] == []
    (missing,) = ok(host, route("net_route_remove", "Ethernet", "10.250.8.0/24", "10.1.0.22"))
    assert missing["changed"] is False and missing["interface_index"] is not None


def test_route_remove_keeps_a_route_with_another_next_hop_and_a_gone_interface_is_success():
    host = make_host()
    ok(host, route("net_route_add", "Ethernet", "10.250.8.0/24", "10.1.0.22"))
    (other,) = ok(host, route("net_route_remove", "Ethernet", "10.250.8.0/24", "10.1.0.23"))
    assert other["changed"] is False
    assert [r["NextHop"] for r in host.state()["routes"] if r["DestinationPrefix"] == "10.250.8.0/24"] == ["10.1.0.22"]
    (gone,) = ok(host, route("net_route_remove", "vEthernet (nothing)", "10.250.8.0/24", "10.1.0.22"))
    assert gone["interface_index"] is None and gone["changed"] is False


def test_windows_errors_for_routes_as_the_cmdlets_report_them():
    host = make_host()
    eth = host.adapter_by_name("Ethernet")
    host.new_net_route(eth, "10.9.0.0/16", "10.1.0.9")
    with pytest.raises(Exception) as dup:
        host.new_net_route(eth, "10.9.0.0/16", "10.1.0.9")
    assert dup.value.message == "New-NetRoute : Instance MSFT_NetRoute already exists"
    with pytest.raises(Exception) as missing:
        host.remove_net_route(eth, "10.8.0.0/16", None)
    assert "No MSFT_NetRoute objects found with property 'DestinationPrefix' equal to '10.8.0.0/16'" in (
        missing.value.message
    )
    assert missing.value.detail == "CmdletizationQuery_NotFound_DestinationPrefix,Remove-NetRoute"
    with pytest.raises(Exception) as bits:
        host.new_net_route(eth, "10.9.1.5/16", "10.1.0.9")
    assert bits.value.detail == "Windows System Error 87,New-NetRoute"


def test_route_add_on_an_interface_without_ipv4_fails_naming_it_and_records_nothing():
    host = make_host()
    err = fail(host, route("net_route_add", "vEthernet (none)", "10.250.8.0/24", "10.1.0.22"))
    assert err["code"] == "CMDLET_ERROR" and "'vEthernet (none)'" in err["message"]
    assert host.state()["ledger"].get("routes", []) == []


def test_reboot_drops_activestore_routes_and_the_attach_but_keeps_gateways_forwarding_and_rules():
    host = make_host()
    _, eid = _l2(host)
    ok(
        host,
        attach(eid),
        route("net_route_add", "Ethernet", "10.250.8.0/24", "10.1.0.22"),
        {"op": "ip_forwarding_set", "args": {"interface_alias": "Ethernet", "enabled": True}},
        rule(),
    )
    assert host.reboot()["routes"] == 1
    after = host.state()
    assert [(r["InterfaceAlias"], r["DestinationPrefix"]) for r in after["routes"]] == [
        ("Ethernet", "0.0.0.0/0"),
        ("Ethernet 2", "0.0.0.0/0"),
    ]
    assert state_adapter(host, "vEthernet (l2_ep)") is None
    assert after["forwarding"]["Ethernet"] is True
    assert [r["Name"] for r in after["firewall_rules"]] == ["hvnet-vxlan"]
    assert after["ledger"]["routes"] == ["Ethernet|10.250.8.0/24|10.1.0.22"]  # the ledger file stays
    (again,) = ok(host, attach(eid))  # a rerun attaches again
    assert again["already_attached"] is False


# ---- forwarding -----------------------------------------------------------------------------
def test_forwarding_by_alias_and_by_ip_with_the_ledger():
    host = make_host()
    _, eid = _l2(host)
    ok(host, attach(eid))
    (on,) = ok(host, {"op": "ip_forwarding_set", "args": {"ip_address": "10.250.7.2", "enabled": True}})
    assert on == {"interface_alias": "vEthernet (l2_ep)", "interface_index": on["interface_index"], "before": 0,
                  "changed": True}  # fmt: skip
    (again,) = ok(host, {"op": "ip_forwarding_set", "args": {"interface_alias": "vEthernet (l2_ep)", "enabled": True}})
    assert again["before"] == 1 and again["changed"] is False
    state = host.state()
    assert state["forwarding"]["vEthernet (l2_ep)"] is True and state["forwarding"]["Ethernet"] is False
    assert state["ledger"]["forwarding"] == ["vEthernet (l2_ep)"]
    seen = {a["Name"]: a["ip"]["Forwarding"] for a in snap(host, "adapters")["adapters"]}
    assert seen["vEthernet (l2_ep)"] == 1 and seen["Ethernet"] == 0
    ok(host, {"op": "ip_forwarding_set", "args": {"interface_alias": "vEthernet (l2_ep)", "enabled": False}})
    assert host.state()["forwarding"]["vEthernet (l2_ep)"] is False and host.state()["ledger"]["forwarding"] == []


def test_forwarding_that_was_on_already_is_not_recorded():
    host = make_host()
    host.adapter_by_name("Ethernet")["forwarding"] = True  # someone else turned it on
    (data,) = ok(host, {"op": "ip_forwarding_set", "args": {"interface_alias": "Ethernet", "enabled": True}})
    assert data["before"] == 1 and host.state()["ledger"].get("forwarding", []) == []


def test_forwarding_on_an_address_nobody_holds_fails_naming_it():
    host = make_host()
    err = fail(host, {"op": "ip_forwarding_set", "args": {"ip_address": "10.250.7.2", "enabled": True}})
    assert err["code"] == "CMDLET_ERROR" and "'10.250.7.2'" in err["message"]


# ---- firewall -------------------------------------------------------------------------------
def test_firewall_rule_create_set_remove_with_the_ledger_and_the_snapshot_shape():
    host = make_host()
    (created,) = ok(host, rule(remote=()))
    assert created == {"name": "hvnet-vxlan", "changed": True}
    (row,) = snap(host, "firewall_rules")["firewall_rules"]
    assert row == {
        "Name": "hvnet-vxlan",
        "DisplayName": "hyperv.network hvnet-vxlan",
        "Enabled": True,
        "Direction": 1,
        "Action": 2,
        "Protocol": "UDP",
        "LocalPort": ["4789"],
        "RemoteAddress": ["Any"],
    }
    assert host.state()["ledger"]["firewall_rules"] == ["hvnet-vxlan"]
    ok(host, {"op": "firewall_rule_set", "args": {"name": "hvnet-vxlan", "local_port": 4790,
                                                   "remote_addresses": ["10.1.0.22", "10.1.0.0/24"]}})  # fmt: skip
    (rule_now,) = host.state()["firewall_rules"]
    assert rule_now["LocalPort"] == ["4790"] and rule_now["RemoteAddress"] == ["10.1.0.22", "10.1.0.0/24"]
    (removed,) = ok(host, {"op": "firewall_rule_remove", "args": {"name": "hvnet-vxlan"}})
    assert removed["changed"] is True and host.state()["firewall_rules"] == []
    assert host.state()["ledger"]["firewall_rules"] == []
    (missing,) = ok(host, {"op": "firewall_rule_remove", "args": {"name": "hvnet-vxlan"}})
    assert missing["changed"] is False


def test_firewall_rule_set_enabled_re_enables_a_disabled_rule_and_the_snapshot_shows_it():
    # Review 4 finding 9: Disable-NetFirewallRule sets Enabled False and leaves the filters alone.
    host = make_host()
    ok(host, rule(remote=()))
    host.firewall_rule("hvnet-vxlan")["Enabled"] = False
    assert snap(host, "firewall_rules")["firewall_rules"][0]["Enabled"] is False
    ok(host, {"op": "firewall_rule_set", "args": {"name": "hvnet-vxlan", "local_port": 4789,
                                                   "remote_addresses": [], "enabled": True}})  # fmt: skip
    (rule_now,) = host.state()["firewall_rules"]
    assert rule_now["Enabled"] is True and rule_now["LocalPort"] == ["4789"] and rule_now["RemoteAddress"] == ["Any"]
    assert snap(host, "firewall_rules")["firewall_rules"][0]["Enabled"] is True
    # Without enabled, Enabled is left as it is.
    host.firewall_rule("hvnet-vxlan")["Enabled"] = False
    ok(host, {"op": "firewall_rule_set", "args": {"name": "hvnet-vxlan", "local_port": 4789, "remote_addresses": []}})
    assert host.state()["firewall_rules"][0]["Enabled"] is False


def test_firewall_rule_of_that_name_outside_the_ledger_is_refused_and_set_of_a_missing_rule_fails():
    host = make_host(seed={"firewall_rules": [{"name": "hvnet-vxlan", "group": "someone"}]})
    err = fail(host, rule())
    assert err["code"] == "PRECONDITION_FAILED" and "'hvnet-vxlan'" in err["message"] and "someone" in err["message"]
    assert host.state()["ledger"].get("firewall_rules", []) == []
    assert snap(host, "firewall_rules")["firewall_rules"] == []  # only group hyperv.network is read
    err = fail(host, {"op": "firewall_rule_set", "args": {"name": "other", "local_port": 1, "remote_addresses": []}})
    assert err["code"] == "PRECONDITION_FAILED" and "'other'" in err["message"]


def test_windows_errors_for_firewall_rules():
    host = make_host(seed={"firewall_rules": [{"name": "x"}]})
    with pytest.raises(Exception) as dup:
        host.new_firewall_rule({"Name": "X"})
    assert dup.value.message == "New-NetFirewallRule : Cannot create a file when that file already exists."
    assert dup.value.detail == "Windows System Error 183,New-NetFirewallRule"
    with pytest.raises(Exception) as missing:
        host.remove_firewall_rule("nope")
    assert missing.value.message == (
        "Remove-NetFirewallRule : No MSFT_NetFirewallRule objects found with property 'Name' equal to 'nope'.  "
        "Verify the value of the property and retry."
    )


# ---- VMs, vm_adapters Id, features, vm_adapter_set by id --------------------------------------
TWIN = [{"name": "ctr", "nics": [{"name": "Network Adapter"}, {"name": "Network Adapter"}]}]


def test_vms_kind_and_vm_adapter_ids_with_two_nics_of_one_name():
    host = make_host(vms=[*TWIN, {"name": "off", "state": "off", "nics": [{"name": "n", "ip_addresses": ["1.2.3.4"]}]}])
    vms = {v["Name"]: v for v in snap(host, "vms")["vms"]}
    ctr = vms["ctr"]
    assert ctr["State"] == 2 and vms["off"]["State"] == 3
    ids = [a["Id"] for a in ctr["Adapters"]]
    assert len(set(ids)) == 2 and all(i.startswith(f"Microsoft:{ctr['Id'].upper()}\\") for i in ids)
    assert [a["Name"] for a in ctr["Adapters"]] == ["Network Adapter", "Network Adapter"]
    assert vms["off"]["Adapters"][0]["IPAddresses"] == []  # not running: Hyper-V reads no guest addresses
    rows = snap(host, "vm_adapters")["vm_adapters"]
    assert [r["Id"] for r in rows if r["VMName"] == "ctr"] == ids


def test_guest_ips_come_from_the_guest_host_of_the_fleet():
    fleet = build_fleet(
        {
            "hosts": [
                {
                    "name": "hv01",
                    "adapters": ADAPTERS,
                    "vms": [{"name": "vm01", "nics": [{"mac": "00-15-5D-0A-0C-01"}]}],
                },
                {
                    "name": "vm01",
                    "kind": "vm",
                    "parent": "hv01",
                    "hyperv_module": False,
                    "adapters": [{"name": "Ethernet", "ipv4": "10.1.1.101/24", "mac": "00-15-5D-0A-0C-01"}],
                },
            ]
        }
    )
    (vm,) = snap(fleet.hosts["hv01"], "vms")["vms"]
    ips = vm["Adapters"][0]["IPAddresses"]
    assert ips[0] == "10.1.1.101" and ips[1].startswith("fe80::")
    assert snap(fleet.hosts["vm01"], "vms")["vms"] == []  # no Hyper-V module: no Get-VM


def test_vm_adapter_set_by_id_and_the_ambiguous_name_refusal():
    host = make_host(vms=TWIN)
    err = fail(host, {"op": "vm_adapter_set", "args": {"vm_name": "ctr", "name": "Network Adapter",
                                                        "mac_address_spoofing": True}, "pre": []})  # fmt: skip
    assert err["code"] == "AMBIGUOUS_VM_ADAPTER"
    assert "'ctr'" in err["message"] and "'Network Adapter'" in err["message"] and " 2 " in err["message"]
    assert all(n["MacAddressSpoofing"] == 2 for n in host.state()["vm_adapters"])
    second = host.state()["vm_adapters"][1]["Id"]
    pre = [{"kind": "vm_adapter", "state": "present", "vm_name": "ctr", "name": "Network Adapter", "id": second}]
    (data,) = ok(host, {"op": "vm_adapter_set", "args": {"vm_name": "ctr", "name": "Network Adapter", "id": second,
                                                          "mac_address_spoofing": True}, "pre": pre})  # fmt: skip
    assert data["id"] == second
    assert [n["MacAddressSpoofing"] for n in host.state()["vm_adapters"]] == [2, 1]
    other = second[:-1] + ("0" if second[-1] != "0" else "1")
    err = fail(host, {"op": "vm_adapter_set", "args": {"vm_name": "ctr", "name": "Network Adapter", "id": other},
                      "pre": []})  # fmt: skip
    assert err["code"] == "PRECONDITION_FAILED" and other in err["message"]


def test_features_default_and_fleet_settable():
    assert snap(make_host(), "host")["host"]["features"] == {
        "Containers": True, "Hyper-V": True, "Hyper-V-PowerShell": True,
    }  # fmt: skip
    host = make_host(features={"Containers": False})
    assert snap(host, "host")["host"]["features"]["Containers"] is False
    assert host.state()["features"]["Containers"] is False
    assert snap(make_host(features=None), "host")["host"]["features"] is None
    with pytest.raises(FleetError, match="features"):
        make_host(features={"Containerz": True})


def test_fleet_refuses_unknown_vm_fields_naming_them():
    with pytest.raises(FleetError, match=r"vms\[0\]\.state"):
        make_host(vms=[{"name": "a", "state": "sleeping"}])
    with pytest.raises(FleetError, match=r"vms\[0\]\.nics\[0\]\.ip_addresses"):
        make_host(vms=[{"name": "a", "nics": [{"name": "n", "ip_addresses": ["x"]}]}])


def test_state_file_of_an_older_hvemu_loads():
    host = make_host()
    old = host.to_json()
    for key in ("vms", "routes", "firewall_rules"):
        old.pop(key)
    again = make_host()
    again.load_json(old)
    assert again.state()["routes"] and again.state()["firewall_rules"] == []
    response, rc = call(again, {"op": "snapshot", "args": {"kinds": ["ledger", "routes", "vms"]}})
    assert rc == 0 and response["results"][0]["data"]["ledger"]["routes"] == []


def test_attach_of_an_endpoint_without_ipv4_is_refused_before_anything_changes():
    host = make_host()
    nid, eid = gid(), gid()
    doc = {
        "Name": "dhcp",
        "Type": "Transparent",
        "Policies": [{"Type": "NetAdapterName", "Settings": {"NetworkAdapterName": "Ethernet 3"}}],
    }
    ok(host, {"op": "hcn_network_create", "args": {"id": nid, "settings": json.dumps(doc)}, "pre": []})
    settings = json.dumps({"Name": "noaddr"})
    ok(host, {"op": "hcn_endpoint_create", "args": {"id": eid, "network_id": nid, "settings": settings}, "pre": []})
    before = [a["Name"] for a in host.state()["adapters"]]
    err = fail(host, attach(eid))
    assert err["code"] == "PRECONDITION_FAILED" and "no IPv4 address" in err["message"]
    assert [a["Name"] for a in host.state()["adapters"]] == before and host.attached_vnic(eid) is None


def test_a_seeded_foreign_route_is_shown_outside_the_ledger_and_a_bad_seed_names_the_field():
    seed = {"routes": [{"interface": "Ethernet", "destination_prefix": "10.250.9.0/24", "next_hop": "10.1.0.9"}]}
    host = make_host(seed=seed)
    rows = [r for r in snap(host, "routes")["routes"] if r["DestinationPrefix"] == "10.250.9.0/24"]
    assert [(r["InterfaceAlias"], r["NextHop"]) for r in rows] == [("Ethernet", "10.1.0.9")]
    assert snap(host, "ledger")["ledger"]["routes"] == []
    (same,) = ok(host, route("net_route_add", "Ethernet", "10.250.9.0/24", "10.1.0.9"))
    assert same["changed"] is False  # present: no call (the contract then records it)
    with pytest.raises(FleetError, match=r"seed: .*'Ethernet 9'"):
        make_host(
            seed={"routes": [{"interface": "Ethernet 9", "destination_prefix": "10.9.0.0/24", "next_hop": "1.2.3.4"}]}
        )


def test_the_control_api_shows_the_host_objects_and_takes_the_host_question():
    import types

    from hvemu import control

    host = make_host()
    ok(host, route("net_route_add", "Ethernet", "10.250.8.0/24", "10.1.0.22"), rule())
    ok(host, {"op": "ip_forwarding_set", "args": {"interface_alias": "Ethernet", "enabled": True}})
    fleet = build_fleet({"hosts": [{"name": "hv02", "adapters": ADAPTERS}]})
    fleet.hosts["hv01"] = host
    app = types.SimpleNamespace(fleet=fleet)
    code, state = control.handle(app, "GET", "/_hvemu/hosts/hv01", {}, b"")
    assert code == 200
    assert ("Ethernet", "10.250.8.0/24", "10.1.0.22") in {
        (r["InterfaceAlias"], r["DestinationPrefix"], r["NextHop"]) for r in state["routes"]
    }
    assert state["forwarding"]["Ethernet"] is True and state["firewall_rules"][0]["Group"] == "hyperv.network"
    assert set(state["ledger"]) >= {"routes", "forwarding", "firewall_rules"}
    code, answer = control.handle(app, "GET", "/_hvemu/reachability", {"src": ["hv01/x"], "dst": ["hv02"]}, b"")
    assert code == 200 and answer == {"reachable": False, "reason": "no endpoint 'x' on hv01"}


# ---- fleet file: an interface that starts with forwarding Enabled ------------------------------
def test_a_fleet_adapter_can_start_with_forwarding_enabled_and_the_collection_does_not_own_it():
    fleet = build_fleet(
        {
            "hosts": [
                {
                    "name": "hv01",
                    "adapters": [
                        {"name": "Ethernet", "ipv4": "10.1.0.21/24"},
                        {"name": "Ethernet 2", "ipv4": "10.1.1.21/24", "forwarding": True},
                    ],
                }
            ]
        }
    )
    host = fleet.hosts["hv01"]
    assert host.state()["forwarding"] == {"Ethernet": False, "Ethernet 2": True}
    adapters = {a["Name"]: a for a in snap(host, "adapters")["adapters"]}
    assert adapters["Ethernet 2"]["ip"]["Forwarding"] == 1 and adapters["Ethernet"]["ip"]["Forwarding"] == 0
    (data,) = ok(host, {"op": "ip_forwarding_set", "args": {"interface_alias": "Ethernet 2", "enabled": True}})
    assert data["before"] == 1 and host.state()["ledger"].get("forwarding", []) == []


@pytest.mark.parametrize(
    ("adapter", "field"),
    [
        ({"name": "Ethernet", "ipv4": "10.1.0.21/24", "forwarding": "yes"}, "adapters[0].forwarding"),
        ({"name": "Ethernet", "state": "disabled", "forwarding": True}, "adapters[0].forwarding"),
    ],
)
def test_a_bad_fleet_forwarding_names_the_field(adapter, field):
    with pytest.raises(FleetError, match=field.replace("[", r"\[").replace("]", r"\]")):
        build_fleet({"hosts": [{"name": "hv01", "adapters": [adapter]}]})
