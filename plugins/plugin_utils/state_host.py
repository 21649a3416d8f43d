# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The host objects that are not HNS objects: host routes, IPv4 forwarding, firewall rules, host-attached
endpoints (internal collection use only).

docs/design/host-objects.md is the contract: section 2 gives the snapshot fields read here, section 3 the
``host_network`` config keys turned into the canonical shape here. Every snapshot section and ledger key is
optional on read: a bridge that predates them sends none, and the task then sees no routes, rules or
forwarding state instead of failing.
"""

import functools
import json
from collections.abc import Callable, Collection
from typing import Any

from ansible_collections.hyperv.network.plugins.plugin_utils import ipcache
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm

HOST_KINDS = ("host_routes", "forwarding", "firewall_rules")
# Snapshot sections (``snapshot`` op ``kinds``) each host kind needs besides the base sections.
HOST_SECTIONS = {
    "host_routes": ("routes",),
    "forwarding": ("endpoints", "networks"),
    "firewall_rules": ("firewall_rules",),
}
FIREWALL_GROUP = "hyperv.network"
# Get-NetFirewallRule enums as Windows PowerShell 5.1 serialises them (contract section 2).
_DIRECTIONS = {1: "inbound", 2: "outbound"}
_ACTIONS = {2: "allow", 4: "block"}
DIRECTION_ARG = {"inbound": "Inbound", "outbound": "Outbound"}
ACTION_ARG = {"allow": "Allow", "block": "Block"}
PROTOCOL_ARG = {"udp": "UDP", "tcp": "TCP"}
# A host route's identity (route_key): its interface's name key, destination prefix and next hop.
RouteKey = tuple[str, Any, Any]


def _int_or(value: Any, default: Any) -> Any:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def route_key(r: dict[str, Any]) -> RouteKey:
    """Identity of a host route: (interface name key, destination prefix, next hop)."""
    return (norm.name_key(r["interface"]), r["destination_prefix"], r["next_hop"])


def ledger_route_text(r: dict[str, Any]) -> str:
    """The ledger's form of a route: ``<interface_alias>|<destination_prefix>|<next_hop>``."""
    return "%s|%s|%s" % (r["interface"], r["destination_prefix"], r["next_hop"])


def _route_from_ledger(text: object) -> dict[str, Any] | None:
    parts = str(text).rsplit("|", 2)
    if len(parts) != 3:
        return None
    return {
        "interface": parts[0],
        "destination_prefix": norm.prefix_lenient(parts[1]),
        "next_hop": norm.ip_lenient(parts[2]),
    }


def addresses(values: Any) -> list[str]:
    """Canonical remote addresses: sorted, IPv4 addresses and prefixes normalised; ``Any`` (or nothing) is []."""
    out = []
    for v in norm.str_list(values):
        text = str(v).strip()
        if not text or text.lower() == "any":
            continue
        out.append(_remote_address(text))
    return sorted(set(out))


@functools.lru_cache(maxsize=4096)
def _remote_address(text: str) -> str:
    """One remote address or prefix in canonical form (a prefix of one address as the address), else as given.

    Memoised: the overlay's VXLAN rule lists every other member's provider address, and a fleet step parses every
    member's rule (issue 13)."""
    try:
        if "/" in text:
            net = ipcache.network(text, strict=False)
            return str(net.network_address) if net.prefixlen == net.max_prefixlen else ipcache.network_text(text, False)
        return ipcache.address_text(text)
    except ValueError:
        return text


class HostObjects:
    """What the snapshot says about routes, forwarding, firewall rules and attached endpoints."""

    def __init__(self) -> None:
        self.sections: set[str] = set()
        self.routes: dict[RouteKey, dict[str, Any]] = {}  # route_key -> route
        self.firewall_rules: dict[str, dict[str, Any]] = {}  # name key -> rule
        # interface name key -> {"interface", "enabled" (bool or None)}
        self.forwarding: dict[str, dict[str, Any]] = {}
        self.ipv4_interfaces: dict[str | None, str] = {}  # IPv4 address -> interface alias
        self.ledger_routes: dict[RouteKey, dict[str, Any]] = {}  # route_key -> route (from the ledger's text)
        self.ledger_forwarding: dict[str, str] = {}  # interface name key -> alias
        self.ledger_firewall: set[str] = set()  # name keys

    @classmethod
    def from_snapshot(cls, data: dict[str, Any] | None) -> "HostObjects":
        objs = cls()
        data = data or {}
        objs.sections = {k for k in ("routes", "firewall_rules") if k in data}
        for raw in data.get("adapters") or []:
            alias = raw.get("Name")
            ip = raw.get("ip") or {}
            if not alias:
                continue
            forwarding = ip.get("Forwarding")
            objs.forwarding[norm.name_key(alias)] = {
                "interface": alias,
                "enabled": None if forwarding is None else bool(_int_or(forwarding, 0)),
            }
            for entry in ip.get("IPv4") or []:
                if entry.get("IPAddress"):
                    objs.ipv4_interfaces[norm.ip_lenient(entry["IPAddress"])] = alias
        ledger = data.get("ledger") or {}
        r: dict[str, Any] | None  # a route from the ledger's text, then one the host reports
        for text in ledger.get("routes") or []:
            r = _route_from_ledger(text)
            if r:
                objs.ledger_routes[route_key(r)] = r
        for alias in ledger.get("forwarding") or []:
            objs.ledger_forwarding[norm.name_key(alias)] = alias
        objs.ledger_firewall = {norm.name_key(n) for n in ledger.get("firewall_rules") or []}
        for raw in data.get("routes") or []:
            r = {
                "interface": raw.get("InterfaceAlias"),
                "destination_prefix": norm.prefix_lenient(raw.get("DestinationPrefix")),
                "next_hop": norm.ip_lenient(raw.get("NextHop")) if raw.get("NextHop") else None,
                "metric": _int_or(raw.get("RouteMetric"), None),
                "interface_index": _int_or(raw.get("InterfaceIndex"), None),
            }
            if not r["interface"] or not r["next_hop"] or r["next_hop"] in ("0.0.0.0", "::"):
                continue  # on-link routes are the interface's own, not ours to manage
            r["owned"] = route_key(r) in objs.ledger_routes
            objs.routes[route_key(r)] = r
        for raw in data.get("firewall_rules") or []:
            rule = _firewall_rule_from_host(raw)
            if rule["name"]:
                rule["owned"] = norm.name_key(rule["name"]) in objs.ledger_firewall
                objs.firewall_rules[norm.name_key(rule["name"])] = rule
        return objs

    def interface_of_ip(self, address: object) -> str | None:
        """The alias of the interface that holds IPv4 ``address`` (an attached endpoint's vNIC), or None."""
        if not address:
            return None
        return self.ipv4_interfaces.get(norm.ip_lenient(address))


def _firewall_rule_from_host(raw: dict[str, Any]) -> dict[str, Any]:
    ports = raw.get("LocalPort")
    if isinstance(ports, (list, tuple)):
        ports = ports[0] if len(ports) == 1 else ",".join(str(p) for p in ports)
    port = _int_or(ports, None)
    return {
        "name": raw.get("Name"),
        "display_name": raw.get("DisplayName"),
        "direction": _DIRECTIONS.get(_int_or(raw.get("Direction"), 0), str(raw.get("Direction") or "").lower()),
        "protocol": str(raw.get("Protocol") or "").lower() or None,
        "local_port": port if port is not None else ports,
        "remote_addresses": addresses(raw.get("RemoteAddress")),
        "action": _ACTIONS.get(_int_or(raw.get("Action"), 0), str(raw.get("Action") or "").lower()),
        "enabled": raw.get("Enabled") in (True, 1, "True", "true"),
    }


# --- desired side ----------------------------------------------------------------------------------------------


def host_route_from_config(item: dict[str, Any]) -> dict[str, Any]:
    return {
        "interface": item["interface"],
        "destination_prefix": norm.prefix(item["destination_prefix"]),
        "next_hop": norm.ip(item["next_hop"]),
    }


def forwarding_from_config(item: dict[str, Any]) -> dict[str, Any]:
    return {
        "interface": item.get("interface"),
        "endpoint": item.get("endpoint"),
        "enabled": True if item.get("enabled") is None else bool(item.get("enabled")),
    }


def firewall_rule_from_config(item: dict[str, Any]) -> dict[str, Any]:
    remote = item.get("remote_addresses")
    return {
        "name": item["name"],
        "display_name": item.get("display_name"),
        "direction": (item.get("direction") or "").lower() or None,
        "protocol": (item.get("protocol") or "").lower() or None,
        "local_port": _int_or(item.get("local_port"), None),
        "remote_addresses": addresses(remote) if remote is not None else None,
        "action": (item.get("action") or "").lower() or None,
    }


def firewall_rule_defaults(rule: dict[str, Any]) -> dict[str, Any]:
    """A desired rule with what it leaves unset filled in (a create, and replaced/overridden)."""
    filled = dict(rule)
    for field, default in (("direction", "inbound"), ("protocol", "udp"), ("action", "allow"),
                           ("remote_addresses", [])):  # fmt: skip
        if filled[field] is None:
            filled[field] = default
    if not filled["display_name"]:
        filled["display_name"] = filled["name"]
    return filled


def desired_host_objects(config: dict[str, Any] | None) -> dict[str, Any]:
    """The host kinds of a config in canonical form (None: the kind is not managed by this task)."""
    config = config or {}
    out: dict[str, Any] = {}
    makers: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
        "host_routes": host_route_from_config,
        "forwarding": forwarding_from_config,
        "firewall_rules": firewall_rule_from_config,
    }
    for kind, make in makers.items():
        items = config.get(kind)
        out[kind] = None if items is None else [make(i) for i in items]
    out["purge_host_routes"] = bool(config.get("purge_host_routes"))
    return out


# --- reporting ---------------------------------------------------------------------------------------------------


def report_route(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "destination_prefix": r["destination_prefix"],
        "next_hop": r["next_hop"],
        "interface": r["interface"],
        "owned": bool(r.get("owned")),
    }


def report_rule(rule: dict[str, Any]) -> dict[str, Any]:
    out = {k: json.loads(json.dumps(rule.get(k))) for k in (
        "name", "display_name", "direction", "protocol", "local_port", "remote_addresses", "action")}  # fmt: skip
    out["owned"] = bool(rule.get("owned"))
    return out


def report(objs: HostObjects, kinds: Collection[str], listed: dict[str, Any] | None = None) -> dict[str, Any]:
    """The host kinds in ``config`` shape with ``owned`` (``gathered``; ``before``/``after`` with ``listed``).

    ``gathered`` (``listed`` None): the owned routes, the ledger's forwarding interfaces, every rule of the group.
    A task's ``before``/``after``: the owned objects plus the routes to a listed prefix on a listed interface, the
    listed forwarding interfaces and the listed rules.
    """
    listed = listed or {}
    out: dict[str, Any] = {}
    if "host_routes" in kinds and "routes" in objs.sections:
        want = {(norm.name_key(r["interface"]), r["destination_prefix"]) for r in listed.get("host_routes") or []}
        chosen = [r for k, r in objs.routes.items() if r["owned"] or (k[0], k[1]) in want]
        out["host_routes"] = [report_route(r) for r in sorted(chosen, key=route_key)]
    if "forwarding" in kinds:
        aliases = dict(objs.ledger_forwarding)
        for item in listed.get("forwarding") or []:
            alias = item.get("_alias") or item.get("interface")
            if alias:
                aliases.setdefault(norm.name_key(alias), alias)
        rows = []
        for key in sorted(aliases):
            have = objs.forwarding.get(key)
            rows.append(
                {
                    "interface": have["interface"] if have else aliases[key],
                    "enabled": have["enabled"] if have else None,
                    "owned": key in objs.ledger_forwarding,
                }
            )
        out["forwarding"] = rows
    if "firewall_rules" in kinds and "firewall_rules" in objs.sections:
        names = {norm.name_key(r["name"]) for r in listed.get("firewall_rules") or []}
        out["firewall_rules"] = [
            report_rule(r)
            for k, r in sorted(objs.firewall_rules.items())
            if not listed or r["owned"] or k in names  # a task's before/after: its rules and ours
        ]
    return out


READ_ONLY_FACTS: dict[str, tuple[str, ...]] = {
    "host_routes": ("owned",),
    "forwarding": ("owned",),
    "firewall_rules": ("owned",),
}
