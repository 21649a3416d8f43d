"""schema_fastpath (issue 13): the quick yes for a snapshot never says yes where jsonschema finds an error.

Snapshots come from hvemu's host model (a converged host with routes, networks, endpoints, adapters and a ledger);
each is then broken in many ways (a value of another type, a required key gone, a key added, an empty or patterned
string), and every variant is checked by both: where the quick path says valid, jsonschema must find no error, and
valid snapshots must take the quick path at all (else it saves nothing).
"""

from __future__ import annotations

import copy
import json
import random

import jsonschema
import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils import bridge_client
from ansible_collections.hyperv.network.plugins.plugin_utils.schema_fastpath import compile_definition

testkit = pytest.importorskip("hvemu.model.testkit")

ROOT = json.loads(open(bridge_client.SCHEMA_PATH, "rb").read().decode("utf-8"))


SNAPSHOT = jsonschema.Draft202012Validator(
    {"$schema": ROOT["$schema"], "$defs": ROOT["$defs"], "$ref": "#/$defs/snapshot"}
)


def jsonschema_valid(instance):
    return SNAPSHOT.is_valid(instance)


def snapshots():
    """Raw snapshots (the bridge's form: HCN documents as text) of hvemu hosts with something in every section: a
    converged host, and one seeded as the integration fleet seeds it (Docker nat, flannel overlay, a VM)."""
    from test_engine_hvemu import CONFIG, converge, seeded_host

    kinds = list(ROOT["$defs"]["snapshot"]["properties"])
    kinds = [
        k
        for k in kinds
        if k in ROOT["$defs"]["op_snapshot"]["properties"]["args"]["properties"]["kinds"]["items"]["enum"]
    ]
    converged = testkit.make_host("hv-fast")
    for config in (CONFIG, HOST_OBJECTS):
        result = converge(converged, config)
        assert not result.get("failed"), result
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
REPLACEMENTS = [None, True, 0, 1.5, 3.0, "", "x", [], {}, [1], {"a": 1}, -1]


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
    for _ in range(count):
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


def test_the_snapshot_compiles_and_valid_snapshots_take_the_quick_path():
    fast = compile_definition(ROOT, "snapshot")
    assert fast is not None, "the snapshot definition no longer compiles: every read pays jsonschema's price again"
    for snapshot in snapshots():
        assert jsonschema_valid(snapshot)
        assert fast(snapshot) is True
        assert bridge_client.schema_errors("snapshot", snapshot) == []


def test_the_quick_path_never_says_yes_where_jsonschema_finds_an_error():
    fast = compile_definition(ROOT, "snapshot")
    rng = random.Random(13)
    said_no = 0
    for snapshot in snapshots():
        for changed in variants(snapshot, rng, 1500):
            if fast(changed):
                assert jsonschema_valid(changed), changed
            else:
                said_no += 1
                # What the quick path does not pass, jsonschema words (or finds valid after all: 3.0 for an integer).
                assert bridge_client.schema_errors("snapshot", changed) == [] or not jsonschema_valid(changed)
    assert said_no > 500  # the variants do break snapshots


@pytest.mark.parametrize(
    ("schema", "good", "bad"),
    [
        ({"type": "integer"}, [0, -3, 10**20], [True, 1.5, "1", None]),
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
        ({"type": "array", "items": {"type": "number"}}, [[], [1, 2.5]], [[True], ["1"], {}]),
        ({"maxLength": 1}, ["", "a", 7, None], ["ab"]),
    ],
)
def test_each_keyword_agrees_with_jsonschema(schema, good, bad):
    root = {"$defs": {"it": schema}}
    fast = compile_definition(root, "it")
    validator = jsonschema.Draft202012Validator(schema)
    for value in good:
        assert fast(value) is True and validator.is_valid(value), value
    for value in bad:
        assert fast(value) is False and not validator.is_valid(value), value


@pytest.mark.parametrize(
    "schema",
    [
        {"oneOf": [{"type": "null"}, {"type": "string"}]},
        {"type": "object", "patternProperties": {"^x": {"type": "string"}}},
        {"type": "array", "prefixItems": [{"type": "string"}]},
        {"enum": [1, 2]},
        {"type": "integer", "minimum": 0},
        {"$ref": "#/$defs/missing"},
        {"type": "date"},
    ],
)
def test_a_definition_with_any_other_keyword_is_left_to_jsonschema(schema):
    assert compile_definition({"$defs": {"it": schema}}, "it") is None


def test_a_recursive_definition_refers_to_itself():
    root = {
        "$defs": {
            "tree": {"type": "object", "properties": {"kids": {"type": "array", "items": {"$ref": "#/$defs/tree"}}}}
        }
    }
    fast = compile_definition(root, "tree")
    assert fast({"kids": [{"kids": []}, {}]}) is True
    assert fast({"kids": [{"kids": [5]}]}) is False
