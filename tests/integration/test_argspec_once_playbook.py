"""Argument specs are built once per ansible-playbook run, in its main process (issue 13 item 2).

Every task validates its arguments against the spec built from its module stub's DOCUMENTATION. ansible-core's
strategies (linear and free) import each task's action plugin class in the main process before they fork the task's
worker; ``HvNetActionBase.__init_subclass__`` builds the spec then, so the workers inherit it and parse no YAML.
The old code parsed the DOCUMENTATION again in every worker, once per task and host.

A real ``ansible-playbook`` runs 3 tasks of ``hyperv.network.ping`` and 3 of ``hyperv.network.host_network`` (the
largest DOCUMENTATION, 29 KB) on 3 hvemu hosts, plus one ping with an unknown option on every host (the spec the
workers inherited does refuse it), with ``HYPERV_NETWORK_TRACE_ARGSPEC`` set: one JSON line per YAML parse, with its
pid and ppid. Each module's DOCUMENTATION is parsed exactly once (at most once; at least once shows that the trace
works), by the ansible-playbook process this test started (ppid = this process), never by a worker (whose parent is
ansible-playbook). Both the linear and the free strategy.
"""

from __future__ import annotations

import collections
import json
import os

import pytest
import yaml
from hvnet_harness import Ansible, Hvemu, _inventory_hosts

HOSTS = ["as01", "as02", "as03"]

PLAYBOOK = """
- name: Argument specs
  hosts: all
  gather_facts: false
  strategy: {strategy}
  tasks:
    - {{name: ping 1, hyperv.network.ping: {{}}}}
    - {{name: ping 2, hyperv.network.ping: {{}}}}
    - {{name: ping 3, hyperv.network.ping: {{}}}}
    - {{name: read 1, hyperv.network.host_network: {{state: gathered}}}}
    - {{name: read 2, hyperv.network.host_network: {{state: gathered}}}}
    - {{name: read 3, hyperv.network.host_network: {{state: gathered}}}}
    - name: bad option
      hyperv.network.ping: {{no_such_option: 1}}
      ignore_errors: true
"""


@pytest.fixture(scope="module")
def fleet(tmp_path_factory, collections_path):
    from hvemu.testing import start_hvemu

    workdir = tmp_path_factory.mktemp("argspec-once")
    fleet_file = workdir / "fleet.yml"
    fleet_file.write_text(yaml.safe_dump({"defaults": {"windows": "ws2022"}, "hosts": [{"name": h} for h in HOSTS]}))
    inventory = workdir / "inventory.yml"
    proc = start_hvemu(["--fleet", str(fleet_file), "--inventory", str(inventory), "--mixed"])
    try:
        hosts = _inventory_hosts(yaml.safe_load(inventory.read_text()))
        assert sorted(hosts) == HOSTS
        yield Hvemu(proc.http_url, inventory, hosts), collections_path, workdir
    finally:
        proc.stop()


@pytest.mark.parametrize("strategy", ["linear", "free"])
def test_each_documentation_is_parsed_once_in_the_main_process(fleet, strategy, monkeypatch):
    hvemu, collections_path, workdir = fleet
    (workdir / strategy).mkdir()
    trace = workdir / strategy / "argspec-trace.jsonl"
    monkeypatch.setenv("HYPERV_NETWORK_TRACE_ARGSPEC", str(trace))
    pings_before = {h: hvemu.stats(h)["bridge_calls"] for h in HOSTS}

    run = Ansible(hvemu, collections_path, workdir / strategy).playbook(PLAYBOOK.format(strategy=strategy))

    assert run.rc == 0, run.stdout + run.stderr
    for host in HOSTS:
        statuses = {r["task"]: r["status"] for r in run.tasks(host)}
        assert statuses == {
            **{f"ping {i}": "ok" for i in (1, 2, 3)},
            **{f"read {i}": "ok" for i in (1, 2, 3)},
            "bad option": "failed",
        }, (host, statuses)
        bad = run.named(host, "bad option")["result"]
        assert "Unsupported parameters" in bad["msg"] and "no_such_option" in bad["msg"], bad
        # The tasks did reach the host (hvemu's own counters): 3 pings and 3 reads, the bad one none.
        assert hvemu.stats(host)["bridge_calls"] - pings_before[host] >= 6

    lines = [json.loads(line) for line in trace.read_text().splitlines()] if trace.exists() else []
    parsed = collections.Counter(line["parsed"] for line in lines)
    assert parsed["ping"] == 1, lines
    assert parsed["host_network"] == 1, lines
    assert all(count == 1 for count in parsed.values()), lines
    # Parsed by ansible-playbook itself (a direct child of this test), never by one of its forked workers.
    assert {line["ppid"] for line in lines} == {os.getpid()}, lines
    assert len({line["pid"] for line in lines}) == 1, lines
