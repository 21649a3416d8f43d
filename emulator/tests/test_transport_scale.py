"""Scale: one hvemu process, 500 hosts, 50 parallel pywinrm/pypsrp clients x 10 real bridge calls, 0 errors.

Marked `full` (about 30 s on 2 cores); `make test-full` runs it. The figures go to emulator/README.md "Scale".
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

STRESS = os.path.join(os.path.dirname(__file__), "stress.py")


def run_stress(*args: str) -> dict:
    result = subprocess.run([sys.executable, STRESS, *args], capture_output=True, text=True, timeout=1200, check=False)
    assert result.stdout.strip(), result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_small_stress_run():
    """The stress script itself, small enough for every run: 12 hosts, 4 clients, 3 calls."""
    figures = run_stress("--hosts", "12", "--clients", "4", "--calls", "3")
    assert figures["error_count"] == 0, figures["errors"]
    assert figures["ok"] == figures["server_bridge_calls"] == 12
    assert figures["server_open_shells"] == 0


@pytest.mark.full
def test_500_hosts_50_clients_10_calls():
    figures = run_stress("--hosts", "500", "--clients", "50", "--calls", "10")
    print(json.dumps(figures, sort_keys=True))
    assert figures["hosts"] == 500
    assert figures["error_count"] == 0, figures["errors"]
    assert figures["ok"] == figures["server_bridge_calls"] == 500
    assert figures["server_open_shells"] == 0
