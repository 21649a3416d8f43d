# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""HNS endpoints: read from a snapshot (a mixin of state.HostState), their desired form, and their
planning (a mixin of planner.Planner); internal collection use only."""

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from ansible_collections.hyperv.network.plugins.plugin_utils import hcn
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import HvNetPlanError
from ansible_collections.hyperv.network.plugins.plugin_utils.plan_ops import (
    PlannedOp,
    PlannerParts,
    is_ipv6,
    precondition,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.state_values import (
    acl,
    guid,
    int_or,
    json_document,
    outbound_nat,
    policy_settings,
    policy_sort_key,
    port_mapping,
    port_mapping_flags,
    raw_policy,
    route,
    sdn_route,
    sort_endpoint_lists,
    split_default_route,
)


class EndpointPlanning(PlannerParts):
    """The endpoint methods of planner.Planner: gate, converge, update, attach and create HNS endpoints."""

    def _network_for_endpoint(self, want: dict[str, Any]) -> tuple[str, Any, bool]:
        """(network id, network name key, created in this batch?) for an endpoint's network name."""
        if not want["network"]:
            raise HvNetPlanError("config.endpoints: endpoint %r: network is required" % want["name"])
        key = norm.name_key(want["network"])
        if key in self.new_network_ids:
            return self.new_network_ids[key], key, True
        have = self.current.networks.get(key)
        if have is None or have["id"] in self.deleted_networks:
            raise HvNetPlanError(
                "config.endpoints: endpoint %r: network %r does not exist on the host and is not in config.networks"
                % (want["name"], want["network"]),
                object=want["name"],
            )
        return have["id"], key, False

    def _gate_ipv6_endpoint(self, want: dict[str, Any], network_key: Any, have: dict[str, Any] | None = None) -> None:
        """IPv6 endpoint addresses, gateways, port-mapping VIPs and SDN routes: as for networks (what the host
        already has is no change and passes)."""
        fields: list[str] = []
        for field in ("ip_address", "gateway"):
            if is_ipv6(want.get(field)) and (have or {}).get(field) != want[field]:
                fields.append("%s %s" % (field, want[field]))
        for i, m in enumerate(want.get("port_mappings") or []):
            if is_ipv6(m.get("vip")):
                fields.append("port_mappings[%d].vip %s" % (i, m["vip"]))
        for i, r in enumerate(want.get("sdn_routes") or []):
            if is_ipv6(r.get("destination_prefix")):
                fields.append("sdn_routes[%d].destination_prefix %s" % (i, r["destination_prefix"]))
        if not fields:
            return
        net = self.current.networks.get(network_key) or {}
        desired = next((n for n in self.desired["networks"] if norm.name_key(n["name"]) == network_key), None)
        ntype = (desired or {}).get("type") or net.get("type") or ("nat" if desired else None)
        self._refuse_ipv6(fields, ntype, "config.endpoints: endpoint %r" % want["name"])

    def _network_type(self, network_key: Any) -> str | None:
        """The canonical type of the network an endpoint goes on: the desired one, else the host's."""
        desired = next((n for n in self.desired["networks"] if norm.name_key(n["name"]) == network_key), None)
        net = self.current.networks.get(network_key) or {}
        return (desired or {}).get("type") or net.get("type") or ("nat" if desired else None)

    def _with_port_mapping_flags(self, want: dict[str, Any], network_key: Any) -> dict[str, Any]:
        """The desired endpoint with each port mapping's NatFlags set from its network's type (hns 3)."""
        if not want.get("port_mappings"):
            return want
        ntype = self._network_type(network_key)
        want = dict(want)
        filled = []
        for m in want["port_mappings"]:
            m = dict(m)
            flags = port_mapping_flags(ntype, m.get("vip")) if m.get("flags") is None else m["flags"]
            m.pop("flags", None)
            if flags:
                m["flags"] = flags
            filled.append(m)
        want["port_mappings"] = sorted(
            filled, key=lambda m: (m["protocol"], m["external_port"], m["internal_port"], m["vip"])
        )
        return want

    def _converge_endpoint(self, want: dict[str, Any], have: dict[str, Any] | None) -> None:
        kind = "endpoints"
        network_id, network_key = self._network_for_endpoint(want)[:2]
        self._gate_ipv6_endpoint(want, network_key, have)
        want = self._with_port_mapping_flags(want, network_key)
        if have is not None and have["id"] is not None and self._already_deleted(kind, have):
            # Deleted because its network is re-created: create it again on the new network.
            self._create_endpoint(want, network_id)
            return
        if have is None:
            self._create_endpoint(want, network_id)
            return
        diffs: list[tuple[str, Any, Any]] = []
        if norm.name_key(have["network"]) != network_key:
            diffs.append(("network", have["network"], want["network"]))
        for field in ("ip_address", "prefix_length", "mac_address", "gateway", "dns", "provider_address"):
            if want[field] is not None and want[field] != have[field]:
                diffs.append((field, have[field], want[field]))
        remote = want["remote"] if want["remote"] is not None else (False if self.exact else None)
        if remote is not None and bool(remote) != have["remote"]:
            diffs.append(("remote", have["remote"], remote))
        if self._create_only(kind, have, diffs):
            self._create_endpoint(want, network_id)
            return
        self._update_endpoint(want, have)

    def _update_endpoint(self, want: dict[str, Any], have: dict[str, Any]) -> None:
        kind = "endpoints"
        key = norm.name_key(have["name"])
        expected = dict(have)
        add, remove = [], []
        fields = (
            ("port_mappings", hcn.port_mapping_policy),
            ("acls", hcn.acl_policy),
            ("sdn_routes", hcn.sdn_route_policy),
        )
        for field, make in fields:
            wanted = want[field]
            if wanted is None:
                wanted = [] if self.exact else None
            if wanted is None:
                continue
            add += [make(x) for x in wanted if x not in have[field]]
            if self.exact:
                remove += [self._host_policy(have, make(x)) for x in have[field] if x not in wanted]
            expected[field] = wanted if self.exact else have[field] + [x for x in wanted if x not in have[field]]
        onat = want["outbound_nat"]
        if onat is not None and onat != have["outbound_nat"]:
            add.append(hcn.outbound_nat_policy(onat))
            if have["outbound_nat"] is not None:
                remove.append(self._host_policy(have, hcn.outbound_nat_policy(have["outbound_nat"])))
            expected["outbound_nat"] = onat
        elif onat is None and self.exact and have["outbound_nat"] is not None:
            remove.append(self._host_policy(have, hcn.outbound_nat_policy(have["outbound_nat"])))
            expected["outbound_nat"] = None
        if want["policies"] is not None:
            add += [p for p in want["policies"] if p not in have["policies"]]
            if self.exact:
                remove += [self._host_policy(have, p) for p in have["policies"] if p not in want["policies"]]
            expected["policies"] = (
                want["policies"]
                if self.exact
                else have["policies"] + [p for p in want["policies"] if p not in have["policies"]]
            )
        pre = [precondition("endpoint", "present", id=have["id"])]
        for request_type, policies in (("Remove", remove), ("Add", add)):
            if policies:
                self.plan.changes[kind].append(
                    PlannedOp(
                        "hcn_endpoint_modify",
                        {"id": have["id"], "request": hcn.policy_request(request_type, policies)},
                        pre,
                        "update endpoint %s: %s policies %s"
                        % (have["name"], request_type.lower(), ", ".join(p["Type"] for p in policies)),
                        kind=kind,
                        name=have["name"],
                        action="update",
                        key=("update", kind, key, "policies-" + request_type.lower()),
                    )
                )
        if want["namespace"] is not None and want["namespace"] != have["namespace"]:
            self._attach_namespace(want, have["id"], have["namespace"])
            expected["namespace"] = want["namespace"]
        if add or remove or expected["namespace"] != have["namespace"]:
            sort_endpoint_lists(expected)
            self.plan.expected[kind][key] = expected

    def _host_policy(self, have: dict[str, Any], built: dict[str, Any]) -> dict[str, Any]:
        """The policy exactly as HNS holds it (for Remove), matched through the same normalisation."""
        probe = _EndpointProbe()
        target = _canonical_endpoint_policy(probe, built)
        for raw in have["_policies"]:
            if raw["Type"].lower() == built["Type"].lower() and _canonical_endpoint_policy(probe, raw) == target:
                return raw
        return built

    def _attach_namespace(self, want: dict[str, Any], endpoint_id: str, old_namespace: str | None) -> None:
        kind = "namespaces"
        ns = want["namespace"]
        if ns not in self.current.namespaces and "namespaces" in self.current.sections:
            raise HvNetPlanError(
                "config.endpoints: endpoint %r: namespace %s does not exist on the host" % (want["name"], ns),
                object=want["name"],
            )
        if old_namespace:
            self.plan.changes[kind].append(
                PlannedOp(
                    "hcn_namespace_modify",
                    {"id": old_namespace, "request": hcn.namespace_endpoint_request("Remove", endpoint_id)},
                    [precondition("namespace", "present", id=old_namespace)],
                    "detach endpoint %s from namespace %s" % (want["name"], old_namespace),
                    kind="endpoints",
                    name=want["name"],
                    action="update",
                    key=("update", "endpoints", norm.name_key(want["name"]), "namespace-remove"),
                )
            )
        self.plan.changes[kind].append(
            PlannedOp(
                "hcn_namespace_modify",
                {"id": ns, "request": hcn.namespace_endpoint_request("Add", endpoint_id)},
                [precondition("namespace", "present", id=ns)],
                "attach endpoint %s to namespace %s" % (want["name"], ns),
                kind="endpoints",
                name=want["name"],
                action="update",
                key=("update", "endpoints", norm.name_key(want["name"]), "namespace-add"),
            )
        )

    def _create_endpoint(self, want: dict[str, Any], network_id: str) -> None:
        new_id = self.uuid_factory()
        key = norm.name_key(want["name"])
        filled = dict(want)
        for field in ("port_mappings", "acls", "sdn_routes", "policies"):
            if filled[field] is None:
                filled[field] = []
        filled["remote"] = bool(filled["remote"])
        if filled["remote"]:
            hcn.require_feature(
                "v2_api",
                self.current.hns_version,
                self.current.os_build,
                "config.endpoints: endpoint %r" % want["name"],
            )
        doc = hcn.endpoint_document(filled, network_id)
        expected = dict(filled)
        expected.update(id=new_id, owned=True, namespace=None)
        self.plan.expected["endpoints"][key] = expected
        where = " (%s)" % filled["ip_address"] if filled["ip_address"] else ""
        self.plan.changes["endpoints"].append(
            PlannedOp(
                "hcn_endpoint_create",
                {"id": new_id, "network_id": network_id, "settings": doc},
                [
                    precondition("network", "present", id=network_id),
                    precondition("endpoint", "absent", name=want["name"]),
                ],
                "create endpoint %s on %s%s" % (want["name"], want["network"], where),
                kind="endpoints",
                name=want["name"],
                action="create",
                key=("create", "endpoints", key),
            )
        )
        if want["namespace"]:
            self._attach_namespace(want, new_id, None)
            expected["namespace"] = want["namespace"]


def _canonical_endpoint_policy(probe: "EndpointRead", policy: dict[str, Any]) -> dict[str, Any]:
    doc: dict[str, Any] = {"Name": "probe", "Policies": [policy]}
    # cast for mypy: a document with a Name always reads as an endpoint
    ep = cast(dict[str, Any], probe._endpoint_from_hcn(json.dumps(doc)))
    return {k: ep[k] for k in ("port_mappings", "acls", "sdn_routes", "outbound_nat", "provider_address", "policies")}


def _read_policy(ep: dict[str, Any], p: dict[str, Any]) -> None:
    """One HCN policy of an endpoint into ``ep``: the typed options take the policies the engine reads as options,
    ``policies`` the rest; ``_policies`` keeps every policy as HNS has it."""
    ptype = str(p.get("Type") or "")
    settings = policy_settings(p)
    lowered = ptype.lower()
    ep["_policies"].append({"Type": ptype, "Settings": settings})
    if lowered == "portmapping":
        ep["port_mappings"].append(
            port_mapping(
                settings.get("Protocol"),
                settings.get("InternalPort"),
                settings.get("ExternalPort"),
                settings.get("VIP"),
                settings.get("Flags") or 0,
            )
        )
    elif lowered == "outboundnat":
        ep["outbound_nat"] = outbound_nat(settings.get("VirtualIP"), settings.get("Exceptions"))
    elif lowered == "acl":
        ep["acls"].append(
            acl(
                {
                    "action": settings.get("Action"),
                    "direction": settings.get("Direction"),
                    "protocols": settings.get("Protocols"),
                    "local_ports": settings.get("LocalPorts"),
                    "remote_ports": settings.get("RemotePorts"),
                    "local_addresses": settings.get("LocalAddresses"),
                    "remote_addresses": settings.get("RemoteAddresses"),
                    "priority": settings.get("Priority"),
                    "rule_type": settings.get("RuleType"),
                }
            )
        )
    elif lowered == "sdnroute":
        ep["sdn_routes"].append(
            sdn_route(settings.get("DestinationPrefix"), settings.get("NextHop"), settings.get("NeedEncap"))
        )
    elif lowered == "provideraddress":
        ep["provider_address"] = norm.ip_lenient(settings.get("ProviderAddress"))
    else:
        ep["policies"].append(raw_policy(p))


class EndpointRead:
    """Reading endpoints from a snapshot (a mixin of state.HostState)."""

    if TYPE_CHECKING:  # what state.HostState gives the mixin
        ledger: dict[str, set[str]]

        def network_by_id(self, network_id: str | None) -> dict[str, Any] | None: ...

    def _endpoint_from_hcn(self, text: Any) -> dict[str, Any] | None:
        doc = json_document(text)
        if doc is None or not doc.get("Name"):
            return None
        ep_id = guid(doc.get("ID") or doc.get("Id"))
        network_id = guid(doc.get("HostComputeNetwork") or doc.get("VirtualNetwork"))
        network = self.network_by_id(network_id)
        ipconfs = doc.get("IpConfigurations") or []
        ip_address = prefix_length = None
        if ipconfs:
            ip_address = norm.ip_lenient(ipconfs[0].get("IpAddress")) if ipconfs[0].get("IpAddress") else None
            prefix_length = int_or(ipconfs[0].get("PrefixLength"), None)
        routes = [route(r.get("DestinationPrefix"), r.get("NextHop"), r.get("Metric")) for r in doc.get("Routes") or []]
        gateway = split_default_route(routes, None)[0]
        ep: dict[str, Any] = {
            "name": doc.get("Name"),
            "network": network["name"] if network else network_id,
            "ip_address": ip_address,
            "prefix_length": prefix_length,
            "mac_address": None,
            "gateway": gateway,
            "dns": norm.dns_from_hcn(doc.get("Dns")),
            "port_mappings": [],
            "outbound_nat": None,
            "acls": [],
            "sdn_routes": [],
            "provider_address": None,
            "remote": bool(int_or(doc.get("Flags"), 0) & 1),
            "namespace": guid(doc.get("HostComputeNamespace")),
            "policies": [],
            "id": ep_id,
            "network_id": network_id,
            "owned": ep_id in self.ledger["endpoints"],
            "_policies": [],
        }
        try:
            ep["mac_address"] = norm.mac(doc.get("MacAddress"))
        except ValueError:
            ep["mac_address"] = doc.get("MacAddress")
        for p in doc.get("Policies") or []:
            _read_policy(ep, p)
        sort_endpoint_lists(ep)
        reason = "its ID is not in the ledger (a container runtime or CNI endpoint, or made by hand)"
        ep["foreign_reason"] = None if ep["owned"] else reason
        return ep


# --- desired side: unset options stay None ("not specified"); the planner decides per state what None means.


def endpoint_from_config(item: dict[str, Any]) -> dict[str, Any]:
    """Canonical desired endpoint (validated config item)."""

    def listed(key: str, make: Callable[[Any], dict[str, Any]]) -> list[dict[str, Any]] | None:
        value = item.get(key)
        return None if value is None else [make(v) for v in value]

    onat = item.get("outbound_nat")
    ep: dict[str, Any] = {
        "name": item["name"],
        "network": item.get("network"),
        "ip_address": norm.ip(item.get("ip_address")) if item.get("ip_address") else None,
        "prefix_length": item.get("prefix_length"),
        "mac_address": norm.mac(item.get("mac_address")) if item.get("mac_address") else None,
        "gateway": norm.ip(item.get("gateway")) if item.get("gateway") else None,
        "dns": norm.dns(item.get("dns")) if item.get("dns") is not None else None,
        "port_mappings": listed(
            "port_mappings",
            lambda m: port_mapping(
                m.get("protocol"), m.get("internal_port"), m.get("external_port"), m.get("vip"), None
            ),
        ),
        "outbound_nat": outbound_nat(onat.get("virtual_ip"), onat.get("exceptions")) if onat else None,
        "acls": listed("acls", acl),
        "sdn_routes": listed(
            "sdn_routes", lambda r: sdn_route(r.get("destination_prefix"), r.get("next_hop"), r.get("need_encap"))
        ),
        "provider_address": norm.ip(item.get("provider_address")) if item.get("provider_address") else None,
        "remote": item.get("remote"),
        "namespace": guid(item.get("namespace")),
        "policies": listed("policies", raw_policy),
        "host_attach": item.get("host_attach"),
    }
    for key in ("port_mappings", "acls", "sdn_routes", "policies"):
        if ep[key] is not None:
            ep[key].sort(
                key=policy_sort_key
                if key != "port_mappings"
                else (lambda m: (m["protocol"], m["external_port"], m["internal_port"], m["vip"]))
            )
    return ep


class _EndpointProbe(EndpointRead):
    """Just enough of a HostState to read one endpoint policy in canonical form (no network, no ledger)."""

    ledger: dict[str, set[str]] = {"endpoints": set()}

    def network_by_id(self, network_id: str | None) -> dict[str, Any] | None:  # pylint: disable=unused-argument
        return None
