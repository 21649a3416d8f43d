"""The filter plugins: each exposes its one filter and turns bad input into AnsibleFilterError."""

import importlib

import pytest
from ansible.errors import AnsibleFilterError
from ansible_collections.hyperv.network.plugins.plugin_utils import topology_prepare as tp
from ansible_collections.hyperv.network.plugins.plugin_utils import topology_render as tr
from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils.topology.fake_hosts import fleet

FILTERS = [
    "carve_subnets",
    "l2bridge_published",
    "l2bridge_routes",
    "overlay_firewall_rules",
    "overlay_published",
    "overlay_routes",
    "topology_host_config",
    "topology_parent_adapters",
    "topology_spoofing_before",
    "topology_summary",
    "topology_summary_table",
    "topology_verify",
]
OVERLAY = {"kind": "overlay", "network_name": "ov", "prefix": "10.244.0.0/16", "vsid": 4096, "adapter": "Ethernet0"}


def _filter(name):
    module = importlib.import_module(f"ansible_collections.hyperv.network.plugins.filter.{name}")
    filters = module.FilterModule().filters()
    assert list(filters) == [name]
    assert module.DOCUMENTATION and module.EXAMPLES and module.RETURN
    return filters[name]


@pytest.mark.parametrize("name", FILTERS)
def test_each_file_holds_one_documented_filter(name):
    assert callable(_filter(name))


def test_carve_and_routes_errors_name_the_problem():
    with pytest.raises(AnsibleFilterError, match=r"carve_subnets: .*not 3 hosts"):
        _filter("carve_subnets")(["a", "b", "c"], "10.0.0.0/24", 25)
    with pytest.raises(AnsibleFilterError, match="overlay_routes: overlay host b has not published"):
        _filter("overlay_routes")({"b": {"subnet": "10.0.0.0/24"}}, "b")


def test_host_config_filter_needs_a_resolved_topology_with_the_host():
    topo = tp.prepare(OVERLAY, ["hv01"])
    config = _filter("topology_host_config")(topo, "hv01")
    assert [n["name"] for n in config["networks"]] == ["hvnet-anchor", "ov"]
    assert _filter("topology_host_config")(topo, "hv01", mode="teardown") == {
        "firewall_rules": [{"name": "hyperv-network-vxlan-ov", "local_port": 4789}],
        "networks": [{"name": "ov"}, {"name": "hvnet-anchor"}],
    }
    with pytest.raises(AnsibleFilterError, match="hv09 is not in the resolved topology"):
        _filter("topology_host_config")(topo, "hv09")
    with pytest.raises(AnsibleFilterError, match="mode"):
        _filter("topology_host_config")(topo, "hv01", mode="delete")


def test_summary_combines_several_results_and_ignores_skipped_ones():
    topo = tp.prepare(OVERLAY, ["hv01"])
    results = [
        {"changed": False, "operations": [], "bridge_calls": 1},
        {"changed": True, "operations": ["create network ov"], "bridge_calls": 2},
        {"skipped": True, "changed": False},
        {},
    ]
    row = _filter("topology_summary")(topo, "hv01", result=results, routes=[{}, {}])
    assert row["changed"] is True and row["operations"] == ["create network ov"]
    assert row["bridge_calls"] == 3 and row["routes"] == 2
    table = _filter("topology_summary_table")([row, "not a row"])
    assert table[2].split()[0] == "hv01"


def test_published_and_verify_filters_read_the_registered_result():
    facts = fleet(1)
    topo = tp.prepare(OVERLAY, ["hv01"])
    published = _filter("overlay_published")(facts["hv01"], topo, "hv01")
    assert published["dr_mac_address"] is None and published["subnet"] == topo["hosts"]["hv01"]["subnet"]
    diffs = _filter("topology_verify")(facts["hv01"], tr.host_config(topo, "hv01"))
    assert diffs == ["network 'hvnet-anchor' is missing", "network 'ov' is missing"]
    with pytest.raises(AnsibleFilterError):
        _filter("overlay_published")(facts["hv01"], {"kind": "nat"}, "hv01")
