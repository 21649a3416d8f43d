"""VM network adapters on a Hyper-V host (the fleet's VMs), as Get-VMNetworkAdapter and
Get-VMNetworkAdapterVlan report them, and vm_adapter_set (Connect-/Disconnect-VMNetworkAdapter,
Set-VMNetworkAdapterVlan, Set-VMNetworkAdapter -MacAddressSpoofing).
"""

from __future__ import annotations

import copy

from . import netcfg
from .errors import ModelError, cmdlet_error, precondition_failed
from .names import win_key

VLAN_MODES = {"Untagged": 0, "Access": 1, "Trunk": 2}
SPOOF_ON, SPOOF_OFF = 1, 2


def parse_vlan_list(text: str) -> list[int]:
    """'1-10,20' -> [1..10, 20]; raises ValueError outside 1..4094."""
    out = []
    for part in text.split(","):
        lo, _, hi = part.partition("-")
        lo_i, hi_i = int(lo), int(hi or lo)
        if not (1 <= lo_i <= hi_i <= 4094):
            raise ValueError(part)
        out.extend(range(lo_i, hi_i + 1))
    return out


class VmNicMixin:
    """VM NIC operations of HostModel."""

    def add_vm_nic(
        self, vm_name: str, name: str, switch: str | None, mac: str, guest_ips: list[str] | None = None
    ) -> dict:
        """Seed a VM NIC (fleet file). Its Id is Get-VMNetworkAdapter's "Microsoft:<VM Id>\\<NIC GUID>" (upper
        case GUIDs); several NICs of one VM may share a name (Rename-VMNetworkAdapter example 1 renames all of
        them to one, review 3 finding 6). guest_ips: what Hyper-V reports when no fleet host is that guest."""
        vm = self.vm_by_name(vm_name) or self.add_vm(vm_name)
        index = sum(1 for n in self.data["vm_nics"] if win_key(n["VMName"]) == win_key(vm_name))
        nic_guid = netcfg.new_guid(f"{self.name}/vm/{vm_name}/nic/{index}")
        nic = {
            "VMName": vm["Name"],
            "Name": name,
            "SwitchName": switch,
            "MacAddress": mac.replace("-", "").replace(":", "").upper(),
            "MacAddressSpoofing": SPOOF_OFF,
            "VlanOperationMode": 0,
            "AccessVlanId": 0,
            "NativeVlanId": 0,
            "AllowedVlanIdListString": None,
        }
        nic["Id"] = f"Microsoft:{vm['Id'].upper()}\\{nic_guid.upper()}"
        if guest_ips:
            nic["guest_ips"] = list(guest_ips)
        self.data["vm_nics"].append(nic)
        return nic

    def vm_nic(self, vm_name: str, name: str) -> dict | None:
        return next(
            (
                n
                for n in self.data["vm_nics"]
                if win_key(n["VMName"]) == win_key(vm_name) and win_key(n["Name"]) == win_key(name)
            ),
            None,
        )

    def vm_nic_rows(self, vm_names: list[str] | None) -> list[dict]:
        """Get-VMNetworkAdapter + Get-VMNetworkAdapterVlan as bridge.ps1 writes them."""
        wanted = {win_key(v) for v in vm_names} if vm_names is not None else None
        return [
            {k: copy.deepcopy(v) for k, v in n.items() if k != "guest_ips"}
            for n in self.data["vm_nics"]
            if wanted is None or win_key(n["VMName"]) in wanted
        ]

    def op_vm_adapter_set(self, args: dict) -> dict:
        """Set one VM NIC's switch, VLAN and MAC spoofing (absent keys are left alone), found and
        changed as bridge.ps1 does: VM, then NIC, then switch by exact name, then each cmdlet."""
        self.require_hyperv()
        vm_name, name = args["vm_name"], args["name"]
        nics = [n for n in self.data["vm_nics"] if win_key(n["VMName"]) == win_key(vm_name)]
        if not nics:
            raise precondition_failed(
                f"precondition failed: expected exactly one VM named '{vm_name}', found 0",
                f"vm_adapter present vm_name={vm_name}",
            )
        if args.get("id"):
            # docs/design/host-objects.md: with id, the NIC of vm_name whose Id equals it (review 3 finding 6)
            matches = [n for n in nics if win_key(n.get("Id", "")) == win_key(args["id"])]
            if not matches:
                raise precondition_failed(
                    f"precondition failed: expected exactly one network adapter with Id '{args['id']}' on VM "
                    f"'{vm_name}', found 0",
                    f"vm_adapter present id={args['id']}",
                )
        else:
            matches = [n for n in nics if win_key(n["Name"]) == win_key(name)]
            if not matches:
                raise precondition_failed(
                    f"precondition failed: expected exactly one network adapter named '{name}' on VM '{vm_name}', "
                    "found 0",
                    f"vm_adapter present name={name}",
                )
            if len(matches) > 1:
                # Set-VMNetworkAdapter -VMName X -Name N acts on every NIC of that name; the bridge refuses
                # (docs/design/host-objects.md, review 3 finding 6)
                raise ModelError(
                    "AMBIGUOUS_VM_ADAPTER",
                    f"VM '{vm_name}' has {len(matches)} network adapters named '{name}'; name one by its id",
                    None,
                    f"vm_adapter vm_name={vm_name} name={name} count={len(matches)}",
                )
        nic = matches[0]
        if "switch_name" in args:
            if args["switch_name"] is None:
                nic["SwitchName"] = None
            else:
                switch = self.switch_by_name(args["switch_name"])
                if switch is None:
                    raise precondition_failed(
                        f"precondition failed: expected exactly one switch named '{args['switch_name']}', found 0",
                        f"switch present name={args['switch_name']}",
                    )
                nic["SwitchName"] = switch["name"]
        if "vlan" in args:
            self._set_vlan(nic, args["vlan"])
        if "mac_address_spoofing" in args:
            nic["MacAddressSpoofing"] = SPOOF_ON if args["mac_address_spoofing"] else SPOOF_OFF
        return {"vm_name": vm_name, "name": nic["Name"], "id": nic.get("Id")}

    def _set_vlan(self, nic: dict, vlan: dict) -> None:
        """Set-VMNetworkAdapterVlan -Access -VlanId / -Trunk -NativeVlanId -AllowedVlanIdList / -Untagged
        (bridge.ps1 passes [int] of an absent id, i.e. 0, and [string] of an absent list, i.e. '')."""
        cmd = "Set-VMNetworkAdapterVlan"
        mode = vlan["mode"]
        if mode == "Access":
            vlan_id = int(vlan.get("access_vlan_id") or 0)
            if not 1 <= vlan_id <= 4094:
                raise cmdlet_error(
                    cmd,
                    f"Cannot validate argument on parameter 'VlanId'. The {vlan_id} argument is less than the minimum "
                    "allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the "
                    "command again.",
                    "ParameterArgumentValidationError",
                )
            nic.update(VlanOperationMode=1, AccessVlanId=vlan_id, NativeVlanId=0, AllowedVlanIdListString=None)
        elif mode == "Trunk":
            allowed = vlan.get("allowed_vlan_ids") or ""
            if not allowed:
                raise cmdlet_error(
                    cmd,
                    "Cannot validate argument on parameter 'AllowedVlanIdList'. The argument is null or empty. "
                    "Provide an argument that is not null or empty, and then try the command again.",
                    "ParameterArgumentValidationError",
                )
            try:
                parse_vlan_list(allowed)
            except ValueError:
                raise cmdlet_error(
                    cmd, "The VLAN identifier is out of range. Valid range is from 1 to 4094.", "InvalidArgument"
                ) from None
            nic.update(
                VlanOperationMode=2,
                AccessVlanId=0,
                NativeVlanId=int(vlan.get("native_vlan_id") or 0),
                AllowedVlanIdListString=allowed,
            )
        else:
            nic.update(VlanOperationMode=0, AccessVlanId=0, NativeVlanId=0, AllowedVlanIdListString=None)
