"""VM network adapters on a Hyper-V host (the fleet's VMs), as Get-VMNetworkAdapter and
Get-VMNetworkAdapterVlan report them, and vm_adapter_set (Connect-/Disconnect-VMNetworkAdapter,
Set-VMNetworkAdapterVlan, Set-VMNetworkAdapter -MacAddressSpoofing).
"""

from __future__ import annotations

import copy

from .errors import cmdlet_error

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

    def add_vm_nic(self, vm_name: str, name: str, switch: str | None, mac: str) -> dict:
        """Seed a VM NIC (fleet file)."""
        nic = {
            "VMName": vm_name,
            "Name": name,
            "SwitchName": switch,
            "MacAddress": mac.replace("-", "").replace(":", "").upper(),
            "MacAddressSpoofing": SPOOF_OFF,
            "VlanOperationMode": 0,
            "AccessVlanId": 0,
            "NativeVlanId": 0,
            "AllowedVlanIdListString": None,
        }
        self.data["vm_nics"].append(nic)
        return nic

    def vm_nic(self, vm_name: str, name: str) -> dict | None:
        return next(
            (
                n
                for n in self.data["vm_nics"]
                if n["VMName"].lower() == vm_name.lower() and n["Name"].lower() == name.lower()
            ),
            None,
        )

    def vm_nic_rows(self, vm_names: list[str] | None) -> list[dict]:
        wanted = {v.lower() for v in vm_names} if vm_names is not None else None
        rows = []
        for nic in self.data["vm_nics"]:
            if wanted is not None and nic["VMName"].lower() not in wanted:
                continue
            row = copy.deepcopy(nic)
            row.update(
                {
                    "IsManagementOs": False,
                    "DynamicMacAddressEnabled": True,
                    "Connected": nic["SwitchName"] is not None,
                    "SwitchId": (self.switch_by_name(nic["SwitchName"]) or {}).get("id"),
                    "Status": [0],
                }
            )
            rows.append(row)
        return rows

    def op_vm_adapter_set(self, args: dict) -> dict:
        """Set one VM NIC's switch, VLAN and MAC spoofing (absent keys are left alone)."""
        self.require_hyperv()
        nic = self.vm_nic(args["vm_name"], args["name"])
        if nic is None:
            raise cmdlet_error(
                "Get-VMNetworkAdapter",
                f"Hyper-V was unable to find a virtual machine network adapter named '{args['name']}' "
                f"on VM '{args['vm_name']}'.",
                "ObjectNotFound",
            )
        if "switch_name" in args:
            if args["switch_name"] is None:
                nic["SwitchName"] = None
            else:
                switch = self.switch_by_name(args["switch_name"])
                if switch is None:
                    raise cmdlet_error(
                        "Connect-VMNetworkAdapter",
                        f'Hyper-V was unable to find a virtual switch with name "{args["switch_name"]}".',
                        "ObjectNotFound",
                    )
                nic["SwitchName"] = switch["name"]
        if "vlan" in args:
            self._set_vlan(nic, args["vlan"])
        if "mac_address_spoofing" in args:
            nic["MacAddressSpoofing"] = SPOOF_ON if args["mac_address_spoofing"] else SPOOF_OFF
        return {"vm_name": nic["VMName"], "name": nic["Name"]}

    def _set_vlan(self, nic: dict, vlan: dict) -> None:
        cmd = "Set-VMNetworkAdapterVlan"
        mode = vlan["mode"]
        if mode == "Access":
            if "access_vlan_id" not in vlan:
                raise cmdlet_error(
                    cmd, "The VLAN identifier is required for the Access mode: specify -VlanId.", "InvalidArgument"
                )
            nic.update(
                VlanOperationMode=1, AccessVlanId=vlan["access_vlan_id"], NativeVlanId=0, AllowedVlanIdListString=None
            )
        elif mode == "Trunk":
            if "native_vlan_id" not in vlan or "allowed_vlan_ids" not in vlan:
                raise cmdlet_error(cmd, "The Trunk mode needs -NativeVlanId and -AllowedVlanIdList.", "InvalidArgument")
            try:
                parse_vlan_list(vlan["allowed_vlan_ids"])
            except ValueError:
                raise cmdlet_error(
                    cmd, "The VLAN identifier is out of range. Valid range is from 1 to 4094.", "InvalidArgument"
                ) from None
            nic.update(
                VlanOperationMode=2,
                AccessVlanId=0,
                NativeVlanId=vlan["native_vlan_id"],
                AllowedVlanIdListString=vlan["allowed_vlan_ids"],
            )
        else:
            nic.update(VlanOperationMode=0, AccessVlanId=0, NativeVlanId=0, AllowedVlanIdListString=None)
