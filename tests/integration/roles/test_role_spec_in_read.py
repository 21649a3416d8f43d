"""The roles' argument spec is checked by each role's first task, topology_read (role_specs.py; issue 13).

ansible-core's own check is a task of its own per host (``validate_argument_spec``, put first in the role): one more
forked task per host, about what the read's bridge call costs the controller's main process. The collection's
playbooks import the roles with ``rolespec_validate: false``; topology_read checks the same spec on the variables it
has rendered anyway, before any host contact:

* a collection playbook runs no "Validating arguments" task, and its read refuses what ansible-core's check refuses
  (a variable of the wrong type, a value outside its choices, one the read's values do not carry), with the same
  messages, and no bridge call;
* with ansible-core's check on (a plain ``roles:`` or ``include_role``), its task refuses first, with those messages.
"""

from __future__ import annotations

import yaml
from roles_harness import stats_of

HOSTS = ["hv01", "hv02"]

# (role, role variables, the variable named in the error)
BAD = [
    ("nat", {"hyperv_network_nat_endpoints": "web"}, "hyperv_network_nat_endpoints"),
    ("nat", {"hyperv_network_nat_state": "gone"}, "hyperv_network_nat_state"),
    (
        "overlay",
        {"hyperv_network_overlay_adapter": "Ethernet", "hyperv_network_overlay_wait_for_overlay": "soon"},
        "hyperv_network_overlay_wait_for_overlay",
    ),
    ("transparent", {"hyperv_network_transparent_vlan": "ten"}, "hyperv_network_transparent_vlan"),
]


def _play(index, role, role_vars, validate):
    include = {"name": f"hyperv.network.{role}"}
    if not validate:
        include["rolespec_validate"] = False
    return {
        "name": f"case {index}",
        "hosts": ",".join(HOSTS),
        "gather_facts": False,
        "vars": role_vars,
        "tasks": [
            {
                "name": f"case {index}",
                "block": [{"ansible.builtin.include_role": include}],
                "rescue": [
                    {
                        "name": f"rejected {index}",
                        "ansible.builtin.debug": {"var": "ansible_failed_result"},
                        "run_once": True,
                    }
                ],
            }
        ],
    }


def _rejections(run, validate):
    plays = [_play(i, role, role_vars, validate) for i, (role, role_vars, _field) in enumerate(BAD)]
    result = run(yaml.safe_dump(plays, sort_keys=False))
    out = {}
    for record in result.records:
        if record["task"].startswith("rejected "):
            failed = record["result"]["ansible_failed_result"]
            out[int(record["task"].split()[1])] = failed
    return result, out


def test_the_read_refuses_what_the_role_spec_refuses_before_any_contact(fleet, run):
    start = stats_of(fleet, HOSTS)
    own, own_rejections = _rejections(run, validate=False)
    _core, core_rejections = _rejections(run, validate=True)
    now = stats_of(fleet, HOSTS)
    assert {h: now[h]["bridge_calls"] - start[h]["bridge_calls"] for h in HOSTS} == dict.fromkeys(HOSTS, 0)
    assert not [r for r in own.records if "Validating arguments" in r["task"]]
    for index, (_role, _vars, field) in enumerate(BAD):
        mine, theirs = own_rejections.get(index), core_rejections.get(index)
        assert mine and theirs, (index, own_rejections.keys(), core_rejections.keys())
        assert field in mine["msg"] and mine["msg"].startswith("Validation of arguments failed"), (index, mine["msg"])
        assert mine["argument_errors"] == theirs["argument_errors"], (index, mine, theirs)


def test_the_collection_playbook_runs_no_separate_spec_task(fleet, run):
    result = run(
        "- ansible.builtin.import_playbook: hyperv.network.nat\n",
        extra_vars={"target": "hv01", "hyperv_network_nat_state": "present"},
    )
    assert result.rc == 0, result.stdout[-3000:]
    tasks = [r["task"] for r in result.records if r["host"] == "hv01"]
    assert any("Read each host once" in t for t in tasks), tasks
    assert not [t for t in tasks if "Validating arguments" in t], tasks
