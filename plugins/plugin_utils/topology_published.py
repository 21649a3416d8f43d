# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""What an overlay or l2bridge host publishes for the other members' routes, from its registered host_network
result (internal use only): read after the converge, or planned in check mode.
"""

from __future__ import annotations

from typing import Any

from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_checks import host_state


def _creates_network(facts: Any, name: str) -> bool:
    """Whether a registered host_network result (check mode) plans to create, or re-create, the network ``name``."""
    prefix = "create network %s (" % name
    ops = (facts or {}).get("operations") if isinstance(facts, dict) else None
    return any(str(op).lower().startswith(prefix.lower()) for op in ops or [])


def overlay_planned(topo: dict[str, Any], host: str, facts: Any) -> dict[str, Any]:
    """Check mode: what an overlay host WILL publish once the converge ``facts`` (its check-mode result) is made.

    The subnet and VSID are the planned ones (the resolved topology's), the provider address the one the role gives
    the network (the preflight read it from the adapter). The DR MAC is the network's when the converge keeps the
    network; HNS assigns a new one to a network it creates, so for a network to be created or re-created it is
    unknown (None, and ``unknown`` names it): the plan says so instead of inventing one.
    """
    state = host_state(facts)
    net = state.networks.get(norm.name_key(topo["network_name"])) if state else None
    entry = topo["hosts"].get(host) or {}
    kept = bool(net) and not _creates_network(facts, topo["network_name"])
    # kept implies net is a network (bool(net) above): mypy does not carry that through the bool.
    out: dict[str, Any] = {
        "subnet": entry.get("subnet"),
        "vsid": topo["vsid"],
        "provider_address": entry.get("provider_address") or (net.get("provider_address") if kept else None),  # type: ignore[union-attr]
        "dr_mac_address": net.get("dr_mac_address") if kept else None,  # type: ignore[union-attr]
        "planned": True,
    }
    out["unknown"] = [k for k in ("provider_address", "dr_mac_address") if not out[k]]
    return out


def overlay_published(topo: dict[str, Any], host: str, facts: Any, planned: bool = False) -> dict[str, Any]:
    """What an overlay host publishes for the others' routes, read from its snapshot after converge.

    ``planned`` (check mode): what it will publish once the converge is made (``overlay_planned``).
    """
    if planned:
        return overlay_planned(topo, host, facts)
    state = host_state(facts)
    net = state.networks.get(norm.name_key(topo["network_name"])) if state else None
    entry = topo["hosts"].get(host) or {}
    if not net:
        return {"subnet": entry.get("subnet"), "vsid": topo["vsid"], "provider_address": None, "dr_mac_address": None}
    subnet = net["subnets"][0] if net.get("subnets") else {}
    return {
        "subnet": subnet.get("prefix") or entry.get("subnet"),
        "vsid": subnet.get("vsid") or topo["vsid"],
        "provider_address": net.get("provider_address") or entry.get("provider_address"),
        "dr_mac_address": net.get("dr_mac_address"),
    }


def l2bridge_published(topo: dict[str, Any], host: str, facts: Any, planned: bool = False) -> dict[str, Any]:
    """What an l2bridge per_host host publishes for the others' routes: ``{subnet, lan_address, lan_prefix}``.

    The subnet is read from the host's network (after converge), else the resolved topology's; the LAN address is
    the one the preflight read from the adapter (or its vNIC) and checked. ``planned`` (check mode, where ``facts``
    is the converge's check-mode result and its snapshot the host before): the planned subnet, the topology's.
    """
    state = host_state(facts)
    net = state.networks.get(norm.name_key(topo["network_name"])) if state else None
    entry = topo["hosts"].get(host) or {}
    subnet = ((net or {}).get("subnets") or [{}])[0].get("prefix") or entry.get("subnet")
    if planned:
        subnet = entry.get("subnet") or subnet
    return {"subnet": subnet, "lan_address": entry.get("lan_address"), "lan_prefix": entry.get("lan_prefix")}


__all__ = ["overlay_published"]
