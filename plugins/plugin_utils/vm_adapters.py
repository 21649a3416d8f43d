# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VM network adapters: read from a snapshot, their desired form, and their planning (a mixin of planner.Planner;
internal collection use only).

Hyper-V lets several NICs of one VM share a name: NICs added without ``-Name`` are all "Network Adapter", and
``Rename-VMNetworkAdapter`` renames every NIC of the VM at once (Microsoft Learn, Rename-VMNetworkAdapter,
example 1). ``Set-VMNetworkAdapter -VMName X -Name N`` then changes all of them. So a config item may name the NIC
by its ``id`` (``Microsoft:<VM GUID>\\<NIC GUID>``), which the bridge matches exactly; without ``id``, a name that
matches several NICs of the VM is refused while planning, before any change (review 3 finding 6).
"""

from typing import Any

from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import HvNetPlanError
from ansible_collections.hyperv.network.plugins.plugin_utils.plan_ops import (
    PlannedOp,
    PlannerParts,
    precondition,
    shown,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.state_values import (
    object_key,
    safe_mac,
    vlan_settings,
)


class VmAdapterPlanning(PlannerParts):
    """``_converge_vm_adapter`` and ``_vm_adapter_have`` for planner.Planner."""

    def _vm_adapter_have(self, want: dict[str, Any]) -> dict[str, Any] | None:
        """The host's NIC a config item means: by ``id`` when given, else by the (unique) name; None if absent."""
        pair = (norm.name_key(want["vm"]), norm.name_key(want["name"]))
        group = self.current.vm_adapter_groups.get(pair) or []
        if want.get("id"):
            wanted = str(want["id"]).lower()
            for nics in self.current.vm_adapter_groups.values():
                for nic in nics:
                    if norm.name_key(nic["vm"]) == pair[0] and str(nic.get("id") or "").lower() == wanted:
                        return nic
            if "vm_adapters" in self.current.sections and not self.current.rendering:
                raise HvNetPlanError(
                    "config.vm_adapters: VM %r has no network adapter with id %r (Get-VMNetworkAdapter shows %s)"
                    % (
                        want["vm"],
                        want["id"],
                        ", ".join(sorted(str(n.get("id")) for n in group)) or "none by that name",
                    ),
                    object="%s/%s" % (want["vm"], want["name"]),
                )
            return None
        if len(group) > 1:
            raise HvNetPlanError(
                "config.vm_adapters: VM %r has %d network adapters named %r; Set-VMNetworkAdapter would change all "
                "of them. Give the NIC's id (Microsoft:<VM GUID>\\<NIC GUID>; gathered shows it) or rename the NICs "
                "apart. Nothing was changed." % (want["vm"], len(group), want["name"]),
                object="%s/%s" % (want["vm"], want["name"]),
                vm=want["vm"],
                name=want["name"],
                count=len(group),
            )
        return group[0] if group else None

    def _converge_vm_adapter(self, want: dict[str, Any], have: dict[str, Any] | None) -> None:
        have = self._vm_adapter_have(want)
        if have is None and "vm_adapters" not in self.current.sections:
            # rendered: no host to read, so every given setting is sent
            have = {"vm": want["vm"], "name": want["name"], "switch": None, "vlan": None, "mac_address_spoofing": None}
            if want.get("id"):
                have.update(id=want["id"], key_id=want["id"])
        if have is None:
            raise HvNetPlanError(
                "config.vm_adapters: VM %r has no network adapter named %r "
                "(this collection configures existing VM NICs; "
                "it does not add them)" % (want["vm"], want["name"]),
                object="%s/%s" % (want["vm"], want["name"]),
            )
        self.plan.touched["vm_adapters"].add(object_key("vm_adapters", have))
        args: dict[str, Any] = {}
        described: list[str] = []
        if want["switch"] is not None and norm.name_key(want["switch"]) != norm.name_key(have["switch"]):
            if (
                want["switch"]
                and norm.name_key(want["switch"]) not in self.current.switches
                and norm.name_key(want["switch"]) not in self.desired_switches
            ):
                if "switches" in self.current.sections and not self.current.rendering:
                    raise HvNetPlanError(
                        "config.vm_adapters: %s/%s: switch %r does not exist on the host and is not in config.switches"
                        % (want["vm"], want["name"], want["switch"])
                    )
            args["switch_name"] = want["switch"] or None
            described.append("switch %s" % (want["switch"] or "(disconnect)"))
        if want["vlan"] is not None and want["vlan"] != have["vlan"]:
            vlan: dict[str, Any] = {"mode": norm.VLAN_MODE_ARG[want["vlan"]["mode"]]}
            if want["vlan"]["mode"] == "access":
                vlan["access_vlan_id"] = want["vlan"]["access_id"]
            elif want["vlan"]["mode"] == "trunk":
                vlan["native_vlan_id"] = want["vlan"]["native_id"]
                vlan["allowed_vlan_ids"] = want["vlan"]["allowed"]
            args["vlan"] = vlan
            described.append("vlan %s" % shown(want["vlan"]))
        if (
            want["mac_address_spoofing"] is not None
            and bool(want["mac_address_spoofing"]) != have["mac_address_spoofing"]
        ):
            args["mac_address_spoofing"] = bool(want["mac_address_spoofing"])
            described.append("mac_address_spoofing %s" % shown(args["mac_address_spoofing"]))
        if args:
            self._vm_adapter_set(have, args, described, by_id=bool(want.get("id")))
            expected = dict(have)
            if "switch_name" in args:
                expected["switch"] = want["switch"]
            if "vlan" in args:
                expected["vlan"] = want["vlan"]
            if "mac_address_spoofing" in args:
                expected["mac_address_spoofing"] = args["mac_address_spoofing"]
            self.plan.expected["vm_adapters"][object_key("vm_adapters", have)] = expected

    def _disconnect_vm_adapter(self, have: dict[str, Any], by_id: bool = False) -> None:
        if have["switch"]:
            self._vm_adapter_set(have, {"switch_name": None}, ["disconnect from %s" % have["switch"]], by_id=by_id)
            self.plan.expected["vm_adapters"][object_key("vm_adapters", have)] = dict(have, switch="")

    def _vm_adapter_set(
        self, have: dict[str, Any], args: dict[str, Any], described: list[str], by_id: bool = False
    ) -> None:
        key = object_key("vm_adapters", have)
        args = dict(args, vm_name=have["vm"], name=have["name"])
        label = "%s/%s" % (have["vm"], have["name"])
        if have.get("id") and (by_id or have.get("key_id")):
            args["id"] = have["id"]  # the bridge sets the NIC whose Id this is (contract section 1)
            label += " (%s)" % have["id"]
        self.plan.changes["vm_adapters"].append(
            PlannedOp(
                "vm_adapter_set",
                args,
                [precondition("vm_adapter", "present", name=have["name"], vm_name=have["vm"])],
                "update vm adapter %s: %s" % (label, ", ".join(described)),
                kind="vm_adapters",
                name="%s/%s" % (have["vm"], have["name"]),
                action="update",
                key=("update", "vm_adapters", key),
            )
        )


# --- desired side: unset options stay None ("not specified"); the planner decides per state what None means.


def vm_adapter_from_host(raw: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "vm": raw.get("VMName"),
        "name": raw.get("Name"),
        "switch": raw.get("SwitchName") or "",
        "vlan": vlan_settings(
            raw.get("VlanOperationMode"),
            raw.get("AccessVlanId"),
            raw.get("NativeVlanId"),
            raw.get("AllowedVlanIdListString"),
        ),
        "mac_address_spoofing": bool(norm.mac_spoofing(raw.get("MacAddressSpoofing"))),
        "mac_address": safe_mac(raw.get("MacAddress")),
    }
    if raw.get("Id"):
        out["id"] = raw["Id"]  # Microsoft:<VM GUID>\\<NIC GUID> (a bridge before review 3 finding 6 sends none)
    return out


def vm_adapter_from_config(item: dict[str, Any]) -> dict[str, Any]:
    """Canonical desired VM adapter settings."""
    vlan = item.get("vlan")
    return {
        "vm": item["vm"],
        "name": item["name"],
        "switch": item.get("switch"),
        "vlan": vlan_settings(vlan.get("mode"), vlan.get("access_id"), vlan.get("native_id"), vlan.get("allowed"))
        if vlan
        else None,
        "mac_address_spoofing": item.get("mac_address_spoofing"),
        "id": item.get("id"),
        "key_id": item.get("id"),
    }
