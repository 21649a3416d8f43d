# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Fleet computations: per-host subnet carving and overlay routes (internal collection use only).

Pure functions of their arguments; the filter plugins and the topology resolver call them.
"""

from __future__ import annotations

import hashlib
import ipaddress

from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm


class FleetError(ValueError):
    """A fleet computation cannot produce a result; the message names the host or value."""


def _home_slot(host, slots):
    """Where a host's subnet lives when nothing collides: a stable hash of its name (never Python's hash())."""
    digest = hashlib.sha256(str(host).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % slots


def carve_subnets(hosts, prefix, length, explicit=None, existing=None):
    """Give each host a subnet of ``length`` bits from ``prefix``; returns ``{host: subnet}``.

    Stable: ``explicit`` assignments are kept as given; a host whose ``existing`` subnet (what its
    network has now) is inside the prefix, of the right length and not claimed by another keeps
    it; every other host takes the first free slot from its name's hash (linear probing). So
    adding or removing hosts never moves a host that already has its subnet, and a fresh fleet
    gets the same answer whatever the order of ``hosts``.
    """
    explicit = explicit or {}
    existing = existing or {}
    fleet = ipaddress.ip_network(prefix)
    length = int(length)
    if length < fleet.prefixlen or length > fleet.max_prefixlen:
        raise FleetError("subnet length /%d does not fit in %s" % (length, prefix))
    hosts = sorted(dict.fromkeys(hosts))
    slots = 1 << (length - fleet.prefixlen)
    if len(hosts) > slots:
        raise FleetError("%s holds %d subnets of /%d, not %d hosts" % (prefix, slots, length, len(hosts)))
    size = 1 << (fleet.max_prefixlen - length)
    base = int(fleet.network_address)

    def slot_net(slot):
        return ipaddress.ip_network((base + slot * size, length))

    result = {}
    taken = set()
    claimed = []  # explicit subnets, which may be of any length or outside the fleet prefix
    for host in hosts:
        if explicit.get(host):
            net = ipaddress.ip_network(explicit[host])
            result[host] = str(net)
            claimed.append(net)

    def free(slot):
        if slot in taken:
            return False
        net = slot_net(slot)
        return not any(net.overlaps(c) for c in claimed)

    # Existing subnets first, in name order so two hosts claiming one subnet resolve deterministically.
    for host in hosts:
        if host in result or not existing.get(host):
            continue
        try:
            net = ipaddress.ip_network(existing[host], strict=False)
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


def overlay_routes(fleet, host=None):
    """RemoteSubnetRoutes for every host from every OTHER host of an overlay fleet.

    ``fleet`` maps a host to ``{subnet, vsid, provider_address, dr_mac_address}``. Returns
    ``{host: [route, ...]}`` (or one host's list when ``host`` is given), each route
    ``{destination_prefix, isolation_id, provider_address, dr_mac_address}`` with the MAC upper
    case with dashes, sorted by destination so the result does not depend on the fleet's order.
    A member without a subnet, provider address or DR MAC raises FleetError naming it.
    """
    published = {}
    for name, facts in sorted((fleet or {}).items()):
        facts = facts or {}
        missing = [k for k in ("subnet", "vsid", "provider_address", "dr_mac_address") if not facts.get(k)]
        if missing:
            raise FleetError("overlay host %s has not published %s" % (name, ", ".join(missing)))
        try:
            dr_mac = norm.mac(facts["dr_mac_address"])
        except ValueError as exc:
            raise FleetError("overlay host %s: dr_mac_address %s" % (name, exc)) from None
        vsid = int(facts["vsid"])
        if not 4096 <= vsid <= 65535:
            raise FleetError("overlay host %s: VSID %d is outside 4096..65535" % (name, vsid))
        published[name] = {
            "destination_prefix": str(ipaddress.ip_network(facts["subnet"], strict=False)),
            "isolation_id": vsid,
            "provider_address": str(ipaddress.ip_address(facts["provider_address"])),
            "dr_mac_address": dr_mac,
        }
    routes = {}
    for name in published:
        routes[name] = sorted(
            (dict(r) for other, r in published.items() if other != name),
            key=lambda r: (ipaddress.ip_network(r["destination_prefix"]), r["provider_address"]),
        )
    if host is not None:
        if host not in routes:
            raise FleetError("host %s is not in the overlay fleet" % host)
        return routes[host]
    return routes
