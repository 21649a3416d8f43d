"""Hyper-V virtual switches: New-/Set-/Rename-/Remove-VMSwitch and Set-VMSwitchTeam.

A switch is a dict: id (lower-case GUID, as Get-VMSwitch's Guid serialises), name, type
(0 Private, 1 Internal, 2 External), allow_mgmt, adapters (physical NIC names), set (Switch
Embedded Teaming), iov, packet_direct, bw_mode (1 Weight, 2 Absolute, 3 None), notes,
hns_network (id of the HNS network that made it, or None), vnic_name.

Decisions (documented in emulator/README.md):
- Switch names are unique case-insensitively (Hyper-V itself tolerates duplicates; the
  collection never wants them, and the emulator makes the clash visible).
- MinimumBandwidthMode Default resolves to Weight, or None with IOV (New-VMSwitch docs).
- Renaming a switch does not rename its `vEthernet (...)` adapter (as on Windows).
- Set-VMSwitch -AllowManagementOS $true on a Private switch makes it Internal, $false on an
  Internal switch makes it Private (as Hyper-V does).
"""

from __future__ import annotations

import uuid

from . import netcfg
from .errors import ModelError, cmdlet_error, precondition_failed
from .names import win_key

SWITCH_PRIVATE, SWITCH_INTERNAL, SWITCH_EXTERNAL = 0, 1, 2
BW_MODES = {"Default": 0, "Weight": 1, "Absolute": 2, "None": 3}


def no_hyperv_module() -> ModelError:
    """The refusal for switch and VM cmdlets on a host without the Hyper-V module."""
    return ModelError(
        "NO_HYPERV_MODULE",
        "the Hyper-V PowerShell module is not installed on this host (install the Hyper-V management tools: "
        "Install-WindowsFeature RSAT-Hyper-V-Tools, or Hyper-V-PowerShell); switch and VM adapter operations need it",
    )


class SwitchMixin:
    """Switch operations of HostModel."""

    def require_hyperv(self) -> None:
        if not self.hyperv_module:
            raise no_hyperv_module()

    def switch_by_id(self, sid: str | None) -> dict | None:
        if not sid:
            return None
        return next((s for s in self.data["switches"] if s["id"].lower() == sid.lower()), None)

    def switch_by_name(self, name: str | None) -> dict | None:
        if not name:
            return None
        return next((s for s in self.data["switches"] if win_key(s["name"]) == win_key(name)), None)

    def switch_of_adapter(self, adapter: dict) -> dict | None:
        return self.switch_by_id(adapter.get("switch_id"))

    def switch_row(self, s: dict) -> dict:
        """One Get-VMSwitch object as bridge.ps1 writes it (its fields, integer enums)."""
        descs = [self.adapter_by_name(n)["description"] for n in s["adapters"] if self.adapter_by_name(n)]
        if s["type"] != SWITCH_EXTERNAL:
            desc, descs_out = None, None
        elif s["set"]:
            desc, descs_out = "Teamed-Interface", descs
        else:
            desc, descs_out = (descs[0] if descs else None), descs
        return {
            "Id": s["id"],
            "Name": s["name"],
            "SwitchType": s["type"],
            "AllowManagementOS": s["allow_mgmt"],
            "NetAdapterInterfaceDescription": desc,
            "NetAdapterInterfaceDescriptions": descs_out,
            "EmbeddedTeamingEnabled": s["set"],
            "IovEnabled": s["iov"],
            "PacketDirectEnabled": s["packet_direct"],
            "BandwidthReservationMode": s["bw_mode"],
            "Notes": s["notes"],
        }

    def switch_rows(self) -> list[dict]:
        return [self.switch_row(s) for s in self.data["switches"]]

    def _resolve_adapters(self, cmdlet: str, names: list[str], switch: dict | None = None) -> list[dict]:
        """Physical NICs by name, each free (or already on `switch`) and not an LBFO team on 2022+."""
        out = []
        for name in names:
            adapter = self.adapter_by_name(name)
            if adapter is None:  # bridge.ps1 resolves names through Get-NetAdapter first
                raise precondition_failed(
                    f"precondition failed: expected exactly one network adapter named '{name}', found 0",
                    f"adapter present name={name}",
                )
            if adapter["kind"] != "physical":
                raise cmdlet_error(
                    cmdlet,
                    "Failed while adding virtual Ethernet switch connections.\r\n"
                    f"The adapter '{adapter['description']}' is a Hyper-V virtual network adapter and cannot be bound "
                    "to a virtual switch.",
                    "InvalidArgument",
                )
            if adapter["switch_id"] and (switch is None or adapter["switch_id"] != switch["id"]):
                raise cmdlet_error(
                    cmdlet,
                    "Failed while adding virtual Ethernet switch connections.\r\n"
                    f"External Ethernet adapter '{adapter['description']}' is already bound to the "
                    "Microsoft Virtual Switch protocol.",
                    "InvalidArgument",
                )
            if adapter.get("lbfo") and self.build >= 20348:
                raise cmdlet_error(
                    cmdlet,
                    "Failed while adding virtual Ethernet switch connections.\r\n"
                    f"The adapter '{adapter['description']}' is an LBFO team: binding a virtual switch to an LBFO team "
                    "is not supported on this version of Windows. Use Switch Embedded Teaming (SET) instead.",
                    "InvalidArgument",
                )
            if adapter in out:
                raise cmdlet_error(cmdlet, f"The network adapter '{name}' was given more than once.", "InvalidArgument")
            out.append(adapter)
        return out

    def new_switch(self, name: str, stype: int, adapters: list[dict], share: bool, **props) -> dict:
        """Create a switch and its host-side effects (used by New-VMSwitch and by HNS)."""
        sid = str(uuid.uuid4())
        switch = {
            "id": sid,
            "name": name,
            "type": stype,
            "allow_mgmt": share if stype == SWITCH_EXTERNAL else stype == SWITCH_INTERNAL,
            "adapters": [a["name"] for a in adapters],
            "set": props.get("set", len(adapters) > 1),
            "iov": props.get("iov", False),
            "packet_direct": props.get("packet_direct", False),
            "bw_mode": props.get("bw_mode", 1),
            "notes": props.get("notes", ""),
            "hns_network": props.get("hns_network"),
            "vnic_name": props.get("vnic_name", name),
        }
        self.data["switches"].append(switch)
        if stype == SWITCH_EXTERNAL:
            self.bind_and_share(sid, adapters, share, switch["vnic_name"])
        elif stype == SWITCH_INTERNAL and props.get("internal_vnic", True):
            self._add_internal_vnic(switch)
        return switch

    def _add_internal_vnic(self, switch: dict, ip: dict | None = None) -> None:
        mac = netcfg.hyperv_mac(f"{self.name}/vnic/{switch['id']}")
        if ip is None:
            ip = netcfg.empty_ip(dhcp=1)
            ip["IPv4"] = [netcfg.apipa(f"{self.name}/{switch['id']}")]
            ip["IPv6"] = [netcfg.link_local_v6(mac)]
        self.add_vnic(switch["id"], switch["vnic_name"], mac, ip)

    def drop_switch(self, switch: dict) -> None:
        """Remove a switch: NICs get their configuration back, VM NICs are disconnected."""
        adapters = [self.adapter_by_name(n) for n in switch["adapters"]]
        adapters = [a for a in adapters if a]
        if switch["type"] == SWITCH_EXTERNAL:
            self.unshare(switch["id"], adapters[0] if adapters else None)
            self.unbind(adapters)
        else:
            self.remove_vnic(switch["id"])
        for nic in self.data["vm_nics"]:
            if win_key(nic.get("SwitchName") or "") == win_key(switch["name"]):
                nic["SwitchName"] = None
        self.data["switches"].remove(switch)

    # ---- operations -----------------------------------------------------------------------
    def op_switch_create(self, args: dict) -> dict:
        """New-VMSwitch."""
        self.require_hyperv()
        cmd = "New-VMSwitch"
        name, stype = args["name"], args["switch_type"]
        names = args.get("net_adapter_names")
        # bridge.ps1 passes -NetAdapterName (External) or -SwitchType, and -AllowManagementOS only with adapters
        if names:
            stype = "External"
        elif stype == "External":
            raise cmdlet_error(
                cmd,
                "Cannot validate argument on parameter 'SwitchType'. The argument \"External\" does not belong to the "
                'set "Internal,Private" specified by the ValidateSet attribute. Supply an argument that is in the set '
                "and then try the command again.",
                "ParameterArgumentValidationError",
            )
        if self.switch_by_name(name):
            raise cmdlet_error(
                cmd,
                "Failed while creating virtual Ethernet switch.\r\n"
                f"A virtual switch with the name '{name}' already exists.",
                "ResourceExists",
            )
        adapters = self._resolve_adapters(cmd, names or [])
        iov = bool(args.get("enable_iov", False))
        mode = args.get("minimum_bandwidth_mode", "Default")
        if iov and mode in ("Weight", "Absolute"):
            raise cmdlet_error(
                cmd,
                "Failed while creating virtual Ethernet switch.\r\n"
                "Minimum bandwidth reservation is not supported on an "
                "SR-IOV enabled virtual switch.",
                "InvalidArgument",
            )
        bw = BW_MODES[mode] if mode != "Default" else (3 if iov else 1)
        share = bool(args.get("allow_management_os", True)) if adapters else False
        stype_num = {"External": SWITCH_EXTERNAL, "Internal": SWITCH_INTERNAL, "Private": SWITCH_PRIVATE}[stype]
        switch = self.new_switch(
            name,
            stype_num,
            adapters,
            share,
            iov=iov,
            packet_direct=bool(args.get("enable_packet_direct", False)),
            bw_mode=bw,
            notes=args.get("notes", ""),
        )
        if stype_num == SWITCH_EXTERNAL and share:
            self.disruptive()
        return {"id": switch["id"]}

    def _switch_or_fail(self, cmd: str, sid: str) -> dict:
        self.require_hyperv()
        switch = self.switch_by_id(sid)
        if switch is None:  # bridge.ps1 finds the switch by Id before it calls the cmdlet
            raise precondition_failed(
                f"precondition failed: switch id={sid} is not present", f"switch present id={sid}"
            )
        return switch

    def op_switch_set(self, args: dict) -> dict:
        """Set-VMSwitch as bridge.ps1 calls it: -NetAdapterName (with -AllowManagementOS when given),
        else -SwitchType; then -AllowManagementOS alone when not used yet; then -Notes."""
        cmd = "Set-VMSwitch"
        switch = self._switch_or_fail(cmd, args["id"])
        args = dict(args)
        disruptive = False
        if "net_adapter_name" in args:
            if switch["set"]:
                raise cmdlet_error(
                    cmd,
                    "The virtual switch is a Switch Embedded Teaming switch: change its members with Set-VMSwitchTeam.",
                    "InvalidOperation",
                )
            (adapter,) = self._resolve_adapters(cmd, [args["net_adapter_name"]], switch)
            default = True if switch["type"] != SWITCH_EXTERNAL else switch["allow_mgmt"]
            share = bool(args.pop("allow_management_os", default))
            if (
                switch["type"] != SWITCH_EXTERNAL
                or switch["adapters"] != [adapter["name"]]
                or share != switch["allow_mgmt"]
            ):
                self._detach_uplinks(switch)
                switch.update(type=SWITCH_EXTERNAL, adapters=[adapter["name"]], allow_mgmt=share)
                self.bind_and_share(switch["id"], [adapter], share, switch["vnic_name"])
                disruptive = share
        elif "switch_type" in args:
            target = SWITCH_INTERNAL if args["switch_type"] == "Internal" else SWITCH_PRIVATE
            if switch["type"] != target:
                disruptive = switch["type"] == SWITCH_EXTERNAL and switch["allow_mgmt"]
                self._detach_uplinks(switch)
                switch.update(type=target, adapters=[], allow_mgmt=target == SWITCH_INTERNAL, set=False)
                if target == SWITCH_INTERNAL:
                    self._add_internal_vnic(switch)
        if "allow_management_os" in args:
            want = bool(args["allow_management_os"])
            if switch["type"] == SWITCH_EXTERNAL and want != switch["allow_mgmt"]:
                adapter = self.adapter_by_name(switch["adapters"][0])
                if want:
                    self.share_with_host(switch["id"], adapter, switch["vnic_name"])
                else:
                    # The vNIC goes, the NIC stays bound to the switch: still no IPv4 interface and no
                    # connection profile (netcfg.unbound_ip; "The original physical network adapter does not
                    # have anything bound to it", Microsoft Learn dd581798). The vNIC's configuration is what
                    # the NIC gets back when the switch lets go of it (unshare keeps it as the stash).
                    self.unshare(switch["id"], adapter)
                switch["allow_mgmt"] = want
                disruptive = True
            elif switch["type"] == SWITCH_PRIVATE and want:
                switch.update(type=SWITCH_INTERNAL, allow_mgmt=True)
                self._add_internal_vnic(switch)
            elif switch["type"] == SWITCH_INTERNAL and not want:
                switch.update(type=SWITCH_PRIVATE, allow_mgmt=False)
                self.remove_vnic(switch["id"])
        if "notes" in args:
            switch["notes"] = args["notes"]
        if disruptive:
            self.disruptive()
        return {"id": switch["id"]}

    def _detach_uplinks(self, switch: dict) -> None:
        """Undo what the switch's current type did to the host (vNIC, bound NICs)."""
        adapters = [a for a in (self.adapter_by_name(n) for n in switch["adapters"]) if a]
        if switch["type"] == SWITCH_EXTERNAL:
            if switch["allow_mgmt"] and adapters:
                self.unshare(switch["id"], adapters[0])
            self.unbind(adapters)
        elif switch["type"] == SWITCH_INTERNAL:
            self.remove_vnic(switch["id"])

    def op_switch_rename(self, args: dict) -> dict:
        """Rename-VMSwitch (the vEthernet adapter keeps its name, as on Windows)."""
        cmd = "Rename-VMSwitch"
        switch = self._switch_or_fail(cmd, args["id"])
        other = self.switch_by_name(args["new_name"])
        if other is not None and other is not switch:
            raise cmdlet_error(
                cmd, f"A virtual switch with the name '{args['new_name']}' already exists.", "ResourceExists"
            )
        switch["name"] = args["new_name"]
        return {"id": switch["id"]}

    def op_switch_team_set(self, args: dict) -> dict:
        """Set-VMSwitchTeam: change SET members in place; the management vNIC stays."""
        cmd = "Set-VMSwitchTeam"
        switch = self._switch_or_fail(cmd, args["id"])
        if switch["type"] != SWITCH_EXTERNAL or not switch["set"]:
            raise cmdlet_error(
                cmd,
                f"The virtual switch '{switch['name']}' is not a Switch Embedded Teaming switch.",
                "InvalidArgument",
            )
        new = self._resolve_adapters(cmd, args["net_adapter_names"], switch)
        old = [a for a in (self.adapter_by_name(n) for n in switch["adapters"]) if a]
        self.unbind([a for a in old if a not in new])
        for adapter in new:
            if adapter not in old:
                adapter["switch_id"] = switch["id"]
                adapter["stash"] = adapter["ip"]
                adapter["ip"] = netcfg.unbound_ip()  # a SET member has only the switch protocol bound (netcfg)
        switch["adapters"] = [a["name"] for a in new]
        return {"id": switch["id"]}

    def op_switch_remove(self, args: dict) -> dict:
        """Remove-VMSwitch: connected VM NICs are disconnected, NICs get their configuration back."""
        cmd = "Remove-VMSwitch"
        switch = self._switch_or_fail(cmd, args["id"])
        users = [n for n in self.data["networks"].values() if n.get("switch_id") == switch["id"]]
        if users:
            raise cmdlet_error(
                cmd,
                f"Failed while removing virtual Ethernet switch.\r\nThe virtual switch '{switch['name']}' is in use by "
                f"{len(users)} Host Networking Service network(s); delete those networks first.",
                "InvalidOperation",
            )
        shared = switch["type"] == SWITCH_EXTERNAL and switch["allow_mgmt"]
        self.drop_switch(switch)
        if shared:
            self.disruptive()
        return {"id": switch["id"]}
