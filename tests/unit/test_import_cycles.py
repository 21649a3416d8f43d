"""No import cycles in the collection's plugins or in hvemu, lazy imports inside functions included (a cycle broken
by importing late is still a cycle: the two modules cannot be read or tested apart). Imports under
``if TYPE_CHECKING:`` do not run and are left out."""

import ast
import pathlib

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
ROOTS = {
    "plugins": (REPO / "plugins", "ansible_collections.hyperv.network.plugins"),
    "hvemu": (REPO / "emulator" / "hvemu", "hvemu"),
}


def _modules(root, package):
    out = {}
    for path in root.rglob("*.py"):
        parts = path.relative_to(root).with_suffix("").parts
        name = ".".join((package, *parts))
        out[name.removesuffix(".__init__")] = path
    return out


def _type_checking_nodes(tree):
    skipped = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(n) for child in node.body for n in ast.walk(child))
    return skipped


def import_graph(root, package):
    """``{module: {module it imports, ...}}`` within ``package``."""
    modules = _modules(root, package)
    graph = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = _type_checking_nodes(tree)
        here = name if path.name == "__init__.py" else name.rpartition(".")[0]
        deps = set()
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            if isinstance(node, ast.ImportFrom):
                base = here.split(".")[: len(here.split(".")) - node.level + 1] if node.level else []
                target = ".".join(base + ([node.module] if node.module else []))
                subs = [target + "." + alias.name for alias in node.names if target + "." + alias.name in modules]
                deps.update(d for d in (subs or [target]) if d in modules and d != name)
            elif isinstance(node, ast.Import):
                deps.update(alias.name for alias in node.names if alias.name in modules and alias.name != name)
        graph[name] = deps
    return graph


def cycles(graph):
    """Every cycle, each once, as a list of modules starting with its smallest name."""
    found = set()

    def visit(name, stack):
        for dep in sorted(graph.get(name, ())):
            if dep in stack:
                cycle = stack[stack.index(dep) :]
                start = cycle.index(min(cycle))
                found.add(tuple(cycle[start:] + cycle[:start]))
            elif len(stack) < 15:
                visit(dep, [*stack, dep])

    for name in sorted(graph):
        visit(name, [name])
    return sorted(found)


@pytest.mark.parametrize("root", sorted(ROOTS))
def test_no_import_cycles(root):
    assert cycles(import_graph(*ROOTS[root])) == []


def test_the_check_sees_a_lazy_import_cycle_and_skips_type_checking_imports(tmp_path):
    (tmp_path / "a.py").write_text("def f():\n    from . import b\n")
    (tmp_path / "b.py").write_text("from .a import f\n")
    (tmp_path / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import f\n")
    (tmp_path / "__init__.py").write_text("")
    graph = import_graph(tmp_path, "pkg")
    assert cycles(graph) == [("pkg.a", "pkg.b")]
    assert graph["pkg.c"] == set()
