"""Per-host fault settings, set at run time through the control API (POST /_hvemu/hosts/{name}/faults).

One dataclass shared by the transport (latency, refusals, HTTP 500 / WS-Man faults, blackouts,
quotas) and the model (HNS errors, "already exists" after delete, partial IP migrations), so the
control API documents and validates every fault in one place.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

PARTIAL_MIGRATIONS = ("lose_static_ip", "lose_dns", "lose_gateway", "public_category")


@dataclass
class Faults:
    # transport
    latency_ms: int = 0  # added before every WS-Man reply for this host
    refuse_connections: bool = False  # every request to this host is dropped without a reply
    http_500_on_request: int = 0  # the Nth WS-Man request from now (1 = next) gets HTTP 500
    wsman_fault_on_request: int = 0  # the Nth WS-Man request from now gets a WS-Man fault
    blackout_seconds: float = 0.0  # disruptive operations cut the host off for this long
    max_shells_per_user: int = 30  # WinRM MaxShellsPerUser
    max_concurrent_users: int = 10  # WinRM MaxConcurrentUsers
    # model
    hns_transient_errors: int = 0  # the next K HNS calls fail with 0x803B0020 (MANAGER_STOPPED)
    element_not_found_after_create: int = 0  # the next K reads right after a create miss the new object
    # re-creating a name this soon after its delete fails 0x80071392 "The object already exists." (moby/moby#33880,
    # docker/for-win#1384)
    already_exists_after_delete_s: float = 0.0
    partial_migration: list[str] = field(default_factory=list)  # subset of PARTIAL_MIGRATIONS
    hns_error_on_op: dict = field(default_factory=dict)  # {"hcn_network_create": "0x803B0006"}
    # {"HostRoute": "0x803B000E"}: an hcn_network_modify whose request carries a policy of that Type fails with that
    # HRESULT (other Modifies of the same batch run). Test injection, not a claim about Windows: no source says which
    # host refuses which policy (windows-review-6 H2: a route Modify accepted and a HostRoute refused in one batch).
    hns_error_on_network_policy: dict = field(default_factory=dict)
    repair_fails: list[str] = field(default_factory=list)  # partial migrations a detached job cannot repair
    task_start_delay_s: float = 0.3  # a detached job's scheduled task starts this long after job_start

    @classmethod
    def from_json(cls, data: dict, base: Faults | None = None) -> Faults:
        """Merge a JSON object into a copy of base; unknown keys and bad values raise ValueError."""
        out = dataclasses.replace(base) if base else cls()
        names = {f.name: f for f in dataclasses.fields(cls)}
        for key, value in data.items():
            if key not in names:
                raise ValueError(f"unknown fault {key!r}; known: {', '.join(sorted(names))}")
            default = getattr(cls(), key)
            if isinstance(default, bool):
                ok = isinstance(value, bool)
            elif isinstance(default, (int, float)):
                ok = isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0
            elif isinstance(default, list):
                ok = isinstance(value, list) and all(v in PARTIAL_MIGRATIONS for v in value)
            else:
                ok = isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
            if not ok:
                raise ValueError(f"fault {key!r}: bad value {value!r}")
            setattr(
                out,
                key,
                type(default)(value) if isinstance(default, (int, float)) and not isinstance(default, bool) else value,
            )
        return out

    def to_json(self) -> dict:
        return dataclasses.asdict(self)
