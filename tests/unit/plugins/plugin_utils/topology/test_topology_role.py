"""The role phases' controller logic (plugins/plugin_utils/topology_role.py, issue 13): a host's own values checked
alone, the shares computed once for the fleet, and each host's routes built for that host only."""

from __future__ import annotations

import types

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils import ipcache, topology_fleet
from ansible_collections.hyperv.network.plugins.plugin_utils.topology import DEFAULTS
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_prepare import prepare
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_render import host_config
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_role import (
    converge_shares,
    own_value_errors,
    routes_share,
    summary_and_result,
)


def pub(n):
    return {"subnet": f"10.244.{n}.0/24", "vsid": 4096, "provider_address": f"10.0.{n // 250}.{n % 250 + 1}",
            "dr_mac_address": f"00-15-5D-{n // 256:02X}-{n % 256:02X}-01"}  # fmt: skip


def values(kind, **given):
    """The values a role's read task carries: every role variable, defaults where not given."""
    return {"kind": kind, **DEFAULTS[kind], **given}


def overlay_topo(hosts, **extra):
    given = values("overlay", adapter="Ethernet", hosts={h: {"subnet": pub(i)["subnet"]} for i, h in enumerate(hosts)})
    return prepare({**given, **extra}, hosts, {h: {} for h in hosts})


def test_own_values_are_refused_alone_and_name_the_variable():
    errors = own_value_errors("hv01", values("overlay", adapter="Ethernet", vsid=70000))
    assert errors and all("vsid" in e for e in errors), errors
    assert own_value_errors("hv01", values("nat")) == []
    # A switch and a network of one name: a rule of the resolved topology, found with this host alone.
    errors = own_value_errors("hv01", values("l2bridge", adapter="E", switch_name="x", network_name="x"))
    assert any("switch_name" in e for e in errors), errors


def test_shares_are_each_hosts_config_computed_once():
    hosts = ["hv01", "hv02", "hv03"]
    topo = prepare(values("nat"), hosts, {h: {} for h in hosts})
    shares = converge_shares(topo, {}, [*hosts, "not-in-topology"])
    assert sorted(shares) == hosts
    assert all(shares[h]["config"] == host_config(topo, h) for h in hosts)


def test_overlay_routes_of_one_host_cost_linear_work(monkeypatch):
    # Issue 13: building every host's routes to return one made a fleet run O(N^3). Count the prefix parses asked
    # for (ipcache memoises them; the count is of the calls, the work the old code did N^2 times).
    calls = {"n": 0}

    class Counting:
        def __getattr__(self, name):
            real = getattr(ipcache, name)
            if name != "network":
                return real

            def counted(*args, **kwargs):
                calls["n"] += 1
                return real(*args, **kwargs)

            return counted

    fleet = {f"h{i:03d}": pub(i) for i in range(120)}
    monkeypatch.setattr(topology_fleet, "ipcache", Counting())
    routes = topology_fleet.overlay_routes(fleet, "h007")
    assert len(routes) == 119 and all(r["provider_address"] != pub(7)["provider_address"] for r in routes)
    assert calls["n"] <= 3 * len(fleet), calls  # the old code parsed N^2 (14,400 here)


def test_a_host_builds_only_its_own_routes_and_its_firewall_rule():
    hosts = ["hv01", "hv02", "hv03"]
    topo = overlay_topo(hosts)
    fleet = {"members": hosts, "prune": False, "published": {h: pub(i) for i, h in enumerate(hosts)}}
    share = routes_share(topo, "hv02", fleet, None, check_mode=False)
    assert share["error"] is None
    routes = share["config"]["networks"][0]["remote_subnet_routes"]
    assert sorted(r["destination_prefix"] for r in routes) == ["10.244.0.0/24", "10.244.2.0/24"]
    rule = share["config"]["firewall_rules"][0]
    assert sorted(rule["remote_addresses"]) == sorted(pub(i)["provider_address"] for i in (0, 2))


def test_a_fleet_step_with_a_member_that_is_no_name_reports_it_per_host_as_before():
    from ansible_collections.hyperv.network.plugins.plugin_utils.topology_role import routes_settle_shares

    hosts = ["hv01", "hv02"]
    topo = overlay_topo(hosts)
    fleet = {"members": [*hosts, None], "prune": False, "published": {h: pub(i) for i, h in enumerate(hosts)}}
    # Members that cannot be sorted fail each host's routes (its error), not the whole fleet step.
    assert routes_settle_shares(topo, fleet, {}, hosts) == {}
    assert "routes:" in routes_share(topo, "hv01", fleet, None, check_mode=False)["error"]


@pytest.mark.parametrize("check_mode", [False, True])
def test_a_host_without_a_dr_mac_fails_unless_planning(check_mode):
    hosts = ["hv01", "hv02"]
    topo = overlay_topo(hosts)
    published = {"hv01": pub(0), "hv02": dict(pub(1), dr_mac_address=None)}
    share = routes_share(topo, "hv02", {"members": hosts, "published": published}, None, check_mode=check_mode)
    assert share["config"] is None
    assert (share["error"] is None) is check_mode
    if not check_mode:
        assert "hv02 has not published its overlay facts" in share["error"]


def test_the_firewall_rule_is_removed_only_when_the_role_made_it():
    hosts = ["hv01", "hv02"]
    topo = overlay_topo(hosts, firewall=False)
    fleet = {"members": hosts, "published": {h: pub(i) for i, h in enumerate(hosts)}}
    made = {"snapshot": {"ledger": {"firewall_rules": ["hyperv-network-vxlan-hvnet-overlay"]}}}
    assert routes_share(topo, "hv01", fleet, made, False)["remove_firewall"] is True
    assert routes_share(topo, "hv01", fleet, {"snapshot": {"ledger": {}}}, False)["remove_firewall"] is False
    assert "firewall_rules" not in routes_share(topo, "hv01", fleet, made, False)["config"]


def test_the_summary_counts_the_phases_of_this_run():
    topo = prepare(values("nat"), ["hv01"], {"hv01": {}})
    phases = {"gathered": {"bridge_calls": 1, "operations": []},
              "converge": {"bridge_calls": 1, "changed": True, "operations": ["create network x"]}}  # fmt: skip
    summary, result = summary_and_result(topo, "hv01", phases)
    assert summary["bridge_calls"] == 2 and summary["changed"] is True and summary["operations"] == ["create network x"]
    assert result["changed"] is True and set(result["phases"]) == {"gathered", "converge"}


def _overlay_read(topo, host, *, dr_mac="00-15-5D-00-00-01", pa="10.0.0.21"):
    from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils.topology.fake_hosts import (
        add_network,
        fresh_host,
        gathered,
    )

    snap = fresh_host(host)
    if dr_mac:
        add_network(snap, topo["network_name"], "Overlay", topo["hosts"][host]["subnet"], vsid=4096, owned=True,
                    dr_mac=dr_mac, pa=pa)  # fmt: skip
    return gathered(snap)


def test_the_fold_stands_on_the_reads_facts_and_only_when_every_host_has_them():
    from ansible_collections.hyperv.network.plugins.plugin_utils.topology_role import fold_fleet

    hosts = ["hv01", "hv02", "hv03"]
    topo = overlay_topo(hosts)
    reads = {h: _overlay_read(topo, h, dr_mac=f"00-15-5D-00-00-0{i}", pa=f"10.0.0.2{i}") for i, h in enumerate(hosts)}
    # What the fact cache says of hv02 is an earlier run's; the read is what the host has now.
    fleet = {"members": [*hosts, "outside"], "published": {"hv02": pub(9), "outside": pub(7)}, "prune": False}
    fold = fold_fleet(topo, fleet, reads, hosts)
    assert fold["published"]["hv02"]["dr_mac_address"] == "00-15-5D-00-00-01"
    assert fold["published"]["hv02"]["provider_address"] == "10.0.0.21"
    assert fold["published"]["outside"] == pub(7)  # members outside the play: as the routes phase would see them
    assert fold["members"] == fleet["members"] and fleet["published"]["hv02"] == pub(9)  # the plan's fleet kept
    # A host whose network is created in this run has no DR MAC in its read: nothing folds.
    reads["hv03"] = _overlay_read(topo, "hv03", dr_mac=None)
    assert fold_fleet(topo, fleet, reads, hosts) is None
    assert fold_fleet(topo, fleet, {h: reads[h] for h in hosts[:2]}, hosts) is None  # a host without a read
    assert fold_fleet(dict(topo, state="absent"), fleet, reads, hosts[:2]) is None


def _fleet_share(topo_values, hosts, reads, host):
    """The fleet step's share for ``host`` (topology_preflight's path): resolved with every host, checked, shared."""
    from ansible_collections.hyperv.network.plugins.plugin_utils.topology_checks import check_facts

    topo = prepare(topo_values, hosts, {h: {} for h in hosts})
    topo.pop("ignored_hosts", None)
    errors, _warnings, topo = check_facts(topo, reads, hosts)
    assert errors == []
    return topo, converge_shares(topo, reads, hosts)[host]


def test_a_read_settles_only_the_share_the_fleet_step_computes_too():
    """Issue 13: a nat host's own share (its values and read alone) has the fleet step's digest, so the fleet step
    can confirm a read that settled it; what depends on the other hosts or on the fleet step is never settled."""
    from ansible_collections.hyperv.network.plugins.plugin_utils.topology_role import (
        own_share as settle_share,
    )
    from ansible_collections.hyperv.network.plugins.plugin_utils.topology_role import (
        own_topology,
        share_digest,
        unsettled_hosts,
    )

    def own_share(host, own_values, host_vars, inventory_hosts, read):
        """As the read settles: its own topology, checked before the read, then the share from the read."""
        topology, topo, errors = own_topology(host, own_values, host_vars, inventory_hosts)
        assert errors == []
        return settle_share(host, topology, topo, read)

    from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils.topology.fake_hosts import (
        add_network,
        fresh_host,
        gathered,
    )

    hosts = ["hv01", "hv02", "hv03"]
    own_endpoints = {"hv02": {"endpoints": [{"name": "api", "ip_address": "172.20.0.11"}]}}
    nat = values("nat", endpoints=[{"name": "web", "ip_address": "172.20.0.10"}], hosts=own_endpoints)

    def read_with_network(host, name="hvnet-nat", net_type="NAT", prefix="172.20.0.0/16", **kwargs):
        snap = fresh_host(host, **kwargs)
        add_network(snap, name, net_type, prefix, owned=True)
        return gathered(snap)

    reads = {h: read_with_network(h) for h in hosts}
    shares, digests = {}, {}
    for host in hosts:
        topo, share = own_share(host, nat, {}, None, reads[host])
        fleet_topo, fleet_share = _fleet_share(nat, hosts, reads, host)
        assert share == fleet_share
        digests[host] = share_digest(topo, host, share)
        assert digests[host] == share_digest(fleet_topo, host, fleet_share)
        shares[host] = fleet_share
    assert digests["hv02"] != digests["hv01"]  # hv02's own endpoint is in its share

    fleet_topo = _fleet_share(nat, hosts, reads, "hv01")[0]
    settled = {h: dict(reads[h], settled=digests[h]) for h in hosts}
    assert unsettled_hosts(fleet_topo, shares, settled, hosts) == []
    # A host whose read did not settle, settled another share, or has no share in the plan is not settled.
    assert unsettled_hosts(fleet_topo, shares, dict(settled, hv02=reads["hv02"]), hosts) == ["hv02"]
    assert unsettled_hosts(fleet_topo, shares, dict(settled, hv03=dict(reads["hv03"], settled=digests["hv01"])),
                           hosts) == ["hv03"]  # fmt: skip
    assert unsettled_hosts(fleet_topo, {h: shares[h] for h in hosts[:2]}, settled, hosts) == ["hv03"]
    # The fleet step's topology differing in a field the converge or summary reads: not settled.
    assert unsettled_hosts(dict(fleet_topo, network_name="other"), shares, settled, hosts) == sorted(hosts)

    # Never settled in a read: l2bridge (no fold of its routes), overlay without its network, a teardown, a container
    # VM.
    assert own_share("hv01", values("overlay", adapter="Ethernet"), {}, None, reads["hv01"]) is None
    assert own_share("hv01", values("l2bridge", adapter="Ethernet"), {}, None, reads["hv01"]) is None
    assert own_share("hv01", dict(nat, state="absent"), {}, None, reads["hv01"]) is None
    assert own_share("hv01", nat, {}, None, gathered(fresh_host("hv01"))) is None  # no network yet: a converge
    vm = values("transparent", adapter="Ethernet0")
    vm_read = read_with_network("ctr01", "hvnet-transparent", "Transparent", "10.0.0.0/24", vm=True)
    assert own_share("ctr01", vm, {}, None, vm_read) is not None
    assert own_share("ctr01", vm, {"hyperv_network_parent": "hv01"}, None, vm_read) is None
    assert own_share("hv01", nat, {}, None, None) is None  # no read


def test_the_share_digest_does_not_depend_on_key_or_set_order():
    from ansible_collections.hyperv.network.plugins.plugin_utils.topology_role import share_digest

    one = {"kind": "nat", "state": "present", "tags": {"b", "a", "c"}, "hosts": {"hv01": {"x": 1, "y": 2}}}
    two = {"hosts": {"hv01": {"y": 2, "x": 1}, "hv02": {}}, "tags": {"c", "a", "b"}, "state": "present", "kind": "nat"}
    assert share_digest(one, "hv01", {"config": {}}) == share_digest(two, "hv01", {"config": {}})
    assert share_digest(one, "hv01", {"config": {}}) != share_digest(one, "hv01", {"config": {"networks": []}})


def test_an_overlay_read_settles_its_routes_only_as_the_fold_builds_them(monkeypatch):
    """Issue 13: an overlay host's own share holds the routes it has now; the fleet step's holds the routes the fold
    builds from every member's facts. Equal digests exactly when the host has the routes it should."""
    from ansible_collections.hyperv.network.plugins.plugin_utils import topology_role
    from ansible_collections.hyperv.network.plugins.plugin_utils.topology_checks import existing_subnets
    from ansible_collections.hyperv.network.plugins.plugin_utils.topology_role import (
        fold_fleet,
        own_share,
        own_topology,
        settle_shares,
        share_digest,
        unsettled_hosts,
    )
    from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils.topology.fake_hosts import (
        add_network,
        fresh_host,
        gathered,
    )

    hosts = ["hv01", "hv02", "hv03"]
    overlay = values("overlay", adapter="Ethernet0")
    carved = prepare(overlay, hosts, {h: {} for h in hosts})
    facts = {h: {"subnet": carved["hosts"][h]["subnet"], "vsid": 4096, "provider_address": f"10.0.0.2{i}",
                 "dr_mac_address": f"00-15-5D-00-00-0{i}"} for i, h in enumerate(hosts)}  # fmt: skip

    def read(host, skip=()):
        snap = fresh_host(host, ip=facts[host]["provider_address"])
        routes = [
            {"destination_prefix": f["subnet"], "isolation_id": 4096, "provider_address": f["provider_address"],
             "dr_mac_address": f["dr_mac_address"]}
            for h, f in facts.items() if h not in (host, *skip)
        ]  # fmt: skip
        mine = facts[host]
        add_network(snap, "hvnet-overlay", "Overlay", mine["subnet"], vsid=4096, owned=True,
                    dr_mac=mine["dr_mac_address"], pa=mine["provider_address"], routes=routes)  # fmt: skip
        return gathered(snap)

    def settled_read(host, snapshot):
        # As topology_read settles: its own topology, resolved again with the subnet its network has.
        existing = existing_subnets("hvnet-overlay", {host: snapshot})
        topology, topo, errors = own_topology(host, overlay, {}, None, existing)
        assert errors == []
        own = own_share(host, topology, topo, snapshot)
        assert own is not None
        assert own[1]["routes"]["networks"][0]["purge_remote_subnet_routes"] is True
        return dict(snapshot, settled=share_digest(own[0], host, own[1]))

    def fleet_step(reads):
        fleet_topo = _fleet_share(overlay, hosts, reads, hosts[0])[0]
        shares = converge_shares(fleet_topo, reads, hosts)
        fleet = {"members": hosts, "published": {}, "prune": False}
        fold = fold_fleet(fleet_topo, fleet, reads, hosts)
        return fleet_topo, settle_shares(fleet_topo, shares, fold, reads, hosts)

    prepared = []
    real_overlay_fleet = topology_role.overlay_fleet
    monkeypatch.setattr(topology_role, "overlay_fleet", lambda *a: prepared.append(a) or real_overlay_fleet(*a))
    reads = {h: read(h) for h in hosts}
    topo, shares = fleet_step(reads)
    assert unsettled_hosts(topo, shares, {h: settled_read(h, reads[h]) for h in hosts}, hosts) == []
    # What every host's routes share is worked out once for the fleet step, not once per host (issue 13).
    assert len(prepared) == 1 and sorted(shares) == hosts

    # hv02 lost its route to hv03: its own routes still plan as nothing to do on its read, but the digest differs.
    reads["hv02"] = read("hv02", skip=("hv03",))
    topo, shares = fleet_step(reads)
    assert unsettled_hosts(topo, shares, {h: settled_read(h, reads[h]) for h in hosts}, hosts) == ["hv02"]
    # Without a fold (a member's network is new), no overlay host settles.
    assert settle_shares(topo, converge_shares(topo, reads, hosts), None, reads, hosts) == {}


def test_an_l2bridge_routes_read_settles_only_the_routes_the_published_facts_give():
    """Issue 13: the routes phase's own share is the host routes the ledger says the role made; the fleet step's is
    what the routes apply builds from the published facts. Equal digests exactly when they are the same routes."""
    from ansible_collections.hyperv.network.plugins.plugin_utils.topology_fleet import route_key
    from ansible_collections.hyperv.network.plugins.plugin_utils.topology_role import (
        own_routes_share,
        own_topology,
        routes_settle_shares,
        share_digest,
        unsettled_hosts,
    )

    hosts = ["hv01", "hv02", "hv03"]
    l2 = values("l2bridge", adapter="Ethernet0", hosts={h: {"subnet": f"10.250.{n}.0/24"} for n, h in enumerate(hosts)})
    published = {h: {"subnet": f"10.250.{n}.0/24", "lan_address": f"10.63.0.2{n}", "lan_prefix": "10.63.0.0/24"}
                 for n, h in enumerate(hosts)}  # fmt: skip
    fleet = {"members": hosts, "published": published, "prune": False}
    vnic = "vEthernet (Ethernet0)"

    def read(host, skip=()):
        routes = [{"interface": vnic, "destination_prefix": p["subnet"], "next_hop": p["lan_address"]}
                  for h, p in published.items() if h not in (host, *skip)]  # fmt: skip
        return {"snapshot": {"ledger": {"routes": [route_key(r) for r in reversed(routes)]}}}

    def settled_read(host, snapshot):
        _topology, topo, errors = own_topology(host, l2, {}, None)
        assert errors == []
        share = own_routes_share(host, topo, snapshot)
        assert share["routes"]["purge_host_routes"] is True
        return dict(snapshot, settled=share_digest(topo, host, share))

    fleet_topo = prepare(l2, hosts, {h: {} for h in hosts})
    fleet_topo.pop("ignored_hosts")
    reads = {h: read(h) for h in hosts}
    shares = routes_settle_shares(fleet_topo, fleet, reads, hosts)
    assert unsettled_hosts(fleet_topo, shares, {h: settled_read(h, reads[h]) for h in hosts}, hosts) == []
    # hv03's ledger lost its route to hv01 (the route was purged): not settled.
    reads["hv03"] = read("hv03", skip=("hv01",))
    shares = routes_settle_shares(fleet_topo, fleet, reads, hosts)
    assert unsettled_hosts(fleet_topo, shares, {h: settled_read(h, reads[h]) for h in hosts}, hosts) == ["hv03"]
    # A member that has not published: no routes share for anyone it concerns, so nothing settles against it.
    fleet["published"] = {h: p for h, p in published.items() if h != "hv02"}
    assert "hv02" not in routes_settle_shares(fleet_topo, fleet, reads, hosts)
    # The adapter variable spelled in another case than Windows' (the ledger's): still the same routes
    # (windows-review-10 finding 2: such a host never settled).
    fleet["published"] = published
    l2 = dict(l2, adapter="ETHERNET0")
    fleet_topo = prepare(l2, hosts, {h: {} for h in hosts})
    fleet_topo.pop("ignored_hosts")
    reads = {h: read(h) for h in hosts}
    shares = routes_settle_shares(fleet_topo, fleet, reads, hosts)
    assert shares["hv01"]["routes"]["host_routes"][0]["interface"] == "vEthernet (ETHERNET0)"
    assert unsettled_hosts(fleet_topo, shares, {h: settled_read(h, reads[h]) for h in hosts}, hosts) == []


def test_the_result_fact_shows_the_reads_objects_which_the_registered_read_no_longer_carries():
    """Issue 13: topology_read registers its snapshot, not its gathered objects (a route per fleet member on every
    host); the apply's result fact shows them, as a gathered converge of that snapshot reports them."""
    from ansible_collections.hyperv.network.plugins.plugin_utils import engine
    from ansible_collections.hyperv.network.plugins.plugin_utils.topology_role import this_run
    from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils.topology.fake_hosts import (
        add_network,
        fresh_host,
    )

    snap = fresh_host("hv01")
    add_network(snap, "hvnet-overlay", "Overlay", "10.244.1.0/24", vsid=4096, owned=True, dr_mac="00-15-5D-00-00-01",
                pa="10.0.0.21")  # fmt: skip

    class Client:  # the read task's one call, answered with the snapshot
        calls = 0

        def read(self, ops):
            self.calls += 1
            return types.SimpleNamespace(snapshot=snap)

    want = engine.converge(Client(), None, "gathered", check_mode=False, diff=False)["gathered"]
    assert any(n["name"] == "hvnet-overlay" for n in want["networks"])
    read = {"changed": False, "snapshot": snap, "bridge_calls": 1, "read_at": 5.0}
    registered = {"__hyperv_network_overlay_gathered": read}
    phases = this_run(registered.get, "overlay", "converge", {"changed": True, "operations": ["x"]})
    assert phases["gathered"]["gathered"] == want
    assert "gathered" not in read  # the registered result itself is left as it is
    _summary, result = summary_and_result(overlay_topo(["hv01"]), "hv01", phases)
    assert result["phases"]["gathered"]["gathered"] == want


def test_an_l2bridge_converge_read_settles_its_routes_only_as_the_reads_and_the_published_facts_give_them():
    """Issue 13: with fold_routes, each host's converge read also settles the routes its ledger holds; the fleet step
    builds each host's routes from every host's read (what a settled converge publishes) and the published facts of
    members outside the batch, and names the hosts whose digests differ. None where a read cannot tell."""
    from ansible_collections.hyperv.network.plugins.plugin_utils.topology_fleet import route_key
    from ansible_collections.hyperv.network.plugins.plugin_utils.topology_role import (
        folded_routes_unsettled,
        own_routes_share,
        share_digest,
    )

    members = ["hv01", "hv02", "hv03", "hv04"]
    batch = members[:3]  # hv04 is outside the play; it counts with what it published before (the fact cache)
    lan = {h: f"10.63.0.2{n}" for n, h in enumerate(members)}
    subnet = {h: f"10.250.{n}.0/24" for n, h in enumerate(members)}
    vnic = "vEthernet (Ethernet0)"
    l2 = values("l2bridge", adapter="Ethernet0", hosts={h: {"subnet": subnet[h]} for h in members})

    def fleet_topo():
        topo = prepare(l2, members, {h: {} for h in members})
        topo.pop("ignored_hosts")
        for host in members:  # what the fact checks fill in from each host's adapter
            topo["hosts"][host].update(lan_address=lan[host], lan_prefix="10.63.0.0/24")
        return topo

    def read(host, skip=()):
        routes = [{"interface": vnic, "destination_prefix": subnet[h], "next_hop": lan[h]}
                  for h in members if h not in (host, *skip)]  # fmt: skip
        snapshot = {"snapshot": {"ledger": {"routes": [route_key(r) for r in routes]}}}
        topo = fleet_topo()
        return dict(snapshot, settled_routes=share_digest(topo, host, own_routes_share(host, topo, snapshot)))

    published = {"hv04": {"subnet": subnet["hv04"], "lan_address": lan["hv04"], "lan_prefix": "10.63.0.0/24"}}
    fleet = {"members": members, "published": published, "prune": False}
    reads = {h: read(h) for h in batch}
    assert folded_routes_unsettled(fleet_topo(), fleet, reads, batch) == []
    # hv02's ledger has no route to hv04, which the published facts give it: hv02 is not settled.
    reads["hv02"] = read("hv02", skip=("hv04",))
    assert folded_routes_unsettled(fleet_topo(), fleet, reads, batch) == ["hv02"]
    # hv04 moved its subnet (its published facts say so): every host's route to it is stale.
    reads = {h: read(h) for h in batch}
    moved = dict(fleet, published={"hv04": dict(published["hv04"], subnet="10.250.9.0/24")})
    assert folded_routes_unsettled(fleet_topo(), moved, reads, batch) == batch
    # A read with no settled routes (it had something to change) is not settled either.
    reads["hv03"].pop("settled_routes")
    assert folded_routes_unsettled(fleet_topo(), fleet, reads, batch) == ["hv03"]
    # A host of the batch whose LAN address is unknown: the reads cannot tell what it publishes.
    topo = fleet_topo()
    topo["hosts"]["hv01"]["lan_address"] = None
    assert folded_routes_unsettled(topo, fleet, reads, batch) is None
    # One subnet for the whole LAN (mode lan): no routes phase at all.
    assert folded_routes_unsettled(dict(fleet_topo(), mode="lan"), fleet, reads, batch) is None


def test_routes_kept_for_an_unknown_member_settle_whatever_the_adapter_variables_case():
    """windows-review-12 m1: a member that published nothing keeps its routes, which the ledger spells as Windows does
    (vEthernet (Ethernet 4)); with the adapter variable in another case the fleet step listed them in the ledger's
    spelling and the host's own share in the variable's, so no host ever settled its routes."""
    from ansible_collections.hyperv.network.plugins.plugin_utils.topology_fleet import route_key
    from ansible_collections.hyperv.network.plugins.plugin_utils.topology_role import (
        folded_routes_unsettled,
        own_routes_share,
        share_digest,
    )

    members = ["hv01", "hv02", "hv03", "gone"]
    batch = members[:3]
    lan = {h: f"10.63.0.2{n}" for n, h in enumerate(members)}
    subnet = {h: f"10.250.{n}.0/24" for n, h in enumerate(members)}

    def unsettled(adapter_variable):
        l2 = values("l2bridge", adapter=adapter_variable, hosts={h: {"subnet": subnet[h]} for h in members})

        def topo():
            resolved = prepare(l2, members, {h: {} for h in members})
            resolved.pop("ignored_hosts")
            for host in members:
                resolved["hosts"][host].update(lan_address=lan[host], lan_prefix="10.63.0.0/24")
            return resolved

        def read(host):
            routes = [{"interface": "vEthernet (Ethernet 4)", "destination_prefix": subnet[h], "next_hop": lan[h]}
                      for h in members if h != host]  # fmt: skip
            snapshot = {"snapshot": {"ledger": {"routes": [route_key(r) for r in routes]}}}
            own = topo()
            return dict(snapshot, settled_routes=share_digest(own, host, own_routes_share(host, own, snapshot)))

        fleet = {"members": members, "published": {}, "prune": False}  # "gone" published nothing: its route is kept
        return folded_routes_unsettled(topo(), fleet, {h: read(h) for h in batch}, batch)

    assert unsettled("Ethernet 4") == []
    assert unsettled("ethernet 4") == []
