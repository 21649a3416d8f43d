# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The canonical form of the values a host snapshot and a desired config share: routes, subnets, policies, VLAN
settings, and the key an object is matched by (internal collection use only).

Both sides go through these, so comparing a parsed object and a desired one is a plain equality per field.
"""

import json
from collections.abc import Iterable
from typing import Any

from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils.foreign_names import known_as

# The object kinds of host_network's config that HNS and Hyper-V hold (the host objects are state_host's).
KINDS = ("switches", "networks", "endpoints", "vm_adapters")


def json_document(text: Any) -> dict[str, Any] | None:
    if isinstance(text, dict):
        return text
    try:
        doc = json.loads(text)
    except (TypeError, ValueError):
        return None
    return doc if isinstance(doc, dict) else None


def policy_settings(policy: dict[str, Any]) -> dict[str, Any]:
    """A policy's Settings as a dict (HNS sometimes nests it as a JSON string)."""
    settings = policy.get("Settings")
    if isinstance(settings, str):
        settings = json_document(settings) or {}
    return settings or {}


def guid(value: object) -> str | None:
    return str(value).lower() if value else None


def int_or(value: Any, default: Any) -> Any:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def route(destination: Any, next_hop: Any, metric: Any = None) -> dict[str, Any]:
    """Canonical route {destination, next_hop, metric}."""
    return {
        "destination": norm.prefix_lenient(destination),
        "next_hop": norm.ip_lenient(next_hop) if next_hop else None,
        "metric": int_or(metric, 0),
    }


def split_default_route(
    routes: Iterable[dict[str, Any]], gateway: str | None
) -> tuple[str | None, list[dict[str, Any]]]:
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


def subnet(
    prefix: Any, gateway: Any, routes: Iterable[dict[str, Any]], vsid: int | None = None, vlan: int | None = None
) -> dict[str, Any]:
    """Canonical subnet."""
    gateway, routes = split_default_route(routes, norm.ip_lenient(gateway) if gateway else None)
    return {"prefix": prefix, "gateway": gateway, "routes": routes, "vsid": vsid, "vlan": vlan}


@norm.memoised_dicts  # a fleet step parses every host's snapshot, each with a route to every other member
def remote_subnet_route(
    destination_prefix: Any, isolation_id: Any, provider_address: Any, dr_mac_address: Any
) -> dict[str, Any]:
    """Canonical RemoteSubnetRoute (MACs upper case with dashes: Calico writes them differently)."""
    try:
        mac = norm.mac(dr_mac_address)
    except ValueError:
        mac = str(dr_mac_address)
    return {
        "destination_prefix": norm.prefix_lenient(destination_prefix),
        "isolation_id": int_or(isolation_id, 0),
        "provider_address": norm.ip_lenient(provider_address) if provider_address else None,
        "dr_mac_address": mac,
    }


def route_key(r: dict[str, Any]) -> tuple[Any, ...]:
    """Identity of a remote subnet route for add/remove planning."""
    return (r["destination_prefix"], r["isolation_id"], r["provider_address"], r["dr_mac_address"])


def raw_policy(policy: dict[str, Any]) -> dict[str, Any]:
    """A raw HCN policy {Type, Settings} in canonical form (sorted keys via JSON round trip)."""
    return {"Type": policy.get("Type"), "Settings": json.loads(json.dumps(policy_settings(policy), sort_keys=True))}


def policy_sort_key(p: object) -> str:
    return json.dumps(p, sort_keys=True)


def port_mapping(protocol: Any, internal_port: Any, external_port: Any, vip: Any, flags: Any = 0) -> dict[str, Any]:
    """Canonical port mapping.

    ``flags`` is the PortMapping NatFlags (hcsshim hcn/hcnpolicy.go: NatFlagsNone 0, NatFlagsLocalRoutedVip 1,
    NatFlagsIPv6 2): read from the host, or None on a desired mapping until the planner fills it from the
    network's type (``port_mapping_flags``).
    """
    out = {
        "protocol": norm.protocol(protocol),
        "internal_port": int_or(internal_port, 0),
        "external_port": int_or(external_port, 0),
        "vip": norm.ip_lenient(vip) if vip else "",
    }
    # NatFlags 0 (what NAT networks hold) is left out, so NAT mappings read as they always did.
    if flags is None or int_or(flags, 0):
        out["flags"] = None if flags is None else int_or(flags, 0)
    return out


NAT_FLAGS_LOCAL_ROUTED_VIP = 1


NAT_FLAGS_IPV6 = 2


def port_mapping_flags(network_type: str | None, vip: object) -> int:
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


def acl(rule: dict[str, Any]) -> dict[str, Any]:
    """Canonical ACL rule: lower-case enums, empty strings for unset match fields, RuleType Switch by default."""

    def text(key: str) -> str:
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
        "priority": int_or(rule.get("priority"), 0),
        "rule_type": text("rule_type").lower() or "switch",
    }


def sdn_route(destination_prefix: Any, next_hop: Any, need_encap: Any) -> dict[str, Any]:
    """Canonical SDN route."""
    return {
        "destination_prefix": norm.prefix_lenient(destination_prefix),
        "next_hop": norm.ip_lenient(next_hop) if next_hop else "",
        "need_encap": bool(need_encap),
    }


def outbound_nat(virtual_ip: Any, exceptions: Any) -> dict[str, Any]:
    """Canonical OutBoundNAT settings."""
    return {
        "virtual_ip": norm.ip_lenient(virtual_ip) if virtual_ip else "",
        "exceptions": sorted(
            norm.prefix_lenient(e) if "/" in e else norm.ip_lenient(e) for e in norm.str_list(exceptions)
        ),
    }


def vlan_settings(mode: Any, access_id: Any = None, native_id: Any = None, allowed: Any = None) -> dict[str, Any]:
    """Canonical VM adapter VLAN settings."""
    mode = norm.vlan_mode(mode)
    if mode == "access":
        return {"mode": mode, "access_id": int_or(access_id, 0)}
    if mode == "trunk":
        allowed_text = ",".join(norm.str_list(allowed)) if allowed is not None else ""
        return {"mode": mode, "native_id": int_or(native_id, 0), "allowed": allowed_text.replace(" ", "")}
    return {"mode": "untagged"}


def sort_endpoint_lists(ep: dict[str, Any]) -> None:
    """Order-independent comparison of an endpoint's policy lists: sorted copies, never the lists in place (the
    planner's expected endpoint is a shallow copy of a parsed one, which parse_once may share with later plans)."""
    ep["port_mappings"] = sorted(
        ep["port_mappings"], key=lambda m: (m["protocol"], m["external_port"], m["internal_port"], m["vip"])
    )
    ep["acls"] = sorted(ep["acls"], key=policy_sort_key)
    ep["sdn_routes"] = sorted(ep["sdn_routes"], key=policy_sort_key)
    if ep.get("policies") is not None:
        ep["policies"] = sorted(ep["policies"], key=policy_sort_key)


def foreign_reason(name: object, why: str) -> str:
    known = known_as(name)
    return "%s (%s)" % (why, known) if known else why


def safe_mac(value: Any) -> Any:
    try:
        return norm.mac(value)
    except ValueError:
        return value


def object_key(kind: str, obj: dict[str, Any]) -> Any:
    """Matching key of an object: normalize.name_key of its name (VM adapters: VM and adapter name, plus the NIC's
    Id where it was given or where several NICs of the VM share the name)."""
    if kind == "vm_adapters":
        if obj.get("key_id"):
            return (norm.name_key(obj["vm"]), norm.name_key(obj["name"]), str(obj["key_id"]).lower())
        return (norm.name_key(obj["vm"]), norm.name_key(obj["name"]))
    return norm.name_key(obj["name"])
