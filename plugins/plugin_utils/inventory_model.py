# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The pure part of the inventory plugin hyperv.network.hyperv (internal collection use only).

No I/O and no Ansible objects here: the source's hosts and options are checked, a Hyper-V host's snapshot
(kinds ``host``, ``vms``, ``switches``; docs/design/host-objects.md section 2) becomes the record the plugin
caches, and the records become inventory hosts, variables and groups (docs/inventory.md). Unit tests drive
these functions directly.
"""

from __future__ import annotations

import ipaddress
import re

__all__ = [
    "CONTAINER_GROUP",
    "HOSTS_GROUP",
    "VMS_GROUP",
    "SourceError",
    "check_hosts",
    "compile_patterns",
    "host_record",
    "plan_inventory",
    "sanitise",
    "state_name",
]

HOSTS_GROUP = "hyperv_hosts"
VMS_GROUP = "hyperv_vms"
CONTAINER_GROUP = "container_vms"
CONNECTIONS = ("winrm", "psrp")

# Get-VM's State (Microsoft.HyperV.PowerShell.VMState), written as an integer by the bridge's
# JavaScriptSerializer. The values are Msvm_ComputerSystem's EnabledState / RequestedState values
# (learn.microsoft.com, windows/win32/hyperv_v2/requeststatechange-msvm-computersystem: 2 Enabled =
# running, 3 Disabled = off, 4 shutting down, 6 offline = saved, 9 quiesce = paused, 10 reboot/starting,
# 11 reset, 32773 saving, 32776 pausing, 32777 resuming); docs/design/host-objects.md names 2, 3, 6, 9.
VM_STATES = {
    1: "Other",
    2: "Running",
    3: "Off",
    4: "Stopping",
    6: "Saved",
    9: "Paused",
    10: "Starting",
    11: "Reset",
    32773: "Saving",
    32776: "Pausing",
    32777: "Resuming",
}


class SourceError(ValueError):
    """The inventory source is wrong: the message names the field."""


def state_name(state):
    """``Running`` for 2, the name itself for a name, ``Unknown(<n>)`` for a value not in VM_STATES."""
    if isinstance(state, str):
        return state
    if isinstance(state, bool) or not isinstance(state, int):
        return "Unknown"
    return VM_STATES.get(state, "Unknown(%d)" % state)


def sanitise(name):
    """A group-name part from a Windows name: lower case (Windows names compare case-insensitively), every
    character other than a-z, 0-9 and _ replaced by _."""
    return re.sub(r"[^a-z0-9_]", "_", str(name).lower())


def compile_patterns(patterns, option="container_vm_patterns"):
    """Compiled regular expressions (matched in full, case-insensitively); a bad one names the option."""
    if patterns is None:
        return []
    if isinstance(patterns, str) or not isinstance(patterns, (list, tuple)):
        raise SourceError("%s: must be a list of regular expressions, got %r" % (option, patterns))
    compiled = []
    for i, pattern in enumerate(patterns):
        if not isinstance(pattern, str) or not pattern:
            raise SourceError("%s[%d]: must be a non-empty string, got %r" % (option, i, pattern))
        try:
            compiled.append(re.compile(pattern, re.IGNORECASE))
        except re.error as e:
            raise SourceError("%s[%d]: %r is not a regular expression: %s" % (option, i, pattern, e)) from None
    return compiled


def check_hosts(hosts, common_vars):
    """The Hyper-V hosts of the source as ``[(inventory name, variables)]``, in source order.

    ``hosts``: a mapping of host name to its variables (or null), or a list of host names; ``common_vars``
    (option ``vars``): variables of every host, a host's own win. Every host needs ``ansible_connection``
    winrm or psrp (``ansible.builtin.`` prefix allowed). Raises SourceError naming the field.
    """
    if common_vars is None:
        common_vars = {}
    if not isinstance(common_vars, dict):
        raise SourceError("vars: must be a mapping of variables, got %s" % type(common_vars).__name__)
    if isinstance(hosts, (list, tuple)):
        items = []
        for i, name in enumerate(hosts):
            if not isinstance(name, str) or not name.strip():
                raise SourceError("hosts[%d]: must be a host name, got %r" % (i, name))
            items.append((name, None))
    elif isinstance(hosts, dict):
        items = list(hosts.items())
    else:
        raise SourceError("hosts: must be a mapping of host names to their variables, or a list of host names")
    if not items:
        raise SourceError("hosts: lists no Hyper-V host")
    out, seen = [], set()
    for name, own in items:
        if not isinstance(name, str) or not name.strip():
            raise SourceError("hosts: %r is not a host name" % (name,))
        if own is None:
            own = {}
        if not isinstance(own, dict):
            raise SourceError(
                "hosts.%s: must be a mapping of variables (or empty), got %s" % (name, type(own).__name__)
            )
        if name.lower() in seen:
            raise SourceError("hosts.%s: listed twice" % name)
        seen.add(name.lower())
        variables = dict(common_vars)
        variables.update(own)
        connection = variables.get("ansible_connection")
        if connection_name(connection) not in CONNECTIONS:
            raise SourceError(
                "hosts.%s: ansible_connection: must be winrm or psrp (ansible.builtin.winrm, ansible.builtin.psrp), "
                "got %r; set it in the host's variables or in vars" % (name, connection)
            )
        out.append((name, variables))
    return out


def connection_name(value):
    """``winrm`` for ``ansible.builtin.winrm``; None for anything that is not a string."""
    if not isinstance(value, str):
        return None
    return value.rsplit(".", 1)[-1].strip().lower()


def _mac(value):
    """``00:15:5D:01:02:03`` from Get-VMNetworkAdapter's ``00155D010203`` (other forms are kept as they are)."""
    if not isinstance(value, str):
        return None
    hexdigits = re.sub(r"[^0-9A-Fa-f]", "", value)
    if len(hexdigits) != 12 or len(value) not in (12, 17):
        return value or None
    return ":".join(hexdigits[i : i + 2] for i in range(0, 12, 2)).upper()


def _addresses(values):
    if isinstance(values, str):
        values = [values]
    return [str(v) for v in values or [] if v]


def _ipv4(addresses):
    out = []
    for address in addresses:
        try:
            if ipaddress.ip_address(address.split("%", 1)[0]).version == 4:
                out.append(address)
        except ValueError:
            continue
    return out


def _vm(raw):
    adapters = []
    for nic in raw.get("Adapters") or []:
        addresses = _addresses(nic.get("IPAddresses"))
        adapters.append(
            {
                "id": nic.get("Id"),
                "name": nic.get("Name"),
                "switch": nic.get("SwitchName") or None,
                "mac_address": _mac(nic.get("MacAddress")),
                "vlan_id": nic.get("VlanId") or 0,
                "ip_addresses": addresses,
            }
        )
    addresses = [a for nic in adapters for a in nic["ip_addresses"]]
    switches = []
    for nic in adapters:
        if nic["switch"] and nic["switch"].lower() not in [s.lower() for s in switches]:
            switches.append(nic["switch"])
    return {
        "name": raw.get("Name"),
        "id": raw.get("Id"),
        "state": state_name(raw.get("State")),
        "state_code": raw.get("State") if isinstance(raw.get("State"), int) else None,
        "adapters": adapters,
        "switches": switches,
        "ip_addresses": addresses,
        "ipv4_addresses": _ipv4(addresses),
    }


def host_record(snapshot):
    """What the plugin keeps (and caches) of one Hyper-V host's snapshot: no connection variable, no secret."""
    snapshot = snapshot or {}
    host = snapshot.get("host") or {}
    vms = snapshot.get("vms")
    if vms is None:
        raise ValueError(
            "the snapshot has no 'vms' section: the host's bridge does not report VMs (an older collection on the "
            "host is impossible: the bridge travels with each call; is this a host without Hyper-V?)"
        )
    return {
        "computer_name": host.get("computer_name"),
        "os_build": host.get("os_build"),
        "hyperv_module": host.get("hyperv_module"),
        "switches": [
            {"name": s.get("Name"), "id": s.get("Id"), "switch_type": s.get("SwitchType")}
            for s in snapshot.get("switches") or []
        ],
        "vms": [_vm(vm) for vm in vms if isinstance(vm, dict) and vm.get("Name")],
    }


def _unique_name(vm, parent, taken):
    name = vm["name"]
    if name.lower() not in taken:
        return name, None
    suffix = re.sub(r"[^0-9a-fA-F]", "", str(vm.get("id") or ""))[:8].lower() or sanitise(parent)
    alt = "%s_%s" % (name, suffix)
    n = 2
    while alt.lower() in taken:
        alt = "%s_%s_%d" % (name, suffix, n)
        n += 1
    return alt, "VM %r on %s has the name of another host of this inventory: listed as %r" % (name, parent, alt)


def plan_inventory(hosts, records, *, container_patterns=(), switch_prefix="hyperv_switch_"):
    """What the plugin adds to the inventory, in a deterministic order.

    ``hosts``: ``[(name, variables)]`` from check_hosts; ``records``: {host name: host_record or None (left out)}.
    Returns ``{"hosts": [(name, variables, [groups])], "warnings": [...]}``: each Hyper-V host (group
    hyperv_hosts, its source variables plus ``hyperv_computer_name`` and ``hyperv_os_build``), then each VM of
    each host in the order the host reports them (groups hyperv_vms, container_vms when its name matches one of
    ``container_patterns`` in full, one ``<switch_prefix><sanitised switch>`` group per switch it has a NIC on;
    variables ``hyperv_network_parent``, ``hyperv_network_vm_name`` and ``hyperv_vm``).
    """
    out, warnings = [], []
    taken = {name.lower() for name, _v in hosts}
    for name, variables in hosts:
        record = records.get(name)
        host_vars = dict(variables)
        if record is not None:
            host_vars["hyperv_computer_name"] = record.get("computer_name")
            host_vars["hyperv_os_build"] = record.get("os_build")
        out.append((name, host_vars, [HOSTS_GROUP]))
    for name, _variables in hosts:
        record = records.get(name)
        if record is None:
            continue
        if record.get("hyperv_module") is False:
            # The bridge reports no VM where Get-VM does not exist (docs/design/host-objects.md section 2).
            warnings.append(
                "host %s has no Hyper-V PowerShell module (Get-VM): no VM of it can be listed; install the "
                "Hyper-V-PowerShell feature, or is it not a Hyper-V host?" % name
            )
        for vm in record["vms"]:
            vm_name, warning = _unique_name(vm, name, taken)
            if warning:
                warnings.append(warning)
            taken.add(vm_name.lower())
            groups = [VMS_GROUP]
            if any(p.fullmatch(vm["name"]) for p in container_patterns):
                groups.append(CONTAINER_GROUP)
            for switch in vm["switches"]:
                group = switch_prefix + sanitise(switch)
                if group not in groups:
                    groups.append(group)
            # hyperv_network_vm_name: the VM's name on its parent, which the roles' MAC spoofing step uses
            # (default the inventory name, which differs after a clash).
            variables = {"hyperv_network_parent": name, "hyperv_network_vm_name": vm["name"], "hyperv_vm": vm}
            out.append((vm_name, variables, groups))
    return {"hosts": out, "warnings": warnings}
