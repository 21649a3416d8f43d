"""Smoke test of the real bridge on a real Windows host (optional; NOT run by this project's CI).

This project has no Windows machine: bridge.ps1 and its C# helper are only parsed and compiled
(with Mono) here. This file is for users and for the optional workflow
.github/workflows/windows-bridge.yml: it starts powershell.exe exactly as the controller does
(bootstrap via -EncodedCommand, bridge and request on stdin), checks every response against
protocol.schema.json, and saves the raw responses so they can become emulator contract fixtures.

Run on Windows Server 2019+ (or a GitHub windows-2022/2025 runner: HNS, no Hyper-V), elevated:

    set HVNET_WINDOWS_SMOKE=1
    python -m pytest tests/windows -v

HVNET_WINDOWS_RECORD_DIR (default tests/output/windows-recordings) receives one JSON file per call.
The test creates one NAT network and one endpoint with random names and removes them again.
"""

import base64
import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BRIDGE_DIR = ROOT / "plugins" / "plugin_utils" / "bridge"
PREFIX = "PowerShell -NoProfile -NonInteractive -ExecutionPolicy Unrestricted -EncodedCommand "

pytestmark = pytest.mark.skipif(
    sys.platform != "win32" or os.environ.get("HVNET_WINDOWS_SMOKE") != "1",
    reason="real-Windows smoke test: needs Windows and HVNET_WINDOWS_SMOKE=1",
)

SCHEMA = json.loads((BRIDGE_DIR / "protocol.schema.json").read_text(encoding="utf-8"))
RECORD_DIR = Path(os.environ.get("HVNET_WINDOWS_RECORD_DIR", ROOT / "tests" / "output" / "windows-recordings"))
LEDGER_DIR = Path(os.environ.get("ProgramData", r"C:\ProgramData")) / "hyperv.network"


def _validator(ref: str):
    import jsonschema

    return jsonschema.Draft202012Validator({"$defs": SCHEMA["$defs"], "$ref": f"#/$defs/{ref}"})


def pre(kind: str, state: str, **match) -> dict:
    """One precondition."""
    return {"kind": kind, "state": state, **match}


def op(name: str, args: dict, *pres: dict) -> dict:
    """One operation with its preconditions."""
    return {"op": name, "args": args, "pre": list(pres)}


def call(ops, *, name: str, raw_request: str | None = None, executable: str | None = None):
    """One bridge call as the controller makes it; returns (exit code, parsed response).

    executable replaces the leading PowerShell (a 32-bit or PowerShell 7 host for the refusals).
    """
    bootstrap = (BRIDGE_DIR / "bootstrap.ps1").read_bytes().decode("ascii")
    command = PREFIX + base64.b64encode(bootstrap.encode("utf-16-le")).decode("ascii")
    if executable is not None:
        command = f'"{executable}"' + command[len("PowerShell") :]
    request = {"protocol": 1, "request_id": uuid.uuid4().hex, "ops": ops}
    line = raw_request if raw_request is not None else json.dumps(request, ensure_ascii=True, separators=(",", ":"))
    bridge_lines = (BRIDGE_DIR / "bridge.ps1").read_bytes().decode("ascii").replace("\r\n", "\n").rstrip("\n")
    stdin = "\r\n".join([*bridge_lines.split("\n"), "#hvnet-request", line]) + "\r\n"
    proc = subprocess.run(command, input=stdin.encode("ascii"), capture_output=True, timeout=600, check=False)
    stdout = proc.stdout.decode("ascii", errors="replace")
    RECORD_DIR.mkdir(parents=True, exist_ok=True)
    (RECORD_DIR / f"{name}.json").write_text(
        json.dumps(
            {
                "request": line,
                "rc": proc.returncode,
                "stdout": stdout,
                "stderr": proc.stderr.decode("utf-8", "replace"),
            },
            indent=1,
        ),
        encoding="utf-8",
    )
    begin, end = SCHEMA["x-framing"]["response_begin"], SCHEMA["x-framing"]["response_end"]
    assert begin in stdout and end in stdout, (
        f"unframed output (rc {proc.returncode}): {stdout[:500]} {proc.stderr[:500]}"
    )
    response = json.loads(stdout.split(begin, 1)[1].split(end, 1)[0])
    _validator("response").validate(response)
    assert proc.stdout.isascii()
    return proc.returncode, response


def test_ping():
    rc, resp = call([{"op": "ping", "args": {}}], name="ping")
    assert rc == 0 and resp["ok"] and resp["results"][0]["data"]["pong"] is True


def test_read_only_snapshot_matches_schema():
    kinds = ["host", "hns_version", "adapters", "netnat", "networks", "endpoints", "namespaces", "ledger"]
    rc, resp = call([{"op": "snapshot", "args": {"kinds": kinds}}], name="snapshot-readonly")
    assert rc == 0 and resp["ok"], resp["error"]
    data = resp["results"][0]["data"]
    _validator("snapshot").validate(data)
    assert set(data) == set(kinds)
    for doc in data["networks"]:
        assert isinstance(json.loads(doc), dict)


def test_switch_snapshot_without_hyperv_module_is_refused_clearly():
    rc, resp = call([{"op": "snapshot", "args": {"kinds": ["host"]}}], name="host")
    if resp["results"][0]["data"]["host"]["hyperv_module"]:
        pytest.skip("this host has the Hyper-V module")
    rc, resp = call([{"op": "snapshot", "args": {"kinds": ["switches"]}}], name="switches-no-hyperv")
    assert rc == 1 and resp["error"]["code"] == "NO_HYPERV_MODULE" and resp["error"]["index"] == 0


def test_bad_requests():
    rc, resp = call([], name="bad-json", raw_request="{not json")
    assert rc == 2 and resp["error"]["code"] == "BAD_REQUEST"
    rc, resp = call(
        [], name="protocol-2", raw_request='{"protocol":2,"request_id":"x","ops":[{"op":"ping","args":{}}]}'
    )
    assert rc == 2 and resp["error"]["code"] == "PROTOCOL_MISMATCH"
    rc, resp = call([{"op": "nope", "args": {}}], name="unknown-op")
    assert rc == 2 and resp["error"]["code"] == "BAD_REQUEST" and resp["error"]["index"] == 0


def test_nat_network_and_endpoint_lifecycle():
    net_id, ep_id = str(uuid.uuid4()), str(uuid.uuid4())
    name = "hvnet-smoke-" + net_id[:8]
    settings = {
        "Name": name,
        "Type": "NAT",
        "Ipams": [
            {
                "Type": "Static",
                "Subnets": [
                    {
                        "IpAddressPrefix": "172.31.250.0/24",
                        "Routes": [{"NextHop": "172.31.250.1", "DestinationPrefix": "0.0.0.0/0"}],
                    }
                ],
            }
        ],
        "SchemaVersion": {"Major": 2, "Minor": 0},
    }
    endpoint = {
        "Name": name + "-ep",
        "HostComputeNetwork": net_id,
        "IpConfigurations": [{"IpAddress": "172.31.250.10", "PrefixLength": 24}],
        "SchemaVersion": {"Major": 2, "Minor": 0},
    }
    create = [
        op(
            "hcn_network_create",
            {"id": net_id, "settings": json.dumps(settings)},
            pre("network", "absent", name=name),
            pre("network", "absent", id=net_id),
        ),
        op(
            "hcn_endpoint_create",
            {"id": ep_id, "network_id": net_id, "settings": json.dumps(endpoint)},
            pre("network", "present", id=net_id),
            pre("endpoint", "absent", name=name + "-ep"),
        ),
        {
            "op": "snapshot",
            "args": {"kinds": ["networks", "endpoints", "ledger"], "names": {"networks": [name.upper()]}},
        },
    ]
    try:
        rc, resp = call(create, name="hcn-create")
        assert rc == 0 and resp["ok"], resp["error"]
        snap = resp["results"][2]["data"]
        assert [json.loads(d)["Name"] for d in snap["networks"]] == [name], "names filter is exact, case-insensitive"
        assert net_id in snap["ledger"]["networks"] and ep_id in snap["ledger"]["endpoints"]
        doc = json.loads(resp["results"][0]["data"]["document"])
        assert doc["ID"].lower() == net_id

        # Creating it again fails its precondition, not HNS.
        rc, resp = call(create[:1], name="hcn-create-again")
        assert rc == 1 and resp["error"]["code"] == "PRECONDITION_FAILED" and resp["error"]["index"] == 0
    finally:
        delete = [
            op("hcn_endpoint_delete", {"id": ep_id}, pre("endpoint", "owned", id=ep_id)),
            op("hcn_network_delete", {"id": net_id}, pre("network", "owned", id=net_id)),
            {"op": "snapshot", "args": {"kinds": ["ledger"]}},
        ]
        rc, resp = call(delete, name="hcn-delete")
    assert rc == 0 and resp["ok"], resp["error"]
    ledger = resp["results"][2]["data"]["ledger"]
    assert net_id not in ledger["networks"] and ep_id not in ledger["endpoints"]


def test_foreign_network_is_not_owned():
    rc, resp = call([{"op": "snapshot", "args": {"kinds": ["networks", "ledger"]}}], name="foreign")
    data = resp["results"][0]["data"]
    foreign = [json.loads(d)["ID"].lower() for d in data["networks"]]
    foreign = [i for i in foreign if i not in data["ledger"]["networks"]]
    if not foreign:
        pytest.skip("no foreign HNS network on this host")
    op = {
        "op": "hcn_network_delete",
        "args": {"id": foreign[0]},
        "pre": [{"kind": "network", "state": "owned", "id": foreign[0]}],
    }
    rc, resp = call([op], name="foreign-delete")
    assert rc == 1 and resp["error"]["code"] == "PRECONDITION_FAILED"


def test_helper_cache_is_reused_and_its_acl_checked():
    call([{"op": "snapshot", "args": {"kinds": ["hns_version"]}}], name="helper-1")
    dlls = sorted(LEDGER_DIR.glob("helper-*-x64.dll"))
    assert dlls, "the helper is cached in the admin-only folder"
    before = [p.stat().st_mtime for p in dlls]
    call([{"op": "snapshot", "args": {"kinds": ["hns_version"]}}], name="helper-2")
    assert [p.stat().st_mtime for p in sorted(LEDGER_DIR.glob("helper-*-x64.dll"))] == before
    # Loosen the ACL: the bridge must refuse to load from it, then accept again once restored.
    subprocess.run(["icacls", str(LEDGER_DIR), "/grant", "*S-1-5-32-545:(RX)"], check=True, capture_output=True)
    try:
        rc, resp = call([{"op": "snapshot", "args": {"kinds": ["ledger"]}}], name="helper-acl-loose")
        assert rc == 1 and resp["error"]["code"] == "HELPER_CACHE_UNSAFE"
    finally:
        subprocess.run(["icacls", str(LEDGER_DIR), "/remove:g", "*S-1-5-32-545"], check=True, capture_output=True)
    rc, resp = call([{"op": "snapshot", "args": {"kinds": ["ledger"]}}], name="helper-acl-restored")
    assert rc == 0 and resp["ok"]


def test_refuses_a_32_bit_process():
    system_root = Path(os.environ.get("SystemRoot", r"C:\Windows"))
    wow = system_root / "SysWOW64" / "WindowsPowerShell" / "v1.0" / "powershell.exe"
    if not wow.exists():
        pytest.skip("no 32-bit Windows PowerShell on this host")
    rc, resp = call([{"op": "ping", "args": {}}], name="refuse-32bit", executable=str(wow))
    assert rc == 3 and resp["error"]["code"] == "PROCESS_32BIT"


def test_refuses_powershell_7():
    pwsh = shutil.which("pwsh")
    if pwsh is None:
        pytest.skip("PowerShell 7 (pwsh) is not installed")
    rc, resp = call([{"op": "ping", "args": {}}], name="refuse-pwsh", executable=pwsh)
    assert rc == 3 and resp["error"]["code"] == "UNSUPPORTED_POWERSHELL"
