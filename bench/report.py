"""Derived figures, goal verdicts, the printed tables and the JSON file of a benchmark run.

Input is the plain dict run.py builds: `runs` (one per role and fleet size, each with its phases
`floor`, `converge`, `rerun`, `teardown` as Measurement.summary() dicts or a `status` string) and
`naive` (the one-task-per-object nat baseline next to the nat role).
"""

from __future__ import annotations

import itertools
import json
import math
import statistics
from pathlib import Path

DISCLAIMER = (
    "These figures measure the Ansible controller and the hvemu emulator on this machine, not Windows: "
    "a real host adds PowerShell start-up, HNS and Hyper-V time to every bridge call."
)
KB = 1024
# A RemoteSubnetRoute policy is ~170 bytes of JSON. It crosses the wire twice per converge (in the
# apply request and in the snapshot that closes the apply), base64-encoded inside WS-Man (x4/3).
ROUTE_JSON_BYTES = 170
PHASES = ("first_contact", "floor", "converge", "rerun", "rerun_floor", "teardown")
DISRUPTIVE_ROLES = ("transparent", "overlay", "l2bridge")
ROUTE_WIRE_BUDGET = round(2 * ROUTE_JSON_BYTES * 4 / 3 * 1.25)  # +25% for framing and encryption


# Issue 13's converge limit per role, besides the job polls of a disruptive change.
CONVERGE_CALLS = {"nat": 2, "transparent": 2, "l2bridge": 3, "overlay": 3}
ROLE_ORDER = ("nat", "transparent", "l2bridge", "overlay", "naive_nat")


def run_order(run: dict) -> tuple:
    role = run["role"]
    return (run["hosts"], ROLE_ORDER.index(role) if role in ROLE_ORDER else len(ROLE_ORDER), role)


def sizes_of(results: dict, role: str) -> list[int]:
    return sorted({r["hosts"] for r in results["runs"] if r["role"] == role})


def cpu_per_host(data: dict) -> float | None:
    """Controller CPU seconds per targeted host of a phase (the median of its rounds where it was measured more
    than once)."""
    return median_of_rounds(data, "cpu_s") / data["host_count"] if data.get("host_count") else None


def median_of_rounds(data: dict, key: str) -> float:
    """A phase's figure, or the median of its rounds' (the rerun and rerun_floor, measured --rounds times)."""
    values = [r[key] for r in data.get("rounds") or [] if r.get("ok")]
    return statistics.median(values) if values else data[key]


def paired_ratio(measured: dict, floor: dict, key: str) -> float | None:
    """The phase over the floor next to it: the median of the rounds' ratios, each round's phase over the floor
    measured right after it (pairs cancel the machine's drift; the median an outlier), else the one ratio."""
    pairs = list(zip(measured.get("rounds") or [], floor.get("rounds") or [], strict=False))
    ratios = [ratio(a[key], b[key]) for a, b in pairs if a.get("ok") and b.get("ok")]
    ratios = [r for r in ratios if r is not None]
    return round(statistics.median(ratios), 2) if ratios else ratio(measured[key], floor[key])


def overlay_cpu_spread(results: dict) -> dict | None:
    """Overlay controller CPU per host at the smallest and the largest fleet of the run, and the difference in %."""
    runs = sorted((r for r in results["runs"] if r["role"] == "overlay"), key=lambda r: r["hosts"])
    if len(runs) < 2:
        return None
    small, big = runs[0], runs[-1]
    out: dict = {"from_hosts": small["hosts"], "to_hosts": big["hosts"]}
    for name in ("converge", "rerun"):
        a, b = phase(small, name), phase(big, name)
        if a and b and cpu_per_host(a) and cpu_per_host(b) is not None:
            out[name] = {
                "from_s": cpu_per_host(a),
                "to_s": cpu_per_host(b),
                "diff_pct": round((cpu_per_host(b) / cpu_per_host(a) - 1) * 100, 1),
            }
    return out


def overlay_cpu_by_size(results: dict) -> list[dict]:
    """Overlay controller CPU per targeted host at every fleet size the run has overlay at (--sizes and
    --overlay-sizes), converge and rerun."""
    out = []
    for run in sorted((r for r in results["runs"] if r["role"] == "overlay"), key=lambda r: r["hosts"]):
        row = {"hosts": run["hosts"], "targets": targets(run)}
        for name in ("converge", "rerun"):
            data = phase(run, name)
            row[name] = cpu_per_host(data) if data else None
            if not data:
                row[f"{name}_status"] = run_status(run, name)
        out.append(row)
    return out


def polls_of(data: dict) -> float:
    """Job polls per host of a phase: hvemu's count of the job_status calls it received when it counted the calls
    by kind (an hvemu with the counters), else the polls hvemu counted per task (bench_tasks)."""
    if data.get("calls_by_kind_counted"):
        return data.get("polls_per_host") or 0.0
    return data.get("job_polls_per_host") or 0.0


def converge_split(run: dict) -> dict | None:
    """Issue 13's converge calls per host of a run, split: reads, applies, job polls (hvemu's counters), the routes
    phase's share (hvemu's counters per task), and the calls besides the polls against the role's limit."""
    conv = phase(run, "converge")
    if not conv:
        return None
    limit = CONVERGE_CALLS.get(run["role"], 2)
    polls = polls_of(conv)
    counted = bool(conv.get("calls_by_kind_counted"))
    besides = conv["calls_per_host"] - polls
    return {
        "role": run["role"],
        "hosts": run["hosts"],
        "targets": targets(run),
        "calls": conv["calls_per_host"],
        "calls_max": conv.get("calls_per_host_max"),
        "reads": conv.get("reads_per_host") if counted else None,
        "applies": conv.get("applies_per_host") if counted else None,
        "polls": polls,
        "routes": conv.get("routes_calls_per_host"),
        "besides_polls": besides,
        "limit": limit,
        "met": besides <= limit + 1e-9,
    }


def floor_bytes_per_call(run: dict) -> float | None:
    """Bytes on the wire of one no-op call (the floor: one task, one connection, one ping): the WS-Man envelopes,
    the shell's set-up and the authentication around a call, with next to no payload."""
    floor = phase(run, "floor")
    if not floor or not floor.get("calls_per_host"):
        return None
    return floor["bytes_per_host"] / floor["calls_per_host"]


def bytes_budget(run: dict, name: str, limit: float = 20 * KB) -> dict | None:
    """A phase's bytes per host against issue 13's 20 KB, split into the calls' fixed cost (calls x the floor's
    bytes per call) and the payload (the rest), with what bounds the figure."""
    data = phase(run, name)
    if not data:
        return None
    per_call = floor_bytes_per_call(run)
    out = {
        "role": run["role"],
        "hosts": run["hosts"],
        "phase": name,
        "bytes_per_host": data["bytes_per_host"],
        "calls_per_host": data["calls_per_host"],
        "floor_bytes_per_call": per_call,
        "overhead": None,
        "payload": None,
        "met": data["bytes_per_host"] <= limit,
    }
    if per_call is not None:
        out["overhead"] = data["calls_per_host"] * per_call
        out["payload"] = data["bytes_per_host"] - out["overhead"]
    out["bound"] = bytes_bound(out, limit)
    return out


def bytes_bound(item: dict, limit: float = 20 * KB) -> str:
    """What bounds a phase's bytes per host (one short sentence)."""
    if item["overhead"] is None:
        return "no floor measured on this fleet"
    calls, per_call = item["calls_per_host"], item["floor_bytes_per_call"] / KB
    overhead, payload = item["overhead"] / KB, item["payload"] / KB
    if item["overhead"] >= limit:
        shared = " (fewer connections than calls: less in fact)" if payload < 0 else ""
        return f"the calls: {calls:.2f} x {per_call:.1f} KB = {overhead:.1f} KB before any payload{shared}"
    if payload < 0:
        return f"the calls ({overhead:.1f} KB at the floor's cost per call); they share connections (less than that)"
    if item["met"]:
        return f"calls {overhead:.1f} KB + payload {payload:.1f} KB"
    return f"the payload: {payload:.1f} KB (requests and the state read back) over the calls' {overhead:.1f} KB"


def connections(run: dict, name: str) -> dict | None:
    """Authenticated connections per host of a phase (hvemu's counters): authentications (NTLM/Kerberos handshakes;
    Basic once per HTTP connection), WinRS shells and PSRP runspace pools created, mean and max."""
    data = phase(run, name)
    if not data or "auth_per_host" not in data:
        return None
    return {
        "role": run["role"],
        "hosts": run["hosts"],
        "phase": name,
        "auth": data["auth_per_host"],
        "auth_max": data.get("auth_per_host_max"),
        "shells": data.get("shells_per_host"),
        "shells_max": data.get("shells_per_host_max"),
        "runspaces": data.get("runspaces_per_host"),
        "runspaces_max": data.get("runspaces_per_host_max"),
        "calls": data["calls_per_host"],
    }


def phase(run: dict, name: str) -> dict | None:
    """A measured, successful phase of a run, else None."""
    data = (run.get("phases") or {}).get(name)
    return data if data and data.get("ok") else None


def next_floor(run: dict, name: str) -> str:
    """The floor measured next to a phase: the rerun's own (rerun_floor, right after it) where the run has one, else
    the floor right before the converge (runs of older benches have only that one)."""
    return "rerun_floor" if name == "rerun" and phase(run, "rerun_floor") else "floor"


def skeleton_ratios(run: dict) -> dict | None:
    """Where the run measured the skeleton (the role's tasks, each a ping): the shape's cost over the floor, and the
    converge over the shape (what the collection's own work adds to it)."""
    skeleton, floor, conv = phase(run, "skeleton"), phase(run, "floor"), phase(run, "converge")
    if not (skeleton and floor):
        return None
    return {
        "role": run["role"],
        "hosts": run["hosts"],
        "skeleton_wall_x_floor": ratio(skeleton["wall_s"], floor["wall_s"]),
        "skeleton_cpu_x_floor": ratio(skeleton["cpu_s"], floor["cpu_s"]),
        "converge_wall_x_skeleton": ratio(conv["wall_s"], skeleton["wall_s"]) if conv else None,
        "converge_cpu_x_skeleton": ratio(conv["cpu_s"], skeleton["cpu_s"]) if conv else None,
    }


def skeleton_line(item: dict) -> str:
    return (
        f"{item['role']} ({item['hosts']} hosts): its tasks with a ping for each action (bench/playbooks/skeleton.yml) "
        f"take {fmt(item['skeleton_wall_x_floor'])} x the floor's wall, {fmt(item['skeleton_cpu_x_floor'])} x its "
        f"CPU; the converge {fmt(item['converge_wall_x_skeleton'])} x / {fmt(item['converge_cpu_x_skeleton'])} x "
        "the skeleton's"
    )


def first_floor_note(item: dict) -> str:
    """Which floor a ratio is against, with the ratio against the first floor where that is another one."""
    if item.get("floor", "floor") == "floor":
        return ""
    rounds = f"median of {item['rounds']} rounds, each " if item.get("rounds", 1) > 1 else ""
    return (
        f" ({rounds}against the {item['floor']} right after it; the first against the floor before the converge: "
        f"wall {fmt(item.get('wall_first_floor'))} x, CPU {fmt(item.get('cpu_first_floor'))} x)"
    )


def ratio(a, b) -> float | None:
    return round(a / b, 2) if a is not None and b else None


def fmt(value, spec: str = ".2f", none: str = "-") -> str:
    if value is None:
        return none
    if isinstance(value, float) and math.isnan(value):
        return none
    return format(value, spec)


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A plain fixed-width text table. A row with fewer cells (a status such as "not available yet: ...")
    runs its last cell on past the columns instead of widening them."""
    full = [row for row in rows if len(row) >= len(headers)]
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *full, strict=False)]

    def line(cells: list[str]) -> str:
        head = ["{:<{}}".format(str(c), w) for c, w in zip(cells[:-1], widths, strict=False)]
        return "  ".join([*head, str(cells[-1])]).rstrip()

    return "\n".join([line(headers), "  ".join("-" * w for w in widths), *(line(row) for row in rows)])


def targets(run: dict) -> int:
    """How many hosts the role's plays touched (the fleet may hold hosts the play does not target)."""
    for name in ("converge", "floor", "rerun"):
        data = (run.get("phases") or {}).get(name) or {}
        if data.get("host_count"):
            return data["host_count"]
    return run["hosts"]


def routes_per_host(run: dict) -> int:
    """Overlay: each targeted host holds one RemoteSubnetRoute per other targeted host."""
    return targets(run) - 1 if run["role"] == "overlay" else 0


def payload_bytes(run: dict, name: str) -> float:
    """Bytes per host of a phase minus its calls' fixed cost (a warm no-op call, the floor, costs that much): the
    converge's call count varies with the job polls, which would otherwise swamp the routes' share."""
    data, floor = phase(run, name), phase(run, "floor")
    return data["bytes_per_host"] - (data["calls_per_host"] * floor["bytes_per_host"] if floor else 0)


def route_line(runs: list[dict], name: str) -> dict | None:
    """Least-squares line payload_bytes = fixed + per_route * routes_per_host over the overlay runs of a phase."""
    points = sorted((r for r in runs if phase(r, name)), key=targets)
    xs = [routes_per_host(p) for p in points]
    if len(set(xs)) < 2:
        return None
    ys = [payload_bytes(p, name) for p in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    per_route = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
    return {
        "per_route": round(per_route),
        "fixed": round(my - per_route * mx),
        "points": [
            {"hosts": p["hosts"], "targets": targets(p), "routes_per_host": x, "payload_bytes_per_host": round(y)}
            for p, x, y in zip(points, xs, ys, strict=True)
        ],
    }


def derive(results: dict) -> dict:
    """Floor ratios, growth, bytes per route and the naive ratios, from the raw runs."""
    derived: dict = {"floor_ratios": [], "growth": [], "overlay_bytes_per_route": None, "naive_ratios": None}
    for run in results["runs"]:
        first = phase(run, "floor")
        for name in ("rerun", "converge"):
            measured = phase(run, name)
            floor_name = next_floor(run, name)
            floor = phase(run, floor_name)
            if floor and measured:
                item = {
                    "role": run["role"],
                    "hosts": run["hosts"],
                    "phase": name,
                    "floor": floor_name,
                    "wall": paired_ratio(measured, floor, "wall_s"),
                    "cpu": paired_ratio(measured, floor, "cpu_s"),
                    "calls": ratio(measured["calls_per_host"], floor["calls_per_host"]),
                }
                if measured.get("rounds"):
                    item["rounds"] = len(measured["rounds"])
                if floor_name != "floor" and first:
                    # Against the floor before the converge as well (the first round's rerun, as benches before
                    # measured it): the two ratios differ by the machine's drift.
                    item["wall_first_floor"] = ratio(measured["wall_s"], first["wall_s"])
                    item["cpu_first_floor"] = ratio(measured["cpu_s"], first["cpu_s"])
                derived["floor_ratios"].append(item)
    derived["skeleton"] = [item for run in results["runs"] if (item := skeleton_ratios(run))]
    for role in sorted({r["role"] for r in results["runs"]}):
        points = sorted(
            (r for r in results["runs"] if r["role"] == role and phase(r, "converge")), key=lambda r: r["hosts"]
        )
        for small, big in itertools.pairwise(points):
            a, b = phase(small, "converge"), phase(big, "converge")
            growth = {
                "role": role,
                "from_hosts": small["hosts"],
                "to_hosts": big["hosts"],
                "from_targets": targets(small),
                "to_targets": targets(big),
                "hosts_x": ratio(targets(big), targets(small)),
                "wall_x": ratio(b["wall_s"], a["wall_s"]),
                "cpu_x": ratio(b["cpu_s"], a["cpu_s"]),
                "bytes_per_host_x": ratio(b["bytes_per_host"], a["bytes_per_host"]),
            }
            if role == "overlay":
                growth["routes_x"] = ratio(targets(big) * routes_per_host(big), targets(small) * routes_per_host(small))
            derived["growth"].append(growth)
        if role == "overlay":
            derived["overlay_bytes_per_route"] = {
                name: route_line([r for r in results["runs"] if r["role"] == "overlay"], name)
                for name in ("converge", "rerun")
            }
    naive = results.get("naive") or {}
    role_run = next((r for r in results["runs"] if r["role"] == "nat" and r["hosts"] == naive.get("hosts")), None)
    if naive.get("phases") and role_run:
        rows = {}
        for name in ("converge", "rerun"):
            n, r = phase(naive, name), phase(role_run, name)
            if n and r:
                rows[name] = {
                    "calls": ratio(n["calls_per_host"], r["calls_per_host"]),
                    "bytes": ratio(n["bytes_per_host"], r["bytes_per_host"]),
                    "wall": ratio(n["wall_s"], r["wall_s"]),
                    "cpu": ratio(n["cpu_s"], r["cpu_s"]),
                }
        n, r = phase(naive, "converge"), phase(role_run, "converge")
        if n and r and n["calls_per_host"] > r["calls_per_host"]:
            # Each host's calls run one after another (forks >= hosts), so every extra call adds its own
            # latency to the wall time: past this per-call cost the role beats the naive baseline.
            rows["break_even_s_per_call"] = round(
                max(0.0, (r["wall_s"] - n["wall_s"]) / (n["calls_per_host"] - r["calls_per_host"])), 3
            )
        derived["naive_ratios"] = rows
    ordered = sorted(results["runs"], key=run_order)
    derived["connections"] = [
        item
        for run in ordered
        for name in ("floor", "converge", "rerun", "teardown")
        if (item := connections(run, name))
    ]
    derived["bytes"] = [item for run in ordered for name in ("converge", "rerun") if (item := bytes_budget(run, name))]
    derived["converge_calls"] = [item for run in ordered if (item := converge_split(run))]
    derived["overlay_cpu_by_size"] = overlay_cpu_by_size(results)
    return derived


def goals(results: dict, derived: dict) -> list[dict]:
    """Each design goal with what this run measured and whether it is met."""
    out = []
    small = [r for r in results["runs"] if r["hosts"] == results["role_hosts"]]

    def add(goal: str, measured: str, met: bool | None, note: str = "") -> None:
        verdict = "not measured" if met is None else ("met" if met else "missed")
        out.append({"goal": goal, "measured": measured, "verdict": verdict, "note": note})

    for run in small:
        rerun = phase(run, "rerun")
        add(
            f"{run['role']}: rerun = 1 bridge call per host",
            f"{fmt(rerun['calls_per_host'])} mean, {rerun['calls_per_host_max']} max"
            if rerun
            else run_status(run, "rerun"),
            (rerun["calls_per_host_max"] <= 1) if rerun else None,
        )
    # Issue 13's acceptance, at every fleet size of the run.
    ordered = sorted(results["runs"], key=run_order)
    for run in ordered:
        conv = phase(run, "converge")
        limit = CONVERGE_CALLS.get(run["role"], 2)
        # Disruptive changes run as a detached job whose job_status reads are polling (the callback counts them
        # from each result's job.polls); every other call counts against the limit (nat: no polls at all).
        name = f"{run['role']}: converge <= {limit} calls per host + polling reads"
        if len(sizes_of(results, run["role"])) > 1:
            name += f" ({run['hosts']} hosts)"
        if conv:
            split = converge_split(run)
            calls, top, other = split["calls"], split["calls_max"], split["besides_polls"]
            kinds = (
                f"; reads {fmt(split['reads'])}, applies {fmt(split['applies'])}" if split["reads"] is not None else ""
            )
            add(
                name,
                f"{fmt(calls)} mean, {top} max; {fmt(split['polls'])} of them job polls{kinds}"
                + (f", {fmt(split['routes'])} in the routes phase" if split["routes"] else ""),
                split["met"],
                f"{fmt(other - limit)} call(s) over {limit} besides the job polls" if not split["met"] else "",
            )
        else:
            add(name, run_status(run, "converge"), None)
    ratios = {(f["role"], f["hosts"], f["phase"]): f for f in derived["floor_ratios"]}
    shapes = {(k["role"], k["hosts"]): k for k in derived.get("skeleton") or []}
    for run in ordered:
        checks = [("rerun", 1.5)] + ([("converge", 2.0)] if run["role"] == "nat" else [])
        for name, limit in checks:
            item = ratios.get((run["role"], run["hosts"], name))
            shape = shapes.get((run["role"], run["hosts"])) if name == "converge" else None
            add(
                f"{run['role']} ({run['hosts']} hosts): {name}/floor <= {limit:g} (wall and controller CPU)",
                f"wall {fmt(item['wall'])} x, CPU {fmt(item['cpu'])} x{first_floor_note(item)}"
                if item
                else run_status(run, name),
                (item["wall"] is not None and item["cpu"] is not None and max(item["wall"], item["cpu"]) <= limit)
                if item
                else None,
                f"the shape alone (skeleton): {fmt(shape['skeleton_wall_x_floor'])} x / "
                f"{fmt(shape['skeleton_cpu_x_floor'])} x the floor; the converge "
                f"{fmt(shape['converge_wall_x_skeleton'])} x / {fmt(shape['converge_cpu_x_skeleton'])} x the skeleton"
                if shape
                else "",
            )
    for run in ordered:
        for name in ("converge", "rerun") if run["role"] == "nat" else ("rerun",):
            data = phase(run, name)
            budget = bytes_budget(run, name)
            add(
                f"{run['role']} ({run['hosts']} hosts): <= 20 KB on the wire per host per {name}",
                f"{fmt(data['bytes_per_host'] / KB, '.1f')} KB" if data else run_status(run, name),
                data["bytes_per_host"] <= 20 * KB if data else None,
                f"bound by {budget['bound']}" if budget and not budget["met"] else "",
            )
    # Deliver 5: one connection per host per role phase where the transport allows it (a disruptive change cuts
    # the connection, so converges that run a detached job are reported but not judged).
    for item in derived.get("connections") or []:
        if item["phase"] == "rerun" or (item["phase"] == "converge" and item["role"] == "nat"):
            add(
                f"{item['role']} ({item['hosts']} hosts): one authenticated connection per host per {item['phase']}",
                f"{fmt(item['auth'])} authentications/host ({item['auth_max']} max), shells {fmt(item['shells'])}, "
                f"runspaces {fmt(item['runspaces'])} per host",
                item["auth_max"] is not None and item["auth_max"] <= 1,
            )
    spread = overlay_cpu_spread(results)
    if spread:
        for name in ("converge", "rerun"):
            item = spread.get(name)
            if item:
                add(
                    f"overlay: controller CPU per host {spread['from_hosts']} vs {spread['to_hosts']} hosts "
                    f"within 15% ({name})",
                    f"{item['from_s']:.3f} s vs {item['to_s']:.3f} s per host: {item['diff_pct']:+.1f}%",
                    abs(item["diff_pct"]) <= 15,
                    "" if spread["to_hosts"] >= 500 else "the issue asks 50 vs 500 hosts (--overlay-sizes 50,500)",
                )
    lines = derived["overlay_bytes_per_route"] or {}
    conv, rerun = lines.get("converge"), lines.get("rerun")
    missing = "needs overlay at two fleet sizes"
    add(
        "overlay: converge bytes per route no more than a route needs",
        f"{conv['per_route']} B per route" if conv else missing,
        conv["per_route"] <= ROUTE_WIRE_BUDGET if conv else None,
        f"budget {ROUTE_WIRE_BUDGET} B: ~{ROUTE_JSON_BYTES} B sent and read back, base64 in WS-Man, +25%",
    )
    add(
        "overlay: rerun bytes per route (read back once)",
        f"{rerun['per_route']} B per route" if rerun else missing,
        rerun["per_route"] <= ROUTE_WIRE_BUDGET / 2 if rerun else None,
        f"budget {ROUTE_WIRE_BUDGET // 2} B",
    )
    big = [r for r in results["runs"] if r["role"] == "overlay" and r["hosts"] >= 500]
    add(
        "overlay at a 500-host fleet: converge and rerun complete in one run",
        "; ".join(
            f"{targets(r)} of {r['hosts']} hosts targeted: "
            + ", ".join(
                f"{name} {phase(r, name)['wall_s']:.0f} s" if phase(r, name) else f"{name} {run_status(r, name)}"
                for name in ("converge", "rerun")
            )
            for r in big
        )
        or "not run (--overlay-sizes 50,500 or BENCH_OVERLAY_SIZES=50,500)",
        all(phase(r, "converge") and phase(r, "rerun") for r in big) if big else None,
    )
    for g in derived["growth"]:
        if g["role"] == "overlay":
            add(
                f"overlay time grows no faster than its routes ({g['from_targets']} -> {g['to_targets']} hosts)",
                f"wall x{fmt(g['wall_x'])}, routes x{fmt(g['routes_x'])}",
                g["wall_x"] is not None and g["routes_x"] is not None and g["wall_x"] <= g["routes_x"],
            )
    return out


def run_status(run: dict, name: str) -> str:
    """Why a phase has no figures (one line, short enough for a table cell)."""
    text = _run_status(run, name).strip().splitlines()
    return text[0][:160] if text else ""


def _run_status(run: dict, name: str) -> str:
    data = (run.get("phases") or {}).get(name) or {}
    if data.get("status"):
        return data["status"]
    if data and not data.get("ok"):
        return f"failed: {data.get('error') or 'see ' + data.get('log', 'log')}"
    return run.get("status") or "not run"


def task_breakdown(data: dict) -> str:
    """ "calls: <task> 1, <task> 1 | seconds: <task> 2.1, ..." from the bench_tasks callback's summary."""
    hosts = max(data.get("host_count") or 1, 1)

    def short(name: str) -> str:
        name = name.split(" : ", 1)[-1]  # drop the "hyperv.network.<role> : " prefix
        return name if len(name) <= 40 else name[:39] + "~"

    calls = [f"{short(t['task'])}: {t['bridge_calls'] / hosts:.2g}" for t in data["tasks"] if t["bridge_calls"]]
    slow = sorted(data["tasks"], key=lambda t: -t["seconds"])[:4]
    seconds = [f"{short(t['task'])}: {t['seconds']:.1f}" for t in slow]
    return f"calls [{'; '.join(calls) or 'none'}] seconds [{'; '.join(seconds)}]"


def phase_note(name: str, data: dict) -> str:
    """The check that goes with a phase: idempotency of the rerun, a teardown that restores the hosts."""
    if data.get("collection_changed"):
        return "the collection changed during this run: its figures mix two versions"
    if name == "rerun":
        return "idempotent" if data["changed"] == 0 else f"NOT idempotent ({data['changed']} changed tasks)"
    if name == "teardown" and "restored" in data:
        return "hosts as found" if data["restored"] else f"left objects on {', '.join(data['not_restored'])}"
    return ""


def phase_cells(run: dict, name: str) -> list[str]:
    data = phase(run, name)
    if not data:
        return [run_status(run, name)]
    return [
        f"{fmt(data['calls_per_host'])}/{data['calls_per_host_max']}",
        f"{data['bytes_per_host'] / KB:.1f}",
        f"{data['wall_s']:.1f}",
    ]


def render(results: dict, derived: dict, verdicts: list[dict]) -> str:
    """The text report printed at the end of `make bench`."""
    parts = [DISCLAIMER, ""]
    m = results["machine"]
    parts.append(
        f"machine: {m['nproc']} CPUs, {m['memory_gb']} GB, Python {m['python']}, ansible-core {m['ansible_core']}, "
        f"load {m['loadavg']} at the start, {results.get('load_end', '?')} at the end; forks {results['forks']}; "
        f"{results.get('connection', '')}; commit {m['commit']}"
    )
    parts += ["", *issue13_section(results, derived)]
    parts += [
        "",
        f"1. Bridge calls per host (mean/max), KB on the wire per host, wall s (fleet of {results['role_hosts']}; "
        "hosts = how many the play touched)",
    ]
    rows = []
    for run in [r for r in results["runs"] if r["hosts"] == results["role_hosts"]]:
        if run.get("status", "ok") != "ok" and not run.get("phases"):
            rows.append([run["role"], run_status(run, "converge")])
            continue
        for name in PHASES:
            cells = phase_cells(run, name)
            data = phase(run, name)
            if data:
                row = [run["role"], name, str(data["host_count"]), *cells, str(data["changed"]), phase_note(name, data)]
                rows.append(row)
            else:
                rows.append([run["role"], name, *cells])
    headers = ["role", "phase", "hosts", "calls/host", "KB/host", "wall s", "changed", "check"]
    parts.append(table(headers, merge_status_rows(rows)))

    parts += ["", "Where the calls and the seconds go (bridge calls per host by task; seconds by task, top 4):"]
    for run in [r for r in results["runs"] if r["hosts"] == results["role_hosts"]]:
        for name in ("converge", "rerun"):
            data = phase(run, name)
            if data and data.get("tasks"):
                parts.append(f"  {run['role']} {name}: {task_breakdown(data)}")
    parts.append("  (top 4 tasks only; the rest of a wall time is other tasks and ansible-playbook's own start-up)")

    parts += [
        "",
        "2. Fleet scale: controller wall/CPU/peak memory, emulator CPU (hosts: touched/fleet; load: 1-min load "
        "average at the start, on 2 shared cores)",
    ]
    rows = []
    for run in sorted(results["runs"], key=lambda r: (r["role"], r["hosts"])):
        if run["role"] not in results["scale_roles"]:
            continue
        if not run.get("phases"):
            rows.append([run["role"], str(run["hosts"]), "-", run_status(run, "converge")])
            continue
        for name in PHASES:
            data = phase(run, name)
            if not data:
                rows.append([run["role"], str(run["hosts"]), name, run_status(run, name)])
                continue
            rows.append(
                [
                    run["role"],
                    f"{data['host_count']}/{run['hosts']}",
                    name,
                    f"{data['wall_s']:.1f}",
                    f"{data['cpu_s']:.1f}",
                    f"{data['maxrss_mb']:.0f}",
                    f"{data['emulator_cpu_s']:.1f}",
                    fmt(data["hosts_per_minute"], ".0f"),
                    f"{data['bytes_per_host'] / KB:.1f}",
                    f"{data.get('load_before', 0):.1f}",
                ]
            )
    parts.append(
        table(
            ["role", "hosts", "phase", "wall s", "ctrl CPU s", "peak MB", "emu CPU s", "hosts/min", "KB/host", "load"],
            merge_status_rows(rows),
        )
    )
    for g in derived["growth"]:
        extra = f", routes x{fmt(g['routes_x'])}" if "routes_x" in g else ""
        parts.append(
            f"growth {g['role']} converge {g['from_targets']} -> {g['to_targets']} targeted hosts "
            f"(x{fmt(g['hosts_x'])}): "
            f"wall x{fmt(g['wall_x'])}, CPU x{fmt(g['cpu_x'])}, bytes/host x{fmt(g['bytes_per_host_x'])}{extra}"
        )

    parts += [
        "",
        "3. Role / floor (the floor: one no-op hyperv.network.ping call per host, same fleet, measured next to the "
        "phase: the converge against the floor before it, the rerun against the rerun_floor right after it, the "
        "median of the rounds' ratios; the first floor's ratios beside, for the machine's drift)",
    ]
    rows = [
        [
            f["role"],
            str(f["hosts"]),
            f["phase"],
            f.get("floor", "floor"),
            str(f.get("rounds", 1)),
            fmt(f["wall"]),
            fmt(f["cpu"]),
            fmt(f["calls"]),
            fmt(f.get("wall_first_floor")),
            fmt(f.get("cpu_first_floor")),
        ]
        for f in derived["floor_ratios"]
    ]
    headers = [
        "role",
        "hosts",
        "phase",
        "against",
        "rounds",
        "wall x",
        "CPU x",
        "calls x",
        "wall x first floor",
        "CPU x first",
    ]
    parts.append(table(headers, rows or [["-"] * len(headers)]))
    parts += [skeleton_line(item) for item in derived.get("skeleton") or []]

    parts += ["", "4. Naive baseline (one task per object) / nat role"]
    naive = results.get("naive") or {}
    if derived["naive_ratios"]:
        ratios = {k: v for k, v in derived["naive_ratios"].items() if isinstance(v, dict)}
        rows = [[name, fmt(v["calls"]), fmt(v["bytes"]), fmt(v["wall"]), fmt(v["cpu"])] for name, v in ratios.items()]
        parts.append(table(["phase", "calls x", "bytes x", "wall x", "CPU x"], rows))
        parts.append(f"same end state as the role: {naive.get('same_end_state')}")
        even = derived["naive_ratios"].get("break_even_s_per_call")
        if even == 0:
            parts.append("the role's converge was faster than the naive one even at the emulator's millisecond calls")
        elif even is not None:
            parts.append(
                f"break-even: once a bridge call costs more than {even:.2f} s (on Windows every call starts "
                "powershell.exe; Ansible on Windows takes seconds per task), the role's converge beats the naive one"
            )
    else:
        if naive.get("phases"):
            parts.append("ratios not available yet: no converged nat role run to compare with; the baseline alone:")
        else:
            parts.append(naive.get("status") or "not available yet: naive baseline not run")
        for name in ("converge", "rerun", "teardown"):
            data = phase(naive, name) if naive.get("phases") else None
            if data:
                parts.append(
                    f"  {name}: {data['calls_per_host']:.2f} calls/host, {data['bytes_per_host'] / KB:.1f} KB/host, "
                    f"{data['wall_s']:.1f} s"
                )

    parts += ["", "5. Overlay bytes per route (least-squares line over the fleet sizes)"]
    lines = derived["overlay_bytes_per_route"] or {}
    for name in ("converge", "rerun"):
        line = lines.get(name)
        if line:
            points = ", ".join(
                f"{p['routes_per_host']} routes {p['payload_bytes_per_host'] / KB:.1f} KB" for p in line["points"]
            )
            parts.append(
                f"{name}: {line['per_route']} B per RemoteSubnetRoute per host, {line['fixed'] / KB:.1f} KB besides, "
                "beyond each call's no-op cost "
                f"(points: {points})"
            )
        else:
            parts.append(f"{name}: not available yet: needs overlay at two fleet sizes")

    parts += ["", "6. Goals"]
    rows = [[g["goal"], g["measured"], g["verdict"], g["note"]] for g in verdicts]
    parts.append(table(["goal", "measured", "verdict", "note"], rows))
    parts += ["", DISCLAIMER]
    return "\n".join(parts)


ISSUE13_HEADERS = [
    "role",
    "hosts",
    "phase",
    "wall s",
    "wall x floor",
    "CPU s",
    "CPU x floor",
    "CPU s/host",
    "calls/host",
    "routes calls/host",
    "polls/host",
    "KB/host",
    "ctrl peak MB",
    "emu peak MB",
    "load",
]


def issue13_section(results: dict, derived: dict) -> list[str]:
    """0. Every role at every fleet size side by side: floor, converge and rerun with their floor ratios, calls
    (the routes phase's share and the job polls among them), bytes, memory; then overlay's CPU per host by size."""
    parts = [
        "0. Every role at every fleet size, against the one-task floor (hyperv.network.ping) on the same fleet, "
        "measured next to each phase (the converge against the floor before it, the rerun against rerun_floor right "
        "after it) (hosts: targeted/fleet; CPU: rusage of the ansible-playbook tree; calls and KB per host from "
        "hvemu's counters; routes calls: the part made by the role's tasks/routes.yml, as hvemu counted them per task; "
        "load: 1-min load average at the phase's start)"
    ]
    ratios = {(f["role"], f["hosts"], f["phase"]): f for f in derived["floor_ratios"]}
    rows = []
    for run in sorted(results["runs"], key=run_order):
        if not run.get("phases"):
            rows.append([run["role"], str(run["hosts"]), "-", run_status(run, "converge")])
            continue
        for name in ("floor", "converge", "rerun", "rerun_floor"):
            data = phase(run, name)
            if not data:
                if name != "rerun_floor":  # older benches measured no floor next to the rerun
                    rows.append([run["role"], str(run["hosts"]), name, run_status(run, name)])
                continue
            item = ratios.get((run["role"], run["hosts"], name)) or {}
            rows.append(
                [
                    run["role"],
                    f"{data['host_count']}/{run['hosts']}",
                    name,
                    f"{data['wall_s']:.1f}",
                    fmt(item.get("wall")) if "floor" not in name else "1",
                    f"{data['cpu_s']:.1f}",
                    fmt(item.get("cpu")) if "floor" not in name else "1",
                    fmt(cpu_per_host(data), ".3f"),
                    f"{fmt(data['calls_per_host'])}/{data['calls_per_host_max']}",
                    fmt(data.get("routes_calls_per_host")),
                    fmt(data.get("job_polls_per_host")),
                    f"{data['bytes_per_host'] / KB:.1f}",
                    f"{data['maxrss_mb']:.0f}",
                    fmt(data.get("emulator_peak_mb"), ".0f"),
                    f"{data.get('load_before', 0):.1f}",
                ]
            )
    parts.append(table(ISSUE13_HEADERS, rows or [["-"] * len(ISSUE13_HEADERS)]))
    spread = overlay_cpu_spread(results)
    if spread:
        for name in ("converge", "rerun"):
            item = spread.get(name)
            if item:
                parts.append(
                    f"overlay {name} controller CPU per host: {item['from_s']:.3f} s at {spread['from_hosts']} hosts, "
                    f"{item['to_s']:.3f} s at {spread['to_hosts']} hosts ({item['diff_pct']:+.1f}%)"
                )
    parts += ["", *issue13_detail_tables(results, derived)]
    return parts


def issue13_detail_tables(results: dict, derived: dict) -> list[str]:
    """The text tables of issue 13's parts: connections, bytes against 20 KB, converge calls by kind, overlay CPU."""
    del results
    parts = [
        "0a. Connections per host (hvemu's counters): authentications (NTLM/Kerberos handshakes; Basic once per "
        "HTTP connection), WinRS shells and PSRP runspace pools created; mean/max"
    ]
    rows = [
        [
            c["role"],
            str(c["hosts"]),
            c["phase"],
            f"{fmt(c['auth'])}/{c['auth_max']}",
            f"{fmt(c['shells'])}/{c['shells_max']}",
            f"{fmt(c['runspaces'])}/{c['runspaces_max']}",
            fmt(c["calls"]),
        ]
        for c in derived.get("connections") or []
    ]
    parts.append(
        table(
            ["role", "hosts", "phase", "auth/host", "shells/host", "runspaces/host", "calls/host"],
            rows or [["-", "not measured: no phase with hvemu's connection counters"]],
        )
    )
    parts += [
        "",
        "0b. Bytes per host against 20 KB (floor KB/call: the floor's bytes per no-op call, WS-Man and authentication "
        "overhead; payload = KB/host - calls x floor KB/call)",
    ]
    rows = [
        [
            b["role"],
            str(b["hosts"]),
            b["phase"],
            f"{b['bytes_per_host'] / KB:.1f}",
            fmt(b["calls_per_host"]),
            fmt(b["floor_bytes_per_call"] / KB if b["floor_bytes_per_call"] is not None else None, ".1f"),
            fmt(b["overhead"] / KB if b["overhead"] is not None else None, ".1f"),
            fmt(b["payload"] / KB if b["payload"] is not None else None, ".1f"),
            "met" if b["met"] else "missed",
            b["bound"],
        ]
        for b in derived.get("bytes") or []
    ]
    parts.append(
        table(
            [
                "role",
                "hosts",
                "phase",
                "KB/host",
                "calls",
                "floor KB/call",
                "calls x floor",
                "payload KB",
                "<=20",
                "bound",
            ],
            rows or [["-", "not measured"]],
        )
    )
    parts += [
        "",
        "0c. Converge calls per host by kind (reads, applies, job polls: hvemu's counters; routes phase: the tasks' "
        "results) against issue 13's limit besides the polls (nat 2, transparent 2, l2bridge and overlay 3)",
    ]
    rows = [
        [
            c["role"],
            str(c["hosts"]),
            f"{fmt(c['calls'])}/{c['calls_max']}",
            fmt(c["reads"]),
            fmt(c["applies"]),
            fmt(c["polls"]),
            fmt(c["routes"]),
            fmt(c["besides_polls"]),
            str(c["limit"]),
            "met" if c["met"] else "missed",
        ]
        for c in derived.get("converge_calls") or []
    ]
    parts.append(
        table(
            ["role", "hosts", "calls", "reads", "applies", "polls", "routes", "w/o polls", "limit", "verdict"],
            rows or [["-", "not measured"]],
        )
    )
    sizes = derived.get("overlay_cpu_by_size") or []
    if sizes:
        parts += ["", "0d. Overlay controller CPU per targeted host at every fleet size of the run"]
        parts.append(
            table(
                ["fleet", "targeted", "converge s/host", "rerun s/host"],
                [
                    [
                        str(o["hosts"]),
                        str(o["targets"]),
                        fmt(o["converge"], ".3f", o.get("converge_status", "-")),
                        fmt(o["rerun"], ".3f", o.get("rerun_status", "-")),
                    ]
                    for o in sizes
                ],
            )
        )
    return parts


def issue13_markdown(results: dict, derived: dict) -> str:
    """Markdown tables of issue 13's acceptance figures with the target beside each (docs/performance.md): the
    floor ratios, converge calls by kind, bytes and what bounds them, connections per host, overlay CPU per host."""
    ratios = {(f["role"], f["hosts"], f["phase"]): f for f in derived["floor_ratios"]}

    def verdict(value, limit) -> str:
        return "-" if value is None else ("met" if value <= limit + 1e-9 else "**missed**")

    def kb(value) -> str:
        return "-" if value is None else f"{value / KB:.1f}"

    lines = [
        "| role | fleet (targeted) | rerun wall / CPU x the floor after it (target <= 1.5) | converge wall / CPU x "
        "floor (nat target <= 2) | converge calls/host: all, job polls, routes phase (target) | converge KB/host "
        "(nat target <= 20) | rerun calls/host | rerun KB/host (target <= 20) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for run in sorted(results["runs"], key=run_order):
        if run["role"] == "naive_nat":
            continue
        conv, rerun = phase(run, "converge"), phase(run, "rerun")
        fleet = f"{run['hosts']} ({targets(run)})"
        if not conv and not rerun:
            lines.append(f"| {run['role']} | {fleet} | {run_status(run, 'converge')} | | | | | |")
            continue
        rr, cr = ratios.get((run["role"], run["hosts"], "rerun")), ratios.get((run["role"], run["hosts"], "converge"))
        rerun_cell = (
            f"{fmt(rr['wall'])} / {fmt(rr['cpu'])}: {verdict(max(rr['wall'], rr['cpu']), 1.5)}"
            if rr
            else run_status(run, "rerun")
        )
        if rr and rr.get("floor", "floor") != "floor":
            rounds = f"median of {rr['rounds']}; " if rr.get("rounds", 1) > 1 else ""
            rerun_cell += (
                f" ({rounds}first floor: {fmt(rr.get('wall_first_floor'))} / {fmt(rr.get('cpu_first_floor'))})"
            )
        conv_cell = "-"
        if cr:
            conv_cell = f"{fmt(cr['wall'])} / {fmt(cr['cpu'])}"
            if run["role"] == "nat":
                conv_cell += f": {verdict(max(cr['wall'], cr['cpu']), 2.0)}"
        calls_cell, kb_cell = run_status(run, "converge"), "-"
        split = converge_split(run)
        if split:
            calls_cell = (
                f"{fmt(split['calls'])}, {fmt(split['polls'])}, {fmt(split['routes'])} "
                f"(<= {split['limit']}{' + polls' if run['role'] != 'nat' else ''}): "
                f"{verdict(split['besides_polls'], split['limit'])}"
            )
            value = conv["bytes_per_host"] / KB
            kb_cell = f"{value:.1f}" + (f": {verdict(value, 20)}" if run["role"] == "nat" else "")
        rerun_calls = fmt(rerun["calls_per_host"]) if rerun else "-"
        rerun_kb = f"{rerun['bytes_per_host'] / KB:.1f}: {verdict(rerun['bytes_per_host'] / KB, 20)}" if rerun else "-"
        lines.append(
            f"| {run['role']} | {fleet} | {rerun_cell} | {conv_cell} | {calls_cell} | {kb_cell} | {rerun_calls} "
            f"| {rerun_kb} |"
        )

    shapes = derived.get("skeleton") or []
    if shapes:
        lines += ["", "The converge's shape alone, and what the collection adds to it:", ""]
        lines += [f"- {skeleton_line(item)}." for item in shapes]

    split_rows = derived.get("converge_calls") or []
    if split_rows:
        lines += [
            "",
            "Converge calls per host by kind (reads, applies and job polls as hvemu received them; the routes phase's "
            "share from hvemu's counters per task; target: the calls besides the polls)",
            "",
            "| role | fleet | all (mean/max) | reads | applies | job polls | routes phase | besides polls (target) |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for c in split_rows:
            lines.append(
                f"| {c['role']} | {c['hosts']} ({c['targets']}) | {fmt(c['calls'])} / {c['calls_max']} "
                f"| {fmt(c['reads'])} | {fmt(c['applies'])} | {fmt(c['polls'])} | {fmt(c['routes'])} "
                f"| {fmt(c['besides_polls'])} (<= {c['limit']}): {verdict(c['besides_polls'], c['limit'])} |"
            )

    budgets = derived.get("bytes") or []
    if budgets:
        lines += [
            "",
            "Bytes per host against 20 KB and what bounds them (floor KB/call: the floor's bytes per no-op call, the "
            "WS-Man envelopes, shell and authentication around a call; payload = KB/host - calls x floor KB/call)",
            "",
            "| role | fleet | phase | KB/host (target <= 20) | calls/host | floor KB/call | calls x floor KB "
            "| payload KB | bound by |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for b in budgets:
            lines.append(
                f"| {b['role']} | {b['hosts']} | {b['phase']} | {b['bytes_per_host'] / KB:.1f}: "
                f"{verdict(b['bytes_per_host'], 20 * KB)} | {fmt(b['calls_per_host'])} "
                f"| {kb(b['floor_bytes_per_call'])} "
                f"| {kb(b['overhead'])} | {kb(b['payload'])} | {b['bound'] if not b['met'] else '-'} |"
            )

    conns = derived.get("connections") or []
    if conns:
        lines += [
            "",
            "Authenticated connections per host (hvemu's counters: NTLM/Kerberos handshakes, Basic once per HTTP "
            "connection; WinRS shells and PSRP runspace pools created), mean / max",
            "",
            "| role | fleet | phase | authentications | WinRS shells | PSRP runspaces | bridge calls |",
            "|---|---|---|---|---|---|---|",
        ]
        for c in conns:
            lines.append(
                f"| {c['role']} | {c['hosts']} | {c['phase']} | {fmt(c['auth'])} / {c['auth_max']} "
                f"| {fmt(c['shells'])} / {c['shells_max']} | {fmt(c['runspaces'])} / {c['runspaces_max']} "
                f"| {fmt(c['calls'])} |"
            )

    sizes = derived.get("overlay_cpu_by_size") or []
    if sizes:
        lines += [
            "",
            "| overlay fleet (targeted) | converge CPU s/host | rerun CPU s/host |",
            "|---|---|---|",
        ]
        for o in sizes:
            lines.append(
                f"| {o['hosts']} ({o['targets']}) | {fmt(o['converge'], '.3f', o.get('converge_status', '-'))} "
                f"| {fmt(o['rerun'], '.3f', o.get('rerun_status', '-'))} |"
            )
    spread = overlay_cpu_spread(results)
    if spread:
        lines += [
            "",
            f"| overlay controller CPU per host | {spread['from_hosts']} hosts | {spread['to_hosts']} hosts "
            "| difference (target within 15%) |",
            "|---|---|---|---|",
        ]
        for name in ("converge", "rerun"):
            item = spread.get(name)
            if item:
                lines.append(
                    f"| {name} | {item['from_s']:.3f} s | {item['to_s']:.3f} s | {item['diff_pct']:+.1f}%: "
                    f"{verdict(abs(item['diff_pct']), 15)} |"
                )
            else:
                lines.append(f"| {name} | - | - | not measured at both sizes |")
        if spread["to_hosts"] < 500:
            lines.append(
                f"\n(the issue asks 50 vs 500 hosts; this run's largest overlay fleet is {spread['to_hosts']})"
            )
    return "\n".join(lines)


def merge_status_rows(rows: list[list[str]]) -> list[list[str]]:
    """One row for consecutive phases of a run that share a status ("converge/rerun/teardown  not available yet")."""
    out: list[list[str]] = []
    for row in rows:
        prev = out[-1] if out else None
        if prev and len(row) == len(prev) and prev[:-2] == row[:-2] and prev[-1] == row[-1] and len(row) <= 4:
            prev[-2] += "/" + row[-2]
        else:
            out.append(list(row))
    return out


DOC_BEGIN = "<!-- bench:figures:begin (written by bench/run.py --update-doc) -->"
DOC_END = "<!-- bench:figures:end -->"
ISSUE13_BEGIN = "<!-- bench:issue13-result:begin (written by bench/run.py --update-doc) -->"
ISSUE13_END = "<!-- bench:issue13-result:end -->"
ISSUE13_HEADING = "## Issue 13 result (roles after the restructuring)"
BASELINE_HEADING = "## Issue 13 baseline"


def run_command_line(results: dict) -> str:
    """The bench/run.py arguments that made this run (as far as the results record them)."""
    args = [f"--sizes {','.join(map(str, results['sizes']))}"]
    if results.get("overlay_sizes"):
        args.append(f"--overlay-sizes {','.join(map(str, results['overlay_sizes']))}")
    roles = results.get("scale_roles") or []
    if roles and set(roles) != {"nat", "transparent", "overlay", "l2bridge"}:
        args.append(f"--roles {','.join(roles)}")
    return "bench/run.py " + " ".join(args)


def issue13_doc_section(results: dict, derived: dict, text: str, json_path: Path) -> str:
    """The section update_doc writes above the baseline: issue 13's figures as Markdown, then the raw report."""
    m = results["machine"]

    def load(text) -> str:  # `uptime`'s line or bare load averages: the load averages
        text = str(text or "?")
        return text.split("load average:", 1)[1].strip() if "load average:" in text else text

    start, end = (
        load(results.get("load_start") or m.get("loadavg")),
        load(results.get("uptime_end") or results.get("load_end")),
    )
    return "\n".join(
        [
            ISSUE13_BEGIN,
            ISSUE13_HEADING,
            f"Run of {results['started']} at commit `{m['commit']}`, {results.get('duration_s', 0):.0f} s in all, "
            f"`{run_command_line(results)}` (results file `{json_path.name}`), forks {results['forks']}, "
            f"{results.get('connection', '')}; load average {start} at the start, {end} at the end (2 shared cores). "
            "Targets are issue 13's acceptance; the baseline below is kept for comparison.",
            "",
            issue13_markdown(results, derived),
            "",
            "<details><summary>The run's full report</summary>",
            "",
            "```text",
            text,
            "```",
            "</details>",
            ISSUE13_END,
        ]
    )


def update_doc(doc: Path, results: dict, text: str, json_path: Path, derived: dict | None = None) -> None:
    """Write this run's issue 13 section into docs/performance.md: between its markers when the page has them,
    else as a new section just above the baseline section ("## Issue 13 baseline"; at the end of the page when
    there is none). Everything else on the page, the baseline and the older figures block included, stays as it
    is (issue 13: the previous figures are kept for comparison)."""
    derived = derived if derived is not None else derive(results)
    section = issue13_doc_section(results, derived, text, json_path)
    current = doc.read_text(encoding="utf-8") if doc.exists() else "# Performance\n"
    if ISSUE13_BEGIN in current and ISSUE13_END in current:
        head, rest = current.split(ISSUE13_BEGIN, 1)
        tail = rest.split(ISSUE13_END, 1)[1]
        doc.write_text(head + section + tail, encoding="utf-8")
        return
    lines = current.splitlines(keepends=True)
    at = next((i for i, line in enumerate(lines) if line.startswith(BASELINE_HEADING)), None)
    if at is None:
        doc.write_text(current.rstrip("\n") + "\n\n" + section + "\n", encoding="utf-8")
        return
    doc.write_text("".join(lines[:at]) + section + "\n\n" + "".join(lines[at:]), encoding="utf-8")


def write_json(results: dict, derived: dict, verdicts: list[dict], directory: Path) -> Path:
    """bench/results/<timestamp>.json with the raw runs, the derived figures and the goals."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{results['started'].replace(':', '').replace('-', '')}.json"
    payload = {**results, "derived": derived, "goals": verdicts, "disclaimer": DISCLAIMER}
    path.write_text(json.dumps(payload, indent=1, default=str) + "\n", encoding="utf-8")
    return path
