"""inventory_model: the source's hosts, snapshot records, group names, the container rule and name clashes."""

from __future__ import annotations

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils import inventory_model as m


def snap(vms, switches=("VMs",)):
    return {
        "host": {"computer_name": "HV01", "os_build": 26100, "hyperv_module": True},
        "switches": [{"Id": "x", "Name": s, "SwitchType": 2} for s in switches],
        "vms": vms,
    }


def vm(name, state=2, adapters=(), vid="6A1B2C3D-0000-4000-8000-000000000001"):
    return {"Name": name, "Id": vid, "State": state, "Adapters": list(adapters)}


def nic(switch="VMs", mac="00155D0A0B0C", ips=(), vlan=0):
    return {
        "Id": "Microsoft:A\\B",
        "Name": "Network Adapter",
        "SwitchName": switch,
        "MacAddress": mac,
        "IPAddresses": list(ips),
        "VlanId": vlan,
    }


@pytest.mark.parametrize(
    "name, expected",
    [
        ("VMs", "vms"),
        ("Default Switch", "default_switch"),
        ("ext-LAN.1", "ext_lan_1"),
        ("a_b9", "a_b9"),
        ("Ethernet (Intel X710)", "ethernet__intel_x710_"),
    ],
)
def test_sanitise(name, expected):
    assert m.sanitise(name) == expected


@pytest.mark.parametrize(
    "state, name",
    [
        (2, "Running"),
        (3, "Off"),
        (6, "Saved"),
        (9, "Paused"),
        (4, "Stopping"),
        (32777, "Resuming"),
        (12345, "Unknown(12345)"),
        ("Running", "Running"),
        (None, "Unknown"),
        (True, "Unknown"),
    ],
)
def test_state_name(state, name):
    assert m.state_name(state) == name


def test_record_normalises_mac_addresses_vlan_and_ipv4():
    record = m.host_record(
        snap(
            [
                vm(
                    "a",
                    adapters=[nic(ips=["10.0.0.5", "fe80::1%12", "2001:db8::5"], vlan=7), nic(switch=None, mac=None)],
                ),
                vm("b", state=3, adapters=[nic(switch="vms"), nic(switch="VMs")]),
            ]
        )
    )
    a, b = record["vms"]
    assert a["adapters"][0]["mac_address"] == "00:15:5D:0A:0B:0C"
    assert a["adapters"][0]["vlan_id"] == 7 and a["adapters"][1]["vlan_id"] == 0
    assert a["adapters"][1]["switch"] is None and a["adapters"][1]["mac_address"] is None
    assert a["ip_addresses"] == ["10.0.0.5", "fe80::1%12", "2001:db8::5"]
    assert a["ipv4_addresses"] == ["10.0.0.5"]
    assert a["switches"] == ["VMs"]
    assert b["switches"] == ["vms"]  # one switch, whatever the case of each NIC's SwitchName
    assert b["state"] == "Off" and b["ip_addresses"] == []
    assert record["computer_name"] == "HV01" and record["switches"][0]["name"] == "VMs"


def test_record_without_vms_section_is_an_error():
    with pytest.raises(ValueError, match="no 'vms' section"):
        m.host_record({"host": {}, "switches": []})


def test_check_hosts_mapping_list_and_common_vars():
    hosts = m.check_hosts(
        {"hv01": {"ansible_host": "10.0.0.1"}, "hv02": None}, {"ansible_connection": "psrp", "ansible_host": "x"}
    )
    assert hosts == [
        ("hv01", {"ansible_connection": "psrp", "ansible_host": "10.0.0.1"}),
        ("hv02", {"ansible_connection": "psrp", "ansible_host": "x"}),
    ]
    assert m.check_hosts(["hv01"], {"ansible_connection": "ansible.builtin.winrm"})[0][0] == "hv01"


@pytest.mark.parametrize(
    "hosts, common, message",
    [
        ({}, {}, "hosts: lists no Hyper-V host"),
        ("hv01", {}, "hosts: must be a mapping"),
        ([""], {"ansible_connection": "psrp"}, r"hosts\[0\]: must be a host name"),
        ({"hv01": 3}, {}, "hosts.hv01: must be a mapping of variables"),
        ({"hv01": {}}, {}, "hosts.hv01: ansible_connection: must be winrm or psrp"),
        ({"hv01": {"ansible_connection": "ssh"}}, {}, "got 'ssh'"),
        ({"hv01": {}, "HV01": {}}, {"ansible_connection": "psrp"}, "hosts.HV01: listed twice"),
        ({"hv01": {}}, ["x"], "vars: must be a mapping"),
    ],
)
def test_check_hosts_errors_name_the_field(hosts, common, message):
    with pytest.raises(m.SourceError, match=message):
        m.check_hosts(hosts, common)


def test_patterns():
    assert [p.pattern for p in m.compile_patterns(["ctr-.*", "k8s-win\\d+"])] == ["ctr-.*", "k8s-win\\d+"]
    assert m.compile_patterns(None) == []
    with pytest.raises(m.SourceError, match=r"container_vm_patterns\[1\]: '\[' is not a regular expression"):
        m.compile_patterns(["ok", "["])
    with pytest.raises(m.SourceError, match="container_vm_patterns: must be a list"):
        m.compile_patterns("ctr-.*")


def plan(records, hosts=None, **kwargs):
    hosts = hosts or [(name, {"ansible_connection": "psrp"}) for name in records]
    return m.plan_inventory(hosts, records, **kwargs)


def by_name(planned):
    return {name: (variables, groups) for name, variables, groups in planned["hosts"]}


def test_plan_groups_and_parents():
    records = {
        "hv01": m.host_record(snap([vm("ctr-1", adapters=[nic("VMs")]), vm("web", adapters=[nic("Lab LAN")])])),
        "hv02": None,  # left out (failed)
        "hv03": m.host_record(snap([vm("CTR-3", adapters=[nic("vms"), nic("Storage")]), vm("bare")])),
    }
    out = by_name(plan(records, container_patterns=m.compile_patterns(["ctr-\\d"])))
    assert list(out) == ["hv01", "hv02", "hv03", "ctr-1", "web", "CTR-3", "bare"]
    assert out["hv02"] == ({"ansible_connection": "psrp"}, ["hyperv_hosts"])
    assert out["hv01"][0]["hyperv_computer_name"] == "HV01"
    assert out["ctr-1"][1] == ["hyperv_vms", "container_vms", "hyperv_switch_vms"]
    assert out["CTR-3"][1] == ["hyperv_vms", "container_vms", "hyperv_switch_vms", "hyperv_switch_storage"]
    assert out["web"][1] == ["hyperv_vms", "hyperv_switch_lab_lan"]
    assert out["bare"][1] == ["hyperv_vms"]
    assert out["CTR-3"][0]["hyperv_network_parent"] == "hv03"
    assert out["web"][0]["hyperv_vm"]["name"] == "web"
    # the pattern must match the whole name
    out = by_name(plan(records, container_patterns=m.compile_patterns(["ctr"])))
    assert "container_vms" not in out["ctr-1"][1]


def test_plan_switch_prefix():
    records = {"hv01": m.host_record(snap([vm("a", adapters=[nic("VMs")])]))}
    assert by_name(plan(records, switch_prefix="sw_"))["a"][1] == ["hyperv_vms", "sw_vms"]


def test_name_clashes_get_the_vm_id_and_a_warning():
    records = {
        "hv01": m.host_record(
            snap(
                [
                    vm("web", vid="AAAABBBB-0000-4000-8000-000000000001"),
                    vm("hv02", vid="CCCCDDDD-0000-4000-8000-000000000001"),
                ]
            )
        ),
        "hv02": m.host_record(
            snap(
                [
                    vm("WEB", vid="EEEEFFFF-0000-4000-8000-000000000001"),
                    vm("web", vid="EEEEFFFF-1111-4000-8000-000000000001"),
                ]
            )
        ),
    }
    planned = plan(records)
    out = by_name(planned)
    assert list(out) == ["hv01", "hv02", "web", "hv02_ccccdddd", "WEB_eeeeffff", "web_eeeeffff_2"]
    assert out["hv02_ccccdddd"][0]["hyperv_network_parent"] == "hv01"
    assert out["WEB_eeeeffff"][0]["hyperv_network_parent"] == "hv02"
    # the roles find the VM on its parent by hyperv_network_vm_name (default: the inventory name)
    assert out["WEB_eeeeffff"][0]["hyperv_network_vm_name"] == "WEB"
    assert out["web"][0]["hyperv_network_vm_name"] == "web"
    assert len(planned["warnings"]) == 3
    assert (
        "VM 'WEB' on hv02 has the name of another host of this inventory: listed as 'WEB_eeeeffff'"
        in planned["warnings"]
    )


def test_a_host_without_the_hyperv_module_is_named_in_a_warning():
    data = snap([])
    data["host"]["hyperv_module"] = False
    planned = plan({"hv01": m.host_record(data), "hv02": m.host_record(snap([vm("a")]))})
    assert planned["warnings"] == [
        "host hv01 has no Hyper-V PowerShell module (Get-VM): no VM of it can be listed; install the "
        "Hyper-V-PowerShell feature, or is it not a Hyper-V host?"
    ]
    assert [n for n, _v, _g in planned["hosts"]] == ["hv01", "hv02", "a"]
