"""A fake Windows host for executing the bridge's C# logic under Mono (tests/hostcode/test_bridge_logic.py).

`build_runner` compiles the helper's sources with Runner.cs (mcs -langversion:5), cached by their
hash; `Session` runs it with mono and answers its events from a `FakeWindows`: a small in-memory host
(adapters with IP configuration, switches, VMs, NAT, HCN objects, a task scheduler, a clock). The fakes
follow what the cmdlets and computenetwork.dll do as far as the logic depends on it; they are not hvemu.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
BRIDGE_DIR = HERE.parents[2] / "plugins" / "plugin_utils" / "bridge"
SOURCES = ["HvNetNative.cs", "HvNetBridge.cs", "HvNetHostObjects.cs", "HvNetIpConfig.cs", "HvNetWindows.cs"]
CACHE = Path("/tmp") / "hvnet-fakewin-cache"


def build_runner() -> Path:
    """runner.exe for the current sources, compiled once per source hash; with gcc, also the fake
    computenetwork.dll (fakehcn.c) and runner.exe.config mapping both HCN DLL names to it."""
    files = [BRIDGE_DIR / name for name in SOURCES] + [HERE / "Runner.cs"]
    digest = hashlib.sha256(b"".join(f.read_bytes() for f in [*files, HERE / "fakehcn.c"])).hexdigest()[:20]
    out = CACHE / f"runner-{digest}.exe"
    if out.exists():
        return out
    CACHE.mkdir(parents=True, exist_ok=True)
    tag = uuid.uuid4().hex
    if shutil.which("gcc"):
        lib = CACHE / f"fakehcn-{digest}.so"
        so = subprocess.run(
            ["gcc", "-shared", "-fPIC", "-O1", "-o", f"{lib}.{tag}", str(HERE / "fakehcn.c")],
            capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        if so.returncode != 0:
            raise RuntimeError("gcc failed:\n" + so.stdout + so.stderr)
        Path(f"{lib}.{tag}").replace(lib)
        config = f'<configuration>\n  <dllmap dll="computenetwork.dll" target="{lib}" />\n'
        config += f'  <dllmap dll="vmcompute.dll" target="{lib}" />\n</configuration>\n'
        Path(f"{out}.config.{tag}").write_text(config, encoding="ascii")
        Path(f"{out}.config.{tag}").replace(f"{out}.config")  # atomic: a concurrent build may read it
    tmp = out.with_suffix(f".{tag}.tmp")
    cmd = ["mcs", "-langversion:5", "-nologo", "-r:System.Web.Extensions.dll", f"-out:{tmp}", *map(str, files)]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=False)
    if run.returncode != 0:
        raise RuntimeError("mcs failed:\n" + run.stdout + run.stderr)
    tmp.replace(out)
    return out


def native_hcn_available(runner: Path) -> bool:
    return Path(f"{runner}.config").exists()


# computenetwork.dll's HRESULTs the fakes return (hcsshim hcn/hcnerrors.go).
HCN_NOT_FOUND = {"network": 0x803B0001, "endpoint": 0x803B0002, "namespace": 0x80070490}


class CmdletError(Exception):
    """A cmdlet failure: the runner throws it as a PowerShell error with this FullyQualifiedErrorId and
    ErrorRecord.CategoryInfo.Category (System.Management.Automation.ErrorCategory name)."""

    def __init__(self, message: str, fqid: str, category: str = "NotSpecified"):
        super().__init__(message)
        self.fqid = fqid
        self.category = category


def not_found(cls: str, cmdlet: str) -> CmdletError:
    """What a cmdletization cmdlet (NetTCPIP, NetSecurity) reports when its query matches nothing: category
    ObjectNotFound, FullyQualifiedErrorId CmdletizationQuery_NotFound,<cmdlet>."""
    return CmdletError(
        f"No matching {cls} objects found by CIM query for instances of the ROOT/StandardCimv2/{cls} class on the "
        "CIM server. Verify query parameters and retry.",
        f"CmdletizationQuery_NotFound,{cmdlet}",
        "ObjectNotFound",
    )


class TaskComError(Exception):
    """A Task Scheduler COM error: the runner throws it as InvokeMember does (TargetInvocationException
    around a COMException with this HRESULT)."""

    def __init__(self, message: str, hr: int):
        super().__init__(message)
        self.hr = hr


class HcnError(Exception):
    def __init__(self, op: str, hr: int, record: str | None):
        super().__init__(op)
        self.op, self.hr, self.record = op, hr, record


def nic(name, index, mac, *, virtual=False, desc=None, status="Up"):
    return {
        "Name": name,
        "InterfaceDescription": desc or f"{name} adapter",
        "InterfaceIndex": index,
        "InterfaceGuid": str(uuid.UUID(int=index)),
        "MacAddress": mac,
        "LinkSpeed": "10 Gbps",
        "Status": status,
        "Virtual": virtual,
    }


class FakeWindows:
    """An in-memory host. IP configuration lives per interface index in `ip`:
    {dhcp, metric, addresses: [(ip, prefix, origin)], gateways: [...], dns: [...], suffix, category}
    (dhcp/metric None: no IPv4 interface; category None: no connection profile)."""

    def __init__(self):
        self.adapters: list[dict] = []
        self.ip: dict[int, dict] = {}
        self.switches: list[dict] = []
        self.vms: list[dict] = []
        self.nat: list[dict] = []
        self.hcn: dict[str, dict[str, str]] = {"network": {}, "endpoint": {}, "namespace": {}}
        self.hcn_faults: dict[str, tuple[int, str | None]] = {}
        # HRESULTs the next network queries fail with, one each, before hcn_faults and the lookup (an HNS that is
        # busy or restarting answers HcnOpenNetwork/HcnQueryNetworkProperties with an error; windows review 5, 2)
        self.network_query_hresults: list[int] = []
        self.hyperv_module = True
        self.vmms = "Running"  # None: no such service
        self.hns = "Running"  # the Host Network Service (hns); None: no such service
        self.hyperv_ready = True  # False: Hyper-V cmdlets fail as while vmms starts after a boot
        self.wmi_v2 = True
        self.calls: list[tuple[str, dict]] = []
        self.events: list[dict] = []
        self.tasks: dict[str, dict] = {}
        self.task_behaviour = {"s4u": "runs", "system": "runs"}
        self.now_ms = 0
        self.on_sleep = None  # callback(session, now_ms) during sleeps
        # How Windows moves a NIC's configuration to the vEthernet adapter of a new External switch shared
        # with the host: "all" at once, or with the DHCP lease / NLA profile arriving after these delays.
        self.lease_delay_ms = 0
        self.profile_delay_ms = 0
        self.lost_on_move: set[str] = set()  # fields Windows does not carry over (gateways, dns, suffix, category)
        self.category_on_move = None  # the category NLA gives the vNIC, when not the NIC's own
        # NLA (review-2 1): public_first gives the new vNIC a Public profile at once, its real category comes
        # after profile_delay_ms; DomainAuthenticated only once a domain controller answered (dc_delay_ms from
        # the move, None: never); reidentify_ms: every New-NetRoute / New-NetIPAddress makes the interface
        # Public again for that long (NLA re-runs detection on each route or address change).
        self.public_first = False
        self.dc_delay_ms = None
        self.reidentify_ms = 0
        self.pending: list[tuple[int, callable]] = []
        self.fail_sites: dict[str, CmdletError] = {}
        # Host objects (docs/design/host-objects.md). Routes other than default routes live in ip[ix]["routes"]
        # as [prefix, next hop, metric]; forwarding in ip[ix]["forwarding"] (0/1). Firewall rules as
        # MSFT_NetFirewallRule stores them (Enabled 1/2, Direction 1/2, Action 2/4) with their port and address
        # filter values. HNS v1 attach: attach_delay_ms until the endpoint's vNIC holds its address.
        self.firewall: list[dict] = []
        self.attached: dict[str, int] = {}  # endpoint id -> vNIC interface index
        self.attach_delay_ms = 0
        # HRESULTs the next attach calls fail with, as HNSCall itself returns them (hcsshim zsyscall, flannel#1112)
        self.attach_hresults: list[int] = []
        # endpoints HNS holds attached without a vNIC (flannel#1391): "already attached" until detached
        self.attached_without_vnic: set[str] = set()
        self.server_manager = True  # Get-Module ServerManager (server SKUs); False: a client SKU (DISM)
        self.features = {"Containers": True, "Hyper-V": True, "Hyper-V-PowerShell": True}
        self.features_fail = False  # Get-WindowsFeature / Get-WindowsOptionalFeature throw
        self.last_boot = "20261201060000.000000+000"  # Win32_OperatingSystem LastBootUpTime; None: no answer
        # An Overlay network's ProviderAddress and DrMacAddress policies appear this many ms after HcnCreateNetwork
        # (None: never). A modelling choice, as hvemu's (model/hns.py overlay_facts, overlay_facts_delay_s): flannel
        # (pkg/backend/vxlan/device_windows.go ensureNetwork) polls only for the ProviderAddress, and
        # vxlan_windows.go reads the DrMacAddress once; no source gives the DR MAC's delay (windows review 5, 5).
        self.overlay_facts_delay_ms = None
        self.overlay_facts_as_text = False  # Settings nested as a JSON string, as HNS sometimes writes them

    # ---- building a host ----
    def add_nic(self, name, index, mac, *, dhcp=0, addresses=(), gateways=(), dns=(), suffix="", category=1, **kw):
        self.adapters.append(nic(name, index, mac, **kw))
        self.ip[index] = {
            "dhcp": dhcp,
            "metric": 25 if dhcp is not None else None,
            "addresses": [tuple(a) for a in addresses],
            "gateways": list(gateways),
            "dns": list(dns),
            "suffix": suffix,
            "category": category,
        }

    def adapter(self, name):
        return next(a for a in self.adapters if a["Name"].lower() == name.lower())

    # ---- events from the runner ----
    def call(self, site: str, args: dict):
        self.calls.append((site, args))
        if site in self.fail_sites:
            raise self.fail_sites[site]
        fn = getattr(self, "site_" + site.replace("Hyper-V\\", "").replace("-", "_"), None)
        if fn is None:
            raise CmdletError(f"The term '{site}' is not recognized", "CommandNotFoundException")
        return fn(args)

    def advance(self, ms):
        self.now_ms += ms
        due = [p for p in self.pending if p[0] <= self.now_ms]
        self.pending = [p for p in self.pending if p[0] > self.now_ms]
        for _at, fn in due:
            fn()

    # ---- reads ----
    def site_Get_Module(self, a):
        if a.get("Name") == "ServerManager":
            return [{"Name": "ServerManager"}] if self.server_manager else []
        return [{"Name": "Hyper-V"}] if self.hyperv_module else []

    def site_Get_WindowsFeature(self, a):
        # ServerManager: one Feature per name asked for, Installed a bool.
        if self.features_fail:
            raise CmdletError("The term 'Get-WindowsFeature' failed", "Fake,Get-WindowsFeature")
        return [{"Name": n, "Installed": bool(self.features.get(n))} for n in a["Name"] if n in self.features]

    def site_Get_WindowsOptionalFeature(self, a):
        # DISM on a client SKU: the client names, State Enabled/Disabled (FeatureState shown by name).
        if self.features_fail:
            raise CmdletError("Get-WindowsOptionalFeature failed: the requested operation requires elevation", "Fake")
        names = {"Containers": "Containers", "Microsoft-Hyper-V": "Hyper-V"}
        names["Microsoft-Hyper-V-Management-PowerShell"] = "Hyper-V-PowerShell"
        key = names.get(a["FeatureName"])
        if key is None or key not in self.features:
            return []
        return [{"FeatureName": a["FeatureName"], "State": "Enabled" if self.features[key] else "Disabled"}]

    def site_Get_Service(self, a):
        names = a.get("Name")
        names = [names] if isinstance(names, str) else list(names or [])
        status = {"vmms": self.vmms, "hns": self.hns}
        return [{"Name": n, "Status": status[n]} for n in names if status.get(n) is not None]

    def site_Get_CimInstance(self, a):
        if a.get("ClassName") == "Win32_ComputerSystem":
            return [{"Model": "PowerEdge R740"}]
        if a.get("ClassName") == "Win32_OperatingSystem":
            if self.last_boot is None:
                raise CmdletError("Access denied", "HRESULT 0x80041003,Get-CimInstance")
            return [{"LastBootUpTime": self.last_boot}]
        if a.get("ClassName") == "__NAMESPACE":
            if not self.wmi_v2:
                raise CmdletError("Invalid namespace", "HRESULT 0x8004100e,Get-CimInstance")
            return [{"Name": "v2"}]
        raise CmdletError("unexpected query", "Fake")

    def site_Get_NetAdapter(self, a):
        return [dict(x) for x in self.adapters]

    def alias(self, ix):
        return next((x["Name"] for x in self.adapters if x["InterfaceIndex"] == ix), f"if{ix}")

    def site_Get_NetIPInterface(self, a):
        out = []
        for ix, c in self.ip.items():
            if c["dhcp"] is not None:
                v4 = {"InterfaceIndex": ix, "InterfaceAlias": self.alias(ix), "AddressFamily": 2, "Dhcp": c["dhcp"]}
                v4 |= {"InterfaceMetric": c["metric"], "Forwarding": c.get("forwarding", 0)}
                v6 = {"InterfaceIndex": ix, "InterfaceAlias": self.alias(ix), "AddressFamily": 23, "Dhcp": 0}
                v6 |= {"InterfaceMetric": c["metric"], "Forwarding": 0}
                out += [v4] if a.get("AddressFamily") == "IPv4" else [v4, v6]
        return out

    def site_Get_NetIPAddress(self, a):
        out = []
        for ix, c in self.ip.items():
            for addr, prefix, origin in c["addresses"]:
                fam = 23 if ":" in addr else 2
                if ("IPAddress" in a and addr != a["IPAddress"]) or (a.get("AddressFamily") == "IPv4" and fam != 2):
                    continue
                out.append(
                    {
                        "InterfaceIndex": ix,
                        "InterfaceAlias": self.alias(ix),
                        "IPAddress": addr,
                        "PrefixLength": prefix,
                        "PrefixOrigin": origin,
                        "AddressFamily": fam,
                    }
                )
        return out

    def routes(self):
        """Every route: (interface index, prefix, next hop, metric)."""
        for ix, c in self.ip.items():
            for g in c["gateways"]:
                yield ix, "::/0" if ":" in g else "0.0.0.0/0", g, 0
            yield ix, "10.0.0.0/8", "0.0.0.0", 256
            for prefix, hop, metric in c.get("routes", []):
                yield ix, prefix, hop, metric

    def site_Get_NetRoute(self, a):
        out = []
        for ix, prefix, hop, metric in self.routes():
            if "InterfaceIndex" in a and ix != a["InterfaceIndex"]:
                continue
            if "DestinationPrefix" in a and prefix != a["DestinationPrefix"]:
                continue
            if a.get("AddressFamily") == "IPv4" and ":" in prefix:
                continue
            route = {"InterfaceIndex": ix, "InterfaceAlias": self.alias(ix), "DestinationPrefix": prefix}
            out.append(route | {"NextHop": hop, "RouteMetric": metric})
        return out

    def site_Remove_NetRoute(self, a):
        assert a.get("Confirm") is False, "Remove-NetRoute would ask for confirmation"
        r = a.get("InputObject") or a
        c = self.ip.get(r["InterfaceIndex"])
        hop = r.get("NextHop")
        if c is None:
            raise not_found("MSFT_NetRoute", "Remove-NetRoute")
        if r["DestinationPrefix"] in ("0.0.0.0/0", "::/0"):
            keep = [g for g in c["gateways"] if hop is not None and g != hop]
            gone = len(c["gateways"]) - len(keep)
            c["gateways"] = keep
        else:
            keep = [x for x in c.get("routes", []) if not (x[0] == r["DestinationPrefix"] and x[1] == hop)]
            gone = len(c.get("routes", [])) - len(keep)
            c["routes"] = keep
        if not gone:
            raise not_found("MSFT_NetRoute", "Remove-NetRoute")
        return []

    # ---- Windows Firewall (NetSecurity) ----
    def _rule(self, ref):
        r = next((x for x in self.firewall if x["Name"].lower() == ref["Name"].lower()), None)
        if r is None:
            raise not_found("MSFT_NetFirewallRule", "Firewall")
        return r

    def site_Get_NetFirewallRule(self, a):
        out = []
        for r in self.firewall:
            if "Name" in a and r["Name"].lower() != a["Name"].lower():
                continue
            if "Group" in a and r["Group"] != a["Group"]:
                continue
            out.append({k: r[k] for k in ("Name", "DisplayName", "Group", "Enabled", "Direction", "Action")})
        return out

    def site_Get_NetFirewallPortFilter(self, a):
        r = self._rule(a["AssociatedNetFirewallRule"])
        return [{"Protocol": r["Protocol"], "LocalPort": r["LocalPort"]}]

    def site_Get_NetFirewallAddressFilter(self, a):
        r = self._rule(a["AssociatedNetFirewallRule"])
        return [{"RemoteAddress": r["RemoteAddress"]}]

    def site_New_NetFirewallRule(self, a):
        if any(x["Name"].lower() == a["Name"].lower() for x in self.firewall):
            raise CmdletError(
                "Cannot create a file when that file already exists.", "Windows System Error 183,New-NetFirewallRule"
            )
        rule = {"Name": a["Name"], "DisplayName": a["DisplayName"], "Group": a.get("Group", "")}
        rule |= {"Enabled": 1 if a.get("Enabled", "True") == "True" else 2}
        rule |= {
            "Direction": {"Inbound": 1, "Outbound": 2}[a["Direction"]],
            "Action": {"Allow": 2, "Block": 4}[a["Action"]],
        }
        rule |= {
            "Protocol": a["Protocol"],
            "LocalPort": list(a["LocalPort"]),
            "RemoteAddress": list(a["RemoteAddress"]),
        }
        self.firewall.append(rule)
        return []

    def site_Set_NetFirewallRule(self, a):
        r = self._rule(a["InputObject"])
        if "LocalPort" in a:
            r["LocalPort"] = list(a["LocalPort"])
        if "RemoteAddress" in a:
            r["RemoteAddress"] = list(a["RemoteAddress"])
        if "Enabled" in a:
            # -Enabled is the Enabled enum (True = 1, False = 2), bound from the strings 'True'/'False'; a .NET
            # bool does not bind (MicrosoftDocs netsecurity New-NetFirewallRule -Enabled).
            if a["Enabled"] not in ("True", "False"):
                raise CmdletError(
                    "Cannot bind parameter 'Enabled'. Cannot convert value to type Enabled.",
                    "CannotConvertArgumentNoMessage,Set-NetFirewallRule",
                )
            r["Enabled"] = 1 if a["Enabled"] == "True" else 2
        return []

    def site_Remove_NetFirewallRule(self, a):
        self.firewall.remove(self._rule(a["InputObject"]))
        return []

    def site_Get_DnsClientServerAddress(self, a):
        return [{"InterfaceIndex": ix, "ServerAddresses": list(c["dns"])} for ix, c in self.ip.items()]

    def site_Get_DnsClient(self, a):
        return [{"InterfaceIndex": ix, "ConnectionSpecificSuffix": c["suffix"]} for ix, c in self.ip.items()]

    def site_Get_NetConnectionProfile(self, a):
        return [
            {"InterfaceIndex": ix, "NetworkCategory": c["category"]}
            for ix, c in self.ip.items()
            if c["category"] is not None
        ]

    def site_Get_NetNat(self, a):
        return [dict(n) for n in self.nat]

    def site_Get_VMSwitch(self, a):
        return [dict(s) for s in self.switches]

    def site_Get_VM(self, a):
        return [
            {"Name": vm["Name"], "Id": vm.get("Id", str(uuid.UUID(int=7))), "State": vm.get("State", 2)}
            for vm in self.vms
        ]

    def _vm(self, vm):
        return next(v for v in self.vms if v["Name"] == vm["Name"])

    def site_Get_VMNetworkAdapter(self, a):
        return [
            {k: v for k, v in n.items() if k != "vlan"} | {"VMName": a["VM"]["Name"]} for n in self._vm(a["VM"])["nics"]
        ]

    def site_Get_VMNetworkAdapterVlan(self, a):
        return [dict(self._nic(a["VMNetworkAdapter"])["vlan"])]

    def _nic(self, ref):
        # By Id when the object carries one (two NICs of a VM may share a name: review 3 finding 6).
        nics = self._vm({"Name": ref["VMName"]})["nics"]
        if ref.get("Id"):
            return next(n for n in nics if n.get("Id") == ref["Id"])
        return next(n for n in nics if n["Name"] == ref["Name"])

    # ---- Hyper-V changes ----
    def _switch(self, ref):
        return next(s for s in self.switches if s["Id"] == ref["Id"])

    def site_New_VMSwitch(self, a):
        if not self.hyperv_ready:
            raise CmdletError("The Virtual Machine Management service is not available.", "Unspecified,NewVMSwitch")
        sid = str(uuid.uuid4())
        sw = {
            "Id": sid,
            "Name": a["Name"],
            "SwitchType": {"Internal": 1, "Private": 0}.get(a.get("SwitchType"), 2),
            "AllowManagementOS": bool(a.get("AllowManagementOS", "NetAdapterName" in a)),
            "NetAdapterInterfaceDescription": None,
            "NetAdapterInterfaceDescriptions": None,
            "EmbeddedTeamingEnabled": bool(a.get("EnableEmbeddedTeaming", False)),
            "IovEnabled": False,
            "PacketDirectEnabled": False,
            "BandwidthReservationMode": 1,
            "Notes": a.get("Notes", ""),
        }
        self.switches.append(sw)
        names = a.get("NetAdapterName") or []
        if names:
            phys = self.adapter(names[0])
            sw["NetAdapterInterfaceDescription"] = phys["InterfaceDescription"]
            sw["NetAdapterInterfaceDescriptions"] = [phys["InterfaceDescription"]]
            if sw["AllowManagementOS"]:
                self._share(sw, phys)
        return [dict(sw)]

    def _share(self, sw, phys):
        """The host vNIC takes the NIC's MAC and (after the configured delays) its configuration; the NIC
        is bound (no IPv4 interface, no profile)."""
        ix = max(self.ip) + 1
        old = self.ip[phys["InterfaceIndex"]]
        self.adapters.append(nic(f"vEthernet ({sw['Name']})", ix, phys["MacAddress"], virtual=True))
        moved = {
            "dhcp": old["dhcp"],
            "metric": 15,
            "addresses": [a for a in old["addresses"] if a[2] != 3 or not self.lease_delay_ms],
            "gateways": []
            if "gateways" in self.lost_on_move or (old["dhcp"] and self.lease_delay_ms)
            else list(old["gateways"]),
            "dns": [] if "dns" in self.lost_on_move or (old["dhcp"] and self.lease_delay_ms) else list(old["dns"]),
            "suffix": "" if "suffix" in self.lost_on_move else old["suffix"],
            "category": None if self.profile_delay_ms or "category" in self.lost_on_move else old["category"],
        }
        if self.public_first:
            moved["category"] = 0
        if self.category_on_move is not None:
            moved["category"] = self.category_on_move
        if old["dhcp"] and self.lease_delay_ms:
            lease = [a for a in old["addresses"] if a[2] == 3]
            gws, dns = list(old["gateways"]), list(old["dns"])

            def arrive():
                self.ip[ix]["addresses"] += lease
                self.ip[ix]["gateways"] += gws
                self.ip[ix]["dns"] += dns

            self.pending.append((self.now_ms + self.lease_delay_ms, arrive))
        if self.profile_delay_ms:
            category = old["category"]

            def identified():
                if category == 2 and self.ip[ix]["category"] == 2:
                    return
                self.ip[ix]["category"] = 0 if category == 2 else category  # NLA: Public until the DC answers

            self.pending.append((self.now_ms + self.profile_delay_ms, identified))
        if old["category"] == 2 and self.dc_delay_ms is not None:

            def domain():
                self.ip[ix]["category"] = 2

            self.pending.append((self.now_ms + self.dc_delay_ms, domain))
        self.ip[ix] = moved
        self.ip[phys["InterfaceIndex"]] = {
            "dhcp": None,
            "metric": None,
            "addresses": [],
            "gateways": [],
            "dns": [],
            "suffix": "",
            "category": None,
        }
        sw["_vnic"] = ix
        sw["_phys"] = phys["InterfaceIndex"]

    def site_Set_VMSwitch(self, a):
        sw = self._switch(a["VMSwitch"])
        if "Notes" in a:
            sw["Notes"] = a["Notes"]
        if "AllowManagementOS" in a:
            sw["AllowManagementOS"] = a["AllowManagementOS"]
        return []

    def site_Rename_VMSwitch(self, a):
        self._switch(a["VMSwitch"])["Name"] = a["NewName"]
        return []

    def site_Set_VMSwitchTeam(self, a):
        self._switch(a["VMSwitch"])
        return []

    def site_Remove_VMSwitch(self, a):
        sw = self._switch(a["VMSwitch"])
        self.switches.remove(sw)
        if "_vnic" in sw:
            # The NIC gets its own IPv4 interface back, with Windows' defaults (DHCP on, nothing static).
            vnic = sw["_vnic"]
            self.adapters = [x for x in self.adapters if x["InterfaceIndex"] != vnic]
            del self.ip[vnic]
            self.ip[sw["_phys"]] = {
                "dhcp": 1,
                "metric": 25,
                "addresses": [("169.254.7.7", 16, 4)],
                "gateways": [],
                "dns": [],
                "suffix": "",
                "category": 0,
            }
        return []

    def site_Connect_VMNetworkAdapter(self, a):
        self._nic(a["VMNetworkAdapter"])["SwitchName"] = a["VMSwitch"]["Name"]
        return []

    def site_Disconnect_VMNetworkAdapter(self, a):
        self._nic(a["VMNetworkAdapter"])["SwitchName"] = None
        return []

    def site_Set_VMNetworkAdapterVlan(self, a):
        vlan = self._nic(a["VMNetworkAdapter"])["vlan"]
        if a.get("Access"):
            vlan.update(OperationMode=1, AccessVlanId=a["VlanId"])
        elif a.get("Trunk"):
            vlan.update(OperationMode=2, NativeVlanId=a["NativeVlanId"], AllowedVlanIdListString=a["AllowedVlanIdList"])
        else:
            vlan.update(OperationMode=0, AccessVlanId=0)
        return []

    def site_Set_VMNetworkAdapter(self, a):
        # Hyper-V OnOffState: On 1, Off 2 (docs/bridge-protocol.md "MacAddressSpoofing 1 On, 2 Off").
        self._nic(a["VMNetworkAdapter"])["MacAddressSpoofing"] = 1 if a["MacAddressSpoofing"] == "On" else 2
        return []

    # ---- NetTCPIP / DnsClient / NetConnection repairs ----
    def _ip(self, a):
        return self.ip[a["InterfaceIndex"]]

    def site_Set_NetIPInterface(self, a):
        if "Dhcp" in a:
            self._ip(a)["dhcp"] = 0 if a["Dhcp"] == "Disabled" else 1
        if "Forwarding" in a:
            self._ip(a)["forwarding"] = 1 if a["Forwarding"] == "Enabled" else 0
        return []

    def site_Remove_NetIPAddress(self, a):
        assert a.get("Confirm") is False, "Remove-NetIPAddress would ask for confirmation"
        c = self._ip(a)
        c["addresses"] = [x for x in c["addresses"] if x[0] != a["IPAddress"]]
        return []

    def _reidentify(self, c):
        if not self.reidentify_ms or c["category"] is None:
            return
        was = c["category"]
        c["category"] = 0

        def back():
            c["category"] = was

        self.pending.append((self.now_ms + self.reidentify_ms, back))

    def site_New_NetIPAddress(self, a):
        c = self._ip(a)
        self._reidentify(c)
        if any(x[0] == a["IPAddress"] for x in c["addresses"]):
            raise CmdletError("The object already exists.", "Windows System Error 5010,New-NetIPAddress")
        c["addresses"].append((a["IPAddress"], a["PrefixLength"], 1))
        return [{"IPAddress": a["IPAddress"]}]

    def site_New_NetRoute(self, a):
        c = self._ip(a)
        if any(
            (ix, prefix, hop) == (a["InterfaceIndex"], a["DestinationPrefix"], a["NextHop"])
            for ix, prefix, hop, _m in self.routes()
        ):
            # Windows: "Instance MSFT_NetRoute already exists" (ansible-collections/community.windows#312); the
            # FullyQualifiedErrorId here is a stand-in.
            raise CmdletError("Instance MSFT_NetRoute already exists", "Windows System Error 5010,New-NetRoute")
        self._reidentify(c)
        if a["DestinationPrefix"] in ("0.0.0.0/0", "::/0"):
            c["gateways"].append(a["NextHop"])
        else:
            c.setdefault("routes", []).append([a["DestinationPrefix"], a["NextHop"], 256])
        return [{"NextHop": a["NextHop"]}]

    def site_Set_DnsClientServerAddress(self, a):
        self._ip(a)["dns"] = [] if a.get("ResetServerAddresses") else list(a["ServerAddresses"])
        return []

    def site_Set_DnsClient(self, a):
        if "ConnectionSpecificSuffix" in a:
            self._ip(a)["suffix"] = a["ConnectionSpecificSuffix"]
        if "RegisterThisConnectionsAddress" in a:
            self._ip(a)["register_dns"] = bool(a["RegisterThisConnectionsAddress"])
        return []

    def site_Set_NetConnectionProfile(self, a):
        c = self._ip(a)
        if c["category"] is None:
            raise CmdletError(
                "No MSFT_NetConnectionProfile objects found", "CmdletizationQuery_NotFound,Set-NetConnectionProfile"
            )
        c["category"] = {"Public": 0, "Private": 1}[a["NetworkCategory"]]
        return []

    # ---- computenetwork.dll ----
    def hcn_call(self, method, args):
        if method == "Query" and args[0] == "network" and self.network_query_hresults:
            raise HcnError("HcnOpenNetwork", self.network_query_hresults.pop(0), None)
        fault = self.hcn_faults.get(method)
        if fault:
            raise HcnError(f"Hcn{method}", fault[0], fault[1])
        if method == "Enumerate":
            return json.dumps(list(self.hcn[args[0]]))
        if method == "Query":
            kind, oid = args[0], args[1]
            if oid not in self.hcn[kind]:
                raise HcnError(f"HcnOpen{kind.title()}", HCN_NOT_FOUND[kind], None)
            return self.hcn[kind][oid]
        if method == "Create":
            kind, oid, _net, settings = args
            doc = json.loads(settings)
            doc["ID"] = oid
            self.hcn[kind][oid] = json.dumps(doc)
            if kind == "network" and doc.get("Type") == "Overlay" and self.overlay_facts_delay_ms is not None:
                self.pending.append((self.now_ms + self.overlay_facts_delay_ms, lambda: self._overlay_facts(oid)))
            return self.hcn[kind][oid]
        if method == "Delete":
            kind, oid = args
            if oid not in self.hcn[kind]:
                raise HcnError(f"HcnDelete{kind.title()}", HCN_NOT_FOUND[kind], None)
            del self.hcn[kind][oid]
            return None
        if method == "Modify":
            return None
        if method == "HnsCall":
            _verb, path, _body = args
            if path.endswith("/attach") and self.attach_hresults:
                raise HcnError("HNSCall", self.attach_hresults.pop(0), None)
            if path.endswith("/attach") or path.endswith("/detach"):
                return self._host_attach(path.split("/")[2], path.endswith("/attach"))
            return json.dumps({"Success": True, "Output": {"Major": 13, "Minor": 2}})
        raise AssertionError(method)

    def _overlay_facts(self, oid):
        if oid not in self.hcn["network"]:
            return
        doc = json.loads(self.hcn["network"][oid])
        pa = {"ProviderAddress": "10.0.0.5"}
        mac = {"Address": "00-15-5D-AB-CD-EF"}
        if self.overlay_facts_as_text:
            pa, mac = json.dumps(pa), json.dumps(mac)
        doc.setdefault("Policies", []).extend(
            [{"Type": "ProviderAddress", "Settings": pa}, {"Type": "DrMacAddress", "Settings": mac}]
        )
        self.hcn["network"][oid] = json.dumps(doc)

    def _host_attach(self, eid, attach):
        """HNS v1 POST /endpoints/<id>/attach|detach for SystemType Host: the endpoint's host vNIC
        vEthernet (<endpoint name>) with its address and the routes of its document (a default route when the
        endpoint has a gateway); refusals as HNS answers them ({"Success":false,"Error":...})."""
        doc = next((json.loads(d) for k, d in self.hcn["endpoint"].items() if k.lower() == eid.lower()), None)
        if doc is None:
            return json.dumps({"Success": False, "Error": "Endpoint was not found.", "ErrorCode": 0x803B0002})
        if not attach and eid.lower() in self.attached_without_vnic:
            self.attached_without_vnic.discard(eid.lower())
            return json.dumps({"Success": True})
        if attach and eid.lower() in self.attached_without_vnic:
            return json.dumps(
                {"Success": False, "Error": "This endpoint is already attached to the switch.", "ErrorCode": 0x803B0014}
            )
        if not attach:
            ix = self.attached.pop(eid.lower(), None)
            if ix is None:
                # HCN_E_ENDPOINT_NOT_ATTACHED (Microsoft Learn, "HCN error codes"): its text names no "not attached".
                return json.dumps(
                    {
                        "Success": False,
                        "Error": "The endpoint must be attached to complete the operation",
                        "ErrorCode": 0x803B0034,
                    }
                )
            self.adapters = [x for x in self.adapters if x["InterfaceIndex"] != ix]
            self.ip.pop(ix, None)
            return json.dumps({"Success": True})
        if eid.lower() in self.attached:
            return json.dumps(
                {"Success": False, "Error": "This endpoint is already attached to the switch.", "ErrorCode": 0x803B0014}
            )
        ix = max([*self.ip, *self.attached.values()]) + 1
        self.attached[eid.lower()] = ix
        ips = [(c["IpAddress"], c.get("PrefixLength", 24), 1) for c in doc.get("IpConfigurations", [])]
        gws = [r["NextHop"] for r in doc.get("Routes", []) if r.get("DestinationPrefix") == "0.0.0.0/0"]

        def appear():
            self.adapters.append(nic(f"vEthernet ({doc.get('Name', eid)})", ix, "00-15-5D-AA-00-01", virtual=True))
            self.ip[ix] = {"dhcp": 0, "metric": 5, "addresses": ips, "gateways": gws, "dns": [], "suffix": ""}
            self.ip[ix] |= {"category": None, "forwarding": 0}

        if self.attach_delay_ms:
            self.pending.append((self.now_ms + self.attach_delay_ms, appear))
        else:
            appear()
        return json.dumps({"Success": True})

    # ---- Task Scheduler ----
    def task_call(self, method, args):
        if method == "Register":
            name, arguments, as_system, at_boot = args
            if self.task_behaviour["system" if as_system else "s4u"] == "register_denied":
                # RegisterTaskDefinition when the account lacks the logon type (ERROR_LOGON_TYPE_NOT_GRANTED).
                raise TaskComError(
                    "Logon failure: the user has not been granted the requested logon type at this computer.",
                    0x80070569,
                )
            self.tasks[name] = {"arguments": arguments, "system": as_system, "boot": at_boot, "ran": False}
            return None
        task = self.tasks.get(args[0])
        if method == "Run":
            task["ran"] = True
            task["ran_at"] = self.now_ms
            return None
        if method == "Stop":
            if task is not None:
                task["stopped"] = True
            return None
        if method == "Delete":
            self.tasks.pop(args[0], None)
            return None
        if method == "Query":
            if task is None:
                return None
            how = self.task_behaviour["system" if task["system"] else "s4u"]
            if not task["ran"] or how == "never":
                return {"State": 3, "LastTaskResult": 0x41303, "EnginePID": 0}
            if isinstance(how, int) and self.now_ms - task["ran_at"] < how:
                # An integer: queued (SCHED_S_TASK_QUEUED) for that many ms, as an S4U logon waiting for a DC.
                return {"State": 2, "LastTaskResult": 0x41325, "EnginePID": 0}
            if how == "logon_failure":
                return {"State": 3, "LastTaskResult": 0x8007052F - (1 << 32), "EnginePID": 0}
            return {"State": 4, "LastTaskResult": 0x41301, "EnginePID": 4242}
        raise AssertionError(method)

    # ---- reading the host back (tests assert on these, not on the bridge's answers) ----
    def config(self, name):
        return self.ip[self.adapter(name)["InterfaceIndex"]]


class Session:
    """One mono runner process answering from a FakeWindows."""

    def __init__(self, runner: Path, host: FakeWindows, folder: Path, trace: Path | None = None):
        self.host = host
        self.folder = folder
        mono = shutil.which("mono")
        if trace is None:
            self.proc = subprocess.Popen(
                [mono, str(runner), str(folder)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1
            )
            self.out = self.proc.stdout
        else:
            # Every method of the helper's namespace entered is written to the trace file (method coverage).
            self._trace = open(trace, "w")
            self.proc = subprocess.Popen(
                [mono, "--trace=N:HyperVNetwork", str(runner), str(folder)],
                stdin=subprocess.PIPE,
                stdout=self._trace,
                stderr=subprocess.PIPE,
                text=True,
                bufsize=1,
                env={**os.environ, "HVNET_TRACE": "1"},
            )
            self.out = self.proc.stderr

    def close(self):
        if self.proc.poll() is None:
            self.proc.stdin.write(json.dumps({"cmd": "exit"}) + "\n")
            self.proc.stdin.flush()
            self.proc.wait(timeout=30)
        if getattr(self, "_trace", None) is not None:
            self._trace.close()

    def command(self, cmd: dict):
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()
        while True:
            line = self.out.readline()
            if not line:
                raise RuntimeError("the runner died")
            msg = json.loads(line)
            if "answer" in msg:
                if msg.get("crash"):
                    raise RuntimeError(msg["crash"])
                return msg["answer"]
            self._event(msg)

    def _reply(self, reply: dict):
        self.proc.stdin.write(json.dumps(reply) + "\n")
        self.proc.stdin.flush()

    def _event(self, msg):
        host = self.host
        host.events.append(msg)
        kind = msg["event"]
        try:
            if kind == "call":
                result = host.call(msg["site"], msg["args"])
            elif kind == "hcn":
                result = host.hcn_call(msg["method"], msg["args"])
            elif kind == "task":
                result = host.task_call(msg["method"], msg["args"])
            elif kind == "sleep":
                host.advance(msg["ms"])
                if host.on_sleep is not None:
                    host.on_sleep(self, host.now_ms)
                result = None
            elif kind == "fault":
                result = None
            else:
                raise AssertionError(kind)
        except CmdletError as e:
            self._reply({"error": {"message": str(e), "fqid": e.fqid, "category": e.category}})
            return
        except TaskComError as e:
            self._reply({"error": {"message": str(e), "hr": e.hr - (1 << 32) if e.hr >= 1 << 31 else e.hr}})
            return
        except HcnError as e:
            self._reply(
                {"error": {"op": e.op, "hr": e.hr - (1 << 32) if e.hr >= 1 << 31 else e.hr, "record": e.record}}
            )
            return
        self._reply({"result": result})

    # ---- conveniences ----
    def request(self, ops, *, text="# hyperv.network bridge v1\n# test text", **extra):
        req = {"protocol": 1, "request_id": "t-1", "ops": ops, **extra}
        return self.raw(json.dumps(req, ensure_ascii=True), text=text)

    def raw(self, line, *, text=None):
        answer = self.command({"cmd": "main", "line": line, "text": text})
        body = answer["text"]
        assert body.startswith("##hvnet-response-begin##") and body.endswith("##hvnet-response-end##"), body
        assert body.isascii()
        response = json.loads(body[len("##hvnet-response-begin##") : -len("##hvnet-response-end##")])
        return response, answer["exit"]

    def run_task(self, marker):
        answer = self.command({"cmd": "main", "line": marker, "text": None})
        assert answer["text"] == ""
        return answer["exit"]

    def faults(self, replace=0, read=0, denied=False):
        self.command({"cmd": "faults", "replace": replace, "read": read, "denied": denied})


def tour(session_factory) -> FakeWindows:
    """Every operation and job path once against one host; returns the host with its call log."""
    host = FakeWindows()
    host.add_nic(
        "Ethernet",
        3,
        "00-15-5D-01-02-03",
        addresses=[("10.0.0.5", 24, 1)],
        gateways=["10.0.0.1"],
        dns=["10.0.0.2"],
        suffix="corp",
        category=1,
    )
    host.add_nic("Ethernet 2", 4, "00-15-5D-01-02-04")
    host.add_nic("Ethernet 3", 5, "00-15-5D-01-02-05")
    host.vms.append(
        {
            "Name": "vm1",
            "nics": [
                {
                    "Name": "nic1",
                    "Id": "Microsoft:X\\1",
                    "IPAddresses": ["10.0.0.9", "fe80::1"],
                    "SwitchName": None,
                    "MacAddress": "00155D000001",
                    "MacAddressSpoofing": 1,
                    "vlan": {"OperationMode": 0, "AccessVlanId": 0, "NativeVlanId": 0, "AllowedVlanIdListString": None},
                }
            ],
        }
    )
    host.nat.append({"Name": "natnet", "InternalIPInterfaceAddressPrefix": "172.16.0.0/24"})
    s = session_factory(host)

    def ok(ops, **kw):
        resp, _rc = s.request(ops, **kw)
        assert resp["ok"] is True, resp["error"]
        return resp["results"]

    kinds = [
        "host",
        "hns_version",
        "adapters",
        "switches",
        "netnat",
        "networks",
        "endpoints",
        "namespaces",
        "vm_adapters",
        "ledger",
        "routes",
        "firewall_rules",
        "vms",
    ]
    ok([{"op": "snapshot", "args": {"kinds": kinds, "names": {"switches": ["x"], "vm_adapters": ["vm1"]}}}])
    host.server_manager = False  # a client SKU: host.features from Get-WindowsOptionalFeature
    host.last_boot = "20261202060000.000000+000"  # another boot: the features are read again, not cached
    ok([{"op": "snapshot", "args": {"kinds": ["host"]}}])
    host.server_manager = True
    internal = ok(
        [
            {
                "op": "switch_create",
                "args": {
                    "name": "int",
                    "switch_type": "Internal",
                    "enable_iov": False,
                    "enable_packet_direct": False,
                    "minimum_bandwidth_mode": "Weight",
                    "notes": "[hyperv.network]",
                },
            }
        ]
    )
    sid = internal[0]["data"]["id"]
    team = ok(
        [
            {
                "op": "switch_create",
                "args": {
                    "name": "team",
                    "net_adapter_names": ["Ethernet 2", "Ethernet 3"],
                    "allow_management_os": False,
                },
            }
        ]
    )[0]["data"]["id"]
    ok(
        [
            {"op": "switch_set", "args": {"id": team, "net_adapter_name": "Ethernet 2", "allow_management_os": False}},
            {"op": "switch_set", "args": {"id": sid, "switch_type": "Private", "notes": "n\n[hyperv.network]"}},
            {"op": "switch_set", "args": {"id": sid, "allow_management_os": True}},
            {"op": "switch_rename", "args": {"id": sid, "new_name": "int2"}},
            {"op": "switch_team_set", "args": {"id": team, "net_adapter_names": ["Ethernet 2", "Ethernet 3"]}},
        ]
    )
    pre = [
        {"kind": "vm_adapter", "vm_name": "vm1", "name": "nic1", "state": "present"},
        {"kind": "adapter", "name": "Ethernet", "state": "present"},
        {"kind": "netnat", "name": "natnet", "state": "present"},
        {"kind": "switch", "name": "int2", "state": "owned"},
    ]
    ok(
        [
            {
                "op": "vm_adapter_set",
                "args": {
                    "vm_name": "vm1",
                    "name": "nic1",
                    "switch_name": "int2",
                    "vlan": {"mode": "Access", "access_vlan_id": 5},
                    "mac_address_spoofing": True,
                },
                "pre": pre,
            },
            {
                "op": "vm_adapter_set",
                "args": {
                    "vm_name": "vm1",
                    "name": "nic1",
                    "vlan": {"mode": "Trunk", "native_vlan_id": 1, "allowed_vlan_ids": "1-10"},
                },
            },
            {
                "op": "vm_adapter_set",
                "args": {
                    "vm_name": "vm1",
                    "name": "nic1",
                    "switch_name": None,
                    "vlan": {"mode": "Untagged"},
                    "mac_address_spoofing": False,
                },
            },
        ]
    )
    nid, eid, xid = (str(uuid.uuid4()) for _ in range(3))
    ok(
        [
            {"op": "hcn_network_create", "args": {"id": nid, "settings": '{"Name":"n"}'}},
            {"op": "hcn_endpoint_create", "args": {"id": eid, "network_id": nid, "settings": '{"Name":"e"}'}},
            {"op": "hcn_namespace_create", "args": {"id": xid, "settings": "{}"}},
            {
                "op": "hcn_network_modify",
                "args": {"id": nid, "request": "{}"},
                "pre": [{"kind": "network", "id": nid, "state": "owned"}],
            },
            {"op": "hcn_endpoint_modify", "args": {"id": eid, "request": "{}"}},
            {"op": "hcn_namespace_modify", "args": {"id": xid, "request": "{}"}},
            {"op": "hcn_namespace_delete", "args": {"id": xid}},
            {"op": "hcn_endpoint_delete", "args": {"id": eid}},
            {"op": "ledger_release", "args": {"kind": "network", "id": nid}},
            {"op": "ledger_adopt", "args": {"kind": "network", "id": nid}},
            {"op": "hcn_network_delete", "args": {"id": nid}},
            {"op": "switch_remove", "args": {"id": sid}},
        ]
    )
    # The host objects (docs/design/host-objects.md): attach (with the default route its vNIC gets removed),
    # forwarding, routes, firewall rules, detach; a VM NIC by Id.
    nid, eid = str(uuid.uuid4()), str(uuid.uuid4())
    ep = {"Name": "n_ep", "IpConfigurations": [{"IpAddress": "10.250.7.2", "PrefixLength": 24}]}
    ep["Routes"] = [{"NextHop": "10.250.7.1", "DestinationPrefix": "0.0.0.0/0"}]
    route = {"interface_alias": "Ethernet", "destination_prefix": "10.250.8.0/24", "next_hop": "10.0.0.22"}
    rule = {"name": "hvnet-vxlan", "display_name": "VXLAN", "direction": "Inbound", "protocol": "UDP"}
    rule |= {"local_port": 4789, "remote_addresses": ["10.0.0.21"], "action": "Allow"}
    ok(
        [
            {"op": "hcn_network_create", "args": {"id": nid, "settings": '{"Name":"n"}'}},
            {"op": "hcn_endpoint_create", "args": {"id": eid, "network_id": nid, "settings": json.dumps(ep)}},
            {
                "op": "hcn_endpoint_host_attach",
                "args": {"id": eid},
                "pre": [{"kind": "endpoint", "id": eid, "state": "present"}],
            },
            {"op": "ip_forwarding_set", "args": {"ip_address": "10.250.7.2", "enabled": True}},
            {"op": "ip_forwarding_set", "args": {"interface_alias": "Ethernet", "enabled": True}},
            {"op": "net_route_add", "args": route},
            {"op": "firewall_rule_create", "args": rule},
            {"op": "firewall_rule_set", "args": {"name": "hvnet-vxlan", "local_port": 4789, "remote_addresses": []}},
            {"op": "snapshot", "args": {"kinds": ["routes", "firewall_rules", "adapters", "ledger"]}},
            {"op": "firewall_rule_remove", "args": {"name": "hvnet-vxlan"}},
            {"op": "net_route_remove", "args": route},
            {"op": "ip_forwarding_set", "args": {"interface_alias": "Ethernet", "enabled": False}},
            {"op": "hcn_endpoint_host_detach", "args": {"id": eid}},
            {"op": "hcn_endpoint_delete", "args": {"id": eid}},
            {"op": "hcn_network_delete", "args": {"id": nid}},
            {"op": "vm_adapter_set", "args": {"vm_name": "vm1", "name": "nic1", "id": "Microsoft:X\\1"}},
        ]
    )
    # A disruptive job whose repairs touch every repair call site, then its rollback.
    host.lost_on_move = {"gateways", "dns", "suffix"}
    host.category_on_move = 0
    job = str(uuid.uuid4())
    sw = {
        "op": "switch_create",
        "args": {
            "name": "ext",
            "net_adapter_names": ["Ethernet"],
            "allow_management_os": True,
            "notes": "[hyperv.network]",
        },
    }
    ok(
        [{"op": "job_start", "args": {"job_id": job, "ops": [sw], "undo": [None], "deadman_s": 1}}],
        text="# hyperv.network bridge v1\n",
    )
    s.run_task(f"#hvnet-job:{job}")
    ok([{"op": "job_confirm", "args": {"job_id": job}}, {"op": "job_status", "args": {"job_id": job}}])
    # An overlay network as a job, confirmed by the confirming poll, which waits for HNS's DR MAC and provider
    # address (await_overlay) before it takes the after-snapshot (docs/reliability.md).
    host.lost_on_move = set()
    host.category_on_move = None
    host.overlay_facts_delay_ms = 1500
    host.overlay_facts_as_text = True
    job, nid = str(uuid.uuid4()), str(uuid.uuid4())
    overlay = {"op": "hcn_network_create", "args": {"id": nid, "settings": '{"Name":"ovl","Type":"Overlay"}'}}
    ok(
        [{"op": "job_start", "args": {"job_id": job, "ops": [overlay], "undo": [None], "deadman_s": 30}}],
        text="# hyperv.network bridge v1\n",
    )
    poll = {"job_id": job, "confirm": True, "snapshot": {"kinds": ["networks"]}}
    poll["await_overlay"] = {"network_ids": [nid], "seconds": 5}
    polled, busy = [], []

    def confirming_poll(session, _now_ms):  # the controller polls while the task runs (not from its own poll)
        if busy or (polled and polled[-1]["state"] == "confirmed"):
            return
        busy.append(True)
        polled.append(ok([{"op": "job_status", "args": poll}])[0]["data"])
        busy.clear()

    host.on_sleep = confirming_poll
    s.run_task(f"#hvnet-job:{job}")
    host.on_sleep = None
    assert polled[-1]["state"] == "confirmed" and polled[-1]["overlay_wait"]["missing"] == [], polled[-1]
    return host
