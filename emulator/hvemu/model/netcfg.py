"""Adapters and their IP configuration, and how Windows moves it when a switch takes a NIC.

An adapter is a dict (JSON-ready, persisted as is):
  name, description, index, guid, mac ("00-15-5D-.."), speed, status, virtual, lbfo,
  kind ("physical" | "host_vnic"), switch_id (vNIC: its switch; physical: the switch it is bound
  to, or None), stash (physical NIC bound to a switch: the configuration it gets back), ip.
ip is the snapshot's ip_configuration object (Dhcp, IPv4, IPv6, Gateways, DnsServers,
DnsSuffix, InterfaceMetric, NetworkCategory).
"""

from __future__ import annotations

import copy
import hashlib
import ipaddress
import uuid

PREFIX_MANUAL = 1
PREFIX_WELLKNOWN = 2
PREFIX_DHCP = 3
CATEGORY_PUBLIC = 0
CATEGORY_PRIVATE = 1


def empty_ip(dhcp: int = 0, metric: int = 25) -> dict:
    """An interface with no address (a NIC bound to a switch shows this)."""
    return {
        "Dhcp": dhcp,
        "IPv4": [],
        "IPv6": [],
        "Gateways": [],
        "DnsServers": [],
        "DnsSuffix": None,
        "InterfaceMetric": metric,
        "NetworkCategory": CATEGORY_PUBLIC,
    }


def link_local_v6(mac: str) -> dict:
    """The fe80:: address Windows gives every interface (random interface ID; derived here)."""
    digest = hashlib.sha256(mac.encode()).digest()
    groups = [f"{int.from_bytes(digest[i : i + 2], 'big'):x}" for i in range(0, 8, 2)]
    return {"IPAddress": "fe80::" + ":".join(groups), "PrefixLength": 64, "PrefixOrigin": PREFIX_WELLKNOWN}


def apipa(seed: str) -> dict:
    """A 169.254.x.y/16 autoconfiguration address (what a lost static IP falls back to)."""
    digest = hashlib.sha256(seed.encode()).digest()
    return {
        "IPAddress": f"169.254.{1 + digest[0] % 254}.{1 + digest[1] % 254}",
        "PrefixLength": 16,
        "PrefixOrigin": PREFIX_WELLKNOWN,
    }


def static_ip(ipv4: str | None, gateway: str | None, dns: list[str], mac: str, ipv6: str | None = None) -> dict:
    """A statically configured interface (fleet file adapter)."""
    ip = empty_ip()
    ip["NetworkCategory"] = CATEGORY_PRIVATE
    if ipv4:
        iface = ipaddress.ip_interface(ipv4)
        ip["IPv4"].append(
            {"IPAddress": str(iface.ip), "PrefixLength": iface.network.prefixlen, "PrefixOrigin": PREFIX_MANUAL}
        )
    else:
        ip["Dhcp"] = 1
    if ipv6:
        iface6 = ipaddress.ip_interface(ipv6)
        ip["IPv6"].append(
            {"IPAddress": str(iface6.ip), "PrefixLength": iface6.network.prefixlen, "PrefixOrigin": PREFIX_MANUAL}
        )
    ip["IPv6"].append(link_local_v6(mac))
    ip["Gateways"] = [gateway] if gateway else []
    ip["DnsServers"] = list(dns)
    return ip


def new_guid(seed: str) -> str:
    """A stable GUID for a seed (so fleets and tests are reproducible)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "hvemu:" + seed))


def hyperv_mac(seed: str) -> str:
    """A Hyper-V dynamic MAC (00-15-5D-xx-xx-xx), stable for a seed."""
    digest = hashlib.sha256(seed.encode()).digest()
    return "00-15-5D-" + "-".join(f"{b:02X}" for b in digest[:3])


def static_ipv4(ip: dict) -> dict | None:
    """The first manual IPv4 address of an interface, or None."""
    for entry in ip.get("IPv4", []):
        if entry.get("PrefixOrigin") == PREFIX_MANUAL:
            return entry
    return None


def degrade(ip: dict, losses: list[str], seed: str) -> dict:
    """Apply a partial migration: what Windows sometimes fails to carry to the vNIC.

    lose_static_ip: DHCP on, the static address replaced by 169.254.x.y/16 (microsoft/SDN #498);
    lose_dns: DNS servers not carried (Virtualization-Documentation #1960); lose_gateway: no
    default route; public_category: the new interface lands in the Public category.
    """
    out = copy.deepcopy(ip)
    if "lose_static_ip" in losses:
        out["Dhcp"] = 1
        out["IPv4"] = [apipa(seed)]
    if "lose_dns" in losses:
        out["DnsServers"] = []
    if "lose_gateway" in losses:
        out["Gateways"] = []
    if "public_category" in losses:
        out["NetworkCategory"] = CATEGORY_PUBLIC
    return out


def adapter_snapshot(adapter: dict) -> dict:
    """One entry of the snapshot's adapters section, with bridge.ps1's fields (Get-NetAdapter plus
    Get-NetIPInterface/-IPAddress/-Route, Get-DnsClient*, Get-NetConnectionProfile)."""
    return {
        "Name": adapter["name"],
        "InterfaceDescription": adapter["description"],
        "InterfaceIndex": adapter["index"],
        "InterfaceGuid": "{" + adapter["guid"].upper() + "}",
        "MacAddress": adapter["mac"],
        "LinkSpeed": adapter["speed"],
        "Status": adapter["status"],
        "Virtual": adapter["kind"] == "host_vnic",
        "ip": copy.deepcopy(adapter["ip"]),
    }
