"""The script engine: recognise the collection's bootstrap and bridge, run the bridge protocol.

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

from .model import HostModel, ModelError
from .model.errors import ENDPOINT_NOT_FOUND, ERROR_NOT_FOUND, NETWORK_NOT_FOUND, hns_error

BRIDGE_FIRST_LINE = "# hyperv.network bridge v1"
REQUEST_MARKER = "#hvnet-request"
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
    for line in bootstrap_text().splitlines():
        text = line.strip()
        if text.startswith("'" + RESPONSE_BEGIN) and f'"code":"{code}"' in text:
            return text.strip("'") + "\r\n", "", rc
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
    kind, oid = args["kind"], args["id"]
    if host.find(kind, oid) is None:
        hr = {"network": NETWORK_NOT_FOUND, "endpoint": ENDPOINT_NOT_FOUND}.get(kind, ERROR_NOT_FOUND)
        raise hns_error(hr, f"HcnOpen{kind.capitalize()}")
    host.ledger_add(kind, oid)
    return {"id": oid}


def _ledger_release(host: HostModel, args: dict) -> dict:
    host.ledger_remove(args["kind"], args["id"])
    return {"id": args["id"]}


OPERATIONS = {
    "ping": _ping,
    "snapshot": HostModel.op_snapshot,
    "switch_create": HostModel.op_switch_create,
    "switch_set": HostModel.op_switch_set,
    "switch_rename": HostModel.op_switch_rename,
    "switch_team_set": HostModel.op_switch_team_set,
    "switch_remove": HostModel.op_switch_remove,
    "hcn_network_create": HostModel.op_hcn_network_create,
    "hcn_network_modify": HostModel.op_hcn_network_modify,
    "hcn_network_delete": HostModel.op_hcn_network_delete,
    "hcn_endpoint_create": HostModel.op_hcn_endpoint_create,
    "hcn_endpoint_modify": HostModel.op_hcn_endpoint_modify,
    "hcn_endpoint_delete": HostModel.op_hcn_endpoint_delete,
    "hcn_namespace_create": HostModel.op_hcn_namespace_create,
    "hcn_namespace_modify": HostModel.op_hcn_namespace_modify,
    "hcn_namespace_delete": HostModel.op_hcn_namespace_delete,
    "vm_adapter_set": HostModel.op_vm_adapter_set,
    "ledger_adopt": _ledger_adopt,
    "ledger_release": _ledger_release,
}


def _mutating(op: str) -> bool:
    return bool(schema()["$defs"][f"op_{op}"].get("x-mutating"))


# ---- request handling ---------------------------------------------------------------------
def validate_request(request) -> str | None:
    """None when the request is valid, else a message naming what is wrong."""
    if not isinstance(request, dict):
        return "the request is not a JSON object"
    known = set(schema()["x-operations"])
    for i, op in enumerate(request.get("ops") or []):
        if isinstance(op, dict) and op.get("op") in known:
            error = jsonschema.exceptions.best_match(validator(f"op_{op['op']}").iter_errors(op))
            if error is not None:
                where = "/".join(str(p) for p in error.absolute_path)
                return f"ops[{i}] ({op['op']}): {error.message}" + (f" at {where}" if where else "")
    error = jsonschema.exceptions.best_match(validator("request").iter_errors(request))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path)
        return f"request: {error.message}" + (f" at {where}" if where else "")
    return None


def execute(host: HostModel, request: dict, task_id: str | None = None) -> tuple[dict, int]:
    """Run a validated request's operations in order under host.lock; the response and rc."""
    start = time.monotonic()
    results: list[dict] = []
    error = None
    rc = RC_OK
    timeout = request.get("lock_timeout_ms", 30000) / 1000.0
    if not host.lock.acquire(timeout=timeout):
        error = {
            "index": None,
            "op": None,
            "code": "LOCK_TIMEOUT",
            "hresult": None,
            "detail": None,
            "message": f"another bridge call holds Global\\hyperv.network.bridge on {host.name} (waited {timeout:g} s)",
        }
        rc = RC_FAILED
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
                    rc = RC_FAILED
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
    return response, rc


def _refusal(host: HostModel) -> tuple[str, str] | None:
    settings = host.settings
    if settings.get("jea"):
        return (
            "JEA_ENDPOINT",
            "the session is a JEA (Just Enough Administration) endpoint: "
            "the bridge needs a full administrative session",
        )
    if str(settings.get("powershell_edition", "Desktop")).lower() == "core":
        return (
            "UNSUPPORTED_POWERSHELL",
            "PowerShell 7 (Core) endpoint: the bridge needs Windows PowerShell 5.1 (Desktop edition)",
        )
    if int(settings.get("process_bitness", 64)) == 32:
        return (
            "PROCESS_32BIT",
            "the bridge runs in a 32-bit PowerShell process: "
            "the Hyper-V module and computenetwork.dll need 64-bit PowerShell",
        )
    return None


def run_script(host: HostModel, script: str, stdin_lines: list[str]) -> tuple[str, str, int]:
    """Run one command's script with its stdin lines: (stdout, stderr, rc)."""
    host.stats.commands += 1
    host.stats.record_script(_sha(script))
    if script.replace("\r\n", "\n").rstrip("\n") != bootstrap_text().rstrip("\n"):
        host.stats.rejected_scripts += 1
        return "", UNSUPPORTED + "\r\n", RC_FAILED
    host.stats.bridge_calls += 1
    if str(host.settings.get("language_mode", "FullLanguage")) != "FullLanguage":
        return _bootstrap_answer("CONSTRAINED_LANGUAGE", "PowerShell runs in Constrained Language Mode", RC_REFUSED)
    lines = [line.rstrip("\r") for line in stdin_lines]
    at = lines.index(REQUEST_MARKER) if REQUEST_MARKER in lines else -1
    if at < 1 or at + 1 >= len(lines):
        return _bootstrap_answer(
            "BAD_REQUEST", "bridge input is not framed as bridge lines, #hvnet-request, request line", RC_BAD_REQUEST
        )
    host.stats.record_script(_sha("\n".join(lines[:at])))
    if lines[0] != BRIDGE_FIRST_LINE:
        host.stats.rejected_scripts += 1
        return "", UNSUPPORTED + "\r\n", RC_FAILED
    try:
        request = json.loads(lines[at + 1])
    except ValueError as exc:
        return _fail("BAD_REQUEST", f"the request line is not JSON: {exc}")
    request_id = request.get("request_id") if isinstance(request, dict) else None
    if not isinstance(request_id, str):
        request_id = None
    refusal = _refusal(host)
    if refusal:
        return _fail(refusal[0], refusal[1], request_id, RC_REFUSED)
    if isinstance(request, dict) and request.get("protocol") != 1 and isinstance(request.get("protocol"), int):
        return _fail(
            "PROTOCOL_MISMATCH",
            f"the host speaks bridge protocol 1, the request protocol {request['protocol']}",
            request_id,
        )
    problem = validate_request(request)
    if problem:
        return _fail("BAD_REQUEST", problem, request_id)
    response, rc = execute(host, request)
    return frame(response), "", rc


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
    stdout, _stderr, rc = run_script(host, bootstrap_text(), request_stdin(request))
    return parse_response(stdout), rc
