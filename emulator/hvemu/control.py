"""The control API: read-only views of the emulated hosts, plus faults and reboots, as JSON.

Served on the emulator's own port under `/_hvemu/`, without authentication, to loopback peers
only. Tests use it to check host state independently of the collection's own reads.

    GET    /_hvemu/hosts                       ["hv01", ...]
    GET    /_hvemu/hosts/{name}                host.state() (with routes, forwarding, firewall_rules, vms, features)
    GET    /_hvemu/hosts/{name}/stats          {"commands", "bridge_calls", "bytes_in", "bytes_out", "scripts",
                                                "authentications", "shells_created", "runspaces_created",
                                                "bridge_reads", "bridge_applies", "bridge_polls", ...}
                                               (hvemu/model/stats.py says what each counts)
    GET    /_hvemu/hosts/{name}/auth           {"attempts": [{"seq", "time", "user", "scheme", "accepted", "reason",
                                                "peer", "tls"}, ...], "accepted": n, "rejected": n}
    GET    /_hvemu/hosts/{name}/faults         the host's faults
    POST   /_hvemu/hosts/{name}/faults         merge a JSON object into the faults (400 with the reason if invalid)
    DELETE /_hvemu/hosts/{name}/faults         reset the faults to the defaults
    POST   /_hvemu/hosts/{name}/reboot         hvemu.bridge.reboot(host); the host's WinRM shells are gone
    GET    /_hvemu/stats                       fleet totals
    GET    /_hvemu/reachability?src=h/ep&dst=h/ep   fleet.reachability(src, dst) (501 if the model has none); dst
                                               also "outside", "<host>:<port>[/proto]", "<address>:<port>", "<host>"
                                               (hvemu/reachability.py)
"""

from __future__ import annotations

import json

from hvemu.faults import Faults


def _stats_json(stats) -> dict:
    if hasattr(stats, "to_json"):
        return stats.to_json()
    return {k: v for k, v in vars(stats).items() if not k.startswith("_")}


def fleet_stats(app) -> dict:
    """Sum of every host's numeric stats, scripts merged by hash, plus host and open-shell counts."""
    total: dict = {"scripts": {}}
    for host in app.fleet.hosts.values():
        for key, value in _stats_json(host.stats).items():
            if isinstance(value, dict):
                merged = total.setdefault(key, {})
                for k, v in value.items():
                    merged[k] = merged.get(k, 0) + v if isinstance(v, (int, float)) else v
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                total[key] = total.get(key, 0) + value
    total["hosts"] = len(app.fleet.hosts)
    total["open_shells"] = sum(len(app.dispatcher.shells_of(name)) for name in app.fleet.hosts)
    return total


def handle(app, method: str, path: str, query: dict, body: bytes) -> tuple[int, object]:
    """(HTTP status, JSON-able object) for one control request."""
    parts = [p for p in path.split("/") if p][1:]  # drop "_hvemu"
    if parts == ["hosts"] and method == "GET":
        return 200, list(app.fleet.hosts)
    if parts == ["stats"] and method == "GET":
        return 200, fleet_stats(app)
    if parts == ["reachability"] and method == "GET":
        reach = getattr(app.fleet, "reachability", None)
        if reach is None:
            return 501, {"error": "this fleet model has no reachability()"}
        src, dst = (query.get("src") or [None])[0], (query.get("dst") or [None])[0]
        if not src or not dst:
            return 400, {"error": "reachability needs src=<host>/<endpoint> and dst=<host>/<endpoint>"}
        try:
            return 200, reach(src, dst)
        except (KeyError, ValueError) as exc:
            return 404 if isinstance(exc, KeyError) else 400, {"error": str(exc)}
    if len(parts) >= 2 and parts[0] == "hosts":
        host = app.fleet.hosts.get(parts[1])
        if host is None:
            return 404, {"error": f"no host {parts[1]!r}; hosts: {', '.join(app.fleet.hosts)}"}
        rest = parts[2:]
        if rest == [] and method == "GET":
            return 200, host.state()
        if rest == ["stats"] and method == "GET":
            out = _stats_json(host.stats)
            out["open_shells"] = len(app.dispatcher.shells_of(host.name))
            return 200, out
        if rest == ["auth"] and method == "GET":
            log = getattr(app, "auth_log", None)
            if log is None:
                return 501, {"error": "this emulator keeps no authentication log"}
            return 200, log(host)
        if rest == ["reboot"] and method == "POST":
            result = app.reboot(host)
            return 200, result if isinstance(result, dict) else {"rebooted": host.name}
        if rest == ["faults"]:
            if method == "GET":
                return 200, host.faults.to_json()
            if method == "DELETE":
                host.faults = Faults()
                return 200, host.faults.to_json()
            if method == "POST":
                try:
                    data = json.loads(body or b"{}")
                    if not isinstance(data, dict):
                        raise ValueError("the body must be a JSON object")
                    host.faults = Faults.from_json(data, base=host.faults)
                except ValueError as exc:  # json.JSONDecodeError is a ValueError
                    return 400, {"error": str(exc)}
                return 200, host.faults.to_json()
    return 404, {"error": f"no control endpoint {method} {path}"}
