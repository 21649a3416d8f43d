"""WinRM quotas per host: MaxShellsPerUser (30) and MaxConcurrentUsers (10), with the faults Windows returns."""

from __future__ import annotations

import time

import pytest
from hvemu.testing import psrp_wsman, winrm_protocol
from pypsrp.exceptions import WSManFaultError as PSRPFault
from pypsrp.powershell import RunspacePool
from winrm.exceptions import WSManFaultError

SHELLS_MESSAGE = (
    "The WS-Management service cannot process the request. This user is allowed a maximum number of 30 "
    "concurrent shells, which has been exceeded. Close existing shells or raise the quota for this user."
)


def test_31st_shell_is_refused(emulator):
    proto = winrm_protocol(emulator.http_port, "hv01", "admin", "pw-hv01", transport="basic")
    shells = [proto.open_shell() for _ in range(30)]
    with pytest.raises(WSManFaultError) as info:
        proto.open_shell()
    fault = info.value
    assert fault.wsman_fault_code == 0x803381A5  # 2150859173, ERROR_WSMAN_QUOTA_MAX_SHELLS
    assert fault.fault_subcode == "w:QuotaLimit"
    assert fault.reason.strip() == SHELLS_MESSAGE
    # PSRP runspace pools count against the same per-user quota
    with pytest.raises(PSRPFault) as info2:
        RunspacePool(psrp_wsman(emulator.http_port, "hv01", "admin", "pw-hv01", auth="basic")).open()
    assert info2.value.code == 2150859173
    # another host and another user are not affected
    other = winrm_protocol(emulator.http_port, "hv02", "admin", "pw-hv02", transport="basic")
    other.close_shell(other.open_shell())
    user2 = winrm_protocol(emulator.http_port, "hv01", "user2", "pw2-hv01", transport="basic")
    user2.close_shell(user2.open_shell())
    # closing one frees a slot
    proto.close_shell(shells.pop(), close_session=False)
    shells.append(proto.open_shell())
    for shell_id in shells:
        proto.close_shell(shell_id, close_session=False)
    assert emulator.dispatcher.shells_of("hv01") == []


def test_11th_user_is_refused(emulator):
    protos = [winrm_protocol(emulator.http_port, "hv01", "admin", "pw-hv01", transport="basic")]
    protos += [
        winrm_protocol(emulator.http_port, "hv01", f"user{u}", f"pw{u}-hv01", transport="basic") for u in range(2, 12)
    ]
    shells = [(p, p.open_shell()) for p in protos[:10]]
    with pytest.raises(WSManFaultError) as info:
        protos[10].open_shell()
    assert info.value.wsman_fault_code == 2150859179
    assert info.value.fault_subcode == "w:QuotaLimit"
    assert "maximum number of users" in info.value.reason
    # a user who already has a shell may open more
    shells.append((protos[0], protos[0].open_shell()))
    proto, shell_id = shells.pop(3)
    proto.close_shell(shell_id, close_session=False)
    shells.append((protos[10], protos[10].open_shell()))  # a slot was freed
    for proto, shell_id in shells:
        proto.close_shell(shell_id, close_session=False)


def test_quotas_follow_the_host_faults(emulator):
    host = emulator.fleet.hosts["hv01"]
    host.faults.max_shells_per_user = 2
    proto = winrm_protocol(emulator.http_port, "hv01", "admin", "pw-hv01", transport="basic")
    a, b = proto.open_shell(), proto.open_shell()
    with pytest.raises(WSManFaultError) as info:
        proto.open_shell()
    assert "maximum number of 2 concurrent shells" in info.value.reason
    host.faults.max_concurrent_users = 1
    user2 = winrm_protocol(emulator.http_port, "hv01", "user2", "pw2-hv01", transport="basic")
    with pytest.raises(WSManFaultError) as info:
        user2.open_shell()
    assert info.value.wsman_fault_code == 2150859179
    for shell_id in (a, b):
        proto.close_shell(shell_id, close_session=False)
    user2.close_shell(user2.open_shell())


def test_abandoned_shells_expire_after_the_idle_timeout(emulator):
    """A client that vanished (dropped connection) leaves its shells; they stop counting once idle."""
    emulator.fleet.hosts["hv01"].faults.max_shells_per_user = 2
    emulator.dispatcher.shell_idle_timeout = 0.5
    proto = winrm_protocol(emulator.http_port, "hv01", "admin", "pw-hv01", transport="basic")
    proto.open_shell()
    proto.open_shell()  # both abandoned
    with pytest.raises(WSManFaultError):
        proto.open_shell()
    time.sleep(0.6)
    shell_id = proto.open_shell()
    assert [s.shell_id for s in emulator.dispatcher.shells_of("hv01")] == [shell_id]
