"""Fixtures for the topology role tests: a fresh hvemu per test with the role fleet, and a playbook runner.

Reuses the runner and emulator handles of tests/integration/hvnet_harness.py (loaded by path, under another
module name); only the fleet differs: fleets/mixed.yml (six Hyper-V hosts on Server 2019,
2022 and 2025, three container VMs on two parents).
"""

from __future__ import annotations

import importlib.util
import pathlib

import pytest
import yaml

HERE = pathlib.Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("hvnet_integration_common", HERE.parent / "hvnet_harness.py")
common = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(common)

FLEET = HERE / "fleets" / "mixed.yml"
# The overlay fleet of these tests (hv03, Server 2019 with HNS 9.5, is left out; see test_hns_gates.py).
OVERLAY_HOSTS = ["hv01", "hv02", "hv04", "hv05", "hv06"]
HYPERV_HOSTS = ["hv01", "hv02", "hv03", "hv04", "hv05", "hv06"]
VMS = {"ctr01": "hv01", "ctr02": "hv01", "ctr03": "hv02"}


@pytest.fixture
def start_fleet(tmp_path, collections_path):
    """Factory: start_fleet(hvemu serve arguments) -> (hvemu handle, playbook runner); stopped after the test."""
    from hvemu.testing import start_hvemu

    started = []

    def start(args):
        workdir = tmp_path / f"fleet{len(started)}"
        workdir.mkdir()
        inventory = workdir / "inventory.yml"
        proc = start_hvemu([*args, "--inventory", str(inventory), "--mixed"])
        started.append(proc)
        hosts = common._inventory_hosts(yaml.safe_load(inventory.read_text()))
        handle = common.Hvemu(url=proc.http_url, inventory=inventory, hosts=hosts)
        (workdir / "ansible").mkdir()
        return handle, common.Ansible(handle, collections_path, workdir / "ansible").playbook

    yield start
    for proc in started:
        proc.stop()


@pytest.fixture
def fleet_and_run(start_fleet):
    return start_fleet(["--fleet", str(FLEET)])


@pytest.fixture
def fleet(fleet_and_run):
    """hvemu serving the role fleet (winrm and psrp hosts alternating)."""
    return fleet_and_run[0]


@pytest.fixture
def run(fleet_and_run):
    """ansible-playbook against the fleet: run(playbook, *args, extra_vars=..., limit=...)."""
    return fleet_and_run[1]


def calls(fleet, hosts):
    """Bridge calls hvemu counted per host."""
    return {h: fleet.stats(h)["bridge_calls"] for h in hosts}


def reads_only(fleet, start, hosts, *, untouched=()):
    """Since ``start`` (``{host: stats}``): no apply reached any host, at most the one read each (issue 13: a rule
    between hosts is checked after each host's read, before any change), none on ``untouched``."""
    now = {h: fleet.stats(h) for h in hosts}
    applies = {h: now[h]["bridge_applies"] - start[h]["bridge_applies"] for h in hosts}
    calls_made = {h: now[h]["bridge_calls"] - start[h]["bridge_calls"] for h in hosts}
    assert applies == dict.fromkeys(hosts, 0), applies
    assert all(n <= (0 if h in untouched else 1) for h, n in calls_made.items()), calls_made
    return calls_made


def stats_of(fleet, hosts):
    return {h: fleet.stats(h) for h in hosts}


def view(fleet, host):
    """What a topology may change on a host, as hvemu holds it (names, prefixes, addresses, VM NICs)."""
    state = fleet.state(host)
    networks = {}
    for net in state["networks"]:
        subnets = [s["IpAddressPrefix"] for ipam in net.get("Ipams") or [] for s in ipam.get("Subnets") or []]
        routes = sorted(
            (p["Settings"]["DestinationPrefix"], p["Settings"]["ProviderAddress"])
            for p in net.get("Policies") or []
            if p.get("Type") == "RemoteSubnetRoute"
        )
        networks[net["Name"]] = {"id": net["ID"], "type": net.get("Type"), "subnets": subnets, "routes": routes}
    return {
        "switches": sorted(s["Name"] for s in state["switches"]),
        "networks": networks,
        "endpoints": sorted(e["Name"] for e in state["endpoints"]),
        "netnat": sorted(n["InternalIPInterfaceAddressPrefix"] for n in state["netnat"]),
        "addresses": sorted(
            (a["Name"], ip["IPAddress"]) for a in state["adapters"] for ip in (a.get("ip") or {}).get("IPv4") or []
        ),
        "vm_nics": sorted((n["VMName"], n["Name"], n["MacAddressSpoofing"]) for n in state["vm_adapters"]),
        # an emptied list (the host objects' keys once released) reads as no list
        "ledger": {k: sorted(v) for k, v in state["ledger"].items() if v},
    }


def without_ids(host_view):
    """A view for comparing before/after a teardown (IDs of re-created objects differ by design)."""
    out = dict(host_view)
    out["networks"] = {k: {kk: vv for kk, vv in v.items() if kk != "id"} for k, v in host_view["networks"].items()}
    return out
