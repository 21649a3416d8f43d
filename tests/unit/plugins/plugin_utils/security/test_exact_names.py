"""Names are matched exactly (case-insensitively, as Windows does), never as wildcards.

The host holds objects whose names a wildcard or a prefix match would catch (``nat``, ``nat2``, ``NAT-x``);
every operation must touch exactly the one it names, and a name with a wildcard character is refused before
any bridge call, naming the field and the rule.
"""

from __future__ import annotations

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import HvNetValidationError
from ansible_collections.hyperv.network.plugins.plugin_utils.validate import validate_config
from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils.security.security_helpers import (
    converge,
    make_host,
)

DECOYS = ("nat", "nat2", "NAT-x")
WILDCARD_NAMES = ("nat*", "n?t", "[n]at", "nat[2]", "*", "?at2")


def by_name(rows, name, key="Name"):
    return [row for row in rows if row[key] == name]


def host_with_decoys():
    """A host with three owned switches, three owned Internal networks and endpoints, and three VMs."""
    host = make_host(vms=[{"name": name, "nics": [{"name": "Network Adapter"}]} for name in DECOYS])
    config = {
        "switches": [{"name": name, "switch_type": "internal", "notes": "decoy"} for name in DECOYS],
        "networks": [
            # HNS makes a switch named after each Internal network: other names than the switches'
            {"name": name + "-net", "type": "internal", "subnets": [{"prefix": f"172.{20 + i}.0.0/16"}]}
            for i, name in enumerate(DECOYS)
        ],
        "endpoints": [
            {"name": name, "network": name + "-net", "ip_address": f"172.{20 + i}.0.10"}
            for i, name in enumerate(DECOYS)
        ],
    }
    converge(host, config)
    return host


def test_each_operation_touches_exactly_the_named_object():
    host = host_with_decoys()
    before = host.state()

    converge(
        host,
        {
            "switches": [{"name": "NAT2", "notes": "changed"}],  # a case variant of an existing name
            "vm_adapters": [{"vm": "NAT", "name": "network adapter", "switch": "Nat2"}],
            "endpoints": [{"name": "nat-X", "network": "NAT-X-NET", "dns": {"domain": "only.this"}}],
        },
        recreate=True,  # an endpoint's DNS is create-only
    )
    after = host.state()
    changed = {
        kind: sorted(r.get("Name") or r.get("VMName") for r in after[kind] if r not in before[kind])
        for kind in ("switches", "networks", "endpoints", "vm_adapters")
    }
    assert changed["switches"] == ["nat2"]
    assert changed["vm_adapters"] == ["Network Adapter"] and by_name(after["vm_adapters"], "nat", "VMName")[0][
        "SwitchName"
    ] in ("nat2", "Nat2")
    assert changed["networks"] == []
    assert changed["endpoints"] == ["nat-X"]  # re-created under the spelling the config gives
    assert [s["Name"] for s in after["switches"] if s["Notes"].startswith("changed")] == ["nat2"]

    converge(host, {"endpoints": [{"name": "Nat", "network": "NAT-NET"}], "networks": [{"name": "nat-net"}]}, "deleted")
    converge(host, {"switches": [{"name": "Nat"}]}, "deleted")
    final = host.state()
    assert sorted(s["Name"] for s in final["switches"]) == sorted(["nat2", "NAT-x", "nat2-net", "NAT-x-net"])
    assert sorted(n["Name"] for n in final["networks"]) == sorted(["nat2-net", "NAT-x-net"])
    assert sorted(e["Name"] for e in final["endpoints"]) == sorted(["nat2", "nat-X"])


@pytest.mark.parametrize("name", WILDCARD_NAMES)
@pytest.mark.parametrize(
    ("state", "config", "path"),
    [
        ("merged", lambda n: {"switches": [{"name": n, "switch_type": "internal"}]}, "config.switches[0].name"),
        ("deleted", lambda n: {"switches": [{"name": n}]}, "config.switches[0].name"),
        ("deleted", lambda n: {"networks": [{"name": n}]}, "config.networks[0].name"),
        ("merged", lambda n: {"endpoints": [{"name": "e", "network": n}]}, "config.endpoints[0].network"),
        ("merged", lambda n: {"vm_adapters": [{"vm": n, "name": "Network Adapter"}]}, "config.vm_adapters[0].vm"),
        ("merged", lambda n: {"vm_adapters": [{"vm": "nat", "name": n}]}, "config.vm_adapters[0].name"),
        (
            "merged",
            lambda n: {"switches": [{"name": "x", "net_adapter_names": [n]}]},
            "config.switches[0].net_adapter_names[0]",
        ),
    ],
)
def test_a_wildcard_is_refused_before_any_call(name, state, config, path):
    host = make_host()
    with pytest.raises(HvNetValidationError) as exc:
        validate_config(config(name))
    message = str(exc.value)
    assert message.startswith(path + ": ") and "wildcard" in message, message
    assert host.stats.bridge_calls == 0


# Python's casefold() is not Windows' OrdinalIgnoreCase (the bridge's Test-HvNetName): casefold folds 'ß' to
# 'ss', 'ﬁ' to 'fi' and the Kelvin sign to 'k'; OrdinalIgnoreCase compares UTF-16 units by simple upper-case
# mapping, so Windows holds 'Straße' and 'STRASSE' as two switches. normalize.name_key follows Windows; a
# casefold key would make a merged 'STRASSE' next to a foreign 'Straße' report "no change".
@pytest.mark.parametrize(
    ("theirs", "mine"),
    [
        ("Straße", "STRASSE"),
        ("\u212aelvin", "kelvin"),
        ("ﬁle", "FILE"),
    ],
)
def test_names_equal_only_under_casefold_are_different_objects(theirs, mine):
    host = make_host(seed={"switches": [{"name": theirs, "type": "Internal", "notes": "theirs"}]})
    converge(host, {"switches": [{"name": mine, "switch_type": "internal"}]})
    assert sorted(s["Name"] for s in host.state()["switches"]) == sorted([theirs, mine])
