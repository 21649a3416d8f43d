# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin of hyperv.network.hns_endpoint: one HNS endpoint, as a host_network `config.endpoints` item."""

from __future__ import annotations

from ansible_collections.hyperv.network.plugins.plugin_utils.action_base import (
    HvNetActionBase,
    config_with,
    single_object_result,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.argspec import module_documentation

# The task's own options, and routes: the alias of sdn_routes, which ansible's argument validator keeps beside it.
_TASK_KEYS = ("state", "recreate", "routes")


class ActionModule(HvNetActionBase):
    """present = merged (unset options left alone), absent = deleted (owned endpoints only)."""

    DOCUMENTATION = module_documentation("hns_endpoint")

    def run_module(self, args):
        item = {key: value for key, value in args.items() if key not in _TASK_KEYS}
        state = "deleted" if args["state"] == "absent" else "merged"
        result = self.converge(config_with("endpoints", [item]), state, kinds=["endpoints"], recreate=args["recreate"])
        return single_object_result(result, "endpoints", "endpoint", args["name"])
