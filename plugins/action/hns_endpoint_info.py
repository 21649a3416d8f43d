# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin of hyperv.network.hns_endpoint_info: the gathered endpoints of a host, filtered by name."""

from __future__ import annotations

from ansible_collections.hyperv.network.plugins.modules.hns_endpoint_info import DOCUMENTATION
from ansible_collections.hyperv.network.plugins.plugin_utils.action_base import (
    HvNetActionBase,
    config_with,
    filter_by,
)


class ActionModule(HvNetActionBase):
    """Reads the host once (state gathered, kind endpoints) and never changes it."""

    DOCUMENTATION = DOCUMENTATION

    def run_module(self, args):
        result = self.converge(config_with(), "gathered", kinds=["endpoints"])
        objects = filter_by((result.get("gathered") or {}).get("endpoints"), "name", args["name"])
        objects = filter_by(objects, "network", args["network"])
        info = {"changed": False, "endpoints": objects, "bridge_calls": result.get("bridge_calls")}
        if result.get("warnings"):
            info["warnings"] = list(result["warnings"])
        return info
