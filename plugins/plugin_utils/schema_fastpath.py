# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""jsonschema's yes or no for the bridge protocol, from closures compiled once (internal collection use only).

jsonschema creates a validator object for every value it descends into, and tries every branch of a ``oneOf``. A
request's operations are each a ``oneOf`` of some thirty operation definitions: an l2bridge routes apply of 133
routes spent about a quarter of a second of controller CPU on its request alone, per host (issue 13). A host's
snapshot, a route per fleet member, is checked on every read. ``compile_definition`` turns a ``$defs`` entry into
nested closures that give the answer jsonschema (Draft 2020-12) gives, valid or not:

- each keyword in ``_COMPILED`` is written here with jsonschema's own rule (``integer`` takes 3.0, ``const`` and
  ``enum`` tell 1 from True, a keyword that does not apply to the value's type passes; ``format`` asserts only with
  a format checker, through the checker's own ``conforms``);
- a subschema with any other keyword is handed whole to a jsonschema validator of its own, so its answer is
  jsonschema's by construction; annotations (``description``, ``x-...``) are ignored, as jsonschema ignores them.

Because every part answers exactly as jsonschema would, ``oneOf`` and ``anyOf`` combine them as jsonschema does.
Callers still ask jsonschema for the wording of the errors where the answer is no (bridge_client.schema_errors).
"""

from __future__ import annotations

import numbers
import re

_ANNOTATIONS = frozenset(("description", "title", "examples", "default", "$comment", "deprecated"))
_COMPILED = frozenset(
    (
        "$ref", "type", "properties", "required", "additionalProperties", "dependentRequired", "items", "minItems",
        "maxItems", "minLength", "maxLength", "pattern", "minimum", "maximum", "const", "enum", "oneOf", "anyOf",
        "format", "propertyNames",
    )
)  # fmt: skip
_DEFS = "#/$defs/"


def _is_integer(value):
    # jsonschema's Draft 6+ type checker: an int that is not a bool, or a float with no fraction.
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def _is_number(value):
    return isinstance(value, numbers.Number) and not isinstance(value, bool)


_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": _is_integer,
    "number": _is_number,
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}
_TRUE, _FALSE = object(), object()


def _unbool(value):
    return _TRUE if value is True else _FALSE if value is False else value


def _equal_scalar(value, scalar):
    """jsonschema's ``_utils.equal`` where one side is a str, a number, a bool or None."""
    if value is scalar:
        return True
    if isinstance(value, str) or isinstance(scalar, str):
        return value == scalar
    if isinstance(value, (list, dict)):
        return False
    return _unbool(value) == _unbool(scalar)


def _is_scalar(value):
    return value is None or isinstance(value, (str, bool, int, float))


def compile_definition(root, name, format_checker=None):
    """A function ``value -> bool`` that answers as jsonschema does for ``root["$defs"][name]`` (with
    ``format_checker``, a ``jsonschema.FormatChecker``, as the validator's); None where jsonschema is not installed
    (the caller then reports that)."""
    try:
        import jsonschema
    except ImportError:
        return None
    return _Compiler(root, jsonschema.Draft202012Validator, format_checker).ref(_DEFS + name)


class _Compiler:
    def __init__(self, root, validator_class, format_checker=None):
        self._root = root
        self._defs = root.get("$defs") or {}
        self._validator_class = validator_class
        self._format_checker = format_checker
        self._refs = {}

    def ref(self, pointer):
        """A local ``#/$defs/<name>`` reference, compiled once (a definition may refer to itself)."""
        name = pointer[len(_DEFS) :] if isinstance(pointer, str) and pointer.startswith(_DEFS) else None
        if name is None or "/" in name or "~" in name or name not in self._defs:
            return self._jsonschema({"$ref": pointer})
        if name not in self._refs:
            slot = []

            def forward(value):  # compiled after it is registered: a definition may refer to itself
                return slot[0](value)

            self._refs[name] = forward
            slot.append(self.compile(self._defs[name]))
        return self._refs[name]

    def _jsonschema(self, schema):
        """jsonschema's own answer for a subschema this module does not compile."""
        document = dict(schema)
        document.setdefault("$defs", self._defs)
        if "$schema" in self._root:
            document.setdefault("$schema", self._root["$schema"])
        return self._validator_class(document, format_checker=self._format_checker).is_valid

    def compile(self, schema):
        if schema is True or schema is False:
            return (lambda value: True) if schema else (lambda value: False)
        if not isinstance(schema, dict):
            return self._jsonschema(schema)
        keywords = [k for k in schema if k not in _ANNOTATIONS and not k.startswith("x-")]
        if any(k not in _COMPILED for k in keywords) or not self._compilable(schema):
            return self._jsonschema(schema)
        checks = []
        if "$ref" in schema:
            checks.append(self.ref(schema["$ref"]))
        if "type" in schema:
            checks.append(_type_check(schema["type"]))
        checks.extend(_value_checks(schema))
        if "format" in schema and self._format_checker is not None:  # without a checker, an annotation
            checks.append(_format_check(self._format_checker, schema["format"]))
        if any(k in schema for k in ("properties", "required", "additionalProperties", "dependentRequired")):
            checks.append(self._object_check(schema))
        if "items" in schema:
            checks.append(self._array_check(schema["items"]))
        if "propertyNames" in schema:
            checks.append(self._names_check(schema["propertyNames"]))
        for keyword, count in (("oneOf", lambda n: n == 1), ("anyOf", lambda n: n >= 1)):
            if keyword in schema:
                checks.append(_combined([self.compile(s) for s in schema[keyword]], count))
        if not checks:
            return lambda value: True
        if len(checks) == 1:
            return checks[0]
        return lambda value: all(check(value) for check in checks)

    @staticmethod
    def _compilable(schema):
        """The keywords' own values are of the forms written here (else jsonschema reads them)."""
        for key in ("minItems", "maxItems", "minLength", "maxLength"):
            if key in schema and not (_is_integer(schema[key]) and not isinstance(schema[key], float)):
                return False
        for key in ("minimum", "maximum"):
            if key in schema and not _is_number(schema[key]):
                return False
        if "pattern" in schema and not isinstance(schema["pattern"], str):
            return False
        if "format" in schema and not isinstance(schema["format"], str):
            return False
        if "const" in schema and not _is_scalar(schema["const"]):
            return False
        if "enum" in schema and not (isinstance(schema["enum"], list) and all(map(_is_scalar, schema["enum"]))):
            return False
        if not isinstance(schema.get("properties", {}), dict) or not isinstance(schema.get("required", []), list):
            return False
        if not all(isinstance(v, list) for v in (schema.get("dependentRequired") or {}).values()):
            return False
        if "type" in schema and not all(t in _TYPES for t in _listed(schema["type"])):
            return False
        return all(isinstance(schema.get(k, []), list) for k in ("oneOf", "anyOf"))

    def _object_check(self, schema):
        properties = {key: self.compile(sub) for key, sub in (schema.get("properties") or {}).items()}
        required = list(schema.get("required") or [])
        dependent = dict(schema.get("dependentRequired") or {})
        additional = self.compile(schema["additionalProperties"]) if "additionalProperties" in schema else None

        def check(value):
            if not isinstance(value, dict):
                return True  # these keywords apply to objects only
            for key in required:
                if key not in value:
                    return False
            for key, needs in dependent.items():
                if key in value and any(need not in value for need in needs):
                    return False
            for key, item in value.items():
                sub = properties.get(key)
                if sub is None:
                    if key not in properties and additional is not None and not additional(item):
                        return False
                elif not sub(item):
                    return False
            return True

        return check

    def _array_check(self, items):
        item_check = self.compile(items)
        return lambda value: not isinstance(value, list) or all(item_check(item) for item in value)

    def _names_check(self, names):
        name_check = self.compile(names)
        return lambda value: not isinstance(value, dict) or all(name_check(name) for name in value)


def _format_check(checker, name):
    """jsonschema's ``format`` keyword with a checker: the checker's own answer (a format it does not know passes)."""
    return lambda value: checker.conforms(value, name)


def _listed(types):
    return types if isinstance(types, list) else [types]


def _type_check(types):
    checks = [_TYPES[name] for name in _listed(types)]
    if len(checks) == 1:
        return checks[0]
    return lambda value: any(check(value) for check in checks)


# (keyword, the type it applies to, whether it is a lower bound)
_LENGTHS = (("minLength", str, True), ("maxLength", str, False), ("minItems", list, True), ("maxItems", list, False))


def _length_check(kind, bound, at_least):
    if at_least:
        return lambda v: not isinstance(v, kind) or len(v) >= bound
    return lambda v: not isinstance(v, kind) or len(v) <= bound


def _value_checks(schema):
    """minLength, maxLength, pattern, minItems, maxItems, minimum, maximum, const, enum: each applies to its type."""
    checks = [
        _length_check(kind, schema[keyword], at_least) for keyword, kind, at_least in _LENGTHS if keyword in schema
    ]
    if "pattern" in schema:
        search = re.compile(schema["pattern"]).search
        checks.append(lambda v: not isinstance(v, str) or search(v) is not None)
    if "minimum" in schema:
        low_number = schema["minimum"]
        checks.append(lambda v: not _is_number(v) or not v < low_number)  # NaN passes, as there
    if "maximum" in schema:
        high_number = schema["maximum"]
        checks.append(lambda v: not _is_number(v) or not v > high_number)
    if "const" in schema:
        const = schema["const"]
        checks.append(lambda v: _equal_scalar(v, const))
    if "enum" in schema:
        members = list(schema["enum"])
        strings = frozenset(m for m in members if isinstance(m, str))
        others = [m for m in members if not isinstance(m, str)]

        def in_enum(value):
            if isinstance(value, str):
                try:
                    return value in strings
                except TypeError:  # a str subclass that cannot be hashed
                    return any(value == m for m in strings)
            return any(_equal_scalar(value, m) for m in others)

        checks.append(in_enum)
    return checks


def _combined(branches, count_ok):
    """oneOf (exactly one branch) or anyOf (at least one), each branch answering as jsonschema does."""

    def check(value):
        return count_ok(sum(1 for branch in branches if branch(value)))

    return check
