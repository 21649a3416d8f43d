"""The network-configuration side of a detached (disruptive) job, as the bridge's scheduled task does it.

Source: the bridge's C# helper, plugins/plugin_utils/bridge/HvNetIpConfig.cs (class IpConfig: Carriers,
Compare, PlanRepairs) as run by HvNetBridge.cs (Bridge.RunJob, Bridge.Repair); host-code 3 in
reference/windows-review/host-code-review.md. Each rule below cites the IpConfig member it follows.

Before a disruptive batch the task records, for every physical NIC, the interface that carries
its configuration (the NIC itself, or the `vEthernet (...)` host vNIC with the same MAC once an
External switch shares the NIC with the host). After the batch it compares the same record and
repairs only what differs: Windows usually moves the configuration itself, and re-applying it
blindly would duplicate addresses. Compared: static addresses (and DHCP), default gateways, DNS
servers and suffix, network category, with IpConfig's exceptions (a DHCP carrier's gateways and
DNS servers, the fec0:0:0:ffff:: DNS placeholders, fields that were null before). The interface
metric is recorded, not repaired (Windows picks it from the link speed of the new interface).

Not modelled: Bridge.Settle (the bridge's wait, up to 60 s, for each carrier's connection profile
and DHCP lease). hvemu moves the whole configuration, lease included, the instant the switch is
made (HostModel.share_with_host), so the task here finds every carrier settled at once; the delay
Windows takes to bring a new vNIC its lease is not modelled because no source here gives it.

A carrier that was DomainAuthenticated and reads Public or Private after the repairs is neither repaired nor
a difference of the compare step: the job journals it in `warnings` (IpConfig.AwaitsDomain, Bridge.RunJob;
review-2 1). hvemu does not model NLA finding the domain controller later either: the category stays.

Journal texts: the bridge writes one repairs entry per planned cmdlet call ("<name>: <field>
restored (<cmdlet>)"); hvemu writes one per repaired field, naming all its cmdlets ("addresses"
and "dhcp" together, as PlanRepairs plans them once), and the bridge's texts for what is not
restorable ("<name>: <field> not restorable: <reason>") or failed ("... could not be restored: ...").
"""

from __future__ import annotations

import copy

from . import netcfg

CATEGORY_NAMES = {0: "Public", 1: "Private", 2: "DomainAuthenticated"}
# HvNetIpConfig.cs CategoryDomain: NetworkCategory (MSFT_NetConnectionProfile) DomainAuthenticated.
CATEGORY_DOMAIN = 2
# PrefixOrigin (NL_PREFIX_ORIGIN, nldef.h; HvNetIpConfig.cs OriginDhcp, OriginRouterAdvertisement),
# https://learn.microsoft.com/windows/win32/api/nldef/ne-nldef-nl_prefix_origin
PREFIX_DHCP = 3
PREFIX_ROUTER_ADVERTISEMENT = 4
# HvNetIpConfig.cs IsPlaceholder: fec0:0:0:ffff::1-3, the site-local resolvers Windows lists for IPv6 when
# none is configured (draft-ietf-ipv6-dns-discovery); not a setting of the interface.
DNS_PLACEHOLDER = "fec0:0:0:ffff::"
# faults.repair_fails names partial migrations whose repair does not take (a cmdlet that fails on the host).
REPAIR_FIELDS = {
    "lose_static_ip": ("addresses", "dhcp"),
    "lose_dns": ("dns_servers",),
    "lose_gateway": ("gateways",),
    "public_category": ("category",),
}


def _int(value) -> int | None:
    """HvNetIpConfig.cs Int: null, booleans and non-numbers are no value."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return round(value)
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            return None
    return None


def _text(value) -> str:
    return "" if value is None else str(value)


def _ip(entry: dict | None) -> dict:
    ip = (entry or {}).get("ip")
    return ip if isinstance(ip, dict) else {}


def _has_origin(ip: dict, family: str, origin: int) -> bool:
    return any(_int(e.get("PrefixOrigin")) == origin for e in ip.get(family) or [])


def carrier_of(entries: list[dict], mac: str | None) -> dict | None:
    """HvNetIpConfig.cs CarrierOf: the entry carrying `mac` (case-insensitive): a host vNIC (Virtual) with
    it, else the physical NIC with it unless it has no IPv4 interface (InterfaceMetric null: bound to a
    switch or team, or disabled). An empty MAC matches nothing."""
    if not mac:
        return None
    nic = None
    for x in entries or []:
        if _text(x.get("MacAddress")).lower() != mac.lower():
            continue
        if x.get("Virtual") is True:
            return x
        if _int(_ip(x).get("InterfaceMetric")) is not None:
            nic = x
    return nic


def static_addresses(ip: dict) -> list[str]:
    """HvNetIpConfig.cs Static: manually configured addresses of both families, as 'address/prefix', sorted."""
    out = []
    for family in ("IPv4", "IPv6"):
        for entry in ip.get(family) or []:
            if _int(entry.get("PrefixOrigin")) == netcfg.PREFIX_MANUAL:
                out.append(f"{_text(entry.get('IPAddress'))}/{_text(_int(entry.get('PrefixLength')))}".lower())
    return sorted(out, key=str.lower)


def _configured(values, was: dict) -> list[str]:
    """HvNetIpConfig.cs Configured: the gateways or DNS servers that are configuration of the carrier as it
    `was`. None for a DHCP carrier (Dhcp 1): they come back with the lease and may change. IPv6 ones only
    when its IPv6 addresses did not come from router advertisements or DHCPv6."""
    if _int(was.get("Dhcp")) == 1:
        return []
    v6 = not (_has_origin(was, "IPv6", PREFIX_ROUTER_ADVERTISEMENT) or _has_origin(was, "IPv6", PREFIX_DHCP))
    return [s for s in (str(v) for v in values or [] if v is not None) if ":" not in s or v6]


def gateways(ip: dict, was: dict) -> list[str]:
    """HvNetIpConfig.cs Gateways: configured default gateways, each once, sorted (Compare sorts them)."""
    out: list[str] = []
    for g in _configured(ip.get("Gateways"), was):
        if g.lower() not in (x.lower() for x in out):
            out.append(g)
    return sorted(out, key=str.lower)


def dns_servers(ip: dict, was: dict) -> list[str]:
    """HvNetIpConfig.cs DnsServers: configured DNS servers in order, without the IPv6 placeholders."""
    return [s for s in _configured(ip.get("DnsServers"), was) if not s.lower().startswith(DNS_PLACEHOLDER)]


def _same(want, got) -> bool:
    # HvNetIpConfig.cs Compare: texts (lists joined with ",") compared case-insensitively.
    def text(v):
        return ",".join(v) if isinstance(v, list) else _text(v)

    return text(want).lower() == text(got).lower()


def differences(before: list[dict], after: list[dict]) -> list[dict]:
    """HvNetIpConfig.cs Compare: what differs between two carrier records, per carrier (matched by MAC).

    `after` may be carriers or a whole adapters section. Each difference: {mac, interface (the name
    now, or before when gone), index, field, before, after}; field is one of interface (no
    interface carries that MAC any more), addresses, dhcp, gateways, dns_servers, dns_suffix,
    category. dhcp is compared only when the carrier had an IPv4 interface before, category only
    when it had a connection profile before; gateways and DNS servers of a DHCP carrier never.
    """
    out = []
    for was in before or []:
        mac = _text(was.get("MacAddress"))
        have = carrier_of(after, mac)
        if have is None:
            out.append(
                {"mac": mac, "interface": was.get("Name"), "index": None, "field": "interface",
                 "before": was.get("Name"), "after": None}
            )  # fmt: skip
            continue
        b, a = _ip(was), _ip(have)
        pairs = [("addresses", static_addresses(b), static_addresses(a))]
        if _int(b.get("Dhcp")) is not None:
            pairs.append(("dhcp", _int(b.get("Dhcp")), _int(a.get("Dhcp"))))
        pairs.append(("gateways", gateways(b, b), gateways(a, b)))
        pairs.append(("dns_servers", dns_servers(b, b), dns_servers(a, b)))
        pairs.append(("dns_suffix", b.get("DnsSuffix") or None, a.get("DnsSuffix") or None))
        if _int(b.get("NetworkCategory")) is not None:
            pairs.append(("category", _int(b.get("NetworkCategory")), _int(a.get("NetworkCategory"))))
        for field, want, got in pairs:
            if not _same(want, got):
                out.append(
                    {"mac": mac, "interface": have.get("Name"), "index": _int(have.get("InterfaceIndex")),
                     "field": field, "before": want, "after": got}
                )  # fmt: skip
    return out


def awaits_domain(diff: dict) -> bool:
    """HvNetIpConfig.cs AwaitsDomain: a difference that only waits for Windows, a carrier that was
    DomainAuthenticated (2) and is Public (0) or Private (1) now. HvNetBridge.cs Bridge.RunJob journals it in
    `warnings` and leaves it out of the compare step (review-2 1, docs/reviews/windows-review-2.md): NLA sets
    DomainAuthenticated again once a domain controller answers (Microsoft Learn, "Domain-joined machines can't
    detect the domain profile"), Set-NetConnectionProfile cannot (MicrosoftDocs/windows-powershell-docs#2161)."""
    if diff.get("field") != "category":
        return False
    return _int(diff.get("before")) == CATEGORY_DOMAIN and _int(diff.get("after")) in (0, 1)


def domain_warning(diff: dict) -> str:
    """HvNetBridge.cs Bridge.RunJob's `warnings` entry for an awaits_domain difference, word for word."""
    return (
        f"{diff['interface']}: network category is {CATEGORY_NAMES.get(_int(diff['after']))}, was "
        "DomainAuthenticated; Windows sets it again once a domain controller answers (the job cannot: "
        "Set-NetConnectionProfile does not set DomainAuthenticated)"
    )


class JobMixin:
    """Carrier records and repairs on a HostModel (HvNetIpConfig.cs IpConfig.Carriers and PlanRepairs, run by
    HvNetBridge.cs Bridge.Repair)."""

    def _adapters_section(self) -> list[dict]:
        return [netcfg.adapter_snapshot(a, False) for a in sorted(self.data["adapters"], key=lambda a: a["index"])]

    def carriers(self) -> list[dict]:
        """HvNetIpConfig.cs Carriers: for every physical NIC of the adapters section, the entry carrying its
        MAC (CarrierOf), in the section's order."""
        section = self._adapters_section()
        out = []
        for entry in section:
            if entry.get("Virtual") is True:
                continue
            carrier = carrier_of(section, entry.get("MacAddress"))
            if carrier is not None:
                out.append(carrier)
        return out

    def repair_config(self, before: list[dict]) -> list[str]:
        """Restore what differs from `before` on the interfaces that carry it now (HvNetIpConfig.cs
        PlanRepairs, executed on the model); what was done, as text."""
        done = []
        section = self._adapters_section()
        by_index = {a["index"]: a for a in self.data["adapters"]}
        failing = {f for name in (getattr(self.faults, "repair_fails", None) or []) for f in REPAIR_FIELDS[name]}
        addresses_planned = set()
        for diff in differences(before, section):
            field, name = diff["field"], diff["interface"]
            what = f"{name}: {field}"
            if field == "interface":
                # PlanRepairs: reported as not restorable, never skipped silently.
                done.append(f"{what} not restorable: no interface carries MAC {diff['mac']} now")
                continue
            if field in ("dhcp", "addresses"):
                # PlanRepairs: both differences are one repair, planned once, at the first of the two.
                if diff["mac"] in addresses_planned:
                    continue
                addresses_planned.add(diff["mac"])
            if field in failing:
                done.append(f"{what} could not be restored: injected fault (faults.repair_fails)")
                continue
            was = next(_ip(b) for b in before if _text(b.get("MacAddress")).lower() == diff["mac"].lower())
            ip = by_index[diff["index"]]["ip"]
            if field in ("addresses", "dhcp"):
                done.append(f"{what} restored ({', '.join(_restore_addresses(ip, was))})")
            elif field == "gateways":
                # PlanRepairs: New-NetRoute for each configured gateway the interface lacks (DHCP carriers never
                # get here: Compare skips their gateways).
                have = gateways(ip, was)
                for g in gateways(was, was):
                    if g.lower() not in (h.lower() for h in have):
                        ip["Gateways"] = [*(ip.get("Gateways") or []), g]
                done.append(f"{what} restored (New-NetRoute)")
            elif field == "dns_servers":
                # PlanRepairs: Set-DnsClientServerAddress with the configured servers, placeholders left out
                # (-ResetServerAddresses when there were none).
                ip["DnsServers"] = dns_servers(was, was)
                done.append(f"{what} restored (Set-DnsClientServerAddress)")
            elif field == "dns_suffix":
                ip["DnsSuffix"] = was.get("DnsSuffix")
                done.append(f"{what} restored (Set-DnsClient)")
            elif field == "category":
                cat = _int(was.get("NetworkCategory"))
                if cat == CATEGORY_DOMAIN and _int(ip.get("NetworkCategory")) is not None:
                    # PlanRepairs (HvNetIpConfig.cs, field "category"): no repair and no repairs entry.
                    # Set-NetConnectionProfile cannot set DomainAuthenticated; NLA does, once a domain controller
                    # answers (learn.microsoft.com/powershell/module/netconnection/set-netconnectionprofile,
                    # -NetworkCategory). The job reports it as a warning instead (awaits_domain; review-2 1).
                    continue
                if _int(ip.get("NetworkCategory")) is None:
                    done.append(f"{what} not restorable: the interface has no connection profile yet")
                elif cat not in (0, 1):
                    done.append(f"{what} not restorable: unknown network category {cat}")
                else:
                    ip["NetworkCategory"] = cat
                    done.append(f"{what} restored (Set-NetConnectionProfile)")
        return done


def _restore_addresses(ip: dict, was: dict) -> list[str]:
    """HvNetIpConfig.cs PlanAddresses on the model: the DHCP switch as it was; a static carrier loses the
    IPv4 addresses it did not have (a lease, 169.254.x.y); then the missing static addresses. The cmdlets."""
    calls = []
    before, now = _int(was.get("Dhcp")), _int(ip.get("Dhcp"))
    if before is not None and before != now:
        ip["Dhcp"] = before
        calls.append("Set-NetIPInterface")
    if before == 0:
        kept = [e for e in ip.get("IPv4") or [] if _int(e.get("PrefixOrigin")) == netcfg.PREFIX_MANUAL]
        if len(kept) != len(ip.get("IPv4") or []):
            ip["IPv4"] = kept
            calls.append("Remove-NetIPAddress")
    have = {_text(e.get("IPAddress")).lower() for f in ("IPv4", "IPv6") for e in ip.get(f) or []}
    for family in ("IPv4", "IPv6"):
        for entry in was.get(family) or []:
            address = _text(entry.get("IPAddress"))
            if _int(entry.get("PrefixOrigin")) != netcfg.PREFIX_MANUAL or address.lower() in have:
                continue
            ip.setdefault(family, []).append(copy.deepcopy(entry))
            if "New-NetIPAddress" not in calls:
                calls.append("New-NetIPAddress")
    return calls


def repair_ok(text: str) -> bool:
    """The journal step's ok for one repairs entry: HvNetBridge.cs Bridge.Repair journals a repair that is
    not restorable (call null) or whose cmdlet threw as not ok."""
    return "could not be restored" not in text and " not restorable: " not in text
