"""scripts/complexity.py: a file or function over a limit fails unless the budget allows it, a figure may not grow,
and the collection is within its budget today."""

import pathlib

from ansible_collections.hyperv.network.tests.unit.repo_only import needs, script

pytestmark = needs("scripts/complexity.py")

REPO = pathlib.Path(__file__).resolve().parents[2]


def _long_function(name, lines):
    """A function of ``lines`` lines and two statements."""
    return f"def {name}():\n    x = (\n" + "        1,\n" * (lines - 4) + "    )\n    return x\n"


def _branchy_function(name, branches):
    body = "".join(f"    if a == {i}:\n        return_value = {i}\n" for i in range(branches))
    return f"def {name}(a):\n    return_value = None\n{body}    return return_value\n"


def test_the_collection_is_within_its_budget():
    complexity = script("complexity")
    assert complexity.main([]) == 0


def test_over_a_limit_fails_unless_budgeted_and_a_budgeted_figure_may_not_grow(tmp_path):
    complexity = script("complexity")
    (tmp_path / "plugins").mkdir()
    source = _long_function("long_one", 81) + "\n\n" + _branchy_function("branchy", 13) + "\n\n"
    source += _long_function("short_one", 80) + "\n\n" + _branchy_function("plain", 12)
    (tmp_path / "plugins" / "m.py").write_text(source)
    figures = complexity.measure(tmp_path, ("plugins",))
    assert figures == {"plugins/m.py::long_one": 81, "plugins/m.py::branchy::PLR0912": 13}

    failures, _lowered = complexity.compare(figures, {})
    assert len(failures) == 2 and all("not in the budget" in line for line in failures)
    assert complexity.compare(figures, dict(figures)) == ([], [])
    failures, _lowered = complexity.compare(figures, {**figures, "plugins/m.py::long_one": 80})
    assert failures == ["plugins/m.py::long_one: 81, over its budget of 80"]
    budget = {**figures, "plugins/m.py::branchy::PLR0912": 20, "plugins/m.py::gone": 90}
    failures, lowered = complexity.compare(figures, budget)
    assert failures == []
    assert lowered == [
        "plugins/m.py::branchy::PLR0912: 13 (budget 20)",
        "plugins/m.py::gone: within the limit now (budget 90)",
    ]


def test_a_file_over_500_lines_is_measured(tmp_path):
    complexity = script("complexity")
    (tmp_path / "plugins").mkdir()
    (tmp_path / "plugins" / "big.py").write_text("x = 1\n" * 501)
    (tmp_path / "plugins" / "fine.py").write_text("x = 1\n" * 500)
    assert complexity.measure(tmp_path, ("plugins",)) == {"plugins/big.py": 501}


def test_a_change_to_what_ships_needs_a_changelog_fragment():
    check = script("check_fragment")
    assert check.main(["plugins/plugin_utils/engine.py", "tests/unit/test_x.py"]) == 1
    assert check.main(["roles/nat/tasks/main.yml"]) == 1
    assert check.main(["plugins/plugin_utils/engine.py", "changelogs/fragments/engine.yml"]) == 0
    assert check.main(["tests/unit/test_x.py", "docs/testing.md", "scripts/lint.sh"]) == 0
