"""The retry policy for transport failures (issue 12, item 3), class by class.

Authentication failures, an unknown WinRM path (404) and TLS failures are never retried and end the host as
UNREACHABLE with the transport's own message and a hint; a refused or timed-out connection before the host ever
answered in the task is UNREACHABLE too; only a connection lost after the host answered is retried, and only
for reads. The failure messages below are the ones ansible.builtin.winrm (pywinrm) and ansible.builtin.psrp
(pypsrp) raise, as captured against hvemu (tests/integration/test_unreachable.py runs them for real).
"""

from __future__ import annotations

import json
import types

import pytest
from ansible.errors import AnsibleConnectionFailure, AnsibleError
from ansible_collections.hyperv.network.plugins.plugin_utils import action_base
from ansible_collections.hyperv.network.plugins.plugin_utils import bridge_client as bc
from ansible_collections.hyperv.network.plugins.plugin_utils import transport_failures as tf
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import BridgeConnectionLost, HvNetError
from ansible_collections.hyperv.network.tests.unit.plugins.action.test_action_base import (
    NTLM,
    FakeConnection,
    make_action,
)

BRIDGE = "# bridge\n'fake'\n"
SNAPSHOT_OP = {"op": "snapshot", "args": {"kinds": ["switches"]}}
SWITCH_CREATE = {
    "op": "switch_create",
    "args": {"name": "s", "switch_type": "Internal"},
    "pre": [{"kind": "switch", "state": "absent", "name": "s"}],
}

WINRM_AUTH = "ntlm: the specified credentials were rejected by the server"
PSRP_AUTH = "failed to authenticate with the server: Failed to authenticate the user Administrator with ntlm"
WINRM_404 = "ntlm: Bad HTTP response returned from server. Code 404"
PSRP_404 = (
    "psrp connection failure during runspace open: Bad HTTP response returned from the server. Code: 404, Content: ''"
)
WINRM_TLS = (
    "ntlm: HTTPSConnectionPool(host='127.0.0.1', port=5986): Max retries exceeded with url: /wsman/hv01 (Caused by "
    "SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get "
    "local issuer certificate (_ssl.c:1000)')))"
)
PSRP_TLS_VERSION = (
    "Failed to connect to the host via PSRP: HTTPSConnectionPool(host='127.0.0.1', port=5985): Max retries exceeded "
    "with url: /wsman/hv01 (Caused by SSLError(SSLError(1, '[SSL: WRONG_VERSION_NUMBER] wrong version number "
    "(_ssl.c:1000)')))"
)
WINRM_REFUSED = (
    "ntlm: HTTPConnectionPool(host='127.0.0.1', port=1): Max retries exceeded with url: /wsman/hv01 (Caused by "
    "NewConnectionError(\"HTTPConnection(host='127.0.0.1', port=1): Failed to establish a new connection: [Errno 111] "
    'Connection refused"))'
)
PSRP_REFUSED = "Failed to connect to the host via PSRP: " + WINRM_REFUSED[len("ntlm: ") :]
DROPPED = "ntlm: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))"

NEVER_RETRIED = [
    pytest.param(WINRM_AUTH, "authentication", "ansible_password", id="auth-winrm"),
    pytest.param(PSRP_AUTH, "authentication", "ansible_password", id="auth-psrp"),
    pytest.param(WINRM_404, "not_found", "ansible_winrm_path", id="404-winrm"),
    pytest.param(PSRP_404, "not_found", "ansible_psrp_path", id="404-psrp"),
    pytest.param(WINRM_TLS, "tls", "ansible_winrm_ca_trust_path", id="tls-verify-winrm"),
    pytest.param(PSRP_TLS_VERSION, "tls", "https", id="tls-version-psrp"),
]
BEFORE_ANSWER = [
    pytest.param(WINRM_REFUSED, id="refused-winrm"),
    pytest.param(PSRP_REFUSED, id="refused-psrp"),
    pytest.param(DROPPED, id="dropped-without-reply"),
    pytest.param("winrm connection error: HTTPConnectionPool: Read timed out. (read timeout=30)", id="timeout"),
]


def answer(in_data):
    req = json.loads(in_data.decode("ascii").split("\r\n")[-2])
    response = {
        "protocol": 1,
        "request_id": req["request_id"],
        "ok": True,
        "results": [{"op": r["op"], "ok": True, "data": {}} for r in req["ops"]],
        "error": None,
    }
    return 0, f"noise\r\n{bc.RESPONSE_BEGIN}{json.dumps(response)}{bc.RESPONSE_END}\r\n", ""


class Transport:
    """A bridge transport that answers, or raises the next scripted failure."""

    def __init__(self, *script):
        self.script = list(script)  # each: an exception to raise, or "answer"
        self.calls = 0

    def __call__(self, cmd, in_data):
        self.calls += 1
        step = self.script.pop(0) if self.script else "answer"
        if not isinstance(step, BaseException):
            return answer(in_data)
        # pylint infers the str marker "answer" as a possible value here; only exceptions reach this line.
        raise step  # pylint: disable=raising-bad-type


def client(transport, sleeps):
    return bc.BridgeClient(transport, bridge_text=BRIDGE, sleep=sleeps.append)


def failure_of(call, *args):
    """The HvNetError ``call(*args)`` raises."""
    with pytest.raises(HvNetError) as e:
        call(*args)
    return e.value


def is_unreachable(error):
    return type(error).__name__ == "BridgeUnreachable"


# ---- the client's policy -----------------------------------------------------------------------


@pytest.mark.parametrize(("message", "kind", "hint"), NEVER_RETRIED)
def test_auth_404_and_tls_are_tried_once_and_unreachable(message, kind, hint):
    sleeps = []
    transport = Transport(*[AnsibleConnectionFailure(message)] * 3)
    error = failure_of(client(transport, sleeps).read, [SNAPSHOT_OP])
    assert transport.calls == 1 and sleeps == []
    assert is_unreachable(error) and error.kind == kind
    assert error.msg.startswith(message.rstrip(".")) and hint in error.msg, error.msg


@pytest.mark.parametrize(("message", "kind", "hint"), NEVER_RETRIED)
def test_auth_404_and_tls_are_not_retried_even_after_the_host_answered(message, kind, hint):
    sleeps = []
    transport = Transport("answer", *[AnsibleConnectionFailure(message)] * 3)
    c = client(transport, sleeps)
    c.read([SNAPSHOT_OP])
    error = failure_of(c.read, [SNAPSHOT_OP])
    assert transport.calls == 2 and sleeps == []
    assert is_unreachable(error) and error.kind == kind


def test_a_wrong_password_is_sent_once_by_an_apply_too():
    transport = Transport(AnsibleConnectionFailure(WINRM_AUTH))
    error = failure_of(client(transport, []).apply, [SWITCH_CREATE])
    assert transport.calls == 1
    assert is_unreachable(error) and error.kind == "authentication"
    assert "does not lock out a domain account" in error.msg


@pytest.mark.parametrize("message", BEFORE_ANSWER)
def test_no_answer_before_the_host_ever_answered_is_unreachable_and_not_retried(message):
    sleeps = []
    transport = Transport(*[AnsibleConnectionFailure(message)] * 3)
    error = failure_of(client(transport, sleeps).read, [SNAPSHOT_OP])
    assert transport.calls == 1 and sleeps == []
    assert is_unreachable(error) and error.kind == "no_answer" and "never answered" in error.msg
    assert "ansible_psrp_reconnection_retries" in error.msg  # Ansible's own connection retries apply


@pytest.mark.parametrize("message", BEFORE_ANSWER)
def test_a_connection_lost_after_the_host_answered_is_retried_for_reads(message):
    sleeps = []
    transport = Transport("answer", AnsibleConnectionFailure(message), ConnectionResetError("reset"), "answer")
    c = client(transport, sleeps)
    c.read([SNAPSHOT_OP])
    assert c.read([SNAPSHOT_OP]).ok
    assert transport.calls == 4 and sleeps == [1.0, 2.0]


def test_a_connection_lost_after_the_host_answered_gives_up_after_three_reads():
    sleeps = []
    transport = Transport("answer", *[AnsibleConnectionFailure(DROPPED)] * 5)
    c = client(transport, sleeps)
    c.read([SNAPSHOT_OP])
    with pytest.raises(BridgeConnectionLost) as e:
        c.read([SNAPSHOT_OP])
    assert not is_unreachable(e.value)
    assert transport.calls == 4 and "after 3 tries" in e.value.msg and "Connection aborted" in e.value.msg


def test_a_connection_lost_after_the_host_answered_is_never_retried_for_an_apply():
    transport = Transport("answer", AnsibleConnectionFailure(DROPPED))
    c = client(transport, [])
    c.read([SNAPSHOT_OP])
    with pytest.raises(BridgeConnectionLost) as e:
        c.apply([SWITCH_CREATE])
    assert not is_unreachable(e.value)
    assert transport.calls == 2 and "dropped during the apply" in e.value.msg


def test_an_http_error_is_an_answer_and_is_retried():
    # An HTTP 500 / WS-Man fault (hvemu's http_500_on_request) comes from a host that is there.
    sleeps = []
    transport = Transport(AnsibleConnectionFailure("ntlm: Bad HTTP response returned from server. Code 500"), "answer")
    assert client(transport, sleeps).read([SNAPSHOT_OP]).ok
    assert transport.calls == 2 and sleeps == [1.0]


def test_the_failure_is_classified_from_the_exception_it_was_raised_from():
    # ansible.builtin.psrp raises AnsibleConnectionFailure from within pypsrp's AuthenticationError handler.
    class AuthenticationError(Exception):
        pass

    failure = AnsibleConnectionFailure("psrp: the runspace could not be opened")
    failure.__context__ = AuthenticationError("the server did not accept the token")
    assert tf.classify_transport_failure(failure) == "authentication"
    assert tf.classify_transport_failure(AnsibleConnectionFailure("psrp: the runspace could not be opened")) == (
        "no_answer"
    )


# ---- the action plugin: UNREACHABLE results, no reset, no extra connection -----------------------


class Connection(FakeConnection):
    def __init__(self, connected=False):
        super().__init__(NTLM)
        self.connected = connected
        self.resets = 0

    def reset(self):
        self.resets += 1


def action_with(monkeypatch, engine_modules, connection, failures):
    """A ping task whose _low_level_execute_command raises ``failures`` in turn, then answers."""
    monkeypatch.setattr(action_base, "_engine", lambda: engine_modules)
    action = make_action("ping", {}, connection=connection)
    attempts = []

    def low_level(cmd, sudoable, in_data):
        attempts.append(cmd)
        if failures:
            raise failures.pop(0)
        rc, out, err = answer(in_data)
        return {"rc": rc, "stdout": out, "stderr": err}

    monkeypatch.setattr(action, "_low_level_execute_command", low_level)
    return action, attempts


REAL_ENGINE = (bc, types.SimpleNamespace(), types.SimpleNamespace())


@pytest.mark.parametrize(
    ("failure", "kind"),
    [
        (AnsibleConnectionFailure(WINRM_AUTH), "authentication"),
        (AnsibleConnectionFailure(PSRP_404), "not_found"),
        (AnsibleConnectionFailure(WINRM_TLS), "tls"),
        (AnsibleConnectionFailure(PSRP_REFUSED), "no_answer"),
        # ansible.builtin.winrm raises a plain AnsibleError for a connect timeout
        (AnsibleError("the connection attempt timed out"), "no_answer"),
    ],
    ids=["auth", "404", "tls", "refused", "winrm-connect-timeout"],
)
def test_the_task_ends_unreachable_with_the_transport_message(monkeypatch, failure, kind):
    connection = Connection()
    action, attempts = action_with(monkeypatch, REAL_ENGINE, connection, [failure])
    monkeypatch.setattr(bc.time, "sleep", lambda s: pytest.fail("slept: the failure was retried"))
    result = action.run(task_vars={})
    assert result["unreachable"] is True and "failed" not in result, result
    assert result["transport_failure"] == kind
    assert str(failure) in result["msg"] and result["changed"] is False
    # One attempt, none answered: bridge_calls counts answered round trips, bridge_attempts every try (item 6).
    assert len(attempts) == 1 and result["bridge_calls"] == 0 and result["bridge_attempts"] == 1
    assert connection.resets == 0  # a reset would connect, and send the credentials, once more
    assert "warnings" not in result


def test_a_command_dropped_after_the_connection_was_made_is_lost_reset_and_retried(monkeypatch):
    # The connection plugin had connected (shell or runspace open): the host answered in this task.
    connection = Connection(connected=True)
    action, attempts = action_with(monkeypatch, REAL_ENGINE, connection, [ConnectionResetError(DROPPED)])
    monkeypatch.setattr(bc.time, "sleep", lambda s: None)
    result = action.run(task_vars={})
    assert not result.get("failed") and not result.get("unreachable"), result
    assert result["ping"] == "pong" and len(attempts) == 2 and connection.resets == 1
    assert any("Connection aborted" in w and "recovered" in w for w in result["warnings"])


def test_other_ansible_errors_pass_through_unchanged(monkeypatch):
    action, _attempts = action_with(
        monkeypatch, REAL_ENGINE, Connection(), [AnsibleError("winrm or requests is not installed")]
    )
    with pytest.raises(AnsibleError, match="not installed"):
        action.run(task_vars={})
