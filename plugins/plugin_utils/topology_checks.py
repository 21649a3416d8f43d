# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The fleet preflight and the post-check of a topology, from each host's snapshot (internal use only).

Input per host is what ``hyperv.network.host_network`` (state ``gathered``) registered: its
``snapshot`` is the raw host snapshot (protocol.schema.json ``$defs/snapshot``), parsed here with
the engine's own model (``state.HostState``) so ownership and names read exactly as the engine
reads them. Nothing here contacts a host. The rules of one host are ``topology_host_checks.check_host``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ansible_collections.hyperv.network.plugins.plugin_utils import ipcache
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils.state import HostState, registered_snapshot
from ansible_collections.hyperv.network.plugins.plugin_utils.state_host import addresses as remote_addresses
from ansible_collections.hyperv.network.plugins.plugin_utils.topology import field_path
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_host_checks import check_host
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_render import is_per_host_l2bridge


def input_errors(topology: Any) -> list[str]:
    """Bad values the topology schema lets through, each naming the role variable (checked before any host call).

    Port mapping VIPs: the schema takes any string; an address that is not one would reach the host_network task
    after the read and fail there under ``config.endpoints[...]``.
    """
    if not isinstance(topology, dict):
        return []
    kind = topology.get("kind")
    errors: list[str] = []
    lists: list[tuple[list[str | int], Any]] = [(["endpoints"], topology.get("endpoints"))]
    for host, entry in sorted((topology.get("hosts") or {}).items()):
        if isinstance(entry, dict):
            lists.append((["hosts", host, "endpoints"], entry.get("endpoints")))
    for path, endpoints in lists:
        for index, ep in enumerate(endpoints if isinstance(endpoints, list) else []):
            mappings = ep.get("port_mappings") if isinstance(ep, dict) else None
            for pm_index, pm in enumerate(mappings if isinstance(mappings, list) else []):
                vip = pm.get("vip") if isinstance(pm, dict) else None
                if vip in (None, "") or not isinstance(vip, str):
                    continue
                try:
                    ipcache.address(vip)
                except ValueError:
                    errors.append(
                        "%s: %r is not a valid IP address"
                        % (field_path(kind, [*path, index, "port_mappings", pm_index, "vip"]), vip)
                    )
    return errors


def snapshot_of(facts: Any) -> dict[str, Any] | None:
    """The raw snapshot in a registered host_network result (or the snapshot itself)."""
    if not isinstance(facts, dict):
        return None
    snapshot = registered_snapshot(facts)  # a registered role task's snapshot is its JSON text
    if snapshot is not None:
        return snapshot
    if any(k in facts for k in ("host", "adapters", "networks", "switches", "hns_version")):
        return facts
    return None


def host_state(facts: Any) -> HostState | None:
    """A HostState from a registered host_network result, or None when it carries no snapshot."""
    snapshot = snapshot_of(facts)
    if snapshot is None:
        return None
    return HostState.parsed(snapshot)


def existing_subnets(network_name: str, facts_by_host: dict[str, Any] | None) -> dict[str, str]:
    """``{host: prefix}`` of the network named ``network_name`` where a host has it (keeps carving stable)."""
    out = {}
    for host, facts in (facts_by_host or {}).items():
        state = host_state(facts)
        net = state.networks.get(norm.name_key(network_name)) if state else None
        if net and net.get("owned") and net.get("subnets"):
            out[host] = net["subnets"][0]["prefix"]
    return out


def check_facts(
    topo: dict[str, Any],
    facts_by_host: dict[str, Any] | None,
    hosts: Iterable[str] | None = None,
    given: dict[str, Any] | None = None,
) -> tuple[list[str], list[str], dict[str, Any]]:
    """Fleet preflight from each host's gathered snapshot.

    Returns ``(errors, warnings, topo)`` where ``topo`` is the resolved topology with what the
    facts settle filled in (overlay provider addresses and HostRoute). ``hosts`` limits the
    checks to the hosts that gathered (a serial batch); default: every host of ``topo``.
    """
    errors: list[str] = []
    warnings: list[str] = []
    hosts = sorted(hosts if hosts is not None else topo["hosts"])
    for host in hosts:
        state = host_state((facts_by_host or {}).get(host))
        if state is None:
            errors.append("host %s: no gathered snapshot (did the gather task run on it?)" % host)
            continue
        host_errors, host_warnings, extra = check_host(topo, host, state, given)
        errors.extend(host_errors)
        warnings.extend(host_warnings)
        topo["hosts"][host].update(extra)
    if is_per_host_l2bridge(topo):
        errors.extend(lan_subnet_errors(topo, hosts))
    if topo["kind"] == "overlay":
        seen: dict[str, str] = {}
        for host in hosts:
            pa = topo["hosts"][host].get("provider_address")
            if pa and pa in seen:
                errors.append(
                    "%s: provider address %s is also host %s's"
                    % (field_path("overlay", ["hosts", host, "provider_address"]), pa, seen[pa])
                )
            if pa:
                seen[pa] = host
    return errors, warnings, topo


def lan_subnet_errors(topo: dict[str, Any], hosts: Iterable[str] | None = None) -> list[str]:
    """l2bridge per_host: every member's LAN address in one subnet (flannel host-gw's precondition).

    flannel host-gw routes a remote subnet through the remote host's address as an on-link next hop
    (pkg/backend/hostgw/hostgw_windows.go; pkg/routing/router_windows.go CreateRoute) and refuses a PublicIP that is
    not the interface's; a next hop in another subnet is not on-link, so the route cannot work (review 3 design).
    """
    seen: dict[str, list[str]] = {}
    for host in sorted(hosts if hosts is not None else topo["hosts"]):
        entry = topo["hosts"].get(host) or {}
        if entry.get("lan_prefix"):
            seen.setdefault(entry["lan_prefix"], []).append("%s (%s)" % (host, entry.get("lan_address")))
    if len(seen) <= 1:
        return []
    return [
        "%s: with per-host subnets every host's LAN address must be in one subnet, so that each is an on-link next "
        "hop for the others (flannel host-gw); found %s; use %s: lan, or put the hosts on one LAN"
        % (
            field_path("l2bridge", ["adapter"]),
            "; ".join("%s: %s" % (prefix, ", ".join(members)) for prefix, members in sorted(seen.items())),
            field_path("l2bridge", ["mode"]),
        )
    ]


def owned_host_routes(facts: Any) -> list[dict[str, str]]:
    """The host routes the host's ledger says hyperv.network made (``{interface, destination_prefix, next_hop}``)."""
    from ansible_collections.hyperv.network.plugins.plugin_utils.topology_fleet import parse_route_key

    snapshot = snapshot_of(facts) or {}
    keys = (snapshot.get("ledger") or {}).get("routes") or []
    return [r for r in (parse_route_key(k) for k in keys) if r]


def _snapshot_routes(snapshot: dict[str, Any]) -> set[tuple[Any, str, str]]:
    out = set()
    for row in snapshot.get("routes") or []:
        try:
            prefix = ipcache.network_text(row.get("DestinationPrefix"), strict=False)
        except (TypeError, ValueError):
            continue
        out.add((norm.name_key(row.get("InterfaceAlias")), prefix, str(row.get("NextHop"))))
    return out


def _adapter_holding(snapshot: dict[str, Any], address: str | None) -> dict[str, Any] | None:
    for adapter in snapshot.get("adapters") or []:
        for ip in (adapter.get("ip") or {}).get("IPv4") or []:
            if ip.get("IPAddress") == address:
                return adapter
    return None


def _host_object_diffs(config: dict[str, Any], snapshot: dict[str, Any], absent: bool) -> list[str]:
    """Post-check of the host objects (host-objects.md): attach, forwarding, host routes, firewall rules."""
    diffs: list[str] = []
    routes = _snapshot_routes(snapshot)
    for item in config.get("host_routes") or []:
        key = (norm.name_key(item["interface"]), norm.prefix(item["destination_prefix"]), item["next_hop"])
        label = "host route %s via %s on %r" % (item["destination_prefix"], item["next_hop"], item["interface"])
        if absent and key in routes:
            diffs.append("%s is still present" % label)
        elif not absent and key not in routes:
            diffs.append("%s is missing" % label)
    if absent and config.get("purge_host_routes"):
        left = (snapshot.get("ledger") or {}).get("routes") or []
        if left:
            diffs.append("host routes %s are still recorded as ours" % sorted(left))
    endpoints = {norm.name_key(e["name"]): e for e in config.get("endpoints") or []}
    for item in config.get("endpoints") or []:
        if item.get("host_attach") and item.get("ip_address") and not absent:
            holder = _adapter_holding(snapshot, item["ip_address"])
            if holder is None:
                diffs.append(
                    "endpoint %r is not attached to the host (no vNIC holds %s)" % (item["name"], item["ip_address"])
                )
                continue
            # The attach removes a 0.0.0.0/0 on the gateway endpoint's vNIC (HvNetHostObjects.cs, review 3 finding
            # 2); a vNIC recreated later (HNS restart, another tool's attach) can get it back (review 4 finding 7).
            # ip.Gateways lists the next hops of the adapter's default routes (HvNetBridge.cs AdaptersSection).
            gateways = [g for g in (holder.get("ip") or {}).get("Gateways") or [] if g and ":" not in str(g)]
            if gateways:
                diffs.append(
                    "endpoint %r: its vNIC %r has a default route (0.0.0.0/0 via %s) that competes with the host's own "
                    "gateway (the attach removed it; a recreated vNIC gets it back): remove it with Remove-NetRoute "
                    "-InterfaceAlias %r -DestinationPrefix 0.0.0.0/0"
                    % (item["name"], holder.get("Name"), ", ".join(sorted(gateways)), holder.get("Name"))
                )
    for item in config.get("forwarding") or []:
        if absent or not item.get("enabled"):
            continue
        if item.get("endpoint"):
            ep = endpoints.get(norm.name_key(item["endpoint"])) or {}
            adapter = _adapter_holding(snapshot, ep.get("ip_address")) if ep.get("ip_address") else None
            label = "forwarding on the vNIC of endpoint %r" % item["endpoint"]
        else:
            adapter = next(
                (
                    a
                    for a in snapshot.get("adapters") or []
                    if norm.name_key(a.get("Name")) == norm.name_key(item["interface"])
                ),
                None,
            )
            label = "forwarding on %r" % item["interface"]
        if adapter is None:
            diffs.append("%s: no such interface" % label)
        elif int((adapter.get("ip") or {}).get("Forwarding") or 0) != 1:
            diffs.append("%s is off" % label)
    rules = {norm.name_key(r.get("Name")): r for r in snapshot.get("firewall_rules") or []}
    for item in config.get("firewall_rules") or []:
        rule = rules.get(norm.name_key(item["name"]))
        label = "firewall rule %r" % item["name"]
        if absent:
            if rule is not None:
                diffs.append("%s is still present" % label)
            continue
        if rule is None:
            diffs.append("%s is missing" % label)
            continue
        if item.get("local_port") is not None and [str(p) for p in rule.get("LocalPort") or []] != [
            str(item["local_port"])
        ]:
            diffs.append("%s has local port %s, not %s" % (label, rule.get("LocalPort"), item["local_port"]))
        if item.get("remote_addresses") is not None:
            # Canonical on both sides, as the read side (state_host.addresses) has them: RemoteAddress takes a subnet
            # as /length or with its mask (MicrosoftDocs windows-powershell-docs, NetSecurity/Set-NetFirewallRule.md),
            # and a rule reads back in either form; "Any" (or nothing) is no restriction.
            want = remote_addresses(item["remote_addresses"])
            got = remote_addresses(rule.get("RemoteAddress"))
            if want != got:
                diffs.append("%s has remote addresses %s, not %s" % (label, got or ["Any"], want or ["Any"]))
    return diffs


def network_routes(facts: Any, network_name: str) -> list[dict[str, Any]] | None:
    """The remote subnet routes the network ``network_name`` has in a registered host_network result (or None)."""
    state = host_state(facts)
    net = state.networks.get(norm.name_key(network_name)) if state else None
    if net is None:
        return None
    return [dict(r) for r in net.get("remote_subnet_routes") or []]


def _same(a: str | None, b: str | None) -> bool:
    return norm.name_key(a) == norm.name_key(b)


def verify(config: dict[str, Any], facts: Any, absent: bool = False) -> list[str]:
    """Post-check: differences between a host_network ``config`` and the host's snapshot (empty = converged).

    With ``absent``, every listed object must be gone. Compares what the topology sets: names,
    types, adapters, prefixes, VSID/VLAN, provider address, remote subnet routes, endpoint
    addresses and VM NIC MAC spoofing.
    """
    state = host_state(facts)
    if state is None:
        return ["no snapshot to compare with"]
    diffs: list[str] = []
    for kind in ("switches", "networks", "endpoints"):
        have = state.objects(kind)
        for item in config.get(kind) or []:
            obj = have.get(norm.name_key(item["name"]))
            label = "%s %r" % (kind[:-1], item["name"])
            if absent:
                if obj is not None:
                    diffs.append("%s is still present" % label)
                continue
            if obj is None:
                diffs.append("%s is missing" % label)
                continue
            if not obj.get("owned"):
                diffs.append("%s is not owned by hyperv.network" % label)
            if kind == "switches":
                if item.get("switch_type") and obj.get("switch_type") != item["switch_type"]:
                    diffs.append("%s is %s, not %s" % (label, obj.get("switch_type"), item["switch_type"]))
                want = [norm.name_key(a) for a in item.get("net_adapter_names") or []]
                got = [norm.name_key(a) for a in obj.get("net_adapter_names") or []]
                if want and sorted(want) != sorted(got):
                    diffs.append("%s is on %s, not %s" % (label, got, want))
            elif kind == "networks":
                if item.get("type") and obj.get("type") != item["type"]:
                    diffs.append("%s is %s, not %s" % (label, obj.get("type"), item["type"]))
                if item.get("adapter") and obj.get("adapter") and not _same(obj["adapter"], item["adapter"]):
                    diffs.append("%s is on adapter %s, not %s" % (label, obj["adapter"], item["adapter"]))
                if item.get("subnets") is not None:
                    want = [(norm.prefix(s["prefix"]), s.get("vsid"), s.get("vlan")) for s in item["subnets"]]
                    got = [(s.get("prefix"), s.get("vsid"), s.get("vlan")) for s in obj.get("subnets") or []]
                    want_cmp = [(p, v if v else None, vl if vl else None) for p, v, vl in want]
                    got_cmp = [(p, v if v else None, vl if vl else None) for p, v, vl in got]
                    if sorted(want_cmp, key=str) != sorted(got_cmp, key=str):
                        diffs.append("%s has subnets %s, not %s" % (label, got_cmp, want_cmp))
                if item.get("provider_address") and obj.get("provider_address") != item["provider_address"]:
                    diffs.append(
                        "%s has provider address %s, not %s"
                        % (label, obj.get("provider_address"), item["provider_address"])
                    )
                if item.get("remote_subnet_routes") is not None:
                    want = sorted(_route_tuple(r) for r in item["remote_subnet_routes"])
                    got = sorted(_route_tuple(r) for r in obj.get("remote_subnet_routes") or [])
                    if item.get("purge_remote_subnet_routes") and want != got:
                        diffs.append("%s has remote subnet routes %s, not %s" % (label, got, want))
                    elif not set(want) <= set(got):
                        diffs.append("%s lacks remote subnet routes %s" % (label, sorted(set(want) - set(got))))
            elif kind == "endpoints":
                if item.get("ip_address") and obj.get("ip_address") != item["ip_address"]:
                    diffs.append("%s has address %s, not %s" % (label, obj.get("ip_address"), item["ip_address"]))
    for item in config.get("vm_adapters") or []:
        obj = state.vm_adapters.get((norm.name_key(item["vm"]), norm.name_key(item["name"])))
        label = "VM %r adapter %r" % (item["vm"], item["name"])
        if obj is None:
            if not absent:
                diffs.append("%s is missing" % label)
            continue
        want = item.get("mac_address_spoofing")
        if want is not None and bool(obj.get("mac_address_spoofing")) != bool(want):
            diffs.append("%s has MAC address spoofing %s, not %s" % (label, obj.get("mac_address_spoofing"), want))
    diffs.extend(_host_object_diffs(config, snapshot_of(facts) or {}, absent))
    return diffs


def _route_tuple(route: dict[str, Any]) -> tuple[str, int, str, str | None]:

    return (
        ipcache.network_text(route["destination_prefix"], strict=False),
        int(route["isolation_id"]),
        str(route["provider_address"]),
        norm.mac(route["dr_mac_address"]),
    )


__all__ = [
    "check_facts",
    "existing_subnets",
    "input_errors",
    "network_routes",
    "snapshot_of",
    "verify",
]
