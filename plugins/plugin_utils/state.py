# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The canonical model: a host snapshot and a desired config in the same shape (internal collection use only).

``HostState.from_snapshot`` parses the bridge's snapshot data (integer enums, HCN v2 JSON strings
with hcsshim field names and whatever extra fields HNS adds) into dicts shaped like
``host_network``'s ``config`` plus read-only facts. The ``*_from_config`` functions turn the
desired config into the same canonical shape through the same normalisers, so comparing the two
is a plain equality per field.
"""

import contextlib
import json
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from typing import Any

from ansible_collections.hyperv.network.plugins.plugin_utils import network_fields, state_host
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils.endpoints import EndpointRead, endpoint_from_config
from ansible_collections.hyperv.network.plugins.plugin_utils.kind_options import read_only_facts
from ansible_collections.hyperv.network.plugins.plugin_utils.networks import NetworkRead, network_from_config
from ansible_collections.hyperv.network.plugins.plugin_utils.state_values import (
    KINDS,
    guid,
    int_or,
    json_document,
    object_key,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.switches import SwitchRead, switch_from_config
from ansible_collections.hyperv.network.plugins.plugin_utils.vm_adapters import (
    vm_adapter_from_config,
    vm_adapter_from_host,
)

LEDGER_KINDS = {"networks": "network", "endpoints": "endpoint", "namespaces": "namespace"}


# --- host side ---------------------------------------------------------------------------------


# {id(snapshot): (snapshot, state)} inside parse_once(): a rerun's read plans its converge and routes on the snapshot
# it read, and a fleet step checks every host's facts and builds every share from them; each parsed the same snapshot
# again (7 parses per overlay host per read, each a route per fleet member; issue 13). Off elsewhere: an apply's
# engine may change a snapshot dict in place, after which a kept state would be stale.
_PARSED: "dict[int, tuple[dict[str, Any], HostState]] | None" = None
# {text: snapshot} inside parse_once(): a registered snapshot's JSON text decoded once, so that every check of the
# block gets the same dict (and _PARSED's parse of it).
_DECODED: dict[str, dict[str, Any]] | None = None


@contextlib.contextmanager
def parse_once() -> Iterator[None]:
    """Parse each snapshot once within the block (the snapshots, and the states parsed from them, must not change
    inside it: the planner and the checks only read a HostState)."""
    global _PARSED, _DECODED  # pylint: disable=global-statement
    outer, _PARSED = _PARSED, {}
    outer_decoded, _DECODED = _DECODED, {}
    try:
        yield
    finally:
        _PARSED, _DECODED = outer, outer_decoded


def registered_text(snapshot: dict[str, Any] | str | None) -> str | None:
    """A snapshot as the role tasks register it: its JSON text.

    ansible-core walks a registered result, value by value, to finalise it, and hands a copy to every callback: a
    snapshot holds a route per fleet member (overlay, l2bridge), so that walk was O(fleet) per host and about a
    fourteenth of a rerun read's controller time at 200 hosts (issue 13). One string is one value.
    """
    return json.dumps(snapshot, separators=(",", ":")) if isinstance(snapshot, dict) else snapshot


def registered_snapshot(result: object) -> dict[str, Any] | None:
    """The snapshot of a result: a dict as it is, JSON text (``registered_text``) decoded; None without one.

    Decoded once per text inside ``parse_once()`` (where snapshots do not change, and every check must see the dict
    ``HostState.parsed`` parsed); elsewhere each call decodes afresh, so no caller shares a dict with another.
    """
    snapshot = result.get("snapshot") if isinstance(result, dict) else None
    if isinstance(snapshot, str):
        if _DECODED is None:
            return json.loads(snapshot)
        decoded = _DECODED.get(snapshot)
        if decoded is None:
            decoded = _DECODED[snapshot] = json.loads(snapshot)
        return decoded
    return snapshot if isinstance(snapshot, dict) else None


class HostState(SwitchRead, NetworkRead, EndpointRead):
    """A parsed snapshot: canonical objects by name key, ownership, facts and stale ledger IDs."""

    def __init__(self) -> None:
        self.sections: set[str] = set()
        self.partial: set[str] = set()
        self.host: dict[str, Any] = {}
        self.hns_version: tuple[int, int] | None = None
        self.adapters: list[dict[str, Any]] = []
        # name key (a VM adapter's: (VM, name) or (VM, name, id), see object_key) -> canonical object
        self.switches: dict[Any, dict[str, Any]] = {}
        self.networks: dict[Any, dict[str, Any]] = {}
        self.endpoints: dict[Any, dict[str, Any]] = {}
        self.namespaces: dict[str | None, dict[str, Any]] = {}
        self.vm_adapters: dict[Any, dict[str, Any]] = {}
        self.netnat: list[Any] = []
        self.ledger: dict[str, set[str]] = {"networks": set(), "endpoints": set(), "namespaces": set()}
        self.stale: list[tuple[str, str | None]] = []
        self.raw: dict[str, Any] = {}
        self.rendering = False
        # Routes, forwarding, firewall rules and ledger keys of docs/design/host-objects.md (state_host.py).
        self.host_objects = state_host.HostObjects()
        # VM NICs that share a name within one VM: (vm key, name key) -> every such NIC (review 3 finding 6).
        self.vm_adapter_groups: dict[tuple[str | None, str | None], list[dict[str, Any]]] = {}

    @property
    def os_build(self) -> int | None:
        return int_or(self.host.get("os_build"), None)

    def objects(self, kind: str) -> dict[Any, dict[str, Any]]:
        """The canonical objects of one kind, keyed by name key."""
        return getattr(self, kind)

    def network_by_id(self, network_id: str | None) -> dict[str, Any] | None:
        for net in self.networks.values():
            if net["id"] == guid(network_id):
                return net
        return None

    def adapter_name_for_description(self, description: str) -> str | None:
        """Get-VMSwitch reports interface descriptions; the adapters section maps them to names."""
        key = norm.name_key(description)
        for adapter in self.adapters:
            if norm.name_key(adapter.get("InterfaceDescription")) == key:
                return adapter.get("Name")
        return None

    def resolve_adapter(self, name: str) -> str:
        """The physical adapter behind ``name``: ``vEthernet (<switch>)`` of an External switch is its NIC.

        An External switch shared with the management OS moves the host's IP to that vNIC; a config
        computed from the host's IP names the vNIC, which must not read as drift (HyperVDsc #193).
        """
        switch_name = norm.management_vnic_switch(name)
        if switch_name:
            switch = self.switches.get(norm.name_key(switch_name))
            if switch and switch["switch_type"] == "external" and switch["net_adapter_names"]:
                return switch["net_adapter_names"][0]
        return name

    @classmethod
    def parsed(cls, data: dict[str, Any]) -> "HostState":
        """``from_snapshot(data)``, parsed once per snapshot dict inside ``parse_once()``."""
        if _PARSED is None:
            return cls.from_snapshot(data)
        kept = _PARSED.get(id(data))
        if kept is None or kept[0] is not data:
            # The snapshot is kept with its state, so its id cannot be reused by another dict within the block.
            kept = _PARSED[id(data)] = (data, cls.from_snapshot(data))
        return kept[1]

    @classmethod
    def from_snapshot(cls, data: dict[str, Any] | None, partial: Iterable[str] = ()) -> "HostState":
        """Parse snapshot data (``$defs/snapshot``) into the canonical model."""
        state = cls()
        data = data or {}
        state.raw = data
        state.sections = {k for k in data if not k.startswith("_")}
        state.partial = set(partial) | set(data.get("_partial") or [])
        state.host = data.get("host") or {}
        version = data.get("hns_version")
        if version:
            state.hns_version = (int_or(version.get("Major"), 0), int_or(version.get("Minor"), 0))
        state.adapters = data.get("adapters") or []
        state.netnat = data.get("netnat") or []
        ledger = data.get("ledger") or {}
        for kind in state.ledger:
            # An entry that is no GUID (empty, null) names no object: it can prove nothing owned, nor be released.
            state.ledger[kind] = {key for key in (guid(i) for i in ledger.get(kind) or []) if key}
        for raw in data.get("switches") or []:
            switch = state._switch_from_host(raw)
            state.switches[norm.name_key(switch["name"])] = switch
        for text in data.get("networks") or []:
            net = state._network_from_hcn(text)
            if net:
                state.networks[norm.name_key(net["name"])] = net
        for text in data.get("namespaces") or []:
            doc = json_document(text)
            if doc:
                ns_id = guid(doc.get("ID") or doc.get("Id"))
                state.namespaces[ns_id] = {
                    "id": ns_id,
                    "owned": ns_id in state.ledger["namespaces"],
                    "type": doc.get("Type"),
                }
        for text in data.get("endpoints") or []:
            ep = state._endpoint_from_hcn(text)
            if ep:
                state.endpoints[norm.name_key(ep["name"])] = ep
        state.host_objects = state_host.HostObjects.from_snapshot(data)
        if "adapters" in state.sections:
            for ep in state.endpoints.values():
                # An attached endpoint: a host interface holds its IPv4 address (contract section 2).
                ep["host_interface"] = state.host_objects.interface_of_ip(ep["ip_address"])
                ep["host_attach"] = ep["host_interface"] is not None
        for raw in data.get("vm_adapters") or []:
            adapter = vm_adapter_from_host(raw)
            group = state.vm_adapter_groups.setdefault(
                (norm.name_key(adapter["vm"]), norm.name_key(adapter["name"])), []
            )
            group.append(adapter)
        for pair, group in state.vm_adapter_groups.items():
            if len(group) == 1:
                state.vm_adapters[pair] = group[0]
                continue
            for adapter in group:  # several NICs of one VM with one name: each under its Id
                adapter["key_id"] = adapter.get("id")
                state.vm_adapters[object_key("vm_adapters", adapter)] = adapter
        state._find_stale()
        return state

    def _find_stale(self) -> None:
        """Ledger IDs whose object is gone (deleted by hand, dropped by a reboot)."""
        present = {
            "networks": {n["id"] for n in self.networks.values()},
            "endpoints": {e["id"] for e in self.endpoints.values()},
            "namespaces": set(self.namespaces),
        }
        for kind, singular in LEDGER_KINDS.items():
            # Only a complete (not name-narrowed) section proves an object is gone.
            if kind not in self.sections or kind in self.partial or "ledger" not in self.sections:
                continue
            for stale_id in sorted(self.ledger[kind] - present[kind]):
                self.stale.append((singular, stale_id))


# --- desired side ------------------------------------------------------------------------------
# Unset options stay None ("not specified"); the planner decides per state what None means.


FROM_CONFIG: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "switches": switch_from_config,
    "networks": network_from_config,
    "endpoints": endpoint_from_config,
    "vm_adapters": vm_adapter_from_config,
}


# --- reporting ---------------------------------------------------------------------------------

_REPORT_FIELDS: dict[str, tuple[str, ...]] = {
    "switches": (
        "name", "switch_type", "net_adapter_names", "allow_management_os", "enable_iov", "enable_packet_direct",
        "minimum_bandwidth_mode", "notes", "id", "owned",
    ),
    "networks": (
        "name", "type", "adapter", "subnets", "dns", "mac_pool", *(f.name for f in network_fields.NETWORK_FIELDS),
        "remote_subnet_routes", "policies", "id", "owned", "dr_mac_address",
    ),
    "endpoints": (
        "name", "network", "ip_address", "prefix_length", "mac_address", "gateway", "dns", "port_mappings",
        "outbound_nat", "acls", "sdn_routes", "provider_address", "remote", "namespace", "policies", "host_attach",
        "id", "owned",
    ),
    "vm_adapters": ("vm", "name", "id", "switch", "vlan", "mac_address_spoofing", "mac_address"),
}  # fmt: skip


def report(kind: str, obj: dict[str, Any]) -> dict[str, Any]:
    """An object in ``config`` shape plus its read-only facts (the ``gathered``/``before``/``after`` form)."""
    out: dict[str, Any] = {}
    for field in _REPORT_FIELDS[kind]:
        if field in obj:
            out[field] = json.loads(json.dumps(obj[field]))
    if not obj.get("owned", True) and obj.get("foreign_reason"):
        out["foreign"] = obj["foreign_reason"]
    return out


def gathered(
    state: HostState, kinds: Iterable[str] = KINDS, keys: Mapping[str, Collection[Any]] | None = None
) -> dict[str, Any]:
    """The host in ``config`` shape: fed back with ``overridden`` it plans nothing (the round trip).

    ``keys`` optionally limits each kind to some name keys (``before``/``after`` of a task).
    """
    out: dict[str, Any] = {}
    for kind in kinds:
        if kind not in state.sections:
            continue
        objs = state.objects(kind)
        selected = [o for k, o in objs.items() if keys is None or k in keys.get(kind, ())]
        selected.sort(key=lambda o: object_key(kind, o))
        out[kind] = [report(kind, o) for o in selected]
    return out


def strip_facts(config: dict[str, Any] | None) -> dict[str, Any]:
    """A ``gathered`` result turned back into a ``config``: the read-only facts of each kind dropped (the objects'
    facts are documented with their options, see kind_options.py; the host objects' in state_host)."""
    facts = {**read_only_facts(), **state_host.READ_ONLY_FACTS}
    out: dict[str, Any] = {}
    for kind, items in (config or {}).items():
        if kind not in facts or items is None:
            out[kind] = items
            continue
        out[kind] = [{k: v for k, v in item.items() if k not in facts[kind]} for item in items]
    return out
