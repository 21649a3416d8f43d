"""Authentication (Basic, Negotiate/NTLM) and WinRM message encryption.

NTLM is accepted by pyspnego, whose acceptor reads the users from the file named by the
environment variable NTLM_USER_FILE when it checks an AUTHENTICATE message. Each host has its
own users, so each host gets its own file, and the variable is pointed at the right file under a
lock for the (fast, CPU-only) AUTHENTICATE step: a user of hv01 is unknown to hv02 exactly as a
local account of one Windows host is unknown to another, even when two hosts share a user name
with different passwords.

Kerberos (issue 14 item 5) goes through the same Negotiate acceptor: with the Python `gssapi` package
installed and a keytab named by KRB5_KTNAME (`hvemu serve --kerberos-keytab`), pyspnego's acceptor takes a
raw Kerberos AP-REQ (what pywinrm's vendored requests_kerberos and pypsrp's `auth=kerberos` send under
`Authorization: Negotiate`) or a SPNEGO token that carries one, and answers the AP-REP for mutual
authentication. `kerberos_account` then maps the ticket to the host: see there.
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

SPNEGO_ENCRYPTED = "application/HTTP-SPNEGO-session-encrypted"
# MS-WSMV 2.2.9.1.2: the protocol of messages encrypted with a context made under `Authorization: Kerberos`
# (pypsrp's encryption.py WinRMEncryption.KERBEROS; pywinrm's encryption.py sends SPNEGO for its Kerberos).
KERBEROS_ENCRYPTED = "application/HTTP-Kerberos-session-encrypted"
ENCRYPTED_CONTENT_TYPE = f'multipart/encrypted;protocol="{SPNEGO_ENCRYPTED}";boundary="Encrypted Boundary"'


def encrypted_content_type(protocol: str = SPNEGO_ENCRYPTED) -> str:
    """Content-Type of an encrypted reply: the protocol the client used for its request."""
    return f'multipart/encrypted;protocol="{protocol}";boundary="Encrypted Boundary"'


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
    protocol: str = "ntlm"  # the mechanism the completed context negotiated: "ntlm" or "kerberos"
    principal: str | None = None  # Kerberos: the client principal as the ticket names it


# DER of the Kerberos mechanism OIDs (RFC 4121 1.2.840.113554.1.2.2; Microsoft's 1.2.840.48018.1.2.2, which
# Windows offers first in SPNEGO): a token that carries one and no NTLMSSP signature is a Kerberos attempt.
_KRB5_OIDS = (bytes.fromhex("06092a864886f712010202"), bytes.fromhex("06092a864882f712010202"))


def is_kerberos_token(token: bytes) -> bool:
    """True for a raw Kerberos GSS token or a SPNEGO token whose mechanism token is Kerberos (for the log)."""
    return _NTLMSSP not in token and any(oid in token for oid in _KRB5_OIDS)


@dataclass(frozen=True)
class KerberosConfig:
    """The realm the emulated hosts are joined to, and the keytab with their service keys.

    The keytab holds each host's service keys, `<service>/<host>.<domain>@REALM`. The services a client asks
    for: HTTP (pywinrm's and ansible.builtin.winrm's default service), host (the default `negotiate_service`
    of ansible.builtin.psrp since ansible-core 2.21 and of pypsrp 0.9) and WSMAN (ansible.builtin.psrp's
    default before 2.21, which its documentation says "failed to work on some hosts"). In Active Directory a
    computer account carries HOST/<fqdn> and the default sPNMappings make HTTP an alias of HOST
    (https://learn.microsoft.com/en-us/windows/win32/adschema/a-spnmappings); hvemu accepts the three names
    for the host, the KDC decides which exist.
    """

    keytab: str
    realm: str

    def activate(self) -> None:
        """Point the process's Kerberos acceptor at the keytab: KRB5_KTNAME names the default keytab
        (https://web.mit.edu/kerberos/krb5-latest/doc/admin/env_variables.html), which MIT's GSSAPI acceptor
        uses when it has no explicit credential, accepting any of its keys
        (https://web.mit.edu/kerberos/krb5-latest/doc/appdev/gssapi.html, "Acceptor names")."""
        os.environ["KRB5_KTNAME"] = "FILE:" + os.path.abspath(self.keytab)


def _acceptor_name(ctx) -> str:
    """The service principal a completed Kerberos context was accepted as (the ticket's server name).

    pyspnego keeps the chosen mechanism's proxy in NegotiateProxy._context and the gssapi.SecurityContext in
    GSSAPIProxy._context; gssapi's SecurityContext.target_name is gss_inquire_context's targ_name, "the name of
    the context acceptor" (RFC 2744 5.33): for an acceptor with the default credential, the ticket's server.
    """
    inner = ctx
    for _ in range(3):
        nxt = getattr(inner, "_context", None)
        if nxt is None:
            break
        target = getattr(nxt, "target_name", None)
        if target is not None:
            return str(target).rstrip("\x00")
        inner = nxt
    return ""


def kerberos_account(ctx, host_name: str, users: dict[str, str], config: KerberosConfig) -> tuple[str, str]:
    """(local account, client principal) of a completed Kerberos context on `host_name`; AuthError otherwise.

    * The ticket must be for this host: `HTTP/<host_name>[.<domain>]@REALM` (or `HOST/`, `WSMAN/`). On Windows a
      ticket for another computer does not decrypt with this computer's key; one hvemu process holds every
      host's key, so it checks the name the key belongs to instead.
    * The client must be a principal of the realm whose user name is an account of the host: hvemu models a
      domain account in the host's Administrators group by the host's account of the same name (case-
      insensitive, as Windows names are). The password of that local account plays no part: the KDC checked
      the user's own.
    """
    target = _acceptor_name(ctx)
    service, _, rest = target.partition("/")
    target_host, _, target_realm = rest.partition("@")
    if (
        service.upper() not in ("HTTP", "HOST", "WSMAN")
        or target_realm != config.realm
        or target_host.split(".", 1)[0].lower() != host_name.lower()
    ):
        raise AuthError(f"the Kerberos ticket is for {target or 'an unknown service'!r}, not for {host_name}")
    principal = (ctx.client_principal or "").rstrip("\x00")
    name, _, realm = principal.rpartition("@")
    if realm != config.realm:
        raise AuthError(f"principal {principal!r} is not of realm {config.realm}")
    match = next((u for u in users if u.lower() == name.lower()), None)
    if match is None:
        raise AuthError(f"principal {principal!r} is not an account of {host_name}")
    return match, principal


def ntlm_step(
    session: NTLMSession,
    token: bytes,
    *,
    host_name: str,
    users: dict[str, str],
    files: NTLMUserFiles,
    bindings: GssChannelBindings | None,
    kerberos: KerberosConfig | None = None,
) -> bytes | None:
    """Feed one Negotiate/NTLM/Kerberos token; return the reply token. Raises AuthError on bad credentials.

    Without `kerberos`, a completed Kerberos context is refused (a host not joined to a realm).
    """
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
    if ctx.complete and ctx.negotiated_protocol == "kerberos":
        session.ctx = None
        if kerberos is None:
            raise AuthError(f"{host_name} is not joined to a Kerberos realm")
        session.user, session.principal = kerberos_account(ctx, host_name, users, kerberos)
        session.ctx, session.protocol, session.complete = ctx, "kerberos", True
        return out
    if ctx.complete:
        session.protocol, session.principal = "ntlm", None
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


def wrap_message(ctx, message: bytes, protocol: str = SPNEGO_ENCRYPTED) -> bytes:
    """Encrypt a reply body as WinRM does (one part; the session-encryption protocol the request used)."""
    header, data, padding = ctx.wrap_winrm(message)
    return (
        _BOUNDARY
        + b"\r\n\tContent-Type: "
        + protocol.encode("ascii")
        + b"\r\n"
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
