"""Windows review 6 (docs/reviews/windows-review-6.md), the overlay role end to end against hvemu:

- finding 1: the HostRoute the converge job left to the routes phase is still sent when the routes phase fails, at one
  of its own operations (HNS refuses the RemoteSubnetRoute Modify) or before any bridge call (the host published no
  DR MAC); the routes task still fails with its own message and says whether the HostRoute was sent or is owed;
- finding 3: a second play entering the role with ``tasks_from: routes`` reads the host instead of standing on the
  first play's converge snapshot (which lacks the routes that play's routes phase added);
- hvemu H2: the route Modify accepted and the HostRoute Modify refused in the same routes apply (a warning).

hvemu's hns_error_on_network_policy fault refuses a Modify carrying a policy of one Type: test injection, not a claim
about which policy Windows refuses. Host state is hvemu's (control API), not the collection's output.
"""

from __future__ import annotations

import pathlib

import pytest
from roles_harness import stats_of, view

FLEETS = pathlib.Path(__file__).resolve().parents[1] / "fleets"
HOSTS = ["s19a", "s19b"]  # winrm, psrp
PLAY = "- ansible.builtin.import_playbook: hyperv.network.overlay\n"
VARS = {"target": ",".join(HOSTS), "hyperv_network_overlay_adapter": "Ethernet"}
CONVERGE_TASK = "Converge (or tear down) this host's share"
ROUTES_READ_TASK = "Read each host for the routes phase"
ROUTES_TASK = "Program this host's remote subnet routes"
BAD_DR_MAC = "0x803B000D"
REFUSED = "0x803B000E"


@pytest.fixture
def ws2019(start_fleet):
    return start_fleet(["--fleet", str(FLEETS / "ws2019_overlay.yml")])


def policy_types(fleet, host, network="hvnet-overlay"):
    net = next(n for n in fleet.state(host)["networks"] if n["Name"] == network)
    return [p["Type"] for p in net.get("Policies") or []]


def task_results(result, host, task):
    """This host's results of a task, in order, each with the record's status as ``_status``."""
    return [
        dict(r["result"], _status=r.get("status")) for r in result.records if r["host"] == host and task in r["task"]
    ]


def task_result(result, host, task):
    return task_results(result, host, task)[-1]


def test_a_refused_route_modify_fails_the_routes_task_and_the_host_route_is_still_sent(ws2019):
    fleet, run = ws2019
    fleet.set_faults("s19b", {"hns_error_on_network_policy": {"RemoteSubnetRoute": BAD_DR_MAC}})
    result = run(PLAY, extra_vars=VARS)
    assert result.rc != 0 and task_results(result, "s19b", ROUTES_TASK), result.stdout[-3000:] + result.stderr[-2000:]
    # s19b: the routes task fails with the route Modify's own message; the HostRoute is on the network anyway.
    routes = task_result(result, "s19b", ROUTES_TASK)
    assert (
        routes["_status"] == "failed"
        and BAD_DR_MAC in routes["msg"]
        and "update network hvnet-overlay" in routes["msg"]
    )
    assert "HostRoute" in policy_types(fleet, "s19b"), policy_types(fleet, "s19b")
    assert "RemoteSubnetRoute" not in policy_types(fleet, "s19b")
    assert any("HostRoute" in line for line in routes["best_effort_sent"]), routes
    assert any("HostRoute" in w and "accepted" in w for w in routes.get("warnings") or []), routes.get("warnings")
    # s19a is not touched by the fault: its routes and HostRoute as usual.
    assert {"RemoteSubnetRoute", "HostRoute"} <= set(policy_types(fleet, "s19a"))
    assert task_result(result, "s19a", ROUTES_TASK)["_status"] != "failed"


def test_a_routes_task_failing_before_any_call_still_sends_the_host_route(start_fleet):
    fleet, run = start_fleet(["--fleet", str(FLEETS / "ws2019_overlay_slow_facts.yml")])
    result = run(PLAY, extra_vars=dict(VARS, hyperv_network_overlay_wait_for_overlay=0))
    assert result.rc != 0, result.stdout[-3000:]
    for host in HOSTS:
        converge = task_result(result, host, CONVERGE_TASK)
        assert any("HostRoute" in line for line in converge["best_effort_deferred"]), converge
        routes = task_result(result, host, ROUTES_TASK)
        assert routes["_status"] == "failed" and "has not published its overlay facts" in routes["msg"], routes.get(
            "msg"
        )
        assert "HostRoute" in policy_types(fleet, host), (host, policy_types(fleet, host))
        assert any("HostRoute" in line for line in routes["best_effort_sent"]), routes


def test_the_host_route_refused_alone_keeps_the_routes_of_the_same_apply(ws2019):
    """hvemu H2: from empty, s19b's routes apply carries the route Modify, the firewall rule and the HostRoute Modify;
    HNS refuses only the HostRoute: a warning, the routes and the rule stay, the run does not fail."""
    fleet, run = ws2019
    fleet.set_faults("s19b", {"hns_error_on_network_policy": {"HostRoute": REFUSED}})
    result = run(PLAY, extra_vars=VARS)
    assert result.rc == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "HostRoute" not in policy_types(fleet, "s19b") and "HostRoute" in policy_types(fleet, "s19a")
    assert [pa for _dst, pa in view(fleet, "s19b")["networks"]["hvnet-overlay"]["routes"]] == ["10.42.0.11"]
    assert any(r["Name"] == "hyperv-network-vxlan-hvnet-overlay" for r in fleet.state("s19b")["firewall_rules"])
    routes = task_result(result, "s19b", ROUTES_TASK)
    warned = [w for w in routes.get("warnings") or [] if "HostRoute" in w]
    assert warned and REFUSED in warned[0] and "host_route: false" in warned[0], routes.get("warnings")


SECOND_PLAY = """\
- name: The routes phase again, entered with tasks_from
  hosts: "{{ target }}"
  gather_facts: false
  tasks:
    - name: Routes only
      ansible.builtin.include_role:
        name: hyperv.network.overlay
        tasks_from: routes
"""


def test_a_later_play_entering_the_routes_phase_reads_instead_of_standing_on_the_first_plays_converge(ws2019):
    fleet, run = ws2019
    before = stats_of(fleet, HOSTS)
    result = run(PLAY + SECOND_PLAY, extra_vars=VARS)
    assert result.rc == 0, result.stdout[-4000:] + result.stderr[-2000:]
    after = stats_of(fleet, HOSTS)
    for host in HOSTS:
        first_read, second_read = task_results(result, host, ROUTES_READ_TASK)
        assert first_read.get("reused"), first_read  # the first play: its own converge, no bridge call
        assert not second_read.get("reused") and second_read["bridge_calls"] == 1, second_read
        # Play 2's read finds the routes as play 1 left them and settles them (issue 13): no routes apply runs there.
        assert second_read.get("settled"), second_read
        (first,) = task_results(result, host, ROUTES_TASK)
        assert first["changed"]
        assert second_read["summary"]["operations"] == [] and second_read["summary"]["changed"] is False
        assert {"RemoteSubnetRoute", "HostRoute"} <= set(policy_types(fleet, host))
        # Play 1: read, job, routes apply (+ polls); play 2: one read, nothing applied.
        assert after[host]["bridge_applies"] - before[host]["bridge_applies"] == 2, (before[host], after[host])
