"""The overlay role on Server 2019 (hns-review.md findings 2 and 8, hvemu E1), over winrm and psrp.

Fleet: tests/integration/fleets/ws2019_overlay.yml. Host state is read through hvemu's control API.
"""

from __future__ import annotations

import pathlib

import pytest
from roles_harness import calls, view

FLEET = pathlib.Path(__file__).resolve().parents[1] / "fleets" / "ws2019_overlay.yml"
PATCHED = ["s19a", "s19b"]  # winrm, psrp
ALL = ["s19a", "s19b", "s19old"]
PLAY = "- ansible.builtin.import_playbook: hyperv.network.overlay\n"


@pytest.fixture
def ws2019(start_fleet):
    return start_fleet(["--fleet", str(FLEET)])


def policies(fleet, host, network):
    net = next(n for n in fleet.state(host)["networks"] if n["Name"] == network)
    return net.get("Policies") or []


def test_overlay_and_host_route_converge_on_server_2019_with_hns_9_2_over_winrm_and_psrp(ws2019):
    fleet, run = ws2019
    assert {h: fleet.state(h)["hns_version"]["Major"] for h in ALL} == {"s19a": 9, "s19b": 9, "s19old": 9}
    result = run(PLAY, extra_vars={"target": ",".join(PATCHED), "hyperv_network_overlay_adapter": "Ethernet"})
    assert result.rc == 0, result.stdout[-4000:] + result.stderr[-2000:]
    subnets = {h: view(fleet, h)["networks"]["hvnet-overlay"]["subnets"][0] for h in PATCHED}
    for host, other in (("s19a", "s19b"), ("s19b", "s19a")):
        types = [p["Type"] for p in policies(fleet, host, "hvnet-overlay")]
        assert "HostRoute" in types, types
        assert view(fleet, host)["networks"]["hvnet-overlay"]["routes"] == [
            (subnets[other], f"10.42.0.{11 + PATCHED.index(other)}")
        ]
    # A rerun changes nothing and costs one bridge call per host (the gathered read).
    start = calls(fleet, PATCHED)
    again = run(PLAY, extra_vars={"target": ",".join(PATCHED), "hyperv_network_overlay_adapter": "Ethernet"})
    assert again.rc == 0
    assert calls(fleet, PATCHED) == {h: n + 1 for h, n in start.items()}


def test_server_2019_with_older_hns_is_refused_naming_version_and_kb_before_any_change(ws2019):
    fleet, run = ws2019
    before = {h: view(fleet, h) for h in ALL}
    start = calls(fleet, ALL)
    result = run(PLAY, extra_vars={"target": ",".join(ALL), "hyperv_network_overlay_adapter": "Ethernet"})
    assert result.rc != 0
    assert "host s19old: HNS 9.1 (build 17763) has no RemoteSubnetRoute policy" in result.stdout
    assert "needs HNS 9.2; on Windows Server 2019 (build 17763) install KB4489899" in result.stdout
    assert "host s19a:" not in result.stdout and "host s19b:" not in result.stdout
    assert calls(fleet, ALL) == {h: n + 1 for h, n in start.items()}
    assert {h: view(fleet, h) for h in ALL} == before
