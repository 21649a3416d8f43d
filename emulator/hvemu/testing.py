"""Helpers to run `hvemu serve` in tests: start it on free ports as a subprocess, stop it by pid."""

from __future__ import annotations

import os
import re
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field

import pytest

READY = re.compile(r"^hvemu ready (?P<http>http://\S+)(?: (?P<https>https://\S+))? pid (?P<pid>\d+)$")


@dataclass
class HvemuProcess:
    """A running `hvemu serve`."""

    proc: subprocess.Popen
    http_url: str
    https_url: str | None
    pid: int
    ready_line: str
    args: list[str] = field(default_factory=list)

    @property
    def http_port(self) -> int:
        return int(self.http_url.rsplit(":", 1)[1])

    @property
    def https_port(self) -> int | None:
        return int(self.https_url.rsplit(":", 1)[1]) if self.https_url else None

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15.0) -> int:
        """Signal the process by its pid and wait; returns the exit code."""
        if self.proc.poll() is None:
            os.kill(self.pid, sig)
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.kill(self.pid, signal.SIGKILL)
            return self.proc.wait()


def start_hvemu(args: list[str], timeout: float = 60.0, env: dict | None = None) -> HvemuProcess:
    """Run `python -m hvemu.cli serve <args>` on a free port and wait for its ready line."""
    cmd = [sys.executable, "-m", "hvemu.cli", "serve", *args]
    if "--port" not in args:
        cmd += ["--port", "0"]
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})}
    )
    deadline = time.monotonic() + timeout
    line = ""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.2)
        if ready:
            line = proc.stdout.readline().rstrip("\n")
            break
        if proc.poll() is not None:
            break
    match = READY.match(line)
    if not match:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        _out, err = proc.communicate(timeout=10)
        raise RuntimeError(f"hvemu did not get ready: {line!r}\n{err}")
    return HvemuProcess(proc, match["http"], match["https"], int(match["pid"]), line, cmd)


@pytest.fixture
def hvemu_process():
    """Factory fixture: `hvemu_process(["--hosts", "3"])` starts hvemu; every one started is stopped after the test."""
    started: list[HvemuProcess] = []

    def _start(args: list[str], **kwargs) -> HvemuProcess:
        proc = start_hvemu(args, **kwargs)
        started.append(proc)
        return proc

    yield _start
    for proc in started:
        proc.stop()
