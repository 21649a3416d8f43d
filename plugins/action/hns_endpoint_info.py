# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin of hyperv.network.hns_endpoint_info: the gathered endpoints of a host, filtered by name and network."""

from __future__ import annotations

from ansible_collections.hyperv.network.plugins.plugin_utils.action_base import HvNetActionBase, HvNetInfoActionBase
from ansible_collections.hyperv.network.plugins.plugin_utils.argspec import module_documentation


class ActionModule(HvNetInfoActionBase, HvNetActionBase):
    """Reads the host once (state gathered, kind endpoints) and never changes it."""

    DOCUMENTATION = module_documentation("hns_endpoint_info")
    KIND = "endpoints"
    FILTERS = {"name": "name", "network": "network"}
