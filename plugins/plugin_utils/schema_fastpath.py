# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""A quick yes for data that is valid against a JSON Schema of a few plain keywords (internal collection use only).

jsonschema creates a validator object for every value it descends into. A host's snapshot is checked on every read,
and it holds a route per fleet member: at 200 overlay or l2bridge hosts the check was a tenth of the read task's
controller time (issue 13). ``compile_definition`` turns a ``$defs`` entry into nested closures that only answer
"surely valid". Anything else still goes to jsonschema, which decides and words the errors, so this can only be
stricter than jsonschema, never more lenient:

- a schema with any keyword not listed in ``_KEYWORDS`` (besides annotations) is not compiled at all (None);
- each listed keyword answers True only where jsonschema's own keyword would yield no error (``integer`` is an int and
  not a bool; jsonschema also takes 3.0, which this sends on to it).
"""

from __future__ import annotations

import re

# Keywords that only annotate: jsonschema checks nothing for them.
_ANNOTATIONS = frozenset(("description", "title", "examples", "default", "$comment", "deprecated"))
_KEYWORDS = frozenset(
    ("type", "properties", "required", "additionalProperties", "items", "minLength", "maxLength", "pattern", "$ref")
)
_DEFS = "#/$defs/"


class _Unsupported(Exception):
    """The schema uses something this module does not compile."""


def _is_integer(value):
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": _is_integer,
    "number": _is_number,
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def compile_definition(root, name):
    """A function ``value -> bool`` for ``root["$defs"][name]``: True only where jsonschema finds ``value`` valid
    (False: ask jsonschema). None where the definition, or one it refers to, uses a keyword not compiled here."""
    compiler = _Compiler(root.get("$defs") or {})
    try:
        return compiler.ref(_DEFS + name)
    except _Unsupported:
        return None


class _Compiler:
    def __init__(self, defs):
        self._defs = defs
        self._refs = {}

    def ref(self, pointer):
        """A local ``#/$defs/<name>`` reference; compiled once, so a recursive definition refers to itself."""
        if not isinstance(pointer, str) or not pointer.startswith(_DEFS):
            raise _Unsupported(pointer)
        name = pointer[len(_DEFS) :]
        if "/" in name or "~" in name or name not in self._defs:
            raise _Unsupported(pointer)
        if name not in self._refs:
            slot = []

            def forward(value):  # compiled after it is registered: a definition may refer to itself
                return slot[0](value)

            self._refs[name] = forward
            slot.append(self.compile(self._defs[name]))
        return self._refs[name]

    def compile(self, schema):
        if schema is True:
            return lambda value: True
        if schema is False:
            return lambda value: False
        if not isinstance(schema, dict):
            raise _Unsupported(schema)
        unknown = [k for k in schema if k not in _KEYWORDS and k not in _ANNOTATIONS and not k.startswith("x-")]
        if unknown:
            raise _Unsupported(unknown)
        checks = []
        if "$ref" in schema:
            checks.append(self.ref(schema["$ref"]))
        if "type" in schema:
            checks.append(_type_check(schema["type"]))
        checks.extend(self._string_checks(schema))
        if any(k in schema for k in ("properties", "required", "additionalProperties")):
            checks.append(self._object_check(schema))
        if "items" in schema:
            checks.append(self._array_check(schema["items"]))
        if len(checks) == 1:
            return checks[0]
        return lambda value: all(check(value) for check in checks)

    @staticmethod
    def _string_checks(schema):
        checks = []
        if "minLength" in schema:
            low = _bound(schema["minLength"])
            checks.append(lambda v: not isinstance(v, str) or len(v) >= low)
        if "maxLength" in schema:
            high = _bound(schema["maxLength"])
            checks.append(lambda v: not isinstance(v, str) or len(v) <= high)
        if "pattern" in schema:
            if not isinstance(schema["pattern"], str):
                raise _Unsupported(schema["pattern"])
            search = re.compile(schema["pattern"]).search
            checks.append(lambda v: not isinstance(v, str) or search(v) is not None)
        return checks

    def _object_check(self, schema):
        properties = schema.get("properties") or {}
        required = schema.get("required") or []
        if not isinstance(properties, dict) or not isinstance(required, list):
            raise _Unsupported(schema)
        if not all(isinstance(k, str) for k in required):
            raise _Unsupported(required)
        compiled = {key: self.compile(sub) for key, sub in properties.items()}
        additional = self.compile(schema["additionalProperties"]) if "additionalProperties" in schema else None

        def check(value):
            if not isinstance(value, dict):
                return True  # these keywords apply to objects only
            for key in required:
                if key not in value:
                    return False
            for key, item in value.items():
                sub = compiled.get(key)
                if sub is not None:
                    if not sub(item):
                        return False
                elif additional is not None and not additional(item):
                    return False
            return True

        return check

    def _array_check(self, items):
        item_check = self.compile(items)
        return lambda value: not isinstance(value, list) or all(item_check(item) for item in value)


def _type_check(types):
    names = types if isinstance(types, list) else [types]
    try:
        checks = [_TYPES[name] for name in names]
    except (KeyError, TypeError):
        raise _Unsupported(types) from None
    if len(checks) == 1:
        return checks[0]
    return lambda value: any(check(value) for check in checks)


def _bound(value):
    if not _is_integer(value) or value < 0:
        raise _Unsupported(value)
    return value
