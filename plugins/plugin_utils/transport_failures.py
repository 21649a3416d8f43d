# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Transport failures: what a connection plugin's exception is, and what it becomes under the retry policy
(internal collection use only).

The bridge client turns a failed call into ``BridgeUnreachable`` or ``BridgeConnectionLost`` here; the action
plugins and the inventory plugin's host query ask the same questions of the failures they see themselves.
"""

import re

from ansible_collections.hyperv.network.plugins.plugin_utils.errors import BridgeConnectionLost, HvNetError

# ---- transport failures: which are retried (docs/reliability.md, "Retry policy") ----------------
# The classes, from what ansible.builtin.winrm (pywinrm) and ansible.builtin.psrp (pypsrp) raise:
FAILURE_AUTH = "authentication"  # 401, "credentials were rejected", Kerberos/NTLM/CredSSP errors
FAILURE_NOT_FOUND = "not_found"  # 404: no WinRM listener at that path on that port
FAILURE_TLS = "tls"  # certificate verification, TLS version or handshake failures
FAILURE_NO_ANSWER = "no_answer"  # refused, timed out, reset or closed without an HTTP answer
FAILURE_ANSWERED = "answered_error"  # the host answered, with an HTTP error (5xx) or a WS-Man fault
#: Never retried, whether or not the host answered before: a retry cannot help, and a wrong
#: password sent again and again locks a domain account out.
NEVER_RETRIED = (FAILURE_AUTH, FAILURE_NOT_FOUND, FAILURE_TLS)

_FAILURE_PATTERNS = (
    (
        FAILURE_TLS,
        r"SSLError|SSLCertVerificationError|CERTIFICATE_VERIFY_FAILED|certificate verify failed|WRONG_VERSION_NUMBER"
        r"|wrong version number|SSLV3_ALERT|TLSV1_ALERT|tlsv1 alert|handshake failure|UNSUPPORTED_PROTOCOL"
        r"|hostname mismatch|doesn't match either of",
    ),
    (
        FAILURE_AUTH,
        r"credentials were rejected|failed to authenticate|Kerberos auth failure|kinit|\bCode:?\s*401\b|\b401 Unauthori"
        r"|InvalidCredentialsError|AuthenticationError|AuthenticationException|KerberosExchangeError|SpnegoError"
        r"|GSSError|authGSSClient|\bGSS failure|CredSSP token|SEC_E_LOGON_DENIED|STATUS_LOGON_FAILURE|logon failure"
        # pyspnego's kinit with a password (psrp) raises krb5.Krb5Error with MIT's KDC error text
        r"|Krb5Error|Preauthentication failed|Decrypt integrity check failed|Client not found in Kerberos database",
    ),
    (FAILURE_NOT_FOUND, r"\bCode:?\s*404\b|404 Not Found"),
    (
        FAILURE_NO_ANSWER,
        r"Connection refused|Failed to establish a new connection|NewConnectionError|Name or service not known"
        r"|nodename nor servname|getaddrinfo failed|No route to host|Network is unreachable|ConnectTimeout"
        r"|timed out|Connection aborted|Connection reset|RemoteDisconnected|closed connection without response"
        r"|Broken pipe|EOF occurred",
    ),
    (FAILURE_ANSWERED, r"\bCode:?\s*[45]\d\d\b|WSManFault|http_status_code|w:[A-Z][A-Za-z]+"),
)

_HINTS = {
    FAILURE_AUTH: (
        "The host rejected the credentials: check ansible_user and ansible_password (and ansible_winrm_transport "
        "or ansible_psrp_auth). hyperv.network sent them once and never retries an authentication failure, so a "
        "wrong password does not lock out a domain account"
    ),
    FAILURE_NOT_FOUND: (
        "The server at this address answered 404 for the WinRM path: check ansible_winrm_path or ansible_psrp_path "
        "(default /wsman), ansible_host and ansible_port. Not retried"
    ),
    FAILURE_TLS: (
        "The TLS connection failed: check the CA (ansible_winrm_ca_trust_path or ansible_psrp_ca_cert), the "
        "listener's certificate (issuer, host name) and that the port serves https (5986 by default). Not retried"
    ),
    FAILURE_NO_ANSWER: (
        "The host never answered in this task: check that it is up, that ansible_host and ansible_port reach its "
        "WinRM listener (5985 http, 5986 https) and that no firewall blocks the controller. hyperv.network does "
        "not retry a host that never answered (the connection plugin's own retries apply, e.g. "
        "ansible_psrp_reconnection_retries)"
    ),
}


class BridgeUnreachable(HvNetError):
    """The host cannot be used over this connection (authentication, 404, TLS, or it never answered in this
    task). Never retried; the action plugin ends the host as UNREACHABLE. ``kind`` is one of ``NEVER_RETRIED``
    or ``FAILURE_NO_ANSWER``; ``transport_message`` is the connection plugin's own message."""

    def __init__(self, msg, kind=None, transport_message=None):
        super().__init__(msg)
        self.kind = kind
        self.transport_message = transport_message


def _chain(exc):
    """``exc`` and the exceptions it was raised from (``__cause__``/``__context__``), without cycles."""
    seen = []
    while exc is not None and not any(exc is s for s in seen) and len(seen) < 10:
        seen.append(exc)
        exc = exc.__cause__ or exc.__context__
    return seen


def classify_transport_failure(exc):
    """The failure class (``FAILURE_*``) of an exception raised by a connection plugin, from the type names and
    messages of the exception and of those it was raised from. Unknown failures are ``FAILURE_NO_ANSWER``: they are
    retried only after the host has answered in this task."""
    text = " | ".join("%s: %s" % (type(e).__name__, e) for e in _chain(exc))
    for kind, pattern in _FAILURE_PATTERNS:
        if re.search(pattern, text, re.IGNORECASE if kind != FAILURE_ANSWERED else 0):
            return kind
    return FAILURE_NO_ANSWER


def is_transport_failure(exc):
    """Whether an exception from the connection is a transport failure (not a configuration or library error).

    AnsibleConnectionFailure and anything that is not an AnsibleError are; of the other AnsibleErrors only
    ansible.builtin.winrm's "the connection attempt timed out" (it raises a plain AnsibleError for it).
    """
    try:
        from ansible.errors import AnsibleConnectionFailure, AnsibleError
    except ImportError:  # pragma: no cover
        return True
    if isinstance(exc, AnsibleConnectionFailure) or not isinstance(exc, AnsibleError):
        return True
    return "connection attempt timed out" in str(exc)


# ansible.builtin.winrm's own text when the stdin Send of a command failed and its one Receive after it brought no
# JSON line (ansible-core lib/ansible/plugins/connection/winrm.py _winrm_exec: stdin_push_failed, then
# _winrm_get_command_output(try_once=True), which stops after one WinRMOperationTimeoutError, then
# AnsibleError('winrm send_input failed; ...')). It is a plain AnsibleError, not an AnsibleConnectionFailure.
# The command was created, so the host is there, and the bridge may have run (its input may have arrived):
# for a read that is a lost answer (retried, as a read changes nothing; job_status with confirm is idempotent),
# for an apply it stays the plugin's error (windows review 5 finding 3). The bridge's answer line starts with
# its marker, not "{", so the plugin never finds "valid json" in it and always raises this after a failed Send.
_LOST_INPUT = "winrm send_input failed"


def is_lost_input(exc):
    """Whether ``exc`` is ansible.builtin.winrm's "winrm send_input failed" (its stdin Send failed and one Receive
    brought no JSON): a lost answer for a read, the plugin's own error for an apply."""
    try:
        from ansible.errors import AnsibleConnectionFailure, AnsibleError
    except ImportError:  # pragma: no cover
        return False
    return (
        isinstance(exc, AnsibleError)
        and not isinstance(exc, AnsibleConnectionFailure)
        and str(exc).startswith(_LOST_INPUT)
    )


def transport_message(exc):
    """The connection plugin's own message for a failure (unwrapping the action plugin's BridgeConnectionLost)."""
    message = getattr(exc, "transport_message", None)
    if message:
        return message
    return str(exc.__cause__ if isinstance(exc, BridgeConnectionLost) and exc.__cause__ is not None else exc)


def transport_failure(exc, host_answered):
    """The error a transport failure becomes under the retry policy.

    ``BridgeUnreachable`` (never retried) for an authentication, 404 or TLS failure, and for any failure before
    the host answered once in this task; otherwise ``BridgeConnectionLost`` (a read retries it; an apply re-reads).
    ``host_answered``: a call of this task got an answer, or the connection plugin had connected.
    """
    if isinstance(exc, BridgeUnreachable):
        return exc
    kind = getattr(exc, "kind", None) or classify_transport_failure(exc)
    answered = bool(host_answered or getattr(exc, "host_answered", False))
    message = transport_message(exc)
    if kind in NEVER_RETRIED or (kind == FAILURE_NO_ANSWER and not answered):
        return BridgeUnreachable("%s. %s." % (message.rstrip(". "), _HINTS[kind]), kind=kind, transport_message=message)
    if isinstance(exc, BridgeConnectionLost):
        lost = exc
    else:
        lost = BridgeConnectionLost(str(exc))
    lost.kind, lost.host_answered, lost.transport_message = kind, answered, message
    return lost
