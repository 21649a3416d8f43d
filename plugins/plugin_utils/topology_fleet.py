# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Fleet computations: per-host subnet carving and overlay routes (internal collection use only).

Pure functions of their arguments; the filter plugins and the topology resolver call them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from ansible_collections.hyperv.network.plugins.plugin_utils import ipcache
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm


class FleetError(ValueError):
    """A fleet computation cannot produce a result; the message names the host or value."""


def _home_slot(host: str, slots: int) -> int:
    """Where a host's subnet lives when nothing collides: a stable hash of its name (never Python's hash())."""
    digest = hashlib.sha256(str(host).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % slots


def carve_subnets(
    hosts: Iterable[str],
    prefix: str,
    length: int | str,
    explicit: dict[str, str] | None = None,
    existing: dict[str, str] | None = None,
) -> dict[str, str]:
    """Give each host a subnet of ``length`` bits from ``prefix``; returns ``{host: subnet}``.

    Stable: ``explicit`` assignments are kept as given; a host whose ``existing`` subnet (what its
    network has now) is inside the prefix, of the right length and not claimed by another keeps
    it; every other host takes the first free slot from its name's hash (linear probing). So
    adding or removing hosts never moves a host that already has its subnet, and a fresh fleet
    gets the same answer whatever the order of ``hosts``.
    """
    explicit = explicit or {}
    existing = existing or {}
    fleet = ipcache.network(prefix)
    length = int(length)
    if length < fleet.prefixlen or length > fleet.max_prefixlen:
        raise FleetError("subnet length /%d does not fit in %s" % (length, prefix))
    hosts = sorted(dict.fromkeys(hosts))
    slots = 1 << (length - fleet.prefixlen)
    if len(hosts) > slots:
        raise FleetError("%s holds %d subnets of /%d, not %d hosts" % (prefix, slots, length, len(hosts)))
    size = 1 << (fleet.max_prefixlen - length)
    base = int(fleet.network_address)

    def slot_net(slot: int) -> Any:
        return ipcache.network((base + slot * size, length))

    result: dict[str, str] = {}
    taken: set[int] = set()
    claimed: list[Any] = []  # explicit subnets, which may be of any length or outside the fleet prefix
    for host in hosts:
        if explicit.get(host):
            net = ipcache.network(explicit[host])
            result[host] = str(net)
            claimed.append(net)

    def free(slot: int) -> bool:
        if slot in taken:
            return False
        net = slot_net(slot)
        return not any(net.overlaps(c) for c in claimed)

    # Existing subnets first, in name order so two hosts claiming one subnet resolve deterministically.
    for host in hosts:
        if host in result or not existing.get(host):
            continue
        try:
            net = ipcache.network(existing[host], strict=False)
        except ValueError:
            continue
        if net.version != fleet.version or net.prefixlen != length or not net.subnet_of(fleet):
            continue
        slot = (int(net.network_address) - base) // size
        if free(slot):
            taken.add(slot)
            result[host] = str(net)
    pending = sorted((h for h in hosts if h not in result), key=lambda h: (_home_slot(h, slots), h))
    for host in pending:
        slot = _home_slot(host, slots)
        for _probe in range(slots):
            if free(slot):
                break
            slot = (slot + 1) % slots
        else:
            raise FleetError("%s has no free /%d subnet left for host %s" % (prefix, length, host))
        taken.add(slot)
        result[host] = str(slot_net(slot))
    return result


def overlay_routes(
    fleet: dict[str, Any] | None, host: str | None = None
) -> list[dict[str, Any]] | dict[str, list[dict[str, Any]]]:
    """RemoteSubnetRoutes for every host from every OTHER host of an overlay fleet.

    ``fleet`` maps a host to ``{subnet, vsid, provider_address, dr_mac_address}``. Returns
    ``{host: [route, ...]}`` (or one host's list when ``host`` is given), each route
    ``{destination_prefix, isolation_id, provider_address, dr_mac_address}`` with the MAC upper
    case with dashes, sorted by destination so the result does not depend on the fleet's order.
    A member without a subnet, provider address or DR MAC raises FleetError naming it.
    """
    ordered = _ordered_routes(fleet)
    # Sorted once; each host's list is the others' routes in that order. One host's list costs O(fleet): building
    # every host's list to return one made a fleet run O(N^3) (issue 13).
    if host is not None:
        if host not in (fleet or {}):
            raise FleetError("host %s is not in the overlay fleet" % host)
        return [dict(r) for other, r in ordered if other != host]
    return {name: [dict(r) for other, r in ordered if other != name] for name in sorted(fleet or {})}


def _ordered_routes(fleet: dict[str, Any] | None) -> list[tuple[str, dict[str, Any]]]:
    """``[(member, route)]``: the route to each member of ``fleet`` (``overlay_routes``), in the routes phase's order
    (``routes_in_order``; members by name where two compare equal)."""
    published: dict[str, dict[str, Any]] = {}
    for name, facts in sorted((fleet or {}).items()):
        facts = facts or {}
        missing = [k for k in ("subnet", "vsid", "provider_address", "dr_mac_address") if not facts.get(k)]
        if missing:
            raise FleetError("overlay host %s has not published %s" % (name, ", ".join(missing)))
        published[name] = _route_to(name, facts["subnet"], facts["vsid"], facts["provider_address"],
                                    facts["dr_mac_address"])  # fmt: skip
    return sorted(
        published.items(),
        key=lambda item: (ipcache.network_key(item[1]["destination_prefix"]), item[1]["provider_address"]),
    )


@norm.memoised_dicts  # a fleet step builds every host's routes, each to the same members
def _route_to(name: str, subnet: str, vsid: int | str, provider_address: str, dr_mac_address: str) -> dict[str, Any]:
    """The RemoteSubnetRoute to one member from its published facts."""
    try:
        dr_mac = norm.mac(dr_mac_address)
    except ValueError as exc:
        raise FleetError("overlay host %s: dr_mac_address %s" % (name, exc)) from None
    vsid = int(vsid)
    if not 4096 <= vsid <= 65535:
        raise FleetError("overlay host %s: VSID %d is outside 4096..65535" % (name, vsid))
    return {
        "destination_prefix": ipcache.network_text(subnet, strict=False),
        "isolation_id": vsid,
        "provider_address": ipcache.address_text(provider_address),
        "dr_mac_address": dr_mac,
    }


def _hosts_text(hosts: Iterable[str]) -> str:
    return ", ".join(sorted(hosts))


# --- fleet membership and overlay routes ---------------------------------------------------------

PUBLISHED_KEYS = ("subnet", "vsid", "provider_address", "dr_mac_address")
# What an l2bridge per_host member publishes: its subnet and the LAN address the others route it through.
L2BRIDGE_PUBLISHED_KEYS = ("subnet", "lan_address")


def published_complete(facts: Any) -> bool:
    """Whether a host's published facts carry every value the others' routes need.

    overlay: subnet, VSID, provider address and DR MAC; l2bridge (facts with a ``lan_address`` key): subnet and LAN
    address.
    """
    if not isinstance(facts, dict):
        return False
    keys = L2BRIDGE_PUBLISHED_KEYS if "lan_address" in facts else PUBLISHED_KEYS
    return all(facts.get(k) for k in keys)


def overlay_fleet(
    members: Iterable[str] | None, published: dict[str, Any] | None, prune: bool = False
) -> dict[str, Any]:
    """What every member's routes have in common in a named fleet (``overlay_member_routes``), computed once.

    The fleet step builds each host's routes to confirm its read (``topology_role.settle_shares``): with this done
    once, a host's list costs a pass over the fleet's routes, not the members' facts read, checked and sorted again
    for each host (a rerun's fleet step is O(fleet) per host either way; issue 13). A member's facts that cannot
    make a route are kept as the error ``overlay_member_routes`` raises where it always raised it: after the checks
    of the host itself. Members that cannot be sorted (not all names) raise here.
    """
    members = sorted(dict.fromkeys(members or []))
    published = published or {}
    known = {m: published[m] for m in members if published_complete(published.get(m))}
    # A host asking for its routes must be known (else it fails first): a member planned or unknown is never it, so
    # these are the same for every host that gets its routes.
    planned = {m: published[m] for m in members if m not in known and planned_pending(published.get(m))}
    prepared: dict[str, Any] = {
        "members": members,
        "known": known,
        "unknown": [m for m in members if m not in known and m not in planned],
        "prune": bool(prune),
        "error": None,
    }
    try:
        prepared["ordered"] = _ordered_routes(known)
        prepared["pending"] = [
            {
                "destination_prefix": ipcache.network_text(f["subnet"], strict=False),
                "isolation_id": int(f["vsid"]),
                "provider_address": ipcache.address_text(f["provider_address"]) if f.get("provider_address") else None,
                "dr_mac_address": norm.mac(f["dr_mac_address"]) if f.get("dr_mac_address") else None,
                "member": m,
                "unknown": [k for k in ("provider_address", "dr_mac_address") if not f.get(k)],
            }
            for m, f in sorted(planned.items())
        ]
        # Destinations counted, not collected: a host's own route is not in its list, so its subnet is one less.
        destinations: dict[str, int] = {}
        for route in [r for _m, r in prepared["ordered"]] + prepared["pending"]:
            destinations[route["destination_prefix"]] = destinations.get(route["destination_prefix"], 0) + 1
        prepared["destinations"] = destinations
        addresses = {ipcache.address_text(f["provider_address"]) for f in known.values()}
        addresses.update(r["provider_address"] for r in prepared["pending"] if r["provider_address"])
        prepared["addresses"] = addresses
    except Exception as exc:  # raised as it is, per host, where the per-host code always raised it
        prepared["error"] = exc
    return prepared


def overlay_member_routes(
    host: str,
    members: Iterable[str] | None,
    published: dict[str, Any] | None,
    current: list[dict[str, Any]] | None = None,
    prune: bool = False,
    *,
    fleet: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """This host's RemoteSubnetRoutes in a named fleet, and which existing ones stay.

    ``members`` is the fleet (the inventory group, whoever is in the play); ``published`` maps a
    member to its published facts (this run's, or the fact cache's for members outside the play).
    ``current`` is the host's routes now. Returns ``{routes, kept, unknown}``: ``routes`` is the
    complete list to program with purge (one per known member other than ``host``, plus ``kept``);
    ``kept`` are current routes that belong to no known member (a member outside the play whose
    facts are unknown, or a host that left the group): they stay unless ``prune``; ``unknown`` the
    members without complete published facts. ``prune`` with unknown members raises FleetError:
    their routes cannot be told from a departed host's. ``fleet``: ``overlay_fleet`` of the same
    members, published facts and prune, where the caller builds several members' routes; ``members``,
    ``published`` and ``prune`` are then not read again.
    """
    if fleet is None:
        fleet = overlay_fleet(members, published, prune)
    if host not in fleet["members"]:
        raise FleetError("host %s is not a member of the overlay fleet" % host)
    if host not in fleet["known"]:
        raise FleetError("host %s has not published its overlay facts" % host)
    if fleet["prune"] and fleet["unknown"]:
        raise FleetError(
            "pruning routes needs every fleet member's published facts; none for %s (outside the play and not in "
            "the fact cache)" % _hosts_text(fleet["unknown"])
        )
    if fleet["error"] is not None:
        raise fleet["error"].with_traceback(None)  # one error for every host: no traceback piling up
    routes: list[dict[str, Any]] = []
    own = None
    for member, route in fleet["ordered"]:
        if member == host:
            own = route["destination_prefix"]
        else:
            routes.append(dict(route))
    kept: list[dict[str, Any]] = []
    if not fleet["prune"]:
        destinations, addresses = fleet["destinations"], fleet["addresses"]
        for route in current or []:
            try:
                dest = ipcache.network_text(route["destination_prefix"], strict=False)
                pa = ipcache.address_text(route["provider_address"])
            except (KeyError, TypeError, ValueError):
                continue
            # A known member's route replaces any older route to its subnet or from its provider address.
            if destinations.get(dest, 0) - (dest == own) > 0 or pa in addresses:
                continue
            kept.append(route_form(route))
    # The members' routes are in order already (``_ordered_routes``); only kept ones need a place among them.
    ordered = routes_in_order(routes + kept) if kept else routes
    pending = [dict(p, unknown=list(p["unknown"])) for p in fleet["pending"]]  # each host's own copy, as routes
    return {"routes": ordered, "kept": kept, "unknown": list(fleet["unknown"]), "pending": pending}


def route_form(route: dict[str, Any]) -> dict[str, Any]:
    """A remote subnet route as the routes phase writes it (prefix and address normalised, MAC in HNS's form)."""
    return {
        "destination_prefix": ipcache.network_text(route["destination_prefix"], strict=False),
        "isolation_id": int(route["isolation_id"]),
        "provider_address": ipcache.address_text(route["provider_address"]),
        "dr_mac_address": norm.mac(route["dr_mac_address"]),
    }


def routes_in_order(routes: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Routes in the order the routes phase lists them: by destination, then provider address."""
    return sorted(routes, key=lambda r: (ipcache.network_key(r["destination_prefix"]), r["provider_address"]))


def planned_pending(facts: Any) -> bool:
    """Check mode: a member whose network the plan creates (or re-creates): its planned subnet and VSID are known,
    its DR MAC (and maybe provider address) only once HNS has made the network (``overlay_planned``)."""
    return isinstance(facts, dict) and bool(facts.get("planned")) and bool(facts.get("subnet") and facts.get("vsid"))


def pending_route_line(network: str, route: dict[str, Any]) -> str:
    """The plan's line for a route to a member whose network is still to be created (check mode): it says which
    values are unknown instead of inventing them. Written as the planner writes a route add, so the plan counts it."""
    unknown = {"provider_address": "provider address", "dr_mac_address": "DR MAC"}
    missing = " and ".join(unknown[k] for k in route.get("unknown") or [] if k in unknown) or "values"
    return (
        "update network %s: add remote subnet routes %s via %s (vsid %s; %s unknown until %s's network is created)"
        % (
            network,
            route["destination_prefix"],
            route.get("provider_address") or "?",
            route["isolation_id"],
            missing,
            route["member"],
        )
    )


# --- l2bridge per_host host routes (flannel host-gw) ---------------------------------------------


def route_key(route: dict[str, Any]) -> str:
    """The ledger key of a host route: ``<interface alias>|<destination prefix>|<next hop>`` (host-objects.md)."""
    return "%s|%s|%s" % (route["interface"], route["destination_prefix"], route["next_hop"])


def parse_route_key(key: object) -> dict[str, str] | None:
    """A ledger key back to ``{interface, destination_prefix, next_hop}`` (None when malformed)."""
    parts = str(key).rsplit("|", 2)
    if len(parts) != 3:
        return None
    try:
        return {
            "interface": parts[0],
            "destination_prefix": ipcache.network_text(parts[1], strict=False),
            "next_hop": ipcache.address_text(parts[2]),
        }
    except ValueError:
        return None


def l2bridge_member_routes(
    host: str,
    members: Iterable[str] | None,
    published: dict[str, Any] | None,
    interface: str,
    *,
    current: list[dict[str, Any]] | None = None,
    prune: bool = False,
) -> dict[str, Any]:
    """This host's routes to every other member's subnet through that member's LAN address, and which stay.

    flannel host-gw on Windows (pkg/backend/hostgw/hostgw_windows.go, pkg/routing/router_windows.go CreateRoute):
    one route per remote lease ``{DestinationSubnet: lease subnet, GatewayAddress: its PublicIP, InterfaceIndex: the
    management interface}``. ``published`` maps a member to ``{subnet, lan_address, lan_prefix}``; ``interface`` is
    this host's management vNIC (``vEthernet (<adapter>)``); ``current`` the routes the host's ledger says we made
    (``{interface, destination_prefix, next_hop}``). Membership rules are the overlay routes'
    (``overlay_member_routes``): routes of members nothing is known of, or that left, are kept unless ``prune``;
    ``prune`` with unknown members raises. A member whose LAN address is not on this host's LAN subnet raises: it
    is no on-link next hop.
    """
    members = sorted(dict.fromkeys(members or []))
    if host not in members:
        raise FleetError("host %s is not a member of the l2bridge fleet" % host)
    # published[m] is read only where published_complete found facts in it, so never on None.
    known = {m: published[m] for m in members if published_complete((published or {}).get(m))}  # type: ignore[index]
    unknown = [m for m in members if m not in known]
    if host not in known:
        raise FleetError("host %s has not published its l2bridge facts (subnet, lan_address)" % host)
    if prune and unknown:
        raise FleetError(
            "pruning routes needs every fleet member's published facts; none for %s (outside the play and not in "
            "the fact cache)" % _hosts_text(unknown)
        )
    mine = known[host]
    lan = ipcache.network(mine["lan_prefix"], strict=False) if mine.get("lan_prefix") else None
    routes: list[dict[str, Any]] = []
    for name, facts in sorted(known.items()):
        if name == host:
            continue
        hop = ipcache.address(facts["lan_address"])
        if lan is not None and hop not in lan:
            raise FleetError(
                "l2bridge host %s's LAN address %s is not on host %s's LAN %s: with per-host subnets every member must "
                "be an on-link next hop for the others (flannel host-gw)" % (name, hop, host, lan)
            )
        routes.append(
            {
                "destination_prefix": ipcache.network_text(facts["subnet"], strict=False),
                "next_hop": str(hop),
                "interface": interface,
            }
        )
    kept: list[dict[str, Any]] = []
    if not prune:
        destinations = {ipcache.network(r["destination_prefix"]) for r in routes}
        destinations.add(ipcache.network(mine["subnet"], strict=False))
        hops = {ipcache.address_text(f["lan_address"]) for f in known.values()}
        for route in current or []:
            try:
                dest = ipcache.network(route["destination_prefix"], strict=False)
                hop = ipcache.address_text(route["next_hop"])
            except (KeyError, TypeError, ValueError):
                continue
            # A known member's route replaces any older route to its subnet or through its address.
            if dest in destinations or hop in hops:
                continue
            # Spelled as ``interface`` where it is that vNIC: Windows names are case-insensitive, and the host's own
            # routes share spells the ledger's routes so (windows-review-12 m1: else such a host never settles).
            alias = route.get("interface")
            if norm.name_key(alias) == norm.name_key(interface):
                alias = interface
            kept.append({"destination_prefix": str(dest), "next_hop": hop, "interface": alias})
    return {"routes": host_routes_in_order(routes + kept), "kept": kept, "unknown": unknown}


def host_routes_in_order(routes: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Host routes in the order the l2bridge routes phase lists them: by destination, then next hop."""
    return sorted(routes, key=lambda r: (ipcache.network_key(r["destination_prefix"]), r["next_hop"]))
