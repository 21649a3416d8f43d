"""Authentication, message encryption, HTTPS and the isolation of hosts served by one process."""

from __future__ import annotations

import base64

import pytest
import requests
from hvemu.testing import encoded_command, psrp_wsman, run_cmd, winrm_protocol
from pypsrp.exceptions import AuthenticationError
from pypsrp.powershell import PowerShell, RunspacePool
from winrm.exceptions import InvalidCredentialsError, WinRMTransportError, WSManFaultError


@pytest.mark.parametrize("transport", ["basic", "ntlm"])
def test_wrong_password_is_401(emulator, transport):
    proto = winrm_protocol(emulator.http_port, "hv01", "admin", "wrong", transport=transport)
    with pytest.raises(InvalidCredentialsError):
        proto.open_shell()


@pytest.mark.parametrize("auth", ["basic", "ntlm"])
def test_wrong_password_psrp(emulator, auth):
    with pytest.raises(AuthenticationError):
        RunspacePool(psrp_wsman(emulator.http_port, "hv01", "admin", "nope", auth=auth)).open()


@pytest.mark.parametrize("transport", ["basic", "ntlm"])
def test_user_of_one_host_cannot_use_another(emulator, transport):
    # admin/pw-hv01 is valid on hv01 only; hv02's admin has another password.
    ok = winrm_protocol(emulator.http_port, "hv01", "admin", "pw-hv01", transport=transport)
    assert run_cmd(ok, encoded_command("whoami")) == (b"hv01", b"", 0)
    other = winrm_protocol(emulator.http_port, "hv02", "admin", "pw-hv01", transport=transport)
    with pytest.raises(InvalidCredentialsError):
        other.open_shell()


def test_same_account_on_two_hosts_sees_only_its_hosts_shells(emulator):
    for host in ("hv01", "hv02"):
        emulator.fleet.hosts[host].users["ops"] = "shared-pw"
    p1 = winrm_protocol(emulator.http_port, "hv01", "ops", "shared-pw")
    p2 = winrm_protocol(emulator.http_port, "hv02", "ops", "shared-pw")
    shell_id = p1.open_shell()
    with pytest.raises(WSManFaultError) as info:
        p2.run_command(shell_id, encoded_command("whoami"))  # hv01's shell does not exist on hv02
    assert info.value.wsman_fault_code == 2150858843
    assert run_cmd(p2, encoded_command("whoami")) == (b"hv02", b"", 0)
    assert emulator.fleet.hosts["hv01"].stats.commands == 0
    p1.close_shell(shell_id)


def test_other_users_shell_is_not_found(emulator):
    p1 = winrm_protocol(emulator.http_port, "hv01", "admin", "pw-hv01")
    p2 = winrm_protocol(emulator.http_port, "hv01", "user2", "pw2-hv01")
    shell_id = p1.open_shell()
    with pytest.raises(WSManFaultError):
        p2.run_command(shell_id, encoded_command("whoami"))
    p1.close_shell(shell_id)


def test_unknown_host_is_404(emulator):
    proto = winrm_protocol(emulator.http_port, "nosuchhost", "admin", "pw-hv01", transport="basic")
    with pytest.raises(WinRMTransportError) as info:
        proto.open_shell()
    assert info.value.code == 404
    assert requests.post(f"http://127.0.0.1:{emulator.http_port}/wsman", timeout=5).status_code == 404


def test_ntlm_messages_are_encrypted(emulator):
    proto = winrm_protocol(emulator.http_port, "hv01", "admin", "pw-hv01", transport="ntlm")
    seen = []
    session = proto.transport.build_session()
    session.hooks["response"].append(lambda r, *a, **k: seen.append((r.request.body, r.headers.get("Content-Type"))))
    assert run_cmd(proto, encoded_command("whoami")) == (b"hv01", b"", 0)
    soap_requests = [(body, ctype) for body, ctype in seen if body]
    assert len(soap_requests) >= 5  # create, command, receive, signal, delete
    for body, ctype in soap_requests:
        assert body.startswith(b"--Encrypted Boundary") and b"Envelope" not in body
        assert ctype.startswith("multipart/encrypted")


def test_unauthenticated_request_gets_challenge(emulator):
    resp = requests.post(f"http://127.0.0.1:{emulator.http_port}/wsman/hv01", data=b"<x/>", timeout=5)
    assert resp.status_code == 401
    assert "Negotiate" in resp.headers["WWW-Authenticate"]
    assert "Basic" in resp.headers["WWW-Authenticate"]


def test_basic_header_without_colon_is_401(emulator):
    token = base64.b64encode(b"adminpw").decode()
    resp = requests.post(
        f"http://127.0.0.1:{emulator.http_port}/wsman/hv01",
        data=b"<x/>",
        headers={"Authorization": f"Basic {token}"},
        timeout=5,
    )
    assert resp.status_code == 401


@pytest.mark.parametrize("transport", ["ntlm", "ssl"])
def test_https_with_ca_validation(emulator, transport):
    proto = winrm_protocol(
        emulator.https_port,
        "hv03",
        "admin",
        "pw-hv03",
        transport=transport,
        https=True,
        server_cert_validation="validate",
        ca_trust_path=emulator.ca_path,
    )
    assert run_cmd(proto, encoded_command("whoami")) == (b"hv03", b"", 0)


def test_https_psrp_with_ca(emulator):
    wsman = psrp_wsman(emulator.https_port, "hv03", "admin", "pw-hv03", https=True, cert_validation=emulator.ca_path)
    with RunspacePool(wsman) as pool:
        ps = PowerShell(pool)
        ps.add_script("whoami")
        assert ps.invoke() == ["hv03"]


def test_https_fails_without_the_ca(emulator):
    proto = winrm_protocol(
        emulator.https_port,
        "hv03",
        "admin",
        "pw-hv03",
        transport="ntlm",
        https=True,
        server_cert_validation="validate",
        ca_trust_path=None,
    )
    with pytest.raises(requests.exceptions.SSLError):
        proto.open_shell()
    wsman = psrp_wsman(emulator.https_port, "hv03", "admin", "pw-hv03", https=True, cert_validation=True)
    with pytest.raises(requests.exceptions.SSLError):
        RunspacePool(wsman).open()


def test_https_certificate_names(emulator):
    from cryptography import x509

    with open(emulator.tls_material.server_cert, "rb") as fh:
        cert = x509.load_pem_x509_certificate(fh.read())
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert "localhost" in san.get_values_for_type(x509.DNSName)
    assert [str(ip) for ip in san.get_values_for_type(x509.IPAddress)] == ["127.0.0.1"]
    # localhost validates too
    resp = requests.post(f"https://localhost:{emulator.https_port}/wsman/hv01", verify=emulator.ca_path, timeout=5)
    assert resp.status_code == 401
