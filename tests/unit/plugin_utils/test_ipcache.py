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
