"""The engine against hvemu's host model in-process: the same bridge contract, no transport.

Fast contract checks that the engine and the emulator's model of Windows agree (enums, HCN
documents, ownership, ledger); the integration tests cover the real WinRM/PSRP transports.
"""

import base64
import contextlib

import pytest

hvemu_engine = pytest.importorskip("hvemu.bridge")
testkit = pytest.importorskip("hvemu.model.testkit")
counting_runner = pytest.importorskip("hvemu.wsman.server").counting_runner

from ansible_collections.hyperv.network.plugins.plugin_utils import engine  # noqa: E402
from ansible_collections.hyperv.network.plugins.plugin_utils import state as model  # noqa: E402
from ansible_collections.hyperv.network.plugins.plugin_utils.bridge_client import BridgeClient  # noqa: E402
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import BridgeError, HvNetPlanError  # noqa: E402


def client_for(host):
    # hvemu's own counters of bridge calls by kind (bridge_reads, bridge_polls, bridge_applies), as its WinRM server
    # counts them for the control API (hvemu/wsman/server.py counting_runner).
    run = counting_runner(hvemu_engine.run_script, lambda _host: contextlib.nullcontext())

    def execute(cmd, in_data):
        script = base64.b64decode(cmd.rsplit(" ", 1)[1]).decode("utf-16-le")
        stdout, stderr, rc = run(host, script, in_data.decode("ascii").split("\r\n"))
        return rc, stdout, stderr

    return BridgeClient(execute, sleep=lambda s: None)


def converge(host, config, state="merged", **kw):
    kw.setdefault("check_mode", False)
    kw.setdefault("diff", True)
    kw.setdefault("wait_for_overlay", 0)
    return engine.converge(client_for(host), config, state, **kw)


CONFIG = {
    "switches": [{"name": "nat-sw", "switch_type": "internal", "notes": "containers"}],
    "networks": [
        {"name": "ctr-nat", "type": "nat", "subnets": [{"prefix": "172.20.0.0/16", "gateway": "172.20.0.1"}]},
        {
            "name": "ovl",
            "type": "overlay",
            "adapter": "Ethernet 2",
            "subnets": [{"prefix": "10.244.1.0/24", "gateway": "10.244.1.1", "vsid": 4096}],
            "remote_subnet_routes": [
                {
                    "destination_prefix": "10.244.2.0/24",
                    "isolation_id": 4096,
                    "provider_address": "10.1.1.22",
                    "dr_mac_address": "00:15:5d:aa:bb:02",
                }
            ],
        },
    ],
    "endpoints": [
        {
            "name": "web-ep",
            "network": "ctr-nat",
            "ip_address": "172.20.0.10",
            "port_mappings": [{"protocol": "tcp", "internal_port": 80, "external_port": 8080}],
        }
    ],
}


def test_converge_then_idempotent_then_round_trip_then_teardown():
    host = testkit.make_host()
    first = converge(host, CONFIG)
    assert first["changed"] is True, first
    # the overlay network is disruptive: read, job_start, job_status polls (the last confirms and brings the
    # after-snapshot)
    assert first["job"]["state"] == "confirmed"
    assert first["bridge_calls"] == 2 + first["job"]["polls_answered"]
    assert first["warnings"] == [], first["warnings"]
    assert {n["name"] for n in first["after"]["networks"]} == {"ctr-nat", "ovl"}

    second = converge(host, CONFIG)
    assert second["changed"] is False, second["operations"]
    assert second["bridge_calls"] == 1

    for state in ("replaced", "overridden"):
        gathered = converge(host, None, "gathered")["gathered"]
        again = converge(host, model.strip_facts(gathered), state)
        assert again["operations"] == [], (state, again["operations"])

    chained = converge(host, CONFIG, snapshot=second["snapshot"])
    assert chained["changed"] is False and chained["bridge_calls"] == 0

    teardown = converge(host, {}, "deleted")
    assert teardown["changed"] is True
    gone = converge(host, None, "gathered")["gathered"]
    assert not [o for kind in ("switches", "networks", "endpoints") for o in gone[kind] if o["owned"]]


def calls(host):
    stats = host.stats.to_json()
    return {k: stats[k] for k in ("bridge_calls", "bridge_reads", "bridge_polls", "bridge_applies")}


def test_a_transparent_disruptive_converge_is_a_read_a_job_start_and_polls_without_a_job_confirm():
    """Issue 13 deliver 4, counted by hvemu: the poll that sees the job applied confirms it and brings the
    after-snapshot, so there is no separate job_confirm call (the old code made one: 3 + polls)."""
    host = testkit.make_host()
    result = converge(host, {"networks": [{"name": "tr", "type": "transparent", "adapter": "Ethernet 2"}]})
    assert result["disruptive"] is True and result["job"]["state"] == "confirmed"
    polls = result["job"]["polls_answered"]
    assert calls(host) == {"bridge_calls": 2 + polls, "bridge_reads": 1, "bridge_polls": polls, "bridge_applies": 1}
    assert host.state()["journal"][result["job"]["job_id"]]["state"] == "confirmed"
    assert [n["Name"] for n in host.state()["networks"]] == ["tr"]
    assert [n["name"] for n in result["after"]["networks"]] == ["tr"]  # the after-snapshot came with the poll


def test_remote_routes_update_and_purge():
    host = testkit.make_host()
    converge(host, CONFIG)
    routes = [
        {
            "destination_prefix": "10.244.3.0/24",
            "isolation_id": 4096,
            "provider_address": "10.1.1.23",
            "dr_mac_address": "00-15-5D-AA-BB-03",
        }
    ]
    result = converge(
        host, {"networks": [{"name": "ovl", "remote_subnet_routes": routes, "purge_remote_subnet_routes": True}]}
    )
    assert [r["destination_prefix"] for r in result["after"]["networks"][0]["remote_subnet_routes"]] == [
        "10.244.3.0/24"
    ]
    assert result["warnings"] == []


def test_create_only_change_needs_recreate():
    host = testkit.make_host()
    converge(host, CONFIG)
    changed = {"networks": [{"name": "ctr-nat", "type": "nat", "subnets": [{"prefix": "172.21.0.0/16"}]}]}
    with pytest.raises(HvNetPlanError):
        converge(host, changed)
    result = converge(host, changed, recreate=True)
    assert result["after"]["networks"][0]["subnets"][0]["prefix"] == "172.21.0.0/16"


def seeded_host():
    """A container host as the integration fleet seeds it: Docker nat, flannel overlay, a foreign switch, a VM."""
    return testkit.make_host(
        adapters=[
            {"name": "Ethernet", "ipv4": "10.31.0.21/24", "gateway": "10.31.0.1", "dns": ["10.31.0.2"]},
            {"name": "Ethernet 2", "ipv4": "10.31.1.21/24"},
            {"name": "Ethernet 3"},
            {"name": "Ethernet 4"},
        ],
        seed={
            "docker_nat": {"prefix": "172.26.64.0/20"},
            "flannel": {"subnet": "10.245.1.0/24", "vni": 4097, "adapter": "Ethernet 2"},
            "switches": [{"name": "team-sw", "type": "Internal", "notes": "owned by the platform team"}],
        },
        vms=[
            {
                "name": "ctr-vm-1",
                "nics": [{"name": "Network Adapter", "switch": "team-sw"}, {"name": "Network Adapter 2"}],
            }
        ],
    )


def test_foreign_objects_survive_overridden_and_teardown():
    host = seeded_host()
    before = converge(host, None, "gathered")["gathered"]
    foreign = {(k, o["name"]) for k in ("switches", "networks", "endpoints") for o in before[k] if not o["owned"]}
    assert ("networks", "nat") in foreign and ("switches", "team-sw") in foreign

    # the round trip on a seeded host changes nothing
    assert converge(host, model.strip_facts(before), "overridden")["operations"] == []

    config = {
        "switches": [{"name": "ext-sw", "net_adapter_names": ["Ethernet 3"], "allow_management_os": False}],
        # inside Docker's WinNAT prefix: WinNAT keeps one internal prefix per host
        "networks": [{"name": "ctr-nat", "type": "nat", "subnets": [{"prefix": "172.26.72.0/24"}]}],
        "endpoints": [{"name": "web-ep", "network": "ctr-nat", "ip_address": "172.26.72.10"}],
        "vm_adapters": [
            {
                "vm": "ctr-vm-1",
                "name": "Network Adapter 2",
                "switch": "ext-sw",
                "vlan": {"mode": "access", "access_id": 10},
            }
        ],
    }
    created = converge(host, config)
    assert created["warnings"] == [], created["warnings"]
    assert converge(host, config)["operations"] == []

    result = converge(host, {"switches": [], "networks": [], "endpoints": []}, "overridden")
    skipped = {(s["kind"], s["name"]) for s in result["skipped_foreign"]}
    assert ("networks", "nat") in skipped and ("switches", "team-sw") in skipped
    after = converge(host, None, "gathered")["gathered"]
    assert {(k, o["name"]) for k in ("switches", "networks", "endpoints") for o in after[k]} == foreign

    # the host decides (WinNAT keeps one internal prefix on Server; some Windows 11 builds take several)
    with pytest.raises(BridgeError) as e:
        converge(host, {"networks": [{"name": "other-nat", "type": "nat", "subnets": [{"prefix": "172.31.0.0/24"}]}]})
    assert (
        e.value.hresult_name == "ERROR_OBJECT_ALREADY_EXISTS"  # docker/for-win#1384, #726 (hvemu's model)
        and "WinNAT" in e.value.msg
        and "nothing took effect" in e.value.msg.lower()
    )
    with pytest.raises(HvNetPlanError, match="'nat' is not owned"):
        converge(host, {"networks": [{"name": "NAT"}]}, "deleted")


# --- property: any valid config converges, then plans nothing (also after a gathered round trip) ---

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_names = (
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ-_ 0123456789", min_size=1, max_size=12)
    .map(str.strip)
    .filter(bool)
)


@st.composite
def configs(draw):
    switch_names = draw(st.lists(_names, max_size=3, unique_by=str.casefold))
    switches = [
        {
            "name": name,
            "switch_type": draw(st.sampled_from(["internal", "private", None])),
            "notes": draw(st.sampled_from([None, "", "team a", "line1\nline2"])),
            "minimum_bandwidth_mode": draw(st.sampled_from([None, "default", "weight", "absolute", "none"])),
        }
        for name in switch_names
    ]
    ports = draw(st.lists(st.integers(1024, 65535), max_size=3, unique=True))
    endpoints = [
        {
            "name": f"ep-{i}",
            "network": draw(st.sampled_from(["ctr-nat", "CTR-NAT"])),
            "ip_address": f"172.20.0.{10 + i}",
            "port_mappings": [
                {"protocol": draw(st.sampled_from(["tcp", "udp", "TCP"])), "internal_port": 80, "external_port": port}
            ],
        }
        for i, port in enumerate(ports)
    ]
    networks = [{"name": "ctr-nat", "type": "nat", "subnets": [{"prefix": "172.20.0.0/16"}]}]
    if draw(st.booleans()):
        spell = draw(st.sampled_from(["{}-{}-{}-{}-{}-{}", "{}:{}:{}:{}:{}:{}", "{}{}{}{}{}{}"]))
        case = draw(st.sampled_from([str.lower, str.upper]))
        routes = [
            {
                "destination_prefix": f"10.244.{n}.0/24",
                "isolation_id": 4096,
                "provider_address": f"10.1.1.{n}",
                "dr_mac_address": case(spell.format("00", "15", "5d", "aa", "bb", f"{n:02x}")),
            }
            for n in draw(st.lists(st.integers(2, 200), max_size=3, unique=True))
        ]
        networks.append(
            {
                "name": "ovl",
                "type": "overlay",
                "adapter": "Ethernet 2",
                "subnets": [{"prefix": "10.244.1.0/24", "vsid": 4096}],
                "remote_subnet_routes": routes,
            }
        )
    return {"switches": switches, "networks": networks, "endpoints": endpoints}


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(configs(), st.sampled_from(["merged", "replaced", "overridden"]))
def test_any_config_converges_and_is_then_idempotent(config, state):
    host = testkit.make_host()
    first = converge(host, config, state)
    assert first["warnings"] == [], first["warnings"]
    again = converge(host, config, state)
    assert again["operations"] == [], again["operations"]
    gathered = converge(host, None, "gathered")["gathered"]
    assert converge(host, model.strip_facts(gathered), "overridden")["operations"] == []
