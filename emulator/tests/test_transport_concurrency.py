"""Scripts run outside every server-wide lock: clients of different hosts (and shells) run in parallel."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

from hvemu.testing import encoded_command, psrp_wsman, run_cmd, winrm_protocol
from pypsrp.powershell import PowerShell, RunspacePool


def test_slow_scripts_on_many_hosts_overlap(emulator):
    hosts = ["hv01", "hv02", "hv03"]

    def winrm_call(host: str) -> bytes:
        proto = winrm_protocol(emulator.http_port, host, "admin", f"pw-{host}")
        return run_cmd(proto, encoded_command("sleep 0.8"))[0]

    def psrp_call(host: str) -> list:
        with RunspacePool(psrp_wsman(emulator.http_port, host, "admin", f"pw-{host}")) as pool:
            ps = PowerShell(pool)
            ps.add_script("sleep 0.8")
            return ps.invoke()

    start = time.monotonic()
    with ThreadPoolExecutor(6) as pool:
        futures = [pool.submit(winrm_call, h) for h in hosts] + [pool.submit(psrp_call, h) for h in hosts]
        results = [f.result(timeout=30) for f in futures]
    elapsed = time.monotonic() - start
    assert results == [b"slept"] * 3 + [["slept"]] * 3
    assert elapsed < 6 * 0.8 * 0.6, f"6 calls of 0.8 s took {elapsed:.2f} s: they were serialised"


def test_receive_waits_for_a_slow_command(emulator):
    """A Receive issued while the script runs waits for it (no OperationTimeout fault for a 1 s script)."""
    proto = winrm_protocol(emulator.http_port, "hv01", "admin", "pw-hv01", operation_timeout_sec=3, read_timeout_sec=6)
    emulator.dispatcher.max_receive_wait = 3
    start = time.monotonic()
    assert run_cmd(proto, encoded_command("sleep 1.0")) == (b"slept", b"", 0)
    assert 1.0 <= time.monotonic() - start < 3
