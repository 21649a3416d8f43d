"""Transport faults read from host.faults: latency, refused connections, HTTP 500 and WS-Man faults on the
Nth request, blackouts after a disruptive operation (the operation's own reply is lost too)."""

from __future__ import annotations

import time

import pytest
import requests
from hvemu.testing import encoded_command, psrp_wsman, run_cmd, winrm_protocol
from pypsrp.powershell import PowerShell, RunspacePool
from winrm.exceptions import WinRMTransportError, WSManFaultError


def proto_for(emulator, host="hv01", transport="ntlm"):
    return winrm_protocol(emulator.http_port, host, "admin", f"pw-{host}", transport=transport)


def test_latency(emulator):
    proto = proto_for(emulator, transport="basic")
    start = time.monotonic()
    run_cmd(proto, encoded_command("whoami"))
    fast = time.monotonic() - start
    emulator.fleet.hosts["hv01"].faults.latency_ms = 100
    start = time.monotonic()
    assert run_cmd(proto, encoded_command("whoami")) == (b"hv01", b"", 0)
    slow = time.monotonic() - start
    assert slow >= 0.5  # 5 requests (create, command, receive, signal, delete) x 100 ms
    assert slow > fast + 0.4
    # other hosts are not slowed down
    start = time.monotonic()
    run_cmd(proto_for(emulator, "hv02", "basic"), encoded_command("whoami"))
    assert time.monotonic() - start < 0.4


def test_refused_connections(emulator):
    emulator.fleet.hosts["hv01"].faults.refuse_connections = True
    with pytest.raises(requests.exceptions.ConnectionError):
        proto_for(emulator).open_shell()
    with pytest.raises(requests.exceptions.ConnectionError):
        RunspacePool(psrp_wsman(emulator.http_port, "hv01", "admin", "pw-hv01")).open()
    assert run_cmd(proto_for(emulator, "hv02"), encoded_command("whoami"))[0] == b"hv02"
    emulator.fleet.hosts["hv01"].faults.refuse_connections = False
    assert run_cmd(proto_for(emulator), encoded_command("whoami"))[0] == b"hv01"


@pytest.mark.parametrize("transport", ["basic", "ntlm"])
def test_http_500_on_nth_request(emulator, transport):
    faults = emulator.fleet.hosts["hv01"].faults
    faults.http_500_on_request = 3
    proto = proto_for(emulator, transport=transport)
    shell_id = proto.open_shell()  # 1
    command_id = proto.run_command(shell_id, encoded_command("whoami"))  # 2
    with pytest.raises(WinRMTransportError) as info:
        proto.get_command_output(shell_id, command_id)  # 3
    assert info.value.code == 500
    assert faults.http_500_on_request == 0
    assert proto.get_command_output(shell_id, command_id) == (b"hv01", b"", 0)  # the fault fired once
    proto.close_shell(shell_id)


@pytest.mark.parametrize("transport", ["basic", "ntlm"])
def test_wsman_fault_on_nth_request(emulator, transport):
    faults = emulator.fleet.hosts["hv01"].faults
    faults.wsman_fault_on_request = 2
    proto = proto_for(emulator, transport=transport)
    shell_id = proto.open_shell()
    with pytest.raises(WSManFaultError) as info:
        proto.run_command(shell_id, encoded_command("whoami"))
    assert info.value.code == 500
    assert info.value.wsman_fault_code == 2147500037
    assert "wsman_fault_on_request" in info.value.reason
    assert run_cmd(proto, encoded_command("whoami")) == (b"hv01", b"", 0)
    proto.close_shell(shell_id)


def test_blackout_loses_the_reply_and_drops_requests(emulator):
    proto = proto_for(emulator)
    shell_id = proto.open_shell()
    command_id = proto.run_command(shell_id, encoded_command("blackout 1.0"))
    with pytest.raises(requests.exceptions.ConnectionError):
        proto.get_command_output(shell_id, command_id)  # the disruptive operation's own reply is lost
    assert emulator.fleet.hosts["hv01"].stats.commands == 1  # but it ran
    with pytest.raises(requests.exceptions.ConnectionError):
        proto_for(emulator).open_shell()  # everything to the host is dropped while it lasts
    assert run_cmd(proto_for(emulator, "hv02"), encoded_command("whoami"))[0] == b"hv02"  # other hosts are fine
    time.sleep(max(0.0, emulator.fleet.hosts["hv01"].blackout_until - time.monotonic()) + 0.05)
    assert run_cmd(proto_for(emulator), encoded_command("whoami")) == (b"hv01", b"", 0)


def test_blackout_psrp(emulator):
    wsman = psrp_wsman(emulator.http_port, "hv01", "admin", "pw-hv01", read_timeout=5)
    pool = RunspacePool(wsman)
    pool.open()
    ps = PowerShell(pool)
    ps.add_script("blackout 0.5")
    with pytest.raises(requests.exceptions.ConnectionError):
        ps.invoke()
    time.sleep(0.6)
    with RunspacePool(psrp_wsman(emulator.http_port, "hv01", "admin", "pw-hv01")) as pool2:
        ps = PowerShell(pool2)
        ps.add_script("whoami")
        assert ps.invoke() == ["hv01"]
