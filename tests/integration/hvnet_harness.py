"""Integration fixtures: hvemu serving a small fleet, and real ansible-playbook runs against it.

* ``hvemu`` (session): ``hvemu serve --fleet fleets/seeded.yml --inventory <tmp>/inventory.yml --mixed`` on free
  ports (hosts alternate between the winrm and the psrp connection plugin, both NTLM over http with message
  encryption).
* ``ansible`` (session): runs ``ansible-playbook`` with ``ANSIBLE_COLLECTIONS_PATH`` pointing at a temporary
  ``ansible_collections/hyperv/network`` symlink to this repository, and the test-only callback
  ``callback_plugins/hvnet_record.py``, which records after every task the host's state and counters as hvemu
  reports them. Tests assert on those records, never on the collection's own view of the host.
* ``HVNET_ANSIBLE_BIN_DIR`` selects another ansible-core (for example ``.venv-compat/bin``, the oldest
  ansible-core claimed) for the tests marked ``compat``; by default the ansible next to this Python is used.
"""

from __future__ import annotations

import hashlib
import json
import os
import pathlib
import subprocess
import sys
import urllib.request

import pytest
import yaml

REPO = pathlib.Path(__file__).resolve().parents[2]
HERE = pathlib.Path(__file__).resolve().parent
PLAYBOOKS = HERE / "playbooks"
# ansible-test's layout: one role per target, runnable with ansible-test windows-integration against real hosts.
TARGETS = HERE / "targets"
# What the targets may use on the seeded fleet (their host-specific variables).
TARGET_VARS = HERE / "fleets" / "seeded_targets.yml"
FLEET = HERE / "fleets" / "seeded.yml"
MODULE_PREFIX = "hyperv.network."


def ansible_bin(tool: str) -> str:
    """Path of an ansible command: from HVNET_ANSIBLE_BIN_DIR, else next to the running Python."""
    bin_dir = os.environ.get("HVNET_ANSIBLE_BIN_DIR") or os.path.dirname(sys.executable)
    return os.path.join(bin_dir, tool)


class Hvemu:
    """The running emulator: its URL, inventory (host name -> host vars) and control API."""

    # Plain classes, not dataclasses: tests/integration/roles/conftest.py loads this file under another
    # module name without registering it in sys.modules, which dataclasses need.
    def __init__(self, url: str, inventory: pathlib.Path, hosts: dict | None = None):
        self.url = url
        self.inventory = inventory
        self.hosts = dict(hosts or {})

    def get(self, path: str):
        with urllib.request.urlopen(self.url + path, timeout=30) as response:
            return json.loads(response.read().decode("utf-8"))

    def set_faults(self, host: str, faults: dict) -> dict:
        """Merge faults into a host's (POST /_hvemu/hosts/<host>/faults)."""
        return self._send("POST", f"/_hvemu/hosts/{host}/faults", faults)

    def reset_faults(self, host: str) -> dict:
        return self._send("DELETE", f"/_hvemu/hosts/{host}/faults")

    def _send(self, method: str, path: str, body: dict | None = None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url + path, data=data, method=method)
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read().decode("utf-8"))

    def state(self, host: str) -> dict:
        return self.get(f"/_hvemu/hosts/{host}")

    def stats(self, host: str) -> dict:
        return self.get(f"/_hvemu/hosts/{host}/stats")

    def fleet_stats(self) -> dict:
        return self.get("/_hvemu/stats")

    def connection(self, host: str) -> str:
        return self.hosts[host]["ansible_connection"]


def _inventory_hosts(inventory: dict) -> dict:
    hosts = {}
    for group in (inventory.get("all", {}).get("children") or {}).values():
        hosts.update((group or {}).get("hosts") or {})
    return hosts


@pytest.fixture(scope="session")
def hvemu(tmp_path_factory):
    from hvemu.testing import start_hvemu

    workdir = tmp_path_factory.mktemp("hvemu")
    inventory = workdir / "inventory.yml"
    proc = start_hvemu(["--fleet", str(FLEET), "--inventory", str(inventory), "--mixed"])
    try:
        hosts = _inventory_hosts(yaml.safe_load(inventory.read_text()))
        yield Hvemu(url=proc.http_url, inventory=inventory, hosts=hosts)
    finally:
        proc.stop()


@pytest.fixture(scope="session")
def collections_path(tmp_path_factory):
    root = tmp_path_factory.mktemp("collections")
    namespace = root / "ansible_collections" / "hyperv"
    namespace.mkdir(parents=True)
    (namespace / "network").symlink_to(REPO, target_is_directory=True)
    return root


class Run:
    """One ansible-playbook run: exit code, output and the per-task records of the callback."""

    def __init__(self, rc: int, stdout: str, stderr: str, records: list):
        self.rc = rc
        self.stdout = stdout
        self.stderr = stderr
        self.records = records

    def tasks(self, host: str) -> list:
        return [r for r in self.records if r["host"] == host]

    def named(self, host: str, name: str) -> dict:
        """The last record of a task; a role's task matches by its own name ("<role> : <name>" in the record)."""
        found = [r for r in self.tasks(host) if r["task"] == name or r["task"].endswith(" : " + name)]
        assert found, "no record of task {!r} on {}; tasks: {}".format(
            name, host, [r["task"] for r in self.tasks(host)]
        )
        return found[-1]


class Ansible:
    """Runs playbooks against the emulated fleet."""

    def __init__(self, hvemu: Hvemu, collections: pathlib.Path, workdir: pathlib.Path):
        self.hvemu = hvemu
        self.collections = collections
        self.workdir = workdir
        self.count = 0

    def env(self) -> dict:
        env = dict(os.environ)
        env.update(
            ANSIBLE_COLLECTIONS_PATH=str(self.collections),
            ANSIBLE_COLLECTIONS_SCAN_SYS_PATH="false",
            ANSIBLE_CALLBACK_PLUGINS=str(HERE / "callback_plugins"),
            ANSIBLE_CALLBACKS_ENABLED="hvnet_record",
            ANSIBLE_HOME=str(self.workdir / "ansible-home"),
            ANSIBLE_LOCAL_TEMP=str(self.workdir / "ansible-tmp"),
            ANSIBLE_RETRY_FILES_ENABLED="false",
            ANSIBLE_NOCOLOR="1",
            ANSIBLE_FORCE_COLOR="0",
            ANSIBLE_DEPRECATION_WARNINGS="false",
            ANSIBLE_FORKS="8",
            HVEMU_URL=self.hvemu.url,
            # Every protocol check answered by the compiled closures is checked by jsonschema too (bridge_client).
            HYPERV_NETWORK_SCHEMA_CROSSCHECK="1",
        )
        env.pop("HYPERV_NETWORK_RECORD_DIR", None)
        return env

    def playbook(self, playbook, *args: str, limit: str | None = None, extra_vars: dict | None = None) -> Run:
        """Run a playbook (a file under playbooks/ or YAML text) and return the run with its records."""
        self.count += 1
        if isinstance(playbook, str) and "\n" not in playbook:
            path = PLAYBOOKS / playbook
        else:
            path = self.workdir / f"inline-{self.count}.yml"
            path.write_text(playbook if isinstance(playbook, str) else yaml.safe_dump(playbook, sort_keys=False))
        records = self.workdir / f"records-{self.count}.jsonl"
        env = self.env()
        env["HVNET_RECORD_FILE"] = str(records)
        cmd = [ansible_bin("ansible-playbook"), "-i", str(self.hvemu.inventory), str(path), *args]
        if limit:
            cmd += ["--limit", limit]
        if extra_vars:
            cmd += ["--extra-vars", json.dumps(extra_vars)]
        proc = subprocess.run(
            cmd, check=False, capture_output=True, text=True, env=env, cwd=str(self.workdir), timeout=600
        )
        lines = records.read_text().splitlines() if records.exists() else []
        return Run(proc.returncode, proc.stdout, proc.stderr, [json.loads(line) for line in lines])

    def target(self, name: str, hosts: str = "hyperv_hosts") -> Run:
        """Run an integration target (targets/<name>, a role) as ansible-test would, with the seeded fleet's vars."""
        play = [
            {
                "name": f"Target {name}",
                "hosts": hosts,
                "gather_facts": False,
                "vars_files": [str(TARGET_VARS)],
                "roles": [{"role": str(TARGETS / name)}],
            }
        ]
        return self.playbook(play)

    def doc(self, *modules: str) -> subprocess.CompletedProcess:
        """ansible-doc of the given modules (one process for all of them)."""
        return subprocess.run(
            [ansible_bin("ansible-doc"), "-t", "module", *(MODULE_PREFIX + m for m in modules)],
            check=False,
            capture_output=True,
            text=True,
            env=self.env(),
            timeout=120,
        )


@pytest.fixture(scope="session")
def ansible(hvemu, collections_path, tmp_path_factory):
    return Ansible(hvemu, collections_path, tmp_path_factory.mktemp("ansible"))


def script_hashes() -> set:
    """SHA-256 of the bootstrap (text as stored, UTF-8) and of the bridge (lines joined with LF, UTF-8)."""
    bridge_dir = REPO / "plugins" / "plugin_utils" / "bridge"
    bootstrap = (bridge_dir / "bootstrap.ps1").read_text(encoding="utf-8")
    lines = [line.rstrip("\r") for line in (bridge_dir / "bridge.ps1").read_text(encoding="utf-8").split("\n")]
    while lines and lines[-1] == "":  # trailing empty lines do not travel (docs/bridge-protocol.md)
        lines.pop()
    bridge = "\n".join(lines)
    return {hashlib.sha256(bootstrap.encode()).hexdigest(), hashlib.sha256(bridge.encode()).hexdigest()}


def winrm_inventory(hosts: dict, group_vars: dict) -> str:
    """ansible-test's inventory.winrm (INI) for the given hosts (name -> host vars) and [windows:vars]."""

    def value(item) -> str:
        # INI values are read as Python literals when they parse as one; repr() writes strings, lists and dicts so.
        return repr(item) if not isinstance(item, bool) else str(item)

    lines = ["[windows]"]
    for name, host_vars in hosts.items():
        lines.append(" ".join([name, *(f"{key}={value(val)}" for key, val in host_vars.items())]))
    lines += ["", "[windows:vars]", *(f"{key}={value(val)}" for key, val in group_vars.items())]
    # ansible-test's template: connection tests and testhost targets run on the same hosts.
    lines += ["", "[winrm:children]", "windows", "", "[testhost:children]", "windows", ""]
    return "\n".join(lines)
