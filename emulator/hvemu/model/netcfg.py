"""Adapters and their IP configuration, and how Windows moves it when a switch takes a NIC.

An adapter is a dict (JSON-ready, persisted as is):
  name, description, index, guid, mac ("00-15-5D-.."), speed, status ("Up", "Disconnected",
  "Disabled": Get-NetAdapter's Status), virtual, lbfo, kind ("physical" | "host_vnic" |
  "endpoint_vnic": the vNIC of an endpoint attached to the host, with endpoint_id, hostnet.py),
  switch_id (vNIC: its switch; physical: the switch it is bound to, or None), stash (physical NIC
  bound to a switch: the configuration it gets back), forwarding (IPv4 forwarding on; absent = off), ip.
ip is the snapshot's ip_configuration object (Dhcp, IPv4, IPv6, Gateways, DnsServers,
DnsSuffix, InterfaceMetric, NetworkCategory), with null where the bridge finds nothing
(HvNetBridge.cs Bridge.AdaptersSection):

- No IPv4 interface (Dhcp and InterfaceMetric null, no addresses): Get-NetAdapter lists every
  NIC, Get-NetIPInterface only those TCP/IP is bound to. A NIC bound to an External (or SET)
  switch has only the Hyper-V Extensible Virtual Switch protocol bound; the host's IP lives on
  the vEthernet adapter ("The original physical network adapter does not have anything bound to
  it. However, the virtual network adapter has all of the standard protocols and services bound
  to it.", Microsoft Learn, Hyper-V "Virtual Network Switch", Windows Server 2008,
  previous-versions/windows/it-pro/windows-server-2008-R2-and-2008/dd581798). A disabled NIC
  ("A network adapter must be enabled to connect to a network", Disable-NetAdapter,
  learn.microsoft.com/powershell/module/netadapter/disable-netadapter) has no IP interface
  either. HvNetBridge.cs AdaptersSection leaves both fields null then (no IPv4 NetIPInterface for
  the index), which JavaScriptSerializer writes as null (reference/windows-review/host-code-review.md, finding 1).
- No connection profile (NetworkCategory null): Get-NetConnectionProfile "gets a connection
  profile associated with one or more physical network adapters. A connection profile represents
  a network connection" (learn.microsoft.com/powershell/module/netconnection/
  get-netconnectionprofile); NLA makes one only for a connected, identified network, so a bound,
  disabled or unplugged NIC has none (host-code-review.md, finding 1).
- An unplugged NIC (Status "Disconnected") keeps its IPv4 interface: Get-NetIPInterface lists
  disconnected interfaces and filters them with -ConnectionState Disconnected
  (learn.microsoft.com/powershell/module/nettcpip/get-netipinterface).
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
STATUS_UP = "Up"
STATUS_DISCONNECTED = "Disconnected"  # Get-NetAdapter: no cable / no link (MediaConnectionState Disconnected)
STATUS_DISABLED = "Disabled"  # Get-NetAdapter after Disable-NetAdapter


def empty_ip(dhcp: int = 0, metric: int = 25) -> dict:
    """An IPv4 interface with no address yet (a new host vNIC: Internal switch, NAT network)."""
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


def unbound_ip() -> dict:
    """What the bridge (HvNetBridge.cs AdaptersSection) reports for a NIC without an IPv4 interface and
    without a connection profile: a NIC bound to an External/SET switch, a disabled NIC (see the module
    docstring for sources)."""
    return {
        "Dhcp": None,
        "IPv4": [],
        "IPv6": [],
        "Gateways": [],
        "DnsServers": [],
        "DnsSuffix": None,
        "InterfaceMetric": None,
        "NetworkCategory": None,
    }


def has_ipv4_interface(ip: dict | None) -> bool:
    """Get-NetIPInterface has an IPv4 entry for the interface (HvNetBridge.cs AdaptersSection fills
    InterfaceMetric from it)."""
    return bool(ip) and ip.get("InterfaceMetric") is not None


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


def adapter_snapshot(adapter: dict, forwarding: bool = True) -> dict:
    """One entry of the snapshot's adapters section, with the fields of HvNetBridge.cs AdaptersSection
    (Get-NetAdapter plus Get-NetIPInterface/-IPAddress/-Route, Get-DnsClient*, Get-NetConnectionProfile).
    With forwarding, ip.Forwarding as docs/design/host-objects.md section 2 has it: Get-NetIPInterface
    -AddressFamily IPv4's Forwarding (0 Disabled, 1 Enabled), null without an IPv4 interface."""
    up = adapter.get("status", STATUS_UP) == STATUS_UP
    ip = copy.deepcopy(adapter["ip"])
    if forwarding:
        ip["Forwarding"] = (1 if adapter.get("forwarding") else 0) if has_ipv4_interface(adapter["ip"]) else None
    return {
        "Name": adapter["name"],
        "InterfaceDescription": adapter["description"],
        "InterfaceIndex": adapter["index"],
        "InterfaceGuid": "{" + adapter["guid"].upper() + "}",
        "MacAddress": adapter["mac"],
        # Get-NetAdapter shows "0 bps" for a NIC without link (a Disconnected one, as in the output quoted in
        # gist.github.com/enthus1ast/1cc83ca38c5d5b79cfaa88990711d03c); a disabled NIC has no link either.
        "LinkSpeed": adapter["speed"] if up else "0 bps",
        "Status": adapter["status"],
        "Virtual": adapter["kind"] in ("host_vnic", "endpoint_vnic"),
        "ip": ip,
    }
