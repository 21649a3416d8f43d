# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The host snapshot a converge reads: which sections a task needs, the read itself, and chaining snapshots between
tasks (internal collection use only)."""

import json
import os
from typing import Any

from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils import state_host
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import BridgeError

BASE_SECTIONS = ("host", "hns_version", "adapters", "ledger")

# What each managed kind needs read besides itself.
SUPPORT_SECTIONS = {
    "switches": ("switches",),
    "networks": ("networks", "switches", "endpoints", "netnat"),
    "endpoints": ("endpoints", "networks", "namespaces", "switches"),
    "vm_adapters": ("vm_adapters", "switches"),
}
SUPPORT_SECTIONS.update(state_host.HOST_SECTIONS)

SECTION_ORDER = (
    "host",
    "hns_version",
    "adapters",
    "switches",
    "netnat",
    "networks",
    "endpoints",
    "namespaces",
    "vm_adapters",
    "routes",
    "firewall_rules",
    "ledger",
)

# HNS answers that mean "try again": the service restarting (0x803B0020), an object HNS has not
# finished making visible (0x80070490 Element not found). 0x803B0010 (already exists) on a create
# may be a concurrent run of ours: a re-read shows whether the object is ours and matches.
TRANSIENT_HRESULTS = ("0x803B0020", "0x80070490")

REPLAN_ROUNDS = 3  # re-read and re-plan at most this many times after such an answer


def snapshot_args(config: dict[str, Any] | None, state: str, scope: list[str], narrow: bool) -> dict[str, Any]:
    """The ``snapshot`` operation's args: the sections the task needs; names only for a narrow task."""
    sections = set(BASE_SECTIONS)
    for kind in scope:
        sections.update(SUPPORT_SECTIONS[kind])
    known = bridge_sections()
    args: dict[str, Any] = {"kinds": [s for s in SECTION_ORDER if s in sections and (known is None or s in known)]}
    config = config or {}
    if narrow and state in ("merged", "replaced", "deleted") and any(config.get(k) for k in scope):
        names: dict[str, list[str]] = {}
        if "switches" in scope:
            wanted = [s["name"] for s in config.get("switches") or []]
            for s in config.get("switches") or []:
                for adapter in s.get("net_adapter_names") or []:
                    if norm.management_vnic_switch(adapter):
                        wanted.append(norm.management_vnic_switch(adapter))
            names["switches"] = wanted
        if "networks" in scope:
            names["networks"] = [n["name"] for n in config.get("networks") or []]
        if "endpoints" in scope:
            names["endpoints"] = [e["name"] for e in config.get("endpoints") or []]
        if "vm_adapters" in scope:
            names["vm_adapters"] = [a["vm"] for a in config.get("vm_adapters") or []]
        unique = {k: _unique(v) for k, v in names.items() if v}
        if unique:
            args["names"] = unique
    return args


_BRIDGE_SECTIONS: list[frozenset[str] | None] = []


def bridge_sections() -> frozenset[str] | None:
    """The snapshot sections the bridge of this collection reads (protocol.schema.json ``op_snapshot`` kinds).

    The bridge is sent with every call, so its version is this collection's: a section it predates (``routes``,
    ``firewall_rules`` of docs/design/host-objects.md) is not asked for; a task that needs it is then refused by
    the planner, naming the section. None when the schema cannot be read (then everything is asked for).
    """
    if not _BRIDGE_SECTIONS:
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bridge", "protocol.schema.json")
        try:
            with open(path, encoding="utf-8") as f:
                schema = json.load(f)
            kinds = schema["$defs"]["op_snapshot"]["properties"]["args"]["properties"]["kinds"]["items"]["enum"]
            _BRIDGE_SECTIONS.append(frozenset(kinds))
        except (OSError, ValueError, KeyError, TypeError):
            _BRIDGE_SECTIONS.append(None)
    return _BRIDGE_SECTIONS[0]


def _unique(names: list[str]) -> list[str]:
    seen, out = set(), []
    for n in names:
        if norm.name_key(n) not in seen:
            seen.add(norm.name_key(n))
            out.append(n)
    return out


def snapshot_usable(snapshot: object, args: dict[str, Any]) -> bool:
    """A chained snapshot serves a task when it holds every needed section completely."""
    if not isinstance(snapshot, dict):
        return False
    partial = set(snapshot.get("_partial") or [])
    return all(s in snapshot and s not in partial for s in args["kinds"])


def with_partial(data: dict[str, Any] | None, args: dict[str, Any]) -> dict[str, Any]:
    data = dict(data or {})
    narrowed = sorted((args.get("names") or {}).keys())
    if narrowed:
        data["_partial"] = narrowed
    else:
        data.pop("_partial", None)
    return data


def merge_snapshots(old: dict[str, Any] | None, new: dict[str, Any] | None) -> dict[str, Any]:
    """The newer sections over the older ones: sections this task did not read stay for chaining."""
    merged = dict(old or {})
    merged.update(new or {})
    partial = (set((old or {}).get("_partial") or []) - set(new or {})) | set((new or {}).get("_partial") or [])
    if partial:
        merged["_partial"] = sorted(partial)
    else:
        merged.pop("_partial", None)
    return merged


def read(client: Any, args: dict[str, Any]) -> dict[str, Any]:
    """One snapshot read (connection failures retried by the client; transient HNS answers retried here)."""
    delay = 1.0
    for attempt in range(1, REPLAN_ROUNDS + 1):
        try:
            response = client.read([{"op": "snapshot", "args": args}])
            return with_partial(response.snapshot, args)
        except BridgeError as e:
            if e.hresult not in TRANSIENT_HRESULTS or attempt == REPLAN_ROUNDS:
                raise
            client.sleep(delay)
            delay *= 2
    raise AssertionError("unreachable")  # pragma: no cover
