# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""``ipaddress`` parsing, memoised per process (internal use only).

An overlay or l2bridge host's snapshot holds a route per other host, and one task parses each route's prefix and
address about twenty times on their way through the read side, the topology's checks and the routes it computes: at
50 hosts a third of the routes phase's CPU in a profile was ``ipaddress`` parsing the same few hundred strings again,
the part of a host's cost that grows with the fleet (issue 13). The parsed objects are immutable, so one object per
text is safe to share. A failed parse is not kept: it raises again each time.

Each task is a forked worker, so each parses a host's strings for the first time: IPv4 text in the plain form (four
decimal octets without leading zeros, an optional decimal prefix length) is read here into integers, from which
ipaddress builds the very same objects without parsing the text again (about half of the first parse's cost).
Anything else, and anything ipaddress would refuse, goes to ipaddress as it is, for its own answer and message.
"""

from __future__ import annotations

import functools
import ipaddress
import re

_SIZE = 65536
_OCTET = r"(0|[1-9][0-9]{0,2})"
# What ipaddress's IPv4 parser accepts, less its other forms (a leading zero in the prefix length, a netmask
# after the slash): [0-9] is ASCII only, as ipaddress requires.
_PLAIN_IPV4 = re.compile(r"%s\.%s\.%s\.%s(?:/([0-9]|[12][0-9]|3[0-2]))?" % ((_OCTET,) * 4))


def _plain_ipv4(value):
    """``(address as an int, prefix length or None)`` of plain IPv4 text, else None (ipaddress then parses it)."""
    match = _PLAIN_IPV4.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        return None
    a, b, c, d, length = match.groups()
    a, b, c, d = int(a), int(b), int(c), int(d)
    if a > 255 or b > 255 or c > 255 or d > 255:
        return None
    return (a << 24) | (b << 16) | (c << 8) | d, None if length is None else int(length)


@functools.lru_cache(maxsize=_SIZE)
def _network(value, strict):
    plain = _plain_ipv4(value)
    if plain is not None:
        try:
            return ipaddress.IPv4Network((plain[0], 32 if plain[1] is None else plain[1]), strict=strict)
        except ValueError:
            pass  # host bits set under strict: ipaddress's own words, from the text
    return ipaddress.ip_network(value, strict=strict)


@functools.lru_cache(maxsize=_SIZE)
def _address(value):
    plain = _plain_ipv4(value)
    if plain is not None and plain[1] is None:
        return ipaddress.IPv4Address(plain[0])
    return ipaddress.ip_address(value)


@functools.lru_cache(maxsize=_SIZE)
def _interface(value):
    plain = _plain_ipv4(value)
    if plain is not None:
        return ipaddress.IPv4Interface((plain[0], 32 if plain[1] is None else plain[1]))
    return ipaddress.ip_interface(value)


def network(value, strict=True):
    """``ipaddress.ip_network(value, strict)``."""
    try:
        return _network(value, strict)
    except TypeError:  # an unhashable value: ipaddress says what is wrong with it
        return ipaddress.ip_network(value, strict=strict)


def address(value):
    """``ipaddress.ip_address(value)``."""
    try:
        return _address(value)
    except TypeError:
        return ipaddress.ip_address(value)


def interface(value):
    """``ipaddress.ip_interface(value)``."""
    try:
        return _interface(value)
    except TypeError:
        return ipaddress.ip_interface(value)


@functools.lru_cache(maxsize=_SIZE)
def _network_text(value, strict):
    return str(_network(value, strict))


@functools.lru_cache(maxsize=_SIZE)
def _address_text(value):
    return str(_address(value))


def network_text(value, strict=True):
    """``str(ipaddress.ip_network(value, strict))``: the canonical text, memoised too (a fleet step writes every
    member's prefix once per host; ``str`` of an ipaddress object is Python-level work each time)."""
    try:
        return _network_text(value, strict)
    except TypeError:
        return str(ipaddress.ip_network(value, strict=strict))


def address_text(value):
    """``str(ipaddress.ip_address(value))``, memoised as ``network_text``."""
    try:
        return _address_text(value)
    except TypeError:
        return str(ipaddress.ip_address(value))


@functools.lru_cache(maxsize=_SIZE)
def network_key(value):
    """A sort key that orders prefixes as their ``ip_network`` objects compare (address, then length), versions
    apart: comparing the objects themselves runs ipaddress's Python-level comparison for every pair of a sort."""
    net = _network(value, True)
    return (net.version, int(net.network_address), net.prefixlen)


@functools.lru_cache(maxsize=_SIZE)
def address_key(value):
    """A sort key that orders addresses as their ``ip_address`` objects compare, versions apart."""
    addr = _address(value)
    return (addr.version, int(addr))
