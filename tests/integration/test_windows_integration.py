"""The integration targets under ansible-test itself: ``scripts/windows-integration.sh`` (what a user runs with an
inventory of real Windows hosts) against a fresh hvemu fleet, with an ``inventory.winrm`` written as a user would.

test_modules.py runs the same targets with ansible-playbook and checks the host after every task; this test proves
the path a user takes: ansible-test finds every target by its aliases, runs it on every host of the ``windows``
group (one over winrm, one over psrp) with the variables from the inventory, and the targets leave each host as it
was (read from hvemu's control API).
"""

from __future__ import annotations

import json
import os
import subprocess

import yaml
from hvnet_harness import FLEET, REPO, TARGET_VARS, TARGETS, Hvemu, _inventory_hosts, winrm_inventory
from test_modules import view

SCRIPT = REPO / "scripts" / "windows-integration.sh"


def test_every_target_passes_under_ansible_test_and_leaves_each_host_as_it_was(tmp_path):
    from hvemu.testing import start_hvemu

    inventory = tmp_path / "inventory.yml"
    proc = start_hvemu(["--fleet", str(FLEET), "--inventory", str(inventory), "--mixed"])
    try:
        hosts = _inventory_hosts(yaml.safe_load(inventory.read_text()))
        hvemu = Hvemu(url=proc.http_url, inventory=inventory, hosts=hosts)
        winrm = tmp_path / "inventory.winrm"
        winrm.write_text(winrm_inventory(hosts, yaml.safe_load(TARGET_VARS.read_text())))
        before = {host: (hvemu.state(host), hvemu.stats(host)["bridge_calls"]) for host in hosts}
        env = dict(os.environ, HVNET_WI_BUILD=str(tmp_path / "build"))
        run = subprocess.run(
            [str(SCRIPT), str(winrm)], check=False, capture_output=True, text=True, env=env, timeout=900
        )
        assert run.returncode == 0, run.stdout[-8000:] + run.stderr[-3000:]
        (data,) = (tmp_path / "build" / "ansible_collections/hyperv/network/tests/output/data").glob("*.json")
        ran = set(json.loads(data.read_text())["targets"])
        assert ran == {path.name for path in TARGETS.iterdir() if path.is_dir()}
        assert {hvemu.connection(host) for host in hosts} == {"winrm", "psrp"}
        for host, (state, calls) in before.items():
            # every target reached every host, and what they made is gone again
            assert hvemu.stats(host)["bridge_calls"] >= calls + 100, host
            assert view(hvemu.state(host)) == view(state), host
    finally:
        proc.stop()
