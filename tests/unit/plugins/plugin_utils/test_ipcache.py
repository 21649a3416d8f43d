"""ipcache: ipaddress parsing memoised per process, with ipaddress's answers and errors unchanged."""

from __future__ import annotations

import ipaddress

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils import ipcache


@pytest.mark.parametrize("text", ["10.0.0.0/24", "10.0.0.5/24", "fd00::/64", "0.0.0.0/0", "192.168.1.7"])
def test_network_answers_as_ipaddress_with_strict_kept_apart(text):
    assert ipcache.network(text, strict=False) == ipaddress.ip_network(text, strict=False)
    try:
        expected = ipaddress.ip_network(text)
    except ValueError:
        with pytest.raises(ValueError):
            ipcache.network(text)
        # the lenient answer cached first must not make the strict one pass
        with pytest.raises(ValueError):
            ipcache.network(text, strict=True)
    else:
        assert ipcache.network(text) == expected


def test_errors_are_raised_every_time_and_not_kept():
    for _attempt in range(2):
        with pytest.raises(ValueError):
            ipcache.address("10.0.0.256")
        with pytest.raises(ValueError):
            ipcache.interface("nonsense/24")


def test_one_object_per_text_and_unhashable_values_still_parse_or_fail_as_ipaddress():
    assert ipcache.address("10.1.2.3") is ipcache.address("10.1.2.3")
    assert ipcache.interface("10.1.2.3/24").network == ipaddress.ip_network("10.1.2.0/24")
    assert ipcache.network((167772160, 8)) == ipaddress.ip_network("10.0.0.0/8")
    with pytest.raises(ValueError):
        ipcache.address(["10.1.2.3"])


def test_the_sort_keys_order_as_the_objects_compare():
    """issue 13: a fleet-sized sort by network_key or address_key gives the order of the ipaddress objects."""
    import ipaddress
    import random

    rng = random.Random(7)
    prefixes = list({f"10.{rng.randrange(256)}.{rng.randrange(256)}.0/{rng.choice((16, 22, 24))}" for _n in range(400)})
    prefixes = [str(ipaddress.ip_network(p, strict=False)) for p in prefixes]
    assert sorted(prefixes, key=ipcache.network_key) == sorted(prefixes, key=ipaddress.ip_network)
    addresses = list({f"10.63.{rng.randrange(256)}.{rng.randrange(256)}" for _n in range(400)})
    assert sorted(addresses, key=ipcache.address_key) == sorted(addresses, key=ipaddress.ip_address)
    v6 = ["fd00::/64", "fd00::/48", "fc00:1::/64"]
    assert sorted(v6, key=ipcache.network_key) == sorted(v6, key=ipaddress.ip_network)
    with pytest.raises(ValueError):
        ipcache.network_key("10.0.0.1/24")  # host bits set: refused, as ip_network refuses them


class _Tagged(str):
    """A str subclass, as Ansible's tagged strings are."""


def _answer(function, *args, **kwargs):
    """What a parse gives, comparably: the object's type, text and attributes, or the error's type and words."""
    try:
        value = function(*args, **kwargs)
    except ValueError as exc:
        return ("error", type(exc).__name__, str(exc))
    described = [type(value).__name__, str(value), hash(value)]
    for name in ("network_address", "netmask", "prefixlen", "network", "ip"):
        if hasattr(value, name):
            described.append((name, str(getattr(value, name))))
    if hasattr(value, "hosts") and value.prefixlen >= value.max_prefixlen - 1:  # the /31 and /32 special cases
        described.append(("hosts", [str(h) for h in value.hosts()]))
    return tuple(described)


def _texts(rng):
    """Plain IPv4 text (the quick path) and every near miss of it: ipaddress's other forms and what it refuses."""
    octets = ["0", "1", "9", "10", "99", "100", "199", "200", "249", "250", "255", "256", "299", "999", "00", "01",
              "010", "1000", "", " 1", "1 ", "+1", "-1", "\u0661", "0x1", "a"]  # fmt: skip
    lengths = ["", "/0", "/8", "/24", "/30", "/31", "/32", "/33", "/024", "/08", "/255.255.255.0", "/0.0.0.255",
               "/255.0.255.0", "/", "/x", "/ 24", "/24 ", "/\u0662\u0664", "/-1", "/24/24"]  # fmt: skip
    texts = ["10.0.0.0/24", "10.0.0.5/24", "192.168.1.7", "0.0.0.0/0", "255.255.255.255/32", "fd00::/64", "::1",
             "10.0.0", "10.0.0.0.0", "1.2.3.4\n", "\n1.2.3.4", "10.0.0.0/24\n"]  # fmt: skip
    for _n in range(3000):
        quad = ".".join(rng.choice(octets) if rng.random() < 0.25 else str(rng.randrange(256)) for _i in range(4))
        texts.append(quad + rng.choice(lengths))
    return texts


def test_the_quick_ipv4_path_answers_exactly_as_ipaddress():
    """issue 13: plain IPv4 text is read into integers (ipaddress then builds the objects without parsing the text);
    every other text goes to ipaddress. Each text, as str and as a str subclass, gets ipaddress's object or its error
    and words, for network (strict and not), address and interface."""
    import random

    rng = random.Random(13)
    quick = 0
    for text in _texts(rng):
        for value in (text, _Tagged(text)):
            quick += ipcache._plain_ipv4(value) is not None
            for strict in (True, False):
                assert _answer(ipcache.network, value, strict=strict) == _answer(
                    ipaddress.ip_network, value, strict=strict
                ), (value, strict)
            assert _answer(ipcache.address, value) == _answer(ipaddress.ip_address, value), value
            assert _answer(ipcache.interface, value) == _answer(ipaddress.ip_interface, value), value
    assert quick > 1000  # most texts took the quick path


def test_the_quick_path_takes_only_plain_ipv4_text():
    for text in ["10.0.0.0/024", "10.0.0.0/255.255.255.0", "010.0.0.1", "256.0.0.1", "1.2.3.4 ", "\u0661.2.3.4",
                 "10.0.0.0/33", "fd00::1", 167772160]:  # fmt: skip
        assert ipcache._plain_ipv4(text) is None, text
    assert ipcache._plain_ipv4("10.1.2.3/24") == (167838211, 24)
    assert ipcache._plain_ipv4("0.0.0.0") == (0, None)
