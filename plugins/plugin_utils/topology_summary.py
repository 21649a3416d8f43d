# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The per-host summary of a topology role's run: one row per host (and per parent Hyper-V host of container
VMs), and the text table of the plan playbook (internal use only).
"""

from __future__ import annotations

from typing import Any

from ansible_collections.hyperv.network.plugins.plugin_utils.topology import VM_KINDS
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_render import is_per_host_l2bridge


def summary_row(
    topo: dict[str, Any],
    host: str,
    result: Any = None,
    routes: list[Any] | None = None,
    pending: list[Any] | None = None,
) -> dict[str, Any]:
    """One row of the per-host summary (plan playbook, set_stats); ``result`` may be a list of results.

    ``pending``: plan lines no host_network task could plan (a route whose DR MAC is unknown until another member's
    network is created); they join the operations, so the totals and the picture count them, and are listed alone.
    """
    entry = topo["hosts"].get(host) or {}
    result = combine_results(result)
    row: dict[str, Any] = {
        "host": host,
        "topology": topo["kind"],
        "state": topo["state"],
        "network": topo["network_name"],
        "subnet": entry.get("subnet") or ("dhcp" if topo["kind"] == "transparent" else None),
        "gateway": entry.get("gateway"),
        "adapter": entry.get("adapter"),
        "changed": bool(result.get("changed")),
        "operations": list(result.get("operations") or []) + [str(p) for p in pending or []],
        "bridge_calls": result.get("bridge_calls"),
    }
    if pending:
        row["pending"] = [str(p) for p in pending]
    if topo["kind"] == "overlay":
        row["provider_address"] = entry.get("provider_address")
        row["routes"] = None if routes is None else len(routes)
    if is_per_host_l2bridge(topo):
        row["lan_address"] = entry.get("lan_address")
        row["routes"] = None if routes is None else len(routes)
    if topo["kind"] in VM_KINDS:
        row["parent"] = entry.get("parent")
    return row


def parent_summary_row(topo: dict[str, Any], parent: str, result: Any = None) -> dict[str, Any]:
    """The summary row of a parent Hyper-V host of container VMs: what the role did to its VM NICs (MAC spoofing).

    ``parent_of`` names the container VMs of the topology on it; ``role`` is ``parent``. The plan totals, plan_file
    and the picture count it as a host of its own (the change is made there).
    """
    result = combine_results(result)
    vms = sorted(h for h, entry in (topo.get("hosts") or {}).items() if (entry or {}).get("parent") == parent)
    return {
        "host": parent,
        "topology": topo["kind"],
        "state": topo["state"],
        "network": topo.get("network_name"),
        "role": "parent",
        "parent_of": vms,
        "changed": bool(result.get("changed")),
        "operations": list(result.get("operations") or []),
        "bridge_calls": result.get("bridge_calls"),
    }


def combine_results(results: dict[str, Any] | list[Any] | None) -> dict[str, Any]:
    """One summary of several host_network results of a host (skipped or empty ones count for nothing)."""
    if isinstance(results, dict) or results is None:
        results = [results]
    done = [r for r in results if isinstance(r, dict) and r and not r.get("skipped")]
    calls = [r.get("bridge_calls") for r in done if isinstance(r.get("bridge_calls"), int)]
    return {
        "changed": any(bool(r.get("changed")) for r in done),
        "operations": [op for r in done for op in r.get("operations") or []],
        "bridge_calls": sum(calls) if calls else None,
    }


def summary_table(rows: list[dict[str, Any]] | None) -> list[str]:
    """Rows rendered as an aligned text table (one string per line) for the plan playbook."""
    columns = ["host", "topology", "state", "network", "subnet", "gateway", "adapter", "changed", "ops", "calls"]
    body = []
    for row in sorted(rows or [], key=lambda r: r.get("host") or ""):
        values = dict(row)
        values["ops"] = len(row.get("operations") or [])
        values["calls"] = row.get("bridge_calls")
        body.append(["" if values.get(c) is None else str(values.get(c)) for c in columns])
    widths = [max([len(c)] + [len(r[i]) for r in body]) for i, c in enumerate(columns)]

    def line(cells: list[str]) -> str:

        return "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(cells)).rstrip()

    out = [line(columns), line(["-" * w for w in widths])]
    out.extend(line(r) for r in body)
    for row in sorted(rows or [], key=lambda r: r.get("host") or ""):
        for op in row.get("operations") or []:
            out.append("%s: %s" % (row.get("host"), op))
    return out


__all__ = ["summary_row", "summary_table"]
