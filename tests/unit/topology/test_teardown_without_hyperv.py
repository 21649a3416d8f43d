"""Issue 12 item 4: a transparent/l2bridge teardown on a host without the Hyper-V module names no switch.

A teardown skips the fact preflight, so the host is known to lack the module only from its gathered snapshot:
the role passes it to the filter. e06e9aa's teardown asked such a host to delete a switch and failed there.
"""

import pytest
from ansible_collections.hyperv.network.plugins.filter.topology_host_config import topology_host_config
from ansible_collections.hyperv.network.plugins.plugin_utils import topology as t
from fake_hosts import fleet


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
    topo = t.prepare(topology, ["hv01"])
    without = topology_host_config(topo, "hv01", mode="teardown", facts=fleet(1, hyperv=False)["hv01"])
    assert "switches" not in without
    assert without["networks"] == [{"name": topology["network_name"]}]
    with_module = topology_host_config(topo, "hv01", mode="teardown", facts=fleet(1, hyperv=True)["hv01"])
    assert with_module["switches"] == [{"name": topology["switch_name"]}]
