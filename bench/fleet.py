"""The emulator side of a benchmark: start `hvemu serve`, read its per-host counters, stop it.

The counters come from hvemu's control API (`/_hvemu/...`), so they count what crossed the wire,
independently of what the collection reports about itself.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from hvemu.testing import READY, HvemuProcess

# The counters the benchmarks take deltas of (hvemu's Stats fields that are plain numbers).
COUNTERS = ("commands", "bridge_calls", "bytes_in", "bytes_out", "bridge_cache_misses")


class Fleet:
    """One running `hvemu serve --hosts N` with its inventory, used as a context manager."""

    def __init__(self, hosts: int, workdir: Path, *, mixed: bool = False, ready_timeout: float = 120.0):
        self.hosts_requested = hosts
        self.workdir = workdir
        self.inventory = workdir / "inv.yml"
        self.mixed = mixed
        self.ready_timeout = ready_timeout
        self.process: HvemuProcess | None = None
        self._clock_ticks = os.sysconf("SC_CLK_TCK")

    def __enter__(self) -> Fleet:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> None:
        """Start hvemu on a free port and wait for its ready line (stderr goes to a log file, never a pipe,
        so a chatty emulator cannot block on a full pipe during a long run)."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        cmd = [sys.executable, "-m", "hvemu.cli", "serve", "--hosts", str(self.hosts_requested), "--port", "0"]
        cmd += ["--inventory", str(self.inventory), *(["--mixed"] if self.mixed else [])]
        log = open(self.workdir / "hvemu.log", "w", encoding="utf-8")
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=log, text=True)
        log.close()
        line = ""
        deadline = time.monotonic() + self.ready_timeout
        while time.monotonic() < deadline and proc.poll() is None:
            if select.select([proc.stdout], [], [], 0.2)[0]:
                line = proc.stdout.readline().rstrip("\n")
                break
        match = READY.match(line)
        if not match:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            lines = (self.workdir / "hvemu.log").read_text(encoding="utf-8", errors="replace").strip().splitlines()
            raise RuntimeError(f"hvemu serve --hosts {self.hosts_requested} did not start: {(lines or [line])[-1]}")
        self.process = HvemuProcess(proc, match["http"], match["https"], int(match["pid"]), line, cmd)

    def stop(self) -> None:
        """SIGTERM by pid, then wait (SIGKILL after 15 s)."""
        if self.process is not None:
            self.process.stop()
            self.process = None

    @property
    def url(self) -> str:
        return self.process.http_url

    def control(self, path: str):
        """GET one control API path (e.g. `/hosts`) and decode its JSON."""
        with urllib.request.urlopen(f"{self.url}/_hvemu{path}", timeout=60) as resp:
            return json.load(resp)

    def host_names(self) -> list[str]:
        return self.control("/hosts")

    def host_state(self, name: str) -> dict:
        return self.control(f"/hosts/{name}")

    def counters(self) -> dict[str, dict[str, int]]:
        """{host: {counter: value}} for every host of the fleet."""
        out = {}
        for name in self.host_names():
            stats = self.control(f"/hosts/{name}/stats")
            out[name] = {key: int(stats.get(key, 0)) for key in COUNTERS}
            out[name]["rejected_scripts"] = int(stats.get("rejected_scripts", 0))
        return out

    def cpu_seconds(self) -> float:
        """User + system CPU time the emulator process has used so far (from /proc)."""
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return float("nan")
        return (int(fields[11]) + int(fields[12])) / self._clock_ticks  # utime, stime


def counter_deltas(before: dict, after: dict) -> dict[str, dict[str, int]]:
    """Per-host differences of the counters between two `Fleet.counters()` readings."""
    return {host: {key: after[host][key] - before.get(host, {}).get(key, 0) for key in after[host]} for host in after}
