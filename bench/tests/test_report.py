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


def full_phase(calls, *, bytes_per_host, reads=0.0, applies=0.0, polls=0.0, auth=1.0, shells=1.0, hosts=34, cpu=10.0):
    """A phase as Measurement.summary() reports it with hvemu's connection and call-kind counters."""
    data = with_hosts(phase(calls, 5.0, bytes_per_host=bytes_per_host), hosts, cpu)
    data.update(
        auth_per_host=auth,
        auth_per_host_max=int(auth + 0.5),
        shells_per_host=shells,
        shells_per_host_max=int(shells + 0.5),
        runspaces_per_host=0.0,
        runspaces_per_host_max=0,
        reads_per_host=reads,
        applies_per_host=applies,
        polls_per_host=polls,
        calls_by_kind_counted=True,
        job_polls_per_host=0.0,  # the results' count is not used when hvemu counted the kinds
        routes_calls_per_host=0.0,
    )
    return data


def issue13_runs() -> list[dict]:
    floor = full_phase(1, bytes_per_host=10 * KB_, reads=1)
    nat = {
        "role": "nat",
        "hosts": 50,
        "status": "ok",
        "phases": {
            "floor": floor,
            "converge": full_phase(2, bytes_per_host=30 * KB_, reads=1, applies=1),
            "rerun": full_phase(1, bytes_per_host=12 * KB_, reads=1),
            "teardown": full_phase(2, bytes_per_host=25 * KB_, reads=1, applies=1, auth=2.0, shells=2.0),
        },
    }
    conv = full_phase(6, bytes_per_host=90 * KB_, reads=2, applies=2, polls=2, auth=3.0, shells=3.0)
    conv["routes_calls_per_host"] = 1.0
    overlay = {
        "role": "overlay",
        "hosts": 50,
        "status": "ok",
        "phases": {"floor": floor, "converge": conv, "rerun": full_phase(1, bytes_per_host=15 * KB_, reads=1)},
    }

    def big(hosts, targeted, cpu_per_host):
        return {
            "role": "overlay",
            "hosts": hosts,
            "status": "ok",
            "phases": {
                "floor": full_phase(1, bytes_per_host=10 * KB_, hosts=targeted),
                "converge": full_phase(5, bytes_per_host=90 * KB_, hosts=targeted, cpu=targeted * cpu_per_host),
                "rerun": full_phase(1, bytes_per_host=15 * KB_, hosts=targeted, cpu=targeted * cpu_per_host / 2),
            },
        }

    # overlay at 50 (34 targeted: 10/34 s per host), 200 and 500 (--sizes 50,200 --overlay-sizes 50,500)
    return [nat, overlay, big(200, 134, 0.5), big(500, 334, 0.33)]


KB_ = 1024


def test_issue13_connections_bytes_calls_by_kind_and_overlay_cpu_by_size():
    res = results(issue13_runs(), role_hosts=50)
    res["sizes"], res["overlay_sizes"] = [50, 200], [50, 500]
    derived = report.derive(res)
    conns = {(c["role"], c["hosts"], c["phase"]): c for c in derived["connections"]}
    assert conns[("nat", 50, "floor")]["auth"] == 1.0
    assert conns[("nat", 50, "teardown")]["shells"] == 2.0
    assert conns[("overlay", 50, "converge")]["auth_max"] == 3
    budgets = {(b["role"], b["hosts"], b["phase"]): b for b in derived["bytes"]}
    nat_conv = budgets[("nat", 50, "converge")]
    assert nat_conv["floor_bytes_per_call"] == 10 * KB_
    assert nat_conv["overhead"] == 20 * KB_ and nat_conv["payload"] == 10 * KB_
    assert not nat_conv["met"]
    assert nat_conv["bound"].startswith("the calls: 2.00 x 10.0 KB")  # the two calls alone reach 20 KB
    rerun = budgets[("nat", 50, "rerun")]
    assert rerun["met"] and rerun["payload"] == 2 * KB_
    split = {(c["role"], c["hosts"]): c for c in derived["converge_calls"]}
    ov = split[("overlay", 50)]
    assert (ov["reads"], ov["applies"], ov["polls"], ov["routes"]) == (2, 2, 2, 1.0)
    assert ov["besides_polls"] == 4 and ov["limit"] == 3 and not ov["met"]  # hvemu's polls, not the results' 0
    assert split[("nat", 50)]["met"]
    assert [(o["hosts"], o["targets"]) for o in derived["overlay_cpu_by_size"]] == [(50, 34), (200, 134), (500, 334)]
    spread = report.overlay_cpu_spread(res)
    assert (spread["from_hosts"], spread["to_hosts"]) == (50, 500)  # smallest and largest, not 50 and 200
    assert spread["converge"]["diff_pct"] == round((0.33 / (10 / 34) - 1) * 100, 1)
    verdicts = {g["goal"]: g for g in report.goals(res, derived)}
    one = verdicts["nat (50 hosts): one authenticated connection per host per rerun"]
    assert one["verdict"] == "met"
    assert "bound by the calls" in verdicts["nat (50 hosts): <= 20 KB on the wire per host per converge"]["note"]
    name = "overlay: converge <= 3 calls per host + polling reads (50 hosts)"
    assert verdicts[name]["verdict"] == "missed"
    assert "reads 2.00, applies 2.00" in verdicts[name]["measured"]
    md = report.issue13_markdown(res, derived).splitlines()
    assert "| overlay | 50 (34) | 6.00 / 6 | 2.00 | 2.00 | 2.00 | 1.00 | 4.00 (<= 3): **missed** |" in md
    assert any(
        line.startswith("| nat | 50 | converge | 30.0: **missed** | 2.00 | 10.0 | 20.0 | 10.0 | the calls")
        for line in md
    )
    assert "| nat | 50 | teardown | 2.00 / 2 | 2.00 / 2 | 0.00 / 0 | 2.00 |" in md
    assert "| 500 (334) | 0.330 | 0.165 |" in md
    assert any(line.startswith("| converge | 0.294 s | 0.330 s |") for line in md)
    text = report.render(res, derived, report.goals(res, derived))
    for title in ("0a. Connections per host", "0b. Bytes per host against 20 KB", "0c. Converge calls per host"):
        assert title in text
    assert "0d. Overlay controller CPU per targeted host" in text


def test_routes_phase_by_file_or_by_the_callbacks_routes_keys():
    from measure import routes_share

    by_file = {"file": "/x/roles/overlay/tasks/routes.yml", "bridge_calls": 34, "routes_bridge_calls": 34}
    by_key = {"file": "/x/roles/overlay/tasks/main.yml", "bridge_calls": 68, "routes_bridge_calls": 34}
    other = {"file": "/x/roles/overlay/tasks/main.yml", "bridge_calls": 68}
    assert [routes_share(t, "bridge_calls") for t in (by_file, by_key, other)] == [34, 34, 0]


def test_update_doc_puts_the_issue13_section_above_the_baseline_and_keeps_the_rest(tmp_path):
    from measure import ROOT

    doc = tmp_path / "performance.md"
    original = (ROOT / "docs" / "performance.md").read_text(encoding="utf-8")
    doc.write_text(original, encoding="utf-8")
    res = results(issue13_runs(), role_hosts=50)
    res.update(sizes=[50, 200], overlay_sizes=[50, 500], duration_s=12.0, started="2026-12-03T14:00:00Z")
    res["scale_roles"] = ["nat", "transparent", "overlay", "l2bridge"]
    derived = report.derive(res)
    text = report.render(res, derived, report.goals(res, derived))
    report.update_doc(doc, res, text, tmp_path / "20261203T140000Z.json", derived)
    first = doc.read_text(encoding="utf-8")
    section_at = first.index(report.ISSUE13_HEADING)
    baseline_at = first.index(report.BASELINE_HEADING)
    assert section_at < baseline_at
    before, after = first[: first.index(report.ISSUE13_BEGIN)], first[first.index(report.ISSUE13_END) :]
    after = after[len(report.ISSUE13_END) :].lstrip("\n")
    kept = original  # the page without the section an earlier --update-doc wrote (the run replaces that one)
    if report.ISSUE13_BEGIN in original:
        head, rest = original.split(report.ISSUE13_BEGIN, 1)
        kept = head + rest.split(report.ISSUE13_END, 1)[1].lstrip("\n")
    assert before + after == kept  # the baseline, the older sections and the old figures block untouched
    assert "`bench/run.py --sizes 50,200 --overlay-sizes 50,500`" in first
    assert "| overlay | 50 (34) | 6.00 / 6 |" in first
    # a second run replaces its own section only
    res["started"] = "2026-12-03T15:00:00Z"
    report.update_doc(doc, res, text, tmp_path / "20261203T150000Z.json", derived)
    second = doc.read_text(encoding="utf-8")
    assert second.count(report.ISSUE13_HEADING) == 1
    assert "2026-12-03T15:00:00Z" in second and "2026-12-03T14:00:00Z" not in second
    assert second.replace("15:00:00Z", "14:00:00Z").replace("T150000Z", "T140000Z") == first


def test_the_rerun_is_measured_against_the_floor_next_to_it_and_the_first_floor_is_kept():
    run = {
        "role": "overlay",
        "hosts": 200,
        "status": "ok",
        "phases": {
            "floor": phase(1, 4.0),
            "converge": phase(4, 20.0),
            "rerun": phase(1, 7.0),
            "rerun_floor": phase(1, 5.0),
        },
    }
    derived = report.derive(results([run]))
    by_phase = {r["phase"]: r for r in derived["floor_ratios"]}
    assert by_phase["rerun"]["floor"] == "rerun_floor"
    assert by_phase["rerun"]["wall"] == 1.4
    assert by_phase["rerun"]["wall_first_floor"] == 1.75
    assert by_phase["converge"]["floor"] == "floor"
    assert by_phase["converge"]["wall"] == 5.0
    assert "wall_first_floor" not in by_phase["converge"]
    verdicts = {g["goal"]: g for g in report.goals(results([run]), derived)}
    rerun_goal = verdicts["overlay (200 hosts): rerun/floor <= 1.5 (wall and controller CPU)"]
    assert rerun_goal["verdict"] == "met"
    assert "against the floor before the converge: wall 1.75 x" in rerun_goal["measured"]
    markdown = report.issue13_markdown(results([run]), derived)
    assert "1.40 / 1.40: met (first floor: 1.75 / 1.75)" in markdown


def test_a_run_without_a_floor_next_to_the_rerun_keeps_the_first_floor():
    run = {
        "role": "nat",
        "hosts": 50,
        "status": "ok",
        "phases": {"floor": phase(1, 4.0), "rerun": phase(1, 7.0), "rerun_floor": {"status": "failed: x"}},
    }
    derived = report.derive(results([run]))
    (item,) = derived["floor_ratios"]
    assert item["floor"] == "floor"
    assert item["wall"] == 1.75


def test_rounds_give_the_median_of_each_rerun_over_the_floor_right_after_it():
    rerun, floor = phase(1, 7.0), phase(1, 5.0)
    # round 2 ran while the machine was slow: both took longer; round 3 is an outlier rerun
    rerun["rounds"] = [{"ok": True, "wall_s": 7.0, "cpu_s": 14.0}, {"ok": True, "wall_s": 14.0, "cpu_s": 28.0},
                       {"ok": True, "wall_s": 30.0, "cpu_s": 60.0}]  # fmt: skip
    floor["rounds"] = [{"ok": True, "wall_s": 5.0, "cpu_s": 10.0}, {"ok": True, "wall_s": 10.0, "cpu_s": 20.0},
                       {"ok": True, "wall_s": 5.0, "cpu_s": 10.0}]  # fmt: skip
    run = {
        "role": "overlay",
        "hosts": 200,
        "status": "ok",
        "phases": {"floor": phase(1, 4.0), "rerun": rerun, "rerun_floor": floor},
    }
    run["phases"]["rerun"]["host_count"] = 10
    (item,) = report.derive(results([run]))["floor_ratios"]
    assert (item["wall"], item["cpu"], item["rounds"]) == (1.4, 1.4, 3)  # 1.4, 1.4 and 6.0: the median is 1.4
    assert item["wall_first_floor"] == 1.75  # the first round against the floor before the converge
    assert report.cpu_per_host(run["phases"]["rerun"]) == 2.8  # the median round's 28 s over 10 hosts
    # a failed round counts for neither side
    rerun["rounds"][1]["ok"] = False
    (item,) = report.derive(results([run]))["floor_ratios"]
    assert item["wall"] == round((1.4 + 6.0) / 2, 2)


def test_the_skeleton_separates_the_shape_from_the_collections_own_work():
    run = {
        "role": "nat",
        "hosts": 200,
        "status": "ok",
        "phases": {"floor": phase(1, 5.0), "skeleton": phase(2, 10.0), "converge": phase(2, 12.5)},
    }
    derived = report.derive(results([run]))
    (shape,) = derived["skeleton"]
    assert (shape["skeleton_wall_x_floor"], shape["converge_wall_x_skeleton"]) == (2.0, 1.25)
    (goal,) = [g for g in report.goals(results([run]), derived) if "converge/floor" in g["goal"]]
    assert goal["verdict"] == "missed"
    assert (
        goal["note"]
        == "the shape alone (skeleton): 2.00 x / 2.00 x the floor; the converge 1.25 x / 1.25 x the skeleton"
    )
    assert "its tasks with a ping for each action" in report.issue13_markdown(results([run]), derived)
    del run["phases"]["skeleton"]
    assert report.derive(results([run]))["skeleton"] == []
