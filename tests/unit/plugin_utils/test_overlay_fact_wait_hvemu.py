"""Issue 12 item 6: the engine's fact wait waits for what the docs say (docs: engine.py OVERLAY_FACT_TYPES).

After an Overlay network create HNS adds the DrMacAddress and ProviderAddress policies a moment later
(flannel vxlan_windows.go and Calico read both from the v2 network; hvemu: fleet setting
``overlay_facts_delay_s``, emulator/hvemu/model/hns.py overlay_facts). The engine polls for them within
``wait_for_overlay``. An L2Bridge network never gets a DR MAC ("the DR NIC is created when an Overlay network
is present", flannel-io/flannel#1111; hns E3), so the engine must not wait after an L2Bridge create, even when
the host would make it wait (a long ``overlay_facts_delay_s``). The engine runs against hvemu's model in
process, as test_engine_hvemu.py does; the host is read from hvemu's control-API view (HostModel.state()).
"""

import base64
import json
import time

import pytest

hvemu_engine = pytest.importorskip("hvemu.engine")
testkit = pytest.importorskip("hvemu.model.testkit")

from ansible_collections.hyperv.network.plugins.plugin_utils import engine  # noqa: E402
from ansible_collections.hyperv.network.plugins.plugin_utils.bridge_client import BridgeClient  # noqa: E402

OVERLAY = {
    "name": "ovl",
    "type": "overlay",
    "adapter": "Ethernet 2",
    "subnets": [{"prefix": "10.244.1.0/24", "gateway": "10.244.1.1", "vsid": 4096}],
}
L2BRIDGE = {"name": "l2", "type": "l2bridge", "adapter": "Ethernet 2"}
FACTS = {"DrMacAddress", "ProviderAddress"}


class Recorder:
    """The bridge calls (their operation names) and the engine's sleeps, with real time passing."""

    def __init__(self, host):
        self.host = host
        self.batches = []
        self.sleeps = []

    def execute(self, cmd, in_data):
        script = base64.b64decode(cmd.rsplit(" ", 1)[1]).decode("utf-16-le")
        lines = in_data.decode("ascii").split("\r\n")
        for line in lines:
            if line.startswith("{"):
                self.batches.append([op["op"] for op in json.loads(line).get("ops", [])])
        stdout, stderr, rc = hvemu_engine.run_script(self.host, script, lines)
        return rc, stdout, stderr

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        time.sleep(min(seconds, 0.5))

    def reads_after_confirm(self):
        """The snapshot-only calls after the job's confirmation: the polls for late facts."""
        last = max(i for i, ops in enumerate(self.batches) if "job_confirm" in ops)
        return [ops for ops in self.batches[last + 1 :] if ops and set(ops) == {"snapshot"}]


def converge(host, network, wait_for_overlay):
    rec = Recorder(host)
    result = engine.converge(
        BridgeClient(rec.execute, sleep=rec.sleep),
        {"networks": [network]},
        "merged",
        check_mode=False,
        diff=False,
        wait_for_overlay=wait_for_overlay,
    )
    return rec, result


def policy_types(host, name):
    (doc,) = [n for n in host.state()["networks"] if n["Name"] == name]
    return {p["Type"] for p in doc.get("Policies") or []}


def fact_warnings(result):
    return [w for w in result["warnings"] if "did not appear" in w or "not waiting" in w]


def test_the_engine_waits_after_an_overlay_create_until_hns_adds_the_dr_mac_and_provider_address():
    host = testkit.make_host(overlay_facts_delay_s=1.5)
    started = time.monotonic()
    rec, result = converge(host, OVERLAY, wait_for_overlay=30)
    assert time.monotonic() - started >= 1.5  # it did not return before HNS had added them
    assert fact_warnings(result) == []
    assert rec.reads_after_confirm(), rec.batches  # it read again, polling
    assert FACTS <= policy_types(host, "ovl")
    (net,) = result["after"]["networks"]
    assert net["dr_mac_address"] and net["provider_address"]


def test_without_a_wait_the_overlay_facts_are_missing_and_the_engine_says_so():
    """The counterpart: the delay is real, so a run that does not wait sees no DR MAC and warns."""
    host = testkit.make_host(overlay_facts_delay_s=30)
    rec, result = converge(host, OVERLAY, wait_for_overlay=0)
    assert fact_warnings(result) == [
        "not waiting for DrMacAddress/ProviderAddress of network ovl (wait_for_overlay is 0)"
    ]
    assert rec.reads_after_confirm() == []
    assert not FACTS & policy_types(host, "ovl")


def test_the_engine_does_not_wait_after_an_l2bridge_create():
    """HNS would make it wait 30 s for facts an L2Bridge network never has; the engine reads nothing more."""
    host = testkit.make_host(overlay_facts_delay_s=30)
    started = time.monotonic()
    rec, result = converge(host, L2BRIDGE, wait_for_overlay=20)
    assert time.monotonic() - started < 10
    assert fact_warnings(result) == []
    assert rec.reads_after_confirm() == [], rec.batches
    assert not FACTS & policy_types(host, "l2")
