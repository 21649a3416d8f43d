"""Stress run: many hosts, many parallel clients, real bridge calls over NTLM-encrypted WinRM and PSRP.

    .venv/bin/python emulator/tests/stress.py --hosts 500 --clients 50 --calls 10

Starts `hvemu serve --fleet` with a generated fleet of N hosts, each with its own password (or uses
--port of a running default fleet), then runs `clients` threads; client c
makes `calls` bridge calls (a snapshot read), call k to host (c * calls + k) mod N, each over a new
connection and shell as Ansible does for a task; even clients use pywinrm (cmd shell), odd ones pypsrp.
Prints one JSON line of figures; exits 1 if any call failed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
import traceback
import uuid
from concurrent.futures import ThreadPoolExecutor

import requests
from hvemu.testing import bridge_call, bridge_response, psrp_wsman, run_cmd, start_hvemu, winrm_protocol

# A read every host answers (VMs have no Hyper-V module, so no "switches" there).
REQUEST_OPS = [{"op": "snapshot", "args": {"kinds": ["adapters"]}}]


def one_call(port: int, host: str, user: str, password: str, use_psrp: bool) -> None:
    """One bridge call; raises on any transport or protocol error."""
    from pypsrp.powershell import PowerShell, RunspacePool

    request = {"protocol": 1, "request_id": str(uuid.uuid4()), "lock_timeout_ms": 30000, "ops": REQUEST_OPS}
    command_line, script, stdin = bridge_call(request)
    if use_psrp:
        with RunspacePool(psrp_wsman(port, host, user, password, read_timeout=60)) as pool:
            ps = PowerShell(pool)
            ps.add_script(script, use_local_scope=True)
            output = ps.invoke(stdin.decode("ascii").splitlines())
            if ps.streams.error:
                raise RuntimeError(f"{host}: error records {[str(e) for e in ps.streams.error]}")
            stdout = "\r\n".join(str(o) for o in output)
    else:
        proto = winrm_protocol(port, host, user, password, read_timeout_sec=60, operation_timeout_sec=20)
        out, err, rc = run_cmd(proto, command_line, stdin, chunk=200000)
        proto.transport.close_session()
        if rc != 0:
            raise RuntimeError(f"{host}: rc {rc}: {err[:300]!r}")
        stdout = out.decode("utf-8")
    response = bridge_response(stdout)
    if not response.get("ok"):
        raise RuntimeError(f"{host}: bridge error {response.get('error')}")


def server_rss_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def write_fleet(path: str, hosts: int) -> dict[str, dict[str, str]]:
    """A fleet file of `hosts` hosts (2/3 Hyper-V, 1/3 container VMs), each with its own password."""
    n_hv = max(1, (hosts * 2 + 2) // 3)
    specs, users = [], {}
    for i in range(hosts):
        is_vm = i >= n_hv
        name = f"vm{i - n_hv + 1:03d}" if is_vm else f"hv{i + 1:03d}"
        users[name] = {"Administrator": f"Pw-{name}-{uuid.uuid4().hex[:8]}"}
        spec = {
            "name": name,
            "kind": "vm" if is_vm else "hyperv",
            "users": users[name],
            "adapters": [{"name": "Ethernet", "ipv4": f"10.{1 + i // 200}.{i % 200}.21/16"}],
        }
        if is_vm:
            spec["parent"] = f"hv{(i - n_hv) % n_hv + 1:03d}"
            spec["hyperv_module"] = False
        specs.append(spec)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"hosts": specs}, fh)  # JSON is YAML
    return users


def run(hosts: int, clients: int, calls: int, port: int | None = None) -> dict:
    """Run the stress load against a generated fleet; returns the figures (errors listed)."""
    proc = None
    creds: dict[str, dict[str, str]] = {}
    if port is None:
        fleet_dir = tempfile.mkdtemp(prefix="hvemu-stress-")
        fleet_path = os.path.join(fleet_dir, "fleet.yml")
        creds = write_fleet(fleet_path, hosts)
        proc = start_hvemu(["--fleet", fleet_path], timeout=300)
        port = proc.http_port
    try:
        names = requests.get(f"http://127.0.0.1:{port}/_hvemu/hosts", timeout=30).json()
        for name in names:
            creds.setdefault(name, {"Administrator": "Passw0rd!"})  # a running default fleet
        latencies: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()

        def client(c: int) -> None:
            for k in range(calls):
                name = names[(c * calls + k) % len(names)]
                user, password = next(iter(creds[name].items()))
                start = time.monotonic()
                try:
                    one_call(port, name, user, password, use_psrp=c % 2 == 1)
                except Exception as exc:
                    with lock:
                        errors.append(f"client {c} call {k} {name}: {type(exc).__name__}: {exc}")
                    traceback.print_exc(file=sys.stderr)
                    continue
                with lock:
                    latencies.append(time.monotonic() - start)

        start = time.monotonic()
        with ThreadPoolExecutor(max_workers=clients) as pool:
            list(pool.map(client, range(clients)))
        elapsed = time.monotonic() - start
        totals = requests.get(f"http://127.0.0.1:{port}/_hvemu/stats", timeout=30).json()
        latencies.sort()
        return {
            "hosts": len(names),
            "clients": clients,
            "calls_per_client": calls,
            "calls": clients * calls,
            "ok": len(latencies),
            "errors": errors,
            "seconds": round(elapsed, 2),
            "calls_per_second": round(len(latencies) / elapsed, 1) if elapsed else None,
            "latency_p50_s": round(statistics.median(latencies), 3) if latencies else None,
            "latency_p95_s": round(latencies[int(len(latencies) * 0.95) - 1], 3) if latencies else None,
            "latency_max_s": round(latencies[-1], 3) if latencies else None,
            "server_bridge_calls": totals.get("bridge_calls"),
            "server_bytes_in": totals.get("bytes_in"),
            "server_bytes_out": totals.get("bytes_out"),
            "server_open_shells": totals.get("open_shells"),
            "server_rss_mb": round((server_rss_kb(proc.pid) or 0) / 1024, 1) if proc else None,
        }
    finally:
        if proc is not None:
            proc.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=500)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--calls", type=int, default=10)
    parser.add_argument("--port", type=int, default=None, help="use a running hvemu on this port")
    args = parser.parse_args(argv)
    figures = run(args.hosts, args.clients, args.calls, args.port)
    shown = {**figures, "errors": figures["errors"][:10], "error_count": len(figures["errors"])}
    print(json.dumps(shown, sort_keys=True))
    return 1 if figures["errors"] or figures["ok"] != figures["calls"] else 0


if __name__ == "__main__":
    sys.exit(main())
