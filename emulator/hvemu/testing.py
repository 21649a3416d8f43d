"""Helpers to run `hvemu serve` in tests: start it on free ports as a subprocess, stop it by pid."""

from __future__ import annotations

import os
import re
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field

import pytest

READY = re.compile(r"^hvemu ready (?P<http>http://\S+)(?: (?P<https>https://\S+))? pid (?P<pid>\d+)$")


@dataclass
class HvemuProcess:
    """A running `hvemu serve`."""

    proc: subprocess.Popen
    http_url: str
    https_url: str | None
    pid: int
    ready_line: str
    args: list[str] = field(default_factory=list)

    @property
    def http_port(self) -> int:
        return int(self.http_url.rsplit(":", 1)[1])

    @property
    def https_port(self) -> int | None:
        return int(self.https_url.rsplit(":", 1)[1]) if self.https_url else None

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15.0) -> int:
        """Signal the process by its pid and wait; returns the exit code."""
        if self.proc.poll() is None:
            os.kill(self.pid, sig)
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.kill(self.pid, signal.SIGKILL)
            return self.proc.wait()


def start_hvemu(args: list[str], timeout: float = 60.0, env: dict | None = None) -> HvemuProcess:
    """Run `python -m hvemu.cli serve <args>` on a free port and wait for its ready line."""
    cmd = [sys.executable, "-m", "hvemu.cli", "serve", *args]
    if "--port" not in args:
        cmd += ["--port", "0"]
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})}
    )
    deadline = time.monotonic() + timeout
    line = ""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.2)
        if ready:
            line = proc.stdout.readline().rstrip("\n")
            break
        if proc.poll() is not None:
            break
    match = READY.match(line)
    if not match:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        _out, err = proc.communicate(timeout=10)
        raise RuntimeError(f"hvemu did not get ready: {line!r}\n{err}")
    return HvemuProcess(proc, match["http"], match["https"], int(match["pid"]), line, cmd)


@pytest.fixture
def hvemu_process():
    """Factory fixture: `hvemu_process(["--hosts", "3"])` starts hvemu; every one started is stopped after the test."""
    started: list[HvemuProcess] = []

    def _start(args: list[str], **kwargs) -> HvemuProcess:
        proc = start_hvemu(args, **kwargs)
        started.append(proc)
        return proc

    yield _start
    for proc in started:
        proc.stop()


# ---------------------------------------------------------------------- client helpers for tests
def encoded_command(script: str, flag: str = "-EncodedCommand") -> str:
    """The command line ansible's winrm plugin sends: powershell ... -EncodedCommand <b64 UTF-16-LE>."""
    import base64

    b64 = base64.b64encode(script.encode("utf-16-le")).decode()
    return f"PowerShell -NoProfile -NonInteractive -ExecutionPolicy Unrestricted {flag} {b64}"


def winrm_protocol(
    port: int, host: str, user: str, password: str, *, transport: str = "ntlm", https: bool = False, **kwargs
):
    """A pywinrm Protocol for one emulated host (`/wsman/<host>`)."""
    from winrm.protocol import Protocol

    scheme = "https" if https else "http"
    kwargs.setdefault("read_timeout_sec", 30)
    kwargs.setdefault("operation_timeout_sec", 20)
    return Protocol(
        f"{scheme}://127.0.0.1:{port}/wsman/{host}", transport=transport, username=user, password=password, **kwargs
    )


def run_cmd(protocol, command_line: str, stdin: bytes | None = None, chunk: int = 0) -> tuple[bytes, bytes, int]:
    """One command through a fresh cmd shell, as ansible's winrm plugin runs it (stdin in chunks, End on the last)."""
    shell_id = protocol.open_shell(codepage=65001)
    try:
        command_id = protocol.run_command(shell_id, command_line, console_mode_stdin=stdin is None)
        try:
            if stdin is not None:
                size = chunk or max(1, len(stdin))
                pieces = [stdin[i : i + size] for i in range(0, len(stdin), size)] or [b""]
                for i, piece in enumerate(pieces):
                    protocol.send_command_input(shell_id, command_id, piece, end=i == len(pieces) - 1)
            return protocol.get_command_output(shell_id, command_id)
        finally:
            protocol.cleanup_command(shell_id, command_id)
    finally:
        protocol.close_shell(shell_id, close_session=False)


def psrp_wsman(port: int, host: str, user: str, password: str, *, auth: str = "ntlm", https: bool = False, **kwargs):
    """A pypsrp WSMan connection for one emulated host (path `wsman/<host>`)."""
    from pypsrp.wsman import WSMan

    if auth == "basic" and not https:
        kwargs.setdefault("encryption", "never")
    kwargs.setdefault("cert_validation", False)
    kwargs.setdefault("reconnection_retries", 0)
    return WSMan(
        "127.0.0.1", port=port, path=f"wsman/{host}", username=user, password=password, ssl=https, auth=auth, **kwargs
    )


def bridge_call(request: dict) -> tuple[str, str, bytes]:
    """A real bridge call as the collection makes it (docs/bridge-protocol.md).

    Returns (command line for the cmd shell, bootstrap script for PSRP, stdin bytes: the bridge lines,
    `#hvnet-request` and the request line, CRLF separated).
    """
    import base64
    import json

    from hvemu.bridge import collection_root

    bridge_dir = collection_root() / "plugins" / "plugin_utils" / "bridge"
    bootstrap = (bridge_dir / "bootstrap.ps1").read_bytes().decode("utf-8")
    bridge = (bridge_dir / "bridge.ps1").read_bytes().decode("utf-8")
    command_line = "PowerShell -NoProfile -NonInteractive -ExecutionPolicy Unrestricted -EncodedCommand " + (
        base64.b64encode(bootstrap.encode("utf-16-le")).decode("ascii")
    )
    lines = [line.rstrip("\r") for line in bridge.split("\n")]
    while lines and lines[-1] == "":
        lines.pop()
    lines += ["#hvnet-request", json.dumps(request, ensure_ascii=True, separators=(",", ":"))]
    return command_line, bootstrap, ("\r\n".join(lines) + "\r\n").encode("ascii")


def bridge_response(stdout: str) -> dict:
    """The JSON between the bridge's response markers."""
    import json

    begin = stdout.index("##hvnet-response-begin##") + len("##hvnet-response-begin##")
    end = stdout.index("##hvnet-response-end##", begin)
    return json.loads(stdout[begin:end].replace("\r", "").replace("\n", ""))
