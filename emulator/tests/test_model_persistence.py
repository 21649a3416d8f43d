"""Reboots (what Windows keeps and drops) and the state directory round trip."""

import json
import time

from hvemu.fleet import build_fleet
from hvemu.model.testkit import (
    ADAPTERS,
    adapter_doc,
    adapters_by_name,
    ep_create,
    gid,
    make_host,
    nat_doc,
    net_create,
    ok,
    overlay_doc,
    snap,
    switch_create,
)

ALL = [
    "host",
    "hns_version",
    "adapters",
    "switches",
    "netnat",
    "networks",
    "endpoints",
    "namespaces",
    "vm_adapters",
    "ledger",
]


def _populate(host):
    nat, ov, tr, e_nat, e_ov, e_tr, ns = (gid() for _ in range(7))
    ok(
        host,
        switch_create("user", "Internal", notes="[hyperv.network]"),
        net_create(nat, nat_doc()),
        net_create(ov, overlay_doc()),
        net_create(
            tr,
            {
                **adapter_doc("Transparent", "volatile", adapter="Ethernet 3", prefix="10.1.2.0/24", gw="10.1.2.1"),
                "Flags": 8,
            },
        ),
        ep_create(e_nat, nat, {"Name": "nat-ep"}),
        ep_create(e_ov, ov, {"Name": "ov-ep"}),
        ep_create(e_tr, tr, {"Name": "tr-ep"}),
        {
            "op": "hcn_namespace_create",
            "args": {
                "id": ns,
                "settings": json.dumps(
                    {
                        "Type": "Host",
                        "Resources": [
                            {"Type": "Endpoint", "Data": {"Id": e_nat}},
                            {"Type": "Endpoint", "Data": {"Id": e_ov}},
                        ],
                    }
                ),
            },
            "pre": [],
        },
    )
    return {"nat": nat, "ov": ov, "tr": tr, "e_nat": e_nat, "e_ov": e_ov, "e_tr": e_tr, "ns": ns}


def test_reboot_drops_nat_and_non_persistent_networks_and_keeps_the_rest():
    host = make_host(overlay_facts_delay_s=0.2)
    time.sleep(0.01)
    ids = _populate(host)
    time.sleep(0.21)
    ledger_before = snap(host, "ledger")["ledger"]
    assert host.reboot() == {"boot_count": 1, "networks": ["natnet", "volatile"], "endpoints": ["nat-ep", "tr-ep"]}
    state = snap(host, *ALL)
    assert {n["Name"] for n in state["networks"]} == {"overlay"}
    assert [e["Name"] for e in state["endpoints"]] == ["ov-ep"]
    assert state["netnat"] == []
    assert {s["Name"] for s in state["switches"]} == {"user", "overlay"}  # NAT's and volatile's switches went with them
    assert state["namespaces"][0]["Resources"] == [{"Type": "Endpoint", "Data": {"Id": ids["e_ov"].upper()}}]
    assert state["ledger"] == ledger_before  # stale IDs stay for the collection to release
    assert host.data["boot_count"] == 1
    adapters = adapters_by_name(host)
    assert "vEthernet (natnet)" not in adapters and adapters["Ethernet 3"]["ip"]["IPv4"][0]["IPAddress"] == "10.1.2.21"
    overlay = next(n for n in state["networks"] if n["Name"] == "overlay")
    assert not [p for p in overlay["Policies"] if p["Type"] == "DrMacAddress"]  # facts come back after the delay
    time.sleep(0.21)
    overlay = next(n for n in snap(host, "networks")["networks"] if n["Name"] == "overlay")
    assert [p for p in overlay["Policies"] if p["Type"] == "DrMacAddress"] and "ManagementIP" not in overlay


def test_state_dir_round_trip(tmp_path):
    spec = {
        "name": "hv01",
        "windows": "ws2025",
        "overlay_facts_delay_s": 0,
        "adapters": ADAPTERS,
        "vms": [{"name": "vm1", "nics": [{"name": "nic"}]}],
    }
    fleet = build_fleet({"hosts": [spec]})
    fleet.attach_state_dir(tmp_path)
    host = fleet.hosts["hv01"]
    _populate(host)
    ok(
        host,
        {
            "op": "vm_adapter_set",
            "args": {"vm_name": "vm1", "name": "nic", "switch_name": "user", "mac_address_spoofing": True},
            "pre": [],
        },
    )
    before = snap(host, *ALL)
    assert (tmp_path / "hv01.json").exists()
    again = build_fleet({"hosts": [spec]})
    again.attach_state_dir(tmp_path)
    after = snap(again.hosts["hv01"], *ALL)
    assert after == before
    # a reboot is persisted too
    again.hosts["hv01"].reboot()
    third = build_fleet({"hosts": [spec]})
    third.attach_state_dir(tmp_path)
    assert {n["Name"] for n in snap(third.hosts["hv01"], "networks")["networks"]} == {"overlay"}


def test_state_includes_parsed_documents_and_everything_for_the_control_api():
    host = make_host()
    _populate(host)
    state = host.state()
    assert {
        "adapters",
        "switches",
        "netnat",
        "networks",
        "endpoints",
        "namespaces",
        "vm_adapters",
        "ledger",
        "hns_version",
    } <= set(state)
    assert isinstance(state["networks"][0], dict) and state["hns_version"] == {"Major": 13, "Minor": 3}
    json.dumps(state)
    host.faults.element_not_found_after_create = 1
    ok(host, net_create(gid(), {"Name": "p", "Type": "Private"}))
    assert "p" in {n["Name"] for n in host.state()["networks"]}  # the control API is not fooled by read faults
