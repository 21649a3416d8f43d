"""The plan's totals (issue 14 item 6): operation lines read back into objects and actions, per host and in all.

The operation lines are the planner's own (planner.py PlannedOp.line(), planner_host.py): a delete and a create of
the same object are one replacement, whatever else the host does.
"""

from __future__ import annotations

import pathlib

import pytest
import yaml
from ansible.errors import AnsibleFilterError
from ansible_collections.hyperv.network.plugins.filter.fleet_plan import fleet_plan
from ansible_collections.hyperv.network.plugins.filter.plan_totals import plan_totals
from ansible_collections.hyperv.network.plugins.plugin_utils.fleet_plan import (
    fleet_document,
    host_changes,
    parse_operation,
)

REPLACE_L2BRIDGE = [
    "delete endpoint hvnet-l2bridge_ep (on network hvnet-l2bridge)",
    "delete network hvnet-l2bridge (l2bridge, 10.250.53.0/24) (re-create: subnets) [disruptive]",
    "create network hvnet-l2bridge (l2bridge, 10.250.77.0/24) [disruptive]",
    "create endpoint hvnet-l2bridge_ep on hvnet-l2bridge (10.250.77.2)",
]


def row(host, operations, topology="l2bridge", **extra):
    return {"host": host, "topology": topology, "state": "present", "network": "hvnet-" + topology,
            "operations": operations, **extra}  # fmt: skip


def totals(operations, known=None):
    return host_changes(operations, known)["totals"]


# --- reading one line ------------------------------------------------------------------------------------------


def test_a_line_gives_verb_kind_name_and_the_disruptive_mark():
    op = parse_operation("create network hvnet-l2bridge (l2bridge, 10.250.77.0/24) [disruptive]")
    assert (op["action"], op["kind"], op["name"], op["disruptive"]) == ("add", "networks", "hvnet-l2bridge", True)
    op = parse_operation("update vm adapter ctr01/Network Adapter: mac_address_spoofing off -> on")
    assert (op["action"], op["kind"], op["name"]) == ("change", "vm_adapters", "ctr01/Network Adapter")
    assert parse_operation("release stale ledger id network 1234 (the object is gone)")["action"] is None


def test_a_name_with_spaces_and_brackets_is_taken_from_the_names_the_host_has():
    line = "delete switch vEthernet (Team A): 2 (external) [disruptive]"
    assert parse_operation(line, {"switches": ["vEthernet (Team A): 2"]})["name"] == "vEthernet (Team A): 2"
    # Without the host's names, up to the first separator the planner writes: consistent for delete and create.
    assert parse_operation(line)["name"] == "vEthernet"
    # A known name that is only the start of another is not taken.
    op = parse_operation("create network hvnet-l2bridge (l2bridge)", {"networks": ["hvnet", "hvnet-l2bridge"]})
    assert op["name"] == "hvnet-l2bridge"


def test_forwarding_is_its_interface_whether_turned_on_or_restored():
    on = parse_operation("enable IPv4 forwarding on vEthernet (Ethernet)")
    off = parse_operation("restore IPv4 forwarding on vEthernet (Ethernet) to disabled (turned on by this collection)")
    assert (on["kind"], on["name"], on["action"]) == ("forwarding", "vEthernet (Ethernet)", "change")
    assert (off["kind"], off["name"], off["action"]) == ("forwarding", "vEthernet (Ethernet)", "change")


def test_a_host_route_is_its_destination_on_its_interface_whatever_the_next_hop():
    old = parse_operation("remove host route 10.250.8.0/24 via 10.60.0.22 on vEthernet (Ethernet) (replaced by the "
                          "listed next hop)")  # fmt: skip
    new = parse_operation("add host route 10.250.8.0/24 via 10.60.0.23 on vEthernet (Ethernet)")
    assert old["name"] == new["name"] == "10.250.8.0/24 on vEthernet (Ethernet)"
    assert old["replace_mark"] and old["kind"] == new["kind"] == "host_routes"


# --- one host ---------------------------------------------------------------------------------------------------


def test_a_create_only_change_is_a_replacement_of_the_network_and_of_its_endpoint():
    planned = host_changes(REPLACE_L2BRIDGE)
    assert [(o["kind"], o["name"], o["action"]) for o in planned["objects"]] == [
        ("endpoints", "hvnet-l2bridge_ep", "replace"),
        ("networks", "hvnet-l2bridge", "replace"),
    ]
    assert planned["totals"] == {"add": 0, "change": 0, "replace": 2, "destroy": 0,
                                 "replace_disruptive": 1, "disruptive": 1}  # fmt: skip


def test_adds_changes_and_destroys_are_counted_per_object_not_per_line():
    ops = [
        "create network hvnet-nat (nat, 172.20.0.0/16)",
        "create endpoint web on hvnet-nat (172.20.0.10)",
        "attach endpoint web to the host (compartment 1)",  # part of the endpoint's create
        "update network hvnet-overlay: add remote subnet routes 10.244.2.0/24",
        "update network hvnet-overlay: dns 10.0.0.10",
        "delete endpoint old (on network hvnet-nat)",
        "remove firewall rule hyperv-network-vxlan-old",
        "enable IPv4 forwarding on vEthernet (Ethernet)",
        "release stale ledger id endpoint 0f0f (the object is gone)",
    ]
    planned = host_changes(ops, {"endpoints": ["web", "old"]})
    assert planned["totals"] == {"add": 2, "change": 2, "replace": 0, "destroy": 2,
                                 "replace_disruptive": 0, "disruptive": 0}  # fmt: skip
    assert planned["housekeeping"] == 1


def test_pairing_is_case_insensitive_as_windows_names_are():
    ops = ["delete switch Ext (external) [disruptive]", "create switch EXT (external on Ethernet 2) [disruptive]"]
    assert totals(ops)["replace"] == 1 and totals(ops)["replace_disruptive"] == 1


def test_a_delete_marked_as_half_of_a_replacement_counts_as_one_even_alone():
    assert totals(["delete network n (overlay) (re-create: vsid) [disruptive]"])["replace"] == 1
    assert totals(["delete network n (overlay) [disruptive]"])["destroy"] == 1


def test_a_host_route_replacement_is_one_replace():
    ops = [
        "remove host route 10.250.8.0/24 via 10.60.0.22 on vEthernet (Ethernet) (replaced by the listed next hop)",
        "add host route 10.250.8.0/24 via 10.60.0.23 on vEthernet (Ethernet)",
        "add host route 10.250.9.0/24 via 10.60.0.24 on vEthernet (Ethernet)",
    ]
    assert totals(ops) == {"add": 1, "change": 0, "replace": 1, "destroy": 0, "replace_disruptive": 0,
                           "disruptive": 0}  # fmt: skip


# --- the totals lines --------------------------------------------------------------------------------------------


def test_totals_per_host_sorted_and_in_all_and_the_note_that_the_role_will_not_replace():
    lines = plan_totals([row("hv02", []), row("hv01", REPLACE_L2BRIDGE)])
    assert lines[:3] == [
        "l2bridge plan, hv01: 0 to add, 0 to change, 2 to replace (1 disruptive), 0 to destroy",
        "l2bridge plan, hv02: 0 to add, 0 to change, 0 to replace, 0 to destroy",
        "l2bridge plan, in all (2 hosts, 1 with changes): 0 to add, 0 to change, 2 to replace (1 disruptive), "
        "0 to destroy",
    ]
    assert "hyperv.network.l2bridge refuses to re-create objects" in lines[3] and len(lines) == 4


def test_no_note_without_a_replacement_and_one_block_per_topology():
    nat = row("hv01", ["create network hvnet-nat (nat, 172.20.0.0/16)"], topology="nat")
    overlay = row("hv01", ["delete network hvnet-overlay (overlay) [disruptive]"], topology="overlay")
    lines = plan_totals([nat, overlay])
    assert lines == [
        "nat plan, hv01: 1 to add, 0 to change, 0 to replace, 0 to destroy",
        "nat plan, in all (1 host, 1 with changes): 1 to add, 0 to change, 0 to replace, 0 to destroy",
        "overlay plan, hv01: 0 to add, 0 to change, 0 to replace, 1 to destroy",
        "overlay plan, in all (1 host, 1 with changes): 0 to add, 0 to change, 0 to replace, 1 to destroy",
    ]


def test_plan_totals_refuses_what_is_not_a_list_of_rows():
    with pytest.raises(AnsibleFilterError, match="plan_totals: expects a list of summary rows"):
        plan_totals({"host": "hv01"})
    assert plan_totals([None, "x", {"no": "host"}]) == []


# --- the fleet document (plan_file) -----------------------------------------------------------------------------


def net(name, kind, prefix=None, gateway=None, *, owned=True, adapter=None, **extra):
    subnets = [{"prefix": prefix, "gateway": gateway, "routes": [], "vlan": None, "vsid": None}] if prefix else []
    return {"name": name, "type": kind, "adapter": adapter, "subnets": subnets, "owned": owned, **extra}


def l2bridge_hostvars(check_mode=True):
    gathered = {
        "switches": [
            {"name": "backup-ext", "switch_type": "external", "net_adapter_names": ["Ethernet 5"], "owned": False},
            {"name": "hvnet-l2bridge", "switch_type": "external", "net_adapter_names": ["Ethernet 2"], "owned": False},
        ],
        "networks": [net("hvnet-l2bridge", "l2bridge", "10.250.53.0/24", "10.250.53.1", adapter="Ethernet 2")],
        "endpoints": [
            {"name": "hvnet-l2bridge_ep", "network": "hvnet-l2bridge", "ip_address": "10.250.53.2", "owned": True}
        ],
    }
    after = {"networks": [net("hvnet-l2bridge", "l2bridge", "10.250.77.0/24", "10.250.77.1", adapter="Ethernet 2")]}
    plan = {"check_mode": check_mode}
    return {
        "hv01": {
            "hyperv_network_l2bridge_summary": row("hv01", REPLACE_L2BRIDGE, subnet="10.250.77.0/24"),
            "hyperv_network_l2bridge_result": {
                **plan,
                "phases": {
                    "gathered": {"gathered": gathered},
                    "converge": {"before": {"networks": gathered["networks"]}, "after": after},
                    "teardown": {"skipped": True},
                },
            },
        },
        "hv02": {
            "hyperv_network_l2bridge_summary": row("hv02", []),
            "hyperv_network_l2bridge_result": {
                **plan,
                "phases": {"gathered": {"gathered": {"networks": [net("hvnet-l2bridge", "l2bridge")]}}},
            },
        },
        "hv03": {},  # failed or unreachable: no summary
    }


def test_the_document_marks_each_object_with_what_the_plan_does_and_keeps_foreign_ones():
    doc = fleet_plan(l2bridge_hostvars(), ["hv02", "hv01", "hv03"])
    assert (doc["topology"], doc["mode"], doc["network"]) == ("l2bridge", "plan", "hvnet-l2bridge")
    hv01, hv02, hv03 = doc["hosts"]
    assert [h["name"] for h in doc["hosts"]] == ["hv01", "hv02", "hv03"]
    assert (hv01["status"], hv02["status"], hv03["status"]) == ("changed", "unchanged", "unknown")
    network = hv01["networks"][0]
    assert (network["status"], network["disruptive"], network["subnets"]) == (
        "replaced", True, [{"prefix": "10.250.77.0/24", "gateway": "10.250.77.1"}]  # the planned subnet
    )  # fmt: skip
    assert hv01["endpoints"][0]["status"] == "replaced"
    assert hv01["switches"] == [
        {"name": "backup-ext", "status": "unchanged", "disruptive": False, "owned": False, "type": "external",
         "adapters": ["Ethernet 5"], "hns_for": None},
        # The External switch HNS made for our L2Bridge network: untagged, so not owned, but ours under another face.
        {"name": "hvnet-l2bridge", "status": "unchanged", "disruptive": False, "owned": False, "type": "external",
         "adapters": ["Ethernet 2"], "hns_for": "hvnet-l2bridge"},
    ]  # fmt: skip
    assert doc["totals"]["replace"] == 2 and doc["totals"]["hosts_with_changes"] == 1 and doc["tunnels"] == []
    assert doc["lines"][0].startswith("l2bridge plan, hv01: 0 to add, 0 to change, 2 to replace (1 disruptive)")


def test_the_document_of_a_real_run_says_converge_and_the_topology_is_found_by_its_summary():
    doc = fleet_plan(l2bridge_hostvars(check_mode=False), ["hv01"])
    assert (doc["topology"], doc["mode"]) == ("l2bridge", "converge")
    assert doc["lines"][0].startswith("l2bridge converge, hv01:") and len(doc["lines"]) == 2  # no plan-only note


def test_overlay_tunnels_join_every_pair_of_members_with_the_status_of_their_ends():
    def overlay_host(name, pa, subnet, ops):
        summary = row(name, ops, topology="overlay", provider_address=pa, subnet=subnet)
        return {
            "hyperv_network_overlay_summary": summary,
            "hyperv_network_overlay_result": {
                "phases": {"gathered": {"gathered": {"networks": [net("hvnet-overlay", "overlay", subnet)]}}}
            },
        }

    hostvars = {
        "hv01": overlay_host("hv01", "10.40.0.11", "10.244.1.0/24",
                             ["update network hvnet-overlay: add remote subnet routes 10.244.3.0/24"]),
        "hv02": overlay_host("hv02", "10.40.0.12", "10.244.2.0/24", []),
        "hv03": overlay_host("hv03", "10.40.0.13", "10.244.3.0/24",
                             ["create network hvnet-overlay (overlay, 10.244.3.0/24) [disruptive]"]),
    }  # fmt: skip
    doc = fleet_document(hostvars, ["hv01", "hv02", "hv03"])
    assert [(t["a"], t["b"], t["a_address"], t["b_address"], t["status"]) for t in doc["tunnels"]] == [
        ("hv01", "hv02", "10.40.0.11", "10.40.0.12", "unchanged"),
        ("hv01", "hv03", "10.40.0.11", "10.40.0.13", "created"),
        ("hv02", "hv03", "10.40.0.12", "10.40.0.13", "created"),
    ]
    hostvars["hv03"]["hyperv_network_overlay_summary"]["operations"] = []
    doc = fleet_document(hostvars, ["hv01", "hv02", "hv03"])
    assert [t["status"] for t in doc["tunnels"]] == ["unchanged", "changed", "unchanged"]  # hv01's route to hv03


def test_no_summary_on_any_host_is_an_error_saying_what_to_run():
    with pytest.raises(AnsibleFilterError, match=r"fleet_plan: no topology summary found on the hosts \(hv01\)"):
        fleet_plan({"hv01": {}}, ["hv01"])
    with pytest.raises(AnsibleFilterError, match="fleet_plan: hosts must be a list"):
        fleet_plan({}, "hv01")


def test_a_replaced_overlay_network_shows_the_planned_subnet_not_the_routes_phase_copy_of_the_old_one():
    # In check mode the routes phase starts from the converge's before-snapshot: its results still list the old subnet.
    old = net("hvnet-overlay", "overlay", "10.244.53.0/24", "10.244.53.1")
    new = net("hvnet-overlay", "overlay", "10.244.77.0/24", "10.244.77.1")
    ops = ["delete network hvnet-overlay (overlay, 10.244.53.0/24) (re-create: subnets) [disruptive]",
           "create network hvnet-overlay (overlay, 10.244.77.0/24) [disruptive]"]  # fmt: skip
    hostvars = {
        "hv01": {
            "hyperv_network_overlay_summary": row("hv01", ops, topology="overlay"),
            "hyperv_network_overlay_result": {
                "phases": {
                    "gathered": {"gathered": {"networks": [old]}},
                    "converge": {"before": {"networks": [old]}, "after": {"networks": [new]}},
                    "routes": {"before": {"networks": [old]}, "after": {"networks": [old]}},
                }
            },
        }
    }
    network = fleet_document(hostvars, ["hv01"])["hosts"][0]["networks"][0]
    assert (network["status"], network["subnets"][0]["prefix"]) == ("replaced", "10.244.77.0/24")


def test_the_plan_plans_replacements_only_in_check_mode():
    """plan.yml sets recreate: true for the roles' topology_apply (module_defaults) so that a create-only change is
    planned as a replacement; that is harmless only while the play is in check mode and no role task leaves check
    mode."""
    repo = pathlib.Path(__file__).resolve().parents[4]
    (play,) = yaml.safe_load((repo / "playbooks" / "plan.yml").read_text())
    assert play["check_mode"] is True
    assert play["module_defaults"] == {"hyperv.network.topology_apply": {"recreate": True}}
    leaving = [
        f"{path.relative_to(repo)}: {task.get('name')}"
        for path in sorted((repo / "roles").glob("*/tasks/*.yml"))
        for task in yaml.safe_load(path.read_text()) or []
        for inner in [task, *task.get("block", []), *task.get("rescue", []), *task.get("always", [])]
        if inner.get("check_mode") not in (None, True)
    ]
    assert leaving == []
    assert [t["name"] for t in play["tasks"]][-1] == "Print the totals"


def test_each_parent_of_container_vms_is_an_entry_of_its_own_with_its_vm_nic_changes():
    """Helper J deliver 2: one summary row per parent (two parents, one VM each), not the last parent's only."""

    def parent(host, vm):
        return {"host": host, "topology": "transparent", "state": "present", "network": "t", "role": "parent",
                "parent_of": [vm], "changed": True, "bridge_calls": 2,
                "operations": [f"update vm adapter {vm}/Network Adapter: mac_address_spoofing off -> on"]}  # fmt: skip

    parents = {"hv01": parent("hv01", "ctr01"), "hv02": parent("hv02", "ctr03")}
    hostvars = {
        vm: {
            "hyperv_network_transparent_summary": row(vm, [], topology="transparent"),
            "hyperv_network_transparent_parent_summaries": parents,
        }
        for vm in ("ctr01", "ctr03")
    }
    doc = fleet_document(hostvars, ["ctr01", "ctr03"])
    hosts = {h["name"]: h for h in doc["hosts"]}
    assert sorted(hosts) == ["ctr01", "ctr03", "hv01", "hv02"]
    for host, vm in (("hv01", "ctr01"), ("hv02", "ctr03")):
        assert hosts[host]["status"] == "changed"
        assert [(o["kind"], o["name"], o["action"]) for o in hosts[host]["other"]] == [
            ("vm_adapters", f"{vm}/Network Adapter", "change")
        ]
    assert doc["totals"]["change"] == 2 and doc["totals"]["hosts_with_changes"] == 2
    assert "transparent converge, hv02: 0 to add, 1 to change, 0 to replace, 0 to destroy" in doc["lines"]


def test_the_role_result_fact_keeps_each_phase_without_the_snapshot_and_skips_what_did_not_run():
    """Helper J deliver 3: the documented per-host fact hyperv_network_<role>_result (filter topology_result)."""
    from ansible_collections.hyperv.network.plugins.filter.topology_result import topology_result

    converge = {"changed": True, "operations": ["create network n (nat, 10.0.0.0/24)"], "before": {"networks": []},
                "after": {"networks": [{"name": "n"}]}, "snapshot": {"big": True}, "bridge_calls": 2}  # fmt: skip
    fact = topology_result(
        {"gathered": {"gathered": {"networks": []}, "changed": False}, "converge": converge,
         "teardown": {"skipped": True}, "routes": {}},
        check_mode=True,
    )  # fmt: skip
    assert fact["check_mode"] is True and fact["changed"] is True
    assert fact["operations"] == ["create network n (nat, 10.0.0.0/24)"]
    assert sorted(fact["phases"]) == ["converge", "gathered"]
    assert "snapshot" not in fact["phases"]["converge"] and fact["phases"]["converge"]["bridge_calls"] == 2
    with pytest.raises(AnsibleFilterError, match="topology_result: expects a dict"):
        topology_result([converge])
