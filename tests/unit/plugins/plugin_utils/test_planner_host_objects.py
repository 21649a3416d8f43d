"""The host objects of docs/design/host-objects.md (section 3): endpoint attach, host routes, IPv4 forwarding,
firewall rules, VM NICs by Id, and review 3 findings 2, 3 and 6, planned against hand-written snapshots shaped as
protocol.schema.json's $defs/snapshot describes them (integer enums, HCN documents as strings)."""

import copy
import json

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils import engine, hcn, snapshots, state_values
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils import state as model
from ansible_collections.hyperv.network.plugins.plugin_utils.bridge_client import BridgeClient
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import HvNetPlanError, HvNetValidationError
from ansible_collections.hyperv.network.plugins.plugin_utils.planner import plan_host_changes
from ansible_collections.hyperv.network.plugins.plugin_utils.validate import validate_config
from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils import hvnet_engine_fixtures as fx
from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils.hvnet_fake_bridge import BRIDGE_TEXT, FakeBridge

L2_ID = "4d5e6f70-8192-4a3b-9c4d-5e6f70819203"
EP_ID = "5e6f7081-92a3-4b4c-8d5e-6f708192a3b4"
UPLINK = "vEthernet (Ethernet1)"
EP_VNIC = "vEthernet (hvnet-l2bridge_ep)"
VM_ID = "2A8C1B9E-1111-4222-8333-444455556666"
NIC_A = f"Microsoft:{VM_ID}\\3B9D2C0F-AAAA-4BBB-8CCC-DDDDEEEEFF01"
NIC_B = f"Microsoft:{VM_ID}\\3B9D2C0F-AAAA-4BBB-8CCC-DDDDEEEEFF02"


def l2bridge_network():
    return {
        "ID": L2_ID,
        "Name": "hvnet-l2bridge",
        "Type": "L2Bridge",
        "Ipams": [
            {
                "Type": "Static",
                "Subnets": [
                    {
                        "IpAddressPrefix": "10.250.7.0/24",
                        "Routes": [{"NextHop": "10.250.7.1", "DestinationPrefix": "0.0.0.0/0"}],
                    }
                ],
            }
        ],
        "Policies": [{"Type": "NetAdapterName", "Settings": {"NetworkAdapterName": "Ethernet1"}}],
        "Flags": 0,
        "SchemaVersion": {"Major": 2, "Minor": 0},
    }


def gateway_endpoint():
    # No Routes: the gateway endpoint has no gateway (review 3 finding 2).
    return {
        "ID": EP_ID,
        "Name": "hvnet-l2bridge_ep",
        "HostComputeNetwork": L2_ID,
        "IpConfigurations": [{"IpAddress": "10.250.7.2", "PrefixLength": 24}],
        "MacAddress": "00-15-5D-AA-07-02",
        "Flags": 0,
        "SchemaVersion": {"Major": 2, "Minor": 0},
    }


def adapter(name, index, ip=None, forwarding=0):
    return {
        "Name": name,
        "InterfaceDescription": f"Hyper-V Virtual Ethernet Adapter #{index}",
        "InterfaceIndex": index,
        "MacAddress": f"00-15-5D-00-00-{index:02X}",
        "Status": "Up",
        "Virtual": True,
        "ip": {
            "Dhcp": 0,
            "IPv4": [{"IPAddress": ip, "PrefixLength": 24, "PrefixOrigin": 1}] if ip else [],
            "Gateways": [],
            "Forwarding": forwarding,
        },
    }


def route(alias, index, prefix, next_hop):
    return {
        "InterfaceAlias": alias,
        "InterfaceIndex": index,
        "DestinationPrefix": prefix,
        "NextHop": next_hop,
        "RouteMetric": 256,
    }


def rule(name, port=4789, remote=("10.60.0.22",), direction=1, action=2):
    return {
        "Name": name,
        "DisplayName": name,
        "Enabled": True,
        "Direction": direction,
        "Action": action,
        "Protocol": "UDP",
        "LocalPort": [str(port)],
        "RemoteAddress": list(remote) or ["Any"],
    }


def snapshot(*, attached=False, uplink_forwarding=0, routes=(), rules=(), ledger=None, endpoint=True):
    """A per_host l2bridge host: the uplink vNIC, the owned network and (optionally attached) gateway endpoint."""
    data = fx.empty_snapshot()
    data["adapters"].append(adapter(UPLINK, 20, "10.60.0.21", uplink_forwarding))
    data["adapters"].append(adapter("vEthernet (mgmt)", 21, "10.70.0.21", 1))  # Enabled by someone else
    if attached:
        data["adapters"].append(adapter(EP_VNIC, 30, "10.250.7.2", 0))
    data["networks"] = [json.dumps(l2bridge_network())]
    data["endpoints"] = [json.dumps(gateway_endpoint())] if endpoint else []
    data["routes"] = [dict(r) for r in routes]
    data["firewall_rules"] = [dict(r) for r in rules]
    data["ledger"] = {"networks": [L2_ID], "endpoints": [EP_ID] if endpoint else [], "namespaces": []}
    data["ledger"].update(ledger or {})
    data["vm_adapters"] = []
    return data


def host(**kw):
    return model.HostState.from_snapshot(snapshot(**kw))


def plan(config, current, state="merged", **kw):
    kw.setdefault("uuid_factory", fx.FakeIds())
    kw.setdefault("kinds", engine.scope_kinds(config, state))  # as the engine scopes a task
    return plan_host_changes(config, current, state, **kw)


def ops(p):
    return [(o.op, o.args) for o in p.ops if o.op != "ledger_release"]


def names(p):
    return [o.op for o in p.ops if o.op != "ledger_release"]


ROUTE = {"destination_prefix": "10.250.8.0/24", "next_hop": "10.60.0.22", "interface": UPLINK}
ROUTE_ARGS = {"interface_alias": UPLINK, "destination_prefix": "10.250.8.0/24", "next_hop": "10.60.0.22"}
OWNED_ROUTE = route(UPLINK, 20, "10.250.8.0/24", "10.60.0.22")
RULE = {
    "name": "hyperv-network-vxlan-hvnet-overlay",
    "display_name": "hyperv.network VXLAN (hvnet-overlay)",
    "direction": "inbound",
    "protocol": "udp",
    "local_port": 4789,
    "remote_addresses": ["10.60.0.22"],
    "action": "allow",
}


# --- validation: the field is named, nothing is sent --------------------------------------------------------------


LEDGER = {"routes": [f"{UPLINK}|10.250.8.0/24|10.60.0.22"], "forwarding": [UPLINK], "firewall_rules": [RULE["name"]]}
RP = "config.host_routes[0]."
FP = "config.firewall_rules[0]."


@pytest.mark.parametrize(
    ("config", "field"),
    [
        ({"host_routes": [dict(ROUTE, destination_prefix="10.250.8.0/33")]}, RP + "destination_prefix"),
        ({"host_routes": [dict(ROUTE, destination_prefix="10.250.8.1/24")]}, RP + "destination_prefix"),
        ({"host_routes": [dict(ROUTE, destination_prefix="fd00::/64")]}, RP + "destination_prefix"),
        ({"host_routes": [dict(ROUTE, next_hop="fd00::1")]}, RP + "next_hop"),
        ({"host_routes": [dict(ROUTE, next_hop="10.60.0.300")]}, RP + "next_hop"),
        ({"host_routes": [dict(ROUTE, next_hop="0.0.0.0")]}, RP + "next_hop"),
        ({"host_routes": [dict(ROUTE, interface="vEthernet (*)")]}, RP + "interface"),
        ({"firewall_rules": [dict(RULE, local_port=65536)]}, FP + "local_port"),
        ({"firewall_rules": [dict(RULE, local_port=0)]}, FP + "local_port"),
        ({"firewall_rules": [dict(RULE, remote_addresses=["10.60.0.0/8"])]}, FP + "remote_addresses[0]"),
        ({"firewall_rules": [dict(RULE, remote_addresses=["fd00::1"])]}, FP + "remote_addresses[0]"),
        ({"firewall_rules": [dict(RULE, protocol="icmp")]}, FP + "protocol"),
        ({"forwarding": [{"interface": UPLINK, "endpoint": "ep", "enabled": True}]}, "config.forwarding[0]"),
        ({"forwarding": [{"enabled": True}]}, "config.forwarding[0]"),
        ({"vm_adapters": [{"vm": "v", "name": "Network Adapter", "id": "Adapter"}]}, "config.vm_adapters[0].id"),
    ],
)  # fmt: skip
def test_bad_host_object_input_names_the_field(config, field):
    with pytest.raises(HvNetValidationError) as e:
        validate_config(config)
    assert field + ":" in str(e.value)


def test_forwarding_errors_say_both_or_neither():
    with pytest.raises(HvNetValidationError, match="got interface and endpoint"):
        validate_config({"forwarding": [{"interface": UPLINK, "endpoint": "ep"}]})
    with pytest.raises(HvNetValidationError, match="got neither"):
        validate_config({"forwarding": [{"enabled": True}]})


def test_valid_host_objects_pass_validation():
    validate_config(
        {
            "endpoints": [{"name": "ep", "network": "n", "host_attach": True}],
            "host_routes": [ROUTE],
            "purge_host_routes": True,
            "forwarding": [{"interface": UPLINK, "enabled": True}, {"endpoint": "ep", "enabled": True}],
            "firewall_rules": [RULE, dict(RULE, name="other", remote_addresses=["10.60.0.0/24"])],
            "vm_adapters": [{"vm": "v", "name": "Network Adapter", "id": NIC_A}],
        }
    )


# --- reading ----------------------------------------------------------------------------------------------------


def test_a_snapshot_without_the_new_sections_parses_and_gathers_none_of_them():
    data = snapshot(attached=True)
    for key in ("routes", "firewall_rules"):
        del data[key]
    for a in data["adapters"]:
        (a.get("ip") or {}).pop("Forwarding", None)
    data["ledger"] = {"networks": [L2_ID], "endpoints": [EP_ID], "namespaces": []}
    current = model.HostState.from_snapshot(data)
    assert current.host_objects.routes == {} and current.host_objects.firewall_rules == {}
    assert current.host_objects.forwarding[norm.name_key(UPLINK)]["enabled"] is None
    out = engine._report_objects(current, engine.ALL_KINDS, None)
    assert "host_routes" not in out and "firewall_rules" not in out and out["forwarding"] == []
    with pytest.raises(HvNetPlanError, match=r"config\.host_routes: .*no routes section"):
        plan({"host_routes": [ROUTE]}, current)


def test_gathered_reports_owned_routes_ledger_forwarding_and_the_group_rules_with_owned():
    foreign = route(UPLINK, 20, "10.99.0.0/16", "10.60.0.1")
    current = host(
        attached=True,
        uplink_forwarding=1,
        routes=[OWNED_ROUTE, foreign],
        rules=[rule(RULE["name"]), rule("someone-elses", port=53)],
        ledger=LEDGER,
    )  # fmt: skip
    out = engine._report_objects(current, engine.ALL_KINDS, None)
    assert out["host_routes"] == [dict(ROUTE, owned=True)]  # the foreign route is not gathered
    assert out["forwarding"] == [{"interface": UPLINK, "enabled": True, "owned": True}]
    assert [(r["name"], r["owned"]) for r in out["firewall_rules"]] == [(RULE["name"], True), ("someone-elses", False)]
    assert out["firewall_rules"][0] == dict(RULE, display_name=RULE["name"], owned=True)
    assert [e["host_attach"] for e in out["endpoints"]] == [True]


def test_gathered_fed_back_with_overridden_changes_nothing():
    current = host(
        attached=True,
        uplink_forwarding=1,
        routes=[OWNED_ROUTE],
        rules=[rule(RULE["name"])],
        ledger=LEDGER,
    )  # fmt: skip
    gathered = engine._report_objects(current, engine.ALL_KINDS, None)
    config = model.strip_facts({k: v for k, v in gathered.items() if k in model.KINDS})
    for kind in ("host_routes", "forwarding", "firewall_rules"):
        config[kind] = [{k: v for k, v in item.items() if k != "owned"} for item in gathered[kind]]
    assert ops(plan(config, current, "overridden")) == []


# --- routes -------------------------------------------------------------------------------------------------------


def test_a_missing_route_is_added_and_a_present_one_is_no_change():
    assert ops(plan({"host_routes": [ROUTE]}, host())) == [("net_route_add", ROUTE_ARGS)]
    assert ops(plan({"host_routes": [ROUTE]}, host(routes=[OWNED_ROUTE]))) == []


def test_an_owned_route_with_another_next_hop_is_removed_then_the_listed_one_added():
    old = route(UPLINK, 20, "10.250.8.0/24", "10.60.0.99")
    current = host(routes=[old], ledger={"routes": [f"{UPLINK}|10.250.8.0/24|10.60.0.99"]})
    assert ops(plan({"host_routes": [ROUTE]}, current)) == [
        ("net_route_remove", dict(ROUTE_ARGS, next_hop="10.60.0.99")),
        ("net_route_add", ROUTE_ARGS),
    ]


def test_a_foreign_route_in_the_way_is_an_error_naming_it():
    current = host(routes=[route(UPLINK, 20, "10.250.8.0/24", "10.60.0.99")])
    with pytest.raises(HvNetPlanError, match=r"route 10\.250\.8\.0/24 via 10\.60\.0\.99 on vEthernet \(Ethernet1\)"):
        plan({"host_routes": [ROUTE]}, current)


def test_purge_removes_only_owned_unlisted_routes():
    stale = route(UPLINK, 20, "10.250.9.0/24", "10.60.0.23")
    foreign = route(UPLINK, 20, "10.99.0.0/16", "10.60.0.1")
    ledger = {"routes": [f"{UPLINK}|10.250.8.0/24|10.60.0.22", f"{UPLINK}|10.250.9.0/24|10.60.0.23"]}
    current = host(routes=[OWNED_ROUTE, stale, foreign], ledger=ledger)
    stale_args = dict(ROUTE_ARGS, destination_prefix="10.250.9.0/24", next_hop="10.60.0.23")
    assert ops(plan({"host_routes": [ROUTE]}, current)) == []  # merged keeps them
    assert ops(plan({"host_routes": [ROUTE], "purge_host_routes": True}, current)) == [("net_route_remove", stale_args)]
    assert ops(plan({"host_routes": [ROUTE]}, current, "overridden")) == [("net_route_remove", stale_args)]


def test_deleted_with_a_listed_foreign_route_is_an_error():
    current = host(routes=[OWNED_ROUTE])
    with pytest.raises(HvNetPlanError, match="not owned"):
        plan({"host_routes": [ROUTE]}, current, "deleted")


# --- forwarding ---------------------------------------------------------------------------------------------------


def test_forwarding_is_turned_on_where_it_reads_disabled_only():
    item = {"forwarding": [{"interface": UPLINK, "enabled": True}]}
    assert ops(plan(item, host())) == [("ip_forwarding_set", {"interface_alias": UPLINK, "enabled": True})]
    assert ops(plan(item, host(uplink_forwarding=1))) == []


def test_forwarding_is_turned_off_only_where_the_ledger_says_we_turned_it_on():
    off = {"forwarding": [{"interface": "vEthernet (mgmt)", "enabled": False}]}
    p = plan(off, host())
    assert ops(p) == [] and "did not turn it on" in p.warnings[0]
    mine = {"forwarding": [{"interface": UPLINK, "enabled": False}]}
    current = host(uplink_forwarding=1, ledger={"forwarding": [UPLINK]})
    assert ops(plan(mine, current)) == [("ip_forwarding_set", {"interface_alias": UPLINK, "enabled": False})]


def test_forwarding_on_an_endpoint_attached_in_the_same_apply_names_it_by_address_after_the_attach():
    config = {
        "endpoints": [{"name": "hvnet-l2bridge_ep", "network": "hvnet-l2bridge", "host_attach": True}],
        "forwarding": [{"endpoint": "hvnet-l2bridge_ep", "enabled": True}],
    }
    assert ops(plan(config, host())) == [
        ("hcn_endpoint_host_attach", {"id": EP_ID}),
        ("ip_forwarding_set", {"ip_address": "10.250.7.2", "enabled": True}),
    ]
    # Once attached, the endpoint's interface is known by its address: named by alias, and no change when on.
    assert ops(plan(config, host(attached=True))) == [
        ("ip_forwarding_set", {"interface_alias": EP_VNIC, "enabled": True})
    ]
    data = snapshot(attached=True)
    data["adapters"][-1]["ip"]["Forwarding"] = 1
    assert ops(plan(config, model.HostState.from_snapshot(data))) == []


def test_forwarding_on_an_endpoint_that_is_not_attached_is_refused():
    with pytest.raises(HvNetPlanError, match=r"hvnet-l2bridge_ep.*not attached"):
        plan({"forwarding": [{"endpoint": "hvnet-l2bridge_ep", "enabled": True}]}, host())


# --- firewall rules -----------------------------------------------------------------------------------------------


def test_a_missing_rule_is_created_with_windows_enum_names():
    (op,) = plan({"firewall_rules": [RULE]}, host()).ops
    assert (op.op, op.args) == (
        "firewall_rule_create",
        {
            "name": RULE["name"],
            "display_name": RULE["display_name"],
            "direction": "Inbound",
            "protocol": "UDP",
            "local_port": 4789,
            "remote_addresses": ["10.60.0.22"],
            "action": "Allow",
        },
    )


def test_an_owned_rule_with_other_addresses_is_set_in_place_and_an_equal_one_is_no_change():
    ledger = {"firewall_rules": [RULE["name"]]}
    current = host(rules=[dict(rule(RULE["name"], remote=("10.60.0.23",)), DisplayName=RULE["display_name"])],
                   ledger=ledger)  # fmt: skip
    assert ops(plan({"firewall_rules": [RULE]}, current)) == [
        ("firewall_rule_set", {"name": RULE["name"], "local_port": 4789, "remote_addresses": ["10.60.0.22"]})
    ]
    windows_view = rule(RULE["name"], remote=("10.60.0.22/255.255.255.255",))  # how Windows may show an address
    current = host(rules=[dict(windows_view, DisplayName=RULE["display_name"])], ledger=ledger)
    assert ops(plan({"firewall_rules": [RULE]}, current)) == []


def test_an_owned_rule_someone_disabled_is_enabled_again_and_a_foreign_disabled_one_is_left_alone():
    # Review 4 finding 9: Disable-NetFirewallRule sets Enabled False (the enum reads 2) and leaves the filters.
    ledger = {"firewall_rules": [RULE["name"]]}
    disabled = dict(rule(RULE["name"]), DisplayName=RULE["display_name"], Enabled=2)
    p = plan({"firewall_rules": [RULE]}, host(rules=[disabled], ledger=ledger))
    assert ops(p) == [
        (
            "firewall_rule_set",
            {"name": RULE["name"], "local_port": 4789, "remote_addresses": ["10.60.0.22"], "enabled": True},
        )
    ]
    # Disabled and with other addresses: one set carries both.
    moved = dict(disabled, RemoteAddress=["10.60.0.23"])
    assert ops(plan({"firewall_rules": [RULE]}, host(rules=[moved], ledger=ledger))) == [
        (
            "firewall_rule_set",
            {"name": RULE["name"], "local_port": 4789, "remote_addresses": ["10.60.0.22"], "enabled": True},
        )
    ]
    # Enabled reads True: no change.
    assert ops(plan({"firewall_rules": [RULE]}, host(rules=[dict(disabled, Enabled=1)], ledger=ledger))) == []
    # A rule of that name that is not ours, equal but disabled: not ours to enable, and no error.
    assert ops(plan({"firewall_rules": [RULE]}, host(rules=[disabled]))) == []


def test_a_foreign_rule_of_that_name_that_differs_is_an_error_naming_it():
    current = host(rules=[rule(RULE["name"], remote=("10.60.0.23",))])
    with pytest.raises(HvNetPlanError, match=r"firewall rule 'hyperv-network-vxlan-hvnet-overlay' .*not owned"):
        plan({"firewall_rules": [RULE]}, current)


def test_overridden_removes_owned_unlisted_rules_and_never_foreign_ones():
    current = host(rules=[rule("old-rule"), rule("someone-elses")], ledger={"firewall_rules": ["old-rule"]})
    assert ops(plan({"firewall_rules": []}, current, "overridden")) == [("firewall_rule_remove", {"name": "old-rule"})]


# --- attach / detach ----------------------------------------------------------------------------------------------


def test_an_endpoint_created_with_host_attach_is_attached_after_its_create_and_gets_no_gateway_route():
    config = {
        "networks": [{"name": "hvnet-l2bridge", "type": "l2bridge", "adapter": "Ethernet1",
                      "subnets": [{"prefix": "10.250.7.0/24", "gateway": "10.250.7.1"}]}],
        "endpoints": [{"name": "gw_ep", "network": "hvnet-l2bridge", "ip_address": "10.250.7.3", "prefix_length": 24,
                       "gateway": None, "host_attach": True}],
    }  # fmt: skip
    p = plan(config, host())
    assert names(p) == ["hcn_endpoint_create", "hcn_endpoint_host_attach"]
    create, attach = p.ops
    assert attach.args == {"id": create.args["id"]}
    assert attach.pre == [{"kind": "endpoint", "state": "present", "id": create.args["id"]}]
    # review 3 finding 2: no gateway, no Routes; the network's subnet gateway (.1) is not filled in
    assert "Routes" not in json.loads(create.args["settings"])


def test_host_attach_false_detaches_and_an_attached_endpoint_is_detached_before_its_delete():
    detach = ("hcn_endpoint_host_detach", {"id": EP_ID})
    assert ops(plan({"endpoints": [{"name": "hvnet-l2bridge_ep", "network": "hvnet-l2bridge", "host_attach": False}]},
                    host(attached=True))) == [detach]  # fmt: skip
    assert ops(plan({"endpoints": [{"name": "hvnet-l2bridge_ep", "network": "hvnet-l2bridge", "host_attach": True}]},
                    host(attached=True))) == []  # fmt: skip
    p = plan(
        {"endpoints": [{"name": "hvnet-l2bridge_ep", "network": "hvnet-l2bridge"}]}, host(attached=True), "deleted"
    )
    assert ops(p) == [detach, ("hcn_endpoint_delete", {"id": EP_ID})]


def test_apply_order_networks_endpoints_attach_forwarding_routes_firewall():
    config = {
        "networks": [{"name": "n2", "type": "l2bridge", "adapter": "Ethernet1",
                      "subnets": [{"prefix": "10.251.7.0/24", "gateway": "10.251.7.1"}]}],
        "endpoints": [{"name": "n2_ep", "network": "n2", "ip_address": "10.251.7.2", "prefix_length": 24,
                       "host_attach": True}],
        "forwarding": [{"interface": UPLINK}, {"endpoint": "n2_ep"}],
        "host_routes": [ROUTE],
        "firewall_rules": [RULE],
    }  # fmt: skip
    assert names(plan(config, host())) == [
        "hcn_network_create",
        "hcn_endpoint_create",
        "hcn_endpoint_host_attach",
        "ip_forwarding_set",
        "ip_forwarding_set",
        "net_route_add",
        "firewall_rule_create",
    ]


def test_teardown_order_and_only_what_the_ledger_holds():
    foreign_route = route(UPLINK, 20, "10.99.0.0/16", "10.60.0.1")
    current = host(
        attached=True,
        uplink_forwarding=1,
        routes=[OWNED_ROUTE, foreign_route],
        rules=[rule(RULE["name"]), rule("someone-elses")],
        ledger={"routes": [f"{UPLINK}|10.250.8.0/24|10.60.0.22"], "forwarding": [UPLINK, EP_VNIC],
                "firewall_rules": [RULE["name"]]},
    )  # fmt: skip
    p = plan({}, current, "deleted")
    assert ops(p) == [
        ("firewall_rule_remove", {"name": RULE["name"]}),
        ("net_route_remove", ROUTE_ARGS),
        ("ip_forwarding_set", {"interface_alias": UPLINK, "enabled": False}),
        ("ip_forwarding_set", {"interface_alias": EP_VNIC, "enabled": False}),
        ("hcn_endpoint_host_detach", {"id": EP_ID}),
        ("hcn_endpoint_delete", {"id": EP_ID}),
        ("hcn_network_delete", {"id": L2_ID}),
    ]
    # vEthernet (mgmt) reads Enabled but is not in the ledger: never touched


def test_a_teardown_on_a_host_without_the_new_sections_plans_the_hns_objects_only():
    data = snapshot(attached=False)
    del data["routes"], data["firewall_rules"]
    p = plan({}, model.HostState.from_snapshot(data), "deleted")
    assert names(p) == ["hcn_endpoint_delete", "hcn_network_delete"]


# --- vm adapters by Id (review 3 finding 6) -----------------------------------------------------------------------


def two_nics_host():
    data = snapshot()
    nic = {
        "VMName": "ctr-vm-1",
        "Name": "Network Adapter",
        "SwitchName": "ext-sw",
        "MacAddress": "00155D010203",
        "MacAddressSpoofing": 1,  # On (1 On, 2 Off)
        "VlanOperationMode": 0,
        "AccessVlanId": 0,
        "NativeVlanId": 0,
        "AllowedVlanIdListString": None,
    }
    data["vm_adapters"] = [dict(nic, Id=NIC_A), dict(nic, Id=NIC_B, MacAddress="00155D010204", MacAddressSpoofing=2)]
    data["switches"] = fx.snapshot()["switches"]
    return model.HostState.from_snapshot(data)


def test_a_name_that_matches_two_nics_of_a_vm_is_refused_naming_vm_name_and_count():
    with pytest.raises(HvNetPlanError) as e:
        plan({"vm_adapters": [{"vm": "ctr-vm-1", "name": "Network Adapter", "mac_address_spoofing": True}]},
             two_nics_host())  # fmt: skip
    assert "'ctr-vm-1' has 2 network adapters named 'Network Adapter'" in str(e.value)


def test_a_nic_given_by_id_is_set_by_id():
    p = plan({"vm_adapters": [{"vm": "ctr-vm-1", "name": "Network Adapter", "id": NIC_B.lower(),
                               "mac_address_spoofing": True}]}, two_nics_host())  # fmt: skip
    assert ops(p) == [
        (
            "vm_adapter_set",
            {"mac_address_spoofing": True, "vm_name": "ctr-vm-1", "name": "Network Adapter", "id": NIC_B},
        )
    ]
    # NIC_A already spoofs: no change
    assert ops(plan({"vm_adapters": [{"vm": "ctr-vm-1", "name": "Network Adapter", "id": NIC_A,
                                      "mac_address_spoofing": True}]}, two_nics_host())) == []  # fmt: skip


def test_an_unknown_id_is_refused():
    unknown = f"Microsoft:{VM_ID}\\3B9D2C0F-AAAA-4BBB-8CCC-DDDDEEEEFF09"
    with pytest.raises(HvNetPlanError, match="no network adapter with id"):
        plan({"vm_adapters": [{"vm": "ctr-vm-1", "name": "Network Adapter", "id": unknown, "switch": ""}]},
             two_nics_host())  # fmt: skip


def test_gathered_lists_both_nics_with_their_ids():
    out = model.gathered(two_nics_host(), ("vm_adapters",))
    assert sorted(a["id"] for a in out["vm_adapters"]) == [NIC_A, NIC_B]


# --- SDNRoute without a next hop (review 3 finding 3) --------------------------------------------------------------


def test_an_sdn_route_without_next_hop_has_no_next_hop_key_and_reads_back_without_change():
    wanted = {"destination_prefix": "10.60.0.21/32", "next_hop": None, "need_encap": True}
    policy = hcn.sdn_route_policy(state_values.sdn_route(wanted["destination_prefix"], None, True))
    assert policy == {"Type": "SDNRoute", "Settings": {"DestinationPrefix": "10.60.0.21/32", "NeedEncap": True}}
    config = {"endpoints": [{"name": "c1", "network": "hvnet-l2bridge", "ip_address": "10.250.7.10",
                             "prefix_length": 24, "gateway": "10.250.7.2", "sdn_routes": [wanted]}]}  # fmt: skip
    p = plan(config, host())
    doc = json.loads(p.ops[0].args["settings"])
    assert [x["Settings"] for x in doc["Policies"] if x["Type"] == "SDNRoute"] == [policy["Settings"]]
    # HNS holds it as sent (hcsshim: NextHop omitempty): the rerun plans nothing, in every converge state
    data = snapshot()
    doc.update(ID="6f708192-a3b4-4c5d-8e6f-708192a3b4c5")
    data["endpoints"].append(json.dumps(doc))
    data["ledger"]["endpoints"].append(doc["ID"])
    current = model.HostState.from_snapshot(data)
    for state in ("merged", "replaced", "overridden"):
        assert [o for o in ops(plan(config, current, state)) if o[0] != "hcn_endpoint_delete"] == [], state


# --- the engine: check mode, diff, rendered, created ---------------------------------------------------------------


@pytest.fixture
def all_sections(monkeypatch):
    monkeypatch.setattr(snapshots, "_BRIDGE_SECTIONS", [None])


def converge(data, config, state="merged", **kw):
    bridge = FakeBridge(copy.deepcopy(data))
    client = BridgeClient(bridge, sleep=lambda s: None, bridge_text=BRIDGE_TEXT)
    kw.setdefault("uuid_factory", fx.FakeIds())
    check_mode, diff = kw.pop("check_mode", True), kw.pop("diff", True)
    return engine.converge(client, config, state, check_mode=check_mode, diff=diff, **kw), bridge


def test_check_mode_diff_shows_the_route_rule_and_forwarding_it_would_change(all_sections):
    config = {"host_routes": [ROUTE], "firewall_rules": [RULE], "forwarding": [{"interface": UPLINK}]}
    result, bridge = converge(snapshot(), config)
    assert result["changed"] and len(bridge.requests) == 1  # one read, nothing applied
    assert result["diff"]["before"] == {
        "host_routes": [],
        "forwarding": [{"interface": UPLINK, "enabled": False, "owned": False}],
        "firewall_rules": [],
    }
    after = result["diff"]["after"]
    assert after["host_routes"] == [dict(ROUTE, owned=True)]
    assert after["forwarding"] == [{"interface": UPLINK, "enabled": True, "owned": True}]
    assert [r["name"] for r in after["firewall_rules"]] == [RULE["name"]]
    assert result["operations"] == [
        "enable IPv4 forwarding on vEthernet (Ethernet1)",
        "add host route 10.250.8.0/24 via 10.60.0.22 on vEthernet (Ethernet1)",
        "create firewall rule hyperv-network-vxlan-hvnet-overlay (inbound udp 4789 from 10.60.0.22, allow)",
    ]


def test_the_read_asks_for_the_sections_the_host_kinds_need(all_sections):
    _result, bridge = converge(snapshot(), {"host_routes": [ROUTE], "firewall_rules": [RULE]})
    kinds = bridge.requests[0]["ops"][0]["args"]["kinds"]
    assert "routes" in kinds and "firewall_rules" in kinds
    _result, bridge = converge(snapshot(), {"networks": []}, "overridden")
    kinds = bridge.requests[0]["ops"][0]["args"]["kinds"]
    assert "routes" not in kinds and "firewall_rules" not in kinds


def test_rendered_renders_the_host_operations():
    config = {
        "networks": [{"name": "n2", "type": "l2bridge", "adapter": "Ethernet1",
                      "subnets": [{"prefix": "10.251.7.0/24"}]}],
        "endpoints": [{"name": "n2_ep", "network": "n2", "ip_address": "10.251.7.2", "prefix_length": 24,
                       "host_attach": True}],
        "forwarding": [{"endpoint": "n2_ep"}],
        "host_routes": [ROUTE],
        "firewall_rules": [RULE],
    }  # fmt: skip
    result = engine.converge(None, config, "rendered", check_mode=False, diff=False, uuid_factory=fx.FakeIds())
    assert [r["op"] for r in result["rendered"]] == [
        "hcn_network_create", "hcn_endpoint_create", "hcn_endpoint_host_attach", "ip_forwarding_set",
        "net_route_add", "firewall_rule_create",
    ]  # fmt: skip
    assert result["rendered"][3]["args"] == {"ip_address": "10.251.7.2", "enabled": True}


def test_an_owned_rule_with_another_direction_is_re_created():
    ledger = {"firewall_rules": [RULE["name"]]}
    current = host(rules=[dict(rule(RULE["name"], direction=2), DisplayName=RULE["display_name"])], ledger=ledger)
    assert names(plan({"firewall_rules": [RULE]}, current)) == ["firewall_rule_remove", "firewall_rule_create"]


def test_deleted_restores_listed_forwarding_only_where_the_ledger_has_it():
    current = host(uplink_forwarding=1, ledger={"forwarding": [UPLINK]})
    config = {"forwarding": [{"interface": UPLINK}, {"interface": "vEthernet (mgmt)"}]}  # mgmt reads Enabled too
    assert ops(plan(config, current, "deleted")) == [
        ("ip_forwarding_set", {"interface_alias": UPLINK, "enabled": False})
    ]


# --- follow-ups (issue 11): deleting a rule by name, forwarding restored before a detach, ``planned`` ----------------


def test_deleted_names_a_firewall_rule_by_name_alone():
    owned = {"firewall_rules": [RULE["name"]]}
    # the engine validates with the task's state, before its one read
    result, _bridge = converge(
        snapshot(rules=[rule(RULE["name"])], ledger=owned), {"firewall_rules": [{"name": RULE["name"]}]}, "deleted"
    )
    assert result["operations"] == [f"remove firewall rule {RULE['name']}"]
    validate_config({"firewall_rules": [{"name": RULE["name"]}]}, state="deleted")
    current = host(rules=[rule(RULE["name"])], ledger=owned)
    assert ops(plan({"firewall_rules": [{"name": RULE["name"]}]}, current, "deleted")) == [
        ("firewall_rule_remove", {"name": RULE["name"]})
    ]


@pytest.mark.parametrize("state", ["merged", "replaced", "overridden", "rendered"])
def test_a_rule_to_create_or_update_still_needs_local_port_naming_the_field(state):
    bare = {"firewall_rules": [{"name": RULE["name"]}]}
    with pytest.raises(HvNetValidationError, match=r"config\.firewall_rules\[0\]\.local_port: is required"):
        validate_config(bare, state=state)
    bridge = FakeBridge(snapshot())
    client = BridgeClient(bridge, sleep=lambda s: None, bridge_text=BRIDGE_TEXT)
    with pytest.raises(HvNetValidationError, match=r"config\.firewall_rules\[0\]\.local_port"):
        engine.converge(client, bare, state, check_mode=False, diff=False)
    assert bridge.requests == []  # refused before any host call


def test_the_module_spec_no_longer_requires_local_port():
    from ansible_collections.hyperv.network.plugins.plugin_utils.argspec import (
        argument_spec_from_doc,
        module_documentation,
    )

    spec, _kw = argument_spec_from_doc(module_documentation("host_network"))
    rule_spec = spec["config"]["options"]["firewall_rules"]["options"]
    assert not rule_spec["local_port"].get("required") and rule_spec["name"].get("required")


EP_CONFIG = {"name": "hvnet-l2bridge_ep", "network": "hvnet-l2bridge"}
VNIC_LEDGER = {"forwarding": [EP_VNIC]}


def _attached_with_forwarding():
    data = snapshot(attached=True, ledger=VNIC_LEDGER)
    data["adapters"][-1]["ip"]["Forwarding"] = 1
    return model.HostState.from_snapshot(data)


def test_deleted_endpoint_with_its_forwarding_restores_by_the_snapshot_alias_before_the_detach():
    config = {"endpoints": [EP_CONFIG], "forwarding": [{"endpoint": "hvnet-l2bridge_ep"}]}
    assert ops(plan(config, _attached_with_forwarding(), "deleted")) == [
        ("ip_forwarding_set", {"interface_alias": EP_VNIC, "enabled": False}),
        ("hcn_endpoint_host_detach", {"id": EP_ID}),
        ("hcn_endpoint_delete", {"id": EP_ID}),
    ]


def test_deleted_endpoint_with_its_forwarding_passes_validation_and_the_engine_restores_first():
    config = {"endpoints": [EP_CONFIG], "forwarding": [{"endpoint": "hvnet-l2bridge_ep"}]}
    validate_config(config, state="deleted")
    validate_config(config)  # the action plugin's early check, state unknown
    with pytest.raises(HvNetValidationError, match=r"config\.forwarding\[0\]\.endpoint: .*without host_attach"):
        validate_config(config, state="merged")
    data = snapshot(attached=True, ledger=VNIC_LEDGER)
    data["adapters"][-1]["ip"]["Forwarding"] = 1
    result, _bridge = converge(data, config, "deleted")
    assert [p["op"] for p in result["planned"]] == [
        "ip_forwarding_set", "hcn_endpoint_host_detach", "hcn_endpoint_delete"]  # fmt: skip


def test_host_attach_false_with_forwarding_disabled_restores_before_the_detach():
    config = {"endpoints": [dict(EP_CONFIG, host_attach=False)],
              "forwarding": [{"endpoint": "hvnet-l2bridge_ep", "enabled": False}]}  # fmt: skip
    assert ops(plan(config, _attached_with_forwarding())) == [
        ("ip_forwarding_set", {"interface_alias": EP_VNIC, "enabled": False}),
        ("hcn_endpoint_host_detach", {"id": EP_ID}),
    ]


def test_forwarding_enabled_on_an_endpoint_the_same_apply_deletes_is_refused():
    # overridden deletes the unlisted endpoint: its vNIC is gone after the detach
    with pytest.raises(HvNetPlanError, match=r"hvnet-l2bridge_ep.*detached \(or deleted\) by this apply"):
        plan({"endpoints": [], "forwarding": [{"endpoint": "hvnet-l2bridge_ep"}]}, _attached_with_forwarding(),
             "overridden")  # fmt: skip


def test_teardown_restores_every_ledger_forwarding_alias_before_any_detach():
    current = _attached_with_forwarding()
    data = snapshot(attached=True, uplink_forwarding=1, ledger={"forwarding": [UPLINK, EP_VNIC]})
    data["adapters"][-1]["ip"]["Forwarding"] = 1
    p = plan({}, model.HostState.from_snapshot(data), "deleted")
    names_ = names(p)
    restores = [i for i, n in enumerate(names_) if n == "ip_forwarding_set"]
    assert len(restores) == 2 and max(restores) < names_.index("hcn_endpoint_host_detach")
    assert {o.args["interface_alias"] for o in p.ops if o.op == "ip_forwarding_set"} == {UPLINK, EP_VNIC}
    assert all(o.args["enabled"] is False for o in p.ops if o.op == "ip_forwarding_set")
    assert current.host_objects.ledger_forwarding  # the fixture's ledger holds the vNIC


def test_planned_lists_each_operation_as_data_beside_its_line(all_sections):
    config = {"host_routes": [ROUTE], "firewall_rules": [RULE], "forwarding": [{"interface": UPLINK}]}
    result, _bridge = converge(snapshot(), config)
    assert result["planned"] == [
        {"kind": "forwarding", "name": UPLINK, "action": "update", "op": "ip_forwarding_set", "disruptive": False},
        {"kind": "host_routes", "name": f"{UPLINK}|10.250.8.0/24|10.60.0.22", "action": "create",
         "op": "net_route_add", "disruptive": False},
        {"kind": "firewall_rules", "name": RULE["name"], "action": "create", "op": "firewall_rule_create",
         "disruptive": False},
    ]  # fmt: skip
    assert len(result["planned"]) == len(result["operations"])
    nat = {"networks": [{"name": "nat2", "type": "nat", "subnets": [{"prefix": "172.21.0.0/16"}]}]}
    applied, _bridge = converge(fx.empty_snapshot(), nat, check_mode=False)
    assert applied["changed"] and [(x["kind"], x["name"], x["action"], x["op"]) for x in applied["planned"]] == [
        ("networks", "nat2", "create", "hcn_network_create")
    ]
    again, _bridge = converge(snapshot(routes=[OWNED_ROUTE], ledger={"routes": LEDGER["routes"]}),
                              {"host_routes": [ROUTE]})  # fmt: skip
    assert again["planned"] == [] and again["operations"] == []
    rendered = engine.converge(None, config, "rendered", check_mode=False, diff=False, uuid_factory=fx.FakeIds())
    assert [x["op"] for x in rendered["planned"]] == [r["op"] for r in rendered["rendered"]]
    gathered, _bridge = converge(snapshot(), None, "gathered")
    assert gathered["planned"] == []


def test_planned_marks_a_disruptive_operation():
    result, _bridge = converge(fx.snapshot(stale=False), {"switches": None, "networks": [], "endpoints": None},
                               "overridden")  # fmt: skip
    assert [(x["kind"], x["action"], x["disruptive"]) for x in result["planned"]] == [
        ("endpoints", "delete", False), ("networks", "delete", False), ("networks", "delete", True)]  # fmt: skip
    assert [x["disruptive"] for x in result["planned"]] == [
        line.endswith("[disruptive]") for line in result["operations"]]  # fmt: skip
