"""Per-host connection counters (issue 13, deliver 5): authentications, WinRS shells and PSRP runspace pools
created, and the bridge calls by kind, read through the control API after real pywinrm and pypsrp sessions.

One session (what one Ansible task opens: a pywinrm Protocol with one cmd shell, or a pypsrp RunspacePool) costs
a host one authentication and one shell; a second call in the same session costs neither again.
"""

from __future__ import annotations

import uuid

import pytest
import requests
from hvemu.testing import bridge_call, bridge_response, encoded_command, psrp_wsman, winrm_protocol
from pypsrp.powershell import PowerShell, RunspacePool


@pytest.fixture
def emulator(fleet_helpers):
    """An in-process emulator with the echo runner (transport counters only)."""
    from hvemu.wsman import Emulator

    echo_runner, make_fleet = fleet_helpers
    emu = Emulator(make_fleet(2), runner=echo_runner, port=0, tls_port=0, max_receive_wait=1.0).start()
    yield emu
    emu.stop()


@pytest.fixture
def bridge_emulator(fleet_helpers):
    """An in-process emulator with the real bridge engine (hvemu.bridge.run_script)."""
    from hvemu.wsman import Emulator

    _echo, make_fleet = fleet_helpers
    emu = Emulator(make_fleet(1), port=0, max_receive_wait=5.0).start()
    yield emu
    emu.stop()


def stats(emu, host: str) -> dict:
    """The host's counters from the control API (GET /_hvemu/hosts/{name}/stats), not from the objects."""
    return requests.get(f"http://127.0.0.1:{emu.http_port}/_hvemu/hosts/{host}/stats", timeout=10).json()


def connection_counters(emu, host: str) -> tuple[int, int, int]:
    data = stats(emu, host)
    return data["authentications"], data["shells_created"], data["runspaces_created"]


def winrm_session(proto, scripts: list[str]) -> list[bytes]:
    """One cmd shell running several commands, as ansible's winrm plugin does within one task."""
    shell_id = proto.open_shell(codepage=65001)
    outputs = []
    try:
        for script in scripts:
            command_id = proto.run_command(shell_id, encoded_command(script))
            out, _err, rc = proto.get_command_output(shell_id, command_id)
            proto.cleanup_command(shell_id, command_id)
            assert rc == 0
            outputs.append(out)
    finally:
        proto.close_shell(shell_id)
    return outputs


@pytest.mark.parametrize("transport", ["ntlm", "basic"])
def test_pywinrm_session_is_one_authentication_and_one_shell(emulator, transport):
    assert connection_counters(emulator, "hv01") == (0, 0, 0)
    proto = winrm_protocol(emulator.http_port, "hv01", "admin", "pw-hv01", transport=transport)
    assert winrm_session(proto, ["whoami", "whoami"]) == [b"hv01", b"hv01"]  # two calls, one session
    assert connection_counters(emulator, "hv01") == (1, 1, 0)
    assert stats(emulator, "hv01")["commands"] == 2
    # a second session (the next task) is a second connection, handshake and shell
    other = winrm_protocol(emulator.http_port, "hv01", "admin", "pw-hv01", transport=transport)
    winrm_session(other, ["whoami"])
    assert connection_counters(emulator, "hv01") == (2, 2, 0)
    assert connection_counters(emulator, "hv02") == (0, 0, 0)  # per host


@pytest.mark.parametrize("auth", ["ntlm", "basic"])
def test_pypsrp_runspace_pool_is_one_authentication_and_one_runspace(emulator, auth):
    with RunspacePool(psrp_wsman(emulator.http_port, "hv02", "admin", "pw-hv02", auth=auth)) as pool:
        for _ in range(2):  # two pipelines in one runspace pool
            ps = PowerShell(pool)
            ps.add_script("whoami")
            assert ps.invoke() == ["hv02"]
    assert connection_counters(emulator, "hv02") == (1, 0, 1)
    assert stats(emulator, "hv02")["commands"] == 2
    with RunspacePool(psrp_wsman(emulator.http_port, "hv02", "admin", "pw-hv02", auth=auth)) as pool:
        ps = PowerShell(pool)
        ps.add_script("whoami")
        ps.invoke()
    assert connection_counters(emulator, "hv02") == (2, 0, 2)


def test_rejected_credentials_and_failed_creates_count_nothing(emulator):
    from winrm.exceptions import InvalidCredentialsError

    with pytest.raises(InvalidCredentialsError):
        winrm_protocol(emulator.http_port, "hv01", "admin", "wrong").open_shell()
    assert connection_counters(emulator, "hv01") == (0, 0, 0)
    emulator.fleet.hosts["hv01"].faults.max_shells_per_user = 0  # the Create fails with the quota fault
    proto = winrm_protocol(emulator.http_port, "hv01", "admin", "pw-hv01")
    with pytest.raises(Exception, match="maximum number of 0"):
        proto.open_shell()
    assert connection_counters(emulator, "hv01") == (1, 0, 0)  # authenticated, no shell


def request(*ops: dict) -> dict:
    return {"protocol": 1, "request_id": str(uuid.uuid4()), "lock_timeout_ms": 30000, "ops": list(ops)}


def test_bridge_calls_are_counted_by_kind(bridge_emulator):
    """Reads (only non-mutating ops), polls (job_status) and applies (anything mutating), through a real
    pywinrm session running the collection's bootstrap and bridge against the real engine."""
    proto = winrm_protocol(bridge_emulator.http_port, "hv01", "admin", "pw-hv01")
    calls = [
        request({"op": "snapshot", "args": {"kinds": ["adapters"]}}),
        request({"op": "ping", "args": {}}),
        request({"op": "switch_create", "args": {"name": "counted", "switch_type": "Private"}, "pre": []}),
        request({"op": "job_status", "args": {"job_id": str(uuid.uuid4())}}),
    ]
    shell_id = proto.open_shell(codepage=65001)
    try:
        for call in calls:
            command_line, _script, stdin = bridge_call(call)
            command_id = proto.run_command(shell_id, command_line, console_mode_stdin=False)
            proto.send_command_input(shell_id, command_id, stdin, end=True)
            out, _err, _rc = proto.get_command_output(shell_id, command_id)
            proto.cleanup_command(shell_id, command_id)
            assert bridge_response(out.decode())["request_id"] == call["request_id"]
    finally:
        proto.close_shell(shell_id)
    data = stats(bridge_emulator, "hv01")
    assert data["bridge_calls"] == 4
    assert (data["bridge_reads"], data["bridge_applies"], data["bridge_polls"]) == (2, 1, 1)
    assert (data["authentications"], data["shells_created"]) == (1, 1)
    state = requests.get(f"http://127.0.0.1:{bridge_emulator.http_port}/_hvemu/hosts/hv01", timeout=10).json()
    assert "counted" in [s["Name"] for s in state["switches"]]  # the apply did happen


def test_request_marker_is_the_engines():
    from hvemu.bridge import REQUEST_MARKER
    from hvemu.wsman.server import REQUEST_MARKER as COUNTED

    assert COUNTED == REQUEST_MARKER


def test_fleet_totals_include_the_counters(emulator):
    proto = winrm_protocol(emulator.http_port, "hv01", "admin", "pw-hv01")
    winrm_session(proto, ["whoami"])
    total = requests.get(f"http://127.0.0.1:{emulator.http_port}/_hvemu/stats", timeout=10).json()
    assert (total["authentications"], total["shells_created"], total["runspaces_created"]) == (1, 1, 0)
