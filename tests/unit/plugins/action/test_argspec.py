"""The argument spec of every module is built from its documentation (stub or sidecar), and the docs are complete."""

import importlib

import pytest
import yaml
from ansible.module_utils.common.arg_spec import ArgumentSpecValidator
from ansible_collections.hyperv.network.plugins.plugin_utils.argspec import (
    ArgspecError,
    argument_spec_from_doc,
    load_doc_options,
)
from ansible_collections.hyperv.network.tests.unit.hvnet_module_docs import (
    MODULES,
    MODULES_DIR,
    documentation,
    extras,
    sections,
)

# The modules built on the shared action base (HvNetActionBase) and the common doc fragment.
HOST_MODULES = [
    "hns_endpoint",
    "hns_endpoint_info",
    "hns_network",
    "hns_network_info",
    "host_network",
    "ping",
    "vm_adapter",
    "vm_adapter_info",
    "vswitch",
    "vswitch_info",
]


def _walk(options, path=""):
    for name, option in options.items():
        here = f"{path}.{name}" if path else name
        yield here, option
        yield from _walk(option.get("suboptions") or {}, here)


def test_every_action_plugin_has_a_stub_and_back():
    actions = {p.stem for p in (MODULES_DIR.parent / "action").glob("*.py") if p.stem != "__init__"}
    assert actions == set(MODULES)
    runtime = yaml.safe_load((MODULES_DIR.parents[1] / "meta" / "runtime.yml").read_text())
    assert set(HOST_MODULES) <= set(runtime["action_groups"]["all"])


@pytest.mark.parametrize("module", MODULES)
def test_every_option_has_description_and_type(module):
    options = load_doc_options(documentation(module))
    for path, option in _walk(options):
        assert option.get("description"), f"{module}: {path} has no description"
        assert option.get("type"), f"{module}: {path} has no type"
        if option["type"] == "list":
            assert option.get("elements"), f"{module}: list option {path} has no elements"


@pytest.mark.parametrize("module", HOST_MODULES)
def test_stub_documents_attributes_examples_and_return(module):
    doc, examples, returns = sections(module)
    assert doc["module"] == module
    assert "hyperv.network.common" in doc["extends_documentation_fragment"]
    assert f"hyperv.network.{module}:" in examples, "examples must use the FQCN"
    assert returns
    # The action plugin validates with the documentation ansible-doc shows: the sidecar's, which ansible-doc reads only
    # when the stub has none.
    stub = importlib.import_module(f"ansible_collections.hyperv.network.plugins.modules.{module}")
    assert not {"DOCUMENTATION", "EXAMPLES", "RETURN"} & set(vars(stub))
    assert yaml.safe_load(documentation(module)) == doc
    spec, validators = argument_spec_from_doc(documentation(module), extras(module))
    # The validator accepts the spec (bad types or keys would raise here or at validation).
    ArgumentSpecValidator(spec, **validators)
    for path, _option in _walk(load_doc_options(documentation(module))):
        assert path.split(".")[-1] == path.split(".")[-1].lower(), f"options are snake_case: {path}"


def test_fragment_attributes_say_full_check_and_diff_windows():
    fragment = importlib.import_module("ansible_collections.hyperv.network.plugins.doc_fragments.common")
    attributes = yaml.safe_load(fragment.ModuleDocFragment.DOCUMENTATION)["attributes"]
    assert attributes["check_mode"]["support"] == "full"
    assert attributes["diff_mode"]["support"] == "full"
    assert attributes["platform"]["platforms"] == "windows"
    assert attributes["become"]["support"] == "none"
    assert attributes["async"]["support"] == "none"


def test_vswitch_spec_matches_expectations():
    spec, validators = argument_spec_from_doc(documentation("vswitch"))
    assert validators == {}
    assert spec["name"] == {"type": "str", "required": True}
    assert spec["switch_type"] == {"type": "str", "choices": ["external", "internal", "private"]}
    assert spec["net_adapter_names"] == {"type": "list", "elements": "str"}
    assert spec["state"] == {"type": "str", "choices": ["present", "absent"], "default": "present"}
    assert spec["recreate"] == {"type": "bool", "default": False}
    assert spec["minimum_bandwidth_mode"]["choices"] == ["absolute", "default", "none", "weight"]
    assert set(spec) == {
        "name", "switch_type", "net_adapter_names", "allow_management_os", "enable_iov", "enable_packet_direct",
        "minimum_bandwidth_mode", "notes", "state", "recreate",
    }  # fmt: skip


def test_hns_endpoint_spec_has_aliases_and_nested_defaults():
    spec, validators = argument_spec_from_doc(documentation("hns_endpoint"), extras("hns_endpoint"))
    # host_network's config.endpoints name; the module's old name, routes, is its alias.
    assert spec["sdn_routes"]["aliases"] == ["routes"]
    assert spec["sdn_routes"]["options"]["destination_prefix"] == {"type": "str", "required": True}
    mapping = spec["port_mappings"]["options"]
    assert mapping["protocol"] == {"type": "str", "choices": ["tcp", "udp"], "default": "tcp"}
    assert mapping["internal_port"] == {"type": "int", "required": True}
    assert spec["network"] == {"type": "str", "required": True}
    assert validators == {}


def test_host_network_config_nests_the_kinds_with_their_suboptions():
    spec, _validators = argument_spec_from_doc(documentation("host_network"), extras("host_network"))
    config = spec["config"]
    assert config["type"] == "dict"
    # The four HNS/Hyper-V kinds and the host objects of docs/design/host-objects.md section 3.
    assert set(config["options"]) == {
        "switches", "networks", "endpoints", "vm_adapters",
        "host_routes", "purge_host_routes", "forwarding", "firewall_rules",
    }  # fmt: skip
    assert config["options"]["forwarding"]["options"]["enabled"] == {"type": "bool", "default": True}
    assert config["options"]["host_routes"]["options"]["next_hop"] == {"type": "str", "required": True}
    networks = config["options"]["networks"]
    assert networks["elements"] == "dict"
    subnet = networks["options"]["subnets"]["options"]
    assert subnet["prefix"] == {"type": "str", "required": True}
    assert subnet["routes"]["options"]["metric"] == {"type": "int"}
    assert config["options"]["endpoints"]["options"]["sdn_routes"]["aliases"] == ["routes"]
    assert spec["state"]["choices"] == ["merged", "replaced", "overridden", "deleted", "gathered", "rendered"]
    assert spec["snapshot"] == {"type": "dict"}


def test_validation_with_the_doc_spec_fills_unset_suboptions_with_none():
    spec, validators = argument_spec_from_doc(documentation("host_network"), extras("host_network"))
    result = ArgumentSpecValidator(spec, **validators).validate(
        {"config": {"networks": [{"name": "nat", "type": "nat", "subnets": [{"prefix": "172.20.0.0/16"}]}]}}
    )
    assert not result.error_messages
    network = result.validated_parameters["config"]["networks"][0]
    assert network["adapter"] is None
    assert network["purge_remote_subnet_routes"] is None  # unset: the state decides
    assert network["subnets"][0]["gateway"] is None
    assert result.validated_parameters["config"]["switches"] is None
    assert result.validated_parameters["state"] == "merged"


def test_validation_rejects_bad_choice_and_unknown_suboption():
    spec, validators = argument_spec_from_doc(documentation("vswitch"))
    result = ArgumentSpecValidator(spec, **validators).validate({"name": "x", "switch_type": "bridge"})
    assert any("switch_type" in m for m in result.error_messages)
    spec, validators = argument_spec_from_doc(documentation("vm_adapter"), extras("vm_adapter"))
    assert spec["vlan"]["required_if"] == [["mode", "access", ["access_id"]]]
    result = ArgumentSpecValidator(spec, **validators).validate({"vm": "v", "vlan": {"mode": "access", "vid": 3}})
    messages = " ".join(result.error_messages)
    assert "vid" in messages and "access_id" in messages


def test_extras_convention_no_log_and_nested_validators():
    doc = """
options:
  token: {description: secret, type: str}
  outer:
    description: outer
    type: dict
    suboptions:
      a: {description: a, type: str}
      b: {description: b, type: str}
"""
    extras = {"": {"mutually_exclusive": [["token", "outer"]]}, "token": {"no_log": True},
              "outer": {"required_one_of": [["a", "b"]]}}  # fmt: skip
    spec, validators = argument_spec_from_doc(doc, extras)
    assert spec["token"] == {"type": "str", "no_log": True}
    assert spec["outer"]["required_one_of"] == [["a", "b"]]
    assert validators == {"mutually_exclusive": [["token", "outer"]]}
    result = ArgumentSpecValidator(spec, **validators).validate({"outer": {}})
    assert any("one of the following is required" in m for m in result.error_messages)


@pytest.mark.parametrize(
    "extras",
    [{"missing": {"no_log": True}}, {"": {"no_log": True}}, {"token": {"bogus": 1}}, {"token": {"required_if": []}}],
)
def test_extras_pointing_at_nothing_are_errors(extras):
    doc = "options:\n  token: {description: secret, type: str}\n"
    with pytest.raises(ArgspecError):
        argument_spec_from_doc(doc, extras)


def test_suboptions_need_a_container_type():
    doc = "options:\n  x:\n    description: x\n    type: str\n    suboptions:\n      y: {description: y, type: str}\n"
    with pytest.raises(ArgspecError, match="suboptions"):
        argument_spec_from_doc(doc)


def test_fragment_options_merge_and_module_options_win():
    doc = (
        "options:\n  backup: {description: mine, type: int}\n"
        "extends_documentation_fragment: [ansible.builtin.backup, hyperv.network.common]\n"
    )
    options = load_doc_options(doc)
    assert options["backup"]["type"] == "int"
    with pytest.raises(ArgspecError, match="outside"):
        load_doc_options("options: {}\nextends_documentation_fragment: [community.general.nope]\n")


@pytest.mark.parametrize("module", [m for m in MODULES if m.endswith("_info")])
def test_read_only_modules_take_their_attributes_and_bridge_calls_from_the_info_fragment(module):
    doc, _examples, returns = sections(module)
    # ansible-doc merges fragments in the order listed; the first one listed wins a key both have.
    assert doc["extends_documentation_fragment"][:2] == ["hyperv.network.info", "hyperv.network.common"]
    assert "attributes" not in doc and "bridge_calls" not in returns
    assert "hyperv.network.info" in returns["extends_documentation_fragment"]
    info = importlib.import_module("ansible_collections.hyperv.network.plugins.doc_fragments.info").ModuleDocFragment
    assert yaml.safe_load(info.DOCUMENTATION)["attributes"]["diff_mode"]["support"] == "N/A"
