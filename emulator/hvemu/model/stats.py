"""Per-host counters the control API reports."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Stats:
    """Counters: commands run, bridge calls, bytes on the wire, rejected scripts, script hashes."""

    commands: int = 0
    bridge_calls: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    rejected_scripts: int = 0
    bridge_cache_misses: int = 0  # calls that named a cached bridge the host did not have
    scripts: dict = field(default_factory=dict)  # sha256 hex -> count

    def record_script(self, sha256: str) -> None:
        """Count one script received, by its SHA-256."""
        self.scripts[sha256] = self.scripts.get(sha256, 0) + 1

    def to_json(self) -> dict:
        """A JSON-ready copy."""
        return asdict(self)
