"""The PowerShell plugin (PSRP) through pypsrp: runspace pool, pipelines, input, errors, exit codes, signals."""

from __future__ import annotations

import time

import pytest
from hvemu.testing import psrp_wsman
from pypsrp.exceptions import WSManFaultError
from pypsrp.host import PSHost
from pypsrp.powershell import PowerShell, PSInvocationState, RunspacePool

UNSUPPORTED = "unsupported script: hvemu runs only the hyperv.network bridge"


@pytest.fixture(params=["basic", "ntlm"])
def wsman(request, emulator):
    return psrp_wsman(emulator.http_port, "hv02", "admin", "pw-hv02", auth=request.param)


def test_pipeline_with_input_lines(wsman, emulator):
    with RunspacePool(wsman) as pool:
        ps = PowerShell(pool)
        ps.add_script("echo-stdin", use_local_scope=True)
        # Each input object is one line: nothing is split again, even on \v or U+2028.
        out = ps.invoke(["first", "second \x0b x\u2028y", ""])
        assert out == ["[first]", "[second \x0b x\u2028y]", "[]"]
        assert ps.state == PSInvocationState.COMPLETED
        assert not ps.streams.error
        assert len(emulator.dispatcher.shells_of("hv02")) == 1
    assert emulator.dispatcher.shells_of("hv02") == []  # Delete


def test_error_record_and_set_should_exit(wsman):
    host = PSHost(None, None, False, None, None, None, None)
    with RunspacePool(wsman, host=host) as pool:
        ps = PowerShell(pool)
        ps.add_script("exit 5 something failed")
        assert ps.invoke() == ["out"]
        assert [str(e) for e in ps.streams.error] == ["something failed"]
        assert host.rc == 5
        host.rc = None
        ps = PowerShell(pool)
        ps.add_script("whoami")
        assert ps.invoke() == ["hv02"]
        assert host.rc is None  # rc 0: no SetShouldExit


def test_unsupported_script(wsman):
    host = PSHost(None, None, False, None, None, None, None)
    with RunspacePool(wsman, host=host) as pool:
        ps = PowerShell(pool)
        ps.add_cmdlet("Get-Date")
        ps.invoke()
        assert [str(e) for e in ps.streams.error] == [UNSUPPORTED]
        assert host.rc == 1


def test_long_script_has_no_command_line_limit(wsman, emulator):
    seen = []
    runner = emulator.dispatcher.runner
    emulator.dispatcher.runner = lambda host, script, lines: (seen.append(script), runner(host, "whoami", lines))[1]
    with RunspacePool(wsman) as pool:
        ps = PowerShell(pool)
        script = "# " + "x" * 20000 + "\nwhoami"
        ps.add_script(script)
        assert ps.invoke() == ["hv02"]
    assert seen == [script]


def test_ctrl_c_stops_a_running_pipeline(wsman):
    with RunspacePool(wsman) as pool:
        ps = PowerShell(pool)
        ps.add_script("sleep 1.5")
        ps.begin_invoke()
        ps.stop()  # Signal powershell/signal/crtl_c
        assert ps.state == PSInvocationState.STOPPED
        # the pool still works, the next pipeline runs
        ps2 = PowerShell(pool)
        ps2.add_script("whoami")
        assert ps2.invoke() == ["hv02"]


def test_receive_operation_timeout(emulator):
    wsman = psrp_wsman(emulator.http_port, "hv02", "admin", "pw-hv02", operation_timeout=1, read_timeout=5)
    with RunspacePool(wsman) as pool:
        start = time.monotonic()
        with pytest.raises(WSManFaultError) as info:
            pool.shell.receive("stdout", timeout=1)  # nothing pending on the pool
        assert info.value.code == 2150858793
        assert time.monotonic() - start >= 0.9
        ps = PowerShell(pool)  # a timed-out Receive leaves the pool usable
        ps.add_script("whoami")
        assert ps.invoke() == ["hv02"]


def test_ansible_style_sequence_signal_then_next(wsman, emulator):
    """ansible's psrp plugin: stop() the previous pipeline (ctrl_c) before the next one, many times."""
    with RunspacePool(wsman) as pool:
        last = None
        for i in range(4):
            if last is not None:
                last.state = PSInvocationState.RUNNING
                last.stop()
            ps = PowerShell(pool)
            ps.add_script(f"exit {i} e{i}", use_local_scope=True)
            assert ps.invoke() == ["out"]
            last = ps
        shell = emulator.dispatcher.shells_of("hv02")[0]
        assert len(shell.pipelines) == 1  # the stopped ones were released


def test_deleted_pool_is_not_found(wsman):
    pool = RunspacePool(wsman)
    pool.open()
    shell_id = pool.shell.id
    pool.close()
    pool2 = RunspacePool(wsman)
    pool2.shell.id = shell_id
    pool2.shell.opened = True
    pool2.shell._selector_set = pool.shell._selector_set
    with pytest.raises(WSManFaultError) as info:
        pool2.shell.receive("stdout", timeout=1)
    assert info.value.code == 2150858843
