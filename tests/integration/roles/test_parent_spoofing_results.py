"""MAC spoofing on the parents of container VMs is counted and shown, one result per parent (helper J deliver 2).

fleets/mixed.yml: ctr01 and ctr02 are VMs on hv01, ctr03 on hv02, their NICs with spoofing off. The transparent role
turns spoofing on with one host_network task per parent; the result used to be registered under one name, each
parent's overwriting the last, and nothing of it reached the summary, the plan totals or the picture. A plan over the
container VMs must show both parents' changes (hv01: two VM NICs, hv02: one) in the totals, the plan file and the
picture, and change nothing (hvemu's control API); a real converge's summary (set_stats) lists both parents.
"""

from __future__ import annotations

import json

ROLE_VARS = {"hyperv_network_transparent_adapter": "Ethernet 2", "target": "container_vms"}


def _spoofing(fleet, parent):
    return {n["VMName"]: n["MacAddressSpoofing"] for n in fleet.state(parent)["vm_adapters"]}


def test_a_plan_counts_and_shows_spoofing_on_each_parent(fleet, run, tmp_path):
    before = {p: _spoofing(fleet, p) for p in ("hv01", "hv02")}
    assert before == {"hv01": {"ctr01": 2, "ctr02": 2}, "hv02": {"ctr03": 2}}  # 2: off (Hyper-V's OnOffState)
    plan_file, picture = tmp_path / "plan.json", tmp_path / "fleet.md"
    extra = {**ROLE_VARS, "topology": "transparent", "plan_file": str(plan_file), "picture_markdown_file": str(picture)}
    done = run("- ansible.builtin.import_playbook: hyperv.network.plan\n", extra_vars=extra)
    assert done.rc == 0, done.stdout[-6000:]
    assert {p: _spoofing(fleet, p) for p in ("hv01", "hv02")} == before  # the plan changed nothing

    totals = done.named("ctr01", "Print the totals")["result"]["msg"]
    assert "transparent plan, hv01: 0 to add, 2 to change, 0 to replace, 0 to destroy" in totals, totals
    assert "transparent plan, hv02: 0 to add, 1 to change, 0 to replace, 0 to destroy" in totals, totals

    saved = {h["name"]: h for h in json.loads(plan_file.read_text())["hosts"]}
    for parent, vms in (("hv01", ["ctr01", "ctr02"]), ("hv02", ["ctr03"])):
        entry = saved[parent]
        assert entry["status"] == "changed", entry
        assert entry["summary"]["parent_of"] == vms, entry["summary"]
        touched = sorted(o["name"] for o in entry["other"] if o["kind"] == "vm_adapters")
        assert touched == [f"{vm}/Network Adapter" for vm in vms], entry["other"]
    markdown = picture.read_text()
    assert "hv01" in markdown and "hv02" in markdown and "ctr03/Network Adapter" in markdown


def test_a_converge_summary_lists_each_parent(fleet, run):
    play = """
- ansible.builtin.import_playbook: hyperv.network.transparent
"""
    done = run(play, extra_vars=ROLE_VARS)
    assert done.rc == 0, done.stdout[-6000:]
    assert _spoofing(fleet, "hv01") == {"ctr01": 1, "ctr02": 1} and _spoofing(fleet, "hv02") == {"ctr03": 1}
    summary = done.named("_run", "stats")["result"]["custom"]["_run"]["hyperv_network_summary"]
    assert set(summary) >= {"ctr01", "ctr02", "ctr03", "hv01", "hv02"}, summary
    assert summary["hv01"]["parent_of"] == ["ctr01", "ctr02"] and summary["hv01"]["changed"] is True, summary
    assert len(summary["hv01"]["operations"]) == 2 and len(summary["hv02"]["operations"]) == 1, summary
