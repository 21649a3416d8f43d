"""The host's own IP objects outside HNS: the v1 host attach of an endpoint, IPv4 routes, IPv4
forwarding per interface, Windows Firewall rules (docs/design/host-objects.md, sections 1 and 2).

Each op_* method is what the bridge does for that operation (the cmdlets it runs and the errors it
treats as success, as the contract says); the _cmdlet methods below them are what Windows does for one
cmdlet or HNS call, with Windows' errors:

- Routes (`data["routes"]`, one entry per route made by New-NetRoute or by an attach, keyed to an
  interface index). New-NetRoute "-PolicyStore ... ActiveStore. Current routing information, used by the
  OS. When a computer reboots, information in this store is lost." (MicrosoftDocs windows-powershell-docs
  docset/winserver2022-ps/nettcpip/New-NetRoute.md, -PolicyStore): HostModel.reboot drops them all. A
  route lives on its interface: it goes with the interface (interface indexes are never reused here).
  The default route of an interface is its gateway (the same doc, -DestinationPrefix: "A value of
  0.0.0.0/0 ... indicates that the value of the NextHop parameter is a default gateway"), so Get-NetRoute
  shows each IPv4 gateway of an interface as 0.0.0.0/0 and Remove-NetRoute of it removes the gateway.
  - A second New-NetRoute of the same route: "Instance MSFT_NetRoute already exists"
    (ansible-collections/community.windows#312, win_route); the IP helper's ERROR_OBJECT_ALREADY_EXISTS
    "The object already exists" (tailscale/tailscale#870) is the Windows System Error behind it.
  - Remove-NetRoute / Get-NetIPInterface / Get-NetFirewallRule of nothing: the CDXML cmdlets' "No
    MSFT_<class> objects found with property '<p>' equal to '<v>'.  Verify the value of the property and
    retry." (wording as quoted in fabianosrc/RDPControl#10 for MSFT_NetFirewallRule), error id
    CmdletizationQuery_NotFound_<p>.
  - New-NetRoute with a prefix whose host bits are set: "The prefix length of the local host must match
    the prefix specified in this parameter, with all remaining address fields set to zero" (New-NetRoute.md,
    -DestinationPrefix); Windows System Error 87 (The parameter is incorrect).
- Forwarding (`adapter["forwarding"]`): Set-NetIPInterface -Forwarding Enabled|Disabled; Windows'
  default for an interface is Disabled (flannel pkg/ip/iface_windows.go EnableForwardingForInterface
  turns it on; MS docs network-drivers-topologies.md configuration 2: "configure routing capabilities").
- Firewall rules (`data["firewall_rules"]`): New-NetFirewallRule with a Name that exists fails "Cannot
  create a file when that file already exists." (error id "Windows System Error 183,New-NetFirewallRule",
  as the GPO scripts that catch it quote it).
- Host attach: v1 `POST /endpoints/<id>/attach {"SystemType":"Host","CompartmentId":1}` (hcsshim
  internal/hns/hnsendpoint.go HostAttach; microsoft/SDN Kubernetes/windows/hns.v2.psm1
  Attach-HnsHostEndpoint; hcsshim hcn/hnsv1_test.go). It makes the host vNIC `vEthernet (<endpoint name>)`
  (SDN start-kubelet.ps1: `$vnicName = "vEthernet ($endpointName)"`) holding the endpoint's IP
  configuration and routes (review 3 finding 2). A second attach fails with HCN_E_ENDPOINT_ALREADY_ATTACHED
  0x803B0014 "This endpoint is already attached to the switch" (MicrosoftDocs Virtualization-Documentation
  hcn error code table; flannel hostgw_windows.go matches "This endpoint is already attached to the
  switch."). A detach of an endpoint not attached fails with HCN_E_ENDPOINT_NOT_ATTACHED 0x803B0034 "The
  endpoint must be attached to complete the operation" (same table; which error v1 detach really returns
  is not verified). Whether an attach survives a reboot no source says (review 3, design step 10): hvemu
  drops it (the vNIC and its routes) at reboot, a modelling choice that makes a rerun re-attach, as
  flannel does on every start.
"""

from __future__ import annotations

import copy
import ipaddress

from . import netcfg
from .errors import ENDPOINT_NOT_FOUND, ModelError, canonical_guid, hns_error, precondition_failed
from .names import win_key

ENDPOINT_ALREADY_ATTACHED = 0x803B0014
ENDPOINT_NOT_ATTACHED = 0x803B0034
DEFAULT_ROUTE_METRIC = 256  # New-NetRoute.md -RouteMetric: "The default value is 256."
# a configured gateway's 0.0.0.0/0: the sources give no metric for it; hvemu uses New-NetRoute's default (a
# modelling choice)
GATEWAY_ROUTE_METRIC = DEFAULT_ROUTE_METRIC
FIREWALL_GROUP = "hyperv.network"
DIRECTIONS = {"Inbound": 1, "Outbound": 2}  # MSFT_NetFirewallRule Direction
ACTIONS = {"Allow": 2, "Block": 4}  # MSFT_NetFirewallRule Action
VM_STATES = {"running": 2, "off": 3, "saved": 6, "paused": 9}  # Msvm_ComputerSystem EnabledState / Get-VM State
FEATURES = ("Containers", "Hyper-V", "Hyper-V-PowerShell")


def cim_error(cmdlet: str, message: str, fqid: str) -> ModelError:
    """A CMDLET_ERROR of a CDXML (CIM) cmdlet: '<cmdlet> : <message>', detail the FullyQualifiedErrorId."""
    return ModelError("CMDLET_ERROR", f"{cmdlet} : {message}", None, f"{fqid},{cmdlet}")


def not_found(cmdlet: str, cim_class: str, prop: str, value) -> ModelError:
    return cim_error(
        cmdlet,
        f"No {cim_class} objects found with property '{prop}' equal to '{value}'.  "
        "Verify the value of the property and retry.",
        f"CmdletizationQuery_NotFound_{prop}",
    )


def route_key(alias: str, prefix: str, next_hop: str) -> str:
    """A route's ledger key (docs/design/host-objects.md): "<interface_alias>|<destination_prefix>|<next_hop>"."""
    return f"{alias}|{prefix}|{next_hop}"


class HostNetMixin:
    """Host routes, forwarding, firewall rules, v1 host attach, VMs and features of HostModel."""

    # ---- interfaces -------------------------------------------------------------------------
    def ipv4_interface(self, alias: str, cmdlet: str = "Get-NetIPInterface") -> dict:
        """The adapter `alias` names, if it has an IPv4 interface (Get-NetIPInterface -AddressFamily IPv4)."""
        adapter = self.adapter_by_name(alias)
        if adapter is None or not netcfg.has_ipv4_interface(adapter["ip"]):
            raise not_found(cmdlet, "MSFT_NetIPInterface", "InterfaceAlias", alias)
        return adapter

    def adapter_by_ipv4(self, address: str) -> dict | None:
        """The interface holding an IPv4 address (Get-NetIPAddress -IPAddress <a> -AddressFamily IPv4)."""
        for adapter in self.data["adapters"]:
            if any(e.get("IPAddress") == address for e in adapter["ip"].get("IPv4") or []):
                return adapter
        return None

    def adapter_by_index(self, index: int) -> dict | None:
        return next((a for a in self.data["adapters"] if a["index"] == index), None)

    # ---- routes -----------------------------------------------------------------------------
    def route_rows(self) -> list[dict]:
        """Get-NetRoute -AddressFamily IPv4 -PolicyStore ActiveStore, NextHop not 0.0.0.0 (contract section 2):
        each Up interface's IPv4 gateways as 0.0.0.0/0 routes, then the routes of the table."""
        rows = []
        for adapter in sorted(self.data["adapters"], key=lambda a: a["index"]):
            # a modelling choice: an interface without link (Disconnected, Disabled) has no active routes
            if adapter.get("status", netcfg.STATUS_UP) != netcfg.STATUS_UP:
                continue
            if not netcfg.has_ipv4_interface(adapter["ip"]):
                continue
            for gw in adapter["ip"].get("Gateways") or []:
                if ipaddress.ip_address(gw).version == 4:
                    rows.append(self._route_row(adapter, "0.0.0.0/0", gw, GATEWAY_ROUTE_METRIC))
            for route in self.data["routes"]:
                if route["ifindex"] == adapter["index"] and route["NextHop"] != "0.0.0.0":
                    rows.append(
                        self._route_row(adapter, route["DestinationPrefix"], route["NextHop"], route["RouteMetric"])
                    )
        return rows

    @staticmethod
    def _route_row(adapter: dict, prefix: str, next_hop: str, metric: int) -> dict:
        return {
            "InterfaceAlias": adapter["name"],
            "InterfaceIndex": adapter["index"],
            "DestinationPrefix": prefix,
            "NextHop": next_hop,
            "RouteMetric": metric,
        }

    def routes_of(self, adapter: dict) -> list[dict]:
        """The active IPv4 routes of one interface (rows as route_rows)."""
        return [r for r in self.route_rows() if r["InterfaceIndex"] == adapter["index"]]

    def _find_route(self, adapter: dict, prefix: str, next_hop: str) -> dict | None:
        return next(
            (
                r
                for r in self.data["routes"]
                if r["ifindex"] == adapter["index"] and r["DestinationPrefix"] == prefix and r["NextHop"] == next_hop
            ),
            None,
        )

    @staticmethod
    def _check_prefix(cmdlet: str, prefix: str) -> str:
        try:
            net = ipaddress.ip_network(prefix, strict=True)
        except ValueError:
            raise cim_error(cmdlet, "The parameter is incorrect.", "Windows System Error 87") from None
        if net.version != 4:
            raise cim_error(cmdlet, "The parameter is incorrect.", "Windows System Error 87")
        return str(net)

    def new_net_route(self, adapter: dict, prefix: str, next_hop: str, metric: int = DEFAULT_ROUTE_METRIC) -> None:
        """New-NetRoute -InterfaceIndex -DestinationPrefix -NextHop -PolicyStore ActiveStore."""
        cmdlet = "New-NetRoute"
        prefix = self._check_prefix(cmdlet, prefix)
        try:
            hop = ipaddress.IPv4Address(next_hop)
        except ValueError:
            raise cim_error(cmdlet, "The parameter is incorrect.", "Windows System Error 87") from None
        exists = self._find_route(adapter, prefix, str(hop)) or (
            prefix == "0.0.0.0/0" and str(hop) in (adapter["ip"].get("Gateways") or [])
        )
        if exists:
            raise cim_error(cmdlet, "Instance MSFT_NetRoute already exists", "Windows System Error 5010")
        if prefix == "0.0.0.0/0":
            adapter["ip"].setdefault("Gateways", []).append(str(hop))  # a default route is a gateway
            return
        self.data["routes"].append(
            {"ifindex": adapter["index"], "DestinationPrefix": prefix, "NextHop": str(hop), "RouteMetric": metric}
        )

    def remove_net_route(self, adapter: dict, prefix: str, next_hop: str | None) -> int:
        """Remove-NetRoute -InterfaceIndex -DestinationPrefix [-NextHop] -Confirm:$false; the count removed."""
        cmdlet = "Remove-NetRoute"
        prefix = self._check_prefix(cmdlet, prefix)
        removed = 0
        if prefix == "0.0.0.0/0":
            gws = adapter["ip"].get("Gateways") or []
            keep = [g for g in gws if not (ipaddress.ip_address(g).version == 4 and next_hop in (None, g))]
            removed += len(gws) - len(keep)
            adapter["ip"]["Gateways"] = keep
        before = len(self.data["routes"])
        self.data["routes"] = [
            r
            for r in self.data["routes"]
            if not (
                r["ifindex"] == adapter["index"]
                and r["DestinationPrefix"] == prefix
                and (next_hop is None or r["NextHop"] == next_hop)
            )
        ]
        removed += before - len(self.data["routes"])
        if not removed:
            raise not_found(cmdlet, "MSFT_NetRoute", "DestinationPrefix", prefix)
        return removed

    def op_net_route_add(self, args: dict) -> dict:
        """net_route_add (protocol.schema.json op_net_route_add): the interface by alias, the ledger key first,
        then New-NetRoute unless the same route is there (no call); the key leaves again when New-NetRoute
        fails and the route is not there."""
        alias, prefix, hop = args["interface_alias"], args["destination_prefix"], args["next_hop"]
        adapter = self.ipv4_interface(alias)
        key = route_key(adapter["name"], prefix, hop)
        present = self._find_route(adapter, prefix, hop) is not None or any(
            r["DestinationPrefix"] == prefix and r["NextHop"] == hop for r in self.routes_of(adapter)
        )
        self.ledger_add_key("routes", key)
        if not present:
            try:
                self.new_net_route(adapter, prefix, hop)
            except ModelError:
                self.ledger_remove_key("routes", key)
                raise
        return {
            "interface_alias": adapter["name"],
            "interface_index": adapter["index"],
            "destination_prefix": prefix,
            "next_hop": hop,
            "changed": not present,
        }

    def op_net_route_remove(self, args: dict) -> dict:
        """net_route_remove: the route with that prefix and next hop on the interface, removed (one that is
        not there, or an interface that is gone, is success), then the ledger key."""
        alias, prefix, hop = args["interface_alias"], args["destination_prefix"], args["next_hop"]
        adapter = self.adapter_by_name(alias)
        if adapter is not None and not netcfg.has_ipv4_interface(adapter["ip"]):
            adapter = None
        removed = 0
        if adapter is not None:
            try:
                removed = self.remove_net_route(adapter, prefix, hop)
            except ModelError as exc:
                if "CmdletizationQuery_NotFound" not in (exc.detail or ""):
                    raise
        self.ledger_remove_key("routes", route_key(adapter["name"] if adapter else alias, prefix, hop))
        return {
            "interface_alias": adapter["name"] if adapter else alias,
            "interface_index": adapter["index"] if adapter else None,
            "destination_prefix": prefix,
            "next_hop": hop,
            "changed": removed > 0,
        }

    # ---- forwarding -------------------------------------------------------------------------
    def op_ip_forwarding_set(self, args: dict) -> dict:
        """ip_forwarding_set: Set-NetIPInterface -InterfaceIndex <i> -AddressFamily IPv4 -Forwarding; the
        interface by alias or by the IPv4 address it holds; no call when it reads the wanted value; the
        ledger as protocol.schema.json op_ip_forwarding_set says."""
        if ("interface_alias" in args) == ("ip_address" in args):
            raise ModelError("BAD_REQUEST", "ip_forwarding_set needs exactly one of interface_alias, ip_address")
        if "ip_address" in args:
            adapter = self.adapter_by_ipv4(args["ip_address"])
            if adapter is None or not netcfg.has_ipv4_interface(adapter["ip"]):
                raise not_found("Get-NetIPAddress", "MSFT_NetIPAddress", "IPAddress", args["ip_address"])
        else:
            adapter = self.ipv4_interface(args["interface_alias"])
        before = bool(adapter.get("forwarding"))
        enabled = bool(args["enabled"])
        if enabled and not before:
            self.ledger_add_key("forwarding", adapter["name"])
        adapter["forwarding"] = enabled
        if not enabled:
            self.ledger_remove_key("forwarding", adapter["name"])
        return {
            "interface_alias": adapter["name"],
            "interface_index": adapter["index"],
            "before": 1 if before else 0,
            "changed": before != enabled,
        }

    # ---- firewall ---------------------------------------------------------------------------
    def firewall_rule(self, name: str) -> dict | None:
        return next((r for r in self.data["firewall_rules"] if win_key(r["Name"]) == win_key(name)), None)

    def firewall_rows(self, group: str | None = FIREWALL_GROUP) -> list[dict]:
        """Get-NetFirewallRule -Group <group> with its port and address filters (contract section 2)."""
        return [
            {k: copy.deepcopy(v) for k, v in r.items() if k != "Group"}
            for r in self.data["firewall_rules"]
            if group is None or r.get("Group") == group
        ]

    @staticmethod
    def _addresses(values) -> list[str]:
        return [str(v) for v in values] if values else ["Any"]

    def new_firewall_rule(self, rule: dict) -> None:
        """New-NetFirewallRule; rule in snapshot form (Name, DisplayName, Group, Enabled, Direction, ...)."""
        if self.firewall_rule(rule["Name"]) is not None:
            raise cim_error(
                "New-NetFirewallRule",
                "Cannot create a file when that file already exists.",
                "Windows System Error 183",
            )
        self.data["firewall_rules"].append(rule)

    def op_firewall_rule_create(self, args: dict) -> dict:
        """firewall_rule_create: a rule of that name that exists already is PRECONDITION_FAILED naming it
        and its group (not ours: nothing recorded); else the ledger first, then New-NetFirewallRule
        -Group "hyperv.network" -Enabled True (the key leaves again if the create fails)."""
        existing = self.firewall_rule(args["name"])
        if existing is not None:
            raise precondition_failed(
                f"precondition failed: a firewall rule named '{existing['Name']}' exists already "
                f"(group '{existing.get('Group') or ''}')",
                f"firewall_rule absent name={args['name']}",
            )
        self.ledger_add_key("firewall_rules", args["name"])
        rule = {
            "Name": args["name"],
            "DisplayName": args.get("display_name") or args["name"],
            "Group": FIREWALL_GROUP,
            "Enabled": True,
            "Direction": DIRECTIONS[args.get("direction", "Inbound")],
            "Action": ACTIONS[args.get("action", "Allow")],
            "Protocol": args.get("protocol", "UDP"),
            "LocalPort": [str(args["local_port"])],
            "RemoteAddress": self._addresses(args.get("remote_addresses")),
        }
        try:
            self.new_firewall_rule(rule)
        except ModelError:
            self.ledger_remove_key("firewall_rules", args["name"])
            raise
        return {"name": args["name"], "changed": True}

    def op_firewall_rule_set(self, args: dict) -> dict:
        """firewall_rule_set: Set-NetFirewallRule -LocalPort -RemoteAddress on the rule of that exact name, and
        -Enabled True|False when `enabled` is given (the Enabled enum, MicrosoftDocs netsecurity
        Set-NetFirewallRule/New-NetFirewallRule -Enabled: "Accepted values: True, False"; Disable-NetFirewallRule
        sets Enabled False and leaves the filters, Enable-NetFirewallRule "Enables a previously disabled firewall
        rule"); a missing rule is PRECONDITION_FAILED."""
        rule = self.firewall_rule(args["name"])
        if rule is None:
            raise precondition_failed(
                f"precondition failed: no firewall rule named '{args['name']}'",
                f"firewall_rule present name={args['name']}",
            )
        if "local_port" in args:
            rule["LocalPort"] = [str(args["local_port"])]
        if "remote_addresses" in args:
            rule["RemoteAddress"] = self._addresses(args["remote_addresses"])
        if args.get("enabled") is not None:
            rule["Enabled"] = bool(args["enabled"])
        return {"name": rule["Name"], "changed": True}

    def remove_firewall_rule(self, name: str) -> None:
        """Remove-NetFirewallRule -Name <n>."""
        rule = self.firewall_rule(name)
        if rule is None:
            raise not_found("Remove-NetFirewallRule", "MSFT_NetFirewallRule", "Name", name)
        self.data["firewall_rules"].remove(rule)

    def op_firewall_rule_remove(self, args: dict) -> dict:
        """firewall_rule_remove: Remove-NetFirewallRule (a rule that is not there is success), then the ledger."""
        removed = True
        try:
            self.remove_firewall_rule(args["name"])
        except ModelError as exc:
            if "CmdletizationQuery_NotFound" not in (exc.detail or ""):
                raise
            removed = False
        self.ledger_remove_key("firewall_rules", args["name"])
        return {"name": args["name"], "changed": removed}

    # ---- v1 host attach ---------------------------------------------------------------------
    def attached_vnic(self, eid: str) -> dict | None:
        """The host vNIC of an endpoint attached to compartment 1, or None."""
        key = canonical_guid(eid)
        return next(
            (a for a in self.data["adapters"] if a["kind"] == "endpoint_vnic" and a.get("endpoint_id") == key), None
        )

    def hns_host_attach(self, eid: str) -> dict:
        """HNSCall POST /endpoints/<id>/attach {"SystemType":"Host","CompartmentId":1}: the host vNIC
        `vEthernet (<name>)` with the endpoint's MAC, addresses and the routes its document carries."""
        call = "HNSCall POST /endpoints/attach"
        self.hns_call(call)
        found = self._entity("endpoints", eid)
        if found is None:
            raise hns_error(ENDPOINT_NOT_FOUND, call)
        key, ep = found
        if self.attached_vnic(key) is not None:
            raise hns_error(ENDPOINT_ALREADY_ATTACHED, call)
        doc = ep["doc"]
        ip = netcfg.empty_ip()
        # NLA names a network without a gateway "Unidentified network" and gives it the Public category (a
        # modelling choice: what Windows shows for an attached endpoint's vNIC is not in the sources)
        ip["NetworkCategory"] = netcfg.CATEGORY_PUBLIC
        for conf in doc.get("IpConfigurations") or []:
            addr = ipaddress.ip_address(conf["IpAddress"])
            entry = {
                "IPAddress": str(addr),
                "PrefixLength": int(conf.get("PrefixLength") or (32 if addr.version == 4 else 128)),
                "PrefixOrigin": netcfg.PREFIX_MANUAL,
            }
            ip["IPv4" if addr.version == 4 else "IPv6"].append(entry)
        ip["IPv6"].append(netcfg.link_local_v6(doc.get("MacAddress") or key))
        vnic = {
            "name": f"vEthernet ({doc.get('Name') or key})",
            "description": self._vnic_description(),
            "index": self._next_index(),
            "guid": netcfg.new_guid(f"{self.name}/attach/{key}/{self.data['next_index']}"),
            "mac": doc.get("MacAddress") or netcfg.hyperv_mac(key),
            "speed": "10 Gbps",
            "status": netcfg.STATUS_UP,
            "lbfo": False,
            "kind": "endpoint_vnic",
            "switch_id": None,
            "endpoint_id": canonical_guid(key),
            "stash": None,
            "ip": ip,
        }
        self.data["adapters"].append(vnic)
        for route in doc.get("Routes") or []:
            hop = route.get("NextHop")
            prefix = route.get("DestinationPrefix") or "0.0.0.0/0"
            if not hop or ":" in str(hop) or hop == "0.0.0.0":
                continue
            if prefix == "0.0.0.0/0":
                ip["Gateways"].append(str(hop))
            else:
                self.data["routes"].append(
                    {
                        "ifindex": vnic["index"],
                        "DestinationPrefix": str(ipaddress.ip_network(prefix, strict=False)),
                        "NextHop": str(hop),
                        "RouteMetric": int(route.get("Metric") or DEFAULT_ROUTE_METRIC),
                    }
                )
        return vnic

    def hns_host_detach(self, eid: str) -> None:
        """HNSCall POST /endpoints/<id>/detach {"SystemType":"Host"}: the host vNIC and its routes go."""
        call = "HNSCall POST /endpoints/detach"
        self.hns_call(call)
        found = self._entity("endpoints", eid)
        if found is None:
            raise hns_error(ENDPOINT_NOT_FOUND, call)
        vnic = self.attached_vnic(found[0])
        if vnic is None:
            raise hns_error(ENDPOINT_NOT_ATTACHED, call)
        self._remove_interface(vnic)

    def _remove_interface(self, adapter: dict) -> None:
        """An interface goes, and the routes on it with it."""
        self.data["adapters"].remove(adapter)
        self.data["routes"] = [r for r in self.data["routes"] if r["ifindex"] != adapter["index"]]

    def op_hcn_endpoint_host_attach(self, args: dict) -> dict:
        """hcn_endpoint_host_attach as docs/bridge-internals.md describes the bridge's: the endpoint's IPv4
        address from its document (none: PRECONDITION_FAILED before anything changes), the v1 attach ("already
        attached" is success), the interface holding that address (none within the wait: HNS_ERROR naming the
        address), then Remove-NetRoute of any 0.0.0.0/0 on it (review 3 finding 2)."""
        found = self._entity("endpoints", args["id"])
        doc = found[1]["doc"] if found else {}
        ipv4 = [c["IpAddress"] for c in doc.get("IpConfigurations") or [] if ":" not in str(c.get("IpAddress"))]
        if found and not ipv4:
            raise precondition_failed(
                f"precondition failed: endpoint '{args['id']}' has no IPv4 address to find its host vNIC by",
                f"endpoint id={args['id']} IpConfigurations",
            )
        already = False
        try:
            self.hns_host_attach(args["id"])
        except ModelError as exc:
            if "already attached" not in exc.message:
                raise
            already = True
        vnic = self.adapter_by_ipv4(ipv4[0])
        if vnic is None:
            raise ModelError(
                "HNS_ERROR", f"no interface holds the attached endpoint's address {ipv4[0]} after 5 s", None, None
            )
        removed = 0
        try:
            removed = self.remove_net_route(vnic, "0.0.0.0/0", None)
        except ModelError as exc:
            if "CmdletizationQuery_NotFound" not in (exc.detail or ""):
                raise
        # Set-DnsClient -RegisterThisConnectionsAddress $false on the vNIC (review 4 finding 2: a new interface
        # registers its addresses in DNS under the host's name; moby/moby#31098, docker/for-win#508).
        vnic["register_dns"] = False
        return {
            "id": canonical_guid(args["id"]),
            "interface_alias": vnic["name"],
            "interface_index": vnic["index"],
            "already_attached": already,
            "default_routes_removed": removed,
            "reattached": False,
            "dns_registration": False,
        }

    def op_hcn_endpoint_host_detach(self, args: dict) -> dict:
        """hcn_endpoint_host_detach: the v1 detach; an endpoint that is not attached is success."""
        try:
            self.hns_host_detach(args["id"])
            was_attached = True
        except ModelError as exc:
            if f"0x{ENDPOINT_NOT_ATTACHED:08X}" != exc.hresult:
                raise
            was_attached = False
        return {"id": canonical_guid(args["id"]), "was_attached": was_attached}

    # ---- VMs and features -------------------------------------------------------------------
    def add_vm(self, name: str, state: str = "running", vm_id: str | None = None) -> dict:
        """Seed a VM (fleet file): Get-VM's Name, Id, State."""
        vm = {
            "Name": name,
            "Id": canonical_guid(vm_id or netcfg.new_guid(f"{self.name}/vm/{name}")),
            "State": VM_STATES[state],
        }
        self.data["vms"].append(vm)
        return vm

    def vm_by_name(self, name: str) -> dict | None:
        return next((v for v in self.data["vms"] if win_key(v["Name"]) == win_key(name)), None)

    def vm_rows(self) -> list[dict]:
        """Get-VM, Get-VMNetworkAdapter -VM, Get-VMNetworkAdapterVlan (contract section 2, kind vms).
        IPAddresses: what Hyper-V reads from a running guest through the data exchange (KVP) integration
        service, IPv4 then IPv6 ("IPAddresses" of Get-VMNetworkAdapter); none for a VM that is not running."""
        rows = []
        for vm in self.data["vms"]:
            adapters = []
            for nic in self.data["vm_nics"]:
                if win_key(nic["VMName"]) != win_key(vm["Name"]):
                    continue
                ips: list[str] = []
                if vm["State"] == VM_STATES["running"]:
                    ips = list(nic.get("guest_ips") or [])
                    if not ips and self.guest_ips is not None:
                        ips = self.guest_ips(vm["Name"], nic["MacAddress"])
                adapters.append(
                    {
                        "Id": nic.get("Id"),
                        "Name": nic["Name"],
                        "SwitchName": nic["SwitchName"],
                        "MacAddress": nic["MacAddress"],
                        "IPAddresses": ips,
                        "VlanId": nic["AccessVlanId"] if nic["VlanOperationMode"] == 1 else 0,
                    }
                )
            rows.append({"Name": vm["Name"], "Id": vm["Id"], "State": vm["State"], "Adapters": adapters})
        return rows

    @property
    def features(self) -> dict | None:
        """host.features: installed or not (fleet-settable; null where neither feature cmdlet answers)."""
        if "features" in self.settings and self.settings["features"] is None:
            return None
        given = self.settings.get("features") or {}
        out = {"Containers": True, "Hyper-V": True, "Hyper-V-PowerShell": self.hyperv_module}
        out.update({k: bool(v) for k, v in given.items()})
        return out

    # ---- ledger keys ------------------------------------------------------------------------
    def ledger_add_key(self, section: str, key: str) -> None:
        keys = self.data["ledger"].setdefault(section, [])
        if key not in keys:
            keys.append(key)

    def ledger_remove_key(self, section: str, key: str) -> None:
        keys = self.data["ledger"].get(section)
        if keys is not None:
            self.data["ledger"][section] = [k for k in keys if k != key]

    def host_net_state(self) -> dict:
        """For the control API: routes, forwarding per interface, every firewall rule (any group), VMs."""
        return {
            "routes": self.route_rows(),
            "forwarding": {
                a["name"]: bool(a.get("forwarding"))
                for a in self.data["adapters"]
                if netcfg.has_ipv4_interface(a["ip"])
            },
            "firewall_rules": [{**copy.deepcopy(r)} for r in self.data["firewall_rules"]],
            "vms": self.vm_rows(),
            "features": self.features,
        }
