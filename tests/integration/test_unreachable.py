"""A host that cannot be used over its connection ends UNREACHABLE, tried once (issue 12, item 3).

hvemu serves 4 hosts, ``ua01``/``ua03`` on ``ansible.builtin.winrm`` and ``ua02``/``ua04`` on
``ansible.builtin.psrp`` (NTLM over http with message encryption). Real ansible-playbook runs:

* one host's ``ansible_password`` is wrong (``ua01`` on winrm in one run, ``ua02`` on psrp in another): the
  play recap shows ``unreachable=1`` for that host only and the other 3 run both tasks (ok); hvemu's
  authentication log (``GET /_hvemu/hosts/{name}/auth``) shows exactly one rejected attempt for the bad host,
  from one TCP connection: the connection plugin's single connection attempt of the task (winrm with one
  transport, psrp with ``reconnection_retries`` 0, the default: neither tries a rejected NTLM logon twice) and
  no retry of the collection's own. The old code read 3 times: 3 rejected attempts per task;
* an unknown WinRM path (404), TLS failures (another CA; https on the http port) and a refused port, over both
  transports: UNREACHABLE with the transport's message and the failure class, nothing reaches a host;
* bad module arguments (issue 12, item 5): the error names ``hyperv.network.<module>`` and keeps the option
  name ansible-core's validator gives, with 0 bridge calls.
"""

from __future__ import annotations

import json
import re
import socket

import certifi
import pytest
import yaml
from hvnet_harness import Ansible, Hvemu, _inventory_hosts

HOSTS = ["ua01", "ua02", "ua03", "ua04"]
WRONG_PASSWORD = "Not-The-Passw0rd!"

PLAYBOOK = """
- name: Converge
  hosts: all
  gather_facts: false
  tasks:
    - name: Create the switch
      hyperv.network.vswitch:
        name: "{{ switch_name }}"
        switch_type: internal
    - name: Read it back
      hyperv.network.vswitch_info:
        name: ["{{ switch_name }}"]
"""


@pytest.fixture(scope="module")
def fleet(tmp_path_factory, collections_path):
    from hvemu.testing import start_hvemu

    workdir = tmp_path_factory.mktemp("unreachable")
    fleet_file = workdir / "fleet.yml"
    fleet_file.write_text(yaml.safe_dump({"defaults": {"windows": "ws2022"}, "hosts": [{"name": h} for h in HOSTS]}))
    inventory = workdir / "inventory.yml"
    proc = start_hvemu(
        ["--fleet", str(fleet_file), "--inventory", str(inventory), "--mixed", "--tls", "--state-dir", str(workdir)]
    )
    try:
        hosts = _inventory_hosts(yaml.safe_load(inventory.read_text()))
        # The written inventory uses https when hvemu serves it; these runs use NTLM over http (as the harness).
        for host in hosts.values():
            for key in list(host):
                if "cert" in key or "ca_trust" in key:
                    del host[key]
            host["ansible_port"] = proc.http_port
            host["ansible_winrm_scheme" if host["ansible_connection"] == "winrm" else "ansible_psrp_protocol"] = "http"
        yield proc, hosts, workdir, collections_path
    finally:
        proc.stop()


def run_with(fleet, hosts, name, playbook=PLAYBOOK, **kwargs):
    """Write an inventory of ``hosts`` and run ``playbook`` against it with hvemu's control API behind it."""
    proc, _hosts, workdir, collections_path = fleet
    inventory = workdir / f"inventory-{name}.yml"
    inventory.write_text(yaml.safe_dump({"all": {"children": {"hyperv_hosts": {"hosts": hosts}}}}))
    inventory.chmod(0o600)
    hvemu = Hvemu(proc.http_url, inventory, hosts)
    (workdir / name).mkdir()
    return hvemu, Ansible(hvemu, collections_path, workdir / name).playbook(playbook, **kwargs)


def recap(stdout):
    return dict(re.findall(r"^(\S+)\s+:\s+(ok=.*)$", stdout, re.M))


def unreachable_result(stdout, host):
    """The UNREACHABLE result the default callback printed for ``host`` (the test callback records no such result)."""
    found = re.search(rf"^fatal: \[{re.escape(host)}\]: UNREACHABLE! => (\{{.*\}})$", stdout, re.M)
    assert found, stdout[-4000:]
    return json.loads(found.group(1))


@pytest.mark.parametrize(
    ("bad", "connection", "extra"),
    [
        ("ua01", "winrm", {}),
        ("ua02", "psrp", {}),
        # pypsrp's own connection retries (urllib3 Retry on connect errors and 425/429/503) do not resend a
        # rejected logon either
        ("ua04", "psrp", {"ansible_psrp_reconnection_retries": 2}),
    ],
    ids=["winrm", "psrp", "psrp-reconnection-retries"],
)
def test_a_wrong_password_is_tried_once_and_the_host_is_unreachable(fleet, bad, connection, extra):
    _proc, good_hosts, workdir, _collections = fleet
    hosts = {name: dict(v) for name, v in good_hosts.items()}
    hosts[bad].update(extra, ansible_password=WRONG_PASSWORD)
    assert hosts[bad]["ansible_connection"] == connection
    probe = Hvemu(fleet[0].http_url, workdir / "unused", hosts)
    before = {h: probe.get(f"/_hvemu/hosts/{h}/auth") for h in HOSTS}
    calls_before = probe.stats(bad)["bridge_calls"]
    switch = f"auth-sw-{bad}"

    hvemu, run = run_with(fleet, hosts, f"badpw-{bad}", extra_vars={"switch_name": switch})

    assert run.rc != 0
    lines = recap(run.stdout)
    assert sorted(lines) == HOSTS, run.stdout[-3000:]
    assert re.match(r"ok=0\s+changed=0\s+unreachable=1\s+failed=0\b", lines[bad]), lines[bad]
    for host in HOSTS:
        if host != bad:
            assert re.match(r"ok=2\s+changed=1\s+unreachable=0\s+failed=0\b", lines[host]), (host, lines[host])
            assert switch in [s["Name"] for s in hvemu.state(host)["switches"]], host
            assert [r["status"] for r in run.tasks(host)] == ["ok", "ok"], host
    assert run.tasks(bad) == []  # unreachable: the second task never ran for it

    result = unreachable_result(run.stdout, bad)
    assert result["unreachable"] is True and result["transport_failure"] == "authentication", result
    transport_message = {
        "winrm": "ntlm: the specified credentials were rejected by the server",
        "psrp": "failed to authenticate with the server: Failed to authenticate the user Administrator",
    }[connection]
    assert result["msg"].startswith(transport_message), result["msg"]
    assert "check ansible_user and ansible_password" in result["msg"], result["msg"]
    assert WRONG_PASSWORD not in run.stdout + run.stderr

    # hvemu's view: nothing reached the bad host, and its logon was rejected exactly once.
    assert switch not in [s["Name"] for s in hvemu.state(bad)["switches"]]
    assert hvemu.stats(bad)["bridge_calls"] == calls_before
    after = hvemu.get(f"/_hvemu/hosts/{bad}/auth")
    new = [a for a in after["attempts"] if a["seq"] > (before[bad]["attempts"] or [{"seq": 0}])[-1]["seq"]]
    assert after["rejected"] - before[bad]["rejected"] == 1, new
    assert after["accepted"] == before[bad]["accepted"], new
    assert len(new) == 1 and new[0]["accepted"] is False and new[0]["user"] == "Administrator", new
    assert new[0]["scheme"] == "Negotiate" and new[0]["tls"] is False, new
    for host in HOSTS:
        if host != bad:
            log = hvemu.get(f"/_hvemu/hosts/{host}/auth")
            assert log["rejected"] == before[host]["rejected"], host
            assert log["accepted"] > before[host]["accepted"], host  # one NTLM logon per task connection


def closed_port():
    """A local port nothing listens on (bound, then closed)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_not_found_tls_and_refused_are_unreachable_without_retries(fleet):
    proc, good_hosts, workdir, _collections = fleet
    cases = {}
    for template in ("ua01", "ua02"):
        base = good_hosts[template]
        winrm = base["ansible_connection"] == "winrm"
        path_key = "ansible_winrm_path" if winrm else "ansible_psrp_path"
        scheme_key = "ansible_winrm_scheme" if winrm else "ansible_psrp_protocol"
        validate = (
            {"ansible_winrm_server_cert_validation": "validate", "ansible_winrm_ca_trust_path": certifi.where()}
            if winrm
            else {"ansible_psrp_cert_validation": "validate", "ansible_psrp_ca_cert": certifi.where()}
        )
        kind = base["ansible_connection"]
        cases[f"nopath-{kind}"] = ({**base, path_key: "/wsman/no-such-host"}, "not_found", "Code")
        cases[f"otherca-{kind}"] = (
            {**base, scheme_key: "https", "ansible_port": proc.https_port, **validate},
            "tls",
            "CERTIFICATE_VERIFY_FAILED",
        )
        cases[f"tlsonhttp-{kind}"] = ({**base, scheme_key: "https", **validate}, "tls", "WRONG_VERSION_NUMBER")
        cases[f"refused-{kind}"] = ({**base, "ansible_port": closed_port()}, "no_answer", "Connection refused")
    probe = Hvemu(proc.http_url, workdir / "unused", {})
    before = probe.fleet_stats()
    hvemu, run = run_with(
        fleet, {name: case[0] for name, case in cases.items()}, "classes", extra_vars={"switch_name": "never-made"}
    )
    lines = recap(run.stdout)
    for name, (_vars, kind, needle) in cases.items():
        assert re.match(r"ok=0\s+changed=0\s+unreachable=1\s+failed=0\b", lines[name]), (name, lines[name])
        result = unreachable_result(run.stdout, name)
        assert result["transport_failure"] == kind and needle in result["msg"], (name, result)
        # one attempt, nothing retried; none answered (bridge_calls counts answered round trips, issue 12 item 6)
        assert result["bridge_attempts"] == 1 and result["bridge_calls"] == 0, (name, result)
    after = hvemu.fleet_stats()
    assert after["bridge_calls"] == before["bridge_calls"] and after["commands"] == before["commands"]


BAD_ARGUMENTS = """
- name: Bad arguments
  hosts: ua03
  gather_facts: false
  tasks:
    - name: Unsupported option
      hyperv.network.vswitch:
        name: arg-sw
        bogus: 1
      ignore_errors: true
    - name: Wrong type
      hyperv.network.hns_network:
        name: arg-nat
        type: nat
        subnets: "172.20.0.0/16"
      ignore_errors: true
"""


def test_argument_errors_name_the_module_and_the_option(fleet):
    proc, good_hosts, workdir, _collections = fleet
    calls_before = Hvemu(proc.http_url, workdir / "unused", {}).stats("ua03")["bridge_calls"]
    _hvemu, run = run_with(fleet, good_hosts, "arguments", playbook=BAD_ARGUMENTS)
    unsupported = run.named("ua03", "Unsupported option")["result"]["msg"]
    assert unsupported.startswith("Unsupported parameters for (hyperv.network.vswitch) module: bogus."), unsupported
    wrong_type = run.named("ua03", "Wrong type")["result"]["msg"]
    assert wrong_type.startswith(
        "hyperv.network.hns_network: Elements value for option 'subnets' is of type str and we were unable to "
        "convert to dict"
    ), wrong_type
    for record in run.tasks("ua03"):
        assert record["status"] == "failed" and record["stats"]["bridge_calls"] == calls_before, record


IGNORE_UNREACHABLE = """
- name: A wrong password with ignore_unreachable
  hosts: ua03
  gather_facts: false
  tasks:
    - name: Read the switches
      hyperv.network.vswitch_info:
      ignore_unreachable: true
      register: info
    - name: Still running
      ansible.builtin.debug:
        msg: "unreachable={{ info.unreachable | default(false) }} failure={{ info.transport_failure | default('') }}"
"""


def test_ignore_unreachable_applies_to_an_authentication_failure(fleet):
    _proc, good_hosts, _workdir, _collections = fleet
    hosts = {name: dict(v) for name, v in good_hosts.items()}
    hosts["ua03"]["ansible_password"] = WRONG_PASSWORD
    _hvemu, run = run_with(fleet, hosts, "ignore-unreachable", playbook=IGNORE_UNREACHABLE)
    assert run.rc == 0, run.stdout[-3000:]
    assert "fatal: [ua03]: UNREACHABLE!" in run.stdout and "...ignoring" in run.stdout, run.stdout[-3000:]
    assert run.named("ua03", "Still running")["result"]["msg"] == "unreachable=True failure=authentication"


def test_the_auth_log_records_basic_attempts_without_the_password(fleet):
    import requests

    proc, good_hosts, workdir, _collections = fleet
    probe = Hvemu(proc.http_url, workdir / "unused", {})
    before = probe.get("/_hvemu/hosts/ua04/auth")
    url = f"{proc.http_url}/wsman/ua04"
    good = good_hosts["ua04"]["ansible_password"]
    denied = requests.post(url, auth=("HV\\Administrator", WRONG_PASSWORD), timeout=30)
    # What a client of a real host sees of a rejected logon: 401 and the schemes it may try.
    assert denied.status_code == 401 and "Negotiate" in denied.headers["WWW-Authenticate"]
    assert requests.post(url, auth=("nobody", good), timeout=30).status_code == 401
    assert requests.post(url, auth=("Administrator", good), timeout=30).status_code == 200
    log = probe.get("/_hvemu/hosts/ua04/auth")
    new = log["attempts"][-3:]
    assert [(a["user"], a["scheme"], a["accepted"], a["reason"]) for a in new] == [
        ("HV\\Administrator", "Basic", False, "wrong password"),
        ("nobody", "Basic", False, "unknown user"),
        ("Administrator", "Basic", True, ""),
    ]
    assert log["rejected"] - before["rejected"] == 2 and log["accepted"] - before["accepted"] == 1
    text = json.dumps(log)
    assert WRONG_PASSWORD not in text and good not in text
