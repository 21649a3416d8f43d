# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Topologies: kinds and defaults, validation against topology.schema.json, resolution per host (internal use only).

A topology is one role's description of a fleet (``kind`` nat, transparent, overlay or l2bridge).
The roles pass it here as a dict whose keys are the role variables without their prefix
(``hyperv_network_overlay_prefix`` -> ``prefix``), so error messages name the role variable the
user wrote. Everything here is pure: no host contact, no Ansible objects.

Pipeline: ``validate_schema`` -> ``resolve`` (defaults, per-host values, subnet carving) ->
``topology_prepare.check_resolved`` (fleet rules that need no host facts; ``topology_prepare.prepare`` runs these
three) -> ``topology_checks.check_facts`` (rules that need each host's snapshot) -> ``topology_render.host_config``
(the ``config`` of hyperv.network.host_network).
"""

from __future__ import annotations

import copy
import ipaddress
import json
import os
from collections.abc import Callable, Iterable
from typing import Any

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
DEFAULTS: dict[str, dict[str, Any]] = {
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

    def __init__(self, errors: Iterable[str]) -> None:
        self.errors = list(errors)
        super().__init__("invalid topology:\n- " + "\n- ".join(self.errors))


# --- field paths ---------------------------------------------------------------------------------


def var_name(kind: str, key: str | int) -> str:
    """The role variable that holds a topology key: ``hyperv_network_overlay_hosts``."""
    return "hyperv_network_%s_%s" % (kind, key)


def field_path(kind: str | None, parts: Iterable[str | int]) -> str:
    """Render a path (keys and list indexes) as the user wrote it: ``hyperv_network_overlay_hosts.hv02.subnet``."""
    parts = list(parts)
    if not parts:
        return var_name(kind, "topology") if kind else "topology"
    text = var_name(kind, parts[0]) if kind else "topology.%s" % parts[0]
    for part in parts[1:]:
        text += "[%d]" % part if isinstance(part, int) else ".%s" % part
    return text


def field_paths(kind: str | None) -> Callable[..., str]:
    """``field_path`` of ``kind`` taking the path's parts as arguments: ``where("hosts", host, "adapter")``."""

    def where(*parts: str | int) -> str:
        return field_path(kind, parts)

    return where


# --- schema --------------------------------------------------------------------------------------

_SCHEMA: dict[str, Any] | None = None


def schema() -> dict[str, Any]:
    """The topology JSON Schema (Draft 2020-12), loaded once from beside this module."""
    global _SCHEMA
    if _SCHEMA is None:
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "topology.schema.json")
        with open(path, encoding="utf-8") as handle:
            _SCHEMA = json.load(handle)
    return _SCHEMA


def _check_ipv4_prefix(value: object) -> bool:
    if not isinstance(value, str):
        return True
    canonical = norm.prefix(value)
    if ipaddress.ip_network(canonical).version != 4:
        raise ValueError("%r is not a valid IPv4 prefix" % (value,))
    return True


def _check_ipv4(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        ipaddress.IPv4Address(value)
    except ValueError:
        raise ValueError("%r is not a valid IPv4 address" % (value,)) from None
    return True


def _check_ip(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        ipaddress.ip_address(value)
    except ValueError:
        raise ValueError("%r is not a valid IP address" % (value,)) from None
    return True


def _check_with(function: Callable[[str], object]) -> Callable[[object], bool]:
    def check(value: object) -> bool:
        if isinstance(value, str):
            function(value)
        return True

    return check


def _format_checker() -> Any:
    from jsonschema import FormatChecker

    checker = FormatChecker(formats=())
    checker.checks("hvnet-prefix", raises=ValueError)(_check_with(norm.prefix))
    checker.checks("hvnet-ipv4-prefix", raises=ValueError)(_check_ipv4_prefix)
    checker.checks("hvnet-ip", raises=ValueError)(_check_ip)
    checker.checks("hvnet-ipv4", raises=ValueError)(_check_ipv4)
    checker.checks("hvnet-mac", raises=ValueError)(_check_with(norm.mac))
    return checker


def _fast_check(ref: str) -> Callable[[Any], bool | None] | None:
    """``schema_fastpath``'s closures for ``$defs/<ref>`` with the same format checker: jsonschema's yes or no.

    Each read resolves its host's own topology, and jsonschema's validator objects were most of that: about 1.3 ms of
    2.1 (issue 13)."""
    if ref not in _FAST:
        _FAST[ref] = compile_definition(schema(), ref, _format_checker())
    return _FAST[ref]


_FAST: dict[str, Any] = {}


def _validator(ref: str) -> Any:
    from jsonschema import Draft202012Validator

    root = schema()
    # Validate against one $def while keeping the root's $defs resolvable.
    sub = {"$schema": root["$schema"], "$defs": root["$defs"], "$ref": "#/$defs/%s" % ref}
    return Draft202012Validator(sub, format_checker=_format_checker())


def _leaf_errors(error: Any) -> list[Any]:
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


def _message(error: Any) -> str:
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


def schema_errors(document: Any, ref: str, kind: str | None = None) -> list[str]:
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
    out: list[tuple[list[str | int], str]] = []
    for error in _validator(ref).iter_errors(document):
        for leaf in _leaf_errors(error):
            path = list(leaf.absolute_path)
            if leaf.validator == "required":
                path.append(leaf.message.split("'")[1])
            out.append((path, "%s: %s" % (field_path(kind, path), _message(leaf))))
    out.sort(key=lambda item: [str(p) for p in item[0]])
    return [message for _path, message in out]


def validate_schema(topology: Any) -> None:
    """Raise TopologyError unless ``topology`` matches its kind's schema."""
    kind = topology.get("kind") if isinstance(topology, dict) else None
    if kind not in KINDS:
        raise TopologyError(["topology.kind: %r is not one of %s" % (kind, ", ".join(KINDS))])
    errors = schema_errors(topology, "%s_topology" % kind, kind)
    if errors:
        raise TopologyError(errors)


def validate_host_config(config: Any) -> None:
    """Raise TopologyError unless ``config`` matches ``$defs/host_config`` (host_network's config)."""
    errors = [e.replace("topology", "config", 1) for e in schema_errors(config, "host_config")]
    if errors:
        raise TopologyError(errors)


# --- resolution ----------------------------------------------------------------------------------


def with_defaults(topology: dict[str, Any]) -> dict[str, Any]:
    """The topology with every unset (or null) fleet-level key at its default."""
    kind = topology["kind"]
    out: dict[str, Any] = {"kind": kind}
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


def first_host(prefix: str) -> str:
    """The first usable address of a prefix: the conventional gateway."""
    network = ipaddress.ip_network(prefix)
    return str(network.network_address + 1)


def _net(prefix: str) -> ipaddress.IPv4Network | ipaddress.IPv6Network:
    return ipaddress.ip_network(prefix)


def _tagged(endpoints: list[dict[str, Any]] | None, path: list[str | int]) -> list[dict[str, Any]]:
    """Copies of endpoints, each remembering where the user wrote it (for error messages)."""
    out = []
    for index, ep in enumerate(endpoints or []):
        ep = copy.deepcopy(ep)
        ep["_path"] = [*path, index]
        out.append(ep)
    return out


def resolve(topology: dict[str, Any], play_hosts: Iterable[str], hostvars: dict[str, dict[str, Any]] | None = None,
            existing_subnets: dict[str, str] | None = None) -> dict[str, Any]:  # fmt: skip
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
    hosts: dict[str, dict[str, Any]] = {}
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
        entry: dict[str, Any] = {}

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
