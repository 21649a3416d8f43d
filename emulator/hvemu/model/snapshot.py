"""The snapshot operation: the sections a task asks for, as the bridge writes them."""

from __future__ import annotations

import copy

from . import hnsdoc, netcfg
from .names import win_key
from .versions import WINDOWS

HNS_SECTIONS = ("networks", "endpoints", "namespaces")


class SnapshotMixin:
    """Reads of HostModel."""

    def op_snapshot(self, args: dict) -> dict:
        """Snapshot the sections in args.kinds, limited by args.names."""
        return self.read_sections(
            args["kinds"], args.get("names") or {}, parse_documents=False, honour_faults=True, bridge=True
        )

    def read_sections(
        self, kinds: list[str], names: dict, parse_documents: bool, honour_faults: bool, bridge: bool = False
    ) -> dict:
        """Build the sections; HCN documents as strings unless parse_documents (control API). With bridge
        (the snapshot op), adapters' ip.Forwarding (docs/design/host-objects.md section 2), which the control
        API shows apart (host.state()["forwarding"])."""
        if honour_faults:
            for section in HNS_SECTIONS:
                if section in kinds:
                    self.hns_call(f"HcnEnumerate{section.capitalize()}")
        hidden = self.hidden_ids if honour_faults else set()
        enc = (lambda d: d) if parse_documents else hnsdoc.dumps

        def wanted(section: str, name: str) -> bool:
            limit = names.get(section)
            return limit is None or win_key(name) in {win_key(n) for n in limit}

        out: dict = {}
        for kind in kinds:
            if kind == "host":
                out["host"] = {
                    "computer_name": self.name.upper(),
                    "os_build": self.build,
                    "hyperv_module": self.hyperv_module,
                    "is_virtual_machine": self.kind == "vm",
                    "ps_version": WINDOWS[self.windows]["ps"],
                    "features": self.features,
                }
            elif kind == "hns_version":
                if honour_faults:
                    self.hns_call("HNSCall GET /globals/version")
                major, minor = self.hns_version
                out["hns_version"] = {"Major": major, "Minor": minor}
            elif kind == "adapters":
                out["adapters"] = [
                    netcfg.adapter_snapshot(a, bridge) for a in sorted(self.data["adapters"], key=lambda a: a["index"])
                ]
            elif kind == "switches":
                # Without the Hyper-V module there is no Get-VMSwitch: the bridge reports none.
                rows = self.switch_rows() if self.hyperv_module or not honour_faults else []
                out["switches"] = [r for r in rows if wanted("switches", r["Name"])]
            elif kind == "netnat":
                out["netnat"] = [
                    {"Name": n["Name"], "InternalIPInterfaceAddressPrefix": n["InternalIPInterfaceAddressPrefix"]}
                    for n in self.data["netnat"]
                ]
            elif kind == "networks":
                out["networks"] = [
                    enc(self.network_document(nid, rec))
                    for nid, rec in self.network_records()
                    if nid.upper() not in hidden and wanted("networks", rec["doc"]["Name"])
                ]
            elif kind in ("endpoints", "namespaces"):
                docs = []
                for oid, rec in self.data[kind].items():
                    if oid.upper() in hidden:
                        continue
                    if kind == "endpoints" and not wanted("endpoints", rec["doc"]["Name"]):
                        continue
                    docs.append(enc(copy.deepcopy(rec["doc"])))
                out[kind] = docs
            elif kind == "vm_adapters":
                vm_rows = self.vm_nic_rows(names.get("vm_adapters"))
                out["vm_adapters"] = vm_rows if self.hyperv_module or not honour_faults else []
            elif kind == "ledger":
                out["ledger"] = copy.deepcopy(self.data["ledger"])
                # The bridge reports the host-object lists always, empty when absent (protocol.schema.json); the
                # control API shows them the same way, so a list emptied again reads as it did before first use.
                for key in ("routes", "forwarding", "firewall_rules"):
                    out["ledger"].setdefault(key, [])
            elif kind == "routes":
                out["routes"] = self.route_rows()
            elif kind == "firewall_rules":
                out["firewall_rules"] = self.firewall_rows()
            elif kind == "vms":
                # Get-VM exists only with the Hyper-V module: the bridge reports none without it.
                out["vms"] = self.vm_rows() if self.hyperv_module or not honour_faults else []
        if honour_faults and any(k in kinds for k in HNS_SECTIONS):
            self.hidden_ids.clear()
        return out
