"""Running `ansible-playbook` against a Fleet and measuring one run.

What one measurement holds: wall time, the controller's CPU time and peak memory (the rusage of the
ansible-playbook process tree, from os.wait4, which is exactly what a getrusage(RUSAGE_CHILDREN)
delta around it would give, without other children mixing in), the emulator's CPU time, the
emulator's per-host counter deltas (bridge calls, bytes on the wire) and the PLAY RECAP.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from fleet import Fleet, counter_deltas

ROOT = Path(__file__).resolve().parent.parent
# The checkout whose plugins, roles and playbooks are measured: this working tree, or (bench/run.py --commit REV)
# a copy of a commit, so that edits made in the working tree during a long run cannot mix into it.
COLLECTION = {"root": ROOT}
VENV_BIN = Path(sys.executable).parent
RECAP = re.compile(
    r"^(\S+)\s*:\s*ok=(\d+)\s+changed=(\d+)\s+unreachable=(\d+)\s+failed=(\d+)\s+skipped=(\d+)\s+rescued=(\d+)",
    re.M,
)


def collection_fingerprint() -> tuple[int, int]:
    """(file count, newest mtime in ns) of what ansible-playbook loads from the checkout: the collection is a
    symlink to the working tree, so a change made during a run (the bridge, a role) would show up mid-run."""
    paths = [
        p for top in ("plugins", "roles", "playbooks") for p in (COLLECTION["root"] / top).rglob("*") if p.is_file()
    ]
    return len(paths), max((p.stat().st_mtime_ns for p in paths), default=0)


@dataclass
class Measurement:
    """One ansible-playbook run: timings, recap and the emulator's counter deltas per host."""

    label: str
    playbook: str
    rc: int
    wall_s: float
    cpu_s: float  # controller: user + system of ansible-playbook and its workers
    maxrss_mb: float  # controller: the largest resident set of any process in that tree
    emulator_cpu_s: float
    hosts: list[str]  # the hosts the play touched (in the recap or with traffic)
    per_host: dict[str, dict[str, int]]
    changed: int
    failed: int
    unreachable: int
    error: str | None = None
    log: str = ""
    load_before: float = 0.0  # 1-minute load average when the run started (the machine is shared)
    # per task: seconds, hosts, bridge_calls and job_polls (hvemu's counters at the task boundaries; bench_tasks)
    tasks: list = field(default_factory=list)
    collection_changed: bool = False  # files under plugins/, roles/ or playbooks/ changed while it ran
    emulator_rss_mb: float = 0.0  # hvemu's resident set after the run
    emulator_peak_mb: float = 0.0  # hvemu's peak resident set so far (VmHWM)

    @property
    def ok(self) -> bool:
        return self.rc == 0 and not self.failed and not self.unreachable

    def mean(self, counter: str) -> float:
        """Mean of a counter delta over the hosts the play touched."""
        values = [self.per_host[h][counter] for h in self.hosts]
        return sum(values) / len(values) if values else float("nan")

    def max(self, counter: str) -> int:
        return max((self.per_host[h][counter] for h in self.hosts), default=0)

    def bytes_per_host(self) -> float:
        return self.mean("bytes_in") + self.mean("bytes_out")

    def summary(self) -> dict:
        """The figures the report shows (JSON-ready)."""
        data = {k: v for k, v in asdict(self).items() if k not in ("per_host",)}
        hosts = max(len(self.hosts), 1)
        data.update(
            ok=self.ok,
            host_count=len(self.hosts),
            calls_per_host=self.mean("bridge_calls"),
            calls_per_host_max=self.max("bridge_calls"),
            commands_per_host=self.mean("commands"),
            cache_misses_per_host=self.mean("bridge_cache_misses"),
            bytes_per_host=self.bytes_per_host(),
            bytes_in_per_host=self.mean("bytes_in"),
            bytes_out_per_host=self.mean("bytes_out"),
            hosts_per_minute=len(self.hosts) / self.wall_s * 60 if self.wall_s else None,
            job_polls_per_host=sum(t.get("job_polls", 0) for t in self.tasks) / hosts,
            # The routes phase (a task of roles/<role>/tasks/routes.yml, or one whose `phase` argument is `routes`),
            # from the calls hvemu counted during its tasks (the bench_tasks callback), per targeted host.
            routes_calls_per_host=sum(routes_share(t, "bridge_calls") for t in self.tasks) / hosts,
            routes_polls_per_host=sum(routes_share(t, "job_polls") for t in self.tasks) / hosts,
            # (the name is older than the callback's counting: the calls hvemu counted during the play's tasks)
            reported_calls_per_host=sum(t["bridge_calls"] for t in self.tasks) / hosts,
            cpu_per_host_s=self.cpu_s / len(self.hosts) if self.hosts else None,
            # Connections, from hvemu's counters: authentications (NTLM/Kerberos handshakes, Basic once per HTTP
            # connection), WinRS shells and PSRP runspace pools created, per host (mean and max).
            auth_per_host=self.mean("authentications"),
            auth_per_host_max=self.max("authentications"),
            shells_per_host=self.mean("shells_created"),
            shells_per_host_max=self.max("shells_created"),
            runspaces_per_host=self.mean("runspaces_created"),
            runspaces_per_host_max=self.max("runspaces_created"),
            # The bridge calls by kind, from the requests hvemu received: reads (only non-mutating ops), applies
            # (anything mutating: job_start and job_confirm too), polls (job_status among non-mutating ops).
            reads_per_host=self.mean("bridge_reads"),
            applies_per_host=self.mean("bridge_applies"),
            polls_per_host=self.mean("bridge_polls"),
            calls_by_kind_counted=any(
                self.per_host[h][k] for h in self.hosts for k in ("bridge_reads", "bridge_applies", "bridge_polls")
            ),
        )
        return data


def is_routes_task(task: dict) -> bool:
    """A task of a role's routes phase (its tasks/routes.yml)."""
    return str(task.get("file") or "").replace("\\", "/").endswith("/tasks/routes.yml")


def routes_share(task: dict, key: str) -> int:
    """A task's calls (key "bridge_calls") or polls ("job_polls") in the routes phase: all of them for a task of
    tasks/routes.yml, else the bench_tasks callback's routes_bridge_calls / routes_job_polls (all of a task whose
    `phase` argument is `routes` as written), so a task counted by its file is not counted twice."""
    if is_routes_task(task):
        return int(task.get(key) or 0)
    return int(task.get(f"routes_{key}") or 0)


@dataclass
class Runner:
    """Runs playbooks against one Fleet with a collections path that points at this checkout."""

    fleet: Fleet
    forks: int = 50
    extra_env: dict = field(default_factory=dict)

    def env(self) -> dict:
        """Environment of ansible-playbook: the collection from this checkout, forks, private temp dirs."""
        collections = self.fleet.workdir / "collections"
        link = collections / "ansible_collections" / "hyperv" / "network"
        if not link.exists():
            link.parent.mkdir(parents=True, exist_ok=True)
            link.symlink_to(COLLECTION["root"])
        home = self.fleet.workdir / "ansible-home"
        return {
            **os.environ,
            "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
            "ANSIBLE_COLLECTIONS_PATH": str(collections),
            "ANSIBLE_HOME": str(home),
            "ANSIBLE_LOCAL_TEMP": str(home / "tmp"),
            "ANSIBLE_FORKS": str(self.forks),
            "ANSIBLE_HOST_KEY_CHECKING": "False",
            "ANSIBLE_RETRY_FILES_ENABLED": "False",
            "ANSIBLE_NOCOLOR": "1",
            "ANSIBLE_DEPRECATION_WARNINGS": "False",
            "ANSIBLE_CALLBACK_PLUGINS": str(ROOT / "bench" / "callback_plugins"),
            "ANSIBLE_CALLBACKS_ENABLED": "bench_tasks",
            # bench_tasks reads hvemu's counters through the control API once per task (never the task results)
            "BENCH_HVEMU_URL": self.fleet.url,
            **self.extra_env,
        }

    def run(self, label: str, playbook: str, extra_vars: list[str] | None = None) -> Measurement:
        """Run one playbook (a path or a collection playbook name) and measure it."""
        cmd = [str(VENV_BIN / "ansible-playbook"), "-i", str(self.fleet.inventory), playbook]
        for item in extra_vars or []:
            cmd += ["-e", item]
        log_path = self.fleet.workdir / f"{label}.log"
        tasks_path = self.fleet.workdir / f"{label}.tasks.json"
        env = {**self.env(), "BENCH_TASKS_OUT": str(tasks_path)}
        before = self.fleet.counters()
        emu_cpu0 = self.fleet.cpu_seconds()
        load = os.getloadavg()[0]
        fingerprint = collection_fingerprint()
        start = time.perf_counter()
        with open(log_path, "w", encoding="utf-8") as log:
            proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=self.fleet.workdir)
            try:
                _pid, status, usage = os.wait4(proc.pid, 0)
            except KeyboardInterrupt:  # stop the play too, then let run.py report what was measured
                proc.terminate()
                proc.wait()
                raise
            proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - start
        emu_memory = self.fleet.memory_mb()
        emu_cpu = self.fleet.cpu_seconds() - emu_cpu0
        deltas = counter_deltas(before, self.fleet.counters())
        output = log_path.read_text(encoding="utf-8", errors="replace")
        recap = {m[0]: [int(x) for x in m[1:]] for m in RECAP.findall(output)}
        touched = sorted(set(recap) | {h for h, d in deltas.items() if d["commands"]})
        return Measurement(
            label=label,
            playbook=playbook,
            rc=proc.returncode,
            wall_s=round(wall, 3),
            cpu_s=round(usage.ru_utime + usage.ru_stime, 3),
            maxrss_mb=round(usage.ru_maxrss / 1024, 1),  # Linux reports KiB
            emulator_cpu_s=round(emu_cpu, 3),
            hosts=touched,
            per_host=deltas,
            changed=sum(r[1] for r in recap.values()),
            unreachable=sum(r[2] for r in recap.values()),
            failed=sum(r[3] for r in recap.values()),
            error=None if proc.returncode == 0 else first_error(output),
            log=str(log_path),
            load_before=round(load, 2),
            tasks=json.loads(tasks_path.read_text()) if tasks_path.exists() else [],
            collection_changed=collection_fingerprint() != fingerprint,
            emulator_rss_mb=emu_memory["rss"],
            emulator_peak_mb=emu_memory["hwm"],
        )


def first_error(output: str) -> str:
    """The most telling line of a failed run: the first fatal/ERROR line, else the last line."""
    for line in output.splitlines():
        if line.startswith(("fatal:", "ERROR!", "[ERROR]")) or '"msg":' in line:
            return line.strip()[:400]
    lines = [line for line in output.splitlines() if line.strip()]
    return lines[-1][:400] if lines else "no output"
