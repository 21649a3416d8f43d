"""Every module through real ansible-playbook, over winrm (NTLM) and psrp, against hvemu.

Each module has one integration target (targets/<module>, ansible-test's layout, runnable against real hosts with
``ansible-test windows-integration``) that runs on both hosts in parallel: check mode, apply, idempotency, diff,
absent, error cases, each followed by asserts on the task's result, then a cleanup. The callback
``hvnet_record`` records, after every task, the host's state and counters from hvemu's control API; the checks
here use only those records and the control API:

* a check-mode task, an unchanged task and a failed task leave the host exactly as it was;
* the collection's own ``bridge_calls`` agrees with hvemu's count (attempts lost to the transport aside);
* an unchanged or check-mode task costs exactly one bridge call, a changing one exactly two, a task refused while
  planning one (a task name may say otherwise with "[calls=N]", e.g. 0 for arguments rejected before any bridge
  call, 2 for an apply the host refused; "[calls>=N]" where polling after a blackout makes the count vary);
* the fleet received exactly one bootstrap and one bridge script (by SHA-256) over the whole session;
* the final state of each host is what the playbook left, read from the control API.
"""

from __future__ import annotations

import re

import pytest
import yaml
from hvnet_harness import FLEET, script_hashes

HOSTS = ("hvw", "hvp")
MODULES = (
    "host_network", "hns_endpoint", "hns_endpoint_info", "hns_network", "hns_network_info", "ping",
    "vm_adapter", "vm_adapter_info", "vswitch", "vswitch_info",
)  # fmt: skip
# The parts of the control API's host state that the collection can change.
STATE_KEYS = ("adapters", "switches", "netnat", "networks", "endpoints", "namespaces", "vm_adapters", "ledger")
CALLS_TAG = re.compile(r"\[calls(=|>=)(\d+)\]")
OWNERSHIP_TAG = "[hyperv.network]"


def view(state: dict) -> dict:
    return {key: state.get(key) for key in STATE_KEYS}


def by_name(rows, name, key="Name"):
    found = [row for row in rows or [] if str(row.get(key, "")).lower() == name.lower()]
    return found[0] if found else None


def expected_calls(record: dict) -> tuple[str, int]:
    """(comparison, count): the bridge calls hvemu must count for the task."""
    tag = CALLS_TAG.search(record["task"])
    if tag:
        return tag.group(1), int(tag.group(2))
    return "=", _default_calls(record)


def _default_calls(record: dict) -> int:
    if not (record["action"] or "").startswith("hyperv.network."):
        return 0
    if record["status"] == "skipped":
        return 0
    if record["status"] != "ok":
        return 1  # read, then refused while planning (no apply)
    result = record["result"]
    return 2 if result.get("changed") and not record["check_mode"] else 1


def failure_excerpt(run) -> str:
    """The part of ansible-playbook's output around the first failure (the whole output is long)."""
    lines = run.stdout.splitlines()
    for index, line in enumerate(lines):
        if line.startswith(("fatal:", "[ERROR]")) and "...ignoring" not in "\n".join(lines[index : index + 40]):
            return "\n".join(lines[max(0, index - 30) : index + 40])
    return run.stdout[-6000:] + "\n" + run.stderr[-3000:]


def check_run(run, hvemu, before: dict) -> None:
    """The invariants every module run must keep, host by host and task by task."""
    assert run.rc == 0, "ansible-playbook failed:\n" + failure_excerpt(run)
    for host in HOSTS:
        records = run.tasks(host)
        assert records, f"no task ran on {host}:\n{run.stdout[-3000:]}"
        previous = before[host]
        for record in records:
            where = "{}: task {!r}".format(host, record["task"])
            calls = record["stats"]["bridge_calls"] - previous["stats"]["bridge_calls"]
            how, expected = expected_calls(record)
            assert calls == expected if how == "=" else calls >= expected, f"{where} made {calls} bridge calls"
            result = record["result"]
            if record["action"].startswith("hyperv.network.") and "bridge_calls" in result:
                # The collection's own count (attempts) equals hvemu's unless a transport failure was retried.
                retried = any("recovered by another bridge call" in w for w in result.get("warnings") or [])
                assert result["bridge_calls"] >= calls if retried else result["bridge_calls"] == calls, where
            unchanged = record["check_mode"] or record["status"] != "ok" or not result.get("changed")
            if record["action"].startswith("hyperv.network.") and unchanged:
                now, then = view(record["state"]), view(previous["state"])
                if record["status"] != "ok":
                    # A create the host refused leaves its ID in the ledger (written before the create, by
                    # design); the next apply releases it, which the final ledger checks prove.
                    now.pop("ledger"), then.pop("ledger")
                assert now == then, f"{where} changed the host"
            if record["action"].startswith("hyperv.network.") and not unchanged:
                assert view(record["state"]) != view(previous["state"]), f"{where} changed nothing on the host"
            for secret in ("Passw0rd!",):
                assert secret not in repr(result), f"{where} leaked a connection secret"
            previous = record
    scripts = set(hvemu.fleet_stats()["scripts"])
    assert scripts == script_hashes(), "the bootstrap and bridge must be the same bytes for every call"


def snapshot_before(hvemu) -> dict:
    """Each host's state and counters before a run, and the script hashes the run must send."""
    before = {host: {"state": hvemu.state(host), "stats": hvemu.stats(host)} for host in HOSTS}
    before["_scripts"] = hvemu.fleet_stats()["scripts"]
    before["_expected_scripts"] = script_hashes()
    return before


def test_hosts_use_both_connection_plugins(hvemu):
    assert {hvemu.connection(h) for h in HOSTS} == {"winrm", "psrp"}


@pytest.mark.compat
def test_vswitch(hvemu, ansible):
    before = snapshot_before(hvemu)
    run = ansible.target("vswitch")
    check_run(run, hvemu, before)
    for host in HOSTS:
        team = by_name(before[host]["state"]["switches"], "team-sw")
        created = by_name(run.named(host, "Create")["state"]["switches"], "it-sw")
        assert created["SwitchType"] == 1 and created["Notes"].splitlines() == ["integration", OWNERSHIP_TAG]
        updated = by_name(run.named(host, "Update notes")["state"]["switches"], "it-sw")
        assert updated["Notes"].splitlines() == ["second", OWNERSHIP_TAG] and updated["Id"] == created["Id"]
        recreated = by_name(run.named(host, "Recreate for a create-only change")["state"]["switches"], "it-sw")
        assert recreated["BandwidthReservationMode"] == 3 and recreated["Id"] != created["Id"]
        team_set = by_name(run.named(host, "Create a SET switch on two adapters")["state"]["switches"], "it-set")
        assert team_set["SwitchType"] == 2 and team_set["EmbeddedTeamingEnabled"]
        assert len(team_set["NetAdapterInterfaceDescriptions"]) == 2 and not team_set["AllowManagementOS"]
        shrunk = by_name(run.named(host, "Change SET members in place")["state"]["switches"], "it-set")
        assert shrunk["Id"] == team_set["Id"] and len(shrunk["NetAdapterInterfaceDescriptions"]) == 1
        final = hvemu.state(host)
        assert by_name(final["switches"], "it-sw") is None and by_name(final["switches"], "it-set") is None
        assert by_name(final["switches"], "team-sw") == team  # the foreign switch was never touched
        assert view(final) == view(before[host]["state"])


@pytest.mark.compat
def test_hns_network(hvemu, ansible):
    before = snapshot_before(hvemu)
    run = ansible.target("hns_network")
    check_run(run, hvemu, before)
    for host in HOSTS:
        created = run.named(host, "Create")["state"]
        network = by_name(created["networks"], "it-net")
        assert network["Type"] == "Internal"
        assert network["Ipams"][0]["Subnets"][0]["IpAddressPrefix"] == "198.18.30.0/24"
        assert network["ID"].lower() in [i.lower() for i in created["ledger"]["networks"]]
        adns = by_name(run.named(host, "Create a network with automatic DNS")["state"]["networks"], "it-adns")
        assert {"Type": "AutomaticDNS", "Settings": {"Enable": True}} in adns["Policies"]
        updated = by_name(run.named(host, "Update dns")["state"]["networks"], "it-net")
        assert updated["ID"] == network["ID"] and "10.0.0.11" in str(updated.get("Dns"))
        overlay = by_name(run.named(host, "Purge remote subnet routes")["state"]["networks"], "it-ovl")
        routes = [p["Settings"] for p in overlay["Policies"] if p["Type"] == "RemoteSubnetRoute"]
        assert [r["DestinationPrefix"] for r in routes] == ["10.250.3.0/24"]
        final = hvemu.state(host)
        assert by_name(final["networks"], "it-net") is None and by_name(final["networks"], "it-ovl") is None
        for foreign in ("nat", "vxlan0", "External"):
            assert by_name(final["networks"], foreign) == by_name(before[host]["state"]["networks"], foreign)
        assert final["ledger"] == before[host]["state"]["ledger"]


@pytest.mark.compat
def test_hns_endpoint(hvemu, ansible):
    before = snapshot_before(hvemu)
    run = ansible.target("hns_endpoint")
    check_run(run, hvemu, before)
    for host in HOSTS:
        created = run.named(host, "Create")["state"]
        endpoint = by_name(created["endpoints"], "it-ep")
        network = by_name(created["networks"], "it-epnet")
        assert endpoint["HostComputeNetwork"].lower() == network["ID"].lower()
        assert endpoint["IpConfigurations"][0]["IpAddress"] == "198.18.32.10"
        mappings = [p["Settings"] for p in endpoint["Policies"] if p["Type"] == "PortMapping"]
        assert [(m["InternalPort"], m["ExternalPort"]) for m in mappings] == [(80, 8080)]
        assert endpoint["ID"].lower() in [i.lower() for i in created["ledger"]["endpoints"]]
        updated = by_name(run.named(host, "Add policies")["state"]["endpoints"], "it-ep")
        assert updated["ID"] == endpoint["ID"]
        assert {p["Type"] for p in updated["Policies"]} >= {"PortMapping", "ACL", "OutBoundNAT", "SDNRoute"}
        recreated = by_name(run.named(host, "Recreate with another address")["state"]["endpoints"], "it-ep")
        assert recreated["ID"] != endpoint["ID"] and recreated["IpConfigurations"][0]["IpAddress"] == "198.18.32.11"
        final = hvemu.state(host)
        assert by_name(final["endpoints"], "it-ep") is None and by_name(final["networks"], "it-epnet") is None
        assert view(final) == view(before[host]["state"])


@pytest.mark.compat
def test_vm_adapter(hvemu, ansible):
    before = snapshot_before(hvemu)
    run = ansible.target("vm_adapter")
    check_run(run, hvemu, before)
    for host in HOSTS:
        first = by_name(before[host]["state"]["vm_adapters"], "Network Adapter")
        connected = by_name(run.named(host, "Connect")["state"]["vm_adapters"], "Network Adapter 2")
        assert connected["SwitchName"] == "it-vmsw" and connected["MacAddressSpoofing"] == 1
        assert connected["VlanOperationMode"] == 1 and connected["AccessVlanId"] == 10
        trunk = by_name(run.named(host, "Trunk")["state"]["vm_adapters"], "Network Adapter 2")
        assert trunk["VlanOperationMode"] == 2 and trunk["NativeVlanId"] == 5
        assert trunk["AllowedVlanIdListString"] == "1-100" and trunk["SwitchName"] == "it-vmsw"
        disconnected = by_name(run.named(host, "Disconnect")["state"]["vm_adapters"], "Network Adapter 2")
        assert disconnected["SwitchName"] is None
        final = hvemu.state(host)
        assert by_name(final["vm_adapters"], "Network Adapter") == first  # the other NIC was never touched
        assert view(final) == view(before[host]["state"])


@pytest.mark.compat
def test_host_network(hvemu, ansible):
    before = snapshot_before(hvemu)
    run = ansible.target("host_network")
    check_run(run, hvemu, before)
    for host in HOSTS:
        # HNS lists the backup team's External switch (fleets/seeded.yml, on Ethernet 5) as a Transparent network
        gathered = run.named(host, "Gathered")["result"]["gathered"]["networks"]
        assert len([n for n in gathered if n["name"].endswith(" - Virtual Switch")]) == 1
        merged = run.named(host, "Merged")["state"]
        switch = by_name(merged["switches"], "it-hsw")
        assert switch["Notes"].splitlines() == ["host_network", OWNERSHIP_TAG]
        network = by_name(merged["networks"], "it-hnet")
        endpoint = by_name(merged["endpoints"], "it-hep")
        assert endpoint["HostComputeNetwork"].lower() == network["ID"].lower()
        assert by_name(merged["vm_adapters"], "Network Adapter 2")["SwitchName"] == "it-hsw"
        replaced = by_name(run.named(host, "Replaced drops the port mapping")["state"]["endpoints"], "it-hep")
        assert replaced["ID"] == endpoint["ID"]
        assert not [p for p in replaced.get("Policies") or [] if p["Type"] == "PortMapping"]
        overridden = run.named(host, "Overridden without the endpoint")["state"]
        assert by_name(overridden["endpoints"], "it-hep") is None
        assert by_name(overridden["networks"], "it-hnet")["ID"] == network["ID"]
        for foreign in ("nat", "vxlan0", "External"):  # Docker's and flannel's networks, untouched
            assert by_name(overridden["networks"], foreign) == by_name(before[host]["state"]["networks"], foreign)
        foreign_eps = [e for e in before[host]["state"]["endpoints"]]
        assert foreign_eps and all(e in overridden["endpoints"] for e in foreign_eps)
        final = hvemu.state(host)
        assert view(final) == view(before[host]["state"])


@pytest.mark.compat
def test_ping_and_refusals(hvemu, ansible):
    before = snapshot_before(hvemu)
    run = ansible.target("ping")
    check_run(run, hvemu, before)
    for host in HOSTS:
        assert view(hvemu.state(host)) == view(before[host]["state"])


@pytest.mark.compat
def test_ansible_doc_renders_every_module(ansible):
    for module in MODULES:
        doc = ansible.doc(module)
        assert doc.returncode == 0, doc.stderr
        assert f"hyperv.network.{module}" in doc.stdout and "EXAMPLES" in doc.stdout and "RETURN" in doc.stdout


def test_recording_mode_keeps_each_request_and_raw_answer(hvemu, ansible, tmp_path):
    record_dir = tmp_path / "recordings"
    playbook = """
- name: Record
  hosts: hyperv_hosts
  gather_facts: false
  tasks:
    - name: Read switches while recording
      hyperv.network.vswitch_info:
        name: team-sw
      vars:
        hyperv_network_record_dir: "{{ record_root }}/{{ inventory_hostname }}"
"""
    before = snapshot_before(hvemu)
    run = ansible.playbook(playbook, extra_vars={"record_root": str(record_dir)})
    check_run(run, hvemu, before)
    for host in HOSTS:
        files = sorted(p.name for p in (record_dir / host).iterdir())
        assert len(files) == 4 and [f.rsplit(".", 1)[-1] for f in files] == ["rc", "json", "stderr", "stdout"]
        stdout = next((record_dir / host).glob("*.stdout")).read_text()
        assert "##hvnet-response-begin##" in stdout and "team-sw" in stdout
        for path in (record_dir / host).iterdir():
            assert "Passw0rd" not in path.read_text()


def test_disruptive_change_rides_out_the_blackout(hvemu, ansible):
    for host in HOSTS:
        hvemu.set_faults(host, {"blackout_seconds": 3})
    try:
        before = snapshot_before(hvemu)
        run = ansible.playbook("disruptive.yml")
        check_run(run, hvemu, before)
    finally:
        for host in HOSTS:
            hvemu.reset_faults(host)
    for host in HOSTS:
        created = by_name(
            run.named(host, "External switch shared with the host [calls>=3]")["state"]["switches"], "it-ext"
        )
        assert created["SwitchType"] == 2 and created["AllowManagementOS"]
        vnic = [a for a in run.named(host, "External switch shared with the host [calls>=3]")["state"]["adapters"]]
        assert any(a.get("Name") == "vEthernet (it-ext)" for a in vnic)
        assert view(hvemu.state(host)) == view(before[host]["state"])


def test_basic_over_https_needs_no_opt_in(collections_path, tmp_path):
    """Over HTTPS (hvemu --tls, the inventory validating its CA) Basic is encrypted by TLS: no opt-in needed."""
    from hvemu.testing import start_hvemu
    from hvnet_harness import Ansible, Hvemu, _inventory_hosts

    inventory = tmp_path / "inventory.yml"
    proc = start_hvemu(["--fleet", str(FLEET), "--inventory", str(inventory), "--mixed", "--tls"])
    try:
        hosts = _inventory_hosts(yaml.safe_load(inventory.read_text()))
        assert {h.get("ansible_winrm_scheme") or h.get("ansible_psrp_protocol") for h in hosts.values()} == {"https"}
        tls = Hvemu(url=proc.http_url, inventory=inventory, hosts=hosts)
        workdir = tmp_path / "ansible"
        workdir.mkdir()
        playbook = """
- name: Basic over https
  hosts: hyperv_hosts
  gather_facts: false
  vars:
    ansible_winrm_transport: basic
    ansible_psrp_auth: basic
  tasks:
    - name: Ping with Basic over https
      hyperv.network.ping:
      register: r
    - name: Assert ping with Basic over https
      ansible.builtin.assert:
        that: [r.ping == 'pong']
"""
        before = snapshot_before(tls)
        run = Ansible(tls, collections_path, workdir).playbook(playbook)
        check_run(run, tls, before)
        assert {tls.connection(h) for h in HOSTS} == {"winrm", "psrp"}
    finally:
        proc.stop()
