# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin of hyperv.network.host_network: the whole desired network of one host."""

from __future__ import annotations

from ansible_collections.hyperv.network.plugins.plugin_utils.action_base import KINDS, HvNetActionBase
from ansible_collections.hyperv.network.plugins.plugin_utils.argspec import module_documentation
from ansible_collections.hyperv.network.plugins.plugin_utils.kind_options import config_extras
from ansible_collections.hyperv.network.plugins.plugin_utils.state import strip_facts


def desired_config(config):
    """The validated ``config`` without the read-only facts of gathered output (the config accepts them, so that
    gathered output can be fed back, and drops them here)."""
    config = strip_facts(config or dict.fromkeys(KINDS))
    for item in config.get("vm_adapters") or []:
        if item.get("id") is None:
            item.pop("id", None)
    return config


class ActionModule(HvNetActionBase):
    """Passes config and state to the engine; the result is the engine's."""

    # The documentation is the module's sidecar, plugins/modules/host_network.yml (partly generated).
    DOCUMENTATION = module_documentation("host_network")
    ARGSPEC_EXTRAS = config_extras()

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
