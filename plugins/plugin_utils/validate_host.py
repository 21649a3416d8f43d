# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Validation of the host-object config keys (docs/design/host-objects.md section 3) before any bridge call
(internal collection use only). Called by validate.validate_config with its checker; every message names the field.
"""

from typing import TYPE_CHECKING, Any

from ansible_collections.hyperv.network.plugins.plugin_utils import ipcache
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm

if TYPE_CHECKING:
    from ansible_collections.hyperv.network.plugins.plugin_utils.validate import _Checker, _Network

HOST_LIST_KEYS = ("host_routes", "forwarding", "firewall_rules")
FIREWALL_NAME_MAX = 255  # keep well inside Windows Firewall's rule name limits; the name is the rule's unique ID


# The helpers take ``config`` as Any: it is the task's config as given, checked here item by item (a list where
# ``config.get(key)`` was just found to be one).


def _ipv4_prefix(c: "_Checker", path: str, value: object) -> "_Network | None":
    if value is None or value == "":
        c.error(path, "a destination prefix is required")
        return None
    try:
        net = ipcache.network(str(value).strip(), strict=True)
    except ValueError as e:
        c.error(path, "%r is not a valid IPv4 prefix (%s)" % (value, e))
        return None
    if net.version != 4:
        c.error(path, "%r is not an IPv4 prefix (host routes are IPv4)" % (value,))
        return None
    return net


def validate_host_objects(
    c: "_Checker", config: dict[str, Any], endpoints: list[dict[str, Any]], state: str | None = None
) -> None:
    """Check host_routes, purge_host_routes, forwarding, firewall_rules and endpoints[].host_attach.

    ``state``: the task's state when known. ``deleted`` names a firewall rule by its ``name`` alone (the other
    fields are what a create or update needs) and lists an endpoint without ``host_attach`` beside its forwarding
    (which it restores); any other known state requires ``local_port`` and ``host_attach: true`` there. Unknown
    (None, the action plugin's early check): neither is checked yet, the engine checks them with the state before
    it reads the host."""
    for key in HOST_LIST_KEYS:
        if config.get(key) is not None and not isinstance(config.get(key), list):
            c.error("config.%s" % key, "must be a list")
    purge = config.get("purge_host_routes")
    if purge is not None and not isinstance(purge, bool):
        c.error("config.purge_host_routes", "must be true or false, got %r" % (purge,))
    _host_routes(c, config)
    _forwarding(c, config, endpoints, state)
    _firewall_rules(c, config, state)
    for i, e in enumerate(endpoints):
        attach = e.get("host_attach")
        if attach is not None and not isinstance(attach, bool):
            c.error("config.endpoints[%d].host_attach" % i, "must be true or false, got %r" % (attach,))


def _host_routes(c: "_Checker", config: Any) -> None:
    """host_routes: each an IPv4 destination prefix, a next hop (an IPv4 address, not 0.0.0.0) and an interface
    alias; no route twice."""
    routes = config.get("host_routes") if isinstance(config.get("host_routes"), list) else []
    seen: dict[tuple[str | None, str, str], int] = {}
    for i, r in enumerate(routes):
        path = "config.host_routes[%d]" % i
        if not isinstance(r, dict):
            c.error(path, "must be a dictionary")
            continue
        net = _ipv4_prefix(c, path + ".destination_prefix", r.get("destination_prefix"))
        hop = r.get("next_hop")
        if hop is None or hop == "":
            c.error(path + ".next_hop", "a next hop is required (an on-link route is the interface's own)")
        else:
            addr = c.ip(path + ".next_hop", hop, version=4)
            if addr is not None and addr.is_unspecified:
                c.error(path + ".next_hop", "0.0.0.0 is no next hop (an on-link route is the interface's own)")
        c.name(path + ".interface", r.get("interface"), what="interface alias")
        if net is not None and hop:
            k = (norm.name_key(r.get("interface")), str(net), str(hop).strip())
            if k in seen:
                c.error(path, "duplicates config.host_routes[%d]" % seen[k])
            seen.setdefault(k, i)


def _forwarding(c: "_Checker", config: Any, endpoints: list[dict[str, Any]], state: str | None) -> None:
    """forwarding: one interface or one attached endpoint per item (an endpoint listed without host_attach has no
    host interface to forward on)."""
    attachable = {norm.name_key(e.get("name")) for e in endpoints if e.get("host_attach")}
    listed = {norm.name_key(e.get("name")) for e in endpoints}
    items = config.get("forwarding") if isinstance(config.get("forwarding"), list) else []
    for i, f in enumerate(items):
        path = "config.forwarding[%d]" % i
        if not isinstance(f, dict):
            c.error(path, "must be a dictionary")
            continue
        given = [k for k in ("interface", "endpoint") if f.get(k) not in (None, "")]
        if len(given) != 1:
            c.error(
                path,
                "give exactly one of interface (an interface alias) and endpoint (an attached endpoint's name), got %s"
                % (" and ".join(given) or "neither"),
            )
            continue
        c.name(
            "%s.%s" % (path, given[0]),
            f.get(given[0]),
            what="interface alias" if given[0] == "interface" else "endpoint name",
        )
        key = norm.name_key(f.get("endpoint")) if f.get("endpoint") else None
        # state=deleted restores the forwarding of a listed endpoint (its host_attach is not needed to delete it);
        # unknown state (None): the engine checks again with the state before it reads the host.
        converging = state is not None and state != "deleted"
        if converging and key and key in listed and key not in attachable and f.get("enabled", True) is not False:
            c.error(
                path + ".endpoint",
                "endpoint %r is listed without host_attach: true, so it has no host interface" % f["endpoint"],
            )
        if f.get("enabled") is not None and not isinstance(f.get("enabled"), bool):
            c.error(path + ".enabled", "must be true or false, got %r" % (f.get("enabled"),))


def _firewall_rules(c: "_Checker", config: Any, state: str | None) -> None:
    """firewall_rules: unique names, the choices, a local port where a rule is created or updated, IPv4 remote
    addresses."""
    rules = config.get("firewall_rules") if isinstance(config.get("firewall_rules"), list) else []
    c.unique_names(
        "config.firewall_rules", rules, lambda r: norm.name_key(r.get("name")) if isinstance(r, dict) else None
    )
    for i, r in enumerate(rules):
        path = "config.firewall_rules[%d]" % i
        if not isinstance(r, dict):
            c.error(path, "must be a dictionary")
            continue
        if c.name(path + ".name", r.get("name"), what="rule name") and len(r["name"]) > FIREWALL_NAME_MAX:
            c.error(path + ".name", "is longer than %d characters" % FIREWALL_NAME_MAX)
        if r.get("display_name") is not None:
            c.name(path + ".display_name", r.get("display_name"), what="display name")
        c.choice(path + ".direction", r.get("direction"), ("inbound", "outbound"))
        c.choice(path + ".protocol", r.get("protocol"), ("udp", "tcp"))
        c.choice(path + ".action", r.get("action"), ("allow", "block"))
        if r.get("local_port") is None and state is not None and state != "deleted":
            c.error(path + ".local_port", "is required to create or update a rule (state=deleted needs only name)")
        c.int_range(path + ".local_port", r.get("local_port"), 1, 65535)
        remote = r.get("remote_addresses")
        for k, a in enumerate(norm.str_list(remote) if remote is not None else []):
            apath = "%s.remote_addresses[%d]" % (path, k)
            try:
                value = ipcache.network(str(a).strip(), strict=True) if "/" in str(a) else ipcache.address(
                    str(a).strip())  # fmt: skip
            except ValueError:
                c.error(apath, "%r is not an IPv4 address or prefix" % (a,))
                continue
            if value.version != 4:
                c.error(apath, "%r is not an IPv4 address or prefix" % (a,))
