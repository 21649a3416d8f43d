# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Benchmark helper (not part of the collection): per task, wall seconds and the bridge calls its results report.

Enabled by bench/measure.py with ANSIBLE_CALLBACKS_ENABLED=bench_tasks; writes a JSON list to $BENCH_TASKS_OUT:
[{"task": name, "seconds": from this task's start to the next one's, "hosts": results, "bridge_calls": sum,
  "job_polls": the job_status reads of disruptive changes (result job.polls), summed,
  "file": the task file (roles/<role>/tasks/<file>.yml: the routes phase is tasks/routes.yml), "play": its play,
  "routes_bridge_calls"/"routes_job_polls": the calls and polls of the results that say `phase: routes`}].
"""

from __future__ import annotations

import json
import os
import time

from ansible.plugins.callback import CallbackBase

DOCUMENTATION = """
name: bench_tasks
type: aggregate
short_description: per-task seconds and bridge calls for hyperv.network's benchmarks
description: Writes a JSON summary to the file named by the BENCH_TASKS_OUT environment variable.
requirements: [enabled in callbacks_enabled]
"""


def polls(item: dict) -> int:
    """The job_status reads a result reports (job.polls of a disruptive change)."""
    job = item.get("job")
    return int(job.get("polls") or 0) if isinstance(job, dict) else 0


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = "aggregate"
    CALLBACK_NAME = "bench_tasks"
    CALLBACK_NEEDS_ENABLED = True

    def __init__(self):
        super().__init__()
        self.tasks = []
        self.started = None
        self.play = ""

    def v2_playbook_on_play_start(self, play):
        self.play = play.get_name()

    def _close(self):
        if self.tasks and self.started is not None:
            self.tasks[-1]["seconds"] = round(time.perf_counter() - self.started, 3)

    def v2_playbook_on_task_start(self, task, is_conditional):
        self._close()
        self.started = time.perf_counter()
        path = (task.get_path() or "").rsplit(":", 1)[0]
        self.tasks.append(
            {
                "task": task.get_name(),
                "seconds": 0.0,
                "hosts": 0,
                "bridge_calls": 0,
                "job_polls": 0,
                "routes_bridge_calls": 0,
                "routes_job_polls": 0,
                "file": path,
                "play": self.play,
            }
        )

    def _count(self, result):
        if not self.tasks:
            return
        data = result._result
        items = data.get("results") if isinstance(data.get("results"), list) else [data]
        items = [item for item in items if isinstance(item, dict)]
        self.tasks[-1]["hosts"] += 1
        self.tasks[-1]["bridge_calls"] += sum(int(item.get("bridge_calls") or 0) for item in items)
        self.tasks[-1]["job_polls"] += sum(polls(item) for item in items)
        # After issue 13's restructuring a host task's result names its phase; the routes phase's says "routes".
        routes = [item for item in items if item.get("phase") == "routes" or data.get("phase") == "routes"]
        self.tasks[-1]["routes_bridge_calls"] += sum(int(item.get("bridge_calls") or 0) for item in routes)
        self.tasks[-1]["routes_job_polls"] += sum(polls(item) for item in routes)

    def v2_runner_on_ok(self, result):
        self._count(result)

    def v2_runner_on_failed(self, result, ignore_errors=False):
        self._count(result)

    def v2_playbook_on_stats(self, stats):
        self._close()
        path = os.environ.get("BENCH_TASKS_OUT")
        if path:
            with open(path, "w", encoding="utf-8") as handle:
                json.dump(self.tasks, handle)
