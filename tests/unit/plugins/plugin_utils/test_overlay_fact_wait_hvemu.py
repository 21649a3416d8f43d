"""Issue 12 item 6: the engine's fact wait waits for what the docs say (docs: engine.py OVERLAY_FACT_TYPES).

After an Overlay network create HNS adds the DrMacAddress and ProviderAddress policies a moment later
(flannel vxlan_windows.go and Calico read both from the v2 network; hvemu: fleet setting
``overlay_facts_delay_s``, emulator/hvemu/model/hns.py overlay_facts). Since issue 13 deliver 4 the host waits
for them inside the poll that confirms the job (job_status await_overlay, bounded by
disruptive.HOST_OVERLAY_WAIT_S), so the after-snapshot has them and no read follows; the engine reads on, within
``wait_for_overlay``, only when they are still missing. An L2Bridge network never gets a DR MAC ("the DR NIC is
created when an Overlay network is present", flannel-io/flannel#1111; hns E3), so the engine must not wait after
an L2Bridge create, even when the host would make it wait (a long ``overlay_facts_delay_s``). The engine runs
against hvemu's model in process, as test_engine_hvemu.py does; the host is read from hvemu's control-API view
(HostModel.state()) and the calls are counted by hvemu's own counters (bridge_reads, bridge_polls,
bridge_applies: hvemu/wsman/server.py counting_runner).
"""

import base64
import contextlib
import json
import time

import pytest

hvemu_engine = pytest.importorskip("hvemu.bridge")
testkit = pytest.importorskip("hvemu.model.testkit")
counting_runner = pytest.importorskip("hvemu.wsman.server").counting_runner

from ansible_collections.hyperv.network.plugins.plugin_utils import disruptive, engine  # noqa: E402
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
        self.run = counting_runner(hvemu_engine.run_script, lambda _host: contextlib.nullcontext())

    def execute(self, cmd, in_data):
        script = base64.b64decode(cmd.rsplit(" ", 1)[1]).decode("utf-16-le")
        lines = in_data.decode("ascii").split("\r\n")
        for line in lines:
            if line.startswith("{"):
                self.batches.append([op["op"] for op in json.loads(line).get("ops", [])])
        stdout, stderr, rc = self.run(self.host, script, lines)
        return rc, stdout, stderr

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        time.sleep(min(seconds, 0.5))

    def reads_after_confirm(self):
        """The snapshot-only calls after the job's confirmation (the last poll, or a job_confirm): the reads for
        late facts."""
        last = max(i for i, ops in enumerate(self.batches) if {"job_status", "job_confirm"} & set(ops))
        return [ops for ops in self.batches[last + 1 :] if ops and set(ops) == {"snapshot"}]

    def counts(self):
        stats = self.host.stats.to_json()
        return {k: stats[k] for k in ("bridge_reads", "bridge_polls", "bridge_applies")}


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
    assert FACTS <= policy_types(host, "ovl")
    (net,) = result["after"]["networks"]
    assert net["dr_mac_address"] and net["provider_address"]
    # The host waited inside the poll that confirmed the job: no read after it, no job_confirm (issue 13 deliver 4;
    # the old code read again after its job_confirm until the facts were there).
    assert rec.reads_after_confirm() == [], rec.batches
    assert "job_confirm" not in {op for ops in rec.batches for op in ops}
    polls = result["job"]["polls_answered"]
    assert rec.counts() == {"bridge_reads": 1, "bridge_polls": polls, "bridge_applies": 1}
    assert result["job"]["overlay_wait"]["missing"] == [] and result["job"]["overlay_wait"]["waited_ms"] > 0


def test_facts_still_missing_after_the_hosts_bounded_wait_are_read_for_with_a_warning(monkeypatch):
    """The host's wait is bounded (here 1 s instead of HOST_OVERLAY_WAIT_S); HNS takes 2.5 s: the engine's
    existing fallback reads on within wait_for_overlay, and a warning says the host's wait was not enough."""
    monkeypatch.setattr(disruptive, "HOST_OVERLAY_WAIT_S", 1)
    host = testkit.make_host(overlay_facts_delay_s=2.5)
    rec, result = converge(host, OVERLAY, wait_for_overlay=30)
    assert result["job"]["overlay_wait"]["missing"] and result["job"]["overlay_wait"]["waited_ms"] >= 1000
    assert rec.reads_after_confirm(), rec.batches  # the fallback read again
    (warning,) = [w for w in result["warnings"] if "host's own wait" in w]
    assert warning.startswith("DrMacAddress/ProviderAddress of network ovl had not appeared when the host's own wait")
    assert fact_warnings(result) == []  # they did appear within wait_for_overlay
    (net,) = result["after"]["networks"]
    assert net["dr_mac_address"] and net["provider_address"]
    assert FACTS <= policy_types(host, "ovl")


def test_without_a_wait_the_overlay_facts_are_missing_and_the_engine_says_so():
    """The counterpart: the delay is real, so a run that does not wait sees no DR MAC and warns."""
    host = testkit.make_host(overlay_facts_delay_s=30)
    rec, result = converge(host, OVERLAY, wait_for_overlay=0)
    assert fact_warnings(result) == [
        "not waiting for DrMacAddress/ProviderAddress of network ovl (wait_for_overlay is 0)"
    ]
    assert rec.reads_after_confirm() == []
    assert "overlay_wait" not in result["job"]  # nothing awaited on the host either
    assert not FACTS & policy_types(host, "ovl")


def test_the_engine_does_not_wait_after_an_l2bridge_create():
    """HNS would make it wait 30 s for facts an L2Bridge network never has; the engine reads nothing more."""
    host = testkit.make_host(overlay_facts_delay_s=30)
    started = time.monotonic()
    rec, result = converge(host, L2BRIDGE, wait_for_overlay=20)
    assert time.monotonic() - started < 10
    assert fact_warnings(result) == []
    assert rec.reads_after_confirm() == [], rec.batches
    assert "overlay_wait" not in result["job"]  # the host was not asked to wait either
    assert not FACTS & policy_types(host, "l2")


def test_a_wait_for_overlay_spent_inside_the_poll_reads_no_more_and_warns():
    """wait_for_overlay 1 s, HNS takes 30 s: the host waits the whole second inside the confirming poll; nothing
    is left for reads, and the warning names what is missing."""
    host = testkit.make_host(overlay_facts_delay_s=30)
    rec, result = converge(host, OVERLAY, wait_for_overlay=1)
    assert result["job"]["overlay_wait"]["waited_ms"] >= 1000
    assert fact_warnings(result) == [
        "DrMacAddress/ProviderAddress of network ovl did not appear within 1 s (wait_for_overlay); later tasks that "
        "need them should read again"
    ]
    assert rec.reads_after_confirm() == [] and rec.counts()["bridge_reads"] == 1
    assert not FACTS & policy_types(host, "ovl")
