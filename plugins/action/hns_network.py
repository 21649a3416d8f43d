# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin of hyperv.network.hns_network: one HNS network, as a host_network `config.networks` item."""

from __future__ import annotations

from ansible_collections.hyperv.network.plugins.plugin_utils.action_base import (
    HvNetActionBase,
    config_with,
    single_object_result,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.argspec import module_documentation

# Module options that are not part of the network item.
_TASK_KEYS = ("state", "recreate", "wait_for_overlay")


class ActionModule(HvNetActionBase):
    """present = merged (unset options left alone), absent = deleted (owned networks only)."""

    DOCUMENTATION = module_documentation("hns_network")

    def run_module(self, args):
        item = {key: value for key, value in args.items() if key not in _TASK_KEYS}
        state = "deleted" if args["state"] == "absent" else "merged"
        result = self.converge(
            config_with("networks", [item]),
            state,
            kinds=["networks"],
            recreate=args["recreate"],
            wait_for_overlay=args["wait_for_overlay"],
        )
        return single_object_result(result, "networks", "network", args["name"])
