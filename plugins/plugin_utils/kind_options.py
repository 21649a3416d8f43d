# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Where each object kind's options are written, and what is derived from them (internal collection use only).

A kind's options are written once, in the documentation fragment named after its single-object module
(``plugins/doc_fragments/<module>.py``): its ``DOCUMENTATION`` holds the options, its ``GATHERED`` the read-only facts
that host_network's ``state=gathered`` adds to each object, and its ``ARGSPEC_EXTRAS`` (if any) the argument spec
keys the documentation schema has no place for. The single-object module extends the fragment; host_network's
``config.<kind>`` items are generated from it into ``plugins/modules/host_network.yml`` (scripts/gen_docs.py); the
read-only fact lists and host_network's argument spec extras are derived from it here.
"""

from __future__ import annotations

import functools
import importlib
from typing import Any

import yaml
from ansible_collections.hyperv.network.plugins.plugin_utils.argspec import fragment_option_names

__all__ = [
    "KIND_FRAGMENTS",
    "OWNED_KINDS",
    "config_extras",
    "fragment_extras",
    "item_sources",
    "read_only_facts",
]

# host_network config kind -> the fragment (and single-object module) that holds its options.
KIND_FRAGMENTS = {
    "switches": "vswitch",
    "networks": "hns_network",
    "endpoints": "hns_endpoint",
    "vm_adapters": "vm_adapter",
}
# Kinds whose objects the collection creates and deletes: gathered output gives each of them the facts of
# ``hyperv.network.common.object_facts`` (id, owned, foreign). A VM adapter is only ever set, never made.
OWNED_KINDS = ("switches", "networks", "endpoints")

_FRAGMENT_PACKAGE = "ansible_collections.hyperv.network.plugins.doc_fragments"


def fragment_class(kind: str) -> type:
    """The ``ModuleDocFragment`` class that holds ``kind``'s options."""
    fragment: type = importlib.import_module("%s.%s" % (_FRAGMENT_PACKAGE, KIND_FRAGMENTS[kind])).ModuleDocFragment
    return fragment


def item_sources(kind: str) -> list[str]:
    """The fragment variables whose options make up one host_network ``config.<kind>`` item, in the order
    host_network documents them: the read-only facts, then the options (the last one)."""
    facts = ["hyperv.network.common.object_facts"] if kind in OWNED_KINDS else []
    return [*facts, "hyperv.network.%s.gathered" % KIND_FRAGMENTS[kind], "hyperv.network." + KIND_FRAGMENTS[kind]]


@functools.cache
def read_only_facts() -> dict[str, tuple[str, ...]]:
    """``{kind: (fact, ...)}``: the keys gathered output adds to each object, which a config accepts and drops."""
    return {
        kind: tuple(name for slug in item_sources(kind)[:-1] for name in fragment_option_names(slug))
        for kind in KIND_FRAGMENTS
    }


@functools.cache
def fragment_extras(kind: str) -> dict[str, dict[str, Any]] | None:
    """The ARGSPEC_EXTRAS of ``kind``'s fragment (option paths relative to the object), or None.

    The same mapping every call (the argument spec is kept per DOCUMENTATION and extras; nobody changes it).
    """
    text = getattr(fragment_class(kind), "ARGSPEC_EXTRAS", None)
    return yaml.safe_load(text) if text else None


@functools.cache
def config_extras() -> dict[str, dict[str, Any]]:
    """host_network's ARGSPEC_EXTRAS: each fragment's extras, under ``config.<kind>`` (the same mapping every call)."""
    extras: dict[str, dict[str, Any]] = {}
    for kind in KIND_FRAGMENTS:
        for path, values in (fragment_extras(kind) or {}).items():
            extras["config.%s.%s" % (kind, path) if path else "config." + kind] = values
    return extras


# Parsed at import, which ansible-playbook does in its main process before it forks a task's worker: every worker
# inherits the cached lists and parses no YAML (issue 13 item 2; tests/integration/test_argspec_once_playbook.py).
read_only_facts()
