# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""One normalisation per field kind, used on both the desired side and the read side.

Idempotency breaks where the read side and the write side normalise a default differently; so the
planner compares only values that went through these functions (internal collection use only).
Each function raises ``ValueError`` with a message that lacks the field path; ``validate`` adds it.
"""

import copy
import functools
import re
from collections.abc import Callable
from typing import Any, overload

from ansible_collections.hyperv.network.plugins.plugin_utils import ipcache

# The read side normalises every route of an overlay or l2bridge host's snapshot (a route per other host) each time
# a task parses it, two or three times per task: the same few hundred names, MACs and prefixes again, the part of a
# host's cost that grows with the fleet (issue 13). The functions below are pure functions of the text, so their
# results are memoised per process by that text (str results, immutable). A failed parse is not kept.
_MEMO_SIZE = 65536

OWNERSHIP_TAG = "[hyperv.network]"

SWITCH_TYPES = {0: "private", 1: "internal", 2: "external"}
SWITCH_TYPE_ARG = {"private": "Private", "internal": "Internal", "external": "External"}
# Get-VMSwitch BandwidthReservationMode: 0 Default, 1 Weight, 2 Absolute, 3 None
BANDWIDTH_MODES = {0: "default", 1: "weight", 2: "absolute", 3: "none"}
BANDWIDTH_MODE_ARG = {"default": "Default", "weight": "Weight", "absolute": "Absolute", "none": "None"}
MAC_SPOOFING = {1: True, 2: False}
VLAN_MODES = {0: "untagged", 1: "access", 2: "trunk"}
VLAN_MODE_ARG = {"untagged": "Untagged", "access": "Access", "trunk": "Trunk"}

# HCN network Type strings (hcsshim); NAT is 0 in the enum, so HNS may omit Type for NAT.
NETWORK_TYPES = {
    "nat": "NAT",
    "ics": "ICS",
    "transparent": "Transparent",
    "l2bridge": "L2Bridge",
    "l2tunnel": "L2Tunnel",
    "overlay": "Overlay",
    "private": "Private",
    "internal": "Internal",
}
PROTOCOLS = {"tcp": 6, "udp": 17, "icmp": 1, "icmpv6": 58}
PROTOCOL_NAMES = {v: k for k, v in PROTOCOLS.items()}

_MAC_FORMS = (
    re.compile(r"^[0-9a-fA-F]{12}$"),
    re.compile(r"^[0-9a-fA-F]{2}([-:])[0-9a-fA-F]{2}(\1[0-9a-fA-F]{2}){4}$"),
    re.compile(r"^[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}$"),
)


def _upper_unit(char: str) -> str:
    """.NET's simple upper-case mapping of one character: a BMP character whose upper case is one
    character maps to it; one whose upper case expands (ß -> SS, ﬁ -> FI) and anything outside the
    BMP (a surrogate pair to .NET) stays as it is."""
    if ord(char) > 0xFFFF:
        return char
    upper = char.upper()
    return upper if len(upper) == 1 else char


def memoised_dicts(function: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
    """``function``, whose answer is a flat dict, kept per hashable arguments; every call gets its own copy.

    For fleet-sized repeats: a fleet step parses every host's snapshot and builds every host's routes, each with an
    entry per other member (issue 13). Unhashable arguments are computed as they are (and refused there).
    """
    kept = functools.lru_cache(maxsize=_MEMO_SIZE)(function)

    @functools.wraps(function)
    def copied(*args: Any) -> dict[str, Any]:
        try:
            return dict(kept(*args))
        except TypeError:  # an unhashable argument (or the function's own TypeError, which it raises again)
            return function(*args)

    return copied


_SCALARS = (str, int, float, bool, type(None), bytes)


def data_copy(value: Any) -> Any:
    """A deep copy of JSON-like data: dicts and lists are new, scalars shared (immutable), anything else deep-copied.

    ``copy.deepcopy`` takes ansible-core's tagged scalars (a role value read from the host's variables) through
    ``__reduce_ex__`` one by one: a resolved topology's copy cost a read about 2 ms on an overlay rerun (issue 13).
    Dicts come back as plain dicts.
    """
    if isinstance(value, dict):
        return {k: data_copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [data_copy(v) for v in value]
    if isinstance(value, _SCALARS):
        return value
    return copy.deepcopy(value)


@overload
def name_key(name: None) -> None: ...
@overload
def name_key(name: str) -> str: ...
@overload
def name_key(name: object) -> str | None: ...


def name_key(name: object) -> str | None:
    """The key under which Windows considers two names equal.

    The bridge and the cmdlets compare with StringComparison.OrdinalIgnoreCase, which upper-cases
    each UTF-16 unit with the simple (one-to-one) mapping. casefold() is not that: it would make
    'Straße' equal 'STRASSE' and the Kelvin sign equal 'k', which Windows keeps apart.
    """
    return None if name is None else _name_key_text(str(name))


@functools.lru_cache(maxsize=_MEMO_SIZE)
def _name_key_text(text: str) -> str:
    return "".join(_upper_unit(c) for c in text)


def mac(value: Any) -> str | None:
    """Canonical MAC ``00-15-5D-AA-BB-CC``; accepts dashes, colons, dots or no separators, any case."""
    if value is None or value == "":
        return None
    canonical = _mac_text(str(value).strip())
    if canonical is None:
        raise ValueError("%r is not a MAC address (expected six hex octets, e.g. 00-15-5D-AA-BB-CC)" % (value,))
    return canonical


@functools.lru_cache(maxsize=_MEMO_SIZE)
def _mac_text(text: str) -> str | None:
    """The canonical form of a stripped MAC text, or None when it is not one."""
    if not any(form.match(text) for form in _MAC_FORMS):
        return None
    digits = re.sub(r"[-:.]", "", text).upper()
    return "-".join(digits[i : i + 2] for i in range(0, 12, 2))


@overload
def prefix(value: None) -> None: ...
@overload
def prefix(value: str) -> str: ...
@overload
def prefix(value: object) -> str | None: ...


def prefix(value: Any) -> str | None:
    """Canonical network prefix (``10.0.0.0/24``, ``fd00::/64``); host bits set is an error."""
    if value is None:
        return None
    text = str(value).strip()
    if "/" not in text:
        raise ValueError("%r is not a valid IPv4 or IPv6 prefix (expected address/length)" % (value,))
    try:
        network = ipcache.network(text, strict=False)
    except ValueError:
        raise ValueError("%r is not a valid IPv4 or IPv6 prefix" % (value,)) from None
    if network.network_address != ipcache.interface(text).ip:
        raise ValueError("%r has host bits set; did you mean %s?" % (value, network))
    return str(network)


def prefix_lenient(value: Any) -> str | None:
    """Read side: a prefix as HNS reports it, canonical even when HNS kept host bits."""
    if value is None or value == "":
        return None
    try:
        return ipcache.network_text(str(value).strip(), strict=False)  # memoised there
    except ValueError:
        return str(value)


def ip(value: Any) -> str | None:
    """Canonical IP address text (compressed IPv6, no leading zeros)."""
    if value is None or value == "":
        return None
    try:
        return ipcache.address_text(str(value).strip())  # memoised there
    except ValueError:
        raise ValueError("%r is not a valid IP address" % (value,)) from None


def ip_lenient(value: Any) -> str | None:
    """Read side: canonical when parsable, else as reported."""
    try:
        return ip(value)
    except ValueError:
        return str(value)


def default_route_prefix(subnet_prefix: object) -> str:
    """``0.0.0.0/0`` or ``::/0`` for the family of ``subnet_prefix``."""
    return "::/0" if ":" in str(subnet_prefix) else "0.0.0.0/0"


def enum_from_host(value: Any, table: dict[int, str], default: str | None = None) -> str | None:
    """An integer enum as Windows PowerShell 5.1 writes it -> our lower-case name."""
    if value is None:
        return default
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in table.values():
            return lowered
        if lowered.isdigit():
            value = int(lowered)
        else:
            return lowered
    return table.get(value, default)


def switch_type(value: Any) -> str | None:
    """SwitchType 0/1/2 or a name -> ``private``/``internal``/``external``."""
    return enum_from_host(value, SWITCH_TYPES)


def bandwidth_mode(value: Any, iov_enabled: bool = False) -> str | None:
    """The effective bandwidth mode: Default resolves like Windows (Weight, or None with IOV)."""
    mode = enum_from_host(value, BANDWIDTH_MODES, "default")
    if mode == "default":
        return "none" if iov_enabled else "weight"
    return mode


def mac_spoofing(value: Any) -> bool | None:
    """MacAddressSpoofing 1/2 (or a bool) -> True/False."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.strip().lower() in ("1", "on", "true")
    return MAC_SPOOFING.get(value)


def vlan_mode(value: Any) -> str | None:
    """VlanOperationMode 0/1/2 or a name -> ``untagged``/``access``/``trunk``."""
    return enum_from_host(value, VLAN_MODES, "untagged")


def network_type(value: Any) -> str:
    """HCN Type string (any case; omitted means NAT) -> our lower-case type."""
    if value is None or value == "":
        return "nat"
    if isinstance(value, int):
        return "nat" if value == 0 else str(value)
    return str(value).strip().lower()


def protocol(value: Any) -> str:
    """Port-mapping protocol: ``tcp``/``udp`` or the IP protocol number -> lower-case name (or number text)."""
    if value is None or value == "":
        return "tcp"
    if isinstance(value, int):
        return PROTOCOL_NAMES.get(value, str(value))
    text = str(value).strip().lower()
    if text.isdigit():
        return PROTOCOL_NAMES.get(int(text), text)
    return text


def protocol_number(value: Any) -> int:
    """The IP protocol number HCN wants for a port mapping."""
    name = protocol(value)
    if name in PROTOCOLS:
        return PROTOCOLS[name]
    return int(name)


def split_notes(notes: Any) -> tuple[str, bool]:
    """Return ``(user_notes, owned)``: a switch is owned when its Notes end with the line ``[hyperv.network]``."""
    if not notes:
        return "", False
    text = str(notes).rstrip()
    if text == OWNERSHIP_TAG:
        return "", True
    for newline in ("\r\n", "\n"):
        if text.endswith(newline + OWNERSHIP_TAG):
            return text[: -len(newline + OWNERSHIP_TAG)].rstrip("\r\n"), True
    return text, False


def join_notes(user_notes: str | None, owned: bool) -> str:
    """The Notes to write: user notes, then the ownership tag line for owned switches."""
    user_notes = (user_notes or "").rstrip("\r\n")
    if not owned:
        return user_notes
    return user_notes + "\n" + OWNERSHIP_TAG if user_notes else OWNERSHIP_TAG


def management_vnic_switch(adapter_name: Any) -> str | None:
    """The switch name in ``vEthernet (<switch>)`` (the management vNIC), else None."""
    if not adapter_name:
        return None
    match = re.match(r"^vEthernet \((.+)\)$", str(adapter_name).strip(), re.IGNORECASE)
    return match.group(1) if match else None


def str_list(value: Any) -> list[str]:
    """A list of strings from a list, a comma-separated string or None (order kept, blanks dropped)."""
    if value is None:
        return []
    if isinstance(value, str):
        value = value.split(",")
    return [str(v).strip() for v in value if v is not None and str(v).strip() != ""]


def dns(value: dict[str, Any] | None) -> dict[str, Any] | None:
    """Canonical DNS settings {domain, search, servers}, or None when nothing is set."""
    if not value:
        return None
    domain = (value.get("domain") or "").strip()
    search = str_list(value.get("search"))
    servers = [ip_lenient(s) for s in str_list(value.get("servers"))]
    if not domain and not search and not servers:
        return None
    return {"domain": domain, "search": search, "servers": servers}


def dns_from_hcn(value: dict[str, Any] | None) -> dict[str, Any] | None:
    """HCN ``Dns`` {Domain, Search, ServerList} -> canonical DNS settings or None."""
    if not value:
        return None
    return dns({"domain": value.get("Domain"), "search": value.get("Search"), "servers": value.get("ServerList")})
