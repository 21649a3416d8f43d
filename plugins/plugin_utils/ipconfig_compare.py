# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""A host's network configuration before and after a disruptive job, compared as the job itself compares it
(internal collection use only).

The job records the configuration of each carrier before it applies, and again once it settled and repaired; what
still differs fails the task (``config_differences``, worded by ``describe_differences``), and a domain profile that
Windows has yet to restore is a warning (``domain_pending``). disruptive.run_job asks, after the job is confirmed.
"""

CATEGORIES = {0: "Public", 1: "Private", 2: "DomainAuthenticated"}
FIELD_WORDS = {
    "addresses": "static addresses",
    "dhcp": "DHCP",
    "gateways": "default gateways",
    "dns_servers": "DNS servers",
    "dns_suffix": "DNS suffix",
    "category": "network category",
}

# The rules below are IpConfig.Compare's (plugins/plugin_utils/bridge/HvNetIpConfig.cs), the very check the
# host's job runs after it settled and repaired (host-code 3): the controller must not fail a task for a
# difference the host rightly left alone. Keep the two in step; tests/hostcode/test_ipconfig_logic.py
# executes the C#, tests/unit/plugins/plugin_utils/test_disruptive.py this copy, on the same cases.

# PrefixOrigin (NL_PREFIX_ORIGIN, nldef.h; HvNetIpConfig.cs OriginManual/OriginDhcp/OriginRouterAdvertisement):
# Other 0, Manual 1, WellKnown 2, Dhcp 3, RouterAdvertisement 4.
# https://learn.microsoft.com/windows/win32/api/nldef/ne-nldef-nl_prefix_origin
ORIGIN_MANUAL, ORIGIN_DHCP, ORIGIN_RA = 1, 3, 4
# fec0:0:0:ffff::1, ::2, ::3: the site-local resolvers Windows lists for IPv6 when none is configured
# (draft-ietf-ipv6-dns-discovery); not a setting of the interface (HvNetIpConfig.cs IsPlaceholder).
DNS_PLACEHOLDER = "fec0:0:0:ffff::"


def _int(value):
    """HvNetIpConfig.cs Int: a number (or a numeric string) as an int; None for null, booleans and the rest."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return round(value)  # Convert.ToInt32 rounds to even, as round() does
    return None


def _text(value):
    return "" if value is None else str(value)


def _ip(entry):
    ip = entry.get("ip") if isinstance(entry, dict) else None
    return ip if isinstance(ip, dict) else {}


def _entries(ip, family):
    return [e for e in ip.get(family) or [] if isinstance(e, dict)]


def _has_origin(ip, family, origin):
    return any(_int(e.get("PrefixOrigin")) == origin for e in _entries(ip, family))


def _carrier_of(entries, mac):
    """HvNetIpConfig.cs CarrierOf: the entry carrying MAC ``mac`` (compared case-insensitively): a host vNIC
    (Virtual) with it, else the physical NIC with it unless it has no IPv4 interface (InterfaceMetric null:
    bound to a switch or team, or disabled). An empty MAC matches nothing."""
    nic = None
    if not mac:
        return None
    for x in entries or []:
        if not isinstance(x, dict) or _text(x.get("MacAddress")).lower() != mac.lower():
            continue
        if x.get("Virtual") is True:
            return x
        if _int(_ip(x).get("InterfaceMetric")) is not None:
            nic = x
    return nic


def _static(ip):
    """HvNetIpConfig.cs Static: "address/length" of the manually configured addresses, both families, sorted."""
    out = []
    for family in ("IPv4", "IPv6"):
        for e in _entries(ip, family):
            if _int(e.get("PrefixOrigin")) == ORIGIN_MANUAL:
                out.append(("%s/%s" % (_text(e.get("IPAddress")), _text(_int(e.get("PrefixLength"))))).lower())
    return sorted(out, key=str.lower)


def _configured(values, was):
    """HvNetIpConfig.cs Configured: of a carrier's gateways or DNS servers, those that are configuration of the
    carrier as it was. None when it was a DHCP carrier (Dhcp 1): they come with the lease and may change. IPv6
    ones only when its IPv6 addresses were not from router advertisements or DHCPv6."""
    if _int(was.get("Dhcp")) == 1:
        return []
    v6 = not (_has_origin(was, "IPv6", ORIGIN_RA) or _has_origin(was, "IPv6", ORIGIN_DHCP))
    return [s for s in (str(v) for v in values or [] if v is not None) if ":" not in s or v6]


def _gateways(ip, was):
    """HvNetIpConfig.cs Gateways: configured default gateways, each once (Get-NetRoute lists a static route of
    both stores twice), sorted."""
    out = []
    for g in _configured(ip.get("Gateways"), was):
        if g.lower() not in (x.lower() for x in out):
            out.append(g)
    return sorted(out, key=str.lower)


def _dns_servers(ip, was):
    """HvNetIpConfig.cs DnsServers: configured DNS servers, in order, without the IPv6 placeholders."""
    return [s for s in _configured(ip.get("DnsServers"), was) if not s.lower().startswith(DNS_PLACEHOLDER)]


def _same(want, got):
    # HvNetIpConfig.cs Compare: the values' texts (lists joined with ",") compared case-insensitively.
    def text(v):
        return ",".join(v) if isinstance(v, list) else _text(v)

    return text(want).lower() == text(got).lower()


def config_differences(before, after):
    """What differs between the task's two records (IpConfig.Compare, HvNetIpConfig.cs).

    ``before`` is the carrier list the job recorded; ``after`` a carrier list or a whole adapters
    section. Carriers are matched by MAC (IpConfig's CarrierOf). Returns ``(differences, gone)``:
    each difference ``{interface, mac, field, before, after, was_on}`` with field addresses (static
    ones only), dhcp, gateways, dns_servers, dns_suffix or category; ``gone`` lists the carriers no
    interface carries any more (IpConfig's field "interface": a NIC bound to a switch without a
    management vNIC), which the host reports as not restorable and the controller reports apart.
    Not differences, as in IpConfig: gateways and DNS servers of a DHCP carrier (and IPv6 ones of a
    carrier whose IPv6 came from router advertisements or DHCPv6), the fec0:0:0:ffff:: DNS
    placeholders, and dhcp or category when the carrier had none before (no IPv4 interface, no
    connection profile), and a category that was DomainAuthenticated and is Public or Private now
    (``domain_pending``: a warning, not a failure; review-2 1).
    """
    diffs, gone = _differences(before, after)
    return [d for d in diffs if not _awaits_domain(d)], gone


def domain_pending(before, after):
    """The carriers that were DomainAuthenticated and read Public or Private after the job's settle limit
    (IpConfig.AwaitsDomain, HvNetIpConfig.cs), one line each. Nothing the job can restore:
    Set-NetConnectionProfile cannot set DomainAuthenticated ("The server automatically sets the value of
    DomainAuthenticated when the network is authenticated to a domain controller", MicrosoftDocs/
    windows-powershell-docs#2161); NLA sets it again once a domain controller answers (Microsoft Learn,
    "Domain-joined machines can't detect the domain profile"). The task warns, it does not fail (review-2 1)."""
    return [
        "%s [%s]: network category %s, was DomainAuthenticated; Windows sets it again once a domain controller "
        "answers (the job cannot)" % (d["interface"], d["mac"], _value("category", d["after"]))
        for d in _differences(before, after)[0]
        if _awaits_domain(d)
    ]


def _awaits_domain(d):
    return d["field"] == "category" and d["before"] == 2 and d["after"] in (0, 1)


def _differences(before, after):
    diffs, gone = [], []
    for was in before or []:
        if not isinstance(was, dict):
            continue
        mac = _text(was.get("MacAddress"))
        have = _carrier_of(after, mac)
        if have is None:
            gone.append("%s (%s)" % (was.get("Name"), mac))
            continue
        b, a = _ip(was), _ip(have)
        pairs = [("addresses", _static(b), _static(a))]
        if _int(b.get("Dhcp")) is not None:  # no IPv4 interface before: no DHCP setting to keep
            pairs.append(("dhcp", _int(b.get("Dhcp")), _int(a.get("Dhcp"))))
        pairs.append(("gateways", _gateways(b, b), _gateways(a, b)))
        pairs.append(("dns_servers", _dns_servers(b, b), _dns_servers(a, b)))
        pairs.append(("dns_suffix", b.get("DnsSuffix") or None, a.get("DnsSuffix") or None))
        if _int(b.get("NetworkCategory")) is not None:  # no profile before (unplugged): no category to keep
            pairs.append(("category", _int(b.get("NetworkCategory")), _int(a.get("NetworkCategory"))))
        for field, want, got in pairs:
            if not _same(want, got):
                diffs.append(
                    {"interface": have.get("Name"), "mac": have.get("MacAddress"), "field": field,
                     "before": want, "after": got, "was_on": was.get("Name")}
                )  # fmt: skip
    return diffs, gone


def _value(field, value):
    # null: an interface without an IPv4 NetIPInterface (DHCP) or without a connection profile (category),
    # as the bridge (HvNetBridge.cs AdaptersSection) reports a NIC bound to a switch, a disabled or an unplugged
    # one (protocol.schema.json).
    if value is None and field == "dhcp":
        return "none (no IPv4 interface)"
    if value is None and field == "category":
        return "none (no connection profile)"
    if field == "category":
        return CATEGORIES.get(value, str(value))
    if field == "dhcp":
        return {0: "off", 1: "on"}.get(value, str(value))
    if isinstance(value, list):
        return ", ".join(value) or "none"
    return "none" if value in (None, "") else str(value)


def describe_differences(diffs):
    """One line per interface: what each field was before the change and is now."""
    lines = {}
    for d in diffs:
        where = d["interface"] if d["interface"] == d["was_on"] else "%s (was %s)" % (d["interface"], d["was_on"])
        key = "%s [%s]" % (where, d["mac"])
        lines.setdefault(key, []).append(
            "%s %s -> %s" % (FIELD_WORDS[d["field"]], _value(d["field"], d["before"]), _value(d["field"], d["after"]))
        )
    return ["%s: %s" % (k, "; ".join(v)) for k, v in lines.items()]
