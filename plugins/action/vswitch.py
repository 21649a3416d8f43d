# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin of hyperv.network.vswitch: one switch, as a host_network `config.switches` item."""

from __future__ import annotations

from ansible_collections.hyperv.network.plugins.plugin_utils.action_base import (
    HvNetActionBase,
    config_with,
    single_object_result,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.argspec import module_documentation

_SWITCH_KEYS = (
    "name",
    "switch_type",
    "net_adapter_names",
    "allow_management_os",
    "enable_iov",
    "enable_packet_direct",
    "minimum_bandwidth_mode",
    "notes",
)


class ActionModule(HvNetActionBase):
    """present = merged (unset options left alone), absent = deleted (owned switches only)."""

    DOCUMENTATION = module_documentation("vswitch")

    def run_module(self, args):
        item = {key: args[key] for key in _SWITCH_KEYS}
        state = "deleted" if args["state"] == "absent" else "merged"
        result = self.converge(config_with("switches", [item]), state, kinds=["switches"], recreate=args["recreate"])
        return single_object_result(result, "switches", "switch", args["name"])
