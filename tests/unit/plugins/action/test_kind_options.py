"""Each object kind's options are written once, in the documentation fragment of its single-object module; the
module extends it, and host_network's config.<kind> items, its argument spec extras and the read-only fact lists are
made from it (plugins/plugin_utils/kind_options.py, scripts/gen_docs.py)."""

import pathlib

import pytest
from ansible.module_utils.common.arg_spec import ArgumentSpecValidator
from ansible_collections.hyperv.network.plugins.plugin_utils import kind_options
from ansible_collections.hyperv.network.plugins.plugin_utils.argspec import argument_spec_from_doc
from ansible_collections.hyperv.network.plugins.plugin_utils.state import strip_facts
from ansible_collections.hyperv.network.tests.unit.hvnet_module_docs import documentation, extras, sections
from ansible_collections.hyperv.network.tests.unit.repo_only import needs, script

REPO = pathlib.Path(__file__).resolve().parents[4]
# The options of a single-object module that are the task's, not the object's.
TASK_OPTIONS = {"state", "recreate", "wait_for_overlay"}


def _host_network_spec():
    return argument_spec_from_doc(documentation("host_network"), extras("host_network"))


@needs("scripts/gen_docs.py")
def test_the_host_network_sidecar_is_current():
    gen_docs = script("gen_docs")
    text = gen_docs.SIDECAR.read_text(encoding="utf-8")
    assert gen_docs.render(text, gen_docs._collection()) == text, "run scripts/gen_docs.py"


@needs("scripts/gen_docs.py")
def test_the_generator_writes_a_kinds_part_anew_and_refuses_a_marker_it_cannot_fill():
    gen_docs = script("gen_docs")
    collection = gen_docs._collection()
    text = gen_docs.SIDECAR.read_text(encoding="utf-8")
    # A hand edit inside a generated part (here: a line dropped) is undone.
    lines = text.split("\n")
    begin = next(i for i, line in enumerate(lines) if "plugins/doc_fragments/hns_network.py" in line)
    edited = "\n".join(lines[: begin + 1] + lines[begin + 5 :])
    assert edited != text and gen_docs.render(edited, collection) == text
    with pytest.raises(ValueError, match="no config kind"):
        gen_docs.render("    # BEGIN generated from plugins/doc_fragments/common.py\n    # END generated", collection)
    with pytest.raises(ValueError, match="END generated"):
        gen_docs.render("    # BEGIN generated from plugins/doc_fragments/vswitch.py\n", collection)


@needs("scripts/gen_docs.py")
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("needs O(name).", "needs O(config.networks[].name)."),
        ("inside O(subnets[].prefix) when", "inside O(config.networks[].subnets[].prefix) when"),
        ("see O(vxlan_port=4789)", "see O(config.networks[].vxlan_port=4789)"),
        ("needs O(recreate=true)", "needs O(recreate=true)"),  # host_network's own option, as the module's
        ("C(name) stays, O(namespace) is not an option here", "C(name) stays, O(namespace) is not an option here"),
    ],
)
def test_references_to_the_kinds_options_are_made_absolute(line, expected):
    names = {"name", "subnets", "vxlan_port"}
    assert script("gen_docs").absolute_references(line, "networks", names) == expected


@pytest.mark.parametrize(("kind", "module"), sorted(kind_options.KIND_FRAGMENTS.items()))
def test_host_network_items_take_exactly_the_modules_object_options_and_the_read_only_facts(kind, module):
    items = _host_network_spec()[0]["config"]["options"][kind]["options"]
    single = argument_spec_from_doc(documentation(module), extras(module))[0]
    objects = {name: option for name, option in single.items() if name not in TASK_OPTIONS}
    facts = kind_options.read_only_facts()[kind]
    assert set(items) == set(objects) | set(facts)
    for name, option in objects.items():
        assert items[name] == option, name  # the same spec: aliases, choices, defaults and extras alike


def test_host_network_vm_adapters_get_the_vlan_rule_of_vm_adapter():
    # Before the fragments, host_network's copy of the options had lost vm_adapter's ARGSPEC_EXTRAS: a VLAN in access
    # mode without an ID passed host_network's argument check (validate.py refused it later, before any change).
    spec, validators = _host_network_spec()
    config = {"vm_adapters": [{"vm": "ctr-vm-1", "vlan": {"mode": "access"}}]}
    result = ArgumentSpecValidator(spec, **validators).validate({"config": config})
    assert any("access_id" in message and "mode is access" in message for message in result.error_messages), (
        result.error_messages
    )


def test_hns_endpoint_takes_sdn_routes_by_host_networks_name_and_its_old_name():
    spec, validators = argument_spec_from_doc(documentation("hns_endpoint"), extras("hns_endpoint"))
    route = {"destination_prefix": "10.244.2.0/24", "next_hop": "10.244.1.1"}
    for key in ("sdn_routes", "routes"):
        result = ArgumentSpecValidator(spec, **validators).validate({"name": "e", "network": "n", key: [route]})
        assert not result.error_messages
        assert result.validated_parameters["sdn_routes"][0]["destination_prefix"] == "10.244.2.0/24"


def test_read_only_facts_are_documented_options_and_only_they_are_stripped():
    spec = _host_network_spec()[0]["config"]["options"]
    item = {
        "switches": {"name": "s", "switch_type": "internal"},
        "networks": {"name": "n", "type": "nat"},
        "endpoints": {"name": "e", "network": "n"},
        "vm_adapters": {"vm": "v", "name": "Network Adapter", "id": "Microsoft:1\\2"},
    }
    gathered = {}
    for kind, facts in kind_options.read_only_facts().items():
        assert facts and set(facts) <= set(spec[kind]["options"]), kind  # accepted, so gathered output feeds back
        gathered[kind] = [{**item[kind], **dict.fromkeys(facts, "x")}]
    assert strip_facts(gathered) == {kind: [value] for kind, value in item.items()}
    # The objects the collection makes carry the ownership facts; an adapter is only set, never made.
    assert "owned" in kind_options.read_only_facts()["networks"]
    assert "owned" not in kind_options.read_only_facts()["vm_adapters"]


def test_no_module_copies_a_kinds_options_by_hand():
    # The single-object modules take the kind's options from the fragment only; host_network's are generated.
    for module in kind_options.KIND_FRAGMENTS.values():
        doc = sections(module)[0]
        own = set(doc.get("options") or {})
        assert own <= TASK_OPTIONS, (module, own - TASK_OPTIONS)
        assert "hyperv.network." + module in doc["extends_documentation_fragment"]
