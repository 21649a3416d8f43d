"""Issue 12 item 4: a transparent/l2bridge teardown on a host without the Hyper-V module names no switch.

A teardown skips the fact preflight, so the host is known to lack the module only from its gathered snapshot:
the role passes it to the filter. e06e9aa's teardown asked such a host to delete a switch and failed there.
"""

import pytest
from ansible_collections.hyperv.network.plugins.filter.topology_host_config import topology_host_config
from ansible_collections.hyperv.network.plugins.plugin_utils import topology_prepare as tp
from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils.topology.fake_hosts import fleet


@pytest.mark.parametrize(
    "topology",
    [
        {"kind": "transparent", "network_name": "tn", "switch_name": "ts", "adapter": "Ethernet0", "state": "absent"},
        {
            "kind": "l2bridge",
            "network_name": "ln",
            "switch_name": "ls",
            "prefix": "10.250.0.0/16",
            "adapter": "Ethernet0",
            "state": "absent",
        },
    ],
)
def test_teardown_names_the_switch_only_where_the_hyperv_module_exists(topology):
    topo = tp.prepare(topology, ["hv01"])
    without = topology_host_config(topo, "hv01", mode="teardown", facts=fleet(1, hyperv=False)["hv01"])
    assert "switches" not in without
    assert without["networks"] == [{"name": topology["network_name"]}]
    with_module = topology_host_config(topo, "hv01", mode="teardown", facts=fleet(1, hyperv=True)["hv01"])
    assert with_module["switches"] == [{"name": topology["switch_name"]}]


def test_the_teardown_leaves_on_the_spoofing_that_was_on_before_the_role():
    from ansible_collections.hyperv.network.plugins.filter.topology_parent_adapters import topology_parent_adapters
    from ansible_collections.hyperv.network.plugins.filter.topology_spoofing_before import topology_spoofing_before

    topology = {"kind": "transparent", "network_name": "tn", "switch_name": "ts", "adapter": "Ethernet0"}
    hostvars = {"vm1": {"hyperv_network_parent": "hv01"}, "vm2": {"hyperv_network_parent": "hv01"}}
    topo = tp.prepare(topology, ["vm1", "vm2"], hostvars=hostvars)
    gathered = fleet(1, hyperv=False)["hv01"]  # a fresh VM: the role's network does not exist yet
    hostvars = {
        "vm1": {"__hyperv_network_transparent_gathered": gathered},
        "vm2": {"__hyperv_network_transparent_gathered": gathered},
    }
    result = {
        "before": {
            "vm_adapters": [
                {"vm": "VM1", "name": "Network Adapter", "mac_address_spoofing": True},
                {"vm": "vm2", "name": "Network Adapter", "mac_address_spoofing": False},
            ]
        }
    }
    record = topology_spoofing_before(result, topo, "hv01", hostvars)
    assert record == {"VM1/NETWORK ADAPTER": True, "VM2/NETWORK ADAPTER": False}
    # A rerun (the network exists now) records nothing new, and an earlier record wins.
    assert topology_spoofing_before({"before": {"vm_adapters": []}}, topo, "hv01", hostvars, record) == record
    off = topology_parent_adapters(
        topo, False, hostvars={"hv01": {"hyperv_network_transparent_spoofing_before": record}}
    )
    assert off == [
        {"parent": "hv01", "vm_adapters": [{"vm": "vm2", "name": "Network Adapter", "mac_address_spoofing": False}]}
    ]
    # Without a record (no fact cache across runs) every NIC is turned off, as before.
    assert len(topology_parent_adapters(topo, False, hostvars={})[0]["vm_adapters"]) == 2
