"""Hostile names end to end: one ansible-playbook run over winrm and psrp, checked byte for byte through hvemu.

The engine-level properties (tests/unit/security/test_hostile_values.py) cover thousands of values; this proves
the real path: YAML, Ansible's argument handling, the action plugin, the connection plugins' stdin handling
(pywinrm's cmd shell and pypsrp's pipeline input, which splits lines with Python's splitlines) and the bridge
framing. The values are written into the playbook with ``!unsafe`` (Ansible must not template them) and every
character YAML would read as a line break is escaped.
"""

from __future__ import annotations

import json

import pytest
import yaml
from conftest import FLEET, Ansible, Hvemu, _inventory_hosts, script_hashes

HOSTS = ("hvw", "hvp")
TAG = "[hyperv.network]"
VALUES = {
    "switch": "sw '\"`;$(whoami)@(1,2)${x}|&<>#%^ \u00e9\u4e2d\U0001f600 {{ not_templated }}",
    "notes": "l1\nl2\r\nl3 \u2028 \u2029 \x85 \v \f \x1c\x1d\x1e `$(Stop-Computer)` '; exit 1; ' \"",
    "network": "net `$env:PATH` ; @(1) ' \" \u00df",
    "endpoint": "ep $(Remove-Item C:\\ -Recurse) ' \"",
    "domain": "dom.$(x).example'",
    "search": ["a;b", "c`d", 'e"f'],
    "policy": "pol \u2028 \x85 $(x) '\"",
    "vm": "CTR-VM-1",  # the seeded VM, in another letter case
    "nic": "network adapter 2",
}
WILDCARD = "nat*"


def yaml_scalar(value: str) -> str:
    """A double-quoted YAML scalar with every non-printable or line-breaking character escaped."""
    out = []
    for c in value:
        if c in '"\\':
            out.append("\\" + c)
        elif ord(c) < 0x20 or c in "\x7f\x85\u2028\u2029" or 0x80 <= ord(c) < 0xA0:
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(c)
    return '!unsafe "' + "".join(out) + '"'


def playbook() -> str:
    v = {
        k: yaml_scalar(x) if isinstance(x, str) else "[" + ", ".join(map(yaml_scalar, x)) + "]"
        for k, x in VALUES.items()
    }
    return f"""
- name: Hostile names
  hosts: hyperv_hosts
  gather_facts: false
  tasks:
    - name: Converge
      hyperv.network.host_network: &config
        state: merged
        config:
          switches:
            - name: {v["switch"]}
              switch_type: internal
              notes: {v["notes"]}
          networks:
            - name: {v["network"]}
              type: internal
              subnets: [{{prefix: 172.29.0.0/16}}]
              dns: {{domain: {v["domain"]}, search: {v["search"]}}}
              policies: [{{Type: SetPolicy, Settings: {{Name: {v["policy"]}}}}}]
          endpoints:
            - name: {v["endpoint"]}
              network: {v["network"]}
              ip_address: 172.29.0.10
          vm_adapters:
            - vm: {v["vm"]}
              name: {v["nic"]}
              switch: {v["switch"]}
      register: first
    - name: Converge again
      hyperv.network.host_network: *config
      register: again
    - name: Assert idempotent
      ansible.builtin.assert:
        that: [first is changed, again is not changed, "again.operations | length == 0"]
    - name: A wildcard is refused
      hyperv.network.vswitch:
        name: {yaml_scalar(WILDCARD)}
        state: absent
      register: wild
      ignore_errors: true
    - name: Assert refused
      ansible.builtin.assert:
        that: [wild is failed, "'wildcard' in wild.msg"]
"""


@pytest.fixture(scope="module")
def run(tmp_path_factory, collections_path):
    from hvemu.testing import start_hvemu

    workdir = tmp_path_factory.mktemp("hostile-names")
    inventory = workdir / "inventory.yml"
    proc = start_hvemu(["--fleet", str(FLEET), "--inventory", str(inventory), "--mixed"])
    try:
        hvemu = Hvemu(proc.http_url, inventory, _inventory_hosts(yaml.safe_load(inventory.read_text())))
        before = {h: hvemu.state(h) for h in HOSTS}
        result = Ansible(hvemu, collections_path, workdir).playbook(playbook())
        yield hvemu, before, result
    finally:
        proc.stop()


def test_hostile_names_reach_the_host_byte_for_byte_over_winrm_and_psrp(run):
    hvemu, before, result = run
    assert {hvemu.connection(h) for h in HOSTS} == {"winrm", "psrp"}
    assert result.rc == 0, result.stdout[-6000:] + result.stderr[-3000:]
    v = VALUES
    for host in HOSTS:
        state = hvemu.state(host)
        switches = [s for s in state["switches"] if s["Name"] == v["switch"]]
        assert len(switches) == 1, (host, [s["Name"] for s in state["switches"]])
        assert switches[0]["Notes"] == v["notes"] + "\n" + TAG, (host, json.dumps(switches[0]["Notes"]))
        networks = [n for n in state["networks"] if n["Name"] == v["network"]]
        assert len(networks) == 1, host
        assert networks[0]["Dns"]["Domain"] == v["domain"] and networks[0]["Dns"]["Search"] == v["search"], host
        assert {"Type": "SetPolicy", "Settings": {"Name": v["policy"]}} in networks[0]["Policies"], host
        endpoints = [e for e in state["endpoints"] if e["Name"] == v["endpoint"]]
        assert len(endpoints) == 1 and endpoints[0]["HostComputeNetwork"].lower() == networks[0]["ID"].lower()
        nics = {(n["VMName"], n["Name"]): n for n in state["vm_adapters"]}
        assert nics[("ctr-vm-1", "Network Adapter 2")]["SwitchName"] == v["switch"], host
        assert nics[("ctr-vm-1", "Network Adapter")]["SwitchName"] == "team-sw", host  # the other NIC untouched
        # nothing else changed: the seeded objects are as they were
        for kind in ("switches", "networks", "endpoints"):
            old = {json.dumps(o, sort_keys=True) for o in before[host][kind]}
            assert old <= {json.dumps(o, sort_keys=True) for o in state[kind]}, (host, kind)


def test_the_wildcard_is_refused_before_any_call_and_scripts_stay_constant(run):
    hvemu, _before, result = run
    for host in HOSTS:
        wild = result.named(host, "A wildcard is refused")
        assert wild["status"] == "failed" and "wildcard" in wild["result"]["msg"], wild["result"]
        assert WILDCARD in wild["result"]["msg"]
        calls_before = result.named(host, "Assert idempotent")["stats"]["bridge_calls"]
        assert wild["stats"]["bridge_calls"] == calls_before, "a refused name made a bridge call"
        assert result.named(host, "Converge")["stats"]["bridge_calls"] == 2
        assert result.named(host, "Converge again")["stats"]["bridge_calls"] == 3
    assert set(hvemu.fleet_stats()["scripts"]) == script_hashes()
