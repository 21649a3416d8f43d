"""Hyper-V switches and the host's IP configuration as Windows moves it."""

import pytest
from hvemu.model.testkit import adapters_by_name, make_host, ok, snap, switch_create, switch_op

# What bridge.ps1 reports for a NIC without an IPv4 interface and connection profile (host-code 1).
UNBOUND = {
    "Dhcp": None, "IPv4": [], "IPv6": [], "Gateways": [], "DnsServers": [], "DnsSuffix": None,
    "InterfaceMetric": None, "NetworkCategory": None, "Forwarding": None,
}  # fmt: skip


def _switch(host, name):
    return next(s for s in snap(host, "switches")["switches"] if s["Name"].lower() == name.lower())


def test_internal_and_private_switches():
    host = make_host()
    ok(host, switch_create("int", "Internal", notes="n"), switch_create("priv", "Private"))
    internal, private = _switch(host, "int"), _switch(host, "priv")
    assert (internal["SwitchType"], internal["AllowManagementOS"], internal["NetAdapterInterfaceDescription"]) == (
        1,
        True,
        None,
    )
    assert (private["SwitchType"], private["AllowManagementOS"]) == (0, False)
    assert internal["BandwidthReservationMode"] == 1 and internal["Notes"] == "n"
    adapters = adapters_by_name(host)
    vnic = adapters["vEthernet (int)"]
    assert vnic["Virtual"] is True and vnic["InterfaceDescription"] == "Hyper-V Virtual Ethernet Adapter"
    assert vnic["ip"]["Dhcp"] == 1 and vnic["ip"]["IPv4"][0]["IPAddress"].startswith("169.254.")
    assert vnic["ip"]["NetworkCategory"] == 0
    assert "vEthernet (priv)" not in adapters


def test_external_switch_with_management_os_moves_the_ip_configuration_and_back():
    host = make_host()
    before = adapters_by_name(host)["Ethernet"]
    (created,) = ok(host, switch_create("ext", "External", net_adapter_names=["Ethernet"]))
    adapters = adapters_by_name(host)
    vnic = adapters["vEthernet (ext)"]
    assert vnic["ip"] == before["ip"]  # addresses, gateway, DNS, suffix, metric, category
    assert vnic["MacAddress"] == before["MacAddress"] and vnic["InterfaceIndex"] != before["InterfaceIndex"]
    nic = adapters["Ethernet"]
    assert nic["ip"] == UNBOUND and nic["Status"] == "Up"  # no IPv4 interface, no connection profile
    row = _switch(host, "ext")
    assert row["SwitchType"] == 2 and row["AllowManagementOS"] is True
    assert row["NetAdapterInterfaceDescription"] == before["InterfaceDescription"]
    assert row["EmbeddedTeamingEnabled"] is False
    # sharing off removes the vNIC; the NIC stays bound, so still without IPv4 interface; on moves it again
    ok(host, switch_op("switch_set", created["id"], allow_management_os=False))
    adapters = adapters_by_name(host)
    assert "vEthernet (ext)" not in adapters and adapters["Ethernet"]["ip"] == UNBOUND
    ok(host, switch_op("switch_set", created["id"], allow_management_os=True))
    assert adapters_by_name(host)["vEthernet (ext)"]["ip"] == before["ip"]
    # removing the switch gives the NIC its configuration back
    ok(host, switch_op("switch_remove", created["id"], pre_state="present"))
    adapters = adapters_by_name(host)
    assert "vEthernet (ext)" not in adapters and adapters["Ethernet"]["ip"] == before["ip"]


def test_external_switch_without_management_os_hides_the_nic():
    host = make_host()
    ok(host, switch_create("ext", "External", net_adapter_names=["Ethernet 2"], allow_management_os=False))
    adapters = adapters_by_name(host)
    assert "vEthernet (ext)" not in adapters and adapters["Ethernet 2"]["ip"] == UNBOUND
    assert _switch(host, "ext")["AllowManagementOS"] is False


@pytest.mark.parametrize("loss", ["lose_static_ip", "lose_dns", "lose_gateway", "public_category"])
def test_partial_migrations(loss):
    host = make_host()
    host.faults.partial_migration = [loss]
    before = adapters_by_name(host)["Ethernet"]["ip"]
    ok(host, switch_create("ext", "External", net_adapter_names=["Ethernet"]))
    after = adapters_by_name(host)["vEthernet (ext)"]["ip"]
    kept = {k: v for k, v in after.items()}
    if loss == "lose_static_ip":
        assert after["Dhcp"] == 1 and after["IPv4"][0]["IPAddress"].startswith("169.254.")
        assert after["IPv4"][0]["PrefixLength"] == 16
        kept.update(Dhcp=before["Dhcp"], IPv4=before["IPv4"])
    elif loss == "lose_dns":
        assert after["DnsServers"] == [] and before["DnsServers"]
        kept["DnsServers"] = before["DnsServers"]
    elif loss == "lose_gateway":
        assert after["Gateways"] == [] and before["Gateways"]
        kept["Gateways"] = before["Gateways"]
    else:
        assert after["NetworkCategory"] == 0 and before["NetworkCategory"] == 1
        kept["NetworkCategory"] = 1
    assert kept == before  # only that one thing was lost


def test_set_switch_embedded_teaming_and_team_members():
    host = make_host()
    (created,) = ok(host, switch_create("set", "External", net_adapter_names=["Ethernet 2", "Ethernet 3"]))
    row = _switch(host, "set")
    assert row["EmbeddedTeamingEnabled"] is True and row["NetAdapterInterfaceDescription"] == "Teamed-Interface"
    assert len(row["NetAdapterInterfaceDescriptions"]) == 2
    vnic_before = adapters_by_name(host)["vEthernet (set)"]
    ok(host, switch_op("switch_team_set", created["id"], net_adapter_names=["Ethernet 2"]))
    adapters = adapters_by_name(host)
    assert adapters["vEthernet (set)"] == vnic_before  # changed in place: the management vNIC stays
    assert adapters["Ethernet 3"]["ip"]["IPv4"][0]["IPAddress"] == "10.1.2.21"  # released
    assert len(_switch(host, "set")["NetAdapterInterfaceDescriptions"]) == 1


def test_convert_between_types_and_rename():
    host = make_host()
    (created,) = ok(host, switch_create("sw", "Private"))
    sid = created["id"]
    ok(host, switch_op("switch_set", sid, allow_management_os=True))  # Private -> Internal
    assert _switch(host, "sw")["SwitchType"] == 1 and "vEthernet (sw)" in adapters_by_name(host)
    ok(host, switch_op("switch_set", sid, net_adapter_name="Ethernet 3"))  # -> External, shared by default
    row = _switch(host, "sw")
    assert (row["SwitchType"], row["AllowManagementOS"]) == (2, True)
    assert adapters_by_name(host)["vEthernet (sw)"]["ip"]["IPv4"][0]["IPAddress"] == "10.1.2.21"
    ok(host, switch_op("switch_set", sid, switch_type="Internal"))
    adapters = adapters_by_name(host)
    assert adapters["Ethernet 3"]["ip"]["IPv4"][0]["IPAddress"] == "10.1.2.21"
    assert adapters["vEthernet (sw)"]["ip"]["IPv4"][0]["IPAddress"].startswith("169.254.")
    ok(host, switch_op("switch_set", sid, switch_type="Private"))
    assert "vEthernet (sw)" not in adapters_by_name(host)
    ok(
        host,
        switch_op("switch_rename", sid, new_name="renamed"),
        switch_op("switch_set", sid, notes="x\n[hyperv.network]"),
    )
    row = _switch(host, "RENAMED")
    assert row["Id"] == sid and row["Notes"] == "x\n[hyperv.network]"


def test_rename_keeps_the_vethernet_name():
    host = make_host()
    (created,) = ok(host, switch_create("old", "Internal"))
    ok(host, switch_op("switch_rename", created["id"], new_name="new"))
    assert "vEthernet (old)" in adapters_by_name(host)


@pytest.mark.parametrize(
    ("mode", "iov", "expected"),
    [("Default", False, 1), ("Default", True, 3), ("Absolute", False, 2), ("None", False, 3), ("Weight", False, 1)],
)
def test_bandwidth_mode(mode, iov, expected):
    host = make_host()
    ok(
        host,
        switch_create(
            "b",
            "External",
            net_adapter_names=["Ethernet 3"],
            minimum_bandwidth_mode=mode,
            enable_iov=iov,
            enable_packet_direct=True,
        ),
    )
    row = _switch(host, "b")
    assert (
        row["BandwidthReservationMode"] == expected and row["IovEnabled"] is iov and row["PacketDirectEnabled"] is True
    )


def test_remove_disconnects_vm_nics():
    host = make_host(vms=[{"name": "web", "nics": [{"name": "Network Adapter"}]}])
    (created,) = ok(host, switch_create("lan", "Internal"))
    ok(
        host,
        {
            "op": "vm_adapter_set",
            "args": {"vm_name": "web", "name": "Network Adapter", "switch_name": "LAN"},
            "pre": [{"kind": "vm_adapter", "state": "present", "name": "Network Adapter", "vm_name": "web"}],
        },
    )
    assert snap(host, "vm_adapters")["vm_adapters"][0]["SwitchName"] == "lan"
    ok(host, switch_op("switch_remove", created["id"], pre_state="present"))
    assert snap(host, "vm_adapters")["vm_adapters"][0]["SwitchName"] is None


def test_vm_adapter_vlan_and_spoofing():
    host = make_host(vms=[{"name": "web", "nics": [{"name": "Network Adapter", "mac": "00-15-5D-01-02-03"}]}])
    pre = [{"kind": "vm_adapter", "state": "present", "name": "Network Adapter", "vm_name": "web"}]
    base = {"vm_name": "WEB", "name": "network adapter"}
    ok(
        host,
        {
            "op": "vm_adapter_set",
            "args": {**base, "vlan": {"mode": "Access", "access_vlan_id": 12}, "mac_address_spoofing": True},
            "pre": pre,
        },
    )
    nic = snap(host, "vm_adapters", names={"vm_adapters": ["web"]})["vm_adapters"][0]
    assert (nic["VlanOperationMode"], nic["AccessVlanId"], nic["MacAddressSpoofing"]) == (1, 12, 1)
    assert nic["MacAddress"] == "00155D010203"
    ok(
        host,
        {
            "op": "vm_adapter_set",
            "args": {**base, "vlan": {"mode": "Trunk", "native_vlan_id": 0, "allowed_vlan_ids": "10-20,30"}},
            "pre": pre,
        },
    )
    nic = snap(host, "vm_adapters")["vm_adapters"][0]
    assert (nic["VlanOperationMode"], nic["AllowedVlanIdListString"], nic["MacAddressSpoofing"]) == (2, "10-20,30", 1)
    ok(
        host,
        {
            "op": "vm_adapter_set",
            "args": {**base, "vlan": {"mode": "Untagged"}, "mac_address_spoofing": False},
            "pre": pre,
        },
    )
    nic = snap(host, "vm_adapters")["vm_adapters"][0]
    assert (nic["VlanOperationMode"], nic["AccessVlanId"], nic["MacAddressSpoofing"]) == (0, 0, 2)
    assert snap(host, "vm_adapters", names={"vm_adapters": ["other"]})["vm_adapters"] == []


def test_snapshot_sections_carry_the_bridges_fields():
    host = make_host(vms=[{"name": "vm1", "nics": [{"name": "nic"}]}])
    ok(host, switch_create("a"), switch_create("b"))
    data = snap(host, "host", "adapters", "switches", "netnat", "vm_adapters", names={"switches": ["A"]})
    assert [r["Name"] for r in data["switches"]] == ["a"]
    assert list(data["switches"][0]) == [
        "Id", "Name", "SwitchType", "AllowManagementOS", "NetAdapterInterfaceDescription",
        "NetAdapterInterfaceDescriptions", "EmbeddedTeamingEnabled", "IovEnabled", "PacketDirectEnabled",
        "BandwidthReservationMode", "Notes",
    ]  # fmt: skip
    assert list(data["adapters"][0]) == [
        "Name", "InterfaceDescription", "InterfaceIndex", "InterfaceGuid", "MacAddress", "LinkSpeed", "Status",
        "Virtual", "ip",
    ]  # fmt: skip
    assert list(data["adapters"][0]["ip"]) == [
        "Dhcp", "IPv4", "IPv6", "Gateways", "DnsServers", "DnsSuffix", "InterfaceMetric", "NetworkCategory",
        "Forwarding",
    ]  # fmt: skip
    assert list(data["host"]) == [
        "computer_name", "os_build", "hyperv_module", "is_virtual_machine", "ps_version", "features",
    ]  # fmt: skip
    assert list(data["vm_adapters"][0]) == [
        "VMName", "Name", "SwitchName", "MacAddress", "MacAddressSpoofing", "VlanOperationMode", "AccessVlanId",
        "NativeVlanId", "AllowedVlanIdListString", "Id",
    ]  # fmt: skip


def test_lbfo_team_allowed_on_2019():
    host = make_host(windows="ws2019", adapters=[{"name": "Team", "ipv4": "10.5.0.2/24", "lbfo": True}])
    ok(host, switch_create("t", "External", net_adapter_names=["Team"]))
