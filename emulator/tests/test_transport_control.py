"""The control API on the emulator's port: host list, state, stats, faults, reboot, fleet totals."""

from __future__ import annotations

import json
import types

import pytest
import requests
from hvemu.testing import encoded_command, run_cmd, winrm_protocol
from hvemu.wsman.httpserver import is_loopback_peer
from winrm.exceptions import WSManFaultError


@pytest.fixture
def api(emulator):
    base = f"http://127.0.0.1:{emulator.http_port}/_hvemu"

    def call(method: str, path: str, **kwargs):
        return requests.request(method, base + path, timeout=5, **kwargs)

    return call


def test_hosts_and_state(api, emulator):
    assert api("GET", "/hosts").json() == ["hv01", "hv02", "hv03"]
    host = emulator.fleet.hosts["hv02"]
    state = api("GET", "/hosts/hv02").json()
    assert state == json.loads(json.dumps(host.state()))
    assert json.dumps(state) != json.dumps(api("GET", "/hosts/hv01").json())  # each host its own state
    missing = api("GET", "/hosts/hv99")
    assert missing.status_code == 404 and "hv99" in missing.json()["error"]
    assert api("GET", "/nothing").status_code == 404


def test_stats_count_http_body_bytes(api, emulator):
    before = api("GET", "/hosts/hv01/stats").json()
    assert before["bytes_in"] == before["bytes_out"] == before["commands"] == 0
    proto = winrm_protocol(emulator.http_port, "hv01", "admin", "pw-hv01", transport="basic")
    run_cmd(proto, encoded_command("whoami"))
    after = api("GET", "/hosts/hv01/stats").json()
    assert after["commands"] == 1
    assert after["bytes_in"] > 2000  # five SOAP requests
    assert after["bytes_out"] > 2000
    assert api("GET", "/hosts/hv02/stats").json()["bytes_in"] == 0
    totals = api("GET", "/stats").json()
    assert totals["bytes_in"] == after["bytes_in"]
    assert totals["commands"] == 1
    assert totals["hosts"] == 3


def test_faults_merge_validate_and_reset(api, emulator):
    resp = api("POST", "/hosts/hv01/faults", json={"latency_ms": 5, "max_shells_per_user": 4})
    assert resp.status_code == 200
    assert resp.json()["latency_ms"] == 5
    resp = api("POST", "/hosts/hv01/faults", json={"refuse_connections": False})
    assert resp.json()["latency_ms"] == 5 and resp.json()["max_shells_per_user"] == 4  # merged
    assert emulator.fleet.hosts["hv01"].faults.max_shells_per_user == 4
    bad = api("POST", "/hosts/hv01/faults", json={"no_such_fault": 1})
    assert bad.status_code == 400 and "no_such_fault" in bad.json()["error"]
    bad = api("POST", "/hosts/hv01/faults", json={"latency_ms": -1})
    assert bad.status_code == 400 and "latency_ms" in bad.json()["error"]
    assert api("POST", "/hosts/hv01/faults", data=b"not json").status_code == 400
    assert api("POST", "/hosts/hv01/faults", json=[1]).status_code == 400
    assert emulator.fleet.hosts["hv01"].faults.latency_ms == 5  # a rejected change changes nothing
    reset = api("DELETE", "/hosts/hv01/faults")
    assert reset.json()["latency_ms"] == 0 and reset.json()["max_shells_per_user"] == 30
    assert api("GET", "/hosts/hv01/faults").json() == reset.json()


def test_faults_set_through_the_api_apply(api, emulator):
    api("POST", "/hosts/hv01/faults", json={"max_shells_per_user": 1})
    proto = winrm_protocol(emulator.http_port, "hv01", "admin", "pw-hv01", transport="basic")
    shell_id = proto.open_shell()
    with pytest.raises(WSManFaultError):
        proto.open_shell()
    proto.close_shell(shell_id)


def test_reboot_drops_the_hosts_shells(api, emulator):
    proto = winrm_protocol(emulator.http_port, "hv01", "admin", "pw-hv01", transport="basic")
    shell_id = proto.open_shell()
    boots = emulator.fleet.hosts["hv01"].data["boot_count"]
    resp = api("POST", "/hosts/hv01/reboot")
    assert resp.status_code == 200
    assert emulator.fleet.hosts["hv01"].data["boot_count"] == boots + 1
    with pytest.raises(WSManFaultError) as info:
        proto.run_command(shell_id, encoded_command("whoami"))
    assert info.value.wsman_fault_code == 2150858843
    assert api("GET", "/hosts/hv01/stats").json()["open_shells"] == 0


def test_reachability(api, emulator):
    assert api("GET", "/reachability", params={"src": "hv01/a"}).status_code == 400
    resp = api("GET", "/reachability", params={"src": "hv01/a", "dst": "hv02/b"})
    assert resp.status_code == 200
    assert resp.json() == emulator.fleet.reachability("hv01/a", "hv02/b")
    assert resp.json()["reachable"] is False


def test_reachability_without_a_model_is_501(emulator):
    from hvemu import control

    bare = types.SimpleNamespace(fleet=types.SimpleNamespace(hosts=emulator.fleet.hosts))
    code, body = control.handle(bare, "GET", "/_hvemu/reachability", {"src": ["a/b"], "dst": ["c/d"]}, b"")
    assert code == 501 and "reachability" in body["error"]


def test_control_api_needs_no_auth_but_wsman_does(api, emulator):
    assert api("GET", "/hosts").status_code == 200
    wsman = f"http://127.0.0.1:{emulator.http_port}/wsman/hv01"
    assert requests.post(wsman, data=b"<x/>", timeout=5).status_code == 401


def test_loopback_peers_only():
    assert is_loopback_peer("127.0.0.1") and is_loopback_peer("127.8.9.1") and is_loopback_peer("::1")
    assert is_loopback_peer("::ffff:127.0.0.1")
    assert not is_loopback_peer("10.0.0.5") and not is_loopback_peer("192.168.1.1") and not is_loopback_peer("x")


def test_a_failing_model_call_answers_500(api, emulator, monkeypatch):
    def broken():
        raise RuntimeError("model bug")

    monkeypatch.setattr(emulator.fleet.hosts["hv01"], "state", broken)
    resp = api("GET", "/hosts/hv01")
    assert resp.status_code == 500 and "model bug" in resp.json()["error"]
    assert api("GET", "/hosts").status_code == 200  # the server lives on
