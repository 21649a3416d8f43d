# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Benchmark helper (not part of the collection): per task, wall seconds and the bridge calls hvemu counted.

Enabled by bench/measure.py with ANSIBLE_CALLBACKS_ENABLED=bench_tasks; writes a JSON list to $BENCH_TASKS_OUT:
[{"task": name, "seconds": from this task's start to the next one's, "hosts": results (ok or failed),
  "bridge_calls": the bridge calls hvemu received during the task, "job_polls": the job_status polls among them,
  "file": the task file (roles/<role>/tasks/<file>.yml: the routes phase is tasks/routes.yml), "play": its play,
  "routes_bridge_calls"/"routes_job_polls": the same for a task of the routes phase (else 0),
  "counter_fetch_s": the seconds the counter read at the task's start took (part of "seconds")}].

The calls come from hvemu's control API ($BENCH_HVEMU_URL, `GET /_hvemu/stats`: the fleet's totals of the
`bridge_calls` and `bridge_polls` counters, hvemu/model/stats.py), read once in ansible-playbook's main process at
each task's start and once at the end of the playbook; a task's figures are the difference. The callback never
reads a task result: in ansible-core 2.19+ every `result.result` / `result._result` of a callback builds a fresh
copy of the whole result (CallbackTaskResult.result: as_result_dict), which cost about 10 ms of the main process
per host task on the roles' large results and so inflated the role/floor ratios the benchmark reports (issue 13).
The tasks of the linear strategy do not overlap (a task starts once every host has finished the previous one), so
the calls between two task starts are the earlier task's. A meta task (end_role, end_host, flush_handlers, ...)
starts once per host in ansible-core 2.21: its later starts are the same task, so they neither read the counters
nor add a record (one read per host there cost overlay's converge at 500 hosts about 6 % of its wall time, and more
the larger the fleet). Without $BENCH_HVEMU_URL the calls are not counted (0),
and a failed read names its error in the task's "counter_error".
"""

from __future__ import annotations

import http.client
import json
import os
import time
import urllib.parse

from ansible.plugins.callback import CallbackBase

DOCUMENTATION = """
name: bench_tasks
type: aggregate
short_description: per-task seconds and bridge calls for hyperv.network's benchmarks
description:
  - Writes a JSON summary to the file named by the BENCH_TASKS_OUT environment variable.
  - Counts the bridge calls from hvemu's control API at BENCH_HVEMU_URL, once per task, never from task results.
requirements: [enabled in callbacks_enabled]
"""

# hvemu's fleet totals (control API /_hvemu/stats) -> this summary's keys
COUNTERS = {"bridge_calls": "bridge_calls", "job_polls": "bridge_polls"}
ROUTES_PHASE = "routes"


def is_routes_task(task, path: str) -> bool:
    """A task of a role's routes phase: its file is tasks/routes.yml, or its `phase` argument is `routes` as
    written (the roles pass `phase: routes` literally there, a template elsewhere). Read from the task, not from
    its results."""
    if path.replace("\\", "/").endswith("/tasks/routes.yml"):
        return True
    try:
        args = task.args or {}
        return isinstance(args, dict) and str(args.get("phase") or "") == ROUTES_PHASE
    except Exception:  # pylint: disable=broad-except
        return False


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
        self.url = os.environ.get("BENCH_HVEMU_URL", "").rstrip("/")
        self.base = None  # the counters at the current task's start
        self.fetches = 0  # control API reads made (one per task start, one at the end)
        self.current = None  # the task being measured (its uuid), which a meta task starts again for each host

    def counters(self) -> dict | None:
        """hvemu's fleet totals of the counters this summary reports (one HTTP GET), or None without a URL.

        http.client, not urllib.request.urlopen: urlopen's first call builds an opener whose HTTPS handler loads
        the CA certificates, about 45 ms of the main process's CPU for a plain-HTTP loopback read."""
        if not self.url:
            return None
        self.fetches += 1
        url = urllib.parse.urlsplit(self.url)
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        try:
            conn.request("GET", f"{url.path}/_hvemu/stats")
            resp = conn.getresponse()
            body = resp.read()
            if resp.status != 200:
                raise RuntimeError(f"GET /_hvemu/stats: HTTP {resp.status}")
        finally:
            conn.close()
        totals = json.loads(body)
        return {key: int(totals.get(counter) or 0) for key, counter in COUNTERS.items()}

    def _boundary(self):
        """A task boundary: close the current task (seconds, and the calls since its start), read the counters."""
        now = time.perf_counter()
        error = None
        try:
            snap = self.counters()
        except Exception as exc:  # pylint: disable=broad-except
            snap, error = None, f"{type(exc).__name__}: {exc}"
        fetch_s = time.perf_counter() - now
        if self.tasks and self.started is not None:
            task = self.tasks[-1]
            task["seconds"] = round(now - self.started, 3)
            if snap is not None and self.base is not None:
                for key in COUNTERS:
                    task[key] = snap[key] - self.base[key]
                if task.pop("_routes"):
                    task["routes_bridge_calls"] = task["bridge_calls"]
                    task["routes_job_polls"] = task["job_polls"]
            elif self.url:
                task.setdefault("counter_error", error or "no counters at the task's start")
            task.pop("_routes", None)
        self.base = snap
        return now, fetch_s, error

    def _start(self, task):
        key = getattr(task, "_uuid", None) or id(task)
        if self.tasks and key == self.current:
            return  # the same task again, for another host (a meta task of the linear strategy)
        self.current = key
        now, fetch_s, error = self._boundary()
        self.started = now
        path = (task.get_path() or "").rsplit(":", 1)[0]
        record = {
            "task": task.get_name(),
            "seconds": 0.0,
            "hosts": 0,
            "bridge_calls": 0,
            "job_polls": 0,
            "routes_bridge_calls": 0,
            "routes_job_polls": 0,
            "file": path,
            "play": self.play,
            "counter_fetch_s": round(fetch_s, 4),
            "_routes": is_routes_task(task, path),
        }
        if error:
            record["counter_error"] = error
        self.tasks.append(record)

    def v2_playbook_on_play_start(self, play):
        self.play = play.get_name()

    def v2_playbook_on_task_start(self, task, is_conditional):
        self._start(task)

    def v2_playbook_on_handler_task_start(self, task):
        self._start(task)

    def _count(self, result):
        # The host count only: never result.result / result._result (a copy of the whole result each time).
        if self.tasks:
            self.tasks[-1]["hosts"] += 1

    def v2_runner_on_ok(self, result):
        self._count(result)

    def v2_runner_on_failed(self, result, ignore_errors=False):
        self._count(result)

    def v2_playbook_on_stats(self, stats):
        self._boundary()
        path = os.environ.get("BENCH_TASKS_OUT")
        if path:
            with open(path, "w", encoding="utf-8") as handle:
                json.dump(self.tasks, handle)
