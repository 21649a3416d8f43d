"""Kerberos against a real MIT KDC (tests/kdc/mitkdc.py): hvemu accepts tickets for its hosts' HTTP/ SPNs.

The KDC runs on 127.0.0.1 in a temporary directory with its own krb5.conf (KRB5_CONFIG); the realm HVNET.TEST
has the users ``admin`` and ``stranger`` and the service principals HTTP/, host/ and WSMAN/ of
``hv01.hvnet.test`` and ``hv02.hvnet.test``, whose keys hvemu reads from the keytab. pywinrm's Kerberos
(pykerberos) takes the TGT from a ccache made by ``kinit``; pypsrp (pyspnego with gssapi) gets it with the
password itself. Skipped only
when the MIT KDC tools or the client libraries are missing (``make setup`` installs them).
"""

from __future__ import annotations

import base64
import importlib.util
import os
import pathlib
import sys

import pytest
import requests
from hvemu.testing import encoded_command, psrp_wsman, run_cmd, winrm_protocol

KDC_MODULE = pathlib.Path(__file__).resolve().parents[2] / "tests" / "kdc" / "mitkdc.py"
_spec = importlib.util.spec_from_file_location("hvnet_mitkdc", KDC_MODULE)
mitkdc = sys.modules.setdefault("hvnet_mitkdc", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(mitkdc)

REALM = mitkdc.REALM
PASSWORD = "Krb-admin-Pw-73"
STRANGER_PASSWORD = "Krb-stranger-Pw-5"


def _missing() -> list[str]:
    missing = mitkdc.missing_tools()
    for module in ("gssapi", "krb5", "kerberos"):
        if importlib.util.find_spec(module) is None:
            missing.append(f"python module {module}")
    return missing


pytestmark = pytest.mark.skipif(
    bool(_missing()),
    reason="Kerberos tests need the MIT KDC tools (Debian krb5-kdc, krb5-admin-server, krb5-user) and "
    "pyspnego[kerberos]/pywinrm[kerberos]; missing: " + ", ".join(_missing()),
)


@pytest.fixture(scope="module")
def kdc(tmp_path_factory):
    directory = tmp_path_factory.mktemp("kdc")
    kdc = mitkdc.start_kdc(
        str(directory),
        {"admin": PASSWORD, "stranger": STRANGER_PASSWORD, "Administrator": PASSWORD},
        [f"{service}/{host}.hvnet.test" for host in ("hv01", "hv02") for service in ("HTTP", "host", "WSMAN")],
    )
    saved = {name: os.environ.get(name) for name in ("KRB5_CONFIG", "KRB5CCNAME", "KRB5_KTNAME")}
    ccache = str(directory / "admin.ccache")
    os.environ.update(kdc.env(ccache))
    os.environ.pop("KRB5_TRACE", None)
    done = kdc.kinit("admin", PASSWORD, ccache)
    assert done.returncode == 0, done.stderr
    try:
        yield kdc
    finally:
        kdc.stop()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@pytest.fixture
def krb_emulator(kdc, fleet_helpers):
    """An in-process emulator whose hosts are joined to the KDC's realm (hosts hv01..hv03: hv03 has no SPN)."""
    echo_runner, make_fleet = fleet_helpers
    from hvemu.wsman import Emulator
    from hvemu.wsman.auth import KerberosConfig

    emu = Emulator(
        make_fleet(3),
        runner=echo_runner,
        port=0,
        max_receive_wait=1.0,
        kerberos=KerberosConfig(keytab=kdc.keytab, realm=REALM),
    ).start()
    yield emu
    emu.stop()


def kerberos_winrm(port: int, host: str, spn_host: str | None = None):
    # pywinrm's Kerberos uses the ccache's TGT (KRB5CCNAME); the SPN is HTTP@<override or URL host>.
    return winrm_protocol(
        port,
        host,
        f"admin@{REALM}",
        "",
        transport="kerberos",
        kerberos_hostname_override=spn_host or f"{host}.hvnet.test",
    )


def auth_attempts(emulator, host: str) -> list[dict]:
    return emulator.auth_log(emulator.fleet.hosts[host])["attempts"]


def test_winrm_kerberos_with_message_encryption(krb_emulator):
    proto = kerberos_winrm(krb_emulator.http_port, "hv01")
    seen = []
    session = proto.transport.build_session()
    session.hooks["response"].append(
        lambda r, *a, **k: seen.append((r.request.body, r.request.headers.get("Content-Type"), r.headers))
    )
    assert run_cmd(proto, encoded_command("whoami")) == (b"hv01", b"", 0)
    soap = [(body, ctype, headers) for body, ctype, headers in seen if body]
    assert len(soap) >= 5
    for body, ctype, headers in soap:
        # pywinrm's encryption.py seals Kerberos under the SPNEGO protocol name; hvemu answers in kind.
        assert body.startswith(b"--Encrypted Boundary") and b"Envelope" not in body
        assert ctype.startswith("multipart/encrypted") and "HTTP-SPNEGO-session-encrypted" in ctype
        assert "HTTP-SPNEGO-session-encrypted" in headers["Content-Type"]
    log = krb_emulator.auth_log(krb_emulator.fleet.hosts["hv01"])
    assert log["messages"] == {"application/HTTP-SPNEGO-session-encrypted": len(soap)}
    attempts = auth_attempts(krb_emulator, "hv01")
    assert attempts and all(a["scheme"] == "kerberos" for a in attempts)
    assert attempts[-1]["accepted"] is True and attempts[-1]["user"] == f"admin@{REALM}"


@pytest.mark.parametrize("auth", ["kerberos", "negotiate"])
def test_psrp_kerberos_with_message_encryption(krb_emulator, auth):
    from pypsrp.powershell import PowerShell, RunspacePool

    wsman = psrp_wsman(
        krb_emulator.http_port,
        "hv02",
        f"admin@{REALM}",
        PASSWORD,
        auth=auth,
        negotiate_hostname_override="hv02.hvnet.test",
    )
    with RunspacePool(wsman) as pool:
        ps = PowerShell(pool)
        ps.add_script("whoami")
        assert ps.invoke() == ["hv02"]
    # Negotiate with a realm user and gssapi present picks Kerberos (SPNEGO with a Kerberos mechToken).
    # pypsrp authenticated under `Negotiate` (the first scheme hvemu offers) and sealed every message.
    assert wsman.transport.wrap_required is True
    assert wsman.transport.encryption.protocol == "application/HTTP-SPNEGO-session-encrypted"
    attempts = auth_attempts(krb_emulator, "hv02")
    assert attempts[-1] == {**attempts[-1], "scheme": "kerberos", "accepted": True, "user": f"admin@{REALM}"}
    assert krb_emulator.fleet.hosts["hv02"].stats.commands == 1


def test_ticket_for_another_host_is_refused(krb_emulator):
    from winrm.exceptions import InvalidCredentialsError

    # A valid ticket for HTTP/hv02 presented to hv01: on Windows it would not decrypt with hv01's key.
    proto = kerberos_winrm(krb_emulator.http_port, "hv01", spn_host="hv02.hvnet.test")
    with pytest.raises((InvalidCredentialsError, Exception)) as info:
        proto.open_shell()
    assert "401" in str(info.value) or isinstance(info.value, InvalidCredentialsError), info.value
    attempts = auth_attempts(krb_emulator, "hv01")
    assert attempts[-1]["scheme"] == "kerberos" and attempts[-1]["accepted"] is False
    assert "HTTP/hv02.hvnet.test@HVNET.TEST" in attempts[-1]["reason"]
    assert krb_emulator.fleet.hosts["hv01"].stats.commands == 0


def test_principal_that_is_no_account_of_the_host_is_refused(krb_emulator, kdc, tmp_path):
    from pypsrp.exceptions import AuthenticationError
    from pypsrp.powershell import RunspacePool

    wsman = psrp_wsman(
        krb_emulator.http_port,
        "hv01",
        f"stranger@{REALM}",
        STRANGER_PASSWORD,
        auth="kerberos",
        negotiate_hostname_override="hv01.hvnet.test",
    )
    with pytest.raises(AuthenticationError):
        RunspacePool(wsman).open()
    last = auth_attempts(krb_emulator, "hv01")[-1]
    assert last["accepted"] is False and "stranger@HVNET.TEST" in last["reason"], last


def test_a_forged_kerberos_token_is_401(krb_emulator):
    # An AP-REQ-shaped GSS token (RFC 2743 3.1 framing, Kerberos OID) with garbage inside.
    krb_oid = bytes.fromhex("06092a864886f712010202")
    inner = krb_oid + b"\x01\x00" + os.urandom(64)
    token = b"\x60" + bytes([len(inner)]) + inner
    url = f"http://127.0.0.1:{krb_emulator.http_port}/wsman/hv01"
    reply = requests.post(
        url,
        data=b"",
        headers={"Authorization": "Negotiate " + base64.b64encode(token).decode()},
        timeout=10,
    )
    assert reply.status_code == 401
    assert reply.headers["WWW-Authenticate"] == 'Negotiate, Kerberos, Basic realm="WSMAN"'
    last = auth_attempts(krb_emulator, "hv01")[-1]
    assert last["scheme"] == "kerberos" and last["accepted"] is False and last["user"] is None


def test_a_host_not_joined_to_the_realm_refuses_kerberos(kdc, emulator, monkeypatch):
    from winrm.exceptions import InvalidCredentialsError

    # The conftest emulator has no Kerberos configuration: even with the keytab in the process's KRB5_KTNAME
    # (so that the ticket itself is accepted), no host of it takes a Kerberos logon.
    monkeypatch.setenv("KRB5_KTNAME", "FILE:" + kdc.keytab)
    proto = kerberos_winrm(emulator.http_port, "hv01")
    with pytest.raises((InvalidCredentialsError, Exception)):
        proto.open_shell()
    assert emulator.fleet.hosts["hv01"].stats.commands == 0
    last = auth_attempts(emulator, "hv01")[-1]
    assert last["accepted"] is False and last["scheme"] == "kerberos"
    assert last["reason"] == "hv01 is not joined to a Kerberos realm", last


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kerberos-realm", REALM], "--kerberos-keytab and --kerberos-realm go together"),
        (["--kerberos-keytab", "/nonexistent/http.keytab", "--kerberos-realm", REALM], "no such file"),
    ],
)
def test_serve_refuses_incomplete_kerberos_options(args, message):
    import subprocess

    done = subprocess.run(
        [sys.executable, "-m", "hvemu.cli", "serve", "--hosts", "1", "--port", "0", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2 and message in done.stderr and done.stdout == "", (done.stdout, done.stderr)


def test_serve_with_a_keytab_accepts_kerberos(kdc, hvemu_process):
    # `hvemu serve` as the integration tests start it: the default fleet (account Administrator), the KDC's keytab.
    from pypsrp.powershell import RunspacePool

    proc = hvemu_process(
        ["--hosts", "2", "--kerberos-keytab", kdc.keytab, "--kerberos-realm", REALM], env={"KRB5_CONFIG": kdc.krb5_conf}
    )
    wsman = psrp_wsman(
        proc.http_port,
        "hv01",
        f"Administrator@{REALM}",
        PASSWORD,
        auth="kerberos",
        negotiate_hostname_override="hv01.hvnet.test",
    )
    with RunspacePool(wsman):
        pass
    log = requests.get(f"{proc.http_url}/_hvemu/hosts/hv01/auth", timeout=10).json()
    assert [(a["scheme"], a["user"], a["accepted"]) for a in log["attempts"]] == [
        ("kerberos", f"Administrator@{REALM}", True)
    ]
    assert set(log["messages"]) == {"application/HTTP-SPNEGO-session-encrypted"}


def test_ntlm_still_works_next_to_kerberos(krb_emulator):
    proto = winrm_protocol(krb_emulator.http_port, "hv03", "admin", "pw-hv03", transport="ntlm")
    assert run_cmd(proto, encoded_command("whoami")) == (b"hv03", b"", 0)
    last = auth_attempts(krb_emulator, "hv03")[-1]
    assert last["scheme"] == "Negotiate" and last["accepted"] is True and last["user"] == "admin"


def test_authorization_kerberos_scheme_seals_with_the_kerberos_protocol(krb_emulator):
    # MS-WSMV 2.2.9.1.2: a context made under `Authorization: Kerberos` seals messages as
    # application/HTTP-Kerberos-session-encrypted (pypsrp's WinRMEncryption.KERBEROS); the reply uses it too.
    import spnego
    from pypsrp.encryption import WinRMEncryption

    client = spnego.client(
        f"admin@{REALM}",
        PASSWORD,
        hostname="hv01.hvnet.test",
        service="HTTP",
        protocol="kerberos",
        options=spnego.NegotiateOptions.wrapping_winrm,
    )
    url = f"http://127.0.0.1:{krb_emulator.http_port}/wsman/hv01"
    with requests.Session() as session:
        first = session.post(
            url, data=b"", headers={"Authorization": "Kerberos " + base64.b64encode(client.step()).decode()}, timeout=10
        )
        assert first.status_code == 200, first.headers
        scheme, _, reply_token = first.headers["WWW-Authenticate"].partition(" ")
        assert scheme == "Kerberos"
        client.step(base64.b64decode(reply_token))  # mutual authentication: the AP-REP checks out
        assert client.complete
        sealer = WinRMEncryption(client, WinRMEncryption.KERBEROS)
        content_type, body = sealer.wrap_message(b"<s:Envelope>not a WS-Man request</s:Envelope>")
        reply = session.post(
            url,
            data=body,
            headers={
                "Content-Type": f'{content_type};protocol="{WinRMEncryption.KERBEROS}";boundary="Encrypted Boundary"'
            },
            timeout=10,
        )
    assert f'protocol="{WinRMEncryption.KERBEROS}"' in reply.headers["Content-Type"]
    clear = sealer.unwrap_message(reply.content, "Encrypted Boundary")
    assert b"Envelope" in clear and b"Fault" in clear  # hvemu decrypted the request and faulted on its content
