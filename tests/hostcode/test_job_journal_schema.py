"""The job journal (job_status, job_confirm) against protocol.schema.json $defs/job_journal.

HvNetBridge.cs writes the journal (JobStart, RunJob, WaitForConfirm, Rollback, BootReplay; JobStatus answers
with it) and hvemu's detached job writes its own (emulator/hvemu/detached.py); the controller reads it
(disruptive.py: state, steps, results, error, config_before/after, repairs, warnings, undone). Every key the
C# writes is described by the schema, the first version of the journal holds every required key, and an
hvemu journal validates. The `warnings` list is review-2 1's (IpConfig.AwaitsDomain).
"""

import re

import jsonschema
import pytest
from hostcode_support import cs_method, cs_text

BRIDGE_CS = cs_text("HvNetBridge.cs")
WRITERS = ("JobStart", "RunJob", "WaitForConfirm", "Rollback", "BootReplay")


def journal_spec(schema):
    return schema["$defs"]["job_journal"]


def written(method, var="j"):
    return set(re.findall(r"\b" + var + r'\["(\w+)"\] =', cs_method(BRIDGE_CS, method)))


def test_job_status_and_confirm_point_at_the_journal(schema):
    for op in ("job_status", "job_confirm"):
        assert schema["$defs"][f"op_{op}"]["x-result"] == {"$ref": "#/$defs/job_journal"}


@pytest.mark.parametrize("method", WRITERS)
def test_every_key_the_bridge_journals_is_in_the_schema(schema, method):
    keys = written(method)
    assert keys, f"{method} writes no journal key (the pattern no longer matches HvNetBridge.cs)"
    assert keys <= set(journal_spec(schema)["properties"]), f"{method} journals keys the schema lacks"


@pytest.mark.parametrize("method", ["JobStart", "BootReplay"])
def test_the_first_journal_holds_every_required_key(schema, method):
    """The journal is written whole before anything runs, so job_status never misses a key."""
    assert written(method) == set(journal_spec(schema)["required"])


def test_job_status_adds_only_schema_keys(schema):
    assert written("JobStatus", "d") <= set(journal_spec(schema)["properties"])


def test_lists_the_task_appends_to_are_arrays_of_the_schema(schema):
    text = cs_method(BRIDGE_CS, "ReadJournal")
    lists = set(re.findall(r'"(\w+)"', re.search(r"foreach \(string k in new string\[\] \{([^}]*)\}", text).group(1)))
    props = journal_spec(schema)["properties"]
    assert {"steps", "repairs", "warnings", "undone"} <= lists
    assert all(props[k]["type"] == "array" for k in lists)


def test_a_step_has_the_schema_fields(schema):
    assert written("AddStep", "s") == set(journal_spec(schema)["properties"]["steps"]["items"]["properties"])


def test_an_hvemu_journal_with_a_domain_warning_validates(schema):
    """hvemu's job_status (the emulator the integration tests run) answers the schema's journal, warnings
    included (review-2 1: a DomainAuthenticated carrier that reads Public after the job)."""
    import time

    from hvemu.faults import Faults
    from hvemu.model.testkit import gid, make_host, ok, switch_create

    host = make_host()
    next(a for a in host.data["adapters"] if a["name"] == "Ethernet")["ip"]["NetworkCategory"] = 2
    host.faults = Faults.from_json({"task_start_delay_s": 0, "partial_migration": ["public_category"]})
    jid = gid()
    create = switch_create("ext", "External", net_adapter_names=["Ethernet"], allow_management_os=True, notes="t")
    ok(host, {"op": "job_start", "args": {"job_id": jid, "ops": [create], "deadman_s": 30}})
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        (data,) = ok(host, {"op": "job_status", "args": {"job_id": jid}})
        if data["state"] != "running":
            break
        time.sleep(0.02)
    (confirmed,) = ok(host, {"op": "job_confirm", "args": {"job_id": jid}})
    validator = jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/job_journal"})
    for journal in (data, confirmed):
        validator.validate(journal)
    assert confirmed["state"] == "confirmed" and len(confirmed["warnings"]) == 1
