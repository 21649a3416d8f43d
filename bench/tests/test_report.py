"""The report's arithmetic and verdicts, on synthetic runs (no emulator)."""

from __future__ import annotations

import json

import report


def phase(calls: float, wall: float, *, bytes_per_host: float = 10_000, changed: int = 0, calls_max=None) -> dict:
    return {
        "ok": True,
        "calls_per_host": calls,
        "calls_per_host_max": calls_max if calls_max is not None else int(calls),
        "wall_s": wall,
        "cpu_s": wall * 2,
        "bytes_per_host": bytes_per_host,
        "changed": changed,
        "maxrss_mb": 80.0,
        "emulator_cpu_s": 0.5,
        "hosts_per_minute": 60.0,
    }


def overlay_run(hosts: int, fixed: int, per_route: int, wall: float) -> dict:
    conv = phase(2, wall, bytes_per_host=fixed + per_route * (hosts - 1))
    return {"role": "overlay", "hosts": hosts, "status": "ok", "phases": {"floor": phase(1, 2.0), "converge": conv}}


def results(runs: list[dict], role_hosts: int = 10) -> dict:
    return {
        "started": "2026-11-29T00:00:00Z",
        "machine": {
            "nproc": 2,
            "memory_gb": 8,
            "python": "3.12",
            "ansible_core": "2.21",
            "loadavg": "0",
            "commit": "x",
        },
        "forks": 50,
        "role_hosts": role_hosts,
        "sizes": [10, 50],
        "scale_roles": ["nat", "overlay"],
        "runs": runs,
    }


def test_floor_ratio_is_role_over_floor_of_the_same_run():
    run = {
        "role": "nat",
        "hosts": 10,
        "status": "ok",
        "phases": {"floor": phase(1, 4.0), "converge": phase(2, 10.0), "rerun": phase(1, 5.0)},
    }
    derived = report.derive(results([run]))
    by_phase = {r["phase"]: r for r in derived["floor_ratios"]}
    assert by_phase["rerun"]["wall"] == 1.25
    assert by_phase["converge"]["wall"] == 2.5
    assert by_phase["converge"]["calls"] == 2.0


def test_overlay_bytes_per_route_recovers_the_line():
    runs = [overlay_run(10, 30_000, 400, 10.0), overlay_run(50, 30_000, 400, 30.0), overlay_run(200, 30_000, 400, 90.0)]
    bpr = report.derive(results(runs))["overlay_bytes_per_route"]["converge"]
    assert bpr["per_route"] == 400
    assert bpr["fixed"] == 30_000 - 2 * 10_000  # less the converge's 2 calls at the floor's 10,000 bytes each


def test_growth_compares_wall_time_with_the_route_count():
    derived = report.derive(results([overlay_run(10, 1000, 200, 10.0), overlay_run(50, 1000, 200, 30.0)]))
    (growth,) = derived["growth"]
    assert growth["hosts_x"] == 5.0
    assert growth["wall_x"] == 3.0
    assert growth["routes_x"] == round(50 * 49 / (10 * 9), 2)
    verdicts = {g["goal"]: g["verdict"] for g in report.goals(results([]), derived)}
    assert verdicts["overlay time grows no faster than its routes (10 -> 50 hosts)"] == "met"


def test_goals_flag_a_rerun_with_two_calls_and_a_heavy_converge():
    run = {
        "role": "nat",
        "hosts": 10,
        "status": "ok",
        "phases": {
            "floor": phase(1, 4.0),
            "converge": phase(2, 8.0, bytes_per_host=190_000),
            "rerun": phase(1.5, 4.0, calls_max=2),
        },
    }
    res = results([run])
    verdicts = {g["goal"]: g for g in report.goals(res, report.derive(res))}
    assert verdicts["nat: rerun = 1 bridge call per host"]["verdict"] == "missed"
    assert verdicts["nat: converge <= 2 calls per host + polling reads"]["verdict"] == "met"
    assert verdicts["nat (10 hosts): <= 20 KB on the wire per host per converge"]["verdict"] == "missed"
    assert verdicts["nat (10 hosts): <= 20 KB on the wire per host per rerun"]["verdict"] == "met"
    # rerun wall 4/4 = 1.0 and CPU 8/8 = 1.0; converge wall 8/4 = 2.0 and CPU 16/8 = 2.0: both at their limits
    assert verdicts["nat (10 hosts): rerun/floor <= 1.5 (wall and controller CPU)"]["verdict"] == "met"
    assert verdicts["nat (10 hosts): converge/floor <= 2 (wall and controller CPU)"]["verdict"] == "met"
    assert verdicts["overlay at a 500-host fleet: converge and rerun complete in one run"]["verdict"] == "not measured"


def with_hosts(data: dict, hosts: int, cpu: float) -> dict:
    return {**data, "host_count": hosts, "cpu_s": cpu}


def test_issue13_limits_per_role_and_the_overlay_cpu_spread():
    def run(role, hosts, targeted, *, conv_calls, polls, conv_cpu, rerun_cpu, routes=0.0):
        conv = with_hosts(phase(conv_calls, 10.0), targeted, conv_cpu)
        conv.update(job_polls_per_host=polls, routes_calls_per_host=routes)
        return {
            "role": role,
            "hosts": hosts,
            "status": "ok",
            "phases": {
                "floor": with_hosts(phase(1, 4.0), targeted, 8.0),
                "converge": conv,
                "rerun": with_hosts(phase(1, 5.0), targeted, rerun_cpu),
            },
        }

    runs = [
        # 4 calls besides the polls: over l2bridge's 3
        run("l2bridge", 50, 34, conv_calls=6.0, polls=2.0, conv_cpu=30.0, rerun_cpu=11.0, routes=1.0),
        # 3 besides the polls: at overlay's 3
        run("overlay", 50, 34, conv_calls=5.0, polls=2.0, conv_cpu=34.0, rerun_cpu=10.0, routes=1.0),
        run("overlay", 500, 334, conv_calls=5.0, polls=2.0, conv_cpu=334.0 * 1.2, rerun_cpu=334 * 10.0 / 34 * 1.1),
    ]
    res = results(runs, role_hosts=50)
    derived = report.derive(res)
    verdicts = {g["goal"]: g for g in report.goals(res, derived)}
    assert verdicts["l2bridge: converge <= 3 calls per host + polling reads"]["verdict"] == "missed"
    assert "1.00 in the routes phase" in verdicts["l2bridge: converge <= 3 calls per host + polling reads"]["measured"]
    assert verdicts["overlay: converge <= 3 calls per host + polling reads (50 hosts)"]["verdict"] == "met"
    # CPU x floor 11/8 = 1.38 but wall 5/4 = 1.25: both <= 1.5
    assert verdicts["l2bridge (50 hosts): rerun/floor <= 1.5 (wall and controller CPU)"]["verdict"] == "met"
    spread = report.overlay_cpu_spread(res)
    assert spread["converge"]["diff_pct"] == 20.0
    assert spread["rerun"]["diff_pct"] == 10.0
    assert verdicts["overlay: controller CPU per host 50 vs 500 hosts within 15% (converge)"]["verdict"] == "missed"
    assert verdicts["overlay: controller CPU per host 50 vs 500 hosts within 15% (rerun)"]["verdict"] == "met"
    assert verdicts["overlay at a 500-host fleet: converge and rerun complete in one run"]["verdict"] == "met"
    text = report.render(res, derived, report.goals(res, derived))
    assert "overlay converge controller CPU per host: 1.000 s at 50 hosts, 1.200 s at 500 hosts (+20.0%)" in text
    md = report.issue13_markdown(res, derived).splitlines()
    l2 = next(line for line in md if line.startswith("| l2bridge | 50 (34) |"))
    assert "| 1.25 / 1.38: met |" in l2
    assert "6.00, 2.00, 1.00 (<= 3 + polls): **missed**" in l2
    assert "| converge | 1.000 s | 1.200 s | +20.0%: **missed** |" in md
    assert "| rerun | 0.294 s | 0.324 s | +10.0%: met |" in md


def test_missing_pieces_show_as_status_rows_and_the_json_is_written(tmp_path):
    runs = [{"role": "l2bridge", "hosts": 10, "status": "not available yet: roles/l2bridge/tasks/main.yml missing"}]
    res = results(runs)
    derived = report.derive(res)
    verdicts = report.goals(res, derived)
    text = report.render(res, derived, verdicts)
    assert "l2bridge  not available yet: roles/l2bridge/tasks/main.yml missing" in text
    assert report.DISCLAIMER in text
    path = report.write_json(res, derived, verdicts, tmp_path)
    assert json.loads(path.read_text())["runs"][0]["status"].startswith("not available yet")


def test_table_lets_a_status_row_run_past_the_columns():
    text = report.table(["a", "bb"], [["1", "22"], ["x", "a long status that is not a column"]])
    lines = text.splitlines()
    assert lines[0] == "a  bb"
    assert lines[3] == "x  a long status that is not a column"


def test_scenarios_name_every_role_once():
    import yaml
    from measure import ROOT

    class Strict(yaml.SafeLoader):
        """A loader that refuses duplicate keys (PyYAML keeps the last one silently)."""

    def mapping(loader, node):
        keys = [loader.construct_object(k) for k, _ in node.value]
        assert len(keys) == len(set(keys)), f"duplicate keys in {keys}"
        return loader.construct_mapping(node)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    scenarios = yaml.load((ROOT / "bench" / "scenarios.yml").read_text(), Loader=Strict)  # a SafeLoader subclass
    assert set(scenarios) == {"nat", "transparent", "overlay", "l2bridge", "naive_nat"}
    for name, scenario in scenarios.items():
        assert scenario["playbook"].endswith(f"{name}.yml"), name
    assert (ROOT / scenarios["naive_nat"]["playbook"]).exists()
