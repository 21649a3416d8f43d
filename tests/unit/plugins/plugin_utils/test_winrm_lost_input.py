"""Windows review 5 finding 3: ansible.builtin.winrm's "winrm send_input failed" is a lost answer for a read.

ansible-core lib/ansible/plugins/connection/winrm.py ``_winrm_exec``: when ``_winrm_write_stdin`` raises, the plugin
sets ``stdin_push_failed``, makes one Receive (``_winrm_get_command_output(..., try_once=True)`` stops after one
``WinRMOperationTimeoutError``, pywinrm's fault after the OperationTimeout of 20 s) and, as stdout holds no JSON line
(the bridge's answer line starts with its marker), raises a plain ``AnsibleError('winrm send_input failed; \\nstdout:
...\\nstderr ...')``. A confirming poll that waits for an overlay network's DR MAC cannot answer within that one
Receive. The command had been created on the host, so the host is there and the bridge may have run: a read (a poll
is one: job_status with confirm is idempotent) is sent again; an apply reports the plugin's error as it is.
"""

from __future__ import annotations

import json
import sys
import uuid
from pathlib import Path

import pytest
from ansible.errors import AnsibleConnectionFailure, AnsibleError
from ansible_collections.hyperv.network.plugins.plugin_utils import action_base
from ansible_collections.hyperv.network.plugins.plugin_utils import bridge_client as bc
from ansible_collections.hyperv.network.plugins.plugin_utils import transport_failures as tf
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import BridgeConnectionLost

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "action"))
from ansible_collections.hyperv.network.tests.unit.plugins.action.test_transport_failures import (
    REAL_ENGINE,
    SNAPSHOT_OP,
    SWITCH_CREATE,
    Connection,
    Transport,
)

# The plugin's exact text (winrm.py, _winrm_exec), with the stdout and stderr of a bridge that had not answered.
SEND_INPUT_FAILED = "winrm send_input failed; \nstdout: \nstderr "
CONFIRMING_POLL = {
    "op": "job_status",
    "args": {"job_id": str(uuid.uuid4()), "confirm": True, "snapshot": {"kinds": ["networks"]}},
}


def client(transport, sleeps):
    return bc.BridgeClient(transport, bridge_text="# bridge\n'fake'\n", sleep=sleeps.append)


def test_the_exact_message_is_a_lost_input_and_nothing_else_is():
    assert bc.is_lost_input(AnsibleError(SEND_INPUT_FAILED))
    assert not tf.is_transport_failure(AnsibleError(SEND_INPUT_FAILED)), "the plain error is not a transport failure"
    assert not bc.is_lost_input(AnsibleError("winrm or requests is not installed"))
    assert not bc.is_lost_input(ValueError(SEND_INPUT_FAILED))
    assert not bc.is_lost_input(AnsibleConnectionFailure(SEND_INPUT_FAILED)), "already a transport failure"


@pytest.mark.parametrize("ops", [[SNAPSHOT_OP], [CONFIRMING_POLL]], ids=["snapshot", "confirming-poll"])
def test_a_read_whose_input_failed_to_send_is_read_again(ops):
    sleeps = []
    transport = Transport(AnsibleError(SEND_INPUT_FAILED), "answer")
    response = client(transport, sleeps).read(ops)
    assert response.ok and [r["op"] for r in response.results] == [op["op"] for op in ops]
    assert transport.calls == 2 and sleeps == [1.0]


def test_a_read_whose_input_keeps_failing_gives_up_after_three_tries_as_a_lost_connection():
    sleeps = []
    transport = Transport(*[AnsibleError(SEND_INPUT_FAILED)] * 3)
    with pytest.raises(BridgeConnectionLost) as e:
        client(transport, sleeps).read([CONFIRMING_POLL])
    assert transport.calls == 3 and sleeps == [1.0, 2.0]
    assert "after 3 tries" in e.value.msg and "winrm send_input failed" in e.value.msg


def test_an_apply_whose_input_failed_to_send_is_not_retried_and_keeps_the_plugins_error():
    failure = AnsibleError(SEND_INPUT_FAILED)
    transport = Transport("answer", failure)
    c = client(transport, [])
    c.read([SNAPSHOT_OP])
    with pytest.raises(AnsibleError) as e:
        c.apply([SWITCH_CREATE])
    assert e.value is failure, "the apply's failure was turned into another error"
    assert transport.calls == 2


def test_the_action_plugin_lets_the_read_recover_and_warns(monkeypatch):
    """Through ActionBase._execute and _low_level_execute_command, as a task runs it: the first call of the task
    fails its Send, the second answers; no reset (the shell is still there: the plugin cleaned up the command)."""
    monkeypatch.setattr(action_base, "_engine", lambda: REAL_ENGINE)
    from ansible_collections.hyperv.network.tests.unit.plugins.action.test_action_base import make_action

    connection = Connection(connected=True)
    action = make_action("ping", {}, connection=connection)
    failures, attempts = [AnsibleError(SEND_INPUT_FAILED)], []

    def low_level(cmd, sudoable, in_data):
        attempts.append(json.loads(in_data.decode("ascii").split("\r\n")[-2])["request_id"])
        if failures:
            raise failures.pop(0)
        from ansible_collections.hyperv.network.tests.unit.plugins.action.test_transport_failures import answer

        rc, out, err = answer(in_data)
        return {"rc": rc, "stdout": out, "stderr": err}

    monkeypatch.setattr(action, "_low_level_execute_command", low_level)
    monkeypatch.setattr(bc.time, "sleep", lambda s: None)
    result = action.run(task_vars={})
    assert not result.get("failed") and not result.get("unreachable"), result
    assert result["ping"] == "pong" and len(attempts) == 2 and attempts[0] == attempts[1], "not the same read again"
    assert connection.resets == 0
    assert any("winrm send_input failed" in w and "recovered" in w for w in result["warnings"]), result
