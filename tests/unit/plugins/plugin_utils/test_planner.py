"""Planner: every state and object kind, against realistic host snapshots."""

import json

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils import state as model
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import HvNetPlanError
from ansible_collections.hyperv.network.plugins.plugin_utils.planner import plan_host_changes
from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils import hvnet_engine_fixtures as fx


def host(**kw):
    return model.HostState.from_snapshot(fx.snapshot(**kw))


def empty_host(**kw):
    return model.HostState.from_snapshot(fx.empty_snapshot(**kw))


def plan(config, current, state="merged", **kw):
    kw.setdefault("uuid_factory", fx.FakeIds())
    return plan_host_changes(config, current, state, **kw)


def ops_of(p):
    return [(o.op, o.name) for o in p.ops]


def real_ops(p):
    """Planned operations without the housekeeping releases."""
    return [o for o in p.ops if o.op != "ledger_release"]


def settings(op, key="settings"):
    return json.loads(op.args[key])


# --- creates on an empty host, ordering -----------------------------------------------------


def full_config():
    return {
        "switches": [
            {"name": "nat-sw", "switch_type": "internal"},
            {"name": "uplink", "net_adapter_names": ["Ethernet0"]},
        ],
        "networks": [
            {"name": "nat", "type": "nat", "subnets": [{"prefix": "172.20.0.0/16", "gateway": "172.20.0.1"}]},
            {
                "name": "ovl",
                "type": "overlay",
                "adapter": "Ethernet1",
                "subnets": [{"prefix": "10.244.1.0/24", "gateway": "10.244.1.1", "vsid": 4096}],
                "provider_address": "10.0.0.21",
                "host_route": True,
            },
        ],
        "endpoints": [
            {
                "name": "web-ep",
                "network": "nat",
                "ip_address": "172.20.0.10",
                "port_mappings": [{"protocol": "tcp", "internal_port": 80, "external_port": 8080}],
            }
        ],
    }


def test_create_everything_on_empty_host_in_dependency_order():
    p = plan(full_config(), empty_host())
    assert [o.op for o in p.ops] == [
        "switch_create",
        "switch_create",
        "hcn_network_create",
        "hcn_network_create",
        "hcn_endpoint_create",
    ]
    sw = p.ops[0]
    assert sw.args["switch_type"] == "Internal"
    assert sw.args["notes"] == "[hyperv.network]"
    assert sw.pre == [{"kind": "switch", "state": "absent", "name": "nat-sw"}]
    ext = p.ops[1]
    assert ext.args["switch_type"] == "External" and ext.args["net_adapter_names"] == ["Ethernet0"]
    assert ext.args["allow_management_os"] is True
    assert ext.disruptive  # external shared with the management OS cuts the host's network
    assert not sw.disruptive
    net = p.ops[2]
    assert net.pre == [
        {"kind": "network", "state": "absent", "name": "nat"},
        {"kind": "network", "state": "absent", "id": net.args["id"]},
    ]
    assert net.summary == "create network nat (nat, 172.20.0.0/16)"
    ep = p.ops[4]
    # the endpoint references the id chosen for its network in the same batch
    assert ep.args["network_id"] == net.args["id"]
    assert ep.pre[0] == {"kind": "network", "state": "present", "id": net.args["id"]}
    assert {"kind": "endpoint", "state": "absent", "name": "web-ep"} in ep.pre
    assert p.ops[3].disruptive and not net.disruptive


def test_network_document_has_default_route_and_schema_version():
    p = plan(full_config(), empty_host())
    doc = settings(p.ops[2])
    assert doc["Type"] == "NAT"
    assert doc["SchemaVersion"] == {"Major": 2, "Minor": 0}
    subnet = doc["Ipams"][0]["Subnets"][0]
    assert doc["Ipams"][0]["Type"] == "Static"
    assert subnet["Routes"][0] == {"NextHop": "172.20.0.1", "DestinationPrefix": "0.0.0.0/0"}
    ovl = settings(p.ops[3])
    assert ovl["Type"] == "Overlay"
    assert ovl["Ipams"][0]["Subnets"][0]["Policies"] == [{"Type": "VSID", "Settings": {"IsolationId": 4096}}]
    types = [pol["Type"] for pol in ovl["Policies"]]
    assert types == ["NetAdapterName", "ProviderAddress", "HostRoute"]


def test_gateway_defaults_to_first_host_when_unset():
    p = plan({"networks": [{"name": "n", "type": "nat", "subnets": [{"prefix": "172.30.0.0/24"}]}]}, empty_host())
    assert settings(p.ops[0])["Ipams"][0]["Subnets"][0]["Routes"][0]["NextHop"] == "172.30.0.1"


def test_network_flags():
    cfg = {
        "networks": [{"name": "n", "type": "nat", "persistent": False, "disable_host_port": True, "enable_iov": True}]
    }
    doc = settings(plan(cfg, empty_host()).ops[0])
    assert doc["Flags"] == 8 | 1024 | 8192


# --- the round trip and no false changes ---------------------------------------------------


@pytest.mark.parametrize("with_foreign", [True, False])
def test_round_trip_gathered_fed_back_with_overridden_plans_nothing(with_foreign):
    current = host(stale=False, with_foreign=with_foreign)
    config = model.strip_facts(model.gathered(current))
    assert config["networks"] and config["switches"] and config["endpoints"]
    p = plan(config, current, "overridden")
    assert p.ops == []
    assert p.skipped_foreign == []


@pytest.mark.parametrize("state", ["merged", "replaced", "overridden"])
def test_round_trip_through_json_plans_nothing(state):
    current = host(stale=False)
    config = json.loads(json.dumps(model.strip_facts(model.gathered(current))))
    assert plan(config, current, state).ops == []


def test_defaults_cause_no_changes():
    # NAT network with Type omitted on the host; config gives a default route instead of a gateway,
    # another prefix spelling; HNS added MacPool, Health, State, LayeredOn.
    current = host()
    cfg = {
        "networks": [
            {
                "name": "NAT-OWNED",
                "subnets": [
                    {"prefix": "172.20.0.0/16", "routes": [{"destination": "0.0.0.0/0", "next_hop": "172.20.0.1"}]}
                ],
            }
        ],
        "switches": [
            {
                "name": "ext-sw",
                "net_adapter_names": ["Ethernet0"],
                "minimum_bandwidth_mode": "default",
                "notes": "uplink for containers",
            }
        ],
    }
    assert real_ops(plan(cfg, current, "replaced")) == []
    assert real_ops(plan(cfg, current, "merged")) == []


def test_replaced_resets_unset_notes_merged_keeps_them():
    cfg = {"switches": [{"name": "ext-sw"}]}
    assert real_ops(plan(cfg, host(), "merged")) == []
    ops = real_ops(plan(cfg, host(), "replaced"))
    assert [(o.op, o.args.get("notes")) for o in ops] == [("switch_set", "[hyperv.network]")]


def test_case_insensitive_names_update_instead_of_create():
    cfg = {"switches": [{"name": "INT-SW", "notes": "new notes"}]}
    p = plan(cfg, host())
    ops = real_ops(p)
    assert [o.op for o in ops] == ["switch_set"]
    assert ops[0].args["notes"] == "new notes\n[hyperv.network]"  # owned: tag kept after user notes
    assert ops[0].name == "Int-Sw"  # reported as Windows stores it


def test_switch_adapter_description_maps_to_name():
    # Get-VMSwitch reports "Intel(R) ... SFP+"; the config names "ethernet0" (any case): no change.
    cfg = {
        "switches": [
            {
                "name": "ext-sw",
                "switch_type": "external",
                "net_adapter_names": ["ethernet0"],
                "allow_management_os": True,
                "notes": "uplink for containers",
            }
        ]
    }
    assert real_ops(plan(cfg, host(), "replaced")) == []


def test_external_switch_management_vnic_is_not_drift():
    # A config computed from the host's IP names vEthernet (ext-sw): the switch's own vNIC (HyperVDsc #193).
    cfg = {"switches": [{"name": "ext-sw", "net_adapter_names": ["vEthernet (ext-sw)"]}]}
    assert real_ops(plan(cfg, host())) == []
    cfg = {"networks": [{"name": "vxlan-ovl", "adapter": "Ethernet1"}]}
    assert real_ops(plan(cfg, host())) == []


def test_switch_adapter_change_in_place():
    cfg = {"switches": [{"name": "ext-sw", "net_adapter_names": ["Ethernet1"]}]}
    ops = real_ops(plan(cfg, host()))
    assert [(o.op, o.args.get("net_adapter_name")) for o in ops] == [("switch_set", "Ethernet1")]
    assert ops[0].disruptive
    assert ops[0].pre == [{"kind": "switch", "state": "present", "id": fx.EXT_SW_ID}]


def test_switch_type_private_internal_settable():
    ops = real_ops(plan({"switches": [{"name": "Int-Sw", "switch_type": "private"}]}, host()))
    assert [(o.op, o.args.get("switch_type")) for o in ops] == [("switch_set", "Private")]


def test_set_team_members_change_in_place():
    cfg = {"switches": [{"name": "set-sw", "net_adapter_names": ["SLOT 3 Port 1"]}]}
    ops = real_ops(plan(cfg, host()))
    assert [(o.op, o.args.get("net_adapter_names")) for o in ops] == [("switch_team_set", ["SLOT 3 Port 1"])]
    cfg = {"switches": [{"name": "set-sw", "net_adapter_names": ["slot 3 port 2", "SLOT 3 PORT 1"]}]}
    assert real_ops(plan(cfg, host())) == []


def test_allow_management_os_change_is_disruptive_update():
    ops = real_ops(plan({"switches": [{"name": "ext-sw", "allow_management_os": False}]}, host()))
    assert ops[0].op == "switch_set" and ops[0].args == {"id": fx.EXT_SW_ID, "allow_management_os": False}
    assert ops[0].disruptive


# --- create-only properties -----------------------------------------------------------------


def test_create_only_switch_properties_error_names_each_with_values():
    cfg = {"switches": [{"name": "ext-sw", "enable_iov": True, "minimum_bandwidth_mode": "absolute"}]}
    with pytest.raises(HvNetPlanError) as e:
        plan(cfg, host())
    msg = e.value.msg
    assert "'ext-sw'" in msg
    assert "enable_iov: current false, desired true" in msg
    assert "minimum_bandwidth_mode: current weight, desired absolute" in msg
    assert "recreate: true" in msg


def test_create_only_network_properties_error_and_recreate():
    cfg = {"networks": [{"name": "nat-owned", "type": "nat", "subnets": [{"prefix": "172.21.0.0/16"}]}]}
    with pytest.raises(HvNetPlanError) as e:
        plan(cfg, host())
    assert "subnets: current [172.20.0.0/16 gw 172.20.0.1], desired [172.21.0.0/16" in e.value.msg
    p = plan(cfg, host(), recreate=True)
    ops = real_ops(p)
    # its owned endpoint goes first, then the network; then the network is created again
    assert [o.op for o in ops] == ["hcn_endpoint_delete", "hcn_network_delete", "hcn_network_create"]
    assert ops[1].pre == [{"kind": "network", "state": "owned", "id": fx.NAT_ID}]
    assert ops[0].pre == [{"kind": "endpoint", "state": "owned", "id": fx.WEB_EP_ID}]


def test_recreate_network_recreates_listed_endpoint_on_new_id():
    cfg = {
        "networks": [{"name": "nat-owned", "type": "nat", "subnets": [{"prefix": "172.21.0.0/16"}]}],
        "endpoints": [{"name": "web-ep", "network": "nat-owned", "ip_address": "172.21.0.10"}],
    }
    ops = real_ops(plan(cfg, host(), recreate=True))
    assert [o.op for o in ops] == [
        "hcn_endpoint_delete",
        "hcn_network_delete",
        "hcn_network_create",
        "hcn_endpoint_create",
    ]
    assert ops[3].args["network_id"] == ops[2].args["id"] != fx.NAT_ID


def test_recreate_refused_for_foreign_object():
    cfg = {"networks": [{"name": "nat", "type": "nat", "subnets": [{"prefix": "172.31.0.0/16"}]}]}
    with pytest.raises(HvNetPlanError) as e:
        plan(cfg, host(), recreate=True)
    assert "not owned" in e.value.msg and "'nat'" in e.value.msg


def test_recreate_switch_for_iov():
    ops = real_ops(plan({"switches": [{"name": "Int-Sw", "enable_iov": True}]}, host(), recreate=True))
    assert [o.op for o in ops] == ["switch_remove", "switch_create"]
    assert ops[1].args["enable_iov"] is True and ops[1].args["switch_type"] == "Internal"


def test_endpoint_create_only_ip():
    with pytest.raises(HvNetPlanError) as e:
        plan({"endpoints": [{"name": "web-ep", "network": "nat-owned", "ip_address": "172.20.0.11"}]}, host())
    assert "ip_address: current 172.20.0.10, desired 172.20.0.11" in e.value.msg


# --- ownership ------------------------------------------------------------------------------


def test_overridden_deletes_owned_unlisted_and_skips_foreign():
    current = host()
    cfg = {"switches": [], "networks": [], "endpoints": []}
    p = plan(cfg, current, "overridden")
    deleted = [(o.op, o.name) for o in p.ops if o.action == "delete"]
    assert ("hcn_network_delete", "nat-owned") in deleted and ("hcn_network_delete", "vxlan-ovl") in deleted
    assert ("hcn_endpoint_delete", "web-ep") in deleted
    assert {n for op, n in deleted if op == "switch_remove"} == {"ext-sw", "Int-Sw", "set-sw"}
    names = {o.name for o in p.ops}
    for foreign in ("nat", "vxlan0", "Calico", "3f9c1a0b2d4e_eth0"):
        assert foreign not in names
    skipped = {(s["kind"], s["name"]) for s in p.skipped_foreign}
    assert {
        ("networks", "nat"),
        ("networks", "vxlan0"),
        ("networks", "Calico"),
        ("switches", "nat"),
        ("endpoints", "3f9c1a0b2d4e_eth0"),
    } <= skipped
    # reverse dependency order: endpoints, networks, switches
    kinds = [o.kind for o in p.ops if o.action == "delete"]
    assert kinds == sorted(kinds, key=["endpoints", "networks", "switches"].index)
    assert all(o.pre[0]["state"] == "owned" for o in p.ops if o.action == "delete")


def test_overridden_only_touches_listed_kinds():
    p = plan(
        {"networks": model.strip_facts(model.gathered(host()))["networks"]}, host(), "overridden", kinds=["networks"]
    )
    assert real_ops(p) == []


def test_deleted_listed_owned():
    p = plan({"networks": [{"name": "VXLAN-OVL"}]}, host(), "deleted")
    assert [o.op for o in real_ops(p)] == ["hcn_network_delete"]
    assert p.ops[0].disruptive  # overlay


@pytest.mark.parametrize(
    ("kind", "name"), [("networks", "nat"), ("networks", "vxlan0"), ("networks", "Calico"), ("switches", "nat")]
)
def test_deleted_on_foreign_name_errors(kind, name):
    with pytest.raises(HvNetPlanError) as e:
        plan({kind: [{"name": name}]}, host(), "deleted")
    assert repr(name) in e.value.msg and "not owned" in e.value.msg


def test_deleted_absent_object_is_no_change():
    assert plan({"networks": [{"name": "nope"}]}, host(stale=False), "deleted").ops == []


def test_deleted_empty_config_tears_down_owned_only():
    p = plan({}, host(), "deleted")
    names = {o.name for o in p.ops if o.action == "delete"}
    assert names == {"web-ep", "nat-owned", "vxlan-ovl", "ext-sw", "Int-Sw", "set-sw"}
    assert any(o.op == "ledger_release" for o in p.ops)


def test_deleting_network_with_foreign_endpoint_refused():
    snap = fx.snapshot()
    ep = fx.container_endpoint()
    ep["HostComputeNetwork"] = fx.NAT_ID
    snap["endpoints"].append(json.dumps(ep))
    with pytest.raises(HvNetPlanError) as e:
        plan({"networks": [{"name": "nat-owned"}]}, model.HostState.from_snapshot(snap), "deleted")
    assert "3f9c1a0b2d4e_eth0" in e.value.msg


# --- stale ledger ---------------------------------------------------------------------------


def test_stale_ledger_ids_released_with_next_apply_only():
    current = host()
    assert current.stale == [("network", fx.STALE_NET_ID)]
    # nothing else to do: no apply just for housekeeping
    config = model.strip_facts(model.gathered(current))
    assert plan(config, current, "overridden").ops == []
    p = plan({"switches": [{"name": "new-sw"}]}, current)
    assert [o.op for o in p.ops] == ["switch_create", "ledger_release"]
    assert p.ops[-1].args == {"kind": "network", "id": fx.STALE_NET_ID}
    assert p.ops[-1].pre == []


def test_narrowed_section_never_marks_ids_stale():
    snap = fx.snapshot()
    st = model.HostState.from_snapshot(snap, partial=["networks"])
    assert st.stale == []


# --- overlay routes -------------------------------------------------------------------------


def route(prefix, pa, mac, vsid=4096):
    return {"destination_prefix": prefix, "isolation_id": vsid, "provider_address": pa, "dr_mac_address": mac}


def test_remote_subnet_route_same_route_other_mac_spelling_is_no_change():
    cfg = {
        "networks": [
            {"name": "vxlan-ovl", "remote_subnet_routes": [route("10.244.2.0/24", "10.0.0.22", "00155DAABB02")]}
        ]
    }
    assert real_ops(plan(cfg, host())) == []
    assert real_ops(plan(cfg, host(), "replaced")) == []


def test_remote_subnet_route_add_and_remove_with_exact_host_settings():
    cfg = {
        "networks": [
            {
                "name": "vxlan-ovl",
                "remote_subnet_routes": [route("10.244.3.0/24", "10.0.0.23", "00:15:5d:aa:bb:03")],
                "purge_remote_subnet_routes": True,
            }
        ]
    }
    ops = real_ops(plan(cfg, host()))
    assert [o.op for o in ops] == ["hcn_network_modify", "hcn_network_modify"]
    remove, add = (json.loads(o.args["request"]) for o in ops)
    assert remove["RequestType"] == "Remove" and remove["ResourceType"] == "Policy"
    # removal carries the settings exactly as HNS holds them (colons, lower case)
    assert remove["Settings"]["Policies"][0]["Settings"]["DistributedRouterMacAddress"] == "00:15:5d:aa:bb:02"
    assert add["RequestType"] == "Add"
    assert add["Settings"]["Policies"] == [
        {
            "Type": "RemoteSubnetRoute",
            "Settings": {
                "DestinationPrefix": "10.244.3.0/24",
                "IsolationId": 4096,
                "ProviderAddress": "10.0.0.23",
                "DistributedRouterMacAddress": "00-15-5D-AA-BB-03",
            },
        }
    ]
    assert all(o.pre == [{"kind": "network", "state": "present", "id": fx.OVL_ID}] for o in ops)


def test_remote_subnet_routes_merged_without_purge_only_adds():
    cfg = {
        "networks": [
            {"name": "vxlan-ovl", "remote_subnet_routes": [route("10.244.3.0/24", "10.0.0.23", "00-15-5D-AA-BB-03")]}
        ]
    }
    ops = real_ops(plan(cfg, host()))
    assert [json.loads(o.args["request"])["RequestType"] for o in ops] == ["Add"]


def test_remote_subnet_routes_unset_in_replaced_are_left_alone():
    cfg = {"networks": [{"name": "vxlan-ovl", "type": "overlay"}]}
    assert real_ops(plan(cfg, host(), "replaced")) == []


# --- feature gates --------------------------------------------------------------------------


def test_host_route_gate_fails_when_requested_below_hns_9_2():
    cfg = {
        "networks": [
            {
                "name": "ovl",
                "type": "overlay",
                "host_route": True,
                "subnets": [{"prefix": "10.244.1.0/24", "vsid": 4096}],
            }
        ]
    }
    with pytest.raises(HvNetPlanError) as e:
        plan(cfg, empty_host(hns=(9, 1), build=17763))
    # Below 9.2 HNS has no v2 API at all (hcsshim V2ApiSupport), so that gate speaks first.
    assert "HNS 9.2" in e.value.msg and "HNS 9.1" in e.value.msg and "KB4489899" in e.value.msg
    assert "config.networks: network 'ovl'" in e.value.msg


def test_host_route_unset_is_skipped_silently_on_old_build():
    cfg = {"networks": [{"name": "ovl", "type": "overlay", "subnets": [{"prefix": "10.244.1.0/24", "vsid": 4096}]}]}
    p = plan(cfg, empty_host(hns=(10, 1), build=17763))
    assert "HostRoute" not in p.ops[0].args["settings"]


@pytest.mark.parametrize(
    ("option", "value", "hns"),
    [
        ("vxlan_port", 4790, (9, 5)),
        ("disable_host_port", True, (15, 0)),
    ],
)
def test_feature_gates_by_hns_version(option, value, hns):
    net = {"name": "ovl", "type": "overlay", "subnets": [{"prefix": "10.244.1.0/24", "vsid": 4096}], option: value}
    with pytest.raises(HvNetPlanError) as e:
        plan({"networks": [net]}, empty_host(hns=hns, build=18300))
    assert option in e.value.msg


def test_gates_skipped_without_host_facts():
    # rendered: no host, so no gates
    st = model.HostState()
    net = {"name": "ovl", "type": "overlay", "host_route": True, "vxlan_port": 4790}
    assert plan({"networks": [net]}, st).ops[0].op == "hcn_network_create"


# --- endpoints ------------------------------------------------------------------------------


def test_endpoint_on_existing_network_and_port_mapping_update():
    cfg = {
        "endpoints": [
            {
                "name": "web-ep",
                "network": "NAT-OWNED",
                "port_mappings": [
                    {"protocol": "TCP", "internal_port": 80, "external_port": 8080},
                    {"protocol": "udp", "internal_port": 53, "external_port": 5353},
                ],
            }
        ]
    }
    ops = real_ops(plan(cfg, host()))
    assert [o.op for o in ops] == ["hcn_endpoint_modify"]
    req = json.loads(ops[0].args["request"])
    assert req["RequestType"] == "Add"
    assert req["Settings"]["Policies"] == [
        {"Type": "PortMapping", "Settings": {"Protocol": 17, "InternalPort": 53, "ExternalPort": 5353, "VIP": ""}}
    ]


def test_an_endpoint_update_leaves_the_parsed_host_state_as_it_was():
    """The planner's expected endpoint sorts its policy lists as copies: a parsed state may serve a second plan
    (state.parse_once, a rerun's read planning its converge and its routes)."""
    current = host()
    have = current.endpoints[model.norm.name_key("web-ep")]
    lists = {key: have[key] for key in ("port_mappings", "acls", "sdn_routes")}
    shown = json.dumps(have, sort_keys=True, default=str)
    mapping = {"protocol": "udp", "internal_port": 53, "external_port": 5353}
    cfg = {"endpoints": [{"name": "web-ep", "network": "NAT-OWNED", "port_mappings": [mapping]}]}
    p = plan(cfg, current)
    expected = p.expected["endpoints"][model.norm.name_key("web-ep")]
    assert len(expected["port_mappings"]) == 2
    assert all(expected[key] is not lists[key] for key in lists)
    assert all(have[key] is lists[key] for key in lists)
    assert json.dumps(have, sort_keys=True, default=str) == shown


def test_endpoint_replaced_removes_unlisted_port_mapping_with_host_settings():
    cfg = {"endpoints": [{"name": "web-ep", "network": "nat-owned"}]}
    ops = real_ops(plan(cfg, host(), "replaced"))
    req = json.loads(ops[0].args["request"])
    assert req["RequestType"] == "Remove"
    assert req["Settings"]["Policies"][0]["Settings"]["Flags"] == 0  # as HNS holds it


def test_endpoint_unknown_network_errors():
    with pytest.raises(HvNetPlanError) as e:
        plan({"endpoints": [{"name": "x", "network": "missing"}]}, host())
    assert "'missing'" in e.value.msg


def test_endpoint_document():
    cfg = {
        "endpoints": [
            {
                "name": "r1",
                "network": "vxlan-ovl",
                "ip_address": "10.244.2.5",
                "mac_address": "02:11:0a:f4:02:05",
                "remote": True,
                "provider_address": "10.0.0.22",
                "gateway": "10.244.1.1",
            }
        ]
    }
    op = real_ops(plan(cfg, host()))[0]
    doc = settings(op)
    assert doc["HostComputeNetwork"] == fx.OVL_ID and op.args["network_id"] == fx.OVL_ID
    assert doc["MacAddress"] == "02-11-0A-F4-02-05"
    assert doc["Flags"] == 1
    assert {"Type": "ProviderAddress", "Settings": {"ProviderAddress": "10.0.0.22"}} in doc["Policies"]
    assert doc["Routes"] == [{"NextHop": "10.244.1.1", "DestinationPrefix": "0.0.0.0/0"}]


# --- VM adapters ----------------------------------------------------------------------------


def test_vm_adapter_update():
    cfg = {
        "vm_adapters": [
            {
                "vm": "CTR-VM-1",
                "name": "network adapter",
                "vlan": {"mode": "access", "access_id": 10},
                "mac_address_spoofing": True,
                "switch": "EXT-SW",
            }
        ]
    }
    ops = real_ops(plan(cfg, host()))
    assert len(ops) == 1
    assert ops[0].args == {
        "vm_name": "ctr-vm-1",
        "name": "Network Adapter",
        "vlan": {"mode": "Access", "access_vlan_id": 10},
        "mac_address_spoofing": True,
    }
    assert ops[0].pre == [{"kind": "vm_adapter", "state": "present", "name": "Network Adapter", "vm_name": "ctr-vm-1"}]


def test_vm_adapter_no_change_and_missing():
    cfg = {
        "vm_adapters": [
            {
                "vm": "ctr-vm-1",
                "name": "Network Adapter",
                "switch": "ext-sw",
                "vlan": {"mode": "untagged"},
                "mac_address_spoofing": False,
            }
        ]
    }
    assert real_ops(plan(cfg, host())) == []
    with pytest.raises(HvNetPlanError):
        plan({"vm_adapters": [{"vm": "ctr-vm-1", "name": "nic2"}]}, host())


def test_vm_adapter_disconnect_on_deleted():
    ops = real_ops(plan({"vm_adapters": [{"vm": "ctr-vm-1", "name": "Network Adapter"}]}, host(), "deleted"))
    assert ops[0].args["switch_name"] is None


# --- summaries and the request ---------------------------------------------------------------


def test_every_planned_request_matches_the_schema():
    from ansible_collections.hyperv.network.plugins.plugin_utils.bridge_client import schema_errors

    plans = [
        plan(full_config(), empty_host()),
        plan({}, host(), "deleted"),
        plan(
            {
                "switches": [
                    {"name": "ext-sw", "net_adapter_names": ["Ethernet1"], "allow_management_os": False, "notes": "x"}
                ]
            },
            host(),
        ),
        plan(
            {"networks": [{"name": "vxlan-ovl", "remote_subnet_routes": [], "purge_remote_subnet_routes": True}]},
            host(),
        ),
    ]
    for p in plans:
        request = {"protocol": 1, "request_id": "x", "ops": p.requests()}
        assert schema_errors("request", request) == []


def test_overlay_subnet_without_vsid_refused_on_create():
    cfg = {"networks": [{"name": "ovl", "type": "overlay", "subnets": [{"prefix": "10.244.7.0/24"}]}]}
    with pytest.raises(HvNetPlanError) as e:
        plan(cfg, empty_host())
    assert "needs a vsid" in e.value.msg and "10.244.7.0/24" in e.value.msg


def test_replaced_without_type_or_adapters_keeps_external_switch_external():
    ops = real_ops(plan({"switches": [{"name": "ext-sw", "notes": "uplink for containers"}]}, host(), "replaced"))
    assert ops == []


def test_external_to_internal_is_disruptive():
    ops = real_ops(plan({"switches": [{"name": "ext-sw", "switch_type": "internal"}]}, host()))
    assert [(o.op, o.args.get("switch_type"), o.disruptive) for o in ops] == [("switch_set", "Internal", True)]


def test_network_reuses_external_switch_through_its_adapter():
    cfg = {"networks": [{"name": "tr", "type": "transparent", "switch": "EXT-SW"}]}
    op = real_ops(plan(cfg, host()))[0]
    assert settings(op)["Policies"] == [{"Type": "NetAdapterName", "Settings": {"NetworkAdapterName": "Ethernet0"}}]
    assert op.disruptive
    with pytest.raises(HvNetPlanError, match="not an External switch"):
        plan({"networks": [{"name": "tr", "type": "transparent", "switch": "Int-Sw"}]}, host())
    with pytest.raises(HvNetPlanError, match="disagree"):
        plan({"networks": [{"name": "tr", "type": "transparent", "switch": "ext-sw", "adapter": "Ethernet1"}]}, host())


def test_network_on_switch_created_in_same_batch():
    cfg = {
        "switches": [{"name": "new-ext", "net_adapter_names": ["Ethernet1"], "allow_management_os": False}],
        "networks": [
            {"name": "l2", "type": "l2bridge", "switch": "new-ext", "subnets": [{"prefix": "192.168.60.0/24"}]}
        ],
    }
    ops = real_ops(plan(cfg, host()))
    assert [o.op for o in ops] == ["switch_create", "hcn_network_create"]
    assert not ops[0].disruptive  # not shared with the management OS
    assert {"Type": "NetAdapterName", "Settings": {"NetworkAdapterName": "Ethernet1"}} in settings(ops[1])["Policies"]


def test_endpoint_acl_and_namespace_attach():
    ns = "aa11bb22-cc33-4d44-8e55-ff6677889900"
    acl = {"action": "Block", "direction": "Out", "protocols": "6", "remote_addresses": "10.0.0.0/8", "priority": 300}
    cfg = {"endpoints": [{"name": "web-ep", "network": "nat-owned", "acls": [acl], "namespace": ns.upper()}]}
    ops = real_ops(plan(cfg, host()))
    assert [o.op for o in ops] == ["hcn_endpoint_modify", "hcn_namespace_modify"]
    added = json.loads(ops[0].args["request"])["Settings"]["Policies"][0]
    assert added == {
        "Type": "ACL",
        "Settings": {
            "Action": "Block",
            "Direction": "Out",
            "Priority": 300,
            "RuleType": "Switch",
            "Protocols": "6",
            "RemoteAddresses": "10.0.0.0/8",
        },
    }
    assert json.loads(ops[1].args["request"]) == {
        "ResourceType": "Endpoint",
        "RequestType": "Add",
        "Settings": {"EndpointId": fx.WEB_EP_ID},
    }
    assert ops[1].pre == [{"kind": "namespace", "state": "present", "id": ns}]
    with pytest.raises(HvNetPlanError, match="namespace"):
        plan(
            {
                "endpoints": [
                    {"name": "web-ep", "network": "nat-owned", "namespace": "bb11bb22-cc33-4d44-8e55-ff6677889900"}
                ]
            },
            host(),
        )


def test_vm_adapter_trunk():
    cfg = {
        "vm_adapters": [
            {
                "vm": "ctr-vm-1",
                "name": "Network Adapter",
                "vlan": {"mode": "trunk", "native_id": 1, "allowed": "1-100, 200"},
            }
        ]
    }
    op = real_ops(plan(cfg, host()))[0]
    assert op.args["vlan"] == {"mode": "Trunk", "native_vlan_id": 1, "allowed_vlan_ids": "1-100,200"}


def test_deleted_endpoint_and_switch_kinds():
    p = plan(
        {"endpoints": [{"name": "WEB-EP", "network": "nat-owned"}], "switches": [{"name": "int-sw"}]}, host(), "deleted"
    )
    assert [(o.op, o.name) for o in real_ops(p)] == [("hcn_endpoint_delete", "web-ep"), ("switch_remove", "Int-Sw")]
    with pytest.raises(HvNetPlanError, match="not owned"):
        plan({"endpoints": [{"name": "3f9c1a0b2d4e_eth0", "network": "nat"}]}, host(), "deleted")


def test_overridden_never_deletes_vm_adapters_or_foreign_endpoints():
    p = plan({"vm_adapters": [], "endpoints": []}, host(), "overridden", kinds=["vm_adapters", "endpoints"])
    assert [(o.op, o.name) for o in real_ops(p)] == [("hcn_endpoint_delete", "web-ep")]
    assert ("endpoints", "3f9c1a0b2d4e_eth0") in {(s["kind"], s["name"]) for s in p.skipped_foreign}


def test_summaries_are_one_line_each():
    p = plan(full_config(), empty_host())
    assert [o.line() for o in p.ops] == [
        "create switch nat-sw (internal)",
        "create switch uplink (external on Ethernet0) [disruptive]",
        "create network nat (nat, 172.20.0.0/16)",
        "create network ovl (overlay, 10.244.1.0/24) [disruptive]",
        "create endpoint web-ep on nat (172.20.0.10)",
    ]


def test_host_without_hyperv_module_refuses_switches_clearly():
    snap = fx.empty_snapshot()
    snap["host"]["hyperv_module"] = False
    snap["host"]["is_virtual_machine"] = True
    current = model.HostState.from_snapshot(snap)
    with pytest.raises(HvNetPlanError, match="no Hyper-V PowerShell module"):
        plan({"switches": [{"name": "s"}]}, current)
    assert [o.op for o in plan({"networks": [{"name": "n", "type": "nat"}]}, current).ops] == ["hcn_network_create"]


def test_an_adapter_the_host_lacks_is_refused_at_plan_time_naming_the_field():
    """Caught after the read, before any apply: the apply's precondition would only say the host changed."""
    current = model.HostState.from_snapshot(
        {"host": {"computer_name": "hv01"}, "adapters": [{"Name": "Ethernet", "InterfaceDescription": "NIC 1"}]}
    )
    config = {"switches": [{"name": "ext", "net_adapter_names": ["Ethernet 9"]}]}
    with pytest.raises(
        HvNetPlanError, match=r"switch 'ext': net_adapter_names: host hv01 has no network adapter named"
    ):
        plan_host_changes(config, current, "merged", kinds=["switches"])
    config = {"networks": [{"name": "t", "type": "transparent", "adapter": "ethernet 9"}]}
    with pytest.raises(
        HvNetPlanError, match=r"network 't': adapter: .*'ethernet 9' \(Get-NetAdapter shows: Ethernet\)"
    ):
        plan_host_changes(config, current, "merged", kinds=["networks"])
    # The same names in another case are the same adapter (Windows compares them case-insensitively).
    ok = {"switches": [{"name": "ext", "net_adapter_names": ["ETHERNET"], "allow_management_os": False}]}
    assert plan_host_changes(ok, current, "merged", kinds=["switches"]).ops
