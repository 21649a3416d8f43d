"""Shell state for the two resource types: the WinRS cmd shell and the PowerShell (PSRP) plugin.

Every shell has a Condition: request threads and the script runner's worker threads change its state
under it, and a Receive waits on it for output (up to the request's OperationTimeout).
Scripts run in a worker thread outside every server-wide lock, so one slow host call does not hold
up other clients; the model locks per host itself.
"""

from __future__ import annotations

import logging
import re
import threading
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import psrpcore
from psrpcore.types import ErrorCategory, ErrorCategoryInfo, NETException, PSInvocationState

from hvemu.wsman import cmdshell

log = logging.getLogger("hvemu.wsman")

# run_script(host, script, stdin_lines) -> (stdout, stderr, rc)
ScriptRunner = Callable[[object, str, list[str]], tuple[str, str, int]]


def run_guarded(runner: ScriptRunner, host, script: str, lines: list[str]) -> tuple[str, str, int]:
    """Call the script runner (hvemu.bridge); an exception becomes stderr and exit code 1 instead of a dead worker."""
    try:
        stdout, stderr, rc = runner(host, script, lines)
        return stdout or "", stderr or "", int(rc)
    except Exception as exc:  # a bug of the runner must reach the client, not vanish in a thread
        log.error("script runner failed on %s: %s", getattr(host, "name", host), traceback.format_exc())
        return "", f"hvemu internal error: {type(exc).__name__}: {exc}\r\n", 1


@dataclass
class CmdCommand:
    """One command of a cmd shell: stdin collected until End, then one run of the script runner."""

    command_id: str
    command_line: str
    console_mode_stdin: bool
    stdin: bytearray = field(default_factory=bytearray)
    stdin_seen: bool = False
    state: str = "pending"  # pending -> running -> done
    stdout: bytearray = field(default_factory=bytearray)
    stderr: bytearray = field(default_factory=bytearray)
    exit_code: int | None = None


class Shell:
    """Common part of both shell kinds."""

    kind = "?"

    def __init__(self, shell_id: str, host, owner: str, resource_uri: str, runner: ScriptRunner):
        self.shell_id = shell_id
        self.host = host
        self.owner = owner
        self.resource_uri = resource_uri
        self.runner = runner
        self.cond = threading.Condition()
        self.closed = False
        self.created = time.time()
        self.last_used = time.monotonic()  # for the shell IdleTimeout

    def busy(self) -> bool:
        """True while a script of this shell runs."""
        return False

    def wait(self, ready: Callable[[], bool], timeout: float) -> bool:
        """Wait (holding nothing else) until ready() or timeout; must be called under self.cond."""
        return self.cond.wait_for(lambda: self.closed or ready(), timeout=timeout) and not self.closed


class CmdShell(Shell):
    """A WinRS cmd shell."""

    kind = "cmd"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.commands: dict[str, CmdCommand] = {}

    def busy(self) -> bool:
        with self.cond:
            return any(c.state == "running" for c in self.commands.values())

    def add_command(self, command_id: str, command_line: str, console_mode_stdin: bool) -> CmdCommand:
        """Register a command; a line over cmd.exe's limit fails at once and runs nothing."""
        command = CmdCommand(command_id, command_line, console_mode_stdin)
        with self.cond:
            self.commands[command_id] = command
            if len(command_line) > cmdshell.CMD_MAX_COMMAND_LINE:
                self._finish(command, "", cmdshell.TOO_LONG_MESSAGE, 1)
        return command

    def send(self, command_id: str, data: bytes, end: bool) -> None:
        """Append stdin; End=true starts the command."""
        with self.cond:
            command = self.commands.get(command_id)
            if command is None or command.state != "pending":
                return  # stdin for a finished command goes nowhere, as on Windows
            command.stdin += data
            command.stdin_seen = True
            if end:
                self._start(command)

    def _start(self, command: CmdCommand) -> None:
        command.state = "running"
        threading.Thread(target=self._run, args=(command,), daemon=True, name=f"cmd-{command.command_id}").start()

    def _run(self, command: CmdCommand) -> None:
        try:
            script = cmdshell.decode_command_line(command.command_line)
        except cmdshell.NotPowerShell:
            script = command.command_line  # hvemu.bridge answers "unsupported script" for it
        stdout, stderr, rc = run_guarded(self.runner, self.host, script, cmdshell.split_stdin(bytes(command.stdin)))
        with self.cond:
            if command.state == "running":
                self._finish(command, stdout, stderr, rc)

    def _finish(self, command: CmdCommand, stdout: str, stderr: str, rc: int) -> None:
        command.stdout += stdout.encode("utf-8")
        command.stderr += stderr.encode("utf-8")
        command.exit_code = rc
        command.state = "done"
        self.cond.notify_all()

    def receive(self, command_id: str, timeout: float) -> tuple[bytes, bytes, int | None] | None:
        """Output ready for command_id: (stdout, stderr, exit code or None while running); None on timeout.

        Raises KeyError for a command the shell does not have (never run, or terminated).
        """
        with self.cond:
            command = self.commands[command_id]
            if command.state == "pending" and command.console_mode_stdin and not command.stdin_seen:
                # Console-mode stdin and no Send: the program reads nothing and runs now.
                self._start(command)
            if not self.wait(lambda: command.state == "done" or bool(command.stdout or command.stderr), timeout):
                return None
            out, err = bytes(command.stdout), bytes(command.stderr)
            command.stdout.clear()
            command.stderr.clear()
            return out, err, command.exit_code if command.state == "done" else None

    def signal(self, command_id: str, code: str) -> None:
        """terminate drops the command; ctrl_c ends a command that has not run yet with STATUS_CONTROL_C_EXIT."""
        with self.cond:
            command = self.commands.get(command_id)
            if command is None:
                return
            if code.endswith("/ctrl_c") or code.endswith("/crtl_c"):
                if command.state == "pending":
                    self._finish(command, "", "", cmdshell.STATUS_CONTROL_C_EXIT)
                return
            del self.commands[command_id]
            self.cond.notify_all()

    def close(self) -> None:
        """Delete: every command goes."""
        with self.cond:
            self.closed = True
            self.commands.clear()
            self.cond.notify_all()


class PSRPShell(Shell):
    """A PowerShell plugin shell: a psrpcore server runspace pool; pipelines are its commands."""

    kind = "psrp"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.pool = psrpcore.ServerRunspacePool()
        self.pipelines: dict[str, psrpcore.ServerPipeline] = {}
        self.inputs: dict[str, list] = {}
        self.done: set[str] = set()
        self.outbox: dict[str | None, list[bytes]] = {}

    def busy(self) -> bool:
        with self.cond:
            return any(
                pid not in self.done and p.state == PSInvocationState.Running for pid, p in self.pipelines.items()
            )

    def feed(self, data: bytes, command_id: str | None, stream: str = "stdin") -> None:
        """Give a PSRP fragment to the pool and act on the events it produces."""
        with self.cond:
            stream_type = psrpcore.StreamType.prompt_response if stream == "pr" else psrpcore.StreamType.default
            self.pool.receive_data(
                psrpcore.PSRPPayload(data, stream_type, uuid.UUID(command_id) if command_id else None)
            )
            while (event := self.pool.next_event()) is not None:
                pid = str(event.pipeline_id).upper() if getattr(event, "pipeline_id", None) else None
                if isinstance(event, psrpcore.PipelineInputEvent) and pid in self.inputs:
                    self.inputs[pid].append(event.data)
                elif isinstance(event, psrpcore.EndOfPipelineInputEvent) and pid in self.pipelines:
                    self._start(pid)
                elif isinstance(event, psrpcore.CreatePipelineEvent) and pid in self.pipelines:
                    if self.pipelines[pid].metadata.no_input:
                        self._start(pid)
            self._collect()

    def create_pipeline(self, command_id: str, first_fragment: bytes) -> None:
        """Command: the pipeline must exist before its CreatePipeline fragment is fed to the pool."""
        with self.cond:
            pid = command_id.upper()
            self.pipelines[pid] = psrpcore.ServerPipeline(self.pool, uuid.UUID(pid))
            self.inputs[pid] = []
        self.feed(first_fragment, pid)

    @staticmethod
    def script_of(pipe: psrpcore.ServerPipeline) -> str:
        """The script text of a pipeline (add_script); cmdlets are named as PowerShell would show them."""
        parts = []
        for command in pipe.metadata.commands:
            text = command.command_text
            if not command.is_script:
                text += "".join(
                    f" -{n}" if v is None else f" {v}" if n is None else f" -{n} {v}" for n, v in command.parameters
                )
            parts.append(text)
        return " | ".join(parts)

    def _start(self, pid: str) -> None:
        pipe = self.pipelines[pid]
        if pipe.state != PSInvocationState.NotStarted:
            return
        pipe.start()
        lines = [str(x) for x in self.inputs.pop(pid, [])]
        threading.Thread(
            target=self._run, args=(pid, pipe, self.script_of(pipe), lines), daemon=True, name=f"psrp-{pid}"
        ).start()

    def _run(self, pid: str, pipe: psrpcore.ServerPipeline, script: str, lines: list[str]) -> None:
        stdout, stderr, rc = run_guarded(self.runner, self.host, script, lines)
        with self.cond:
            if self.pipelines.get(pid) is not pipe or pipe.state != PSInvocationState.Running:
                return  # stopped or closed meanwhile
            # Each line is one output object, as a PowerShell script writing strings produces.
            for line in re.split(r"\r\n|\n", stdout.rstrip("\r\n")) if stdout else []:
                pipe.write_output(line)
            if stderr:
                pipe.write_error(
                    NETException(Message=stderr.rstrip("\r\n")),
                    category_info=ErrorCategoryInfo(Category=ErrorCategory.NotSpecified, Reason="WriteErrorException"),
                    fully_qualified_error_id="Microsoft.PowerShell.Commands.WriteErrorException",
                )
            if rc:
                psrpcore.ServerHostRequestor(pipe).set_should_exit(rc)
            pipe.complete()
            self.done.add(pid)
            self._collect()

    def _collect(self) -> None:
        """Move what the pool wants to send into per-command outboxes and wake waiting Receives."""
        moved = False
        while (payload := self.pool.data_to_send()) is not None:
            key = str(payload.pipeline_id).upper() if payload.pipeline_id else None
            self.outbox.setdefault(key, []).append(payload.data)
            moved = True
        if moved:
            self.cond.notify_all()

    def receive(self, command_id: str | None, timeout: float) -> tuple[list[bytes], bool] | None:
        """Fragments for the pool (command_id None) or a pipeline, and whether that pipeline is done."""
        key = command_id.upper() if command_id else None
        with self.cond:
            if not self.wait(lambda: bool(self.outbox.get(key)), timeout):
                return None
            fragments = self.outbox.pop(key, [])
            return fragments, key is not None and key in self.done

    def signal(self, command_id: str | None, code: str) -> None:
        """ctrl_c stops a running pipeline; terminate (or ctrl_c of a finished one) closes it."""
        pid = command_id.upper() if command_id else None
        with self.cond:
            pipe = self.pipelines.get(pid) if pid else None
            if pipe is None:
                return
            if code.endswith("crtl_c") or code.endswith("ctrl_c"):
                if pipe.state == PSInvocationState.NotStarted:
                    pipe.start()
                if pipe.state == PSInvocationState.Running:
                    pipe.stop()
                    self._collect()
                    return
            self._close_pipeline(pid)

    def _close_pipeline(self, pid: str) -> None:
        pipe = self.pipelines.pop(pid, None)
        self.inputs.pop(pid, None)
        self.done.discard(pid)
        self.outbox.pop(pid, None)
        if pipe is not None:
            if pipe.state in (PSInvocationState.Running, PSInvocationState.Stopping):
                pipe.stop()
            pipe.close()
        self._collect()
        self.outbox.pop(pid, None)

    def close(self) -> None:
        """Delete: the runspace pool and its pipelines go."""
        with self.cond:
            for pid in list(self.pipelines):
                self._close_pipeline(pid)
            self.closed = True
            self.cond.notify_all()
