# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Planning of the host objects: endpoint attach/detach, host routes, IPv4 forwarding, firewall rules
(internal collection use only).

docs/design/host-objects.md section 3 is the contract. The ownership rule is the collection's: only what the
ledger records as ours is removed, replaced or restored; a foreign route or rule in the way is an error that names
it. Order in one apply: networks -> endpoints (create) -> attach -> forwarding -> routes -> firewall; teardown:
firewall -> routes -> forwarding restore -> detach -> endpoints -> networks -> switches (``Plan.ops``).
"""

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils import state_host as host
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import HvNetPlanError
from ansible_collections.hyperv.network.plugins.plugin_utils.plan_ops import (
    Plan,
    PlannedOp,
    precondition,
    shown,
)

if TYPE_CHECKING:
    from ansible_collections.hyperv.network.plugins.plugin_utils.planner import Planner


def desired(config: dict[str, Any] | None) -> dict[str, list[dict[str, Any]]]:
    """The host kinds of a config for ``Planner.desired`` (an unlisted kind is an empty list)."""
    objs = host.desired_host_objects(config)
    return {kind: objs[kind] or [] for kind in host.HOST_KINDS}


def _route_text(r: dict[str, Any]) -> str:
    return "%s via %s on %s" % (r["destination_prefix"], r["next_hop"], r["interface"])


class _HostPlanning:
    def __init__(self, p: "Planner") -> None:
        self.p = p
        self.plan = p.plan
        self.objs: host.HostObjects = p.current.host_objects
        self.config: dict[str, Any] = p.raw_desired or {}
        self.rendering: bool = p.current.rendering
        self.teardown = p.state == "deleted" and not any(p.desired.get(k) for k in p.kinds)
        self.exact = p.state in ("replaced", "overridden")
        self.detaching_aliases: set[str | None] = (
            set()
        )  # name keys of the vNICs of endpoints detached in this apply (forwarding())

    def add(
        self,
        phase: str,
        op: str,
        args: dict[str, Any],
        summary: str,
        *,
        kind: str,
        name: Any,
        action: str,
        pre: Iterable[dict[str, Any]] = (),
    ) -> None:
        self.plan.host[phase].append(
            PlannedOp(
                op,
                args,
                list(pre),
                summary,
                kind=kind,
                name=name,
                action=action,
                key=(action, kind, norm.name_key(name) if isinstance(name, str) else name, op),
            )
        )

    def managed(self, kind: str, section: str | None = None) -> bool:
        """A host kind is planned when the task lists it (a teardown: when the host reported it)."""
        if kind not in self.p.kinds:
            return False
        if self.config.get(kind) is None:
            return self.teardown and (section is None or section in self.objs.sections)
        self.need_section(kind, section)
        return True

    def need_section(self, kind: str, section: str | None) -> None:
        if section is None or self.rendering or section in self.objs.sections:
            return
        raise HvNetPlanError(
            "config.%s: the host's snapshot has no %s section (the bridge that answered predates it), so the current "
            "state cannot be compared; nothing was changed" % (kind, section),
            kind=kind,
        )

    # -- endpoints: attach and detach ------------------------------------------------------------------------
    def endpoints(self) -> None:
        p = self.p
        for op in p.plan.deletes["endpoints"]:
            have = next((e for e in p.current.endpoints.values() if e["id"] == op.args["id"]), None)
            if have and have.get("host_attach"):
                self.detach(have, "before its delete")
        if "endpoints" not in p.kinds or p.state == "deleted":
            return
        for want in p.desired["endpoints"]:
            wanted = want.get("host_attach")
            if wanted is None and self.exact:
                wanted = False
            if wanted is None:
                continue
            key = norm.name_key(want["name"])
            have = p.current.endpoints.get(key)
            created = any(op.key == ("create", "endpoints", key) for op in p.plan.changes["endpoints"])
            if created:
                # cast for mypy: an endpoint created in this plan is expected, not deleted
                new = cast(dict[str, Any], p.plan.expected["endpoints"][key])
                new["host_attach"] = bool(wanted)
                if wanted:
                    self.attach(want["name"], new["id"])
                continue
            if have is None:
                continue
            attached = bool(have.get("host_attach"))
            if wanted and not attached:
                self.attach(have["name"], have["id"])
            elif not wanted and attached:
                self.detach(have, "(host_attach: false)")
            else:
                continue
            expected = p.plan.expected["endpoints"].get(key) or dict(have)
            expected["host_attach"] = bool(wanted)
            p.plan.expected["endpoints"][key] = expected
            p.plan.touched["endpoints"].add(key)

    def attach(self, name: str, endpoint_id: str) -> None:
        pre = [precondition("endpoint", "present", id=endpoint_id)]
        self.add("attach", "hcn_endpoint_host_attach", {"id": endpoint_id},
                 "attach endpoint %s to the host (compartment 1)" % name,
                 kind="endpoints", name=name, action="update", pre=pre)  # fmt: skip

    def detach(self, have: dict[str, Any], why: str) -> None:
        if any(op.args.get("id") == have["id"] for op in self.plan.host["detach"]):
            return
        pre = [precondition("endpoint", "present", id=have["id"])]
        self.add("detach", "hcn_endpoint_host_detach", {"id": have["id"]},
                 "detach endpoint %s from the host %s" % (have["name"], why),
                 kind="endpoints", name=have["name"], action="update", pre=pre)  # fmt: skip

    # -- forwarding ------------------------------------------------------------------------------------------
    def forwarding(self) -> None:
        p = self.p
        if not self.managed("forwarding"):
            return
        listed_aliases = set()
        # The vNICs of endpoints this apply detaches (or deletes): their forwarding is restored while they exist,
        # in the teardown phase that runs before the detach (the vNIC and its alias are gone after it).
        self.detaching_aliases = {
            norm.name_key(e["host_interface"])
            for e in self.p.current.endpoints.values()
            if e.get("host_interface") and any(op.args.get("id") == e["id"] for op in self.plan.host["detach"])
        }
        if not self.teardown:
            for i, item in enumerate(p.desired["forwarding"]):
                alias, ip = self.forwarding_target(i, item)
                if alias:
                    listed_aliases.add(norm.name_key(alias))
                if p.state == "deleted":
                    if alias:
                        self.restore(alias, "forwarding_restore")
                    continue
                self.forwarding_item(item, alias, ip)
        if self.teardown or p.state == "overridden":
            for key, alias in sorted(self.objs.ledger_forwarding.items()):
                if key not in listed_aliases:
                    self.restore(alias, "forwarding_restore")

    def forwarding_target(self, i: int, item: dict[str, Any]) -> tuple[str | None, str | None]:
        """(interface alias or None, IPv4 address or None) of a forwarding item."""
        if item["interface"]:
            return item["interface"], None
        p = self.p
        key = norm.name_key(item["endpoint"])
        have = p.current.endpoints.get(key)
        want = next((e for e in p.desired["endpoints"] if norm.name_key(e["name"]) == key), None)
        attaching = any(op.name and norm.name_key(op.name) == key for op in self.plan.host["attach"])
        detaching = any(op.name and norm.name_key(op.name) == key for op in self.plan.host["detach"])
        if have and have.get("host_interface") and (not detaching or p.state == "deleted" or not item["enabled"]):
            # Detached or deleted in this apply: the alias read from the snapshot, for the restore that runs
            # before the detach (forwarding()).
            return have["host_interface"], None
        if attaching:
            ip = (want or {}).get("ip_address") or (have or {}).get("ip_address")
            if not ip:
                raise HvNetPlanError(
                    "config.forwarding[%d].endpoint: endpoint %r has no ip_address, so its host interface cannot be "
                    "named in the same apply that attaches it; give the endpoint an ip_address" % (i, item["endpoint"]),
                    object=item["endpoint"],
                )
            return None, ip
        if have is None and want is None:
            raise HvNetPlanError(
                "config.forwarding[%d].endpoint: endpoint %r does not exist on the host and is not in config.endpoints"
                % (i, item["endpoint"]),
                object=item["endpoint"],
            )
        if self.rendering or p.state == "deleted":
            return None, None
        raise HvNetPlanError(
            "config.forwarding[%d].endpoint: endpoint %r is %s, so it has no host interface; "
            "set host_attach: true on it"
            % (i, item["endpoint"], "detached (or deleted) by this apply" if detaching else "not attached to the host"),
            object=item["endpoint"],
        )

    def forwarding_item(self, item: dict[str, Any], alias: str | None, ip: str | None) -> None:
        have = self.objs.forwarding.get(norm.name_key(alias)) if alias else None
        label = alias or "the interface holding %s (endpoint %s)" % (ip, item["endpoint"])
        args = {"interface_alias": alias} if alias else {"ip_address": ip}
        if item["enabled"]:
            if have is not None and have["enabled"] is True:
                return
            self.add("forwarding", "ip_forwarding_set", dict(args, enabled=True),
                     "enable IPv4 forwarding on %s" % label,
                     kind="forwarding", name=alias or item["endpoint"], action="update")  # fmt: skip
        elif alias:
            if norm.name_key(alias) in self.objs.ledger_forwarding:
                detaching = norm.name_key(alias) in self.detaching_aliases
                self.restore(alias, "forwarding_restore" if detaching else "forwarding")
            elif have is not None and have["enabled"]:
                self.plan.warnings.append(
                    "forwarding: %s has IPv4 forwarding on, but this collection did not turn it on; left as it is"
                    % alias
                )

    def restore(self, alias: str, phase: str) -> None:
        """Forwarding back to Disabled, only on an interface the ledger says this collection turned it on."""
        key = norm.name_key(alias)
        if key not in self.objs.ledger_forwarding:
            return
        alias = self.objs.ledger_forwarding[key]
        if key not in self.objs.forwarding and self.objs.forwarding and not self.rendering:
            self.plan.warnings.append(
                "forwarding: %s is in the ledger but the host has no such interface any more; nothing to restore"
                % alias
            )
            return
        if any(op.args.get("interface_alias") == alias for op in self.plan.host[phase]):
            return
        self.add(phase, "ip_forwarding_set", {"interface_alias": alias, "enabled": False},
                 "restore IPv4 forwarding on %s to disabled (turned on by this collection)" % alias,
                 kind="forwarding", name=alias, action="update")  # fmt: skip

    # -- routes ------------------------------------------------------------------------------------------------
    def routes(self) -> None:
        p = self.p
        if not self.managed("host_routes", "routes"):
            return
        wanted = {host.route_key(r): r for r in p.desired["host_routes"]}
        if p.state == "deleted" and not self.teardown:
            for key, r in sorted(wanted.items()):
                present = self.objs.routes.get(key)
                if key in self.objs.ledger_routes:
                    self.route_op("route_remove", "net_route_remove", r, "remove")
                elif present is not None:
                    raise HvNetPlanError(
                        "config.host_routes: route %s is not owned by this collection (not in the ledger); "
                        "state=deleted never deletes foreign routes" % _route_text(present),
                        object=_route_text(present),
                    )
            return
        purge = self.teardown or p.state == "overridden" or bool(self.config.get("purge_host_routes"))
        if purge:
            for key, r in sorted(self.objs.ledger_routes.items()):
                if key not in wanted:
                    self.route_op("route_remove", "net_route_remove", r, "remove")
        if self.teardown:
            return
        for key, r in sorted(wanted.items()):
            if key in self.objs.routes:
                continue
            for other_key, other in sorted(self.objs.routes.items()):
                if other_key[:2] != key[:2] or other_key in wanted:
                    continue
                if not other["owned"]:
                    raise HvNetPlanError(
                        "config.host_routes: route %s is in the way of %s and is not owned by this collection (not "
                        "in the ledger); remove it with the tool that made it, or list it" % (
                            _route_text(other), _route_text(r)),
                        object=_route_text(other),
                    )  # fmt: skip
                if not any(op.args == self.route_args(other) for op in self.plan.host["route_remove"]):
                    self.route_op("route_add", "net_route_remove", other, "replace")
            self.route_op("route_add", "net_route_add", r, "add")

    @staticmethod
    def route_args(r: dict[str, Any]) -> dict[str, Any]:
        return {"interface_alias": r["interface"], "destination_prefix": r["destination_prefix"],
                "next_hop": r["next_hop"]}  # fmt: skip

    def route_op(self, phase: str, op: str, r: dict[str, Any], verb: str) -> None:
        summary = {
            "add": "add host route %s",
            "remove": "remove host route %s",
            "replace": "remove host route %s (replaced by the listed next hop)",
        }[verb] % _route_text(r)
        self.add(phase, op, self.route_args(r), summary, kind="host_routes", name=host.ledger_route_text(r),
                 action="create" if verb == "add" else "delete")  # fmt: skip

    # -- firewall rules ----------------------------------------------------------------------------------------
    def firewall(self) -> None:
        p = self.p
        if not self.managed("firewall_rules", "firewall_rules"):
            return
        wanted = {norm.name_key(r["name"]): r for r in p.desired["firewall_rules"]}
        if p.state == "deleted" and not self.teardown:
            for key, r in sorted(wanted.items()):
                have = self.objs.firewall_rules.get(key)
                if have is not None and not have["owned"]:
                    raise HvNetPlanError(
                        "config.firewall_rules: firewall rule %r is not owned by this collection (not in the ledger); "
                        "state=deleted never deletes foreign rules" % have["name"],
                        object=have["name"],
                    )
                if key in self.objs.ledger_firewall:
                    self.rule_remove("firewall_remove", have or r)
            return
        if self.teardown or p.state == "overridden":
            owned = {k for k, r in self.objs.firewall_rules.items() if r["owned"]} | self.objs.ledger_firewall
            for key in sorted(owned - set(wanted)):
                self.rule_remove("firewall_remove", self.objs.firewall_rules.get(key) or {"name": key})
        if self.teardown:
            return
        for key, want in sorted(wanted.items()):
            have = self.objs.firewall_rules.get(key)
            filled = host.firewall_rule_defaults(want)
            if have is None:
                self.rule_create(filled)
                continue
            cmp_want = filled if self.exact else want
            diffs = [f for f in ("display_name", "direction", "protocol", "action", "local_port", "remote_addresses")
                     if cmp_want[f] is not None and cmp_want[f] != have[f]]  # fmt: skip
            # The collection's rules are always wanted enabled: an owned rule someone disabled (Disable-NetFirewallRule
            # or the MMC set Enabled False and leave the filters) is enabled again (review 4 finding 9). A foreign
            # rule's Enabled is not ours.
            disabled = bool(have["owned"]) and have.get("enabled") is False
            if not diffs and not disabled:
                continue
            if diffs and not have["owned"]:
                raise HvNetPlanError(
                    "config.firewall_rules: firewall rule %r exists but is not owned by this collection (not in the "
                    "ledger) and differs in %s; remove it with the tool that made it, or give the rule another name"
                    % (have["name"], ", ".join(diffs)),
                    object=have["name"],
                )
            if set(diffs) - {"local_port", "remote_addresses"}:
                # Only the port and address filters change in place (Set-NetFirewallRule); the rest is a new rule.
                merged = dict(have)
                merged.update({k: v for k, v in cmp_want.items() if v is not None})
                self.rule_remove("firewall", have, "(re-create: %s)" % ", ".join(diffs))
                self.rule_create(host.firewall_rule_defaults(merged))
                continue
            port = cmp_want["local_port"] if cmp_want["local_port"] is not None else have["local_port"]
            remote = cmp_want["remote_addresses"] if cmp_want["remote_addresses"] is not None else have[
                "remote_addresses"]  # fmt: skip
            args = {"name": have["name"], "local_port": port, "remote_addresses": list(remote)}
            changes = ["%s %s" % (f, shown(cmp_want[f])) for f in diffs]
            if disabled:
                args["enabled"] = True
                changes.append("enabled true (it reads disabled)")
            self.add("firewall", "firewall_rule_set", args,
                     "update firewall rule %s: %s" % (have["name"], ", ".join(changes)),
                     kind="firewall_rules", name=have["name"], action="update")  # fmt: skip

    def rule_create(self, r: dict[str, Any]) -> None:
        args = {
            "name": r["name"],
            "display_name": r["display_name"],
            "direction": host.DIRECTION_ARG[r["direction"]],
            "protocol": host.PROTOCOL_ARG[r["protocol"]],
            "local_port": r["local_port"],
            "remote_addresses": list(r["remote_addresses"]),
            "action": host.ACTION_ARG[r["action"]],
        }
        self.add("firewall", "firewall_rule_create", args,
                 "create firewall rule %s (%s %s %s from %s, %s)" % (
                     r["name"], r["direction"], r["protocol"], r["local_port"],
                     ", ".join(r["remote_addresses"]) or "any", r["action"]),
                 kind="firewall_rules", name=r["name"], action="create")  # fmt: skip

    def rule_remove(self, phase: str, r: dict[str, Any], why: str = "") -> None:
        self.add(phase, "firewall_rule_remove", {"name": r["name"]},
                 "remove firewall rule %s%s" % (r["name"], " " + why if why else ""),
                 kind="firewall_rules", name=r["name"], action="delete")  # fmt: skip


def plan_host_objects(p: "Planner") -> None:
    """Add the host-object operations of ``p`` (a planner.Planner that planned the HNS kinds) to its plan."""
    h = _HostPlanning(p)
    h.endpoints()
    h.forwarding()
    h.routes()
    h.firewall()


# --- check mode: the predicted ``after`` of the host kinds -------------------------------------------------------


def predicted(before: dict[str, Any], plan: Plan) -> dict[str, Any]:
    """``before``'s host kinds with the plan's host operations applied (check mode's diff)."""
    after: dict[str, list[dict[str, Any]]] = {
        k: [dict(x) for x in v] for k, v in before.items() if k in host.HOST_KINDS
    }
    for op in plan.ops:
        a = op.args
        if op.kind == "host_routes" and "host_routes" in after:
            row = {"destination_prefix": a["destination_prefix"], "next_hop": a["next_hop"],
                   "interface": a["interface_alias"], "owned": True}  # fmt: skip
            same = [r for r in after["host_routes"] if host.route_key(r) == host.route_key(row)]
            if op.op == "net_route_add" and not same:
                after["host_routes"].append(row)
            elif op.op == "net_route_remove":
                after["host_routes"] = [r for r in after["host_routes"] if r not in same]
        elif op.kind == "forwarding" and "forwarding" in after:
            alias = a.get("interface_alias") or a.get("ip_address")
            rows = [r for r in after["forwarding"] if norm.name_key(r["interface"]) == norm.name_key(alias)]
            if rows:
                rows[0].update(enabled=a["enabled"], owned=a["enabled"] or False)
            else:
                after["forwarding"].append({"interface": alias, "enabled": a["enabled"], "owned": a["enabled"]})
        elif op.kind == "firewall_rules" and "firewall_rules" in after:
            # name keys of named rules (a rule's name is required), so never None: sorted below
            rules: dict[Any, dict[str, Any]] = {norm.name_key(r["name"]): r for r in after["firewall_rules"]}
            key = norm.name_key(a["name"])
            if op.op == "firewall_rule_remove":
                rules.pop(key, None)
            elif op.op == "firewall_rule_create":
                rules[key] = {"name": a["name"], "display_name": a["display_name"],
                              "direction": a["direction"].lower(), "protocol": a["protocol"].lower(),
                              "local_port": a["local_port"], "remote_addresses": a["remote_addresses"],
                              "action": a["action"].lower(), "owned": True}  # fmt: skip
            elif key in rules:
                rules[key].update(local_port=a["local_port"], remote_addresses=a["remote_addresses"])
            after["firewall_rules"] = [rules[k] for k in sorted(rules)]
    if "host_routes" in after:
        after["host_routes"].sort(key=host.route_key)
    return after
