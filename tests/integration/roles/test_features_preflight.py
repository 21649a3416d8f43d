"""Issue 14 item 1, the preflight half: a host whose Windows features (host.features, read through the bridge)
lack Containers (or, on a Hyper-V host, the Hyper-V role) is refused, naming the feature and an
ansible.windows.win_feature snippet, before any change on any host of the play (over winrm and psrp)."""

from __future__ import annotations

import pytest
import yaml
from roles_harness import HERE, view

HOSTS = ["hv01", "hv02", "hv03"]


@pytest.fixture
def fleet_and_run(start_fleet):
    return start_fleet(["--fleet", str(HERE / "fleets" / "features.yml")])


def test_a_host_without_the_containers_feature_is_refused_naming_the_fix_before_any_change(fleet, run):
    before = {h: view(fleet, h) for h in HOSTS}
    play = [{"hosts": "hyperv_hosts", "gather_facts": False, "roles": ["hyperv.network.nat"]}]
    result = run(yaml.safe_dump(play))
    assert result.rc != 0
    assert (
        "host hv02: the Windows feature Containers is not installed; install it first (it needs a restart), e.g. "
        "'- ansible.windows.win_feature: {name: Containers, state: present, include_management_tools: true}'"
    ) in result.stdout
    assert "host hv03: the Windows feature Hyper-V is not installed" in result.stdout
    assert "host hv01: the Windows feature" not in result.stdout
    assert {h: view(fleet, h) for h in HOSTS} == before  # nothing changed, hv01 included
