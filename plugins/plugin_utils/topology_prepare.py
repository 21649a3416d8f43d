# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""A topology from its role variables to its resolved form, with the fleet rules that need no host facts
(internal use only).

``prepare`` takes a topology as the roles pass it: it coerces what ``-e key=value`` and text surveys give as
strings, resolves the topology (``topology.resolve``) and checks it as a whole (``check_resolved``), raising one
TopologyError that lists every problem found. The rules that need each host's snapshot come after the read
(``topology_checks.check_facts``).
"""

from __future__ import annotations

import ipaddress
import itertools
from collections.abc import Collection, Iterable
from typing import Any

from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils.topology import (
    CARVED_KINDS,
    VM_KINDS,
    TopologyError,
    _net,
    field_path,
    field_paths,
    resolve,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_render import gateway_endpoint_address

# --- fleet rules without host facts --------------------------------------------------------------


def _inside(address: str, prefix: str) -> bool:
    return ipaddress.ip_address(address) in _net(prefix)


def _usable(address: str, prefix: str) -> bool:
    """An address a host may take: inside the prefix, not its network or broadcast address."""
    network = _net(prefix)
    ip = ipaddress.ip_address(address)
    if ip not in network:
        return False
    if network.prefixlen < 31 and ip in (network.network_address, network.broadcast_address):
        return False
    return True


def _host_field(topo: dict[str, Any], host: str, key: str, fallback: str) -> str:
    """Name the per-host variable if the user set it there, else the fleet-level one."""
    path = field_paths(topo["kind"])
    given = (topo.get("_given_hosts") or {}).get(host) or {}
    return path("hosts", host, key) if key in given else path(fallback)


def check_resolved(topo: dict[str, Any], inventory_hosts: Collection[str] | None = None) -> list[str]:
    """Fleet rules that need no host facts; returns a list of messages (empty when valid).

    Each message names the role variable (and host) it is about.
    """
    kind = topo["kind"]
    errors: list[str] = []
    hosts = topo["hosts"]
    path = field_paths(kind)

    # Per-host values.
    for host, entry in sorted(hosts.items()):
        errors.extend(_host_errors(topo, host, entry, inventory_hosts))
    # Between hosts.
    lan_mode = kind == "l2bridge" and topo.get("mode") == "lan"
    if lan_mode:
        errors.extend(_lan_address_errors(topo))
    if kind in CARVED_KINDS and not lan_mode:
        errors.extend(_subnet_overlap_errors(topo))
    if kind == "overlay":
        errors.extend(_anchor_errors(topo))
        errors.extend(_provider_address_errors(topo))
    if kind == "transparent":
        errors.extend(_ipam_errors(topo))
    if kind in VM_KINDS:
        errors.extend(_vm_nic_errors(topo))
    if kind in ("transparent", "l2bridge") and norm.name_key(topo["switch_name"]) == norm.name_key(
        topo["network_name"]
    ):
        # HNS shows an External switch as a network of its own; one name for both reads ambiguously.
        errors.append("%s: the switch and the network need different names" % path("switch_name"))
    return errors


def _host_errors(
    topo: dict[str, Any], host: str, entry: dict[str, Any], inventory_hosts: Collection[str] | None
) -> list[str]:
    """One host's resolved values: its adapter, gateway, endpoints and parent Hyper-V host."""
    kind = topo["kind"]
    errors: list[str] = []
    path = field_paths(kind)
    subnet = entry.get("subnet") or entry.get("lan_subnet")
    if kind in ("transparent", "overlay", "l2bridge") and topo["state"] == "present" and not entry.get("adapter"):
        errors.append(
            "%s: no adapter for host %s; set %s or %s"
            % (path("hosts", host, "adapter"), host, path("adapter"), path("hosts", host, "adapter"))
        )
    if subnet and entry.get("gateway") and not _usable(entry["gateway"], subnet):
        where = _host_field(topo, host, "gateway", "gateway")
        of_host = " of host %s" % host if where != path("gateway") else ""
        errors.append("%s: gateway %s%s is not a usable address of %s" % (where, entry["gateway"], of_host, subnet))
    errors.extend(_endpoint_errors(topo, host, entry, subnet))
    if kind == "l2bridge" and topo.get("mode") != "lan" and subnet:
        gw_ep = gateway_endpoint_address(entry)
        for index, ep in enumerate(entry.get("endpoints") or []):
            if ep.get("ip_address") == gw_ep:
                where = field_path(kind, ep.get("_path") or ["hosts", host, "endpoints", index])
                errors.append(
                    "%s.ip_address: %s is the host gateway endpoint's address on host %s" % (where, gw_ep, host)
                )
    if kind in VM_KINDS and entry.get("parent"):
        parent = entry["parent"]
        if parent == host:
            errors.append("%s: host %s names itself as its parent" % (path("hosts", host, "parent"), host))
        elif inventory_hosts is not None and parent not in inventory_hosts:
            errors.append(
                "%s: parent Hyper-V host %r of container VM %s is not in the inventory, so MAC address "
                "spoofing cannot be turned on there" % (path("hosts", host, "parent"), parent, host)
            )
    return errors


def _endpoint_errors(topo: dict[str, Any], host: str, entry: dict[str, Any], subnet: str | None) -> list[str]:
    """One host's endpoints: each name, address and mapped port once, each address usable in the host's subnet."""
    kind = topo["kind"]
    errors: list[str] = []
    path = field_paths(kind)
    seen_names: dict[Any, int] = {}
    seen_ips: dict[str, int] = {}
    seen_ports: dict[tuple[str, int], int] = {}
    for index, ep in enumerate(entry.get("endpoints") or []):
        ep_path = ep.get("_path") or ["hosts", host, "endpoints", index]
        where = field_path(kind, ep_path)
        # A fleet-level endpoint's mistake reads the same on every host (reported once).
        on = "" if ep_path[0] == "endpoints" else " on host %s" % host
        key = norm.name_key(ep["name"])
        if key in seen_names:
            errors.append("%s.name: endpoint name %r is used twice%s" % (where, ep["name"], on))
        seen_names[key] = index
        ip = ep.get("ip_address")
        if ip:
            if kind == "transparent" and topo["ipam"] == "dhcp":
                errors.append("%s.ip_address: a static endpoint address needs %s: static" % (where, path("ipam")))
            elif subnet and not _usable(ip, subnet):
                errors.append("%s.ip_address: %s is not a usable address of the subnet %s%s" % (where, ip, subnet, on))
            elif ip == entry.get("gateway"):
                errors.append("%s.ip_address: %s is the gateway%s" % (where, ip, on))
            if ip in seen_ips:
                errors.append("%s.ip_address: %s is used twice%s" % (where, ip, on))
            seen_ips[ip] = index
        for pm_index, pm in enumerate(ep.get("port_mappings") or []):
            pkey = (pm.get("protocol") or "tcp", pm["external_port"])
            if pkey in seen_ports:
                errors.append(
                    "%s.port_mappings[%d].external_port: %s/%d is mapped twice%s"
                    % (where, pm_index, pkey[0], pkey[1], on)
                )
            seen_ports[pkey] = index
    return errors


def _lan_address_errors(topo: dict[str, Any]) -> list[str]:
    """l2bridge lan: endpoint addresses across the hosts."""
    kind = topo["kind"]
    errors: list[str] = []
    # One LAN subnet for the whole fleet: an address may be taken once in the fleet.
    taken: dict[str, str] = {}
    for host, entry in sorted(topo["hosts"].items()):
        for index, ep in enumerate(entry.get("endpoints") or []):
            ip = ep.get("ip_address")
            if ip and ip in taken and taken[ip] != host:
                where = field_path(kind, ep.get("_path") or ["hosts", host, "endpoints", index])
                errors.append("%s.ip_address: %s is also used on host %s" % (where, ip, taken[ip]))
            elif ip:
                taken[ip] = host
    return errors


def _subnet_overlap_errors(topo: dict[str, Any]) -> list[str]:
    """Carved kinds: no host's subnet overlaps another's."""
    errors: list[str] = []
    path = field_paths(topo["kind"])
    owners = sorted(topo["hosts"].items(), key=lambda item: _net(item[1]["subnet"]))
    for (h1, e1), (h2, e2) in itertools.pairwise(owners):
        if _net(e1["subnet"]).overlaps(_net(e2["subnet"])):
            errors.append(
                "%s: subnet %s of host %s overlaps subnet %s of host %s"
                % (path("hosts", h2, "subnet"), e2["subnet"], h2, e1["subnet"], h1)
            )
    return errors


def _anchor_errors(topo: dict[str, Any]) -> list[str]:
    """Overlay: the anchor network's gateway, name and VSID, and its prefix apart from the overlay's."""
    errors: list[str] = []
    hosts = topo["hosts"]
    path = field_paths(topo["kind"])
    anchor = topo["anchor"]
    if anchor.get("gateway") and not _usable(anchor["gateway"], anchor["prefix"]):
        errors.append(
            "%s: %s is not a usable address of %s" % (path("anchor", "gateway"), anchor["gateway"], anchor["prefix"])
        )
    if norm.name_key(anchor["name"]) == norm.name_key(topo["network_name"]):
        errors.append("%s: the anchor network needs a name of its own" % path("anchor", "name"))
    if anchor["type"] == "overlay":
        if not anchor.get("vsid"):
            errors.append("%s: an overlay anchor needs a VSID (4096..65535)" % path("anchor", "vsid"))
        elif anchor["vsid"] == topo["vsid"]:
            errors.append("%s: VSID %d clashes with %s" % (path("anchor", "vsid"), anchor["vsid"], path("vsid")))
    elif anchor.get("vsid"):
        errors.append("%s: only an overlay anchor takes a VSID" % path("anchor", "vsid"))
    if _net(anchor["prefix"]).overlaps(_net(topo["prefix"])):
        errors.append(
            "%s: anchor prefix %s overlaps the overlay prefix %s"
            % (path("anchor", "prefix"), anchor["prefix"], topo["prefix"])
        )
    for host, entry in sorted(hosts.items()):
        # subnet_of wants one IP version; overlay prefixes and subnets are IPv4 by the schema (ipv4_prefix).
        if _net(anchor["prefix"]).overlaps(_net(entry["subnet"])) and not _net(entry["subnet"]).subnet_of(
            _net(topo["prefix"])  # type: ignore[arg-type]
        ):
            errors.append(
                "%s: anchor prefix %s overlaps subnet %s of host %s"
                % (path("anchor", "prefix"), anchor["prefix"], entry["subnet"], host)
            )
    return errors


def _provider_address_errors(topo: dict[str, Any]) -> list[str]:
    """Overlay: each given provider address one host's, and outside the overlay's address space."""
    errors: list[str] = []
    hosts = topo["hosts"]
    path = field_paths(topo["kind"])
    pas: dict[str, str] = {}
    fleet = _net(topo["prefix"])
    for host, entry in sorted(hosts.items()):
        pa = entry.get("provider_address")
        if not pa:
            continue
        if pa in pas:
            errors.append(
                "%s: provider address %s is also host %s's" % (path("hosts", host, "provider_address"), pa, pas[pa])
            )
        pas[pa] = host
        # subnet_of wants one IP version; overlay prefixes and subnets are IPv4 by the schema (ipv4_prefix).
        inside = [topo["prefix"]] + [e["subnet"] for e in hosts.values() if not _net(e["subnet"]).subnet_of(fleet)]  # type: ignore[arg-type]

        for prefix in inside:
            if _inside(pa, prefix):
                errors.append(
                    "%s: provider address %s lies inside the overlay prefix %s"
                    % (path("hosts", host, "provider_address"), pa, prefix)
                )
    return errors


def _ipam_errors(topo: dict[str, Any]) -> list[str]:
    """Transparent: what static and DHCP address management each need and exclude."""
    errors: list[str] = []
    hosts = topo["hosts"]
    path = field_paths(topo["kind"])
    if topo["ipam"] == "static" and not topo["prefix"] and any(not e["subnet"] for e in hosts.values()):
        errors.append("%s: ipam static needs a prefix (fleet-wide or per host)" % path("prefix"))
    if topo["ipam"] == "dhcp":
        if (
            topo["prefix"]
            or topo["gateway"]
            or any((topo.get("_given_hosts") or {}).get(h, {}).get("prefix") for h in hosts)
        ):
            errors.append("%s: a prefix or gateway is only used with %s: static" % (path("prefix"), path("ipam")))
        if topo["vlan"]:
            errors.append("%s: a VLAN is a subnet policy in HNS and needs %s: static" % (path("vlan"), path("ipam")))
    return errors


def _vm_nic_errors(topo: dict[str, Any]) -> list[str]:
    """Container VMs: no two hosts name the same VM NIC on one parent."""
    errors: list[str] = []
    path = field_paths(topo["kind"])
    seen: dict[tuple[str, Any, Any], str] = {}
    for host, entry in sorted(topo["hosts"].items()):
        if entry.get("parent"):
            key = (entry["parent"], norm.name_key(entry["vm_name"]), norm.name_key(entry["vm_adapter"]))
            if key in seen:
                errors.append(
                    "%s: hosts %s and %s name the same VM NIC %s/%s on parent %s"
                    % (
                        path("hosts", host, "vm_name"),
                        seen[key],
                        host,
                        entry["vm_name"],
                        entry["vm_adapter"],
                        key[0],
                    )
                )
            seen[key] = host
    return errors


def drop_unset(value: Any) -> Any:
    """The value without null dict entries: null means 'not set' (Ansible role argument specs fill them in)."""
    if isinstance(value, dict):
        return {k: drop_unset(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [drop_unset(v) for v in value]
    return value


# Fleet-level keys whose values arrive as strings from `-e key=value` or an AWX text survey.
_INT_KEYS = ("vsid", "subnet_length", "vxlan_port", "vlan")
_BOOL_KEYS = ("allow_management_os", "mac_spoofing", "host_route", "firewall")
_TRUE, _FALSE = ("true", "yes", "on", "1"), ("false", "no", "off", "0")


def coerce_strings(topology: dict[str, Any]) -> dict[str, Any]:
    """Numbers and booleans given as strings become numbers and booleans; anything else is left to the schema."""
    out = dict(topology)
    for key in _INT_KEYS:
        value = out.get(key)
        if isinstance(value, str) and value.strip().isdigit():
            out[key] = int(value)
    for key in _BOOL_KEYS:
        value = out.get(key)
        if isinstance(value, str) and value.strip().lower() in _TRUE + _FALSE:
            out[key] = value.strip().lower() in _TRUE
    return out


def prepare(
    topology: Any,
    play_hosts: Iterable[str],
    hostvars: dict[str, dict[str, Any]] | None = None,
    inventory_hosts: Collection[str] | None = None,
    existing_subnets: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Validate and resolve a topology; raise TopologyError listing every fleet problem found without facts."""
    topology = coerce_strings(drop_unset(topology)) if isinstance(topology, dict) else topology
    topo = resolve(topology, play_hosts, hostvars, existing_subnets)
    topo["_given_hosts"] = {h: dict(v or {}) for h, v in (topology.get("hosts") or {}).items()}
    # A fleet-level mistake shows up once per host with the same message: report it once.
    errors = list(dict.fromkeys(check_resolved(topo, inventory_hosts)))
    topo.pop("_given_hosts")
    if errors:
        raise TopologyError(errors)
    for entry in topo["hosts"].values():
        for ep in entry.get("endpoints") or []:
            ep.pop("_path", None)
    return topo
