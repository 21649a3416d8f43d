"""Issue 13: the overlay role converges a host from empty in 3 bridge calls besides the job polls (the read, the
disruptive converge's job, the routes phase's apply carrying the best-effort HostRoute of ``host_route: auto``),
and HNS refusing the HostRoute is still a warning that leaves the network and the routes applied.

Fleet: tests/integration/fleets/ws2019_overlay.yml (s19a over ansible.builtin.winrm, s19b over psrp). Calls are
hvemu's counters (control API ``/stats``); host state is hvemu's (control API), not the collection's output.
"""

from __future__ import annotations

import json
import pathlib

import pytest
from roles_harness import stats_of, view

FLEET = pathlib.Path(__file__).resolve().parents[1] / "fleets" / "ws2019_overlay.yml"
HOSTS = ["s19a", "s19b"]  # winrm, psrp
PLAY = "- ansible.builtin.import_playbook: hyperv.network.overlay\n"
VARS = {"target": ",".join(HOSTS), "hyperv_network_overlay_adapter": "Ethernet"}
KINDS = ("bridge_calls", "bridge_reads", "bridge_applies", "bridge_polls")
CONVERGE_TASK = "Converge (or tear down) this host's share"
ROUTES_TASK = "Program this host's remote subnet routes"


@pytest.fixture
def ws2019(start_fleet):
    return start_fleet(["--fleet", str(FLEET)])


def policy_types(fleet, host, network="hvnet-overlay"):
    net = next(n for n in fleet.state(host)["networks"] if n["Name"] == network)
    return [p["Type"] for p in net.get("Policies") or []]


def task_result(result, host, task):
    return next(r["result"] for r in result.records if r["host"] == host and task in r["task"])


def counted(fleet, start, hosts):
    now = stats_of(fleet, hosts)
    return {h: {k: now[h][k] - start[h][k] for k in KINDS} for h in hosts}


def test_overlay_from_empty_costs_three_calls_besides_polls_with_the_host_route_in_the_routes_apply(ws2019):
    fleet, run = ws2019
    start = stats_of(fleet, HOSTS)
    result = run(PLAY, extra_vars=VARS)
    assert result.rc == 0, result.stdout[-4000:] + result.stderr[-2000:]
    calls = counted(fleet, start, HOSTS)
    for host in HOSTS:
        # One read (topology_read), two applies (the converge's job_start, the routes phase's apply), the polls.
        besides_polls = calls[host]["bridge_calls"] - calls[host]["bridge_polls"]
        assert besides_polls == 3, (host, calls[host])
        assert (calls[host]["bridge_reads"], calls[host]["bridge_applies"]) == (1, 2), (host, calls[host])
        # What host_route: auto means is kept: the HostRoute is on the network, with the routes.
        assert "HostRoute" in policy_types(fleet, host), policy_types(fleet, host)
        other = HOSTS[1 - HOSTS.index(host)]
        assert [pa for _dst, pa in view(fleet, host)["networks"]["hvnet-overlay"]["routes"]] == [
            f"10.42.0.{11 + HOSTS.index(other)}"
        ]
        converge = task_result(result, host, CONVERGE_TASK)
        routes = task_result(result, host, ROUTES_TASK)
        assert converge["job"]["state"] == "confirmed", converge.get("job")
        assert not any("HostRoute" in line for line in converge["operations"]), converge["operations"]
        assert any("HostRoute" in line for line in converge["best_effort_deferred"]), converge
        assert any("HostRoute" in line for line in routes["operations"]), routes["operations"]
        assert not [w for w in routes.get("warnings") or [] if "HostRoute" in w], routes["warnings"]
    # A rerun: one read per host, nothing changed (the HostRoute is not sent again).
    start = stats_of(fleet, HOSTS)
    again = run(PLAY, extra_vars=VARS)
    assert again.rc == 0, again.stdout[-4000:]
    assert {h: c["bridge_calls"] for h, c in counted(fleet, start, HOSTS).items()} == dict.fromkeys(HOSTS, 1)


def test_only_the_converge_phase_still_sends_the_host_route_itself(ws2019):
    """No routes phase follows (hyperv_network_overlay_phase: converge): the converge does not leave the HostRoute
    to anyone; it sends it after its job, in a call of its own, as before."""
    fleet, run = ws2019
    start = stats_of(fleet, HOSTS)
    result = run(PLAY, extra_vars=dict(VARS, hyperv_network_overlay_phase="converge"))
    assert result.rc == 0, result.stdout[-4000:] + result.stderr[-2000:]
    calls = counted(fleet, start, HOSTS)
    for host in HOSTS:
        assert "HostRoute" in policy_types(fleet, host)
        assert (calls[host]["bridge_reads"], calls[host]["bridge_applies"]) == (1, 2), (host, calls[host])
        converge = task_result(result, host, CONVERGE_TASK)
        assert "best_effort_deferred" not in converge
        assert any("HostRoute" in line for line in converge["operations"]), converge["operations"]


def test_hns_refusing_the_host_route_in_the_routes_apply_is_a_warning_and_the_network_stays(ws2019):
    """One member (no routes to program, so the routes phase's apply carries only the HostRoute): HNS refuses the
    Modify (faults.hns_error_on_op, any hcn_network_modify on this host; the converge makes none). The run does not
    fail, the routes phase warns, the overlay network stays; a rerun tries again and warns again."""
    fleet, run = ws2019
    fleet.set_faults("s19a", {"hns_error_on_op": {"hcn_network_modify": "0x803B000E"}})
    one = dict(VARS, target="s19a")
    result = run(PLAY, extra_vars=one)
    assert result.rc == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "HostRoute" not in policy_types(fleet, "s19a")
    nets = view(fleet, "s19a")["networks"]
    assert {"hvnet-anchor", "hvnet-overlay"} <= set(nets), nets
    converge = task_result(result, "s19a", CONVERGE_TASK)
    routes = task_result(result, "s19a", ROUTES_TASK)
    assert not routes.get("failed") and not converge.get("failed")
    warned = [w for w in routes.get("warnings") or [] if "HostRoute" in w]
    assert warned and "0x803B000E" in warned[0] and "host_route: false" in warned[0], routes.get("warnings")
    assert not any("HostRoute" in line for line in routes["operations"]), routes["operations"]
    assert "HostRoute" in json.dumps(converge["best_effort_deferred"])


def test_hns_refusing_the_host_route_keeps_the_routes_of_the_same_apply(ws2019):
    """Two members converged with host_route false (routes and firewall rule programmed, no HostRoute); a second run
    with host_route auto, HNS refusing every network Modify on s19b: the run does not fail, s19a gets the HostRoute,
    s19b warns, and every host keeps its networks and routes. (One call carrying a plan operation and a refused
    HostRoute is tested in tests/unit/plugins/plugin_utils/test_best_effort_folded.py: there the plan's own
    operation can be a firewall rule, which this fault does not refuse, where here the routes are Modifies too.)"""
    fleet, run = ws2019
    no_route = dict(VARS, hyperv_network_overlay_host_route=False)
    first = run(PLAY, extra_vars=no_route)
    assert first.rc == 0, first.stdout[-4000:] + first.stderr[-2000:]
    before = {h: view(fleet, h) for h in HOSTS}
    assert all("HostRoute" not in policy_types(fleet, h) for h in HOSTS)
    fleet.set_faults("s19b", {"hns_error_on_op": {"hcn_network_modify": "0x803B000E"}})
    result = run(PLAY, extra_vars=VARS)
    assert result.rc == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "HostRoute" in policy_types(fleet, "s19a") and "HostRoute" not in policy_types(fleet, "s19b")
    assert {h: view(fleet, h) for h in HOSTS} == before
    converge = task_result(result, "s19b", CONVERGE_TASK)
    assert any("HostRoute" in w and "0x803B000E" in w for w in converge.get("warnings") or []), converge


def test_a_lone_member_gets_its_host_route_from_the_routes_apply_though_it_has_no_routes(ws2019):
    """windows-review-10 finding 1: a host the fleet gives no route (a one-member fleet, or the first host brought up)
    has its routes "as they should be" in its routes read; the HostRoute its converge left to the routes apply must
    still be sent, so that read never settles. A rerun then settles (nothing owed any more)."""
    fleet, run = ws2019
    one = dict(VARS, target="s19a")
    result = run(PLAY, extra_vars=one)
    assert result.rc == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "HostRoute" in policy_types(fleet, "s19a"), policy_types(fleet, "s19a")
    read = task_result(result, "s19a", "Read each host for the routes phase")
    assert read.get("reused") and not read.get("settled"), read
    assert any("HostRoute" in line for line in task_result(result, "s19a", ROUTES_TASK)["operations"])
    start = stats_of(fleet, ["s19a"])
    again = run(PLAY, extra_vars=one)
    assert again.rc == 0, again.stdout[-4000:] + again.stderr[-2000:]
    assert counted(fleet, start, ["s19a"])["s19a"]["bridge_calls"] == 1
    assert not [r for r in again.records if CONVERGE_TASK in r["task"] or ROUTES_TASK in r["task"]]
