# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Transport to the PowerShell bridge (internal collection use only).

One call = the fixed bootstrap on the command line, the bridge and one request line on stdin, and
one marked JSON response on stdout. The command line never varies with input (no user value is
ever part of PowerShell source); user values travel only inside the ASCII request line.
"""

import base64
import hashlib
import json
import os
import time
import uuid

from ansible_collections.hyperv.network.plugins.plugin_utils.errors import (
    BridgeConnectionLost,
    BridgeError,
    BridgeProtocolError,
    HvNetError,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.hresults import describe_code, describe_hresult
from ansible_collections.hyperv.network.plugins.plugin_utils.schema_fastpath import compile_definition
from ansible_collections.hyperv.network.plugins.plugin_utils.transport_failures import (
    FAILURE_ANSWERED,
    FAILURE_NO_ANSWER,
    BridgeUnreachable,
    is_lost_input,
    transport_failure,
)

PROTOCOL = 1
BRIDGE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bridge")
BOOTSTRAP_PATH = os.path.join(BRIDGE_DIR, "bootstrap.ps1")
BRIDGE_PATH = os.path.join(BRIDGE_DIR, "bridge.ps1")
SCHEMA_PATH = os.path.join(BRIDGE_DIR, "protocol.schema.json")
REQUEST_MARKER = "#hvnet-request"
CACHED_BRIDGE_PREFIX = "#hvnet-bridge-sha256:"
RESPONSE_BEGIN = "##hvnet-response-begin##"
RESPONSE_END = "##hvnet-response-end##"
COMMAND_PREFIX = "PowerShell -NoProfile -NonInteractive -ExecutionPolicy Unrestricted -EncodedCommand "
CMD_LINE_LIMIT = 8191
READ_TRIES = 3
BACKOFF_FIRST = 1.0
BACKOFF_CAP = 4.0
LOCK_TIMEOUT_MS = 30000
READ_OPS = ("snapshot", "ping", "job_status")  # the operations read() may retry (schema: x-mutating false)

_cache = {}


def _read_text(path):
    if path not in _cache:
        try:
            with open(path, "rb") as f:
                _cache[path] = f.read().decode("utf-8")
        except OSError as e:
            raise HvNetError("cannot read %s (is the collection installed completely?): %s" % (path, e)) from None
    return _cache[path]


def command_line():
    """The fixed command line: PowerShell running the base64 UTF-16-LE of bootstrap.ps1 as stored."""
    if "command_line" not in _cache:
        script = _read_text(BOOTSTRAP_PATH)
        encoded = base64.b64encode(script.encode("utf-16-le")).decode("ascii")
        line = COMMAND_PREFIX + encoded
        if len(line) >= CMD_LINE_LIMIT:
            raise HvNetError(
                "bootstrap.ps1 makes a command line of %d characters; cmd.exe allows %d" % (len(line), CMD_LINE_LIMIT)
            )
        _cache["command_line"] = line
    return _cache["command_line"]


def request_line(request):
    """The request as one ASCII line: no byte above 0x7F, no character any line splitter splits on."""
    line = json.dumps(request, ensure_ascii=True, separators=(",", ":"))
    if len(line.splitlines()) != 1:  # cannot happen with ensure_ascii; a guard against regressions
        raise HvNetError("internal error: the request does not fit on one line")
    return line


def bridge_lines(bridge_text=None):
    """The bridge's lines as they travel on stdin (line endings and trailing blank lines dropped)."""
    text = _read_text(BRIDGE_PATH) if bridge_text is None else bridge_text
    lines = [line.rstrip("\r") for line in text.split("\n")]
    while lines and lines[-1] == "":
        lines.pop()
    return lines


def bridge_sha256(bridge_text=None):
    """SHA-256 of the bridge text the bootstrap runs (its lines joined with LF): the cache key on the host."""
    return hashlib.sha256("\n".join(bridge_lines(bridge_text)).encode("ascii")).hexdigest()


def build_stdin(request, bridge_text=None, cached=False):
    """stdin of one call: the bridge lines (or, ``cached``, one line naming the bridge's SHA-256 so
    the host runs its verified cached copy), ``#hvnet-request``, the request line; CRLF, ASCII."""
    if cached:
        lines = [CACHED_BRIDGE_PREFIX + bridge_sha256(bridge_text)]
    else:
        lines = bridge_lines(bridge_text)
    lines += [REQUEST_MARKER, request_line(request)]
    data = "\r\n".join(lines) + "\r\n"
    try:
        return data.encode("ascii")
    except UnicodeEncodeError:
        raise HvNetError("bridge.ps1 must be ASCII only") from None


def _schema():
    if "schema" not in _cache:
        with open(SCHEMA_PATH, "rb") as f:
            _cache["schema"] = json.loads(f.read().decode("utf-8"))
    return _cache["schema"]


def _validator(definition):
    """A jsonschema validator for one ``$defs`` entry of protocol.schema.json (jsonschema imported lazily)."""
    key = "validator:" + definition
    if key not in _cache:
        try:
            import jsonschema
        except ImportError:
            raise HvNetError(
                "the Python package jsonschema is required on the controller by hyperv.network (pip install jsonschema)"
            ) from None
        root = _schema()
        schema = {"$schema": root["$schema"], "$defs": root["$defs"], "$ref": "#/$defs/" + definition}
        _cache[key] = jsonschema.Draft202012Validator(schema)
    return _cache[key]


def _fast_check(definition):
    """``schema_fastpath``'s closures for ``$defs/<definition>`` (jsonschema's answer), or None without jsonschema."""
    key = "fast:" + definition
    if key not in _cache:
        _cache[key] = compile_definition(_schema(), definition)
    return _cache[key]


def schema_errors(definition, instance):
    """Messages for ``instance`` against ``$defs/<definition>`` (empty list when valid).

    The answer comes from closures compiled from the schema (``schema_fastpath``: jsonschema's answer without its
    cost); only where it is no does jsonschema check again, to word the errors. With
    ``HYPERV_NETWORK_SCHEMA_CROSSCHECK`` set (the test suites set it), jsonschema checks every instance as well and a
    different answer is an error."""
    fast = _fast_check(definition)
    valid = fast(instance) if fast is not None else None
    if os.environ.get("HYPERV_NETWORK_SCHEMA_CROSSCHECK") and valid is not None:
        if valid != _validator(definition).is_valid(instance):
            raise HvNetError(
                "internal error: the compiled schema check of %s answered %s where jsonschema did not"
                % (definition, valid)
            )
    if valid:
        return []
    errors = sorted(_validator(definition).iter_errors(instance), key=lambda e: list(e.absolute_path))
    return ["%s: %s" % ("/".join(str(p) for p in e.absolute_path) or "(root)", e.message) for e in errors]


def parse_response(rc, stdout, stderr):
    """Find the marked response anywhere in stdout (noise around it is fine) and validate it."""
    stdout = _text(stdout)
    stderr = _text(stderr)
    begin = stdout.find(RESPONSE_BEGIN)
    end = stdout.find(RESPONSE_END, begin + len(RESPONSE_BEGIN)) if begin >= 0 else -1
    if begin < 0 or end < 0:
        raise BridgeProtocolError(
            "the host did not answer with a bridge response (rc=%s; no %s marker). stderr: %s"
            % (rc, "begin" if begin < 0 else "end", stderr[:500].strip() or "(empty)"),
            rc=rc,
            stdout=stdout[:2000],
            stderr=stderr[:2000],
        )
    # JSON escapes newlines inside strings, so line breaks in the span are transport wrapping.
    body = stdout[begin + len(RESPONSE_BEGIN) : end].replace("\r", "").replace("\n", "").strip()
    try:
        response = json.loads(body)
    except ValueError as e:
        raise BridgeProtocolError(
            "the bridge response is not valid JSON (rc=%s: %s). stderr: %s"
            % (rc, e, stderr[:500].strip() or "(empty)"),
            rc=rc,
            stdout=stdout[:2000],
            stderr=stderr[:2000],
        ) from None
    problems = schema_errors("response", response)
    if problems:
        raise BridgeProtocolError(
            "the bridge response does not match the protocol (rc=%s): %s" % (rc, "; ".join(problems[:5])),
            rc=rc,
            stderr=stderr[:2000],
        )
    for i, result in enumerate(response["results"]):
        if result.get("op") == "snapshot" and result.get("ok") and result.get("data") is not None:
            problems = schema_errors("snapshot", result["data"])
            if problems:
                raise BridgeProtocolError(
                    "the snapshot in result %d does not match the protocol: %s" % (i, "; ".join(problems[:5])), rc=rc
                )
    return BridgeResponse(response, rc=rc, stderr=stderr)


def _text(value):
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


class BridgeResponse:
    """A parsed, schema-valid response."""

    def __init__(self, raw, rc=0, stderr=""):
        self.raw = raw
        self.rc = rc
        self.stderr = stderr
        self.ok = raw["ok"]
        self.results = raw["results"]
        self.error = raw.get("error")
        self.request_id = raw.get("request_id")
        self.elapsed_ms = raw.get("elapsed_ms")

    @property
    def snapshot(self):
        """The data of the last successful snapshot result, or None."""
        for result in reversed(self.results):
            if result.get("op") == "snapshot" and result.get("ok"):
                return result.get("data")
        return None


def bridge_error(response, ops):
    """The ``BridgeError`` for an ok=false response, with the HRESULT explained."""
    error = response.error or {"code": "INTERNAL", "message": "the bridge reported failure without an error"}
    hresult, name, meaning, what = describe_hresult(error.get("hresult"))
    if not meaning:
        meaning, what = describe_code(error.get("code"))
    index = error.get("index")
    op = error.get("op") or (ops[index]["op"] if index is not None and 0 <= index < len(ops) else None)
    parts = ["%s failed" % ("operation %d (%s)" % (index + 1, op) if index is not None else "the bridge batch")]
    parts.append(": %s" % error.get("code"))
    if hresult:
        parts.append(" %s%s" % (hresult, " %s" % name if name else ""))
    parts.append(": %s" % error.get("message"))
    if meaning:
        parts.append(" (%s; %s)" % (meaning, what))
    return BridgeError(
        "".join(parts),
        code=error.get("code"),
        hresult=hresult,
        hresult_name=name,
        meaning=meaning,
        what_to_do=what,
        index=index,
        op=op,
        detail=error.get("detail"),
        bridge_message=error.get("message"),
        results=response.results,
    )


def _connection_errors():
    errors = [ConnectionError, TimeoutError, BridgeConnectionLost]
    try:
        from ansible.errors import AnsibleConnectionFailure

        errors.append(AnsibleConnectionFailure)
    except ImportError:  # pragma: no cover - ansible is always there inside a collection
        pass
    return tuple(errors)


class BridgeClient:
    """Runs bridge calls through ``execute(cmd, in_data) -> (rc, stdout, stderr)``.

    Transport failures follow ``transport_failure``: authentication, 404 and TLS failures, and any
    failure before the host answered once in this task, raise ``BridgeUnreachable`` at once (never
    retried). A connection lost after the host answered: ``read`` retries it with bounded exponential
    backoff (reads change nothing); ``apply`` never retries: it raises ``BridgeConnectionLost`` so the
    engine can re-read and report what took effect. ``answered`` is whether a call of this client got
    an answer. ``calls`` counts calls that reached the bridge (attempts included); ``cache_misses``
    the extra small round trips to hosts without a cached bridge.
    """

    def __init__(self, execute, *, record_dir=None, sleep=None, tries=READ_TRIES, bridge_text=None, cache_bridge=False):
        self.execute = execute
        # cache_bridge: send the bridge's SHA-256 instead of its ~60 KB text; a host without a
        # verified copy answers BRIDGE_NOT_CACHED before anything runs, and the call is sent again
        # in full (the bridge then caches itself), so a miss costs one extra small round trip.
        self.cache_bridge = cache_bridge
        self.cache_misses = 0
        self.record_dir = record_dir or os.environ.get("HYPERV_NETWORK_RECORD_DIR") or None
        self.sleep = sleep or time.sleep
        self.tries = tries
        self.bridge_text = bridge_text
        self.calls = 0
        self.answered = False

    def request(self, ops):
        """The request for ``ops``, validated against the schema: a planner bug fails here, not on the host."""
        request = {
            "protocol": PROTOCOL,
            "request_id": uuid.uuid4().hex,
            "lock_timeout_ms": LOCK_TIMEOUT_MS,
            "ops": list(ops),
        }
        problems = schema_errors("request", request)
        if problems:
            raise HvNetError(
                "internal error: the planned request does not match the bridge protocol: %s" % "; ".join(problems[:5]),
                problems=problems,
            )
        return request

    def _exchange(self, request, cached, read=False):
        in_data = build_stdin(request, self.bridge_text, cached=cached)
        self.calls += 1
        try:
            rc, stdout, stderr = self.execute(command_line(), in_data)
        except BridgeUnreachable:
            raise
        except _connection_errors() as e:
            failure = transport_failure(e, self.answered)
            if getattr(failure, "kind", None) == FAILURE_ANSWERED:
                self.answered = True  # an HTTP error or a WS-Man fault is an answer: the host is there
            if failure is e:
                raise
            raise failure from e
        except Exception as e:
            if not (read and is_lost_input(e)):
                raise
            # The command was created on the host (the Send came after it): the host answered in this task.
            self.answered = True
            lost = BridgeConnectionLost("the answer of a read was lost after its input failed to send: %s" % e)
            lost.kind, lost.host_answered, lost.transport_message = FAILURE_NO_ANSWER, True, str(e)
            raise lost from e
        self.answered = True
        self._record(request, rc, stdout, stderr)
        return rc, parse_response(rc, stdout, stderr)

    def _call(self, request, read=False):
        if self.cache_bridge:
            rc, response = self._exchange(request, cached=True, read=read)
            if response.ok or (response.error or {}).get("code") != "BRIDGE_NOT_CACHED":
                return self._checked(request, rc, response)
            # Nothing ran: the bootstrap answered before any bridge did. Not a bridge call.
            self.calls -= 1
            self.cache_misses += 1
        rc, response = self._exchange(request, cached=False, read=read)
        return self._checked(request, rc, response)

    def _checked(self, request, rc, response):
        if response.request_id not in (None, request["request_id"]):
            raise BridgeProtocolError(
                "the bridge answered request %s with the response of %s" % (request["request_id"], response.request_id),
                rc=rc,
            )
        if not response.ok:
            raise bridge_error(response, request["ops"])
        return response

    def read(self, ops):
        """A read-only batch; a connection lost after the host answered, and ansible.builtin.winrm's "winrm
        send_input failed" (``is_lost_input``), are retried (3 tries, 1 s then 2 s, capped at 4 s).
        ``BridgeUnreachable`` (authentication, 404, TLS, no answer yet in this task) is never retried."""
        for op in ops:
            if op.get("op") not in READ_OPS:
                raise HvNetError("internal error: read() got the mutating operation %r; use apply()" % op.get("op"))
        request = self.request(ops)
        delay = BACKOFF_FIRST
        for attempt in range(1, self.tries + 1):
            try:
                return self._call(request, read=True)
            except BridgeConnectionLost as e:
                if attempt == self.tries:
                    raise BridgeConnectionLost(
                        "the host did not answer a read after %d tries: %s" % (self.tries, e), tries=self.tries
                    ) from None
                self.sleep(min(delay, BACKOFF_CAP))
                delay *= 2
        raise AssertionError("unreachable")  # pragma: no cover

    def apply(self, ops):
        """A mutating batch, sent once. A lost connection raises ``BridgeConnectionLost``."""
        request = self.request(ops)
        try:
            return self._call(request)
        except BridgeConnectionLost as e:
            raise BridgeConnectionLost(
                "the connection dropped during the apply (request %s): %s" % (request["request_id"], e),
                request_id=request["request_id"],
            ) from None

    def _record(self, request, rc, stdout, stderr):
        """Recording mode: keep each request and the raw answer, to turn real-host runs into emulator fixtures."""
        if not self.record_dir:
            return
        os.makedirs(self.record_dir, exist_ok=True)
        base = os.path.join(self.record_dir, "%03d-%s" % (self.calls, request["request_id"]))
        with open(base + ".request.json", "w", encoding="utf-8") as f:
            json.dump(request, f, indent=1, sort_keys=True)
        for suffix, value in ((".stdout", stdout), (".stderr", stderr), (".rc", str(rc))):
            with open(base + suffix, "w", encoding="utf-8", newline="") as f:
                f.write(_text(value))
