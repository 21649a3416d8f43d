"""The emulator's network side: one HTTP listener (and optionally one HTTPS listener) for a whole fleet."""

from __future__ import annotations

import datetime
import logging
import shutil
import tempfile
import threading
import time
from collections import deque
from dataclasses import dataclass, field

from hvemu.wsman import auth, tls
from hvemu.wsman.dispatcher import DEFAULT_RECEIVE_WAIT, DEFAULT_SHELL_IDLE_TIMEOUT, Dispatcher
from hvemu.wsman.httpserver import Server

log = logging.getLogger("hvemu")


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


class Emulator:
    """Serves every host of a fleet on 127.0.0.1 (`/wsman/<host>`) plus the control API (`/_hvemu/`).

    runner is the script engine, `run_script(host, script, stdin_lines) -> (stdout, stderr, rc)`;
    by default hvemu.engine.run_script.
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
            from hvemu.engine import run_script as runner
        self.fleet = fleet
        self.dispatcher = Dispatcher(runner, max_receive_wait, shell_idle_timeout)
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
        """Log one authentication attempt of a host (never a password: Basic passwords are not passed here)."""
        state = self._state(host)
        with state.lock:
            state.auth_seq += 1
            if accepted:
                state.auth_accepted += 1
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
        """Reboot a host: the model resets, the WinRM service loses every shell."""
        result = host.reboot()
        self.dispatcher.drop_host(host.name)
        return result

    # ------------------------------------------------------------------ control API
    def control(self, method: str, path: str, query: dict, body: bytes) -> tuple[int, object]:
        """Answer a control API request (see hvemu.control)."""
        from hvemu import control

        return control.handle(self, method, path, query, body)
