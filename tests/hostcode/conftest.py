"""Shared fixtures for the host-code checks: the bridge, the bootstrap, the C# helper and the schema.

Nothing here runs PowerShell (there is none on this machine): the checks parse the scripts with
tree-sitter-powershell, read them as text and compile the C# helper with Mono's mcs.
"""

import json

import pytest
from hostcode_support import BRIDGE_DIR, parse_powershell, read_script


@pytest.fixture(scope="session")
def schema() -> dict:
    return json.loads((BRIDGE_DIR / "protocol.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def bridge_text() -> str:
    return read_script("bridge.ps1")


@pytest.fixture(scope="session")
def bootstrap_text() -> str:
    return read_script("bootstrap.ps1")


@pytest.fixture(scope="session")
def helper_text() -> str:
    return read_script("HvNetNative.cs")


@pytest.fixture(scope="session")
def bridge_tree(bridge_text):
    return parse_powershell(bridge_text)


@pytest.fixture(scope="session")
def bootstrap_tree(bootstrap_text):
    return parse_powershell(bootstrap_text)


@pytest.fixture(scope="session")
def fakewin_runner():
    """The helper's sources plus tests/hostcode/fakewin/Runner.cs, compiled once (cached by their hash)."""
    import shutil

    if shutil.which("mcs") is None or shutil.which("mono") is None:
        pytest.fail("mcs and mono are needed to execute the bridge's logic: apt-get install mono-mcs mono-runtime")
    from fakewin.fake_windows import build_runner

    return build_runner()
