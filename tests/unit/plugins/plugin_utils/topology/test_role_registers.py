"""Roles: a task registers its result only where something reads it (issue 13).

A registered result is templated by ansible-core's register projection in the worker, copied by the controller and
kept for the rest of the run, for every host. The routes apply's result holds the host's complete route list (one
route per other member): registered and read by nothing, it cost each overlay host at 500 about 12 ms in its worker
and a copy of every route in the controller's memory.
"""

import pathlib
import re

import pytest
import yaml
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_role import registered_name

REPO = pathlib.Path(__file__).resolve().parents[5]
ROLES = ["nat", "transparent", "overlay", "l2bridge"]


def _registers(role):
    """``{name: file}`` of every task's ``register:`` in the role, blocks included."""
    found = {}

    def walk(tasks, path):
        for task in tasks or []:
            if isinstance(task, dict):
                if task.get("register"):
                    found[task["register"]] = path.name
                for key in ("block", "rescue", "always"):
                    walk(task.get(key), path)

    for path in sorted((REPO / "roles" / role / "tasks").glob("*.yml")):
        walk(yaml.safe_load(path.read_text()), path)
    return found


def _plugin_phases():
    """The phases whose registered result the plugins read: ``registered_name(kind, "<phase>")`` in their code."""
    code = "\n".join(p.read_text() for p in (REPO / "plugins").rglob("*.py"))
    return set(re.findall(r"registered_name\(kind, \"(\w+)\"\)", code))


def _role_text_without_registers(role):
    lines = []
    for path in sorted((REPO / "roles" / role / "tasks").glob("*.yml")):
        lines += [line for line in path.read_text().splitlines() if not line.strip().startswith("register:")]
    return "\n".join(lines)


@pytest.mark.parametrize("role", ROLES)
def test_every_registered_result_is_read_by_a_later_task_or_a_plugin(role):
    read_by_plugins = {registered_name(role, phase) for phase in _plugin_phases()}
    text = _role_text_without_registers(role)
    unread = {
        name: path
        for name, path in _registers(role).items()
        if name not in read_by_plugins and not re.search(rf"\b{re.escape(name)}\b", text)
    }
    assert unread == {}, f"registered, read by nothing: {unread}"


def test_the_plugins_read_the_registered_results_they_name():
    # The scan above must see the plugins' reads, or every name would pass on the roles' own text alone.
    assert {"gathered", "converge", "routes_read"} <= _plugin_phases()
