"""What ansible-playbook's main process loads when it imports one of this collection's action classes (prewarm.py).

The linear and free strategies import each task's action class in the main process (``action_loader.get(...,
class_only=True)``) before they fork the task's workers; what is imported then, every worker inherits. What a worker
imports itself it must compile: ansible's collection loader compiles a collection's source on every import and
keeps no bytecode. The engine is imported lazily by the actions (``action_base._engine``), so on the old code every
task that talked to a host compiled engine.py, planner.py and validate.py again: a profile of a nat rerun at 34
hosts showed 7.5 s of ``compile`` in the workers, about half of each host task's worker time (issue 13).

Each case runs in a fresh interpreter: this test process has imported everything already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

_ROOT = os.path.join(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))), "output"
)
_PREFIX = "ansible_collections.hyperv.network.plugins."
# What the host tasks import lazily, through action_base._engine().
LAZY = ("plugin_utils.engine", "plugin_utils.planner", "plugin_utils.validate", "plugin_utils.bridge_client")

_PROBE = """
import importlib, json, sys
sys.path.insert(0, sys.argv[1])
importlib.import_module(sys.argv[2])
print(json.dumps(sorted(m for m in sys.modules if m.startswith("ansible_collections.hyperv.network."))))
"""


def _loaded_after_importing(module):
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, os.path.join(_ROOT, "unit-import-root"), _PREFIX + module],
        check=True,
        capture_output=True,
        text=True,
    )
    return set(json.loads(out.stdout))


@pytest.mark.parametrize("action", ["action.ping", "action.host_network", "action.topology_read", "action.hns_network"])
def test_importing_an_action_class_loads_the_engine(action):
    loaded = _loaded_after_importing(action)
    missing = [name for name in LAZY if _PREFIX + name not in loaded]
    assert not missing, f"imported in every worker instead of once in the main process: {missing}"
