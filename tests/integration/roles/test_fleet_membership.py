"""A fleet is named, not inferred (issue 12 item 1): overlay on part of its group never purges routes.

The overlay fleet is an inventory group ("overlay": hv01, hv02, hv04, hv05 of fleets/mixed.yml) given in a second
inventory file; runs use --limit, -e target=... and check mode as a user would. Host state (each host's
RemoteSubnetRoute policies) is read from hvemu's control API. A jsonfile fact cache (ansible.cfg in the run's
working directory) holds what each host published, as AWX's fact cache would.
"""

from __future__ import annotations

import json
import shutil

import pytest
from roles_harness import calls, reads_only, stats_of, view

MEMBERS = ["hv01", "hv02", "hv04", "hv05"]
ADAPTER = {"hyperv_network_overlay_adapter": "Ethernet"}
GROUP_PLAY = """
- hosts: overlay
  gather_facts: false
  roles:
    - hyperv.network.overlay
"""
TARGET_PLAY = """
- hosts: "{{ target | default('overlay') }}"
  gather_facts: false
  roles:
    - hyperv.network.overlay
"""


def _inventory(members):
    return {"all": {"children": {"overlay": {"hosts": {h: None for h in members}}}}}


@pytest.fixture
def overlay(fleet_and_run):
    """(hvemu, run, workdir): the role fleet with a group "overlay" and a jsonfile fact cache."""
    fleet, run = fleet_and_run
    workdir = run.__self__.workdir
    (workdir / "ansible.cfg").write_text(
        "[defaults]\nfact_caching = jsonfile\nfact_caching_connection = %s\n" % (workdir / "facts")
    )
    (workdir / "groups.yml").write_text(json.dumps(_inventory(MEMBERS)))
    return fleet, run, workdir


def routes(fleet, hosts=MEMBERS):
    """Each host's (destination prefix, provider address) routes, as hvemu holds them."""
    return {h: view(fleet, h)["networks"]["hvnet-overlay"]["routes"] for h in hosts}


def converge_all(fleet, run, workdir):
    result = run(GROUP_PLAY, "-i", str(workdir / "groups.yml"), extra_vars=ADAPTER)
    assert result.rc == 0, result.stdout[-4000:] + result.stderr[-2000:]
    full = routes(fleet)
    assert all(len(r) == len(MEMBERS) - 1 for r in full.values()), full
    return full


def warnings_of(result):
    """Everything the run said (task results as the recording callback saw them, and the output)."""
    return json.dumps(result.records) + result.stdout


def test_limit_to_one_host_keeps_its_routes_to_the_rest_of_the_group(overlay):
    fleet, run, workdir = overlay
    full = converge_all(fleet, run, workdir)
    start = calls(fleet, MEMBERS)
    # -l hv04: the play's group is the fleet; the others' routes come from the fact cache.
    result = run(GROUP_PLAY, "-i", str(workdir / "groups.yml"), limit="hv04", extra_vars=ADAPTER)
    assert result.rc == 0, result.stdout[-4000:]
    assert routes(fleet) == full
    assert "outside the play" in warnings_of(result)
    # One read on hv04 (nothing to change), nothing on the hosts outside the play.
    assert calls(fleet, MEMBERS) == {h: n + (1 if h == "hv04" else 0) for h, n in start.items()}
    # Without any fact cache, nothing is known of the others: hv04's routes to them are left as they are.
    shutil.rmtree(workdir / "facts")
    result = run(GROUP_PLAY, "-i", str(workdir / "groups.yml"), limit="hv04", extra_vars=ADAPTER)
    assert result.rc == 0, result.stdout[-4000:]
    assert routes(fleet) == full
    assert "routes to them are left as they are" in warnings_of(result)


def test_target_extra_var_on_one_host_never_purges_and_check_mode_agrees(overlay):
    fleet, run, workdir = overlay
    full = converge_all(fleet, run, workdir)
    # The plan (check mode) of -e target=hv05 with the fleet named: no change, and the same warning as the run.
    plan = run(
        TARGET_PLAY, "--check", "-i", str(workdir / "groups.yml"),
        extra_vars={**ADAPTER, "target": "hv05", "hyperv_network_overlay_fleet_group": "overlay"},
    )  # fmt: skip
    assert plan.rc == 0, plan.stdout[-4000:]
    assert "changed=0" in plan.stdout.split("PLAY RECAP")[-1], plan.stdout[-2000:]
    assert "outside the play" in warnings_of(plan)
    real = run(
        TARGET_PLAY, "-i", str(workdir / "groups.yml"),
        extra_vars={**ADAPTER, "target": "hv05", "hyperv_network_overlay_fleet_group": "overlay"},
    )  # fmt: skip
    assert real.rc == 0, real.stdout[-4000:]
    assert "changed=0" in real.stdout.split("PLAY RECAP")[-1], real.stdout[-2000:]
    assert routes(fleet) == full
    # -e target=hv05 without naming the fleet: the play's hosts are not a group, so hv05's routes to hosts it
    # knows nothing of stay, with a warning naming the variable.
    real = run(TARGET_PLAY, "-i", str(workdir / "groups.yml"), extra_vars={**ADAPTER, "target": "hv05"})
    assert real.rc == 0, real.stdout[-4000:]
    assert routes(fleet) == full
    assert "hyperv_network_overlay_fleet_group is not set" in warnings_of(real)


def test_shrinking_the_fleet_needs_the_host_out_of_the_group_and_the_opt_in(overlay):
    fleet, run, workdir = overlay
    full = converge_all(fleet, run, workdir)
    rest = [h for h in MEMBERS if h != "hv05"]
    hv05 = view(fleet, "hv05")["networks"]["hvnet-overlay"]["subnets"][0]
    # hv05 is still in the group: pruning is refused before any change while its facts are unknown (after the one
    # read-only call per host that the fleet step needs, issue 13).
    shutil.rmtree(workdir / "facts")
    start = {h: fleet.stats(h) for h in MEMBERS}
    refused = run(
        GROUP_PLAY, "-i", str(workdir / "groups.yml"), limit=",".join(rest),
        extra_vars={**ADAPTER, "hyperv_network_overlay_prune_routes": True},
    )  # fmt: skip
    assert refused.rc != 0
    assert "hyperv_network_overlay_prune_routes: hv05 of fleet group 'overlay' is outside the play" in refused.stdout
    after = {h: fleet.stats(h) for h in MEMBERS}
    assert {h: after[h]["bridge_applies"] for h in MEMBERS} == {h: start[h]["bridge_applies"] for h in MEMBERS}
    reads = {h: after[h]["bridge_calls"] - start[h]["bridge_calls"] for h in MEMBERS}
    assert reads == {h: (0 if h == "hv05" else 1) for h in MEMBERS}, reads
    # hv05 leaves the group: a run of the group keeps the routes to it (no opt-in) ...
    (workdir / "groups.yml").write_text(json.dumps(_inventory(rest)))
    kept = run(GROUP_PLAY, "-i", str(workdir / "groups.yml"), extra_vars=ADAPTER)
    assert kept.rc == 0, kept.stdout[-4000:]
    assert routes(fleet) == full
    # ... and the opt-in removes exactly them.
    pruned = run(
        GROUP_PLAY, "-i", str(workdir / "groups.yml"),
        extra_vars={**ADAPTER, "hyperv_network_overlay_prune_routes": True},
    )  # fmt: skip
    assert pruned.rc == 0, pruned.stdout[-4000:]
    after = routes(fleet)
    for host in rest:
        assert after[host] == [r for r in full[host] if r[0] != hv05], host
    assert after["hv05"] == full["hv05"]  # outside the play: untouched


def test_a_play_host_outside_the_named_group_fails_before_any_change(overlay):
    fleet, run, workdir = overlay
    start = stats_of(fleet, [*MEMBERS, "hv06"])
    result = run(
        TARGET_PLAY, "-i", str(workdir / "groups.yml"),
        extra_vars={**ADAPTER, "target": "hv01,hv06", "hyperv_network_overlay_fleet_group": "overlay"},
    )  # fmt: skip
    assert result.rc != 0
    assert "hyperv_network_overlay_fleet_group: hv06 is in the play but not in the fleet group 'overlay'" in (
        result.stdout
    )
    outside = [h for h in MEMBERS if h != "hv01"]
    reads_only(fleet, start, [*MEMBERS, "hv06"], untouched=outside)
