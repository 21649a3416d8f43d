"""The bench_tasks callback: per-task calls from hvemu's counters at the task boundaries, never from task results.

A fake control API stands in for hvemu (a real one is in test_harness.py's floor test): it serves
`GET /_hvemu/stats` with totals the test advances as the "hosts" make their calls, and counts the GETs.
"""

from __future__ import annotations

import importlib.util
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from measure import ROOT


def load_callback():
    spec = importlib.util.spec_from_file_location("bench_tasks", ROOT / "bench/callback_plugins/bench_tasks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class FakeHvemu:
    """GET /_hvemu/stats: the fleet totals (hvemu/control.py fleet_stats), advanced by the test."""

    def __init__(self):
        self.totals = {"bridge_calls": 0, "bridge_polls": 0, "commands": 0, "scripts": {}, "hosts": 3}
        self.gets: list[str] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                fake.gets.append(self.path)
                body = json.dumps(fake.totals if self.path == "/_hvemu/stats" else {"error": "no"}).encode()
                self.send_response(200 if self.path == "/_hvemu/stats" else 404)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def calls(self, n: int, polls: int = 0) -> None:
        """n bridge calls reach the fleet, polls of them job_status polls."""
        self.totals["bridge_calls"] += n
        self.totals["bridge_polls"] += polls

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hvemu():
    fake = FakeHvemu()
    yield fake
    fake.close()


class Task:
    def __init__(self, name, path, args=None):
        self.name, self.path, self.args = name, path, args or {}

    def get_name(self):
        return self.name

    def get_path(self):
        return self.path


class Result:
    """What a callback gets per host task; reading the result is what the callback must not do."""

    def __init__(self, host, task):
        self.host, self.task = host, task

    @property
    def result(self):
        raise AssertionError("the callback read a task result (a copy of the whole result in ansible-core 2.19+)")

    _result = result


def test_calls_and_polls_per_task_come_from_the_counters_at_the_task_boundaries(hvemu, tmp_path, monkeypatch):
    out = tmp_path / "tasks.json"
    monkeypatch.setenv("BENCH_TASKS_OUT", str(out))
    monkeypatch.setenv("BENCH_HVEMU_URL", hvemu.url + "/")
    module = load_callback()
    callback = module.CallbackModule()
    hosts = ["hv01", "hv02", "vm01"]
    hvemu.calls(7)  # before the play (e.g. an earlier phase): no task's calls

    class Play:
        def get_name(self):
            return "nat"

    callback.v2_playbook_on_play_start(Play())
    read = Task("nat : read", "/c/roles/nat/tasks/main.yml:8")
    converge = Task("nat : converge", "/c/roles/nat/tasks/main.yml:20", {"phase": "{{ 'converge' }}"})
    by_arg = Task("overlay : routes", "/c/roles/overlay/tasks/main.yml:14", {"phase": "routes"})
    by_file = Task("l2bridge : routes", "/c/roles/l2bridge/tasks/routes.yml:20", {"phase": "{{ x }}"})
    plan = Task("nat : plan", "/c/roles/nat/tasks/main.yml:12")
    plan_calls = len(hvemu.gets)
    for task, calls, polls, results in (
        (read, 3, 0, hosts),
        (plan, 0, 0, ["localhost"]),
        (converge, 9, 4, hosts),
        (by_arg, 2, 1, hosts[:2]),
        (by_file, 5, 0, hosts),
    ):
        callback.v2_playbook_on_task_start(task, False)
        hvemu.calls(calls, polls)
        for i, host in enumerate(results):
            if i == 1:
                callback.v2_runner_on_failed(Result(host, task), ignore_errors=False)
            else:
                callback.v2_runner_on_ok(Result(host, task))
    hvemu.calls(0)
    callback.v2_playbook_on_stats(None)
    tasks = json.loads(out.read_text())
    got = [
        (t["task"], t["hosts"], t["bridge_calls"], t["job_polls"], t["routes_bridge_calls"], t["routes_job_polls"])
        for t in tasks
    ]
    assert got == [
        ("nat : read", 3, 3, 0, 0, 0),
        ("nat : plan", 1, 0, 0, 0, 0),
        ("nat : converge", 3, 9, 4, 0, 0),
        ("overlay : routes", 2, 2, 1, 2, 1),
        ("l2bridge : routes", 3, 5, 0, 5, 0),
    ]
    assert all(t["play"] == "nat" and "counter_error" not in t and "_routes" not in t for t in tasks)
    assert tasks[0]["file"] == "/c/roles/nat/tasks/main.yml"
    # one GET per task start and one at the end, none per host result
    assert hvemu.gets[plan_calls:] == ["/_hvemu/stats"] * (len(tasks) + 1)
    assert callback.fetches == len(tasks) + 1


def test_without_a_url_the_calls_are_zero_and_no_result_is_read(tmp_path, monkeypatch):
    out = tmp_path / "tasks.json"
    monkeypatch.setenv("BENCH_TASKS_OUT", str(out))
    monkeypatch.delenv("BENCH_HVEMU_URL", raising=False)
    callback = load_callback().CallbackModule()
    task = Task("floor", "/b/floor.yml:5")
    callback.v2_playbook_on_task_start(task, False)
    callback.v2_runner_on_ok(Result("hv01", task))
    callback.v2_playbook_on_stats(None)
    ((record),) = json.loads(out.read_text())
    assert (record["hosts"], record["bridge_calls"], record["job_polls"]) == (1, 0, 0)
    assert callback.fetches == 0


def test_an_unreadable_control_api_is_named_in_the_task(hvemu, tmp_path, monkeypatch):
    out = tmp_path / "tasks.json"
    monkeypatch.setenv("BENCH_TASKS_OUT", str(out))
    monkeypatch.setenv("BENCH_HVEMU_URL", hvemu.url)
    callback = load_callback().CallbackModule()
    callback.v2_playbook_on_task_start(Task("one", "/b/x.yml:1"), False)
    hvemu.close()  # hvemu gone before the end of the play
    callback.v2_playbook_on_stats(None)
    ((record),) = json.loads(out.read_text())
    assert record["bridge_calls"] == 0
    assert "ConnectionRefusedError" in record["counter_error"]


def test_a_meta_task_started_again_for_each_host_is_one_task_and_one_read(hvemu, tmp_path, monkeypatch):
    """ansible-core 2.21's linear strategy sends a meta task's start once per host (_execute_meta): one record and
    one read of the counters, not one per host (each read is an HTTP round trip to hvemu)."""
    out = tmp_path / "tasks.json"
    monkeypatch.setenv("BENCH_TASKS_OUT", str(out))
    monkeypatch.setenv("BENCH_HVEMU_URL", hvemu.url)
    callback = load_callback().CallbackModule()
    read, end_role, apply = (
        Task("read", "/r/main.yml:2"),
        Task("end role", "/r/main.yml:9"),
        Task("apply", "/r/main.yml:12"),
    )
    callback.v2_playbook_on_task_start(read, False)
    hvemu.calls(3)
    for _host in range(3):
        callback.v2_playbook_on_task_start(end_role, False)
    callback.v2_playbook_on_task_start(apply, False)
    hvemu.calls(3)
    # the same task again after another one is a new start (a task of a loop of includes, a handler)
    callback.v2_playbook_on_task_start(read, False)
    hvemu.calls(1)
    callback.v2_playbook_on_stats(None)
    tasks = json.loads(out.read_text())
    assert [t["task"] for t in tasks] == ["read", "end role", "apply", "read"]
    assert [t["bridge_calls"] for t in tasks] == [3, 0, 3, 1]
    assert callback.fetches == len(tasks) + 1
