"""Roles: argument specs are the single source; defaults, the topology defaults and READMEs follow them."""

import pathlib

import pytest
import yaml
from ansible_collections.hyperv.network.plugins.plugin_utils.topology import DEFAULTS
from ansible_collections.hyperv.network.tests.unit.repo_only import needs, script

REPO = pathlib.Path(__file__).resolve().parents[5]
ROLES = ["nat", "transparent", "overlay", "l2bridge"]
# Role variables that steer the role itself and are not part of the topology document.
ROLE_ONLY = {
    "overlay": {"wait_for_overlay", "phase", "fleet_group", "prune_routes"},
    "l2bridge": {"fleet_group", "phase", "prune_routes"},
}


def _spec(role):
    data = yaml.safe_load((REPO / "roles" / role / "meta" / "argument_specs.yml").read_text())
    return data["argument_specs"]["main"]["options"]


def _defaults(role):
    return yaml.safe_load((REPO / "roles" / role / "defaults" / "main.yml").read_text())


@pytest.mark.parametrize("role", ROLES)
def test_defaults_mirror_the_argument_spec(role):
    spec, defaults = _spec(role), _defaults(role)
    assert set(spec) == set(defaults)
    for name, option in spec.items():
        assert name.startswith(f"hyperv_network_{role}_")
        assert defaults[name] == option.get("default"), name


@pytest.mark.parametrize("role", ROLES)
def test_role_defaults_match_the_topology_defaults(role):
    defaults = _defaults(role)
    keys = {name.removeprefix(f"hyperv_network_{role}_") for name in defaults} - ROLE_ONLY.get(role, set())
    assert keys == set(DEFAULTS[role])
    for key, value in DEFAULTS[role].items():
        assert defaults[f"hyperv_network_{role}_{key}"] == value, key


@pytest.mark.parametrize("role", ROLES)
def test_the_role_passes_every_topology_variable_to_the_preflight(role):
    # Each host's read task reads its own values of the role's variables (one per topology key: DEFAULTS), whose
    # registered result the run_once preflight reads through hostvars (issue 13: no per-host set_fact); the values
    # are not rendered into the task's arguments (a template compiled in every host's task).
    tasks = [t for f in sorted((REPO / "roles" / role / "tasks").glob("*.yml")) for t in yaml.safe_load(f.read_text())]
    reads = {t["register"]: t for t in tasks if "hyperv.network.topology_read" in t}
    assert reads, role
    for read in reads.values():
        assert read["hyperv.network.topology_read"] == {"role": role, **read["hyperv.network.topology_read"]}
        assert "values" not in read["hyperv.network.topology_read"]
    spec = _spec(role)
    assert {f"hyperv_network_{role}_{key}" for key in DEFAULTS[role]} <= set(spec)
    preflights = [t for t in tasks if "hyperv.network.topology_preflight" in t]
    # The fold check (overlay) reads the converge's registered results, not the role's values.
    planning = [t for t in preflights if "folded" not in t["hyperv.network.topology_preflight"]]
    assert planning and all(t["hyperv.network.topology_preflight"]["read"] in reads for t in planning)
    registered = {t.get("register") for t in tasks}
    assert all(t["hyperv.network.topology_preflight"]["folded"] in registered for t in preflights if t not in planning)
    assert all(t.get("run_once") is True for t in preflights)


@needs("scripts/gen_role_docs.py")
def test_role_readmes_are_generated_from_the_specs():
    module = script("gen_role_docs")
    for role in ROLES:
        readme = (REPO / "roles" / role / "README.md").read_text()
        specs = yaml.safe_load((REPO / "roles" / role / "meta" / "argument_specs.yml").read_text())
        assert readme == module.render(role, specs), f"roles/{role}/README.md is stale: run scripts/gen_role_docs.py"
        for name in specs["argument_specs"]["main"]["options"]:
            assert f"`{name}`" in readme
