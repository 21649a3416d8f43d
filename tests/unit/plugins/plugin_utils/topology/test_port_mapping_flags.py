"""hns 3: PortMapping on L2Bridge/Overlay endpoints carries NatFlags LocalRoutedVip (1), and reads back unchanged.

Runs the engine against hvemu's host model in-process; host state is read from the model, not from the
engine's own report.
"""

import base64
import json

import pytest

hvemu_engine = pytest.importorskip("hvemu.bridge")
testkit = pytest.importorskip("hvemu.model.testkit")

from ansible_collections.hyperv.network.plugins.plugin_utils import engine, state_values  # noqa: E402
from ansible_collections.hyperv.network.plugins.plugin_utils import state as model  # noqa: E402
from ansible_collections.hyperv.network.plugins.plugin_utils.bridge_client import BridgeClient  # noqa: E402


def _client(host):
    def execute(cmd, in_data):
        script = base64.b64decode(cmd.rsplit(" ", 1)[1]).decode("utf-16-le")
        stdout, stderr, rc = hvemu_engine.run_script(host, script, in_data.decode("ascii").split("\r\n"))
        return rc, stdout, stderr

    return BridgeClient(execute, sleep=lambda s: None)


def _converge(host, config):
    return engine.converge(_client(host), config, "merged", check_mode=False, diff=False, wait_for_overlay=0)


def _mappings(host, name):
    for ep in host.data["endpoints"].values():
        if ep["doc"]["Name"] == name:
            return [p["Settings"] for p in ep["doc"]["Policies"] if p["Type"] == "PortMapping"]
    raise AssertionError(name)


PM = [{"protocol": "tcp", "internal_port": 80, "external_port": 8080}]


def test_l2bridge_port_mapping_gets_flags_1_and_reads_back_without_a_change():
    host = testkit.make_host()
    config = {
        "networks": [
            {
                "name": "l2b",
                "type": "l2bridge",
                "adapter": "Ethernet 2",
                "subnets": [{"prefix": "10.1.1.0/24", "gateway": "10.1.1.1"}],
            }
        ],
        "endpoints": [{"name": "web", "network": "l2b", "ip_address": "10.1.1.50", "port_mappings": PM}],
    }
    assert _converge(host, config)["changed"] is True
    assert _mappings(host, "web")[0]["Flags"] == 1  # e06e9aa sent no Flags: HNS does not apply the mapping
    again = _converge(host, config)
    assert again["changed"] is False, again.get("operations")


def test_nat_port_mapping_has_no_flags():
    host = testkit.make_host()
    config = {
        "networks": [{"name": "nat", "type": "nat", "subnets": [{"prefix": "172.20.0.0/16", "gateway": "172.20.0.1"}]}],
        "endpoints": [{"name": "web", "network": "nat", "ip_address": "172.20.0.10", "port_mappings": PM}],
    }
    _converge(host, config)
    assert "Flags" not in _mappings(host, "web")[0] or _mappings(host, "web")[0]["Flags"] == 0
    assert _converge(host, config)["changed"] is False


def test_an_old_l2bridge_mapping_without_flags_is_repaired():
    """A mapping made by e06e9aa (no Flags) is replaced by one with Flags 1: the canonical form reads the flag."""
    state = model.HostState()
    doc = {
        "Name": "web",
        "Policies": [
            {"Type": "PortMapping", "Settings": {"Protocol": 6, "InternalPort": 80, "ExternalPort": 8080, "VIP": ""}}
        ],
    }
    read = state._endpoint_from_hcn(json.dumps(doc))["port_mappings"][0]
    assert "flags" not in read
    doc["Policies"][0]["Settings"]["Flags"] = 1
    assert state._endpoint_from_hcn(json.dumps(doc))["port_mappings"][0]["flags"] == 1
    assert state_values.port_mapping_flags("l2bridge", "") == 1
    assert state_values.port_mapping_flags("overlay", "fd00::1") == 2
    assert state_values.port_mapping_flags("nat", "") == 0
