"""schema_fastpath (issue 13): the compiled checks answer exactly as jsonschema does, valid or not.

Snapshots come from hvemu's host model (a converged host with routes, networks, endpoints, adapters, host routes, a
firewall rule and a ledger), and requests from the engine's own converges of it (creates, modifies, detached jobs).
Each is broken in many ways (a value of another type, a required key gone, a key added, an item added) and every
variant is checked by both. ``oneOf`` and ``anyOf`` combine the compiled answers, so an answer that were merely
stricter than jsonschema's could turn into a more lenient one there: the test asks for the same answer.
"""

from __future__ import annotations

import copy
import json
import random

import jsonschema
import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils import bridge_client
from ansible_collections.hyperv.network.plugins.plugin_utils.schema_fastpath import compile_definition

ROOT = json.loads(open(bridge_client.SCHEMA_PATH, "rb").read().decode("utf-8"))


def jsonschema_for(definition):
    return jsonschema.Draft202012Validator(
        {"$schema": ROOT["$schema"], "$defs": ROOT["$defs"], "$ref": "#/$defs/" + definition}
    )


SNAPSHOT = jsonschema_for("snapshot")
REQUEST = jsonschema_for("request")
CAPTURED = {"requests": []}


def snapshots():
    """Raw snapshots (the bridge's form: HCN documents as text) of hvemu hosts with something in every section: a
    converged host, and one seeded as the integration fleet seeds it (Docker nat, flannel overlay, a VM)."""
    testkit = pytest.importorskip("hvemu.model.testkit")
    from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils.test_engine_hvemu import (
        CONFIG,
        converge,
        seeded_host,
    )

    kinds = list(ROOT["$defs"]["snapshot"]["properties"])
    kinds = [
        k
        for k in kinds
        if k in ROOT["$defs"]["op_snapshot"]["properties"]["args"]["properties"]["kinds"]["items"]["enum"]
    ]
    converged = testkit.make_host("hv-fast")
    original = bridge_client.BridgeClient.request

    def request(self, ops):  # every request the engine sends, kept for the request checks
        made = original(self, ops)
        CAPTURED["requests"].append(copy.deepcopy(made))
        return made

    bridge_client.BridgeClient.request = request
    try:
        for config in (CONFIG, HOST_OBJECTS):
            result = converge(converged, config)
            assert not result.get("failed"), result
        result = converge(converged, {"networks": [{"name": "ctr-nat", "state": "absent"}]}, "deleted")
    finally:
        bridge_client.BridgeClient.request = original
    return [testkit.ok(host, {"op": "snapshot", "args": {"kinds": kinds}})[0] for host in (converged, seeded_host())]


# Host routes and a firewall rule, as the l2bridge and overlay routes phases make them (on the host's "Ethernet 3").
HOST_OBJECTS = {
    "host_routes": [
        {"destination_prefix": f"10.250.{n}.0/24", "next_hop": f"10.1.2.{20 + n}", "interface": "Ethernet 3"}
        for n in range(2, 6)
    ],
    "firewall_rules": [
        {
            "name": "hyperv-network-vxlan-ovl",
            "display_name": "hyperv.network VXLAN (ovl)",
            "direction": "inbound",
            "protocol": "udp",
            "local_port": 4789,
            "remote_addresses": ["10.1.1.22"],
            "action": "allow",
        }
    ],
}


class _Text(str):
    """A str subclass, as a tagged value may be."""


REPLACEMENTS = [None, True, 0, 1.5, 3.0, "", "x", [], {}, [1], {"a": 1}, -1, float("nan"), float("inf"), _Text("t")]


def variants(snapshot, rng, count):
    """``count`` copies of ``snapshot``, each changed at one random place."""
    paths = []

    def walk(node, path):
        paths.append(path)
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, [*path, key])
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, [*path, i])

    walk(snapshot, [])
    for _count in range(count):
        changed = copy.deepcopy(snapshot)
        path = rng.choice(paths[1:])
        parent = changed
        for step in path[:-1]:
            parent = parent[step]
        how = rng.random()
        if how < 0.6:
            parent[path[-1]] = rng.choice(REPLACEMENTS)
        elif how < 0.8 and isinstance(parent, dict):
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[f"unexpected_{rng.randrange(3)}"] = rng.choice(REPLACEMENTS)
        else:
            parent.append(rng.choice(REPLACEMENTS))
        yield changed


def test_valid_snapshots_and_requests_are_valid_to_the_compiled_checks():
    fast = compile_definition(ROOT, "snapshot")
    for snapshot in snapshots():
        assert SNAPSHOT.is_valid(snapshot)
        assert fast(snapshot) is True
        assert bridge_client.schema_errors("snapshot", snapshot) == []
    fast_request = compile_definition(ROOT, "request")
    assert len(CAPTURED["requests"]) >= 3
    for request in CAPTURED["requests"]:
        assert REQUEST.is_valid(request) and fast_request(request) is True


def test_the_compiled_checks_answer_as_jsonschema_for_broken_snapshots_and_requests():
    rng = random.Random(13)
    fast_snapshot, fast_request = compile_definition(ROOT, "snapshot"), compile_definition(ROOT, "request")
    CAPTURED["requests"].clear()
    cases = [(fast_snapshot, SNAPSHOT, s, 700) for s in snapshots()]
    distinct = {tuple(op["op"] for op in r["ops"]): r for r in CAPTURED["requests"]}  # polls repeat one request
    cases += [(fast_request, REQUEST, r, 200) for r in distinct.values()]
    invalid = 0
    for fast, validator, document, count in cases:
        for changed in variants(document, rng, count):
            expected = validator.is_valid(changed)
            assert fast(changed) is expected, changed
            invalid += not expected
            if not expected:  # worded by jsonschema
                assert bridge_client.schema_errors("snapshot" if validator is SNAPSHOT else "request", changed)
    assert invalid > 700  # the variants do break them


@pytest.mark.parametrize(
    ("schema", "good", "bad"),
    [
        ({"type": "integer"}, [0, -3, 10**20, 3.0], [True, 1.5, "1", None]),
        ({"type": ["string", "null"], "minLength": 2}, ["ab", None], ["a", 5]),
        ({"type": "string", "pattern": "^[0-9A-F]{2}(-[0-9A-F]{2}){5}$"}, ["00-15-5D-00-00-01"], ["00:15:5d", ""]),
        (
            {
                "type": "object",
                "required": ["a"],
                "properties": {"a": {"type": "boolean"}},
                "additionalProperties": False,
            },
            [{"a": False}],
            [{}, {"a": 0}, {"a": True, "b": 1}],
        ),
        (
            {"type": "array", "items": {"type": "number"}, "minItems": 1, "maxItems": 2},
            [[1], [1, 2.5]],
            [[], [True], [1, 2, 3]],
        ),
        ({"maxLength": 1}, ["", "a", 7, None], ["ab"]),
        ({"minimum": 1, "maximum": 3}, [1, 2.5, 3, "x", True], [0, 3.5]),
        ({"const": 1}, [1, 1.0], [True, "1"]),
        ({"enum": ["a", 0, None]}, ["a", 0, 0.0, None], [False, "b", []]),
        ({"dependentRequired": {"a": ["b"]}}, [{}, {"b": 1}, {"a": 1, "b": 2}, 5], [{"a": 1}]),
        ({"oneOf": [{"type": "integer"}, {"type": "number"}]}, [1.5], [1, "x"]),
        ({"anyOf": [{"type": "integer"}, {"type": "string"}]}, [1, "x"], [1.5]),
        ({"propertyNames": {"pattern": "^[a-z]+$"}}, [{}, {"ab": 1}, [1], "aB"], [{"aB": 1}, {"": 1}]),
        ({"format": "hvnet-unknown-to-any-checker"}, ["x", 5], []),  # without a checker, format is an annotation
        # Keywords not compiled here: jsonschema answers for that subschema.
        ({"type": "array", "uniqueItems": True}, [[1, 2], [1, True]], [[1, 1], [{"a": 1}, {"a": 1}]]),
        ({"type": "object", "patternProperties": {"^x": {"type": "string"}}}, [{"x1": "a"}, {"y": 1}], [{"x1": 1}]),
        ({"not": {"type": "string"}}, [1], ["a"]),
    ],
)
def test_each_keyword_answers_as_jsonschema(schema, good, bad):
    root = {"$defs": {"it": schema}}
    fast = compile_definition(root, "it")
    validator = jsonschema.Draft202012Validator(schema)
    for value in good:
        assert fast(value) is True and validator.is_valid(value), value
    for value in bad:
        assert fast(value) is False and not validator.is_valid(value), value


def test_format_asserts_through_the_format_checker_as_jsonschema_does():
    """The topology schema's formats (hvnet-prefix, hvnet-mac, ...) with topology's own checker: the checker's answer,
    a format it does not know passing, a value of another type as the checker decides."""
    from ansible_collections.hyperv.network.plugins.plugin_utils import topology

    checker = topology._format_checker()
    schema = {
        "type": "object",
        "properties": {
            "prefix": {"type": ["string", "integer"], "format": "hvnet-ipv4-prefix"},
            "mac": {"format": "hvnet-mac"},
            "other": {"type": "string", "format": "email"},  # not registered with this checker
        },
    }
    root = {"$defs": {"it": schema}}
    fast = compile_definition(root, "it", checker)
    validator = jsonschema.Draft202012Validator(schema, format_checker=checker)
    good = [{"prefix": "10.0.0.0/24"}, {"prefix": 5}, {"mac": "00-15-5D-00-00-01"}, {"mac": 7}, {"other": "not mail"}]
    bad = [{"prefix": "10.0.0.1/24"}, {"prefix": "fd00::/64"}, {"prefix": "x"}, {"mac": "nope"}]
    for value in good:
        assert fast(value) is True and validator.is_valid(value), value
    for value in bad:
        assert fast(value) is False and not validator.is_valid(value), value
    assert compile_definition(root, "it")({"prefix": "x"}) is True  # no checker: jsonschema does not assert it


TOPOLOGIES = {
    "nat": {"kind": "nat", "network_name": "hvnet-nat", "prefix": "172.20.0.0/16", "gateway": "172.20.0.1",
            "endpoints": [{"name": "web", "ip_address": "172.20.0.10",
                           "port_mappings": [{"protocol": "tcp", "internal_port": 80, "external_port": 8080}]}],
            "hosts": {"hv01": {"prefix": "172.21.0.0/16", "gateway": "172.21.0.1"}}},
    "transparent": {"kind": "transparent", "network_name": "hvnet-transparent", "switch_name": "hvnet-external",
                    "adapter": "Ethernet0", "hosts": {"hv01": {"adapter": "Ethernet 2"}}},
    "overlay": {"kind": "overlay", "network_name": "hvnet-overlay", "prefix": "10.244.0.0/16", "vsid": 4096,
                "adapter": "Ethernet0", "hosts": {"hv01": {"subnet": "10.244.1.0/24"}, "hv02": {}}},
    "l2bridge": {"kind": "l2bridge", "network_name": "hvnet-l2bridge", "switch_name": "hvnet-l2sw",
                 "prefix": "10.250.0.0/16", "adapter": "Ethernet0", "hosts": {"hv01": {"subnet": "10.250.3.0/24"}}},
}  # fmt: skip


def test_the_topology_schema_check_answers_as_jsonschema_with_its_formats():
    """topology.schema_errors asks the compiled check first (a read resolves its own topology on every host): valid
    topologies of every kind, with their defaults, and about 2,400 broken ones get jsonschema's answer; the broken
    ones are still worded by jsonschema."""
    from ansible_collections.hyperv.network.plugins.plugin_utils import topology

    rng = random.Random(15)
    invalid = 0
    for kind, given in TOPOLOGIES.items():
        ref = f"{kind}_topology"
        validator = topology._validator(ref)
        fast = compile_definition(topology.schema(), ref, topology._format_checker())
        for document in (given, topology.with_defaults(given)):
            assert validator.is_valid(document) and fast(document) is True, kind
            assert topology.schema_errors(document, ref, kind) == []
            for changed in variants(document, rng, 300):
                expected = validator.is_valid(changed)
                assert fast(changed) is expected, changed
                invalid += not expected
                if not expected:
                    assert topology.schema_errors(changed, ref, kind)
    assert invalid > 1200  # the variants do break them


def test_a_topology_check_answering_otherwise_than_jsonschema_is_an_error_with_the_crosscheck(monkeypatch):
    from ansible_collections.hyperv.network.plugins.plugin_utils import topology

    monkeypatch.setenv("HYPERV_NETWORK_SCHEMA_CROSSCHECK", "1")
    monkeypatch.setitem(topology._FAST, "nat_topology", lambda value: True)
    with pytest.raises(topology.TopologyError, match="compiled schema check of nat_topology"):
        topology.schema_errors({"kind": "nat", "prefix": 5}, "nat_topology", "nat")
    monkeypatch.delenv("HYPERV_NETWORK_SCHEMA_CROSSCHECK")
    assert topology.schema_errors({"kind": "nat", "prefix": 5}, "nat_topology", "nat") == []


def test_a_recursive_definition_refers_to_itself():
    root = {
        "$defs": {
            "tree": {"type": "object", "properties": {"kids": {"type": "array", "items": {"$ref": "#/$defs/tree"}}}}
        }
    }
    fast = compile_definition(root, "tree")
    assert fast({"kids": [{"kids": []}, {}]}) is True
    assert fast({"kids": [{"kids": [5]}]}) is False


def test_with_the_crosscheck_on_a_different_answer_is_an_error(monkeypatch):
    """The test suites run with HYPERV_NETWORK_SCHEMA_CROSSCHECK: a closure answering otherwise than jsonschema on any
    real request or snapshot fails the task that sent or read it."""
    from ansible_collections.hyperv.network.plugins.plugin_utils.errors import HvNetError

    monkeypatch.setenv("HYPERV_NETWORK_SCHEMA_CROSSCHECK", "1")
    monkeypatch.setitem(bridge_client._cache, "fast:snapshot", lambda value: True)
    with pytest.raises(HvNetError, match="compiled schema check of snapshot"):
        bridge_client.schema_errors("snapshot", {"host": 5})
    monkeypatch.delenv("HYPERV_NETWORK_SCHEMA_CROSSCHECK")
    assert bridge_client.schema_errors("snapshot", {"host": 5}) == []  # the closure's answer, unchecked
