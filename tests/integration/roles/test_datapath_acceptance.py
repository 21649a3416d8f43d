"""Issue 11 acceptance: each topology carries traffic on a fleet of four Hyper-V hosts (winrm and psrp alternating).

One playbook run converges nat, overlay, l2bridge on the LAN (configuration 1), transparent and l2bridge with
per-host subnets side by side (each on its own NIC), then hvemu's oracle (control API /_hvemu/reachability) is
asked three questions per topology: container -> container on another host, container -> outside, outside ->
a published host port (for transparent, whose containers have LAN addresses, outside -> the container). A second
run removes by hand (host_network, as an operator would) the piece each path needs, and the oracle must answer
no: for l2bridge per_host (flannel host-gw, review 3 design) a host route, the gateway endpoint's host attach and
forwarding. The collection cannot write a PortMapping without Flags any more; that the oracle refuses
one is shown in emulator/tests/test_reachability_datapath.py and by e06e9aa's roles (docs/testing.md).
Host state is read from hvemu, never from the collection's own output.
"""

from __future__ import annotations

import pathlib

import pytest
import yaml
from roles_harness import HERE

HOSTS = ["hv01", "hv02", "hv03", "hv04"]
FLEET = HERE / "fleets" / "datapath.yml"
N = {h: i for i, h in enumerate(HOSTS, start=1)}
PER_HOST_ROUTE = {
    "destination_prefix": "10.250.2.0/24",
    "next_hop": "10.63.0.22",
    "interface": "vEthernet (Ethernet 4)",
}


@pytest.fixture
def fleet_and_run(start_fleet):
    return start_fleet(["--fleet", str(FLEET)])


def _pm(port):
    return [{"internal_port": 80, "external_port": port}]


def _play(role, role_vars):
    return {
        "name": role,
        "hosts": "hyperv_hosts",
        "gather_facts": False,
        "vars": role_vars,
        "tasks": [{"ansible.builtin.include_role": {"name": f"hyperv.network.{role}"}}],
    }


CONVERGE = [
    _play(
        "nat",
        {"hyperv_network_nat_endpoints": [{"name": "nweb", "ip_address": "172.20.0.10", "port_mappings": _pm(8080)}]},
    ),
    _play(
        "overlay",
        {
            "hyperv_network_overlay_adapter": "Ethernet",
            "hyperv_network_overlay_hosts": {
                h: {
                    "subnet": f"10.244.{n}.0/24",
                    "endpoints": [{"name": "oweb", "ip_address": f"10.244.{n}.10", "port_mappings": _pm(8081)}],
                }
                for h, n in N.items()
            },
        },
    ),
    _play(
        "l2bridge",
        {
            "hyperv_network_l2bridge_mode": "lan",
            "hyperv_network_l2bridge_network_name": "l2lan",
            "hyperv_network_l2bridge_switch_name": "l2lan-sw",
            "hyperv_network_l2bridge_adapter": "Ethernet 2",
            "hyperv_network_l2bridge_prefix": "10.61.0.0/24",
            "hyperv_network_l2bridge_gateway": "10.61.0.1",
            "hyperv_network_l2bridge_hosts": {
                h: {"endpoints": [{"name": "lweb", "ip_address": f"10.61.0.{100 + n}", "port_mappings": _pm(8082)}]}
                for h, n in N.items()
            },
        },
    ),
    _play(
        "transparent",
        {
            "hyperv_network_transparent_adapter": "Ethernet 3",
            "hyperv_network_transparent_ipam": "static",
            "hyperv_network_transparent_prefix": "10.62.0.0/24",
            "hyperv_network_transparent_gateway": "10.62.0.1",
            "hyperv_network_transparent_hosts": {
                h: {"endpoints": [{"name": "tweb", "ip_address": f"10.62.0.{100 + n}"}]} for h, n in N.items()
            },
        },
    ),
    _play(
        "l2bridge",
        {
            "hyperv_network_l2bridge_adapter": "Ethernet 4",
            "hyperv_network_l2bridge_hosts": {
                h: {
                    "subnet": f"10.250.{n}.0/24",
                    "endpoints": [{"name": "pweb", "ip_address": f"10.250.{n}.10", "port_mappings": _pm(8083)}],
                }
                for h, n in N.items()
            },
        },
    ),
]


def _reach(fleet, src, dst):
    return fleet.get(f"/_hvemu/reachability?src={src}&dst={dst}")


def _ok(result):
    assert result.rc == 0, result.stdout[-6000:] + result.stderr[-2000:]
    return result


# (topology, container -> container on another host, container -> outside, outside -> published)
QUESTIONS = [
    ("nat", ("hv01/nweb", "hv02:8080"), ("hv01/nweb", "outside"), ("outside", "hv02:8080")),
    ("overlay", ("hv01/oweb", "hv02/oweb"), ("hv01/oweb", "outside"), ("outside", "hv02:8081")),
    ("l2bridge lan", ("hv01/lweb", "hv02/lweb"), ("hv01/lweb", "outside"), ("outside", "hv02:8082")),
    ("transparent", ("hv01/tweb", "hv02/tweb"), ("hv01/tweb", "outside"), ("outside", "hv02/tweb")),
]


def test_every_topology_carries_traffic_and_the_oracle_can_say_no(fleet, run):
    _ok(run(yaml.safe_dump(CONVERGE, sort_keys=False)))
    state = {h: fleet.state(h) for h in HOSTS}
    for host in HOSTS:
        switches = {s["Name"] for s in state[host]["switches"]}
        assert "backup-ext" in switches and "l2lan-sw" not in switches  # HNS made the switches (hns 5)
        nets = {n["Name"]: n for n in state[host]["networks"]}
        anchor = nets["hvnet-anchor"]
        assert anchor["Type"] == "Overlay"  # hns 6
        eps = {e["Name"]: e for e in state[host]["endpoints"]}
        oweb = {p["Type"]: p["Settings"] for p in eps["oweb"]["Policies"]}
        assert oweb["ProviderAddress"] == {"ProviderAddress": f"10.60.0.{20 + N[host]}"}  # hns 4
        assert "10.244.0.0/16" in oweb["OutBoundNAT"]["Exceptions"]
        assert oweb["PortMapping"]["Flags"] == 1  # hns 3
        assert eps["hvnet-l2bridge_ep"]["IpConfigurations"][0]["IpAddress"] == f"10.250.{N[host]}.2"  # hns 1
        assert oweb["OutBoundNAT"]["Exceptions"] == ["10.244.0.0/16"]  # review 3 finding 4: no PAs
        pweb = eps["pweb"]
        assert [r["NextHop"] for r in pweb["Routes"]] == [f"10.250.{N[host]}.2"]  # review 3 finding 1
        pweb_policies = {p["Type"]: p["Settings"] for p in pweb["Policies"]}
        # review 3 finding 3, review 4 finding 1: the host's own address, not the LAN subnet
        assert pweb_policies["OutBoundNAT"]["Exceptions"] == ["10.250.0.0/16", f"10.63.0.{20 + N[host]}/32"]
        assert pweb_policies["SDNRoute"] == {"DestinationPrefix": f"10.63.0.{20 + N[host]}/32", "NeedEncap": True}
        lweb = {p["Type"]: p["Settings"] for p in eps["lweb"]["Policies"]}
        assert lweb["SDNRoute"] == {"DestinationPrefix": f"10.61.0.{20 + N[host]}/32", "NeedEncap": True}
        # l2bridge per_host host objects (flannel host-gw), as hvemu holds them
        per_host = state[host]
        assert per_host["forwarding"]["vEthernet (Ethernet 4)"] is True
        assert per_host["forwarding"]["vEthernet (hvnet-l2bridge_ep)"] is True
        routes = sorted(
            (r["DestinationPrefix"], r["NextHop"])
            for r in per_host["routes"]
            if r["InterfaceAlias"] == "vEthernet (Ethernet 4)" and r["DestinationPrefix"] != "0.0.0.0/0"
        )
        assert routes == sorted((f"10.250.{n}.0/24", f"10.63.0.{20 + n}") for h, n in N.items() if h != host)
        assert not [
            r for r in per_host["routes"]
            if r["InterfaceAlias"] == "vEthernet (hvnet-l2bridge_ep)" and r["DestinationPrefix"] == "0.0.0.0/0"
        ]  # fmt: skip
        # overlay: the VXLAN rule from the other members' PAs (issue 11 deliver 6)
        fw = [r for r in per_host["firewall_rules"] if r["Name"] == "hyperv-network-vxlan-hvnet-overlay"]
        assert [(r["LocalPort"], sorted(r["RemoteAddress"])) for r in fw] == [
            (["4789"], sorted(f"10.60.0.{20 + n}" for h, n in N.items() if h != host))
        ]
    for topology, *questions in QUESTIONS:
        for src, dst in questions:
            answer = _reach(fleet, src, dst)
            assert answer["reachable"] is True, (topology, src, dst, answer)
    # l2bridge with per-host subnets (flannel host-gw): the gateway endpoint attached, forwarding and host routes.
    for src, dst in (("hv01/pweb", "hv02/pweb"), ("hv02/pweb", "hv01/pweb"), ("hv01/pweb", "outside"),
                     ("outside", "hv02:8083")):  # fmt: skip
        answer = _reach(fleet, src, dst)
        assert answer["reachable"] is True, ("l2bridge per_host", src, dst, answer)
    # l2bridge endpoints reach their own host's LAN address through the SDNRoute <host>/32 NeedEncap (review 3
    # finding 3, oracle O6/O7), in both modes.
    for src in ("hv01/pweb", "hv01/lweb"):
        answer = _reach(fleet, src, "hv01")
        assert answer["reachable"] is True and "NeedEncap" in answer["reason"], (src, answer)

    # By hand: the overlay endpoint loses its ProviderAddress and OutBoundNAT, the LAN l2bridge and NAT mappings
    # go.
    by_hand = [
        {
            "hosts": "hv01",
            "gather_facts": False,
            "tasks": [
                {"hyperv.network.hns_endpoint": {"name": "oweb", "network": "hvnet-overlay", "state": "absent"}},
                {
                    "hyperv.network.hns_endpoint": {
                        "name": "oweb",
                        "network": "hvnet-overlay",
                        "ip_address": "10.244.1.10",
                        "port_mappings": _pm(8081),
                    }
                },
            ],
        },
        {
            "hosts": "hv02",
            "gather_facts": False,
            "tasks": [
                {
                    "hyperv.network.host_network": {
                        "state": "replaced",
                        "config": {
                            "endpoints": [
                                {
                                    "name": "lweb",
                                    "network": "l2lan",
                                    "ip_address": "10.61.0.102",
                                    "port_mappings": [],
                                },
                                {
                                    "name": "nweb",
                                    "network": "hvnet-nat",
                                    "ip_address": "172.20.0.10",
                                    "port_mappings": [],
                                },
                            ]
                        },
                    }
                },
            ],
        },
        # l2bridge per_host, one missing piece per host: hv01 loses its route to hv02's subnet, hv03's gateway
        # endpoint is detached from the host, hv04's management vNIC stops forwarding.
        {
            "hosts": "hv01",
            "gather_facts": False,
            "tasks": [
                {
                    "hyperv.network.host_network": {
                        "state": "deleted",
                        "config": {"host_routes": [PER_HOST_ROUTE]},
                    }
                }
            ],
        },
        {
            "hosts": "hv03",
            "gather_facts": False,
            "tasks": [
                {
                    "hyperv.network.host_network": {
                        "state": "merged",
                        "config": {
                            "endpoints": [
                                {
                                    "name": "hvnet-l2bridge_ep",
                                    "network": "hvnet-l2bridge",
                                    "ip_address": "10.250.3.2",
                                    "prefix_length": 24,
                                    "host_attach": False,
                                }
                            ]
                        },
                    }
                }
            ],
        },
        {
            "hosts": "hv04",
            "gather_facts": False,
            "tasks": [
                {
                    "hyperv.network.host_network": {
                        "state": "merged",
                        "config": {"forwarding": [{"interface": "vEthernet (Ethernet 4)", "enabled": False}]},
                    }
                }
            ],
        },
    ]
    _ok(run(yaml.safe_dump(by_hand, sort_keys=False)))
    oweb = {p["Type"] for e in fleet.state("hv01")["endpoints"] if e["Name"] == "oweb" for p in e["Policies"]}
    assert "ProviderAddress" not in oweb and "OutBoundNAT" not in oweb
    for src, dst, why in (
        ("hv01/oweb", "hv02/oweb", "ProviderAddress policy"),
        ("hv01/oweb", "outside", "ProviderAddress policy"),
        ("outside", "hv02:8082", "publishes port 8082"),
        ("hv01/nweb", "hv02:8080", "publishes port 8080"),
        ("outside", "hv02:8080", "publishes port 8080"),
    ):
        answer = _reach(fleet, src, dst)
        assert answer["reachable"] is False and why in answer["reason"], (src, dst, answer)
    routes = {(r["DestinationPrefix"], r["NextHop"]) for r in fleet.state("hv01")["routes"]}
    assert ("10.250.2.0/24", "10.63.0.22") not in routes and ("10.250.3.0/24", "10.63.0.23") in routes
    assert "vEthernet (hvnet-l2bridge_ep)" not in {a["Name"] for a in fleet.state("hv03")["adapters"]}
    assert fleet.state("hv04")["forwarding"]["vEthernet (Ethernet 4)"] is False
    no = {}
    for src, dst in (
        ("hv01/pweb", "hv02/pweb"),  # hv01 has no route to 10.250.2.0/24
        ("hv03/pweb", "outside"),  # its gateway .2 is held by no host vNIC
        ("hv03/pweb", "hv02/pweb"),
        ("outside", "hv03:8083"),  # the reply has no gateway
        ("hv04/pweb", "hv02/pweb"),  # hv04 does not forward
        ("hv02/pweb", "hv04/pweb"),
    ):
        no[(src, dst)] = _reach(fleet, src, dst)
        assert no[(src, dst)]["reachable"] is False, (src, dst, no[(src, dst)])
    print(yaml.safe_dump({f"{s} -> {d}": a["reason"] for (s, d), a in no.items()}, width=200))
    # What was not touched still answers yes.
    assert _reach(fleet, "hv01/lweb", "hv02/lweb")["reachable"] is True
    assert _reach(fleet, "outside", "hv03:8081")["reachable"] is True
    assert _reach(fleet, "hv02/pweb", "hv01/pweb")["reachable"] is False  # the reply needs hv01's route back
    assert _reach(fleet, "hv01/pweb", "outside")["reachable"] is True  # hv01 lost a route, not its gateway
    assert _reach(fleet, "hv02/pweb", "outside")["reachable"] is True
    assert _reach(fleet, "outside", "hv02:8083")["reachable"] is True


def test_the_fleet_file_has_four_hyperv_hosts():
    assert len(yaml.safe_load(pathlib.Path(FLEET).read_text())["hosts"]) >= 4


def test_an_adapter_held_by_another_teams_switch_is_refused_naming_it(fleet, run):
    """hns 5: the preflight refuses an adapter bound to a switch that is not ours, naming the switch, before any
    change (HNS would fail with 0x803B0006 there, microsoft/SDN#269)."""
    before = {h: fleet.state(h) for h in HOSTS}
    for role in ("transparent", "l2bridge"):
        plays = [
            {
                "hosts": "hyperv_hosts",
                "gather_facts": False,
                "vars": {f"hyperv_network_{role}_adapter": "Ethernet 5"},
                "tasks": [{"ansible.builtin.include_role": {"name": f"hyperv.network.{role}"}}],
            }
        ]
        result = run(yaml.safe_dump(plays))
        assert result.rc != 0
        assert "adapter 'Ethernet 5' of host hv01 is already bound to switch 'backup-ext'" in result.stdout
    for host in HOSTS:
        now = fleet.state(host)
        assert (now["switches"], now["networks"], now["endpoints"]) == (
            before[host]["switches"],
            before[host]["networks"],
            before[host]["endpoints"],
        )
