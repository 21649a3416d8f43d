"""The bootstrap: its command line fits cmd.exe, and its framing hands the bridge over intact."""

import base64
import json

from hostcode_support import BRIDGE_DIR, commands, parse_powershell, walk
from sync_helper import canonical_source, embedded_source

PREFIX = "PowerShell -NoProfile -NonInteractive -ExecutionPolicy Unrestricted -EncodedCommand "
CMD_EXE_LIMIT = 8191


def command_line() -> str:
    """The command line exactly as docs/bridge-protocol.md defines it (bootstrap as stored)."""
    text = (BRIDGE_DIR / "bootstrap.ps1").read_bytes().decode("ascii")
    return PREFIX + base64.b64encode(text.encode("utf-16-le")).decode("ascii")


def test_command_line_fits_cmd_exe():
    line = command_line()
    assert line.isascii()
    assert len(line) < CMD_EXE_LIMIT, f"{len(line)} characters: cmd.exe refuses more than {CMD_EXE_LIMIT}"


def test_command_line_round_trips():
    line = command_line()
    decoded = base64.b64decode(line[len(PREFIX) :]).decode("utf-16-le")
    assert decoded == (BRIDGE_DIR / "bootstrap.ps1").read_text(encoding="ascii")


def test_bootstrap_is_ascii():
    assert all(b < 0x80 for b in (BRIDGE_DIR / "bootstrap.ps1").read_bytes())


def _frame(bridge_bytes: bytes, request: dict) -> list[str]:
    """stdin as the controller sends it, split as powershell.exe would (CR/LF only)."""
    lines = bridge_bytes.decode("ascii").replace("\r\n", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    stdin = "\r\n".join([*lines, "#hvnet-request", json.dumps(request, ensure_ascii=True, separators=(",", ":"))])
    return stdin.replace("\r\n", "\n").split("\n")


def test_bootstrap_framing_hands_over_the_whole_bridge(schema):
    """Python re-enactment of the bootstrap: IndexOf(marker), join the lines before it with LF."""
    raw = (BRIDGE_DIR / "bridge.ps1").read_bytes()
    request = {"protocol": 1, "request_id": "t", "ops": [{"op": "ping", "args": {}}]}
    lines = _frame(raw, request)
    at = lines.index(schema["x-framing"]["request_marker"])
    assert at >= 1 and at + 1 < len(lines)
    script = "\n".join(lines[:at])
    assert script == raw.decode("ascii").replace("\r\n", "\n").rstrip("\n")
    assert json.loads(lines[at + 1]) == request
    # The C# helper survives the trip unchanged.
    assert embedded_source(script + "\n") == canonical_source()
    # With CRLF in the stored bridge the controller sends the same lines.
    assert _frame(raw.replace(b"\n", b"\r\n"), request) == lines


def test_bootstrap_passes_the_two_arguments_the_bridge_takes(bootstrap_tree, bridge_text):
    """The request line, then the bridge's own text (which the bridge caches for later calls)."""
    calls = [node for name, _p, node in commands(bootstrap_tree) if name == "$hvnetBridge"]
    assert len(calls) == 1
    assert calls[0].text.decode("ascii").endswith("$hvnetLines[$hvnetAt + 1] $hvnetText")
    tree = parse_powershell(bridge_text)
    params = [n for n in tree.root_node.children if n.type == "param_block"]
    assert params and params[0].text.decode("ascii") == "param([string]$RequestLine, [string]$BridgeText)"


def test_cached_bridge_prefix_and_refusal_match_schema(schema, bootstrap_text):
    """The bootstrap's cached-bridge line and its BRIDGE_NOT_CACHED answer follow the schema."""
    prefix = schema["x-framing"]["cached_bridge_prefix"]
    assert f"StartsWith('{prefix}')" in bootstrap_text
    assert f"Substring({len(prefix)})" in bootstrap_text
    assert '"code":"BRIDGE_NOT_CACHED"' in bootstrap_text
    assert "BRIDGE_NOT_CACHED" in schema["$defs"]["error"]["properties"]["code"]["enum"]


def test_bootstrap_markers_match_schema(schema, bootstrap_text, bridge_text):
    framing = schema["x-framing"]
    assert f"'{framing['request_marker']}'" in bootstrap_text
    for key in ("response_begin", "response_end"):
        assert framing[key] in bootstrap_text
        assert f"'{framing[key]}'" in bridge_text, "the bridge frames its response with the schema's markers"


def test_host_code_8_bootstrap_answers_internal_and_exits_1_when_the_bridge_cannot_run(bootstrap_tree, bootstrap_text):
    """exit $LASTEXITCODE was dead code when the bridge ran and 0 (or a stale value under psrp) when it did not."""
    assert bootstrap_text.rstrip("\n").split("\n")[-1] == "exit 1"
    assert "$LASTEXITCODE" not in bootstrap_text
    tries = [n for n in walk(bootstrap_tree.root_node) if n.type == "try_statement"]
    assert len(tries) == 1
    body = tries[0].text.decode("ascii")
    assert "[ScriptBlock]::Create($hvnetText)" in body and "& $hvnetBridge" in body
    assert '"code":"INTERNAL"' in body.split("catch", 1)[1]


def test_bootstrap_reads_stdin_before_the_language_check(bootstrap_text):
    """Reading $input is allowed in Constrained Language Mode; refusing before it leaves stdin unread."""
    assert bootstrap_text.index("$input") < bootstrap_text.index("LanguageMode")
