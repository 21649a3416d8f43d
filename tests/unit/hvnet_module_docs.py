"""A module's documentation as the collection uses it: the DOCUMENTATION text its argument spec is built from, the
ARGSPEC_EXTRAS its action plugin adds, and its sidecar's sections as ansible-doc reads them."""

import importlib
import pathlib

import yaml
from ansible_collections.hyperv.network.plugins.plugin_utils.argspec import module_documentation

MODULES_DIR = pathlib.Path(__file__).resolve().parents[2] / "plugins" / "modules"
MODULES = sorted(p.stem for p in MODULES_DIR.glob("*.py") if p.stem != "__init__")


class _SpecSource:
    def __init__(self, name):
        action = importlib.import_module("ansible_collections.hyperv.network.plugins.action." + name)
        self.DOCUMENTATION = module_documentation(name)
        self.ARGSPEC_EXTRAS = getattr(action.ActionModule, "ARGSPEC_EXTRAS", None)


def spec_source(name):
    """An object with the DOCUMENTATION and ARGSPEC_EXTRAS a task of module ``name`` is validated with."""
    return _SpecSource(name)


def documentation(name):
    """The DOCUMENTATION text the module's argument spec is built from."""
    return module_documentation(name)


def extras(name):
    return spec_source(name).ARGSPEC_EXTRAS


def sections(name):
    """``(DOCUMENTATION, EXAMPLES, RETURN)`` of the module's sidecar, parsed."""
    sidecar = yaml.safe_load((MODULES_DIR / (name + ".yml")).read_text(encoding="utf-8"))
    return sidecar["DOCUMENTATION"], sidecar["EXAMPLES"], sidecar["RETURN"]
