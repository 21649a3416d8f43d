"""The table of simple network options (plugins/plugin_utils/network_fields.py), checked entry by entry.

Every entry gets these tests without writing one: it is documented in the hns_network fragment (so the modules'
argument specs and host_network's docs have it), a create puts it into the HCN document, the network HNS returns
reads back as the same value, a rerun plans nothing, another value is a create-only difference, and a gated value
is refused on an HNS without the feature. A new entry whose option type has no sample values below fails here
until it gets some.
"""

import json

import pytest
import yaml
from ansible_collections.hyperv.network.plugins.doc_fragments.hns_network import ModuleDocFragment
from ansible_collections.hyperv.network.plugins.plugin_utils import hcn, network_fields
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils import state as model
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import HvNetPlanError, HvNetValidationError
from ansible_collections.hyperv.network.plugins.plugin_utils.planner import plan_host_changes
from ansible_collections.hyperv.network.plugins.plugin_utils.validate import validate_config
from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils import hvnet_engine_fixtures as fx

OPTIONS = yaml.safe_load(ModuleDocFragment.DOCUMENTATION)["options"]
# Values to try per documented option type; the second one (where there is one) is "another value".
SAMPLES = {"bool": (True, False), "int": (4790, 4791), "str": ("10.0.0.5", "10.0.0.6"), "raw": (True,)}
FIELDS = network_fields.NETWORK_FIELDS
CASES = [(field.name, value) for field in FIELDS for value in SAMPLES[OPTIONS[field.name]["type"]]]


def config(**options):
    network = {"name": "fld-net", "type": "l2bridge", "subnets": [{"prefix": "10.60.0.0/24"}], **options}
    return {"networks": [network]}


def plan(cfg, current, **kw):
    kw.setdefault("uuid_factory", fx.FakeIds())
    return plan_host_changes(cfg, current, "merged", **kw)


def real_ops(p):
    return [op for op in p.ops if op.op != "ledger_release"]


def host_with(document, hns=(15, 1)):
    """A host that holds the network HNS made from ``document`` (owned: its ID is in the ledger)."""
    data = fx.empty_snapshot(hns=hns)
    data["networks"] = [document]
    data["ledger"]["networks"] = [document["ID"]]
    return model.HostState.from_snapshot(data)


def created_document(cfg):
    (op,) = real_ops(plan(cfg, model.HostState.from_snapshot(fx.empty_snapshot())))
    assert op.op == "hcn_network_create"
    return dict(json.loads(op.args["settings"]), ID=op.args["id"])


def test_every_field_is_an_option_of_the_hns_network_fragment_with_sample_values():
    for field in FIELDS:
        assert field.name in OPTIONS, field.name
        assert OPTIONS[field.name]["type"] in SAMPLES, f"add sample values for {OPTIONS[field.name]['type']}"
        assert (field.flag is None) != (field.policy is None), field.name


def test_the_table_is_what_the_host_network_items_and_the_reports_name():
    assert set(network_fields.BY_POLICY) == {f.policy.lower() for f in FIELDS if f.policy}
    report = model._REPORT_FIELDS["networks"]
    assert [name for name in report if name in {f.name for f in FIELDS}] == [f.name for f in FIELDS]


@pytest.mark.parametrize(("name", "value"), CASES)
def test_a_created_value_reads_back_the_same_and_a_rerun_plans_nothing(name, value):
    cfg = config(**{name: value})
    document = created_document(cfg)
    field = network_fields.BY_NAME[name]
    if field.policy and field.in_document(value):
        assert field.policy in [p["Type"] for p in document.get("Policies") or []]
    current = host_with(document)
    read = current.networks[norm.name_key("fld-net")]
    assert read[name] == network_fields.from_config({name: value})[name]
    assert real_ops(plan(cfg, current)) == []


@pytest.mark.parametrize("field", [f for f in FIELDS if f.compared], ids=lambda f: f.name)
def test_another_value_is_a_create_only_difference(field):
    first, second = SAMPLES[OPTIONS[field.name]["type"]]
    current = host_with(created_document(config(**{field.name: first})))
    with pytest.raises(HvNetPlanError) as err:
        plan(config(**{field.name: second}), current)
    assert field.name in err.value.msg and "recreate" in err.value.msg
    ops = real_ops(plan(config(**{field.name: second}), current, recreate=True))
    assert [op.op for op in ops] == ["hcn_network_delete", "hcn_network_create"]


# A gate above the HCN v2 API's own (9.2) can be shown alone: HNS 9.2 has v2 but none of these.
GATED_ABOVE_V2 = [f for f in FIELDS if f.gate and hcn.FEATURES[f.gate][0] > hcn.FEATURES["v2_api"][0]]


@pytest.mark.parametrize("field", GATED_ABOVE_V2, ids=lambda f: f.name)
def test_a_gated_value_is_refused_before_any_change_on_an_older_hns(field):
    value = next(v for v in SAMPLES[OPTIONS[field.name]["type"]] if field.gate_when(v))
    old = model.HostState.from_snapshot(fx.empty_snapshot(hns=(9, 2)))
    with pytest.raises(HvNetPlanError) as err:
        plan(config(**{field.name: value}), old)
    assert f"config.networks: network 'fld-net', {field.name}" in err.value.msg


@pytest.mark.parametrize("field", [f for f in FIELDS if f.policy], ids=lambda f: f.name)
def test_a_raw_policy_of_a_simple_option_is_refused_for_the_option(field):
    """The read files the policy under its option, so given raw it would never compare equal: every run would add
    it again (Windows review of the table, finding 1: AutomaticDNS passed validation and was re-added)."""
    network = config()["networks"][0]
    network["policies"] = [{"Type": field.policy, "Settings": {}}]
    with pytest.raises(HvNetValidationError) as err:
        validate_config({"networks": [network]})
    assert f"is managed by the option {field.name}" in str(err.value)
