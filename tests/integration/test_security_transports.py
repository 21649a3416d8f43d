"""Transports: what the collection refuses, what it accepts, and that no secret reaches the output.

One hvemu (http and https, its own CA) serves one host per case; one ansible-playbook run at ``-vvvvv`` (more
than the ``-vvv`` asked for) covers them all over ``ansible.builtin.winrm`` and ``ansible.builtin.psrp``:

* Basic over http, and NTLM with ``message_encryption: never``: refused before any bridge call, with the
  message that names the transport, why, and the opt-in; with ``hyperv_network_allow_unencrypted: true`` the
  same Basic connection is accepted;
* NTLM with message encryption over http, NTLM and Basic over https validated against hvemu's CA: accepted;
* https against a CA that did not sign the server certificate: the host is UNREACHABLE with the certificate
  verification error (not retried), nothing reaches the host;
* every host uses the same distinctive password: it appears nowhere in the run's stdout and stderr at
  ``-vvvvv``, nor in the recording mode's files, and no task result or diff carries a connection option.
"""

from __future__ import annotations

import datetime
import json
import re

import pytest
import yaml
from hvnet_harness import Ansible, Hvemu, _inventory_hosts

PASSWORD = "Zq7-hvnet-S3cret-Pw-4417!"
USER = "Administrator"

# name: (connection, scheme, auth, extra vars); the outcome is the test's expectation
REFUSED = {
    "basic-winrm": ("winrm", "http", "basic", {}),
    "basic-psrp": ("psrp", "http", "basic", {}),
    "never-psrp": ("psrp", "http", "ntlm", {"ansible_psrp_message_encryption": "never"}),
}
ACCEPTED = {
    "optin-winrm": ("winrm", "http", "basic", {"hyperv_network_allow_unencrypted": True}),
    # pypsrp itself insists on message_encryption never for Basic over http
    "optin-psrp": (
        "psrp",
        "http",
        "basic",
        {"hyperv_network_allow_unencrypted": True, "ansible_psrp_message_encryption": "never"},
    ),
    "ntlm-winrm": ("winrm", "http", "ntlm", {}),
    "ntlm-psrp": ("psrp", "http", "ntlm", {}),
    "tls-winrm": ("winrm", "https", "ntlm", {}),
    "tls-psrp": ("psrp", "https", "ntlm", {}),
    "basictls-winrm": ("winrm", "https", "basic", {}),
    "basictls-psrp": ("psrp", "https", "basic", {}),
}
WRONG_CA = {
    "wrongca-winrm": ("winrm", "https", "ntlm", {}),
    "wrongca-psrp": ("psrp", "https", "ntlm", {}),
}
CASES = {**REFUSED, **ACCEPTED, **WRONG_CA}

PLAYBOOK = """
- name: Transports
  hosts: all
  gather_facts: false
  tasks:
    - name: Create a switch with diff
      hyperv.network.vswitch:
        name: sec-sw
        switch_type: internal
        notes: transport test
      diff: true
"""


def other_ca(path):
    """A self-signed CA that did not sign hvemu's server certificate."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "not the hvemu CA")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


def host_vars(name, case, http_port, https_port, ca):
    connection, scheme, auth, extra = case
    port = https_port if scheme == "https" else http_port
    out = {
        "ansible_host": "127.0.0.1",
        "ansible_port": port,
        "ansible_connection": connection,
        "ansible_user": USER,
        "ansible_password": PASSWORD,
    }
    if connection == "winrm":
        out.update(
            ansible_winrm_scheme=scheme,
            ansible_winrm_path=f"/wsman/{name}",
            ansible_winrm_transport=auth,
            ansible_winrm_message_encryption="auto",
        )
        if scheme == "https":
            out.update(ansible_winrm_server_cert_validation="validate", ansible_winrm_ca_trust_path=str(ca))
    else:
        out.update(
            ansible_psrp_protocol=scheme,
            ansible_psrp_path=f"wsman/{name}",
            ansible_psrp_auth=auth,
            ansible_psrp_message_encryption="auto",
        )
        if scheme == "https":
            out.update(ansible_psrp_cert_validation="validate", ansible_psrp_ca_cert=str(ca))
    out.update(extra)
    return out


@pytest.fixture(scope="module")
def run(tmp_path_factory, collections_path):
    from hvemu.testing import start_hvemu

    workdir = tmp_path_factory.mktemp("transports")
    fleet = workdir / "fleet.yml"
    fleet.write_text(
        yaml.safe_dump(
            {"defaults": {"windows": "ws2022", "users": {USER: PASSWORD}}, "hosts": [{"name": n} for n in CASES]}
        )
    )
    state_dir = workdir / "state"
    proc = start_hvemu(["--fleet", str(fleet), "--tls", "--state-dir", str(state_dir)])
    try:
        hvemu_ca = state_dir / "hvemu-ca.pem"
        wrong_ca = other_ca(workdir / "other-ca.pem")
        hosts = {
            name: host_vars(name, case, proc.http_port, proc.https_port, wrong_ca if name in WRONG_CA else hvemu_ca)
            for name, case in CASES.items()
        }
        inventory = workdir / "inventory.yml"
        inventory.write_text(yaml.safe_dump({"all": {"children": {"cases": {"hosts": hosts}}}}))
        inventory.chmod(0o600)
        hvemu = Hvemu(proc.http_url, inventory, _inventory_hosts(yaml.safe_load(inventory.read_text())))
        ansible = Ansible(hvemu, collections_path, workdir)
        records = workdir / "bridge-records"
        result = ansible.playbook(
            PLAYBOOK, "-vvvvv", "-f", "13", extra_vars={"hyperv_network_record_dir": str(records)}
        )
        result.bridge_records = records
        yield hvemu, result
    finally:
        proc.stop()


def host_output(stdout: str, host: str) -> str:
    """The status line ansible-playbook printed for ``host`` (with the result that follows it)."""
    lines = [line for line in stdout.splitlines() if re.match(rf"(ok|changed|fatal|failed): \[{host}\]", line)]
    return "\n".join(lines)


def test_unencrypted_transports_are_refused_before_any_bridge_call(run):
    hvemu, result = run
    for host, (connection, _scheme, auth, _extra) in REFUSED.items():
        record = result.named(host, "Create a switch with diff")
        msg = record["result"]["msg"]
        assert record["status"] == "failed", (host, record["result"])
        assert msg.startswith(f"hyperv.network refuses this connection: {connection} over http"), msg
        assert "hyperv_network_allow_unencrypted: true" in msg and "https" in msg, msg
        if host == "never-psrp":
            assert "message_encryption 'never' over http" in msg, msg
        else:
            assert f"{auth} authentication over http sends the bridge and its requests in clear text" in msg, msg
        assert hvemu.stats(host)["bridge_calls"] == 0, host
        assert hvemu.state(host)["switches"] == [], host


def test_opt_in_and_encrypted_transports_are_accepted(run):
    hvemu, result = run
    for host in ACCEPTED:
        record = result.named(host, "Create a switch with diff")
        assert record["status"] == "ok" and record["result"]["changed"] is True, (host, record["result"])
        switches = hvemu.state(host)["switches"]
        assert [(s["Name"], s["Notes"]) for s in switches] == [("sec-sw", "transport test\n[hyperv.network]")]
        assert hvemu.stats(host)["bridge_calls"] == 2, host
    # The transport the policy saw is in the -vvv output, for each accepted host.
    assert re.search(r"hyperv\.network transport: winrm over http \(basic, message_encryption auto\)", result.stdout)
    assert re.search(r"hyperv\.network transport: psrp over https \(ntlm, message_encryption auto\)", result.stdout)


def test_a_certificate_from_another_ca_fails(run):
    hvemu, result = run
    for host in WRONG_CA:
        # UNREACHABLE (the test callback records ok/failed/skipped only): the result as the default callback printed it
        found = re.search(rf"^fatal: \[{host}\]: UNREACHABLE! => (\{{.*?^\}})", result.stdout, re.M | re.S)
        assert found, result.stdout[-4000:]
        msg = json.loads(found.group(1))["msg"]
        assert "CERTIFICATE_VERIFY_FAILED" in msg and "The TLS connection failed" in msg, msg
        assert hvemu.stats(host)["bridge_calls"] == 0, host
        assert hvemu.state(host)["switches"] == [], host


def test_no_secret_in_the_output_or_the_results(run):
    _hvemu, result = run
    # The run was made at -vvvvv: the connection plugins' own verbose lines are there.
    assert "ESTABLISH WINRM CONNECTION FOR USER: Administrator" in result.stdout
    assert "ESTABLISH PSRP CONNECTION FOR USER: Administrator" in result.stdout
    log = result.stdout + result.stderr
    variants = {PASSWORD, json.dumps(PASSWORD)[1:-1], PASSWORD.encode("utf-16-le").hex(), PASSWORD.replace("!", "")}
    for secret in variants:
        assert log.count(secret) == 0, f"the password appears in the -vvvvv output as {secret!r}"
    # The recording mode saves each bridge call's request and raw answer: never a connection secret.
    saved = [p for p in result.bridge_records.rglob("*") if p.is_file()]
    assert saved, "recording mode wrote nothing"
    for path in saved:
        assert PASSWORD.encode() not in path.read_bytes(), path
    assert result.records, "the callback recorded no task result"
    for record in result.records:
        text = json.dumps(record["result"])
        assert PASSWORD not in text and PASSWORD.replace("!", "") not in text, record["host"]
        keys = set(_all_keys(record["result"]))
        leaked = {k for k in keys if re.search(r"password|ansible_|ca_cert|ca_trust|cert_validation|port$", k)}
        assert not leaked, (record["host"], leaked)


def _all_keys(value):
    if isinstance(value, dict):
        for key, inner in value.items():
            yield str(key)
            yield from _all_keys(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _all_keys(inner)
