# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Warm the per-process caches every task needs, once, in ansible-playbook's main process (internal use only).

ansible-playbook's strategy imports this collection's action classes in its main process before it forks each
task's workers (argspec.py explains it). What a worker builds on first use dies with it: the first validation
against protocol.schema.json costs about 90 ms of CPU (jsonschema resolving the ``$defs``, compiling patterns)
and the first against topology.schema.json about 100 ms, then 0.1 to 0.5 ms. Building them here, when the
action class is imported, lets every forked worker inherit them warm (issue 13: a task should cost what its
bridge call costs). Failures are ignored: the task that needs the validator reports them.

``freeze_inherited_objects`` is the worker's side of the same: what it inherited stays out of its collector's way.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import sysconfig

_DONE = []


def prewarm():
    """Validate one small document of each kind the tasks validate, so the validators' caches are built."""
    if _DONE:
        return
    _DONE.append(True)
    try:
        # The engine is imported lazily by the actions (action_base._engine), so in a worker. Imported there, it was
        # compiled there: ansible's collection loader compiles a collection's source on every import and writes no
        # bytecode, which cost about 0.1 s of CPU per worker for engine.py, planner.py and validate.py (issue 13;
        # the per-task profile of a nat rerun). Imported here, every forked worker inherits the modules.
        from ansible_collections.hyperv.network.plugins.plugin_utils import (  # noqa: F401 pylint: disable=unused-import
            bridge_client,
            engine,
            validate,
        )
    except Exception:  # pylint: disable=broad-except
        pass
    try:
        from ansible_collections.hyperv.network.plugins.plugin_utils import bridge_client

        bridge_client.schema_errors("request", {"protocol": 1, "ops": [{"op": "ping", "args": {}}]})
        bridge_client.schema_errors("response", {"protocol": 1, "results": []})
        bridge_client.schema_errors("snapshot", {})
    except Exception:  # pylint: disable=broad-except
        pass
    try:
        from ansible_collections.hyperv.network.plugins.plugin_utils import topology

        for kind in topology.KINDS:
            try:
                topology.validate_schema(dict(topology.DEFAULTS[kind], kind=kind))
            except topology.TopologyError:
                pass
        topology.validate_host_config({})
    except Exception:  # pylint: disable=broad-except
        pass


def freeze_inherited_objects():
    """In a forked worker (every task's process), move what it inherited from ansible-playbook out of the garbage
    collector's reach (``gc.freeze``), once per process; the main process is left as it is.

    A worker inherits ansible-playbook's whole heap (about 126,000 objects at 200 hosts). A full collection in the
    worker walks all of it, writing to each object's pages (copy-on-write copies them): about 120 ms, in one task in
    twenty of a rerun's reads, 6 ms per host on average (issue 13). The worker ends with its task, so inherited
    garbage it never collects costs nothing. Once per process: a loop's items and an ``until``'s attempts run in the
    same worker, and freezing again would keep what the earlier ones allocated (windows-review-13 D2).

    Only where ``gc.freeze`` merely links the collector's lists into its permanent one without touching the objects:
    CPython 3.12 and 3.13 with the GIL. On 3.14's incremental collector and on free-threaded builds it walks the heap
    and writes to every object, the very cost it is here to avoid (windows-review-13 D1).
    """
    if os.getpid() in _FROZEN_IN or multiprocessing.parent_process() is None or not _FREEZE_IS_CHEAP:
        return
    _FROZEN_IN.append(os.getpid())
    gc.freeze()


# The processes that froze (a process forked from one inherits the list: the pid tells its own freeze).
_FROZEN_IN = []
_FREEZE_IS_CHEAP = (
    sys.implementation.name == "cpython"
    and (3, 12) <= sys.version_info[:2] < (3, 14)
    and not sysconfig.get_config_var("Py_GIL_DISABLED")
)
