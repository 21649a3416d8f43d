"""HCN v2 documents: parsing what a caller sends and building what HNS answers.

Field names follow hcsshim (hcn/hcnnetwork.go, hcnendpoint.go, hcnnamespace.go). HNS answers
with extra fields (State, Health, SchemaVersion); types come back as strings.
"""

from __future__ import annotations

import ipaddress
import json

from .errors import INVALID_JSON, hns_error

NETWORK_TYPES = ["NAT", "ICS", "Transparent", "L2Bridge", "L2Tunnel", "Overlay", "Private", "Internal"]
ADAPTER_TYPES = {"Transparent", "L2Bridge", "Overlay", "L2Tunnel"}
NETWORK_POLICY_TYPES = {
    "SourceMacAddress",
    "NetAdapterName",
    "VSwitchExtension",
    "DrMacAddress",
    "AutomaticDNS",
    "InterfaceConstraint",
    "ProviderAddress",
    "RemoteSubnetRoute",
    "VxlanPort",
    "HostRoute",
    "SetPolicy",
    "L4Proxy",
    "LayerConstraint",
    "NetworkACL",
}
SUBNET_POLICY_TYPES = {"VLAN", "VSID"}
ENDPOINT_POLICY_TYPES = {
    "PortMapping",
    "ACL",
    "QOS",
    "L2Driver",
    "OutBoundNAT",
    "SDNRoute",
    "L4Proxy",
    "PortName",
    "EncapOverhead",
    "Iov",
    "ProviderAddress",
    "InterfaceConstraint",
    "TierAcl",
}
NETWORK_FLAG_NON_PERSISTENT = 8
SUBNET_FLAG_DO_NOT_RESERVE_GATEWAY = 1
ENDPOINT_FLAG_REMOTE = 1
SCHEMA_VERSION = {"Major": 2, "Minor": 0}


def parse_document(text: str, call: str) -> dict:
    """json.loads for an HCN document; anything but a JSON object is 0x803B001B."""
    try:
        doc = json.loads(text)
    except (ValueError, TypeError) as exc:
        raise hns_error(INVALID_JSON, call, str(exc)) from None
    if not isinstance(doc, dict):
        raise hns_error(INVALID_JSON, call, "the document is not a JSON object")
    return doc


def normalise_type(value) -> str | None:
    """Network Type as HNS stores it: absent or 0 is NAT; strings case-insensitively; None if unknown."""
    if value is None or value in {"", 0}:
        return "NAT"
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(NETWORK_TYPES):
        return NETWORK_TYPES[value]
    if isinstance(value, str):
        for known in NETWORK_TYPES:
            if known.lower() == value.lower():
                return known
    return None


def subnets_of(doc: dict) -> list[dict]:
    """Every subnet of every IPAM of a network document."""
    out = []
    for ipam in doc.get("Ipams") or []:
        out.extend(ipam.get("Subnets") or [])
    return out


def subnet_network(subnet: dict):
    """ip_network of a subnet's IpAddressPrefix (already validated)."""
    return ipaddress.ip_network(subnet["IpAddressPrefix"], strict=False)


def subnet_gateways(subnet: dict) -> list[str]:
    """The NextHop of each route of a subnet (the gateway HNS reserves)."""
    return [r["NextHop"] for r in subnet.get("Routes") or [] if isinstance(r, dict) and r.get("NextHop")]


def policies_of(doc: dict, ptype: str) -> list[dict]:
    """Policies of one type."""
    return [p for p in doc.get("Policies") or [] if isinstance(p, dict) and p.get("Type") == ptype]


def subnet_isolation(subnet: dict, ptype: str) -> int | None:
    """IsolationId of a subnet's VSID or VLAN policy."""
    for pol in subnet.get("Policies") or []:
        if isinstance(pol, dict) and pol.get("Type") == ptype:
            settings = pol.get("Settings") or {}
            return settings.get("IsolationId")
    return None


def dumps(doc: dict) -> str:
    """Compact JSON, as HNS returns its documents."""
    return json.dumps(doc, separators=(",", ":"))


def normalise_mac(mac: str) -> str:
    """00:15:5d:.. / 00155D.. / 00-15-5D-.. -> 00-15-5D-.. (for comparisons that Windows makes loosely)."""
    hexes = "".join(ch for ch in str(mac) if ch.isalnum()).upper()
    return "-".join(hexes[i : i + 2] for i in range(0, len(hexes), 2))
