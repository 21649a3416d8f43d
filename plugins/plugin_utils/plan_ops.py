# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""What a plan is made of: planned operations, the plan that orders them, and the helpers every kind's planning
uses to describe them (internal collection use only)."""

from typing import TYPE_CHECKING, Any, Callable

from ansible_collections.hyperv.network.plugins.plugin_utils.state_values import KINDS

if TYPE_CHECKING:
    from ansible_collections.hyperv.network.plugins.plugin_utils.state import HostState

# Host objects' phases (planner_host.py), around the HNS kinds' deletes and changes in ``Plan.ops``.
TEARDOWN_PHASES = ("firewall_remove", "route_remove", "forwarding_restore", "detach")
APPLY_PHASES = ("attach", "forwarding", "route_add", "firewall")


class PlannedOp:
    """One bridge operation plus what the engine reports about it."""

    def __init__(
        self,
        op: str,
        args: dict[str, Any],
        pre: list[dict[str, Any]],
        summary: str,
        *,
        kind: str,
        name: Any,
        action: str,
        key: tuple[Any, ...],
        disruptive: bool = False,
    ) -> None:
        self.op = op
        self.args = args
        self.pre = pre
        self.summary = summary
        self.kind = kind
        self.name = name
        self.action = action
        self.key = key
        self.disruptive = bool(disruptive)

    def request(self) -> dict[str, Any]:
        """The operation as the bridge request carries it."""
        return {"op": self.op, "args": self.args, "pre": self.pre}

    def line(self) -> str:
        """The one-line summary for the ``operations`` result."""
        return self.summary + (" [disruptive]" if self.disruptive else "")

    def __repr__(self) -> str:
        return "PlannedOp(%s: %s)" % (self.op, self.summary)


class Plan:
    """The ordered operations plus what the task reports beside them."""

    def __init__(self) -> None:
        self.deletes: dict[str, list[PlannedOp]] = {"endpoints": [], "networks": [], "switches": []}
        self.changes: dict[str, list[PlannedOp]] = {
            "switches": [], "networks": [], "endpoints": [], "namespaces": [], "vm_adapters": [],
        }  # fmt: skip
        self.releases: list[PlannedOp] = []
        self.skipped_foreign: list[dict[str, Any]] = []
        self.touched: dict[str, set[Any]] = {kind: set() for kind in KINDS}
        # kind -> name key -> the object as the plan leaves it (None: deleted)
        self.expected: dict[str, dict[Any, dict[str, Any] | None]] = {kind: {} for kind in KINDS}
        # Host routes, forwarding, firewall rules, attach/detach (planner_host.py), by phase.
        self.host: dict[str, list[PlannedOp]] = {phase: [] for phase in TEARDOWN_PHASES + APPLY_PHASES}
        self.warnings: list[str] = []
        # Best-effort operations (``host_route: auto``, the way flannel adds it): HNS may refuse them and the task
        # then warns instead of failing. The engine sends them in a plain apply after the plan's operations, after
        # a job in a call of their own or, told defer_optional, in the next apply on its snapshot (the overlay
        # role's routes phase); see engine.converge and docs/bridge-internals.md.
        self.optional: list[PlannedOp] = []

    @property
    def ops(self) -> list[PlannedOp]:
        ordered = []
        for phase in TEARDOWN_PHASES:  # firewall, routes, forwarding restore, detach
            ordered += self.host[phase]
        for kind in ("endpoints", "networks", "switches"):
            ordered += self.deletes[kind]
        for kind in ("switches", "networks", "endpoints", "namespaces", "vm_adapters"):
            ordered += self.changes[kind]
        for phase in APPLY_PHASES:  # attach, forwarding, routes, firewall
            ordered += self.host[phase]
        if ordered:
            # Stale ledger IDs are housekeeping: they ride along with a real apply, never cause one.
            ordered += self.releases
        return ordered

    def requests(self) -> list[dict[str, Any]]:
        return [op.request() for op in self.ops]

    def all_ops(self) -> list[PlannedOp]:
        """Every planned operation, stale-ledger releases included even when nothing else is planned."""
        ops = self.ops
        return ops if ops else list(self.releases)


def is_ipv6(value: object) -> bool:
    """An IPv6 address or prefix (validated text: IPv6 is the family with colons)."""
    return value is not None and ":" in str(value)


def precondition(
    kind: str, state: str, *, name: str | None = None, id: str | None = None, vm_name: str | None = None
) -> dict[str, Any]:
    pre = {"kind": kind, "state": state}
    if id:
        pre["id"] = id
    if name is not None:
        pre["name"] = name
    if vm_name is not None:
        pre["vm_name"] = vm_name
    return pre


def shown(value: object) -> str:
    if value is None:
        return "unset"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(shown(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join("%s: %s" % (k, shown(v)) for k, v in value.items()) + "}"
    return str(value)


def planned_list(ops: list[PlannedOp]) -> list[dict[str, Any]]:
    """``planned``: one entry per line of ``operations``, in the same order, for a caller that counts or groups
    the plan without parsing its text: ``{kind, name, action, op, disruptive}`` (``action`` create, update,
    delete or release; ``op`` the bridge operation)."""
    out = []
    for op in ops:
        name = op.name
        if name is not None and not isinstance(name, str):
            name = str(name)
        out.append({"kind": op.kind, "name": name, "action": op.action, "op": op.op, "disruptive": bool(op.disruptive)})
    return out


class PlannerParts:
    """What planner.Planner and its kinds' mixins give one another, declared once for mypy (empty at run time).

    Each kind's planning mixin (switches.py, networks.py, endpoints.py, vm_adapters.py) extends it, so that its
    methods may use the planner's state and the other mixins' methods they call.
    """

    if TYPE_CHECKING:
        current: HostState
        plan: Plan
        desired: dict[str, list[dict[str, Any]]]
        desired_switches: dict[Any, dict[str, Any]]
        uuid_factory: Callable[[], str]
        new_network_ids: dict[Any, str]
        recreated_networks: set[Any]
        deleted_networks: set[Any]

        @property
        def exact(self) -> bool: ...
        def _create_only(self, kind: str, have: dict[str, Any], diffs: list[tuple[str, Any, Any]]) -> bool: ...
        def _already_deleted(self, kind: str, have: dict[str, Any]) -> bool: ...
        def _existing_adapter(self, resolved: str, given: str, where: str) -> str: ...
        def _switch_adapter(self, switch_name: str, network_name: str) -> str: ...
        def _refuse_ipv6(self, fields: list[str], ntype: str | None, where: str) -> None: ...
