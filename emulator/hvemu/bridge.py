"""The host side of the bridge: recognise the collection's bootstrap and bridge, run the bridge protocol.

run_script(host, script, stdin_lines) is what the transport calls for every command a client
runs. Only the collection's bootstrap (plugins/plugin_utils/bridge/bootstrap.ps1, compared
after CRLF->LF) followed by bridge lines, `#hvnet-request` and the request line is executed;
anything else is rejected as an unsupported script. The request is validated against
plugins/plugin_utils/bridge/protocol.schema.json and its operations run in order against the
host model under host.lock, each after its preconditions, stopping at the first failure
(docs/bridge-protocol.md).
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import os
import threading
import time
import uuid
from pathlib import Path

import jsonschema

from . import detached
from .model import HostModel, ModelError
from .model.errors import canonical_guid

BRIDGE_FIRST_LINE = "# hyperv.network bridge v1"
REQUEST_MARKER = "#hvnet-request"
CACHED_BRIDGE_PREFIX = "#hvnet-bridge-sha256:"
RESPONSE_BEGIN = "##hvnet-response-begin##"
RESPONSE_END = "##hvnet-response-end##"
UNSUPPORTED = "unsupported script: hvemu runs only the hyperv.network bridge"
RC_OK, RC_FAILED, RC_BAD_REQUEST, RC_REFUSED = 0, 1, 2, 3


def collection_root() -> Path:
    """The collection checkout: env HVEMU_COLLECTION_ROOT, else the repository this file is in."""
    env = os.environ.get("HVEMU_COLLECTION_ROOT")
    return Path(env) if env else Path(__file__).resolve().parents[2]


@functools.lru_cache(maxsize=4)
def _load_bootstrap(root: str) -> str:
    return (Path(root) / "plugins/plugin_utils/bridge/bootstrap.ps1").read_text(encoding="utf-8").replace("\r\n", "\n")


@functools.lru_cache(maxsize=4)
def _load_schema(root: str) -> dict:
    return json.loads((Path(root) / "plugins/plugin_utils/bridge/protocol.schema.json").read_text(encoding="utf-8"))


def bootstrap_text() -> str:
    """The collection's bootstrap, LF line ends."""
    return _load_bootstrap(str(collection_root()))


def schema() -> dict:
    """The bridge protocol schema."""
    return _load_schema(str(collection_root()))


@functools.lru_cache(maxsize=64)
def _validator(root: str, ref: str) -> jsonschema.Draft202012Validator:
    full = _load_schema(root)
    return jsonschema.Draft202012Validator({"$ref": f"#/$defs/{ref}", "$defs": full["$defs"]})


def validator(ref: str) -> jsonschema.Draft202012Validator:
    """A Draft 2020-12 validator for one $defs entry of the schema (request, response, snapshot, op_*)."""
    return _validator(str(collection_root()), ref)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def serialise(obj) -> str:
    """JSON as JavaScriptSerializer writes it: compact, with <, >, &, ' escaped as \\u00XX."""
    text = json.dumps(obj, separators=(",", ":"), ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("'", "\\u0027")


def frame(response: dict) -> str:
    """The response between the markers, as the bridge writes it to stdout."""
    return f"{RESPONSE_BEGIN}{serialise(response)}{RESPONSE_END}\r\n"


def _bootstrap_answer(code: str, fallback: str, rc: int) -> tuple[str, str, int]:
    """The fixed response the real bootstrap writes itself (taken from its text), or an equivalent."""
    fixed = _fixed_answer(bootstrap_text().splitlines(), code)
    if fixed is not None:
        return fixed + "\r\n", "", rc
    return _fail(code, fallback, rc=rc)


def _fail(code: str, message: str, request_id=None, rc: int = RC_BAD_REQUEST) -> tuple[str, str, int]:
    response = {
        "protocol": 1,
        "request_id": request_id,
        "ok": False,
        "results": [],
        "error": {"index": None, "op": None, "code": code, "hresult": None, "message": message, "detail": None},
    }
    return frame(response), "", rc


# ---- operations ---------------------------------------------------------------------------
def _ping(host: HostModel, args: dict) -> dict:
    return {"pong": True, "protocol": 1}


def _ledger_adopt(host: HostModel, args: dict) -> dict:
    # bridge.ps1 records the ID without opening the object (the engine adopts after a re-read)
    host.ledger_add(args["kind"], args["id"])
    return {"id": canonical_guid(args["id"])}


def _ledger_release(host: HostModel, args: dict) -> dict:
    host.ledger_remove(args["kind"], args["id"])
    return {"id": canonical_guid(args["id"])}


def _hcn(kind: str, verb: str):
    """An HCN operation wrapped in what bridge.ps1 does around the computenetwork.dll call: the
    ID enters the ledger before a create (and leaves it again when the create failed and no such
    object exists), leaves it after a delete; result IDs as [Guid]::ToString() writes them."""
    method = getattr(HostModel, f"op_hcn_{kind}_{verb}")
    table = kind + "s"

    def run(host: HostModel, args: dict) -> dict:
        if verb == "create":
            host.ledger_add(kind, args["id"])
            try:
                data = method(host, args)
            except ModelError:
                if host._entity(table, args["id"]) is None:
                    host.ledger_remove(kind, args["id"])
                raise
        else:
            data = method(host, args)
            if verb == "delete":
                host.ledger_remove(kind, args["id"])
        data["id"] = canonical_guid(args["id"])
        return data

    run.__doc__ = method.__doc__
    return run


OPERATIONS = {
    "ping": _ping,
    "snapshot": HostModel.op_snapshot,
    "switch_create": HostModel.op_switch_create,
    "switch_set": HostModel.op_switch_set,
    "switch_rename": HostModel.op_switch_rename,
    "switch_team_set": HostModel.op_switch_team_set,
    "switch_remove": HostModel.op_switch_remove,
    "hcn_network_create": _hcn("network", "create"),
    "hcn_network_modify": _hcn("network", "modify"),
    "hcn_network_delete": _hcn("network", "delete"),
    "hcn_endpoint_create": _hcn("endpoint", "create"),
    "hcn_endpoint_modify": _hcn("endpoint", "modify"),
    "hcn_endpoint_delete": _hcn("endpoint", "delete"),
    "hcn_namespace_create": _hcn("namespace", "create"),
    "hcn_namespace_modify": _hcn("namespace", "modify"),
    "hcn_namespace_delete": _hcn("namespace", "delete"),
    "vm_adapter_set": HostModel.op_vm_adapter_set,
    # host objects (docs/design/host-objects.md section 1; model/hostnet.py)
    "hcn_endpoint_host_attach": HostModel.op_hcn_endpoint_host_attach,
    "hcn_endpoint_host_detach": HostModel.op_hcn_endpoint_host_detach,
    "net_route_add": HostModel.op_net_route_add,
    "net_route_remove": HostModel.op_net_route_remove,
    "ip_forwarding_set": HostModel.op_ip_forwarding_set,
    "firewall_rule_create": HostModel.op_firewall_rule_create,
    "firewall_rule_set": HostModel.op_firewall_rule_set,
    "firewall_rule_remove": HostModel.op_firewall_rule_remove,
    "ledger_adopt": _ledger_adopt,
    "ledger_release": _ledger_release,
    # detached (disruptive) jobs: hvemu/detached.py stands for the scheduled task
    "job_start": lambda host, args: detached.job_start(host, args, execute),
    "job_status": detached.job_status,
    "job_confirm": detached.job_confirm,
}


def _mutating(op: str) -> bool:
    return bool(schema()["$defs"][f"op_{op}"].get("x-mutating"))


# ---- request handling ---------------------------------------------------------------------
def validate_request(request) -> tuple[str | None, int | None]:
    """(None, None) when the request is valid against the schema, else (message, index of the
    operation at fault or None). Stricter than bridge.ps1, which checks only the batch's shape:
    the emulator catches a controller that sends what the schema forbids."""
    if not isinstance(request, dict):
        return "the request is not a JSON object", None
    known = set(schema()["x-operations"])
    ops = request.get("ops") if isinstance(request.get("ops"), list) else []
    for i, op in enumerate(ops):
        if not isinstance(op, dict):
            return f"operation {i} is not a JSON object", i
        if op.get("op") not in known:
            return f"operation {i} names an unknown op ({op.get('op')!r})", i
        error = jsonschema.exceptions.best_match(validator(f"op_{op['op']}").iter_errors(op))
        if error is not None:
            where = "/".join(str(p) for p in error.absolute_path)
            return f"operation {i} ({op['op']}): {error.message}" + (f" at {where}" if where else ""), i
    error = jsonschema.exceptions.best_match(validator("request").iter_errors(request))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path)
        return f"request: {error.message}" + (f" at {where}" if where else ""), None
    return None, None


def execute(host: HostModel, request: dict, task_id: str | None = None) -> tuple[dict, int]:
    """Run a validated request's operations in order under host.lock; the response and rc."""
    start = time.monotonic()
    results: list[dict] = []
    error = None
    timeout = request.get("lock_timeout_ms", 30000) / 1000.0
    if not host.lock.acquire(timeout=timeout):
        error = {
            "index": None,
            "op": None,
            "code": "LOCK_TIMEOUT",
            "hresult": None,
            "detail": None,
            "message": f"another hyperv.network batch held the host lock for more than {int(timeout * 1000)} ms",
        }
    else:
        try:
            if task_id:
                host.begin_journal(task_id, request.get("request_id"))
            mutated = False
            for index, op in enumerate(request["ops"]):
                name = op["op"]
                try:
                    for pre in op.get("pre") or []:
                        host.check_precondition(pre)
                    mutated = mutated or _mutating(name)
                    host.injected_error(name)
                    data = OPERATIONS[name](host, copy.deepcopy(op["args"]))
                    results.append({"op": name, "ok": True, "data": data})
                except ModelError as exc:
                    results.append({"op": name, "ok": False, "data": None})
                    error = {"index": index, "op": name, **exc.to_error()}
                except Exception as exc:  # a model bug must still answer in protocol form
                    results.append({"op": name, "ok": False, "data": None})
                    error = {
                        "index": index,
                        "op": name,
                        "code": "INTERNAL",
                        "hresult": None,
                        "message": f"{type(exc).__name__}: {exc}",
                        "detail": None,
                    }
                if task_id:
                    host.journal_step(task_id, {"index": index, "op": name, "ok": error is None, "at": time.time()})
                if error is not None:
                    break
            if task_id:
                host.end_journal(task_id, "failed" if error else "done")
            if mutated or task_id:
                host.save()
        finally:
            host.lock.release()
    response = {
        "protocol": 1,
        "request_id": request.get("request_id"),
        "ok": error is None,
        "elapsed_ms": int((time.monotonic() - start) * 1000),
        "results": results,
        "error": error,
    }
    return response, exit_code(response)


REFUSALS = (  # (setting test, code) in the order bridge.ps1 checks them
    (lambda s: int(s.get("process_bitness", 64)) == 32, "PROCESS_32BIT"),
    (lambda s: str(s.get("powershell_edition", "Desktop")).lower() != "desktop", "UNSUPPORTED_POWERSHELL"),
    (lambda s: bool(s.get("jea")), "JEA_ENDPOINT"),
)


def _fixed_answer(lines: list[str], code: str) -> str | None:
    """A fixed response line ('##hvnet-response-begin##{...}##hvnet-response-end##') from a script's text."""
    for line in lines:
        text = line.strip()
        if text.startswith("'" + RESPONSE_BEGIN) and f'"code":"{code}"' in text:
            return text.strip("'")
    return None


def _refusal(host: HostModel, bridge: list[str]) -> tuple[str, str, int] | None:
    """The bridge's own refusal for this host's settings (its fixed text when the bridge has one)."""
    for test, code in REFUSALS:
        if test(host.settings):
            fixed = _fixed_answer(bridge, code)
            if fixed is not None:
                return fixed + "\r\n", "", RC_REFUSED
            return _fail(code, f"refused: {code}", rc=RC_REFUSED)
    return None


def exit_code(response: dict) -> int:
    """bridge.ps1's Get-HvNetExitCode: 0 ok, 2 bad request/protocol, 3 refused, else 1."""
    if response["ok"]:
        return RC_OK
    code = (response.get("error") or {}).get("code")
    if code in ("BAD_REQUEST", "PROTOCOL_MISMATCH"):
        return RC_BAD_REQUEST
    if code in ("CONSTRAINED_LANGUAGE", "PROCESS_32BIT", "UNSUPPORTED_POWERSHELL", "JEA_ENDPOINT"):
        return RC_REFUSED
    return RC_FAILED


def run_script(host: HostModel, script: str, stdin_lines: list[str]) -> tuple[str, str, int]:
    """Run one command's script with its stdin lines: (stdout, stderr, rc)."""
    host.stats.commands += 1
    host.stats.record_script(_sha(script))
    if script.replace("\r\n", "\n").rstrip("\n") != bootstrap_text().rstrip("\n"):
        host.stats.rejected_scripts += 1
        return "", UNSUPPORTED + "\r\n", RC_FAILED
    if str(host.settings.get("language_mode", "FullLanguage")) != "FullLanguage":
        host.stats.bridge_calls += 1  # refused by the bootstrap before it reads stdin
        return _bootstrap_answer("CONSTRAINED_LANGUAGE", "PowerShell runs in Constrained Language Mode", RC_REFUSED)
    lines = [line.rstrip("\r") for line in stdin_lines]
    at = lines.index(REQUEST_MARKER) if REQUEST_MARKER in lines else -1
    if at < 1 or at + 1 >= len(lines):
        host.stats.bridge_calls += 1
        return _bootstrap_answer(
            "BAD_REQUEST", "bridge input is not framed as bridge lines, #hvnet-request, request line", RC_BAD_REQUEST
        )
    if at == 1 and lines[0].startswith(CACHED_BRIDGE_PREFIX):
        bridge = _cached_bridge(host, lines[0][len(CACHED_BRIDGE_PREFIX) :])
        if bridge is None:
            host.stats.bridge_cache_misses += 1
            return _bootstrap_answer(
                "BRIDGE_NOT_CACHED",
                "this host has no verified cached copy of this bridge; send it in full",
                RC_BAD_REQUEST,
            )
        lines = [*bridge, *lines[at:]]
        at = len(bridge)
    host.stats.record_script(_sha("\n".join(lines[:at])))
    if lines[0] != BRIDGE_FIRST_LINE:
        host.stats.rejected_scripts += 1
        return "", UNSUPPORTED + "\r\n", RC_FAILED
    host.stats.bridge_calls += 1
    refusal = _refusal(host, lines[:at])
    if refusal:
        return refusal
    try:
        request = json.loads(lines[at + 1])
    except ValueError as exc:
        return _fail("BAD_REQUEST", f"the request line is not valid JSON: {exc}")
    _cache_bridge(host, lines[:at])  # as bridge.ps1 does once it has parsed a request
    request_id = request.get("request_id") if isinstance(request, dict) else None
    request_id = None if request_id is None else str(request_id)
    if isinstance(request, dict) and request.get("protocol") != 1:
        message = f"this bridge speaks protocol 1; the request asks for protocol {request.get('protocol')}"
        return _fail("PROTOCOL_MISMATCH", message, request_id)
    problem, index = validate_request(request)
    if problem:
        stdout, stderr, rc = _fail("BAD_REQUEST", problem, request_id)
        if index is not None:
            response = parse_response(stdout)
            response["error"]["index"] = index
            stdout = frame(response)
        return stdout, stderr, rc
    response, rc = execute(host, request)
    return frame(response), "", rc


# Bridge texts by SHA-256, shared by every host of the process (hosts record only the hashes
# they hold, as bridge-<sha256>.ps1 files in their Administrators-only folder).
_BRIDGE_TEXTS: dict[str, list[str]] = {}


def _cache_bridge(host: HostModel, bridge: list[str]) -> None:
    sha = _sha("\n".join(bridge))
    _BRIDGE_TEXTS.setdefault(sha, list(bridge))
    cached = host.data.setdefault("bridge_cache", [])
    if sha not in cached:
        cached.append(sha)


def _cached_bridge(host: HostModel, sha: str) -> list[str] | None:
    """The bridge lines the host has cached under sha, as the bootstrap verifies them, or None."""
    if sha not in host.data.get("bridge_cache", []):
        return None
    if sha not in _BRIDGE_TEXTS:  # a restarted emulator: the collection's own bridge, if it matches
        current = bridge_lines()
        if _sha("\n".join(current)) != sha:
            return None
        _BRIDGE_TEXTS[sha] = current
    return _BRIDGE_TEXTS[sha]


def run_detached(host: HostModel, request: dict, task_id: str | None = None) -> tuple[str, threading.Thread]:
    """Run a validated batch as the bridge's scheduled task would: in a thread that outlives the
    caller's session, journalled in host.data["journal"][task_id]. Returns (task_id, thread)."""
    task_id = task_id or str(uuid.uuid4())
    thread = threading.Thread(target=execute, args=(host, request, task_id), name=f"hvemu-task-{task_id}", daemon=True)
    thread.start()
    return task_id, thread


def parse_response(stdout: str) -> dict:
    """The JSON between the response markers (for tests and tools)."""
    begin = stdout.index(RESPONSE_BEGIN) + len(RESPONSE_BEGIN)
    end = stdout.index(RESPONSE_END, begin)
    return json.loads(stdout[begin:end])


# ---- client side, as the collection builds a call (tests, tools, benchmarks) ---------------
def stored_bootstrap() -> str:
    """bootstrap.ps1 exactly as stored (what the collection base64-encodes on the command line)."""
    return (collection_root() / "plugins/plugin_utils/bridge/bootstrap.ps1").read_bytes().decode("utf-8")


def bridge_lines() -> list[str]:
    """The lines of the collection's bridge.ps1, or a stand-in with the bridge's first line when
    the checkout has no bridge yet."""
    path = collection_root() / "plugins/plugin_utils/bridge/bridge.ps1"
    if path.exists():
        return path.read_text(encoding="utf-8").splitlines()
    return [BRIDGE_FIRST_LINE, "# stand-in: this checkout has no bridge.ps1"]


def request_stdin(request: dict) -> list[str]:
    """stdin lines of one bridge call: bridge lines, the marker, the request (ASCII JSON)."""
    return [*bridge_lines(), REQUEST_MARKER, json.dumps(request, ensure_ascii=True)]


def call(host: HostModel, ops: list[dict], request_id: str | None = None, **extra) -> tuple[dict, int]:
    """One bridge call through run_script, as the collection makes it: (response, rc)."""
    request = {"protocol": 1, "request_id": request_id or uuid.uuid4().hex, "ops": ops, **extra}
    stdout, _stderr, rc = run_script(host, stored_bootstrap(), request_stdin(request))
    return parse_response(stdout), rc


def reboot(host: HostModel) -> dict:
    """Restart the host (HostModel.reboot), then run its boot-time task, when boot_replay registered one."""
    result = host.reboot()
    replay = detached.replay_at_boot(host, execute)
    if replay is not None:
        result["boot_replay"] = replay
    return result
