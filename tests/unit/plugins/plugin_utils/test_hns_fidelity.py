"""HNS fidelity fixes (hns-review.md findings 2, 7, 8, 9, 11, 12 and E1, E2, E7, E8): planner gates, the v2 network
parse, the engine's answers to what HNS reports, and the HRESULT table.

Each test names its finding; the engine tests run against hvemu's host model in-process (host state read from the
model, not from the collection's result).
"""

import json
import time

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils import applying, engine
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils import state as model
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import (
    BridgeError,
    HvNetPlanError,
    HvNetValidationError,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.hresults import describe_hresult
from ansible_collections.hyperv.network.plugins.plugin_utils.planner import plan_host_changes
from ansible_collections.hyperv.network.plugins.plugin_utils.validate import validate_config
from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils import hvnet_engine_fixtures as fx

OVERLAY = {
    "name": "ovl",
    "type": "overlay",
    "adapter": "Ethernet1",
    "subnets": [{"prefix": "10.244.1.0/24", "vsid": 4096}],
}
ROUTE = {
    "destination_prefix": "10.244.2.0/24",
    "isolation_id": 4096,
    "provider_address": "10.0.0.22",
    "dr_mac_address": "00-15-5D-AA-BB-02",
}


def empty_host(**kw):
    return model.HostState.from_snapshot(fx.empty_snapshot(**kw))


def plan(config, current, state="merged", **kw):
    kw.setdefault("uuid_factory", fx.FakeIds())
    return plan_host_changes(config, current, state, **kw)


def created_doc(p):
    return json.loads(next(op for op in p.ops if op.op == "hcn_network_create").args["settings"])


def policy_types(doc):
    return [pol["Type"] for pol in doc.get("Policies") or []]


# --- hns 2: RemoteSubnetRoute on the HNS version only -------------------------------------------


def test_hns2_remote_subnet_routes_are_planned_on_server_2019_with_hns_9_2():
    p = plan({"networks": [dict(OVERLAY, remote_subnet_routes=[ROUTE])]}, empty_host(hns=(9, 2), build=17763))
    assert "RemoteSubnetRoute" in policy_types(created_doc(p))


def test_hns2_below_9_2_the_refusal_names_the_version_the_need_and_the_kb_on_server_2019():
    with pytest.raises(HvNetPlanError) as e:
        plan({"networks": [dict(OVERLAY, remote_subnet_routes=[ROUTE])]}, empty_host(hns=(9, 1), build=17763))
    assert "HNS 9.1" in e.value.msg and "HNS 9.2" in e.value.msg and "KB4489899" in e.value.msg


# --- hns 8 / E1: HostRoute on HNS 9.2 only; auto after the create, tolerant -----------------------


def test_hns8_host_route_true_is_in_the_create_document_on_build_17763():
    p = plan({"networks": [dict(OVERLAY, host_route=True)]}, empty_host(hns=(9, 5), build=17763))
    assert "HostRoute" in policy_types(created_doc(p))
    assert p.optional == []


def test_hns8_host_route_auto_is_a_modify_after_the_create_not_part_of_it():
    p = plan({"networks": [dict(OVERLAY, host_route="auto")]}, empty_host(hns=(9, 5), build=17763))
    assert "HostRoute" not in policy_types(created_doc(p))
    (op,) = p.optional
    new_id = next(o for o in p.ops if o.op == "hcn_network_create").args["id"]
    assert op.op == "hcn_network_modify" and op.args["id"] == new_id
    assert json.loads(op.args["request"]) == {
        "ResourceType": "Policy",
        "RequestType": "Add",
        "Settings": {"Policies": [{"Type": "HostRoute", "Settings": {}}]},
    }


def test_hns8_host_route_takes_true_false_or_auto_and_names_the_field_otherwise():
    validate_config({"networks": [dict(OVERLAY, host_route="auto")]})
    validate_config({"networks": [dict(OVERLAY, host_route="yes")]})  # an Ansible boolean string (type raw)
    p = plan({"networks": [dict(OVERLAY, host_route="yes")]}, empty_host(hns=(9, 5), build=17763))
    assert "HostRoute" in policy_types(created_doc(p)) and p.optional == []
    with pytest.raises(HvNetValidationError, match=r"config\.networks\[0\]\.host_route: must be true, false or auto"):
        validate_config({"networks": [dict(OVERLAY, host_route="sometimes")]})


# --- hns 7: no ManagementIP from a v2 document ------------------------------------------------------


def test_hns7_a_v2_document_is_read_without_management_ip():
    snap = fx.empty_snapshot()
    doc = {
        "ID": "11111111-2222-4333-8444-555555555555",
        "Name": "l2",
        "Type": "L2Bridge",
        "ManagementIP": "10.0.0.21",
        "Policies": [{"Type": "ProviderAddress", "Settings": {"ProviderAddress": "10.0.0.21"}}],
    }
    snap["networks"] = [json.dumps(doc)]
    net = model.HostState.from_snapshot(snap).networks[norm.name_key("l2")]
    assert "management_ip" not in net and "management_ip" not in model.report("networks", net)
    assert net["provider_address"] == "10.0.0.21"


# --- hns 11: the HCN codes the table lacked --------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("0x803B0005", "SUBNET_NOT_FOUND"),
        ("0x803B0008", "POLICY_NOT_FOUND"),
        ("0x803B000C", "INVALID_ENDPOINT"),
        ("0x803B000F", "INVALID_REMOTE_ENDPOINT_OPERATION"),
        ("0x803B0016", "MAPPING_NOT_SUPPORTED"),
        ("0x803B002B", "ENDPOINT_NAMESPACE_ALREADY_EXISTS"),
        ("0x803B002D", "INVALID_INTERNAL_PORT"),
        ("0x803B0030", "INVALID_PREFIX"),
        ("0x803B0032", "INVALID_SUBNET"),
        ("0x803B0037", "VFP_NOT_ALLOWED"),
    ],
)
def test_hns11_hcn_codes_have_names_meanings_and_hints(code, name):
    canonical, got_name, meaning, what = describe_hresult(code)
    assert (canonical, got_name) == (code, name)
    assert "does not know" not in meaning and what


# --- hns 9: what HNS answers right after a delete ----------------------------------------------------


def test_hns9_object_already_exists_and_e_fail_are_known_and_0x800700b7_has_its_own_text():
    assert describe_hresult("0x80071392")[1] == "ERROR_OBJECT_ALREADY_EXISTS"
    assert "The object already exists" in describe_hresult("0x80071392")[2]
    assert describe_hresult("0x80004005")[1] == "E_FAIL"
    meaning = describe_hresult("0x800700B7")[2]
    assert "Cannot create a file when that file already exists" in meaning and "after a delete" not in meaning


@pytest.mark.parametrize("hresult", ["0x80071392", "0x80004005"])
def test_hns9_create_right_after_a_delete_of_that_name_is_transient(hresult):
    current = model.HostState.from_snapshot(fx.snapshot())
    nat = next(n for n in current.networks.values() if n["owned"] and n["type"] == "nat")
    p = plan(
        {"networks": [{"name": nat["name"], "type": "nat", "subnets": [{"prefix": "172.29.0.0/16"}]}]},
        current,
        recreate=True,
    )
    ops = p.ops
    index = next(i for i, op in enumerate(ops) if op.action == "create")
    assert any(op.action == "delete" for op in ops[:index])
    error = BridgeError("HcnCreateNetwork: x", hresult=hresult, index=index, code="HNS_ERROR")
    assert applying.replannable(error, ops)
    # Without a delete of that name before it, the same answer is a real failure.
    alone = BridgeError("HcnCreateNetwork: x", hresult=hresult, index=0, code="HNS_ERROR")
    assert not applying.replannable(alone, [ops[index]])


# --- hns 12: IPv6 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("config", "field"),
    [
        ({"networks": [{"name": "n", "type": "nat", "subnets": [{"prefix": "fd00:1::/64"}]}]}, "subnets[0].prefix"),
        (
            {"networks": [dict(OVERLAY, subnets=[{"prefix": "fd00:2::/64", "vsid": 4096}])]},
            "subnets[0].prefix",
        ),
        (
            {
                "networks": [{"name": "n", "type": "nat", "subnets": [{"prefix": "172.20.0.0/16"}]}],
                "endpoints": [{"name": "e", "network": "n", "ip_address": "fd00:1::5"}],
            },
            "ip_address",
        ),
        (
            {
                "networks": [{"name": "n", "type": "nat", "subnets": [{"prefix": "172.20.0.0/16"}]}],
                "endpoints": [
                    {
                        "name": "e",
                        "network": "n",
                        "port_mappings": [{"internal_port": 80, "external_port": 8080, "vip": "fd00:1::9"}],
                    }
                ],
            },
            "port_mappings[0].vip",
        ),
    ],
)
def test_hns12_ipv6_is_refused_on_nat_and_overlay_naming_the_field(config, field):
    with pytest.raises(HvNetPlanError) as e:
        plan(config, empty_host(hns=(15, 1)))
    assert field in e.value.msg and "IPv6 is not supported" in e.value.msg


def test_hns12_ipv6_elsewhere_needs_hns_11_10():
    config = {
        "networks": [
            {
                "name": "t",
                "type": "transparent",
                "adapter": "Ethernet1",
                "subnets": [{"prefix": "10.9.0.0/24"}, {"prefix": "fd00:9::/64"}],
            }
        ]
    }
    with pytest.raises(HvNetPlanError) as e:
        plan(config, empty_host(hns=(10, 3)))
    assert "subnets[1].prefix fd00:9::/64" in e.value.msg and "HNS 11.10" in e.value.msg and "HNS 10.3" in e.value.msg
    subnets = created_doc(plan(config, empty_host(hns=(11, 10))))["Ipams"][0]["Subnets"]
    assert [s["IpAddressPrefix"] for s in subnets] == ["10.9.0.0/24", "fd00:9::/64"]


# --- the engine against hvemu's model ----------------------------------------------------------------

hvemu_engine = pytest.importorskip("hvemu.bridge")
testkit = pytest.importorskip("hvemu.model.testkit")


def client_for(host, sleep=lambda s: None):
    import base64

    from ansible_collections.hyperv.network.plugins.plugin_utils.bridge_client import BridgeClient

    def execute(cmd, in_data):
        script = base64.b64decode(cmd.rsplit(" ", 1)[1]).decode("utf-16-le")
        stdout, stderr, rc = hvemu_engine.run_script(host, script, in_data.decode("ascii").split("\r\n"))
        return rc, stdout, stderr

    return BridgeClient(execute, sleep=sleep)


def converge(host, config, state="merged", sleep=lambda s: None, **kw):
    kw.setdefault("check_mode", False)
    kw.setdefault("diff", False)
    kw.setdefault("wait_for_overlay", 0)
    return engine.converge(client_for(host, sleep), config, state, **kw)


def hvemu_network(host, name):
    return next((r["doc"] for r in host.data["networks"].values() if r["doc"]["Name"] == name), None)


HV_OVERLAY = {
    "name": "ovl",
    "type": "overlay",
    "adapter": "Ethernet 2",
    "subnets": [{"prefix": "10.244.1.0/24", "gateway": "10.244.1.1", "vsid": 4096}],
    "remote_subnet_routes": [dict(ROUTE, provider_address="10.1.1.22")],
}


def test_hns2_hns8_e1_overlay_with_routes_and_host_route_auto_converges_on_server_2019():
    host = testkit.make_host(windows="ws2019")
    result = converge(host, {"networks": [dict(HV_OVERLAY, host_route="auto")]})
    doc = hvemu_network(host, "ovl")
    assert {"RemoteSubnetRoute", "HostRoute"} <= set(policy_types(doc)), doc["Policies"]
    assert result["warnings"] == [] and any("HostRoute" in line for line in result["operations"])
    again = converge(host, {"networks": [dict(HV_OVERLAY, host_route="auto")]})
    assert again["changed"] is False and again["operations"] == []


def test_hns8_host_route_auto_refused_by_hns_leaves_the_network_and_warns():
    host = testkit.make_host(windows="ws2019")
    host.faults.hns_error_on_op = {"hcn_network_modify": "0x803B000E"}
    result = converge(host, {"networks": [dict(HV_OVERLAY, remote_subnet_routes=[], host_route="auto")]})
    doc = hvemu_network(host, "ovl")
    assert doc is not None and "HostRoute" not in policy_types(doc)
    assert any("HostRoute" in w and "0x803B000E" in w for w in result["warnings"]), result["warnings"]


def test_hns8_host_route_true_below_9_2_fails_before_any_change():
    host = testkit.make_host(windows="ws2019", hns_version="9.1")
    with pytest.raises(HvNetPlanError, match="KB4489899"):
        converge(host, {"networks": [dict(HV_OVERLAY, remote_subnet_routes=[], host_route=True)]})
    assert host.data["networks"] == {}


def test_hns7_no_wait_for_facts_after_an_l2bridge_create():
    host = testkit.make_host(overlay_facts_delay_s=30)
    config = {"networks": [{"name": "l2", "type": "l2bridge", "adapter": "Ethernet 2"}]}
    result = converge(host, config, wait_for_overlay=1)
    assert hvemu_network(host, "l2") is not None
    assert not [w for w in result["warnings"] if "did not appear" in w or "not waiting" in w], result["warnings"]


def test_e7_hns9_create_right_after_delete_is_replanned_after_the_object_already_exists():
    host = testkit.make_host()
    converge(host, {"networks": [{"name": "n", "type": "nat", "subnets": [{"prefix": "172.20.0.0/16"}]}]})
    host.faults.already_exists_after_delete_s = 0.5
    changed = {"networks": [{"name": "n", "type": "nat", "subnets": [{"prefix": "172.21.0.0/16"}]}]}
    result = converge(host, changed, recreate=True, sleep=time.sleep)
    doc = hvemu_network(host, "n")
    assert doc["Ipams"][0]["Subnets"][0]["IpAddressPrefix"] == "172.21.0.0/16"
    assert any("0x80071392" in w and "planned again" in w for w in result["warnings"]), result["warnings"]


def test_e8_a_second_winnat_prefix_is_reported_with_the_existing_netnat():
    host = testkit.make_host()
    converge(host, {"networks": [{"name": "n1", "type": "nat", "subnets": [{"prefix": "172.20.0.0/16"}]}]})
    with pytest.raises(BridgeError) as e:
        converge(host, {"networks": [{"name": "n2", "type": "nat", "subnets": [{"prefix": "172.31.0.0/24"}]}]})
    assert e.value.hresult == "0x80071392" and e.value.hresult_name == "ERROR_OBJECT_ALREADY_EXISTS"
    assert "Get-NetNat on this host already has" in e.value.msg and "172.20.0.0/16" in e.value.msg
    assert hvemu_network(host, "n2") is None


def test_hns12_ipv6_on_nat_is_refused_before_any_host_change():
    host = testkit.make_host()
    with pytest.raises(HvNetPlanError, match=r"subnets\[0\]\.prefix fd00:1::/64"):
        converge(host, {"networks": [{"name": "n", "type": "nat", "subnets": [{"prefix": "fd00:1::/64"}]}]})
    assert host.data["networks"] == {} and host.data["netnat"] == []


def test_hns8_rendered_shows_the_host_route_auto_modify_after_the_create():
    result = engine.converge(
        None, {"networks": [dict(OVERLAY, host_route="auto")]}, "rendered", check_mode=False, diff=False
    )
    ops = [r["op"] for r in result["rendered"]]
    assert ops == ["hcn_network_create", "hcn_network_modify"]
    assert "HostRoute" in result["rendered"][1]["args"]["request"]


def test_hns12_an_ipv6_subnet_the_host_already_has_is_no_change_and_passes():
    snap = fx.empty_snapshot(hns=(10, 3))
    doc = {
        "ID": "11111111-2222-4333-8444-555555555555",
        "Name": "t6",
        "Type": "Transparent",
        "Ipams": [{"Type": "Static", "Subnets": [{"IpAddressPrefix": "fd00:9::/64", "Routes": []}]}],
    }
    snap["networks"] = [json.dumps(doc)]
    current = model.HostState.from_snapshot(snap)
    p = plan({"networks": [{"name": "t6", "subnets": [{"prefix": "fd00:9::/64"}]}]}, current)
    assert p.ops == []
