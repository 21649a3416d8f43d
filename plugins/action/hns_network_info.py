# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin of hyperv.network.hns_network_info: the gathered networks of a host, filtered by name."""

from __future__ import annotations

from ansible_collections.hyperv.network.plugins.plugin_utils.action_base import HvNetActionBase, HvNetInfoActionBase
from ansible_collections.hyperv.network.plugins.plugin_utils.argspec import module_documentation


class ActionModule(HvNetInfoActionBase, HvNetActionBase):
    """Reads the host once (state gathered, kind networks) and never changes it."""

    DOCUMENTATION = module_documentation("hns_network_info")
    KIND = "networks"
    FILTERS = {"name": "name"}
