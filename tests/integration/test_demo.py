"""The README's first command runs the demo: it must keep working at every landing."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_demo_converges_the_fleet_and_the_second_run_changes_nothing():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py")], capture_output=True, text=True, timeout=600, check=False
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    out = proc.stdout
    # What the demo prints about the hosts comes from the emulator's control API.
    assert "hvnet-overlay (Overlay)" in out and "hvnet-nat (NAT)" in out and "hvnet-transparent (Transparent)" in out
    assert "Second run: 0 changed tasks" in out
    assert out.rstrip().endswith("demo: done")
