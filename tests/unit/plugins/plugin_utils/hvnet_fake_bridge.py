"""A small in-memory stand-in for the bridge, for engine unit tests (the emulator covers end to end).

It parses the real stdin framing, applies the operations to a snapshot dict the way Windows would
report them back (integer enums, HCN strings with extra fields), and answers with a marked
response amid the noise a cmd shell adds. Faults: fail an operation, drop the connection after
some operations, refuse reads, delay overlay facts.
"""

import json
import uuid

from ansible.errors import AnsibleConnectionFailure

BRIDGE_TEXT = "# hyperv.network bridge v1\nparam($RequestLine)\n'fake'\n"
SWITCH_TYPES = {"Private": 0, "Internal": 1, "External": 2}


class FakeBridge:
    def __init__(
        self,
        snapshot,
        *,
        fail_at=None,
        hresult="0x803B0010",
        drop_after=None,
        read_failures=0,
        overlay_fact_delay=0,
        blackout_reads=0,
    ):
        self.data = snapshot
        self.fail_at = fail_at
        self.hresult = hresult
        self.drop_after = drop_after
        self.read_failures = read_failures
        self.overlay_fact_delay = overlay_fact_delay
        self.requests = []
        self.commands = []
        self.stdins = []
        self.pending_facts = {}
        self.blackout_reads = blackout_reads  # reads refused after a dropped apply (a disruptive change)
        self.in_blackout = False
        self.jobs = {}

    # -- transport -------------------------------------------------------------------------
    def __call__(self, cmd, in_data):
        self.commands.append(cmd)
        self.stdins.append(in_data)
        lines = in_data.decode("ascii").split("\r\n")
        request = json.loads(lines[lines.index("#hvnet-request") + 1])
        self.requests.append(request)
        mutating = any(op["op"] not in ("snapshot", "ping", "job_status") for op in request["ops"])
        if not mutating and self.in_blackout:
            self.blackout_reads -= 1
            self.in_blackout = self.blackout_reads > 0
            raise AnsibleConnectionFailure("winrm connection error: connection refused (host network blip)")
        if not mutating and self.read_failures:
            self.read_failures -= 1
            raise AnsibleConnectionFailure("winrm connection error: HTTPConnectionPool: Read timed out")
        results, error = [], None
        for index, op in enumerate(request["ops"]):
            if self.drop_after is not None and index >= self.drop_after and mutating:
                self.drop_after = None
                self.in_blackout = self.blackout_reads > 0
                raise AnsibleConnectionFailure("the WinRS shell was closed (connection reset)")
            if index == self.fail_at:
                results.append({"op": op["op"], "ok": False, "data": None})
                error = {
                    "index": index,
                    "op": op["op"],
                    "code": "HNS_ERROR",
                    "hresult": self.hresult,
                    "message": "HcnCreateNetwork failed",
                    "detail": None,
                }
                break
            results.append({"op": op["op"], "ok": True, "data": getattr(self, "op_" + op["op"])(op["args"])})
        response = {
            "protocol": 1,
            "request_id": request["request_id"],
            "ok": error is None,
            "elapsed_ms": 12,
            "results": results,
            "error": error,
        }
        body = json.dumps(response)
        stdout = "#< CLIXML\r\nsome noise\r\n##hvnet-response-begin##" + body + "##hvnet-response-end##\r\ntrailing\r\n"
        return (0 if error is None else 1), stdout, ""

    # -- operations ------------------------------------------------------------------------
    def op_job_start(self, args):
        """A detached job, run at once (its journal says applied; no repairs, no dead-man timer here)."""
        results = [
            {"op": op["op"], "ok": True, "data": getattr(self, "op_" + op["op"])(op["args"])} for op in args["ops"]
        ]
        self.jobs[args["job_id"]] = {
            "job_id": args["job_id"], "state": "applied", "confirmed": False, "deadman_s": args["deadman_s"],
            "steps": [], "results": results, "error": None, "config_before": [], "config_after": [], "repairs": [],
            "undone": [],
        }  # fmt: skip
        self.in_blackout = self.blackout_reads > 0  # the job's change cuts the host off after the answer
        return {"job_id": args["job_id"], "state": "running"}

    def op_job_status(self, args):
        return dict(self.jobs[args["job_id"]])

    def op_job_confirm(self, args):
        self.jobs[args["job_id"]].update(confirmed=True, state="confirmed")
        return dict(self.jobs[args["job_id"]])

    def op_snapshot(self, args):
        self._age_facts()
        out = {k: json.loads(json.dumps(self.data[k])) for k in args["kinds"] if k in self.data}
        return out

    def _age_facts(self):
        for net_id in list(self.pending_facts):
            self.pending_facts[net_id] -= 1
            if self.pending_facts[net_id] <= 0:
                del self.pending_facts[net_id]
                self._edit_network(
                    net_id,
                    lambda d: d.setdefault("Policies", []).append(
                        {"Type": "DrMacAddress", "Settings": {"Address": "00-15-5D-99-88-77"}}
                    ),
                )

    def _switch(self, sw_id):
        return next(s for s in self.data["switches"] if s["Id"] == sw_id)

    def op_switch_create(self, args):
        sw_id = str(uuid.uuid4())
        adapters = args.get("net_adapter_names") or []
        descs = [
            a["InterfaceDescription"]
            for name in adapters
            for a in self.data["adapters"]
            if a["Name"].lower() == name.lower()
        ]
        self.data["switches"].append(
            {
                "Id": sw_id,
                "Name": args["name"],
                "SwitchType": SWITCH_TYPES[args["switch_type"]],
                "AllowManagementOS": args.get("allow_management_os", args["switch_type"] != "Private"),
                "NetAdapterInterfaceDescription": descs[0] if len(descs) == 1 else None,
                "NetAdapterInterfaceDescriptions": descs or None,
                "EmbeddedTeamingEnabled": len(descs) > 1,
                "IovEnabled": args.get("enable_iov", False),
                "PacketDirectEnabled": args.get("enable_packet_direct", False),
                "BandwidthReservationMode": {"Default": 1, "Weight": 1, "Absolute": 2, "None": 3}[
                    args.get("minimum_bandwidth_mode", "Default")
                ],
                "Notes": args.get("notes"),
            }
        )
        return {"id": sw_id}

    def op_switch_set(self, args):
        sw = self._switch(args["id"])
        if "notes" in args:
            sw["Notes"] = args["notes"]
        if "allow_management_os" in args:
            sw["AllowManagementOS"] = args["allow_management_os"]
        if "switch_type" in args:
            sw["SwitchType"] = SWITCH_TYPES[args["switch_type"]]
        return {"id": args["id"]}

    def op_switch_remove(self, args):
        self.data["switches"] = [s for s in self.data["switches"] if s["Id"] != args["id"]]
        return {"id": args["id"]}

    def op_hcn_network_create(self, args):
        doc = json.loads(args["settings"])
        doc.update(ID=args["id"].upper(), Health={"LastErrorCode": 0}, State=1)
        if doc.get("Type") == "Overlay":
            pa = {"Type": "ProviderAddress", "Settings": {"ProviderAddress": "10.0.0.21"}}
            doc.setdefault("Policies", [])
            if not any(p["Type"] == "ProviderAddress" for p in doc["Policies"]):
                doc["Policies"].append(pa)
            if self.overlay_fact_delay:
                self.pending_facts[args["id"]] = self.overlay_fact_delay
            else:
                doc["Policies"].append({"Type": "DrMacAddress", "Settings": {"Address": "00-15-5D-99-88-77"}})
        self.data["networks"].append(json.dumps(doc))
        self.data["ledger"]["networks"].append(args["id"])
        return {"id": args["id"], "document": json.dumps(doc)}

    def _edit_network(self, net_id, edit):
        docs = []
        for text in self.data["networks"]:
            doc = json.loads(text)
            if doc["ID"].lower() == net_id.lower():
                edit(doc)
            docs.append(json.dumps(doc))
        self.data["networks"] = docs

    def op_hcn_network_modify(self, args):
        req = json.loads(args["request"])

        def edit(doc):
            policies = doc.setdefault("Policies", [])
            for p in req["Settings"]["Policies"]:
                if req["RequestType"] == "Add":
                    policies.append(p)
                else:
                    policies.remove(p)

        self._edit_network(args["id"], edit)
        return {"id": args["id"]}

    def op_hcn_network_delete(self, args):
        self.data["networks"] = [t for t in self.data["networks"] if json.loads(t)["ID"].lower() != args["id"]]
        self.data["ledger"]["networks"] = [i for i in self.data["ledger"]["networks"] if i.lower() != args["id"]]
        return {"id": args["id"]}

    def op_hcn_endpoint_create(self, args):
        doc = json.loads(args["settings"])
        doc.update(ID=args["id"], Health={"LastErrorCode": 0})
        doc.setdefault("MacAddress", "00-15-5D-52-C0-77")
        self.data["endpoints"].append(json.dumps(doc))
        self.data["ledger"]["endpoints"].append(args["id"])
        return {"id": args["id"], "document": json.dumps(doc)}

    def op_hcn_endpoint_delete(self, args):
        self.data["endpoints"] = [t for t in self.data["endpoints"] if json.loads(t)["ID"].lower() != args["id"]]
        self.data["ledger"]["endpoints"] = [i for i in self.data["ledger"]["endpoints"] if i.lower() != args["id"]]
        return {"id": args["id"]}

    def op_ledger_release(self, args):
        kind = args["kind"] + "s"
        self.data["ledger"][kind] = [i for i in self.data["ledger"][kind] if i.lower() != args["id"]]
        return {"id": args["id"]}
