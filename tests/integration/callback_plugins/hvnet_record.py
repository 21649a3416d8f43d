# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Test-only callback: after every task on every host, record the task's result and the host as hvemu sees it.

With the linear strategy a host starts its next task only after every host finished the current one, so the
emulator's counters read here belong to exactly this task. The integration tests compare consecutive
records: the host state from the control API (never the collection's own output) and the bridge call count.
"""

from __future__ import annotations

import json
import os
import urllib.request

from ansible.plugins.callback import CallbackBase

DOCUMENTATION = r"""
name: hvnet_record
type: aggregate
short_description: Record task results with hvemu's view of the host (tests only)
description:
  - Appends one JSON line per host and task to E(HVNET_RECORD_FILE), with hvemu's host state and stats read from
    the control API at E(HVEMU_URL).
requirements:
  - enabled in ANSIBLE_CALLBACKS_ENABLED
"""


def _get(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read().decode("utf-8"))


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = "aggregate"
    CALLBACK_NAME = "hvnet_record"
    CALLBACK_NEEDS_ENABLED = True

    def __init__(self):
        super().__init__()
        self._path = os.environ.get("HVNET_RECORD_FILE")
        self._url = os.environ.get("HVEMU_URL", "").rstrip("/")

    def _record(self, result, status):
        if not self._path:
            return
        host = result._host.get_name()
        task = result._task
        entry = {
            "host": host,
            "task": task.get_name(),
            "action": getattr(task, "resolved_action", None) or task.action,
            "status": status,
            "check_mode": bool(task.check_mode),
            "result": self._plain(result._result),
        }
        if self._url:
            entry["state"] = _get(f"{self._url}/_hvemu/hosts/{host}")
            entry["stats"] = _get(f"{self._url}/_hvemu/hosts/{host}/stats")
        with open(self._path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry, default=str) + "\n")

    @staticmethod
    def _plain(value):
        # Results may hold tagged/lazy containers; a JSON round trip makes them plain data.
        return json.loads(json.dumps(value, default=str))

    def v2_runner_on_ok(self, result):
        self._record(result, "ok")

    def v2_runner_on_failed(self, result, ignore_errors=False):
        self._record(result, "failed")

    def v2_runner_on_skipped(self, result):
        self._record(result, "skipped")

    def v2_playbook_on_stats(self, stats):
        # The run's custom stats (set_stats, and any action's ansible_stats), as host "_run", task "stats".
        if not self._path:
            return
        entry = {"host": "_run", "task": "stats", "action": None, "status": "ok", "check_mode": False,
                 "result": {"custom": self._plain(getattr(stats, "custom", {}) or {})}}  # fmt: skip
        with open(self._path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry, default=str) + "\n")
