"""The transport policy over winrm and psrp options, as ansible.builtin.winrm/psrp would use them."""

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils.transport_policy import (
    ALLOW_VAR,
    TransportPolicyError,
    check_transport,
    describe_transport,
)


def winrm(scheme=None, port=None, transport=None, encryption=None, user="Administrator"):
    extras = {"ansible_winrm_message_encryption": encryption} if encryption else {}
    return {"scheme": scheme, "port": port, "transport": transport, "remote_user": user, "_extras": extras}


def psrp(protocol=None, port=None, auth="negotiate", encryption="auto"):
    return {"protocol": protocol, "port": port, "auth": auth, "message_encryption": encryption}


ALLOWED = [
    ("winrm", winrm("http", 5985, ["ntlm"])),
    ("winrm", winrm("http", 5985, ["kerberos"])),
    ("winrm", winrm("http", 5985, ["credssp"])),
    ("winrm", winrm("http", 5985, "ntlm", encryption="always")),
    ("winrm", winrm(None, 5985, None, user="admin@CORP.LOCAL")),  # a UPN defaults to Kerberos
    ("winrm", winrm("https", 5986, ["basic"])),
    ("winrm", winrm("https", 5986, ["certificate"])),
    ("winrm", winrm(None, 5986, None)),  # https by port, Basic over TLS
    ("winrm", winrm("https", 5986, ["ntlm"], encryption="never")),
    ("ansible.builtin.psrp", psrp("http", 5985, "ntlm")),
    ("psrp", psrp("http", 5985, "negotiate")),
    ("psrp", psrp("http", 5985, "kerberos")),
    ("psrp", psrp("http", 5985, "credssp")),
    ("psrp", psrp(None, None, "basic")),  # psrp defaults to https on 5986
    ("psrp", psrp("https", None, "certificate")),
    ("psrp", psrp("https", 5986, "ntlm", "never")),
    ("ssh", {}),
    ("local", {}),
]

REFUSED = [
    ("winrm", winrm("http", 5985, ["basic"]), "basic authentication"),
    ("winrm", winrm("http", 5985, ["plaintext"]), "plaintext"),
    ("winrm", winrm(None, 5985, None), "plaintext"),  # winrm's own default over http
    ("winrm", winrm("http", 5986, ["certificate"]), "certificate authentication needs https"),
    ("winrm", winrm("http", 5985, ["ntlm", "basic"]), "basic"),  # a fallback to Basic is refused too
    ("winrm", winrm("http", 5985, ["ntlm"], encryption="never"), "message_encryption 'never'"),
    ("winrm", winrm("http", 5985, ["kerberos"], encryption="never"), "message_encryption 'never'"),
    ("winrm", winrm("http", 5985, ["credssp"], encryption="never"), "message_encryption 'never'"),
    ("psrp", psrp("http", 5985, "basic"), "basic authentication"),
    ("psrp", psrp(None, 5985, "basic"), "basic authentication"),  # http by port
    ("psrp", psrp("http", None, "certificate"), "certificate"),
    ("psrp", psrp("http", 5985, "ntlm", "never"), "message_encryption 'never'"),
    ("psrp", psrp("http", 5985, "negotiate", "never"), "message_encryption 'never'"),
    ("psrp", psrp("http", 5985, "kerberos", "never"), "message_encryption 'never'"),
    ("psrp", psrp("http", 5985, "credssp", "never"), "message_encryption 'never'"),
]


@pytest.mark.parametrize(("plugin", "options"), ALLOWED)
def test_encrypted_transports_pass(plugin, options):
    assert check_transport(plugin, options)


@pytest.mark.parametrize(("plugin", "options", "reason"), REFUSED)
def test_unencrypted_transports_are_refused_with_the_fix(plugin, options, reason):
    with pytest.raises(TransportPolicyError) as err:
        check_transport(plugin, options)
    message = str(err.value)
    assert reason in message
    assert "NTLM, Kerberos or CredSSP" in message and "https" in message and ALLOW_VAR in message


@pytest.mark.parametrize(("plugin", "options", "reason"), REFUSED)
def test_the_opt_in_allows_every_refused_transport(plugin, options, reason):
    assert "over http" in check_transport(plugin, options, allow_unencrypted=True)


def test_description_derives_defaults_like_the_connection_plugins():
    assert describe_transport("winrm", winrm(None, 5985, None)) == ("winrm", "http", ["plaintext"], "auto")
    assert describe_transport("winrm", winrm(None, None, None)) == ("winrm", "https", ["ssl"], "auto")
    assert describe_transport("winrm", winrm("HTTP", 80, "NTLM,basic")) == ("winrm", "http", ["ntlm", "basic"], "auto")
    assert describe_transport("psrp", psrp(None, None, None, None)) == ("psrp", "https", ["negotiate"], "auto")
    assert describe_transport("psrp", psrp(None, 5985)) == ("psrp", "http", ["negotiate"], "auto")
    assert describe_transport("psrp", psrp(None, 8080)) == ("psrp", "https", ["negotiate"], "auto")


def test_messages_carry_no_secret():
    options = winrm("http", 5985, ["basic"], user="svc-admin")
    options["remote_password"] = "S3cret!"
    with pytest.raises(TransportPolicyError) as err:
        check_transport("winrm", options)
    assert "S3cret!" not in str(err.value) and "svc-admin" not in str(err.value)
