"""The README's demo: hvemu with a small mixed fleet, the topologies, an idempotent rerun.

Starts the emulator on 127.0.0.1 (Hyper-V hosts and container VMs on them, reached over winrm and
psrp with NTLM message encryption), runs the collection's playbooks with real ansible-playbook,
prints what each host now has as the emulator's control API reports it (not the collection's own
output), runs everything again to show that nothing changes, and stops the emulator.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
DEMO = ROOT / "scripts" / "demo"
RECAP = re.compile(r"^(\S+)\s*:\s*ok=(\d+)\s+changed=(\d+)\s+unreachable=(\d+)\s+failed=(\d+)", re.M)


def start_emulator(workdir: Path) -> tuple[subprocess.Popen, str, Path]:
    """Start hvemu with the demo fleet; return the process, its base URL and the inventory path."""
    inventory = workdir / "inventory.yml"
    cmd = [
        str(VENV_BIN / "hvemu"),
        "serve",
        "--fleet",
        str(DEMO / "fleet.yml"),
        "--port",
        "0",
        "--state-dir",
        str(workdir / "state"),
        "--inventory",
        str(inventory),
        "--mixed",
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    match = re.search(r"(http://127\.0\.0\.1:\d+)", line)
    if not match:
        proc.terminate()
        sys.exit(f"demo: hvemu did not start: {line!r}")
    return proc, match.group(1), inventory


def control(base: str, path: str) -> dict | list:
    with urllib.request.urlopen(f"{base}/_hvemu{path}", timeout=30) as resp:
        return json.load(resp)


def collection_path(workdir: Path) -> Path:
    """A collections path in which hyperv.network points at this checkout."""
    path = workdir / "collections"
    target = path / "ansible_collections" / "hyperv"
    target.mkdir(parents=True, exist_ok=True)
    (target / "network").symlink_to(ROOT)
    return path


def run_playbook(name: str, inventory: Path, env: dict, extra: list[str]) -> dict[str, tuple[int, int, int]]:
    """Run one collection playbook; return {host: (changed, unreachable, failed)} from the recap."""
    cmd = [str(VENV_BIN / "ansible-playbook"), "-i", str(inventory), name, *extra]
    shown = " ".join(extra).replace(str(ROOT) + "/", "")
    print(f"\n$ ansible-playbook -i inventory.yml {name} {shown}", flush=True)
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    recap = {m[0]: (int(m[2]), int(m[3]), int(m[4])) for m in RECAP.findall(proc.stdout)}
    if proc.returncode != 0:
        print(proc.stdout[-4000:], proc.stderr[-2000:], sep="\n")
        raise SystemExit(f"demo: {name} failed (exit {proc.returncode})")
    changed = sum(c for c, _, _ in recap.values())
    print(f"  ok on {len(recap)} hosts, {changed} changed tasks in all")
    return recap


def describe_host(base: str, name: str) -> str:
    state = control(base, f"/hosts/{name}")
    stats = control(base, f"/hosts/{name}/stats")
    switches = ", ".join(s["Name"] for s in state.get("switches", [])) or "-"
    networks = ", ".join(f"{n.get('Name')} ({n.get('Type', 'NAT')})" for n in state.get("networks", [])) or "-"
    routes = sum(
        1 for n in state.get("networks", []) for p in n.get("Policies", []) if p.get("Type") == "RemoteSubnetRoute"
    )
    spoofing = sum(1 for a in state.get("vm_adapters", []) if a.get("MacAddressSpoofing") == 1)
    return (
        f"{name:6} switches: {switches}\n       networks: {networks}\n"
        f"       endpoints: {len(state.get('endpoints', []))}, overlay routes: {routes}, "
        f"VM NICs with MAC spoofing: {spoofing}, bridge calls so far: {stats['bridge_calls']}"
    )


def main() -> None:
    workdir = Path(tempfile.mkdtemp(prefix="hvnet-demo-"))
    proc, base, inventory = start_emulator(workdir)
    try:
        env = dict(
            os.environ,
            ANSIBLE_COLLECTIONS_PATH=str(collection_path(workdir)),
            ANSIBLE_CONFIG=str(DEMO / "ansible.cfg"),
            PATH=f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        )
        hosts = control(base, "/hosts")
        print(f"hvemu is serving {len(hosts)} hosts at {base}: {', '.join(hosts)}")
        plays = [(p["playbook"], p.get("args", [])) for p in json.loads((DEMO / "plays.json").read_text())]
        for name, args in plays:
            run_playbook(name, inventory, env, [*args, "-e", f"@{DEMO / 'vars.yml'}"])
        print("\nWhat the hosts have now (from the emulator's control API):")
        for host in hosts:
            print(describe_host(base, host))
        print("\nSecond run: every task should report no change.")
        before = {h: control(base, f"/hosts/{h}/stats")["bridge_calls"] for h in hosts}
        total_changed = 0
        for name, args in plays:
            recap = run_playbook(name, inventory, env, [*args, "-e", f"@{DEMO / 'vars.yml'}"])
            total_changed += sum(c for c, _, _ in recap.values())
        calls = {h: control(base, f"/hosts/{h}/stats")["bridge_calls"] - before[h] for h in hosts}
        print(f"\nSecond run: {total_changed} changed tasks; bridge calls per host: {calls}")
        if total_changed:
            raise SystemExit("demo: the second run changed something: not idempotent")
        print("demo: done")
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
