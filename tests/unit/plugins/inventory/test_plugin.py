"""The inventory plugin hyperv.network.hyperv end to end in a fresh process, over the real winrm/psrp connection
plugins with a fake exec_command (inventory_runner.py): one snapshot request per host, the transport policy before
any call, a failing host left out with a warning naming it, Constructable options, and the cache."""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys

import pytest
import yaml

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[3]
ROOT = REPO / "tests" / "output" / "unit-import-root"  # made by tests/unit/conftest.py


def vm(name, state=2, nics=()):
    return {
        "Name": name,
        "Id": "0E1F%04X-0000-4000-8000-00155D000001" % (sum(map(ord, name)) % 65535),
        "State": state,
        "Adapters": list(nics),
    }


def nic(switch, mac, ips=(), vlan=0, name="Network Adapter"):
    return {
        "Id": "Microsoft:X\\" + mac,
        "Name": name,
        "SwitchName": switch,
        "MacAddress": mac,
        "IPAddresses": list(ips),
        "VlanId": vlan,
    }


def snapshot(computer, switches, vms):
    return {
        "snapshot": {
            "host": {"computer_name": computer, "os_build": 20348, "hyperv_module": True},
            "switches": [
                {"Id": f"1B7E{i:04X}-0000-4000-8000-000000000001", "Name": s, "SwitchType": 2}
                for i, s in enumerate(switches)
            ],
            "vms": vms,
        }
    }


HOSTS = {
    "hv01.test": snapshot(
        "HV01",
        ["VMs", "Lab Internal"],
        [
            vm("ctr-01", nics=[nic("VMs", "00155D000101", ["10.1.0.101", "fe80::215:5dff:fe00:101"], vlan=20)]),
            vm("app-01", state=3, nics=[nic("Lab Internal", "00155D000102"), nic(None, "00155D000103")]),
        ],
    ),
    "hv02.test": snapshot(
        "HV02",
        ["vms"],
        [
            vm("CTR-02", nics=[nic("vms", "00155D000201", ["10.2.0.102"])]),
            vm("app-01", nics=[nic("vms", "00155D000202", ["10.2.0.103"])]),  # the name of hv01's VM
        ],
    ),
    "hv03.test": {"fail": "ntlm: the specified credentials were rejected by the server"},
}


def source(**extra):
    data = {
        "plugin": "hyperv.network.hyperv",
        "hosts": {
            "hv01": {"ansible_host": "hv01.test", "ansible_connection": "winrm"},
            "hv02": {"ansible_host": "hv02.test", "ansible_connection": "ansible.builtin.psrp"},
            "hv03": {"ansible_host": "hv03.test", "ansible_password": "wrong"},
        },
        "vars": {
            "ansible_connection": "psrp",
            "ansible_user": "Administrator",
            "ansible_password": "Passw0rd!",
            "ansible_port": 5985,
            "ansible_winrm_scheme": "http",
            "ansible_winrm_transport": "ntlm",
            "ansible_psrp_protocol": "http",
            "ansible_psrp_auth": "ntlm",
        },
        "container_vm_patterns": ["ctr-.*"],
    }
    data.update(extra)
    return data


class Runner:
    def __init__(self, tmp_path):
        self.tmp = tmp_path
        self.calls_file = tmp_path / "calls.jsonl"
        self.count = 0

    def run(self, src, hosts=None, name="fleet.hyperv.yml", no_cache=False):
        self.count += 1
        path = self.tmp / name
        path.write_text(yaml.safe_dump(src))
        scenario = self.tmp / f"scenario-{self.count}.json"
        scenario.write_text(json.dumps({"hosts": hosts or HOSTS, "calls_file": str(self.calls_file)}))
        env = dict(os.environ, ANSIBLE_HOME=str(self.tmp / "home"), ANSIBLE_NOCOLOR="1")
        cmd = [sys.executable, str(HERE / "inventory_runner.py"), str(ROOT), str(path), str(scenario)]
        if no_cache:
            cmd.append("--no-cache")
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, check=False)
        assert proc.returncode == 0, proc.stderr
        out = json.loads(proc.stdout.strip().splitlines()[-1])
        out["stderr"] = proc.stderr
        return out

    def calls(self):
        if not self.calls_file.exists():
            return []
        return [json.loads(line) for line in self.calls_file.read_text().splitlines()]


@pytest.fixture
def runner(tmp_path):
    return Runner(tmp_path)


def test_groups_parents_and_one_snapshot_per_host(runner):
    out = runner.run(source())
    assert "error" not in out, out
    groups, hostvars = out["groups"], out["hostvars"]
    assert groups["hyperv_hosts"] == ["hv01", "hv02", "hv03"]
    # hv02's app-01 clashes with hv01's: listed under a name with its Id's first 8 hex digits, with a warning
    clash = [h for h in groups["hyperv_vms"] if h.startswith("app-01_")]
    assert groups["hyperv_vms"] == sorted(["ctr-01", "app-01", "CTR-02", *clash]) and len(clash) == 1
    assert "has the name of another host" in out["stderr"]
    assert groups["container_vms"] == ["CTR-02", "ctr-01"]  # case-insensitive full match of ctr-.*
    # one group per switch, names compared as Windows does ("VMs" on hv01 and "vms" on hv02 are one group)
    assert groups["hyperv_switch_vms"] == sorted(["ctr-01", "CTR-02", clash[0]])
    assert groups["hyperv_switch_lab_internal"] == ["app-01"]
    assert hostvars["ctr-01"]["hyperv_network_parent"] == "hv01"
    assert hostvars["CTR-02"]["hyperv_network_parent"] == "hv02"
    assert hostvars[clash[0]]["hyperv_network_parent"] == "hv02"
    ctr = hostvars["ctr-01"]["hyperv_vm"]
    assert ctr["state"] == "Running" and ctr["state_code"] == 2
    assert ctr["adapters"][0]["mac_address"] == "00:15:5D:00:01:01"
    assert ctr["adapters"][0]["vlan_id"] == 20 and ctr["adapters"][0]["switch"] == "VMs"
    assert ctr["ipv4_addresses"] == ["10.1.0.101"]
    assert hostvars["app-01"]["hyperv_vm"]["state"] == "Off"
    assert hostvars["app-01"]["hyperv_vm"]["switches"] == ["Lab Internal"]
    # the Hyper-V hosts keep their source variables
    assert hostvars["hv01"]["ansible_connection"] == "winrm" and hostvars["hv01"]["hyperv_computer_name"] == "HV01"
    # one snapshot request per host over the host's own connection plugin, kinds host, vms, switches
    calls = runner.calls()
    assert sorted((c["host"], c["plugin"]) for c in calls) == [
        ("hv01.test", "winrm"),
        ("hv02.test", "psrp"),
        ("hv03.test", "psrp"),
    ]
    for call in calls:
        assert call["request"]["ops"] == [{"op": "snapshot", "args": {"kinds": ["host", "vms", "switches"]}}]


def test_wrong_password_leaves_the_host_out_with_a_warning(runner):
    out = runner.run(source())
    assert "hv03" in out["groups"]["hyperv_hosts"]
    assert not [h for h, v in out["hostvars"].items() if v.get("hyperv_network_parent") == "hv03"]
    assert "credentials were rejected" in out["hostvars"]["hv03"]["hyperv_inventory_error"]
    warning = " ".join(out["stderr"].split())
    assert "hyperv.network.hyperv: host hv03 left out" in warning
    assert "credentials were rejected" in warning
    # never retried (authentication): one call for hv03
    assert [c["host"] for c in runner.calls()].count("hv03.test") == 1


def test_constructable_compose_groups_keyed_groups(runner):
    out = runner.run(
        source(
            compose={
                "ansible_host": "hyperv_vm.ipv4_addresses[0]",
                "vm_nic_count": "hyperv_vm.adapters | length",
                # docs/inventory.md: the roles' NIC name, for one-NIC VMs only
                "hyperv_network_vm_adapter": "hyperv_vm.adapters[0].name if hyperv_vm.adapters | length == 1 else omit",
            },
            groups={"running": "hyperv_vm is defined and hyperv_vm.state == 'Running'"},
            keyed_groups=[{"key": "hyperv_network_parent | default(omit)", "prefix": "on"}],
        )
    )
    hostvars, groups = out["hostvars"], out["groups"]
    assert hostvars["ctr-01"]["ansible_host"] == "10.1.0.101"
    assert hostvars["CTR-02"]["ansible_host"] == "10.2.0.102"
    assert "ansible_host" not in hostvars["app-01"]  # no guest IP: compose skipped (strict false)
    assert hostvars["app-01"]["vm_nic_count"] == 2
    assert hostvars["ctr-01"]["hyperv_network_vm_adapter"] == "Network Adapter"
    assert "hyperv_network_vm_adapter" not in hostvars["app-01"]  # two NICs: omitted
    assert hostvars["hv01"]["ansible_host"] == "hv01.test"  # a Hyper-V host keeps its own
    assert "app-01" not in groups["running"] and "ctr-01" in groups["running"]
    assert groups["on_hv01"] == ["app-01", "ctr-01"]
    assert "on_hv03" not in groups


def test_cache_hit_makes_no_call_and_failed_hosts_are_not_cached(runner):
    cache = {
        "cache": True,
        "cache_plugin": "ansible.builtin.jsonfile",
        "cache_connection": str(runner.tmp / "cache"),
        "cache_timeout": 3600,
    }
    first = runner.run(source(**cache))
    assert len(runner.calls()) == 3
    second = runner.run(source(**cache))
    # hv01 and hv02 come from the cache; hv03 failed, so it is read again (and fails again)
    assert [c["host"] for c in runner.calls()[3:]] == ["hv03.test"]
    assert second["groups"] == first["groups"]
    third = runner.run(source(**cache), no_cache=True)  # ansible-inventory --flush-cache
    assert len(runner.calls()) == 4 + 3 and third["groups"] == first["groups"]


@pytest.mark.parametrize(
    "vars_update, expected",
    [
        (
            {"ansible_winrm_transport": "basic"},
            "host hv01: hyperv.network refuses this connection: winrm over http (basic",
        ),
        ({"ansible_psrp_auth": "basic"}, "host hv02: hyperv.network refuses this connection: psrp over http (basic"),
    ],
)
def test_unencrypted_transport_refused_before_any_call(runner, vars_update, expected):
    src = source()
    src["vars"].update(vars_update)
    out = runner.run(src)
    assert expected in out["error"]
    assert runner.calls() == []
    src["vars"]["hyperv_network_allow_unencrypted"] = True
    out = runner.run(src)
    assert "error" not in out and len(runner.calls()) == 3


@pytest.mark.parametrize(
    "change, expected",
    [
        ({"hosts": []}, "hosts: lists no Hyper-V host"),
        ({"hosts": "hv01"}, "hosts: must be a mapping"),
        ({"hosts": {"hv01": {"ansible_connection": "ssh"}}}, "hosts.hv01: ansible_connection: must be winrm or psrp"),
        ({"hosts": {"hv01": ["x"]}}, "hosts.hv01: must be a mapping of variables"),
        ({"container_vm_patterns": ["ctr-("]}, "container_vm_patterns[0]: 'ctr-(' is not a regular expression"),
        ({"forks": 0}, "forks: must be a positive integer"),
    ],
)
def test_bad_source_names_the_field_before_any_call(runner, change, expected):
    out = runner.run(source(**change))
    assert expected in out["error"]
    assert runner.calls() == []


def test_only_hyperv_named_sources(runner):
    out = runner.run(source(), name="fleet.yml")
    assert out["error"].startswith("verify_file refused")


@pytest.mark.parametrize("helper", [True, False], ids=["resolve-helper", "own-steps"])
def test_connection_variables_are_templated(runner, monkeypatch, helper):
    monkeypatch.setenv("HVNET_TEST_USER", "CORP\\svc-inventory")
    if not helper:
        monkeypatch.setenv("HVNET_TEST_NO_RESOLVE_HELPER", "1")
    src = source()
    src["vars"]["ansible_user"] = "{{ lookup('ansible.builtin.env', 'HVNET_TEST_USER') }}"
    src["hosts"]["hv02"]["ansible_user"] = "{{ hv02_account }}"
    src["hosts"]["hv02"]["hv02_account"] = "HV02\\Administrator"
    out = runner.run(src)
    assert "error" not in out, out
    assert {c["host"]: c["user"] for c in runner.calls()} == {
        "hv01.test": "CORP\\svc-inventory",
        "hv02.test": "HV02\\Administrator",
        "hv03.test": "CORP\\svc-inventory",
    }


def test_names_from_the_host_are_never_templated(runner, tmp_path):
    marker = tmp_path / "templated"
    evil = "{{ lookup('ansible.builtin.pipe', 'touch " + str(marker) + "') }}"
    hosts = {
        "hv01.test": snapshot("HV01", ["VMs"], [vm(evil, nics=[nic("VMs", "00155D000101", ["10.1.0.5"])])]),
        "hv02.test": snapshot("HV02", [], []),
        "hv03.test": snapshot("HV03", [], []),
    }
    out = runner.run(source(compose={"vm_label": "hyperv_vm.name", "vm_text": "'name: ' ~ hyperv_vm.name"}), hosts)
    assert "error" not in out, out
    assert out["groups"]["hyperv_vms"] == [evil]
    assert out["hostvars"][evil]["vm_label"] == evil
    assert out["hostvars"][evil]["vm_text"] == "name: " + evil
    assert out["hostvars"][evil]["hyperv_network_vm_name"] == evil
    assert not marker.exists()
