#!/usr/bin/env python3
"""Write host_network's config.<kind> item options from the documentation fragments that hold each kind's options.

python scripts/gen_docs.py           # rewrite the generated parts of plugins/modules/host_network.yml
python scripts/gen_docs.py --check   # exit 1 when they are out of date

A kind's options are written once, in plugins/doc_fragments/<module>.py (see plugins/plugin_utils/kind_options.py).
The single-object module extends that fragment; host_network's sidecar documentation gets a copy of the fragment's
option blocks between the BEGIN/END markers of each kind, with every O(...) reference to one of the kind's options
made absolute (O(name) becomes O(config.networks[].name)). The text is copied as written, re-indented, so the
generated part reads like the rest of the file.
"""

from __future__ import annotations

import argparse
import importlib
import pathlib
import re
import runpy
import sys

REPO = pathlib.Path(__file__).resolve().parents[1]
SIDECAR = REPO / "plugins" / "modules" / "host_network.yml"
_BEGIN = re.compile(r"^(?P<indent> *)# BEGIN generated from plugins/doc_fragments/(?P<fragment>\w+)\.py\b")
_END = "# END generated"
_OPTION_REFERENCE = re.compile(r"\bO\((?P<name>[a-z_][a-z0-9_]*)(?P<rest>[^)]*)\)")


def _collection():
    """kind_options and argspec, imported as ansible-core imports the collection."""
    runpy.run_path(str(REPO / "tests" / "unit" / "conftest.py"))  # the import root the unit tests use
    package = "ansible_collections.hyperv.network.plugins.plugin_utils."
    return importlib.import_module(package + "kind_options"), importlib.import_module(package + "argspec")


def option_blocks(text):
    """The option blocks of a fragment variable's ``options:`` mapping, as lines indented by two spaces."""
    lines = text.strip("\n").split("\n")
    if lines[0].strip() == "options: {}":
        return []
    if lines[0] != "options:" or any(line and not line.startswith("  ") for line in lines[1:]):
        raise ValueError("a kind fragment holds only an options mapping, indented by two spaces")
    return lines[1:]


def absolute_references(line, kind, names):
    """``line`` with each O(...) that names one of ``names`` made a reference into host_network's config.<kind>."""

    def absolute(match):
        if match.group("name") not in names:
            return match.group(0)  # a host_network option too (recreate), or another module's
        return "O(config.{}[].{}{})".format(kind, match.group("name"), match.group("rest"))

    return _OPTION_REFERENCE.sub(absolute, line)


def kind_lines(collection, kind, indent):
    """The generated option blocks of ``kind``: the read-only facts, then the options, at ``indent``."""
    kind_options, argspec = collection
    blocks = [line for slug in kind_options.item_sources(kind) for line in option_blocks(argspec.fragment_text(slug))]
    names = {line.strip()[:-1] for line in blocks if re.match(r"^  [a-z_0-9]+:$", line)}
    pad = " " * (len(indent) - 2)
    return [pad + absolute_references(line, kind, names) if line else line for line in blocks]


def render(text, collection):
    """``text`` (the sidecar) with every generated part written anew; ``collection`` as ``_collection()``."""
    kinds = {fragment: kind for kind, fragment in collection[0].KIND_FRAGMENTS.items()}
    out, lines, index = [], text.split("\n"), 0
    while index < len(lines):
        line = lines[index]
        out.append(line)
        index += 1
        begin = _BEGIN.match(line)
        if not begin:
            continue
        if begin.group("fragment") not in kinds:
            raise ValueError(f"{line.strip()} names a fragment of no config kind")
        try:
            end = next(i for i in range(index, len(lines)) if lines[i].strip() == _END)
        except StopIteration:
            raise ValueError(f"no {_END!r} after {line.strip()!r}") from None
        out += kind_lines(collection, kinds[begin.group("fragment")], begin.group("indent"))
        out.append(lines[end])
        index = end + 1
    return "\n".join(out)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the generated parts are out of date")
    args = parser.parse_args(argv)
    current = SIDECAR.read_text(encoding="utf-8")
    wanted = render(current, _collection())
    if current == wanted:
        return 0
    if args.check:
        print(f"out of date (run scripts/gen_docs.py): {SIDECAR.relative_to(REPO)}", file=sys.stderr)
        return 1
    SIDECAR.write_text(wanted, encoding="utf-8")
    print(f"wrote {SIDECAR.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
