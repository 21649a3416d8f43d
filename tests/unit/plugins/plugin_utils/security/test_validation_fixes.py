"""Validation rules added because the security tests found values that were neither kept nor refused.

Raw HCN policies of a type the engine models with its own option are refused before any call.

Found by the injection tests: an endpoint given ``policies: [{Type: OutBoundNAT, ...}]`` was created, then
read back as ``outbound_nat``, so every later run planned to add the policy again and HNS refused it
(0x803B0012 POLICY_ALREADY_EXISTS). Generic types (SetPolicy, L4Proxy, QOS, ...) still pass through raw.
"""

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import HvNetValidationError
from ansible_collections.hyperv.network.plugins.plugin_utils.validate import validate_config
from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils.security.security_helpers import (
    converge,
    make_host,
)

QOS = {"Type": "QOS", "Settings": {"MaximumOutgoingBandwidthInBytes": 1}}
NAT = {"name": "n", "type": "nat", "subnets": [{"prefix": "172.20.0.0/16"}]}


@pytest.mark.parametrize(
    ("ptype", "option"),
    [("OutBoundNAT", "outbound_nat"), ("acl", "acls"), ("PortMapping", "port_mappings"), ("SDNRoute", "sdn_routes")],
)
def test_typed_endpoint_policy_given_raw_is_refused_naming_the_option(ptype, option):
    config = {
        "networks": [NAT],
        "endpoints": [{"name": "e", "network": "n", "policies": [{"Type": ptype, "Settings": {}}]}],
    }
    with pytest.raises(HvNetValidationError) as exc:
        validate_config(config)
    assert "config.endpoints[0].policies[0].Type" in str(exc.value) and option in str(exc.value)


@pytest.mark.parametrize("ptype", ["RemoteSubnetRoute", "VxlanPort", "NetAdapterName", "HostRoute"])
def test_typed_network_policy_given_raw_is_refused(ptype):
    config = {"networks": [dict(NAT, policies=[{"Type": ptype, "Settings": {}}])]}
    with pytest.raises(HvNetValidationError, match=r"config\.networks\[0\]\.policies\[0\]\.Type"):
        validate_config(config)


def test_generic_raw_policies_converge_and_are_then_idempotent():
    host = make_host()
    config = {
        "networks": [dict(NAT, policies=[{"Type": "SetPolicy", "Settings": {"Name": "s", "Values": "v"}}])],
        "endpoints": [{"name": "e", "network": "n", "policies": [QOS]}],
    }
    validate_config(config)
    assert converge(host, config)["changed"] is True
    assert converge(host, config)["operations"] == []


@pytest.mark.parametrize(
    ("dns", "path", "rule"),
    [
        ({"domain": " lab.example"}, "dns.domain", "leading or trailing spaces"),
        ({"search": ["a.example", "b.example\n"]}, "dns.search[1]", "leading or trailing spaces"),
        ({"search": ["a\u2028b"]}, "dns.search[0]", "control or line-separator"),
        ({"domain": "a" * 254}, "dns.domain", "longer than 253"),
    ],
)
def test_dns_suffixes_that_would_be_altered_are_refused(dns, path, rule):
    """Found by the hostile-value properties: ' lab ' was sent as 'lab', so the host never held what was asked."""
    for config, prefix in (
        ({"networks": [dict(NAT, dns=dns)]}, "config.networks[0]."),
        ({"networks": [NAT], "endpoints": [{"name": "e", "network": "n", "dns": dns}]}, "config.endpoints[0]."),
    ):
        with pytest.raises(HvNetValidationError) as exc:
            validate_config(config)
        assert str(exc.value).startswith(prefix + path + ": ") and rule in str(exc.value), str(exc.value)
