# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin of hyperv.network.ping: one no-op bridge round trip."""

from __future__ import annotations

from ansible_collections.hyperv.network.plugins.plugin_utils.action_base import HvNetActionBase
from ansible_collections.hyperv.network.plugins.plugin_utils.argspec import module_documentation


class ActionModule(HvNetActionBase):
    """Proves the connection, the transport policy and the bridge; the cost floor of every module."""

    DOCUMENTATION = module_documentation("ping")

    def run_module(self, args):
        client = self.bridge_client()
        response = client.read([{"op": "ping", "args": {}}])
        return {
            "changed": False,
            "ping": "pong",
            "protocol": response.raw.get("protocol"),
            "bridge_calls": client.calls,
        }
