# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The planner: desired config + parsed host state + state -> ordered bridge operations (pure, no I/O).

Internal collection use only. Order: deletes first, in reverse dependency order (endpoints,
networks, switches; this also frees names and prefixes for re-creates), then creates and updates
(switches, networks, endpoints, VM adapters), then releases of stale ledger IDs. Every mutating
operation carries the preconditions the schema gives it; deletes require ``owned``.

This module holds what is shared: the order, the deletes, ownership and the create-only rule. Each kind's converge,
create and update are a mixin in the kind's own module (switches, networks, endpoints, vm_adapters, which also read
the kind from a snapshot and build its desired form; the host objects in planner_host), on the operations and plan
of plan_ops.
"""

import uuid
from collections.abc import Callable, Iterable
from typing import Any

from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils import planner_host, state_host
from ansible_collections.hyperv.network.plugins.plugin_utils import state as model
from ansible_collections.hyperv.network.plugins.plugin_utils.endpoints import EndpointPlanning
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import HvNetPlanError
from ansible_collections.hyperv.network.plugins.plugin_utils.networks import (
    DISRUPTIVE_NETWORK_TYPES,
    NetworkPlanning,
    prefixes_text,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.plan_ops import Plan, PlannedOp, precondition, shown
from ansible_collections.hyperv.network.plugins.plugin_utils.switches import SwitchPlanning
from ansible_collections.hyperv.network.plugins.plugin_utils.vm_adapters import VmAdapterPlanning

STATES = ("merged", "replaced", "overridden", "deleted", "gathered", "rendered")
KIND_SINGULAR = {"switches": "switch", "networks": "network", "endpoints": "endpoint", "vm_adapters": "vm adapter"}


class Planner(SwitchPlanning, NetworkPlanning, EndpointPlanning, VmAdapterPlanning):
    """Plans one task. ``uuid_factory`` is injectable so tests get stable IDs."""

    def __init__(
        self,
        desired: dict[str, Any] | None,
        current: model.HostState,
        state: str,
        *,
        recreate: bool = False,
        kinds: Iterable[str] | None = None,
        uuid_factory: Callable[[], str] | None = None,
    ) -> None:
        if state not in STATES:
            raise HvNetPlanError("state must be one of %s, got %r" % (", ".join(STATES), state))
        self.desired: dict[str, list[dict[str, Any]]] = {
            kind: [model.FROM_CONFIG[kind](item) for item in (desired or {}).get(kind) or []] for kind in model.KINDS
        }
        self.desired.update(planner_host.desired(desired))
        self.raw_desired = desired or {}
        self.current = current
        self.state = state
        self.recreate = recreate
        self.kinds: tuple[str, ...] = model.KINDS + state_host.HOST_KINDS if kinds is None else tuple(kinds)
        self.uuid_factory: Callable[[], str] = uuid_factory or (lambda: str(uuid.uuid4()))
        self.plan = Plan()
        # Objects created or re-created in this batch: name key -> new id (networks) / desired dict.
        self.new_network_ids: dict[Any, str] = {}
        self.recreated_networks: set[Any] = set()
        self.deleted_networks: set[Any] = set()
        self.desired_switches: dict[Any, dict[str, Any]] = {
            norm.name_key(s["name"]): s for s in self.desired["switches"]
        }

    def run(self) -> Plan:
        """Plan and return the ``Plan``."""
        self._check_hyperv_module()
        if self.state == "deleted":
            self._plan_deleted()
        elif self.state in ("merged", "replaced", "overridden"):
            self._plan_converge()
        if self.state in ("merged", "replaced", "overridden", "deleted"):
            planner_host.plan_host_objects(self)
        for kind, guid in self.current.stale:
            self.plan.releases.append(
                PlannedOp(
                    "ledger_release",
                    {"kind": kind, "id": guid},
                    [],
                    "release stale ledger id %s %s (the object is gone)" % (kind, guid),
                    kind=kind + "s" if kind != "switch" else "switches",
                    name=guid,
                    action="release",
                    key=("release", kind, guid),
                )
            )
        return self.plan

    def _check_hyperv_module(self) -> None:
        """Switches and VM adapters need the Hyper-V PowerShell module (absent on container VMs)."""
        if self.current.host.get("hyperv_module") is not False:
            return
        needing = [k for k in ("switches", "vm_adapters") if k in self.kinds and self.desired[k]]
        if needing and self.state not in ("gathered", "rendered"):
            raise HvNetPlanError(
                "config.%s: host %s has no Hyper-V PowerShell module, so it has no switches or VM adapters to manage "
                "(a container VM or a host without the Hyper-V management tools). Manage its HNS networks and "
                "endpoints only, or install RSAT-Hyper-V-Tools."
                % (needing[0], self.current.host.get("computer_name") or "(unknown)"),
                kind=needing[0],
            )

    @property
    def exact(self) -> bool:
        """replaced/overridden: unset properties go to their defaults; merged: unset means leave alone."""
        return self.state in ("replaced", "overridden")

    def _plan_converge(self) -> None:
        # Networks first: a re-created network forces its endpoints to be re-created.
        handlers = (
            ("switches", self._converge_switch),
            ("networks", self._converge_network),
            ("endpoints", self._converge_endpoint),
            ("vm_adapters", self._converge_vm_adapter),
        )
        for kind, handler in handlers:
            if kind not in self.kinds:
                continue
            for want in self.desired[kind]:
                key = model.object_key(kind, want)
                self.plan.touched[kind].add(key)
                handler(want, self.current.objects(kind).get(key))
        if self.state == "overridden":
            desired_keys = {kind: {model.object_key(kind, w) for w in self.desired[kind]} for kind in model.KINDS}
            for kind in ("endpoints", "networks", "switches"):
                if kind not in self.kinds:
                    continue
                for key, have in sorted(self.current.objects(kind).items()):
                    if key in desired_keys[kind] or self._already_deleted(kind, have):
                        continue
                    if have["owned"]:
                        self.plan.touched[kind].add(key)
                        self._delete(kind, have)
                    else:
                        self._skip_foreign(kind, have)

    def _plan_deleted(self) -> None:
        listed = any(self.desired.get(k) for k in self.kinds)
        for kind in ("vm_adapters", "endpoints", "networks", "switches"):
            if kind not in self.kinds:
                continue
            if listed:
                for want in self.desired[kind]:
                    key = model.object_key(kind, want)
                    self.plan.touched[kind].add(key)
                    if kind == "vm_adapters":
                        have = self._vm_adapter_have(want)
                        if have is not None:
                            self._disconnect_vm_adapter(have, by_id=bool(want.get("id")))
                        continue
                    have = self.current.objects(kind).get(key)
                    if have is None:
                        continue
                    if not have["owned"]:
                        raise HvNetPlanError(
                            "config.%s: %s %r is not owned by this collection (%s); state=deleted never deletes "
                            "foreign objects. Remove it from the config, or delete it with the tool that made it."
                            % (kind, KIND_SINGULAR[kind], have["name"], have.get("foreign_reason")),
                            object=have["name"],
                            kind=kind,
                        )
                    self._delete(kind, have)
            elif kind != "vm_adapters":
                # Empty config: the teardown of everything this collection made.
                for key, have in sorted(self.current.objects(kind).items()):
                    if self._already_deleted(kind, have):
                        continue
                    if have["owned"]:
                        self.plan.touched[kind].add(key)
                        self._delete(kind, have)
                    else:
                        self._skip_foreign(kind, have)

    def _already_deleted(self, kind: str, have: dict[str, Any]) -> bool:
        return any(op.args.get("id") == have.get("id") for op in self.plan.deletes.get(kind, []))

    def _skip_foreign(self, kind: str, have: dict[str, Any]) -> None:
        self.plan.skipped_foreign.append(
            {"kind": kind, "name": have["name"], "id": have.get("id"), "reason": have.get("foreign_reason")}
        )

    def _delete(self, kind: str, have: dict[str, Any], why: str = "") -> None:
        key = model.object_key(kind, have)
        self.plan.expected[kind][key] = None
        suffix = (" " + why) if why else ""
        if kind == "switches":
            disruptive = have["switch_type"] == "external" and have["allow_management_os"]
            self.plan.deletes[kind].append(
                PlannedOp(
                    "switch_remove",
                    {"id": have["id"]},
                    [precondition("switch", "owned", id=have["id"])],
                    "delete switch %s (%s)%s" % (have["name"], have["switch_type"], suffix),
                    kind=kind,
                    name=have["name"],
                    action="delete",
                    key=("delete", kind, key),
                    disruptive=disruptive,
                )
            )
        elif kind == "networks":
            self._delete_endpoints_on(have)
            self.deleted_networks.add(have["id"])
            self.plan.deletes[kind].append(
                PlannedOp(
                    "hcn_network_delete",
                    {"id": have["id"]},
                    [precondition("network", "owned", id=have["id"])],
                    "delete network %s (%s%s)%s" % (have["name"], have["type"], prefixes_text(have), suffix),
                    kind=kind,
                    name=have["name"],
                    action="delete",
                    key=("delete", kind, key),
                    disruptive=have["type"] in DISRUPTIVE_NETWORK_TYPES,
                )
            )
        elif kind == "endpoints":
            self.plan.deletes[kind].append(
                PlannedOp(
                    "hcn_endpoint_delete",
                    {"id": have["id"]},
                    [precondition("endpoint", "owned", id=have["id"])],
                    "delete endpoint %s%s" % (have["name"], suffix),
                    kind=kind,
                    name=have["name"],
                    action="delete",
                    key=("delete", kind, key),
                )
            )

    def _delete_endpoints_on(self, network: dict[str, Any]) -> None:
        """HNS refuses to delete a network that still has endpoints: delete our own first, refuse on foreign ones."""
        if "endpoints" not in self.current.sections:
            return
        on_it = [ep for ep in self.current.endpoints.values() if ep["network_id"] == network["id"]]
        foreign = [ep["name"] for ep in on_it if not ep["owned"]]
        if foreign:
            raise HvNetPlanError(
                "network %r cannot be deleted or re-created: it still has endpoints this collection did not make "
                "(%s; container or CNI endpoints). Remove those containers/endpoints first."
                % (network["name"], ", ".join(sorted(foreign))),
                object=network["name"],
                foreign_endpoints=sorted(foreign),
            )
        for ep in on_it:
            if not self._already_deleted("endpoints", ep):
                self.plan.touched["endpoints"].add(model.object_key("endpoints", ep))
                self._delete("endpoints", ep, "(on network %s)" % network["name"])

    def _create_only(self, kind: str, have: dict[str, Any], diffs: list[tuple[str, Any, Any]]) -> bool:
        """Create-only differences: plan delete + create with ``recreate``, else fail naming each property."""
        if not diffs:
            return False
        listing = "; ".join(
            "%s: current %s, desired %s" % (field, shown(cur), shown(want)) for field, cur, want in diffs
        )
        if not self.recreate:
            raise HvNetPlanError(
                "%s %r: these properties can only be set when it is created: %s. Set recreate: true to delete and "
                "re-create it (owned objects only), or change the config to match."
                % (KIND_SINGULAR[kind], have["name"], listing),
                object=have["name"],
                kind=kind,
                create_only=[{"property": f, "current": c, "desired": w} for f, c, w in diffs],
            )
        if not have.get("owned"):
            raise HvNetPlanError(
                "%s %r differs in create-only properties (%s) but is not owned by this collection (%s): recreate "
                "replaces owned objects only."
                % (KIND_SINGULAR[kind], have["name"], listing, have.get("foreign_reason")),
                object=have["name"],
                kind=kind,
            )
        self._delete(kind, have, "(re-create: %s)" % ", ".join(d[0] for d in diffs))
        return True


def plan_host_changes(
    desired: dict[str, Any] | None,
    current: model.HostState,
    state: str,
    *,
    recreate: bool = False,
    kinds: Iterable[str] | None = None,
    uuid_factory: Callable[[], str] | None = None,
) -> Plan:
    """Plan the ordered operations that make ``current`` match ``desired`` under ``state``."""
    return Planner(desired, current, state, recreate=recreate, kinds=kinds, uuid_factory=uuid_factory).run()
