# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""``ipaddress`` parsing, memoised per process (internal use only).

An overlay or l2bridge host's snapshot holds a route per other host, and one task parses each route's prefix and
address about twenty times on their way through the read side, the topology's checks and the routes it computes: at
50 hosts a third of the routes phase's CPU in a profile was ``ipaddress`` parsing the same few hundred strings again,
the part of a host's cost that grows with the fleet (issue 13). The parsed objects are immutable, so one object per
text is safe to share. A failed parse is not kept: it raises again each time.
"""

from __future__ import annotations

import functools
import ipaddress

_SIZE = 65536


@functools.lru_cache(maxsize=_SIZE)
def _network(value, strict):
    return ipaddress.ip_network(value, strict=strict)


@functools.lru_cache(maxsize=_SIZE)
def _address(value):
    return ipaddress.ip_address(value)


@functools.lru_cache(maxsize=_SIZE)
def _interface(value):
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
