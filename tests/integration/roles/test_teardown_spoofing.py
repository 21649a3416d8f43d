"""Issue 11 item 6 / issue 12 item 4: the teardown restores MAC spoofing on the parents to what it was before the role.

ctr01's NIC on hv01 has spoofing on before the role (set by hand); ctr02 and ctr03 have it off. After a transparent
converge and teardown in one run (the before-state is a fact of the parent, kept across runs with a fact cache),
hvemu's control API shows ctr01 on and the others off again. e06e9aa turned every NIC off.
"""

from __future__ import annotations

import yaml


def _spoofing(fleet, parent):
    return {n["VMName"]: n["MacAddressSpoofing"] for n in fleet.state(parent)["vm_adapters"]}


def test_teardown_restores_mac_spoofing_to_the_before_state(fleet, run):
    role_vars = {"hyperv_network_transparent_adapter": "Ethernet 2"}
    plays = [
        {
            "hosts": "hv01",
            "gather_facts": False,
            "tasks": [
                {
                    "hyperv.network.vm_adapter": {
                        "vm": "ctr01",
                        "name": "Network Adapter",
                        "mac_address_spoofing": True,
                    }
                }
            ],
        },
        *(
            {
                "name": f"transparent {state}",
                "hosts": "container_vms",
                "gather_facts": False,
                "vars": {**role_vars, "hyperv_network_transparent_state": state},
                "tasks": [{"ansible.builtin.include_role": {"name": "hyperv.network.transparent"}}],
            }
            for state in ("present", "absent")
        ),
    ]
    before = {"hv01": _spoofing(fleet, "hv01"), "hv02": _spoofing(fleet, "hv02")}
    result = run(yaml.safe_dump(plays, sort_keys=False))
    assert result.rc == 0, result.stdout[-6000:]
    assert before["hv01"]["ctr01"] == 2  # off in the fleet file; the first play turned it on
    assert _spoofing(fleet, "hv01") == {"ctr01": 1, "ctr02": 2}
    assert _spoofing(fleet, "hv02") == {"ctr03": 2}
