"""The overlay preflight's HNS gates (hns-review.md findings 2 and 8): the HNS version only, as hcsshim gates
RemoteSubnetRoute and HostRoute (hcn/hcnglobals.go 9.2; hcnsupport.go checks no OS build)."""

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils import topology as t
from ansible_collections.hyperv.network.plugins.plugin_utils import topology_checks as c
from ansible_collections.hyperv.network.plugins.plugin_utils import topology_prepare as tp
from ansible_collections.hyperv.network.plugins.plugin_utils import topology_render as tr
from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils.topology.fake_hosts import fleet

OVERLAY = {
    "kind": "overlay",
    "network_name": "hvnet-overlay",
    "prefix": "10.244.0.0/16",
    "vsid": 4096,
    "adapter": "Ethernet0",
}


def run(facts, **changes):
    topology = dict(OVERLAY, **changes)
    topo = tp.prepare(topology, sorted(facts))
    return c.check_facts(topo, facts)


@pytest.mark.parametrize("hns", [(9, 2), (9, 5)])
def test_hns2_server_2019_with_hns_9_2_or_later_joins_an_overlay_with_host_route(hns):
    errors, warnings, topo = run(fleet(2, build=17763, hns=hns))
    assert errors == [] and warnings == []
    overlay = tr.host_config(topo, "hv01")["networks"][1]
    assert overlay["host_route"] == "auto"  # added after the create; a refusal is a warning


def test_hns8_host_route_true_passes_on_server_2019_with_hns_9_5():
    errors, _w, topo = run(fleet(2, build=17763, hns=(9, 5)), host_route=True)
    assert errors == []
    assert tr.host_config(topo, "hv01")["networks"][1]["host_route"] is True


def test_hns2_older_hns_on_server_2019_is_refused_naming_its_version_the_need_and_the_kb():
    errors, _w, _t = run(fleet(2, build=17763, hns=(9, 1)))
    assert len(errors) == 2
    for host, error in zip(("hv01", "hv02"), errors, strict=True):
        assert error.startswith(f"host {host}: HNS 9.1 (build 17763) has no RemoteSubnetRoute policy"), error
        assert "needs HNS 9.2" in error and "KB4489899" in error


def test_hns2_older_hns_elsewhere_is_refused_without_the_server_2019_kb():
    errors, _w, _t = run(fleet(2, build=20348, hns=(9, 1)))
    assert errors and all("needs HNS 9.2" in e and "KB4489899" not in e for e in errors)


def test_hns8_host_route_true_below_9_2_names_the_field_and_the_kb():
    errors, _w, _t = run(fleet(2, build=17763, hns=(9, 1)), host_route=True)
    assert any(e.startswith("hyperv_network_overlay_host_route: host hv01") and "KB4489899" in e for e in errors)


def test_hns12_topologies_take_ipv4_prefixes_only():
    # The role schemas refuse IPv6 before any host contact, so only host_network needs the IPv6 gates.
    with pytest.raises(t.TopologyError, match="hyperv_network_overlay_prefix: 'fd00:244::/48' is not a valid IPv4"):
        tp.prepare(dict(OVERLAY, prefix="fd00:244::/48"), ["hv01", "hv02"])
