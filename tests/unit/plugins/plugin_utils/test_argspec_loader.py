"""argspec parses DOCUMENTATION with libyaml's CSafeLoader where PyYAML has it (issue 13 item 2): the argument
spec of every module must be the one the pure-Python SafeLoader gives, and the loader must be a safe one."""

import pkgutil

import pytest
import yaml
from ansible_collections.hyperv.network.plugins import modules
from ansible_collections.hyperv.network.plugins.plugin_utils import argspec
from ansible_collections.hyperv.network.tests.unit.hvnet_module_docs import spec_source

MODULES = sorted(m.name for m in pkgutil.iter_modules(modules.__path__))


def test_the_loader_is_libyamls_safe_loader_where_pyyaml_has_it():
    assert argspec._SAFE_LOADER is getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with pytest.raises(yaml.constructor.ConstructorError):
        argspec._load_yaml("!!python/object/apply:os.system ['true']")


@pytest.mark.parametrize("name", MODULES)
def test_every_modules_spec_is_the_same_with_either_loader(name, monkeypatch):
    module = spec_source(name)
    extras = getattr(module, "ARGSPEC_EXTRAS", None)
    fast = argspec.argument_spec_from_doc(module.DOCUMENTATION, extras)
    monkeypatch.setattr(argspec, "_SAFE_LOADER", yaml.SafeLoader)
    assert argspec.argument_spec_from_doc(module.DOCUMENTATION, extras) == fast
