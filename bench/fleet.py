"""The emulator side of a benchmark: start `hvemu serve`, read its per-host counters, stop it.

The counters come from hvemu's control API (`/_hvemu/...`), so they count what crossed the wire,
independently of what the collection reports about itself.
"""

from __future__ import annotations

import json
import math
import os
import select
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import yaml
from hvemu.model import netcfg
from hvemu.testing import READY, HvemuProcess

# The counters the benchmarks take deltas of (hvemu's Stats fields that are plain numbers, hvemu/model/stats.py):
# authentications (NTLM/Kerberos handshakes; Basic: once per HTTP connection), shells_created (WinRS cmd shells),
# runspaces_created (PSRP runspace pools), and the bridge calls by kind (reads, applies, job polls). An hvemu
# without a counter reports it as 0.
COUNTERS = (
    "commands",
    "bridge_calls",
    "bytes_in",
    "bytes_out",
    "bridge_cache_misses",
    "authentications",
    "shells_created",
    "runspaces_created",
    "bridge_reads",
    "bridge_applies",
    "bridge_polls",
)


def one_lan_fleet(n: int) -> dict:
    """hvemu's default fleet of n hosts (hvemu.fleet.default_fleet: about 2/3 Hyper-V hosts hv01.., 1/3 container VMs
    vm01.. spread over them, a VM NIC `Ethernet 2` per Hyper-V host with the foreign External switch `VMs`), except
    that every Hyper-V host's management NIC `Ethernet` is on one LAN, 10.1.0.0/16 (default: one /24 per host).

    l2bridge's per-host subnets route each host's subnet through its LAN address, which the role requires to be
    an on-link next hop for every other member (flannel host-gw): on the default fleet its fleet check refuses
    the hosts. One management LAN is also the usual layout of a rack, and the overlay's provider addresses then
    share it too. The VM LANs stay per host (10.<lan>.<2k+1>.0/24, as in the default fleet)."""
    n_hv = max(1, math.ceil(n * 2 / 3))
    hosts: list[dict] = []
    children: dict[str, list[str]] = {}
    for i in range(1, n_hv + 1):
        name = f"hv{i:02d}"
        lan, third = 11 + (i - 1) % 245, 2 * ((i - 1) // 245)
        hosts.append(
            {
                "name": name,
                "kind": "hyperv",
                "windows": "ws2022" if i % 2 else "ws2025",
                "adapters": [
                    {
                        "name": "Ethernet",
                        "ipv4": f"10.1.{i // 200}.{20 + i % 200}/16",
                        "gateway": "10.1.255.254",
                        "dns": ["10.1.255.253"],
                        "dns_suffix": "lab.example",
                    },
                    {"name": "Ethernet 2", "ipv4": f"10.{lan}.{third + 1}.21/24", "dns": ["10.1.255.253"]},
                ],
            }
        )
        children[name] = []
    for j in range(1, n - n_hv + 1):
        parent = f"hv{(j - 1) % n_hv + 1:02d}"
        i = int(parent[2:])
        lan, third = 11 + (i - 1) % 245, 2 * ((i - 1) // 245)
        name = f"vm{j:02d}"
        children[parent].append(name)
        hosts.append(
            {
                "name": name,
                "kind": "vm",
                "parent": parent,
                "windows": "ws2022",
                "hyperv_module": False,
                "adapters": [
                    {
                        "name": "Ethernet",
                        "ipv4": f"10.{lan}.{third + 1}.{100 + (j - 1) % 150 + 1}/24",
                        "gateway": f"10.{lan}.{third + 1}.1",
                        "dns": ["10.1.255.253"],
                        "mac": netcfg.hyperv_mac(f"{parent}/vm/{name}/0"),
                    }
                ],
            }
        )
    for spec in hosts:
        if spec["kind"] == "hyperv" and children[spec["name"]]:
            spec["seed"] = {"switches": [{"name": "VMs", "adapters": ["Ethernet 2"], "allow_management_os": False}]}
            spec["vms"] = [
                {"name": vm, "nics": [{"name": "Network Adapter", "switch": "VMs"}]} for vm in children[spec["name"]]
            ]
    return {"hosts": hosts}


class Fleet:
    """One running `hvemu serve --hosts N` with its inventory, used as a context manager."""

    def __init__(
        self,
        hosts: int,
        workdir: Path,
        *,
        mixed: bool = False,
        one_lan: bool = True,
        ready_timeout: float = 120.0,
        collection_root: Path | None = None,
    ):
        self.hosts_requested = hosts
        self.workdir = workdir
        self.inventory = workdir / "inv.yml"
        self.mixed = mixed
        self.one_lan = one_lan  # one_lan_fleet(hosts), else hvemu's own default fleet (--hosts N)
        self.ready_timeout = ready_timeout
        # The checkout whose bootstrap, bridge and protocol schema hvemu checks calls against (HVEMU_COLLECTION_ROOT):
        # the one measured (bench/run.py --commit REV: its copy), so both sides speak the same version.
        self.collection_root = collection_root
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
        if self.one_lan:
            fleet_file = self.workdir / "fleet.yml"
            fleet_file.write_text(yaml.safe_dump(one_lan_fleet(self.hosts_requested), sort_keys=False))
            source = ["--fleet", str(fleet_file)]
        else:
            source = ["--hosts", str(self.hosts_requested)]
        cmd = [sys.executable, "-m", "hvemu.cli", "serve", *source, "--port", "0"]
        cmd += ["--inventory", str(self.inventory), *(["--mixed"] if self.mixed else [])]
        log = open(self.workdir / "hvemu.log", "w", encoding="utf-8")
        env = {**os.environ}
        if self.collection_root is not None:
            env["HVEMU_COLLECTION_ROOT"] = str(self.collection_root)
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=log, text=True, env=env)
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
            raise RuntimeError(f"hvemu serve ({self.hosts_requested} hosts) did not start: {(lines or [line])[-1]}")
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

    def memory_mb(self) -> dict[str, float]:
        """The emulator process's resident set now (rss) and its peak so far (hwm), in MB, from /proc."""
        out = {"rss": float("nan"), "hwm": float("nan")}
        try:
            text = Path(f"/proc/{self.process.pid}/status").read_text()
        except (OSError, AttributeError):
            return out
        for line in text.splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out["rss" if key == "VmRSS" else "hwm"] = round(int(value.split()[0]) / 1024, 1)
        return out


def counter_deltas(before: dict, after: dict) -> dict[str, dict[str, int]]:
    """Per-host differences of the counters between two `Fleet.counters()` readings."""
    return {host: {key: after[host][key] - before.get(host, {}).get(key, 0) for key in after[host]} for host in after}
