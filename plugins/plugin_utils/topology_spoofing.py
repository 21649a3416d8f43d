# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Container VMs' MAC address spoofing on their parent Hyper-V hosts: grouping and the before-state record.

Internal use only. transparent needs spoofing on a container VM's NIC (MS docs container-networking/
network-drivers-topologies.md: "MAC address spoofing is required"); l2bridge rewrites container MACs and does not
(review 3 finding 5), so its role turns it on only when asked.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils.state import registered_snapshot


def vm_nic_key(vm: str | None, nic: str | None) -> str:
    """The key of a VM NIC in a record written before records were keyed by NIC Id (names, case-insensitive)."""
    return "%s/%s" % (norm.name_key(vm), norm.name_key(nic))


def _records_of(record: dict[str, Any] | None, vm: str, nic: str) -> list[tuple[str | None, bool, str]]:
    """``[(id or None, spoofing before, NIC name)]`` of ``vm``'s NICs named ``nic`` in a parent's before-state record.

    Records are keyed by the VM NIC's Id (``Microsoft:<VM GUID>\\<NIC GUID>``): Hyper-V lets several NICs of one VM
    share a name ("Network Adapter" when added without -Name; Microsoft Learn Rename-VMNetworkAdapter example 1), so a
    name cannot tell them apart (review 3 finding 6). A record from an older release is keyed ``VM/NAME``.
    """
    out: list[tuple[str | None, bool, str]] = []
    for key, value in (record or {}).items():
        if isinstance(value, dict):
            # A record with an Id is the VM's NIC the role set, whatever its name: the parent task may have found it
            # by the MAC of the guest adapter the network uses (review 4 finding 4), not by ``nic``.
            same_nic = bool(value.get("id")) or norm.name_key(value.get("name")) == norm.name_key(nic)
            if norm.name_key(value.get("vm")) == norm.name_key(vm) and same_nic:
                out.append((value.get("id") or None, bool(value.get("mac_address_spoofing")), value.get("name") or nic))
        elif key == vm_nic_key(vm, nic):
            out.append((None, bool(value), nic))
    return sorted(out, key=lambda item: str(item[0]))


def _snapshot(facts: Any) -> dict[str, Any]:
    """The raw snapshot in a registered host_network result (or the snapshot itself), else ``{}``."""
    if not isinstance(facts, dict):
        return {}
    snapshot = registered_snapshot(facts)  # a registered role task's snapshot is its JSON text
    return snapshot if snapshot is not None else facts


def _mac(value: Any) -> str | None:
    try:
        return norm.mac(value)
    except (TypeError, ValueError):
        return None


def guest_adapter_mac(entry: dict[str, Any], vm_facts: Any) -> str | None:
    """The MAC of the container VM's adapter that the network uses (``entry["adapter"]``), from its own snapshot.

    Get-NetAdapter in the guest writes it ``00-15-5D-..``; None when the snapshot or the adapter is not there.
    """
    want = norm.name_key(entry.get("adapter"))
    for adapter in _snapshot(vm_facts).get("adapters") or []:
        if want is not None and norm.name_key(adapter.get("Name")) == want:
            return _mac(adapter.get("MacAddress"))
    return None


def parent_nic_by_mac(entry: dict[str, Any], vm_facts: Any, parent_facts: Any) -> dict[str, Any] | None:
    """The parent's VM NIC (raw ``vm_adapters`` row) of ``entry``'s VM whose MAC is its guest adapter's, or None.

    Hyper-V lets several NICs of one VM share a name ("Network Adapter" when added without -Name; Microsoft Learn
    Rename-VMNetworkAdapter example 1), so the name alone cannot pick one (review 4 finding 4). The MAC can:
    Get-VMNetworkAdapter writes it ``00155D..`` on the parent and Get-NetAdapter ``00-15-5D-..`` in the guest, so
    both are normalised. Exactly one match, else None (the caller falls back to the name).
    """
    mac = guest_adapter_mac(entry, vm_facts)
    if mac is None:
        return None
    vm = norm.name_key(entry.get("vm_name"))
    rows = [
        row
        for row in _snapshot(parent_facts).get("vm_adapters") or []
        if norm.name_key(row.get("VMName")) == vm and _mac(row.get("MacAddress")) == mac and row.get("Id")
    ]
    return rows[0] if len(rows) == 1 else None


def parent_vm_adapters(
    topo: dict[str, Any],
    mac_spoofing: bool = True,
    hosts: Collection[str] | None = None,
    before: dict[str, Any] | None = None,
    *,
    parent_facts: dict[str, Any] | None = None,
    vm_facts: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """Container VMs grouped per parent Hyper-V host: ``[{parent, vm_adapters: [...]}]`` sorted by parent.

    One host_network task per parent sets every one of its VMs' NICs at once. ``hosts`` limits the
    VMs to those (a serial batch). ``before`` (``{parent: record}``, see ``spoofing_before``) keeps, when turning
    spoofing off, the NICs that had it on before the role; the others are named by their Id.
    With ``parent_facts`` (``{parent: gathered result}``) and ``vm_facts`` (``{VM host: gathered result}``), a NIC
    being turned on (or off without a record) is named by its ``id`` when the MAC of the VM's network adapter finds
    it on the parent (``parent_nic_by_mac``), else by its name.
    """
    groups: dict[str, list[dict[str, Any]]] = {}
    for host, entry in sorted(topo["hosts"].items()):
        parent = entry.get("parent")
        if not parent or (hosts is not None and host not in hosts):
            continue
        base = {"vm": entry["vm_name"], "name": entry["vm_adapter"], "mac_address_spoofing": bool(mac_spoofing)}
        if parent_facts and parent_facts.get(parent) is not None:  # turning on, or off without a record
            row = parent_nic_by_mac(entry, (vm_facts or {}).get(host), parent_facts[parent])
            if row is not None:
                base = dict(base, id=row["Id"], name=row.get("Name") or base["name"])
        records = [] if mac_spoofing else _records_of((before or {}).get(parent), entry["vm_name"], entry["vm_adapter"])
        if not records:
            groups.setdefault(parent, []).append(base)
            continue
        for nic_id, was_on, nic_name in records:
            if was_on:
                continue  # it was on before the role turned it on: the teardown leaves it on
            groups.setdefault(parent, []).append(dict(base, id=nic_id, name=nic_name) if nic_id else base)
    return [{"parent": parent, "vm_adapters": adapters} for parent, adapters in sorted(groups.items())]


def spoofing_before(
    topo: dict[str, Any],
    parent: str,
    result: dict[str, Any] | None,
    first_converge: Collection[str],
    known: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The before-state record of ``parent``'s container VM NICs: ``{NIC Id: {id, vm, name, mac_address_spoofing}}``.

    ``result`` is the parent task's host_network result (its ``before`` holds each NIC as it was, with its ``id``);
    ``first_converge`` the VM hosts whose network did not exist yet, the only runs whose ``before`` is the state
    before the role (on a rerun the role itself turned spoofing on). What ``known`` has already is kept. A NIC
    without an Id in the result is keyed ``VM/NAME`` as before.
    """
    out = dict(known or {})
    wanted = set()
    vms = set()
    for host, entry in sorted(topo["hosts"].items()):
        if entry.get("parent") == parent and host in first_converge:
            wanted.add(vm_nic_key(entry["vm_name"], entry["vm_adapter"]))
            vms.add(norm.name_key(entry["vm_name"]))
    for adapter in ((result or {}).get("before") or {}).get("vm_adapters") or []:
        name_key = vm_nic_key(adapter.get("vm"), adapter.get("name"))
        nic_id = adapter.get("id")
        # The task names a NIC by its Id when the guest adapter's MAC found it (review 4 finding 4), whatever the
        # NIC's name; ``before`` holds only the NICs the task touched.
        if name_key not in wanted and not (nic_id and norm.name_key(adapter.get("vm")) in vms):
            continue
        if not nic_id:
            out.setdefault(name_key, bool(adapter.get("mac_address_spoofing")))
            continue
        out.setdefault(
            nic_id,
            {
                "id": nic_id,
                "vm": adapter.get("vm"),
                "name": adapter.get("name"),
                "mac_address_spoofing": bool(adapter.get("mac_address_spoofing")),
            },
        )
    return out
