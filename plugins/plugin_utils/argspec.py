# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Build an Ansible argument spec from a module stub's DOCUMENTATION (internal collection use only).

The documentation stub of each module is the single source of its options: the action plugin
validates the task's arguments against the spec built here, so the docs and the checks cannot drift
apart (the approach of ansible.utils' ``argspec_validate``).

Conventions
-----------
* Every documented option becomes a spec entry. ``type`` (default ``str``), ``required``,
  ``default``, ``choices``, ``elements`` and ``aliases`` are copied; ``suboptions`` becomes
  ``options`` (recursively).
* ``extends_documentation_fragment`` is honoured: options of ``hyperv.network.<name>`` fragments
  (``plugins/doc_fragments/<name>.py``) and ``ansible.builtin.<name>`` fragments are merged in;
  a ``<fragment>.<var>`` suffix selects another variable of the fragment class, as ansible-doc does.
* Keys the documentation schema has no place for (``no_log``, ``mutually_exclusive``,
  ``required_together``, ``required_one_of``, ``required_if``, ``required_by``) come from an
  ``ARGSPEC_EXTRAS`` dict in the same stub, keyed by option path: ``""`` for the top level,
  ``"config.networks"`` for the suboptions of ``config`` -> ``networks``, ``"config.networks.name"``
  for one option's own keys (e.g. ``{"no_log": True}``). Unknown paths are an error, so an extra
  cannot silently point at an option that was renamed.
"""

from __future__ import annotations

import copy
import importlib

import yaml

__all__ = ["ArgspecError", "argument_spec_from_doc", "load_doc_options"]

# Keys of a documented option that map one-to-one to argument spec keys.
_COPIED_KEYS = ("type", "required", "default", "choices", "elements", "aliases")
# Spec-level validators that may appear in ARGSPEC_EXTRAS for a level of options.
_LEVEL_KEYS = ("mutually_exclusive", "required_together", "required_one_of", "required_if", "required_by")
# Per-option spec keys that may appear in ARGSPEC_EXTRAS for a single option.
_OPTION_KEYS = ("no_log", "apply_defaults")

_COLLECTION_PREFIX = "hyperv.network."
_COLLECTION_PACKAGE = "ansible_collections.hyperv.network.plugins.doc_fragments"


# libyaml's loader where PyYAML has it (as ansible-core's own YAML loading prefers it): every task builds its
# module's argument spec from DOCUMENTATION in a fresh worker, and the pure-Python loader takes about ten times as
# long for the same result (issue 13: 29 ms against 2.4 ms for host_network's documentation).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(text):
    # A safe loader either way: CSafeLoader builds only plain YAML types, as SafeLoader does.
    return yaml.load(text, Loader=_SAFE_LOADER)


class ArgspecError(Exception):
    """The DOCUMENTATION (or ARGSPEC_EXTRAS) cannot be turned into an argument spec."""


def _fragment_text(slug):
    """Return the YAML text of a documentation fragment named by ``slug``."""
    slug = slug.strip()
    if slug.startswith(_COLLECTION_PREFIX):
        package, rest = _COLLECTION_PACKAGE, slug[len(_COLLECTION_PREFIX) :]
    elif slug.startswith("ansible.builtin."):
        package, rest = "ansible.plugins.doc_fragments", slug[len("ansible.builtin.") :]
    else:
        raise ArgspecError("documentation fragment %r is outside hyperv.network and ansible.builtin" % slug)
    name, _dot, var = rest.partition(".")
    try:
        module = importlib.import_module("%s.%s" % (package, name))
    except ImportError as exc:
        raise ArgspecError("documentation fragment %r cannot be imported: %s" % (slug, exc)) from exc
    text = getattr(module.ModuleDocFragment, (var or "DOCUMENTATION").upper(), None)
    if text is None:
        raise ArgspecError("documentation fragment %r has no %s" % (slug, (var or "DOCUMENTATION").upper()))
    return text


def load_doc_options(documentation):
    """Parse DOCUMENTATION YAML and return its ``options`` with fragment options merged in.

    Options the module documents itself win over fragment options of the same name, as in
    ansible-doc.
    """
    doc = _load_yaml(documentation) or {}
    options = copy.deepcopy(doc.get("options") or {})
    fragments = doc.get("extends_documentation_fragment") or []
    if isinstance(fragments, str):
        fragments = fragments.split(",")
    for slug in fragments:
        fragment = _load_yaml(_fragment_text(slug)) or {}
        for name, option in (fragment.get("options") or {}).items():
            options.setdefault(name, option)
    return options


def _option_spec(name, option, path):
    if not isinstance(option, dict):
        raise ArgspecError("option %s is not a mapping" % path)
    spec = {key: copy.deepcopy(option[key]) for key in _COPIED_KEYS if key in option}
    spec.setdefault("type", "str")
    suboptions = option.get("suboptions")
    if suboptions:
        if spec["type"] not in ("dict", "list"):
            raise ArgspecError("option %s has suboptions but type %s" % (path, spec["type"]))
        if spec["type"] == "list" and spec.get("elements") != "dict":
            raise ArgspecError("option %s has suboptions, so its elements must be dict" % path)
        spec["options"] = _level_spec(suboptions, path)
    return spec


def _level_spec(options, path):
    return {
        name: _option_spec(name, option, "%s.%s" % (path, name) if path else name) for name, option in options.items()
    }


def _find_level(spec, path):
    """Return the options dict addressed by ``path`` ("" = top level)."""
    level = spec
    if not path:
        return level, None
    parts = path.split(".")
    entry = None
    for index, part in enumerate(parts):
        if level is None or part not in level:
            raise ArgspecError("ARGSPEC_EXTRAS names %r, which is not a documented option" % path)
        entry = level[part]
        if index < len(parts) - 1:
            level = entry.get("options")
    return entry.get("options"), entry


def _apply_extras(spec, extras):
    """Merge ARGSPEC_EXTRAS into ``spec``; return the top-level validator keywords."""
    top = {}
    for path, values in (extras or {}).items():
        options, entry = _find_level(spec, path)
        for key, value in values.items():
            if key in _LEVEL_KEYS:
                if entry is None:
                    top[key] = copy.deepcopy(value)
                elif options is None:
                    raise ArgspecError("ARGSPEC_EXTRAS %r: %s needs an option with suboptions" % (path, key))
                else:
                    entry[key] = copy.deepcopy(value)
            elif key in _OPTION_KEYS and entry is not None:
                entry[key] = copy.deepcopy(value)
            else:
                raise ArgspecError("ARGSPEC_EXTRAS %r: unsupported key %r" % (path, key))
    return top


def argument_spec_from_doc(documentation, extras=None):
    """Return ``(argument_spec, validator_kwargs)`` built from a DOCUMENTATION string.

    ``validator_kwargs`` holds the top-level ``mutually_exclusive`` etc. from ``extras`` and can be
    passed straight to ``ArgumentSpecValidator`` / ``ActionBase.validate_argument_spec``.
    """
    spec = _level_spec(load_doc_options(documentation), "")
    top = _apply_extras(spec, extras)
    return spec, top
