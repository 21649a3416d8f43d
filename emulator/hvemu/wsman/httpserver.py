"""HTTP/1.1 keep-alive front end: routing, authentication, message encryption, transport faults.

`/wsman/<host>` is one emulated host's WinRM listener; `/_hvemu/...` is the control API.
The order for a WS-Man request follows what a client of a real host would see:
refused/blacked-out host (connection closed, no reply) -> authentication (401) -> decryption ->
injected HTTP 500 / WS-Man fault on the Nth request -> the shell action -> blackout check again
(a disruptive operation that cut the host off loses its own reply) -> latency -> reply.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import json
import logging
import re
import socket
import ssl
import struct
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from hvemu.wsman import auth, soap

log = logging.getLogger("hvemu.http")
IDLE_TIMEOUT = 120.0  # seconds a keep-alive connection may sit idle (http.sys default)


def is_loopback_peer(address: str) -> bool:
    """True for 127.0.0.0/8, ::1 and IPv4-mapped loopback peers: the only ones the control API answers."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    mapped = getattr(ip, "ipv4_mapped", None)
    return bool(ip.is_loopback or (mapped is not None and mapped.is_loopback))


class DropConnection(Exception):
    """Close the TCP connection without any reply."""


class Handler(BaseHTTPRequestHandler):
    """One TCP connection; NTLM state lives here because NTLM authenticates connections."""

    protocol_version = "HTTP/1.1"
    server_version = "Microsoft-HTTPAPI/2.0"
    sys_version = ""
    timeout = IDLE_TIMEOUT
    disable_nagle_algorithm = True  # headers and body are separate writes: no 40 ms delayed-ACK stall

    def setup(self) -> None:
        super().setup()
        self.ntlm = auth.NTLMSession()

    def log_message(self, format: str, *args) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    @property
    def app(self):
        return self.server.app

    # ------------------------------------------------------------------ plumbing
    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _send(
        self,
        code: int,
        body: bytes = b"",
        content_type: str = "application/soap+xml;charset=UTF-8",
        headers: list[tuple[str, str]] | None = None,
        host=None,
    ) -> None:
        if host is not None:
            latency = float(host.faults.latency_ms or 0) / 1000.0
            if latency > 0:
                time.sleep(latency)
            if self.app.is_dropped(host):
                raise DropConnection()
            self.app.count_bytes(host, 0, len(body))
        self.send_response(code)
        for name, value in headers or []:
            self.send_header(name, value)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _drop(self) -> None:
        self.close_connection = True
        try:
            # RST, not FIN: the peer sees the connection torn down, as when the host's network goes.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass

    def _json(self, code: int, obj) -> None:
        self._send(code, json.dumps(obj, sort_keys=True).encode(), "application/json")

    # ------------------------------------------------------------------ verbs
    def do_GET(self) -> None:
        self._route("GET")

    def do_POST(self) -> None:
        self._route("POST")

    def do_DELETE(self) -> None:
        self._route("DELETE")

    def do_PUT(self) -> None:
        self._route("PUT")

    def _route(self, method: str) -> None:
        split = urlsplit(self.path)
        try:
            if split.path.startswith("/_hvemu/") or split.path == "/_hvemu":
                self._control(method, split.path, parse_qs(split.query))
            elif method == "POST":
                self._wsman(split.path)
            else:
                self._read_body()
                self._send(405, b"", "text/plain", [("Allow", "POST")])
        except DropConnection:
            self._drop()

    def _control(self, method: str, path: str, query: dict) -> None:
        body = self._read_body()
        if not is_loopback_peer(self.client_address[0]):
            self._json(403, {"error": "the control API answers loopback peers only"})
            return
        try:
            code, obj = self.app.control(method, path, query, body)
        except Exception as exc:  # a model bug must answer, not kill the connection
            log.exception("control API %s %s failed", method, path)
            code, obj = 500, {"error": f"{type(exc).__name__}: {exc}"}
        self._json(code, obj)

    # ------------------------------------------------------------------ WS-Management
    def _wsman(self, path: str) -> None:
        body = self._read_body()
        parts = [p for p in path.split("/") if p]
        host = self.app.host_by_name(parts[1]) if len(parts) == 2 and parts[0].lower() == "wsman" else None
        if host is None:
            self._send(404, b"", "text/plain")
            return
        self.app.count_bytes(host, len(body), 0)
        if self.app.is_dropped(host):
            raise DropConnection()

        user, extra_headers = self._authenticate(host, body)
        if user is None:
            return
        if not body:
            # The empty POST clients send to build the security context before encrypting.
            self._send(200, b"", "", extra_headers, host)
            return

        content_type = self.headers.get("Content-Type", "")
        encrypted = content_type.lower().startswith("multipart/encrypted")
        ctx = self.ntlm.ctx if self.ntlm.complete else None
        # The reply is sealed under the protocol the request named (MS-WSMV 2.2.9.1: SPNEGO for Negotiate,
        # Kerberos for `Authorization: Kerberos`; pypsrp's wsman.py picks it by the scheme it authenticated with).
        found = re.search(r'protocol="([^"]+)"', content_type)
        protocol = found.group(1) if found else auth.SPNEGO_ENCRYPTED
        if protocol not in (auth.SPNEGO_ENCRYPTED, auth.KERBEROS_ENCRYPTED):
            protocol = auth.SPNEGO_ENCRYPTED
        count = getattr(self.app, "count_message", None)
        if count is not None:
            tls = isinstance(self.connection, ssl.SSLSocket)
            count(host, protocol if encrypted else ("tls" if tls else "clear"))
        if encrypted:
            if ctx is None:
                self._send(400, b"", "text/plain", host=host)
                return
            try:
                body = auth.unwrap_message(ctx, body)
            except Exception as exc:  # a bad seal is the client's problem: 400, as http.sys does
                log.info("cannot decrypt request for %s: %s", host.name, exc)
                self._send(400, b"", "text/plain", host=host)
                return

        injected = self.app.take_injected_fault(host)
        if injected == "http_500":
            self._send(500, b"", "text/plain", host=host)
            return
        if injected == "wsman_fault":
            code, reply = 500, self._injected_fault(body)
        else:
            code, reply = self.app.dispatcher.handle(host, user, body)
        if self.app.is_dropped(host):
            raise DropConnection()
        if encrypted:
            self._send(
                code,
                auth.wrap_message(ctx, reply, protocol),
                auth.encrypted_content_type(protocol),
                extra_headers,
                host,
            )
        else:
            self._send(code, reply, "application/soap+xml;charset=UTF-8", extra_headers, host)

    @staticmethod
    def _injected_fault(body: bytes) -> bytes:
        try:
            message_id = soap.parse_request(body).message_id
        except soap.WSManFault:
            message_id = ""
        return soap.fault_envelope(
            message_id,
            soap.WSManFault(
                soap.INJECTED_FAULT,
                "The WS-Management service cannot process the request. "
                "(hvemu: fault injected by wsman_fault_on_request)",
                "w:InternalError",
            ),
        )

    def _challenge(self, host) -> None:
        challenges = [("WWW-Authenticate", "Negotiate")]
        if getattr(self.app, "kerberos", None) is not None:
            # A domain-joined WinRM listener offers Kerberos next to Negotiate (a 401 of a real one shown in
            # rapid7/metasploit-framework pull 20490: "the WinRM endpoint supports Kerberos and Negotiate").
            challenges.append(("WWW-Authenticate", "Kerberos"))
        challenges.append(("WWW-Authenticate", 'Basic realm="WSMAN"'))
        self._send(401, b"", "text/plain", challenges, host)

    def _log_auth(self, host, user: str | None, scheme: str, accepted: bool, reason: str = "") -> None:
        """One entry of the host's authentication log (control API GET /_hvemu/hosts/{name}/auth)."""
        record = getattr(self.app, "record_auth", None)
        if record is None:
            return
        peer = f"{self.client_address[0]}:{self.client_address[1]}"
        record(
            host,
            user=user,
            scheme=scheme,
            accepted=accepted,
            reason=reason,
            peer=peer,
            tls=isinstance(self.connection, ssl.SSLSocket),
        )

    def _authenticate(self, host, body: bytes) -> tuple[str | None, list[tuple[str, str]]]:
        """The authenticated user of this request, or None after a 401 was sent.

        Every attempt that carries credentials is logged (`_log_auth`): Basic authenticates each request, NTLM
        a connection (its AUTHENTICATE message, the third leg).
        """
        scheme, _, token = self.headers.get("Authorization", "").strip().partition(" ")
        scheme_l = scheme.lower()
        if scheme_l == "basic":
            try:
                user, password = auth.parse_basic(token.strip())
            except auth.AuthError:
                self._log_auth(host, None, "Basic", False, "malformed Basic credentials")
                self._challenge(host)
                return None, []
            sent = user
            user = auth.strip_domain(user)
            match = next((u for u in host.users if u.lower() == user.lower()), None)
            if match is None or host.users[match] != password:
                reason = "unknown user" if match is None else "wrong password"
                self._log_auth(host, sent, "Basic", False, reason)
                self._challenge(host)
                return None, []
            self._log_auth(host, sent, "Basic", True)
            return match, []
        if scheme_l in ("negotiate", "ntlm", "kerberos"):
            try:
                raw = base64.b64decode(token.strip())
            except binascii.Error:
                self._log_auth(host, None, scheme, False, "token is not base64")
                self._challenge(host)
                return None, []
            kerberos = auth.is_kerberos_token(raw)
            sent = None if kerberos else auth.ntlm_authenticate_user(raw)
            try:
                out = auth.ntlm_step(
                    self.ntlm,
                    raw,
                    host_name=host.name,
                    users=host.users,
                    files=self.app.ntlm_files,
                    bindings=None,
                    kerberos=getattr(self.app, "kerberos", None),
                )
            except auth.AuthError as exc:
                # The client principal of a refused ticket is inside its encrypted part: not logged.
                self._log_auth(host, sent, "kerberos" if kerberos else scheme, False, str(exc)[:300])
                self._challenge(host)
                return None, []
            if not self.ntlm.complete:
                self._send(
                    401,
                    b"",
                    "text/plain",
                    [("WWW-Authenticate", f"{scheme} {base64.b64encode(out or b'').decode()}")],
                    host,
                )
                return None, []
            if self.ntlm.protocol == "kerberos":
                self._log_auth(host, self.ntlm.principal, "kerberos", True)
            else:
                self._log_auth(host, sent or self.ntlm.user, scheme, True)
            headers = [("WWW-Authenticate", f"{scheme} {base64.b64encode(out).decode()}")] if out else []
            return self.ntlm.user, headers
        if self.ntlm.complete and self.ntlm.host == host.name and self.ntlm.user:
            return self.ntlm.user, []
        self._challenge(host)
        return None, []


class Server(ThreadingHTTPServer):
    """A threaded HTTP server on 127.0.0.1; with an SSL context, TLS is set up in the connection's thread."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256

    def __init__(self, address, app, ssl_context: ssl.SSLContext | None = None):
        self.app = app
        self.ssl_context = ssl_context
        super().__init__(address, Handler)

    def finish_request(self, request, client_address) -> None:
        if self.ssl_context is None:
            super().finish_request(request, client_address)
            return
        request.settimeout(15)
        try:
            tls = self.ssl_context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError) as exc:
            log.info("TLS handshake with %s failed: %s", client_address, exc)
            return
        tls.settimeout(None)
        try:
            super().finish_request(tls, client_address)
        finally:
            try:
                tls.close()
            except OSError:
                pass

    def handle_error(self, request, client_address) -> None:
        log.debug("connection %s ended with an error", client_address, exc_info=True)
