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

Built once per process
----------------------
A spec is built once per DOCUMENTATION text (and ARGSPEC_EXTRAS) in a process and kept; every call returns a deep
copy, so a caller may change what it gets. ansible-playbook imports each task's action plugin class in its main
process before it forks the task's worker (``action_loader.get(..., class_only=True)`` in the linear and free
strategies), and ``HvNetActionBase.__init_subclass__`` calls :func:`prebuild_argument_spec` when that class is
created: the workers inherit the built spec and parse no YAML (issue 13 item 2).
``HYPERV_NETWORK_TRACE_ARGSPEC=<file>`` appends one JSON line per YAML parse to ``<file>`` (``pid``, ``ppid``,
``parsed``: the module named by the DOCUMENTATION, or ``fragment <name>``), to check that claim.
"""

from __future__ import annotations

import copy
import importlib
import json
import os
import re

import yaml
from ansible.module_utils.common.arg_spec import ArgumentSpecValidator

__all__ = [
    "ArgspecError",
    "argument_spec_from_doc",
    "fragment_option_names",
    "fragment_text",
    "load_doc_options",
    "module_documentation",
    "prebuild_argument_spec",
    "sidecar_documentation",
    "validated_parameters",
]

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


TRACE_ENV = "HYPERV_NETWORK_TRACE_ARGSPEC"
_MODULE_LINE = re.compile(r"^module:[ \t]*(\S+)", re.MULTILINE)

# (loader, DOCUMENTATION, frozen ARGSPEC_EXTRAS) -> (spec, validator kwargs), never handed out: callers get deep
# copies. The loader is part of the key so that tests/unit/plugins/plugin_utils/test_argspec_loader.py, which swaps it,
# compares two parses.
_SPECS = {}
# (loader, fragment slug) -> its options (parsed once per process; only read, never handed out).
_FRAGMENT_OPTIONS = {}
# module name -> the DOCUMENTATION text of its sidecar.
_MODULE_DOCS = {}
_MODULES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "modules")


def _trace(label):
    """One line per YAML parse to the file HYPERV_NETWORK_TRACE_ARGSPEC names (a test switch; off when unset)."""
    path = os.environ.get(TRACE_ENV)
    if not path:
        return
    line = json.dumps({"pid": os.getpid(), "ppid": os.getppid(), "parsed": label}) + "\n"
    # One append-mode write per line: workers writing at the same time do not interleave lines.
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(line)


def _load_yaml(text, label=None):
    # A safe loader either way: CSafeLoader builds only plain YAML types, as SafeLoader does.
    if label is None:
        match = _MODULE_LINE.search(text or "")
        label = match.group(1) if match else "documentation"
    _trace(label)
    return yaml.load(text, Loader=_SAFE_LOADER)


class ArgspecError(Exception):
    """The DOCUMENTATION (or ARGSPEC_EXTRAS) cannot be turned into an argument spec."""


def fragment_text(slug):
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


def _fragment_options(slug):
    """The options of a documentation fragment, parsed once per process (the dict kept is never handed out)."""
    key = (_SAFE_LOADER, slug.strip())
    if key not in _FRAGMENT_OPTIONS:
        fragment = _load_yaml(fragment_text(key[1]), "fragment " + key[1]) or {}
        _FRAGMENT_OPTIONS[key] = fragment.get("options") or {}
    return _FRAGMENT_OPTIONS[key]


def fragment_option_names(slug):
    """The names of a documentation fragment's options, in their order (``hyperv.network.<name>[.<var>]``)."""
    return tuple(_fragment_options(slug))


def module_documentation(name):
    """The DOCUMENTATION of this collection's module ``name``, as YAML text, from its sidecar
    ``plugins/modules/<name>.yml`` (read once per process)."""
    if name not in _MODULE_DOCS:
        _MODULE_DOCS[name] = sidecar_documentation(os.path.join(_MODULES_DIR, name + ".yml"))
    return _MODULE_DOCS[name]


def sidecar_documentation(path):
    """The DOCUMENTATION section of a module's sidecar YAML file, as YAML text.

    A sidecar holds DOCUMENTATION, EXAMPLES and RETURN as top-level keys, as ansible-doc and validate-modules read
    them (the module's ``.py`` is a stub without documentation). The section is cut out as text, not parsed here:
    the spec is built from that text once per process, and reading a module's documentation parses nothing more.
    """
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    try:
        start = lines.index("DOCUMENTATION:") + 1
    except ValueError:
        raise ArgspecError("%s has no top-level DOCUMENTATION key" % path) from None
    end = next((i for i in range(start, len(lines)) if lines[i][:1] not in ("", " ", "#")), len(lines))
    section = lines[start:end]
    if any(line and not line.startswith("  ") and not line.startswith("#") for line in section):
        raise ArgspecError("%s: DOCUMENTATION is not indented by two spaces" % path)
    return "\n".join(line[2:] for line in section if not line.startswith("#")) + "\n"


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
        for name, option in _fragment_options(slug).items():
            if name not in options:
                options[name] = copy.deepcopy(option)
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


def _freeze(value):
    """A hashable key equal for equal ARGSPEC_EXTRAS (types kept: ``True`` and ``1`` differ)."""
    if isinstance(value, dict):
        return ("dict", tuple(sorted((repr(k), _freeze(v)) for k, v in value.items())))
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, tuple(_freeze(v) for v in value))
    if isinstance(value, (set, frozenset)):
        return ("set", frozenset(_freeze(v) for v in value))
    return (type(value).__name__, value)


def _build(documentation, extras):
    spec = _level_spec(load_doc_options(documentation), "")
    top = _apply_extras(spec, extras)
    return spec, top


def _built(documentation, extras):
    """The spec of ``documentation`` and ``extras``, built on the first call in this process and kept.

    A spec that cannot be built is not kept: every call raises the error again.
    """
    try:
        key = (_SAFE_LOADER, documentation, _freeze(extras))
        hash(key)
    except TypeError:  # extras holding something unhashable: build it every time, as before
        return _build(documentation, copy.deepcopy(extras))
    built = _SPECS.get(key)
    if built is None:
        # A copy of extras: a caller changing its ARGSPEC_EXTRAS later cannot change the kept spec.
        built = _SPECS[key] = _build(documentation, copy.deepcopy(extras))
    return built


def argument_spec_from_doc(documentation, extras=None):
    """Return ``(argument_spec, validator_kwargs)`` built from a DOCUMENTATION string.

    ``validator_kwargs`` holds the top-level ``mutually_exclusive`` etc. from ``extras`` and can be
    passed straight to ``ArgumentSpecValidator`` / ``ActionBase.validate_argument_spec``.

    The YAML is parsed once per process for the same ``documentation`` and ``extras``; each call returns a deep copy
    (0.25 ms for host_network, against 6 ms to build it), so the caller may change it. It must be a copy:
    ArgumentSpecValidator puts an option's ``default`` object itself into the validated parameters and then fills a
    dict default's suboptions in place (host_network's ``config`` default ``{}`` comes out of one validation as
    ``{switches: None, ...}``), and the task may change its parameters.
    """
    return copy.deepcopy(_built(documentation, extras))


def prebuild_argument_spec(documentation, extras=None):
    """Build and keep the spec now (in ansible-playbook's main process, before the workers fork).

    Returns whether it could be built. An error is not raised here (an action plugin class is created while the
    strategy loads it, where an exception would stop the whole run): the task building the spec reports it.
    """
    try:
        _built(documentation, extras)
    except Exception:  # reported by the task that needs the spec
        return False
    return True


class _LeftToValidator(Exception):
    """A value ArgumentSpecValidator could convert, refuse or warn about: the validator's, not the fast path's."""


# ansible-core's type checkers (module_utils/common/validation.py, check_type_*) return a value of these types itself.
_KEPT_AS_GIVEN = {"str": str, "int": int, "bool": bool, "float": float, "list": list, "dict": dict}
# Keys of an option the fast path knows the validator's handling of (no level validators, no no_log, no fallback).
_PLAIN_OPTION_KEYS = frozenset((*_COPIED_KEYS, "options"))


def _kept_value(option, value):
    """``value`` as ArgumentSpecValidator keeps it for ``option``, where it keeps it unchanged."""
    if not _PLAIN_OPTION_KEYS.issuperset(option):
        raise _LeftToValidator()
    if value is None:
        if option.get("required") or option.get("default") is not None or option.get("choices") is not None:
            raise _LeftToValidator()  # refused, or converted (a str option with a default turns None into '')
        return None
    kind = option.get("type", "str")
    if kind == "float" and isinstance(value, int) and not isinstance(value, bool):  # a bool: the validator's
        value = float(value)  # check_type_float's conversion (host_network's wait_for_overlay default is 30)
    if kind != "raw" and not isinstance(value, _KEPT_AS_GIVEN.get(kind, ())):
        raise _LeftToValidator()
    choices = option.get("choices")
    # As _validate_argument_values: a list value (of any option type) is checked item by item.
    if choices is not None and any(item not in choices for item in (value if isinstance(value, list) else [value])):
        raise _LeftToValidator()
    if kind == "dict" and option.get("elements") is not None:
        raise _LeftToValidator()  # a dict option with elements: the validator's own error
    if kind == "dict" and option.get("options") is not None:
        return _kept_level(option["options"], value)
    elements = option.get("elements")
    if kind == "raw":
        return copy.deepcopy(value)  # whatever it holds: the validator's result is a deep copy
    if elements is None:
        # The validator's result is a deep copy of the parameters: so is this, the caller may change it.
        return copy.deepcopy(value) if isinstance(value, (list, dict)) else value
    if kind != "list" or any(not isinstance(item, _KEPT_AS_GIVEN.get(elements, ())) for item in value):
        raise _LeftToValidator()
    if elements == "dict" and option.get("options") is not None:
        return [_kept_level(option["options"], item) for item in value]
    return copy.deepcopy(value)


def _kept_level(spec, params):
    """One level of options, filled as ArgumentSpecValidator fills it: the given keys first, then the missing options
    with a default (in spec order), then the other missing ones as None."""
    if any(key not in spec for key in params):
        raise _LeftToValidator()  # an alias or an unsupported option
    out = {}
    for key, value in params.items():
        out[key] = _kept_value(spec[key], value)
    missing = [name for name in spec if name not in params]
    for name in missing:
        option = spec[name]
        if option.get("required") or not _PLAIN_OPTION_KEYS.issuperset(option):
            raise _LeftToValidator()  # missing and required (with a default or not): the validator decides
        if option.get("default") is not None:
            # The default goes through the type check and the suboptions as a given value would.
            out[name] = _kept_value(option, copy.deepcopy(option["default"]))
    for name in missing:
        out.setdefault(name, None)
    return out


def validated_parameters(documentation, params):
    """``(validated parameters, error messages)`` of ``params`` against ``documentation``'s spec, as
    ``ArgumentSpecValidator(spec).validate(params)`` gives them.

    Parameters this collection built itself (a topology share's config, a route per fleet member) already have each
    option's type: ArgumentSpecValidator would only fill in the defaults, after copying the spec and every parameter
    (an overlay rerun's read validates a route per fleet member twice; issue 13). Those are filled here from the kept
    spec; anything the validator could convert, refuse or warn about (an alias, another type,
    a value outside its choices, a missing required option, extras such as mutually_exclusive) goes to it instead.
    """
    spec, validators = _built(documentation, None)
    if not validators:
        try:
            return _kept_level(spec, params), []
        except _LeftToValidator:
            pass
    spec, validators = argument_spec_from_doc(documentation)
    validation = ArgumentSpecValidator(spec, **validators).validate(params)
    return validation.validated_parameters, [error.msg for error in validation.errors]
