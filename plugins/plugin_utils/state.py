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

from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils import state_host
from ansible_collections.hyperv.network.plugins.plugin_utils.foreign_names import known_as
from ansible_collections.hyperv.network.plugins.plugin_utils.kind_options import read_only_facts

KINDS = ("switches", "networks", "endpoints", "vm_adapters")
LEDGER_KINDS = {"networks": "network", "endpoints": "endpoint", "namespaces": "namespace"}


def _json_document(text):
    if isinstance(text, dict):
        return text
    try:
        doc = json.loads(text)
    except (TypeError, ValueError):
        return None
    return doc if isinstance(doc, dict) else None


def _settings(policy):
    """A policy's Settings as a dict (HNS sometimes nests it as a JSON string)."""
    settings = policy.get("Settings")
    if isinstance(settings, str):
        settings = _json_document(settings) or {}
    return settings or {}


def _guid(value):
    return str(value).lower() if value else None


def _int_or(value, default):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


# --- routes, subnets ---------------------------------------------------------------------------


def route(destination, next_hop, metric=None):
    """Canonical route {destination, next_hop, metric}."""
    return {
        "destination": norm.prefix_lenient(destination),
        "next_hop": norm.ip_lenient(next_hop) if next_hop else None,
        "metric": _int_or(metric, 0),
    }


def split_default_route(routes, gateway):
    """Return ``(gateway, other_routes)``: the default route to the gateway is implied by the gateway.

    Both sides go through this, so a subnet given with a gateway and one given with an explicit
    ``0.0.0.0/0`` route to the same next hop compare equal.
    """
    routes = list(routes)
    if gateway is None:
        for r in routes:
            if r["destination"] in ("0.0.0.0/0", "::/0") and r["next_hop"]:
                gateway = r["next_hop"]
                break
    others = []
    dropped = False
    for r in routes:
        if not dropped and r["destination"] in ("0.0.0.0/0", "::/0") and r["next_hop"] == gateway and r["metric"] == 0:
            dropped = True
            continue
        others.append(r)
    return gateway, sorted(others, key=lambda r: (r["destination"], r["next_hop"] or "", r["metric"]))


def subnet(prefix, gateway, routes, vsid=None, vlan=None):
    """Canonical subnet."""
    gateway, routes = split_default_route(routes, norm.ip_lenient(gateway) if gateway else None)
    return {"prefix": prefix, "gateway": gateway, "routes": routes, "vsid": vsid, "vlan": vlan}


@norm.memoised_dicts  # a fleet step parses every host's snapshot, each with a route to every other member
def remote_subnet_route(destination_prefix, isolation_id, provider_address, dr_mac_address):
    """Canonical RemoteSubnetRoute (MACs upper case with dashes: Calico writes them differently)."""
    try:
        mac = norm.mac(dr_mac_address)
    except ValueError:
        mac = str(dr_mac_address)
    return {
        "destination_prefix": norm.prefix_lenient(destination_prefix),
        "isolation_id": _int_or(isolation_id, 0),
        "provider_address": norm.ip_lenient(provider_address) if provider_address else None,
        "dr_mac_address": mac,
    }


def route_key(r):
    """Identity of a remote subnet route for add/remove planning."""
    return (r["destination_prefix"], r["isolation_id"], r["provider_address"], r["dr_mac_address"])


def raw_policy(policy):
    """A raw HCN policy {Type, Settings} in canonical form (sorted keys via JSON round trip)."""
    return {"Type": policy.get("Type"), "Settings": json.loads(json.dumps(_settings(policy), sort_keys=True))}


def _policy_sort_key(p):
    return json.dumps(p, sort_keys=True)


def port_mapping(protocol, internal_port, external_port, vip, flags=0):
    """Canonical port mapping.

    ``flags`` is the PortMapping NatFlags (hcsshim hcn/hcnpolicy.go: NatFlagsNone 0, NatFlagsLocalRoutedVip 1,
    NatFlagsIPv6 2): read from the host, or None on a desired mapping until the planner fills it from the
    network's type (``port_mapping_flags``).
    """
    out = {
        "protocol": norm.protocol(protocol),
        "internal_port": _int_or(internal_port, 0),
        "external_port": _int_or(external_port, 0),
        "vip": norm.ip_lenient(vip) if vip else "",
    }
    # NatFlags 0 (what NAT networks hold) is left out, so NAT mappings read as they always did.
    if flags is None or _int_or(flags, 0):
        out["flags"] = None if flags is None else _int_or(flags, 0)
    return out


NAT_FLAGS_LOCAL_ROUTED_VIP = 1
NAT_FLAGS_IPV6 = 2


def port_mapping_flags(network_type, vip):
    """The NatFlags a host port mapping needs on a network of ``network_type`` (canonical, lower case).

    On VFP-based networks (L2Bridge, Overlay; HNS v2) a host port mapping is applied only with
    NatFlagsLocalRoutedVip, NatFlagsIPv6 for an IPv6 VIP: microsoft/Windows-Containers#360 (daschott:
    "Important to add "flags = 1" in portmapping"), Azure/azure-container-networking#1922
    (``Flags: hnsv2.NatFlagsLocalRoutedVip``), aws/amazon-vpc-cni-plugins#93; hcsshim hcn/hcnpolicy.go
    names the values. NAT networks map through WinNAT and take none.
    """
    if (network_type or "nat").lower() in ("nat", "ics", "internal"):
        return 0
    if vip and ":" in str(vip):
        return NAT_FLAGS_IPV6
    return NAT_FLAGS_LOCAL_ROUTED_VIP


def acl(rule):
    """Canonical ACL rule: lower-case enums, empty strings for unset match fields, RuleType Switch by default."""

    def text(key):
        value = rule.get(key)
        return "" if value is None else str(value)

    return {
        "action": text("action").lower() or "allow",
        "direction": text("direction").lower() or "in",
        "protocols": text("protocols"),
        "local_ports": text("local_ports"),
        "remote_ports": text("remote_ports"),
        "local_addresses": text("local_addresses"),
        "remote_addresses": text("remote_addresses"),
        "priority": _int_or(rule.get("priority"), 0),
        "rule_type": text("rule_type").lower() or "switch",
    }


def sdn_route(destination_prefix, next_hop, need_encap):
    """Canonical SDN route."""
    return {
        "destination_prefix": norm.prefix_lenient(destination_prefix),
        "next_hop": norm.ip_lenient(next_hop) if next_hop else "",
        "need_encap": bool(need_encap),
    }


def outbound_nat(virtual_ip, exceptions):
    """Canonical OutBoundNAT settings."""
    return {
        "virtual_ip": norm.ip_lenient(virtual_ip) if virtual_ip else "",
        "exceptions": sorted(
            norm.prefix_lenient(e) if "/" in e else norm.ip_lenient(e) for e in norm.str_list(exceptions)
        ),
    }


def vlan_settings(mode, access_id=None, native_id=None, allowed=None):
    """Canonical VM adapter VLAN settings."""
    mode = norm.vlan_mode(mode)
    if mode == "access":
        return {"mode": mode, "access_id": _int_or(access_id, 0)}
    if mode == "trunk":
        allowed_text = ",".join(norm.str_list(allowed)) if allowed is not None else ""
        return {"mode": mode, "native_id": _int_or(native_id, 0), "allowed": allowed_text.replace(" ", "")}
    return {"mode": "untagged"}


# --- host side ---------------------------------------------------------------------------------


# {id(snapshot): (snapshot, state)} inside parse_once(): a rerun's read plans its converge and routes on the snapshot
# it read, and a fleet step checks every host's facts and builds every share from them; each parsed the same snapshot
# again (7 parses per overlay host per read, each a route per fleet member; issue 13). Off elsewhere: an apply's
# engine may change a snapshot dict in place, after which a kept state would be stale.
_PARSED = None
# {text: snapshot} inside parse_once(): a registered snapshot's JSON text decoded once, so that every check of the
# block gets the same dict (and _PARSED's parse of it).
_DECODED = None


@contextlib.contextmanager
def parse_once():
    """Parse each snapshot once within the block (the snapshots, and the states parsed from them, must not change
    inside it: the planner and the checks only read a HostState)."""
    global _PARSED, _DECODED  # pylint: disable=global-statement
    outer, _PARSED = _PARSED, {}
    outer_decoded, _DECODED = _DECODED, {}
    try:
        yield
    finally:
        _PARSED, _DECODED = outer, outer_decoded


def registered_text(snapshot):
    """A snapshot as the role tasks register it: its JSON text.

    ansible-core walks a registered result, value by value, to finalise it, and hands a copy to every callback: a
    snapshot holds a route per fleet member (overlay, l2bridge), so that walk was O(fleet) per host and about a
    fourteenth of a rerun read's controller time at 200 hosts (issue 13). One string is one value.
    """
    return json.dumps(snapshot, separators=(",", ":")) if isinstance(snapshot, dict) else snapshot


def registered_snapshot(result):
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


class HostState:
    """A parsed snapshot: canonical objects by name key, ownership, facts and stale ledger IDs."""

    def __init__(self):
        self.sections = set()
        self.partial = set()
        self.host = {}
        self.hns_version = None
        self.adapters = []
        self.switches = {}
        self.networks = {}
        self.endpoints = {}
        self.namespaces = {}
        self.vm_adapters = {}
        self.netnat = []
        self.ledger = {"networks": set(), "endpoints": set(), "namespaces": set()}
        self.stale = []
        self.raw = {}
        self.rendering = False
        # Routes, forwarding, firewall rules and ledger keys of docs/design/host-objects.md (state_host.py).
        self.host_objects = state_host.HostObjects()
        # VM NICs that share a name within one VM: (vm key, name key) -> every such NIC (review 3 finding 6).
        self.vm_adapter_groups = {}

    @property
    def os_build(self):
        return _int_or(self.host.get("os_build"), None)

    def objects(self, kind):
        """The canonical objects of one kind, keyed by name key."""
        return getattr(self, kind)

    def network_by_id(self, network_id):
        for net in self.networks.values():
            if net["id"] == _guid(network_id):
                return net
        return None

    def adapter_name_for_description(self, description):
        """Get-VMSwitch reports interface descriptions; the adapters section maps them to names."""
        key = norm.name_key(description)
        for adapter in self.adapters:
            if norm.name_key(adapter.get("InterfaceDescription")) == key:
                return adapter.get("Name")
        return None

    def resolve_adapter(self, name):
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
    def parsed(cls, data):
        """``from_snapshot(data)``, parsed once per snapshot dict inside ``parse_once()``."""
        if _PARSED is None:
            return cls.from_snapshot(data)
        kept = _PARSED.get(id(data))
        if kept is None or kept[0] is not data:
            # The snapshot is kept with its state, so its id cannot be reused by another dict within the block.
            kept = _PARSED[id(data)] = (data, cls.from_snapshot(data))
        return kept[1]

    @classmethod
    def from_snapshot(cls, data, partial=()):
        """Parse snapshot data (``$defs/snapshot``) into the canonical model."""
        state = cls()
        data = data or {}
        state.raw = data
        state.sections = {k for k in data if not k.startswith("_")}
        state.partial = set(partial) | set(data.get("_partial") or [])
        state.host = data.get("host") or {}
        version = data.get("hns_version")
        if version:
            state.hns_version = (_int_or(version.get("Major"), 0), _int_or(version.get("Minor"), 0))
        state.adapters = data.get("adapters") or []
        state.netnat = data.get("netnat") or []
        ledger = data.get("ledger") or {}
        for kind in state.ledger:
            state.ledger[kind] = {_guid(i) for i in ledger.get(kind) or []}
        for raw in data.get("switches") or []:
            switch = state._switch_from_host(raw)
            state.switches[norm.name_key(switch["name"])] = switch
        for text in data.get("networks") or []:
            net = state._network_from_hcn(text)
            if net:
                state.networks[norm.name_key(net["name"])] = net
        for text in data.get("namespaces") or []:
            doc = _json_document(text)
            if doc:
                ns_id = _guid(doc.get("ID") or doc.get("Id"))
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
            adapter = _vm_adapter_from_host(raw)
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

    def _find_stale(self):
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
            for guid in sorted(self.ledger[kind] - present[kind]):
                self.stale.append((singular, guid))

    def _switch_from_host(self, raw):
        user_notes, owned = norm.split_notes(raw.get("Notes"))
        stype = norm.switch_type(raw.get("SwitchType"))
        descriptions = raw.get("NetAdapterInterfaceDescriptions") or []
        if not descriptions and raw.get("NetAdapterInterfaceDescription"):
            descriptions = [raw["NetAdapterInterfaceDescription"]]
        names = [self.adapter_name_for_description(d) or d for d in descriptions]
        iov = bool(raw.get("IovEnabled"))
        return {
            "name": raw.get("Name"),
            "switch_type": stype,
            "net_adapter_names": names if stype == "external" else None,
            "allow_management_os": bool(raw.get("AllowManagementOS")),
            "enable_iov": iov,
            "enable_packet_direct": bool(raw.get("PacketDirectEnabled")),
            "minimum_bandwidth_mode": norm.bandwidth_mode(raw.get("BandwidthReservationMode"), iov),
            "notes": user_notes,
            "id": _guid(raw.get("Id")),
            "owned": owned,
            "embedded_teaming": bool(raw.get("EmbeddedTeamingEnabled")),
            "foreign_reason": None
            if owned
            else _foreign_reason(raw.get("Name"), "its Notes lack the [hyperv.network] tag"),
        }

    def _network_from_hcn(self, text):
        doc = _json_document(text)
        if doc is None or not doc.get("Name"):
            return None
        net_id = _guid(doc.get("ID") or doc.get("Id"))
        subnets = []
        for ipam in doc.get("Ipams") or []:
            for sn in ipam.get("Subnets") or []:
                vsid = vlan = None
                for p in sn.get("Policies") or []:
                    ptype = str(p.get("Type") or "").upper()
                    if ptype in ("VSID", "VLAN"):
                        value = _int_or(_settings(p).get("IsolationId"), None)
                        if ptype == "VSID":
                            vsid = value
                        else:
                            vlan = value
                routes = [
                    route(r.get("DestinationPrefix"), r.get("NextHop"), r.get("Metric")) for r in sn.get("Routes") or []
                ]
                subnets.append(subnet(norm.prefix_lenient(sn.get("IpAddressPrefix")), None, routes, vsid, vlan))
        flags = _int_or(doc.get("Flags"), 0)
        net = {
            "name": doc.get("Name"),
            "type": norm.network_type(doc.get("Type")),
            "adapter": None,
            "switch": None,
            "subnets": subnets,
            "dns": norm.dns_from_hcn(doc.get("Dns")),
            "mac_pool": None,
            "persistent": not flags & 8,
            "enable_iov": bool(flags & 8192),
            "disable_host_port": bool(flags & 1024),
            "provider_address": None,
            "host_route": False,
            "vxlan_port": None,
            "remote_subnet_routes": [],
            "policies": [],
            "id": net_id,
            "owned": net_id in self.ledger["networks"],
            "dr_mac_address": None,
            # No ManagementIP: it is a v1 (HNSCall /networks) field; the v2 HostComputeNetwork has none
            # (HNS_Schema.md, hcsshim hcn/hcnnetwork.go). v2 clients take the address from the ProviderAddress policy.
            "_route_policies": {},
        }
        ranges = (doc.get("MacPool") or {}).get("Ranges") or []
        if ranges:
            try:
                net["mac_pool"] = {
                    "start": norm.mac(ranges[0].get("StartMacAddress")),
                    "end": norm.mac(ranges[0].get("EndMacAddress")),
                }
            except ValueError:
                net["mac_pool"] = {"start": ranges[0].get("StartMacAddress"), "end": ranges[0].get("EndMacAddress")}
        for p in doc.get("Policies") or []:
            ptype = str(p.get("Type") or "")
            settings = _settings(p)
            lowered = ptype.lower()
            if lowered == "netadaptername":
                net["adapter"] = settings.get("NetworkAdapterName")
            elif lowered == "provideraddress":
                net["provider_address"] = norm.ip_lenient(settings.get("ProviderAddress"))
            elif lowered == "drmacaddress":
                try:
                    net["dr_mac_address"] = norm.mac(settings.get("Address"))
                except ValueError:
                    net["dr_mac_address"] = settings.get("Address")
            elif lowered == "hostroute":
                net["host_route"] = True
            elif lowered == "vxlanport":
                net["vxlan_port"] = _int_or(settings.get("Port"), None)
            elif lowered == "remotesubnetroute":
                r = remote_subnet_route(
                    settings.get("DestinationPrefix"),
                    settings.get("IsolationId"),
                    settings.get("ProviderAddress"),
                    settings.get("DistributedRouterMacAddress"),
                )
                net["remote_subnet_routes"].append(r)
                # Removing a route needs its exact settings as HNS holds them.
                net["_route_policies"][route_key(r)] = {"Type": ptype, "Settings": settings}
            else:
                net["policies"].append(raw_policy(p))
        net["remote_subnet_routes"].sort(key=route_key)
        net["policies"].sort(key=_policy_sort_key)
        net["foreign_reason"] = None if net["owned"] else _foreign_reason(net["name"], "its ID is not in the ledger")
        return net

    def _endpoint_from_hcn(self, text):
        doc = _json_document(text)
        if doc is None or not doc.get("Name"):
            return None
        ep_id = _guid(doc.get("ID") or doc.get("Id"))
        network_id = _guid(doc.get("HostComputeNetwork") or doc.get("VirtualNetwork"))
        network = self.network_by_id(network_id)
        ipconfs = doc.get("IpConfigurations") or []
        ip_address = prefix_length = None
        if ipconfs:
            ip_address = norm.ip_lenient(ipconfs[0].get("IpAddress")) if ipconfs[0].get("IpAddress") else None
            prefix_length = _int_or(ipconfs[0].get("PrefixLength"), None)
        routes = [route(r.get("DestinationPrefix"), r.get("NextHop"), r.get("Metric")) for r in doc.get("Routes") or []]
        gateway = split_default_route(routes, None)[0]
        ep = {
            "name": doc.get("Name"),
            "network": network["name"] if network else network_id,
            "ip_address": ip_address,
            "prefix_length": prefix_length,
            "mac_address": None,
            "gateway": gateway,
            "dns": norm.dns_from_hcn(doc.get("Dns")),
            "port_mappings": [],
            "outbound_nat": None,
            "acls": [],
            "sdn_routes": [],
            "provider_address": None,
            "remote": bool(_int_or(doc.get("Flags"), 0) & 1),
            "namespace": _guid(doc.get("HostComputeNamespace")),
            "policies": [],
            "id": ep_id,
            "network_id": network_id,
            "owned": ep_id in self.ledger["endpoints"],
            "_policies": [],
        }
        try:
            ep["mac_address"] = norm.mac(doc.get("MacAddress"))
        except ValueError:
            ep["mac_address"] = doc.get("MacAddress")
        for p in doc.get("Policies") or []:
            ptype = str(p.get("Type") or "")
            settings = _settings(p)
            lowered = ptype.lower()
            ep["_policies"].append({"Type": ptype, "Settings": settings})
            if lowered == "portmapping":
                ep["port_mappings"].append(
                    port_mapping(
                        settings.get("Protocol"),
                        settings.get("InternalPort"),
                        settings.get("ExternalPort"),
                        settings.get("VIP"),
                        settings.get("Flags") or 0,
                    )
                )
            elif lowered == "outboundnat":
                ep["outbound_nat"] = outbound_nat(settings.get("VirtualIP"), settings.get("Exceptions"))
            elif lowered == "acl":
                ep["acls"].append(
                    acl(
                        {
                            "action": settings.get("Action"),
                            "direction": settings.get("Direction"),
                            "protocols": settings.get("Protocols"),
                            "local_ports": settings.get("LocalPorts"),
                            "remote_ports": settings.get("RemotePorts"),
                            "local_addresses": settings.get("LocalAddresses"),
                            "remote_addresses": settings.get("RemoteAddresses"),
                            "priority": settings.get("Priority"),
                            "rule_type": settings.get("RuleType"),
                        }
                    )
                )
            elif lowered == "sdnroute":
                ep["sdn_routes"].append(
                    sdn_route(settings.get("DestinationPrefix"), settings.get("NextHop"), settings.get("NeedEncap"))
                )
            elif lowered == "provideraddress":
                ep["provider_address"] = norm.ip_lenient(settings.get("ProviderAddress"))
            else:
                ep["policies"].append(raw_policy(p))
        sort_endpoint_lists(ep)
        reason = "its ID is not in the ledger (a container runtime or CNI endpoint, or made by hand)"
        ep["foreign_reason"] = None if ep["owned"] else reason
        return ep


def sort_endpoint_lists(ep):
    """Order-independent comparison of an endpoint's policy lists: sorted copies, never the lists in place (the
    planner's expected endpoint is a shallow copy of a parsed one, which parse_once may share with later plans)."""
    ep["port_mappings"] = sorted(
        ep["port_mappings"], key=lambda m: (m["protocol"], m["external_port"], m["internal_port"], m["vip"])
    )
    ep["acls"] = sorted(ep["acls"], key=_policy_sort_key)
    ep["sdn_routes"] = sorted(ep["sdn_routes"], key=_policy_sort_key)
    if ep.get("policies") is not None:
        ep["policies"] = sorted(ep["policies"], key=_policy_sort_key)


def _foreign_reason(name, why):
    known = known_as(name)
    return "%s (%s)" % (why, known) if known else why


def _vm_adapter_from_host(raw):
    out = {
        "vm": raw.get("VMName"),
        "name": raw.get("Name"),
        "switch": raw.get("SwitchName") or "",
        "vlan": vlan_settings(
            raw.get("VlanOperationMode"),
            raw.get("AccessVlanId"),
            raw.get("NativeVlanId"),
            raw.get("AllowedVlanIdListString"),
        ),
        "mac_address_spoofing": bool(norm.mac_spoofing(raw.get("MacAddressSpoofing"))),
        "mac_address": _safe_mac(raw.get("MacAddress")),
    }
    if raw.get("Id"):
        out["id"] = raw["Id"]  # Microsoft:<VM GUID>\\<NIC GUID> (a bridge before review 3 finding 6 sends none)
    return out


def _safe_mac(value):
    try:
        return norm.mac(value)
    except ValueError:
        return value


# --- desired side ------------------------------------------------------------------------------
# Unset options stay None ("not specified"); the planner decides per state what None means.


def switch_from_config(item):
    """Canonical desired switch (validated config item)."""
    names = item.get("net_adapter_names")
    return {
        "name": item["name"],
        "switch_type": (item.get("switch_type") or "").lower() or None,
        "net_adapter_names": list(names) if names is not None else None,
        "allow_management_os": item.get("allow_management_os"),
        "enable_iov": item.get("enable_iov"),
        "enable_packet_direct": item.get("enable_packet_direct"),
        "minimum_bandwidth_mode": (item.get("minimum_bandwidth_mode") or "").lower() or None,
        "notes": item.get("notes"),
    }


def network_from_config(item):
    """Canonical desired network (validated config item)."""
    subnets = None
    if item.get("subnets") is not None:
        subnets = []
        for sn in item["subnets"]:
            routes = [route(r.get("destination"), r.get("next_hop"), r.get("metric")) for r in sn.get("routes") or []]
            subnets.append(subnet(norm.prefix(sn["prefix"]), sn.get("gateway"), routes, sn.get("vsid"), sn.get("vlan")))
    mac_pool = item.get("mac_pool")
    routes = item.get("remote_subnet_routes")
    policies = item.get("policies")
    return {
        "name": item["name"],
        "type": (item.get("type") or "").lower() or None,
        "adapter": item.get("adapter"),
        "switch": item.get("switch"),
        "subnets": subnets,
        "dns": norm.dns(item.get("dns")) if item.get("dns") is not None else None,
        "mac_pool": {"start": norm.mac(mac_pool.get("start")), "end": norm.mac(mac_pool.get("end"))}
        if mac_pool
        else None,
        "persistent": item.get("persistent"),
        "enable_iov": item.get("enable_iov"),
        "disable_host_port": item.get("disable_host_port"),
        "provider_address": norm.ip(item.get("provider_address")) if item.get("provider_address") else None,
        "host_route": item.get("host_route"),
        "vxlan_port": item.get("vxlan_port"),
        "remote_subnet_routes": (
            sorted(
                (
                    remote_subnet_route(
                        r["destination_prefix"], r["isolation_id"], r["provider_address"], r["dr_mac_address"]
                    )
                    for r in routes
                ),
                key=route_key,
            )
            if routes is not None
            else None
        ),
        "purge_remote_subnet_routes": item.get("purge_remote_subnet_routes"),
        "policies": sorted((raw_policy(p) for p in policies), key=_policy_sort_key) if policies is not None else None,
    }


def endpoint_from_config(item):
    """Canonical desired endpoint (validated config item)."""

    def listed(key, make):
        value = item.get(key)
        return None if value is None else [make(v) for v in value]

    onat = item.get("outbound_nat")
    ep = {
        "name": item["name"],
        "network": item.get("network"),
        "ip_address": norm.ip(item.get("ip_address")) if item.get("ip_address") else None,
        "prefix_length": item.get("prefix_length"),
        "mac_address": norm.mac(item.get("mac_address")) if item.get("mac_address") else None,
        "gateway": norm.ip(item.get("gateway")) if item.get("gateway") else None,
        "dns": norm.dns(item.get("dns")) if item.get("dns") is not None else None,
        "port_mappings": listed(
            "port_mappings",
            lambda m: port_mapping(
                m.get("protocol"), m.get("internal_port"), m.get("external_port"), m.get("vip"), None
            ),
        ),
        "outbound_nat": outbound_nat(onat.get("virtual_ip"), onat.get("exceptions")) if onat else None,
        "acls": listed("acls", acl),
        "sdn_routes": listed(
            "sdn_routes", lambda r: sdn_route(r.get("destination_prefix"), r.get("next_hop"), r.get("need_encap"))
        ),
        "provider_address": norm.ip(item.get("provider_address")) if item.get("provider_address") else None,
        "remote": item.get("remote"),
        "namespace": _guid(item.get("namespace")),
        "policies": listed("policies", raw_policy),
        "host_attach": item.get("host_attach"),
    }
    for key in ("port_mappings", "acls", "sdn_routes", "policies"):
        if ep[key] is not None:
            ep[key].sort(
                key=_policy_sort_key
                if key != "port_mappings"
                else (lambda m: (m["protocol"], m["external_port"], m["internal_port"], m["vip"]))
            )
    return ep


def vm_adapter_from_config(item):
    """Canonical desired VM adapter settings."""
    vlan = item.get("vlan")
    return {
        "vm": item["vm"],
        "name": item["name"],
        "switch": item.get("switch"),
        "vlan": vlan_settings(vlan.get("mode"), vlan.get("access_id"), vlan.get("native_id"), vlan.get("allowed"))
        if vlan
        else None,
        "mac_address_spoofing": item.get("mac_address_spoofing"),
        "id": item.get("id"),
        "key_id": item.get("id"),
    }


FROM_CONFIG = {
    "switches": switch_from_config,
    "networks": network_from_config,
    "endpoints": endpoint_from_config,
    "vm_adapters": vm_adapter_from_config,
}


def object_key(kind, obj):
    """Matching key of an object: normalize.name_key of its name (VM adapters: VM and adapter name, plus the NIC's
    Id where it was given or where several NICs of the VM share the name)."""
    if kind == "vm_adapters":
        if obj.get("key_id"):
            return (norm.name_key(obj["vm"]), norm.name_key(obj["name"]), str(obj["key_id"]).lower())
        return (norm.name_key(obj["vm"]), norm.name_key(obj["name"]))
    return norm.name_key(obj["name"])


# --- reporting ---------------------------------------------------------------------------------

_REPORT_FIELDS = {
    "switches": (
        "name", "switch_type", "net_adapter_names", "allow_management_os", "enable_iov", "enable_packet_direct",
        "minimum_bandwidth_mode", "notes", "id", "owned",
    ),
    "networks": (
        "name", "type", "adapter", "subnets", "dns", "mac_pool", "persistent", "enable_iov", "disable_host_port",
        "provider_address", "host_route", "vxlan_port", "remote_subnet_routes", "policies",
        "id", "owned", "dr_mac_address",
    ),
    "endpoints": (
        "name", "network", "ip_address", "prefix_length", "mac_address", "gateway", "dns", "port_mappings",
        "outbound_nat", "acls", "sdn_routes", "provider_address", "remote", "namespace", "policies", "host_attach",
        "id", "owned",
    ),
    "vm_adapters": ("vm", "name", "id", "switch", "vlan", "mac_address_spoofing", "mac_address"),
}  # fmt: skip


def report(kind, obj):
    """An object in ``config`` shape plus its read-only facts (the ``gathered``/``before``/``after`` form)."""
    out = {}
    for field in _REPORT_FIELDS[kind]:
        if field in obj:
            out[field] = json.loads(json.dumps(obj[field]))
    if not obj.get("owned", True) and obj.get("foreign_reason"):
        out["foreign"] = obj["foreign_reason"]
    return out


def gathered(state, kinds=KINDS, keys=None):
    """The host in ``config`` shape: fed back with ``overridden`` it plans nothing (the round trip).

    ``keys`` optionally limits each kind to some name keys (``before``/``after`` of a task).
    """
    out = {}
    for kind in kinds:
        if kind not in state.sections:
            continue
        objs = state.objects(kind)
        selected = [o for k, o in objs.items() if keys is None or k in keys.get(kind, ())]
        selected.sort(key=lambda o: object_key(kind, o))
        out[kind] = [report(kind, o) for o in selected]
    return out


def strip_facts(config):
    """A ``gathered`` result turned back into a ``config``: the read-only facts of each kind dropped (the objects'
    facts are documented with their options, see kind_options.py; the host objects' in state_host)."""
    facts = {**read_only_facts(), **state_host.READ_ONLY_FACTS}
    out = {}
    for kind, items in (config or {}).items():
        if kind not in facts or items is None:
            out[kind] = items
            continue
        out[kind] = [{k: v for k, v in item.items() if k not in facts[kind]} for item in items]
    return out
