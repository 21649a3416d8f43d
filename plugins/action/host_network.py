# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin of hyperv.network.host_network: the whole desired network of one host."""

from __future__ import annotations

from ansible_collections.hyperv.network.plugins.modules.host_network import DOCUMENTATION
from ansible_collections.hyperv.network.plugins.plugin_utils.action_base import KINDS, HvNetActionBase


class ActionModule(HvNetActionBase):
    """Passes config and state to the engine unchanged; the result is the engine's."""

    DOCUMENTATION = DOCUMENTATION

    def contacts_host(self, args):
        return args["state"] != "rendered"

    def run_module(self, args):
        config = args["config"] or dict.fromkeys(KINDS)
        return self.converge(
            config,
            args["state"],
            recreate=args["recreate"],
            snapshot=args["snapshot"],
            wait_for_overlay=args["wait_for_overlay"],
        )
