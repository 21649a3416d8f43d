"""Issue 13: a nat, transparent or overlay rerun is settled in each host's read and the role ends after the fleet check.

Where a host's own share (its values and read alone) needs no change, its read does what the apply would have done
with an empty plan (post-check, summary and result facts, the play's stats) and the fleet check confirms the share
with a digest of its own; when the whole batch settled, the role ends without the apply task. An overlay read settles
its routes as the routes it has, and the fleet check's digest holds the routes the fold builds from every member's
facts. A host with something to change keeps the apply for the whole batch. Host state and calls are hvemu's (control
API); fleets/mixed.yml.
"""

from __future__ import annotations

import pytest
import yaml
from roles_harness import HERE, HYPERV_HOSTS, OVERLAY_HOSTS, VMS, calls, view
from test_overlay_routes_fold import VARS as OVERLAY_VARS
from test_overlay_routes_fold import drop_routes

APPLY_TASK = "Converge (or tear down) this host's share"
READ_TASK = "Read each host once"
ROUTES_APPLY_TASK = "Program this host's"
NAT_VARS = {
    "target": "hyperv_hosts",
    "hyperv_network_nat_endpoints": [
        {"name": "web", "ip_address": "172.20.0.10", "port_mappings": [{"internal_port": 80, "external_port": 8080}]}
    ],
    "hyperv_network_nat_hosts": {"hv02": {"endpoints": [{"name": "api", "ip_address": "172.20.0.11"}]}},
}


def play(role):
    """The role's playbook, then a play that shows each host's role facts (what plan-and-picture reads)."""
    return yaml.safe_dump(
        [
            {"ansible.builtin.import_playbook": f"hyperv.network.{role}"},
            {
                "name": "Show the role's facts",
                "hosts": "all",
                "gather_facts": False,
                "tasks": [
                    {
                        "name": "Show the facts",
                        "ansible.builtin.debug": {
                            "msg": {
                                "summary": f"{{{{ hyperv_network_{role}_summary | default(none) }}}}",
                                "result": f"{{{{ hyperv_network_{role}_result | default(none) }}}}",
                                "published": f"{{{{ hyperv_network_{role}_published | default(none) }}}}",
                            }
                        },
                    }
                ],
            },
        ],
        sort_keys=False,
    )


def users_play(role):
    """A play of the user's: the whole role, then a task of theirs (the role is not the play's only task)."""
    tasks = [
        {"name": f"Converge {role}", "ansible.builtin.import_role": {"name": f"hyperv.network.{role}"}},
        {"name": "The user's task after the role", "ansible.builtin.debug": {"msg": "after"}},
    ]
    play = {"name": "The user's play: the role, then a task of theirs", "hosts": "hyperv_hosts", "gather_facts": False}
    return yaml.safe_dump([{**play, "tasks": tasks}], sort_keys=False)


def ok(result):
    assert result.rc == 0, result.stdout[-4000:] + result.stderr[-2000:]
    return result


def ran(result, task):
    return sorted({r["host"] for r in result.records if task in r["task"]})


def facts(result, hosts):
    return {h: result.named(h, "Show the facts")["result"]["msg"] for h in hosts}


def stats(result):
    return result.named("_run", "stats")["result"]["custom"]["_run"]["hyperv_network_summary"]


def drop_endpoint(host, name):
    """A play that deletes one endpoint behind the role's back."""
    endpoint = {"name": name, "network": "hvnet-nat", "state": "absent"}
    task = {"name": "Drop an endpoint", "hyperv.network.hns_endpoint": endpoint}
    return yaml.safe_dump([{"hosts": host, "gather_facts": False, "tasks": [task]}])


@pytest.mark.compat  # the read's facts and stats, meta end_batch and end_role, on the oldest ansible-core claimed too
def test_a_nat_rerun_is_settled_in_the_read_and_matches_what_the_apply_records(fleet, run):
    first = ok(run(play("nat"), extra_vars=NAT_VARS))
    assert ran(first, APPLY_TASK) == sorted(HYPERV_HOSTS)  # from empty: the apply creates
    converged = {h: view(fleet, h) for h in HYPERV_HOSTS}

    start = calls(fleet, HYPERV_HOSTS)
    again = ok(run(play("nat"), extra_vars=NAT_VARS))
    assert ran(again, APPLY_TASK) == [], "the apply ran on a rerun"
    assert calls(fleet, HYPERV_HOSTS) == {h: n + 1 for h, n in start.items()}  # the read only
    assert {h: view(fleet, h) for h in HYPERV_HOSTS} == converged
    assert not any(r["result"].get("changed") for r in again.records if r["host"] in HYPERV_HOSTS)
    settled = facts(again, HYPERV_HOSTS)
    for shown in settled.values():
        assert shown["summary"]["changed"] is False and shown["summary"]["operations"] == [], shown
        assert shown["summary"]["bridge_calls"] == 1  # the read's; the settled converge made none
        assert shown["summary"]["subnet"] == "172.20.0.0/16"
        assert sorted(shown["result"]["phases"]) == ["converge", "gathered"]
        assert shown["result"]["changed"] is False
    assert stats(again) == {h: settled[h]["summary"] for h in HYPERV_HOSTS}
    # The collection's playbook runs the role alone in its play: the batch ends once (meta end_batch), where end_role
    # is evaluated on the controller for every host in turn.
    # A meta task that ends the batch reports no result, only its start: the task header, once.
    assert again.stdout.count("TASK [hyperv.network.nat : End the batch") == 1, again.stdout[-3000:]
    assert "End the role" not in again.stdout

    # One host loses an endpoint behind the role's back: its read cannot settle, so the batch keeps the apply; the
    # apply restores it, and on the other hosts records exactly what their settled reads recorded.
    victim = "hv02"
    ok(run(drop_endpoint(victim, "api")))
    assert view(fleet, victim)["endpoints"] == ["web"]
    start = calls(fleet, HYPERV_HOSTS)
    mended = ok(run(play("nat"), extra_vars=NAT_VARS))
    assert ran(mended, APPLY_TASK) == sorted(HYPERV_HOSTS)
    assert {h: view(fleet, h) for h in HYPERV_HOSTS if h != victim} == {
        h: v for h, v in converged.items() if h != victim
    }
    assert view(fleet, victim)["endpoints"] == converged[victim]["endpoints"]
    assert calls(fleet, HYPERV_HOSTS) == {h: n + (2 if h == victim else 1) for h, n in start.items()}
    plan = [r for r in mended.tasks(HYPERV_HOSTS[0]) if "Check the whole fleet" in r["task"]][-1]["result"]
    assert plan["settled"] is False and plan["unsettled"] == [victim]
    by_apply = facts(mended, HYPERV_HOSTS)
    assert by_apply[victim]["summary"]["changed"] is True
    for host in HYPERV_HOSTS:
        if host != victim:
            assert by_apply[host] == settled[host], host

    # A fleet-wide value changed to one HNS sets only at creation: no read settles (nor fails: the refusal is the
    # apply's, after the fleet check), and the apply refuses it on every host, which stays as it was.
    web = dict(NAT_VARS["hyperv_network_nat_endpoints"][0], ip_address="172.20.0.20")
    before = {h: view(fleet, h) for h in HYPERV_HOSTS}
    refused = run(play("nat"), extra_vars=dict(NAT_VARS, hyperv_network_nat_endpoints=[web]))
    assert refused.rc != 0
    reads = [r for r in refused.records if READ_TASK in r["task"]]
    assert sorted(r["host"] for r in reads) == sorted(HYPERV_HOSTS)
    assert not any(r["status"] != "ok" or r["result"].get("settled") for r in reads), reads
    applies = [r for r in refused.records if APPLY_TASK in r["task"]]
    assert sorted(r["host"] for r in applies) == sorted(HYPERV_HOSTS)
    assert all(r["status"] == "failed" and "only be set when it is created" in r["result"]["msg"] for r in applies), [
        (r["host"], r["result"].get("msg")) for r in applies
    ]
    assert {h: view(fleet, h) for h in HYPERV_HOSTS} == before


def test_a_nat_rerun_in_check_mode_keeps_the_apply(fleet, run):
    ok(run(play("nat"), extra_vars=NAT_VARS))
    start = calls(fleet, HYPERV_HOSTS)
    checked = ok(run(play("nat"), "--check", extra_vars=NAT_VARS))
    assert ran(checked, APPLY_TASK) == sorted(HYPERV_HOSTS)
    assert calls(fleet, HYPERV_HOSTS) == {h: n + 1 for h, n in start.items()}
    assert all(not facts(checked, [h])[h]["summary"]["changed"] for h in HYPERV_HOSTS)


def test_a_transparent_rerun_settles_on_hyperv_hosts_and_not_on_container_vms(fleet, run):
    hosts = ["hv01", "hv02"]
    tvars = {"target": "hv01:hv02", "hyperv_network_transparent_adapter": "Ethernet 2"}
    ok(run(play("transparent"), extra_vars=tvars))
    converged = {h: view(fleet, h) for h in hosts}
    start = calls(fleet, hosts)
    again = ok(run(play("transparent"), extra_vars=tvars))
    assert ran(again, APPLY_TASK) == []
    assert calls(fleet, hosts) == {h: n + 1 for h, n in start.items()}
    assert {h: view(fleet, h) for h in hosts} == converged
    assert all(facts(again, [h])[h]["summary"]["changed"] is False for h in hosts)

    # Container VMs: their parents' MAC spoofing is a task of its own, so the read never settles them.
    vm_vars = {"target": "container_vms", "hyperv_network_transparent_adapter": "Ethernet 2"}
    ok(run(play("transparent"), extra_vars=vm_vars))
    vms_again = ok(run(play("transparent"), extra_vars=vm_vars))
    assert ran(vms_again, APPLY_TASK) == sorted(VMS)
    assert all(not r["result"].get("settled") for r in vms_again.records if READ_TASK in r["task"])


def test_an_overlay_rerun_settles_its_converge_and_routes_in_the_read(fleet, run):
    first = ok(run(play("overlay"), extra_vars=OVERLAY_VARS))
    published = {h: facts(first, [h])[h]["published"] for h in OVERLAY_HOSTS}
    assert all(p["dr_mac_address"] and p["provider_address"] for p in published.values()), published
    converged = {h: view(fleet, h) for h in OVERLAY_HOSTS}

    start = calls(fleet, OVERLAY_HOSTS)
    again = ok(run(play("overlay"), extra_vars=OVERLAY_VARS))
    assert ran(again, APPLY_TASK) == [], "the apply ran on a rerun"
    assert calls(fleet, OVERLAY_HOSTS) == {h: n + 1 for h, n in start.items()}  # the read only
    assert {h: view(fleet, h) for h in OVERLAY_HOSTS} == converged
    settled = facts(again, OVERLAY_HOSTS)
    for host, shown in settled.items():
        assert shown["summary"]["changed"] is False and shown["summary"]["operations"] == [], shown
        assert shown["summary"]["bridge_calls"] == 1
        assert shown["summary"]["routes"] == len(OVERLAY_HOSTS) - 1
        assert sorted(shown["result"]["phases"]) == ["converge", "gathered", "routes"]
        assert shown["published"] == published[host]  # published again by the read, as the apply did
    assert stats(again) == {h: settled[h]["summary"] for h in OVERLAY_HOSTS}

    # One host loses its routes behind the role's back. Its own routes then plan as nothing to do on its read (it has
    # none, and none are asked of it), so only the fleet check's digest, with the routes the fold builds from every
    # member's facts, can tell: the batch keeps the apply, which restores them and records, on the other hosts, what
    # their settled reads recorded.
    victim = OVERLAY_HOSTS[1]
    ok(run(drop_routes(victim)))
    start = calls(fleet, OVERLAY_HOSTS)
    mended = ok(run(play("overlay"), extra_vars=OVERLAY_VARS))
    plan = [r for r in mended.tasks(OVERLAY_HOSTS[0]) if "Check the whole fleet" in r["task"]][-1]["result"]
    assert plan["settled"] is False and plan["unsettled"] == [victim]
    assert ran(mended, APPLY_TASK) == sorted(OVERLAY_HOSTS)
    assert {h: view(fleet, h) for h in OVERLAY_HOSTS} == converged
    assert calls(fleet, OVERLAY_HOSTS) == {h: n + (2 if h == victim else 1) for h, n in start.items()}
    by_apply = facts(mended, OVERLAY_HOSTS)
    for host in OVERLAY_HOSTS:
        if host != victim:
            assert by_apply[host] == settled[host], host

    # Check mode plans; it never settles.
    checked = ok(run(play("overlay"), "--check", extra_vars=OVERLAY_VARS))
    assert ran(checked, APPLY_TASK) == sorted(OVERLAY_HOSTS)


@pytest.fixture
def datapath(start_fleet):
    """fleets/datapath.yml: four Hyper-V hosts whose "Ethernet 4" NICs share one LAN (l2bridge per-host subnets)."""
    return start_fleet(["--fleet", str(HERE / "fleets" / "datapath.yml")])


def test_an_l2bridge_rerun_settles_its_converge_in_the_read(datapath):
    fleet, run = datapath
    hosts = ["hv01", "hv02", "hv03", "hv04"]
    l2vars = {
        "target": "hyperv_hosts",
        "hyperv_network_l2bridge_adapter": "Ethernet 4",
        "hyperv_network_l2bridge_hosts": {h: {"subnet": f"10.250.{n}.0/24"} for n, h in enumerate(hosts, start=1)},
    }
    first = ok(run(play("l2bridge"), extra_vars=l2vars))
    # The read and the converge register the snapshot as JSON text (one value for ansible-core to finalise).
    registered = [r["result"] for r in first.records if READ_TASK in r["task"] or APPLY_TASK in r["task"]]
    assert len(registered) == 2 * len(hosts) and all(isinstance(r["snapshot"], str) for r in registered), registered
    published = {h: facts(first, [h])[h]["published"] for h in hosts}
    assert all(p["lan_address"] and p["subnet"] for p in published.values()), published
    converged = {h: fleet.state(h) for h in hosts}
    view_before = {h: dict(view(fleet, h), ledger=None) for h in hosts}  # the mended endpoint gets a new ID

    start = calls(fleet, hosts)
    again = ok(run(play("l2bridge"), extra_vars=l2vars))
    assert ran(again, APPLY_TASK) == [], "the converge apply ran on a rerun"
    assert calls(fleet, hosts) == {h: n + 1 for h, n in start.items()}  # one call per host for the whole rerun
    # The converge play's reads settled the routes too, and its fleet check confirmed them against the routes every
    # host's read gives: the routes play ends at once (a meta task, run once), without a task per host.
    plan = [r for r in again.tasks(hosts[0]) if "Check the whole fleet" in r["task"]][-1]["result"]
    assert plan["settled"] is True and plan["routes_settled"] is True and plan["routes_settled_hosts"] == hosts
    assert again.stdout.count("TASK [End the routes play where") == 1
    assert ran(again, "Read each host for the routes phase") == [], "the routes play ran a task per host"
    assert ran(again, ROUTES_APPLY_TASK) == [], "the routes apply ran on a rerun"
    assert {h: fleet.state(h) for h in hosts} == converged
    shown = facts(again, hosts)
    for host in hosts:
        assert shown[host]["published"] == published[host]
        assert shown[host]["summary"]["changed"] is False and shown[host]["summary"]["bridge_calls"] == 1
        assert shown[host]["summary"]["routes"] == len(hosts) - 1
        assert sorted(shown[host]["result"]["phases"]) == ["converge", "gathered", "routes"]
    assert stats(again) == {h: shown[h]["summary"] for h in hosts}

    # A host whose role-made routes were deleted behind the role's back (its ledger forgets them too): its own routes
    # plan as nothing to do on its read, but the routes the published facts give it differ, so the routes apply runs
    # for the batch and puts them back; the converge play still settles.
    before_routes = {h: _host_routes(fleet, h) for h in hosts}
    assert all(len(r) == len(hosts) - 1 for r in before_routes.values()), before_routes
    purge = {"host_routes": [], "purge_host_routes": True}
    ok(run(yaml.safe_dump([{"hosts": "hv03", "gather_facts": False, "tasks": [{"name": "Drop the routes",
        "hyperv.network.host_network": {"config": purge}}]}])))  # fmt: skip
    assert _host_routes(fleet, "hv03") == []
    start = calls(fleet, hosts)
    rerouted = ok(run(play("l2bridge"), extra_vars=l2vars))
    plan = [r for r in rerouted.tasks(hosts[0]) if "Check the whole fleet" in r["task"]][-1]["result"]
    assert plan["settled"] is True and plan["routes_settled"] is False and plan["routes_unsettled"] == ["hv03"]
    assert ran(rerouted, APPLY_TASK) == []
    routes_reads = [r for r in rerouted.records if "Read each host for the routes phase" in r["task"]]
    assert all(r["result"]["reused"] == "__hyperv_network_l2bridge_gathered" for r in routes_reads), routes_reads
    assert ran(rerouted, ROUTES_APPLY_TASK) == hosts
    assert {h: _host_routes(fleet, h) for h in hosts} == before_routes
    assert calls(fleet, hosts) == {h: n + (2 if h == "hv03" else 1) for h, n in start.items()}

    # A host whose network lost its gateway endpoint behind the role's back is not settled: the batch converges.
    ok(run(yaml.safe_dump([{"hosts": "hv02", "gather_facts": False, "tasks": [{"name": "Drop the gateway endpoint",
        "hyperv.network.hns_endpoint": {"name": "hvnet-l2bridge_ep", "network": "hvnet-l2bridge",
                                        "state": "absent"}}]}])))  # fmt: skip
    mended = ok(run(play("l2bridge"), extra_vars=l2vars))
    assert ran(mended, APPLY_TASK) == hosts
    assert {h: dict(view(fleet, h), ledger=None) for h in hosts} == view_before


L2_HOSTS = ["hv01", "hv02", "hv03", "hv04"]
L2_VARS = {
    "target": "hyperv_hosts",
    "hyperv_network_l2bridge_adapter": "Ethernet 4",
    "hyperv_network_l2bridge_hosts": {h: {"subnet": f"10.250.{n}.0/24"} for n, h in enumerate(L2_HOSTS, start=1)},
}


def test_an_l2bridge_role_run_whole_ends_after_the_fleet_check_where_its_routes_settled_too(datapath):
    """Issue 13: the role run whole (main.yml: converge, then routes, in one role call) in a user's play. Before, the
    routes phase following in the same call kept every settled converge's apply task; now the fleet check confirms the
    routes too and the role ends there, and the user's next task runs on every host."""
    fleet, run = datapath
    own_play = users_play("l2bridge")
    ok(run(own_play, extra_vars=L2_VARS))
    converged = {h: fleet.state(h) for h in L2_HOSTS}
    start = calls(fleet, L2_HOSTS)
    again = ok(run(own_play, extra_vars=L2_VARS))
    assert calls(fleet, L2_HOSTS) == {h: n + 1 for h, n in start.items()}
    assert ran(again, APPLY_TASK) == [], "the converge apply ran on a rerun"
    assert ran(again, "Read each host for the routes phase") == []
    assert ran(again, ROUTES_APPLY_TASK) == []
    assert ran(again, "The user's task after the role") == L2_HOSTS
    assert {h: fleet.state(h) for h in L2_HOSTS} == converged

    # Routes the role made, deleted behind its back on one host: the converge still settles, the routes do not, so
    # the role goes on to its routes phase, which puts them back.
    before = {h: _host_routes(fleet, h) for h in L2_HOSTS}
    purge = {"host_routes": [], "purge_host_routes": True}
    ok(run(yaml.safe_dump([{"hosts": "hv02", "gather_facts": False, "tasks": [{"name": "Drop the routes",
        "hyperv.network.host_network": {"config": purge}}]}])))  # fmt: skip
    mended = ok(run(own_play, extra_vars=L2_VARS))
    assert ran(mended, ROUTES_APPLY_TASK) == L2_HOSTS
    assert {h: _host_routes(fleet, h) for h in L2_HOSTS} == before


def test_an_l2bridge_rerun_in_serial_batches_keeps_its_routes_play(datapath):
    """With serial batches a batch's fleet check cannot speak for the play's later batches (they publish after it), so
    the routes play runs; its reads still stand on the settled reads and settle the routes (one call per host)."""
    fleet, run = datapath
    batched = dict(L2_VARS, hyperv_network_serial=2)
    ok(run(play("l2bridge"), extra_vars=batched))
    start = calls(fleet, L2_HOSTS)
    again = ok(run(play("l2bridge"), extra_vars=batched))
    plans = [r["result"] for r in again.records if "Check the whole fleet" in r["task"]]
    assert len(plans) == 2 and all(p["settled"] and p["routes_settled"] is False for p in plans), plans
    assert all(p["routes_unsettled"] == [] and "routes_settled_hosts" not in p for p in plans), plans
    assert ran(again, "Read each host for the routes phase") == L2_HOSTS
    assert ran(again, ROUTES_APPLY_TASK) == [] and ran(again, APPLY_TASK) == []
    assert calls(fleet, L2_HOSTS) == {h: n + 1 for h, n in start.items()}


def _host_routes(fleet, host):
    """(destination, next hop) of the routes on the l2bridge's management vNIC, from hvemu."""
    vnic = "vEthernet (Ethernet 4)"
    return sorted((r["DestinationPrefix"], r["NextHop"]) for r in fleet.state(host)["routes"]
                  if r["InterfaceAlias"] == vnic and r["DestinationPrefix"] != "0.0.0.0/0")  # fmt: skip


def test_an_overlay_routes_phase_alone_settles_in_its_read(fleet, run):
    # The routes phase alone reads what the members published from the fact cache (docs/topologies.md).
    workdir = run.__self__.workdir
    (workdir / "ansible.cfg").write_text(
        "[defaults]\nfact_caching = jsonfile\nfact_caching_connection = %s\n" % (workdir / "facts")
    )
    ok(run(play("overlay"), extra_vars=OVERLAY_VARS))
    converged = {h: view(fleet, h) for h in OVERLAY_HOSTS}
    routes_only = dict(OVERLAY_VARS, hyperv_network_overlay_phase="routes")
    start = calls(fleet, OVERLAY_HOSTS)
    again = ok(run(play("overlay"), extra_vars=routes_only))
    assert ran(again, ROUTES_APPLY_TASK) == [], "the routes apply ran on a rerun"
    assert calls(fleet, OVERLAY_HOSTS) == {h: n + 1 for h, n in start.items()}
    assert {h: view(fleet, h) for h in OVERLAY_HOSTS} == converged
    for shown in facts(again, OVERLAY_HOSTS).values():
        assert shown["summary"]["routes"] == len(OVERLAY_HOSTS) - 1 and shown["summary"]["bridge_calls"] == 1
        assert sorted(shown["result"]["phases"]) == ["gathered", "routes"]

    victim = OVERLAY_HOSTS[2]
    ok(run(drop_routes(victim)))
    mended = ok(run(play("overlay"), extra_vars=routes_only))
    assert ran(mended, ROUTES_APPLY_TASK) == sorted(OVERLAY_HOSTS)
    assert {h: view(fleet, h) for h in OVERLAY_HOSTS} == converged


def test_a_settled_role_in_a_users_own_play_ends_only_the_role(fleet, run):
    """Issue 13: outside the collection's playbooks the role is not its play's only task, so a settled rerun ends the
    role (meta end_role) and the play goes on with the user's next task on every host."""
    own_play = users_play("nat")
    ok(run(own_play, extra_vars=NAT_VARS))
    start = calls(fleet, HYPERV_HOSTS)
    again = ok(run(own_play, extra_vars=NAT_VARS))
    assert calls(fleet, HYPERV_HOSTS) == {h: n + 1 for h, n in start.items()}  # the read only: the rerun settled
    assert ran(again, APPLY_TASK) == []
    assert ran(again, "The user's task after the role") == sorted(HYPERV_HOSTS)
    # end_batch was evaluated once and skipped (the play is the user's); end_role ended the role on each host.
    assert [r["status"] for r in again.records if "End the batch" in r["task"]] == ["skipped"]
    assert again.stdout.count("TASK [hyperv.network.nat : End the role") == len(HYPERV_HOSTS)


def test_overlay_reads_the_phase_variable_itself(fleet, run):
    """Issue 13: the overlay's converge read has no templated option (it cost every host's read a Jinja compile); it
    reads hyperv_network_overlay_phase itself. With converge, it does not settle the converge (whose settle holds
    routes no fold confirms): the apply converges every host, as when the role templated the option. With routes the
    converge is skipped as before, and the routes phase reads once."""
    workdir = run.__self__.workdir  # the routes phase alone reads what the members published from the fact cache
    (workdir / "ansible.cfg").write_text(
        "[defaults]\nfact_caching = jsonfile\nfact_caching_connection = %s\n" % (workdir / "facts")
    )
    ok(run(play("overlay"), extra_vars=OVERLAY_VARS))
    converged = {h: view(fleet, h) for h in OVERLAY_HOSTS}

    converge_only = ok(run(play("overlay"), extra_vars=dict(OVERLAY_VARS, hyperv_network_overlay_phase="converge")))
    reads = [r for r in converge_only.records if READ_TASK in r["task"]]
    assert sorted(r["host"] for r in reads) == sorted(OVERLAY_HOSTS)
    assert all(r["status"] == "ok" and "settled" not in r["result"] for r in reads), reads
    applied = [r for r in converge_only.records if APPLY_TASK in r["task"]]
    assert sorted(r["host"] for r in applied) == sorted(OVERLAY_HOSTS) and all(r["status"] == "ok" for r in applied)
    assert {h: view(fleet, h) for h in OVERLAY_HOSTS} == converged

    settled = ok(run(play("overlay"), extra_vars=OVERLAY_VARS))  # phase all: the read settles converge and routes
    reads = [r for r in settled.records if READ_TASK in r["task"]]
    assert sorted(r["host"] for r in reads) == sorted(OVERLAY_HOSTS) and all(r["result"]["settled"] for r in reads)
    assert ran(settled, APPLY_TASK) == []

    start = calls(fleet, OVERLAY_HOSTS)
    routes_only = ok(run(play("overlay"), extra_vars=dict(OVERLAY_VARS, hyperv_network_overlay_phase="routes")))
    assert all(r["status"] == "skipped" for r in routes_only.records if READ_TASK in r["task"])
    assert calls(fleet, OVERLAY_HOSTS) == {h: n + 1 for h, n in start.items()}  # the routes phase's read only
    assert {h: view(fleet, h) for h in OVERLAY_HOSTS} == converged


def test_overlay_entered_by_its_phases_tasks_from_converge_then_routes(fleet, run):
    """The role's entry points (meta/argument_specs.yml: converge, routes) each start with their own read: a play
    entering the converge phase with tasks_from converges (its read is in converge.yml, not main.yml), a later play
    the routes, and a rerun of both settles in the reads (one call per host and play)."""
    plays = yaml.safe_dump(
        [
            {
                "name": f"The overlay's {phase} phase",
                "hosts": "{{ target }}",
                "gather_facts": False,
                "tasks": [
                    {
                        "name": f"Enter the {phase} phase",
                        "ansible.builtin.import_role": {"name": "hyperv.network.overlay", "tasks_from": phase},
                    }
                ],
            }
            for phase in ("converge", "routes")
        ],
        sort_keys=False,
    )
    first = ok(run(plays, extra_vars=OVERLAY_VARS))
    assert ran(first, READ_TASK) == sorted(OVERLAY_HOSTS)
    assert ran(first, APPLY_TASK) == sorted(OVERLAY_HOSTS)
    for host in OVERLAY_HOSTS:
        routes = view(fleet, host)["networks"]["hvnet-overlay"]["routes"]
        assert len(routes) == len(OVERLAY_HOSTS) - 1, (host, routes)
    start = calls(fleet, OVERLAY_HOSTS)
    again = ok(run(plays, extra_vars=OVERLAY_VARS))
    assert ran(again, APPLY_TASK) == [] and ran(again, ROUTES_APPLY_TASK) == []
    # Each play's read: the second play is a phase of its own and reads again (the converge applied nothing to reuse).
    assert calls(fleet, OVERLAY_HOSTS) == {h: n + 2 for h, n in start.items()}
