"""Argument specs are built once per process (issue 13 item 2): the memo of argspec.argument_spec_from_doc.

* the DOCUMENTATION (and each documentation fragment) is parsed once per process, whatever the number of calls;
* every call returns a deep copy: a caller changing its spec (or the defaults ArgumentSpecValidator put into its
  parameters) cannot change the next caller's; ArgumentSpecValidator does change a spec (it fills a dict default
  in place), so sharing one spec between validations would not be safe;
* the spec is keyed by DOCUMENTATION and ARGSPEC_EXTRAS (equal extras share it, other extras do not);
* a spec that cannot be built is not kept: every call raises again, and prebuilding it raises nothing;
* an HvNetActionBase subclass builds its spec when the class is created, so a process forked after that (an
  ansible-playbook worker) parses nothing;
* HYPERV_NETWORK_TRACE_ARGSPEC writes one line per parse with the pid and the module.
The integration side (a real ansible-playbook run) is tests/integration/test_argspec_once_playbook.py.
"""

from __future__ import annotations

import copy
import json
import multiprocessing
import os
import pkgutil

import pytest
from ansible.module_utils.common.arg_spec import ArgumentSpecValidator
from ansible_collections.hyperv.network.plugins import modules
from ansible_collections.hyperv.network.plugins.plugin_utils import argspec
from ansible_collections.hyperv.network.plugins.plugin_utils.action_base import HvNetActionBase
from ansible_collections.hyperv.network.tests.unit.hvnet_module_docs import spec_source

MODULES = sorted(m.name for m in pkgutil.iter_modules(modules.__path__))

DOC = """
module: memo_probe
options:
  name: {type: str, required: true}
  tags: {type: list, elements: str, default: [a, b]}
  nested:
    type: dict
    suboptions:
      size: {type: int, default: 3}
extends_documentation_fragment: [hyperv.network.common]
"""


def _stub(name):
    return spec_source(name)


@pytest.fixture
def parses(monkeypatch):
    """An empty memo for the test, and the list of what argspec parsed (one label per YAML parse)."""
    monkeypatch.setattr(argspec, "_SPECS", {})
    monkeypatch.setattr(argspec, "_FRAGMENT_OPTIONS", {})
    seen = []
    real = argspec._trace

    def counting(label):  # called by argspec._load_yaml once per parse
        seen.append(label)
        real(label)

    monkeypatch.setattr(argspec, "_trace", counting)
    return seen


@pytest.mark.parametrize("name", MODULES)
def test_every_modules_documentation_is_parsed_once_per_process(name, parses):
    stub = _stub(name)
    extras = getattr(stub, "ARGSPEC_EXTRAS", None)
    first = argspec.argument_spec_from_doc(stub.DOCUMENTATION, extras)
    after_first = len(parses)
    assert after_first >= 1
    for _attempt in range(5):
        assert argspec.argument_spec_from_doc(stub.DOCUMENTATION, extras) == first
    assert len(parses) == after_first, parses
    # The spec kept is the one a fresh build gives.
    assert argspec._build(stub.DOCUMENTATION, copy.deepcopy(extras)) == first


def test_a_fragment_is_parsed_once_for_every_module_using_it(parses):
    argspec.argument_spec_from_doc(DOC)
    argspec.argument_spec_from_doc(DOC.replace("memo_probe", "memo_probe_2"))
    assert parses.count("fragment hyperv.network.common") == 1, parses
    assert len(parses) == 3, parses


def test_each_call_returns_a_deep_copy(parses):
    spec, validators = argument = argspec.argument_spec_from_doc(DOC, {"": {"required_one_of": [["name", "tags"]]}})
    pristine = copy.deepcopy(argument)
    spec["tags"]["default"].append("changed")
    spec["nested"]["options"]["size"]["default"] = 99
    spec["name"]["required"] = False
    del spec["nested"]
    validators["required_one_of"][0].append("changed")
    validators["mutually_exclusive"] = [["a", "b"]]
    again = argspec.argument_spec_from_doc(DOC, {"": {"required_one_of": [["name", "tags"]]}})
    assert again == pristine
    assert len(parses) == 2  # the module and its fragment, once


def test_the_validator_changes_a_spec_through_its_defaults_so_each_call_gets_a_copy(parses):
    """Why copies: ArgumentSpecValidator puts an option's default into the parameters as the very object of the spec,
    and then fills a dict default's suboptions in place: host_network's ``config: {default: {}}`` comes out of one
    validation as ``{switches: None, ...}``, and a task changing its ``config`` would change the spec too."""
    host_network = _stub("host_network").DOCUMENTATION
    spec, validators = argspec.argument_spec_from_doc(host_network)
    assert spec["config"]["default"] == {}
    params = ArgumentSpecValidator(spec, **validators).validate({}).validated_parameters
    assert params["config"] is spec["config"]["default"]
    assert spec["config"]["default"] != {}  # the validator changed the copy it was given ...
    assert argspec.argument_spec_from_doc(host_network)[0]["config"]["default"] == {}  # ... and only that copy


@pytest.mark.parametrize("name", MODULES)
def test_validating_tasks_never_changes_the_kept_spec(name, monkeypatch):
    monkeypatch.setattr(argspec, "_SPECS", {})
    stub = _stub(name)
    extras = getattr(stub, "ARGSPEC_EXTRAS", None)
    kept = argspec._built(stub.DOCUMENTATION, extras)
    before = copy.deepcopy(kept)
    for args in ({}, {"no_such_option": 1, "state": "nonsense"}, {"config": {"switches": []}}):
        spec, validators = argspec.argument_spec_from_doc(stub.DOCUMENTATION, extras)
        result = ArgumentSpecValidator(spec, **validators).validate(args)
        for value in result.validated_parameters.values():
            if isinstance(value, (list, dict)):
                value.clear()  # a task changing what it was given
    assert argspec._built(stub.DOCUMENTATION, extras) is kept
    assert kept == before


def test_the_memo_is_keyed_by_documentation_and_extras(parses):
    plain = argspec.argument_spec_from_doc(DOC)
    extras = {"name": {"no_log": True}}
    with_extras = argspec.argument_spec_from_doc(DOC, extras)
    assert with_extras[0]["name"]["no_log"] is True
    assert "no_log" not in plain[0]["name"]
    # Equal extras (another object) share the built spec; changing the caller's extras later changes nothing.
    assert argspec.argument_spec_from_doc(DOC, {"name": {"no_log": True}}) == with_extras
    extras["name"]["no_log"] = False
    assert argspec.argument_spec_from_doc(DOC, {"name": {"no_log": True}}) == with_extras
    # True and 1 are different extras.
    assert argspec._freeze({"name": {"no_log": True}}) != argspec._freeze({"name": {"no_log": 1}})
    assert len(parses) == 3, parses  # DOC once per distinct extras (2), the fragment once


def test_a_spec_that_cannot_be_built_is_not_kept(parses):
    bad_extras = {"renamed": {"no_log": True}}
    for _attempt in range(2):
        with pytest.raises(argspec.ArgspecError, match="renamed"):
            argspec.argument_spec_from_doc(DOC, bad_extras)
    assert argspec.prebuild_argument_spec(DOC, bad_extras) is False
    assert argspec.prebuild_argument_spec("options: [unclosed", None) is False
    assert argspec._SPECS == {}
    assert argspec.prebuild_argument_spec(DOC) is True
    assert len(argspec._SPECS) == 1


def _define_action_class():
    class ActionModule(HvNetActionBase):
        DOCUMENTATION = DOC
        ARGSPEC_EXTRAS = {"": {"required_one_of": [["name", "tags"]]}}

    return ActionModule


def test_an_action_class_builds_its_spec_when_created(parses):
    action_class = _define_action_class()
    assert parses == ["memo_probe", "fragment hyperv.network.common"]
    argspec.argument_spec_from_doc(action_class.DOCUMENTATION, action_class.ARGSPEC_EXTRAS)
    assert len(parses) == 2


def test_a_broken_documentation_does_not_stop_the_class_from_loading(parses):
    class ActionModule(HvNetActionBase):
        DOCUMENTATION = "options: [unclosed"

    assert ActionModule.DOCUMENTATION  # created; the task reports the error when it builds the spec
    with pytest.raises(Exception, match=r"(?i)expected|flow sequence"):
        argspec.argument_spec_from_doc(ActionModule.DOCUMENTATION)


def _child_builds(doc, extras, trace_path, queue):
    os.environ[argspec.TRACE_ENV] = trace_path
    spec, _validators = argspec.argument_spec_from_doc(doc, extras)
    queue.put(sorted(spec))


def test_a_process_forked_after_the_class_was_created_parses_nothing(tmp_path, monkeypatch):
    """What an ansible-playbook worker does: fork (ansible.utils.multiprocessing uses the fork start method) after the
    strategy loaded the action class in the main process, then validate the task's arguments."""
    monkeypatch.setattr(argspec, "_SPECS", {})
    monkeypatch.setattr(argspec, "_FRAGMENT_OPTIONS", {})
    trace = tmp_path / "trace.jsonl"
    monkeypatch.setenv(argspec.TRACE_ENV, str(trace))
    action_class = _define_action_class()
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(
        target=_child_builds, args=(action_class.DOCUMENTATION, action_class.ARGSPEC_EXTRAS, str(trace), queue)
    )
    child.start()
    assert {"name", "tags", "nested"} <= set(queue.get(timeout=30))
    child.join(30)
    assert child.exitcode == 0
    lines = [json.loads(line) for line in trace.read_text().splitlines()]
    assert [line["parsed"] for line in lines] == ["memo_probe", "fragment hyperv.network.common"]
    assert {line["pid"] for line in lines} == {os.getpid()}


def test_the_trace_switch_names_the_pid_and_the_module(tmp_path, monkeypatch):
    monkeypatch.setattr(argspec, "_SPECS", {})
    monkeypatch.setattr(argspec, "_FRAGMENT_OPTIONS", {})
    monkeypatch.delenv(argspec.TRACE_ENV, raising=False)
    argspec.argument_spec_from_doc(DOC.replace("memo_probe", "untraced"))  # switch off: no file anywhere
    trace = tmp_path / "trace.jsonl"
    monkeypatch.setenv(argspec.TRACE_ENV, str(trace))
    argspec.argument_spec_from_doc(_stub("vswitch").DOCUMENTATION)
    argspec.argument_spec_from_doc(_stub("vswitch").DOCUMENTATION)
    lines = [json.loads(line) for line in trace.read_text().splitlines()]
    here = {"pid": os.getpid(), "ppid": os.getppid()}
    # The module's documentation, then the fragment that holds its options (hyperv.network.common was parsed with
    # the untraced probe).
    assert lines == [{**here, "parsed": "vswitch"}, {**here, "parsed": "fragment hyperv.network.vswitch"}]
