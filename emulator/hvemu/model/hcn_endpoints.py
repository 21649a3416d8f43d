"""HNS endpoints and namespaces (HcnCreate/Modify/DeleteEndpoint and ...Namespace).

Endpoint records {"doc": ...}: addresses inside the network's subnets and free, the gateway
reserved unless the subnet says otherwise, a MAC from the network's pool, policies checked
against the network type and the host's HNS version. Namespaces hold endpoint resources.
"""

from __future__ import annotations

import copy
import ipaddress

from . import hnsdoc
from .errors import (
    ADDR_INVALID_OR_RESERVED,
    E_INVALIDARG,
    ENDPOINT_NAMESPACE_ALREADY_EXISTS,
    ENDPOINT_NOT_FOUND,
    ENTITY_HAS_REFERENCES,
    ERROR_ALREADY_EXISTS,
    ERROR_NOT_FOUND,
    INVALID_ENDPOINT,
    INVALID_IP,
    INVALID_REMOTE_ENDPOINT_OPERATION,
    NETWORK_NOT_FOUND,
    PORT_ALREADY_EXISTS,
    REQUEST_UNSUPPORTED,
    hns_error,
)
from .hns import HEALTH, NAMESPACE_TYPES, _ip, _prefix, _uint


class EndpointMixin:
    """HNS endpoint and namespace operations of HostModel (network lookups come from HnsMixin)."""

    # ---- endpoints --------------------------------------------------------------------------
    def op_hcn_endpoint_create(self, args: dict) -> dict:
        """HcnCreateEndpoint: addresses inside the network's subnets and free; MAC from the pool."""
        call = "HcnCreateEndpoint"
        eid = args["id"].upper()
        self.hns_call(call)
        doc = hnsdoc.parse_document(args["settings"], call)
        found = self.network(args["network_id"])
        if found is None:
            raise hns_error(NETWORK_NOT_FOUND, "HcnOpenNetwork")
        nid, net = found
        if self._entity("endpoints", eid):
            raise hns_error(ERROR_ALREADY_EXISTS, call)
        ntype = net["doc"]["Type"]
        name = doc.get("Name") or eid
        if not isinstance(name, str):
            raise hns_error(INVALID_ENDPOINT, call, "Name must be a string")
        dns = self._check_dns(doc.get("Dns"), INVALID_ENDPOINT, call)
        flags = doc.get("Flags", 0) or 0
        if not _uint(flags, 0xFFFFFFFF):
            raise hns_error(INVALID_ENDPOINT, call, "Flags must be an unsigned integer")
        remote = bool(flags & hnsdoc.ENDPOINT_FLAG_REMOTE)
        if remote and ntype not in ("Overlay", "L2Bridge"):
            raise hns_error(
                INVALID_REMOTE_ENDPOINT_OPERATION, call, f"remote endpoints need an Overlay network, not {ntype}"
            )
        policies = doc.get("Policies") or []
        if not isinstance(policies, list):
            raise hns_error(INVALID_ENDPOINT, call, "Policies must be a list")
        policies = [self._check_endpoint_policy(p, ntype, call) for p in policies]
        self._check_port_mappings(policies, None, call)
        ipconfs = self._endpoint_addresses(doc, nid, net, remote, call)
        mac = doc.get("MacAddress")
        if mac is not None:
            mac = hnsdoc.normalise_mac(mac) if isinstance(mac, str) else ""
            if len(mac) != 17:
                raise hns_error(INVALID_ENDPOINT, call, f"MacAddress {doc.get('MacAddress')!r}")
        mac = mac or self._next_mac(nid, net)
        subnet = self._subnet_for(net, ipconfs[0]["IpAddress"]) if ipconfs else None
        routes = doc.get("Routes")
        if routes is not None:
            if not isinstance(routes, list) or not all(isinstance(r, dict) for r in routes):
                raise hns_error(INVALID_ENDPOINT, call, "Routes must be a list of {NextHop, DestinationPrefix}")
            for r in routes:
                _prefix(r.get("DestinationPrefix", "0.0.0.0/0"), call)
                if r.get("NextHop") is not None:
                    _ip(r["NextHop"], INVALID_ENDPOINT, call, "NextHop")
        if routes is None and subnet is not None:
            # Without Routes the endpoint takes its subnet's routes (its gateway): a modelling choice. Whether HCN
            # v2 does is not verified (review 3 finding 2); one reading of microsoft/SDN start-kubelet.ps1, which
            # passes `-Gateway "0.0.0.0"` for the host endpoint it attaches, is that HNS would otherwise fill one
            # in. An attach then gives the host vNIC that 0.0.0.0/0 (model/hostnet.py), and the bridge's
            # hcn_endpoint_host_attach removes it (docs/design/host-objects.md).
            routes = [
                {"NextHop": r["NextHop"], "DestinationPrefix": r["DestinationPrefix"], "Metric": r["Metric"]}
                for r in subnet["Routes"]
            ]
        out = {
            "ID": eid,
            "Name": name,
            "HostComputeNetwork": nid,
            "Policies": copy.deepcopy(policies),
            "IpConfigurations": ipconfs,
            "Dns": dns or copy.deepcopy(net["doc"].get("Dns") or {}),
            "Routes": routes or [],
            "MacAddress": mac,
            "Flags": flags,
            "Health": copy.deepcopy(HEALTH),
            "SchemaVersion": dict(hnsdoc.SCHEMA_VERSION),
            "State": 1,
        }
        ns_id = doc.get("HostComputeNamespace")
        if ns_id:
            ns = self._entity("namespaces", str(ns_id))
            if ns is None:
                raise hns_error(ERROR_NOT_FOUND, call, f"namespace {ns_id}")
        self.data["endpoints"][eid] = {"doc": out}
        if ns_id:
            self._attach(ns[0], eid, call)
        self._after_create(eid)
        return {"id": args["id"], "document": hnsdoc.dumps(self.data["endpoints"][eid]["doc"])}

    def _check_port_mappings(self, policies: list, skip_eid: str | None, call: str) -> None:
        """WinNAT maps a (protocol, external port, VIP) once per host."""
        taken = set()
        for eid, ep in self.data["endpoints"].items():
            if eid == skip_eid:
                continue
            for pol in hnsdoc.policies_of(ep["doc"], "PortMapping"):
                s = pol.get("Settings") or {}
                if s.get("ExternalPort"):
                    taken.add((s.get("Protocol", 6), s["ExternalPort"], s.get("VIP", "")))
        for pol in policies:
            s = pol.get("Settings") or {}
            if pol["Type"] == "PortMapping" and s.get("ExternalPort"):
                key = (s.get("Protocol", 6), s["ExternalPort"], s.get("VIP", ""))
                if key in taken:
                    raise hns_error(PORT_ALREADY_EXISTS, call, f"external port {key[1]} is mapped already")
                taken.add(key)

    def _subnet_for(self, net: dict, address: str) -> dict | None:
        ip = ipaddress.ip_address(address)
        return next(
            (
                s
                for s in hnsdoc.subnets_of(net["doc"])
                if ip.version == hnsdoc.subnet_network(s).version and ip in hnsdoc.subnet_network(s)
            ),
            None,
        )

    def _endpoint_addresses(self, doc: dict, nid: str, net: dict, remote: bool, call: str) -> list[dict]:
        used = {c["IpAddress"] for ep in self.endpoints_of(nid) for c in ep["doc"].get("IpConfigurations") or []}
        confs = doc.get("IpConfigurations")
        if confs is None and doc.get("IPAddress"):
            confs = [{"IpAddress": doc["IPAddress"]}]
        if not confs:
            if remote:
                raise hns_error(INVALID_ENDPOINT, call, "a remote endpoint needs an address")
            return self._allocate(net, used, call)
        out = []
        for conf in confs:
            if not isinstance(conf, dict):
                raise hns_error(INVALID_IP, call, "an IpConfiguration must be an object")
            ip = _ip(conf.get("IpAddress"), INVALID_IP, call, "IpAddress")
            subnet = self._subnet_for(net, str(ip))
            if subnet is None and not remote:
                raise hns_error(INVALID_IP, call, f"{ip} is in no subnet of network {net['doc']['Name']!r}")
            if subnet is not None:
                prefix = hnsdoc.subnet_network(subnet)
                reserved = {prefix.network_address}
                if prefix.version == 4 and prefix.prefixlen < 31:
                    reserved.add(prefix.broadcast_address)
                if not subnet["Flags"] & hnsdoc.SUBNET_FLAG_DO_NOT_RESERVE_GATEWAY:
                    reserved.update(ipaddress.ip_address(g) for g in hnsdoc.subnet_gateways(subnet))
                if ip in reserved:
                    raise hns_error(ADDR_INVALID_OR_RESERVED, call, f"{ip} is reserved in {prefix}")
            if str(ip) in used:
                raise hns_error(ADDR_INVALID_OR_RESERVED, call, f"{ip} is in use by another endpoint")
            used.add(str(ip))
            plen = conf.get("PrefixLength") or (
                hnsdoc.subnet_network(subnet).prefixlen if subnet else (32 if ip.version == 4 else 128)
            )
            out.append({"IpAddress": str(ip), "PrefixLength": plen})
        return out

    def _allocate(self, net: dict, used: set, call: str) -> list[dict]:
        for subnet in hnsdoc.subnets_of(net["doc"]):
            prefix = hnsdoc.subnet_network(subnet)
            reserved = set(hnsdoc.subnet_gateways(subnet))
            for host in prefix.hosts():
                if str(host) not in used and str(host) not in reserved:
                    return [{"IpAddress": str(host), "PrefixLength": prefix.prefixlen}]
                if host.packed[-1] == 255 and int(host) - int(prefix.network_address) > 4096:
                    break
        if not hnsdoc.subnets_of(net["doc"]):
            return []  # DHCP / no IPAM: the endpoint gets its address elsewhere
        raise hns_error(INVALID_IP, call, "no free address in the network's subnets")

    def _next_mac(self, nid: str, net: dict) -> str:
        start = net["doc"]["MacPool"]["Ranges"][0]["StartMacAddress"]
        base = int(start.replace("-", ""), 16)
        used = {hnsdoc.normalise_mac(ep["doc"]["MacAddress"]) for ep in self.endpoints_of(nid)}
        for offset in range(1, 4096):
            mac = hnsdoc.normalise_mac(f"{base + offset:012X}")
            if mac not in used:
                return mac
        raise hns_error(INVALID_ENDPOINT, "HcnCreateEndpoint", "MAC pool exhausted")

    def _drop_endpoint(self, eid: str) -> None:
        vnic = self.attached_vnic(eid)
        if vnic is not None:  # a modelling choice: the host vNIC of an attached endpoint goes with it
            self._remove_interface(vnic)
        self.data["endpoints"].pop(eid, None)
        for ns in self.data["namespaces"].values():
            ns["doc"]["Resources"] = [
                r for r in ns["doc"]["Resources"] if str(r["Data"].get("Id", "")).lower() != eid.lower()
            ]

    def op_hcn_endpoint_delete(self, args: dict) -> dict:
        """HcnDeleteEndpoint (detaches it from its namespace)."""
        call = "HcnDeleteEndpoint"
        self.hns_call(call)
        found = self._entity("endpoints", args["id"])
        if found is None:
            raise hns_error(ENDPOINT_NOT_FOUND, call)
        self._drop_endpoint(found[0])
        return {"id": args["id"]}

    def op_hcn_endpoint_modify(self, args: dict) -> dict:
        """HcnModifyEndpoint: Policy Add/Remove/Update, Port attach."""
        call = "HcnModifyEndpoint"
        self.hns_call(call)
        found = self._entity("endpoints", args["id"])
        if found is None:
            raise hns_error(ENDPOINT_NOT_FOUND, "HcnOpenEndpoint")
        eid, ep = found
        request = hnsdoc.parse_document(args["request"], call)
        rtype, req, settings = request.get("ResourceType"), request.get("RequestType"), request.get("Settings")
        doc = ep["doc"]
        if rtype == "Policy":
            ntype = self.network(doc["HostComputeNetwork"])[1]["doc"]["Type"]
            checker = lambda p: self._check_endpoint_policy(p, ntype, call)  # noqa: E731
            policies = self._modify_policies(doc.get("Policies") or [], req, settings, checker, call)
            self._check_port_mappings([p for p in policies if p not in doc.get("Policies", [])], eid, call)
            doc["Policies"] = policies
        elif rtype == "Port" and req in ("Add", "Update") and isinstance(settings, dict):
            if doc["Flags"] & hnsdoc.ENDPOINT_FLAG_REMOTE:
                raise hns_error(INVALID_REMOTE_ENDPOINT_OPERATION, call)
            doc["Port"] = settings
        else:
            raise hns_error(REQUEST_UNSUPPORTED, call, f"ResourceType {rtype!r} RequestType {req!r}")
        return {"id": args["id"]}

    # ---- namespaces -------------------------------------------------------------------------
    def op_hcn_namespace_create(self, args: dict) -> dict:
        """HcnCreateNamespace, with endpoint resources attached at once."""
        call = "HcnCreateNamespace"
        nsid = args["id"].upper()
        self.hns_call(call)
        doc = hnsdoc.parse_document(args["settings"], call)
        if self._entity("namespaces", nsid):
            raise hns_error(ERROR_ALREADY_EXISTS, call)
        ntype = doc.get("Type", "Host")
        if ntype not in NAMESPACE_TYPES:
            raise hns_error(E_INVALIDARG, call, f"namespace Type {ntype!r}")
        resources = doc.get("Resources") or []
        endpoint_ids = []
        for res in resources:
            if not isinstance(res, dict) or res.get("Type") not in ("Endpoint", "Container"):
                raise hns_error(E_INVALIDARG, call, "a resource needs Type Endpoint or Container")
            if res["Type"] == "Endpoint":
                data = res.get("Data")
                if not isinstance(data, dict):
                    raise hns_error(E_INVALIDARG, call, "an Endpoint resource needs Data {Id}")
                endpoint_ids.append(str(data.get("Id", "")))
        for eid in endpoint_ids:
            self._endpoint_attachable(eid, call)
        number = 1 + max([ns["doc"]["NamespaceId"] for ns in self.data["namespaces"].values()] or [0])
        self.data["namespaces"][nsid] = {
            "doc": {
                "ID": nsid,
                "Type": ntype,
                "NamespaceId": number,
                "Resources": [],
                "SchemaVersion": dict(hnsdoc.SCHEMA_VERSION),
                "State": 1,
            }
        }
        for eid in endpoint_ids:
            self._attach(nsid, eid, call)
        self._after_create(nsid)
        return {"id": args["id"], "document": hnsdoc.dumps(self.data["namespaces"][nsid]["doc"])}

    def _endpoint_attachable(self, eid: str, call: str) -> tuple[str, dict]:
        found = self._entity("endpoints", eid)
        if found is None:
            raise hns_error(ENDPOINT_NOT_FOUND, call)
        if found[1]["doc"].get("HostComputeNamespace"):
            raise hns_error(ENDPOINT_NAMESPACE_ALREADY_EXISTS, call)
        return found

    def _attach(self, nsid: str, eid: str, call: str) -> None:
        key, ep = self._endpoint_attachable(eid, call)
        ep["doc"]["HostComputeNamespace"] = nsid
        self.data["namespaces"][nsid]["doc"]["Resources"].append({"Type": "Endpoint", "Data": {"Id": key}})

    def op_hcn_namespace_modify(self, args: dict) -> dict:
        """HcnModifyNamespace: Endpoint Add/Remove."""
        call = "HcnModifyNamespace"
        self.hns_call(call)
        found = self._entity("namespaces", args["id"])
        if found is None:
            raise hns_error(ERROR_NOT_FOUND, "HcnOpenNamespace", "namespace")
        nsid, ns = found
        request = hnsdoc.parse_document(args["request"], call)
        settings = request.get("Settings") or {}
        if request.get("ResourceType") != "Endpoint" or not isinstance(settings, dict):
            raise hns_error(REQUEST_UNSUPPORTED, call, f"ResourceType {request.get('ResourceType')!r}")
        eid = str(settings.get("EndpointId", ""))
        if request.get("RequestType") == "Add":
            self._attach(nsid, eid, call)
        elif request.get("RequestType") == "Remove":
            found_ep = self._entity("endpoints", eid)
            if found_ep is None or str(found_ep[1]["doc"].get("HostComputeNamespace", "")).lower() != nsid.lower():
                raise hns_error(ERROR_NOT_FOUND, call, f"endpoint {eid} is not in namespace {nsid}")
            found_ep[1]["doc"].pop("HostComputeNamespace", None)
            ns["doc"]["Resources"] = [
                r for r in ns["doc"]["Resources"] if str(r["Data"].get("Id", "")).lower() != eid.lower()
            ]
        else:
            raise hns_error(REQUEST_UNSUPPORTED, call, f"RequestType {request.get('RequestType')!r}")
        return {"id": args["id"]}

    def op_hcn_namespace_delete(self, args: dict) -> dict:
        """HcnDeleteNamespace: refused while endpoints are attached."""
        call = "HcnDeleteNamespace"
        self.hns_call(call)
        found = self._entity("namespaces", args["id"])
        if found is None:
            raise hns_error(ERROR_NOT_FOUND, call, "namespace")
        if found[1]["doc"]["Resources"]:
            raise hns_error(ENTITY_HAS_REFERENCES, call, "endpoints are attached")
        del self.data["namespaces"][found[0]]
        return {"id": args["id"]}
