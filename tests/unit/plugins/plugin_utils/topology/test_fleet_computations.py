"""Subnet carving (stable as hosts come and go) and overlay route computation."""

import ipaddress

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_fleet import (
    FleetError,
    carve_subnets,
    overlay_routes,
)
from hypothesis import given, settings
from hypothesis import strategies as st

host_names = st.lists(st.from_regex(r"hv-[a-z0-9]{1,8}", fullmatch=True), min_size=1, max_size=40, unique=True)


def _assert_valid(result, hosts, prefix, length):
    fleet = ipaddress.ip_network(prefix)
    assert set(result) == set(hosts)
    nets = [ipaddress.ip_network(s) for s in result.values()]
    assert all(n.prefixlen == length and n.subnet_of(fleet) for n in nets)
    assert len(set(nets)) == len(nets)


@settings(max_examples=60, deadline=None)
@given(hosts=host_names, data=st.data())
def test_carving_is_independent_of_host_order(hosts, data):
    shuffled = data.draw(st.permutations(hosts))
    first = carve_subnets(hosts, "10.244.0.0/16", 24)
    assert carve_subnets(shuffled, "10.244.0.0/16", 24) == first
    _assert_valid(first, hosts, "10.244.0.0/16", 24)


@settings(max_examples=60, deadline=None)
@given(hosts=host_names, added=host_names, data=st.data())
def test_adding_hosts_never_moves_a_host_that_has_its_subnet(hosts, added, data):
    # A small prefix forces collisions, so probing is exercised.
    before = carve_subnets(hosts, "10.244.0.0/18", 24)
    grown = hosts + [h for h in added if h not in hosts][: 64 - len(hosts)]
    after = carve_subnets(grown, "10.244.0.0/18", 24, existing=before)
    assert {h: after[h] for h in hosts} == before
    _assert_valid(after, grown, "10.244.0.0/18", 24)


@settings(max_examples=60, deadline=None)
@given(hosts=host_names, data=st.data())
def test_removing_hosts_never_moves_the_others(hosts, data):
    before = carve_subnets(hosts, "10.244.0.0/18", 24)
    removed = set(data.draw(st.lists(st.sampled_from(hosts), unique=True)))
    kept = [h for h in hosts if h not in removed]
    after = carve_subnets(kept, "10.244.0.0/18", 24, existing=before)
    assert after == {h: before[h] for h in kept}


def test_without_collisions_adding_a_host_changes_nobody_even_without_existing():
    hosts = ["hv01", "hv02", "hv03"]
    before = carve_subnets(hosts, "10.244.0.0/16", 24)
    after = carve_subnets([*hosts, "hv04"], "10.244.0.0/16", 24)
    assert {h: after[h] for h in hosts} == before


def test_collisions_are_probed_to_the_next_free_subnet():
    # 2 slots and 2 hosts: whatever the hashes, both get a subnet and they differ.
    result = carve_subnets(["a", "b"], "10.0.0.0/23", 24)
    assert sorted(result.values()) == ["10.0.0.0/24", "10.0.1.0/24"]


def test_explicit_subnets_are_kept_and_avoided():
    hosts = [f"hv{i:02d}" for i in range(30)]
    explicit = {"hv00": "10.244.0.0/19"}  # a bigger block: carving must avoid every /24 inside it
    result = carve_subnets(hosts, "10.244.0.0/16", 24, explicit=explicit)
    assert result["hv00"] == "10.244.0.0/19"
    block = ipaddress.ip_network("10.244.0.0/19")
    assert not any(ipaddress.ip_network(s).overlaps(block) for h, s in result.items() if h != "hv00")


def test_existing_subnet_outside_the_prefix_or_taken_is_not_kept():
    result = carve_subnets(
        ["a", "b", "c"],
        "10.244.0.0/16",
        24,
        explicit={"a": "10.244.5.0/24"},
        existing={"b": "10.99.0.0/24", "c": "10.244.5.0/24"},
    )
    assert result["b"] != "10.99.0.0/24"
    assert result["c"] != "10.244.5.0/24"
    _assert_valid(dict(result), ["a", "b", "c"], "10.244.0.0/16", 24)


def test_a_full_prefix_is_an_error():
    with pytest.raises(FleetError, match="holds 4 subnets of /26, not 5 hosts"):
        carve_subnets(list("abcde"), "10.0.0.0/24", 26)


def _published(n):
    return {
        f"hv{i:02d}": {
            "subnet": f"10.244.{i}.0/24",
            "vsid": 4096,
            "provider_address": f"10.0.0.{20 + i}",
            "dr_mac_address": f"00:15:5d:aa:00:{i:02x}",
        }
        for i in range(1, n + 1)
    }


@pytest.mark.parametrize("n", [1, 2, 3, 12])
def test_each_host_gets_a_route_to_every_other_host_and_none_to_itself(n):
    fleet = _published(n)
    routes = overlay_routes(fleet)
    assert set(routes) == set(fleet)
    for host, mine in routes.items():
        assert len(mine) == n - 1
        destinations = {r["destination_prefix"] for r in mine}
        assert fleet[host]["subnet"] not in destinations
        assert destinations == {f["subnet"] for h, f in fleet.items() if h != host}
        for r in mine:
            other = next(h for h, f in fleet.items() if f["subnet"] == r["destination_prefix"])
            assert r["provider_address"] == fleet[other]["provider_address"]
            assert r["isolation_id"] == 4096
            assert r["dr_mac_address"] == fleet[other]["dr_mac_address"].upper().replace(":", "-")


def test_routes_do_not_depend_on_fleet_order():
    fleet = _published(5)
    reordered = dict(reversed(list(fleet.items())))
    assert overlay_routes(fleet) == overlay_routes(reordered)
    assert overlay_routes(fleet, "hv03") == overlay_routes(fleet)["hv03"]


def test_adding_a_host_adds_exactly_one_route_to_each_existing_host():
    before = overlay_routes(_published(4))
    after = overlay_routes(_published(5))
    for host, routes in before.items():
        extra = [r for r in after[host] if r not in routes]
        assert [r["destination_prefix"] for r in extra] == ["10.244.5.0/24"]
        assert all(r in after[host] for r in routes)


def test_a_host_without_dr_mac_is_named():
    fleet = _published(3)
    fleet["hv02"]["dr_mac_address"] = None
    with pytest.raises(FleetError, match="hv02 has not published dr_mac_address"):
        overlay_routes(fleet)


def test_a_bad_mac_or_vsid_is_named():
    fleet = _published(2)
    fleet["hv01"]["dr_mac_address"] = "00-15-5D"
    with pytest.raises(FleetError, match="hv01"):
        overlay_routes(fleet)
    fleet = _published(2)
    fleet["hv02"]["vsid"] = 100
    with pytest.raises(FleetError, match="hv02: VSID 100"):
        overlay_routes(fleet)
