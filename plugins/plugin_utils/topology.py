# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Topologies: validation against topology.schema.json, resolution per host, rendering (internal use only).

A topology is one role's description of a fleet (``kind`` nat, transparent, overlay or l2bridge).
The roles pass it here as a dict whose keys are the role variables without their prefix
(``hyperv_network_overlay_prefix`` -> ``prefix``), so error messages name the role variable the
user wrote. Everything here is pure: no host contact, no Ansible objects.

Pipeline: ``validate_schema`` -> ``resolve`` (defaults, per-host values, subnet carving) ->
``check_resolved`` (fleet rules that need no host facts) -> ``topology_checks.check_facts`` (rules
that need each host's snapshot) -> ``host_config`` (the ``config`` of hyperv.network.host_network).
"""

from __future__ import annotations

import copy
import ipaddress
import itertools
import json
import os

from ansible_collections.hyperv.network.plugins.plugin_utils import ipcache
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils.schema_fastpath import compile_definition
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_fleet import FleetError, carve_subnets

KINDS = ("nat", "transparent", "overlay", "l2bridge")
ANCHOR_VSID = 9999
# l2bridge modes (MS docs container-networking/network-drivers-topologies.md, "L2bridge networks can be
# configured in 2 different ways"): lan = configuration 1, containers on the LAN's own subnet and gateway;
# per_host = configuration 2, a subnet per host carved from the fleet prefix, with a host gateway endpoint.
L2BRIDGE_MODES = ("per_host", "lan")

# Defaults of the fleet-level keys; roles/<kind>/defaults/main.yml mirrors them (a test checks it).
DEFAULTS = {
    "nat": {
        "state": "present",
        "network_name": "hvnet-nat",
        "prefix": "172.20.0.0/16",
        "gateway": None,
        "dns": None,
        "endpoints": [],
        "hosts": {},
    },
    "transparent": {
        "state": "present",
        "switch_name": "hvnet-external",
        "network_name": "hvnet-transparent",
        "adapter": None,
        "allow_management_os": True,
        "ipam": "dhcp",
        "prefix": None,
        "gateway": None,
        "vlan": None,
        "dns": None,
        "mac_spoofing": True,
        "hosts": {},
    },
    "overlay": {
        "state": "present",
        "network_name": "hvnet-overlay",
        "adapter": None,
        "prefix": "10.244.0.0/16",
        "subnet_length": 24,
        "vsid": 4096,
        # An Overlay anchor with a VSID of its own, as Microsoft's helper.psm1 makes in overlay mode
        # (New-HNSNetwork -Type overlay -Name "External" ... VSID 9999); hns 6.
        "anchor": {"name": "hvnet-anchor", "type": "overlay", "prefix": "192.168.255.0/30", "vsid": ANCHOR_VSID},
        "host_route": "auto",
        "vxlan_port": 4789,
        "dns": None,
        # Prefixes excepted from OutBoundNAT besides the fleet prefix (a service CIDR); never the hosts' PAs
        # (review 3 finding 4, docs/topologies.md).
        "outbound_nat_exceptions": [],
        # The inbound VXLAN rule (UDP vxlan_port from the other members' PAs), issue 11 deliver 6.
        "firewall": True,
        "hosts": {},
    },
    "l2bridge": {
        "state": "present",
        "switch_name": "hvnet-l2bridge-switch",
        "network_name": "hvnet-l2bridge",
        "mode": "per_host",
        "adapter": None,
        "allow_management_os": True,
        "prefix": "10.250.0.0/16",
        "gateway": None,
        "subnet_length": 24,
        "vlan": None,
        "dns": None,
        # L2Bridge rewrites container MACs to the host's on egress, so the parent's switch sees only the VM's own
        # MAC: spoofing is not needed (MS docs network-drivers-topologies.md, l2bridge; review 3 finding 5).
        "mac_spoofing": False,
        "outbound_nat_exceptions": [],
        "hosts": {},
    },
}

# Kinds whose hosts get a subnet of their own carved from the fleet prefix.
CARVED_KINDS = ("overlay", "l2bridge")
# Kinds that may run inside a VM and then need MAC address spoofing on the parent's VM NIC.
VM_KINDS = ("transparent", "l2bridge")
DEFAULT_VM_ADAPTER = "Network Adapter"
VXLAN_DEFAULT_PORT = 4789

_FORMAT_NAMES = {
    "hvnet-prefix": "a valid IPv4 or IPv6 prefix",
    "hvnet-ipv4-prefix": "a valid IPv4 prefix",
    "hvnet-ip": "a valid IP address",
    "hvnet-ipv4": "a valid IPv4 address",
    "hvnet-mac": "a valid MAC address",
}


class TopologyError(Exception):
    """A topology is invalid; ``errors`` lists one message per problem, each naming its field."""

    def __init__(self, errors):
        self.errors = list(errors)
        super().__init__("invalid topology:\n- " + "\n- ".join(self.errors))


# --- field paths ---------------------------------------------------------------------------------


def var_name(kind, key):
    """The role variable that holds a topology key: ``hyperv_network_overlay_hosts``."""
    return "hyperv_network_%s_%s" % (kind, key)


def field_path(kind, parts):
    """Render a path (keys and list indexes) as the user wrote it: ``hyperv_network_overlay_hosts.hv02.subnet``."""
    parts = list(parts)
    if not parts:
        return var_name(kind, "topology") if kind else "topology"
    text = var_name(kind, parts[0]) if kind else "topology.%s" % parts[0]
    for part in parts[1:]:
        text += "[%d]" % part if isinstance(part, int) else ".%s" % part
    return text


# --- schema --------------------------------------------------------------------------------------

_SCHEMA = None


def schema():
    """The topology JSON Schema (Draft 2020-12), loaded once from beside this module."""
    global _SCHEMA
    if _SCHEMA is None:
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "topology.schema.json")
        with open(path, encoding="utf-8") as handle:
            _SCHEMA = json.load(handle)
    return _SCHEMA


def _check_ipv4_prefix(value):
    if not isinstance(value, str):
        return True
    canonical = norm.prefix(value)
    if ipaddress.ip_network(canonical).version != 4:
        raise ValueError("%r is not a valid IPv4 prefix" % (value,))
    return True


def _check_ipv4(value):
    if not isinstance(value, str):
        return True
    try:
        ipaddress.IPv4Address(value)
    except ValueError:
        raise ValueError("%r is not a valid IPv4 address" % (value,)) from None
    return True


def _check_ip(value):
    if not isinstance(value, str):
        return True
    try:
        ipaddress.ip_address(value)
    except ValueError:
        raise ValueError("%r is not a valid IP address" % (value,)) from None
    return True


def _check_with(function):
    def check(value):
        if isinstance(value, str):
            function(value)
        return True

    return check


def _format_checker():
    from jsonschema import FormatChecker

    checker = FormatChecker(formats=())
    checker.checks("hvnet-prefix", raises=ValueError)(_check_with(norm.prefix))
    checker.checks("hvnet-ipv4-prefix", raises=ValueError)(_check_ipv4_prefix)
    checker.checks("hvnet-ip", raises=ValueError)(_check_ip)
    checker.checks("hvnet-ipv4", raises=ValueError)(_check_ipv4)
    checker.checks("hvnet-mac", raises=ValueError)(_check_with(norm.mac))
    return checker


def _fast_check(ref):
    """``schema_fastpath``'s closures for ``$defs/<ref>`` with the same format checker: jsonschema's yes or no.

    Each read resolves its host's own topology, and jsonschema's validator objects were most of that: about 1.3 ms of
    2.1 (issue 13)."""
    if ref not in _FAST:
        _FAST[ref] = compile_definition(schema(), ref, _format_checker())
    return _FAST[ref]


_FAST = {}


def _validator(ref):
    from jsonschema import Draft202012Validator

    root = schema()
    # Validate against one $def while keeping the root's $defs resolvable.
    sub = {"$schema": root["$schema"], "$defs": root["$defs"], "$ref": "#/$defs/%s" % ref}
    return Draft202012Validator(sub, format_checker=_format_checker())


def _leaf_errors(error):
    """oneOf/anyOf with a null branch report 'not valid under any': show the real branch's errors."""
    if error.validator in ("oneOf", "anyOf") and error.context:
        real = [e for e in error.context if e.schema != {"type": "null"} and e.validator != "type"]
        if real:
            out = []
            for sub in real:
                out.extend(_leaf_errors(sub))
            return out
        real = [e for e in error.context if e.schema != {"type": "null"}]
        if real:
            return _leaf_errors(real[0])
    return [error]


def _message(error):
    """A short message for one jsonschema error, without its path."""
    v = error.validator
    if v == "format":
        if error.cause is not None:
            return str(error.cause)
        return "%r is not %s" % (error.instance, _FORMAT_NAMES.get(error.validator_value, error.validator_value))
    if v == "additionalProperties":
        allowed = sorted((error.schema.get("properties") or {}).keys())
        extra = sorted(set(error.instance) - set(allowed)) if isinstance(error.instance, dict) else []
        return "unknown key(s) %s (expected one of: %s)" % (", ".join(map(repr, extra)), ", ".join(allowed))
    if v == "required":
        return "missing required key %s" % error.message.split(" is a required property")[0]
    if v in ("minimum", "maximum"):
        low, high = error.schema.get("minimum"), error.schema.get("maximum")
        if low is not None and high is not None:
            return "%r is out of range %s..%s" % (error.instance, low, high)
    if v == "pattern":
        return "%r is not a valid name (no wildcard * ? [ ] or control characters, no leading or trailing spaces)" % (
            error.instance,
        )
    if v == "enum":
        return "%r is not one of %s" % (error.instance, ", ".join(map(repr, error.validator_value)))
    if v == "const":
        return "must be %r" % (error.validator_value,)
    return error.message


def schema_errors(document, ref, kind=None):
    """All schema errors of ``document`` against ``$defs/<ref>``, each as ``<field path>: <message>``.

    The compiled check answers whether there are any (``_fast_check``); jsonschema words them. With
    ``HYPERV_NETWORK_SCHEMA_CROSSCHECK`` set (the test suites), jsonschema answers every document too, and a different
    answer is an error."""
    fast = _fast_check(ref)
    valid = fast(document) if fast is not None else None
    if valid is not None and os.environ.get("HYPERV_NETWORK_SCHEMA_CROSSCHECK"):
        if valid != _validator(ref).is_valid(document):
            raise TopologyError(["internal error: the compiled schema check of %s answered %s where jsonschema did not"
                                 % (ref, valid)])  # fmt: skip
    if valid:
        return []
    out = []
    for error in _validator(ref).iter_errors(document):
        for leaf in _leaf_errors(error):
            path = list(leaf.absolute_path)
            if leaf.validator == "required":
                path.append(leaf.message.split("'")[1])
            out.append((path, "%s: %s" % (field_path(kind, path), _message(leaf))))
    out.sort(key=lambda item: [str(p) for p in item[0]])
    return [message for _path, message in out]


def validate_schema(topology):
    """Raise TopologyError unless ``topology`` matches its kind's schema."""
    kind = topology.get("kind") if isinstance(topology, dict) else None
    if kind not in KINDS:
        raise TopologyError(["topology.kind: %r is not one of %s" % (kind, ", ".join(KINDS))])
    errors = schema_errors(topology, "%s_topology" % kind, kind)
    if errors:
        raise TopologyError(errors)


def validate_host_config(config):
    """Raise TopologyError unless ``config`` matches ``$defs/host_config`` (host_network's config)."""
    errors = [e.replace("topology", "config", 1) for e in schema_errors(config, "host_config")]
    if errors:
        raise TopologyError(errors)


# --- resolution ----------------------------------------------------------------------------------


def with_defaults(topology):
    """The topology with every unset (or null) fleet-level key at its default."""
    kind = topology["kind"]
    out = {"kind": kind}
    for key, default in DEFAULTS[kind].items():
        value = topology.get(key)
        out[key] = norm.data_copy(default if value is None else value)
    if kind == "overlay":
        anchor = dict(DEFAULTS["overlay"]["anchor"])
        given = {k: v for k, v in (topology.get("anchor") or {}).items() if v is not None}
        if given.get("type") not in (None, "overlay") and "vsid" not in given:
            anchor.pop("vsid")  # the default VSID belongs to the default (Overlay) anchor only
        anchor.update(given)
        out["anchor"] = anchor
    out["hosts"] = {h: dict(v or {}) for h, v in (out.get("hosts") or {}).items()}
    return out


def first_host(prefix):
    """The first usable address of a prefix: the conventional gateway."""
    network = ipaddress.ip_network(prefix)
    return str(network.network_address + 1)


def _tagged(endpoints, path):
    """Copies of endpoints, each remembering where the user wrote it (for error messages)."""
    out = []
    for index, ep in enumerate(endpoints or []):
        ep = copy.deepcopy(ep)
        ep["_path"] = [*path, index]
        out.append(ep)
    return out


def resolve(topology, play_hosts, hostvars=None, existing_subnets=None):
    """Fill defaults and compute every play host's values; returns the resolved topology.

    ``hostvars`` maps a host to the few inventory variables a topology reads
    (``hyperv_network_parent``, ``hyperv_network_vm_name``, ``hyperv_network_vm_adapter``).
    ``existing_subnets`` maps a host to the subnet its network has now, so carving keeps it.
    Hosts listed in the topology but absent from the play are left out (see ``check_resolved``).
    """
    validate_schema(topology)
    topo = with_defaults(topology)
    kind = topo["kind"]
    hostvars = hostvars or {}
    play_hosts = list(dict.fromkeys(play_hosts))
    given = topo["hosts"]
    hosts = {}
    lan_mode = kind == "l2bridge" and topo.get("mode") == "lan"
    if kind in CARVED_KINDS and not lan_mode:
        if topo["subnet_length"] < _net(topo["prefix"]).prefixlen:
            raise TopologyError(
                [
                    "%s: /%d is shorter than the fleet prefix %s; each host's subnet must fit inside it"
                    % (field_path(kind, ["subnet_length"]), topo["subnet_length"], topo["prefix"])
                ]
            )
        explicit = {h: given[h]["subnet"] for h in play_hosts if given.get(h, {}).get("subnet")}
        try:
            carved = carve_subnets(play_hosts, topo["prefix"], topo["subnet_length"], explicit, existing_subnets or {})
        except FleetError as exc:
            raise TopologyError(["%s: %s" % (field_path(kind, ["prefix"]), exc)]) from None
    for host in play_hosts:
        mine = given.get(host) or {}
        entry = {}
        if kind == "nat":
            entry["subnet"] = mine.get("prefix") or topo["prefix"]
            entry["gateway"] = mine.get("gateway") or (
                topo["gateway"] if not mine.get("prefix") and topo["gateway"] else first_host(entry["subnet"])
            )
            entry["endpoints"] = _tagged(topo["endpoints"], ["endpoints"]) + _tagged(
                mine.get("endpoints"), ["hosts", host, "endpoints"]
            )
        elif kind == "transparent":
            entry["adapter"] = mine.get("adapter") or topo["adapter"]
            entry["subnet"] = mine.get("prefix") or topo["prefix"]
            gateway = mine.get("gateway") or topo["gateway"]
            if entry["subnet"] and not gateway:
                gateway = first_host(entry["subnet"])
            entry["gateway"] = gateway
            entry["endpoints"] = _tagged(mine.get("endpoints"), ["hosts", host, "endpoints"])
        else:
            entry["adapter"] = mine.get("adapter") or topo["adapter"]
            if lan_mode:
                # Configuration 1: every host's containers on the LAN's own subnet and gateway. It is kept as
                # lan_subnet, not subnet: it overlaps the host's own LAN address by design, which the fleet
                # preflight's overlap rules (for subnets of the containers' own) must not refuse.
                entry["subnet"] = None
                entry["lan_subnet"] = mine.get("subnet") or topo["prefix"]
                entry["gateway"] = mine.get("gateway") or topo.get("gateway") or first_host(entry["lan_subnet"])
            else:
                entry["subnet"] = carved[host]
                entry["gateway"] = mine.get("gateway") or first_host(entry["subnet"])
            entry["endpoints"] = _tagged(mine.get("endpoints"), ["hosts", host, "endpoints"])
            if kind == "overlay":
                entry["provider_address"] = mine.get("provider_address")
                entry["host_route"] = topo["host_route"]
        if kind in VM_KINDS:
            hv = hostvars.get(host) or {}
            parent = mine.get("parent") or hv.get("hyperv_network_parent")
            entry["parent"] = parent or None
            entry["vm_name"] = (mine.get("vm_name") or hv.get("hyperv_network_vm_name") or host) if parent else None
            entry["vm_adapter"] = (
                (mine.get("vm_adapter") or hv.get("hyperv_network_vm_adapter") or DEFAULT_VM_ADAPTER)
                if parent
                else None
            )
        hosts[host] = entry
    topo["hosts"] = hosts
    topo["ignored_hosts"] = sorted(h for h in given if h not in hosts)
    return topo


# --- fleet rules without host facts --------------------------------------------------------------


def _net(prefix):
    return ipaddress.ip_network(prefix)


def _inside(address, prefix):
    return ipaddress.ip_address(address) in _net(prefix)


def _usable(address, prefix):
    """An address a host may take: inside the prefix, not its network or broadcast address."""
    network = _net(prefix)
    ip = ipaddress.ip_address(address)
    if ip not in network:
        return False
    if network.prefixlen < 31 and ip in (network.network_address, network.broadcast_address):
        return False
    return True


def check_resolved(topo, inventory_hosts=None):
    """Fleet rules that need no host facts; returns a list of messages (empty when valid).

    Each message names the role variable (and host) it is about.
    """
    kind = topo["kind"]
    errors = []
    hosts = topo["hosts"]

    def path(*parts):
        return field_path(kind, parts)

    def host_field(host, key, fallback):
        """Name the per-host variable if the user set it there, else the fleet-level one."""
        given = (topo.get("_given_hosts") or {}).get(host) or {}
        return path("hosts", host, key) if key in given else path(fallback)

    # Per-host values.
    for host, entry in sorted(hosts.items()):
        subnet = entry.get("subnet") or entry.get("lan_subnet")
        if kind in ("transparent", "overlay", "l2bridge") and topo["state"] == "present" and not entry.get("adapter"):
            errors.append(
                "%s: no adapter for host %s; set %s or %s"
                % (path("hosts", host, "adapter"), host, path("adapter"), path("hosts", host, "adapter"))
            )
        if subnet and entry.get("gateway") and not _usable(entry["gateway"], subnet):
            where = host_field(host, "gateway", "gateway")
            of_host = " of host %s" % host if where != path("gateway") else ""
            errors.append("%s: gateway %s%s is not a usable address of %s" % (where, entry["gateway"], of_host, subnet))
        seen_names, seen_ips, seen_ports = {}, {}, {}
        for index, ep in enumerate(entry.get("endpoints") or []):
            ep_path = ep.get("_path") or ["hosts", host, "endpoints", index]
            where = field_path(kind, ep_path)
            # A fleet-level endpoint's mistake reads the same on every host (reported once).
            on = "" if ep_path[0] == "endpoints" else " on host %s" % host
            key = norm.name_key(ep["name"])
            if key in seen_names:
                errors.append("%s.name: endpoint name %r is used twice%s" % (where, ep["name"], on))
            seen_names[key] = index
            ip = ep.get("ip_address")
            if ip:
                if kind == "transparent" and topo["ipam"] == "dhcp":
                    errors.append("%s.ip_address: a static endpoint address needs %s: static" % (where, path("ipam")))
                elif subnet and not _usable(ip, subnet):
                    errors.append(
                        "%s.ip_address: %s is not a usable address of the subnet %s%s" % (where, ip, subnet, on)
                    )
                elif ip == entry.get("gateway"):
                    errors.append("%s.ip_address: %s is the gateway%s" % (where, ip, on))
                if ip in seen_ips:
                    errors.append("%s.ip_address: %s is used twice%s" % (where, ip, on))
                seen_ips[ip] = index
            for pm_index, pm in enumerate(ep.get("port_mappings") or []):
                pkey = (pm.get("protocol") or "tcp", pm["external_port"])
                if pkey in seen_ports:
                    errors.append(
                        "%s.port_mappings[%d].external_port: %s/%d is mapped twice%s"
                        % (where, pm_index, pkey[0], pkey[1], on)
                    )
                seen_ports[pkey] = index
        if kind == "l2bridge" and topo.get("mode") != "lan" and subnet:
            gw_ep = gateway_endpoint_address(entry)
            for index, ep in enumerate(entry.get("endpoints") or []):
                if ep.get("ip_address") == gw_ep:
                    where = field_path(kind, ep.get("_path") or ["hosts", host, "endpoints", index])
                    errors.append(
                        "%s.ip_address: %s is the host gateway endpoint's address on host %s" % (where, gw_ep, host)
                    )
        if kind in VM_KINDS and entry.get("parent"):
            parent = entry["parent"]
            if parent == host:
                errors.append("%s: host %s names itself as its parent" % (path("hosts", host, "parent"), host))
            elif inventory_hosts is not None and parent not in inventory_hosts:
                errors.append(
                    "%s: parent Hyper-V host %r of container VM %s is not in the inventory, so MAC address "
                    "spoofing cannot be turned on there" % (path("hosts", host, "parent"), parent, host)
                )
    # Between hosts.
    lan_mode = kind == "l2bridge" and topo.get("mode") == "lan"
    if lan_mode:
        # One LAN subnet for the whole fleet: an address may be taken once in the fleet.
        taken = {}
        for host, entry in sorted(hosts.items()):
            for index, ep in enumerate(entry.get("endpoints") or []):
                ip = ep.get("ip_address")
                if ip and ip in taken and taken[ip] != host:
                    where = field_path(kind, ep.get("_path") or ["hosts", host, "endpoints", index])
                    errors.append("%s.ip_address: %s is also used on host %s" % (where, ip, taken[ip]))
                elif ip:
                    taken[ip] = host
    if kind in CARVED_KINDS and not lan_mode:
        owners = sorted(hosts.items(), key=lambda item: _net(item[1]["subnet"]))
        for (h1, e1), (h2, e2) in itertools.pairwise(owners):
            if _net(e1["subnet"]).overlaps(_net(e2["subnet"])):
                errors.append(
                    "%s: subnet %s of host %s overlaps subnet %s of host %s"
                    % (path("hosts", h2, "subnet"), e2["subnet"], h2, e1["subnet"], h1)
                )
    if kind == "overlay":
        anchor = topo["anchor"]
        if anchor.get("gateway") and not _usable(anchor["gateway"], anchor["prefix"]):
            errors.append(
                "%s: %s is not a usable address of %s"
                % (path("anchor", "gateway"), anchor["gateway"], anchor["prefix"])
            )
        if norm.name_key(anchor["name"]) == norm.name_key(topo["network_name"]):
            errors.append("%s: the anchor network needs a name of its own" % path("anchor", "name"))
        if anchor["type"] == "overlay":
            if not anchor.get("vsid"):
                errors.append("%s: an overlay anchor needs a VSID (4096..65535)" % path("anchor", "vsid"))
            elif anchor["vsid"] == topo["vsid"]:
                errors.append("%s: VSID %d clashes with %s" % (path("anchor", "vsid"), anchor["vsid"], path("vsid")))
        elif anchor.get("vsid"):
            errors.append("%s: only an overlay anchor takes a VSID" % path("anchor", "vsid"))
        if _net(anchor["prefix"]).overlaps(_net(topo["prefix"])):
            errors.append(
                "%s: anchor prefix %s overlaps the overlay prefix %s"
                % (path("anchor", "prefix"), anchor["prefix"], topo["prefix"])
            )
        for host, entry in sorted(hosts.items()):
            if _net(anchor["prefix"]).overlaps(_net(entry["subnet"])) and not _net(entry["subnet"]).subnet_of(
                _net(topo["prefix"])
            ):
                errors.append(
                    "%s: anchor prefix %s overlaps subnet %s of host %s"
                    % (path("anchor", "prefix"), anchor["prefix"], entry["subnet"], host)
                )
        pas = {}
        fleet = _net(topo["prefix"])
        for host, entry in sorted(hosts.items()):
            pa = entry.get("provider_address")
            if not pa:
                continue
            if pa in pas:
                errors.append(
                    "%s: provider address %s is also host %s's" % (path("hosts", host, "provider_address"), pa, pas[pa])
                )
            pas[pa] = host
            inside = [topo["prefix"]] + [e["subnet"] for e in hosts.values() if not _net(e["subnet"]).subnet_of(fleet)]
            for prefix in inside:
                if _inside(pa, prefix):
                    errors.append(
                        "%s: provider address %s lies inside the overlay prefix %s"
                        % (path("hosts", host, "provider_address"), pa, prefix)
                    )
    if kind == "transparent":
        if topo["ipam"] == "static" and not topo["prefix"] and any(not e["subnet"] for e in hosts.values()):
            errors.append("%s: ipam static needs a prefix (fleet-wide or per host)" % path("prefix"))
        if topo["ipam"] == "dhcp":
            if (
                topo["prefix"]
                or topo["gateway"]
                or any((topo.get("_given_hosts") or {}).get(h, {}).get("prefix") for h in hosts)
            ):
                errors.append("%s: a prefix or gateway is only used with %s: static" % (path("prefix"), path("ipam")))
            if topo["vlan"]:
                errors.append(
                    "%s: a VLAN is a subnet policy in HNS and needs %s: static" % (path("vlan"), path("ipam"))
                )
    if kind in VM_KINDS:
        seen = {}
        for host, entry in sorted(hosts.items()):
            if entry.get("parent"):
                key = (entry["parent"], norm.name_key(entry["vm_name"]), norm.name_key(entry["vm_adapter"]))
                if key in seen:
                    errors.append(
                        "%s: hosts %s and %s name the same VM NIC %s/%s on parent %s"
                        % (
                            path("hosts", host, "vm_name"),
                            seen[key],
                            host,
                            entry["vm_name"],
                            entry["vm_adapter"],
                            key[0],
                        )
                    )
                seen[key] = host
    if kind in ("transparent", "l2bridge") and norm.name_key(topo["switch_name"]) == norm.name_key(
        topo["network_name"]
    ):
        # HNS shows an External switch as a network of its own; one name for both reads ambiguously.
        errors.append("%s: the switch and the network need different names" % path("switch_name"))
    return errors


def drop_unset(value):
    """The value without null dict entries: null means 'not set' (Ansible role argument specs fill them in)."""
    if isinstance(value, dict):
        return {k: drop_unset(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [drop_unset(v) for v in value]
    return value


# Fleet-level keys whose values arrive as strings from `-e key=value` or an AWX text survey.
_INT_KEYS = ("vsid", "subnet_length", "vxlan_port", "vlan")
_BOOL_KEYS = ("allow_management_os", "mac_spoofing", "host_route", "firewall")
_TRUE, _FALSE = ("true", "yes", "on", "1"), ("false", "no", "off", "0")


def coerce_strings(topology):
    """Numbers and booleans given as strings become numbers and booleans; anything else is left to the schema."""
    out = dict(topology)
    for key in _INT_KEYS:
        value = out.get(key)
        if isinstance(value, str) and value.strip().isdigit():
            out[key] = int(value)
    for key in _BOOL_KEYS:
        value = out.get(key)
        if isinstance(value, str) and value.strip().lower() in _TRUE + _FALSE:
            out[key] = value.strip().lower() in _TRUE
    return out


def prepare(topology, play_hosts, hostvars=None, inventory_hosts=None, existing_subnets=None):
    """Validate and resolve a topology; raise TopologyError listing every fleet problem found without facts."""
    topology = coerce_strings(drop_unset(topology)) if isinstance(topology, dict) else topology
    topo = resolve(topology, play_hosts, hostvars, existing_subnets)
    topo["_given_hosts"] = {h: dict(v or {}) for h, v in (topology.get("hosts") or {}).items()}
    # A fleet-level mistake shows up once per host with the same message: report it once.
    errors = list(dict.fromkeys(check_resolved(topo, inventory_hosts)))
    topo.pop("_given_hosts")
    if errors:
        raise TopologyError(errors)
    for entry in topo["hosts"].values():
        for ep in entry.get("endpoints") or []:
            ep.pop("_path", None)
    return topo


# --- rendering -----------------------------------------------------------------------------------


def gateway_endpoint_name(topo):
    """The host-compartment gateway endpoint of an l2bridge per-host subnet (flannel hostgw_windows.go: <net>_ep)."""
    return "%s_ep" % topo["network_name"]


def gateway_endpoint_address(entry):
    """Its address: the subnet's first usable address after the gateway (flannel: .2 beside gateway .1)."""
    gateway = entry.get("gateway")
    for address in itertools.islice(_net(entry["subnet"]).hosts(), 3):
        if str(address) != gateway and str(address) != first_host(entry["subnet"]):
            return str(address)
    return None


def management_vnic(adapter):
    """The host vNIC that holds the host's LAN address once HNS made the External switch on ``adapter``.

    HNS shares the switch it makes from NetAdapterName with the host as ``vEthernet (<adapter>)`` (microsoft/SDN
    Kubernetes/windows/AddRoutes.ps1 looks it up as ``vEthernet (Ethernet*)``; review 3 "checked and found correct").
    """
    return "vEthernet (%s)" % adapter


def is_per_host_l2bridge(topo):
    """l2bridge with a subnet per host (configuration 2), the default mode."""
    return topo["kind"] == "l2bridge" and topo.get("mode", "per_host") != "lan"


def firewall_rule_name(topo):
    """The Name (unique ID) of the overlay's inbound VXLAN rule on every member."""
    return "hyperv-network-vxlan-%s" % topo["network_name"]


def firewall_rule(topo, remote_addresses):
    """The overlay's inbound VXLAN rule: UDP ``vxlan_port`` from the other members' provider addresses.

    VXLAN between the hosts is UDP 4789 unless the network sets VxlanPort (hcsshim hcn/hcnnetwork.go VxlanPort;
    MS docs container-networking/architecture.md lists UDP 4789 among the ports overlay needs open between nodes).
    """
    return {
        "name": firewall_rule_name(topo),
        "display_name": "hyperv.network VXLAN (%s)" % topo["network_name"],
        "direction": "inbound",
        "protocol": "udp",
        "local_port": int(topo.get("vxlan_port") or VXLAN_DEFAULT_PORT),
        "remote_addresses": sorted(set(remote_addresses or []), key=ipcache.address_key),
        "action": "allow",
    }


def _outbound_nat_exceptions(topo, entry=None):
    """What containers reach without OutBoundNAT: the fleet prefix, the user's list and (per_host) the host's own LAN
    address.

    Overlay excepts only its own address space (win-overlay win-overlay_windows.go ApplyOutboundNatPolicy with the
    network's subnet; microsoft/SDN flannel/overlay/cni/config/cni.conf ExceptionList = cluster and service CIDRs):
    never the hosts' provider addresses, which are not in the VSID's address space, so traffic excepted to them
    would leave un-encapsulated with an overlay source the LAN cannot answer (review 3 finding 4).

    l2bridge per_host excepts the host's own LAN address (/32), which its SDNRoute with NeedEncap carries (the
    hairpin of microsoft/SDN start-kubelet.ps1, whose ExceptionList has <MgmtSubnet> for it). Not the whole LAN
    subnet: an excepted destination sees the container's own address, and only fleet members have a route back to
    the carved subnets, so every other LAN machine (a DNS server, a file server, the router) would answer into the
    void; NATed to the host's address, their replies come back (review 4 finding 1; MicrosoftDocs
    kubernetes/common-problems.md "My Windows pods cannot ping external resources"). Other members' LAN addresses
    are not excepted either: the list would then change, and every container endpoint with it, whenever a member
    joins; NATed traffic reaches them as well.
    """
    out = [norm.prefix(topo["prefix"])]
    out += [norm.prefix(p) for p in topo.get("outbound_nat_exceptions") or []]
    if is_per_host_l2bridge(topo) and entry and entry.get("lan_address"):
        out.append("%s/32" % entry["lan_address"])
    return list(dict.fromkeys(out))


def _own_host_route(entry):
    """l2bridge endpoints' SDNRoute to their host's own LAN address, encapsulated (review 3 finding 3).

    microsoft/SDN start-kubelet.ps1 ``"Type": "ROUTE", "DestinationPrefix": "<MgmtIP>/32", "NeedEncap": true``;
    win-bridge sample-v2.conf; Calico dataplane_windows.go ("force encap to the management IP ... required for node
    ports"). NextHop is left out (hcsshim SDNRoutePolicySetting: omitempty).
    """
    if not entry.get("lan_address"):
        return []
    return [{"destination_prefix": "%s/32" % entry["lan_address"], "need_encap": True}]


def _endpoint_config(ep, network_name, entry, gateway=None):
    out = {"name": ep["name"], "network": network_name}
    if ep.get("ip_address"):
        out["ip_address"] = ep["ip_address"]
        out["prefix_length"] = _net(entry["subnet"]).prefixlen if entry.get("subnet") else None
        if gateway or entry.get("gateway"):
            out["gateway"] = gateway or entry["gateway"]
    if ep.get("mac_address"):
        out["mac_address"] = norm.mac(ep["mac_address"])
    if ep.get("dns"):
        out["dns"] = ep["dns"]
    if ep.get("port_mappings"):
        out["port_mappings"] = [
            {
                "protocol": pm.get("protocol") or "tcp",
                "internal_port": pm["internal_port"],
                "external_port": pm["external_port"],
                "vip": pm.get("vip") or "",
            }
            for pm in ep["port_mappings"]
        ]
    return {k: v for k, v in out.items() if v is not None}


def _subnet_config(entry, **extra):
    subnet = {"prefix": entry["subnet"]}
    if entry.get("gateway"):
        subnet["gateway"] = entry["gateway"]
    subnet.update({k: v for k, v in extra.items() if v is not None})
    return subnet


def host_config(topo, host, facts_host_route=None):
    """The host_network ``config`` that converges ``host`` to the resolved topology ``topo``.

    For overlay, ``facts_host_route`` is whether the host's HNS supports the HostRoute policy
    (``topology_checks.host_route_supported``); ``host_route: auto`` is dropped where it is False and otherwise
    passed on as ``auto`` (host_network adds HostRoute after the create and warns if HNS refuses it).
    Routes to the other hosts (overlay RemoteSubnetRoutes, l2bridge per_host host routes) and the overlay firewall
    rule need every member's published facts: the roles' routes phase renders them (``topology_routes``).
    """
    kind = topo["kind"]
    entry = topo["hosts"][host]
    if entry.get("lan_subnet"):
        entry = dict(entry, subnet=entry["lan_subnet"])
    config = {"switches": [], "networks": [], "endpoints": []}
    dns = topo.get("dns") or None
    if kind == "nat":
        # HNS makes the NAT network's internal switch itself (it reuses only External switches).
        network = {"name": topo["network_name"], "type": "nat", "subnets": [_subnet_config(entry)]}
    elif kind in ("transparent", "l2bridge"):
        # HNS makes the External switch from the adapter (NetAdapterName) and removes it with the last network on
        # it, as flannel and Microsoft's helper.psm1 do: a switch made first with New-VMSwitch holds the adapter
        # and HNS then refuses the network (microsoft/SDN#269, 0x803B0006; MS docs container-networking/
        # advanced.md). hns 5.
        network = {"name": topo["network_name"], "type": kind, "adapter": entry["adapter"]}
        if kind == "l2bridge" or topo["ipam"] == "static":
            network["subnets"] = [_subnet_config(entry, vlan=topo["vlan"])]
    else:
        anchor = topo["anchor"]
        anchor_entry = {"subnet": anchor["prefix"], "gateway": anchor.get("gateway") or first_host(anchor["prefix"])}
        config["networks"].append(
            {
                "name": anchor["name"],
                "type": anchor["type"],
                "adapter": entry["adapter"],
                "subnets": [
                    _subnet_config(anchor_entry, vsid=anchor.get("vsid") if anchor["type"] == "overlay" else None)
                ],
                "persistent": True,
            }
        )
        network = {
            "name": topo["network_name"],
            "type": "overlay",
            "adapter": entry["adapter"],
            "subnets": [_subnet_config(entry, vsid=topo["vsid"])],
        }
        if entry.get("provider_address"):
            network["provider_address"] = entry["provider_address"]
        host_route = entry.get("host_route", topo["host_route"])
        if host_route == "auto" and facts_host_route is False:
            host_route = False
        if host_route:
            network["host_route"] = "auto" if host_route == "auto" else True
        if topo["vxlan_port"] != VXLAN_DEFAULT_PORT:
            # VxlanPort needs HNS >= 10.3; left out at the default so older hosts work.
            network["vxlan_port"] = topo["vxlan_port"]
    if dns:
        network["dns"] = dns
    config["networks"].append(network)
    per_host_l2bridge = is_per_host_l2bridge(topo)
    container_gateway = None
    if per_host_l2bridge:
        # Configuration 2 (MS docs network-drivers-topologies.md): "an endpoint on the host network compartment
        # that acts as a gateway"; flannel hostgw_windows.go makes <net>_ep at .2 (hns 1). It has no gateway of its
        # own: attached to the host, a default route via .1 (an address nobody holds) would compete with the
        # host's (microsoft/SDN start-kubelet.ps1 New-HnsEndpoint ... -Gateway "0.0.0.0"; flannel sets no
        # GatewayAddress; review 3 finding 2). host_attach puts it in compartment 1 (hcsshim hnsendpoint.go
        # HostAttach; SDN Attach-HnsHostEndpoint -CompartmentID 1).
        container_gateway = gateway_endpoint_address(entry)
        config["endpoints"].append(
            {
                "name": gateway_endpoint_name(topo),
                "network": topo["network_name"],
                "ip_address": container_gateway,
                "prefix_length": _net(entry["subnet"]).prefixlen,
                "gateway": None,
                "host_attach": True,
            }
        )
        # The host routes between the management vNIC and the gateway endpoint's vNIC: forwarding on both
        # (flannel hostgw_windows.go ip.EnableForwardingForInterface on both; SDN netsh ... forwarding=enabled).
        config["forwarding"] = [
            {"interface": management_vnic(entry["adapter"]), "enabled": True},
            {"endpoint": gateway_endpoint_name(topo), "enabled": True},
        ]
    for ep in entry.get("endpoints") or []:
        # per_host containers route through the host gateway endpoint at .2, not the network's reserved .1
        # (containernetworking/plugins win-bridge_windows.go "needs to be x.2"; SDN helper.psm1
        # Get-PodEndpointGateway; review 3 finding 1).
        item = _endpoint_config(ep, topo["network_name"], entry, gateway=container_gateway)
        if kind == "overlay":
            # hns 4: every local overlay endpoint carries its host's PA (win-overlay ApplyDefaultPAPolicy, Calico
            # dataplane_windows.go) and OutBoundNAT (MS docs: overlay external connectivity is a VFP NAT rule).
            if entry.get("provider_address"):
                item["provider_address"] = entry["provider_address"]
            item["outbound_nat"] = {"exceptions": _outbound_nat_exceptions(topo)}
        elif kind == "l2bridge":
            if per_host_l2bridge:
                # MS docs advanced.md: without OutboundNAT l2bridge containers cannot reach the outside world.
                item["outbound_nat"] = {"exceptions": _outbound_nat_exceptions(topo, entry)}
            routes = _own_host_route(entry)
            if routes:
                item["sdn_routes"] = routes
        config["endpoints"].append(item)
    return {k: v for k, v in config.items() if v}


def teardown_config(topo, host, ledger=None):
    """The host_network ``deleted`` config of exactly what the role makes on ``host`` (names only).

    Order (docs/design/host-objects.md section 3): firewall rule, host routes, forwarding restore, detach, endpoints,
    networks, switches; host_network orders them, this lists them. ``ledger`` is the host's ledger from its gathered
    snapshot: with per-host l2bridge subnets its routes and forwarding interfaces are what the role made (only this
    role makes them), listed by name so that state deleted removes and restores exactly those.
    """
    full = host_config(topo, host)
    out = {}
    if topo["kind"] == "overlay":
        # Listed whatever hyperv_network_overlay_firewall says now: a rule made while it was true goes too (deleted
        # skips what is absent or not ours).
        # (host_network's argument spec requires local_port on every firewall rule, also for state deleted.)
        out["firewall_rules"] = [
            {"name": firewall_rule_name(topo), "local_port": int(topo.get("vxlan_port") or VXLAN_DEFAULT_PORT)}
        ]
    if is_per_host_l2bridge(topo):
        ledger = ledger or {}
        routes = []
        for key in ledger.get("routes") or []:
            parts = str(key).rsplit("|", 2)
            if len(parts) == 3:
                routes.append({"destination_prefix": parts[1], "next_hop": parts[2], "interface": parts[0]})
        if routes:
            out["host_routes"] = routes
        # Forwarding goes back to Disabled where we turned it on: the management vNIC and the gateway endpoint's
        # vNIC (by name: the endpoint is detached in the same apply), and whatever else the ledger names.
        adapter = topo["hosts"][host].get("adapter")
        aliases = ([management_vnic(adapter)] if adapter else []) + ["vEthernet (%s)" % gateway_endpoint_name(topo)]
        aliases += [a for a in ledger.get("forwarding") or [] if a not in aliases]
        out["forwarding"] = [{"interface": a, "enabled": False} for a in aliases]
    if full.get("endpoints"):
        out["endpoints"] = [{"name": ep["name"], "network": ep["network"]} for ep in full["endpoints"]]
    # The overlay network goes before its anchor: the anchor keeps the adapter's switch alive until last.
    out["networks"] = [{"name": n["name"]} for n in reversed(full.get("networks") or [])]
    entry = topo["hosts"][host]
    if topo["kind"] in ("transparent", "l2bridge") and not entry.get("hns_makes_switch"):
        # Releases before this one made the External switch with New-VMSwitch: remove it too if it is ours
        # (state deleted skips what is absent or not owned). Never on a host without the Hyper-V module.
        out["switches"] = [{"name": topo["switch_name"]}]
    return out
