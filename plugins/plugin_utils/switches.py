# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Hyper-V virtual switches: read from a snapshot (a mixin of state.HostState), their desired form, and their
planning (a mixin of planner.Planner); internal collection use only."""

from typing import TYPE_CHECKING, Any

from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import HvNetPlanError
from ansible_collections.hyperv.network.plugins.plugin_utils.plan_ops import (
    PlannedOp,
    PlannerParts,
    precondition,
    shown,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.state_values import (
    foreign_reason,
    guid,
    object_key,
)


class SwitchPlanning(PlannerParts):
    """The switch methods of planner.Planner: resolve adapters, converge and create switches."""

    def _resolved_adapters(self, names: list[str] | None, where: str = "config.switches") -> list[str] | None:
        if names is None:
            return None
        return [self._existing_adapter(self.current.resolve_adapter(n), n, where) for n in names]

    def _existing_adapter(self, resolved: str, given: str, where: str) -> str:
        """A network adapter the host has, checked at plan time: a precondition failure at apply
        time would only say that the host changed, not that the name is wrong."""
        if "adapters" not in self.current.sections or self.current.rendering:
            return resolved
        names: list[Any] = [a.get("Name") for a in self.current.adapters if a.get("Name")]
        if norm.name_key(resolved) not in {norm.name_key(n) for n in names}:
            raise HvNetPlanError(
                "%s: host %s has no network adapter named %r (Get-NetAdapter shows: %s)"
                % (where, self.current.host.get("computer_name") or "(unknown)", given, ", ".join(names) or "none")
            )
        return resolved

    def _switch_defaults(self, want: dict[str, Any]) -> dict[str, Any]:
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

    def _converge_switch(self, want: dict[str, Any], have: dict[str, Any] | None) -> None:
        kind = "switches"
        key = object_key(kind, want)
        filled = self._switch_defaults(want)
        if have is None:
            self._create_switch(filled)
            return
        cmp_want = self._switch_compared(want, have, filled)
        diffs = self._switch_create_only_diffs(cmp_want, have)
        if self._create_only(kind, have, diffs):
            self._create_switch(filled)
            return
        adapters = cmp_want["net_adapter_names"]
        changes, described, team_members, becomes_external = self._switch_changes(want, have, cmp_want)
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
                    [precondition("switch", "present", id=have["id"])],
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
                    [precondition("switch", "present", id=have["id"])],
                    "set switch %s team members: %s" % (have["name"], ", ".join(team_members)),
                    kind=kind,
                    name=have["name"],
                    action="update",
                    key=("update", kind, key, "team"),
                )
            )

    def _switch_compared(self, want: dict[str, Any], have: dict[str, Any], filled: dict[str, Any]) -> dict[str, Any]:
        """What an existing switch is compared with: the desired switch, its adapters resolved (with the defaults
        too under exact states)."""
        cmp_want = filled if self.exact else dict(want, net_adapter_names=filled["net_adapter_names"])
        if self.exact and want["switch_type"] is None and want["net_adapter_names"] is None:
            # Neither type nor adapters given: keep what the switch is. Defaulting to internal would
            # silently cut an External switch (and the host's network) off its NIC.
            cmp_want = dict(cmp_want, switch_type=have["switch_type"], net_adapter_names=have["net_adapter_names"])
            if have["switch_type"] == "external" and want["allow_management_os"] is None:
                cmp_want["allow_management_os"] = have["allow_management_os"]
        if cmp_want["switch_type"] is None and cmp_want["net_adapter_names"]:
            cmp_want["switch_type"] = "external"
        return cmp_want

    def _switch_create_only_diffs(self, cmp_want: dict[str, Any], have: dict[str, Any]) -> list[tuple[str, Any, Any]]:
        """The create-only differences of an existing switch (IOV, packet direct, bandwidth mode, several adapters
        without Switch Embedded Teaming): ``_create_only`` re-creates the switch for them (recreate) or fails."""
        diffs: list[tuple[str, Any, Any]] = []
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
        return diffs

    def _switch_changes(
        self, want: dict[str, Any], have: dict[str, Any], cmp_want: dict[str, Any]
    ) -> tuple[dict[str, Any], list[str], list[str] | None, bool]:
        """What Set-VMSwitch changes on an existing switch: ``(changes, described, team_members,
        becomes_external)``, the switch_set arguments and their plan words, the new SET team members (or None), and
        whether the switch is External afterwards."""
        wanted_type = cmp_want["switch_type"]
        adapters = cmp_want["net_adapter_names"]
        changes: dict[str, Any] = {}
        described: list[str] = []
        team_members: list[str] | None = None
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
                    described.append("adapter %s -> %s" % (shown(have["net_adapter_names"]), adapters[0]))
        becomes_external = wanted_type == "external" or (wanted_type is None and have["switch_type"] == "external")
        if (
            becomes_external
            and cmp_want["allow_management_os"] is not None
            and cmp_want["allow_management_os"] != have["allow_management_os"]
        ):
            changes["allow_management_os"] = bool(cmp_want["allow_management_os"])
            described.append(
                "allow_management_os %s -> %s"
                % (shown(have["allow_management_os"]), shown(changes["allow_management_os"]))
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
        return changes, described, team_members, becomes_external

    def _create_switch(self, filled: dict[str, Any]) -> None:
        args: dict[str, Any] = {"name": filled["name"], "switch_type": norm.SWITCH_TYPE_ARG[filled["switch_type"]]}
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
                [precondition("switch", "absent", name=filled["name"])],
                "create switch %s (%s%s)" % (filled["name"], filled["switch_type"], where),
                kind="switches",
                name=filled["name"],
                action="create",
                key=("create", "switches", key),
                disruptive=bool(args.get("net_adapter_names")) and args.get("allow_management_os", False),
            )
        )

    def _switch_adapter(self, switch_name: str, network_name: str) -> str:
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


class SwitchRead:
    """Reading switches from a snapshot (a mixin of state.HostState)."""

    if TYPE_CHECKING:  # what state.HostState gives the mixin

        def adapter_name_for_description(self, description: str) -> str | None: ...

    def _switch_from_host(self, raw: dict[str, Any]) -> dict[str, Any]:
        user_notes, owned = norm.split_notes(raw.get("Notes"))
        stype = norm.switch_type(raw.get("SwitchType"))
        descriptions = raw.get("NetAdapterInterfaceDescriptions") or []
        if not descriptions and raw.get("NetAdapterInterfaceDescription"):
            descriptions = [raw["NetAdapterInterfaceDescription"]]
        names = [self.adapter_name_for_description(d) or d for d in descriptions]
        iov = bool(raw.get("IovEnabled"))
        return {
            "name": raw.get("Name"),
            "switch_type": stype,
            "net_adapter_names": names if stype == "external" else None,
            "allow_management_os": bool(raw.get("AllowManagementOS")),
            "enable_iov": iov,
            "enable_packet_direct": bool(raw.get("PacketDirectEnabled")),
            "minimum_bandwidth_mode": norm.bandwidth_mode(raw.get("BandwidthReservationMode"), iov),
            "notes": user_notes,
            "id": guid(raw.get("Id")),
            "owned": owned,
            "embedded_teaming": bool(raw.get("EmbeddedTeamingEnabled")),
            "foreign_reason": None
            if owned
            else foreign_reason(raw.get("Name"), "its Notes lack the [hyperv.network] tag"),
        }


# --- desired side: unset options stay None ("not specified"); the planner decides per state what None means.


def switch_from_config(item: dict[str, Any]) -> dict[str, Any]:
    """Canonical desired switch (validated config item)."""
    names = item.get("net_adapter_names")
    return {
        "name": item["name"],
        "switch_type": (item.get("switch_type") or "").lower() or None,
        "net_adapter_names": list(names) if names is not None else None,
        "allow_management_os": item.get("allow_management_os"),
        "enable_iov": item.get("enable_iov"),
        "enable_packet_direct": item.get("enable_packet_direct"),
        "minimum_bandwidth_mode": (item.get("minimum_bandwidth_mode") or "").lower() or None,
        "notes": item.get("notes"),
    }
