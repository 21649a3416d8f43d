"""The WinRS cmd shell through pywinrm: every shell operation, stdin, exit codes, cmd.exe's limit."""

from __future__ import annotations

import base64

import pytest
from hvemu.testing import encoded_command, run_cmd, winrm_protocol
from hvemu.wsman import cmdshell
from winrm.exceptions import WinRMOperationTimeoutError, WSManFaultError

UNSUPPORTED = "unsupported script: hvemu runs only the hyperv.network bridge"


@pytest.fixture(params=["basic", "ntlm"])
def proto(request, emulator):
    return winrm_protocol(emulator.http_port, "hv01", "admin", "pw-hv01", transport=request.param)


def test_command_with_chunked_stdin(proto, emulator):
    stdin = b"line1\r\nline2\nline3\rlast \x0bkept\xe2\x80\xa8too\r\n"
    out, err, rc = run_cmd(proto, encoded_command("echo-stdin"), stdin, chunk=5)
    # CR/LF only split the lines (as powershell.exe's $input), \v and U+2028 stay inside a line.
    assert out.decode() == "[line1]\n[line2]\n[line3]\n[last \x0bkept\u2028too]"
    assert (err, rc) == (b"", 0)
    assert emulator.fleet.hosts["hv01"].stats.commands == 1
    assert emulator.dispatcher.shells_of("hv01") == []  # Delete removed the shell


def test_exit_code_and_stderr(proto):
    out, err, rc = run_cmd(proto, encoded_command("exit 7 it broke"))
    assert (out, err, rc) == (b"out", b"it broke", 7)


def test_unsupported_script_and_plain_commands(proto):
    for line in (encoded_command("Get-Date"), "ipconfig /all", "hostname"):
        out, err, rc = run_cmd(proto, line)
        assert (out, rc) == (b"", 1)
        assert err.decode() == UNSUPPORTED


@pytest.mark.parametrize("flag", ["-EncodedCommand", "-encodedcommand", "-ENC", "-enc", "-e", "-ec", "/EncodedCommand"])
def test_encoded_command_flag_variants(proto, flag):
    out, _err, rc = run_cmd(proto, encoded_command("whoami", flag=flag))
    assert (out, rc) == (b"hv01", 0)


def test_command_line_limit_exact_boundary(emulator):
    proto = winrm_protocol(emulator.http_port, "hv01", "admin", "pw-hv01")
    prefix = encoded_command("whoami") + " "
    stats = emulator.fleet.hosts["hv01"].stats
    at_limit = prefix + "x" * (cmdshell.CMD_MAX_COMMAND_LINE - len(prefix))
    assert len(at_limit) == 8191
    out, err, rc = run_cmd(proto, at_limit)
    assert (out, err, rc) == (b"hv01", b"", 0)
    assert stats.commands == 1
    over = at_limit + "x"
    out, err, rc = run_cmd(proto, over)
    assert (out, err.decode(), rc) == (b"", "The command line is too long.\r\n", 1)
    assert stats.commands == 1  # nothing ran


def test_command_and_arguments_count_together(emulator):
    proto = winrm_protocol(emulator.http_port, "hv01", "admin", "pw-hv01")
    shell_id = proto.open_shell()
    b64 = base64.b64encode(b"w\x00h\x00o\x00a\x00m\x00i\x00").decode()
    filler = "x" * (8191 - len(f"powershell -EncodedCommand {b64} "))
    command_id = proto.run_command(shell_id, "powershell", ["-EncodedCommand", b64, filler + "y"])
    _out, err, rc = proto.get_command_output(shell_id, command_id)
    assert (rc, err) == (1, b"The command line is too long.\r\n")
    proto.close_shell(shell_id)


def test_receive_operation_timeout_then_output(emulator):
    proto = winrm_protocol(emulator.http_port, "hv01", "admin", "pw-hv01", operation_timeout_sec=1, read_timeout_sec=5)
    shell_id = proto.open_shell()
    command_id = proto.run_command(shell_id, encoded_command("echo-stdin"), console_mode_stdin=False)
    proto.send_command_input(shell_id, command_id, b"a\r\n", end=False)
    with pytest.raises(WinRMOperationTimeoutError):  # stdin not ended: nothing to receive yet
        proto.get_command_output_raw(shell_id, command_id)
    proto.send_command_input(shell_id, command_id, b"b", end=True)
    assert proto.get_command_output(shell_id, command_id) == (b"[a]\n[b]", b"", 0)
    proto.cleanup_command(shell_id, command_id)
    proto.close_shell(shell_id)


def test_signal_ctrl_c_and_terminate(emulator):
    proto = winrm_protocol(emulator.http_port, "hv01", "admin", "pw-hv01", operation_timeout_sec=1, read_timeout_sec=5)
    shell_id = proto.open_shell()
    command_id = proto.run_command(shell_id, encoded_command("echo-stdin"), console_mode_stdin=False)
    # ctrl_c before the input ended: the command ends with STATUS_CONTROL_C_EXIT and never runs.
    proto.transport.send_message(_signal(proto, shell_id, command_id, "ctrl_c"))
    assert proto.get_command_output(shell_id, command_id) == (b"", b"", cmdshell.STATUS_CONTROL_C_EXIT)
    assert emulator.fleet.hosts["hv01"].stats.commands == 0
    proto.cleanup_command(shell_id, command_id)  # terminate: the command is gone
    shell = emulator.dispatcher.shells_of("hv01")[0]
    assert command_id.upper() not in shell.commands
    with pytest.raises(WSManFaultError) as info:  # a terminated command has no output to receive
        proto.get_command_output_raw(shell_id, command_id)
    assert info.value.fault_subcode == "w:InvalidParameter"
    proto.close_shell(shell_id)


def _signal(proto, shell_id: str, command_id: str, code: str) -> str:
    import xmltodict

    req = {
        "env:Envelope": proto.build_wsman_header(
            action="http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Signal",
            resource_uri="http://schemas.microsoft.com/wbem/wsman/1/windows/shell/cmd",
            shell_id=shell_id,
        )
    }
    req["env:Envelope"]["env:Body"] = {
        "rsp:Signal": {
            "@CommandId": command_id,
            "rsp:Code": f"http://schemas.microsoft.com/wbem/wsman/1/windows/shell/signal/{code}",
        }
    }
    return xmltodict.unparse(req)


def test_deleted_shell_is_not_found(proto):
    shell_id = proto.open_shell()
    proto.close_shell(shell_id, close_session=False)
    with pytest.raises(WSManFaultError) as info:
        proto.run_command(shell_id, encoded_command("whoami"))
    assert info.value.wsman_fault_code == 2150858843
    assert info.value.fault_subcode == "w:InvalidSelectors"


def test_many_commands_in_one_shell(proto):
    shell_id = proto.open_shell()
    for i in range(5):
        command_id = proto.run_command(shell_id, encoded_command(f"exit {i} e{i}"))
        assert proto.get_command_output(shell_id, command_id) == (b"out", f"e{i}".encode(), i)
        proto.cleanup_command(shell_id, command_id)
    proto.close_shell(shell_id)


def test_stdin_decoding_units():
    assert cmdshell.split_stdin(b"") == []
    assert cmdshell.split_stdin(b"a\r\n\r\nb") == ["a", "", "b"]
    assert cmdshell.split_stdin("a\x1cb\x85c\n".encode()) == ["a\x1cb\x85c"]
    assert cmdshell.split_stdin("é\n".encode()) == ["é"]
    with pytest.raises(cmdshell.NotPowerShell):
        cmdshell.decode_command_line("cmd /c dir")
    with pytest.raises(cmdshell.NotPowerShell):
        cmdshell.decode_command_line("powershell -Command Get-Date")
    assert (
        cmdshell.decode_command_line(
            r"C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe -e "
            + base64.b64encode("x".encode("utf-16-le")).decode()
        )
        == "x"
    )
