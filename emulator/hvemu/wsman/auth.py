"""Authentication (Basic, Negotiate/NTLM) and WinRM message encryption.

NTLM is accepted by pyspnego, whose acceptor reads the users from the file named by the
environment variable NTLM_USER_FILE when it checks an AUTHENTICATE message. Each host has its
own users, so each host gets its own file, and the variable is pointed at the right file under a
lock for the (fast, CPU-only) AUTHENTICATE step: a user of hv01 is unknown to hv02 exactly as a
local account of one Windows host is unknown to another, even when two hosts share a user name
with different passwords.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import struct
import tempfile
import threading
from dataclasses import dataclass, field

import spnego
import spnego.exceptions
from spnego.channel_bindings import GssChannelBindings

ENCRYPTED_CONTENT_TYPE = (
    'multipart/encrypted;protocol="application/HTTP-SPNEGO-session-encrypted";boundary="Encrypted Boundary"'
)
_BOUNDARY = b"--Encrypted Boundary"
_ENV_LOCK = threading.Lock()


class AuthError(Exception):
    """Credentials were rejected: the caller answers 401."""


_NTLMSSP = b"NTLMSSP\x00"


def ntlm_authenticate_user(token: bytes) -> str | None:
    """`DOMAIN\\user` (or `user`) named in an NTLM AUTHENTICATE message, or None when the token holds none.

    For the authentication log only (hvemu's own instrument, not a model of a Windows log). The token may be
    raw NTLM or wrapped in SPNEGO; the layout is MS-NLMP 2.2.1.3 AUTHENTICATE_MESSAGE
    (https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-nlmp/033d32cc-88f9-4483-9bf2-b273055038ce):
    signature, MessageType 3, then the Lm/Nt challenge response, DomainName and UserName fields (each
    Len, MaxLen, BufferOffset from the start of the message) and NegotiateFlags at offset 60, whose bit
    NTLMSSP_NEGOTIATE_UNICODE (0x1) says the names are UTF-16LE (else OEM code page).
    """
    start = token.find(_NTLMSSP)
    if start < 0 or len(token) < start + 64:
        return None
    msg = token[start:]
    if struct.unpack_from("<I", msg, 8)[0] != 3:
        return None
    flags = struct.unpack_from("<I", msg, 60)[0]

    def field_text(offset: int) -> str:
        length, _max, where = struct.unpack_from("<HHI", msg, offset)
        raw = msg[where : where + length]
        return raw.decode("utf-16-le" if flags & 1 else "latin-1", errors="replace")

    try:
        domain, user = field_text(28), field_text(36)
    except struct.error:
        return None
    return f"{domain}\\{user}" if domain else user


def parse_basic(token: str) -> tuple[str, str]:
    """User and password of a Basic Authorization token."""
    try:
        user, sep, password = base64.b64decode(token, validate=True).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise AuthError("malformed Basic credentials") from exc
    if not sep:
        raise AuthError("malformed Basic credentials")
    return user, password


def strip_domain(principal: str) -> str:
    """`HOST\\user` or `user@host` -> `user` (local accounts of the emulated host)."""
    if "\\" in principal:
        principal = principal.split("\\", 1)[1]
    if "@" in principal:
        principal = principal.split("@", 1)[0]
    return principal


class NTLMUserFiles:
    """One NTLM_USER_FILE per host, written on first use and rewritten when the host's users change."""

    def __init__(self, directory: str | None = None):
        self.directory = directory or tempfile.mkdtemp(prefix="hvemu-ntlm-")
        self._written: dict[str, tuple[tuple[str, str], ...]] = {}
        self._lock = threading.Lock()

    def path_for(self, host_name: str, users: dict[str, str]) -> str:
        """Path of the host's user file, (re)written when the users differ from the last write."""
        items = tuple(sorted(users.items()))
        path = os.path.join(self.directory, f"{host_name}.ntlm")
        with self._lock:
            if self._written.get(host_name) != items:
                tmp = path + ".tmp"
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    # Heimdal format DOMAIN:USER:PASSWORD; the empty domain matches clients that send none,
                    # the host-name domain matches `HOST\\user`.
                    for user, password in items:
                        fh.write(f":{user}:{password}\n{host_name}:{user}:{password}\n")
                os.replace(tmp, path)
                self._written[host_name] = items
        return path


@dataclass
class NTLMSession:
    """The security context of one TCP connection (NTLM authenticates connections, not requests)."""

    ctx: object | None = None
    host: str | None = None
    user: str | None = None
    complete: bool = False
    extra: dict = field(default_factory=dict)


def ntlm_step(
    session: NTLMSession,
    token: bytes,
    *,
    host_name: str,
    users: dict[str, str],
    files: NTLMUserFiles,
    bindings: GssChannelBindings | None,
) -> bytes | None:
    """Feed one Negotiate/NTLM token; return the reply token. Raises AuthError on bad credentials."""
    path = files.path_for(host_name, users)
    try:
        # The acceptor checks NTLM_USER_FILE when it is made and reads it on AUTHENTICATE: both
        # happen with the variable naming this host's file.
        with _ENV_LOCK:
            previous = os.environ.get("NTLM_USER_FILE")
            os.environ["NTLM_USER_FILE"] = path
            try:
                if session.ctx is None or session.complete or session.host != host_name:
                    session.ctx = spnego.server(protocol="negotiate", channel_bindings=bindings)
                    session.host, session.user, session.complete = host_name, None, False
                out = session.ctx.step(token)
            finally:
                if previous is None:
                    del os.environ["NTLM_USER_FILE"]
                else:
                    os.environ["NTLM_USER_FILE"] = previous
    except (spnego.exceptions.SpnegoError, ValueError, struct.error) as exc:
        session.ctx, session.complete = None, False
        raise AuthError(str(exc)) from exc
    ctx = session.ctx
    if ctx.complete:
        user = strip_domain(ctx.client_principal or "")
        if user.lower() not in {u.lower() for u in users}:
            session.ctx = None
            raise AuthError(f"user {user!r} is not an account of {host_name}")
        session.user = next(u for u in users if u.lower() == user.lower())
        session.complete = True
    return out


def unwrap_message(ctx, body: bytes) -> bytes:
    """Decrypt a multipart/encrypted request body (one or more parts)."""
    out = b""
    parts = [p for p in body.split(_BOUNDARY) if p.strip() and p.strip() != b"--"]
    for i in range(0, len(parts) - 1, 2):
        match = re.search(rb"Length=(\d+)", parts[i])
        if not match:
            raise ValueError("encrypted part without OriginalContent Length")
        length = int(match.group(1))
        payload = parts[i + 1]
        marker = b"application/octet-stream\r\n"
        start = payload.find(marker)
        if start < 0:
            raise ValueError("encrypted part without octet-stream payload")
        data = payload[start + len(marker) :]
        sig_len = struct.unpack("<I", data[:4])[0]
        message = ctx.unwrap_winrm(data[4 : 4 + sig_len], data[4 + sig_len :])
        if len(message) != length:
            raise ValueError(f"decrypted length {len(message)} != announced {length}")
        out += message
    return out


def wrap_message(ctx, message: bytes) -> bytes:
    """Encrypt a reply body as WinRM does (one part, SPNEGO session encryption)."""
    header, data, padding = ctx.wrap_winrm(message)
    return (
        _BOUNDARY
        + b"\r\n\tContent-Type: application/HTTP-SPNEGO-session-encrypted\r\n"
        + b"\tOriginalContent: type=application/soap+xml;charset=UTF-8;Length="
        + str(len(message) + padding).encode()
        + b"\r\n"
        + _BOUNDARY
        + b"\r\n\tContent-Type: application/octet-stream\r\n"
        + struct.pack("<I", len(header))
        + header
        + data
        + _BOUNDARY
        + b"--\r\n"
    )
