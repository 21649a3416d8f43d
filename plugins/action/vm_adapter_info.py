# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin of hyperv.network.vm_adapter_info: the gathered vm_adapters of a host, filtered by name."""

from __future__ import annotations

from ansible_collections.hyperv.network.plugins.modules.vm_adapter_info import DOCUMENTATION
from ansible_collections.hyperv.network.plugins.plugin_utils.action_base import (
    HvNetActionBase,
    config_with,
    filter_by,
)


class ActionModule(HvNetActionBase):
    """Reads the host once (state gathered, kind vm_adapters) and never changes it."""

    DOCUMENTATION = DOCUMENTATION

    def run_module(self, args):
        result = self.converge(config_with(), "gathered", kinds=["vm_adapters"])
        objects = filter_by((result.get("gathered") or {}).get("vm_adapters"), "name", args["name"])
        objects = filter_by(objects, "vm", args["vm"])
        info = {"changed": False, "vm_adapters": objects, "bridge_calls": result.get("bridge_calls")}
        if result.get("warnings"):
            info["warnings"] = list(result["warnings"])
        return info
