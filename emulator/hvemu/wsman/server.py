"""The emulator's network side: one HTTP listener (and optionally one HTTPS listener) for a whole fleet."""

from __future__ import annotations

import datetime
import json
import logging
import shutil
import tempfile
import threading
import time
from collections import deque
from dataclasses import dataclass, field

from hvemu.model.stats import READ_OPS
from hvemu.wsman import auth, soap, tls
from hvemu.wsman.dispatcher import DEFAULT_RECEIVE_WAIT, DEFAULT_SHELL_IDLE_TIMEOUT, Dispatcher
from hvemu.wsman.httpserver import Server

log = logging.getLogger("hvemu")
REQUEST_MARKER = "#hvnet-request"  # hvemu.bridge.REQUEST_MARKER: the stdin line before the request


AUTH_LOG_SIZE = 1000  # authentication attempts kept per host (the counters cover every attempt)


@dataclass
class HostTransport:
    """Per-host counters the transport keeps (guarded by lock).

    `auth_log`: each authentication attempt that carried credentials (a Basic header, or an NTLM
    AUTHENTICATE message, or a Kerberos AP-REQ (scheme "kerberos", user the client principal when
    accepted), accepted or rejected; not the anonymous first request nor the NEGOTIATE leg).
    hvemu's own test instrument, not a model of a Windows log: what a client of a real host sees of a
    rejected attempt is only the 401 with its WWW-Authenticate challenges (httpserver._challenge).
    """

    lock: threading.Lock = field(default_factory=threading.Lock)
    auth_log: deque = field(default_factory=lambda: deque(maxlen=AUTH_LOG_SIZE))
    auth_seq: int = 0
    auth_accepted: int = 0
    auth_rejected: int = 0
    # WS-Man requests with a body after authentication, by how they travelled: "tls", "clear" (plain http,
    # unencrypted) or the session-encryption protocol named in their multipart/encrypted Content-Type.
    messages: dict = field(default_factory=dict)


class CountingDispatcher(Dispatcher):
    """The Dispatcher, counting each shell it creates in the host's stats (`shells_created` for a WinRS cmd
    shell, `runspaces_created` for a PSRP runspace pool): what a client's session set-up costs a host."""

    def __init__(self, runner, *args, stats_lock, **kwargs):
        super().__init__(runner, *args, **kwargs)
        self.stats_lock = stats_lock  # host -> the lock guarding its counters

    def _create(self, host, user: str, request) -> bytes:
        reply = super()._create(host, user, request)  # raises (nothing counted) when the Create fails
        with self.stats_lock(host):
            if request.resource_uri == soap.CMD_RESOURCE_URI:
                host.stats.shells_created += 1
            else:
                host.stats.runspaces_created += 1
        return reply


def request_ops(stdin_lines: list[str]) -> list[str]:
    """The op names of a bridge call's request (the JSON line after the request marker), [] when unreadable."""
    lines = [line.rstrip("\r") for line in stdin_lines]
    try:
        request = json.loads(lines[lines.index(REQUEST_MARKER) + 1])
        return [str(op.get("op")) for op in request.get("ops") or [] if isinstance(op, dict)]
    except (ValueError, IndexError, AttributeError, TypeError):
        return []


def read_ops() -> frozenset:
    """The non-mutating bridge ops ("x-mutating": false in protocol.schema.json), else the stats' default."""
    try:
        from hvemu.bridge import schema

        found = frozenset(
            name[3:]
            for name, spec in schema()["$defs"].items()
            if name.startswith("op_") and spec.get("x-mutating") is False
        )
        return found or READ_OPS
    except Exception:  # no checkout with the schema (a bare emulator): the built-in list
        return READ_OPS


def counting_runner(runner, lock):
    """Wrap a script runner so that each bridge call (one the runner counted in `bridge_calls`) is also counted
    by kind (Stats.record_call_kind: read, poll or apply), from its request's op names."""
    kinds: list = []

    def run(host, script: str, stdin_lines: list[str]):
        before = host.stats.bridge_calls
        out = runner(host, script, stdin_lines)
        if host.stats.bridge_calls > before:
            if not kinds:
                kinds.append(read_ops())
            ops = request_ops(stdin_lines)
            with lock(host):
                host.stats.record_call_kind(ops, kinds[0])
        return out

    return run


class Emulator:
    """Serves every host of a fleet on 127.0.0.1 (`/wsman/<host>`) plus the control API (`/_hvemu/`).

    runner is the script runner (hvemu.bridge), `run_script(host, script, stdin_lines) -> (stdout, stderr, rc)`;
    by default hvemu.bridge.run_script.
    """

    def __init__(
        self,
        fleet,
        runner=None,
        *,
        port: int = 0,
        tls_port: int | None = None,
        state_dir: str | None = None,
        max_receive_wait: float = DEFAULT_RECEIVE_WAIT,
        shell_idle_timeout: float = DEFAULT_SHELL_IDLE_TIMEOUT,
        bind: str = "127.0.0.1",
        kerberos: auth.KerberosConfig | None = None,
    ):
        if runner is None:
            from hvemu.bridge import run_script as runner
        self.fleet = fleet
        self.dispatcher = CountingDispatcher(
            counting_runner(runner, self._stats_lock), max_receive_wait, shell_idle_timeout, stats_lock=self._stats_lock
        )
        self._own_work_dir = state_dir is None
        self.work_dir = state_dir or tempfile.mkdtemp(prefix="hvemu-")
        self.ntlm_files = auth.NTLMUserFiles()
        # Kerberos: every host is joined to this realm, its HTTP/ key in the keytab (auth.KerberosConfig).
        self.kerberos = kerberos
        if kerberos is not None:
            kerberos.activate()
        self._transport: dict[str, HostTransport] = {name: HostTransport() for name in fleet.hosts}
        self._lower = {name.lower(): name for name in fleet.hosts}
        self._bind = bind
        self._port = port
        self._tls_port = tls_port
        self.tls_material: tls.TLSMaterial | None = None
        self.http: Server | None = None
        self.https: Server | None = None
        self._threads: list[threading.Thread] = []

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> Emulator:
        """Bind the listeners and serve in background threads."""
        self.http = Server((self._bind, self._port), self)
        if self._tls_port is not None:
            self.tls_material = tls.generate(self.work_dir)
            self.https = Server((self._bind, self._tls_port), self, tls.server_context(self.tls_material))
        for server in (self.http, self.https):
            if server is not None:
                thread = threading.Thread(
                    target=server.serve_forever,
                    kwargs={"poll_interval": 0.05},
                    daemon=True,
                    name=f"hvemu-listener-{server.server_address[1]}",
                )
                thread.start()
                self._threads.append(thread)
        return self

    def stop(self) -> None:
        """Stop listening (open connections end with the process)."""
        for server in (self.http, self.https):
            if server is not None:
                server.shutdown()
                server.server_close()
        # the NTLM user files hold passwords; a temporary work dir holds the CA key material
        shutil.rmtree(self.ntlm_files.directory, ignore_errors=True)
        if self._own_work_dir:
            shutil.rmtree(self.work_dir, ignore_errors=True)

    @property
    def http_port(self) -> int:
        return self.http.server_address[1]

    @property
    def https_port(self) -> int | None:
        return self.https.server_address[1] if self.https else None

    @property
    def ca_path(self) -> str | None:
        return self.tls_material.ca_cert if self.tls_material else None

    def urls(self) -> list[str]:
        """Base URLs of the listeners."""
        out = [f"http://127.0.0.1:{self.http_port}"]
        if self.https:
            out.append(f"https://127.0.0.1:{self.https_port}")
        return out

    # ------------------------------------------------------------------ hosts and faults
    def host_by_name(self, name: str):
        """The host named in a URL (case-insensitive, as Windows host names are), or None."""
        real = self._lower.get(name.lower())
        return self.fleet.hosts.get(real) if real else None

    def _state(self, host) -> HostTransport:
        state = self._transport.get(host.name)
        if state is None:
            state = self._transport.setdefault(host.name, HostTransport())
        return state

    @staticmethod
    def is_dropped(host) -> bool:
        """Refused connections, or a blackout after a disruptive operation."""
        return bool(host.faults.refuse_connections) or time.monotonic() < float(getattr(host, "blackout_until", 0.0))

    def _stats_lock(self, host) -> threading.Lock:
        """The lock that guards a host's transport counters (and the stats counted here)."""
        return self._state(host).lock

    def count_bytes(self, host, bytes_in: int, bytes_out: int) -> None:
        """Account HTTP body bytes in the host's stats."""
        with self._state(host).lock:
            host.stats.bytes_in += bytes_in
            host.stats.bytes_out += bytes_out

    def record_auth(
        self,
        host,
        *,
        user: str | None,
        scheme: str,
        accepted: bool,
        reason: str = "",
        peer: str = "",
        tls: bool = False,
    ) -> None:
        """Log one authentication attempt of a host (never a password: Basic passwords are not passed here).

        An accepted one also counts in the host's `authentications` (Stats): each NTLM/Kerberos handshake; a
        Basic request only when it is the first of its HTTP connection. socketserver.ThreadingMixIn serves each
        connection in a thread of its own (process_request), and the Handler calls this in that thread, so the
        thread object stands for the connection.
        """
        state = self._state(host)
        first_of_connection = True
        if accepted and scheme.lower() == "basic":
            seen = threading.current_thread().__dict__.setdefault("_hvemu_basic_hosts", set())
            first_of_connection = host.name not in seen
            seen.add(host.name)
        with state.lock:
            state.auth_seq += 1
            if accepted:
                state.auth_accepted += 1
                if first_of_connection:
                    host.stats.authentications += 1
            else:
                state.auth_rejected += 1
            state.auth_log.append(
                {
                    "seq": state.auth_seq,
                    "time": datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds"),
                    "user": user,
                    "scheme": scheme,
                    "accepted": accepted,
                    "reason": reason,
                    "peer": peer,
                    "tls": tls,
                }
            )

    def count_message(self, host, how: str) -> None:
        """Count one authenticated WS-Man request by how it travelled (see HostTransport.messages)."""
        state = self._state(host)
        with state.lock:
            state.messages[how] = state.messages.get(how, 0) + 1

    def auth_log(self, host) -> dict:
        """The host's authentication attempts (the last AUTH_LOG_SIZE), the counts of all of them, and how the
        authenticated requests travelled (`messages`)."""
        state = self._state(host)
        with state.lock:
            return {
                "attempts": list(state.auth_log),
                "accepted": state.auth_accepted,
                "rejected": state.auth_rejected,
                "messages": dict(state.messages),
            }

    def take_injected_fault(self, host) -> str | None:
        """Count one WS-Man request against http_500_on_request / wsman_fault_on_request.

        Each counter is N = "the Nth request from now"; it is decremented in place (the control API
        shows what is left) and fires when it reaches 0.
        """
        faults = host.faults
        fired = None
        with self._state(host).lock:
            for name, kind in (("http_500_on_request", "http_500"), ("wsman_fault_on_request", "wsman_fault")):
                value = int(getattr(faults, name) or 0)
                if value > 0:
                    setattr(faults, name, value - 1)
                    if value == 1 and fired is None:
                        fired = kind
        return fired

    def reboot(self, host) -> object:
        """Reboot a host: the model resets and runs its boot task, the WinRM service loses every shell."""
        from hvemu.bridge import reboot

        result = reboot(host)
        self.dispatcher.drop_host(host.name)
        return result

    # ------------------------------------------------------------------ control API
    def control(self, method: str, path: str, query: dict, body: bytes) -> tuple[int, object]:
        """Answer a control API request (see hvemu.control)."""
        from hvemu import control

        return control.handle(self, method, path, query, body)
