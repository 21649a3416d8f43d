"""Fixtures for the emulator tests.

Transport tests run the WS-Man server in-process (hvemu.wsman.Emulator) over a real fleet
(hvemu.fleet) with an echo script runner in place of the bridge engine, so they can check stdin
splitting, exit codes and stderr exactly; the CLI tests start the real `hvemu serve` (with the
real engine) as a subprocess (hvemu.testing).
"""

from __future__ import annotations

import time

import pytest
from hvemu.testing import hvemu_process  # noqa: F401 - re-exported fixture

UNSUPPORTED = "unsupported script: hvemu runs only the hyperv.network bridge"


def echo_runner(host, script: str, lines: list[str]) -> tuple[str, str, int]:
    """A script runner for transport tests.

    `echo-stdin`: stdout is the stdin lines joined with LF (so the splitting is visible);
    `exit N <text>`: stdout "out", stderr <text>, exit code N;
    `blackout S`: cuts the host off for S seconds, as a disruptive operation does;
    `sleep S`: takes S seconds; `whoami`: the host name; anything else: unsupported.
    """
    host.stats.commands += 1
    words = script.strip().split(" ", 2)
    if words[0] == "echo-stdin":
        return "\n".join(f"[{line}]" for line in lines), "", 0
    if words[0] == "exit":
        return "out", words[2] if len(words) > 2 else "", int(words[1])
    if words[0] == "blackout":
        host.blackout_until = time.monotonic() + float(words[1])
        return "gone", "", 0
    if words[0] == "sleep":
        time.sleep(float(words[1]))
        return "slept", "", 0
    if words[0] == "whoami":
        return host.name, "", 0
    host.stats.rejected_scripts += 1
    return "", UNSUPPORTED, 1


def make_fleet(n: int = 3, users_per_host: int = 1):
    """A real fleet (hvemu.fleet) of n Hyper-V hosts hv01.., each with its own passwords:
    admin / pw-<host>, and user2.. / pw2-<host>.. ."""
    from hvemu.fleet import build_fleet

    hosts = []
    for i in range(1, n + 1):
        name = f"hv{i:02d}"
        users = {"admin": f"pw-{name}"}
        for u in range(2, users_per_host + 1):
            users[f"user{u}"] = f"pw{u}-{name}"
        hosts.append(
            {
                "name": name,
                "kind": "hyperv",
                "users": users,
                "adapters": [{"name": "Ethernet", "ipv4": f"10.0.{i}.21/24"}],
            }
        )
    return build_fleet({"hosts": hosts})


@pytest.fixture
def fleet_helpers():
    """(echo_runner, make_fleet) for tests that build their own emulator: in one pytest run over several
    directories ``import conftest`` finds whichever conftest.py was loaded first, so tests take these from here."""
    return echo_runner, make_fleet


@pytest.fixture
def fleet():
    return make_fleet(3, users_per_host=12)


@pytest.fixture
def emulator(fleet):
    """An in-process emulator with HTTP and HTTPS listeners and the echo runner."""
    from hvemu.wsman import Emulator

    emu = Emulator(fleet, runner=echo_runner, port=0, tls_port=0, max_receive_wait=1.0).start()
    yield emu
    emu.stop()
