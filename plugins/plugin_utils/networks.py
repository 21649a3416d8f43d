# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""HNS networks: read from a snapshot (a mixin of state.HostState), their desired form, and their
planning (a mixin of planner.Planner); internal collection use only."""

from typing import TYPE_CHECKING, Any

from ansible_collections.hyperv.network.plugins.plugin_utils import hcn, network_fields
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import HvNetPlanError
from ansible_collections.hyperv.network.plugins.plugin_utils.plan_ops import (
    PlannedOp,
    PlannerParts,
    is_ipv6,
    precondition,
    shown,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.state_values import (
    foreign_reason,
    guid,
    int_or,
    json_document,
    policy_settings,
    policy_sort_key,
    raw_policy,
    remote_subnet_route,
    route,
    route_key,
    subnet,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.validate import norm_host_route

DISRUPTIVE_NETWORK_TYPES = ("transparent", "l2bridge", "overlay")
HOST_ROUTE_AUTO = "host-route-auto"  # the last element of the key of a host_route: auto operation


class NetworkPlanning(PlannerParts):
    """The network methods of planner.Planner: gate, converge, update and create HNS networks."""

    def _network_wanted(self, want: dict[str, Any]) -> dict[str, Any]:
        """The desired network with adapter/switch resolved to one physical adapter name."""
        want = dict(want)
        want["host_route"] = norm_host_route(want.get("host_route"))  # True, False, "auto" or None
        adapter = None
        if want["adapter"]:
            adapter = self._existing_adapter(
                self.current.resolve_adapter(want["adapter"]),
                want["adapter"],
                "config.networks: network %r: adapter" % want["name"],
            )
        if want.get("switch"):
            via_switch = self._switch_adapter(want["switch"], want["name"])
            if adapter and norm.name_key(adapter) != norm.name_key(via_switch):
                raise HvNetPlanError(
                    "config.networks: network %r: adapter %r and switch %r (on adapter %r) disagree; give one of them"
                    % (want["name"], want["adapter"], want["switch"], via_switch)
                )
            adapter = via_switch
        want["adapter"] = adapter
        return want

    def _network_defaults(self, want: dict[str, Any]) -> dict[str, Any]:
        filled = dict(want)
        if filled["type"] is None:
            filled["type"] = "nat"
        if filled["subnets"]:
            filled["subnets"] = [
                dict(sn, gateway=sn["gateway"] or hcn.default_gateway(sn["prefix"])) for sn in filled["subnets"]
            ]
        filled.update(network_fields.defaults(filled))
        return filled

    def _gate_network(self, want: dict[str, Any]) -> None:
        hv, build = self.current.hns_version, self.current.os_build
        where = "config.networks: network %r" % want["name"]
        hcn.require_feature("v2_api", hv, build, where)
        self._gate_ipv6_network(want, where)
        if want.get("remote_subnet_routes"):
            hcn.require_feature("remote_subnet_routes", hv, build, where + ", remote_subnet_routes")
        for feature, option in network_fields.gates(want):
            hcn.require_feature(feature, hv, build, "%s, %s" % (where, option))

    def _gate_ipv6_network(self, want: dict[str, Any], where: str) -> None:
        """IPv6 on a network: never on nat/overlay (MS docs container-networking/architecture.md), elsewhere
        HNS 11.10 or later (hcsshim IPv6DualStackVersion)."""
        have = self.current.networks.get(norm.name_key(want["name"])) or {}
        held = {sn.get("prefix") for sn in have.get("subnets") or []}  # what the host already has is no change
        fields: list[str] = []
        for i, sn in enumerate(want.get("subnets") or []):
            if is_ipv6(sn.get("prefix")) and norm.prefix_lenient(sn["prefix"]) not in held:
                fields.append("subnets[%d].prefix %s" % (i, sn["prefix"]))
            for j, r in enumerate(sn.get("routes") or []):
                if is_ipv6(r.get("destination")):
                    fields.append("subnets[%d].routes[%d].destination %s" % (i, j, r["destination"]))
        for i, r in enumerate(want.get("remote_subnet_routes") or []):
            if is_ipv6(r.get("destination_prefix")):
                fields.append("remote_subnet_routes[%d].destination_prefix %s" % (i, r["destination_prefix"]))
        self._refuse_ipv6(fields, want.get("type") or have.get("type") or "nat", where)

    def _refuse_ipv6(self, fields: list[str], ntype: str | None, where: str) -> None:
        if not fields:
            return
        if ntype in ("nat", "overlay"):
            raise HvNetPlanError(
                "%s, %s: IPv6 is not supported on %s networks (Windows containers on NAT and overlay networks do not "
                "communicate over IPv6); use IPv4 there" % (where, fields[0], ntype),
                feature="ipv6",
            )
        hcn.require_feature("ipv6", self.current.hns_version, self.current.os_build, "%s, %s" % (where, fields[0]))

    def _host_route_auto(self, name: str, network_id: str, have_route: object) -> None:
        """``host_route: auto``: add HostRoute by Modify after the create where the HNS version has it, as flannel's
        vxlan backend does (device_windows.go), so that an HNS that refuses it leaves a working network and a
        warning instead of a failed create."""
        if have_route:
            return
        supported = hcn.feature_supported("host_route", self.current.hns_version, self.current.os_build)
        if supported is False:
            return
        self.plan.optional.append(host_route_auto_op(name, network_id))

    def _converge_network(self, want: dict[str, Any], have: dict[str, Any] | None) -> None:
        kind = "networks"
        want = self._network_wanted(want)
        self._gate_network(want)
        filled = self._network_defaults(want)
        if have is None:
            self._create_network(filled)
            return
        # type is required on create, so unset can only mean "whatever it is", in every state.
        cmp_want = dict(filled, type=want["type"]) if self.exact else want
        diffs: list[tuple[str, Any, Any]] = []
        if cmp_want["type"] is not None and cmp_want["type"] != have["type"]:
            diffs.append(("type", have["type"], cmp_want["type"]))
        if cmp_want["adapter"] is not None and norm.name_key(cmp_want["adapter"]) != norm.name_key(have["adapter"]):
            diffs.append(("adapter", have["adapter"], cmp_want["adapter"]))
        if cmp_want["subnets"] is not None:
            wanted_subnets = _subnets_against(cmp_want["subnets"], have["subnets"])
            if wanted_subnets != have["subnets"]:
                diffs.append(("subnets", _subnet_summary(have["subnets"]), _subnet_summary(wanted_subnets)))
        for field in ("mac_pool", *network_fields.COMPARED):
            if cmp_want[field] is not None and cmp_want[field] != have[field]:
                diffs.append((field, have[field], cmp_want[field]))
        if cmp_want["host_route"] in (True, False) and cmp_want["host_route"] != have["host_route"]:
            diffs.append(("host_route", have["host_route"], cmp_want["host_route"]))
        if self._create_only(kind, have, diffs):
            self.recreated_networks.add(norm.name_key(have["name"]))
            self._create_network(filled)
            return
        self._update_network(cmp_want, have)
        if want.get("host_route") == "auto":
            self._host_route_auto(have["name"], have["id"], have["host_route"])

    def _update_network(self, want: dict[str, Any], have: dict[str, Any]) -> None:
        kind = "networks"
        key = norm.name_key(have["name"])
        pre = [precondition("network", "present", id=have["id"])]
        expected = dict(have)
        ops: list[PlannedOp] = []
        if want["dns"] is not None and want["dns"] != have["dns"]:
            ops.append(
                _modify_op(
                    have,
                    hcn.dns_request(want["dns"]),
                    pre,
                    "update network %s: dns %s" % (have["name"], shown(want["dns"])),
                    "dns",
                )
            )
            expected["dns"] = want["dns"]
        if want["remote_subnet_routes"] is not None:
            ops += self._remote_route_ops(want, have, pre, expected)
        if want["policies"] is not None:
            ops += self._raw_policy_ops(want, have, pre, expected)
        if ops:
            self.plan.expected[kind][key] = expected
            self.plan.changes[kind] += ops

    def _remote_route_ops(
        self, want: dict[str, Any], have: dict[str, Any], pre: list[dict[str, Any]], expected: dict[str, Any]
    ) -> list[PlannedOp]:
        """Modify operations that add and (when purging) remove remote subnet routes; ``expected`` follows them."""
        ops: list[PlannedOp] = []
        current_routes = {route_key(r): r for r in have["remote_subnet_routes"]}
        wanted_routes = {route_key(r): r for r in want["remote_subnet_routes"]}
        purge = want.get("purge_remote_subnet_routes")
        if purge is None:
            purge = self.exact
        add = [wanted_routes[k] for k in sorted(wanted_routes) if k not in current_routes]
        remove = [current_routes[k] for k in sorted(current_routes) if k not in wanted_routes] if purge else []
        if remove and not have["owned"]:
            self.plan.warnings.append(
                "network %r is not owned by this collection: "
                "its %d unlisted remote subnet route(s) were left in place" % (have["name"], len(remove))
            )
            remove = []
        if remove:
            # HNS removes a policy only when given its exact settings: send them as HNS holds them.
            policies = [have["_route_policies"][route_key(r)] for r in remove]
            ops.append(
                _modify_op(
                    have,
                    hcn.policy_request("Remove", policies),
                    pre,
                    "update network %s: remove remote subnet routes %s"
                    % (have["name"], ", ".join(_route_text(r) for r in remove)),
                    "routes-remove",
                )
            )
        if add:
            ops.append(
                _modify_op(
                    have,
                    hcn.policy_request("Add", [hcn.remote_subnet_route_policy(r) for r in add]),
                    pre,
                    "update network %s: add remote subnet routes %s"
                    % (have["name"], ", ".join(_route_text(r) for r in add)),
                    "routes-add",
                )
            )
        if add or remove:
            kept = [r for k, r in sorted(current_routes.items()) if r not in remove]
            expected["remote_subnet_routes"] = sorted(kept + add, key=route_key)
        return ops

    def _raw_policy_ops(
        self, want: dict[str, Any], have: dict[str, Any], pre: list[dict[str, Any]], expected: dict[str, Any]
    ) -> list[PlannedOp]:
        """Modify operations for the raw ``policies`` (removed only on an owned network in an exact state)."""
        ops: list[PlannedOp] = []
        add = [p for p in want["policies"] if p not in have["policies"]]
        remove = [p for p in have["policies"] if p not in want["policies"]] if self.exact and have["owned"] else []
        for request_type, policies in (("Remove", remove), ("Add", add)):
            if policies:
                ops.append(
                    _modify_op(
                        have,
                        hcn.policy_request(request_type, policies),
                        pre,
                        "update network %s: %s policies %s"
                        % (have["name"], request_type.lower(), ", ".join(p["Type"] for p in policies)),
                        "policies-" + request_type.lower(),
                    )
                )
        if add or remove:
            expected["policies"] = sorted([p for p in have["policies"] if p not in remove] + add, key=policy_sort_key)
        return ops

    def _create_network(self, filled: dict[str, Any]) -> None:
        if filled["type"] == "overlay":
            missing = [sn["prefix"] for sn in filled["subnets"] or [] if sn.get("vsid") is None]
            if missing:
                raise HvNetPlanError(
                    "config.networks: network %r: an overlay subnet needs a vsid (4096..65535); missing on %s"
                    % (filled["name"], ", ".join(missing)),
                    object=filled["name"],
                )
        new_id = self.uuid_factory()
        key = norm.name_key(filled["name"])
        self.new_network_ids[key] = new_id
        doc = hcn.network_document(filled)
        expected = {k: v for k, v in filled.items() if k not in ("switch", "purge_remote_subnet_routes")}
        expected.update(id=new_id, owned=True, dr_mac_address=None)
        for field, empty in (("remote_subnet_routes", []), ("policies", []), ("subnets", []), ("host_route", False)):
            if expected.get(field) is None:
                expected[field] = empty
        if expected["host_route"] == "auto":
            expected["host_route"] = False  # added after the create, if HNS accepts it
            self._host_route_auto(filled["name"], new_id, False)
        self.plan.expected["networks"][key] = expected
        self.plan.changes["networks"].append(
            PlannedOp(
                "hcn_network_create",
                {"id": new_id, "settings": doc},
                [precondition("network", "absent", name=filled["name"]), precondition("network", "absent", id=new_id)],
                "create network %s (%s%s)" % (filled["name"], filled["type"], prefixes_text(filled)),
                kind="networks",
                name=filled["name"],
                action="create",
                key=("create", "networks", key),
                disruptive=filled["type"] in DISRUPTIVE_NETWORK_TYPES,
            )
        )


def _modify_op(have: dict[str, Any], request: str, pre: list[dict[str, Any]], text: str, what: str) -> PlannedOp:
    """An update of network ``have`` by HcnModifyNetwork: ``request`` as the bridge sends it, ``what`` in its key."""
    return PlannedOp(
        "hcn_network_modify",
        {"id": have["id"], "request": request},
        pre,
        text,
        kind="networks",
        name=have["name"],
        action="update",
        key=("update", "networks", norm.name_key(have["name"]), what),
    )


def host_route_auto_op(name: str, network_id: str) -> PlannedOp:
    """The best-effort ``host_route: auto`` operation: add the HostRoute policy to network ``network_id`` (Modify)."""
    return PlannedOp(
        "hcn_network_modify",
        {"id": network_id, "request": hcn.policy_request("Add", [{"Type": "HostRoute", "Settings": {}}])},
        [precondition("network", "present", id=network_id)],
        "update network %s: add policy HostRoute (host_route: auto; a refusal is a warning)" % name,
        kind="networks",
        name=name,
        action="update",
        key=("update", "networks", norm.name_key(name), HOST_ROUTE_AUTO),
    )


def _subnets_against(wanted: list[dict[str, Any]], have_subnets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Desired subnets with what the config leaves unset (gateway, routes, isolation) taken from the host."""
    by_prefix = {sn["prefix"]: sn for sn in have_subnets}
    out = []
    for sn in wanted:
        cur = by_prefix.get(sn["prefix"])
        sn = dict(sn)
        if cur:
            for field in ("gateway", "vsid", "vlan"):
                if sn[field] is None:
                    sn[field] = cur[field]
            if not sn["routes"]:
                sn["routes"] = cur["routes"]
        out.append(sn)
    return out


def _subnet_summary(subnets: list[dict[str, Any]] | None) -> list[str]:
    return [
        "%s%s%s"
        % (
            sn["prefix"],
            " gw " + sn["gateway"] if sn.get("gateway") else "",
            " vsid %s" % sn["vsid"] if sn.get("vsid") else "",
        )
        for sn in subnets or []
    ]


def prefixes_text(net: dict[str, Any]) -> str:
    prefixes = [sn["prefix"] for sn in net.get("subnets") or []]
    return (", " + ", ".join(prefixes)) if prefixes else ""


def _route_text(r: dict[str, Any]) -> str:
    return "%s via %s (%s, vsid %s)" % (
        r["destination_prefix"],
        r["provider_address"],
        r["dr_mac_address"],
        r["isolation_id"],
    )


class NetworkRead:
    """Reading networks from a snapshot (a mixin of state.HostState)."""

    if TYPE_CHECKING:  # what state.HostState gives the mixin
        ledger: dict[str, set[str]]

    def _network_from_hcn(self, text: Any) -> dict[str, Any] | None:
        doc = json_document(text)
        if doc is None or not doc.get("Name"):
            return None
        net_id = guid(doc.get("ID") or doc.get("Id"))
        subnets = []
        for ipam in doc.get("Ipams") or []:
            for sn in ipam.get("Subnets") or []:
                vsid = vlan = None
                for p in sn.get("Policies") or []:
                    ptype = str(p.get("Type") or "").upper()
                    if ptype in ("VSID", "VLAN"):
                        value = int_or(policy_settings(p).get("IsolationId"), None)
                        if ptype == "VSID":
                            vsid = value
                        else:
                            vlan = value
                routes = [
                    route(r.get("DestinationPrefix"), r.get("NextHop"), r.get("Metric")) for r in sn.get("Routes") or []
                ]
                subnets.append(subnet(norm.prefix_lenient(sn.get("IpAddressPrefix")), None, routes, vsid, vlan))
        net: dict[str, Any] = {
            "name": doc.get("Name"),
            "type": norm.network_type(doc.get("Type")),
            "adapter": None,
            "switch": None,
            "subnets": subnets,
            "dns": norm.dns_from_hcn(doc.get("Dns")),
            "mac_pool": None,
            **network_fields.read_unset(int_or(doc.get("Flags"), 0)),  # the flags; the policies' absent values
            "remote_subnet_routes": [],
            "policies": [],
            "id": net_id,
            "owned": net_id in self.ledger["networks"],
            "dr_mac_address": None,
            # No ManagementIP: it is a v1 (HNSCall /networks) field; the v2 HostComputeNetwork has none
            # (HNS_Schema.md, hcsshim hcn/hcnnetwork.go). v2 clients take the address from the ProviderAddress policy.
            "_route_policies": {},
        }
        ranges = (doc.get("MacPool") or {}).get("Ranges") or []
        if ranges:
            try:
                net["mac_pool"] = {
                    "start": norm.mac(ranges[0].get("StartMacAddress")),
                    "end": norm.mac(ranges[0].get("EndMacAddress")),
                }
            except ValueError:
                net["mac_pool"] = {"start": ranges[0].get("StartMacAddress"), "end": ranges[0].get("EndMacAddress")}
        for p in doc.get("Policies") or []:
            ptype = str(p.get("Type") or "")
            settings = policy_settings(p)
            lowered = ptype.lower()
            field = network_fields.BY_POLICY.get(lowered)
            if field:
                net[field.name] = field.read_policy(settings)
            elif lowered == "netadaptername":
                net["adapter"] = settings.get("NetworkAdapterName")
            elif lowered == "drmacaddress":
                try:
                    net["dr_mac_address"] = norm.mac(settings.get("Address"))
                except ValueError:
                    net["dr_mac_address"] = settings.get("Address")
            elif lowered == "remotesubnetroute":
                r = remote_subnet_route(
                    settings.get("DestinationPrefix"),
                    settings.get("IsolationId"),
                    settings.get("ProviderAddress"),
                    settings.get("DistributedRouterMacAddress"),
                )
                net["remote_subnet_routes"].append(r)
                # Removing a route needs its exact settings as HNS holds them.
                net["_route_policies"][route_key(r)] = {"Type": ptype, "Settings": settings}
            else:
                net["policies"].append(raw_policy(p))
        net["remote_subnet_routes"].sort(key=route_key)
        net["policies"].sort(key=policy_sort_key)
        net["foreign_reason"] = None if net["owned"] else foreign_reason(net["name"], "its ID is not in the ledger")
        return net


# --- desired side: unset options stay None ("not specified"); the planner decides per state what None means.


def network_from_config(item: dict[str, Any]) -> dict[str, Any]:
    """Canonical desired network (validated config item)."""
    subnets: list[dict[str, Any]] | None = None
    routes: list[dict[str, Any]] | None  # a subnet's routes in the loop, then the remote subnet routes
    if item.get("subnets") is not None:
        subnets = []
        for sn in item["subnets"]:
            routes = [route(r.get("destination"), r.get("next_hop"), r.get("metric")) for r in sn.get("routes") or []]
            subnets.append(subnet(norm.prefix(sn["prefix"]), sn.get("gateway"), routes, sn.get("vsid"), sn.get("vlan")))
    mac_pool = item.get("mac_pool")
    routes = item.get("remote_subnet_routes")
    policies = item.get("policies")
    return {
        "name": item["name"],
        "type": (item.get("type") or "").lower() or None,
        "adapter": item.get("adapter"),
        "switch": item.get("switch"),
        "subnets": subnets,
        "dns": norm.dns(item.get("dns")) if item.get("dns") is not None else None,
        "mac_pool": {"start": norm.mac(mac_pool.get("start")), "end": norm.mac(mac_pool.get("end"))}
        if mac_pool
        else None,
        **network_fields.from_config(item),
        "remote_subnet_routes": (
            sorted(
                (
                    remote_subnet_route(
                        r["destination_prefix"], r["isolation_id"], r["provider_address"], r["dr_mac_address"]
                    )
                    for r in routes
                ),
                key=route_key,
            )
            if routes is not None
            else None
        ),
        "purge_remote_subnet_routes": item.get("purge_remote_subnet_routes"),
        "policies": sorted((raw_policy(p) for p in policies), key=policy_sort_key) if policies is not None else None,
    }
