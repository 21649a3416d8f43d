"""Windows review 4 findings 4 and 7 in the topologies (docs/reviews/windows-review-4.md).

Finding 4: the parent task names a container VM's NIC by its Id, found by the MAC of the guest adapter the network
uses, so a VM whose NICs share the default name "Network Adapter" can be used. Finding 7: the post-check
(topology_verify) flags a default route that came back on the vNIC holding the gateway endpoint's address.
Each test fails on the code before the fix.
"""

from ansible_collections.hyperv.network.plugins.filter.topology_parent_adapters import topology_parent_adapters
from ansible_collections.hyperv.network.plugins.filter.topology_verify import topology_verify
from ansible_collections.hyperv.network.plugins.plugin_utils import topology as t
from ansible_collections.hyperv.network.plugins.plugin_utils import topology_prepare as tp
from ansible_collections.hyperv.network.plugins.plugin_utils import topology_spoofing as ts
from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils.topology.fake_hosts import (
    add_adapter,
    fresh_host,
    gathered,
)

TRANSPARENT = {"kind": "transparent", "network_name": "tn", "switch_name": "ts", "adapter": "Ethernet0"}
NIC_A, NIC_B = "Microsoft:AAAA-VM1\\1111", "Microsoft:AAAA-VM1\\2222"


def _parent_facts():
    """hv01 with two NICs of vm1 named "Network Adapter" (Get-VMNetworkAdapter writes MACs without dashes)."""
    snap = fresh_host("HV01")
    snap["vm_adapters"] = [
        {
            "VMName": "vm1",
            "Name": "Network Adapter",
            "Id": NIC_A,
            "MacAddress": "00155D0A0001",
            "MacAddressSpoofing": 2,
        },
        {
            "VMName": "vm1",
            "Name": "Network Adapter",
            "Id": NIC_B,
            "MacAddress": "00155D0A0002",
            "MacAddressSpoofing": 2,
        },
        {"VMName": "other", "Name": "Network Adapter", "Id": "Microsoft:B\\3", "MacAddress": "00155D0A0002"},
    ]
    return gathered(snap)


def _vm_facts(mac="00-15-5D-0A-00-02"):
    """vm1's own snapshot: its Ethernet0 (the adapter the network uses) has the MAC of the parent's second NIC."""
    snap = fresh_host("VM1", vm=True)
    snap["adapters"][0]["MacAddress"] = mac
    return gathered(snap)


def _topo():
    return tp.prepare(TRANSPARENT, ["vm1"], hostvars={"vm1": {"hyperv_network_parent": "hv01"}})


def test_finding_4_the_parent_task_names_the_nic_by_the_id_its_guest_mac_finds():
    topo = _topo()
    hostvars = {"vm1": {"__hyperv_network_transparent_gathered": _vm_facts()}}
    groups = topology_parent_adapters(topo, True, ["vm1"], hostvars=hostvars, parent_facts={"hv01": _parent_facts()})
    assert groups == [
        {
            "parent": "hv01",
            "vm_adapters": [{"vm": "vm1", "name": "Network Adapter", "id": NIC_B, "mac_address_spoofing": True}],
        }
    ]
    t.validate_host_config({"vm_adapters": groups[0]["vm_adapters"]})


def test_finding_4_falls_back_to_the_name_without_a_mac_match():
    topo = _topo()
    name_only = [
        {"parent": "hv01", "vm_adapters": [{"vm": "vm1", "name": "Network Adapter", "mac_address_spoofing": True}]}
    ]
    for vm_facts in (_vm_facts("00-15-5D-0A-00-99"), None):
        hostvars = {"vm1": {"__hyperv_network_transparent_gathered": vm_facts}}
        got = topology_parent_adapters(topo, True, ["vm1"], hostvars=hostvars, parent_facts={"hv01": _parent_facts()})
        assert got == name_only
    # without the parent's read (teardown path, older playbooks) nothing changes
    assert topology_parent_adapters(topo, True, ["vm1"]) == name_only


def test_finding_4_the_before_state_stays_keyed_by_id_and_the_teardown_turns_that_nic_off():
    topo = _topo()
    # host_network's before holds only the NIC the task touched (by Id)
    result = {
        "before": {
            "vm_adapters": [{"vm": "vm1", "name": "Network Adapter", "id": NIC_B, "mac_address_spoofing": False}]
        }
    }
    record = ts.spoofing_before(topo, "hv01", result, {"vm1"})
    assert record == {NIC_B: {"id": NIC_B, "vm": "vm1", "name": "Network Adapter", "mac_address_spoofing": False}}
    off = ts.parent_vm_adapters(topo, False, before={"hv01": record})
    assert off == [
        {
            "parent": "hv01",
            "vm_adapters": [{"vm": "vm1", "name": "Network Adapter", "id": NIC_B, "mac_address_spoofing": False}],
        }
    ]


def test_finding_4_a_nic_found_by_mac_under_another_name_is_recorded_and_restored():
    # hyperv_network_vm_adapter left at its default, but the NIC the network uses is named "LAN" on the parent
    topo = _topo()
    parent = _parent_facts()
    parent["snapshot"]["vm_adapters"][1]["Name"] = "LAN"
    hostvars = {"vm1": {"__hyperv_network_transparent_gathered": _vm_facts()}}
    groups = topology_parent_adapters(topo, True, ["vm1"], hostvars=hostvars, parent_facts={"hv01": parent})
    assert groups[0]["vm_adapters"] == [{"vm": "vm1", "name": "LAN", "id": NIC_B, "mac_address_spoofing": True}]
    result = {"before": {"vm_adapters": [{"vm": "vm1", "name": "LAN", "id": NIC_B, "mac_address_spoofing": False}]}}
    record = ts.spoofing_before(topo, "hv01", result, {"vm1"})
    assert list(record) == [NIC_B]
    off = ts.parent_vm_adapters(topo, False, before={"hv01": record})
    assert off[0]["vm_adapters"] == [{"vm": "vm1", "name": "LAN", "id": NIC_B, "mac_address_spoofing": False}]


def test_finding_7_the_post_check_flags_a_default_route_back_on_the_gateway_endpoint_vnic():
    snap = fresh_host("HV01")
    add_adapter(snap, "vEthernet (cbr0_ep)", "10.250.1.2")
    config = {"endpoints": [{"name": "cbr0_ep", "network": "cbr0", "ip_address": "10.250.1.2", "host_attach": True}]}

    def route_diffs():
        return [d for d in topology_verify(gathered(snap), config) if "default route" in d]

    assert route_diffs() == []
    snap["adapters"][1]["ip"]["Gateways"] = ["10.250.1.1", "fe80::1"]
    diffs = route_diffs()
    assert len(diffs) == 1
    assert "'cbr0_ep'" in diffs[0] and "'vEthernet (cbr0_ep)'" in diffs[0] and "0.0.0.0/0 via 10.250.1.1" in diffs[0]
    assert "fe80::1" not in diffs[0]
    # the host's own gateway on its LAN adapter is not flagged
    assert snap["adapters"][0]["ip"]["Gateways"] == ["10.0.0.1"]
    # the teardown check does not look for it
    assert [d for d in topology_verify(gathered(snap), config, absent=True) if "default route" in d] == []


def test_finding_4_the_teardown_without_a_record_also_names_the_nic_by_the_mac_found_id():
    # a later run without a fact cache has no before-state record: the NIC is still named by its Id, not its
    # shared name (which the bridge refuses as ambiguous)
    topo = _topo()
    hostvars = {"vm1": {"__hyperv_network_transparent_gathered": _vm_facts()}, "hv01": {}}
    off = topology_parent_adapters(topo, False, ["vm1"], hostvars=hostvars, parent_facts={"hv01": _parent_facts()})
    assert off[0]["vm_adapters"] == [
        {"vm": "vm1", "name": "Network Adapter", "id": NIC_B, "mac_address_spoofing": False}
    ]
