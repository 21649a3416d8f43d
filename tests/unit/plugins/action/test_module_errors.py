"""Argument errors name the module as users write it and keep the option name ansible-core's validator gives
(issue 12, item 5). Nothing reaches the host: no bridge client is made."""

from __future__ import annotations

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils import action_base
from ansible_collections.hyperv.network.tests.unit.plugins.action.test_action_base import Recorder, make_action


@pytest.fixture
def engine(monkeypatch):
    recorder = Recorder()
    monkeypatch.setattr(action_base, "_engine", lambda: recorder.modules)
    return recorder


def loaded(module, args):
    """The action plugin as ansible-core's plugin loader makes it: ``_load_name`` is the Python module path."""
    action = make_action(module, args)
    action._load_name = f"ansible_collections.hyperv.network.plugins.action.{module}"
    return action


def test_an_unsupported_option_names_the_module_as_users_write_it(engine):
    result = loaded("vswitch", {"name": "sw", "bogus": 1}).run(task_vars={})
    assert result["failed"]
    assert result["msg"].startswith("Unsupported parameters for (hyperv.network.vswitch) module: bogus."), result
    assert "ansible_collections" not in result["msg"]
    assert engine.calls == [] and engine.client is None


@pytest.mark.parametrize(
    ("module", "args", "expected"),
    [
        (
            "hns_network",
            {"name": "nat", "type": "nat", "subnets": "172.20.0.0/16"},
            "hyperv.network.hns_network: Elements value for option 'subnets' is of type str and we were unable to "
            "convert to dict",
        ),
        (
            "host_network",
            {"state": "merged", "config": {"networks": [{"name": "n", "type": "nat", "subnets": "172.20.0.0/16"}]}},
            "hyperv.network.host_network: Elements value for option 'subnets' found in 'config -> networks' is of "
            "type str",
        ),
        (
            "host_network",
            {"state": "merged", "config": "172.20.0.0/16"},
            "hyperv.network.host_network: argument 'config' is of type str",
        ),
    ],
    ids=["hns_network-subnets", "host_network-networks-subnets", "host_network-config"],
)
def test_a_wrong_type_keeps_the_option_name(engine, module, args, expected):
    result = loaded(module, args).run(task_vars={})
    assert result["failed"] and result["msg"].startswith(expected), result["msg"]
    assert engine.calls == [] and engine.client is None


def test_other_validation_errors_name_the_module(engine):
    result = loaded("vswitch", {"name": "sw", "switch_type": "bridge"}).run(task_vars={})
    assert result["msg"] == (
        "hyperv.network.vswitch: value of switch_type must be one of: external, internal, private, got: bridge"
    )
    result = loaded("hns_endpoint", {"name": "ep"}).run(task_vars={})
    assert result["msg"].startswith("hyperv.network.hns_endpoint: missing required arguments: network"), result
