#!/usr/bin/env python3
"""The complexity budget of the collection's Python (plugins/): what may not grow while issue 15 shrinks it.

python scripts/complexity.py           # exit 1 when a file or function is over its limit and over its budget
python scripts/complexity.py --write   # record today's figures as the budget (review the diff: it may only shrink)

Limits (the issue's, and ruff's defaults for its complexity rules):
- a file: 500 lines; a function: 80 lines (from ``def`` to its last line);
- ruff PLR0911 (returns) 6, PLR0912 (branches) 12, PLR0913 (arguments) 5, PLR0915 (statements) 50.
ruff cannot keep a baseline, so pyproject.toml leaves these four rules off and this script runs them with
``--select``. A file or function over a limit must be in scripts/complexity-budget.json, and may not be over its
figure there; a new one over a limit fails, and so does a figure that grew. Figures that fell are reported so the
budget can be lowered with --write.
"""

from __future__ import annotations

import argparse
import ast
import json
import pathlib
import re
import subprocess
import sys

REPO = pathlib.Path(__file__).resolve().parents[1]
BUDGET = REPO / "scripts" / "complexity-budget.json"
ROOTS = ("plugins",)
FILE_LINES = 500
FUNCTION_LINES = 80
RUFF_RULES = {"PLR0911": 6, "PLR0912": 12, "PLR0913": 5, "PLR0915": 50}
_FIGURE = re.compile(r"\((\d+) > \d+\)")


def _functions(tree):
    """``{def line: qualified name}`` and ``{qualified name: line count}`` of every function in ``tree``."""
    names, lengths = {}, {}

    def visit(node, prefix):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = prefix + child.name
                if not isinstance(child, ast.ClassDef):
                    names[child.lineno] = name
                    lengths[name] = child.end_lineno - child.lineno + 1
                visit(child, name + ".")
            else:
                visit(child, prefix)

    visit(tree, "")
    return names, lengths


def _ruff_figures(paths, repo):
    """``[(path, line, rule, figure)]`` of the complexity rules over their limits."""
    command = [sys.executable, "-m", "ruff", "check", "--isolated", "--output-format", "json", "--exit-zero",
               "--select", ",".join(RUFF_RULES)]  # fmt: skip
    for rule, limit in RUFF_RULES.items():
        setting = {"PLR0911": "max-returns", "PLR0912": "max-branches", "PLR0913": "max-args",
                   "PLR0915": "max-statements"}[rule]  # fmt: skip
        command += ["--config", f"lint.pylint.{setting} = {limit}"]
    found = json.loads(subprocess.run([*command, *map(str, paths)], check=True, capture_output=True, text=True).stdout)
    out = []
    for item in found:
        match = _FIGURE.search(item["message"])
        if match:
            path = str(pathlib.Path(item["filename"]).resolve().relative_to(repo))
            out.append((path, item["location"]["row"], item["code"], int(match.group(1))))
    return out


def measure(repo=REPO, roots=ROOTS):
    """``{key: figure}`` of everything over a limit: ``<path>`` for a file's lines, ``<path>::<function>`` for a
    function's lines, ``<path>::<function>::<rule>`` for a ruff complexity rule."""
    repo = pathlib.Path(repo).resolve()
    paths = sorted(p for root in roots for p in (repo / root).rglob("*.py"))
    figures, names = {}, {}
    for path in paths:
        rel = str(path.relative_to(repo))
        text = path.read_text(encoding="utf-8")
        lines = text.count("\n") + (0 if text.endswith("\n") else 1)
        if lines > FILE_LINES:
            figures[rel] = lines
        names[rel], lengths = _functions(ast.parse(text))
        for name, length in lengths.items():
            if length > FUNCTION_LINES:
                figures[f"{rel}::{name}"] = length
    for rel, row, rule, figure in _ruff_figures(paths, repo):
        function = names[rel].get(row, f"line {row}")
        figures[f"{rel}::{function}::{rule}"] = figure
    return figures


def compare(figures, budget):
    """``(failures, lowered)``: keys over a limit and over budget, and keys whose figure fell below the budget."""
    failures, lowered = [], []
    for key, figure in sorted(figures.items()):
        allowed = budget.get(key)
        if allowed is None:
            failures.append(f"{key}: {figure}, over the limit and not in the budget")
        elif figure > allowed:
            failures.append(f"{key}: {figure}, over its budget of {allowed}")
        elif figure < allowed:
            lowered.append(f"{key}: {figure} (budget {allowed})")
    lowered += [f"{key}: within the limit now (budget {budget[key]})" for key in sorted(set(budget) - set(figures))]
    return failures, lowered


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="record today's figures as the budget")
    args = parser.parse_args(argv)
    figures = measure()
    if args.write:
        BUDGET.write_text(json.dumps(figures, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"complexity budget: {len(figures)} entries written to {BUDGET.relative_to(REPO)}")
        return 0
    failures, lowered = compare(figures, json.loads(BUDGET.read_text(encoding="utf-8")))
    for line in lowered:
        print("complexity budget can shrink (scripts/complexity.py --write): " + line)
    for line in failures:
        print("complexity: " + line, file=sys.stderr)
    print(f"complexity: {len(figures)} entries over a limit, {len(failures)} failing")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
