"""Per-host counters the control API reports."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

# Bridge operations that do not change the host (protocol.schema.json: "x-mutating": false), used when the
# schema cannot be read. A call made of these only is a read; one whose ops include job_status is a job poll.
READ_OPS = frozenset({"snapshot", "ping", "job_status"})
POLL_OPS = frozenset({"job_status"})


@dataclass
class Stats:
    """Counters: commands run, bridge calls (and their kinds), bytes on the wire, authenticated connections,
    shells and runspace pools created, rejected scripts, script hashes.

    The connection counters are instruments of the emulator (what a client costs a host), not a model of a
    Windows counter: `authentications` counts each completed NTLM or Kerberos handshake (Negotiate
    authenticates the HTTP connection it runs on, so a client that keeps its connection pays it once) and,
    for Basic (credentials on every request), the first accepted request of each HTTP connection;
    `shells_created` counts WinRS cmd shells (wxf:Create with the cmd resource URI, WSMAN_CMDSHELL_URI in
    Microsoft's WSManCreateShell documentation) and `runspaces_created` PSRP runspace pools (the wxf:Create of
    a RunspacePool, MS-PSRP 3.1.5.3.1), each successful Create once.
    `bridge_reads`, `bridge_applies`, `bridge_polls`: the bridge calls (`bridge_calls`) by what their request
    asked: only non-mutating ops (a read), a job_status among only non-mutating ops (a poll of a detached job),
    anything mutating (an apply, job_start and job_confirm included).
    """

    commands: int = 0
    bridge_calls: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    rejected_scripts: int = 0
    bridge_cache_misses: int = 0  # calls that named a cached bridge the host did not have
    authentications: int = 0
    shells_created: int = 0
    runspaces_created: int = 0
    bridge_reads: int = 0
    bridge_applies: int = 0
    bridge_polls: int = 0
    scripts: dict = field(default_factory=dict)  # sha256 hex -> count

    def record_script(self, sha256: str) -> None:
        """Count one script received, by its SHA-256."""
        self.scripts[sha256] = self.scripts.get(sha256, 0) + 1

    def record_call_kind(self, ops: list[str], read_ops: frozenset = READ_OPS) -> str:
        """Count one bridge call by the op names of its request: 'read', 'poll' or 'apply' (returned)."""
        names = set(ops)
        if names <= read_ops:  # no ops at all: nothing changed either
            kind = "poll" if names & POLL_OPS else "read"
        else:
            kind = "apply"
        if kind == "read":
            self.bridge_reads += 1
        elif kind == "poll":
            self.bridge_polls += 1
        else:
            self.bridge_applies += 1
        return kind

    def to_json(self) -> dict:
        """A JSON-ready copy."""
        return asdict(self)
