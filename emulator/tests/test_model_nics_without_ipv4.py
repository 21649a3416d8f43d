"""NICs without an IPv4 interface or a connection profile (host-code 1).

On Windows, Get-NetAdapter lists NICs that Get-NetIPInterface does not (bound to an External/SET
switch, disabled) and NICs that Get-NetConnectionProfile has no profile for (bound, disabled,
unplugged); the bridge (HvNetBridge.cs AdaptersSection) then reports Dhcp, InterfaceMetric and
NetworkCategory as null. Sources are cited in hvemu/model/netcfg.py. Each test reads the host through a
bridge snapshot (validated against the protocol schema by testkit) and through the control API's view
(HostModel.state()).
"""

import time

import pytest
from hvemu.faults import Faults
from hvemu.fleet import FleetError, build_fleet
from hvemu.model.testkit import gid, make_host, ok, snap, switch_create, switch_op

UNBOUND = {
    "Dhcp": None, "IPv4": [], "IPv6": [], "Gateways": [], "DnsServers": [], "DnsSuffix": None,
    "InterfaceMetric": None, "NetworkCategory": None,
}  # fmt: skip
TAG = "[hyperv.network]"
ADAPTERS = [
    {"name": "Ethernet", "ipv4": "10.1.0.21/24", "gateway": "10.1.0.1", "dns": ["10.1.0.2"], "dns_suffix": "lab"},
    {"name": "Ethernet 5"},
    {"name": "Ethernet 6", "state": "disabled"},
    {"name": "Ethernet 7", "state": "unplugged"},
    {"name": "Ethernet 8", "state": "unplugged", "ipv4": "10.1.8.21/24", "gateway": "10.1.8.1"},
]
FOREIGN = {"switches": [{"name": "backup-ext", "adapters": ["Ethernet 5"], "allow_management_os": False}]}


def host_with_odd_nics(**spec):
    return make_host(adapters=ADAPTERS, seed=FOREIGN, **spec)


def views(host):
    """(bridge snapshot, control API) adapters by name."""
    bridge = {a["Name"]: a for a in snap(host, "adapters")["adapters"]}
    for a in bridge.values():  # ip.Forwarding (docs/design/host-objects.md 2): null without an IPv4 interface
        forwarding = a["ip"].pop("Forwarding")
        assert forwarding is None if a["ip"]["InterfaceMetric"] is None else forwarding in (0, 1), a
    control = {a["Name"]: a for a in host.state()["adapters"]}
    return bridge, control


def test_a_nic_bound_to_a_foreign_external_switch_has_no_ipv4_interface_and_no_profile():
    host = host_with_odd_nics()
    for adapters in views(host):
        nic = adapters["Ethernet 5"]
        assert nic["ip"] == UNBOUND
        assert nic["Status"] == "Up" and nic["Virtual"] is False
        assert "vEthernet (backup-ext)" not in adapters  # not shared with the host: no vNIC either


def test_a_disabled_nic_has_no_ipv4_interface_and_no_profile():
    host = host_with_odd_nics()
    for adapters in views(host):
        nic = adapters["Ethernet 6"]
        assert nic["ip"] == UNBOUND
        assert (nic["Status"], nic["LinkSpeed"]) == ("Disabled", "0 bps")


def test_an_unplugged_nic_keeps_its_ipv4_interface_but_has_no_profile():
    host = host_with_odd_nics()
    for adapters in views(host):
        dhcp, static = adapters["Ethernet 7"], adapters["Ethernet 8"]
        for nic in (dhcp, static):
            assert (nic["Status"], nic["LinkSpeed"]) == ("Disconnected", "0 bps")
            assert nic["ip"]["NetworkCategory"] is None
            assert isinstance(nic["ip"]["InterfaceMetric"], int)
        assert dhcp["ip"]["Dhcp"] == 1 and dhcp["ip"]["IPv4"] == []  # no cable, no lease
        assert static["ip"]["Dhcp"] == 0
        assert [a["IPAddress"] for a in static["ip"]["IPv4"]] == ["10.1.8.21"]
        assert static["ip"]["Gateways"] == ["10.1.8.1"]
        assert adapters["Ethernet"]["ip"]["NetworkCategory"] == 1 and adapters["Ethernet"]["Status"] == "Up"


def test_a_switch_shared_with_the_host_leaves_the_nic_with_nulls_and_removal_gives_it_back():
    host = host_with_odd_nics()
    before = views(host)[1]["Ethernet"]["ip"]
    (created,) = ok(host, switch_create("ext", "External", net_adapter_names=["Ethernet"], notes=TAG))
    for adapters in views(host):
        assert adapters["Ethernet"]["ip"] == UNBOUND
        assert adapters["vEthernet (ext)"]["ip"] == before  # the host vNIC took the configuration over
    ok(host, switch_op("switch_set", created["id"], allow_management_os=False))
    for adapters in views(host):
        assert adapters["Ethernet"]["ip"] == UNBOUND  # still bound: sharing off does not rebind TCP/IP
        assert "vEthernet (ext)" not in adapters
    ok(host, switch_op("switch_remove", created["id"], pre_state="present"))
    assert views(host)[1]["Ethernet"]["ip"] == before


def test_set_team_members_have_nulls():
    host = make_host()
    ok(host, switch_create("set", "External", net_adapter_names=["Ethernet 2", "Ethernet 3"], notes=TAG))
    for adapters in views(host):
        assert adapters["Ethernet 2"]["ip"] == UNBOUND and adapters["Ethernet 3"]["ip"] == UNBOUND


def test_a_nic_a_seeded_external_switch_binds_has_nulls():
    host = make_host(seed={"switches": [{"name": "other", "adapters": ["Ethernet 3"], "allow_management_os": False}]})
    for adapters in views(host):
        assert adapters["Ethernet 3"]["ip"] == UNBOUND
        assert adapters["Ethernet 2"]["ip"]["InterfaceMetric"] == 25 and adapters["Ethernet 2"]["ip"]["Dhcp"] == 0


def test_the_disruptive_job_leaves_the_physical_nic_with_nulls():
    host = make_host()
    host.faults = Faults.from_json({"task_start_delay_s": 0})
    before = views(host)[1]["Ethernet"]["ip"]
    jid = gid()
    create = switch_create("ext", "External", net_adapter_names=["Ethernet"], allow_management_os=True, notes=TAG)
    ok(host, {"op": "job_start", "args": {"job_id": jid, "ops": [create], "deadman_s": 30}})
    deadline = time.monotonic() + 10
    while True:
        (data,) = ok(host, {"op": "job_status", "args": {"job_id": jid}})
        if data["state"] != "running" or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    assert data["state"] == "applied" and data["repairs"] == []
    ok(host, {"op": "job_confirm", "args": {"job_id": jid}})
    for adapters in views(host):
        assert adapters["Ethernet"]["ip"] == UNBOUND  # Windows unbinds TCP/IP from the NIC the switch takes
        assert adapters["vEthernet (ext)"]["ip"] == before
        assert [c["Name"] for c in data["config_after"]] == ["vEthernet (ext)", "Ethernet 2", "Ethernet 3"]


def test_the_jobs_carrier_record_skips_nics_without_an_ipv4_interface():
    host = host_with_odd_nics()
    # as HvNetIpConfig.cs IpConfig.Carriers: a NIC without an IPv4 interface (InterfaceMetric null) carries nothing
    assert [c["Name"] for c in host.carriers()] == ["Ethernet", "Ethernet 7", "Ethernet 8"]


def test_hns_does_not_pick_a_disabled_unplugged_or_bound_nic():
    host = make_host(adapters=ADAPTERS[1:], seed=FOREIGN)
    free = [a for a in host.physical_adapters() if a["status"] == "Up" and not a.get("switch_id")]
    assert free == []  # Ethernet 5 bound, 6 disabled, 7 and 8 unplugged


@pytest.mark.parametrize(
    "adapter, field, words",
    [
        ({"name": "E", "state": "off"}, "adapters[0].state", "not one of up, unplugged, disabled"),
        ({"name": "E", "state": "disabled", "ipv4": "10.0.0.1/24"}, "adapters[0].ipv4", "a disabled adapter"),
        ({"name": "E", "state": "disabled", "dns": ["10.0.0.2"]}, "adapters[0].dns", "no IP configuration"),
    ],
)
def test_fleet_file_adapter_state_errors_name_the_field(adapter, field, words):
    with pytest.raises(FleetError) as e:
        build_fleet({"hosts": [{"name": "hv01", "adapters": [adapter]}]})
    assert f"host 'hv01': {field}" in str(e.value) and words in str(e.value)
