# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin of hyperv.network.host_network: the whole desired network of one host."""

from __future__ import annotations

from ansible_collections.hyperv.network.plugins.modules.host_network import DOCUMENTATION
from ansible_collections.hyperv.network.plugins.plugin_utils.action_base import KINDS, HvNetActionBase

# Read-only facts that gathered output carries; the config accepts them (the round trip) and drops them here.
READ_ONLY_KEYS = {
    "switches": ("id", "owned", "foreign"),
    "networks": ("id", "owned", "foreign", "dr_mac_address", "management_ip"),
    "endpoints": ("id", "owned", "foreign"),
    "vm_adapters": ("mac_address",),
    "host_routes": ("owned",),
    "forwarding": ("owned",),
    "firewall_rules": ("owned",),
}


def desired_config(config):
    """The validated ``config`` without the read-only facts of gathered output."""
    config = dict(config or dict.fromkeys(KINDS))
    for kind, keys in READ_ONLY_KEYS.items():
        items = config.get(kind)
        if items is not None:
            config[kind] = [{k: v for k, v in item.items() if k not in keys} for item in items]
    for item in config.get("vm_adapters") or []:
        if item.get("id") is None:
            item.pop("id", None)
    return config


class ActionModule(HvNetActionBase):
    """Passes config and state to the engine; the result is the engine's."""

    DOCUMENTATION = DOCUMENTATION

    def contacts_host(self, args):
        return args["state"] != "rendered"

    def run_module(self, args):
        return self.converge(
            desired_config(args["config"]),
            args["state"],
            recreate=args["recreate"],
            snapshot=args["snapshot"],
            wait_for_overlay=args["wait_for_overlay"],
            job_options={"boot_replay": True} if args["boot_replay"] else None,
        )
