"""Topologies rejected before any host contact, each with a message naming the field; valid ones render."""

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils import topology as t
from ansible_collections.hyperv.network.plugins.plugin_utils import topology_prepare as tp
from ansible_collections.hyperv.network.plugins.plugin_utils import topology_render as tr

HOSTS = ["hv01", "hv02", "hv03"]
OVERLAY = {
    "kind": "overlay",
    "network_name": "hvnet-overlay",
    "prefix": "10.244.0.0/16",
    "vsid": 4096,
    "adapter": "Ethernet0",
}
NAT = {"kind": "nat", "network_name": "hvnet-nat", "prefix": "172.20.0.0/16"}
TRANSPARENT = {
    "kind": "transparent",
    "network_name": "hvnet-transparent",
    "switch_name": "hvnet-external",
    "adapter": "Ethernet0",
}
L2BRIDGE = {
    "kind": "l2bridge",
    "network_name": "hvnet-l2bridge",
    "switch_name": "hvnet-l2sw",
    "prefix": "10.250.0.0/16",
    "adapter": "Ethernet0",
}


def _with(base, **changes):
    out = dict(base)
    out.update(changes)
    return out


def _ep(name="web", **kw):
    return dict({"name": name}, **kw)


# (id, topology, hosts, expected field path, expected words in the message)
INVALID = [
    (
        "bad-subnet-octet",
        _with(OVERLAY, hosts={"hv02": {"subnet": "10.244.300.0/24"}}),
        HOSTS,
        "hyperv_network_overlay_hosts.hv02.subnet",
        "'10.244.300.0/24' is not a valid",
    ),
    ("vsid-too-low", _with(OVERLAY, vsid=4000), HOSTS, "hyperv_network_overlay_vsid", "out of range 4096..65535"),
    ("vsid-too-high", _with(OVERLAY, vsid=70000), HOSTS, "hyperv_network_overlay_vsid", "out of range 4096..65535"),
    (
        "prefix-host-bits",
        _with(OVERLAY, prefix="10.244.1.0/8"),
        HOSTS,
        "hyperv_network_overlay_prefix",
        "host bits set",
    ),
    ("prefix-ipv6", _with(OVERLAY, prefix="fd00::/48"), HOSTS, "hyperv_network_overlay_prefix", "IPv4"),
    ("unknown-key", _with(OVERLAY, subnetlength=24), HOSTS, "hyperv_network_overlay_topology", "'subnetlength'"),
    (
        "unknown-host-key",
        _with(OVERLAY, hosts={"hv01": {"sbnet": "10.244.1.0/24"}}),
        HOSTS,
        "hyperv_network_overlay_hosts.hv01",
        "'sbnet'",
    ),
    ("wildcard-name", _with(OVERLAY, network_name="ovl*"), HOSTS, "hyperv_network_overlay_network_name", "wildcard"),
    (
        "trailing-space-name",
        _with(NAT, network_name="nat "),
        HOSTS,
        "hyperv_network_nat_network_name",
        "not a valid name",
    ),
    (
        "nat-gateway-outside",
        _with(NAT, gateway="172.21.0.1"),
        HOSTS,
        "hyperv_network_nat_gateway",
        "not a usable address",
    ),
    (
        "nat-gateway-network-address",
        _with(NAT, hosts={"hv01": {"prefix": "172.30.0.0/24", "gateway": "172.30.0.0"}}),
        HOSTS,
        "hyperv_network_nat_hosts.hv01.gateway",
        "not a usable address",
    ),
    (
        "nat-endpoint-outside",
        _with(NAT, endpoints=[_ep(ip_address="10.1.1.1")]),
        HOSTS,
        "hyperv_network_nat_endpoints[0].ip_address",
        "not a usable address",
    ),
    (
        "nat-endpoint-twice",
        _with(NAT, hosts={"hv02": {"endpoints": [_ep(), _ep()]}}),
        HOSTS,
        "hyperv_network_nat_hosts.hv02.endpoints[1].name",
        "used twice",
    ),
    (
        "nat-endpoint-on-gateway",
        _with(NAT, endpoints=[_ep(ip_address="172.20.0.1")]),
        HOSTS,
        "hyperv_network_nat_endpoints[0].ip_address",
        "gateway",
    ),
    (
        "nat-port-mapped-twice",
        _with(
            NAT,
            endpoints=[
                _ep("a", port_mappings=[{"internal_port": 80, "external_port": 8080}]),
                _ep("b", port_mappings=[{"internal_port": 81, "external_port": 8080}]),
            ],
        ),
        HOSTS,
        "hyperv_network_nat_endpoints[1].port_mappings[0].external_port",
        "mapped twice",
    ),
    (
        "port-out-of-range",
        _with(NAT, endpoints=[_ep(port_mappings=[{"internal_port": 80, "external_port": 70000}])]),
        HOSTS,
        "hyperv_network_nat_endpoints[0].port_mappings[0].external_port",
        "out of range 1..65535",
    ),
    (
        "bad-mac",
        _with(NAT, endpoints=[_ep(mac_address="00-15-5D-ZZ-00-01")]),
        HOSTS,
        "hyperv_network_nat_endpoints[0].mac_address",
        "not a MAC address",
    ),
    (
        "bad-dns-server",
        _with(NAT, dns={"servers": ["10.0.0.300"]}),
        HOSTS,
        "hyperv_network_nat_dns.servers[0]",
        "not a valid IP address",
    ),
    ("nat-state", _with(NAT, state="gone"), HOSTS, "hyperv_network_nat_state", "not one of"),
    (
        "overlapping-explicit-subnets",
        _with(OVERLAY, hosts={"hv01": {"subnet": "10.244.8.0/22"}, "hv02": {"subnet": "10.244.9.0/24"}}),
        HOSTS,
        "hyperv_network_overlay_hosts.hv02.subnet",
        "overlaps subnet 10.244.8.0/22 of host hv01",
    ),
    (
        "subnet-length-shorter",
        _with(OVERLAY, subnet_length=12),
        HOSTS,
        "hyperv_network_overlay_subnet_length",
        "shorter than the fleet prefix",
    ),
    (
        "fleet-prefix-too-small",
        _with(OVERLAY, prefix="10.244.0.0/24", subnet_length=26),
        [f"h{i}" for i in range(5)],
        "hyperv_network_overlay_prefix",
        "holds 4 subnets of /26, not 5 hosts",
    ),
    (
        "anchor-overlaps",
        _with(OVERLAY, anchor={"name": "a", "prefix": "10.244.0.0/16"}),
        HOSTS,
        "hyperv_network_overlay_anchor.prefix",
        "overlaps the overlay prefix",
    ),
    (
        "overlay-anchor-vsid-clash",
        _with(OVERLAY, anchor={"name": "a", "type": "overlay", "vsid": 4096}),
        HOSTS,
        "hyperv_network_overlay_anchor.vsid",
        "clashes with",
    ),
    (
        "anchor-vsid-clash",
        _with(OVERLAY, anchor={"name": "a", "type": "overlay", "vsid": 4096}),
        HOSTS,
        "hyperv_network_overlay_anchor.vsid",
        "clashes with hyperv_network_overlay_vsid",
    ),
    (
        "anchor-same-name",
        _with(OVERLAY, anchor={"name": "HVNET-OVERLAY"}),
        HOSTS,
        "hyperv_network_overlay_anchor.name",
        "name of its own",
    ),
    (
        "overlay-no-adapter",
        _with(OVERLAY, adapter=None, hosts={"hv01": {"adapter": "Ethernet1"}}),
        HOSTS,
        "hyperv_network_overlay_hosts.hv02.adapter",
        "no adapter for host hv02",
    ),
    (
        "provider-address-twice",
        _with(OVERLAY, hosts={"hv01": {"provider_address": "10.0.0.5"}, "hv02": {"provider_address": "10.0.0.5"}}),
        HOSTS,
        "hyperv_network_overlay_hosts.hv02.provider_address",
        "also host hv01's",
    ),
    (
        "provider-address-in-overlay",
        _with(OVERLAY, hosts={"hv01": {"provider_address": "10.244.77.9"}}),
        HOSTS,
        "hyperv_network_overlay_hosts.hv01.provider_address",
        "inside the overlay prefix 10.244.0.0/16",
    ),
    (
        "host-route-word",
        _with(OVERLAY, host_route="sometimes"),
        HOSTS,
        "hyperv_network_overlay_host_route",
        "not one of",
    ),
    ("vxlan-port-zero", _with(OVERLAY, vxlan_port=0), HOSTS, "hyperv_network_overlay_vxlan_port", "out of range"),
    (
        "transparent-dhcp-prefix",
        _with(TRANSPARENT, prefix="10.0.0.0/24"),
        HOSTS,
        "hyperv_network_transparent_prefix",
        "only used with hyperv_network_transparent_ipam: static",
    ),
    (
        "transparent-static-no-prefix",
        _with(TRANSPARENT, ipam="static"),
        HOSTS,
        "hyperv_network_transparent_prefix",
        "needs a prefix",
    ),
    (
        "transparent-vlan-range",
        _with(TRANSPARENT, ipam="static", prefix="10.0.0.0/24", vlan=5000),
        HOSTS,
        "hyperv_network_transparent_vlan",
        "out of range 1..4094",
    ),
    ("transparent-vlan-dhcp", _with(TRANSPARENT, vlan=10), HOSTS, "hyperv_network_transparent_vlan", "needs"),
    (
        "transparent-dhcp-static-endpoint",
        _with(TRANSPARENT, hosts={"hv01": {"endpoints": [_ep(ip_address="10.0.0.9")]}}),
        HOSTS,
        "hyperv_network_transparent_hosts.hv01.endpoints[0].ip_address",
        "needs hyperv_network_transparent_ipam",
    ),
    (
        "parent-not-in-inventory",
        _with(TRANSPARENT, hosts={"vm1": {"parent": "hv-missing"}}),
        ["vm1"],
        "hyperv_network_transparent_hosts.vm1.parent",
        "not in the inventory",
    ),
    (
        "parent-is-self",
        _with(L2BRIDGE, hosts={"vm1": {"parent": "vm1"}}),
        ["vm1"],
        "hyperv_network_l2bridge_hosts.vm1.parent",
        "itself",
    ),
    (
        "same-vm-nic-twice",
        _with(L2BRIDGE, hosts={"a": {"parent": "hv", "vm_name": "ctr"}, "b": {"parent": "hv", "vm_name": "CTR"}}),
        ["a", "b"],
        "hyperv_network_l2bridge_hosts.b.vm_name",
        "same VM NIC",
    ),
    (
        "switch-named-as-network",
        _with(L2BRIDGE, switch_name="hvnet-l2bridge"),
        HOSTS,
        "hyperv_network_l2bridge_switch_name",
        "different names",
    ),
    (
        "l2bridge-endpoint-gateway",
        _with(L2BRIDGE, hosts={"hv01": {"subnet": "10.250.1.0/24", "endpoints": [_ep(ip_address="10.250.1.1")]}}),
        HOSTS,
        "hyperv_network_l2bridge_hosts.hv01.endpoints[0].ip_address",
        "gateway",
    ),
    (
        "missing-required",
        {"kind": "overlay", "network_name": "x", "prefix": "10.244.0.0/16"},
        HOSTS,
        "hyperv_network_overlay_vsid",
        "missing required key",
    ),
    ("kind-unknown", {"kind": "vxlan"}, HOSTS, "topology.kind", "not one of"),
]


@pytest.mark.parametrize(("topology", "hosts", "field", "words"), [c[1:] for c in INVALID], ids=[c[0] for c in INVALID])
def test_invalid_topology_is_rejected_naming_the_field(topology, hosts, field, words):
    with pytest.raises(t.TopologyError) as info:
        tp.prepare(topology, hosts, inventory_hosts={"hv", "vm1", "a", "b", *HOSTS})
    matching = [e for e in info.value.errors if e.startswith(field + ":")]
    assert matching, info.value.errors
    assert any(words in e for e in matching), matching


def test_at_least_twenty_distinct_invalid_topologies():
    assert len({c[0] for c in INVALID}) == len(INVALID) >= 20


def test_all_errors_are_reported_at_once():
    topology = _with(NAT, gateway="172.21.0.1", endpoints=[_ep(ip_address="10.1.1.1"), _ep()])
    with pytest.raises(t.TopologyError) as info:
        tp.prepare(topology, HOSTS)
    fields = {e.split(":")[0] for e in info.value.errors}
    assert "hyperv_network_nat_gateway" in fields
    assert "hyperv_network_nat_endpoints[0].ip_address" in fields
    assert "hyperv_network_nat_endpoints[1].name" in fields
    # Fleet-level mistakes are reported once, not once per host.
    assert len(info.value.errors) == len(set(info.value.errors)) == 3


VALID = [
    OVERLAY,
    _with(OVERLAY, anchor={"name": "ext", "type": "overlay", "vsid": 9999}, vxlan_port=4790, host_route=False),
    NAT,
    _with(
        NAT,
        endpoints=[
            _ep(
                ip_address="172.20.0.10",
                port_mappings=[{"protocol": "tcp", "internal_port": 80, "external_port": 8080}],
            )
        ],
        dns={"servers": ["10.0.0.10"]},
    ),
    TRANSPARENT,
    _with(TRANSPARENT, ipam="static", prefix="10.0.0.0/24", gateway="10.0.0.1", vlan=10),
    L2BRIDGE,
    _with(L2BRIDGE, hosts={"hv01": {"subnet": "10.250.7.0/24", "endpoints": [_ep(ip_address="10.250.7.10")]}}),
]


@pytest.mark.parametrize("topology", VALID, ids=lambda topo: topo["kind"])
def test_valid_topology_renders_configs_matching_the_host_config_schema(topology):
    topo = tp.prepare(topology, HOSTS)
    assert sorted(topo["hosts"]) == HOSTS
    for host in HOSTS:
        config = tr.host_config(topo, host)
        t.validate_host_config(config)
        teardown = tr.teardown_config(topo, host)
        t.validate_host_config(teardown)
        made = {(k, o["name"]) for k in ("switches", "networks", "endpoints") for o in config.get(k) or []}
        removed = {(k, o["name"]) for k in ("switches", "networks", "endpoints") for o in teardown.get(k) or []}
        # The teardown also names the owned switch earlier releases made (deleted only if present and ours).
        assert removed - made <= {("switches", topo.get("switch_name"))} and made <= removed


def test_host_config_schema_rejects_bad_config_naming_the_field():
    with pytest.raises(t.TopologyError) as info:
        t.validate_host_config({"networks": [{"name": "x", "subnets": [{"prefix": "10.0.0.0/33"}]}]})
    assert info.value.errors[0].startswith("config.networks[0].subnets[0].prefix:")


def test_hosts_outside_the_play_are_ignored():
    topo = tp.prepare(_with(OVERLAY, hosts={"gone": {"subnet": "10.244.1.0/24"}}), HOSTS)
    assert "gone" not in topo["hosts"]


def test_numbers_and_booleans_given_as_strings_are_accepted():
    topo = tp.prepare(_with(OVERLAY, vsid="5000", subnet_length="25", host_route="false"), HOSTS)
    assert (topo["vsid"], topo["subnet_length"], topo["host_route"]) == (5000, 25, False)
    topo = tp.prepare(_with(TRANSPARENT, allow_management_os="no", mac_spoofing="yes"), HOSTS)
    assert (topo["allow_management_os"], topo["mac_spoofing"]) == (False, True)
    with pytest.raises(t.TopologyError, match="hyperv_network_overlay_vsid: 'many'"):
        tp.prepare(_with(OVERLAY, vsid="many"), HOSTS)
