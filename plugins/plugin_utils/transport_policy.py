# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Refuse transports that would carry the bridge and its requests unencrypted (internal collection use only).

The bridge request carries the whole network plan of a host, and the connection's credentials are
an Administrator's. Over plain HTTP only NTLM, Kerberos and CredSSP encrypt the WinRM messages
themselves; Basic (``plaintext``) and certificate authentication do not (certificate
authentication does not even work without TLS), and ``message_encryption: never`` turns the
encryption off. This module decides, from the connection plugin's own options, whether a task may
run; it is a pure function so that every combination can be unit tested.

The option names and the defaults are those of ``ansible.builtin.winrm`` and
``ansible.builtin.psrp`` (2.20+); the defaults are derived as those plugins derive them.
"""

from __future__ import annotations

__all__ = ["ALLOW_VAR", "TransportPolicyError", "check_transport", "describe_transport"]

ALLOW_VAR = "hyperv_network_allow_unencrypted"

# Authentication methods that cannot encrypt WinRM messages themselves.
_WINRM_UNENCRYPTED = {"basic", "plaintext", "ssl", "certificate"}
_PSRP_UNENCRYPTED = {"basic", "certificate"}

_FIX = (
    "use NTLM, Kerberos or CredSSP (ansible_winrm_transport / ansible_psrp_auth), or HTTPS "
    "(ansible_winrm_scheme: https / ansible_psrp_protocol: https), or set "
    "'%s: true' to accept an unencrypted transport (lab use only)" % ALLOW_VAR
)


class TransportPolicyError(Exception):
    """The connection would send the bridge unencrypted and the opt-in is not set."""


def _plugin_name(connection_name):
    # "ansible.builtin.psrp" and "psrp" name the same plugin.
    return (connection_name or "").rsplit(".", 1)[-1].lower()


def _as_list(value):
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return [str(part).strip() for part in value if part is not None]


def _winrm_scheme(options):
    scheme = options.get("scheme")
    if scheme:
        return str(scheme).lower()
    # ansible.builtin.winrm: no scheme means http on 5985 and https on anything else.
    return "http" if _port(options.get("port"), 5986) == 5985 else "https"


def _port(value, default):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _winrm_transports(options, scheme):
    transports = [t.lower() for t in _as_list(options.get("transport"))]
    if transports:
        return transports
    # ansible.builtin.winrm's own default: Kerberos for a UPN, else ssl/plaintext (both Basic).
    if "@" in str(options.get("remote_user") or ""):
        return ["kerberos"]
    return ["ssl"] if scheme == "https" else ["plaintext"]


def _psrp_protocol(options):
    protocol, port = options.get("protocol"), options.get("port")
    if protocol:
        return str(protocol).lower()
    if port is None:
        return "https"
    return "http" if _port(port, 5986) == 5985 else "https"


def describe_transport(connection_name, options):
    """Return ``(plugin, scheme, auths, message_encryption)`` as the connection plugin would use them."""
    plugin = _plugin_name(connection_name)
    if plugin == "winrm":
        scheme = _winrm_scheme(options)
        extras = options.get("_extras") or {}
        encryption = str(extras.get("ansible_winrm_message_encryption") or "auto").lower()
        return plugin, scheme, _winrm_transports(options, scheme), encryption
    if plugin == "psrp":
        auth = str(options.get("auth") or "negotiate").lower()
        encryption = str(options.get("message_encryption") or "auto").lower()
        return plugin, _psrp_protocol(options), [auth], encryption
    return plugin, None, [], None


def check_transport(connection_name, options, allow_unencrypted=False):
    """Raise TransportPolicyError when the connection would carry the bridge unencrypted.

    ``options`` maps the connection plugin's option names to their values (what
    ``connection.get_option(name)`` returns; ``_extras`` for winrm's pass-through variables).
    Connections other than winrm and psrp (ssh, local) are encrypted or local and always allowed.
    Returns a short description of the transport for the task's verbose output.
    """
    plugin, scheme, auths, encryption = describe_transport(connection_name, options)
    if plugin not in ("winrm", "psrp"):
        return "%s connection" % (plugin or "unknown")
    summary = "%s over %s (%s, message_encryption %s)" % (plugin, scheme, "/".join(auths), encryption)
    if scheme == "https" or allow_unencrypted:
        return summary
    unencrypted_set = _WINRM_UNENCRYPTED if plugin == "winrm" else _PSRP_UNENCRYPTED
    weak = [auth for auth in auths if auth in unencrypted_set]
    if weak:
        reason = "%s authentication over http sends the bridge and its requests in clear text" % "/".join(weak)
        if "certificate" in weak:
            reason += " (certificate authentication needs https)"
    elif encryption == "never":
        reason = "message_encryption 'never' over http sends the bridge and its requests in clear text"
    else:
        return summary
    raise TransportPolicyError("hyperv.network refuses this connection: %s: %s; %s." % (summary, reason, _FIX))
