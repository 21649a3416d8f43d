"""The plan (playbooks/plan.yml, check mode) of a subnet change shows the route changes on the other hosts (helper J
deliver 1, after issue 11's routes phases).

fleets/datapath.yml: four Hyper-V hosts whose "Ethernet" NICs carry the overlay's provider addresses 10.60.0.2x and
whose "Ethernet 4" NICs share 10.63.0.0/24 (the l2bridge per_host LAN). A fleet of three is converged for real, then
planned with hv01's subnet changed. Before the fix the routes phase in check mode published the converge's
before-snapshot (hv01's old subnet), so the plan showed no route change on hv02 and hv03. Nothing may change on any
host: the objects are read from hvemu's control API before and after the plan.
"""

from __future__ import annotations

import json

import pytest
from roles_harness import HERE

THREE = ["hv01", "hv02", "hv03"]
N = {h: i for i, h in enumerate(THREE, start=1)}
PA = {h: f"10.60.0.{20 + n}" for h, n in N.items()}
LAN = {h: f"10.63.0.{20 + n}" for h, n in N.items()}
VNIC = "vEthernet (Ethernet 4)"
OV_VARS = {
    "hyperv_network_overlay_adapter": "Ethernet",
    "hyperv_network_overlay_hosts": {h: {"subnet": f"10.244.{n}.0/24"} for h, n in N.items()},
}
L2_VARS = {
    "hyperv_network_l2bridge_adapter": "Ethernet 4",
    "hyperv_network_l2bridge_hosts": {h: {"subnet": f"10.250.{n}.0/24"} for h, n in N.items()},
}
PLAY = """
- hosts: hv01,hv02,hv03
  gather_facts: false
  roles:
    - hyperv.network.{role}
"""


@pytest.fixture
def fleet_and_run(start_fleet):
    return start_fleet(["--fleet", str(HERE / "fleets" / "datapath.yml")])


def host_objects(fleet, host):
    """Everything a plan must not change, as hvemu holds it."""
    state = fleet.state(host)
    return {
        kind: sorted(json.dumps(o, sort_keys=True) for o in state[kind])
        for kind in ("switches", "networks", "endpoints", "routes")
    }


def plan(run, tmp_path, topology, extra_vars):
    plan_file = tmp_path / f"plan-{topology}.json"
    done = run(
        "- ansible.builtin.import_playbook: hyperv.network.plan\n",
        extra_vars={**extra_vars, "topology": topology, "target": ",".join(THREE), "plan_file": str(plan_file)},
    )
    assert done.rc == 0, done.stdout[-6000:]
    return done, {h["name"]: h for h in json.loads(plan_file.read_text())["hosts"]}


def test_a_planned_overlay_subnet_change_shows_the_route_replacement_on_the_other_hosts(fleet_and_run, tmp_path):
    fleet, run = fleet_and_run
    done = run(PLAY.format(role="overlay"), extra_vars=OV_VARS)
    assert done.rc == 0, done.stdout[-6000:]
    before = {h: host_objects(fleet, h) for h in THREE}

    hosts = {h: dict(v) for h, v in OV_VARS["hyperv_network_overlay_hosts"].items()}
    hosts["hv01"] = {"subnet": "10.244.9.0/24"}
    _done, planned = plan(run, tmp_path, "overlay", {**OV_VARS, "hyperv_network_overlay_hosts": hosts})

    assert {h: host_objects(fleet, h) for h in THREE} == before  # the plan changed nothing on any host
    # hv01's network is re-created with the new subnet (a create-only change, planned as a replacement).
    assert planned["hv01"]["totals"]["replace"] == 1, planned["hv01"]["operations"]
    for other in ("hv02", "hv03"):
        ops = planned[other]["operations"]
        removed = [o for o in ops if o.startswith("update network hvnet-overlay: remove remote subnet routes")]
        added = [o for o in ops if o.startswith("update network hvnet-overlay: add remote subnet routes")]
        # The old route to hv01's old subnet goes; the one to its new subnet comes, its DR MAC not invented.
        assert len(removed) == 1 and f"10.244.1.0/24 via {PA['hv01']}" in removed[0], ops
        assert len(added) == 1 and f"10.244.9.0/24 via {PA['hv01']}" in added[0], ops
        assert "DR MAC unknown until hv01's network is created" in added[0], ops
        assert not any("10.244.2.0/24" in o or "10.244.3.0/24" in o for o in ops), ops
        assert planned[other]["totals"]["change"] == 1, planned[other]


def test_a_planned_l2bridge_per_host_subnet_change_shows_the_host_route_replacement(fleet_and_run, tmp_path):
    fleet, run = fleet_and_run
    done = run(PLAY.format(role="l2bridge"), extra_vars=L2_VARS)
    assert done.rc == 0, done.stdout[-6000:]
    before = {h: host_objects(fleet, h) for h in THREE}

    hosts = {h: dict(v) for h, v in L2_VARS["hyperv_network_l2bridge_hosts"].items()}
    hosts["hv01"] = {"subnet": "10.250.9.0/24"}
    _done, planned = plan(run, tmp_path, "l2bridge", {**L2_VARS, "hyperv_network_l2bridge_hosts": hosts})

    assert {h: host_objects(fleet, h) for h in THREE} == before
    assert planned["hv01"]["totals"]["replace"] >= 1, planned["hv01"]["operations"]
    for other in ("hv02", "hv03"):
        ops = planned[other]["operations"]
        assert f"remove host route 10.250.1.0/24 via {LAN['hv01']} on {VNIC}" in ops, ops
        assert f"add host route 10.250.9.0/24 via {LAN['hv01']} on {VNIC}" in ops, ops
        assert not any("10.250.2.0/24" in o or "10.250.3.0/24" in o for o in ops), ops
