# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Container VMs' MAC address spoofing on their parent Hyper-V hosts: grouping and the before-state record.

Internal use only. transparent needs spoofing on a container VM's NIC (MS docs container-networking/
network-drivers-topologies.md: "MAC address spoofing is required"); l2bridge rewrites container MACs and does not
(review 3 finding 5), so its role turns it on only when asked.
"""

from __future__ import annotations

from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm


def vm_nic_key(vm, nic):
    """The key of a VM NIC in a record written before records were keyed by NIC Id (names, case-insensitive)."""
    return "%s/%s" % (norm.name_key(vm), norm.name_key(nic))


def _records_of(record, vm, nic):
    """``[(id or None, spoofing before)]`` of the NICs of ``vm`` named ``nic`` in a parent's before-state record.

    Records are keyed by the VM NIC's Id (``Microsoft:<VM GUID>\\<NIC GUID>``): Hyper-V lets several NICs of one VM
    share a name ("Network Adapter" when added without -Name; Microsoft Learn Rename-VMNetworkAdapter example 1), so a
    name cannot tell them apart (review 3 finding 6). A record from an older release is keyed ``VM/NAME``.
    """
    out = []
    for key, value in (record or {}).items():
        if isinstance(value, dict):
            if norm.name_key(value.get("vm")) == norm.name_key(vm) and norm.name_key(
                value.get("name")
            ) == norm.name_key(nic):
                out.append((value.get("id") or None, bool(value.get("mac_address_spoofing"))))
        elif key == vm_nic_key(vm, nic):
            out.append((None, bool(value)))
    return sorted(out, key=lambda item: str(item[0]))


def parent_vm_adapters(topo, mac_spoofing=True, hosts=None, before=None):
    """Container VMs grouped per parent Hyper-V host: ``[{parent, vm_adapters: [...]}]`` sorted by parent.

    One host_network task per parent sets every one of its VMs' NICs at once. ``hosts`` limits the
    VMs to those (a serial batch). ``before`` (``{parent: record}``, see ``spoofing_before``) keeps, when turning
    spoofing off, the NICs that had it on before the role; the others are named by their Id.
    """
    groups = {}
    for host, entry in sorted(topo["hosts"].items()):
        parent = entry.get("parent")
        if not parent or (hosts is not None and host not in hosts):
            continue
        base = {"vm": entry["vm_name"], "name": entry["vm_adapter"], "mac_address_spoofing": bool(mac_spoofing)}
        records = [] if mac_spoofing else _records_of((before or {}).get(parent), entry["vm_name"], entry["vm_adapter"])
        if not records:
            groups.setdefault(parent, []).append(base)
            continue
        for nic_id, was_on in records:
            if was_on:
                continue  # it was on before the role turned it on: the teardown leaves it on
            groups.setdefault(parent, []).append(dict(base, id=nic_id) if nic_id else base)
    return [{"parent": parent, "vm_adapters": adapters} for parent, adapters in sorted(groups.items())]


def spoofing_before(topo, parent, result, first_converge, known=None):
    """The before-state record of ``parent``'s container VM NICs: ``{NIC Id: {id, vm, name, mac_address_spoofing}}``.

    ``result`` is the parent task's host_network result (its ``before`` holds each NIC as it was, with its ``id``);
    ``first_converge`` the VM hosts whose network did not exist yet, the only runs whose ``before`` is the state
    before the role (on a rerun the role itself turned spoofing on). What ``known`` has already is kept. A NIC
    without an Id in the result is keyed ``VM/NAME`` as before.
    """
    out = dict(known or {})
    wanted = {}
    for host, entry in sorted(topo["hosts"].items()):
        if entry.get("parent") == parent and host in first_converge:
            wanted[vm_nic_key(entry["vm_name"], entry["vm_adapter"])] = entry
    for adapter in ((result or {}).get("before") or {}).get("vm_adapters") or []:
        name_key = vm_nic_key(adapter.get("vm"), adapter.get("name"))
        if name_key not in wanted:
            continue
        nic_id = adapter.get("id")
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
