# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin of hyperv.network.topology_preflight: the fleet preflight, on the controller only."""

from __future__ import annotations

import re
import types
from collections.abc import Mapping

from ansible.errors import AnsibleActionFail
from ansible.module_utils.common.arg_spec import ArgumentSpecValidator
from ansible.module_utils.common.text.converters import to_text
from ansible.module_utils.errors import UnsupportedError
from ansible.plugins.action import ActionBase
from ansible_collections.hyperv.network.plugins.plugin_utils.argspec import argument_spec_from_doc, module_documentation
from ansible_collections.hyperv.network.plugins.plugin_utils.per_host_values import merge_host_values
from ansible_collections.hyperv.network.plugins.plugin_utils.prewarm import freeze_inherited_objects, prewarm
from ansible_collections.hyperv.network.plugins.plugin_utils.state import parse_once
from ansible_collections.hyperv.network.plugins.plugin_utils.topology import (
    CARVED_KINDS,
    DEFAULTS,
    TopologyError,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_checks import (
    check_facts,
    existing_subnets,
    input_errors,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_fleet import published_complete
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_prepare import prepare
from ansible_collections.hyperv.network.plugins.plugin_utils.topology_role import (
    SETTLED_KINDS,
    converge_shares,
    fold_fleet,
    folded_routes_unsettled,
    planned_name,
    routes_settle_shares,
    settle_shares,
    unsettled_hosts,
)

MODULE = "hyperv.network.topology_preflight"
PREFLIGHT_DOC = module_documentation("topology_preflight")
# Built at import, in the main process, so that the forked worker inherits it (argspec.py, issue 13).
argument_spec_from_doc(PREFLIGHT_DOC)  # kept in argspec.py's per-process memo; each use takes a copy
prewarm()  # the topology schema's validators, built in the main process (prewarm.py)
# Inventory variables a topology reads from each host (container VMs and their parents).
_HOST_VARS = ("hyperv_network_parent", "hyperv_network_vm_name", "hyperv_network_vm_adapter")


class ActionModule(ActionBase):
    """Validate, resolve and check a topology across the fleet; never contacts a host."""

    TRANSFERS_FILES = False
    _requires_connection = False

    def run(self, tmp=None, task_vars=None):
        freeze_inherited_objects()  # the fleet step parses every host's snapshot (prewarm.py)
        with parse_once():  # each host's snapshot parsed once for the fact checks and the shares
            return self._run(tmp, task_vars)

    def _run(self, tmp, task_vars):
        result = super().run(tmp, task_vars)
        task_vars = task_vars or {}
        try:
            args = self._validated_args()
        except AnsibleActionFail as exc:
            result.update(failed=True, changed=False, msg=to_text(exc.message))
            return result
        play_hosts = list(args["hosts"] or task_vars.get("ansible_play_hosts_all") or [])
        batch = [h for h in (args["batch"] or task_vars.get("ansible_play_batch") or play_hosts) if h in play_hosts]
        hostvars = _RawHostVars(task_vars.get("hostvars") or {})
        if args["folded"]:
            result.update(_folded(hostvars, batch, args["folded"]))
            return result
        groups = task_vars.get("groups") or {}
        inventory = set(groups.get("all") or []) or None
        read = args["read"]
        if read:
            # The phase's reads carry each host's own values (topology_read), failed hosts' included.
            args["values"] = args["values"] or _ReadValues(read)
            args["facts"] = args["facts"] or read
        topology = _topology_given(args["topology"], hostvars, play_hosts, read)
        # Whether the play's tasks run in check mode: ansible_check_mode reflects only the command line,
        # not a play's check_mode keyword (the plan playbook), so the roles read it from here.
        check_mode = bool(self._task.check_mode)
        result.update(changed=False, check_mode=check_mode)
        warnings = []
        try:
            sources = {}
            if args["values"]:
                values = _role_values(hostvars, play_hosts, args["values"], read)
                merged, sources, errors = merge_host_values(
                    topology.get("kind"), values, play_hosts[0] if play_hosts else None
                )
                if errors:
                    raise TopologyError(errors)
                if merged is not None:
                    topology = merged
            result["topology_input"] = topology
            errors = input_errors(topology)
            if errors:
                raise TopologyError(errors)
            kind = topology.get("kind")
            fleet = self._fleet(kind, args, play_hosts, (groups, hostvars), warnings)
            members = fleet["members"] if fleet else play_hosts
            result["hosts"] = sorted(members)
            if fleet:
                result["fleet"] = fleet
            per_host = {h: {k: _host_var(hostvars, h, k) for k in _HOST_VARS} for h in members}
            routes_phase = args["phase"] == "routes"
            facts = _batch_facts(hostvars, batch, args["facts"], read)
            name = topology.get("network_name") or DEFAULTS.get(kind, {}).get("network_name")
            existing = _existing(fleet, facts, name)
            topo = prepare(topology, members, per_host, inventory, existing or None)
            ignored = topo.pop("ignored_hosts")
            if ignored:
                warnings.append("ignoring %s: not in the play" % ", ".join(ignored))
            # A teardown deletes only what the role made, by name: the fact rules guard creation.
            if facts is not None and topo["state"] == "present" and not routes_phase:
                errors, fact_warnings, topo = check_facts(topo, facts, batch, given=topology.get("hosts"))
                warnings.extend(fact_warnings)
                if errors:
                    raise TopologyError(errors)
        except TopologyError as exc:
            errors = [_user_names(e, topology.get("kind"), sources) for e in exc.errors]
            result.update(failed=True, errors=errors, msg="invalid topology:\n- " + "\n- ".join(errors))
            return result
        if warnings:
            result["warnings"] = warnings
        result["topology"] = topo
        step = types.SimpleNamespace(args=args, hostvars=hostvars, batch=batch, play_hosts=play_hosts, kind=kind,
                                     check_mode=check_mode)  # fmt: skip
        if read and routes_phase and fleet:
            self._routes_step(result, topo, fleet, facts, step)
        elif read and not routes_phase:
            self._converge_step(result, topo, fleet, facts, step)
        return result

    @staticmethod
    def _routes_step(result, topo, fleet, facts, step):
        """The routes phase's fleet step: the published facts its routes come from (a plan's included), and whether
        the batch's routes reads settled their routes already."""
        args, hostvars, batch, kind, check_mode = step.args, step.hostvars, step.batch, step.kind, step.check_mode
        fleet["published"] = _with_planned(fleet["published"], hostvars, batch, kind, check_mode)
        if kind in SETTLED_KINDS and topo["state"] == "present" and not check_mode:
            # Routes reads that settled their host's routes (topology_read's settle with phase routes) as this
            # step builds them from the published facts: where the whole batch did, the role ends here.
            shares = routes_settle_shares(topo, fleet, facts or {}, batch)
            reads = {h: _host_var(hostvars, h, args["facts"]) for h in batch}  # the routes reads themselves
            unsettled = unsettled_hosts(topo, shares, reads, batch)
            result.update(settled=bool(batch) and not unsettled, unsettled=unsettled)

    def _converge_step(self, result, topo, fleet, facts, step):
        """The converge phase's fleet step: each host's share, the routes fold, and whether the batch's reads settled
        their converge (and their routes) already."""
        args, batch, play_hosts, kind, check_mode = step.args, step.batch, step.play_hosts, step.kind, step.check_mode
        try:
            result["shares"] = converge_shares(topo, facts or {}, batch, teardown=topo["state"] == "absent")
        except (KeyError, ValueError) as exc:
            result.update(failed=True, msg="invalid topology: %s" % exc)
        if args["fold_routes"] and not check_mode and fleet and not result.get("failed"):
            fold = fold_fleet(topo, fleet, facts or {}, batch)
            if fold is not None:
                result["fold"] = fold
        if kind in SETTLED_KINDS and topo["state"] == "present" and not check_mode and not result.get("failed"):
            # Reads that settled their host's converge (topology_read's settle) with this very share (overlay:
            # and the routes the fold gives it): where the whole batch did, the role ends here
            # (docs/design/role-phases.md, "A rerun settled in its read").
            shares = settle_shares(topo, result["shares"], result.get("fold"), facts or {}, batch)
            unsettled = unsettled_hosts(topo, shares, facts or {}, batch)
            result.update(settled=bool(batch) and not unsettled, unsettled=unsettled)
            if args["fold_routes"] and result["settled"] and fleet:
                self._routes_settled(result, topo, fleet, facts or {}, (batch, play_hosts))

    @staticmethod
    def _routes_settled(result, topo, fleet, facts, hosts):
        """l2bridge with per-host subnets, a settled converge: whether every host's read also settled its routes as
        the routes phase builds them (topology_read's ``fold_routes``), so that the routes phase has nothing to do.
        Only for a batch that is the whole play: a later serial batch still has to publish (docs/topologies.md)."""
        batch, play_hosts = hosts
        unsettled = folded_routes_unsettled(topo, fleet, facts, batch)
        if unsettled is None:
            return
        whole_play = set(batch) == set(play_hosts)
        result.update(routes_settled=whole_play and not unsettled, routes_unsettled=unsettled)
        if result["routes_settled"]:
            result["routes_settled_hosts"] = sorted(batch)

    def _validated_args(self):
        """The task's arguments, refused with the module's name as users write it."""
        spec, validators = argument_spec_from_doc(PREFLIGHT_DOC)
        args = self._task.args.copy()
        validation = ArgumentSpecValidator(spec, **validators).validate(args)
        args.update(validation.validated_parameters)
        errors = list(validation.errors)
        if errors:
            error = errors[0]
            if isinstance(error, UnsupportedError):
                raise AnsibleActionFail("Unsupported parameters for (%s) module: %s" % (MODULE, to_text(error.msg)))
            raise AnsibleActionFail("%s: %s" % (MODULE, to_text(error.msg)))
        return args

    def _play_group(self, groups):
        """The play's ``hosts:`` when it is exactly one inventory group (after templating), else None."""
        try:
            play = self._task.get_play()
        except Exception:  # a task without a play (tests): no default group
            return None
        patterns = getattr(play, "hosts", None)
        if isinstance(patterns, str):
            patterns = [patterns]
        patterns = [p.strip() for p in patterns or [] if isinstance(p, str) and p.strip()]
        if len(patterns) == 1 and patterns[0] in groups and patterns[0] not in ("all", "ungrouped"):
            return patterns[0]
        if len(patterns) == 1 and patterns[0] == "all":
            return "all"
        return None

    def _fleet(self, kind, args, play_hosts, context, warnings):
        """Membership of a fleet with cross-host state (overlay, l2bridge): a named inventory group."""
        if kind not in CARVED_KINDS:
            return None
        groups, hostvars = context
        variable = "hyperv_network_%s_fleet_group" % kind
        group = args["fleet_group"]
        named = bool(group)
        if not group:
            group = self._play_group(groups)
        if group and group not in groups:
            raise TopologyError(["%s: %r is not a group of the inventory" % (variable, group)])
        if group:
            members = list(dict.fromkeys(groups[group]))
            outside_group = [h for h in play_hosts if h not in members]
            if outside_group:
                raise TopologyError(
                    [
                        "%s: %s %s in the play but not in the fleet group %r; add them to the group or set %s to the "
                        "group of the whole fleet"
                        % (variable, ", ".join(sorted(outside_group)), "is" if len(outside_group) == 1 else "are",
                           group, variable)
                    ]
                )  # fmt: skip
            source = "the variable" if named else "the play's hosts"
        else:
            members = list(play_hosts)
            source = None
            warnings.append(
                "%s is not set and the play's hosts are not one inventory group: the fleet is the play's hosts (%s). "
                "Routes to other hosts are left as they are; set %s to the fleet's group so that members outside the "
                "play keep their routes from their published facts"
                % (variable, ", ".join(sorted(play_hosts)), variable)
            )
        outside = [h for h in members if h not in play_hosts]
        published = {}
        for host in members:
            facts = _published(hostvars, host, "hyperv_network_%s_published" % kind)
            if facts is not None:
                published[host] = facts
        unknown = [h for h in outside if not published_complete(published.get(h))]
        if args["prune"]:
            # With no group, the opt-in itself says "the play's hosts are the whole fleet".
            if unknown:
                verb = "is" if len(unknown) == 1 else "are"
                raise TopologyError(
                    [
                        "hyperv_network_%s_prune_routes: %s of fleet group %r %s outside the play with no published "
                        "facts (fact cache); their routes cannot be told from those of a host that left the group. "
                        "Run the whole group, or enable a fact cache" % (kind, ", ".join(sorted(unknown)), group, verb)
                    ]
                )
        if outside:
            known = sorted(h for h in outside if h not in unknown)
            text = "fleet group %r (%s): %s outside the play" % (group, source, ", ".join(sorted(outside)))
            if known:
                text += "; routes to %s come from their published facts (fact cache)" % ", ".join(known)
            if unknown:
                text += (
                    "; %s: no complete published facts this controller can read, so routes to them are left as "
                    "they are on the play's hosts" % ", ".join(sorted(unknown))
                )
            warnings.append(text)
        return {
            "group": group,
            "members": sorted(members),
            "in_play": sorted(h for h in members if h in play_hosts),
            "outside_play": sorted(outside),
            "published": published,
            "unknown": sorted(unknown),
            "prune": bool(args["prune"]),
        }


class _RawHostVars:
    """``hostvars``, each host's variables computed once, and registered results and facts read as they are.

    ``hostvars[host][name]`` computes all of the host's variables and then templates the value: for a registered
    read result (a snapshot with every overlay route) that walked a fleet-sized structure per host, which made this
    one controller step O(N^2) (issue 13). Registered results and facts are data; a string with a template in it
    (an inventory variable such as ``hyperv_network_parent``) is still templated in its own host's context.
    """

    def __init__(self, hostvars):
        self._hostvars = hostvars
        self._hosts = {}

    def __getitem__(self, host):
        if host not in self._hosts:
            raw_get = getattr(self._hostvars, "raw_get", None)
            if raw_get is None:  # a plain dict (unit tests): already data
                self._hosts[host] = self._hostvars[host]
            else:
                data = raw_get(host)
                self._hosts[host] = _RawHost(self._hostvars, host, data if isinstance(data, Mapping) else {})
        return self._hosts[host]


class _RawHost:
    """One host's variables for _RawHostVars."""

    def __init__(self, hostvars, host, data):
        self._hostvars, self._host, self._data = hostvars, host, data

    def __getitem__(self, name):
        value = self._data[name]
        if isinstance(value, str) and ("{{" in value or "{%" in value):
            return self._hostvars[self._host][name]
        return value

    def __contains__(self, name):
        return name in self._data


class _ReadValues(str):
    """Marks ``values`` as taken from the reads' results (their ``values`` key), not from a variable of its own."""


def _values_of(hostvars, host, read):
    """A host's own role values, as its topology_read task carried them (also when that task failed)."""
    result = _host_var(hostvars, host, read)
    values = result.get("role_values") if isinstance(result, dict) else None
    return dict(values) if isinstance(values, dict) and values else None


def _reused_read(hostvars, host, read):
    """A read that reused this run's converge snapshot names that result instead of carrying a copy of it."""
    if isinstance(read, dict) and read.get("reused") and not read.get("snapshot"):
        return _host_var(hostvars, host, read["reused"])
    return read


def _topology_given(topology, hostvars, play_hosts, read):
    """The task's topology, or else the role values of the first host whose read carried them."""
    topology = dict(topology or {})
    if not topology and read:
        first = next((v for v in (_values_of(hostvars, h, read) for h in play_hosts) if v), None)
        topology = dict(first or {})
    return topology


def _folded(hostvars, batch, name):
    """Whether the routes phase has anything left to do: every host of the batch programmed its routes in its
    converge (topology_apply with the plan's fold), which it does only where its converge changed nothing."""
    folded = [h for h in batch if (_host_var(hostvars, h, name) or {}).get("routes_folded")]
    return {"changed": False, "folded": bool(batch) and len(folded) == len(batch),
            "unfolded": sorted(set(batch) - set(folded))}  # fmt: skip


def _role_values(hostvars, play_hosts, name, read):
    """Each host's own values of the role variables (rendered per host, so with Ansible's precedence): from its
    read's result (``name`` a _ReadValues) or from its variable ``name``; hosts without any left out."""
    if isinstance(name, _ReadValues):
        values = {h: _values_of(hostvars, h, read) for h in play_hosts}
    else:
        values = {h: _host_var(hostvars, h, name) for h in play_hosts}
    return {h: v for h, v in values.items() if isinstance(v, dict)}


def _batch_facts(hostvars, batch, name, read):
    """The batch hosts' facts (the variable ``name``), None without one; from reads, only those with a snapshot."""
    facts = {h: _host_var(hostvars, h, name) for h in batch} if name else None
    if facts is not None and read:
        facts = {h: _reused_read(hostvars, h, f) for h, f in facts.items()}
        facts = {h: f for h, f in facts.items() if isinstance(f, dict) and f.get("snapshot")}
    return facts


def _existing(fleet, facts, name):
    """``{host: subnet}`` each host keeps: what a fleet member published, else what its network ``name`` has."""
    existing = {}
    if fleet:
        # Members keep the subnet they published (carving over the group stays as a full run's).
        for host, published in fleet["published"].items():
            if (published or {}).get("subnet"):
                existing[host] = published["subnet"]
    if facts:
        existing.update(existing_subnets(name, facts))
    return existing


def _with_planned(published, hostvars, batch, kind, check_mode):
    """This run's published facts (the converge set them) and, for a plan, what each host would publish."""
    published = dict(published)
    for host in batch:
        planned = _host_var(hostvars, host, planned_name(kind)) if check_mode else None
        if isinstance(planned, dict):
            published[host] = dict(planned)
    return published


def _host_var(hostvars, host, name):
    """One variable of another host (None when unset)."""
    try:
        return hostvars[host][name]
    except (KeyError, TypeError):
        return None
    except Exception:  # an undefined value that templates to an error is 'unset' here
        return None


def _published(hostvars, host, name):
    """A host's published facts: this run's set_fact, or the fact cache's (under ansible_facts)."""
    facts = _host_var(hostvars, host, "ansible_facts")
    if isinstance(facts, dict) and isinstance(facts.get(name), dict):
        return dict(facts[name])
    value = _host_var(hostvars, host, name)
    return dict(value) if isinstance(value, dict) else None


_HOSTS_KEY = re.compile(r"hyperv_network_(\w+?)_hosts\.([^.\s:]+)\.(\w+)")


def _user_names(message, kind, sources):
    """Name the variable the user wrote where a per-host value came from the host's own role variable."""
    if not sources:
        return message

    def replace(match):
        host, key = match.group(2), match.group(3)
        var = sources.get((host, key))
        if var is None and key == "subnet":
            var = sources.get((host, "prefix"))
        return "%s (of host %s)" % (var, host) if var else match.group(0)

    return _HOSTS_KEY.sub(replace, message)
