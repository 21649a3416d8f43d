"""The harness against a real hvemu: the floor play's counters, rusage and recap (a few seconds)."""

from __future__ import annotations

import json

import pytest
import report
import run as bench_run
from fleet import Fleet, one_lan_fleet
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
    (task,) = m.tasks  # from the bench_tasks callback: the ping task, with the calls hvemu counted during it
    assert task["hosts"] == len(hosts)
    assert "counter_error" not in task
    assert (task["bridge_calls"], task["job_polls"]) == (len(hosts), 0)


def test_the_per_task_calls_polls_and_routes_share_against_hvemu(fleet):
    """The bench_tasks callback against a real hvemu: overlay's converge (a detached job per host, so job polls, and
    the routes phase in tasks/routes.yml). Each task's calls are the ones hvemu counted during it: the read task
    reads each host once, the converge task makes the applies and every job poll, the routes task the rest."""
    scenario = {"name": "overlay", **bench_run.SCENARIOS["overlay"]}
    target = {"bench_hosts": "hyperv_hosts", "target": "hyperv_hosts"}
    m = Runner(fleet, forks=5).run("converge", str(ROOT / scenario["playbook"]), bench_run.extra_vars(scenario, target))
    assert m.ok, m.error
    hosts = len(m.hosts)
    polls = sum(d["bridge_polls"] for d in m.per_host.values())
    assert polls >= hosts  # hvemu counted at least one job_status poll per host
    assert not any("counter_error" in t for t in m.tasks)
    (read,) = [t for t in m.tasks if t["task"].split(" : ", 1)[-1].startswith("Read each host once")]
    (converge,) = [t for t in m.tasks if t["task"].split(" : ", 1)[-1].startswith("Converge (or tear down)")]
    routes = [t for t in m.tasks if t["file"].endswith("/tasks/routes.yml") and t["bridge_calls"]]
    assert (read["hosts"], read["bridge_calls"], read["job_polls"]) == (hosts, hosts, 0)
    assert converge["job_polls"] == polls and converge["bridge_calls"] > polls
    assert converge["routes_bridge_calls"] == 0
    assert routes and all(t["routes_bridge_calls"] == t["bridge_calls"] for t in routes)
    # every call hvemu counted during the play is some task's
    assert sum(t["bridge_calls"] for t in m.tasks) == sum(d["bridge_calls"] for d in m.per_host.values())
    assert m.summary()["routes_calls_per_host"] == sum(t["bridge_calls"] for t in routes) / hosts


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


def test_the_harness_at_three_hosts_reports_every_column(tmp_path, capsys):
    """bench/run.py end to end at a tiny size (one role, a fleet of 3, so 2 Hyper-V hosts; about 15 s): every
    phase measured, the side-by-side table with all its columns, the JSON with the per-phase figures."""
    doc = tmp_path / "performance.md"  # --update-doc on a copy of the page, never the page itself
    doc.write_text((ROOT / "docs" / "performance.md").read_text(encoding="utf-8"), encoding="utf-8")
    argv = [
        "--sizes",
        "3",
        "--roles",
        "nat",
        "--no-naive",
        "--rounds",
        "2",
        "--results",
        str(tmp_path),
        "--update-doc",
        "--doc",
        str(doc),
    ]
    rc = bench_run.main(argv)
    out = capsys.readouterr().out
    assert rc == 0
    header = next(line for line in out.splitlines() if line.startswith("role ") and "wall x floor" in line)
    for column in report.ISSUE13_HEADERS:
        assert column in header, column
    (path,) = tmp_path.glob("*.json")
    results = json.loads(path.read_text())
    (nat,) = results["runs"]
    assert set(nat["phases"]) == {"first_contact", "floor", "skeleton", "converge", "rerun", "rerun_floor", "teardown"}
    assert nat["phases"]["skeleton"]["calls_per_host"] > 1  # the read's and the converge's pings (and one run_once)
    (shape,) = results["derived"]["skeleton"]
    assert shape["skeleton_wall_x_floor"] > 0 and shape["converge_cpu_x_skeleton"] > 0
    for name in ("floor", "converge", "rerun"):
        data = nat["phases"][name]
        assert data["ok"], data.get("error")
        assert data["host_count"] == 2
        for key in ("wall_s", "cpu_s", "calls_per_host", "bytes_per_host", "cpu_per_host_s", "emulator_peak_mb"):
            assert data[key] > 0, (name, key)
        assert data["routes_calls_per_host"] == 0  # nat has no routes phase
    assert nat["phases"]["rerun"]["changed"] == 0
    # one record per task: the role's per-host meta task (end_role), which ansible-core starts once per host, too
    names = [t["task"] for t in nat["phases"]["converge"]["tasks"]]
    assert len(names) == len(set(names)) and any("End the role" in n for n in names), names
    # Connections, from hvemu's counters: the floor is one task per host, so one NTLM handshake and one WinRS shell
    floor = nat["phases"]["floor"]
    assert (floor["auth_per_host"], floor["shells_per_host"], floor["runspaces_per_host"]) == (1, 1, 0)
    for name in ("floor", "converge", "rerun", "teardown"):
        data = nat["phases"][name]
        assert data["auth_per_host"] >= 1 and data["shells_per_host"] >= 1, name
        # every bridge call hvemu counted is a read, an apply or a poll
        assert data["calls_by_kind_counted"], name
        kinds = data["reads_per_host"] + data["applies_per_host"] + data["polls_per_host"]
        assert kinds == data["calls_per_host"], name
    assert nat["phases"]["rerun"]["applies_per_host"] == 0  # an idempotent rerun changes nothing
    assert nat["phases"]["converge"]["applies_per_host"] >= 1
    assert nat["phases"]["floor"]["reads_per_host"] == 1  # the ping
    derived = results["derived"]
    assert {c["phase"] for c in derived["connections"]} == {"floor", "converge", "rerun", "teardown"}
    (conv_bytes,) = [b for b in derived["bytes"] if b["phase"] == "converge"]
    assert conv_bytes["floor_bytes_per_call"] == floor["bytes_per_host"]
    assert conv_bytes["bound"]
    for title in ("0a. Connections per host", "0b. Bytes per host against 20 KB", "0c. Converge calls per host"):
        assert title in out
    page = doc.read_text(encoding="utf-8")
    assert page.index(report.ISSUE13_HEADING) < page.index(report.BASELINE_HEADING)
    assert "| nat | 3 | floor | 1.00 / 1 | 1.00 / 1 | 0.00 / 0 | 1.00 |" in page
    assert nat["phases"]["teardown"]["restored"] is True
    ratios = {(f["phase"]): f for f in results["derived"]["floor_ratios"]}
    assert ratios["rerun"]["wall"] > 0 and ratios["rerun"]["cpu"] > 0
    # --rounds 2: the rerun and the floor right after it measured twice, one after the other; the ratio is the
    # median (of two: the mean) of each round's rerun over its own floor
    rerun_rounds, floor_rounds = nat["phases"]["rerun"]["rounds"], nat["phases"]["rerun_floor"]["rounds"]
    assert len(rerun_rounds) == len(floor_rounds) == 2 and all(r["ok"] for r in rerun_rounds + floor_rounds)
    assert ratios["rerun"]["floor"] == "rerun_floor" and ratios["rerun"]["rounds"] == 2
    each = [round(r["cpu_s"] / f["cpu_s"], 2) for r, f in zip(rerun_rounds, floor_rounds, strict=True)]
    assert ratios["rerun"]["cpu"] == round(sum(each) / 2, 2)
    goals = {g["goal"] for g in results["goals"]}
    assert "nat (3 hosts): rerun/floor <= 1.5 (wall and controller CPU)" in goals
    assert "nat (3 hosts): <= 20 KB on the wire per host per converge" in goals
    row = next(line for line in out.splitlines() if line.startswith("nat ") and " rerun " in line and "2/3" in line)
    assert len(row.split()) == len(report.ISSUE13_HEADERS)


def test_one_lan_fleet_puts_every_management_nic_on_one_lan():
    fleet = one_lan_fleet(300)
    hv = [h for h in fleet["hosts"] if h["kind"] == "hyperv"]
    assert len(hv) == 200 and len(fleet["hosts"]) == 300
    addresses = [h["adapters"][0]["ipv4"] for h in hv]
    assert len(set(addresses)) == len(addresses)
    assert all(a.startswith("10.1.") and a.endswith("/16") for a in addresses)
    assert all(h["parent"] in {x["name"] for x in hv} for h in fleet["hosts"] if h["kind"] == "vm")


def test_ctrl_c_keeps_the_phases_the_interrupted_run_measured(tmp_path, monkeypatch, capsys):
    """A long run stopped with Ctrl-C still reports (and writes to the JSON) the phases it finished."""

    class NoFleet:
        def __init__(self, *args, **kwargs):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return None

        def memory_mb(self):
            return {"rss": 50.0, "hwm": 60.0}

    def phases(fleet, runner, scenario, names, target, *, capture=True, out=None, rounds=1):
        out["floor"] = {"status": "measured before the interrupt"}
        raise KeyboardInterrupt

    monkeypatch.setattr(bench_run, "Fleet", NoFleet)
    monkeypatch.setattr(bench_run, "run_phases", phases)
    rc = bench_run.main(["--sizes", "3", "--roles", "overlay", "--results", str(tmp_path)])
    assert rc == 0
    assert "interrupted: reporting what was measured" in capsys.readouterr().out
    (path,) = tmp_path.glob("*.json")
    (run,) = json.loads(path.read_text())["runs"]
    assert run["status"].startswith("interrupted")
    assert run["phases"] == {"floor": {"status": "measured before the interrupt"}}
    assert run["emulator_peak_mb"] == 60.0
