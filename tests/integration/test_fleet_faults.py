"""Partial fleet failure: 20 hosts, 3 of them failing in three different ways, one real ansible-playbook run.

hvemu serves 20 Hyper-V hosts (winrm and psrp alternately, NTLM with message encryption). Before the first run
three hosts get faults through the control API (POST /_hvemu/hosts/{name}/faults):

* ``fh03`` refuses connections (TCP connection closed, no reply): the host never answered, so it is UNREACHABLE
  at once (not retried) with the transport's connection error;
* ``fh07`` answers every shell creation with HTTP 500 (a WS-Man quota fault: MaxShellsPerUser 0): the task
  fails after three tries with the fault text and the HTTP status;
* ``fh12`` fails the HNS network create with ``0x803B000A`` (INVALID_NETWORK, an injected HNS error): the
  task fails naming the operation, the HCN call, the HRESULT and its name, and what took effect before it.

A fourth host, ``fh15``, gets a single HTTP 500 (hvemu's ``http_500_on_request: 1``): the read is retried and
the host converges in the first run, so it counts among the 17.

The other 17 converge. Then the faults are cleared (DELETE) and the same playbook runs again: the 3 converge,
the 17 report no change with exactly one bridge call each. Host state is always read through the control API.
"""

from __future__ import annotations

import json
import re
import urllib.request

import pytest
import yaml
from hvnet_harness import Ansible, Hvemu, _inventory_hosts, script_hashes

HOSTS = [f"fh{i:02d}" for i in range(1, 21)]
REFUSED, HTTP500, HNSERR, ONE_500 = "fh03", "fh07", "fh12", "fh15"
FAILING = (REFUSED, HTTP500, HNSERR)
OWNERSHIP_TAG = "[hyperv.network]"

PLAYBOOK = """
- name: Converge the fleet
  hosts: all
  gather_facts: false
  tasks:
    - name: Converge
      hyperv.network.host_network:
        state: merged
        config:
          switches:
            - {name: fleet-sw, switch_type: internal, notes: fleet}
          networks:
            - name: fleet-nat
              type: nat
              subnets: [{prefix: 172.28.0.0/16, gateway: 172.28.0.1}]
"""


def fleet_file(path):
    hosts = [
        {"name": name, "adapters": [{"name": "Ethernet", "ipv4": f"10.60.{i}.21/24", "gateway": f"10.60.{i}.1"}]}
        for i, name in enumerate(HOSTS, start=1)
    ]
    path.write_text(yaml.safe_dump({"defaults": {"windows": "ws2022"}, "hosts": hosts}))
    return path


@pytest.fixture(scope="module")
def fleet(tmp_path_factory, collections_path):
    from hvemu.testing import start_hvemu

    workdir = tmp_path_factory.mktemp("fleet-faults")
    inventory = workdir / "inventory.yml"
    proc = start_hvemu(["--fleet", str(fleet_file(workdir / "fleet.yml")), "--inventory", str(inventory), "--mixed"])
    try:
        hvemu = Hvemu(proc.http_url, inventory, _inventory_hosts(yaml.safe_load(inventory.read_text())))
        yield hvemu, Ansible(hvemu, collections_path, workdir)
    finally:
        proc.stop()


def control(hvemu, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(hvemu.url + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read().decode() or "null")


def host_output(stdout: str, host: str) -> str:
    """The lines ansible-playbook printed for ``host`` (its status line and the result that follows it)."""
    blocks = re.split(r"\n(?=(?:ok|changed|fatal|failed|skipping|TASK|PLAY)\b)", stdout)
    return "\n".join(b for b in blocks if re.match(rf"(ok|changed|fatal|failed): \[{host}\]", b))


def by_name(rows, name, key="Name"):
    found = [row for row in rows or [] if row.get(key) == name]
    return found[0] if len(found) == 1 else None


def converged(state: dict) -> bool:
    switch = by_name(state["switches"], "fleet-sw")
    network = by_name(state["networks"], "fleet-nat")
    return bool(
        switch
        and switch["Notes"] == "fleet\n" + OWNERSHIP_TAG
        and network
        and network["Ipams"][0]["Subnets"][0]["IpAddressPrefix"] == "172.28.0.0/16"
        and network["ID"].lower() in [i.lower() for i in state["ledger"]["networks"]]
    )


def test_three_failing_hosts_of_twenty_then_cleared(fleet):
    hvemu, ansible = fleet
    assert sorted(hvemu.hosts) == HOSTS
    assert {hvemu.connection(h) for h in FAILING} == {"winrm", "psrp"}
    control(hvemu, "POST", f"/_hvemu/hosts/{REFUSED}/faults", {"refuse_connections": True})
    control(hvemu, "POST", f"/_hvemu/hosts/{HTTP500}/faults", {"max_shells_per_user": 0})
    control(hvemu, "POST", f"/_hvemu/hosts/{ONE_500}/faults", {"http_500_on_request": 1})
    control(hvemu, "POST", f"/_hvemu/hosts/{HNSERR}/faults", {"hns_error_on_op": {"hcn_network_create": "0x803B000A"}})

    first = ansible.playbook(PLAYBOOK, "-f", "10", "-vvv")
    assert first.rc != 0, "three hosts failed: ansible-playbook must say so"
    recap = dict(re.findall(r"^(fh\d\d)\s+:\s+(.*)$", first.stdout, re.M))
    for host in HOSTS:
        if host in FAILING:
            continue
        assert re.search(r"changed=1\b.*unreachable=0\s+failed=0", recap[host]), (host, recap[host])
        assert converged(hvemu.state(host)), host
        assert hvemu.stats(host)["bridge_calls"] == 2, host

    # The failure paths (transport errors, WS-Man faults, HNS errors) print no secret, even at -vvv.
    password = yaml.safe_load(hvemu.inventory.read_text())["all"]["children"]["hyperv_hosts"]["hosts"]["fh01"][
        "ansible_password"
    ]
    assert (first.stdout + first.stderr).count(password) == 0

    # What and where: each failing host is named with an error that says what failed.
    refused = host_output(first.stdout, REFUSED)
    assert f"fatal: [{REFUSED}]: UNREACHABLE!" in refused, first.stdout[-4000:]
    assert "The host never answered in this task" in refused, refused
    assert re.search(r"ntlm: .*(Connection aborted|Connection reset|RemoteDisconnected)", refused), refused
    assert "unreachable=1" in recap[REFUSED] and "failed=0" in recap[REFUSED]

    http500 = host_output(first.stdout, HTTP500)
    assert f"fatal: [{HTTP500}]: FAILED!" in http500, first.stdout[-4000:]
    assert "the host did not answer a read after 3 tries" in http500, http500
    assert "This user is allowed a maximum number of 0 concurrent shells" in http500, http500
    assert "'http_status_code': 500" in http500 and "w:QuotaLimit" in http500, http500
    assert "failed=1" in recap[HTTP500]

    # A single HTTP 500 on the read is retried (reads are safe to repeat) and the host converges.
    assert f"changed: [{ONE_500}]" in first.stdout and converged(hvemu.state(ONE_500))

    hns = first.named(HNSERR, "Converge")
    message = hns["result"]["msg"]
    assert hns["status"] == "failed" and f"fatal: [{HNSERR}]: FAILED!" in first.stdout
    for part in ("hcn_network_create", "0x803B000A", "INVALID_NETWORK", "HcnCreateNetwork", "fleet-nat"):
        assert part in message, (part, message)
    assert "create switch fleet-sw" in message.split("Failed:")[0], message  # what took effect before it
    assert hns["result"].get("hresult_name") == "INVALID_NETWORK" and "nothing was retried" in message
    for host in FAILING:
        assert not converged(hvemu.state(host)), host
    assert by_name(hvemu.state(REFUSED)["switches"], "fleet-sw") is None
    assert hvemu.stats(REFUSED)["bridge_calls"] == 0 and hvemu.stats(HTTP500)["bridge_calls"] == 0

    for host in FAILING:
        control(hvemu, "DELETE", f"/_hvemu/hosts/{host}/faults")
    calls_before = {host: hvemu.stats(host)["bridge_calls"] for host in HOSTS}
    second = ansible.playbook(PLAYBOOK, "-f", "10")
    assert second.rc == 0, second.stdout[-6000:]
    recap = dict(re.findall(r"^(fh\d\d)\s+:\s+(.*)$", second.stdout, re.M))
    for host in HOSTS:
        state = hvemu.state(host)
        assert converged(state), host
        assert len([s for s in state["switches"] if s["Name"] == "fleet-sw"]) == 1, host
        calls = hvemu.stats(host)["bridge_calls"] - calls_before[host]
        record = second.named(host, "Converge")
        if host in FAILING:
            assert record["result"]["changed"] is True and "changed=1" in recap[host], host
            assert calls == 2, (host, calls)
        else:
            assert record["result"]["changed"] is False and "changed=0" in recap[host], host
            assert calls == 1, (host, calls)
    assert set(hvemu.fleet_stats()["scripts"]) == script_hashes()
