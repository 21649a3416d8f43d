"""What the roles render so a topology carries traffic (issue 11: hns 1, 4, 5, 6), checked on the config."""

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils import topology as t
from ansible_collections.hyperv.network.plugins.plugin_utils import topology_prepare as tp
from ansible_collections.hyperv.network.plugins.plugin_utils import topology_render as tr

HOSTS = ["hv01", "hv02", "hv03", "hv04"]
L2 = {
    "kind": "l2bridge",
    "network_name": "cbr0",
    "switch_name": "l2sw",
    "prefix": "10.250.0.0/16",
    "adapter": "Ethernet",
}
OVL = {"kind": "overlay", "network_name": "vxlan0", "prefix": "10.244.0.0/16", "vsid": 4096, "adapter": "Ethernet"}
PM = [{"internal_port": 80, "external_port": 8080}]


def _eps(config):
    return {e["name"]: e for e in config.get("endpoints") or []}


def test_l2bridge_per_host_has_a_gateway_endpoint_and_outbound_nat():
    hosts = {h: {"endpoints": [{"name": "web", "port_mappings": PM}]} for h in HOSTS}
    topo = tp.prepare(dict(L2, hosts=hosts), HOSTS)
    subnets = {h: topo["hosts"][h]["subnet"] for h in HOSTS}
    assert len(set(subnets.values())) == 4
    for host in HOSTS:
        config = tr.host_config(topo, host)
        t.validate_host_config(config)
        assert "switches" not in config  # HNS makes the switch from the adapter (hns 5)
        eps = _eps(config)
        gw = eps["cbr0_ep"]
        first = subnets[host].rsplit(".", 1)[0]
        assert gw["ip_address"] == first + ".2" and gw.get("gateway") is None and gw["host_attach"] is True
        assert eps["web"]["outbound_nat"] == {"exceptions": ["10.250.0.0/16"]}
        assert {"name": "cbr0_ep", "network": "cbr0"} in tr.teardown_config(topo, host)["endpoints"]


def test_l2bridge_per_host_refuses_an_endpoint_on_the_gateway_endpoint_address():
    topo = tp.prepare(dict(L2, hosts={"hv01": {"subnet": "10.250.9.0/24"}}), ["hv01"])
    assert topo["hosts"]["hv01"]["subnet"] == "10.250.9.0/24"
    bad = dict(
        L2, hosts={"hv01": {"subnet": "10.250.9.0/24", "endpoints": [{"name": "x", "ip_address": "10.250.9.2"}]}}
    )
    with pytest.raises(t.TopologyError, match=r"hyperv_network_l2bridge_hosts.hv01.endpoints\[0\].ip_address"):
        tp.prepare(bad, ["hv01"])


def test_l2bridge_lan_mode_puts_every_host_on_the_lan_subnet_and_gateway():
    hosts = {h: {"endpoints": [{"name": "web", "ip_address": f"10.1.0.{100 + i}"}]} for i, h in enumerate(HOSTS)}
    topo = tp.prepare(dict(L2, mode="lan", prefix="10.1.0.0/24", gateway="10.1.0.254", hosts=hosts), HOSTS)
    for host in HOSTS:
        config = tr.host_config(topo, host)
        assert config["networks"][0]["subnets"] == [{"prefix": "10.1.0.0/24", "gateway": "10.1.0.254"}]
        eps = _eps(config)
        assert set(eps) == {"web"} and "outbound_nat" not in eps["web"]  # the LAN's router routes it
        assert eps["web"]["gateway"] == "10.1.0.254"
    clash = {
        "hv01": {"endpoints": [{"name": "a", "ip_address": "10.1.0.9"}]},
        "hv02": {"endpoints": [{"name": "b", "ip_address": "10.1.0.9"}]},
    }
    with pytest.raises(t.TopologyError, match=r"10\.1\.0\.9 is also used on host hv01"):
        tp.prepare(dict(L2, mode="lan", prefix="10.1.0.0/24", hosts=clash), ["hv01", "hv02"])
    with pytest.raises(t.TopologyError, match="hyperv_network_l2bridge_mode"):
        tp.prepare(dict(L2, mode="routed"), ["hv01"])


def test_overlay_endpoints_carry_provider_address_and_outbound_nat_and_the_anchor_is_an_overlay():
    hosts = {h: {"endpoints": [{"name": "web", "port_mappings": PM}]} for h in HOSTS}
    topo = tp.prepare(dict(OVL, hosts=hosts), HOSTS)
    for i, host in enumerate(HOSTS):
        topo["hosts"][host]["provider_address"] = f"10.1.0.{21 + i}"  # what the preflight settles from facts
    config = tr.host_config(topo, "hv02")
    anchor = config["networks"][0]
    assert (anchor["name"], anchor["type"], anchor["subnets"][0]["vsid"]) == ("hvnet-anchor", "overlay", 9999)
    web = _eps(config)["web"]
    assert web["provider_address"] == "10.1.0.22"
    assert web["outbound_nat"]["exceptions"] == ["10.244.0.0/16"]  # no PAs (review 3 finding 4)
    t.validate_host_config(config)
    # an L2Bridge anchor stays possible, without the default VSID
    topo = tp.prepare(dict(OVL, anchor={"name": "a", "type": "l2bridge"}), HOSTS)
    assert "vsid" not in topo["anchor"]
    with pytest.raises(t.TopologyError, match=r"hyperv_network_overlay_anchor\.vsid: VSID 4096 clashes"):
        tp.prepare(dict(OVL, anchor={"name": "a", "vsid": 4096}), HOSTS)
