"""Shared helpers of the security tests: the engine against an in-process hvemu host model.

The bridge client's transport is ``client_for`` of tests/unit/plugins/plugin_utils/test_engine_hvemu.py (imported,
not copied): it decodes the real bootstrap command line and hands the script and the stdin lines, split on
CR/LF as powershell.exe does, to ``hvemu.bridge.run_script``. So every value travels exactly as it would
over WinRM: inside the JSON request line of stdin, next to the same bootstrap and bridge bytes.
"""

from __future__ import annotations

import hashlib
import os
import sys

import pytest

pytest.importorskip("hvemu.bridge")

_REPO = os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))))
)
_PLUGIN_UTILS_TESTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if _PLUGIN_UTILS_TESTS not in sys.path:
    sys.path.insert(0, _PLUGIN_UTILS_TESTS)

from ansible_collections.hyperv.network.plugins.plugin_utils import engine  # noqa: E402
from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils.test_engine_hvemu import client_for  # noqa: E402
from hvemu.model import testkit  # noqa: E402

__all__ = ["client_for", "converge", "expected_script_hashes", "make_host", "script_hashes"]


def make_host(**spec):
    """A fresh emulated Hyper-V host (hvemu's testkit defaults: Ethernet, Ethernet 2, ...)."""
    return testkit.make_host(**spec)


def converge(host, config, state="merged", **kw):
    """engine.converge against ``host`` through the real bootstrap/bridge framing, no check mode, with diff."""
    kw.setdefault("check_mode", False)
    kw.setdefault("diff", True)
    kw.setdefault("wait_for_overlay", 0)
    return engine.converge(client_for(host), config, state, **kw)


def script_hashes(host) -> set:
    """The SHA-256s of the scripts the host has run (hvemu counts the bootstrap and the bridge text)."""
    return set(host.stats.scripts)


def expected_script_hashes() -> set:
    """SHA-256 of the bootstrap (text as stored) and of the bridge (lines joined with LF), as hvemu counts them."""
    bridge_dir = os.path.join(_REPO, "plugins", "plugin_utils", "bridge")
    with open(os.path.join(bridge_dir, "bootstrap.ps1"), encoding="utf-8", newline="") as f:
        bootstrap = f.read()
    with open(os.path.join(bridge_dir, "bridge.ps1"), encoding="utf-8") as f:
        bridge = "\n".join(f.read().splitlines())
    return {hashlib.sha256(bootstrap.encode()).hexdigest(), hashlib.sha256(bridge.encode()).hexdigest()}
