# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin of hyperv.network.vm_adapter: one VM NIC, as a host_network `config.vm_adapters` item."""

from __future__ import annotations

from ansible.errors import AnsibleActionFail
from ansible_collections.hyperv.network.plugins.plugin_utils.action_base import (
    HvNetActionBase,
    config_with,
    single_object_result,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.argspec import module_documentation
from ansible_collections.hyperv.network.plugins.plugin_utils.kind_options import fragment_extras


class ActionModule(HvNetActionBase):
    """present = merged; absent = disconnect the adapter from its switch (the adapter stays in the VM)."""

    DOCUMENTATION = module_documentation("vm_adapter")
    ARGSPEC_EXTRAS = fragment_extras("vm_adapters")

    def run_module(self, args):
        item = {key: args[key] for key in ("vm", "name", "id", "switch", "vlan", "mac_address_spoofing")}
        if args["state"] == "absent":
            if args["switch"]:
                raise AnsibleActionFail("state=absent disconnects the adapter; do not give 'switch' with it")
            # An empty switch name is host_network's way to say "disconnected".
            item["switch"] = ""
        result = self.converge(config_with("vm_adapters", [item]), "merged", kinds=["vm_adapters"])
        out = single_object_result(result, "vm_adapters", "vm_adapter", args["name"], vm=args["vm"])
        if args["id"]:
            # Several NICs of the VM may share the name: report the one of that Id (review 3 finding 6).
            after = (result.get("after") or {}).get("vm_adapters") or []
            out["vm_adapter"] = next((a for a in after if str(a.get("id") or "").lower() == args["id"].lower()), None)
        return out
