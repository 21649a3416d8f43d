"""argspec.validated_parameters (issue 13): parameters the collection built itself are filled from the kept spec, and
the result is what ansible-core's ArgumentSpecValidator gives, key order included; anything it could convert, refuse
or warn about still goes to it."""

from __future__ import annotations

import json
import random

import pytest
from ansible.module_utils.common.arg_spec import ArgumentSpecValidator
from ansible_collections.hyperv.network.plugins.plugin_utils import argspec
from ansible_collections.hyperv.network.plugins.plugin_utils.argspec import module_documentation
from ansible_collections.hyperv.network.plugins.plugin_utils.topology import DEFAULTS
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_prepare import prepare
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_render import host_config
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_role import overlay_routes_config

HOST_NETWORK_DOC = module_documentation("host_network")


def validator_result(params):
    spec, validators = argspec.argument_spec_from_doc(HOST_NETWORK_DOC)
    validation = ArgumentSpecValidator(spec, **validators).validate(params)
    return validation.validated_parameters, [e.msg for e in validation.errors]


def ordered(value):
    """The value with its dicts' key order made visible (json keeps insertion order)."""
    return json.dumps(value)


@pytest.fixture
def validator_calls(monkeypatch):
    calls = []
    real = argspec.ArgumentSpecValidator

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(argspec, "ArgumentSpecValidator", counting)
    return calls


def spec_generated(spec, rng, depth=0):
    """Parameters for one level of ``spec``: every required option and some others, each of its own type."""
    out = {}
    for name, option in spec.items():
        if not option.get("required") and rng.random() < 0.5:
            continue
        kind = option.get("type", "str")
        if option.get("choices"):
            value = rng.choice(option["choices"])
            value = [value] if kind == "list" else value
        elif option.get("options") is not None:
            value = spec_generated(option["options"], rng, depth + 1)
            value = [value, spec_generated(option["options"], rng, depth + 1)] if kind == "list" else value
        else:
            value = {"str": "x", "int": 7, "bool": True, "float": 0.5, "raw": {"any": 1}, "dict": {"k": "v"}}.get(kind)
            if kind == "list":
                value = {"str": ["a", "b"], "int": [1, 2]}.get(option.get("elements"), ["a"])
        if (
            rng.random() < 0.1
            and not option.get("required")
            and option.get("default") is None
            and not option.get("choices")
        ):
            value = None  # given as null: kept as None by the validator
        out[name] = value
    return out


def topology_configs():
    """Each topology's host config (endpoints with port mappings, outbound NAT), and an overlay routes config, as the
    roles' shares hold them."""
    hosts = ["hv01", "hv02", "hv03"]
    endpoints = {h: {"endpoints": [{"name": "web", "port_mappings": [{"internal_port": 80, "external_port": 8080}]}]}
                 for h in hosts}  # fmt: skip
    out = []
    for kind, given in (
        ("nat", {"hosts": endpoints}),
        ("transparent", {"adapter": "Ethernet"}),
        ("overlay", {"adapter": "Ethernet", "vsid": 4096}),
        ("l2bridge", {"adapter": "Ethernet", "network_name": "cbr0", "prefix": "10.250.0.0/16", "hosts": endpoints}),
    ):
        topo = prepare({"kind": kind, **DEFAULTS[kind], **given}, hosts, {h: {} for h in hosts})
        out.extend(host_config(topo, h) for h in hosts)
    topo = prepare({"kind": "overlay", **DEFAULTS["overlay"], "adapter": "Ethernet"}, hosts, {h: {} for h in hosts})
    routes = [
        {"destination_prefix": f"10.244.{i}.0/24", "isolation_id": 4096, "provider_address": f"10.0.0.{i + 1}",
         "dr_mac_address": f"00-15-5D-00-00-{i:02X}"}
        for i in range(40)
    ]  # fmt: skip
    out.append(overlay_routes_config(topo, routes, [], None)[0])
    return out


@pytest.mark.parametrize("index", range(len(topology_configs())))
def test_a_share_config_is_filled_without_the_validator_and_as_it_fills_it(index, validator_calls):
    config = topology_configs()[index]
    params = {"config": config, "state": "merged"}
    got, errors = argspec.validated_parameters(HOST_NETWORK_DOC, params)
    assert errors == []
    assert validator_calls == [], "the share's config went to ArgumentSpecValidator"
    want, want_errors = validator_result(params)
    assert want_errors == []
    assert ordered(got) == ordered(want)


def test_spec_generated_parameters_come_out_as_the_validator_gives_them(validator_calls):
    spec, _validators = argspec.argument_spec_from_doc(HOST_NETWORK_DOC)
    rng = random.Random(13)
    fast = 0
    for _attempt in range(300):
        params = spec_generated(spec, rng)
        before = len(validator_calls)
        got, errors = argspec.validated_parameters(HOST_NETWORK_DOC, params)
        fast += len(validator_calls) == before
        want, want_errors = validator_result(params)
        assert (ordered(got), errors) == (ordered(want), want_errors), params
    assert fast > 200, f"the fast path was taken for {fast} of 300 generated parameter sets"


def test_the_result_is_a_copy_the_caller_may_change():
    config = topology_configs()[-1]
    snapshot = json.dumps(config)
    got, _errors = argspec.validated_parameters(HOST_NETWORK_DOC, {"config": config, "state": "merged"})
    got["config"]["networks"][0]["remote_subnet_routes"].append({"changed": True})
    got["config"]["firewall_rules"][0]["remote_addresses"].append("192.0.2.1")
    assert json.dumps(config) == snapshot


@pytest.mark.parametrize(
    "config",
    [
        {"networks": [{"name": "n", "type": "NAT", "subnets": [{"prefix": "10.0.0.0/24", "vsid": "4096"}]}]},  # str
        {"networks": [{"name": "n", "type": "bogus"}]},  # not one of the choices
        {"networks": [{"type": "NAT"}]},  # a required option missing
        {"networks": [{"name": "n", "no_such_option": 1}]},  # unsupported
        {"switches": [{"name": "s", "switch_type": None}]},  # null where there are choices
        {"networks": "n"},  # not a list
    ],
)
def test_what_the_validator_could_convert_or_refuse_goes_to_it(config, validator_calls):
    params = {"config": config, "state": "merged"}
    got, errors = argspec.validated_parameters(HOST_NETWORK_DOC, params)
    assert len(validator_calls) == 1
    want, want_errors = validator_result(params)
    assert (ordered(got), errors) == (ordered(want), want_errors)
