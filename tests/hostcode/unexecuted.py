"""The measure of docs/bridge-internals.md: the lines of host code no test executes, listed by function.

Host code is what runs on the Windows host: bootstrap.ps1, bridge.ps1 (without the base64 payload of
the helper) and the helper's C# sources. PowerShell cannot run here, so every PowerShell line counts.
The C# is executed under Mono: this script runs the tour of every operation and job path plus the
error paths against the fake Windows with `mono --trace=N:HyperVNetwork`, and counts the code lines
of every C# method (or property accessor) that was never entered. Granularity is the method: a method
entered once counts as executed (Mono here has no line-coverage profiler).

    .venv/bin/python tests/hostcode/unexecuted.py            # print the table (markdown)

test_unexecuted.py checks that docs/bridge-internals.md carries exactly this table.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from fakewin.fake_windows import (  # noqa: E402
    CmdletError,
    FakeWindows,
    Session,
    build_runner,
    native_hcn_available,
    not_found,
    tour,
)
from hostcode_support import BRIDGE_DIR, CS_SOURCES, parse_powershell, read_script  # noqa: E402

BEFORE_RAW_LINES = 1478  # bridge.ps1 at e06e9aa: every line of it only parsed, none executed


def code_lines(text: str) -> list[str]:
    """Non-blank lines that are not only a comment (PowerShell # or C# //)."""
    out = []
    for line in text.split("\n"):
        s = line.strip()
        if s and not s.startswith("#") and not s.startswith("//"):
            out.append(line)
    return out


# ---- PowerShell: grouped by function, call site or top-level block ----
def powershell_groups(name: str) -> list[tuple[str, int, str]]:
    """(group, code lines, kind) of one script; the helper's base64 payload is data, not code."""
    text = read_script(name)
    text = re.sub(r"(\$HvNetCsGz = @'\n).*?(\n'@\n)", r"\1\2", text, flags=re.DOTALL)
    tree = parse_powershell(text)
    groups: list[tuple[str, int, str]] = []
    covered: set[int] = set()
    for node in _walk(tree.root_node):
        if node.type == "function_statement":
            fname = next(c for c in node.children if c.type == "function_name").text.decode("ascii")
            groups.append((fname, _count(node), "loader"))
            covered |= set(range(node.start_point[0], node.end_point[0] + 1))
        elif node.type == "hash_entry" and _in_call_sites(node):
            key = next(c for c in node.children if c.type == "key_expression").text.decode("ascii").strip("'")
            groups.append((key, _count(node), "call site"))
            covered |= set(range(node.start_point[0], node.end_point[0] + 1))
    rest = [
        line
        for i, line in enumerate(text.split("\n"))
        if i not in covered and line.strip() and not line.strip().startswith("#")
    ]
    label = "top level: refusals, call-site table, delegate, main" if name == "bridge.ps1" else "top level"
    groups.append((label, len(rest) - (1 if name == "bridge.ps1" else 0), "script"))  # "'@" closes the payload
    return groups


def _walk(node):
    yield node
    for c in node.children:
        yield from _walk(c)


def _count(node) -> int:
    return len(code_lines(node.text.decode("ascii")))


def _in_call_sites(node) -> bool:
    p = node.parent
    while p is not None:
        if p.type == "assignment_expression" and p.children[0].text.decode("ascii").strip() == "$HvNetCalls":
            return True
        p = p.parent
    return False


# ---- C#: methods by brace matching ----
DECL = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)*(?:public|private|internal|protected)(?: static| extern| override| readonly)* "
    r"(?:[\w<>\[\], .]+ )?(\w+)\s*(\(|\{ get|$)",
    re.MULTILINE,
)


def cs_members(name: str) -> list[tuple[str, str, int]]:
    """(class, member, code lines) of every method, constructor and property with a body in one file."""
    text = (BRIDGE_DIR / name).read_text(encoding="ascii")
    members = []
    cls = None
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r"\s*(?:public |internal )?(?:static )?(?:partial )?(?:class|interface) (\w+)", line)
        if m:
            cls = m.group(1)
            i += 1
            continue
        d = DECL.match(line)
        if d and cls and not re.search(r"\bclass\b|\binterface\b|=|;\s*$", line.split("//")[0]):
            member = d.group(1)
            end = _body_end(lines, i)
            if end is not None:
                body = "\n".join(lines[i : end + 1])
                members.append((cls, ".ctor" if member == cls else member, len(code_lines(body))))
                i = end + 1
                continue
        i += 1
    return members


def _body_end(lines: list[str], start: int) -> int | None:
    depth, seen = 0, False
    for j in range(start, len(lines)):
        code = re.sub(r'"(?:[^"\\]|\\.)*"', '""', lines[j].split("//")[0])
        for ch in code:
            if ch == "{":
                depth, seen = depth + 1, True
            elif ch == "}":
                depth -= 1
                if seen and depth == 0:
                    return j
        if not seen and code.rstrip().endswith(";"):
            return None  # a declaration without a body (extern, interface member, field)
    return None


def entered_methods(trace_files: list[Path]) -> set[tuple[str, str]]:
    found = set()
    pattern = re.compile(r"ENTER: HyperVNetwork\.(\w+)(?:/\w+)?:(\S+) \(")
    for f in trace_files:
        for m in pattern.finditer(f.read_text(errors="replace")):
            cls, member = m.group(1), m.group(2)
            member = re.sub(r"^(get_|set_)", "", member)
            found.add((cls, member))
    return found


def measure(work: Path) -> set[tuple[str, str]]:
    """Runs the tour and the error paths traced; returns the (class, member) pairs entered."""
    runner = build_runner()
    traces: list[Path] = []
    sessions: list[Session] = []

    def start(host, exe=None):
        traces.append(work / f"trace-{len(traces)}.txt")
        folder = work / f"host-{len(traces)}"
        folder.mkdir()
        sessions.append(Session(exe or runner, host, folder, trace=traces[-1]))
        return sessions[-1]

    try:
        tour(start)
        _error_paths(start)
    finally:
        for s in sessions:
            s.close()
    return entered_methods(traces)


def _error_paths(start) -> None:
    """What the tour does not reach: refusals of bad input, the lock, HCN and cmdlet errors, sharing
    violations, Hyper-V missing, a task that does not start, the boot replay, a failed job, and the
    Windows seams that also work under Mono (WindowsHost.Run, the named mutex, the clock, the files)."""
    host = FakeWindows()
    host.add_nic("Ethernet", 3, "00-15-5D-01-02-03", addresses=[("10.0.0.5", 24, 1)], gateways=["10.0.0.1"])
    s = start(host)
    for line in ("x", '{"protocol":2}', '{"protocol":1,"ops":[{"op":"nope"}]}', "[1]"):
        s.raw(line)
    s.command({"cmd": "hold_lock", "held": True})
    s.request([{"op": "ping", "args": {}}], lock_timeout_ms=1)
    s.command({"cmd": "hold_lock", "held": False})
    s.command({"cmd": "check_record", "op": "HcnX", "hr": 0, "record": '{"Error":"e"}'})
    host.hcn_faults["Create"] = (0x803B0016, '{"Success":false,"Error":"bad"}')
    s.request([{"op": "hcn_network_create", "args": {"id": str(uuid.uuid4()), "settings": "{}"}}])
    host.hcn_faults.clear()
    host.hcn["network"][str(uuid.uuid4())] = '{"Name":"gone"}'
    host.hcn_faults["Query"] = (0x803B0001, None)  # listed, then deleted before the query: skipped
    s.request([{"op": "snapshot", "args": {"kinds": ["networks"]}}])
    host.hcn_faults.clear()
    s.request([{"op": "ping", "args": {}, "pre": [{"kind": "network", "id": str(uuid.uuid4()), "state": "absent"}]}])
    s.faults(replace=2, read=1)
    s.request([{"op": "ledger_adopt", "args": {"kind": "network", "id": str(uuid.uuid4())}}])
    s.request([{"op": "snapshot", "args": {"kinds": ["ledger"]}}])
    # Host objects: attach twice (already attached), detach twice (not attached), a removal that finds the route
    # gone (ObjectNotFound).
    nid, eid = str(uuid.uuid4()), str(uuid.uuid4())
    host.hcn["network"][nid] = '{"Name":"n"}'
    host.hcn["endpoint"][eid] = json.dumps({"Name": "e", "IpConfigurations": [{"IpAddress": "10.9.0.2"}]})
    attach = {"op": "hcn_endpoint_host_attach", "args": {"id": eid}}
    detach = {"op": "hcn_endpoint_host_detach", "args": {"id": eid}}
    s.request([attach, attach, detach, detach])
    host.ip[3]["routes"] = [["10.8.0.0/24", "10.0.0.9", 256]]
    host.fail_sites["Remove-NetRoute"] = not_found("MSFT_NetRoute", "Remove-NetRoute")
    route = {"interface_alias": "Ethernet", "destination_prefix": "10.8.0.0/24", "next_hop": "10.0.0.9"}
    s.request([{"op": "net_route_remove", "args": route}])
    host.fail_sites.clear()
    host.hyperv_module = False
    s.request([{"op": "switch_create", "args": {"name": "x", "switch_type": "Internal"}}])
    host.hyperv_module, host.vmms, host.wmi_v2 = True, None, False
    s2 = start(host)
    s2.request([{"op": "snapshot", "args": {"kinds": ["switches"]}}])
    host.vmms, host.wmi_v2 = "Running", True
    host.task_behaviour = {"s4u": "logon_failure", "system": "never"}
    sw = {"op": "switch_create", "args": {"name": "e", "net_adapter_names": ["Ethernet"], "allow_management_os": True}}
    text = "# hyperv.network bridge v1\n"
    replay = [{"op": "switch_create", "args": {"name": "i", "switch_type": "Internal"}}]
    s2.request([{"op": "job_start", "args": {"job_id": str(uuid.uuid4()), "ops": [sw], "undo": [None]}}], text=text)
    host.task_behaviour = {"s4u": "runs", "system": "runs"}
    host.fail_sites["Hyper-V\\New-VMSwitch"] = CmdletError("no", "X")
    job = str(uuid.uuid4())
    s2.request(
        [{"op": "job_start", "args": {"job_id": job, "ops": [sw], "undo": [None], "boot_replay": replay}}], text=text
    )
    s2.run_task(f"#hvnet-job:{job}")
    host.fail_sites.clear()
    s2.run_task("#hvnet-replay")
    # review-2: a COM error registering the S4U task (its reason unwrapped), a domain category still missing.
    host.task_behaviour = {"s4u": "register_denied", "system": "runs"}
    host.ip[3]["category"], host.public_first = 2, True
    job = str(uuid.uuid4())
    s2.request([{"op": "job_start", "args": {"job_id": job, "ops": [sw], "undo": [None], "deadman_s": 1}}], text=text)
    s2.run_task(f"#hvnet-job:{job}")
    # The helper's P/Invoke layer against the fake computenetwork.dll (fakewin/fakehcn.c), when gcc built it.
    if native_hcn_available(build_runner()):
        n = start(FakeWindows())
        n.command({"cmd": "native"})
        nid, eid, xid = (str(uuid.uuid4()) for _ in range(3))
        n.request([
            {"op": "hcn_network_create", "args": {"id": nid, "settings": '{"Name":"n"}'}},
            {"op": "hcn_endpoint_create", "args": {"id": eid, "network_id": nid, "settings": '{"Name":"e"}'}},
            {"op": "hcn_namespace_create", "args": {"id": xid, "settings": "{}"}},
            {"op": "hcn_network_modify", "args": {"id": nid, "request": "{}"}},
            {"op": "snapshot", "args": {"kinds": ["networks", "endpoints", "namespaces", "hns_version"]}},
            {"op": "hcn_endpoint_delete", "args": {"id": eid}},
            {"op": "hcn_namespace_delete", "args": {"id": xid}},
            {"op": "hcn_network_delete", "args": {"id": nid}},
        ])  # fmt: skip
        n.request([{"op": "hcn_network_create", "args": {"id": nid, "settings": "FAIL"}}])
        bare = n.folder.parent / "runner-without-hcn.exe"  # no .config beside it: computenetwork.dll is missing
        bare.write_bytes(build_runner().read_bytes())
        m = start(FakeWindows(), bare)
        m.command({"cmd": "native"})
        m.request([{"op": "snapshot", "args": {"kinds": ["networks"]}}])
    # The real seams that work on this machine: WindowsHost with the named mutex and clock, the file seam.
    s2.command({"cmd": "windows_run", "line": '{"protocol":1,"ops":[{"op":"snapshot","args":{"kinds":["adapters"]}}]}'})
    s2.command({"cmd": "windows_files", "dir": str(s2.folder)})
    s2.command({"cmd": "com_tour"})
    s2.command({"cmd": "com_tour_stop"})
    s2.command({"cmd": "folder_problems", "owner": "S-1-1-0", "protected": False, "allowed": ["S-1-1-0"]})


def table(entered: set[tuple[str, str]]) -> tuple[list[tuple[str, str, int, str]], int, int]:
    """Rows (file, group, lines, kind) of unexecuted code, the unexecuted total and the host-code total."""
    rows = []
    total = 0
    for name in ("bootstrap.ps1", "bridge.ps1"):
        for group, n, kind in powershell_groups(name):
            rows.append((name, group, n, kind))
            total += n
    unexecuted = sum(r[2] for r in rows)
    for name in CS_SOURCES:
        for cls, member, n in cs_members(name):
            total += n
            if (cls, member) not in entered:
                rows.append((name, f"{cls}.{member}", n, "Windows seam" if name in SEAM_FILES else "logic"))
                unexecuted += n
    return rows, unexecuted, total


SEAM_FILES = {"HvNetWindows.cs", "HvNetNative.cs"}


def render(rows, unexecuted, total) -> str:
    out = [
        "| file | function | lines | what it is |",
        "|---|---|---:|---|",
    ]
    out += [f"| {f} | `{g}` | {n} | {k} |" for f, g, n, k in rows]
    out.append(f"| **total** | | **{unexecuted}** of {total} code lines of host code | |")
    return "\n".join(out)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        entered = measure(Path(tmp))
    rows, unexecuted, total = table(entered)
    print(render(rows, unexecuted, total))
    print(json.dumps({"unexecuted": unexecuted, "total": total}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
