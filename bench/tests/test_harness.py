"""The harness against a real hvemu: the floor play's counters, rusage and recap (a few seconds)."""

from __future__ import annotations

import pytest
from fleet import Fleet
from measure import ROOT, Runner

FLOOR = str(ROOT / "bench" / "playbooks" / "floor.yml")


@pytest.fixture
def fleet(tmp_path):
    with Fleet(2, tmp_path / "fleet") as running:
        yield running


def test_floor_makes_one_bridge_call_per_host(fleet):
    hosts = fleet.host_names()
    m = Runner(fleet, forks=5).run("floor", FLOOR)
    assert m.ok, m.error
    assert m.hosts == sorted(hosts)
    assert all(m.per_host[h]["bridge_calls"] == 1 for h in hosts)
    assert m.bytes_per_host() > 1000
    assert m.cpu_s > 0
    assert m.maxrss_mb > 10
    assert m.wall_s > 0
    (task,) = m.tasks  # from the bench_tasks callback: the ping task, with the calls its results report
    assert task["hosts"] == len(hosts)
    assert task["bridge_calls"] == len(hosts)


def test_a_failing_play_is_reported_with_its_error(fleet):
    m = Runner(fleet, forks=5).run("broken", str(ROOT / "bench" / "playbooks" / "no-such-playbook.yml"))
    assert not m.ok
    assert "no-such-playbook" in m.error


def test_stop_ends_the_emulator_process(tmp_path):
    fleet = Fleet(1, tmp_path / "one")
    fleet.start()
    proc = fleet.process.proc
    fleet.stop()
    assert proc.poll() is not None
