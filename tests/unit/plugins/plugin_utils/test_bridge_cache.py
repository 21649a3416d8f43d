"""The cached bridge: later calls send the bridge's SHA-256 instead of its text.

Runs the collection's BridgeClient against hvemu's script engine in-process (the same bootstrap
and framing the transports carry), so both sides of the contract are exercised together.
"""

import base64

import pytest

hvemu_engine = pytest.importorskip("hvemu.bridge")
testkit = pytest.importorskip("hvemu.model.testkit")

from ansible_collections.hyperv.network.plugins.plugin_utils import bridge_client as bc  # noqa: E402

PING = [{"op": "ping", "args": {}}]


def client_for(host, sent, cache_bridge=True):
    def execute(cmd, in_data):
        sent.append(in_data)
        script = base64.b64decode(cmd.rsplit(" ", 1)[1]).decode("utf-16-le")
        stdout, stderr, rc = hvemu_engine.run_script(host, script, in_data.decode("ascii").split("\r\n"))
        return rc, stdout, stderr

    return bc.BridgeClient(execute, sleep=lambda s: None, cache_bridge=cache_bridge)


def test_first_call_falls_back_to_the_full_bridge_then_the_hash_suffices():
    host = testkit.make_host()
    sent = []
    client = client_for(host, sent)
    assert client.read(PING).ok
    # A host without the copy answers before any bridge runs; the call goes again in full.
    assert client.calls == 1 and client.cache_misses == 1
    assert host.stats.bridge_cache_misses == 1 and host.stats.bridge_calls == 1 and host.stats.commands == 2
    assert sent[0].startswith(b"#hvnet-bridge-sha256:" + bc.bridge_sha256().encode("ascii") + b"\r\n")
    assert sent[1].startswith(b"# hyperv.network bridge v1\r\n")
    # Now the host holds a verified copy: one small round trip.
    client.read(PING)
    assert client.calls == 2 and host.stats.bridge_calls == 2 and host.stats.commands == 3
    assert len(sent[2]) < 500 and len(sent[1]) > 50_000


def test_cached_and_full_calls_run_the_same_bridge_text():
    """The emulator records the SHA-256 of the bridge that runs: one hash for full and cached calls."""
    host = testkit.make_host()
    client = client_for(host, [])
    client.read(PING)
    client.read(PING)
    hashes = set(host.stats.scripts)
    assert bc.bridge_sha256() in hashes
    assert len(hashes) == 2  # the bootstrap and the bridge, whatever the framing


def test_a_copy_that_does_not_match_the_hash_is_not_run():
    """A hash the host holds no copy of is refused before anything runs, even for a mutation."""
    host = testkit.make_host()
    client = client_for(host, [])
    client.read(PING)
    other = bc.bridge_sha256("# hyperv.network bridge v1\n# another version\n")
    line = (bc.CACHED_BRIDGE_PREFIX + other).encode("ascii")
    request = client.request([{"op": "ping", "args": {}}])
    stdin = line + b"\r\n#hvnet-request\r\n" + bc.request_line(request).encode("ascii") + b"\r\n"
    script = base64.b64decode(bc.command_line().rsplit(" ", 1)[1]).decode("utf-16-le")
    stdout, _stderr, rc = hvemu_engine.run_script(host, script, stdin.decode("ascii").split("\r\n"))
    assert rc == 2 and '"code":"BRIDGE_NOT_CACHED"' in stdout


def test_cache_off_always_sends_the_bridge():
    host = testkit.make_host()
    sent = []
    client = client_for(host, sent, cache_bridge=False)
    client.read(PING)
    client.read(PING)
    assert client.calls == 2 and client.cache_misses == 0 and host.stats.bridge_cache_misses == 0
    assert all(data.startswith(b"# hyperv.network bridge v1\r\n") for data in sent)


def test_an_apply_after_a_miss_runs_once():
    """A miss means nothing ran, so sending the apply again in full is not a retry of a mutation."""
    host = testkit.make_host()
    client = client_for(host, [])
    ops = [
        {
            "op": "switch_create",
            "args": {"name": "sw", "switch_type": "Internal", "notes": "[hyperv.network]"},
            "pre": [{"kind": "switch", "state": "absent", "name": "sw"}],
        }
    ]
    assert client.apply(ops).ok
    names = [s["Name"] for s in host.state()["switches"]]
    assert names.count("sw") == 1 and client.calls == 1 and client.cache_misses == 1
