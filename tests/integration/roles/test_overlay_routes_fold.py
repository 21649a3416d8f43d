"""Issue 13: an overlay rerun programs each host's routes in its converge and ends the role there.

(A rerun with nothing to change at all ends even earlier, after the fleet check: test_rerun_settled_in_read.py.)

Where every host's read already shows its overlay facts and no host's converge changes anything, the facts the routes
phase would read are the reads' own, so each host's converge apply builds and programs its routes from them (the
plan's fold) and the routes phase (a read and an apply per host, a controller step) ends without a task per host. Any
host whose converge changes something keeps the two phases for the whole batch. Host state and calls are hvemu's
(control API); fleets/mixed.yml.
"""

from __future__ import annotations

import pytest
import yaml
from roles_harness import OVERLAY_HOSTS, calls, view

PLAY = "- ansible.builtin.import_playbook: hyperv.network.overlay\n"
VARS = {"target": "hyperv_hosts:!hv03", "hyperv_network_overlay_adapter": "Ethernet"}
CONVERGE_TASK = "Converge (or tear down) this host's share"
ROUTES_TASKS = ("Read each host for the routes phase", "Program this host's remote subnet routes")


def ok(result):
    assert result.rc == 0, result.stdout[-4000:] + result.stderr[-2000:]
    return result


def records(result, task):
    return {r["host"]: r for r in result.records if task in r["task"]}


def routes_phase_ran(result):
    return sorted({r["host"] for r in result.records for task in ROUTES_TASKS if task in r["task"]})


def drop_routes(host):
    """A play that empties one host's overlay network's routes behind the role's back (host_network, purge)."""
    config = {"networks": [{"name": "hvnet-overlay", "remote_subnet_routes": [], "purge_remote_subnet_routes": True}]}
    return yaml.safe_dump(
        [
            {
                "hosts": host,
                "gather_facts": False,
                "tasks": [{"name": "Drop the routes", "hyperv.network.host_network": {"config": config}}],
            }
        ]
    )


@pytest.mark.compat  # meta end_role and the fold on the oldest ansible-core claimed too
def test_a_rerun_programs_the_routes_in_the_converge_and_skips_the_routes_phase(fleet, run):
    first = ok(run(PLAY, extra_vars=VARS))
    # From empty, HNS gives the DR MACs only once the networks exist: two phases.
    assert routes_phase_ran(first) == sorted(OVERLAY_HOSTS)
    converged = {h: view(fleet, h) for h in OVERLAY_HOSTS}
    assert all(len(v["networks"]["hvnet-overlay"]["routes"]) == len(OVERLAY_HOSTS) - 1 for v in converged.values())

    start = calls(fleet, OVERLAY_HOSTS)
    again = ok(run(PLAY, extra_vars=VARS))
    assert routes_phase_ran(again) == [], "the routes phase ran on a rerun"
    assert calls(fleet, OVERLAY_HOSTS) == {h: n + 1 for h, n in start.items()}  # the read only
    # Every host's read settled its converge and its routes (test_rerun_settled_in_read.py): no converge task either.
    assert records(again, CONVERGE_TASK) == {}
    assert not any(r["result"].get("changed") for r in again.records if r["host"] in OVERLAY_HOSTS)
    assert {h: view(fleet, h) for h in OVERLAY_HOSTS} == converged

    # One host loses its routes behind the role's back: its converge changes nothing, so it still folds, and its
    # converge apply puts the routes back in one call; the others make their read only.
    victim = OVERLAY_HOSTS[0]
    ok(run(drop_routes(victim)))
    assert view(fleet, victim)["networks"]["hvnet-overlay"]["routes"] == []
    start = calls(fleet, OVERLAY_HOSTS)
    mended = ok(run(PLAY, extra_vars=VARS))
    assert routes_phase_ran(mended) == []
    assert {h: view(fleet, h) for h in OVERLAY_HOSTS} == converged
    assert calls(fleet, OVERLAY_HOSTS) == {h: n + (2 if h == victim else 1) for h, n in start.items()}
    # The victim's read cannot settle, so every host of the batch converges and folds its routes.
    assert all(r["result"].get("routes_folded") for r in records(mended, CONVERGE_TASK).values())
    assert sorted(records(mended, CONVERGE_TASK)) == sorted(OVERLAY_HOSTS)
    mended_converge = records(mended, CONVERGE_TASK)[victim]["result"]
    assert mended_converge["changed"] and mended_converge["routes_folded"]
    assert any("hvnet-overlay" in line for line in mended_converge["operations"]), mended_converge["operations"]
    # The summary counts each part once (windows-review-7 finding 3): the routes' operations and calls, not twice.
    summary = mended_converge["summary"]
    assert summary["operations"] == mended_converge["operations"], summary
    assert summary["bridge_calls"] == 2, summary  # the role run's calls on the host, as hvemu counted them above

    # HNS refuses the folded routes apply: the converge task fails naming the routes part, not the network.
    ok(run(drop_routes(victim)))
    fleet.set_faults(victim, {"hns_error_on_op": {"hcn_network_modify": "0x803B000E"}})
    refused = run(PLAY, extra_vars=VARS)
    fleet.reset_faults(victim)
    assert refused.rc != 0, refused.stdout[-6000:]
    failed = records(refused, CONVERGE_TASK)[victim]
    assert failed["status"] == "failed" and failed["result"]["phase"] == "routes", failed["result"]
    assert "routes (programmed in the converge" in failed["result"]["msg"], failed["result"]["msg"]
    assert view(fleet, victim)["networks"]["hvnet-overlay"]["routes"] == []  # as it was
    ok(run(PLAY, extra_vars=VARS))
    assert {h: view(fleet, h) for h in OVERLAY_HOSTS} == converged


def test_a_host_whose_converge_changes_keeps_both_phases_for_the_batch(fleet, run):
    three = dict(VARS, target=",".join(OVERLAY_HOSTS[:3]))
    ok(run(PLAY, extra_vars=three))
    # A fourth host joins: its network is created in this run (its DR MAC comes from HNS only then), so no host can
    # build its routes to it from the reads: nothing folds and the routes phase runs for every host.
    four = dict(VARS, target=",".join(OVERLAY_HOSTS[:4]))
    joined = ok(run(PLAY, extra_vars=four))
    assert routes_phase_ran(joined) == sorted(OVERLAY_HOSTS[:4])
    assert not any(r["result"].get("routes_folded") for r in records(joined, CONVERGE_TASK).values())
    for host in OVERLAY_HOSTS[:4]:
        assert len(view(fleet, host)["networks"]["hvnet-overlay"]["routes"]) == 3, host
