"""HostModel: one emulated Windows host (Hyper-V host or container VM) and its network state.

State lives in `self.data`, a JSON-ready dict persisted as one file per host; run-time facts
(monotonic timestamps, pending fault effects) live beside it and are not persisted. The
operations are split over mixins: switches.py (Hyper-V switch cmdlets), hns.py (HNS networks,
WinNAT), hcn_endpoints.py (endpoints, namespaces), vmnics.py (VM NICs), snapshot.py (reads).

Detached execution (for the disruptive-change protocol): a batch may run after its session
died. `begin_journal(task_id)` opens a journal entry (persisted with the host) and the engine
appends each step's outcome with `journal_step`; engine.run_detached runs a batch in a thread
that survives the caller. The collection's later reliability work reads `data["journal"]`.
"""

from __future__ import annotations

import copy
import json
import os
import threading
import time
from pathlib import Path

from ..faults import Faults
from . import netcfg
from .errors import MANAGER_STOPPED, ModelError, canonical_guid, hns_error, parse_hresult, precondition_failed
from .hcn_endpoints import EndpointMixin
from .hns import HnsMixin
from .hostnet import HostNetMixin
from .jobs import JobMixin
from .names import win_key
from .snapshot import SnapshotMixin
from .stats import Stats
from .switches import SwitchMixin
from .versions import WINDOWS
from .vmnics import VmNicMixin

OWNERSHIP_TAG = "[hyperv.network]"


class HostModel(SwitchMixin, HnsMixin, EndpointMixin, VmNicMixin, HostNetMixin, SnapshotMixin, JobMixin):
    """One emulated host. Hold `lock` for a whole bridge call (the per-host named mutex)."""

    def __init__(
        self,
        name: str,
        kind: str = "hyperv",
        *,
        windows: str = "ws2022",
        parent: str | None = None,
        users: dict | None = None,
        transports: set | None = None,
        settings: dict | None = None,
    ):
        self.name = name
        self.kind = kind
        self.windows = windows
        self.parent = parent
        self.users = dict(users or {"Administrator": "Passw0rd!"})
        self.transports = set(transports or {"winrm", "psrp"})
        self.settings = {
            "hyperv_module": kind == "hyperv",
            "language_mode": "FullLanguage",
            "process_bitness": 64,
            "powershell_edition": "Desktop",
            "jea": False,
            "overlay_facts_delay_s": 0.5,
            "hns_version": None,
        }
        self.settings.update(settings or {})
        self.faults = Faults()
        self.blackout_until = 0.0
        self.stats = Stats()
        self.lock = threading.RLock()
        self.state_path: Path | None = None
        self.data: dict = {
            "adapters": [],
            "switches": [],
            "netnat": [],
            "networks": {},
            "endpoints": {},
            "namespaces": {},
            "vm_nics": [],
            "vms": [],
            "routes": [],  # ActiveStore routes (hostnet.py)
            "firewall_rules": [],
            "ledger": {"networks": [], "endpoints": [], "namespaces": []},
            "journal": {},
            "next_index": 2,
            "boot_count": 0,
        }
        self._reset_runtime()

    def _reset_runtime(self) -> None:
        self.created_at: dict[str, float] = {}  # network id -> monotonic time of create (overlay facts delay)
        self.deleted_names: dict[str, float] = {}  # lower-cased network name -> monotonic time of delete
        self.hidden_ids: set[str] = set()  # created objects the next snapshot misses (fault)
        self.job_confirmed: dict[str, threading.Event] = {}  # job id -> set by job_confirm (dead-man timer)
        self.job_threads: dict[str, threading.Thread] = {}  # job id -> the thread standing for its scheduled task
        self.guest_ips = None  # (vm name, MAC) -> the guest's addresses; the fleet sets it (hostnet.vm_rows)

    # ---- identity -------------------------------------------------------------------------
    @property
    def build(self) -> int:
        return WINDOWS[self.windows]["build"]

    @property
    def hns_version(self) -> tuple[int, int]:
        override = self.settings.get("hns_version")
        if override:
            major, _, minor = str(override).partition(".")
            return int(major), int(minor or 0)
        return WINDOWS[self.windows]["hns"]

    @property
    def hyperv_module(self) -> bool:
        return bool(self.settings.get("hyperv_module"))

    # ---- adapters -------------------------------------------------------------------------
    def add_adapter(self, name: str, description: str, mac: str, ip: dict, speed: str = "10 Gbps", **extra) -> dict:
        """Add a physical adapter (fleet seeding); extra: lbfo, status (netcfg.STATUS_*)."""
        adapter = {
            "name": name,
            "description": description,
            "index": self._next_index(),
            "guid": netcfg.new_guid(f"{self.name}/adapter/{name}"),
            "mac": mac,
            "speed": speed,
            "status": extra.get("status") or netcfg.STATUS_UP,
            "lbfo": bool(extra.get("lbfo", False)),
            "kind": "physical",
            "switch_id": None,
            "stash": None,
            "ip": ip,
        }
        self.data["adapters"].append(adapter)
        return adapter

    def _next_index(self) -> int:
        index = self.data["next_index"]
        self.data["next_index"] = index + (1 if index % 3 else 3)  # Windows leaves gaps
        return index

    def adapter_by_name(self, name: str) -> dict | None:
        key = win_key(name)
        return next((a for a in self.data["adapters"] if win_key(a["name"]) == key), None)

    def physical_adapters(self) -> list[dict]:
        return [a for a in self.data["adapters"] if a["kind"] == "physical"]

    def vnic_of(self, switch_id: str) -> dict | None:
        return next(
            (a for a in self.data["adapters"] if a["kind"] == "host_vnic" and a["switch_id"] == switch_id), None
        )

    def _vnic_description(self) -> str:
        used = {a["description"] for a in self.data["adapters"]}
        base = "Hyper-V Virtual Ethernet Adapter"
        if base not in used:
            return base
        n = 2
        while f"{base} #{n}" in used:
            n += 1
        return f"{base} #{n}"

    def add_vnic(self, switch_id: str, vnic_name: str, mac: str, ip: dict) -> dict:
        """A host vNIC `vEthernet (<name>)` on a switch: a new interface index."""
        vnic = {
            "name": f"vEthernet ({vnic_name})",
            "description": self._vnic_description(),
            "index": self._next_index(),
            "guid": netcfg.new_guid(f"{self.name}/vnic/{switch_id}/{self.data['next_index']}"),
            "mac": mac,
            "speed": "10 Gbps",
            "status": "Up",
            "lbfo": False,
            "kind": "host_vnic",
            "switch_id": switch_id,
            "stash": None,
            "ip": ip,
        }
        self.data["adapters"].append(vnic)
        return vnic

    def remove_vnic(self, switch_id: str) -> dict | None:
        vnic = self.vnic_of(switch_id)
        if vnic:
            self.data["adapters"].remove(vnic)
        return vnic

    def bind_and_share(self, switch_id: str, adapters: list[dict], share: bool, vnic_name: str) -> None:
        """Bind physical NICs to a switch; with sharing, move the first NIC's configuration to a vNIC.

        Windows carries the whole configuration (addresses, gateway, DNS, metric, category) to
        `vEthernet (...)` with the same MAC; faults.partial_migration makes the move imperfect.
        The bound NIC keeps only the virtual switch protocol: no IPv4 interface and no connection
        profile, so bridge.ps1 reports nulls for it (netcfg.unbound_ip, sources in netcfg).
        """
        for adapter in adapters:
            adapter["switch_id"] = switch_id
            adapter["stash"] = adapter["ip"]
            adapter["ip"] = netcfg.unbound_ip()
        if share:
            self.share_with_host(switch_id, adapters[0], vnic_name)

    def share_with_host(self, switch_id: str, adapter: dict, vnic_name: str) -> None:
        """Create the management vNIC and move the stashed configuration onto it.

        A NIC that had no IPv4 interface (disabled) has nothing to move: the new vNIC gets a fresh
        IPv4 interface with DHCP on, Windows' default for a new interface (a modelling choice)."""
        source = adapter.get("stash")
        if not netcfg.has_ipv4_interface(source):
            source = netcfg.empty_ip(dhcp=1)
        losses = list(getattr(self.faults, "partial_migration", []) or [])
        ip = netcfg.degrade(source, losses, f"{self.name}/{switch_id}") if losses else copy.deepcopy(source)
        self.add_vnic(switch_id, vnic_name, adapter["mac"], ip)

    def unshare(self, switch_id: str, adapter: dict | None) -> None:
        """Remove the management vNIC; its configuration becomes the NIC's stashed one again."""
        vnic = self.remove_vnic(switch_id)
        if vnic and adapter is not None and vnic["mac"] == adapter["mac"]:
            adapter["stash"] = vnic["ip"]

    def unbind(self, adapters: list[dict]) -> None:
        """The switch lets go of its NICs: each gets its stashed configuration back."""
        for adapter in adapters:
            adapter["switch_id"] = None
            if adapter.get("stash") is not None:
                adapter["ip"] = adapter["stash"]
            adapter["stash"] = None

    def host_ipv4_of(self, adapter: dict) -> dict | None:
        """The host's IPv4 configuration reached through a physical NIC (on it, or on its vNIC)."""
        if adapter.get("switch_id"):
            vnic = self.vnic_of(adapter["switch_id"])
            return vnic["ip"] if vnic and vnic["mac"] == adapter["mac"] else None
        return adapter["ip"]

    # ---- faults ---------------------------------------------------------------------------
    def hns_call(self, call: str) -> None:
        """Count one HNS call against faults.hns_transient_errors (0x803B0020 while > 0)."""
        pending = int(getattr(self.faults, "hns_transient_errors", 0) or 0)
        if pending > 0:
            self.faults.hns_transient_errors = pending - 1
            raise hns_error(MANAGER_STOPPED, call)

    def injected_error(self, op: str) -> None:
        """faults.hns_error_on_op: this operation fails with the given HRESULT."""
        table = getattr(self.faults, "hns_error_on_op", {}) or {}
        if op in table:
            parts = op.split("_")  # hcn_network_create -> HcnCreateNetwork, as bridge.ps1 names the call
            call = f"Hcn{parts[2].capitalize()}{parts[1].capitalize()}" if len(parts) == 3 and parts[0] == "hcn" else op
            raise hns_error(parse_hresult(table[op]), call)

    def disruptive(self) -> None:
        """A disruptive operation ran: cut the host off for faults.blackout_seconds."""
        seconds = float(getattr(self.faults, "blackout_seconds", 0) or 0)
        if seconds > 0:
            self.blackout_until = time.monotonic() + seconds

    # ---- ledger and preconditions ---------------------------------------------------------
    def ledger_has(self, kind: str, oid: str) -> bool:
        return canonical_guid(oid) in self.data["ledger"][kind + "s"]

    def ledger_add(self, kind: str, oid: str) -> None:
        """Record an ID (lower-case, as the bridge's [Guid]::ToString() writes it)."""
        if not self.ledger_has(kind, oid):
            self.data["ledger"][kind + "s"].append(canonical_guid(oid))

    def ledger_remove(self, kind: str, oid: str) -> None:
        self.data["ledger"][kind + "s"] = [x for x in self.data["ledger"][kind + "s"] if x != canonical_guid(oid)]

    def is_owned(self, kind: str, obj) -> bool:
        """Made by this collection: a switch whose Notes end with the tag line, an HNS id in the ledger."""
        if kind == "switch":
            notes = (obj.get("notes") or "").rstrip()
            return bool(notes) and notes.split("\n")[-1].rstrip("\r") == OWNERSHIP_TAG
        return self.ledger_has(kind, obj["doc"]["ID"])

    def _matches(self, pre: dict) -> list[bool | None]:
        """The objects a precondition's id and/or name match, as each one's owned flag (bridge.ps1)."""
        kind, oid, name = pre["kind"], pre.get("id"), pre.get("name")

        def same(a, b) -> bool:
            return b is None or win_key(a) == win_key(b)

        if kind == "switch":
            self.require_hyperv()
            return [
                self.is_owned("switch", s)
                for s in self.data["switches"]
                if same(s["id"], oid) and same(s["name"], name)
            ]
        if kind in ("network", "endpoint", "namespace"):
            self.hns_call(f"HcnEnumerate{kind.capitalize()}s")  # bridge.ps1 enumerates to check it
            records = self.network_records() if kind == "network" else list(self.data[kind + "s"].items())
            return [
                self.ledger_has(kind, key)
                for key, rec in records
                if same(key, oid) and (name is None or same(rec["doc"].get("Name", ""), name))
            ]
        if kind == "vm_adapter":
            self.require_hyperv()
            vm_name = pre.get("vm_name") or ""
            return [
                None
                for n in self.data["vm_nics"]
                if same(n["VMName"], vm_name) and same(n["Name"], name) and same(n.get("Id", ""), oid)
            ]
        if kind == "adapter":
            return [None for a in self.data["adapters"] if same(a["guid"], oid) and same(a["name"], name)]
        # netnat: by name only
        return [None for n in self.data["netnat"] if name is not None and same(n["Name"], name)]

    def check_precondition(self, pre: dict) -> None:
        """Raise PRECONDITION_FAILED (bridge.ps1's wording) when a precondition does not hold."""
        kind, state = pre["kind"], pre["state"]
        what = kind + "".join(f" {k}='{pre[k]}'" for k in ("vm_name", "name", "id") if pre.get(k) is not None)
        found = self._matches(pre)
        owned = sum(1 for f in found if f is True)
        if state == "present":
            good = bool(found)
        elif state == "absent":
            good = not found
        else:
            if kind not in ("switch", "network", "endpoint", "namespace"):
                raise ModelError("BAD_REQUEST", f"ownership is not tracked for kind '{kind}'")
            good = owned > 0
        if not good:
            raise precondition_failed(
                f"precondition failed: {what} should be {state}, found {len(found)} matching object(s), {owned} owned",
                f"{what} {state}",
            )

    # ---- journal (detached execution hook) --------------------------------------------------
    def begin_journal(self, task_id: str, request_id: str | None) -> None:
        self.data["journal"][task_id] = {"request_id": request_id, "state": "running", "steps": []}

    def journal_step(self, task_id: str, step: dict) -> None:
        if task_id in self.data["journal"]:
            self.data["journal"][task_id]["steps"].append(step)

    def end_journal(self, task_id: str, state: str) -> None:
        if task_id in self.data["journal"]:
            self.data["journal"][task_id]["state"] = state

    # ---- reboot and persistence -------------------------------------------------------------
    def reboot(self) -> dict:
        """Restart Windows: drop what Windows drops, keep the rest.

        Dropped: NAT networks (not persisted on Server 2019+), networks with Flags & 8
        (EnableNonPersistent), their endpoints, the WinNAT entries and switches HNS made for
        them; endpoints leave the namespaces they were in. Kept: switches, persistent networks
        and their endpoints, namespaces, the ledger file (its stale IDs are for the collection
        to release). Overlay facts re-appear after the delay, as after a create. Returns what was
        dropped: {"boot_count", "networks": [names], "endpoints": [names]}, plus "routes" (how many
        ActiveStore routes were lost) when there were any.
        """
        dropped: dict = {"networks": [], "endpoints": []}
        with self.lock:
            for nid, net in list(self.data["networks"].items()):
                doc = net["doc"]
                if doc.get("Type") == "NAT" or int(doc.get("Flags") or 0) & 8:
                    for eid, ep in list(self.data["endpoints"].items()):
                        if ep["doc"].get("HostComputeNetwork", "").lower() == nid.lower():
                            dropped["endpoints"].append(ep["doc"].get("Name"))
                            self._drop_endpoint(eid)
                    dropped["networks"].append(doc.get("Name"))
                    self._drop_network(nid)
            now = time.monotonic()
            for nid in self.data["networks"]:
                self.created_at[nid] = now
            # ActiveStore routes are lost at a reboot (New-NetRoute.md -PolicyStore: "When a computer reboots,
            # information in this store is lost"); the v1 host attach is not kept either (hostnet.py: a modelling
            # choice, no source says).
            for vnic in [a for a in self.data["adapters"] if a["kind"] == "endpoint_vnic"]:
                self._remove_interface(vnic)
            if self.data["routes"]:
                dropped["routes"] = len(self.data["routes"])
            self.data["routes"] = []
            self.hidden_ids.clear()
            self.deleted_names.clear()
            self.data["boot_count"] += 1
            self.save()
        # The boot-time task (boot_replay) runs bridge operations: hvemu.bridge.reboot runs it after this.
        return {"boot_count": self.data["boot_count"], **dropped}

    def to_json(self) -> dict:
        return copy.deepcopy(self.data)

    def load_json(self, data: dict) -> None:
        self.data.update(copy.deepcopy(data))
        for key in ("vms", "routes", "firewall_rules"):  # a state file written before these existed
            self.data.setdefault(key, [])
        now = time.monotonic()
        self.created_at = {nid: now for nid in self.data["networks"]}

    def attach_state(self, path: Path) -> None:
        """Persist to `path` (JSON); load it first when present."""
        self.state_path = Path(path)
        if self.state_path.exists():
            self.load_json(json.loads(self.state_path.read_text()))
        else:
            self.save()

    def save(self) -> None:
        """Write the state file atomically (no-op without a state dir)."""
        if self.state_path is None:
            return
        tmp = self.state_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.data, indent=1))
        os.replace(tmp, self.state_path)

    def state(self) -> dict:
        """The full state for the control API (independent of the collection's reads)."""
        with self.lock:
            snap = self.read_sections(
                ["host", "hns_version", "adapters", "netnat", "networks", "endpoints", "namespaces", "ledger"],
                {},
                parse_documents=True,
                honour_faults=False,
            )
            snap["switches"] = self.switch_rows()
            snap["vm_adapters"] = self.vm_nic_rows(None)
            snap.update(self.host_net_state())
            snap["journal"] = copy.deepcopy(self.data["journal"])
            snap["kind"] = self.kind
            snap["parent"] = self.parent
            snap["windows"] = self.windows
            snap["blackout_remaining_s"] = max(0.0, self.blackout_until - time.monotonic())
            return snap


__all__ = ["OWNERSHIP_TAG", "HostModel", "ModelError"]
