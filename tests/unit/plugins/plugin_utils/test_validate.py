"""validate_config: every problem reported with its field path, before any bridge call."""

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils.validate import HvNetValidationError, validate_config


def net(**kw):
    base = {"name": "n1", "type": "nat", "subnets": [{"prefix": "172.20.0.0/16", "gateway": "172.20.0.1"}]}
    base.update(kw)
    return base


def rsr(**kw):
    base = {
        "destination_prefix": "10.244.2.0/24",
        "isolation_id": 4096,
        "provider_address": "10.0.0.22",
        "dr_mac_address": "00-15-5D-AA-BB-CC",
    }
    base.update(kw)
    return base


CASES = [
    (
        {"networks": [net(subnets=[{"prefix": "10.0.0.0/33"}])]},
        "config.networks[0].subnets[0].prefix: '10.0.0.0/33' is not a valid IPv4 or IPv6 prefix",
    ),
    (
        {"networks": [net(subnets=[{"prefix": "10.0.0.5/24"}])]},
        "config.networks[0].subnets[0].prefix: '10.0.0.5/24' has host bits set; did you mean 10.0.0.0/24?",
    ),
    (
        {"networks": [net(subnets=[{"prefix": "172.20.0.0/16"}, {"prefix": "fd00::1/64"}])]},
        "config.networks[0].subnets[1].prefix: 'fd00::1/64' has host bits set",
    ),
    (
        {"networks": [net(subnets=[{"prefix": "10.0.0.0"}])]},
        "config.networks[0].subnets[0].prefix: '10.0.0.0' is not a valid IPv4 or IPv6 prefix",
    ),
    ({"networks": [net(subnets=[{"prefix": None}])]}, "config.networks[0].subnets[0].prefix: a prefix is required"),
    (
        {"networks": [net(subnets=[{"prefix": "10.0.0.0/24", "gateway": "10.0.1.1"}])]},
        "config.networks[0].subnets[0].gateway: 10.0.1.1 is not inside the subnet 10.0.0.0/24",
    ),
    (
        {"networks": [net(subnets=[{"prefix": "10.0.0.0/24", "gateway": "10.0.0.256"}])]},
        "config.networks[0].subnets[0].gateway: '10.0.0.256' is not a valid IP address",
    ),
    (
        {"networks": [net(type="overlay", subnets=[{"prefix": "10.0.0.0/24", "vsid": 4095}])]},
        "config.networks[0].subnets[0].vsid: 4095 is out of range 4096..65535",
    ),
    (
        {"networks": [net(type="overlay", subnets=[{"prefix": "10.0.0.0/24", "vsid": 70000}])]},
        "config.networks[0].subnets[0].vsid: 70000 is out of range 4096..65535",
    ),
    (
        {"networks": [net(subnets=[{"prefix": "10.0.0.0/24", "vlan": 4095}])]},
        "config.networks[0].subnets[0].vlan: 4095 is out of range 1..4094",
    ),
    (
        {
            "networks": [
                net(subnets=[{"prefix": "10.0.0.0/24", "routes": [{"destination": "0.0.0.0/0", "next_hop": "x"}]}])
            ]
        },
        "config.networks[0].subnets[0].routes[0].next_hop: 'x' is not a valid IP address",
    ),
    ({"networks": [net(name="bad*name")]}, "config.networks[0].name: 'bad*name' contains a wildcard character"),
    ({"networks": [net(name="a[1]")]}, "config.networks[0].name: 'a[1]' contains a wildcard character"),
    ({"networks": [net(name=" lead")]}, "config.networks[0].name: ' lead' has leading or trailing spaces"),
    ({"networks": [net(name="a\u2028b")]}, "contains a control or line-separator character"),
    ({"networks": [net(name="x" * 257)]}, "is longer than 256 characters"),
    ({"networks": [net(name=None)]}, "config.networks[0].name: a name is required"),
    (
        {"networks": [net(), net(name="N1", subnets=[{"prefix": "10.9.0.0/16"}])]},
        "config.networks[1]: duplicates config.networks[0]",
    ),
    (
        {"networks": [net(subnets=[{"prefix": "172.20.0.0/16"}, {"prefix": "172.20.5.0/24"}])]},
        "config.networks[0].subnets[1].prefix: 172.20.5.0/24 overlaps 172.20.0.0/16",
    ),
    ({"networks": [net(type="bogus")]}, "config.networks[0].type: 'bogus' is not one of"),
    (
        {"networks": [net(mac_pool={"start": "00-15-5D-20-00-00", "end": "00-15-5D-2G-FF-FF"})]},
        "config.networks[0].mac_pool.end: '00-15-5D-2G-FF-FF' is not a MAC address",
    ),
    (
        {"networks": [net(mac_pool={"start": "00-15-5D-20-FF-00", "end": "00-15-5D-20-00-FF"})]},
        "config.networks[0].mac_pool: start 00-15-5D-20-FF-00 is after end",
    ),
    (
        {"networks": [net(type="overlay", vxlan_port=70000)]},
        "config.networks[0].vxlan_port: 70000 is out of range 1..65535",
    ),
    (
        {"networks": [net(type="overlay", remote_subnet_routes=[rsr(dr_mac_address="zz")])]},
        "config.networks[0].remote_subnet_routes[0].dr_mac_address: 'zz' is not a MAC address",
    ),
    (
        {"networks": [net(type="overlay", remote_subnet_routes=[rsr(isolation_id=65536)])]},
        "config.networks[0].remote_subnet_routes[0].isolation_id: 65536 is out of range 4096..65535",
    ),
    (
        {"networks": [net(type="overlay", remote_subnet_routes=[rsr(provider_address=None)])]},
        "config.networks[0].remote_subnet_routes[0].provider_address: is required",
    ),
    (
        {"networks": [net(type="nat", host_route=True)]},
        "config.networks[0].type: 'nat' networks take no remote_subnet_routes, host_route or vxlan_port",
    ),
    (
        {"networks": [net(dns={"servers": ["10.0.0.300"]})]},
        "config.networks[0].dns.servers[0]: '10.0.0.300' is not a valid IP address",
    ),
    ({"networks": [net(policies=[{"Settings": {}}])]}, "config.networks[0].policies[0]: a raw HCN policy needs a Type"),
    (
        {"networks": [net(provider_address="10.0.0")]},
        "config.networks[0].provider_address: '10.0.0' is not a valid IP address",
    ),
    (
        {"switches": [{"name": "s", "switch_type": "internal", "net_adapter_names": ["Ethernet0"]}]},
        "config.switches[0].net_adapter_names: an internal switch has no physical adapter",
    ),
    (
        {"switches": [{"name": "s", "net_adapter_names": ["Eth*"]}]},
        "config.switches[0].net_adapter_names[0]: 'Eth*' contains a wildcard",
    ),
    (
        {"switches": [{"name": "s", "net_adapter_names": ["A", "a"]}]},
        "config.switches[0].net_adapter_names[1]: duplicates",
    ),
    (
        {"switches": [{"name": "s", "minimum_bandwidth_mode": "fast"}]},
        "config.switches[0].minimum_bandwidth_mode: 'fast' is not one of",
    ),
    (
        {"switches": [{"name": "s", "notes": "x\n[hyperv.network]"}]},
        "config.switches[0].notes: must not contain [hyperv.network]",
    ),
    ({"switches": [{"name": "s"}, {"name": "S"}]}, "config.switches[1]: duplicates config.switches[0]"),
    (
        {"endpoints": [{"name": "e", "network": "n1", "ip_address": "10.1.0.5"}], "networks": [net()]},
        "config.endpoints[0].ip_address: 10.1.0.5 is not inside the subnets of network 'n1' (172.20.0.0/16)",
    ),
    (
        {"endpoints": [{"name": "e", "network": "n1", "mac_address": "00-15-5D"}]},
        "config.endpoints[0].mac_address: '00-15-5D' is not a MAC address",
    ),
    ({"endpoints": [{"name": "e", "network": None}]}, "config.endpoints[0].network: a network name is required"),
    (
        {
            "endpoints": [
                {
                    "name": "e",
                    "network": "n",
                    "port_mappings": [{"protocol": "tcp", "internal_port": 0, "external_port": 80}],
                }
            ]
        },
        "config.endpoints[0].port_mappings[0].internal_port: 0 is out of range 1..65535",
    ),
    (
        {
            "endpoints": [
                {
                    "name": "e",
                    "network": "n",
                    "port_mappings": [{"protocol": "sctp", "internal_port": 1, "external_port": 80}],
                }
            ]
        },
        "config.endpoints[0].port_mappings[0].protocol: 'sctp' is not tcp, udp",
    ),
    (
        {
            "endpoints": [
                {
                    "name": "e",
                    "network": "n",
                    "port_mappings": [{"protocol": "tcp", "internal_port": 1, "external_port": 70000}],
                }
            ]
        },
        "config.endpoints[0].port_mappings[0].external_port: 70000 is out of range 1..65535",
    ),
    (
        {"endpoints": [{"name": "e", "network": "n", "acls": [{"action": "deny"}]}]},
        "config.endpoints[0].acls[0].action: 'deny' is not one of allow, block, pass",
    ),
    (
        {"endpoints": [{"name": "e", "network": "n", "outbound_nat": {"exceptions": ["10.0.0.1/8"]}}]},
        "config.endpoints[0].outbound_nat.exceptions[0]: '10.0.0.1/8' has host bits set",
    ),
    (
        {"endpoints": [{"name": "e", "network": "n", "remote": True}]},
        "config.endpoints[0].provider_address: a remote endpoint needs the provider address",
    ),
    (
        {"endpoints": [{"name": "e", "network": "n", "namespace": "not-a-guid"}]},
        "config.endpoints[0].namespace: 'not-a-guid' is not a GUID",
    ),
    (
        {"endpoints": [{"name": "e", "network": "n", "ip_address": "10.0.0.5", "prefix_length": 33}]},
        "config.endpoints[0].prefix_length: 33 is out of range 0..32",
    ),
    (
        {
            "endpoints": [
                {"name": "e", "network": "n", "ip_address": "10.0.0.5", "prefix_length": 24, "gateway": "10.0.1.1"}
            ]
        },
        "config.endpoints[0].gateway: 10.0.1.1 is not inside 10.0.0.0/24",
    ),
    (
        {"vm_adapters": [{"vm": "v", "name": "a", "vlan": {"mode": "access"}}]},
        "config.vm_adapters[0].vlan.access_id: is required with mode access",
    ),
    (
        {"vm_adapters": [{"vm": "v", "name": "a", "vlan": {"mode": "access", "access_id": 5000}}]},
        "config.vm_adapters[0].vlan.access_id: 5000 is out of range 1..4094",
    ),
    (
        {"vm_adapters": [{"vm": "v", "name": "a", "vlan": {"mode": "trunk", "allowed": "1-x"}}]},
        "config.vm_adapters[0].vlan.allowed: '1-x' is not a VLAN list",
    ),
    (
        {"vm_adapters": [{"vm": "v", "name": "a", "vlan": {"mode": "trunk", "allowed": "100-1"}}]},
        "config.vm_adapters[0].vlan.allowed: '100-1' has a VLAN range outside 1..4094 or reversed",
    ),
    (
        {"vm_adapters": [{"vm": "v", "name": "a"}, {"vm": "V", "name": "A"}]},
        "config.vm_adapters[1]: duplicates config.vm_adapters[0]",
    ),
    ({"vm_adapters": [{"vm": None, "name": "a"}]}, "config.vm_adapters[0].vm: a VM name is required"),
]


@pytest.mark.parametrize(("config", "expected"), CASES, ids=[c[1][:60] for c in CASES])
def test_invalid_field_named(config, expected):
    with pytest.raises(HvNetValidationError) as e:
        validate_config(config)
    assert expected in e.value.msg
    assert any(expected in err for err in e.value.details["errors"])


def test_all_problems_reported_at_once():
    config = {
        "networks": [net(name="a*", subnets=[{"prefix": "10.0.0.1/24"}])],
        "switches": [{"name": "s", "minimum_bandwidth_mode": "x"}],
    }
    with pytest.raises(HvNetValidationError) as e:
        validate_config(config)
    assert len(e.value.details["errors"]) == 3


def test_valid_full_config_passes():
    validate_config(
        {
            "switches": [
                {"name": "ext-sw", "switch_type": "external", "net_adapter_names": ["Ethernet0"], "notes": "uplink"}
            ],
            "networks": [
                net(),
                net(
                    name="ovl",
                    type="overlay",
                    adapter="vEthernet (ext-sw)",
                    subnets=[{"prefix": "10.244.1.0/24", "gateway": "10.244.1.1", "vsid": 4096}],
                    remote_subnet_routes=[rsr(dr_mac_address="00:15:5d:aa:bb:cc")],
                    host_route=True,
                    vxlan_port=4789,
                ),
            ],
            "endpoints": [
                {
                    "name": "web",
                    "network": "n1",
                    "ip_address": "172.20.0.10",
                    "prefix_length": 16,
                    "gateway": "172.20.0.1",
                    "port_mappings": [{"protocol": "tcp", "internal_port": 80, "external_port": 8080}],
                    "outbound_nat": {"exceptions": ["10.0.0.0/8", "192.168.1.1"]},
                    "namespace": "aa11bb22-cc33-4d44-8e55-ff6677889900",
                }
            ],
            "vm_adapters": [
                {
                    "vm": "vm1",
                    "name": "Network Adapter",
                    "switch": "",
                    "vlan": {"mode": "trunk", "native_id": 0, "allowed": "1-100,200"},
                }
            ],
        }
    )
    validate_config(None)
    validate_config({"switches": None, "networks": None})


def test_overlap_across_networks_is_left_to_the_host():
    # gathered output of a host made by other tools must validate (the round trip)
    validate_config({"networks": [net(), net(name="n2", subnets=[{"prefix": "172.20.5.0/24"}])]})
