"""The network-configuration side of a detached (disruptive) job, as bridge.ps1's scheduled task does it.

Before a disruptive batch the task records, for every physical NIC, the interface that carries
its configuration (the NIC itself, or the `vEthernet (...)` host vNIC with the same MAC once an
External switch shares the NIC with the host). After the batch it compares the same record and
repairs only what differs: Windows usually moves the configuration itself, and re-applying it
blindly would duplicate addresses. Compared: static addresses (and DHCP), default gateways, DNS
servers and suffix, network category. The interface metric is recorded, not repaired (Windows
picks it from the link speed of the new interface).
"""

from __future__ import annotations

import copy

from . import netcfg

CATEGORY_NAMES = {0: "Public", 1: "Private", 2: "DomainAuthenticated"}
# faults.repair_fails names partial migrations whose repair does not take (a cmdlet that fails on the host).
REPAIR_FIELDS = {
    "lose_static_ip": ("addresses", "dhcp"),
    "lose_dns": ("dns_servers",),
    "lose_gateway": ("gateways",),
    "public_category": ("category",),
}


def static_addresses(ip: dict) -> list[str]:
    """Manually configured addresses of both stores, as 'address/prefix', sorted."""
    out = []
    for family in ("IPv4", "IPv6"):
        for entry in ip.get(family) or []:
            if entry.get("PrefixOrigin") == netcfg.PREFIX_MANUAL:
                out.append(f"{entry['IPAddress']}/{entry['PrefixLength']}")
    return sorted(out)


def differences(before: list[dict], after: list[dict]) -> list[dict]:
    """What differs between two carrier records, per interface (matched by MAC address).

    Each difference: {mac, interface (the name now, or before when gone), field, before, after};
    field is one of interface (the configuration has no interface any more), addresses, dhcp,
    gateways, dns_servers, dns_suffix, category.
    """
    now = {entry["MacAddress"]: entry for entry in after}
    out = []
    for was in before:
        mac = was["MacAddress"]
        have = now.get(mac)
        if have is None:
            out.append(
                {"mac": mac, "interface": was["Name"], "field": "interface", "before": was["Name"], "after": None}
            )
            continue
        b, a = was["ip"], have["ip"]
        pairs = (
            ("addresses", static_addresses(b), static_addresses(a)),
            ("dhcp", b.get("Dhcp"), a.get("Dhcp")),
            ("gateways", sorted(b.get("Gateways") or []), sorted(a.get("Gateways") or [])),
            ("dns_servers", list(b.get("DnsServers") or []), list(a.get("DnsServers") or [])),
            ("dns_suffix", b.get("DnsSuffix") or None, a.get("DnsSuffix") or None),
            ("category", b.get("NetworkCategory"), a.get("NetworkCategory")),
        )
        for field, want, got in pairs:
            if want != got:
                out.append({"mac": mac, "interface": have["Name"], "field": field, "before": want, "after": got})
    return out


class JobMixin:
    """Carrier records and repairs on a HostModel (bridge.ps1: Get-HvNetCarriers, Repair-HvNetConfig)."""

    def _carrier(self, adapter: dict) -> dict | None:
        vnic = next(
            (a for a in self.data["adapters"] if a["kind"] == "host_vnic" and a["mac"] == adapter["mac"]),
            None,
        )
        if vnic is not None:
            return vnic
        # bridge.ps1 (Get-HvNetCarriers): the NIC itself only when it has an IPv4 interface (InterfaceMetric not
        # null); a bound or disabled NIC has none (netcfg.unbound_ip), so it carries nothing.
        return adapter if not adapter.get("switch_id") and netcfg.has_ipv4_interface(adapter["ip"]) else None

    def carriers(self) -> list[dict]:
        """For every physical NIC, the interface carrying its configuration (adapters-section entries)."""
        out = []
        for adapter in self.physical_adapters():
            carrier = self._carrier(adapter)
            if carrier is not None:
                out.append(netcfg.adapter_snapshot(carrier))
        return out

    def repair_config(self, before: list[dict]) -> list[str]:
        """Restore what differs from `before` on the interfaces that carry it now; what was done, as text."""
        done = []
        by_mac = {a["mac"]: a for a in self.physical_adapters()}
        current = self.carriers()
        failing = {f for name in (getattr(self.faults, "repair_fails", None) or []) for f in REPAIR_FIELDS[name]}
        for diff in differences(before, current):
            if diff["field"] in failing:
                done.append("{}: {} could not be restored (injected fault)".format(diff["interface"], diff["field"]))
                continue
            adapter = by_mac.get(diff["mac"])
            carrier = self._carrier(adapter) if adapter else None
            if carrier is None:
                continue  # nowhere to put it: reported by the comparison, not repairable
            was = next(b["ip"] for b in before if b["MacAddress"] == diff["mac"])
            ip = carrier["ip"]
            field = diff["field"]
            if field in ("addresses", "dhcp"):
                if static_addresses(ip) == static_addresses(was) and ip.get("Dhcp") == was.get("Dhcp"):
                    continue  # repaired together with the other of the two
                ip["Dhcp"] = was.get("Dhcp")
                if was.get("Dhcp") == 0:
                    # Windows' fallback 169.254.x.y (and a DHCP lease) go when the static address returns.
                    ip["IPv4"] = [e for e in ip["IPv4"] if e.get("PrefixOrigin") == netcfg.PREFIX_MANUAL]
                have = set(static_addresses(ip))
                for family in ("IPv4", "IPv6"):
                    for entry in was.get(family) or []:
                        text = f"{entry['IPAddress']}/{entry['PrefixLength']}"
                        if entry.get("PrefixOrigin") == netcfg.PREFIX_MANUAL and text not in have:
                            ip[family].append(copy.deepcopy(entry))
                done.append(
                    "{}: static addresses {} restored (DHCP {})".format(
                        carrier["name"], ", ".join(static_addresses(was)) or "none", "on" if was.get("Dhcp") else "off"
                    )
                )
            elif field == "gateways":
                ip["Gateways"] = list(was.get("Gateways") or [])
                done.append(
                    "{}: default gateway {} restored".format(carrier["name"], ", ".join(ip["Gateways"]) or "none")
                )
            elif field == "dns_servers":
                ip["DnsServers"] = list(was.get("DnsServers") or [])
                done.append(
                    "{}: DNS servers {} restored".format(carrier["name"], ", ".join(ip["DnsServers"]) or "none")
                )
            elif field == "dns_suffix":
                ip["DnsSuffix"] = was.get("DnsSuffix")
                done.append("{}: DNS suffix {} restored".format(carrier["name"], was.get("DnsSuffix") or "none"))
            elif field == "category":
                ip["NetworkCategory"] = was.get("NetworkCategory")
                done.append(
                    "{}: network category {} restored (was {})".format(
                        carrier["name"],
                        CATEGORY_NAMES.get(was.get("NetworkCategory"), was.get("NetworkCategory")),
                        CATEGORY_NAMES.get(diff["after"], diff["after"]),
                    )
                )
        return done
