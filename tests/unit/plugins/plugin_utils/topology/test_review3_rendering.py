"""Review 3 findings 1-6 in what the topologies render (docs/design/host-objects.md section 4).

Each test fails on the code that had the defect: findings 1-5 on e06e9aa..5017edc's topology.py (gateway .1 for
per_host containers, a default route on <net>_ep, no SDNRoute to the host and no LAN exception, PAs excepted from
OutBoundNAT, l2bridge spoofing on by default), finding 6 on the name-keyed before-state record.
"""

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils import topology as t
from ansible_collections.hyperv.network.plugins.plugin_utils import topology_checks as tc
from ansible_collections.hyperv.network.plugins.plugin_utils import topology_prepare as tp
from ansible_collections.hyperv.network.plugins.plugin_utils import topology_render as tr
from ansible_collections.hyperv.network.plugins.plugin_utils import topology_spoofing as ts
from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils.topology.fake_hosts import add_adapter, fleet

HOSTS = ["hv01", "hv02", "hv03", "hv04"]
L2 = {
    "kind": "l2bridge",
    "network_name": "cbr0",
    "switch_name": "l2sw",
    "prefix": "10.250.0.0/16",
    "adapter": "Ethernet0",
}
OVL = {"kind": "overlay", "network_name": "vxlan0", "prefix": "10.244.0.0/16", "vsid": 4096, "adapter": "Ethernet0"}


def _eps(config):
    return {e["name"]: e for e in config.get("endpoints") or []}


def _l2(mode="per_host", **extra):
    hosts = {
        h: {"subnet": f"10.250.{i}.0/24", "endpoints": [{"name": "web", "ip_address": f"10.250.{i}.10"}]}
        for i, h in enumerate(HOSTS, start=1)
    }
    if mode == "lan":
        hosts = {h: {"endpoints": [{"name": "web", "ip_address": f"10.0.0.{100 + i}"}]} for i, h in enumerate(HOSTS)}
        extra.setdefault("prefix", "10.0.0.0/24")
    topo = tp.prepare(dict(L2, mode=mode, hosts=hosts, **extra), HOSTS)
    errors, _warnings, topo = tc.check_facts(topo, fleet(4), HOSTS)
    assert errors == []
    return topo


def test_finding_1_per_host_containers_route_through_the_gateway_endpoint_at_dot_2():
    topo = _l2()
    for i, host in enumerate(HOSTS, start=1):
        config = tr.host_config(topo, host)
        t.validate_host_config(config)
        assert config["networks"][0]["subnets"][0]["gateway"] == f"10.250.{i}.1"  # the network keeps .1
        assert _eps(config)["web"]["gateway"] == f"10.250.{i}.2"
        assert _eps(config)["cbr0_ep"]["ip_address"] == f"10.250.{i}.2"


def test_finding_2_the_gateway_endpoint_has_no_default_route_and_is_attached_to_the_host():
    config = tr.host_config(_l2(), "hv02")
    gw = _eps(config)["cbr0_ep"]
    assert gw.get("gateway") is None and gw["host_attach"] is True
    assert (gw["ip_address"], gw["prefix_length"]) == ("10.250.2.2", 24)
    # forwarding on the management vNIC and on the gateway endpoint's vNIC (flannel host-gw)
    assert config["forwarding"] == [
        {"interface": "vEthernet (Ethernet0)", "enabled": True},
        {"endpoint": "cbr0_ep", "enabled": True},
    ]


@pytest.mark.parametrize("mode", ["per_host", "lan"])
def test_finding_3_l2bridge_endpoints_route_their_own_host_encapsulated(mode):
    topo = _l2(mode)
    assert topo["hosts"]["hv03"]["lan_address"] == "10.0.0.23"  # read from the snapshot by the preflight
    web = _eps(tr.host_config(topo, "hv03"))["web"]
    assert web["sdn_routes"] == [{"destination_prefix": "10.0.0.23/32", "need_encap": True}]
    assert "next_hop" not in web["sdn_routes"][0]
    if mode == "per_host":
        # Review 4 finding 1: the host's own address (the hairpin the SDNRoute carries), not the LAN subnet, whose
        # non-member machines have no route back to the carved subnets.
        assert web["outbound_nat"] == {"exceptions": ["10.250.0.0/16", "10.0.0.23/32"]}
    else:
        assert "outbound_nat" not in web


def test_finding_4_overlay_excepts_the_fleet_prefix_and_the_users_list_not_the_provider_addresses():
    hosts = {h: {"endpoints": [{"name": "web", "ip_address": f"10.244.{i}.10"}], "subnet": f"10.244.{i}.0/24"}
             for i, h in enumerate(HOSTS, start=1)}  # fmt: skip
    topo = tp.prepare(dict(OVL, hosts=hosts), HOSTS)
    _errors, _warnings, topo = tc.check_facts(topo, fleet(4), HOSTS)
    assert topo["hosts"]["hv01"]["provider_address"] == "10.0.0.21"
    web = _eps(tr.host_config(topo, "hv01"))["web"]
    assert web["provider_address"] == "10.0.0.21"
    assert web["outbound_nat"] == {"exceptions": ["10.244.0.0/16"]}  # no "<PA>/32"
    topo = tp.prepare(dict(OVL, hosts=hosts, outbound_nat_exceptions=["10.96.0.0/12"]), HOSTS)
    _errors, _warnings, topo = tc.check_facts(topo, fleet(4), HOSTS)
    web = _eps(tr.host_config(topo, "hv01"))["web"]
    assert web["outbound_nat"] == {"exceptions": ["10.244.0.0/16", "10.96.0.0/12"]}
    with pytest.raises(t.TopologyError, match=r"hyperv_network_overlay_outbound_nat_exceptions\[0\]"):
        tp.prepare(dict(OVL, outbound_nat_exceptions=["10.96.0.1/12"]), HOSTS)


def test_finding_5_l2bridge_does_not_turn_mac_spoofing_on_by_default():
    assert t.DEFAULTS["l2bridge"]["mac_spoofing"] is False
    assert t.DEFAULTS["transparent"]["mac_spoofing"] is True
    topo = tp.prepare(dict(L2), ["vm1"], hostvars={"vm1": {"hyperv_network_parent": "hv01"}})
    assert topo["mac_spoofing"] is False


def test_finding_6_the_spoofing_record_is_keyed_by_nic_id_and_the_teardown_names_the_nic_by_id():
    topology = {"kind": "transparent", "network_name": "tn", "switch_name": "ts", "adapter": "Ethernet0"}
    topo = tp.prepare(topology, ["vm1"], hostvars={"vm1": {"hyperv_network_parent": "hv01"}})
    nic_a, nic_b = "Microsoft:AAAA\\1111", "Microsoft:AAAA\\2222"
    result = {
        "before": {
            "vm_adapters": [
                {"vm": "vm1", "name": "Network Adapter", "id": nic_a, "mac_address_spoofing": True},
                {"vm": "vm1", "name": "Network Adapter", "id": nic_b, "mac_address_spoofing": False},
            ]
        }
    }
    record = ts.spoofing_before(topo, "hv01", result, {"vm1"})
    assert sorted(record) == [nic_a, nic_b]
    assert record[nic_a]["mac_address_spoofing"] is True and record[nic_b]["mac_address_spoofing"] is False
    off = ts.parent_vm_adapters(topo, False, before={"hv01": record})
    # only the NIC that was off before is turned off again, named by its Id (a name would set both)
    assert off == [
        {
            "parent": "hv01",
            "vm_adapters": [{"vm": "vm1", "name": "Network Adapter", "id": nic_b, "mac_address_spoofing": False}],
        }
    ]
    t.validate_host_config({"vm_adapters": off[0]["vm_adapters"]})
    # a record from an older release (keyed VM/NAME) still reads
    assert ts.parent_vm_adapters(topo, False, before={"hv01": {"VM1/NETWORK ADAPTER": True}}) == []


def test_the_per_host_preflight_refuses_hosts_whose_lan_addresses_are_in_different_subnets():
    topo = tp.prepare(dict(L2), HOSTS)
    facts = fleet(4)
    facts["hv04"]["snapshot"]["adapters"][0]["ip"]["IPv4"][0]["IPAddress"] = "10.9.0.24"
    errors, _warnings, _topo = tc.check_facts(topo, facts, HOSTS)
    assert len(errors) == 1
    assert errors[0].startswith("hyperv_network_l2bridge_adapter: with per-host subnets every host's LAN address")
    assert "10.9.0.0/24: hv04 (10.9.0.24)" in errors[0] and "hv01 (10.0.0.21)" in errors[0]
    # lan mode has no such rule (the LAN's router routes)
    topo = tp.prepare(dict(L2, mode="lan", prefix="10.0.0.0/24"), HOSTS)
    assert tc.check_facts(topo, facts, HOSTS)[0] == []


def test_a_rerun_does_not_refuse_the_attached_gateway_endpoints_vnic():
    topo = tp.prepare(dict(L2, hosts={"hv01": {"subnet": "10.250.1.0/24"}}), ["hv01"])
    facts = fleet(1)
    add_adapter(facts["hv01"]["snapshot"], "vEthernet (cbr0_ep)", "10.250.1.2")
    assert tc.check_facts(topo, facts, ["hv01"])[0] == []
    # any other adapter in the subnet is still refused
    facts = fleet(1)
    add_adapter(facts["hv01"]["snapshot"], "vEthernet (other)", "10.250.1.77")
    errors = tc.check_facts(topo, facts, ["hv01"])[0]
    assert errors and "overlaps 10.250.1.0/24 on its adapter 'vEthernet (other)'" in errors[0]


def test_the_teardown_lists_the_firewall_rule_routes_forwarding_and_the_gateway_endpoint():
    ledger = {"routes": ["vEthernet (Ethernet0)|10.250.2.0/24|10.0.0.22"], "forwarding": ["vEthernet (Ethernet0)"]}
    down = tr.teardown_config(_l2(), "hv01", ledger=ledger)
    assert down["host_routes"] == [
        {"destination_prefix": "10.250.2.0/24", "next_hop": "10.0.0.22", "interface": "vEthernet (Ethernet0)"}
    ]
    assert down["forwarding"] == [
        {"interface": "vEthernet (Ethernet0)", "enabled": False},
        {"interface": "vEthernet (cbr0_ep)", "enabled": False},
    ]
    assert "host_routes" not in tr.teardown_config(_l2(), "hv01")
    assert {"name": "cbr0_ep", "network": "cbr0"} in down["endpoints"]
    t.validate_host_config(down)
    topo = tp.prepare(dict(OVL), ["hv01"])
    rule = [{"name": "hyperv-network-vxlan-vxlan0", "local_port": 4789}]
    assert tr.teardown_config(topo, "hv01")["firewall_rules"] == rule
    no_fw = tp.prepare(dict(OVL, firewall=False), ["hv01"])
    assert tr.teardown_config(no_fw, "hv01")["firewall_rules"] == rule


@pytest.mark.parametrize(
    ("vm", "missing", "refused"),
    [
        (False, "Containers", True),
        (False, "Hyper-V", True),
        (False, "Hyper-V-PowerShell", False),  # HNS makes the switch without the module (issue 12 item 4)
        (True, "Containers", True),
        (True, "Hyper-V", False),  # a container VM needs no Hyper-V role of its own
    ],
)
def test_the_preflight_refuses_a_host_without_a_needed_windows_feature(vm, missing, refused):
    """Issue 14 item 1 (preflight half): naming the feature and a win_feature snippet, before any change."""
    facts = fleet(1, vm=vm)
    facts["hv01"]["snapshot"]["host"]["features"] = {
        "Containers": True, "Hyper-V": True, "Hyper-V-PowerShell": True, missing: False
    }  # fmt: skip
    topo = tp.prepare({"kind": "nat", "network_name": "n", "prefix": "172.20.0.0/16"}, ["hv01"])
    errors = tc.check_facts(topo, facts, ["hv01"])[0]
    if refused:
        assert errors == [
            f"host hv01: the Windows feature {missing} is not installed; install it first (it needs a restart), e.g. "
            f"'- ansible.windows.win_feature: {{name: {missing}, state: present, include_management_tools: true}}' "
            "then 'ansible.windows.win_reboot'"
        ]
    else:
        assert errors == []
    facts["hv01"]["snapshot"]["host"]["features"] = None  # the host could not say: no refusal
    assert tc.check_facts(topo, facts, ["hv01"])[0] == []


@pytest.mark.parametrize(
    ("kind", "spoofing", "warned"),
    [("transparent", None, True), ("l2bridge", None, False), ("l2bridge", True, True)],
)
def test_review4_finding_5_a_parentless_vm_is_told_to_turn_on_spoofing_only_where_it_is_needed(kind, spoofing, warned):
    # L2Bridge rewrites container MACs to the host's: a container VM needs MAC spoofing for transparent, and for
    # l2bridge only where the user asks for it (MicrosoftDocs aaf115a9 dropped the l2bridge requirement).
    spec = dict(L2, mode="lan", prefix="10.0.0.0/24") if kind == "l2bridge" else {**L2, "kind": "transparent"}
    spec.pop("prefix", None) if kind == "transparent" else None
    if spoofing is not None:
        spec["mac_spoofing"] = spoofing
    topo = tp.prepare(spec, ["hv01"])
    facts = fleet(1)
    facts["hv01"]["snapshot"]["host"]["is_virtual_machine"] = True
    _errors, warnings, _topo = tc.check_facts(topo, facts, ["hv01"])
    assert any("turn on MAC address spoofing" in w for w in warnings) is warned, warnings
