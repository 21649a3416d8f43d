"""WS-Management actions (Create, Command, Send, Receive, Signal, Delete) over the shells of a fleet.

Shells live per host, so one host's shells are invisible through another host's URL, and per
owner, so one user cannot drive another user's shell. Creating a shell enforces the host's WinRM
quotas (MaxShellsPerUser, MaxConcurrentUsers) with the faults Windows returns.
"""

from __future__ import annotations

import base64
import binascii
import logging
import threading
import time
import uuid
import xml.etree.ElementTree as ET

from hvemu.wsman import soap
from hvemu.wsman.shells import CmdShell, PSRPShell, ScriptRunner, Shell

NS = soap.NS
log = logging.getLogger("hvemu.wsman")
PS_NS = "http://schemas.microsoft.com/powershell"
DEFAULT_RECEIVE_WAIT = 20.0  # real WinRM waits the whole OperationTimeout (clients default to 20 s)
DEFAULT_SHELL_IDLE_TIMEOUT = 7200.0  # winrm/config/winrs IdleTimeout: 7,200,000 ms


def max_shells_fault(limit: int) -> soap.WSManFault:
    """MaxShellsPerUser exceeded: the message Windows writes (ERROR_WSMAN_QUOTA_MAX_SHELLS)."""
    return soap.WSManFault(
        soap.QUOTA_MAX_SHELLS,
        f"The WS-Management service cannot process the request. This user is allowed a maximum number of {limit} "
        "concurrent shells, which has been exceeded. Close existing shells or raise the quota for this user. ",
        "w:QuotaLimit",
    )


def max_users_fault() -> soap.WSManFault:
    """MaxConcurrentUsers exceeded (ERROR_WSMAN_QUOTA_MAX_SHELLUSERS; message of MS-WSMV 3.1.4.5.2.1)."""
    return soap.WSManFault(
        soap.QUOTA_MAX_SHELLUSERS,
        "The Windows Remote Shell cannot process the request. The server exceeded the maximum number of users "
        "concurrently performing remote operations on the same system. Retry later.",
        "w:QuotaLimit",
    )


class Dispatcher:
    """Routes parsed WS-Man requests to shells; safe for concurrent requests."""

    def __init__(
        self,
        runner: ScriptRunner,
        max_receive_wait: float = DEFAULT_RECEIVE_WAIT,
        shell_idle_timeout: float = DEFAULT_SHELL_IDLE_TIMEOUT,
    ):
        self.runner = runner
        self.max_receive_wait = max_receive_wait
        # Shells a client abandoned (a dropped connection, a killed controller) count against the
        # quotas until they have been idle this long, as on Windows.
        self.shell_idle_timeout = shell_idle_timeout
        self._lock = threading.Lock()  # guards the shell tables only; never held while a shell works
        self._shells: dict[str, dict[str, Shell]] = {}

    # ------------------------------------------------------------------ tables
    def shells_of(self, host_name: str) -> list[Shell]:
        """Open shells of a host (a snapshot)."""
        with self._lock:
            return list(self._shells.get(host_name, {}).values())

    def drop_host(self, host_name: str) -> int:
        """Forget every shell of a host (a reboot restarts the WinRM service); returns how many."""
        with self._lock:
            shells = self._shells.pop(host_name, {})
        for shell in shells.values():
            shell.close()
        return len(shells)

    def _lookup(self, host_name: str, user: str, shell_id: str | None) -> Shell:
        with self._lock:
            shell = self._shells.get(host_name, {}).get((shell_id or "").upper())
        if shell is None or shell.owner.lower() != user.lower():
            raise soap.shell_not_found(shell_id)
        shell.last_used = time.monotonic()
        return shell

    def _expire_idle(self, host_name: str) -> None:
        """Close the host's shells idle for longer than the IdleTimeout (and not running anything)."""
        now = time.monotonic()
        with self._lock:
            table = self._shells.get(host_name, {})
            expired = [s for s in table.values() if now - s.last_used > self.shell_idle_timeout and not s.busy()]
            for shell in expired:
                del table[shell.shell_id]
        for shell in expired:
            shell.close()

    def _register(self, host, user: str, shell: Shell) -> None:
        self._expire_idle(host.name)
        faults = host.faults
        with self._lock:
            table = self._shells.setdefault(host.name, {})
            mine = sum(1 for s in table.values() if s.owner.lower() == user.lower())
            users = {s.owner.lower() for s in table.values()}
            if user.lower() not in users and len(users) >= int(faults.max_concurrent_users):
                raise max_users_fault()
            if mine >= int(faults.max_shells_per_user):
                raise max_shells_fault(int(faults.max_shells_per_user))
            if shell.shell_id in table:
                raise soap.WSManFault(
                    2150858803, f"A shell with ShellId {shell.shell_id} already exists.", "w:AlreadyExists"
                )
            table[shell.shell_id] = shell

    def _unregister(self, host_name: str, shell: Shell) -> None:
        with self._lock:
            table = self._shells.get(host_name, {})
            if table.get(shell.shell_id) is shell:
                del table[shell.shell_id]

    # ------------------------------------------------------------------ entry point
    def handle(self, host, user: str, data: bytes) -> tuple[int, bytes]:
        """Answer one SOAP request: (HTTP status, envelope)."""
        message_id = ""
        try:
            request = soap.parse_request(data)
            message_id = request.message_id
            handler = {
                soap.ACTION_CREATE: self._create,
                soap.ACTION_DELETE: self._delete,
                soap.ACTION_COMMAND: self._command,
                soap.ACTION_SEND: self._send,
                soap.ACTION_RECEIVE: self._receive,
                soap.ACTION_SIGNAL: self._signal,
            }.get(request.action)
            if handler is None:
                raise soap.WSManFault(
                    soap.ACTION_NOT_SUPPORTED,
                    f"The WS-Management service does not support the action {request.action}.",
                    "w:ActionNotSupported",
                )
            return 200, handler(host, user, request)
        except soap.WSManFault as fault:
            return 500, soap.fault_envelope(message_id, fault)
        except Exception as exc:  # an emulator bug becomes a fault the client can show, not a dead connection
            log.exception("WS-Man request on %s failed", getattr(host, "name", host))
            return 500, soap.fault_envelope(
                message_id, soap.WSManFault(2147500037, f"hvemu internal error: {type(exc).__name__}: {exc}")
            )

    def _wait_for(self, request: soap.Request) -> float:
        timeout = request.operation_timeout if request.operation_timeout is not None else DEFAULT_RECEIVE_WAIT
        return max(0.0, min(timeout, self.max_receive_wait))

    # ------------------------------------------------------------------ actions
    def _create(self, host, user: str, request: soap.Request) -> bytes:
        shell_el = request.body.find("rsp:Shell", NS)
        if shell_el is None:
            raise soap.WSManFault(2150858778, "The Create request has no rsp:Shell.", "w:SchemaValidationError")
        shell_id = (shell_el.get("ShellId") or str(uuid.uuid4())).upper()
        uri = request.resource_uri
        if uri == soap.CMD_RESOURCE_URI:
            shell: Shell = CmdShell(shell_id, host, user, uri, self.runner)
        elif uri.startswith(soap.PS_RESOURCE_PREFIX):
            shell = PSRPShell(shell_id, host, user, uri, self.runner)
        else:
            raise soap.WSManFault(
                soap.INVALID_RESOURCE_URI,
                f"The WS-Management service cannot process the request. The resource URI {uri} "
                "was not found in the WS-Management catalog.",
                "w:DestinationUnreachable",
            )
        self._register(host, user, shell)  # quota checks before any work
        if isinstance(shell, PSRPShell):
            creation = shell_el.find(f"{{{PS_NS}}}creationXml")
            try:
                shell.feed(base64.b64decode(creation.text or "") if creation is not None else b"", None)
            except Exception as exc:
                self._unregister(host.name, shell)
                raise soap.WSManFault(2150858778, f"Invalid creationXml: {exc}", "w:SchemaValidationError") from exc
        created = ET.Element(soap.q("x", "ResourceCreated"))
        ET.SubElement(created, soap.q("a", "Address")).text = f"http://127.0.0.1/wsman/{host.name}"
        refs = ET.SubElement(created, soap.q("a", "ReferenceParameters"))
        ET.SubElement(refs, soap.q("w", "ResourceURI")).text = uri
        selectors = ET.SubElement(refs, soap.q("w", "SelectorSet"))
        ET.SubElement(selectors, soap.q("w", "Selector"), {"Name": "ShellId"}).text = shell_id
        info = ET.Element(soap.q("rsp", "Shell"))
        for tag, value in (
            ("ShellId", shell_id),
            ("ResourceUri", uri),
            ("Owner", user),
            ("ClientIP", "127.0.0.1"),
            ("IdleTimeOut", "PT7200.000S"),
            ("InputStreams", "stdin pr" if shell.kind == "psrp" else "stdin"),
            ("OutputStreams", "stdout" if shell.kind == "psrp" else "stdout stderr"),
        ):
            ET.SubElement(info, soap.q("rsp", tag)).text = value
        return soap.envelope(
            "http://schemas.xmlsoap.org/ws/2004/09/transfer/CreateResponse", request.message_id, [created, info]
        )

    def _delete(self, host, user: str, request: soap.Request) -> bytes:
        shell = self._lookup(host.name, user, request.shell_id)
        self._unregister(host.name, shell)
        shell.close()
        return soap.envelope("http://schemas.xmlsoap.org/ws/2004/09/transfer/DeleteResponse", request.message_id)

    def _command(self, host, user: str, request: soap.Request) -> bytes:
        shell = self._lookup(host.name, user, request.shell_id)
        line = request.body.find("rsp:CommandLine", NS)
        if line is None:
            raise soap.WSManFault(2150858778, "The Command request has no rsp:CommandLine.", "w:SchemaValidationError")
        command_id = (line.get("CommandId") or str(uuid.uuid4())).upper()
        executable = line.findtext("rsp:Command", "", NS) or ""
        arguments = [a.text or "" for a in line.findall("rsp:Arguments", NS)]
        if isinstance(shell, CmdShell):
            # WinRS joins the command and its arguments with spaces into one command line for cmd.exe.
            command_line = " ".join([executable.strip(), *arguments]).strip()
            console = request.options.get("WINRS_CONSOLEMODE_STDIN", "TRUE").upper() != "FALSE"
            shell.add_command(command_id, command_line, console)
        else:
            try:
                fragment = base64.b64decode(arguments[0] if arguments else "", validate=True)
                shell.create_pipeline(command_id, fragment)
            except (binascii.Error, ValueError) as exc:
                raise soap.WSManFault(
                    2150858778, f"Invalid pipeline creation data: {exc}", "w:SchemaValidationError"
                ) from exc
        response = ET.Element(soap.q("rsp", "CommandResponse"))
        ET.SubElement(response, soap.q("rsp", "CommandId")).text = command_id
        return soap.envelope(f"{soap.SHELL_NS}/CommandResponse", request.message_id, [response])

    def _send(self, host, user: str, request: soap.Request) -> bytes:
        shell = self._lookup(host.name, user, request.shell_id)
        for stream in request.body.findall("rsp:Send/rsp:Stream", NS):
            try:
                data = base64.b64decode(stream.text or "")
            except (binascii.Error, ValueError) as exc:
                raise soap.WSManFault(2150858778, f"Invalid stream data: {exc}", "w:SchemaValidationError") from exc
            command_id = (stream.get("CommandId") or "").upper() or None
            if isinstance(shell, CmdShell):
                shell.send(command_id or "", data, (stream.get("End") or "").lower() == "true")
            elif data:
                shell.feed(data, command_id, stream.get("Name") or "stdin")
        return soap.envelope(
            f"{soap.SHELL_NS}/SendResponse", request.message_id, [ET.Element(soap.q("rsp", "SendResponse"))]
        )

    def _receive(self, host, user: str, request: soap.Request) -> bytes:
        shell = self._lookup(host.name, user, request.shell_id)
        desired = request.body.find("rsp:Receive/rsp:DesiredStream", NS)
        command_id = ((desired.get("CommandId") if desired is not None else None) or "").upper() or None
        response = ET.Element(soap.q("rsp", "ReceiveResponse"))
        if isinstance(shell, CmdShell):
            try:
                result = shell.receive(command_id or "", self._wait_for(request))
            except KeyError:
                raise soap.WSManFault(87, "The parameter is incorrect. ", "w:InvalidParameter") from None
            if result is None:
                raise soap.timeout_fault()
            out, err, exit_code = result
            for name, data in (("stdout", out), ("stderr", err)):
                attrs = {"Name": name, "CommandId": command_id or ""}
                if data:
                    ET.SubElement(response, soap.q("rsp", "Stream"), attrs).text = base64.b64encode(data).decode()
                if exit_code is not None:
                    ET.SubElement(response, soap.q("rsp", "Stream"), {**attrs, "End": "true"})
            self._command_state(response, command_id, exit_code)
        else:
            result = shell.receive(command_id, self._wait_for(request))
            if result is None:
                raise soap.timeout_fault()
            fragments, done = result
            for fragment in fragments:
                attrs = {"Name": "stdout"}
                if command_id:
                    attrs["CommandId"] = command_id
                ET.SubElement(response, soap.q("rsp", "Stream"), attrs).text = base64.b64encode(fragment).decode()
            if command_id:
                self._command_state(response, command_id, 0 if done else None)
        return soap.envelope(f"{soap.SHELL_NS}/ReceiveResponse", request.message_id, [response])

    @staticmethod
    def _command_state(parent: ET.Element, command_id: str | None, exit_code: int | None) -> None:
        attrs = {
            "CommandId": command_id or "",
            "State": soap.STATE_DONE if exit_code is not None else soap.STATE_RUNNING,
        }
        state = ET.SubElement(parent, soap.q("rsp", "CommandState"), attrs)
        if exit_code is not None:
            ET.SubElement(state, soap.q("rsp", "ExitCode")).text = str(exit_code)

    def _signal(self, host, user: str, request: soap.Request) -> bytes:
        shell = self._lookup(host.name, user, request.shell_id)
        signal_el = request.body.find("rsp:Signal", NS)
        command_id = ((signal_el.get("CommandId") if signal_el is not None else None) or "").upper() or None
        code = (signal_el.findtext("rsp:Code", "", NS) if signal_el is not None else "").strip()
        shell.signal(command_id, code)
        return soap.envelope(
            f"{soap.SHELL_NS}/SignalResponse", request.message_id, [ET.Element(soap.q("rsp", "SignalResponse"))]
        )
