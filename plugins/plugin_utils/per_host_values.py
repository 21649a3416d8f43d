# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Per-host role values: one topology from each host's own values of the role variables (internal collection use
only).

Pure functions of their arguments; the topology role's read and the fleet preflight call them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

# Role variables a host may set for itself (inventory host_vars, group_vars of a subgroup, AWX host
# variables): each becomes that host's entry under ``hosts`` when the hosts' values differ. Every
# other role variable is fleet-wide and must be the same on every host of the play.
PER_HOST_KEYS = {
    "nat": ("prefix", "gateway"),
    "transparent": ("adapter", "prefix", "gateway"),
    "overlay": ("adapter",),
    "l2bridge": ("adapter",),
}
# A per-host prefix carries its gateway with it (the fleet gateway belongs to the fleet prefix).
_FOLLOWS = {"prefix": ("gateway",)}


def _canonical(value: Any) -> str:
    import json

    return json.dumps(value, sort_keys=True, default=str)


def _var(kind: str, key: str) -> str:
    return "hyperv_network_%s_%s" % (kind, key)


def _hosts_text(hosts: Iterable[str]) -> str:
    return ", ".join(sorted(hosts))


def _differences(
    values_by_host: dict[str, dict[str, Any]], get: Callable[..., Any]
) -> dict[str, tuple[Any, list[str]]]:
    """``{canonical value: (value, [hosts])}`` of ``get(values)`` over the hosts, in host order."""
    seen: dict[str, tuple[Any, list[str]]] = {}
    for host, values in values_by_host.items():
        value = get(values)
        key = _canonical(value)
        if key not in seen:
            seen[key] = (value, [])
        seen[key][1].append(host)
    return seen


def _shown(value: Any) -> str:
    return "unset" if value is None else repr(value)


def merge_host_values(
    kind: str, values_by_host: dict[str, Any], reference: str | None
) -> tuple[dict[str, Any] | None, dict[tuple[str, str], str], list[str]]:
    """One topology from each host's own values of the role variables.

    ``values_by_host`` maps each host of the play to the topology its own variables give (the role
    renders it per host, so Ansible's variable precedence has already applied); ``reference`` is the
    host whose values stand for the fleet where they agree. Returns ``(topology, sources, errors)``:
    a key whose values differ between hosts is either per-host (``PER_HOST_KEYS``: it becomes each
    host's ``hosts.<host>.<key>`` unless that entry is given) or an error naming the variable and the
    hosts on each side. ``sources`` maps ``(host, key)`` to the role variable a per-host value came
    from, so messages name what the user wrote. Entries of the ``hosts`` variable may be spread over
    the hosts' values; two different entries for one host are an error.
    """
    values_by_host = {h: dict(v or {}) for h, v in values_by_host.items() if isinstance(v, dict)}
    if not values_by_host:
        return None, {}, []
    reference = reference if reference in values_by_host else sorted(values_by_host)[0]
    topology = dict(values_by_host[reference])
    errors, sources = [], {}
    per_host = PER_HOST_KEYS.get(kind, ())
    keys = sorted({k for v in values_by_host.values() for k in v} - {"kind", "hosts"})
    differing = []
    for key in keys:
        seen = _differences(values_by_host, lambda v, key=key: v.get(key))
        if len(seen) == 1:
            continue
        if key in per_host:
            differing.append(key)
            continue
        errors.append(
            "%s differs between the hosts of the play (%s); it must be the same on every host of the fleet: set it "
            "for the whole group or the play, not per host"
            % (_var(kind, key), "; ".join("%s on %s" % (_shown(v), _hosts_text(h)) for v, h in seen.values()))
        )
    # hosts: entries may come from different hosts' values; one host's entry must read the same everywhere.
    merged_hosts: dict[str, Any] = {}

    names = sorted({n for v in values_by_host.values() for n in (v.get("hosts") or {})})
    for name in names:
        having = {h: v for h, v in values_by_host.items() if name in (v.get("hosts") or {})}
        seen = _differences(having, lambda v, name=name: (v.get("hosts") or {}).get(name))
        if len(seen) > 1:
            errors.append(
                "%s.%s differs between the hosts of the play (%s); give each host's entry once"
                % (
                    _var(kind, "hosts"),
                    name,
                    "; ".join("%s on %s" % (_shown(v), _hosts_text(h)) for v, h in seen.values()),
                )
            )
            continue
        merged_hosts[name] = next(iter(seen.values()))[0]
    for key in list(differing):
        differing.extend(k for k in _FOLLOWS.get(key, ()) if k in per_host and k not in differing)
    if differing:
        for host, values in sorted(values_by_host.items()):
            entry = dict(merged_hosts.get(host) or {})
            for key in differing:
                if entry.get(key) is None and values.get(key) is not None:
                    entry[key] = values[key]
                    sources[(host, key)] = _var(kind, key)
            if entry:
                merged_hosts[host] = entry
    topology["hosts"] = merged_hosts
    return topology, sources, errors
