# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The preflight rules of one host, from its parsed snapshot (internal use only): ``check_host``.

``topology_checks.check_facts`` runs ``check_host`` on every host before any change. It refuses what would fail or
do harm there (an HNS without a feature the topology needs, a name or adapter another party holds, a prefix that
overlaps one the host has) and settles what only the host can tell: the overlay provider address, the l2bridge LAN
address, whether the overlay network gets HostRoute.
"""

from __future__ import annotations

from typing import Any, Callable, Iterator

from ansible_collections.hyperv.network.plugins.plugin_utils import ipcache
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils.foreign_names import cni_owner
from ansible_collections.hyperv.network.plugins.plugin_utils.hcn import FEATURES, WS2019_BUILD, WS2019_HNS_KB
from ansible_collections.hyperv.network.plugins.plugin_utils.state import HostState
from ansible_collections.hyperv.network.plugins.plugin_utils.topology import VXLAN_DEFAULT_PORT, field_path, field_paths
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_render import (
    gateway_endpoint_address,
    gateway_endpoint_name,
    is_per_host_l2bridge,
)

# HNS feature gates, as hcn.FEATURES defines them for the whole collection (hcsshim hcn/hcnglobals.go: the HNS
# version only, no OS build floor). Server 2019 (build 17763) meets the 9.2 gates with KB4489899.
HNS_REMOTE_SUBNET = FEATURES["remote_subnet_routes"][0]
HNS_HOST_ROUTE = FEATURES["host_route"][0]
HNS_VXLAN_PORT = FEATURES["vxlan_port"][0]
Topo = dict[str, Any]  # a resolved topology, a host's entry in it, an adapter of the snapshot: JSON-like dicts


def host_route_supported(state: HostState | None) -> bool:
    """Whether the host's HNS has the HostRoute policy (HNS 9.2 and later, hcsshim HostRouteVersion)."""
    if state is None or state.hns_version is None:
        return False
    return state.hns_version >= HNS_HOST_ROUTE


def _ws2019_hint(state: HostState) -> str:
    """The update that brings Server 2019's HNS to 9.2, when the host is Server 2019."""
    if state.os_build == WS2019_BUILD:
        return "; on Windows Server 2019 (build %d) install %s" % (WS2019_BUILD, WS2019_HNS_KB)
    return ""


def _ipv4_of(adapter: Topo) -> tuple[str, int, bool] | None:
    ip = adapter.get("ip") or {}
    for entry in ip.get("IPv4") or []:
        if entry.get("IPAddress"):
            return entry["IPAddress"], int(entry.get("PrefixLength") or 32), int(ip.get("Dhcp") or 0) == 1
    return None


def _find_adapter(state: HostState, name: str | None) -> Topo | None:
    key = norm.name_key(name)
    for adapter in state.adapters:
        if norm.name_key(adapter.get("Name")) == key:
            return adapter
    return None


def _adapter_ip_candidates(state: HostState, adapter_name: str, topo: Topo) -> list[Topo]:
    """Adapters that can carry the host's IP on ``adapter_name``: itself and vEthernet vNICs of switches on it."""
    names = [adapter_name, "vEthernet (%s)" % adapter_name]
    for switch in state.switches.values():
        if any(norm.name_key(a) == norm.name_key(adapter_name) for a in switch.get("net_adapter_names") or []):
            names.append("vEthernet (%s)" % switch["name"])
    out = []
    for name in names:
        adapter = _find_adapter(state, name)
        if adapter is not None and adapter not in out:
            out.append(adapter)
    return out


def _our_names(topo: Topo) -> tuple[set[Any], set[Any]]:
    """Names (name keys) of the switches and networks the topology makes."""
    switches, networks = set[Any](), {norm.name_key(topo["network_name"])}
    if topo.get("switch_name"):
        switches.add(norm.name_key(topo["switch_name"]))
    if topo["kind"] == "overlay":
        networks.add(norm.name_key(topo["anchor"]["name"]))
    return switches, networks


def _desired_prefixes(topo: Topo, entry: Topo) -> list[tuple[str, str]]:
    prefixes = []
    if entry.get("subnet"):
        prefixes.append(("subnet", entry["subnet"]))
    if topo["kind"] == "overlay":
        prefixes.append(("anchor prefix", topo["anchor"]["prefix"]))
    return prefixes


def subnet_field(kind: str, host: str, given: Topo | None = None) -> str:
    """The variable a host's subnet comes from, as the user wrote it.

    ``hyperv_network_nat_hosts.hv02.prefix`` (or ``..._hosts.hv02.subnet`` for overlay and l2bridge) when the
    host's entry sets it, else the fleet prefix ``hyperv_network_<kind>_prefix`` (nat and transparent have no
    ``subnet`` key; carved subnets come from the fleet prefix).
    """
    key = "subnet" if kind in ("overlay", "l2bridge") else "prefix"
    mine = ((given or {}).get(host) or {}) if isinstance(given, dict) else {}
    if mine.get(key):
        return field_path(kind, ["hosts", host, key])
    return field_path(kind, ["prefix"])


def check_host(topo: Topo, host: str, state: HostState, given: Topo | None = None) -> tuple[list[str], list[str], Topo]:
    """Preflight rules for one host from its parsed snapshot; returns (errors, warnings, resolved extras).

    ``given`` is the topology's ``hosts`` as the user wrote it, so messages name the variable a value came from.
    """
    kind = topo["kind"]
    entry = topo["hosts"][host]
    errors, warnings, extra = [], [], {}
    subnet_var = subnet_field(kind, host, given)

    # Windows features (issue 14 item 1): HNS needs Containers; a Hyper-V host (not a container VM) needs the
    # Hyper-V role and its PowerShell module for switches and VM NICs. Null where the host cannot say.
    errors.extend(feature_errors(host, state))

    # HNS itself and feature gates.
    errors.extend(_hns_errors(topo, host, state))
    if kind == "overlay":
        extra["host_route"] = _host_route(entry, state)

    # Without the Hyper-V PowerShell module (container VMs) the role cannot make the external switch;
    # HNS makes it from the network's adapter instead, as `docker network create -d transparent` does.
    if kind in ("transparent", "l2bridge"):
        extra["hns_makes_switch"] = state.host.get("hyperv_module") is False

    # Objects of ours by name that another party made: ownership forbids touching them.
    errors.extend(_ownership_errors(topo, host, state))

    # A CNI that manages HNS here would fight over the adapter or the routes.
    if kind != "nat":
        errors.extend(_cni_errors(kind, host, state))

    # The adapter: present, and not bound to somebody else's switch or network.
    errors.extend(_adapter_errors(topo, host, state))

    # Prefixes: no overlap with what the host already has.
    if kind != "transparent":
        errors.extend(_overlap_errors(topo, host, state, subnet_var))

    # VSIDs: overlay networks of others on this host must not use ours.
    if kind == "overlay":
        errors.extend(_vsid_errors(topo, host, state))

    # WinNAT: one internal NAT prefix per host.
    if kind == "nat":
        errors.extend(_winnat_errors(topo, host, state, subnet_var))

    adapter_name = entry.get("adapter")
    # Overlay provider address: a static IPv4 of the host on the adapter.
    if kind == "overlay" and adapter_name and _find_adapter(state, state.resolve_adapter(adapter_name)) is not None:
        pa_errors, pa_extra = _provider_address(topo, host, state)
        errors.extend(pa_errors)
        extra.update(pa_extra)

    # l2bridge: the host's LAN address, which the other members route this host's subnet through (per_host) and the
    # endpoints' SDNRoute to their own host names (review 3 finding 3).
    if kind == "l2bridge" and adapter_name and _find_adapter(state, state.resolve_adapter(adapter_name)) is not None:
        lan_errors, lan_warnings, lan_extra = _lan_address(topo, host, state)
        errors.extend(lan_errors)
        warnings.extend(lan_warnings)
        extra.update(lan_extra)

    # Container VMs without a parent: MAC spoofing cannot be turned on for them. Transparent needs it; l2bridge
    # rewrites container MACs to the host's and needs it only where the user asked for it (review 3 finding 5,
    # review 4 finding 5: MicrosoftDocs Virtualization-Documentation aaf115a9 dropped the l2bridge requirement).
    wants_spoofing = kind == "transparent" or (kind == "l2bridge" and topo.get("mac_spoofing"))
    if wants_spoofing and state.host.get("is_virtual_machine") and not entry.get("parent"):
        warnings.append(
            "host %s is a VM without hyperv_network_parent: turn on MAC address spoofing on its Hyper-V host "
            "yourself, or containers will not reach the network" % host
        )
    return errors, warnings, extra


def _hns_errors(topo: Topo, host: str, state: HostState) -> list[str]:
    """HNS itself, and for overlay the HNS versions its features need."""
    kind = topo["kind"]
    entry = topo["hosts"][host]
    where = field_paths(kind)
    errors = []
    version = state.hns_version
    if version is None:
        errors.append("host %s: HNS did not report a version (is the Containers feature installed?)" % host)
    elif kind == "overlay":
        shown = "%d.%d" % version
        if version < HNS_REMOTE_SUBNET:
            errors.append(
                "host %s: HNS %s (build %s) has no RemoteSubnetRoute policy, which needs HNS %d.%d%s; "
                "it cannot join a cross-host overlay"
                % (host, shown, state.os_build, HNS_REMOTE_SUBNET[0], HNS_REMOTE_SUBNET[1], _ws2019_hint(state))
            )
        if topo["vxlan_port"] != VXLAN_DEFAULT_PORT and version < HNS_VXLAN_PORT:
            errors.append(
                "%s: host %s runs HNS %s; a VXLAN port other than 4789 needs HNS 10.3"
                % (where("vxlan_port"), host, shown)
            )
        if entry.get("host_route") is True and not host_route_supported(state):
            errors.append(
                "%s: host %s (HNS %s, build %s) has no HostRoute policy, which needs HNS %d.%d%s; use auto"
                % (where("host_route"), host, shown, state.os_build, HNS_HOST_ROUTE[0], HNS_HOST_ROUTE[1],
                   _ws2019_hint(state))
            )  # fmt: skip
    return errors


def _host_route(entry: Topo, state: HostState) -> str | bool:
    """The overlay network's ``host_route`` on this host: ``auto`` only where its HNS has the HostRoute policy."""
    # auto: where the HNS version has HostRoute, host_network adds it by Modify after the create and takes a
    # refusal as a warning (what HNS does on build 17763 is unverified; flannel does the same).
    if entry.get("host_route") == "auto":
        return "auto" if host_route_supported(state) else False
    return bool(entry.get("host_route"))


def _ownership_errors(topo: Topo, host: str, state: HostState) -> list[str]:
    """Switches and networks with the topology's names that hyperv.network did not make."""
    where = field_paths(topo["kind"])
    our_switches, our_networks = _our_names(topo)
    errors = []
    for key, switch in state.switches.items():
        if key in our_switches and not switch["owned"]:
            errors.append(
                "%s: host %s already has a switch named %r that hyperv.network did not make; choose another name"
                % (where("switch_name"), host, switch["name"])
            )
    for key, net in state.networks.items():
        if key in our_networks and not net["owned"]:
            errors.append(
                "host %s: a network named %r exists that hyperv.network did not make; choose another name"
                % (host, net["name"])
            )
    return errors


def _cni_errors(kind: str, host: str, state: HostState) -> list[str]:
    """Networks of a CNI that manages HNS on the host."""
    errors = []
    for net in state.networks.values():
        owner = cni_owner(net["name"])
        if owner and not net["owned"]:
            errors.append(
                "host %s: %s manages HNS here (network %r); a %s topology would conflict with it"
                % (host, owner, net["name"], kind)
            )
    return errors


def _adapter_errors(topo: Topo, host: str, state: HostState) -> list[str]:
    """The host's adapter: present, and not bound to somebody else's switch or network."""
    entry = topo["hosts"][host]
    where = field_paths(topo["kind"])
    our_switches, our_networks = _our_names(topo)
    errors: list[str] = []
    adapter_name = entry.get("adapter")
    if not adapter_name:
        return errors
    physical = state.resolve_adapter(adapter_name)
    adapter = _find_adapter(state, physical)
    path = where("hosts", host, "adapter")
    if adapter is None:
        known = ", ".join(sorted(a.get("Name", "?") for a in state.adapters if not a.get("Virtual"))) or "none"
        errors.append("%s: host %s has no adapter named %r (adapters: %s)" % (path, host, adapter_name, known))
        return errors
    mine_exist = any(
        net["owned"] and key in our_networks and norm.name_key(net.get("adapter")) == norm.name_key(physical)
        for key, net in state.networks.items()
    )
    for key, switch in state.switches.items():
        bound = [norm.name_key(a) for a in switch.get("net_adapter_names") or []]
        if norm.name_key(physical) not in bound or key in our_switches:
            continue
        if mine_exist and switch["owned"] is False:
            continue  # the switch HNS made for our own network (every topology lets HNS make it, hns 5)
        errors.append(
            "%s: adapter %r of host %s is already bound to switch %r" % (path, physical, host, switch["name"])
        )
    for key, net in state.networks.items():
        if key in our_networks or norm.name_key(net.get("adapter")) != norm.name_key(physical):
            continue
        errors.append(
            "%s: adapter %r of host %s is already used by %s network %r"
            % (path, physical, host, net.get("type") or "an", net["name"])
        )
    return errors


def _overlap_errors(topo: Topo, host: str, state: HostState, subnet_var: str) -> list[str]:
    """The host's subnet and the overlay anchor's prefix against the networks and adapters the host has."""
    entry = topo["hosts"][host]
    where = field_paths(topo["kind"])
    our_switches, our_networks = _our_names(topo)
    errors = []
    desired = _desired_prefixes(topo, entry)
    for label, prefix in desired:
        net = ipcache.network(prefix)
        for other, theirs in _network_overlaps(state, net, our_networks):
            errors.append(
                "%s: %s %s of host %s overlaps %s of its network %r"
                % (_label_var(label, subnet_var, where), label, prefix, host, theirs, other["name"])
            )
        for name, theirs in _adapter_overlaps(topo, entry, state, net, our_switches | our_networks):
            errors.append(
                "%s: %s %s of host %s overlaps %s on its adapter %r"
                % (_label_var(label, subnet_var, where), label, prefix, host, theirs, name)
            )
    return errors


def _network_overlaps(state: HostState, net: Any, our_networks: set[Any]) -> Iterator[tuple[Topo, Any]]:
    """``(network, its prefix)`` for every subnet of another party's network on the host that overlaps ``net``."""
    for other in state.networks.values():
        if norm.name_key(other["name"]) in our_networks:
            continue
        for sn in other.get("subnets") or []:
            try:
                theirs = ipcache.network(sn["prefix"], strict=False)
            except (TypeError, ValueError):
                continue
            if net.overlaps(theirs):
                yield other, theirs


def _adapter_overlaps(
    topo: Topo, entry: Topo, state: HostState, net: Any, our_vnics: set[Any]
) -> Iterator[tuple[str, Any]]:
    """``(adapter name, its prefix)`` for every IPv4 address of the host's adapters that overlaps ``net``, but for
    the topology's own addresses and the host vNICs of our objects (``our_vnics``)."""
    if is_per_host_l2bridge(topo):
        # The attached gateway endpoint's vNIC holds .2 of the host's own subnet (review 3 low note).
        our_vnics = our_vnics | {norm.name_key(gateway_endpoint_name(topo))}
    for adapter in state.adapters:
        name = adapter.get("Name") or ""
        vnic_of = norm.management_vnic_switch(name)
        if vnic_of and norm.name_key(vnic_of) in our_vnics:
            continue  # the host vNIC of our own switch, NAT network or gateway endpoint
        found = _ipv4_of(adapter)
        if not found:
            continue
        address, length, _dhcp = found
        if address == entry.get("gateway"):
            continue
        if is_per_host_l2bridge(topo) and entry.get("subnet") and address == gateway_endpoint_address(entry):
            continue  # an attached endpoint is known by its address, not its vNIC's name (host-objects.md)
        theirs = ipcache.network("%s/%d" % (address, length), strict=False)
        if net.overlaps(theirs):
            yield name, theirs


def _vsid_errors(topo: Topo, host: str, state: HostState) -> list[str]:
    """Overlay: the VSIDs of other parties' overlay networks on the host against ours."""
    where = field_paths(topo["kind"])
    errors = []
    ours = {topo["vsid"]: where("vsid")}
    if topo["anchor"].get("vsid"):
        ours[topo["anchor"]["vsid"]] = where("anchor", "vsid")
    _our_switches, our_networks = _our_names(topo)
    for other in state.networks.values():
        if norm.name_key(other["name"]) in our_networks:
            continue
        for sn in other.get("subnets") or []:
            if sn.get("vsid") in ours:
                errors.append(
                    "%s: VSID %d clashes with network %r on host %s"
                    % (ours[sn["vsid"]], sn["vsid"], other["name"], host)
                )
    return errors


def _winnat_errors(topo: Topo, host: str, state: HostState, subnet_var: str) -> list[str]:
    """nat: WinNAT allows one internal NAT prefix per host."""
    entry = topo["hosts"][host]
    where = field_paths(topo["kind"])
    _our_switches, our_networks = _our_names(topo)
    errors = []
    subnet = ipcache.network(entry["subnet"])
    for nat in state.netnat:
        try:
            theirs = ipcache.network(nat.get("InternalIPInterfaceAddressPrefix"), strict=False)
        except (TypeError, ValueError):
            continue
        if theirs != subnet:
            errors.append(
                "%s: host %s already has WinNAT %r for %s; WinNAT allows one internal NAT prefix per host"
                % (subnet_var, host, nat.get("Name"), theirs)
            )
    for other in state.networks.values():
        if other.get("type") != "nat" or norm.name_key(other["name"]) in our_networks:
            continue
        errors.append(
            "%s: host %s already has NAT network %r; WinNAT allows one internal NAT prefix per host"
            % (where("network_name"), host, other["name"])
        )
    return errors


def _provider_address(topo: Topo, host: str, state: HostState) -> tuple[list[str], Topo]:
    """Overlay: the provider address (given, or the adapter's), a static IPv4 of the host; (errors, extras)."""
    entry = topo["hosts"][host]
    adapter_name = entry.get("adapter")
    where = field_paths(topo["kind"])
    errors, extra = [], {}
    path = where("hosts", host, "provider_address")
    candidates = _adapter_ip_candidates(state, state.resolve_adapter(adapter_name), topo)
    given = entry.get("provider_address")
    if given:
        owner = None
        for adapter in state.adapters:
            for ip in (adapter.get("ip") or {}).get("IPv4") or []:
                if ip.get("IPAddress") == given:
                    owner = adapter
        if owner is None:
            errors.append("%s: %s is not an address of host %s" % (path, given, host))
        elif int((owner.get("ip") or {}).get("Dhcp") or 0) == 1:
            errors.append(
                "%s: %s on host %s comes from DHCP; the provider address must be static" % (path, given, host)
            )
        extra["provider_address"] = given
    else:
        found = next((f for f in (_ipv4_of(a) for a in candidates) if f), None)
        if found is None:
            errors.append(
                "%s: host %s has no IPv4 address on adapter %r to use as provider address" % (path, host, adapter_name)
            )
        elif found[2]:
            errors.append(
                "%s: host %s's address %s on adapter %r comes from DHCP; set a static IP or give the "
                "provider address" % (path, host, found[0], adapter_name)
            )
        else:
            extra["provider_address"] = found[0]
    return errors, extra


def _lan_address(topo: Topo, host: str, state: HostState) -> tuple[list[str], list[str], Topo]:
    """l2bridge: the host's LAN address and prefix on the adapter; (errors, warnings, extras)."""
    entry = topo["hosts"][host]
    adapter_name = entry.get("adapter")
    where = field_paths(topo["kind"])
    errors, warnings, extra = [], [], {}
    candidates = _adapter_ip_candidates(state, state.resolve_adapter(adapter_name), topo)
    found = next((f for f in (_ipv4_of(a) for a in candidates) if f), None)
    if found is None:
        if is_per_host_l2bridge(topo):
            errors.append(
                "%s: host %s has no IPv4 address on adapter %r; with per-host subnets the other hosts route its "
                "subnet through that address" % (where("hosts", host, "adapter"), host, adapter_name)
            )
    else:
        address, length, dhcp = found
        extra["lan_address"] = address
        extra["lan_prefix"] = ipcache.network_text("%s/%d" % (address, length), strict=False)
        if dhcp and is_per_host_l2bridge(topo):
            warnings.append(
                "host %s: its LAN address %s on adapter %r comes from DHCP; the other hosts' routes to its subnet "
                "point at it, so rerun the role when it changes" % (host, address, adapter_name)
            )
    return errors, warnings, extra


def feature_errors(host: str, state: HostState) -> list[str]:
    """Refusals for Windows features the snapshot's ``host.features`` says are missing (before any change).

    Containers everywhere (HNS is part of it); the Hyper-V role on a Hyper-V host (a host that is not itself a VM).
    Hyper-V-PowerShell is not required: without the module HNS makes the External switch from the adapter and the
    teardown leaves it to HNS (issue 12 item 4); the parent task of container VMs, which needs it, is refused by the
    bridge naming the module.
    """
    features = state.host.get("features")
    if not isinstance(features, dict):
        return []
    needed = ["Containers"]
    if state.host.get("is_virtual_machine") is False:
        needed.append("Hyper-V")
    out = []
    for name in needed:
        if features.get(name) is False:
            out.append(
                "host %s: the Windows feature %s is not installed; install it first (it needs a restart), e.g. "
                "'- ansible.windows.win_feature: {name: %s, state: present, include_management_tools: true}' "
                "then 'ansible.windows.win_reboot'" % (host, name, name)
            )
    return out


def _label_var(label: str, subnet_var: str, where: Callable[..., str]) -> str:
    """The variable behind a desired prefix: the host's subnet, or the overlay anchor's prefix."""
    return where("anchor", "prefix") if label == "anchor prefix" else subnet_var


__all__ = ["check_host", "host_route_supported"]
