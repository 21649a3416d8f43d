# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""What a topology run plans or does, fleet-wide: per-object actions, totals, and the plan document.

Internal collection use only (filters plan_totals, fleet_plan, fleet_picture; playbooks plan and fleet_picture).
Pure Python, no I/O. The input is what the roles leave on each host: the summary fact
``hyperv_network_<kind>_summary`` (its ``operations`` are the host_network result lines), the parents' rows
``hyperv_network_<kind>_parent_summaries`` (transparent, l2bridge: MAC spoofing on the container VMs' parent hosts,
each an entry of its own) and, for the picture, the per-host fact ``hyperv_network_<kind>_result``
(``role_result``: before, after and operations per phase). Operations reach the controller as one line of text
each (planner.PlannedOp.line()); this module reads them back into (verb, kind, name), using the object names the
results list wherever it can.

An object's action in one run: ``add`` (created), ``change`` (updated in place), ``replace`` (deleted and created
again: a create-only property changed, or its network is re-created), ``destroy`` (deleted). Lines that only
release stale ledger IDs are housekeeping and count for nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import Any

TOPOLOGIES = ("nat", "transparent", "overlay", "l2bridge")
ACTIONS = ("add", "change", "replace", "destroy")
STATUS = {"add": "created", "change": "changed", "replace": "replaced", "destroy": "deleted", None: "unchanged"}
# The words the planner writes after the verb, longest first (planner.py, planner_host.py, vm_adapters.py).
KIND_WORDS = (
    ("vm adapter", "vm_adapters"),
    ("firewall rule", "firewall_rules"),
    ("host route", "host_routes"),
    ("switch", "switches"),
    ("network", "networks"),
    ("endpoint", "endpoints"),
)
FORWARDING_WORDS = "IPv4 forwarding on "
PICTURE_KINDS = ("switches", "networks", "endpoints")
ADD_VERBS = ("create", "add")
DESTROY_VERBS = ("delete", "remove")
HOUSEKEEPING_VERBS = ("release",)
DISRUPTIVE_MARK = " [disruptive]"
# A delete that is half of a replacement says so (planner._create_only; planner_host route replacement).
REPLACE_MARKS = ("(re-create:", "(replaced by")
_NAME_ENDS = (" (", ": ", " on ", " to ", " from ", " [")
_ROUTE = re.compile(r"^(?P<prefix>\S+) via \S+ on (?P<iface>.+?)(?: \(replaced by [^)]*\))?$")


def _key(name: object) -> str:
    """Windows compares names case-insensitively (normalize.name_key does the same)."""
    return str(name).casefold()


def parse_operation(line: object, known: dict[str, Any] | None = None) -> dict[str, Any]:
    """One operation line as ``{line, verb, action, kind, name, disruptive, replace_mark}``.

    ``known`` maps a kind (``networks``) to the names of its objects on the host; a name is taken from there when
    the line starts with one (names may hold spaces and brackets), else up to the first separator the planner
    writes after a name. A line of a kind this module does not know has kind ``other`` and its whole text as name.
    """
    text = str(line)
    disruptive = text.endswith(DISRUPTIVE_MARK)
    body = text[: -len(DISRUPTIVE_MARK)] if disruptive else text
    verb, _sep, rest = body.partition(" ")
    verb = verb.lower()
    action: str | None
    if verb in ADD_VERBS:
        action = "add"
    elif verb in DESTROY_VERBS:
        action = "destroy"
    elif verb in HOUSEKEEPING_VERBS:
        action = None
    else:
        action = "change"
    kind, name = "other", body
    if rest.startswith(FORWARDING_WORDS):  # planner_host: "enable/restore IPv4 forwarding on <interface> ..."
        kind, name = "forwarding", rest[len(FORWARDING_WORDS) :].split(" to disabled (", 1)[0]
    for words, candidate in KIND_WORDS if kind == "other" else ():
        if rest.lower().startswith(words + " "):
            kind = candidate
            name = _object_name(candidate, rest[len(words) + 1 :], (known or {}).get(candidate) or ())
            break
    return {
        "line": text,
        "verb": verb,
        "action": action,
        "kind": kind,
        "name": name,
        "disruptive": disruptive,
        "replace_mark": any(mark in body for mark in REPLACE_MARKS),
    }


def _object_name(kind: str, rest: str, known: Iterable[object]) -> str:
    if kind == "host_routes":
        match = _ROUTE.match(rest)
        # A route is its destination on its interface: a new next hop is a replacement of the same route.
        return "%s on %s" % (match.group("prefix"), match.group("iface")) if match else rest
    best = None
    for name in known:
        name = str(name)
        if rest.lower().startswith(name.lower()) and (len(rest) == len(name) or rest[len(name)] in " :("):
            if best is None or len(name) > len(best):
                best = rest[: len(name)]
    if best is not None:
        return best
    cut = min([i for i in (rest.find(end) for end in _NAME_ENDS) if i > 0] or [len(rest)])
    return rest[:cut]


def host_changes(operations: Iterable[object] | None, known: dict[str, Any] | None = None) -> dict[str, Any]:
    """The objects one host's operations touch, each with its action, and the host's totals.

    Returns ``{objects: [{kind, name, action, disruptive, operations}], totals: {...}, housekeeping: n}``; objects
    keep the order of their first operation. A delete and a create of the same object are one replacement, as is
    a delete marked as the first half of one.
    """
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    housekeeping = 0
    for line in operations or []:
        op = parse_operation(line, known)
        if op["action"] is None:
            housekeeping += 1
            continue
        key = (op["kind"], _key(op["name"]))
        group = groups.setdefault(
            key, {"kind": op["kind"], "name": op["name"], "verbs": set(), "mark": False, "disruptive": False, "ops": []}
        )
        group["verbs"].add(op["action"])
        group["mark"] = group["mark"] or op["replace_mark"]
        group["disruptive"] = group["disruptive"] or op["disruptive"]
        group["ops"].append(op["line"])
    objects = []
    for group in groups.values():
        verbs = group["verbs"]
        if ("add" in verbs and "destroy" in verbs) or ("destroy" in verbs and group["mark"]):
            action = "replace"
        elif "destroy" in verbs:
            action = "destroy"
        elif "add" in verbs:
            action = "add"
        else:
            action = "change"
        objects.append(
            {
                "kind": group["kind"],
                "name": group["name"],
                "action": action,
                "disruptive": group["disruptive"],
                "operations": group["ops"],
            }
        )
    return {"objects": objects, "totals": totals_of(objects), "housekeeping": housekeeping}


def totals_of(objects: Iterable[dict[str, Any]]) -> dict[str, int]:
    """``{add, change, replace, destroy, replace_disruptive, disruptive}`` of a list of objects."""
    totals = dict.fromkeys(ACTIONS, 0)
    totals.update(replace_disruptive=0, disruptive=0)
    for obj in objects:
        totals[obj["action"]] += 1
        if obj["disruptive"]:
            totals["disruptive"] += 1
            if obj["action"] == "replace":
                totals["replace_disruptive"] += 1
    return totals


def add_totals(many: Iterable[dict[str, int]]) -> dict[str, int]:
    out = totals_of([])
    for totals in many:
        for key in out:
            out[key] += totals.get(key, 0)
    return out


def changes(totals: dict[str, int]) -> int:
    return sum(totals[a] for a in ACTIONS)


def totals_text(totals: dict[str, int]) -> str:
    """``1 to add, 0 to change, 2 to replace (1 disruptive), 0 to destroy``."""
    replace = "%d to replace" % totals["replace"]
    if totals["replace_disruptive"]:
        replace += " (%d disruptive)" % totals["replace_disruptive"]
    return "%d to add, %d to change, %s, %d to destroy" % (totals["add"], totals["change"], replace, totals["destroy"])


def totals_lines(rows: Iterable[Any] | None, label: str = "plan") -> list[str]:
    """One line per host and one for all hosts, per topology, from the roles' summary rows; then, where a plan
    replaces objects, a line saying that the role's converge refuses a replacement and what to do instead."""
    rows = [r for r in rows or [] if isinstance(r, dict) and r.get("host")]
    out = []
    for kind in sorted({r.get("topology") or "topology" for r in rows}):
        mine = sorted((r for r in rows if (r.get("topology") or "topology") == kind), key=lambda r: str(r["host"]))
        per_host = [(r["host"], host_changes(r.get("operations"))["totals"]) for r in mine]
        for host, totals in per_host:
            out.append("%s %s, %s: %s" % (kind, label, host, totals_text(totals)))
        fleet = add_totals(t for _h, t in per_host)
        busy = len([h for h, t in per_host if changes(t)])
        out.append(
            "%s %s, in all (%d host%s, %d with changes): %s"
            % (kind, label, len(per_host), "" if len(per_host) == 1 else "s", busy, totals_text(fleet))
        )
        if fleet["replace"] and label == "plan":
            out.append(
                "%s plan: a replacement is shown, not made: hyperv.network.%s refuses to re-create objects when it "
                "converges (it names the property); tear the topology down (state absent) and run it again, or set "
                "the variables back" % (kind, kind)
            )
    return out


# -- the fleet document (plan_file, picture) -------------------------------------------------------------------


def _var(hostvars: Any, host: str, name: str) -> dict[str, Any] | None:
    try:
        value = hostvars[host].get(name)
    except (KeyError, AttributeError, TypeError):
        return None
    return value if isinstance(value, dict) else None


PHASES = ("gathered", "converge", "routes", "teardown")
# What the per-host fact keeps of each registered host_network result (not the raw snapshot).
RESULT_KEYS = ("changed", "operations", "before", "after", "gathered", "bridge_calls", "disruptive")


def role_result(phases: dict[str, Any] | None, check_mode: bool = False) -> dict[str, Any]:
    """The per-host fact ``hyperv_network_<role>_result`` a topology role publishes: what it did on the host.

    ``phases`` maps a phase (``gathered``, ``converge``, ``routes``, ``teardown``) to its registered host_network
    result; skipped or missing ones are left out. Returns ``{check_mode, changed, operations, phases}``, each phase
    ``{changed, operations, before, after, gathered, bridge_calls, disruptive}`` where present (the raw snapshot is
    not kept).
    """
    kept: dict[str, dict[str, Any]] = {}
    for name in PHASES:
        result = (phases or {}).get(name)
        if isinstance(result, dict) and result and not result.get("skipped"):
            kept[name] = {k: result[k] for k in RESULT_KEYS if k in result}
    return {
        "check_mode": bool(check_mode),
        "changed": any(bool(r.get("changed")) for r in kept.values()),
        "operations": [op for r in kept.values() for op in r.get("operations") or []],
        "phases": kept,
    }


def _results(hostvars: Any, host: str, kind: str) -> dict[str, dict[str, Any]]:
    """The phases of the host's ``hyperv_network_<kind>_result`` fact (``role_result``)."""
    phases = (_var(hostvars, host, "hyperv_network_%s_result" % kind) or {}).get("phases")
    return {n: r for n, r in (phases or {}).items() if isinstance(r, dict) and r and not r.get("skipped")}


def parent_rows(hostvars: Any, hosts: Collection[str], kind: str) -> dict[str, dict[str, Any]]:
    """``{parent: row}``: the summary rows of the parent Hyper-V hosts of the container VMs in ``hosts`` (fact
    ``hyperv_network_<kind>_parent_summaries``, one row per parent: its VM NICs' MAC spoofing), parents that are not
    in ``hosts`` themselves."""
    out = {}
    for host in hosts:
        for parent, row in (_var(hostvars, host, "hyperv_network_%s_parent_summaries" % kind) or {}).items():
            if str(parent) not in hosts and isinstance(row, dict) and row.get("host"):
                out[str(parent)] = row
    return out


def detect_topology(hostvars: Any, hosts: Iterable[str]) -> str | None:
    """The topology whose summary fact the hosts carry (the first in TOPOLOGIES order), or None."""
    for kind in TOPOLOGIES:
        if any(_var(hostvars, h, "hyperv_network_%s_summary" % kind) for h in hosts):
            return kind
    return None


def _object_lists(result: dict[str, Any] | None, section: str) -> dict[str, list[dict[str, Any]]]:
    """``{kind: [objects]}`` of a result's ``before``/``after``/``gathered``."""
    part = (result or {}).get(section)
    if not isinstance(part, dict):
        return {}
    return {kind: [o for o in part.get(kind) or [] if isinstance(o, dict) and o.get("name")] for kind in PICTURE_KINDS}


def _details(kind: str, obj: dict[str, Any]) -> dict[str, Any]:
    if kind == "switches":
        return {"type": obj.get("switch_type"), "adapters": list(obj.get("net_adapter_names") or [])}
    if kind == "networks":
        subnets = [
            {"prefix": s.get("prefix"), "gateway": s.get("gateway")}
            for s in obj.get("subnets") or []
            if isinstance(s, dict)
        ]
        return {
            "type": obj.get("type"),
            "adapter": obj.get("adapter"),
            "subnets": subnets,
            "provider_address": obj.get("provider_address"),
        }
    return {"network": obj.get("network"), "ip_address": obj.get("ip_address"), "remote": bool(obj.get("remote"))}


def host_entry(host: str, row: dict[str, Any] | None, results: dict[str, Any]) -> dict[str, Any]:
    """One host of the fleet document: its summary, its objects with their status, its totals."""
    lists: dict[str, dict[str, dict[str, Any]]] = {}  # kind -> name key -> (object, where)
    # Later ones win. The converge's after wins over the routes phase's: in check mode that phase starts from the
    # converge's before-snapshot (a replaced network would show its old subnet); in a real run they differ only in
    # the routes, which the picture does not draw.
    sources = [("gathered", "gathered"), ("teardown", "before"), ("routes", "before"), ("converge", "before"),
               ("routes", "after"), ("converge", "after"), ("teardown", "after")]  # fmt: skip
    for name, section in sources:
        for kind, objs in _object_lists(results.get(name), section).items():
            for obj in objs:
                lists.setdefault(kind, {})[_key(obj["name"])] = obj
    known = {kind: [o["name"] for o in objs.values()] for kind, objs in lists.items()}
    operations = list((row or {}).get("operations") or [])
    planned = host_changes(operations, known)
    actions = {(o["kind"], _key(o["name"])): o for o in planned["objects"]}
    objects: dict[str, list[dict[str, Any]]] = {}
    for kind in PICTURE_KINDS:
        names = dict(lists.get(kind) or {})
        for (k, name_key), o in actions.items():
            if k == kind and name_key not in names:
                names[name_key] = {"name": o["name"]}
        items = []
        for name_key, obj in sorted(names.items()):
            act = actions.get((kind, name_key)) or {}
            owned = obj.get("owned")
            items.append(
                {
                    "name": obj["name"],
                    "status": STATUS[act.get("action")],
                    "disruptive": bool(act.get("disruptive")),
                    "owned": owned if isinstance(owned, bool) else None,
                    **_details(kind, obj),
                }
            )
        objects[kind] = items
    _hns_switches(objects)
    totals = planned["totals"]
    entry = {
        "name": host,
        "status": "unknown" if row is None else ("changed" if changes(totals) else "unchanged"),
        "totals": totals,
        "operations": operations,
        "other": [o for o in planned["objects"] if o["kind"] not in PICTURE_KINDS],
        "housekeeping": planned["housekeeping"],
        "summary": {k: v for k, v in (row or {}).items() if k != "operations"},
    }
    entry.update(objects)
    return entry


def _hns_switches(objects: dict[str, list[dict[str, Any]]]) -> None:
    """An External switch HNS made for a Transparent, L2Bridge or Overlay network of ours carries no ownership tag (the
    collection never made it with New-VMSwitch; topology_render.host_config, hns 5), so the host reports it as not
    owned. It is ours under another face: ``hns_for`` names the network of ours on its adapter, and it is not drawn
    as foreign."""
    ours: dict[str, str] = {}
    for net in objects.get("networks") or []:
        if net.get("owned") and net.get("adapter") and net.get("type") in ("transparent", "l2bridge", "overlay"):
            ours.setdefault(_key(net["adapter"]), net["name"])
    for switch in objects.get("switches") or []:
        switch["hns_for"] = None
        if switch.get("owned") is False and switch.get("type") == "external":
            switch["hns_for"] = next((ours[_key(a)] for a in switch.get("adapters") or [] if _key(a) in ours), None)


def _tunnels(kind: str, network_name: str | None, hosts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Overlay: one VXLAN tunnel per pair of member hosts, with its status from what the run does to the overlay
    network at either end (a route update naming the other end's subnet is a change of that tunnel)."""
    if kind != "overlay":
        return []
    members = []
    for host in hosts:
        if host["status"] == "unknown":
            continue
        net = next((n for n in host["networks"] if _key(n["name"]) == _key(network_name or "")), None)
        address = host["summary"].get("provider_address") or (net or {}).get("provider_address")
        members.append((host, net, address))
    out = []
    for i, (a, net_a, pa_a) in enumerate(members):
        for b, net_b, pa_b in members[i + 1 :]:
            ends = [n["status"] for n in (net_a, net_b) if n]
            status = "unchanged"
            for wanted in ("deleted", "replaced", "created"):
                if wanted in ends:
                    status = wanted
                    break
            else:
                if _mentions(a, b) or _mentions(b, a):
                    status = "changed"
            out.append({"a": a["name"], "b": b["name"], "a_address": pa_a, "b_address": pa_b, "status": status})
    return out


def _mentions(host: dict[str, Any], other: dict[str, Any]) -> bool:
    subnet = other["summary"].get("subnet")
    return bool(subnet) and any(subnet in line for line in host["operations"])


def fleet_document(hostvars: Any, hosts: Iterable[Any] | None, topology: str | None = None) -> dict[str, Any]:
    """The plan (or run) of one topology over ``hosts``, read from ``hostvars``: the plan_file and the picture's
    input. Raises ValueError when no host carries a topology summary."""
    hosts = [str(h) for h in hosts or []]
    kind = topology or detect_topology(hostvars, hosts)
    if kind not in TOPOLOGIES:
        raise ValueError(
            "no topology summary found on the hosts (%s): run a topology role (or hyperv.network.plan) first, or set "
            "topology to one of %s" % (", ".join(hosts) or "no hosts", ", ".join(TOPOLOGIES))
        )
    rows = {h: _var(hostvars, h, "hyperv_network_%s_summary" % kind) for h in hosts}
    first = next((p for p in (_var(hostvars, h, "hyperv_network_%s_result" % kind) for h in hosts) if p), {})
    mode = "plan" if first.get("check_mode") else "converge"
    entries = [host_entry(h, rows[h], _results(hostvars, h, kind)) for h in sorted(hosts)]
    parents = parent_rows(hostvars, hosts, kind)
    entries.extend(host_entry(p, parents[p], {}) for p in sorted(parents))
    present = [r for r in rows.values() if r] + [parents[p] for p in sorted(parents)]
    network_name = present[0].get("network") if present else None
    fleet = add_totals(e["totals"] for e in entries)
    return {
        "format": "hyperv.network.fleet_plan/1",
        "topology": kind,
        "network": network_name,
        "state": present[0].get("state") if present else None,
        "mode": mode,
        "hosts": entries,
        "tunnels": _tunnels(kind, network_name, entries),
        "totals": dict(fleet, hosts=len(entries), hosts_with_changes=len([e for e in entries if changes(e["totals"])])),
        "lines": totals_lines(present, label=mode),
    }
