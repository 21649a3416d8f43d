"""Issue 13: a fleet step parses each host's snapshot once; the read side's text normalisation is memoised.

The preflight checked each host's facts and then computed its share from the same snapshot, parsing it twice in one
serial task; every task normalised each route's name, MAC and addresses again. Both are pure work on unchanged
input: the answers (and the errors) must stay exactly what they were.
"""

from __future__ import annotations

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils import ipcache, topology_checks
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils.state import HostState, parse_once


@pytest.fixture
def parses(monkeypatch):
    calls = []
    original = HostState.from_snapshot.__func__

    def counted(cls, snapshot):
        calls.append(id(snapshot))
        return original(cls, snapshot)

    monkeypatch.setattr(HostState, "from_snapshot", classmethod(counted))
    return calls


def _facts():
    return {"snapshot": {"host": {"name": "hv01"}, "switches": [], "networks": [], "endpoints": [], "adapters": []}}


def test_within_a_fleet_step_each_snapshot_is_parsed_once(parses):
    one, two = _facts(), _facts()
    with parse_once():
        first = topology_checks.host_state(one)
        assert topology_checks.host_state(one) is first
        assert topology_checks.host_state(two) is not first
        assert topology_checks.host_state({"snapshot": one["snapshot"]}) is first  # same snapshot, another result
    assert len(parses) == 2


def test_outside_a_fleet_step_every_call_parses_again(parses):
    # An apply's engine may change a snapshot in place: a kept state would be stale there.
    facts = _facts()
    with parse_once():
        topology_checks.host_state(facts)
    assert topology_checks.host_state(facts) is not topology_checks.host_state(facts)
    assert len(parses) == 3
    assert topology_checks.host_state({"changed": False}) is None


@pytest.mark.parametrize(
    ("function", "value", "expected"),
    [
        (norm.mac, "00:15:5d:aa:bb:cc", "00-15-5D-AA-BB-CC"),
        (norm.mac, " 0015.5daa.bbcc ", "00-15-5D-AA-BB-CC"),
        (norm.name_key, "Stra\u00dfe-nat", "STRA\u00dfE-NAT"),  # no expansion: Windows' simple upper-case mapping
        (norm.ip, "fd00:0::01", "fd00::1"),
        (norm.prefix_lenient, "10.0.0.5/24", "10.0.0.0/24"),
        (norm.prefix_lenient, "not-a-prefix", "not-a-prefix"),
        (norm.ip_lenient, "HNS-said-this", "HNS-said-this"),
    ],
)
def test_memoised_normalisation_answers_as_before_every_time(function, value, expected):
    assert function(value) == expected
    assert function(value) == expected
    # a plain str, not a subclass (a tagged value of the input): isinstance would accept both
    assert type(function(value)) is str  # pylint: disable=unidiomatic-typecheck


def test_bad_macs_and_addresses_are_refused_every_time():
    for _attempt in range(2):
        with pytest.raises(ValueError, match="is not a MAC address"):
            norm.mac("00-15-5D-AA-BB")
        with pytest.raises(ValueError, match="is not a valid IP address"):
            norm.ip("10.0.0.256")


def test_repeated_route_texts_are_normalised_once_per_process():
    norm._mac_text.cache_clear()
    ipcache._network_text.cache_clear()
    for _route in range(200):
        norm.mac("00-15-5D-01-02-03")
        norm.prefix_lenient("10.244.7.0/24")
    assert norm._mac_text.cache_info().misses == 1
    assert ipcache._network_text.cache_info().misses == 1


def test_a_read_and_the_plans_and_checks_on_its_snapshot_parse_it_once(parses, monkeypatch):
    """A rerun's read settles its converge and routes by planning them on the snapshot it read and checking the
    plans: inside parse_once that is one parse, where it was one per plan and per check (issue 13)."""
    from ansible_collections.hyperv.network.plugins.plugin_utils import engine
    from ansible_collections.hyperv.network.plugins.plugin_utils.bridge_client import BridgeClient
    from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils import hvnet_engine_fixtures as fx
    from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils.hvnet_fake_bridge import (
        BRIDGE_TEXT,
        FakeBridge,
    )

    bridge = FakeBridge(fx.snapshot(stale=False))
    client = BridgeClient(bridge, sleep=lambda seconds: None, bridge_text=BRIDGE_TEXT)
    config = {"networks": [{"name": "nat", "type": "nat"}]}

    def read_plan_and_check():
        read = engine.converge(client, None, "gathered", check_mode=False, diff=False)
        plans = [
            engine.converge(client, config, "merged", check_mode=True, diff=False, snapshot=read["snapshot"])
            for _phase in ("converge", "routes")
        ]
        topology_checks.host_state(read)
        return read, plans

    with parse_once():
        _read, plans = read_plan_and_check()
    assert len(bridge.requests) == 1 and all(p["bridge_calls"] == 1 for p in plans)  # planned on the read's snapshot
    assert len(parses) == 1
    memo_plans = plans
    parses.clear()
    _read, plans = read_plan_and_check()  # outside the block (an apply's engine): parsed for each use, as before
    assert len(parses) == 4
    assert [p["operations"] for p in plans] == [p["operations"] for p in memo_plans]


def test_a_snapshot_registered_as_text_is_decoded_once_in_a_fleet_step_and_afresh_outside(parses):
    """Issue 13: the role tasks register the snapshot as JSON text. Inside parse_once every check gets the same dict
    (so the snapshot is parsed once); outside it each call decodes afresh (an apply may change the dict in place)."""
    from ansible_collections.hyperv.network.plugins.plugin_utils.state import registered_snapshot, registered_text
    from ansible_collections.hyperv.network.plugins.plugin_utils.topology_role import usable_result

    raw = _facts()["snapshot"]
    registered = {"changed": False, "snapshot": registered_text(raw)}
    assert isinstance(registered["snapshot"], str) and registered_snapshot(registered) == raw
    with parse_once():
        assert registered_snapshot(registered) is registered_snapshot(registered)
        topology_checks.host_state(registered)
        topology_checks.host_state(dict(registered))  # another result holding the same text
        assert usable_result(registered)["snapshot"] is registered_snapshot(registered)
    assert len(parses) == 1
    assert registered_snapshot(registered) is not registered_snapshot(registered)
    assert usable_result({"snapshot": registered_text({})}) is None  # an empty snapshot stands for nothing
    assert registered_snapshot({"snapshot": raw}) is raw  # a dict (host_network's result) as it is
