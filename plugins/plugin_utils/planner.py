# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The planner: desired config + parsed host state + state -> ordered bridge operations (pure, no I/O).

Internal collection use only. Order: deletes first, in reverse dependency order (endpoints,
networks, switches; this also frees names and prefixes for re-creates), then creates and updates
(switches, networks, endpoints, VM adapters), then releases of stale ledger IDs. Every mutating
operation carries the preconditions the schema gives it; deletes require ``owned``.
"""

import json
import uuid

from ansible_collections.hyperv.network.plugins.plugin_utils import hcn, planner_host, state_host
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils import state as model
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import HvNetPlanError
from ansible_collections.hyperv.network.plugins.plugin_utils.planner_vm import VmAdapterPlanning
from ansible_collections.hyperv.network.plugins.plugin_utils.validate import norm_host_route

STATES = ("merged", "replaced", "overridden", "deleted", "gathered", "rendered")
KIND_SINGULAR = {"switches": "switch", "networks": "network", "endpoints": "endpoint", "vm_adapters": "vm adapter"}
DISRUPTIVE_NETWORK_TYPES = ("transparent", "l2bridge", "overlay")
HOST_ROUTE_AUTO = "host-route-auto"  # the last element of the key of a host_route: auto operation


class PlannedOp:
    """One bridge operation plus what the engine reports about it."""

    def __init__(self, op, args, pre, summary, *, kind, name, action, key, disruptive=False):
        self.op = op
        self.args = args
        self.pre = pre
        self.summary = summary
        self.kind = kind
        self.name = name
        self.action = action
        self.key = key
        self.disruptive = bool(disruptive)

    def request(self):
        """The operation as the bridge request carries it."""
        return {"op": self.op, "args": self.args, "pre": self.pre}

    def line(self):
        """The one-line summary for the ``operations`` result."""
        return self.summary + (" [disruptive]" if self.disruptive else "")

    def __repr__(self):
        return "PlannedOp(%s: %s)" % (self.op, self.summary)


class Plan:
    """The ordered operations plus what the task reports beside them."""

    def __init__(self):
        self.deletes = {"endpoints": [], "networks": [], "switches": []}
        self.changes = {"switches": [], "networks": [], "endpoints": [], "namespaces": [], "vm_adapters": []}
        self.releases = []
        self.skipped_foreign = []
        self.touched = {kind: set() for kind in model.KINDS}
        self.expected = {kind: {} for kind in model.KINDS}
        # Host routes, forwarding, firewall rules, attach/detach (planner_host.py), by phase.
        self.host = {phase: [] for phase in planner_host.TEARDOWN_PHASES + planner_host.APPLY_PHASES}
        self.warnings = []
        # Best-effort operations (``host_route: auto``, the way flannel adds it): HNS may refuse them and the task
        # then warns instead of failing. The engine sends them in a plain apply after the plan's operations, after
        # a job in a call of their own or, told defer_optional, in the next apply on its snapshot (the overlay
        # role's routes phase); see engine.converge and docs/bridge-internals.md.
        self.optional = []

    @property
    def ops(self):
        ordered = []
        for phase in planner_host.TEARDOWN_PHASES:  # firewall, routes, forwarding restore, detach
            ordered += self.host[phase]
        for kind in ("endpoints", "networks", "switches"):
            ordered += self.deletes[kind]
        for kind in ("switches", "networks", "endpoints", "namespaces", "vm_adapters"):
            ordered += self.changes[kind]
        for phase in planner_host.APPLY_PHASES:  # attach, forwarding, routes, firewall
            ordered += self.host[phase]
        if ordered:
            # Stale ledger IDs are housekeeping: they ride along with a real apply, never cause one.
            ordered += self.releases
        return ordered

    def requests(self):
        return [op.request() for op in self.ops]

    def all_ops(self):
        """Every planned operation, stale-ledger releases included even when nothing else is planned."""
        ops = self.ops
        return ops if ops else list(self.releases)


def host_route_auto_op(name, network_id):
    """The best-effort ``host_route: auto`` operation: add the HostRoute policy to network ``network_id`` (Modify)."""
    return PlannedOp(
        "hcn_network_modify",
        {"id": network_id, "request": hcn.policy_request("Add", [{"Type": "HostRoute", "Settings": {}}])},
        [_pre("network", "present", id=network_id)],
        "update network %s: add policy HostRoute (host_route: auto; a refusal is a warning)" % name,
        kind="networks",
        name=name,
        action="update",
        key=("update", "networks", norm.name_key(name), HOST_ROUTE_AUTO),
    )


def _is_ipv6(value):
    """An IPv6 address or prefix (validated text: IPv6 is the family with colons)."""
    return value is not None and ":" in str(value)


def _pre(kind, state, *, name=None, id=None, vm_name=None):
    pre = {"kind": kind, "state": state}
    if id:
        pre["id"] = id
    if name is not None:
        pre["name"] = name
    if vm_name is not None:
        pre["vm_name"] = vm_name
    return pre


def _fmt(value):
    if value is None:
        return "unset"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_fmt(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join("%s: %s" % (k, _fmt(v)) for k, v in value.items()) + "}"
    return str(value)


class Planner(VmAdapterPlanning):
    """Plans one task. ``uuid_factory`` is injectable so tests get stable IDs."""

    def __init__(self, desired, current, state, *, recreate=False, kinds=None, uuid_factory=None):
        if state not in STATES:
            raise HvNetPlanError("state must be one of %s, got %r" % (", ".join(STATES), state))
        self.desired = {
            kind: [model.FROM_CONFIG[kind](item) for item in (desired or {}).get(kind) or []] for kind in model.KINDS
        }
        self.desired.update(planner_host.desired(desired))
        self.raw_desired = desired or {}
        self.current = current
        self.state = state
        self.recreate = recreate
        self.kinds = model.KINDS + state_host.HOST_KINDS if kinds is None else tuple(kinds)
        self.uuid_factory = uuid_factory or (lambda: str(uuid.uuid4()))
        self.plan = Plan()
        # Objects created or re-created in this batch: name key -> new id (networks) / desired dict.
        self.new_network_ids = {}
        self.recreated_networks = set()
        self.deleted_networks = set()
        self.desired_switches = {norm.name_key(s["name"]): s for s in self.desired["switches"]}

    # -- entry -------------------------------------------------------------------------------
    def run(self):
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

    def _check_hyperv_module(self):
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
    def exact(self):
        """replaced/overridden: unset properties go to their defaults; merged: unset means leave alone."""
        return self.state in ("replaced", "overridden")

    def _plan_converge(self):
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

    def _plan_deleted(self):
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

    def _already_deleted(self, kind, have):
        return any(op.args.get("id") == have.get("id") for op in self.plan.deletes.get(kind, []))

    def _skip_foreign(self, kind, have):
        self.plan.skipped_foreign.append(
            {"kind": kind, "name": have["name"], "id": have.get("id"), "reason": have.get("foreign_reason")}
        )

    # -- deletes -------------------------------------------------------------------------------
    def _delete(self, kind, have, why=""):
        key = model.object_key(kind, have)
        self.plan.expected[kind][key] = None
        suffix = (" " + why) if why else ""
        if kind == "switches":
            disruptive = have["switch_type"] == "external" and have["allow_management_os"]
            self.plan.deletes[kind].append(
                PlannedOp(
                    "switch_remove",
                    {"id": have["id"]},
                    [_pre("switch", "owned", id=have["id"])],
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
                    [_pre("network", "owned", id=have["id"])],
                    "delete network %s (%s%s)%s" % (have["name"], have["type"], _prefixes(have), suffix),
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
                    [_pre("endpoint", "owned", id=have["id"])],
                    "delete endpoint %s%s" % (have["name"], suffix),
                    kind=kind,
                    name=have["name"],
                    action="delete",
                    key=("delete", kind, key),
                )
            )

    def _delete_endpoints_on(self, network):
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

    # -- create-only handling ------------------------------------------------------------------
    def _create_only(self, kind, have, diffs):
        """Create-only differences: plan delete + create with ``recreate``, else fail naming each property."""
        if not diffs:
            return False
        listing = "; ".join("%s: current %s, desired %s" % (field, _fmt(cur), _fmt(want)) for field, cur, want in diffs)
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

    # -- switches ------------------------------------------------------------------------------
    def _resolved_adapters(self, names, where="config.switches"):
        if names is None:
            return None
        return [self._existing_adapter(self.current.resolve_adapter(n), n, where) for n in names]

    def _existing_adapter(self, resolved, given, where):
        """A network adapter the host has, checked at plan time: a precondition failure at apply
        time would only say that the host changed, not that the name is wrong."""
        if "adapters" not in self.current.sections or self.current.rendering:
            return resolved
        names = [a.get("Name") for a in self.current.adapters if a.get("Name")]
        if norm.name_key(resolved) not in {norm.name_key(n) for n in names}:
            raise HvNetPlanError(
                "%s: host %s has no network adapter named %r (Get-NetAdapter shows: %s)"
                % (where, self.current.host.get("computer_name") or "(unknown)", given, ", ".join(names) or "none")
            )
        return resolved

    def _switch_defaults(self, want):
        """Fill what the desired switch leaves unset: defaults for a create (and for replaced)."""
        filled = dict(want)
        filled["net_adapter_names"] = self._resolved_adapters(
            want["net_adapter_names"], "config.switches: switch %r: net_adapter_names" % want["name"]
        )
        if filled["switch_type"] is None:
            filled["switch_type"] = "external" if filled["net_adapter_names"] else "internal"
        if filled["switch_type"] == "external" and filled["allow_management_os"] is None:
            filled["allow_management_os"] = True
        for field in ("enable_iov", "enable_packet_direct"):
            if filled[field] is None:
                filled[field] = False
        if filled["notes"] is None:
            filled["notes"] = ""
        return filled

    def _converge_switch(self, want, have):
        kind = "switches"
        key = model.object_key(kind, want)
        filled = self._switch_defaults(want)
        if have is None:
            self._create_switch(filled)
            return
        cmp_want = filled if self.exact else dict(want, net_adapter_names=filled["net_adapter_names"])
        if self.exact and want["switch_type"] is None and want["net_adapter_names"] is None:
            # Neither type nor adapters given: keep what the switch is. Defaulting to internal would
            # silently cut an External switch (and the host's network) off its NIC.
            cmp_want = dict(cmp_want, switch_type=have["switch_type"], net_adapter_names=have["net_adapter_names"])
            if have["switch_type"] == "external" and want["allow_management_os"] is None:
                cmp_want["allow_management_os"] = have["allow_management_os"]
        if cmp_want["switch_type"] is None and cmp_want["net_adapter_names"]:
            cmp_want["switch_type"] = "external"
        diffs = []
        for field in ("enable_iov", "enable_packet_direct"):
            if cmp_want[field] is not None and bool(cmp_want[field]) != have[field]:
                diffs.append((field, have[field], cmp_want[field]))
        if cmp_want["minimum_bandwidth_mode"] is not None or self.exact:
            iov = cmp_want["enable_iov"] if cmp_want["enable_iov"] is not None else have["enable_iov"]
            mode = norm.bandwidth_mode(cmp_want["minimum_bandwidth_mode"] or "default", iov)
            if mode != have["minimum_bandwidth_mode"]:
                diffs.append(
                    (
                        "minimum_bandwidth_mode",
                        have["minimum_bandwidth_mode"],
                        cmp_want["minimum_bandwidth_mode"] or "default",
                    )
                )
        wanted_type = cmp_want["switch_type"]
        adapters = cmp_want["net_adapter_names"]
        if wanted_type == "external" and adapters and len(adapters) > 1 and not have["embedded_teaming"]:
            diffs.append(("net_adapter_names (Switch Embedded Teaming)", have["net_adapter_names"], adapters))
        if self._create_only(kind, have, diffs):
            self._create_switch(filled)
            return
        changes = {}
        described = []
        team_members = None
        if wanted_type is not None and wanted_type != have["switch_type"]:
            if wanted_type == "external":
                if not adapters:
                    raise HvNetPlanError(
                        "config.switches: switch %r: switch_type external needs net_adapter_names" % want["name"]
                    )
                changes["net_adapter_name"] = adapters[0]
                described.append("make external on %s" % adapters[0])
            else:
                changes["switch_type"] = norm.SWITCH_TYPE_ARG[wanted_type]
                described.append("switch_type %s -> %s" % (have["switch_type"], wanted_type))
        elif wanted_type in (None, "external") and have["switch_type"] == "external" and adapters:
            if {norm.name_key(a) for a in adapters} != {norm.name_key(a) for a in have["net_adapter_names"] or []}:
                if have["embedded_teaming"]:
                    team_members = list(adapters)
                else:
                    changes["net_adapter_name"] = adapters[0]
                    described.append("adapter %s -> %s" % (_fmt(have["net_adapter_names"]), adapters[0]))
        becomes_external = wanted_type == "external" or (wanted_type is None and have["switch_type"] == "external")
        if (
            becomes_external
            and cmp_want["allow_management_os"] is not None
            and cmp_want["allow_management_os"] != have["allow_management_os"]
        ):
            changes["allow_management_os"] = bool(cmp_want["allow_management_os"])
            described.append(
                "allow_management_os %s -> %s"
                % (_fmt(have["allow_management_os"]), _fmt(changes["allow_management_os"]))
            )
        elif (
            "net_adapter_name" in changes
            and have["switch_type"] != "external"
            and cmp_want["allow_management_os"] is not None
        ):
            changes["allow_management_os"] = bool(cmp_want["allow_management_os"])
        if cmp_want["notes"] is not None and cmp_want["notes"].rstrip("\r\n") != have["notes"]:
            changes["notes"] = norm.join_notes(cmp_want["notes"], have["owned"])
            described.append("notes")
        expected = dict(have)
        if changes or team_members:
            for field in ("switch_type", "allow_management_os", "notes"):
                if cmp_want.get(field) is not None:
                    expected[field] = cmp_want[field]
            if adapters and becomes_external:
                expected["net_adapter_names"] = list(adapters)
            self.plan.expected[kind][key] = expected
        if changes:
            leaves_external = (
                "switch_type" in changes and have["switch_type"] == "external" and have["allow_management_os"]
            )
            disruptive = "net_adapter_name" in changes or "allow_management_os" in changes or leaves_external
            self.plan.changes[kind].append(
                PlannedOp(
                    "switch_set",
                    dict(changes, id=have["id"]),
                    [_pre("switch", "present", id=have["id"])],
                    "update switch %s: %s" % (have["name"], ", ".join(described)),
                    kind=kind,
                    name=have["name"],
                    action="update",
                    key=("update", kind, key, "set"),
                    disruptive=disruptive,
                )
            )
        if team_members:
            self.plan.changes[kind].append(
                PlannedOp(
                    "switch_team_set",
                    {"id": have["id"], "net_adapter_names": team_members},
                    [_pre("switch", "present", id=have["id"])],
                    "set switch %s team members: %s" % (have["name"], ", ".join(team_members)),
                    kind=kind,
                    name=have["name"],
                    action="update",
                    key=("update", kind, key, "team"),
                )
            )

    def _create_switch(self, filled):
        args = {"name": filled["name"], "switch_type": norm.SWITCH_TYPE_ARG[filled["switch_type"]]}
        if filled["switch_type"] == "external":
            if not filled["net_adapter_names"]:
                raise HvNetPlanError(
                    "config.switches: switch %r: switch_type external needs net_adapter_names" % filled["name"]
                )
            args["net_adapter_names"] = list(filled["net_adapter_names"])
            args["allow_management_os"] = bool(filled["allow_management_os"])
        args["enable_iov"] = bool(filled["enable_iov"])
        args["enable_packet_direct"] = bool(filled["enable_packet_direct"])
        if filled["minimum_bandwidth_mode"]:
            args["minimum_bandwidth_mode"] = norm.BANDWIDTH_MODE_ARG[filled["minimum_bandwidth_mode"]]
        args["notes"] = norm.join_notes(filled["notes"], True)
        where = " on %s" % ", ".join(args["net_adapter_names"]) if "net_adapter_names" in args else ""
        key = norm.name_key(filled["name"])
        expected = dict(filled, owned=True, id=None)
        expected["minimum_bandwidth_mode"] = norm.bandwidth_mode(filled["minimum_bandwidth_mode"], filled["enable_iov"])
        self.plan.expected["switches"][key] = expected
        self.plan.changes["switches"].append(
            PlannedOp(
                "switch_create",
                args,
                [_pre("switch", "absent", name=filled["name"])],
                "create switch %s (%s%s)" % (filled["name"], filled["switch_type"], where),
                kind="switches",
                name=filled["name"],
                action="create",
                key=("create", "switches", key),
                disruptive=bool(args.get("net_adapter_names")) and args.get("allow_management_os", False),
            )
        )

    # -- networks ------------------------------------------------------------------------------
    def _switch_adapter(self, switch_name, network_name):
        """The physical adapter of an External switch a network reuses (existing or created in this batch)."""
        key = norm.name_key(switch_name)
        have = self.current.switches.get(key)
        want = self.desired_switches.get(key)
        if want and want["net_adapter_names"]:
            return self.current.resolve_adapter(want["net_adapter_names"][0])
        if have and have["switch_type"] == "external" and have["net_adapter_names"]:
            return have["net_adapter_names"][0]
        if have is None and want is None:
            raise HvNetPlanError(
                "config.networks: network %r: switch %r does not exist on the host and is not in config.switches"
                % (network_name, switch_name)
            )
        raise HvNetPlanError(
            "config.networks: network %r: switch %r is not an External switch; "
            "HNS can reuse only an External switch (through its adapter)" % (network_name, switch_name)
        )

    def _network_wanted(self, want):
        """The desired network with adapter/switch resolved to one physical adapter name."""
        want = dict(want)
        want["host_route"] = norm_host_route(want.get("host_route"))  # True, False, "auto" or None
        adapter = None
        if want["adapter"]:
            adapter = self._existing_adapter(
                self.current.resolve_adapter(want["adapter"]),
                want["adapter"],
                "config.networks: network %r: adapter" % want["name"],
            )
        if want.get("switch"):
            via_switch = self._switch_adapter(want["switch"], want["name"])
            if adapter and norm.name_key(adapter) != norm.name_key(via_switch):
                raise HvNetPlanError(
                    "config.networks: network %r: adapter %r and switch %r (on adapter %r) disagree; give one of them"
                    % (want["name"], want["adapter"], want["switch"], via_switch)
                )
            adapter = via_switch
        want["adapter"] = adapter
        return want

    def _network_defaults(self, want):
        filled = dict(want)
        if filled["type"] is None:
            filled["type"] = "nat"
        if filled["subnets"]:
            filled["subnets"] = [
                dict(sn, gateway=sn["gateway"] or hcn.default_gateway(sn["prefix"])) for sn in filled["subnets"]
            ]
        for field, default in (("persistent", True), ("enable_iov", False), ("disable_host_port", False)):
            if filled[field] is None:
                filled[field] = default
        return filled

    def _gate_network(self, want):
        hv, build = self.current.hns_version, self.current.os_build
        where = "config.networks: network %r" % want["name"]
        hcn.require_feature("v2_api", hv, build, where)
        if want.get("host_route") is True:
            hcn.require_feature("host_route", hv, build, where + ", host_route")
        self._gate_ipv6_network(want, where)
        if want.get("remote_subnet_routes"):
            hcn.require_feature("remote_subnet_routes", hv, build, where + ", remote_subnet_routes")
        if want.get("vxlan_port"):
            hcn.require_feature("vxlan_port", hv, build, where + ", vxlan_port")
        if want.get("disable_host_port"):
            hcn.require_feature("disable_host_port", hv, build, where + ", disable_host_port")

    def _gate_ipv6_network(self, want, where):
        """IPv6 on a network: never on nat/overlay (MS docs container-networking/architecture.md), elsewhere
        HNS 11.10 or later (hcsshim IPv6DualStackVersion)."""
        have = self.current.networks.get(norm.name_key(want["name"])) or {}
        held = {sn.get("prefix") for sn in have.get("subnets") or []}  # what the host already has is no change
        fields = []
        for i, sn in enumerate(want.get("subnets") or []):
            if _is_ipv6(sn.get("prefix")) and norm.prefix_lenient(sn["prefix"]) not in held:
                fields.append("subnets[%d].prefix %s" % (i, sn["prefix"]))
            for j, r in enumerate(sn.get("routes") or []):
                if _is_ipv6(r.get("destination")):
                    fields.append("subnets[%d].routes[%d].destination %s" % (i, j, r["destination"]))
        for i, r in enumerate(want.get("remote_subnet_routes") or []):
            if _is_ipv6(r.get("destination_prefix")):
                fields.append("remote_subnet_routes[%d].destination_prefix %s" % (i, r["destination_prefix"]))
        self._refuse_ipv6(fields, want.get("type") or have.get("type") or "nat", where)

    def _refuse_ipv6(self, fields, ntype, where):
        if not fields:
            return
        if ntype in ("nat", "overlay"):
            raise HvNetPlanError(
                "%s, %s: IPv6 is not supported on %s networks (Windows containers on NAT and overlay networks do not "
                "communicate over IPv6); use IPv4 there" % (where, fields[0], ntype),
                feature="ipv6",
            )
        hcn.require_feature("ipv6", self.current.hns_version, self.current.os_build, "%s, %s" % (where, fields[0]))

    def _host_route_auto(self, name, network_id, have_route):
        """``host_route: auto``: add HostRoute by Modify after the create where the HNS version has it, as flannel's
        vxlan backend does (device_windows.go), so that an HNS that refuses it leaves a working network and a
        warning instead of a failed create."""
        if have_route:
            return
        supported = hcn.feature_supported("host_route", self.current.hns_version, self.current.os_build)
        if supported is False:
            return
        self.plan.optional.append(host_route_auto_op(name, network_id))

    def _converge_network(self, want, have):
        kind = "networks"
        want = self._network_wanted(want)
        self._gate_network(want)
        filled = self._network_defaults(want)
        if have is None:
            self._create_network(filled)
            return
        # type is required on create, so unset can only mean "whatever it is", in every state.
        cmp_want = dict(filled, type=want["type"]) if self.exact else want
        diffs = []
        if cmp_want["type"] is not None and cmp_want["type"] != have["type"]:
            diffs.append(("type", have["type"], cmp_want["type"]))
        if cmp_want["adapter"] is not None and norm.name_key(cmp_want["adapter"]) != norm.name_key(have["adapter"]):
            diffs.append(("adapter", have["adapter"], cmp_want["adapter"]))
        if cmp_want["subnets"] is not None:
            wanted_subnets = _subnets_against(cmp_want["subnets"], have["subnets"])
            if wanted_subnets != have["subnets"]:
                diffs.append(("subnets", _subnet_summary(have["subnets"]), _subnet_summary(wanted_subnets)))
        for field in ("mac_pool", "persistent", "enable_iov", "disable_host_port", "provider_address", "vxlan_port"):
            if cmp_want[field] is not None and cmp_want[field] != have[field]:
                diffs.append((field, have[field], cmp_want[field]))
        if cmp_want["host_route"] in (True, False) and cmp_want["host_route"] != have["host_route"]:
            diffs.append(("host_route", have["host_route"], cmp_want["host_route"]))
        if self._create_only(kind, have, diffs):
            self.recreated_networks.add(norm.name_key(have["name"]))
            self._create_network(filled)
            return
        self._update_network(cmp_want, have)
        if want.get("host_route") == "auto":
            self._host_route_auto(have["name"], have["id"], have["host_route"])

    def _update_network(self, want, have):
        kind = "networks"
        key = norm.name_key(have["name"])
        pre = [_pre("network", "present", id=have["id"])]
        expected = dict(have)
        ops = []
        if want["dns"] is not None and want["dns"] != have["dns"]:
            ops.append(
                PlannedOp(
                    "hcn_network_modify",
                    {"id": have["id"], "request": hcn.dns_request(want["dns"])},
                    pre,
                    "update network %s: dns %s" % (have["name"], _fmt(want["dns"])),
                    kind=kind,
                    name=have["name"],
                    action="update",
                    key=("update", kind, key, "dns"),
                )
            )
            expected["dns"] = want["dns"]
        if want["remote_subnet_routes"] is not None:
            current_routes = {model.route_key(r): r for r in have["remote_subnet_routes"]}
            wanted_routes = {model.route_key(r): r for r in want["remote_subnet_routes"]}
            purge = want.get("purge_remote_subnet_routes")
            if purge is None:
                purge = self.exact
            add = [wanted_routes[k] for k in sorted(wanted_routes) if k not in current_routes]
            remove = [current_routes[k] for k in sorted(current_routes) if k not in wanted_routes] if purge else []
            if remove and not have["owned"]:
                self.plan.warnings.append(
                    "network %r is not owned by this collection: "
                    "its %d unlisted remote subnet route(s) were left in place" % (have["name"], len(remove))
                )
                remove = []
            if remove:
                # HNS removes a policy only when given its exact settings: send them as HNS holds them.
                policies = [have["_route_policies"][model.route_key(r)] for r in remove]
                ops.append(
                    PlannedOp(
                        "hcn_network_modify",
                        {"id": have["id"], "request": hcn.policy_request("Remove", policies)},
                        pre,
                        "update network %s: remove remote subnet routes %s"
                        % (have["name"], ", ".join(_route_text(r) for r in remove)),
                        kind=kind,
                        name=have["name"],
                        action="update",
                        key=("update", kind, key, "routes-remove"),
                    )
                )
            if add:
                ops.append(
                    PlannedOp(
                        "hcn_network_modify",
                        {
                            "id": have["id"],
                            "request": hcn.policy_request("Add", [hcn.remote_subnet_route_policy(r) for r in add]),
                        },
                        pre,
                        "update network %s: add remote subnet routes %s"
                        % (have["name"], ", ".join(_route_text(r) for r in add)),
                        kind=kind,
                        name=have["name"],
                        action="update",
                        key=("update", kind, key, "routes-add"),
                    )
                )
            if add or remove:
                kept = [r for k, r in sorted(current_routes.items()) if r not in remove]
                expected["remote_subnet_routes"] = sorted(kept + add, key=model.route_key)
        if want["policies"] is not None:
            add = [p for p in want["policies"] if p not in have["policies"]]
            remove = [p for p in have["policies"] if p not in want["policies"]] if self.exact and have["owned"] else []
            for request_type, policies in (("Remove", remove), ("Add", add)):
                if policies:
                    ops.append(
                        PlannedOp(
                            "hcn_network_modify",
                            {"id": have["id"], "request": hcn.policy_request(request_type, policies)},
                            pre,
                            "update network %s: %s policies %s"
                            % (have["name"], request_type.lower(), ", ".join(p["Type"] for p in policies)),
                            kind=kind,
                            name=have["name"],
                            action="update",
                            key=("update", kind, key, "policies-" + request_type.lower()),
                        )
                    )
            if add or remove:
                expected["policies"] = sorted(
                    [p for p in have["policies"] if p not in remove] + add, key=model._policy_sort_key
                )
        if ops:
            self.plan.expected[kind][key] = expected
            self.plan.changes[kind] += ops

    def _create_network(self, filled):
        if filled["type"] == "overlay":
            missing = [sn["prefix"] for sn in filled["subnets"] or [] if sn.get("vsid") is None]
            if missing:
                raise HvNetPlanError(
                    "config.networks: network %r: an overlay subnet needs a vsid (4096..65535); missing on %s"
                    % (filled["name"], ", ".join(missing)),
                    object=filled["name"],
                )
        new_id = self.uuid_factory()
        key = norm.name_key(filled["name"])
        self.new_network_ids[key] = new_id
        doc = hcn.network_document(filled)
        expected = {k: v for k, v in filled.items() if k not in ("switch", "purge_remote_subnet_routes")}
        expected.update(id=new_id, owned=True, dr_mac_address=None)
        for field, empty in (("remote_subnet_routes", []), ("policies", []), ("subnets", []), ("host_route", False)):
            if expected.get(field) is None:
                expected[field] = empty
        if expected["host_route"] == "auto":
            expected["host_route"] = False  # added after the create, if HNS accepts it
            self._host_route_auto(filled["name"], new_id, False)
        self.plan.expected["networks"][key] = expected
        self.plan.changes["networks"].append(
            PlannedOp(
                "hcn_network_create",
                {"id": new_id, "settings": doc},
                [_pre("network", "absent", name=filled["name"]), _pre("network", "absent", id=new_id)],
                "create network %s (%s%s)" % (filled["name"], filled["type"], _prefixes(filled)),
                kind="networks",
                name=filled["name"],
                action="create",
                key=("create", "networks", key),
                disruptive=filled["type"] in DISRUPTIVE_NETWORK_TYPES,
            )
        )

    # -- endpoints -----------------------------------------------------------------------------
    def _network_for_endpoint(self, want):
        """(network id, network name key, created in this batch?) for an endpoint's network name."""
        if not want["network"]:
            raise HvNetPlanError("config.endpoints: endpoint %r: network is required" % want["name"])
        key = norm.name_key(want["network"])
        if key in self.new_network_ids:
            return self.new_network_ids[key], key, True
        have = self.current.networks.get(key)
        if have is None or have["id"] in self.deleted_networks:
            raise HvNetPlanError(
                "config.endpoints: endpoint %r: network %r does not exist on the host and is not in config.networks"
                % (want["name"], want["network"]),
                object=want["name"],
            )
        return have["id"], key, False

    def _gate_ipv6_endpoint(self, want, network_key, have=None):
        """IPv6 endpoint addresses, gateways, port-mapping VIPs and SDN routes: as for networks (what the host
        already has is no change and passes)."""
        fields = []
        for field in ("ip_address", "gateway"):
            if _is_ipv6(want.get(field)) and (have or {}).get(field) != want[field]:
                fields.append("%s %s" % (field, want[field]))
        for i, m in enumerate(want.get("port_mappings") or []):
            if _is_ipv6(m.get("vip")):
                fields.append("port_mappings[%d].vip %s" % (i, m["vip"]))
        for i, r in enumerate(want.get("sdn_routes") or []):
            if _is_ipv6(r.get("destination_prefix")):
                fields.append("sdn_routes[%d].destination_prefix %s" % (i, r["destination_prefix"]))
        if not fields:
            return
        net = self.current.networks.get(network_key) or {}
        desired = next((n for n in self.desired["networks"] if norm.name_key(n["name"]) == network_key), None)
        ntype = (desired or {}).get("type") or net.get("type") or ("nat" if desired else None)
        self._refuse_ipv6(fields, ntype, "config.endpoints: endpoint %r" % want["name"])

    def _network_type(self, network_key):
        """The canonical type of the network an endpoint goes on: the desired one, else the host's."""
        desired = next((n for n in self.desired["networks"] if norm.name_key(n["name"]) == network_key), None)
        net = self.current.networks.get(network_key) or {}
        return (desired or {}).get("type") or net.get("type") or ("nat" if desired else None)

    def _with_port_mapping_flags(self, want, network_key):
        """The desired endpoint with each port mapping's NatFlags set from its network's type (hns 3)."""
        if not want.get("port_mappings"):
            return want
        ntype = self._network_type(network_key)
        want = dict(want)
        filled = []
        for m in want["port_mappings"]:
            m = dict(m)
            flags = model.port_mapping_flags(ntype, m.get("vip")) if m.get("flags") is None else m["flags"]
            m.pop("flags", None)
            if flags:
                m["flags"] = flags
            filled.append(m)
        want["port_mappings"] = sorted(
            filled, key=lambda m: (m["protocol"], m["external_port"], m["internal_port"], m["vip"])
        )
        return want

    def _converge_endpoint(self, want, have):
        kind = "endpoints"
        network_id, network_key = self._network_for_endpoint(want)[:2]
        self._gate_ipv6_endpoint(want, network_key, have)
        want = self._with_port_mapping_flags(want, network_key)
        if have is not None and have["id"] is not None and self._already_deleted(kind, have):
            # Deleted because its network is re-created: create it again on the new network.
            self._create_endpoint(want, network_id)
            return
        if have is None:
            self._create_endpoint(want, network_id)
            return
        diffs = []
        if norm.name_key(have["network"]) != network_key:
            diffs.append(("network", have["network"], want["network"]))
        for field in ("ip_address", "prefix_length", "mac_address", "gateway", "dns", "provider_address"):
            if want[field] is not None and want[field] != have[field]:
                diffs.append((field, have[field], want[field]))
        remote = want["remote"] if want["remote"] is not None else (False if self.exact else None)
        if remote is not None and bool(remote) != have["remote"]:
            diffs.append(("remote", have["remote"], remote))
        if self._create_only(kind, have, diffs):
            self._create_endpoint(want, network_id)
            return
        self._update_endpoint(want, have)

    def _update_endpoint(self, want, have):
        kind = "endpoints"
        key = norm.name_key(have["name"])
        expected = dict(have)
        add, remove = [], []
        fields = (
            ("port_mappings", hcn.port_mapping_policy),
            ("acls", hcn.acl_policy),
            ("sdn_routes", hcn.sdn_route_policy),
        )
        for field, make in fields:
            wanted = want[field]
            if wanted is None:
                wanted = [] if self.exact else None
            if wanted is None:
                continue
            add += [make(x) for x in wanted if x not in have[field]]
            if self.exact:
                remove += [self._host_policy(have, make(x)) for x in have[field] if x not in wanted]
            expected[field] = wanted if self.exact else have[field] + [x for x in wanted if x not in have[field]]
        onat = want["outbound_nat"]
        if onat is not None and onat != have["outbound_nat"]:
            add.append(hcn.outbound_nat_policy(onat))
            if have["outbound_nat"] is not None:
                remove.append(self._host_policy(have, hcn.outbound_nat_policy(have["outbound_nat"])))
            expected["outbound_nat"] = onat
        elif onat is None and self.exact and have["outbound_nat"] is not None:
            remove.append(self._host_policy(have, hcn.outbound_nat_policy(have["outbound_nat"])))
            expected["outbound_nat"] = None
        if want["policies"] is not None:
            add += [p for p in want["policies"] if p not in have["policies"]]
            if self.exact:
                remove += [self._host_policy(have, p) for p in have["policies"] if p not in want["policies"]]
            expected["policies"] = (
                want["policies"]
                if self.exact
                else have["policies"] + [p for p in want["policies"] if p not in have["policies"]]
            )
        pre = [_pre("endpoint", "present", id=have["id"])]
        for request_type, policies in (("Remove", remove), ("Add", add)):
            if policies:
                self.plan.changes[kind].append(
                    PlannedOp(
                        "hcn_endpoint_modify",
                        {"id": have["id"], "request": hcn.policy_request(request_type, policies)},
                        pre,
                        "update endpoint %s: %s policies %s"
                        % (have["name"], request_type.lower(), ", ".join(p["Type"] for p in policies)),
                        kind=kind,
                        name=have["name"],
                        action="update",
                        key=("update", kind, key, "policies-" + request_type.lower()),
                    )
                )
        if want["namespace"] is not None and want["namespace"] != have["namespace"]:
            self._attach_namespace(want, have["id"], have["namespace"])
            expected["namespace"] = want["namespace"]
        if add or remove or expected["namespace"] != have["namespace"]:
            model.sort_endpoint_lists(expected)
            self.plan.expected[kind][key] = expected

    def _host_policy(self, have, built):
        """The policy exactly as HNS holds it (for Remove), matched through the same normalisation."""
        probe = model.HostState()
        target = _canonical_endpoint_policy(probe, built)
        for raw in have["_policies"]:
            if raw["Type"].lower() == built["Type"].lower() and _canonical_endpoint_policy(probe, raw) == target:
                return raw
        return built

    def _attach_namespace(self, want, endpoint_id, old_namespace):
        kind = "namespaces"
        ns = want["namespace"]
        if ns not in self.current.namespaces and "namespaces" in self.current.sections:
            raise HvNetPlanError(
                "config.endpoints: endpoint %r: namespace %s does not exist on the host" % (want["name"], ns),
                object=want["name"],
            )
        if old_namespace:
            self.plan.changes[kind].append(
                PlannedOp(
                    "hcn_namespace_modify",
                    {"id": old_namespace, "request": hcn.namespace_endpoint_request("Remove", endpoint_id)},
                    [_pre("namespace", "present", id=old_namespace)],
                    "detach endpoint %s from namespace %s" % (want["name"], old_namespace),
                    kind="endpoints",
                    name=want["name"],
                    action="update",
                    key=("update", "endpoints", norm.name_key(want["name"]), "namespace-remove"),
                )
            )
        self.plan.changes[kind].append(
            PlannedOp(
                "hcn_namespace_modify",
                {"id": ns, "request": hcn.namespace_endpoint_request("Add", endpoint_id)},
                [_pre("namespace", "present", id=ns)],
                "attach endpoint %s to namespace %s" % (want["name"], ns),
                kind="endpoints",
                name=want["name"],
                action="update",
                key=("update", "endpoints", norm.name_key(want["name"]), "namespace-add"),
            )
        )

    def _create_endpoint(self, want, network_id):
        new_id = self.uuid_factory()
        key = norm.name_key(want["name"])
        filled = dict(want)
        for field in ("port_mappings", "acls", "sdn_routes", "policies"):
            if filled[field] is None:
                filled[field] = []
        filled["remote"] = bool(filled["remote"])
        if filled["remote"]:
            hcn.require_feature(
                "v2_api",
                self.current.hns_version,
                self.current.os_build,
                "config.endpoints: endpoint %r" % want["name"],
            )
        doc = hcn.endpoint_document(filled, network_id)
        expected = dict(filled)
        expected.update(id=new_id, owned=True, namespace=None)
        self.plan.expected["endpoints"][key] = expected
        where = " (%s)" % filled["ip_address"] if filled["ip_address"] else ""
        self.plan.changes["endpoints"].append(
            PlannedOp(
                "hcn_endpoint_create",
                {"id": new_id, "network_id": network_id, "settings": doc},
                [_pre("network", "present", id=network_id), _pre("endpoint", "absent", name=want["name"])],
                "create endpoint %s on %s%s" % (want["name"], want["network"], where),
                kind="endpoints",
                name=want["name"],
                action="create",
                key=("create", "endpoints", key),
            )
        )
        if want["namespace"]:
            self._attach_namespace(want, new_id, None)
            expected["namespace"] = want["namespace"]


def _canonical_endpoint_policy(probe, policy):
    doc = {"Name": "probe", "Policies": [policy]}
    ep = probe._endpoint_from_hcn(json.dumps(doc))
    return {k: ep[k] for k in ("port_mappings", "acls", "sdn_routes", "outbound_nat", "provider_address", "policies")}


def _subnets_against(wanted, have_subnets):
    """Desired subnets with what the config leaves unset (gateway, routes, isolation) taken from the host."""
    by_prefix = {sn["prefix"]: sn for sn in have_subnets}
    out = []
    for sn in wanted:
        cur = by_prefix.get(sn["prefix"])
        sn = dict(sn)
        if cur:
            for field in ("gateway", "vsid", "vlan"):
                if sn[field] is None:
                    sn[field] = cur[field]
            if not sn["routes"]:
                sn["routes"] = cur["routes"]
        out.append(sn)
    return out


def _subnet_summary(subnets):
    return [
        "%s%s%s"
        % (
            sn["prefix"],
            " gw " + sn["gateway"] if sn.get("gateway") else "",
            " vsid %s" % sn["vsid"] if sn.get("vsid") else "",
        )
        for sn in subnets or []
    ]


def _prefixes(net):
    prefixes = [sn["prefix"] for sn in net.get("subnets") or []]
    return (", " + ", ".join(prefixes)) if prefixes else ""


def _route_text(r):
    return "%s via %s (%s, vsid %s)" % (
        r["destination_prefix"],
        r["provider_address"],
        r["dr_mac_address"],
        r["isolation_id"],
    )


def plan_host_changes(desired, current, state, *, recreate=False, kinds=None, uuid_factory=None):
    """Plan the ordered operations that make ``current`` match ``desired`` under ``state``."""
    return Planner(desired, current, state, recreate=recreate, kinds=kinds, uuid_factory=uuid_factory).run()
