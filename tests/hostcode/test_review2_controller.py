"""The second Windows review's findings on the controller side (docs/reviews/windows-review-2.md): the
confirmation check of a disruptive job (finding 1, disruptive.py) and check mode of a best-effort
operation (finding 7, engine.py), executed: the engine against hvemu's model in-process, the host state
read from the model. Each test fails on the commit before the fixes (699d199)."""

import base64
import os
import sys

import pytest

# The collection as ansible_collections.hyperv.network, as tests/unit/conftest.py makes it importable.
_REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_ROOT = os.path.join(_REPO, "tests", "output", "unit-import-root")
os.makedirs(os.path.join(_ROOT, "ansible_collections", "hyperv"), exist_ok=True)
if not os.path.islink(os.path.join(_ROOT, "ansible_collections", "hyperv", "network")):
    try:
        os.symlink(_REPO, os.path.join(_ROOT, "ansible_collections", "hyperv", "network"))
    except FileExistsError:
        pass
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from ansible_collections.hyperv.network.plugins.plugin_utils import disruptive, engine  # noqa: E402
from ansible_collections.hyperv.network.plugins.plugin_utils.bridge_client import BridgeClient  # noqa: E402

hvemu_bridge = pytest.importorskip("hvemu.bridge")
testkit = pytest.importorskip("hvemu.model.testkit")

MAC = "00-15-5D-0A-0B-0C"


def carrier(name, category, *, virtual=False, index=4):
    return {
        "Name": name,
        "InterfaceIndex": index,
        "MacAddress": MAC,
        "Virtual": virtual,
        "ip": {
            "Dhcp": 0,
            "InterfaceMetric": 15,
            "IPv4": [{"IPAddress": "10.0.0.10", "PrefixLength": 24, "PrefixOrigin": 1}],
            "IPv6": [],
            "Gateways": ["10.0.0.1"],
            "DnsServers": ["10.0.0.53"],
            "DnsSuffix": "corp.example",
            "NetworkCategory": category,
        },
    }


# ---- review-2 1: DomainAuthenticated not back at the settle limit is a warning, not a failed task ----
@pytest.mark.parametrize("now", [0, 1])
def test_review2_1_domain_category_not_back_is_a_warning_not_a_difference(now):
    before = [carrier("Ethernet", 2)]
    after = [carrier("vEthernet (ext)", now, virtual=True, index=17)]
    diffs, gone = disruptive.config_differences(before, after)
    assert diffs == [] and gone == []
    (line,) = disruptive.domain_pending(before, after)
    assert "vEthernet (ext)" in line and "was DomainAuthenticated" in line
    assert ("Public" if now == 0 else "Private") in line


def test_review2_1_other_category_differences_still_fail():
    """Private before and Public after the job's settle and repair: the job could have restored it, so it is
    still a difference (and no domain warning)."""
    before = [carrier("Ethernet", 1)]
    after = [carrier("vEthernet (ext)", 0, virtual=True, index=17)]
    diffs, _gone = disruptive.config_differences(before, after)
    assert [(d["field"], d["before"], d["after"]) for d in diffs] == [("category", 1, 0)]
    assert disruptive.domain_pending(before, after) == []
    # A carrier that has no profile at all is not "waiting for the DC" either.
    none = [carrier("vEthernet (ext)", None, virtual=True, index=17)]
    assert [d["field"] for d in disruptive.config_differences([carrier("Ethernet", 2)], none)[0]] == ["category"]


# ---- review-2 7: host_route auto refused by HNS ------------------------------------------------------
def client_for(host):
    def execute(cmd, in_data):
        script = base64.b64decode(cmd.rsplit(" ", 1)[1]).decode("utf-16-le")
        stdout, stderr, rc = hvemu_bridge.run_script(host, script, in_data.decode("ascii").split("\r\n"))
        return rc, stdout, stderr

    return BridgeClient(execute, sleep=lambda s: None)


OVERLAY = {
    "name": "ovl",
    "type": "overlay",
    "adapter": "Ethernet 2",
    "subnets": [{"prefix": "10.244.1.0/24", "gateway": "10.244.1.1", "vsid": 4096}],
    "host_route": "auto",
}


def converge(host, check_mode):
    return engine.converge(
        client_for(host), {"networks": [OVERLAY]}, "merged", check_mode=check_mode, diff=False, wait_for_overlay=0
    )


def test_review2_7_a_refused_host_route_is_no_change_in_check_mode_or_in_the_run():
    host = testkit.make_host(windows="ws2019")
    host.faults.hns_error_on_op = {"hcn_network_modify": "0x803B000E"}
    first = converge(host, check_mode=False)  # creates the network; HNS refuses the HostRoute Modify
    assert first["changed"] is True and any("HostRoute" in w for w in first["warnings"])
    network = next(r["doc"] for r in host.data["networks"].values() if r["doc"]["Name"] == "ovl")
    assert "HostRoute" not in [p["Type"] for p in network.get("Policies") or []]
    check = converge(host, check_mode=True)
    assert check["changed"] is False, "check mode reports a change for a best-effort operation (forever)"
    again = converge(host, check_mode=False)
    assert again["changed"] is False and any("host_route: false" in w for w in again["warnings"])
    assert "HostRoute" not in [p["Type"] for p in network.get("Policies") or []]
