# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin of hyperv.network.vm_adapter_info: the gathered VM NICs of a host, filtered by name and VM."""

from __future__ import annotations

from ansible_collections.hyperv.network.plugins.plugin_utils.action_base import HvNetActionBase, HvNetInfoActionBase
from ansible_collections.hyperv.network.plugins.plugin_utils.argspec import module_documentation


class ActionModule(HvNetInfoActionBase, HvNetActionBase):
    """Reads the host once (state gathered, kind vm_adapters) and never changes it."""

    DOCUMENTATION = module_documentation("vm_adapter_info")
    KIND = "vm_adapters"
    FILTERS = {"name": "name", "vm": "vm"}
