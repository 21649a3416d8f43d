"""`hvemu serve` as a process: ready line, clean exit on signals, the inventory it writes, real Ansible."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys

import pytest
import requests
import yaml
from hvemu.testing import READY, encoded_command, psrp_wsman, run_cmd, winrm_protocol
from pypsrp.powershell import PowerShell, RunspacePool

UNSUPPORTED = "unsupported script: hvemu runs only the hyperv.network bridge"
VENV_BIN = os.path.dirname(sys.executable)


def test_ready_line_and_sigterm(hvemu_process):
    proc = hvemu_process(["--hosts", "2"])
    assert READY.match(proc.ready_line)
    assert proc.ready_line == f"hvemu ready http://127.0.0.1:{proc.http_port} pid {proc.pid}"
    assert proc.https_url is None
    assert requests.get(f"{proc.http_url}/_hvemu/hosts", timeout=5).json() == ["hv01", "hv02"]
    assert proc.stop(signal.SIGTERM) == 0
    rest = proc.proc.stdout.read()
    assert rest == ""  # exactly one line


def test_sigint_and_tls(hvemu_process):
    proc = hvemu_process(["--hosts", "1", "--tls"])
    assert proc.https_url and proc.https_port != proc.http_port
    resp = requests.get(f"{proc.https_url}/_hvemu/hosts", timeout=5, verify=False)
    assert resp.json() == ["hv01"]
    assert proc.stop(signal.SIGINT) == 0


def test_inventory_http_mixed(hvemu_process, tmp_path):
    inventory = tmp_path / "inv.yml"
    proc = hvemu_process(["--hosts", "6", "--inventory", str(inventory), "--mixed"])
    assert stat.S_IMODE(inventory.stat().st_mode) == 0o600
    data = yaml.safe_load(inventory.read_text())
    groups = data["all"]["children"]
    hosts = {**groups["hyperv_hosts"]["hosts"], **groups["container_vms"]["hosts"]}
    fleet = requests.get(f"{proc.http_url}/_hvemu/hosts", timeout=5).json()
    assert sorted(hosts) == sorted(fleet)
    assert groups["container_vms"]["hosts"], "the default fleet has VMs"
    connections = [hosts[name]["ansible_connection"] for name in fleet]
    assert connections == ["winrm", "psrp"] * 3
    for name, hv in hosts.items():
        state = requests.get(f"{proc.http_url}/_hvemu/hosts/{name}", timeout=5).json()
        assert hv["ansible_host"] == "127.0.0.1" and hv["ansible_port"] == proc.http_port
        assert hv["ansible_user"] and hv["ansible_password"]
        if hv["ansible_connection"] == "winrm":
            assert hv["ansible_winrm_path"] == f"/wsman/{name}"
            assert hv["ansible_winrm_transport"] == "ntlm" and hv["ansible_winrm_scheme"] == "http"
        else:
            assert hv["ansible_psrp_path"] == f"wsman/{name}"
            assert hv["ansible_psrp_auth"] == "ntlm" and hv["ansible_psrp_protocol"] == "http"
        if name in groups["container_vms"]["hosts"]:
            assert hv["hyperv_network_parent"] in groups["hyperv_hosts"]["hosts"]
            assert state.get("parent", hv["hyperv_network_parent"]) == hv["hyperv_network_parent"]
        else:
            assert "hyperv_network_parent" not in hv
    # every host answers with the inventory's own credentials
    for name, hv in hosts.items():
        if hv["ansible_connection"] == "winrm":
            proto = winrm_protocol(hv["ansible_port"], name, hv["ansible_user"], hv["ansible_password"])
            _out, err, rc = run_cmd(proto, encoded_command("Get-Date"))
            assert (rc, err.decode().strip()) == (1, UNSUPPORTED)
        else:
            wsman = psrp_wsman(hv["ansible_port"], name, hv["ansible_user"], hv["ansible_password"])
            with RunspacePool(wsman) as pool:
                ps = PowerShell(pool)
                ps.add_script("Get-Date")
                ps.invoke()
                assert [str(e) for e in ps.streams.error] == [UNSUPPORTED]


def test_inventory_https(hvemu_process, tmp_path):
    inventory = tmp_path / "inv.yml"
    proc = hvemu_process(["--hosts", "2", "--tls", "--inventory", str(inventory), "--mixed"])
    hosts = yaml.safe_load(inventory.read_text())["all"]["children"]["hyperv_hosts"]["hosts"]
    winrm_vars, psrp_vars = hosts["hv01"], hosts["hv02"]
    assert winrm_vars["ansible_port"] == proc.https_port
    assert winrm_vars["ansible_winrm_scheme"] == "https"
    assert winrm_vars["ansible_winrm_server_cert_validation"] == "validate"
    ca = winrm_vars["ansible_winrm_ca_trust_path"]
    assert os.path.isfile(ca) and psrp_vars["ansible_psrp_ca_cert"] == ca
    assert psrp_vars["ansible_psrp_protocol"] == "https" and psrp_vars["ansible_psrp_cert_validation"] == "validate"
    proto = winrm_protocol(
        proc.https_port,
        "hv01",
        winrm_vars["ansible_user"],
        winrm_vars["ansible_password"],
        https=True,
        server_cert_validation="validate",
        ca_trust_path=ca,
    )
    assert run_cmd(proto, encoded_command("x"))[2] == 1


def test_state_dir_holds_the_ca(hvemu_process, tmp_path):
    proc = hvemu_process(["--hosts", "1", "--tls", "--state-dir", str(tmp_path / "state")])
    assert (tmp_path / "state" / "hvemu-ca.pem").is_file()
    assert proc.stop() == 0


def test_reachability_endpoint(hvemu_process):
    proc = hvemu_process(["--hosts", "2"])
    base = f"{proc.http_url}/_hvemu/reachability"
    assert requests.get(base, timeout=5).status_code == 400
    resp = requests.get(base, params={"src": "hv01/nope", "dst": "hv02/nope"}, timeout=5)
    assert resp.status_code == 200
    assert resp.json()["reachable"] is False and "nope" in resp.json()["reason"]


@pytest.mark.parametrize("tls", [False, True], ids=["http-ntlm-encrypted", "https-ca-validated"])
def test_ansible_raw_is_refused_as_unsupported(hvemu_process, tmp_path, tls):
    inventory = tmp_path / "inv.yml"
    hvemu_process(["--hosts", "2", "--inventory", str(inventory), "--mixed", *(["--tls"] if tls else [])])
    cfg = tmp_path / "ansible.cfg"
    cfg.write_text("[defaults]\n")
    env = {
        **os.environ,
        "ANSIBLE_CONFIG": str(cfg),
        "ANSIBLE_LOCAL_TEMP": str(tmp_path / "tmp"),
        "ANSIBLE_HOME": str(tmp_path / "home"),
        "ANSIBLE_NOCOLOR": "1",
        "ANSIBLE_FORCE_COLOR": "0",
    }
    result = subprocess.run(
        [os.path.join(VENV_BIN, "ansible"), "-i", str(inventory), "all", "-m", "raw", "-a", "hostname"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 2, output
    for name in ("hv01", "hv02"):  # hv01 over winrm, hv02 over psrp
        assert f"{name} | FAILED | rc=1" in output, output
    assert output.count(UNSUPPORTED) == 2, output


@pytest.mark.parametrize("args", [["--hosts", "0"], ["--fleet", "/nonexistent/fleet.yml"]])
def test_bad_fleet_fails_without_ready_line(args):
    result = subprocess.run(
        [sys.executable, "-m", "hvemu.cli", "serve", "--port", "0", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "hvemu ready" not in result.stdout


def test_real_bridge_call_through_both_transports(hvemu_process):
    """The collection's own bootstrap, bridge and request over winrm (stdin in chunks) and psrp (input lines)."""
    import uuid

    from hvemu.testing import bridge_call, bridge_response

    proc = hvemu_process(["--hosts", "2"])
    request = {
        "protocol": 1,
        "request_id": str(uuid.uuid4()),
        "lock_timeout_ms": 30000,
        "ops": [{"op": "snapshot", "args": {"kinds": ["adapters"]}}],
    }
    command_line, script, stdin = bridge_call(request)
    assert len(command_line) <= 8191
    proto = winrm_protocol(proc.http_port, "hv01", "Administrator", "Passw0rd!")
    out, err, rc = run_cmd(proto, command_line, stdin, chunk=20000)
    assert (rc, err) == (0, b"")
    response = bridge_response(out.decode())
    assert response["ok"] and response["request_id"] == request["request_id"]
    with RunspacePool(psrp_wsman(proc.http_port, "hv02", "Administrator", "Passw0rd!")) as pool:
        ps = PowerShell(pool)
        ps.add_script(script, use_local_scope=True)
        output = ps.invoke(stdin.decode("ascii").splitlines())
        assert not ps.streams.error
        assert bridge_response("\r\n".join(output))["ok"]
    for host in ("hv01", "hv02"):
        stats = requests.get(f"{proc.http_url}/_hvemu/hosts/{host}/stats", timeout=5).json()
        assert stats["bridge_calls"] == 1 and stats["rejected_scripts"] == 0
        assert stats["bytes_in"] > len(stdin) and stats["bytes_out"] > 0
