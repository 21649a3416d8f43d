"""Hostile names end to end: one ansible-playbook run over winrm and psrp, checked byte for byte through hvemu.

The engine-level properties (tests/unit/plugins/plugin_utils/security/test_hostile_values.py) cover thousands of
values; this proves the real path: YAML, Ansible's argument handling, the action plugin, the connection plugins'
stdin handling (pywinrm's cmd shell and pypsrp's pipeline input, which splits lines with Python's splitlines) and
the bridge framing. Every module with a name option takes part (host_network, vswitch, hns_network, hns_endpoint,
vm_adapter and the four _info modules). The values are written into the playbook with ``!unsafe`` (Ansible must not
template them) and every character YAML would read as a line break is escaped.
"""

from __future__ import annotations

import json

import pytest
import yaml
from hvnet_harness import FLEET, Ansible, Hvemu, _inventory_hosts, script_hashes

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
    # for the single-object modules
    "switch2": "vs2 `$(x)` ' \" \u00e9 \\ ;",
    "notes2": "n2 \x85 \u2028 \v\f $(Stop-Computer) '",
    "network2": "hn2 $(x);' {{ lookup('env', 'HOME') }}",
    "domain2": "d2'`.example",
    "endpoint2": "he2 @(1)' \"",
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
    - name: Single-object switch
      hyperv.network.vswitch:
        name: {v["switch2"]}
        switch_type: private
        notes: {v["notes2"]}
    - name: Single-object network
      hyperv.network.hns_network:
        name: {v["network2"]}
        type: internal
        subnets: [{{prefix: 172.31.0.0/16}}]
        dns: {{domain: {v["domain2"]}}}
    - name: Single-object endpoint
      hyperv.network.hns_endpoint:
        name: {v["endpoint2"]}
        network: {yaml_scalar(VALUES["network2"].upper())}
        ip_address: 172.31.0.10
    - name: Single-object VM adapter
      hyperv.network.vm_adapter:
        vm: {yaml_scalar(VALUES["vm"].lower())}
        name: {yaml_scalar(VALUES["nic"].upper())}
        switch: {v["switch2"]}
    - name: Switch info
      hyperv.network.vswitch_info:
        name: [{v["switch2"]}]
    - name: Network info
      hyperv.network.hns_network_info:
        name: [{v["network"]}, {v["network2"]}]
    - name: Endpoint info
      hyperv.network.hns_endpoint_info:
        name: [{yaml_scalar(VALUES["endpoint2"].upper())}]
    - name: VM adapter info
      hyperv.network.vm_adapter_info:
        vm: [{v["vm"]}]
        name: [{v["nic"]}]
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


def info_names(result, host, task, key):
    return [o["name"] for o in result.named(host, task)["result"][key]]


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
        converged = result.named(host, "Converge")["state"]
        first_nics = {(n["VMName"], n["Name"]): n for n in converged["vm_adapters"]}
        assert first_nics[("ctr-vm-1", "Network Adapter 2")]["SwitchName"] == v["switch"], host
        assert nics[("ctr-vm-1", "Network Adapter 2")]["SwitchName"] == v["switch2"], host
        assert nics[("ctr-vm-1", "Network Adapter")]["SwitchName"] == "team-sw", host  # the other NIC untouched
        # the single-object modules
        switch2 = [s for s in state["switches"] if s["Name"] == v["switch2"]]
        assert len(switch2) == 1 and switch2[0]["Notes"] == v["notes2"] + "\n" + TAG, host
        network2 = [n for n in state["networks"] if n["Name"] == v["network2"]]
        assert len(network2) == 1 and network2[0]["Dns"]["Domain"] == v["domain2"], host
        endpoint2 = [e for e in state["endpoints"] if e["Name"] == v["endpoint2"]]
        assert len(endpoint2) == 1 and endpoint2[0]["HostComputeNetwork"].lower() == network2[0]["ID"].lower()
        # the _info modules filter by exact, case-insensitive name and return the names as stored
        assert info_names(result, host, "Switch info", "switches") == [v["switch2"]], host
        networks = sorted(info_names(result, host, "Network info", "networks"))
        assert networks == sorted([v["network"], v["network2"]]), host
        assert info_names(result, host, "Endpoint info", "endpoints") == [v["endpoint2"]], host
        assert info_names(result, host, "VM adapter info", "vm_adapters") == ["Network Adapter 2"], host
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
        calls_before = result.named(host, "VM adapter info")["stats"]["bridge_calls"]
        assert wild["stats"]["bridge_calls"] == calls_before, "a refused name made a bridge call"
        assert result.named(host, "Converge")["stats"]["bridge_calls"] == 2
        assert result.named(host, "Converge again")["stats"]["bridge_calls"] == 3
    assert set(hvemu.fleet_stats()["scripts"]) == script_hashes()
