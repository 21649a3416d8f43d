"""The inventory plugin hyperv.network.hyperv against hvemu (issue 14 item 4): real ``ansible-inventory --list``.

hvemu serves tests/integration/fleets/inventory20.yml: 20 Hyper-V hosts hv01..hv20 with plain VMs and 8 container
VMs ctr01..ctr08 (fleet hosts of kind vm). The source lists the 20 hosts, with the connection shared in ``vars``
and each host's WinRM path in its own variables, over ``ansible.builtin.winrm`` or ``ansible.builtin.psrp`` (NTLM
over http with message encryption). Every expectation is computed from the fleet file and hvemu's control API
(each host's VMs, NICs, switches and states as hvemu holds them, each container VM's own adapters for its guest
addresses, per-host bridge-call counters, the authentication log), never from the plugin's output alone:

* the documented groups (hyperv_hosts, hyperv_vms, container_vms, hyperv_switch_<switch>), each VM's
  hyperv_network_parent, state, MAC and guest IPv4 addresses, compose, over both connection plugins; one bridge
  call per Hyper-V host and none to a container VM;
* a wrong password on hv07: hv07's VMs are left out with a warning naming hv07 and the reason, the 19 others are
  listed, and hv07's authentication log shows one rejected attempt (never retried);
* with the cache on, the second run makes no bridge call at all; ``--flush-cache`` reads every host again.
"""

from __future__ import annotations

import ipaddress
import json
import os
import pathlib
import re
import subprocess

import pytest
import yaml
from hvnet_harness import Hvemu, ansible_bin

HERE = pathlib.Path(__file__).resolve().parent
FLEET_FILE = HERE / "fleets" / "inventory20.yml"
FLEET = yaml.safe_load(FLEET_FILE.read_text())
HYPERV = [h["name"] for h in FLEET["hosts"] if h.get("kind", "hyperv") == "hyperv"]
CONTAINER_VMS = {h["name"]: h["parent"] for h in FLEET["hosts"] if h.get("kind") == "vm"}
STATE_NAMES = {2: "Running", 3: "Off", 6: "Saved", 9: "Paused"}  # Get-VM State (docs/design/host-objects.md)
PASSWORD = "Passw0rd!"  # hvemu's default account (emulator/hvemu/fleet.py DEFAULT_USERS)


@pytest.fixture(scope="module")
def fleet(tmp_path_factory, collections_path):
    from hvemu.testing import start_hvemu

    workdir = tmp_path_factory.mktemp("inventory20")
    proc = start_hvemu(["--fleet", str(FLEET_FILE), "--inventory", str(workdir / "hvemu-inventory.yml")])
    try:
        set_vlans(workdir, collections_path)
        yield proc, Hvemu(proc.http_url, workdir / "hvemu-inventory.yml"), workdir, collections_path
    finally:
        proc.stop()


# VLANs set with hyperv.network.vm_adapter before any listing (the fleet file has none): two access VLANs and a
# trunk, which Get-VMNetworkAdapterVlan's access id does not describe (the vms kind reports 0 for it).
VLAN_PLAYBOOK = """
- hosts: hv02:hv04:hv06
  gather_facts: false
  tasks:
    - hyperv.network.vm_adapter:
        vm: "{{ {'hv02': 'ctr02', 'hv04': 'db04', 'hv06': 'web06'}[inventory_hostname] }}"
        name: Network Adapter
        vlan: "{{ {'mode': 'trunk', 'native_id': 5, 'allowed': '5-10'} if inventory_hostname == 'hv06'
                  else {'mode': 'access', 'access_id': 42} }}"
"""


def set_vlans(workdir, collections_path):
    playbook = workdir / "vlans.yml"
    playbook.write_text(VLAN_PLAYBOOK)
    run = subprocess.run(
        [ansible_bin("ansible-playbook"), "-i", str(workdir / "hvemu-inventory.yml"), str(playbook)],
        check=False,
        capture_output=True,
        text=True,
        env=ansible_env(workdir, collections_path),
        cwd=str(workdir),
        timeout=600,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def source(proc, connection, *, bad_password_host=None, **options):
    """The inventory source: connection variables shared in ``vars``, each host's WinRM path its own."""
    shared = {
        "ansible_host": "127.0.0.1",
        "ansible_port": proc.http_port,
        "ansible_user": "Administrator",
        "ansible_password": PASSWORD,
        "ansible_connection": connection,
    }
    if connection == "winrm":
        shared.update(ansible_winrm_scheme="http", ansible_winrm_transport="ntlm")
    else:
        shared.update(ansible_psrp_protocol="http", ansible_psrp_auth="ntlm")
    hosts = {}
    for name in HYPERV:
        own = (
            {"ansible_winrm_path": f"/wsman/{name}"}
            if connection == "winrm"
            else {"ansible_psrp_path": f"wsman/{name}"}
        )
        if name == bad_password_host:
            own["ansible_password"] = "Not-The-Passw0rd!"
        hosts[name] = own
    data = {
        "plugin": "hyperv.network.hyperv",
        "hosts": hosts,
        "vars": shared,
        "container_vm_patterns": ["ctr\\d+"],
        "compose": {"ansible_host": "hyperv_vm.ipv4_addresses[0]"},
    }
    data.update(options)
    return data


def write_source(workdir, data, name):
    path = workdir / f"{name}.hyperv.yml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    path.chmod(0o600)
    return path


def ansible_env(workdir, collections_path):
    return dict(
        os.environ,
        ANSIBLE_COLLECTIONS_PATH=str(collections_path),
        ANSIBLE_COLLECTIONS_SCAN_SYS_PATH="false",
        ANSIBLE_HOME=str(workdir / "ansible-home"),
        ANSIBLE_NOCOLOR="1",
        ANSIBLE_FORCE_COLOR="0",
        ANSIBLE_DEPRECATION_WARNINGS="false",
        ANSIBLE_INVENTORY_UNPARSED_FAILED="true",
    )


def inventory_list(fleet, data, name, *args):
    """``ansible-inventory -i <name>.hyperv.yml --list``: (rc, parsed JSON, stderr)."""
    _proc, _hvemu, workdir, collections_path = fleet
    path = write_source(workdir, data, name)
    env = ansible_env(workdir, collections_path)
    proc = subprocess.run(
        [ansible_bin("ansible-inventory"), "-i", str(path), "--list", *args],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        cwd=str(workdir),
        timeout=600,
    )
    listing = plain(json.loads(proc.stdout)) if proc.returncode == 0 else None
    return proc.returncode, listing, proc.stderr


def plain(value):
    """The listing without ansible-inventory's ``{"__ansible_unsafe": ...}`` wrappers: what the plugin read from a
    host (VM names, addresses) is never trusted as a template, and --list says so on every such string."""
    if isinstance(value, dict):
        if set(value) == {"__ansible_unsafe"}:
            return value["__ansible_unsafe"]
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def members(listing, group):
    return sorted((listing.get(group) or {}).get("hosts") or [])


def bridge_calls(hvemu, hosts):
    return {h: hvemu.stats(h)["bridge_calls"] for h in hosts}


def expected_inventory(hvemu, left_out=()):
    """From hvemu's control API: {inventory name: (parent, vm row)} in the plugin's documented order and naming
    (a VM whose name another host of the inventory has is listed as <name>_<first 8 hex digits of its Id>)."""
    taken = {h.lower() for h in HYPERV}
    out = {}
    for host in HYPERV:
        if host in left_out:
            continue
        for vm in hvemu.state(host)["vms"]:
            name = vm["Name"]
            if name.lower() in taken:
                name = "{}_{}".format(vm["Name"], re.sub("[^0-9a-f]", "", vm["Id"].lower())[:8])
            taken.add(name.lower())
            out[name] = (host, vm)
    return out


def guest_ipv4(hvemu, parent, vm):
    """A VM's guest IPv4 addresses as the guest itself holds them (a container VM's own adapters in hvemu), or as
    the fleet file gives them for a plain VM; none unless the VM is running."""
    if vm["State"] != 2:
        return []
    if CONTAINER_VMS.get(vm["Name"]) == parent:
        guest = hvemu.state(vm["Name"])
        return [e["IPAddress"] for a in guest["adapters"] for e in (a.get("ip") or {}).get("IPv4") or []]
    spec = next(h for h in FLEET["hosts"] if h["name"] == parent)
    entry = next(v for v in spec["vms"] if v["name"] == vm["Name"])
    return [
        ip for nic in entry["nics"] for ip in nic.get("ip_addresses") or [] if ipaddress.ip_address(ip).version == 4
    ]


def check_listing(hvemu, listing, left_out=()):
    hostvars = listing["_meta"]["hostvars"]
    expected = expected_inventory(hvemu, left_out)
    assert members(listing, "hyperv_hosts") == sorted(HYPERV)
    assert members(listing, "hyperv_vms") == sorted(expected)
    # the fleet names the container VMs (kind vm) and their parents; the rule is container_vm_patterns ctr\d+
    assert members(listing, "container_vms") == sorted(n for n, p in CONTAINER_VMS.items() if p not in left_out)
    for name, parent in CONTAINER_VMS.items():
        if parent not in left_out:
            assert hostvars[name]["hyperv_network_parent"] == parent
    rows = [row for host in HYPERV for row in hvemu.state(host)["vm_adapters"]]
    vlans = {row["Id"]: row["AccessVlanId"] if row["VlanOperationMode"] == 1 else 0 for row in rows}
    # set_vlans: ctr02 and db04 in access mode 42; web06 a trunk (VlanOperationMode 2), reported as 0
    assert sorted((r["VMName"], r["VlanOperationMode"]) for r in rows if r["VlanOperationMode"]) == [
        ("ctr02", 1),
        ("db04", 1),
        ("web06", 2),
    ]
    assert sorted(v for v in vlans.values() if v) == [42, 42]
    switches = {}
    for name, (parent, vm) in expected.items():
        got = hostvars[name]
        assert got["hyperv_network_parent"] == parent, name
        assert got["hyperv_network_vm_name"] == vm["Name"], name  # the roles' name of the VM on its parent
        assert got["hyperv_vm"]["id"] == vm["Id"] and got["hyperv_vm"]["state"] == STATE_NAMES[vm["State"]], name
        assert [n["mac_address"].replace(":", "") for n in got["hyperv_vm"]["adapters"]] == [
            n["MacAddress"] for n in vm["Adapters"]
        ], name
        assert [n["switch"] for n in got["hyperv_vm"]["adapters"]] == [n["SwitchName"] for n in vm["Adapters"]]
        # the access VLAN as hvemu holds each NIC's VLAN setting (Get-VMNetworkAdapterVlan), 0 when not access mode
        assert [n["vlan_id"] for n in got["hyperv_vm"]["adapters"]] == [vlans[n["Id"]] for n in vm["Adapters"]], name
        ipv4 = guest_ipv4(hvemu, parent, vm)
        assert got["hyperv_vm"]["ipv4_addresses"] == ipv4, name
        if ipv4:
            assert got["ansible_host"] == ipv4[0], name  # compose
        else:
            assert "ansible_host" not in got, name
        for nic in vm["Adapters"]:
            if nic["SwitchName"]:
                key = "hyperv_switch_" + re.sub("[^a-z0-9_]", "_", nic["SwitchName"].lower())
                switches.setdefault(key, set()).add(name)
    assert switches, "the fleet has VMs on switches"
    for group, names in switches.items():
        assert members(listing, group) == sorted(names), group
    for host in left_out:
        assert not [n for n, v in hostvars.items() if v.get("hyperv_network_parent") == host]
    return expected


@pytest.mark.compat
@pytest.mark.parametrize("connection", ["winrm", "psrp"])
def test_list_yields_the_documented_groups_and_parents(fleet, connection):
    proc, hvemu, _workdir, _collections = fleet
    everyone = HYPERV + list(CONTAINER_VMS)
    before = bridge_calls(hvemu, everyone)
    rc, listing, stderr = inventory_list(fleet, source(proc, connection), f"list-{connection}")
    assert rc == 0, stderr
    warnings = [" ".join(w.split()) for w in stderr.split("[WARNING]: ")[1:]]
    assert warnings == [
        "hyperv.network.hyperv: VM 'build-agent' on hv11 has the name of another host of this inventory: "
        "listed as 'build-agent_0b110000'"
    ], stderr
    expected = check_listing(hvemu, listing)
    # 20 hosts, 8 container VMs, the plain VMs; build-agent on hv10 and hv11: the second under its Id
    assert len(expected) > len(CONTAINER_VMS) + 10
    assert "build-agent" in expected and "build-agent_0b110000" in expected
    assert expected["build-agent_0b110000"][0] == "hv11"
    after = bridge_calls(hvemu, everyone)
    assert {h: after[h] - before[h] for h in everyone} == {h: 1 if h in HYPERV else 0 for h in everyone}


def test_wrong_password_leaves_that_host_out_with_a_warning(fleet):
    proc, hvemu, _workdir, _collections = fleet
    auth_before = hvemu.get("/_hvemu/hosts/hv07/auth")
    calls_before = bridge_calls(hvemu, HYPERV)
    rc, listing, stderr = inventory_list(fleet, source(proc, "psrp", bad_password_host="hv07"), "bad-password")
    assert rc == 0, stderr
    warning = " ".join(stderr.split())
    assert "hyperv.network.hyperv: host hv07 left out (its VMs are not listed)" in warning, stderr
    assert "Failed to authenticate the user Administrator" in warning, stderr
    check_listing(hvemu, listing, left_out=("hv07",))
    assert "ctr07" not in listing["_meta"]["hostvars"]
    assert listing["_meta"]["hostvars"]["hv07"]["hyperv_inventory_error"]
    auth_after = hvemu.get("/_hvemu/hosts/hv07/auth")
    assert auth_after["rejected"] - auth_before["rejected"] == 1  # tried once, never again
    calls_after = bridge_calls(hvemu, HYPERV)
    assert {h: calls_after[h] - calls_before[h] for h in HYPERV} == {h: 0 if h == "hv07" else 1 for h in HYPERV}


def test_cache_hit_makes_no_bridge_call(fleet):
    proc, hvemu, workdir, _collections = fleet
    cache = {
        "cache": True,
        "cache_plugin": "ansible.builtin.jsonfile",
        "cache_connection": str(workdir / "inventory-cache"),
        "cache_timeout": 3600,
    }
    data = source(proc, "winrm", **cache)
    start = hvemu.fleet_stats()["bridge_calls"]
    rc, first, stderr = inventory_list(fleet, data, "cached")
    assert rc == 0, stderr
    after_first = hvemu.fleet_stats()["bridge_calls"]
    assert after_first - start == len(HYPERV)
    rc, second, stderr = inventory_list(fleet, data, "cached")
    assert rc == 0, stderr
    assert hvemu.fleet_stats()["bridge_calls"] == after_first  # every host from the cache
    assert second == first
    check_listing(hvemu, second)
    rc, third, stderr = inventory_list(fleet, data, "cached", "--flush-cache")
    assert rc == 0, stderr
    assert hvemu.fleet_stats()["bridge_calls"] - after_first == len(HYPERV)
    assert third == first


def test_composed_connection_variables_reach_the_container_vms(fleet):
    """The documented way to reach the VMs: their connection variables in group_vars/container_vms.yml beside the
    source, the per-VM part composed (hvemu serves each guest at wsman/<VM name>). hyperv.network.ping then runs on
    every container VM from this inventory alone: one bridge call on each guest, as hvemu counts them."""
    proc, hvemu, workdir, collections_path = fleet
    inventory_dir = workdir / "composed"
    (inventory_dir / "group_vars").mkdir(parents=True)
    data = source(proc, "psrp", compose={"ansible_psrp_path": "'wsman/' ~ hyperv_network_vm_name"})
    path = write_source(inventory_dir, data, "fleet")
    group_vars = inventory_dir / "group_vars" / "container_vms.yml"
    group_vars.write_text(yaml.safe_dump(data["vars"]))
    group_vars.chmod(0o600)
    playbook = workdir / "ping-container-vms.yml"
    playbook.write_text("- hosts: container_vms\n  gather_facts: false\n  tasks:\n    - hyperv.network.ping:\n")
    before = bridge_calls(hvemu, list(CONTAINER_VMS))
    run = subprocess.run(
        [ansible_bin("ansible-playbook"), "-i", str(path), str(playbook)],
        check=False,
        capture_output=True,
        text=True,
        env=ansible_env(workdir, collections_path),
        cwd=str(workdir),
        timeout=600,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    for name in CONTAINER_VMS:
        assert re.search(rf"^{name}\s+: ok=1 ", run.stdout, re.MULTILINE), run.stdout
    after = bridge_calls(hvemu, list(CONTAINER_VMS))
    assert {h: after[h] - before[h] for h in CONTAINER_VMS} == dict.fromkeys(CONTAINER_VMS, 1)
