"""host-code 1 over real ansible-playbook, winrm (hvw) and psrp (hvp): hosts with NICs that Windows reports
without an IPv4 interface or a connection profile.

fleets/seeded.yml gives each host "Ethernet 5" bound to another team's External switch "backup-ext" (shared with
the host), "Ethernet 6" disabled and "Ethernet 7" unplugged. bridge.ps1 reports Dhcp, InterfaceMetric and
NetworkCategory as null for the first two and NetworkCategory as null for the third; every converge reads the
adapters section, so every module must work on such hosts. Host state comes from hvemu's control API (the
callback's per-task records), never from the collection's own output.
"""

from __future__ import annotations

from test_modules import HOSTS, by_name, check_run, snapshot_before, view

UNBOUND = {
    "Dhcp": None, "IPv4": [], "IPv6": [], "Gateways": [], "DnsServers": [], "DnsSuffix": None,
    "InterfaceMetric": None, "NetworkCategory": None,
}  # fmt: skip

READS_AND_A_CHANGE = """
- name: NICs without IPv4 interface or profile
  hosts: hyperv_hosts
  gather_facts: false
  tasks:
    - name: Switch info
      hyperv.network.vswitch_info:
      register: info
    - name: Assert switch info
      ansible.builtin.assert:
        that:
          - (info.switches | selectattr('name', 'equalto', 'backup-ext') | first).owned == false
          - (info.switches | selectattr('name', 'equalto', 'backup-ext') | first).net_adapter_names == ['Ethernet 5']
    - name: Gathered
      hyperv.network.host_network:
        state: gathered
      register: g
    - name: Assert gathered
      ansible.builtin.assert:
        that:
          - g.gathered.switches | selectattr('name', 'equalto', 'backup-ext') | list | length == 1
    - name: Internal switch
      hyperv.network.vswitch:
        name: it-nonull-sw
        switch_type: internal
      register: r
    - name: Assert internal switch
      ansible.builtin.assert:
        that: [r is changed]
    - name: Internal switch again
      hyperv.network.vswitch:
        name: it-nonull-sw
        switch_type: internal
      register: r
    - name: Assert internal switch again
      ansible.builtin.assert:
        that: [r is not changed]
    - name: Switch on a bound NIC is refused by the host [calls=2]
      hyperv.network.vswitch:
        name: it-nonull-ext
        net_adapter_names: [Ethernet 5]
        allow_management_os: false
      register: r
      ignore_errors: true
    - name: Assert switch on a bound NIC is refused
      ansible.builtin.assert:
        that:
          - r is failed
          - "'already bound' in r.msg"
    - name: Remove the internal switch
      hyperv.network.vswitch:
        name: it-nonull-sw
        state: absent
      register: r
    - name: Assert remove the internal switch
      ansible.builtin.assert:
        that: [r is changed]
"""

SHARED_SWITCH = """
- name: External switch shared with the host on a spare NIC
  hosts: hyperv_hosts
  gather_facts: false
  tasks:
    - name: Shared external switch [calls>=3]
      hyperv.network.vswitch:
        name: it-nonull-ext
        net_adapter_names: [Ethernet 4]
        allow_management_os: true
      register: r
    - name: Assert shared external switch
      ansible.builtin.assert:
        that: [r is changed, r.switch.allow_management_os]
    - name: Shared external switch again
      hyperv.network.vswitch:
        name: it-nonull-ext
        net_adapter_names: [Ethernet 4]
        allow_management_os: true
      register: r
    - name: Assert shared external switch again
      ansible.builtin.assert:
        that: [r is not changed]
    - name: Remove the shared external switch [calls>=3]
      hyperv.network.vswitch:
        name: it-nonull-ext
        state: absent
      register: r
    - name: Assert remove the shared external switch
      ansible.builtin.assert:
        that: [r is changed]
"""


def adapters(state: dict) -> dict:
    return {a["Name"]: a for a in state["adapters"]}


def test_the_fleet_has_nics_windows_reports_with_nulls(hvemu):
    for host in HOSTS:
        state = hvemu.state(host)
        nics = adapters(state)
        assert nics["Ethernet 5"]["ip"] == UNBOUND, host  # bound to backup-ext
        assert "vEthernet (backup-ext)" in nics  # the shared switch's host vNIC carries the configuration
        switch = by_name(state["switches"], "backup-ext")
        assert (
            switch["SwitchType"] == 2
            and switch["NetAdapterInterfaceDescription"] == nics["Ethernet 5"]["InterfaceDescription"]
        )
        assert (nics["Ethernet 6"]["Status"], nics["Ethernet 6"]["ip"]) == ("Disabled", UNBOUND), host
        unplugged = nics["Ethernet 7"]
        assert unplugged["Status"] == "Disconnected" and unplugged["ip"]["NetworkCategory"] is None, host
        assert isinstance(unplugged["ip"]["InterfaceMetric"], int) and unplugged["ip"]["Dhcp"] == 1, host


def test_reads_and_changes_work_on_hosts_with_such_nics(hvemu, ansible):
    before = snapshot_before(hvemu)
    run = ansible.playbook(READS_AND_A_CHANGE)
    check_run(run, hvemu, before)
    for host in HOSTS:
        created = by_name(run.named(host, "Internal switch")["state"]["switches"], "it-nonull-sw")
        assert created is not None and created["SwitchType"] == 1
        assert view(hvemu.state(host)) == view(before[host]["state"])  # removed again: the host as it was


def test_a_shared_external_switch_leaves_its_nic_with_nulls_over_winrm_and_psrp(hvemu, ansible):
    for host in HOSTS:
        hvemu.set_faults(host, {"blackout_seconds": 2})
    try:
        before = snapshot_before(hvemu)
        run = ansible.playbook(SHARED_SWITCH)
        check_run(run, hvemu, before)
    finally:
        for host in HOSTS:
            hvemu.reset_faults(host)
    for host in HOSTS:
        was = adapters(before[host]["state"])["Ethernet 4"]
        during = adapters(run.named(host, "Shared external switch [calls>=3]")["state"])
        assert during["Ethernet 4"]["ip"] == UNBOUND, host  # Windows unbinds TCP/IP from the NIC
        assert during["vEthernet (it-nonull-ext)"]["ip"] == was["ip"], host  # the host vNIC took it over
        assert during["vEthernet (it-nonull-ext)"]["MacAddress"] == was["MacAddress"]
        after = adapters(hvemu.state(host))
        assert after["Ethernet 4"]["ip"] == was["ip"] and "vEthernet (it-nonull-ext)" not in after, host
        assert view(hvemu.state(host)) == view(before[host]["state"])
