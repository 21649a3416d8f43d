# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""What the topology roles compute on the controller, per phase (internal collection use only).

A role phase is three tasks (docs/design/role-phases.md, issue 13):

1. ``topology_read``, on every host: this host's own role values are checked (no host contact on bad input),
   then the host is read once.
2. ``topology_preflight`` with ``read``, once (``run_once``): every host's values and snapshot are checked as one
   fleet, the topology is resolved (subnets carved) and each host's share is computed once for the whole fleet:
   ``hosts[<host>]`` (its config), and for a routes phase the fleet's published facts, from which each host derives
   only its own routes.
3. ``topology_apply``, on every host: converges its share from the read's snapshot, checks the host is as planned,
   publishes what the others need, and records its summary and result.

The functions here are those steps' logic without Ansible, so unit tests execute them directly.
"""

from __future__ import annotations

import hashlib
import json

from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils.fleet_plan import role_result
from ansible_collections.hyperv.network.plugins.plugin_utils.per_host_values import merge_host_values
from ansible_collections.hyperv.network.plugins.plugin_utils.state import registered_snapshot
from ansible_collections.hyperv.network.plugins.plugin_utils.topology import TopologyError
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_checks import (
    check_facts,
    host_state,
    input_errors,
    network_routes,
    owned_host_routes,
    snapshot_of,
    verify,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_fleet import (
    FleetError,
    host_routes_in_order,
    l2bridge_member_routes,
    overlay_fleet,
    overlay_member_routes,
    pending_route_line,
    published_complete,
    route_form,
    routes_in_order,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_prepare import prepare
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_published import (
    l2bridge_published,
    overlay_published,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_render import (
    firewall_rule,
    firewall_rule_name,
    host_config,
    is_per_host_l2bridge,
    management_vnic,
    teardown_config,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_summary import summary_row

PHASES = ("converge", "teardown", "routes")
# Registered variables of a role (private): the read, and one result per phase. The parent-adapter filters and
# plan_file read the read's name (``__hyperv_network_<kind>_gathered``), so it keeps the name it always had.
# The converge task of a teardown registers in the converge's name (one task, its phase templated). The routes apply
# registers nothing: nothing reads its result.
_REGISTERED = {
    "gathered": "__hyperv_network_%s_gathered",
    "converge": "__hyperv_network_%s_converge",
    "routes_read": "__hyperv_network_%s_routes_read",
}


def registered_name(kind, phase):
    """The private variable a role registers a phase's result in."""
    return _REGISTERED[phase] % kind


def published_name(kind):
    """The cacheable fact an overlay or l2bridge host publishes for the others' routes."""
    return "hyperv_network_%s_published" % kind


def planned_name(kind):
    """Check mode: what a host would publish once converged (never cached)."""
    return "__hyperv_network_%s_planned" % kind


# Inventory variables a topology reads from each host (container VMs and their parents).
HOST_VARS = ("hyperv_network_parent", "hyperv_network_vm_name", "hyperv_network_vm_adapter")


def usable_result(result):
    """A registered result of this run with a complete snapshot (a later task may stand on it), else None.

    The result is returned with its snapshot as a dict (``registered_snapshot``: a role task registers JSON text)."""
    if not isinstance(result, dict) or result.get("failed") or result.get("skipped") or result.get("unreachable"):
        return None
    snapshot = registered_snapshot(result)
    if not snapshot:
        return None
    return result if snapshot is result["snapshot"] else dict(result, snapshot=snapshot)


def own_value_errors(host, values, host_vars=None, inventory_hosts=None):
    """Problems in one host's own role values that need no other host (checked before the host is contacted).

    The same checks the fleet step makes on the merged topology, on this host's values alone: the schema and the
    values it lets through. Cross-host rules (a fleet-wide value that differs between hosts, carving) are the
    fleet step's, after every host's read and before any change.
    """
    return own_topology(host, values, host_vars, inventory_hosts)[2]


def own_topology(host, values, host_vars=None, inventory_hosts=None, existing=None):
    """``(topology, topo, errors)``: this host's values merged and resolved as a fleet of this host alone.

    ``errors`` as own_value_errors; ``topo`` (None on errors) is what own_share settles a rerun from. ``existing``:
    ``{host: prefix}`` of the network the host has (carving keeps it, as in the fleet step; ``existing_subnets``).
    """
    kind = values.get("kind") if isinstance(values, dict) else None
    topology, _sources, errors = merge_host_values(kind, {host: values}, host)
    if errors or topology is None:
        return topology, None, list(errors) or ["values: the role's values are missing"]
    errors = input_errors(topology)
    if errors:
        return topology, None, errors
    try:
        # Resolved as a fleet of this host alone: what is wrong with its own values shows; carving and the rules
        # between hosts wait for the fleet step.
        topo = prepare(topology, [host], {host: dict(host_vars or {})}, inventory_hosts, existing)
    except TopologyError as exc:
        return topology, None, list(exc.errors)
    return topology, topo, []


# Roles whose converge can be settled in the read (docs/design/role-phases.md, "A rerun settled in its read"). nat and
# transparent: nothing of a host's share depends on another host. overlay and l2bridge: their converge share depends
# only on the subnet carving gave the host (resolved with the subnet its network has, as the fleet step does).
# overlay's routes are settled with it, as the routes the host has now, which the fleet step confirms against the
# routes it builds from the reads (the fold); l2bridge's routes are a phase (a play) of their own.
SETTLED_KINDS = ("nat", "transparent", "overlay", "l2bridge")


def own_share(host, topology, topo, facts):
    """``(topo, share)``: this host's converge share from its own values (``own_topology``) and its read, or None.

    An overlay share also holds ``routes``: the routes config the host has now (``own_routes_config``); ``topo`` for
    overlay must be resolved with the subnet the host's network has (``own_topology``'s ``existing``).
    None where the fleet step is needed to know it: a kind not in SETTLED_KINDS, a teardown, a container VM (its
    parent's MAC spoofing is a task of its own), facts the fleet step would refuse, or no network of the role's name
    on the host yet (a first converge). The fleet step checks that its own share for the host has the same
    ``share_digest`` before it counts the host as settled. ``topo`` is changed in place (the fact checks fill it in).
    """
    if not isinstance(topo, dict) or topo.get("kind") not in SETTLED_KINDS or topo.get("state") != "present":
        return None
    state = host_state(facts) if isinstance(facts, dict) else None
    if state is None or norm.name_key(topo["network_name"]) not in state.networks:
        return None  # a first converge: nothing to settle, no work spent on it
    topo.pop("ignored_hosts", None)
    entry = topo["hosts"].get(host)
    if not isinstance(entry, dict) or entry.get("parent"):
        return None
    errors, _warnings, topo = check_facts(topo, {host: facts}, [host], given=(topology or {}).get("hosts"))
    if errors:
        return None
    share = converge_shares(topo, {host: facts}, [host])[host]
    if topo["kind"] == "overlay":
        routes = own_routes_config(topo, host, facts)
        if routes is None:
            return None
        share = dict(share, routes=routes)
    return topo, share


def own_routes_config(topo, host, facts):
    """An overlay host's routes-phase config as the host has it now (its routes, the VXLAN rule allowing their
    provider addresses), or None: no complete overlay facts in the read yet (the fold needs them), or the VXLAN rule
    the role made is to be deleted.

    Settling plans it on the read (nothing to do: the host has these); the fleet step builds the host's routes from
    every member's facts (``settle_shares``), and equal digests mean the two lists are the same.
    """
    if not published_complete(published_after("overlay", topo, host, facts)):
        return None
    current = network_routes(facts, topo["network_name"]) or []
    config, remove_firewall = overlay_routes_config(topo, routes_in_order([route_form(r) for r in current]), [], facts)
    return None if remove_firewall else config


def own_routes_share(host, topo, facts):
    """``{"routes": config}``: the routes phase's share as this host has it now (overlay, l2bridge with per-host
    subnets), or None. ``topo``: this host's own topology, resolved with the subnet its network has.

    l2bridge: the host routes its ledger says the role made, in the form the routes phase writes them; a route missing
    from the route table makes the plan on the read add it, so such a host does not settle.
    """
    if not isinstance(topo, dict) or topo.get("state") != "present" or host not in topo["hosts"]:
        return None
    topo.pop("ignored_hosts", None)
    if topo["kind"] == "overlay":
        config = own_routes_config(topo, host, facts)
    elif is_per_host_l2bridge(topo):
        # The ledger spells the vNIC as Windows does, the fleet step as the adapter variable gives it; Windows names
        # are case-insensitive, so the fleet step's spelling (windows-review-10 finding 2: else such a host never
        # settles).
        vnic = management_vnic((topo["hosts"][host] or {}).get("adapter"))
        owned = [
            dict(r, interface=vnic) if norm.name_key(r.get("interface")) == norm.name_key(vnic) else r
            for r in owned_host_routes(facts)
        ]
        config = {"host_routes": host_routes_in_order(owned), "purge_host_routes": True}
    else:
        return None
    return None if config is None else {"routes": config}


def settle_shares(topo, shares, fold, facts_by_host, batch):
    """The converge shares the fleet step compares a settled read's digest with (``unsettled_hosts``).

    nat, transparent and l2bridge: the converge shares. overlay: each host's converge share with the routes it gets
    from the fold (the routes phase's fleet as the reads show it); without a fold (a host's network is new, or the
    routes phase does not run) no overlay host is settled.
    """
    if topo.get("kind") != "overlay":
        return shares
    out = {}
    prepared = prepared_fleet(topo, fold) if fold is not None else None
    for host in batch if fold is not None else ():
        routes = _settled_routes(topo, host, fold, facts_by_host, prepared)
        if host in (shares or {}) and routes is not None:
            out[host] = dict(shares[host], routes=routes)
    return out


def routes_settle_shares(topo, fleet, facts_by_host, batch):
    """The routes phase's shares (``{"routes": config}``) the fleet step compares a settled routes read's digest
    with: each host's routes from the fleet's published facts, as its routes apply would program them."""
    out = {}
    prepared = prepared_fleet(topo, fleet)
    for host in batch:
        routes = _settled_routes(topo, host, fleet, facts_by_host, prepared)
        if routes is not None:
            out[host] = {"routes": routes}
    return out


def _settled_routes(topo, host, fleet, facts_by_host, prepared=None):
    """A host's routes config as the routes phase builds it, where a read may have settled it (else None)."""
    routes = routes_share(topo, host, fleet, (facts_by_host or {}).get(host), check_mode=False, prepared=prepared)
    if routes["error"] is None and routes["config"] is not None and not routes["remove_firewall"]:
        return routes["config"]
    return None


def this_run(raw, kind, phase, result, own_read=None):
    """The phases of this role run for the summary: the read, an earlier converge of the same run, this one.

    ``raw(name)`` gives a registered variable as it is; ``own_read`` stands for the routes read's registered result
    (the routes read settling its phase, before its result is registered). Registered results outlive a play: a
    converge registered before this run's read is another run's.
    """
    gathered = raw(registered_name(kind, "gathered"))
    if phase == "routes":
        # A routes phase run on its own read the host in its own read task (no converge snapshot to reuse).
        own = own_read if own_read is not None else raw(registered_name(kind, "routes_read"))
        last_read = (gathered.get("read_at") or 0) if isinstance(gathered, dict) else 0
        if isinstance(own, dict) and not own.get("reused") and (own.get("read_at") or 0) > last_read:
            gathered = own
    snapshot = registered_snapshot(gathered) if isinstance(gathered, dict) and "gathered" not in gathered else None
    if snapshot is not None:
        # The registered read keeps its snapshot, not its objects (topology_read): the result fact shows them.
        from ansible_collections.hyperv.network.plugins.plugin_utils.engine import gathered_objects

        gathered = dict(gathered, gathered=gathered_objects(snapshot))
    phases = {"gathered": gathered, phase: result}
    if phase == "routes":
        converge = raw(registered_name(kind, "converge"))
        read_at = (gathered or {}).get("read_at") if isinstance(gathered, dict) else None
        if isinstance(converge, dict) and read_at is not None and (converge.get("applied_at") or 0) >= read_at:
            phases[(converge.get("phase") or "converge")] = converge
    return phases


def summary_outputs(kind, host, summary, role_result):
    """``(facts, stats)``: the per-host facts and the play's stats entry a role run records for one host."""
    facts = {"hyperv_network_%s_summary" % kind: summary, "hyperv_network_%s_result" % kind: role_result}
    # One entry per host, merged by set_stats' aggregate (as the playbooks' task did).
    stats = {"data": {"hyperv_network_summary": {host: summary}}, "per_host": False, "aggregate": True}
    return facts, stats


def share_digest(topo, host, share):
    """What a host's converge and summary read of the plan, as one digest: the host, the topology's own fields (not
    its members), the host's entry and its share. Equal digests: the read's own share is the fleet step's."""
    document = [host, {k: v for k, v in topo.items() if k not in ("hosts", "ignored_hosts")}, topo["hosts"].get(host),
                share]  # fmt: skip
    text = json.dumps(document, sort_keys=True, separators=(",", ":"), default=_canonical)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def unsettled_hosts(topo, shares, reads, batch):
    """The hosts of ``batch`` whose read did not settle the very share the fleet step computed for them."""
    out = []
    for host in batch:
        read, share = (reads or {}).get(host), (shares or {}).get(host)
        digest = read.get("settled") if isinstance(read, dict) else None
        if not digest or share is None or digest != share_digest(topo, host, share):
            out.append(host)
    return sorted(out)


def _canonical(value):
    """JSON for what json cannot write: sets sorted (their order is the process's), anything else as text."""
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)
    return str(value)


def converge_shares(topo, facts_by_host, hosts, teardown=False):
    """``{host: {"config": ...}}``: each host's host_network config, computed once for the fleet.

    A teardown lists what the role made by name, from the host's ledger (its read): a host where the Hyper-V
    PowerShell module is missing has its switch made by HNS (review 4 finding 8), so the switch goes with the network.
    """
    shares = {}
    for host in hosts:
        if host not in topo["hosts"]:
            continue
        if not teardown:
            shares[host] = {"config": host_config(topo, host)}
            continue
        facts = (facts_by_host or {}).get(host)
        state = host_state(facts) if facts else None
        local = topo
        if state is not None and state.host.get("hyperv_module") is False:
            local = dict(topo, hosts=dict(topo["hosts"]))
            local["hosts"][host] = dict(topo["hosts"][host], hns_makes_switch=True)
        snapshot = snapshot_of(facts) or {}
        shares[host] = {"config": teardown_config(local, host, ledger=snapshot.get("ledger"))}
    return shares


def published_after(kind, topo, host, result, planned=False):
    """What an overlay or l2bridge host publishes after its converge (``planned``: what it would, in check mode)."""
    if kind == "overlay":
        return overlay_published(topo, host, result, planned=planned)
    if is_per_host_l2bridge(topo):
        return l2bridge_published(topo, host, result, planned=planned)
    return None


def fold_fleet(topo, fleet, facts_by_host, batch):
    """The routes phase's fleet as the reads show it, when the converge can program the routes itself (overlay).

    A rerun's converge changes nothing, so every host's overlay facts after it are the facts its read shows (the role
    never re-creates an existing network; a DR MAC HNS changed on its own shows in the read, as it did for the routes
    phase). Then
    each host can build its routes in its converge apply from the reads (and the published facts of members outside
    the play), and the routes phase is left with nothing to do (docs/design/role-phases.md, "Routes in the converge").
    None when a host of the batch has no complete facts in its read yet (its network is created in this run: HNS
    gives its DR MAC only then) or the topology is not overlay. A host whose converge does change something does not
    fold (topology_apply), and the routes phase then runs for the whole batch as before.
    """
    if topo.get("kind") != "overlay" or topo.get("state") != "present" or not batch:
        return None
    return _fleet_as_read(topo, fleet, facts_by_host, batch)


def _fleet_as_read(topo, fleet, facts_by_host, batch):
    """``fleet`` with each host of ``batch`` published as its read shows it (what a converge that changes nothing
    publishes), or None where a host's read shows no complete facts yet."""
    published = dict(fleet.get("published") or {})
    for host in batch:
        facts = facts_by_host.get(host)
        mine = published_after(topo["kind"], topo, host, facts) if isinstance(facts, dict) else None
        if not published_complete(mine):
            return None
        published[host] = mine
    return dict(fleet, published=published)


def folded_routes_unsettled(topo, fleet, facts_by_host, batch):
    """l2bridge with per-host subnets: the hosts of ``batch`` whose converge read did not settle (topology_read's
    ``fold_routes``) the routes the routes phase builds for them, here from every host's read and the published
    facts of the members outside the batch; sorted. None where the reads cannot tell (a host's read shows no complete
    facts). Only for a batch whose converge settled: its hosts then publish what their reads show."""
    if not is_per_host_l2bridge(topo) or topo.get("state") != "present" or not batch:
        return None
    fleet = _fleet_as_read(topo, fleet, facts_by_host, batch)
    if fleet is None:
        return None
    shares = routes_settle_shares(topo, fleet, facts_by_host, batch)
    reads = {h: {"settled": (facts_by_host.get(h) or {}).get("settled_routes")} for h in batch}
    return unsettled_hosts(topo, shares, reads, batch)


def prepared_fleet(topo, fleet):
    """What every overlay host's ``routes_share`` in ``fleet`` has in common (``overlay_fleet``), for a caller that
    builds many hosts' routes (the fleet step); None for l2bridge, and where the members cannot be read at all (each
    host's ``routes_share`` then reports it as before)."""
    if topo.get("kind") != "overlay":
        return None
    fleet = fleet or {}
    try:
        return overlay_fleet(fleet.get("members") or [], fleet.get("published") or {}, bool(fleet.get("prune")))
    except Exception:  # members that cannot even be sorted: each host's routes_share names it alone
        return None


def routes_share(topo, host, fleet, current, check_mode, *, prepared=None):
    """This host's routes-phase config from the fleet's published facts, computed on this host's task.

    ``fleet`` is the plan's ``fleet`` (``members``, ``prune``, ``published``: every member's facts, this run's or
    the fact cache's); ``current`` the host's latest result with a snapshot (its converge, else its read);
    ``prepared`` the fleet's ``prepared_fleet``, where the caller builds several hosts' routes.
    Returns ``{config, routes, pending, error, remove_firewall}``; ``config`` is None where the host has nothing to
    program (it has not published). O(fleet) for this host alone: no other host's routes are built.
    """
    kind = topo["kind"]
    published = fleet.get("published") or {}
    members = fleet.get("members") or []
    prune = bool(fleet.get("prune"))
    mine = published.get(host) or {}
    out = {"config": None, "routes": None, "pending": [], "error": None, "remove_firewall": False}
    try:
        if kind == "overlay":
            if not mine.get("dr_mac_address"):
                if not check_mode:
                    out["error"] = (
                        "%s has not published its overlay facts (no DR MAC or provider address yet); the other hosts "
                        "get no route to it" % host
                    )
                return out
            current_routes = network_routes(current, topo["network_name"]) if isinstance(current, dict) else None
            member = overlay_member_routes(host, list(members), published, current_routes or [], prune, fleet=prepared)
            routes = member["routes"]
            pending = []
            if check_mode:
                pending = [dict(r, line=pending_route_line(topo["network_name"], r)) for r in member["pending"]]
            config, out["remove_firewall"] = overlay_routes_config(topo, routes, pending, current)
            out.update(config=config, routes=routes, pending=pending)
            return out
        if not mine.get("lan_address"):
            out["error"] = (
                "%s has not published its subnet and LAN address (hyperv_network_l2bridge_published); run the "
                "converge phase on it first" % host
            )
            return out
        owned = owned_host_routes(current) if isinstance(current, dict) else []
        adapter = (topo["hosts"].get(host) or {}).get("adapter")
        member = l2bridge_member_routes(
            host, list(members), published, management_vnic(adapter), current=owned, prune=prune
        )
        out.update(config={"host_routes": member["routes"], "purge_host_routes": True}, routes=member["routes"])
        return out
    except (FleetError, ValueError, TypeError, KeyError) as exc:
        out["error"] = "%s routes: %s" % (kind, exc)
        return out


def overlay_routes_config(topo, routes, pending, current):
    """``(config, remove_firewall)``: an overlay host's routes-phase config for ``routes`` (the complete list), and
    whether the VXLAN rule the role made is to be deleted (firewall off, or no other member to allow)."""
    config = {
        "networks": [{"name": topo["network_name"], "remote_subnet_routes": routes, "purge_remote_subnet_routes": True}]
    }
    addresses = [r["provider_address"] for r in routes] + [
        r["provider_address"] for r in pending if r.get("provider_address")
    ]
    if topo.get("firewall", True) and addresses:
        config["firewall_rules"] = [firewall_rule(topo, addresses)]
        return config, False
    ledger = ((snapshot_of(current) or {}).get("ledger") or {}).get("firewall_rules") or []
    return config, firewall_rule_name(topo) in ledger


def firewall_removal(topo):
    """The config that deletes the overlay's VXLAN rule (the role made it; firewall off, or no other member)."""
    return {"firewall_rules": [{"name": firewall_rule_name(topo), "local_port": int(topo["vxlan_port"])}]}


def post_check(result, config, absent=False):
    """What differs on the host from ``config`` after the apply, read from the apply's own snapshot (no re-read)."""
    return verify(config, result, absent=absent)


def summary_and_result(topo, host, phases, *, routes=None, pending=None, check_mode=False):
    """The per-host facts ``hyperv_network_<kind>_summary`` and ``hyperv_network_<kind>_result`` of a role run.

    ``phases`` maps gathered/converge/routes/teardown to this run's results so far (missing ones count for nothing).
    """
    ordered = [phases.get(name) or {} for name in ("gathered", "converge", "routes", "teardown")]
    summary = summary_row(topo, host, ordered, routes, pending=[p["line"] for p in pending or []])
    return summary, role_result(phases, check_mode=check_mode)
