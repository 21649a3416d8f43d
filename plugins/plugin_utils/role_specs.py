# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The topology roles' argument specs, checked by each role phase's first task (internal use only).

ansible-core checks a role's ``meta/argument_specs.yml`` with a task of its own it puts first in the role
(``validate_argument_spec``): one more forked task per host, which costs a host about as much of the controller's
main process as the bridge call of the read itself (issue 13: a role's rerun against the one-task floor). The roles'
first task, ``topology_read``, already has every role variable rendered in its ``values``; it checks them against the
same spec, with the same validator and the same message, so the collection's playbooks import the roles with
``rolespec_validate: false``. A play that uses the role otherwise still gets ansible-core's own check first.

The specs are read once per process, in the main process at import (the action's import), so the forked workers
inherit them.
"""

from __future__ import annotations

import copy
import os
from typing import Any

import yaml
from ansible.module_utils.common.arg_spec import ArgumentSpecValidator
from ansible_collections.hyperv.network.plugins.plugin_utils.topology import KINDS as ROLES  # a role per kind

ROLES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "roles")
_OPTIONS: dict[str, dict[str, Any]] = {}


def role_options(role: str) -> dict[str, Any]:
    """The ``main`` entry point's options of ``role``'s argument spec (every entry point of a role has the same)."""
    if role not in _OPTIONS:
        with open(os.path.join(ROLES_DIR, role, "meta", "argument_specs.yml"), encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        _OPTIONS[role] = ((data or {}).get("argument_specs") or {}).get("main", {}).get("options") or {}
    return _OPTIONS[role]


def prewarm() -> None:
    """Read every role's spec now (in the main process); a missing or broken file is reported by the task."""
    for role in ROLES:
        try:
            role_options(role)
        except (OSError, yaml.YAMLError):
            pass


def role_spec_errors(role: str, values: dict[str, Any] | None, other_vars: dict[str, Any]) -> list[str]:
    """ansible-core's messages for the role variables, as its ``validate_argument_spec`` gives them.

    ``values`` are the role's variables as the read task's ``values`` carry them (rendered, keyed without the
    ``hyperv_network_<role>_`` prefix); ``other_vars`` maps the spec's other variables (not in ``values``) that are
    defined to their rendered values.
    """
    options = role_options(role)
    prefix = "hyperv_network_%s_" % role
    provided = dict(other_vars)
    for key, value in (values or {}).items():
        if prefix + key in options:
            provided[prefix + key] = value
    # ArgumentSpecValidator fills defaults into its spec in place: each check gets its own copy.
    validation = ArgumentSpecValidator(copy.deepcopy(options)).validate(provided, validate_role_argument_spec=True)
    return list(validation.error_messages)


def spec_only_names(role: str, values: dict[str, Any] | None) -> list[str]:
    """The spec's variables that ``values`` does not carry (read from the task's variables instead)."""
    prefix = "hyperv_network_%s_" % role
    return [name for name in role_options(role) if name[len(prefix) :] not in (values or {})]
