"""`make bench`: how close the collection gets to one round trip per host, measured against hvemu.

    .venv/bin/python bench/run.py [--sizes 50,200] [--roles nat,transparent,overlay,l2bridge] [--forks 50]
                                  [--overlay-sizes 50,500] [--quick] [--no-teardown] [--no-naive]

Every role, at every --sizes fleet size (default 50 and 200; env BENCH_SIZES), on a fresh emulated
fleet: the floor (one no-op bridge call per host, the one-task playbook), converge from empty,
idempotent rerun, the floor again next to the rerun, and teardown, with the emulator's per-host
counters (calls, bytes) and the controller's rusage; the smallest size also checks the teardown
restores the hosts and runs the naive one-task-per-object nat baseline. --overlay-sizes (env
BENCH_OVERLAY_SIZES, opt-in, e.g. 50,500) adds overlay at those fleet sizes in the same run, for its
controller CPU per host. --quick: one fleet of 10 hosts, no naive baseline. Prints the tables and
writes bench/results/<timestamp>.json. Pieces that are missing get a row saying so instead of
stopping the run. The figures measure the controller and the emulator, not Windows.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fleet import Fleet
from measure import COLLECTION, ROOT, Runner
from report import derive, goals, issue13_markdown, render, update_doc, write_json

BENCH = ROOT / "bench"
SCENARIOS = yaml.safe_load((BENCH / "scenarios.yml").read_text(encoding="utf-8"))
FLOOR = str(BENCH / "playbooks" / "floor.yml")
# The role's shape with a ping for each of its actions (bench/playbooks/skeleton.yml): what ansible-core costs for
# that shape, measured where the scenario asks for it (skeleton: true), right before the converge.
SKELETON = str(BENCH / "playbooks" / "skeleton.yml")
ALL_ROLES = ["nat", "transparent", "overlay", "l2bridge"]
# first_contact: the ping on a fresh host, which also installs the cached bridge there (once per host and
# collection version); floor: the same ping again, on a host that has it, as every later call will be;
# rerun_floor: the floor once more, right after the rerun, so that the rerun is measured against a floor taken next to
# it (the first floor runs before the converge, up to minutes earlier on a shared machine whose speed drifts).
PING_PHASES = ("first_contact", "floor", "skeleton", "rerun_floor")
ROLE_PHASES = ("first_contact", "floor", "skeleton", "converge", "rerun", "rerun_floor", "teardown")
QUICK_SIZES = "10"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--sizes",
        default=os.environ.get("BENCH_SIZES") or "50,200",
        help="fleet sizes every role runs at (default 50,200; env BENCH_SIZES)",
    )
    parser.add_argument(
        "--overlay-sizes",
        default=os.environ.get("BENCH_OVERLAY_SIZES") or "",
        help="opt-in: overlay also at these fleet sizes in the same run, e.g. 50,500 (env BENCH_OVERLAY_SIZES)",
    )
    parser.add_argument("--quick", action="store_true", help=f"--sizes {QUICK_SIZES} --no-naive: a quick run")
    parser.add_argument(
        "--role-hosts",
        type=int,
        default=None,
        help="fleet size whose runs check the teardown and carry the naive baseline (default: the smallest size)",
    )
    parser.add_argument("--roles", default=",".join(ALL_ROLES), help="roles to measure")
    parser.add_argument(
        "--commit",
        metavar="REV",
        help="measure the collection as committed at REV (git archive into the work directory) instead of the "
        "working tree, whose edits during a long run would otherwise mix into it",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=int(os.environ.get("BENCH_ROUNDS") or 3),
        help="how many times the rerun and the floor right after it are measured, one after the other; a rerun's "
        "ratio is the median of the rounds' ratios (default 3; env BENCH_ROUNDS)",
    )
    parser.add_argument("--forks", type=int, default=50)
    parser.add_argument("--mixed", action="store_true", help="hvemu --mixed: alternate winrm and psrp hosts")
    parser.add_argument("--no-naive", action="store_true", help="skip the naive one-task-per-object baseline")
    parser.add_argument(
        "--no-teardown",
        action="store_true",
        help="teardown only on the --role-hosts fleet, where it is checked (saves time at scale)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the work directory (logs, inventories)")
    parser.add_argument("--results", default=str(BENCH / "results"), help="directory of the JSON results")
    parser.add_argument("--from-json", metavar="FILE", help="report a saved results file again (no runs)")
    parser.add_argument(
        "--markdown", action="store_true", help="with --from-json: also print issue 13's figures as Markdown tables"
    )
    parser.add_argument(
        "--update-doc",
        action="store_true",
        help="write this run's issue 13 section into docs/performance.md (above the baseline section; the baseline "
        "and older figures stay)",
    )
    parser.add_argument(
        "--doc",
        default=str(ROOT / "docs" / "performance.md"),
        help="the page --update-doc writes (default docs/performance.md; give a copy to try it)",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.no_naive = QUICK_SIZES, True
    args.sizes = sorted({int(s) for s in str(args.sizes).split(",") if s.strip()})
    args.overlay_sizes = sorted({int(s) for s in str(args.overlay_sizes).split(",") if s.strip()})
    if args.rounds < 1:
        parser.error("--rounds: at least 1")
    if not args.sizes or min(args.sizes + args.overlay_sizes) < 1:
        parser.error("--sizes: give one or more fleet sizes of at least 1 host, e.g. 50,200")
    args.roles = [r for r in args.roles.split(",") if r]
    unknown = [r for r in args.roles if r not in ALL_ROLES]
    if unknown:
        parser.error(f"--roles: unknown role(s) {', '.join(unknown)}; known: {', '.join(ALL_ROLES)}")
    args.role_hosts = args.role_hosts or args.sizes[0]
    return args


def plan(args) -> list[tuple[str, int]]:
    """(role, fleet size) of every run, in order: each size for every role (smallest size first, so the
    cheap runs report early), then overlay at the --overlay-sizes it has not run at yet."""
    sizes = sorted({args.role_hosts, *args.sizes})
    runs = [(role, size) for size in sizes for role in args.roles]
    runs += [("overlay", size) for size in args.overlay_sizes if ("overlay", size) not in runs]
    return runs


def machine() -> dict:
    """Where the figures come from."""
    from ansible.release import __version__ as ansible_version

    mem_kb = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal:"))
    rev = COLLECTION.get("commit") or "HEAD"
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", rev], check=False, capture_output=True, text=True
    )
    return {
        "nproc": len(os.sched_getaffinity(0)),
        "memory_gb": round(mem_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "ansible_core": ansible_version,
        "platform": platform.platform(),
        "loadavg": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "commit": (commit.stdout.strip() or "unknown")
        + ("" if COLLECTION.get("commit") else " (working tree, uncommitted edits included)"),
    }


def snapshot(rev: str, dest: Path) -> None:
    """The repository as committed at rev, copied to dest (git archive | tar), and measured from there."""
    full = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--verify", f"{rev}^{{commit}}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    dest.mkdir(parents=True)
    archive = subprocess.Popen(["git", "-C", str(ROOT), "archive", full], stdout=subprocess.PIPE)
    subprocess.run(["tar", "-x", "-C", str(dest)], stdin=archive.stdout, check=True)
    archive.stdout.close()
    if archive.wait() != 0:
        raise SystemExit(f"--commit {rev}: git archive failed")
    COLLECTION.update(root=dest, commit=full)
    print(f"measuring commit {full[:12]} (a copy in {dest})", flush=True)


def uptime() -> str:
    """`uptime`'s line (the load of the shared machine), or the load averages where uptime is missing."""
    out = subprocess.run(["uptime"], check=False, capture_output=True, text=True)
    return out.stdout.strip() or " ".join(f"{x:.2f}" for x in os.getloadavg())


def missing_piece(name: str | None) -> str | None:
    """Why a benchmark cannot run yet, or None when its pieces are there.

    name: None for the emulator and the floor (hyperv.network.ping), else a scenario name.
    """
    if importlib.util.find_spec("hvemu.cli") is None or importlib.util.find_spec("hvemu.fleet") is None:
        return "hvemu serve (emulator/hvemu/cli.py, fleet.py) missing"
    required = [
        "plugins/action/ping.py",
        "plugins/plugin_utils/bridge_client.py",
        "plugins/plugin_utils/bridge/bridge.ps1",
    ]
    if name is not None:
        required = [*SCENARIOS[name].get("requires", []), SCENARIOS[name]["playbook"]]
    for rel in required:
        if not (COLLECTION["root"] / rel).exists():
            return f"{rel} missing"
    return None


def extra_vars(scenario: dict, *overrides: dict) -> list[str]:
    """-e arguments: the scenario's variables then the phase's overrides, as JSON."""
    merged: dict = {}
    for part in (scenario.get("vars") or {}, *overrides):
        merged.update(part or {})
    return [json.dumps(merged)] if merged else []


def end_state(fleet: Fleet, hosts: list[str]) -> dict:
    """What the hosts hold, from the control API, reduced to names, types, prefixes and counts."""
    out = {}
    for host in hosts:
        state = fleet.host_state(host)
        nets = []
        for net in state.get("networks") or []:
            net = net if isinstance(net, dict) else {}
            prefixes = sorted(
                s.get("IpAddressPrefix", "") for ipam in net.get("Ipams") or [] for s in ipam.get("Subnets") or []
            )
            routes = sum(1 for p in net.get("Policies") or [] if p.get("Type") == "RemoteSubnetRoute")
            nets.append([net.get("Name"), net.get("Type"), prefixes, routes])
        out[host] = {
            "switches": sorted([s.get("Name"), s.get("SwitchType")] for s in state.get("switches") or []),
            "networks": sorted(nets, key=str),
            "endpoints": sorted(
                [
                    e.get("Name"),
                    sorted(c.get("IpAddress", "") for c in e.get("IpConfigurations") or []),
                    sorted(p.get("Type", "") for p in e.get("Policies") or []),
                ]
                for e in state.get("endpoints") or []
                if isinstance(e, dict)
            ),
        }
    return out


def run_phases(
    fleet: Fleet,
    runner: Runner,
    scenario: dict,
    phases: list[str],
    target: dict,
    *,
    capture: bool = True,
    out: dict | None = None,
    rounds: int = 1,
) -> dict:
    """Floor, converge, rerun, teardown (those listed), stopping after a failed converge.

    With capture, the hosts' state (from the control API) is kept after the converge (`_end_state`,
    to compare the naive baseline with the role) and the teardown is checked to restore what was there.
    out: the dict to fill, phase by phase (so that an interrupted run keeps the phases it measured).
    rounds: after rerun_floor, the rerun and rerun_floor again until each is measured this many times (their
    ``rounds``: wall and CPU of each, the first round included), so that the rerun's ratio is a median of pairs.
    """
    out = {} if out is None else out
    initial = end_state(fleet, fleet.host_names()) if capture else None
    floor_missing, role_missing = missing_piece(None), missing_piece(scenario["name"])
    for name in phases:
        if name == "skeleton" and not scenario.get("skeleton"):
            continue
        missing = floor_missing if name in PING_PHASES else role_missing
        if missing:
            out[name] = {"status": f"not available yet: {missing}"}
            print(f"   {name:9} not available yet: {missing}", flush=True)
            continue
        if name in PING_PHASES:
            m = runner.run(name, SKELETON if name == "skeleton" else FLOOR, extra_vars({}, target))
        else:
            m = runner.run(name, *role_phase_run(scenario, name, target))
        out[name] = m.summary()
        print(
            f"   {name:9} {'ok' if m.ok else 'FAILED':6} {m.wall_s:7.1f} s  calls/host {m.mean('bridge_calls'):.2f}"
            f"  KB/host {m.bytes_per_host() / 1024:.1f}  auth/host {m.mean('authentications'):.2f}  changed {m.changed}"
            + (f"  {m.error}" if m.error else ""),
            flush=True,
        )
        if name == "converge":
            out["_end_state"] = end_state(fleet, m.hosts) if m.ok and capture else None
            if not m.ok:
                break
        if name == "rerun_floor" and rounds > 1:
            more_rounds(runner, scenario, target, out, rounds)
        if name == "teardown" and m.ok and capture:
            after = end_state(fleet, list(initial))
            out[name]["restored"] = after == initial
            if after != initial:
                out[name]["not_restored"] = sorted(h for h in initial if after[h] != initial[h])
                print(f"   teardown left objects behind on {', '.join(out[name]['not_restored'])}", flush=True)
    return out


def role_phase_run(scenario: dict, name: str, target: dict) -> tuple[str, list[str]]:
    """The playbook and -e arguments of a role phase (converge, rerun, teardown): the scenario's own for the phase,
    else its playbook and variables."""
    playbook = scenario.get(f"{name}_playbook") or scenario["playbook"]
    overrides = scenario.get(f"{name}_vars") or {}
    return str(COLLECTION["root"] / playbook), extra_vars(scenario, target, overrides)


ROUND_KEYS = ("ok", "wall_s", "cpu_s", "host_count")


def round_figures(summary: dict) -> dict:
    """The figures of one round that the ratios use, from a Measurement.summary()."""
    return {key: summary[key] for key in ROUND_KEYS}


def more_rounds(runner: Runner, scenario: dict, target: dict, out: dict, rounds: int) -> None:
    """The rerun and the floor after it again, one after the other, up to ``rounds`` of each (the phases measured
    first are round 1). Stops at a failed round: the rounds measured so far are kept."""
    rerun, floor = out.get("rerun") or {}, out.get("rerun_floor") or {}
    if not (rerun.get("ok") and floor.get("ok")):
        return
    rerun["rounds"], floor["rounds"] = [round_figures(rerun)], [round_figures(floor)]
    for n in range(2, rounds + 1):
        m = runner.run(f"rerun-{n}", *role_phase_run(scenario, "rerun", target))
        rerun["rounds"].append(round_figures(m.summary()))
        f = runner.run(f"rerun_floor-{n}", FLOOR, extra_vars({}, target))
        floor["rounds"].append(round_figures(f.summary()))
        print(
            f"   round {n}   rerun {m.wall_s:.1f} s, CPU {m.cpu_s:.1f} s; floor {f.wall_s:.1f} s, CPU {f.cpu_s:.1f} s"
            + ("" if m.ok and f.ok else "  FAILED"),
            flush=True,
        )
        if not (m.ok and f.ok):
            break


def bench_role(role: str, hosts: int, args, workroot: Path, phases=ROLE_PHASES) -> dict:
    """One role on a fresh fleet: the phases' measurements, or a status saying what is missing."""
    run = {"role": role, "hosts": hosts, "status": "ok"}
    reason = missing_piece(role)
    if reason and ("floor" not in phases or missing_piece(None)):  # the floor alone is still worth running
        run["status"] = f"not available yet: {reason}"
        print(f"== {role}, {hosts} hosts: {run['status']}", flush=True)
        return run
    scenario = {"name": role, **SCENARIOS[role]}
    print(f"== {role}, {hosts} hosts", flush=True)
    pattern = scenario.get("hosts", "all")
    target = {"bench_hosts": pattern, "target": pattern}  # floor.yml reads bench_hosts, collection playbooks target
    try:
        mixed = args.mixed or scenario.get("mixed", False)
        with Fleet(hosts, workroot / f"{role}-{hosts}", mixed=mixed, collection_root=COLLECTION["root"]) as fleet:
            runner = Runner(fleet, forks=args.forks)
            capture = hosts == args.role_hosts
            if getattr(args, "no_teardown", False) and not capture:
                phases = [p for p in phases if p != "teardown"]
            run["phases"] = {}
            try:
                run_phases(
                    fleet,
                    runner,
                    scenario,
                    list(phases),
                    target,
                    capture=capture,
                    out=run["phases"],
                    rounds=getattr(args, "rounds", 1),
                )
            finally:
                run["emulator_peak_mb"] = fleet.memory_mb()["hwm"]
    except KeyboardInterrupt:
        run["status"] = "interrupted: the phases measured before Ctrl-C are kept"
        run.pop("end_state", None)
        (run.get("phases") or {}).pop("_end_state", None)
        raise Interrupted(run) from None
    except (RuntimeError, OSError) as exc:
        run["status"] = f"failed: {exc}"[:500]
        print(f"   {run['status']}", flush=True)
    run["end_state"] = (run.get("phases") or {}).pop("_end_state", None)
    return run


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during a role's run, carrying what that run measured."""

    def __init__(self, run: dict):
        super().__init__()
        self.run = run


def bench_naive(role_run: dict | None, args, workroot: Path) -> dict:
    """The nat end state built one task per object, next to the nat role on the same fleet size."""
    out: dict = {"hosts": args.role_hosts}
    reason = missing_piece("naive_nat")
    if reason:
        out["status"] = f"not available yet: {reason}"
        print(f"== naive nat baseline: {out['status']}", flush=True)
        return out
    out.update(
        bench_role(
            "naive_nat", args.role_hosts, args, workroot, phases=("first_contact", "converge", "rerun", "teardown")
        )
    )
    naive_state = out.pop("end_state", None)
    role_state = (role_run or {}).get("end_state")
    out["same_end_state"] = naive_state == role_state if naive_state and role_state else None
    if out["same_end_state"] is False:
        out["end_state_difference"] = {"role": role_state, "naive": naive_state}
    return out


def report_again(args) -> int:
    """Derive, print and (with --update-doc) document a saved results file with the current report code."""
    path = Path(args.from_json)
    results = json.loads(path.read_text(encoding="utf-8"))
    for key in ("derived", "goals", "disclaimer"):
        results.pop(key, None)
    derived = derive(results)
    verdicts = goals(results, derived)
    text = render(results, derived, verdicts)
    print(text)
    if args.markdown:
        print("\n" + issue13_markdown(results, derived))
    if args.update_doc:
        update_doc(Path(args.doc), results, text, path, derived)
        print(f"{args.doc}: issue 13 section updated")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.from_json:
        return report_again(args)
    started = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    workroot = Path(tempfile.mkdtemp(prefix="hvnet-bench-"))
    if args.commit:
        snapshot(args.commit, workroot / "collection")
    print(
        f"hyperv.network benchmarks, {started}; every role at {args.sizes} hosts"
        + (f", overlay also at {args.overlay_sizes}" if args.overlay_sizes else "")
    )
    print(f"work directory (logs, inventories): {workroot}", flush=True)
    t0 = time.monotonic()
    results: dict = {
        "started": started,
        "machine": machine(),
        "forks": args.forks,
        "rounds": args.rounds,
        "connection": "winrm and psrp alternating (--mixed)" if args.mixed else "winrm (NTLM, message encryption)",
        "role_hosts": args.role_hosts,
        "sizes": args.sizes,
        "overlay_sizes": args.overlay_sizes,
        "scale_roles": list(args.roles),
        "load_start": uptime(),
        "runs": [],
    }
    try:
        for role, hosts in plan(args):
            results["runs"].append(bench_role(role, hosts, args, workroot))
            if role == "nat" and hosts == args.role_hosts and not args.no_naive:
                results["naive"] = bench_naive(results["runs"][-1], args, workroot)
    except KeyboardInterrupt as exc:
        if isinstance(exc, Interrupted):
            results["runs"].append(exc.run)
        print("interrupted: reporting what was measured", flush=True)
    results["duration_s"] = round(time.monotonic() - t0, 1)
    results["load_end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    results["uptime_end"] = uptime()
    for run in results["runs"]:
        run.pop("end_state", None)
    derived = derive(results)
    verdicts = goals(results, derived)
    text = render(results, derived, verdicts)
    print("\n" + text)
    path = write_json(results, derived, verdicts, Path(args.results))
    if args.update_doc:
        update_doc(Path(args.doc), results, text, path, derived)
        print(f"{args.doc}: issue 13 section updated")
    print(f"\nresults: {path} ({results['duration_s']:.0f} s)")
    if not args.keep:
        shutil.rmtree(workroot, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
