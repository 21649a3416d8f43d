"""bridge_client: command line, stdin framing, response parsing, errors, retry policy, recording."""

import base64
import json
import os

import pytest
from ansible.errors import AnsibleConnectionFailure
from ansible_collections.hyperv.network.plugins.plugin_utils import bridge_client as bc
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import (
    BridgeConnectionLost,
    BridgeError,
    BridgeProtocolError,
)
from hypothesis import given, settings
from hypothesis import strategies as st

BRIDGE = "# hyperv.network bridge v1\r\nparam($RequestLine)\r\n$x = 1\r\n"
SNAPSHOT_OP = {"op": "snapshot", "args": {"kinds": ["switches"]}}


def response(request_id="r1", ok=True, results=None, error=None):
    return {
        "protocol": 1,
        "request_id": request_id,
        "ok": ok,
        "elapsed_ms": 3,
        "results": results or [],
        "error": error,
    }


def marked(doc, before="", after=""):
    return before + bc.RESPONSE_BEGIN + json.dumps(doc) + bc.RESPONSE_END + after


# --- command line -----------------------------------------------------------------------------


def test_command_line_is_fixed_short_and_decodes_to_bootstrap():
    line = bc.command_line()
    assert line.startswith("PowerShell -NoProfile -NonInteractive -ExecutionPolicy Unrestricted -EncodedCommand ")
    assert len(line) < 8191
    script = base64.b64decode(line.rsplit(" ", 1)[1]).decode("utf-16-le")
    with open(bc.BOOTSTRAP_PATH, "rb") as f:
        assert script == f.read().decode("utf-8")  # exactly as stored, line endings included
    assert script.splitlines()[0] == "# hyperv.network bootstrap v1"


def test_command_line_identical_across_requests_with_hostile_names():
    seen = []

    def execute(cmd, data):
        seen.append(cmd)
        req = json.loads(data.decode("ascii").split("\r\n")[-2])
        return 0, marked(response(req["request_id"], results=[{"op": "snapshot", "ok": True, "data": {}}])), ""

    client = bc.BridgeClient(execute, bridge_text=BRIDGE)
    for name in ("a", "x'; Remove-Item C:\\ -Recurse #", "\u2028evil\u0085name\x1c"):
        client.read([{"op": "snapshot", "args": {"kinds": ["switches"], "names": {"switches": [name]}}}])
    assert len(set(seen)) == 1 and seen[0] == bc.command_line()


# --- stdin framing ----------------------------------------------------------------------------


def test_stdin_framing():
    data = bc.build_stdin({"protocol": 1, "ops": []}, bridge_text=BRIDGE)
    text = data.decode("ascii")
    lines = text.split("\r\n")
    assert lines[0] == "# hyperv.network bridge v1"
    assert lines[-3] == "#hvnet-request"
    assert json.loads(lines[-2]) == {"protocol": 1, "ops": []}
    assert lines[-1] == ""
    assert "\n" not in text.replace("\r\n", "")


SPLITTERS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=("Cs",))
        | st.sampled_from(SPLITTERS)
    )
)
def test_request_line_is_one_ascii_line_for_any_name(name):
    request = {
        "protocol": 1,
        "request_id": "r",
        "ops": [{"op": "switch_create", "args": {"name": name, "switch_type": "Internal"}, "pre": []}],
    }
    data = bc.build_stdin(request, bridge_text=BRIDGE)
    assert all(b < 0x80 for b in data)
    line = data.decode("ascii").split("\r\n")[-2]
    assert len(line.splitlines()) == 1
    assert not any(c in line for c in SPLITTERS)
    assert json.loads(line)["ops"][0]["args"]["name"] == name


def test_bridge_from_disk_when_present():
    if not os.path.exists(bc.BRIDGE_PATH):
        pytest.skip("bridge.ps1 not written yet")
    data = bc.build_stdin({"protocol": 1}).decode("ascii")
    assert data.split("\r\n", maxsplit=1)[0] == "# hyperv.network bridge v1"


# --- response parsing ------------------------------------------------------------------------


def test_marked_response_amid_noise_and_crlf_wrapping():
    doc = response(results=[{"op": "ping", "ok": True, "data": {"pong": True}}])
    body = json.dumps(doc)
    wrapped = body[:20] + "\r\n" + body[20:]
    stdout = "#< CLIXML\r\nWARNING: noise\r\n" + bc.RESPONSE_BEGIN + wrapped + bc.RESPONSE_END + "\r\nmore noise"
    parsed = bc.parse_response(1, stdout, "")
    assert parsed.ok and parsed.results[0]["data"] == {"pong": True}


def test_bytes_stdout_accepted():
    parsed = bc.parse_response(0, marked(response()).encode("utf-8"), b"")
    assert parsed.ok


@pytest.mark.parametrize(
    "stdout",
    [
        "",
        "plain output without markers",
        bc.RESPONSE_BEGIN + '{"protocol":1',
        bc.RESPONSE_BEGIN + "not json" + bc.RESPONSE_END,
    ],
)
def test_missing_or_broken_markers(stdout):
    with pytest.raises(BridgeProtocolError) as e:
        bc.parse_response(1, stdout, "Get-VMSwitch : The term is not recognized" + "x" * 1000)
    assert "rc=1" in e.value.msg
    assert "Get-VMSwitch : The term" in e.value.msg
    assert len(e.value.msg) < 800  # stderr quoted up to 500 characters


def test_response_not_matching_schema():
    with pytest.raises(BridgeProtocolError) as e:
        bc.parse_response(0, marked({"protocol": 1, "ok": "yes", "results": []}), "")
    assert "does not match the protocol" in e.value.msg


def test_snapshot_data_validated():
    doc = response(results=[{"op": "snapshot", "ok": True, "data": {"switches": [{"Name": "x"}]}}])
    with pytest.raises(BridgeProtocolError):
        bc.parse_response(0, marked(doc), "")


def test_rc_zero_alone_is_not_trusted():
    doc = response(
        ok=False, error={"index": None, "op": None, "code": "LOCK_TIMEOUT", "message": "another run holds the lock"}
    )

    def execute(cmd, data):
        req = json.loads(data.decode("ascii").split("\r\n")[-2])
        doc["request_id"] = req["request_id"]
        return 0, marked(doc), ""

    with pytest.raises(BridgeError) as e:
        bc.BridgeClient(execute, bridge_text=BRIDGE).read([SNAPSHOT_OP])
    assert e.value.code == "LOCK_TIMEOUT"


def test_ok_false_maps_hresult():
    doc = response(
        ok=False,
        results=[{"op": "hcn_network_create", "ok": False, "data": None}],
        error={
            "index": 0,
            "op": "hcn_network_create",
            "code": "HNS_ERROR",
            "hresult": "0x803B0010",
            "message": "HcnCreateNetwork failed",
        },
    )
    err = bc.bridge_error(bc.parse_response(1, marked(doc), ""), [{"op": "hcn_network_create"}])
    assert err.hresult_name == "NETWORK_ALREADY_EXISTS"
    assert "already exists" in err.meaning and err.what_to_do == "rename yours or remove the other"
    assert "operation 1 (hcn_network_create) failed: HNS_ERROR 0x803B0010 NETWORK_ALREADY_EXISTS" in err.msg
    assert err.index == 0 and err.results == doc["results"]


def test_request_id_mismatch_is_a_protocol_error():
    def execute(cmd, data):
        return 0, marked(response("someone-else")), ""

    with pytest.raises(BridgeProtocolError):
        bc.BridgeClient(execute, bridge_text=BRIDGE).read([SNAPSHOT_OP])


# --- retry policy ----------------------------------------------------------------------------


class Flaky:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    def __call__(self, cmd, data):
        self.calls += 1
        if self.calls <= self.failures:
            raise AnsibleConnectionFailure("connection refused")
        req = json.loads(data.decode("ascii").split("\r\n")[-2])
        return (
            0,
            marked(response(req["request_id"], results=[{"op": r["op"], "ok": True, "data": {}} for r in req["ops"]])),
            "",
        )


def test_reads_retried_with_bounded_backoff():
    sleeps = []
    flaky = Flaky(2)
    client = bc.BridgeClient(flaky, bridge_text=BRIDGE, sleep=sleeps.append)
    client.answered = (
        True  # lost after an answer; before any answer: tests/unit/plugins/action/test_transport_failures.py
    )
    assert client.read([SNAPSHOT_OP]).ok
    assert sleeps == [1.0, 2.0] and client.calls == 3


def test_reads_give_up_after_three_tries():
    sleeps = []
    client = bc.BridgeClient(Flaky(10), bridge_text=BRIDGE, sleep=sleeps.append)
    client.answered = True
    with pytest.raises(BridgeConnectionLost) as e:
        client.read([SNAPSHOT_OP])
    assert "after 3 tries" in e.value.msg and sleeps == [1.0, 2.0]


def test_backoff_is_capped():
    sleeps = []
    client = bc.BridgeClient(Flaky(10), bridge_text=BRIDGE, sleep=sleeps.append, tries=5)
    client.answered = True
    with pytest.raises(BridgeConnectionLost):
        client.read([SNAPSHOT_OP])
    assert sleeps == [1.0, 2.0, 4.0, 4.0]


def test_applies_never_retried():
    sleeps = []
    flaky = Flaky(1)
    client = bc.BridgeClient(flaky, bridge_text=BRIDGE, sleep=sleeps.append)
    client.answered = True
    op = {
        "op": "switch_create",
        "args": {"name": "s", "switch_type": "Internal"},
        "pre": [{"kind": "switch", "state": "absent", "name": "s"}],
    }
    with pytest.raises(BridgeConnectionLost):
        client.apply([op])
    assert flaky.calls == 1 and sleeps == []


def test_read_refuses_mutating_ops():
    client = bc.BridgeClient(Flaky(0), bridge_text=BRIDGE)
    with pytest.raises(Exception, match="mutating"):
        client.read([{"op": "switch_remove", "args": {"id": "x"}, "pre": []}])


def test_invalid_request_caught_before_sending():
    flaky = Flaky(0)
    with pytest.raises(Exception, match="does not match the bridge protocol"):
        bc.BridgeClient(flaky, bridge_text=BRIDGE).apply(
            [{"op": "switch_remove", "args": {"id": "not-a-guid"}, "pre": []}]
        )
    assert flaky.calls == 0


def test_recording_mode(tmp_path):
    client = bc.BridgeClient(Flaky(0), bridge_text=BRIDGE, record_dir=str(tmp_path))
    client.read([SNAPSHOT_OP])
    names = sorted(p.name.split(".", 1)[1] for p in tmp_path.iterdir())
    assert names == ["rc", "request.json", "stderr", "stdout"]
    (request_file,) = tmp_path.glob("*.request.json")
    assert json.loads(request_file.read_text())["ops"] == [SNAPSHOT_OP]
