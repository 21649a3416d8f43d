# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Validation of the desired config before any bridge call (internal collection use only).

Ansible's argspec already checked types and choices; this checks what Windows and HNS would
reject, with a message that names the field path, e.g.
``config.networks[0].subnets[1].prefix: '10.0.0.0/33' is not a valid IPv4 or IPv6 prefix``.
All problems are reported at once.
"""

import ipaddress
import re
import unicodedata
from collections.abc import Callable, Collection, Hashable
from typing import Any

from ansible_collections.hyperv.network.plugins.plugin_utils import ipcache, network_fields
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import HvNetValidationError
from ansible_collections.hyperv.network.plugins.plugin_utils.validate_host import validate_host_objects

__all__ = ["HvNetValidationError", "validate_config"]

_Address = ipaddress.IPv4Address | ipaddress.IPv6Address
_Network = ipaddress.IPv4Network | ipaddress.IPv6Network

NAME_MAX = 256  # protocol.schema.json object_name
DNS_NAME_MAX = 253  # RFC 1035: 255 octets on the wire, 253 characters written out
NOTES_MAX = 4096 - len("\n" + norm.OWNERSHIP_TAG)
SWITCH_TYPES = ("external", "internal", "private")
BANDWIDTH_MODES = ("absolute", "default", "none", "weight")
NETWORK_TYPES = tuple(norm.NETWORK_TYPES)
VLAN_MODES = ("untagged", "access", "trunk")
_GUID = re.compile(r"^\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?$")
# Get-VMNetworkAdapter Id, Microsoft:<VM GUID>\\<NIC GUID> (protocol.schema.json $defs/vm_nic_id).
_VM_NIC_ID = re.compile(r"^Microsoft:[0-9A-Fa-f-]{36}\\[0-9A-Fa-f-]{36}$")
_VLAN_LIST = re.compile(r"^[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*$")
# HCN policy types the engine reads into options of their own (networks.py, endpoints.py), by lower-cased Type;
# a network's simple options come from their table.
_NETWORK_TYPED_POLICIES = {
    "netadaptername": "adapter",
    "drmacaddress": "dr_mac_address (HNS sets it)",
    "remotesubnetroute": "remote_subnet_routes",
    **{policy: field.name for policy, field in network_fields.BY_POLICY.items()},
}
_ENDPOINT_TYPED_POLICIES = {
    "portmapping": "port_mappings",
    "outboundnat": "outbound_nat",
    "acl": "acls",
    "sdnroute": "sdn_routes",
    "provideraddress": "provider_address",
}


class _Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def error(self, path: str, message: str) -> None:
        self.errors.append("%s: %s" % (path, message))

    def name(self, path: str, value: object, required: bool = True, what: str = "name") -> bool:
        """Windows object name rules: exact names only, so no wildcards, control characters or edge spaces."""
        if value is None or value == "":
            if required:
                self.error(path, "a %s is required" % what)
            return False
        if not isinstance(value, str):
            self.error(path, "%r must be a string" % (value,))
            return False
        problems = []
        if len(value) > NAME_MAX:
            problems.append("is longer than %d characters" % NAME_MAX)
        if any(c in value for c in "*?[]"):
            problems.append("contains a wildcard character (* ? [ ]); names are matched exactly")
        if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in value):
            problems.append("contains a control or line-separator character")
        if value != value.strip():
            problems.append("has leading or trailing spaces")
        for p in problems:
            self.error(path, "%r %s" % (value, p))
        return not problems

    def ip(self, path: str, value: object, version: int | None = None) -> _Address | None:
        if value is None or value == "":
            return None
        try:
            parsed = ipcache.address(str(value).strip())
        except ValueError:
            self.error(path, "%r is not a valid IP address" % (value,))
            return None
        if version and parsed.version != version:
            self.error(path, "%r is not an IPv%d address" % (value, version))
            return None
        return parsed

    def prefix(self, path: str, value: object, required: bool = False) -> _Network | None:
        if value is None or value == "":
            if required:
                self.error(path, "a prefix is required")
            return None
        try:
            return ipcache.network(norm.prefix(value))
        except ValueError as e:
            self.error(path, str(e))
            return None

    def mac(self, path: str, value: object) -> str | None:
        if value is None or value == "":
            return None
        try:
            return norm.mac(value)
        except ValueError as e:
            self.error(path, str(e))
            return None

    def int_range(self, path: str, value: object, low: int, high: int, why: str = "") -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int):
            try:
                value = int(str(value))
            except ValueError:
                self.error(path, "%r is not an integer" % (value,))
                return
        if not low <= value <= high:
            self.error(path, "%s is out of range %d..%d%s" % (value, low, high, why))

    def choice(self, path: str, value: object, choices: Collection[str]) -> str | None:
        if value is None:
            return None
        lowered = str(value).lower()
        if lowered not in choices:
            self.error(path, "%r is not one of %s" % (value, ", ".join(choices)))
            return None
        return lowered

    def unique_names(self, path: str, items: list[Any], key: Callable[[Any], Hashable]) -> None:
        seen: dict[Hashable, int] = {}
        for i, item in enumerate(items):
            k = key(item)
            if k is None:
                continue
            if k in seen:
                self.error(
                    "%s[%d]" % (path, i),
                    "duplicates %s[%d] (names are compared case-insensitively, as Windows does)" % (path, seen[k]),
                )
            else:
                seen[k] = i

    def dns(self, path: str, value: dict[str, Any] | None) -> None:
        if not value:
            return
        for i, server in enumerate(norm.str_list(value.get("servers"))):
            self.ip("%s.servers[%d]" % (path, i), server)
        if value.get("domain") is not None:
            self.dns_name(path + ".domain", value.get("domain"))
        search = value.get("search")
        for i, entry in enumerate(search if isinstance(search, list) else norm.str_list(search)):
            self.dns_name("%s.search[%d]" % (path, i), entry)

    def dns_name(self, path: str, value: object) -> None:
        """A DNS suffix goes to the host as given: no edge spaces (they would be trimmed), control characters or
        over-long names (found by the security tests: ' lab ' was silently sent as 'lab')."""
        if not isinstance(value, str):
            self.error(path, "%r must be a string" % (value,))
            return
        if len(value) > DNS_NAME_MAX:
            self.error(path, "%r is longer than %d characters (the limit of a DNS name)" % (value, DNS_NAME_MAX))
        if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in value):
            self.error(path, "%r contains a control or line-separator character" % (value,))
        if value != value.strip():
            self.error(path, "%r has leading or trailing spaces" % (value,))

    def policies(self, path: str, value: list[Any] | None, typed: dict[str, str]) -> None:
        """Raw HCN policies: {Type, Settings}, and no Type the module models with its own option.

        The engine reads a typed policy back into its option (an OutBoundNAT policy becomes
        ``outbound_nat``), so the same policy given raw would never compare equal to what the host
        holds: every run would add it again and HNS would refuse it as already present.
        """
        for i, p in enumerate(value or []):
            if not isinstance(p, dict) or not isinstance(p.get("Type"), str) or not p.get("Type"):
                self.error("%s[%d]" % (path, i), "a raw HCN policy needs a Type (string) and Settings (object)")
            elif p.get("Settings") is not None and not isinstance(p.get("Settings"), dict):
                self.error("%s[%d].Settings" % (path, i), "must be an object")
            elif p["Type"].lower() in typed:
                self.error(
                    "%s[%d].Type" % (path, i),
                    "%r is managed by the option %s; use it instead of a raw policy"
                    % (p["Type"], typed[p["Type"].lower()]),
                )


def _items(config: dict[str, Any], kind: str) -> list[Any]:
    value = config.get(kind)
    return value if isinstance(value, list) else []


def norm_host_route(value: object) -> bool | str | None:
    """``host_route`` as True, False, "auto" or None; "invalid" for anything else (Ansible's boolean strings pass)."""
    if value is None or isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text == "auto":
        return "auto"
    if text in ("true", "yes", "on", "1", "y", "t"):
        return True
    if text in ("false", "no", "off", "0", "n", "f"):
        return False
    return "invalid"


def validate_config(config: object, state: str | None = None) -> None:
    """Raise ``HvNetValidationError`` naming every invalid field of a host_network ``config``.

    ``state`` (when known) lets a state=deleted item name its object alone (validate_host: firewall rules)."""
    c = _Checker()
    if config is None:
        return
    if not isinstance(config, dict):
        raise HvNetValidationError("config: must be a dictionary with switches, networks, endpoints and vm_adapters")
    for kind in ("switches", "networks", "endpoints", "vm_adapters"):
        if config.get(kind) is not None and not isinstance(config.get(kind), list):
            c.error("config.%s" % kind, "must be a list")
    _switches(c, _items(config, "switches"))
    network_prefixes = _networks(c, _items(config, "networks"))
    _endpoints(c, _items(config, "endpoints"), network_prefixes)
    _vm_adapters(c, _items(config, "vm_adapters"))
    validate_host_objects(c, config, [e for e in _items(config, "endpoints") if isinstance(e, dict)], state=state)
    if c.errors:
        raise HvNetValidationError("; ".join(c.errors), errors=c.errors)


def _switches(c: _Checker, switches: list[Any]) -> None:
    c.unique_names("config.switches", switches, lambda s: norm.name_key(s.get("name")))
    for i, s in enumerate(switches):
        path = "config.switches[%d]" % i
        c.name(path + ".name", s.get("name"))
        stype = c.choice(path + ".switch_type", s.get("switch_type"), SWITCH_TYPES)
        adapters = s.get("net_adapter_names")
        if adapters is not None:
            if stype in ("internal", "private"):
                c.error(
                    path + ".net_adapter_names",
                    "an %s switch has no physical adapter; use switch_type external or drop net_adapter_names" % stype,
                )
            if not adapters:
                c.error(path + ".net_adapter_names", "must name at least one adapter")
            for j, a in enumerate(adapters):
                c.name("%s.net_adapter_names[%d]" % (path, j), a, what="adapter name")
            c.unique_names(path + ".net_adapter_names", [{"n": a} for a in adapters], lambda x: norm.name_key(x["n"]))
        c.choice(path + ".minimum_bandwidth_mode", s.get("minimum_bandwidth_mode"), BANDWIDTH_MODES)
        notes = s.get("notes")
        if notes is not None:
            if len(notes) > NOTES_MAX:
                c.error(path + ".notes", "is longer than %d characters" % NOTES_MAX)
            if norm.OWNERSHIP_TAG in notes:
                c.error(
                    path + ".notes",
                    "must not contain %s: the engine adds and strips the ownership tag" % norm.OWNERSHIP_TAG,
                )


def _networks(c: _Checker, networks: list[Any]) -> dict[str | None, list[_Network]]:
    """Check networks; return {name key: [subnet networks]} for the endpoint checks."""
    c.unique_names("config.networks", networks, lambda n: norm.name_key(n.get("name")))
    prefixes: dict[str | None, list[_Network]] = {}
    for i, n in enumerate(networks):
        path = "config.networks[%d]" % i
        c.name(path + ".name", n.get("name"))
        ntype = c.choice(path + ".type", n.get("type"), NETWORK_TYPES)
        if n.get("adapter") is not None:
            c.name(path + ".adapter", n.get("adapter"), what="adapter name")
        if n.get("switch") is not None:
            c.name(path + ".switch", n.get("switch"), what="switch name")
        subnets = _subnets(c, path, n.get("subnets"), ntype)
        prefixes[norm.name_key(n.get("name"))] = subnets
        c.dns(path + ".dns", n.get("dns"))
        pool = n.get("mac_pool")
        if pool:
            start = c.mac(path + ".mac_pool.start", pool.get("start"))
            end = c.mac(path + ".mac_pool.end", pool.get("end"))
            if start and end and start > end:
                c.error(path + ".mac_pool", "start %s is after end %s" % (start, end))
        c.ip(path + ".provider_address", n.get("provider_address"))
        c.int_range(path + ".vxlan_port", n.get("vxlan_port"), 1, 65535)
        if norm_host_route(n.get("host_route")) == "invalid":
            c.error(path + ".host_route", "must be true, false or auto, got %r" % (n.get("host_route"),))
        _remote_subnet_routes(c, path, n.get("remote_subnet_routes"))
        if (n.get("remote_subnet_routes") or n.get("host_route") or n.get("vxlan_port")) and ntype not in (
            None,
            "overlay",
        ):
            c.error(
                path + ".type",
                "%r networks take no remote_subnet_routes, host_route or vxlan_port (overlay only)" % ntype,
            )
        c.policies(path + ".policies", n.get("policies"), _NETWORK_TYPED_POLICIES)
    return prefixes


def _subnets(c: _Checker, path: str, items: list[Any] | None, ntype: str | None) -> list[_Network]:
    """Check a network's subnets (``items``); return their prefixes (``ipaddress`` networks) that are valid."""
    subnets = []
    # Overlap across networks is left to the host and the roles' preflight: hosts made by other tools
    # can carry overlapping networks, and gathered output must validate (the round trip).
    seen_prefixes: list[tuple[str, _Network]] = []
    for j, sn in enumerate(items or []):
        spath = "%s.subnets[%d]" % (path, j)
        net = c.prefix(spath + ".prefix", sn.get("prefix"), required=True)
        if net is not None:
            subnets.append(net)
            for other_path, other in seen_prefixes:
                if other.version == net.version and other.overlaps(net):
                    c.error(spath + ".prefix", "%s overlaps %s (%s)" % (net, other, other_path))
            seen_prefixes.append((spath + ".prefix", net))
        gw = c.ip(spath + ".gateway", sn.get("gateway"))
        if gw is not None and net is not None and gw not in net:
            c.error(spath + ".gateway", "%s is not inside the subnet %s" % (gw, net))
        for k, r in enumerate(sn.get("routes") or []):
            rpath = "%s.routes[%d]" % (spath, k)
            c.prefix(rpath + ".destination", r.get("destination"), required=True)
            c.ip(rpath + ".next_hop", r.get("next_hop"))
            c.int_range(rpath + ".metric", r.get("metric"), 0, 9999)
        if sn.get("vsid") is not None:
            if ntype == "overlay":
                c.int_range(
                    spath + ".vsid",
                    sn.get("vsid"),
                    4096,
                    65535,
                    " on an overlay network (RemoteSubnetRoute IsolationId is uint16; below 4096 is reserved)",
                )
            else:
                c.int_range(spath + ".vsid", sn.get("vsid"), 1, 16777215)
        c.int_range(spath + ".vlan", sn.get("vlan"), 1, 4094)
    return subnets


def _remote_subnet_routes(c: _Checker, path: str, items: list[Any] | None) -> None:
    """Check an overlay network's remote subnet routes (``items``): each needs all four values."""
    for k, r in enumerate(items or []):
        rpath = "%s.remote_subnet_routes[%d]" % (path, k)
        c.prefix(rpath + ".destination_prefix", r.get("destination_prefix"), required=True)
        if r.get("isolation_id") is None:
            c.error(rpath + ".isolation_id", "is required")
        c.int_range(
            rpath + ".isolation_id",
            r.get("isolation_id"),
            4096,
            65535,
            " (RemoteSubnetRoute IsolationId is uint16)",
        )
        if not r.get("provider_address"):
            c.error(rpath + ".provider_address", "is required")
        c.ip(rpath + ".provider_address", r.get("provider_address"))
        if not r.get("dr_mac_address"):
            c.error(rpath + ".dr_mac_address", "is required")
        c.mac(rpath + ".dr_mac_address", r.get("dr_mac_address"))


def _endpoints(c: _Checker, endpoints: list[Any], network_prefixes: dict[str | None, list[_Network]]) -> None:
    c.unique_names("config.endpoints", endpoints, lambda e: norm.name_key(e.get("name")))
    for i, e in enumerate(endpoints):
        path = "config.endpoints[%d]" % i
        c.name(path + ".name", e.get("name"))
        c.name(path + ".network", e.get("network"), what="network name")
        addr = c.ip(path + ".ip_address", e.get("ip_address"))
        if e.get("prefix_length") is not None:
            c.int_range(
                path + ".prefix_length", e.get("prefix_length"), 0, 128 if addr is None or addr.version == 6 else 32
            )
        subnets = network_prefixes.get(norm.name_key(e.get("network")))
        if addr is not None and subnets and not any(addr in s for s in subnets if s.version == addr.version):
            c.error(
                path + ".ip_address",
                "%s is not inside the subnets of network %r (%s)"
                % (addr, e.get("network"), ", ".join(str(s) for s in subnets)),
            )
        c.mac(path + ".mac_address", e.get("mac_address"))
        gw = c.ip(path + ".gateway", e.get("gateway"))
        if gw is not None and addr is not None and e.get("prefix_length") is not None and gw.version == addr.version:
            try:
                own = ipcache.interface("%s/%s" % (addr, e.get("prefix_length"))).network
                if gw not in own:
                    c.error(path + ".gateway", "%s is not inside %s" % (gw, own))
            except ValueError:
                pass
        c.dns(path + ".dns", e.get("dns"))
        for k, m in enumerate(e.get("port_mappings") or []):
            mpath = "%s.port_mappings[%d]" % (path, k)
            proto = norm.protocol(m.get("protocol"))
            if proto not in ("tcp", "udp") and not proto.isdigit():
                c.error(mpath + ".protocol", "%r is not tcp, udp or an IP protocol number" % (m.get("protocol"),))
            for field in ("internal_port", "external_port"):
                if m.get(field) is None:
                    c.error("%s.%s" % (mpath, field), "is required")
                c.int_range("%s.%s" % (mpath, field), m.get(field), 1, 65535)
            c.ip(mpath + ".vip", m.get("vip"))
        onat = e.get("outbound_nat")
        if onat:
            c.ip(path + ".outbound_nat.virtual_ip", onat.get("virtual_ip"))
            for k, x in enumerate(norm.str_list(onat.get("exceptions"))):
                xpath = "%s.outbound_nat.exceptions[%d]" % (path, k)
                if "/" in x:
                    c.prefix(xpath, x)
                else:
                    c.ip(xpath, x)
        for k, a in enumerate(e.get("acls") or []):
            apath = "%s.acls[%d]" % (path, k)
            c.choice(apath + ".action", a.get("action"), ("allow", "block", "pass"))
            c.choice(apath + ".direction", a.get("direction"), ("in", "out"))
            c.choice(apath + ".rule_type", a.get("rule_type"), ("host", "switch"))
            c.int_range(apath + ".priority", a.get("priority"), 0, 65535)
        for k, r in enumerate(e.get("sdn_routes") or []):
            rpath = "%s.sdn_routes[%d]" % (path, k)
            c.prefix(rpath + ".destination_prefix", r.get("destination_prefix"), required=True)
            c.ip(rpath + ".next_hop", r.get("next_hop"))
        c.ip(path + ".provider_address", e.get("provider_address"))
        if e.get("remote") and not e.get("provider_address"):
            c.error(path + ".provider_address", "a remote endpoint needs the provider address of the host it lives on")
        ns = e.get("namespace")
        if ns and not _GUID.match(str(ns)):
            c.error(path + ".namespace", "%r is not a GUID" % (ns,))
        c.policies(path + ".policies", e.get("policies"), _ENDPOINT_TYPED_POLICIES)


def _vm_adapters(c: _Checker, adapters: list[Any]) -> None:
    c.unique_names(
        "config.vm_adapters",
        adapters,
        lambda a: (norm.name_key(a.get("vm")), norm.name_key(a.get("name")), str(a.get("id") or "").lower()),
    )
    for i, a in enumerate(adapters):
        path = "config.vm_adapters[%d]" % i
        c.name(path + ".vm", a.get("vm"), what="VM name")
        c.name(path + ".name", a.get("name"), what="adapter name")
        if a.get("id") is not None and not _VM_NIC_ID.match(str(a.get("id"))):
            c.error(
                path + ".id", "%r is not a VM network adapter Id (Microsoft:<VM GUID>\\<NIC GUID>)" % (a.get("id"),)
            )
        if a.get("switch"):
            c.name(path + ".switch", a.get("switch"), what="switch name")
        vlan = a.get("vlan")
        if vlan:
            mode = c.choice(path + ".vlan.mode", vlan.get("mode") or "untagged", VLAN_MODES)
            if mode == "access":
                if vlan.get("access_id") is None:
                    c.error(path + ".vlan.access_id", "is required with mode access")
                c.int_range(path + ".vlan.access_id", vlan.get("access_id"), 1, 4094)
            elif mode == "trunk":
                allowed = str(vlan.get("allowed") or "").replace(" ", "")
                if not _VLAN_LIST.match(allowed):
                    c.error(path + ".vlan.allowed", "%r is not a VLAN list like '1-100,200'" % (vlan.get("allowed"),))
                else:
                    for part in allowed.split(","):
                        bounds = [int(x) for x in part.split("-")]
                        if any(not 1 <= b <= 4094 for b in bounds) or bounds != sorted(bounds):
                            c.error(path + ".vlan.allowed", "%r has a VLAN range outside 1..4094 or reversed" % part)
                c.int_range(path + ".vlan.native_id", vlan.get("native_id"), 0, 4094)
