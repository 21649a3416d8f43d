"""The host objects of docs/design/host-objects.md executed: the helper's Bridge (HvNetHostObjects.cs) under Mono
against the fake Windows. Attach/detach through HNSCall, IPv4 routes, forwarding, firewall rules, the ledger keys
that record them, the snapshot sections routes/firewall_rules/vms, host.features, and vm_adapter_set by Id.

Every assertion on the host reads the fake's state (host.ip, host.firewall, host.attached, the call log), not
the bridge's answer; the ledger is read from the file the bridge wrote.
"""

import json
import uuid

import pytest
from fakewin.fake_windows import CmdletError, FakeWindows, Session, not_found

ROUTE = {"interface_alias": "Ethernet", "destination_prefix": "10.250.8.0/24", "next_hop": "10.0.0.22"}
RULE = {
    "name": "hyperv-network-vxlan-hvnet-overlay",
    "display_name": "hyperv.network VXLAN (hvnet-overlay)",
    "direction": "Inbound",
    "protocol": "UDP",
    "local_port": 4789,
    "remote_addresses": ["10.0.0.21", "10.0.0.22"],
    "action": "Allow",
}


def make_host() -> FakeWindows:
    host = FakeWindows()
    host.add_nic("Ethernet", 3, "00-15-5D-01-02-03", addresses=[("10.0.0.5", 24, 1)], gateways=["10.0.0.1"])
    return host


@pytest.fixture
def session(fakewin_runner, tmp_path):
    sessions = []

    def start(host=None):
        s = Session(fakewin_runner, host or make_host(), tmp_path)
        sessions.append(s)
        return s

    yield start
    for s in sessions:
        s.close()


def ledger(tmp_path):
    path = tmp_path / "hyperv.network" / "ledger.json"
    return json.loads(path.read_text()) if path.exists() else None


def sites(host, name):
    return [args for site, args in host.calls if site == name]


def run(s, *ops):
    resp, _rc = s.request(list(ops))
    return resp


def one(s, op, args, pre=None):
    o = {"op": op, "args": args}
    if pre is not None:
        o["pre"] = pre
    return run(s, o)


def gateway_endpoint(host, *, gateway=True):
    """An L2Bridge network and its gateway endpoint <net>_ep at .2, as HCN stores them; with gateway, the
    endpoint has a default route (what review 3 finding 2 says must not end up on the host vNIC)."""
    nid, eid = str(uuid.uuid4()), str(uuid.uuid4())
    host.hcn["network"][nid] = json.dumps({"Name": "hvnet-l2bridge", "ID": nid})
    doc = {
        "Name": "hvnet-l2bridge_ep",
        "ID": eid,
        "IpConfigurations": [{"IpAddress": "10.250.7.2", "PrefixLength": 24}],
    }
    if gateway:
        doc["Routes"] = [{"NextHop": "10.250.7.1", "DestinationPrefix": "0.0.0.0/0"}]
    host.hcn["endpoint"][eid] = json.dumps(doc)
    return eid


def vnic(host, ip="10.250.7.2"):
    """(interface index, config) of the interface holding ip, read from the fake host."""
    for ix, c in host.ip.items():
        if any(a[0] == ip for a in c["addresses"]):
            return ix, c
    return None, None


def hns_calls(host):
    return [e["args"] for e in host.events if e.get("event") == "hcn" and e["method"] == "HnsCall"]


# ---- hcn_endpoint_host_attach / detach ----
def test_attach_posts_the_v1_request_waits_for_the_vnic_and_removes_its_default_route(session):
    host = make_host()
    eid = gateway_endpoint(host)
    host.attach_delay_ms = 1200  # the vNIC holds the address a moment after HNS answered
    s = session(host)
    resp = one(s, "hcn_endpoint_host_attach", {"id": eid}, [{"kind": "endpoint", "id": eid, "state": "present"}])
    assert resp["ok"] is True, resp["error"]
    # hcsshim HostAttach(1): POST /endpoints/<id>/attach {"SystemType":"Host","CompartmentId":1}
    assert hns_calls(host) == [["POST", f"/endpoints/{eid}/attach", '{"SystemType":"Host","CompartmentId":1}']]
    ix, c = vnic(host)
    assert ix is not None and ix == host.attached[eid]
    assert host.now_ms >= 1200, "the attach returned before the vNIC held the endpoint's address"
    # Review 3 finding 2: no 0.0.0.0/0 on the gateway endpoint's vNIC; the host's own gateway is untouched.
    assert c["gateways"] == []
    assert host.config("Ethernet")["gateways"] == ["10.0.0.1"]
    assert sites(host, "Remove-NetRoute") == [
        {"InterfaceIndex": ix, "DestinationPrefix": "0.0.0.0/0", "Confirm": False}
    ]
    data = resp["results"][0]["data"]
    assert data == {
        "id": eid,
        "already_attached": False,
        "interface_index": ix,
        "interface_alias": "vEthernet (hvnet-l2bridge_ep)",
        "default_routes_removed": 1,
        "reattached": False,
        "dns_registration": False,
    }
    # Review 4 finding 2: the vNIC does not register its address in DNS under the host's name (moby#31098).
    assert c["register_dns"] is False
    assert sites(host, "Set-DnsClient") == [{"InterfaceIndex": ix, "RegisterThisConnectionsAddress": False}]


def test_attach_without_a_default_route_removes_nothing(session):
    host = make_host()
    eid = gateway_endpoint(host, gateway=False)
    s = session(host)
    assert one(s, "hcn_endpoint_host_attach", {"id": eid})["ok"] is True
    assert sites(host, "Remove-NetRoute") == []
    assert host.config("Ethernet")["gateways"] == ["10.0.0.1"]


def test_attaching_an_attached_endpoint_is_success(session):
    # flannel hostgw_windows.go: "This endpoint is already attached to the switch." (flannel#1391) is success.
    host = make_host()
    eid = gateway_endpoint(host)
    s = session(host)
    resp = run(
        s,
        {"op": "hcn_endpoint_host_attach", "args": {"id": eid}},
        {"op": "hcn_endpoint_host_attach", "args": {"id": eid}},
    )
    assert resp["ok"] is True, resp["error"]
    assert [r["data"]["already_attached"] for r in resp["results"]] == [False, True]
    assert len(host.attached) == 1 and len([a for a in host.adapters if a["Name"].startswith("vEthernet (hvnet")]) == 1


def test_attach_fails_when_the_vnic_never_holds_the_address(session):
    host = make_host()
    eid = gateway_endpoint(host)
    host.attach_delay_ms = 60000
    s = session(host)
    resp = one(s, "hcn_endpoint_host_attach", {"id": eid})
    assert resp["ok"] is False and resp["error"]["code"] == "HNS_ERROR"
    assert "10.250.7.2" in resp["error"]["message"] and "5 s" in resp["error"]["message"]
    assert 5000 <= host.now_ms <= 5500, "the wait is bounded to about 5 s"


def test_another_hns_refusal_of_the_attach_fails_with_its_hresult(session):
    host = make_host()
    eid = gateway_endpoint(host)
    host._host_attach = lambda _eid, _attach: json.dumps(
        {"Success": False, "Error": "The switch is not ready.", "ErrorCode": 0x803B0010}
    )
    s = session(host)
    resp = one(s, "hcn_endpoint_host_attach", {"id": eid})
    assert resp["ok"] is False
    assert (resp["error"]["code"], resp["error"]["hresult"]) == ("HNS_ERROR", "0x803B0010")
    assert "The switch is not ready." in resp["error"]["message"]
    assert sites(host, "Get-NetIPAddress") == [], "no wait after a refused attach"
    # Retried for about 5 s before failing, as flannel polls HostAttach (review 4 finding 3).
    assert 5000 <= host.now_ms <= 5500 and len(hns_calls(host)) > 2


def test_an_attach_refused_by_an_hresult_is_retried_and_then_succeeds(session):
    # HNSCall itself returns the failing HRESULT (hcsshim zsyscall; flannel#1112 "hnsCall failed in Win32: ... (0x22)").
    host = make_host()
    eid = gateway_endpoint(host)
    host.attach_hresults = [0x80070022, 0x80070022]
    s = session(host)
    resp = one(s, "hcn_endpoint_host_attach", {"id": eid})
    assert resp["ok"] is True, resp["error"]
    assert len(hns_calls(host)) == 3 and host.attached[eid] == vnic(host)[0]


def test_already_attached_by_hresult_is_success(session):
    host = make_host()
    eid = gateway_endpoint(host)
    s = session(host)
    assert one(s, "hcn_endpoint_host_attach", {"id": eid})["ok"] is True
    host.attach_hresults = [0x803B0014]  # the HRESULT form of "already attached" (calico#5192)
    resp = one(s, "hcn_endpoint_host_attach", {"id": eid})
    assert resp["ok"] is True and resp["results"][0]["data"]["already_attached"] is True


def test_attached_without_a_vnic_is_detached_and_attached_again(session):
    # flannel#1391 / sig-windows-tools#94: HNS holds the endpoint attached, no interface has its address, and
    # every attach answers "already attached" (review 4 finding 3).
    host = make_host()
    eid = gateway_endpoint(host)
    host.attached_without_vnic = {eid.lower()}
    s = session(host)
    resp = one(s, "hcn_endpoint_host_attach", {"id": eid})
    assert resp["ok"] is True, resp["error"]
    assert resp["results"][0]["data"]["reattached"] is True
    assert [c[1].rsplit("/", 1)[1] for c in hns_calls(host)] == ["attach", "detach", "attach"]
    assert vnic(host)[0] == host.attached[eid]


def test_an_endpoint_without_an_ipv4_address_is_refused_before_the_attach(session):
    host = make_host()
    eid = str(uuid.uuid4())
    host.hcn["endpoint"][eid] = json.dumps({"Name": "e", "IpConfigurations": []})
    s = session(host)
    resp = one(s, "hcn_endpoint_host_attach", {"id": eid})
    assert resp["ok"] is False and resp["error"]["code"] == "PRECONDITION_FAILED" and eid in resp["error"]["message"]
    assert hns_calls(host) == [] and host.attached == {}


def test_detach_posts_host_detach_and_a_detached_endpoint_is_success(session):
    host = make_host()
    eid = gateway_endpoint(host)
    s = session(host)
    assert one(s, "hcn_endpoint_host_attach", {"id": eid})["ok"] is True
    resp = run(
        s,
        {"op": "hcn_endpoint_host_detach", "args": {"id": eid}},
        {"op": "hcn_endpoint_host_detach", "args": {"id": eid}},
    )
    assert resp["ok"] is True, resp["error"]
    assert [r["data"]["was_attached"] for r in resp["results"]] == [True, False]
    # hcsshim HostDetach: {"SystemType":"Host"} (CompartmentId omitempty).
    assert hns_calls(host)[-1] == ["POST", f"/endpoints/{eid}/detach", '{"SystemType":"Host"}']
    assert host.attached == {} and vnic(host) == (None, None)


# ---- net_route_add / net_route_remove ----
def test_route_add_creates_it_in_the_active_store_and_owns_it_first(session, tmp_path):
    host = make_host()
    s = session(host)
    resp = one(s, "net_route_add", dict(ROUTE, interface_alias="ETHERNET"))
    assert resp["ok"] is True, resp["error"]
    assert host.ip[3]["routes"] == [["10.250.8.0/24", "10.0.0.22", 256]]
    assert sites(host, "New-NetRoute") == [
        {
            "InterfaceIndex": 3,
            "DestinationPrefix": "10.250.8.0/24",
            "NextHop": "10.0.0.22",
            "PolicyStore": "ActiveStore",
        }
    ]
    # The key carries the alias as Windows spells it, so it matches the routes section.
    assert ledger(tmp_path)["routes"] == ["Ethernet|10.250.8.0/24|10.0.0.22"]
    assert resp["results"][0]["data"] == {
        "interface_alias": "Ethernet",
        "interface_index": 3,
        "destination_prefix": "10.250.8.0/24",
        "next_hop": "10.0.0.22",
        "changed": True,
    }


def test_route_add_of_an_existing_route_is_success_without_a_call(session, tmp_path):
    host = make_host()
    s = session(host)
    resp = run(s, {"op": "net_route_add", "args": ROUTE}, {"op": "net_route_add", "args": ROUTE})
    assert resp["ok"] is True, resp["error"]
    assert [r["data"]["changed"] for r in resp["results"]] == [True, False]
    assert len(sites(host, "New-NetRoute")) == 1 and host.ip[3]["routes"] == [["10.250.8.0/24", "10.0.0.22", 256]]
    assert ledger(tmp_path)["routes"] == ["Ethernet|10.250.8.0/24|10.0.0.22"]


def test_a_foreign_route_that_exists_is_not_taken_into_the_ledger(session, tmp_path):
    host = make_host()
    host.ip[3]["routes"] = [["10.250.8.0/24", "10.0.0.22", 256]]  # made by someone else
    s = session(host)
    resp = one(s, "net_route_add", ROUTE)
    assert resp["ok"] is True and resp["results"][0]["data"]["changed"] is False
    assert sites(host, "New-NetRoute") == []
    assert ledger(tmp_path) is None or ledger(tmp_path)["routes"] == []


def test_a_failed_route_add_releases_its_key(session, tmp_path):
    host = make_host()
    host.fail_sites["New-NetRoute"] = CmdletError("The parameter is incorrect.", "Windows System Error 87,New-NetRoute")
    s = session(host)
    resp = one(s, "net_route_add", ROUTE)
    assert resp["ok"] is False and resp["error"]["code"] == "CMDLET_ERROR"
    assert ledger(tmp_path)["routes"] == []


def test_route_add_on_a_missing_interface_names_it_before_any_change(session, tmp_path):
    host = make_host()
    s = session(host)
    resp = one(s, "net_route_add", dict(ROUTE, interface_alias="vEthernet (nope)"))
    assert resp["ok"] is False and resp["error"]["code"] == "PRECONDITION_FAILED"
    assert "vEthernet (nope)" in resp["error"]["message"]
    assert sites(host, "New-NetRoute") == [] and ledger(tmp_path) is None


def test_route_remove_removes_the_object_and_releases_the_key(session, tmp_path):
    host = make_host()
    host.ip[3]["routes"] = [["10.250.8.0/24", "10.0.0.99", 256]]  # same prefix, another next hop: kept
    s = session(host)
    assert one(s, "net_route_add", ROUTE)["ok"] is True
    resp = run(s, {"op": "net_route_remove", "args": ROUTE}, {"op": "net_route_remove", "args": ROUTE})
    assert resp["ok"] is True, resp["error"]
    assert [r["data"]["changed"] for r in resp["results"]] == [True, False]
    assert host.ip[3]["routes"] == [["10.250.8.0/24", "10.0.0.99", 256]]
    removes = sites(host, "Remove-NetRoute")
    assert len(removes) == 1 and removes[0]["InputObject"]["NextHop"] == "10.0.0.22" and removes[0]["Confirm"] is False
    assert ledger(tmp_path)["routes"] == []


def test_route_remove_that_races_a_vanishing_route_is_success_but_other_errors_fail(session, tmp_path):
    host = make_host()
    host.ip[3]["routes"] = [["10.250.8.0/24", "10.0.0.22", 256]]
    host.fail_sites["Remove-NetRoute"] = not_found("MSFT_NetRoute", "Remove-NetRoute")
    s = session(host)
    assert one(s, "net_route_remove", ROUTE)["ok"] is True
    host.fail_sites["Remove-NetRoute"] = CmdletError("Access is denied.", "Windows System Error 5,Remove-NetRoute")
    resp = one(s, "net_route_remove", ROUTE)
    assert resp["ok"] is False and resp["error"]["message"] == "Access is denied."


def test_route_remove_on_a_vanished_interface_releases_the_key(session, tmp_path):
    host = make_host()
    s = session(host)
    assert one(s, "net_route_add", ROUTE)["ok"] is True
    host.ip.pop(3)
    resp = one(s, "net_route_remove", ROUTE)
    assert resp["ok"] is True and resp["results"][0]["data"]["interface_index"] is None
    assert ledger(tmp_path)["routes"] == []


# ---- ip_forwarding_set ----
def test_forwarding_turned_on_is_owned_and_turned_off_again(session, tmp_path):
    host = make_host()
    s = session(host)
    resp = one(s, "ip_forwarding_set", {"interface_alias": "ethernet", "enabled": True})
    assert resp["ok"] is True, resp["error"]
    assert host.ip[3]["forwarding"] == 1
    assert resp["results"][0]["data"] == {
        "interface_alias": "Ethernet",
        "interface_index": 3,
        "before": 0,
        "changed": True,
    }
    assert ledger(tmp_path)["forwarding"] == ["Ethernet"]
    assert sites(host, "Set-NetIPInterface") == [
        {"InterfaceIndex": 3, "AddressFamily": "IPv4", "Forwarding": "Enabled"}
    ]
    resp = one(s, "ip_forwarding_set", {"interface_alias": "Ethernet", "enabled": False})
    assert resp["ok"] is True and resp["results"][0]["data"]["before"] == 1
    assert host.ip[3]["forwarding"] == 0 and ledger(tmp_path)["forwarding"] == []


def test_forwarding_off_on_a_vanished_interface_releases_it_and_on_fails_naming_it(session, tmp_path):
    host = make_host()
    s = session(host)
    assert one(s, "ip_forwarding_set", {"interface_alias": "Ethernet", "enabled": True})["ok"] is True
    host.ip.pop(3)  # the interface is gone (teardown after its vNIC went away)
    resp = one(s, "ip_forwarding_set", {"interface_alias": "Ethernet", "enabled": False})
    assert resp["ok"] is True and resp["results"][0]["data"]["interface_index"] is None
    assert ledger(tmp_path)["forwarding"] == [] and sites(host, "Set-NetIPInterface")[-1]["Forwarding"] == "Enabled"
    resp = one(s, "ip_forwarding_set", {"interface_alias": "Ethernet", "enabled": True})
    assert (
        resp["ok"] is False
        and resp["error"]["code"] == "PRECONDITION_FAILED"
        and "'Ethernet'" in resp["error"]["message"]
    )


def test_forwarding_that_was_already_on_is_not_owned(session, tmp_path):
    host = make_host()
    host.ip[3]["forwarding"] = 1  # someone else's router
    s = session(host)
    resp = one(s, "ip_forwarding_set", {"interface_alias": "Ethernet", "enabled": True})
    assert resp["ok"] is True and resp["results"][0]["data"]["changed"] is False
    assert sites(host, "Set-NetIPInterface") == []
    assert ledger(tmp_path) is None or ledger(tmp_path)["forwarding"] == []


def test_forwarding_by_ip_address_finds_the_attached_vnic(session, tmp_path):
    host = make_host()
    eid = gateway_endpoint(host)
    s = session(host)
    resp = run(
        s,
        {"op": "hcn_endpoint_host_attach", "args": {"id": eid}},
        {"op": "ip_forwarding_set", "args": {"ip_address": "10.250.7.2", "enabled": True}},
    )
    assert resp["ok"] is True, resp["error"]
    ix, c = vnic(host)
    assert c["forwarding"] == 1 and host.ip[3].get("forwarding", 0) == 0
    assert resp["results"][1]["data"]["interface_index"] == ix
    assert ledger(tmp_path)["forwarding"] == ["vEthernet (hvnet-l2bridge_ep)"]


def test_a_failed_forwarding_set_releases_the_alias(session, tmp_path):
    host = make_host()
    host.fail_sites["Set-NetIPInterface"] = CmdletError(
        "Access is denied.", "Windows System Error 5,Set-NetIPInterface"
    )
    s = session(host)
    resp = one(s, "ip_forwarding_set", {"interface_alias": "Ethernet", "enabled": True})
    assert resp["ok"] is False and ledger(tmp_path)["forwarding"] == []


@pytest.mark.parametrize(
    "args",
    [
        {"enabled": True},
        {"interface_alias": "Ethernet", "ip_address": "10.0.0.5", "enabled": True},
        {"interface_alias": "Ethernet", "enabled": "yes"},
    ],
)
def test_forwarding_bad_arguments_are_refused_before_any_call(session, args):
    host = make_host()
    s = session(host)
    resp = one(s, "ip_forwarding_set", args)
    assert resp["ok"] is False and resp["error"]["code"] == "BAD_REQUEST" and resp["error"]["index"] == 0
    assert "interface_alias and ip_address" in resp["error"]["message"] or "enabled" in resp["error"]["message"]
    assert host.calls == [] and resp["results"] == []


# ---- firewall rules ----
def test_firewall_create_makes_the_rule_in_our_group_and_owns_it(session, tmp_path):
    host = make_host()
    s = session(host)
    resp = one(s, "firewall_rule_create", RULE)
    assert resp["ok"] is True, resp["error"]
    assert host.firewall == [
        {
            "Name": RULE["name"],
            "DisplayName": RULE["display_name"],
            "Group": "hyperv.network",
            "Enabled": 1,
            "Direction": 1,
            "Action": 2,
            "Protocol": "UDP",
            "LocalPort": ["4789"],
            "RemoteAddress": ["10.0.0.21", "10.0.0.22"],
        }
    ]
    assert ledger(tmp_path)["firewall_rules"] == [RULE["name"]]


def test_firewall_create_with_no_remote_addresses_is_any(session):
    host = make_host()
    s = session(host)
    assert one(s, "firewall_rule_create", dict(RULE, remote_addresses=[], direction="Outbound", action="Block"))["ok"]
    assert (host.firewall[0]["RemoteAddress"], host.firewall[0]["Direction"], host.firewall[0]["Action"]) == (
        ["Any"],
        2,
        4,
    )


def test_firewall_create_over_a_foreign_rule_is_refused_and_not_owned(session, tmp_path):
    host = make_host()
    host.firewall.append(
        {"Name": RULE["name"].upper(), "DisplayName": "theirs", "Group": "ops", "Enabled": 1, "Direction": 1}
        | {"Action": 2, "Protocol": "UDP", "LocalPort": ["4789"], "RemoteAddress": ["Any"]}
    )
    s = session(host)
    resp = one(s, "firewall_rule_create", RULE)
    assert resp["ok"] is False and resp["error"]["code"] == "PRECONDITION_FAILED"
    assert RULE["name"] in resp["error"]["message"] and "'ops'" in resp["error"]["message"]
    assert sites(host, "New-NetFirewallRule") == [] and ledger(tmp_path) is None
    assert host.firewall[0]["DisplayName"] == "theirs"


def test_firewall_set_changes_port_and_addresses_of_the_existing_rule(session, tmp_path):
    host = make_host()
    s = session(host)
    assert one(s, "firewall_rule_create", RULE)["ok"] is True
    resp = one(s, "firewall_rule_set", {"name": RULE["name"], "local_port": 4790, "remote_addresses": ["10.0.0.23"]})
    assert resp["ok"] is True, resp["error"]
    assert len(host.firewall) == 1 and len(sites(host, "New-NetFirewallRule")) == 1
    assert (host.firewall[0]["LocalPort"], host.firewall[0]["RemoteAddress"]) == (["4790"], ["10.0.0.23"])
    # The rule went as the object Get-NetFirewallRule returned, never as a -Name query (wildcards).
    set_call = sites(host, "Set-NetFirewallRule")[0]
    assert set_call["InputObject"]["Name"] == RULE["name"] and "Name" not in set_call
    assert ledger(tmp_path)["firewall_rules"] == [RULE["name"]]


def test_firewall_set_enabled_re_enables_a_disabled_rule_with_the_enum_string(session, tmp_path):
    # Review 4 finding 9: someone's Disable-NetFirewallRule sets Enabled False (enum 2) and leaves the filters.
    host = make_host()
    s = session(host)
    assert one(s, "firewall_rule_create", RULE)["ok"] is True
    host.firewall[0]["Enabled"] = 2
    resp = one(
        s, "firewall_rule_set", {"name": RULE["name"], "local_port": 4789, "remote_addresses": [], "enabled": True}
    )
    assert resp["ok"] is True, resp["error"]
    assert host.firewall[0]["Enabled"] == 1
    set_call = sites(host, "Set-NetFirewallRule")[0]
    # -Enabled is the Enabled enum: the string 'True', never a .NET bool.
    assert set_call["Enabled"] == "True" and set_call["InputObject"]["Name"] == RULE["name"]
    # Without enabled the rule's Enabled is left alone (no -Enabled parameter).
    host.firewall[0]["Enabled"] = 2
    assert one(s, "firewall_rule_set", {"name": RULE["name"], "local_port": 4789, "remote_addresses": []})["ok"] is True
    assert "Enabled" not in sites(host, "Set-NetFirewallRule")[1] and host.firewall[0]["Enabled"] == 2


def test_firewall_set_on_a_missing_rule_fails_naming_it(session):
    host = make_host()
    s = session(host)
    resp = one(s, "firewall_rule_set", {"name": "nope", "local_port": 4789, "remote_addresses": []})
    assert (
        resp["ok"] is False and resp["error"]["code"] == "PRECONDITION_FAILED" and "'nope'" in resp["error"]["message"]
    )
    assert sites(host, "Set-NetFirewallRule") == []


def test_firewall_remove_removes_and_releases_and_a_missing_rule_is_success(session, tmp_path):
    host = make_host()
    s = session(host)
    assert one(s, "firewall_rule_create", RULE)["ok"] is True
    resp = run(
        s,
        {"op": "firewall_rule_remove", "args": {"name": RULE["name"]}},
        {"op": "firewall_rule_remove", "args": {"name": RULE["name"]}},
    )
    assert resp["ok"] is True, resp["error"]
    assert [r["data"]["changed"] for r in resp["results"]] == [True, False]
    assert host.firewall == [] and ledger(tmp_path)["firewall_rules"] == []


def test_firewall_remove_racing_a_vanished_rule_is_success(session, tmp_path):
    host = make_host()
    s = session(host)
    assert one(s, "firewall_rule_create", RULE)["ok"] is True
    host.fail_sites["Remove-NetFirewallRule"] = not_found("MSFT_NetFirewallRule", "Remove-NetFirewallRule")
    assert one(s, "firewall_rule_remove", {"name": RULE["name"]})["ok"] is True
    assert ledger(tmp_path)["firewall_rules"] == []


@pytest.mark.parametrize(
    ("key", "value"), [("direction", "inbound"), ("protocol", "ICMP"), ("action", "Deny"), ("local_port", 0)]
)
def test_firewall_bad_values_are_refused_naming_the_field_before_any_call(session, key, value):
    host = make_host()
    s = session(host)
    resp = one(s, "firewall_rule_create", dict(RULE, **{key: value}))
    assert resp["ok"] is False and resp["error"]["code"] == "BAD_REQUEST" and resp["error"]["index"] == 0
    assert key in resp["error"]["message"] and host.calls == []


# ---- the ledger: old files stay readable, every key survives the others' updates ----
def test_an_old_ledger_reads_with_empty_host_object_keys_and_keeps_its_ids(session, tmp_path):
    folder = tmp_path / "hyperv.network"
    folder.mkdir()
    nid = str(uuid.uuid4())
    (folder / "ledger.json").write_text(json.dumps({"networks": [nid.upper()], "endpoints": [], "namespaces": []}))
    host = make_host()
    s = session(host)
    resp = one(s, "snapshot", {"kinds": ["ledger"]})
    assert resp["results"][0]["data"]["ledger"] == {
        "networks": [nid],
        "endpoints": [],
        "namespaces": [],
        "routes": [],
        "forwarding": [],
        "firewall_rules": [],
    }
    assert run(s, {"op": "net_route_add", "args": ROUTE}, {"op": "firewall_rule_create", "args": RULE})["ok"] is True
    assert one(s, "ledger_adopt", {"kind": "endpoint", "id": nid})["ok"] is True
    assert ledger(tmp_path) == {
        "networks": [nid],
        "endpoints": [nid],
        "namespaces": [],
        "routes": ["Ethernet|10.250.8.0/24|10.0.0.22"],
        "forwarding": [],
        "firewall_rules": [RULE["name"]],
    }


# ---- snapshot sections ----
def test_snapshot_routes_firewall_rules_and_forwarding(session):
    host = make_host()
    host.ip[3]["routes"] = [["10.250.8.0/24", "10.0.0.22", 5]]
    host.ip[3]["forwarding"] = 1
    host.firewall.append(
        {"Name": "r1", "DisplayName": "R1", "Group": "hyperv.network", "Enabled": 2, "Direction": 2, "Action": 4}
        | {"Protocol": "TCP", "LocalPort": "80", "RemoteAddress": "Any"}
    )
    host.firewall.append(
        {"Name": "other", "DisplayName": "O", "Group": "ops", "Enabled": 1, "Direction": 1, "Action": 2}
        | {"Protocol": "UDP", "LocalPort": ["53"], "RemoteAddress": ["Any"]}
    )
    s = session(host)
    data = one(s, "snapshot", {"kinds": ["routes", "firewall_rules", "adapters"]})["results"][0]["data"]
    # On-link routes (NextHop 0.0.0.0) are left out; the default route and the host route stay.
    assert data["routes"] == [
        {
            "InterfaceAlias": "Ethernet",
            "InterfaceIndex": 3,
            "DestinationPrefix": "0.0.0.0/0",
            "NextHop": "10.0.0.1",
            "RouteMetric": 0,
        },
        {
            "InterfaceAlias": "Ethernet",
            "InterfaceIndex": 3,
            "DestinationPrefix": "10.250.8.0/24",
            "NextHop": "10.0.0.22",
            "RouteMetric": 5,
        },
    ]
    # Only our group; Enabled 2 (False) is false, not Convert.ToBoolean's true; one string becomes a list.
    assert data["firewall_rules"] == [
        {
            "Name": "r1",
            "DisplayName": "R1",
            "Enabled": False,
            "Direction": 2,
            "Action": 4,
            "Protocol": "TCP",
            "LocalPort": ["80"],
            "RemoteAddress": ["Any"],
        }
    ]
    assert data["adapters"][0]["ip"]["Forwarding"] == 1


def test_snapshot_enums_given_by_name_read_as_their_values(session):
    # A call site may hand an enum over as its name (a string): Direction Outbound, Action Block, Enabled True.
    host = make_host()
    host.firewall.append(
        {"Name": "r1", "DisplayName": "R1", "Group": "hyperv.network", "Enabled": "True", "Direction": "Outbound"}
        | {"Action": "Block", "Protocol": "UDP", "LocalPort": ["4789"], "RemoteAddress": ["10.0.0.0/255.255.255.0"]}
    )
    host.ip[3]["forwarding"] = "Enabled"
    s = session(host)
    data = one(s, "snapshot", {"kinds": ["firewall_rules", "adapters"]})["results"][0]["data"]
    rule = data["firewall_rules"][0]
    assert (rule["Enabled"], rule["Direction"], rule["Action"]) == (True, 2, 4)
    assert data["adapters"][0]["ip"]["Forwarding"] == 1


def test_snapshot_vms_and_vm_adapter_ids(session):
    host = make_host()
    vm_id = str(uuid.uuid4())
    nic = {"Name": "Network Adapter", "Id": f"Microsoft:{vm_id}\\{uuid.uuid4()}", "SwitchName": "ext"}
    nic |= {"MacAddress": "00155D000001", "MacAddressSpoofing": 2, "IPAddresses": ["10.0.0.9", "fe80::1"]}
    nic["vlan"] = {"OperationMode": 1, "AccessVlanId": 20, "NativeVlanId": 0, "AllowedVlanIdListString": None}
    trunk = dict(nic, Name="Trunk", Id=f"Microsoft:{vm_id}\\{uuid.uuid4()}", IPAddresses="10.0.0.10")
    trunk["vlan"] = {"OperationMode": 2, "AccessVlanId": 0, "NativeVlanId": 5, "AllowedVlanIdListString": "1-10"}
    host.vms.append({"Name": "ctr-vm-1", "Id": vm_id, "State": 3, "nics": [nic, trunk]})
    s = session(host)
    data = one(s, "snapshot", {"kinds": ["vms", "vm_adapters"]})["results"][0]["data"]
    assert data["vms"] == [
        {
            "Name": "ctr-vm-1",
            "Id": vm_id,
            "State": 3,
            "Adapters": [
                {"Id": nic["Id"], "Name": "Network Adapter", "SwitchName": "ext", "MacAddress": "00155D000001"}
                | {"IPAddresses": ["10.0.0.9", "fe80::1"], "VlanId": 20},
                {"Id": trunk["Id"], "Name": "Trunk", "SwitchName": "ext", "MacAddress": "00155D000001"}
                | {"IPAddresses": ["10.0.0.10"], "VlanId": 0},
            ],
        }
    ]
    assert [a["Id"] for a in data["vm_adapters"]] == [nic["Id"], trunk["Id"]]


def test_snapshot_vms_is_empty_without_hyperv(session):
    host = make_host()
    host.hyperv_module = False
    host.vms.append({"Name": "x", "nics": []})
    s = session(host)
    assert one(s, "snapshot", {"kinds": ["vms"]})["results"][0]["data"]["vms"] == []
    assert sites(host, "Hyper-V\\Get-VM") == []


@pytest.mark.parametrize(
    ("server", "fail", "expected", "site"),
    [
        (True, False, {"Containers": True, "Hyper-V": False, "Hyper-V-PowerShell": True}, "Get-WindowsFeature"),
        (
            False,
            False,
            {"Containers": True, "Hyper-V": False, "Hyper-V-PowerShell": True},
            "Get-WindowsOptionalFeature",
        ),
        (True, True, None, "Get-WindowsFeature"),
        (False, True, None, "Get-WindowsOptionalFeature"),
    ],
)
def test_host_features_server_client_and_unanswered(session, server, fail, expected, site):
    host = make_host()
    host.server_manager, host.features_fail = server, fail
    host.features = {"Containers": True, "Hyper-V": False, "Hyper-V-PowerShell": True}
    s = session(host)
    resp = one(s, "snapshot", {"kinds": ["host"]})
    assert resp["ok"] is True, resp["error"]
    assert resp["results"][0]["data"]["host"]["features"] == expected
    assert sites(host, site)
    other = "Get-WindowsOptionalFeature" if site == "Get-WindowsFeature" else "Get-WindowsFeature"
    assert sites(host, other) == []
    if site == "Get-WindowsOptionalFeature":
        # The client SKU's own names (DISM), one call each.
        names = [a["FeatureName"] for a in sites(host, site)]
        assert names == (
            ["Containers"] if fail else ["Containers", "Microsoft-Hyper-V", "Microsoft-Hyper-V-Management-PowerShell"]
        )


# ---- vm_adapter_set by Id (review 3 finding 6) ----
def two_nics_host():
    host = make_host()
    vm_id = str(uuid.uuid4())
    vlan = {"OperationMode": 0, "AccessVlanId": 0, "NativeVlanId": 0, "AllowedVlanIdListString": None}
    nics = [
        {"Name": "Network Adapter", "Id": f"Microsoft:{vm_id}\\{uuid.uuid4()}", "SwitchName": None}
        | {"MacAddress": f"00155D00000{i}", "MacAddressSpoofing": 2, "vlan": dict(vlan)}
        for i in (1, 2)
    ]
    host.vms.append({"Name": "ctr-vm-1", "Id": vm_id, "nics": nics})
    return host, nics


def test_vm_adapter_set_refuses_a_name_that_matches_two_nics(session):
    host, nics = two_nics_host()
    s = session(host)
    resp = one(s, "vm_adapter_set", {"vm_name": "ctr-vm-1", "name": "network adapter", "mac_address_spoofing": True})
    assert resp["ok"] is False and resp["error"]["code"] == "AMBIGUOUS_VM_ADAPTER"
    message = resp["error"]["message"]
    assert "ctr-vm-1" in message and "network adapter" in message and " 2 " in message
    assert [n["MacAddressSpoofing"] for n in nics] == [2, 2], "a NIC was changed"
    assert sites(host, "Hyper-V\\Set-VMNetworkAdapter") == []


def test_vm_adapter_set_by_id_changes_exactly_that_nic(session):
    host, nics = two_nics_host()
    s = session(host)
    args = {"vm_name": "ctr-vm-1", "name": "Network Adapter", "id": nics[1]["Id"].lower(), "mac_address_spoofing": True}
    resp = one(s, "vm_adapter_set", args)
    assert resp["ok"] is True, resp["error"]
    assert [n["MacAddressSpoofing"] for n in nics] == [2, 1]  # OnOffState: 1 On, 2 Off
    assert resp["results"][0]["data"] == {"vm_name": "ctr-vm-1", "name": "Network Adapter", "id": nics[1]["Id"]}


def test_vm_adapter_set_with_an_unknown_id_fails_naming_it(session):
    host, _nics = two_nics_host()
    s = session(host)
    bad = "Microsoft:" + str(uuid.uuid4()) + "\\" + str(uuid.uuid4())
    resp = one(
        s, "vm_adapter_set", {"vm_name": "ctr-vm-1", "name": "Network Adapter", "id": bad, "mac_address_spoofing": True}
    )
    assert resp["ok"] is False and resp["error"]["code"] == "PRECONDITION_FAILED" and bad in resp["error"]["message"]
    assert sites(host, "Hyper-V\\Set-VMNetworkAdapter") == []


# ---- bad input: refused naming the field, before any call ----
@pytest.mark.parametrize(
    ("op", "args", "field"),
    [
        ("net_route_add", dict(ROUTE, destination_prefix="10.250.8.0/33"), "destination_prefix"),
        ("net_route_add", dict(ROUTE, destination_prefix="10.250.8.0"), "destination_prefix"),
        ("net_route_add", dict(ROUTE, next_hop="10.0.0.256"), "next_hop"),
        ("net_route_add", dict(ROUTE, interface_alias=""), "interface_alias"),
        ("net_route_remove", dict(ROUTE, next_hop="fe80::1"), "next_hop"),
        ("ip_forwarding_set", {"ip_address": "10.0.0", "enabled": True}, "ip_address"),
        ("firewall_rule_create", dict(RULE, name="hvnet-*"), "name"),
        ("firewall_rule_create", dict(RULE, display_name=""), "display_name"),
        ("firewall_rule_create", dict(RULE, remote_addresses=["10.0.0.21", "any-host"]), "remote_addresses"),
        ("firewall_rule_create", dict(RULE, remote_addresses="10.0.0.21"), "remote_addresses"),
        ("firewall_rule_set", {"name": "r[1]", "local_port": 4789, "remote_addresses": []}, "name"),
        ("firewall_rule_set", {"name": "r1", "local_port": 4789, "remote_addresses": [], "enabled": "yes"}, "enabled"),
        ("firewall_rule_remove", {"name": "*"}, "name"),
    ],
)
def test_bad_host_object_arguments_are_refused_naming_the_field(session, tmp_path, op, args, field):
    host = make_host()
    s = session(host)
    resp = one(s, op, args)
    assert resp["ok"] is False and resp["error"]["code"] == "BAD_REQUEST" and resp["error"]["index"] == 0
    assert f"operation 0 ({op}): {field}" in resp["error"]["message"]
    assert host.calls == [] and ledger(tmp_path) is None


def test_a_bad_host_object_op_refuses_the_whole_batch_before_anything_runs(session, tmp_path):
    # Never a half-applied batch: the route add at index 0 does not run when the rule at index 1 is malformed.
    host = make_host()
    s = session(host)
    resp = run(
        s, {"op": "net_route_add", "args": ROUTE}, {"op": "firewall_rule_create", "args": dict(RULE, local_port=70000)}
    )
    assert resp["ok"] is False and resp["error"]["code"] == "BAD_REQUEST" and resp["error"]["index"] == 1
    assert "local_port" in resp["error"]["message"] and resp["results"] == []
    assert host.calls == [] and host.ip[3].get("routes") is None and ledger(tmp_path) is None


def test_a_request_value_with_braces_is_quoted_in_the_refusal(session):
    host = make_host()
    s = session(host)
    resp = one(s, "net_route_add", dict(ROUTE, next_hop="{0}{1}"))
    assert resp["error"]["code"] == "BAD_REQUEST" and "'{0}{1}'" in resp["error"]["message"]


def test_a_vm_adapter_precondition_by_nic_id(session):
    # The schema lets a vm_adapter precondition name the NIC by its Id (vm_nic_id), as vm_adapter_set does.
    host, nics = two_nics_host()
    s = session(host)
    pre = [
        {
            "kind": "vm_adapter",
            "vm_name": "ctr-vm-1",
            "id": nics[0]["Id"].upper().replace("MICROSOFT", "Microsoft"),
            "state": "present",
        }
    ]
    assert run(s, {"op": "ping", "args": {}, "pre": pre})["ok"] is True
    pre[0]["id"] = "Microsoft:" + str(uuid.uuid4()) + "\\" + str(uuid.uuid4())
    resp = run(s, {"op": "ping", "args": {}, "pre": pre})
    assert resp["ok"] is False and resp["error"]["code"] == "PRECONDITION_FAILED"


# ---- host.features cached per boot (Get-Module -ListAvailable and Get-WindowsFeature take seconds) ----
def test_host_features_are_read_once_per_boot_and_an_unanswered_read_is_not_kept(session):
    host = make_host()
    host.features = {"Containers": True, "Hyper-V": True, "Hyper-V-PowerShell": True}
    s = session(host)

    def features():
        resp = one(s, "snapshot", {"kinds": ["host"]})
        assert resp["ok"] is True, resp["error"]
        return resp["results"][0]["data"]["host"]["features"]

    assert features()["Containers"] is True
    assert len(sites(host, "Get-WindowsFeature")) == 1
    # The same boot: the answer comes from features.json, no second feature read.
    host.features = {"Containers": False, "Hyper-V": True, "Hyper-V-PowerShell": True}
    assert features()["Containers"] is True
    assert len(sites(host, "Get-WindowsFeature")) == 1
    # A restart (the only way a feature change takes effect): read again.
    host.last_boot = "20261203070000.000000+000"
    assert features()["Containers"] is False
    assert len(sites(host, "Get-WindowsFeature")) == 2
    # An unanswered read is not cached; without a boot time nothing is cached either.
    host.last_boot = "20261203080000.000000+000"
    host.features_fail = True
    assert features() is None
    host.features_fail = False
    assert features()["Containers"] is False
    host.last_boot = None
    features()
    features()
    assert len(sites(host, "Get-WindowsFeature")) == 6
    # The management tools install without a restart: an answer without Hyper-V-PowerShell is not kept (review 4
    # finding 8).
    host.last_boot = "20261203090000.000000+000"
    host.features = {"Containers": True, "Hyper-V": True, "Hyper-V-PowerShell": False}
    assert features()["Hyper-V-PowerShell"] is False
    host.features = {"Containers": True, "Hyper-V": True, "Hyper-V-PowerShell": True}
    assert features()["Hyper-V-PowerShell"] is True
    assert len(sites(host, "Get-WindowsFeature")) == 8
