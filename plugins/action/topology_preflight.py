# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin of hyperv.network.topology_preflight: the fleet preflight, on the controller only."""

from __future__ import annotations

from ansible.module_utils.common.text.converters import to_text
from ansible.plugins.action import ActionBase
from ansible_collections.hyperv.network.plugins.modules.topology_preflight import DOCUMENTATION
from ansible_collections.hyperv.network.plugins.plugin_utils.argspec import argument_spec_from_doc
from ansible_collections.hyperv.network.plugins.plugin_utils.topology import DEFAULTS, TopologyError, prepare
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_checks import check_facts, existing_subnets

# Inventory variables a topology reads from each host (container VMs and their parents).
_HOST_VARS = ("hyperv_network_parent", "hyperv_network_vm_name", "hyperv_network_vm_adapter")


class ActionModule(ActionBase):
    """Validate, resolve and check a topology across the play's hosts; never contacts a host."""

    TRANSFERS_FILES = False
    _requires_connection = False

    def run(self, tmp=None, task_vars=None):
        result = super().run(tmp, task_vars)
        task_vars = task_vars or {}
        spec, validators = argument_spec_from_doc(DOCUMENTATION)
        _validation, args = self.validate_argument_spec(argument_spec=spec, **validators)
        fleet = list(args["hosts"] or task_vars.get("ansible_play_hosts_all") or [])
        batch = [h for h in (args["batch"] or task_vars.get("ansible_play_batch") or fleet) if h in fleet]
        hostvars = task_vars.get("hostvars") or {}
        inventory = set((task_vars.get("groups") or {}).get("all") or []) or None
        per_host = {h: {k: _host_var(hostvars, h, k) for k in _HOST_VARS} for h in fleet}
        facts = {h: _host_var(hostvars, h, args["facts"]) for h in batch} if args["facts"] else None
        topology = dict(args["topology"])
        # Whether the play's tasks run in check mode: ansible_check_mode reflects only the command line,
        # not a play's check_mode keyword (the plan playbook), so the roles read it from here.
        check_mode = bool(self._task.check_mode)
        result.update(changed=False, topology_input=topology, hosts=sorted(fleet), check_mode=check_mode)
        try:
            existing = None
            if facts:
                name = topology.get("network_name") or DEFAULTS.get(topology.get("kind"), {}).get("network_name")
                existing = existing_subnets(name, facts)
            topo = prepare(topology, fleet, per_host, inventory, existing)
            ignored = topo.pop("ignored_hosts")
            warnings = ["ignoring %s: not in the play" % ", ".join(ignored)] if ignored else []
            # A teardown deletes only what the role made, by name: the fact rules guard creation.
            if facts is not None and topo["state"] == "present":
                errors, fact_warnings, topo = check_facts(topo, facts, batch)
                warnings.extend(fact_warnings)
                if errors:
                    raise TopologyError(errors)
        except TopologyError as exc:
            result.update(failed=True, errors=exc.errors, msg=to_text(exc))
            return result
        if warnings:
            result["warnings"] = warnings
        result["topology"] = topo
        return result


def _host_var(hostvars, host, name):
    """One variable of another host (None when unset)."""
    try:
        return hostvars[host][name]
    except (KeyError, TypeError):
        return None
