"""Per-host values, bad input and result fields, as a user meets them (issue 12 items 2, 5 and 6).

Fleet: fleets/mixed.yml through hvemu (hv01 over winrm, hv02 over psrp). Per-host role variables live in a second
inventory file (host_vars, as a CMDB-fed inventory gives them). Host state and bridge call counts are read from
hvemu's control API, never from the collection's own output.
"""

from __future__ import annotations

import json
import uuid

from roles_harness import calls, reads_only, stats_of, view

HOSTS = ["hv01", "hv02"]
NAT_PLAY = """
- hosts: hv01,hv02
  gather_facts: false
  roles:
    - hyperv.network.nat
"""
OVERLAY_PLAY = """
- hosts: hv01,hv02
  gather_facts: false
  roles:
    - hyperv.network.overlay
"""


def host_vars(run, values):
    """A second inventory source holding per-host variables; returns the -i arguments."""
    path = run.__self__.workdir / "host_vars_inventory.yml"
    path.write_text(json.dumps({"all": {"hosts": values}}))
    return ["-i", str(path)]


def nat_subnets(fleet, host):
    return (view(fleet, host)["networks"].get("hvnet-nat") or {}).get("subnets")


# --- item 2: per-host values ----------------------------------------------------------------------


def test_nat_prefix_set_per_host_in_the_inventory_is_each_hosts_own(fleet, run):
    extra = host_vars(
        run,
        {
            "hv01": {"hyperv_network_nat_prefix": "172.21.0.0/16"},
            "hv02": {"hyperv_network_nat_prefix": "172.22.0.0/16"},
        },
    )
    result = run(NAT_PLAY, *extra)
    assert result.rc == 0, result.stdout[-4000:]
    assert nat_subnets(fleet, "hv01") == ["172.21.0.0/16"]
    assert nat_subnets(fleet, "hv02") == ["172.22.0.0/16"]
    assert view(fleet, "hv02")["netnat"] == ["172.22.0.0/16"]


def test_a_fleet_wide_variable_that_differs_per_host_fails_before_any_change_naming_the_hosts(fleet, run):
    extra = host_vars(run, {"hv02": {"hyperv_network_nat_network_name": "team-nat"}})
    start = stats_of(fleet, HOSTS)
    result = run(NAT_PLAY, *extra)
    assert result.rc != 0
    assert (
        "hyperv_network_nat_network_name differs between the hosts of the play ('hvnet-nat' on hv01; 'team-nat' on "
        "hv02)" in result.stdout
    ), result.stdout[-3000:]
    reads_only(fleet, start, HOSTS)
    assert nat_subnets(fleet, "hv01") is None and nat_subnets(fleet, "hv02") is None


def test_a_per_host_value_that_clashes_on_its_host_names_the_variable_the_user_wrote(fleet, run):
    # hv02's own prefix overlaps its LAN address (10.40.0.12/24): the preflight names hyperv_network_nat_prefix.
    extra = host_vars(run, {"hv02": {"hyperv_network_nat_prefix": "10.40.0.0/16"}})
    start = calls(fleet, HOSTS)
    result = run(NAT_PLAY, *extra)
    assert result.rc != 0
    assert "hyperv_network_nat_prefix (of host hv02): subnet 10.40.0.0/16 of host hv02 overlaps" in result.stdout
    assert "hyperv_network_nat_hosts.hv02" not in result.stdout
    assert calls(fleet, HOSTS) == {h: n + 1 for h, n in start.items()}  # the gathered read only


# --- item 5: bad input refused before any call, naming the role variable --------------------------


def test_a_bad_value_set_for_one_host_only_is_refused_before_any_call_to_it_naming_its_variable(fleet, run):
    # hv02's own (inventory) prefix is no prefix: refused by the topology schema before hv02 is contacted, naming
    # the variable the user wrote (the first host's value used to stand for all, and hv02's was never read); the
    # fleet stops before any change (the other hosts were read once).
    extra = host_vars(run, {"hv02": {"hyperv_network_nat_prefix": "172.20.0.0/33"}})
    start = stats_of(fleet, HOSTS)
    result = run(NAT_PLAY, *extra)
    assert result.rc != 0
    assert "hyperv_network_nat_prefix (of host hv02): '172.20.0.0/33'" in result.stdout, result.stdout[-3000:]
    reads_only(fleet, start, HOSTS, untouched=("hv02",))


def test_a_fleet_prefix_conflict_names_the_nat_prefix_variable_not_a_key_nat_lacks(fleet, run):
    start = calls(fleet, HOSTS)
    result = run(NAT_PLAY, extra_vars={"hyperv_network_nat_prefix": "10.40.0.0/16"})
    assert result.rc != 0
    assert "hyperv_network_nat_prefix: subnet 10.40.0.0/16 of host hv01 overlaps 10.40.0.0/24" in result.stdout
    assert "hyperv_network_nat_hosts" not in result.stdout
    assert calls(fleet, HOSTS) == {h: n + 1 for h, n in start.items()}  # the gathered read only


def test_topology_preflight_names_itself_as_users_write_it(fleet, run):
    result = run(
        """
- hosts: hv01
  gather_facts: false
  tasks:
    - hyperv.network.topology_preflight:
        topology: {kind: nat}
        bogus: 1
"""
    )
    assert result.rc != 0
    assert "Unsupported parameters for (hyperv.network.topology_preflight) module: bogus" in result.stdout
    assert "ansible_collections" not in result.stdout


def test_a_port_mapping_vip_that_is_no_address_is_refused_before_any_call(fleet, run):
    start = calls(fleet, HOSTS)
    bad = [{"name": "web", "ip_address": "172.20.0.10",
            "port_mappings": [{"internal_port": 80, "external_port": 8080, "vip": "300.1.1.1"}]}]  # fmt: skip
    result = run(NAT_PLAY, extra_vars={"hyperv_network_nat_endpoints": bad})
    assert result.rc != 0
    assert "hyperv_network_nat_endpoints[0].port_mappings[0].vip: '300.1.1.1' is not a valid IP address" in (
        result.stdout
    )
    assert "config.endpoints" not in result.stdout
    assert calls(fleet, HOSTS) == start


def test_a_create_only_change_through_a_role_never_suggests_recreate(fleet, run):
    variables = {"hyperv_network_overlay_adapter": "Ethernet"}
    first = run(OVERLAY_PLAY, extra_vars=variables)
    assert first.rc == 0, first.stdout[-4000:]
    changed = run(OVERLAY_PLAY, extra_vars={**variables, "hyperv_network_overlay_vsid": 5000})
    assert changed.rc != 0
    assert "can only be set when it is created" in changed.stdout, changed.stdout[-3000:]
    assert "recreate: true" not in changed.stdout
    assert "hyperv.network.overlay with state absent" in changed.stdout


def test_hns_network_errors_name_its_options_before_any_call(fleet, run):
    start = calls(fleet, HOSTS)
    result = run(
        """
- hosts: hv01
  gather_facts: false
  tasks:
    - hyperv.network.hns_network:
        name: bad
        type: nat
        subnets: [{prefix: 172.30.0.0/33}]
""",
    )
    assert result.rc != 0
    assert "hyperv.network.hns_network: subnets[0].prefix:" in result.stdout, result.stdout[-2000:]
    assert "config.networks" not in result.stdout
    assert calls(fleet, HOSTS) == start


# --- item 6: results --------------------------------------------------------------------------------

SWITCH_PLAY = """
- hosts: hv01,hv02
  gather_facts: false
  tasks:
    - name: External switch shared with the host
      hyperv.network.host_network:
        state: merged
        config:
          switches:
            - {name: h5-ext, net_adapter_names: [Ethernet 2], allow_management_os: true}
"""


def test_bridge_calls_are_the_round_trips_the_host_answered_attempts_apart(fleet, run):
    start = calls(fleet, HOSTS)
    for host in HOSTS:
        fleet.set_faults(host, {"blackout_seconds": 4, "task_start_delay_s": 0.2})
    try:
        result = run(SWITCH_PLAY)
    finally:
        for host in HOSTS:
            fleet.reset_faults(host)
    assert result.rc == 0, result.stdout[-4000:]
    for host in HOSTS:
        task = result.named(host, "External switch shared with the host")["result"]
        answered = fleet.stats(host)["bridge_calls"] - start[host]
        assert task["bridge_calls"] == answered, (host, task["bridge_calls"], task.get("bridge_attempts"), answered)
        assert task["bridge_attempts"] > task["bridge_calls"], task  # polls lost in the blackout


PLAN_PLAY = """
- hosts: hv01
  gather_facts: false
  tasks:
    - name: Plan a NAT network
      hyperv.network.host_network:
        state: merged
        config:
          networks:
            - {name: h5-plan, type: nat, subnets: [{prefix: 172.29.0.0/16}]}
      check_mode: true
"""


def test_two_identical_plans_are_identical_with_ids_from_host_and_name(fleet, run):
    first = run(PLAN_PLAY)
    second = run(PLAN_PLAY)
    assert first.rc == 0 and second.rc == 0, first.stdout[-3000:]
    one = first.named("hv01", "Plan a NAT network")["result"]
    two = second.named("hv01", "Plan a NAT network")["result"]
    assert one["after"] == two["after"] and one["operations"] == two["operations"]
    planned = next(n for n in one["after"]["networks"] if n["name"] == "h5-plan")
    host = fleet.state("hv01")["computer_name"] if "computer_name" in fleet.state("hv01") else None
    assert uuid.UUID(planned["id"]).version == 5, planned
    if host:
        expected = uuid.uuid5(uuid.UUID("6f0c1d5e-9a43-5b7e-8c2d-4f1e0a9b3c71"), f"{host.upper()}/networks/H5-PLAN")
        assert planned["id"] == str(expected)


SKIP_PLAY = """
- hosts: hv01,hv02
  gather_facts: false
  tasks:
    - name: Our switch, not shared with the host (hv01)
      hyperv.network.vswitch: {name: h5-own, net_adapter_names: [Ethernet 2], allow_management_os: false}
      when: inventory_hostname == 'hv01'
    - name: Our L2Bridge network; HNS makes its switch (hv02)
      hyperv.network.hns_network:
        name: h5-l2b
        type: l2bridge
        adapter: Ethernet 2
        subnets: [{prefix: 10.251.0.0/24, gateway: 10.251.0.1}]
      when: inventory_hostname == 'hv02'
    - name: Plan the teardown of everything the collection made
      hyperv.network.host_network:
        state: deleted
        config: {switches: [], networks: []}
      check_mode: true
"""


def test_skipped_foreign_lists_only_what_is_not_ours(fleet, run):
    result = run(SKIP_PLAY)
    assert result.rc == 0, result.stdout[-4000:]
    for host in HOSTS:
        state = fleet.state(host)
        ours = {s["Id"].lower() for s in state["switches"] if s["Name"] == "h5-own"}
        plan = result.named(host, "Plan the teardown of everything the collection made")["result"]
        skipped = plan["skipped_foreign"]
        # Ours under another face is not foreign: the Transparent network HNS shows for our switch, the switch HNS
        # made for our network. The other team's switch is.
        assert not [e for e in skipped if e["kind"] == "networks" and (e.get("id") or "").lower() in ours], skipped
        assert not [e for e in skipped if e["kind"] == "switches" and e["name"] in ("h5-own", "h5-l2b")], skipped
        assert any(e["kind"] == "switches" and e["name"] == "backup-ext" for e in skipped), skipped
