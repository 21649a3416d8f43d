# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Disruptive changes: run a batch as a detached job on the host, then poll and confirm (internal use only).

An External switch shared with the management OS, or a Transparent/L2Bridge/Overlay network,
cuts the host's network for seconds and kills the WinRM/PSRP session. So the engine sends such a
batch with ``job_start``: the bridge registers a scheduled task that runs it and answers at once.
The task records the network configuration, applies, repairs what Windows failed to carry over,
journals each step and, without ``job_confirm`` before the dead-man timer, rolls back.

Here, on the controller: start the job (one call), poll ``job_status`` with reads and backoff
until the host answers and the journal says how it ended (a dropped connection is expected; the
action plugin resets it), confirm (one call, which also reads the after-snapshot), and fail with
exactly what differs when the task could not restore the configuration. docs/reliability.md.
"""

import json
import time
import types
import uuid

from ansible_collections.hyperv.network.plugins.plugin_utils.bridge_client import bridge_error
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import (
    BridgeConnectionLost,
    BridgeError,
    HvNetError,
)

DEADMAN_S = 120  # seconds the host waits, after applying, for job_confirm before it rolls back
PATIENCE_S = 90.0  # seconds the controller waits for the host to answer and the job to finish
POLL_FIRST = 0.5
POLL_CAP = 4.0
CONFIRM_TRIES = 3  # job_confirm is idempotent, so a lost answer may be followed by another one
SWITCH_TYPES = {0: "Private", 1: "Internal", 2: "External"}
CATEGORIES = {0: "Public", 1: "Private", 2: "DomainAuthenticated"}
FIELD_WORDS = {
    "addresses": "static addresses",
    "dhcp": "DHCP",
    "gateways": "default gateways",
    "dns_servers": "DNS servers",
    "dns_suffix": "DNS suffix",
    "category": "network category",
}

_monotonic = time.monotonic  # replaceable in tests


# ---- undo lists (the host derives the undo of a create itself) ----------------------------
def _switch_row(raw, sid):
    for row in raw.get("switches") or []:
        if str(row.get("Id", "")).lower() == str(sid).lower():
            return row
    return None


def _adapter_names(raw, row):
    descriptions = row.get("NetAdapterInterfaceDescriptions") or (
        [row["NetAdapterInterfaceDescription"]] if row.get("NetAdapterInterfaceDescription") else []
    )
    by_description = {a.get("InterfaceDescription"): a.get("Name") for a in raw.get("adapters") or []}
    names = [by_description.get(d) for d in descriptions]
    return names if names and all(names) else None


def _network_doc(raw, kind, oid):
    for text in raw.get(kind) or []:
        try:
            doc = json.loads(text)
        except ValueError:
            continue
        if str(doc.get("ID", "")).lower() == str(oid).lower():
            return text, doc
    return None, None


def undo_for(request, raw):
    """The operations that undo one planned operation, from the snapshot taken before; None when
    the host derives it (a create: delete what it made) or it cannot be undone."""
    op, args = request["op"], request["args"]
    if op == "switch_remove":
        row = _switch_row(raw, args["id"])
        if row is None:
            return None
        kind = SWITCH_TYPES.get(row.get("SwitchType"), "Internal")
        create = {"name": row["Name"], "switch_type": kind, "notes": row.get("Notes") or ""}
        if kind == "External":
            names = _adapter_names(raw, row)
            if not names:
                return None
            create.update(net_adapter_names=names, allow_management_os=bool(row.get("AllowManagementOS")))
        pre = [{"kind": "switch", "state": "absent", "name": row["Name"]}]
        return [{"op": "switch_create", "args": create, "pre": pre}]
    if op == "switch_set":
        row = _switch_row(raw, args["id"])
        if row is None:
            return None
        back = {"id": args["id"]}
        if "allow_management_os" in args:
            back["allow_management_os"] = bool(row.get("AllowManagementOS"))
        if "notes" in args:
            back["notes"] = row.get("Notes") or ""
        if "net_adapter_name" in args and row.get("SwitchType") != 2:
            back["switch_type"] = SWITCH_TYPES.get(row.get("SwitchType"), "Internal")
        if "switch_type" in args and row.get("SwitchType") == 2:
            names = _adapter_names(raw, row)
            if not names:
                return None
            back.update(net_adapter_name=names[0], allow_management_os=bool(row.get("AllowManagementOS")))
        return [{"op": "switch_set", "args": back, "pre": [{"kind": "switch", "state": "present", "id": args["id"]}]}]
    if op == "hcn_network_delete":
        text, doc = _network_doc(raw, "networks", args["id"])
        if text is None:
            return None
        pre = [
            {"kind": "network", "state": "absent", "name": doc.get("Name") or args["id"]},
            {"kind": "network", "state": "absent", "id": args["id"]},
        ]
        return [{"op": "hcn_network_create", "args": {"id": args["id"], "settings": text}, "pre": pre}]
    return None


# ---- the network configuration before and after ---------------------------------------------
def _static(ip):
    out = []
    for family in ("IPv4", "IPv6"):
        for entry in (ip or {}).get(family) or []:
            if entry.get("PrefixOrigin") == 1:
                out.append("%s/%s" % (entry["IPAddress"], entry["PrefixLength"]))
    return sorted(out)


def config_differences(before, after):
    """What differs between the task's two records (interfaces matched by MAC address).

    Returns ``(differences, gone)``: each difference ``{interface, mac, field, before, after}``;
    ``gone`` lists the interfaces whose configuration has no interface any more (a NIC bound to a
    switch without a management vNIC).
    """
    now = {entry.get("MacAddress"): entry for entry in after or []}
    diffs, gone = [], []
    for was in before or []:
        have = now.get(was.get("MacAddress"))
        if have is None:
            gone.append("%s (%s)" % (was.get("Name"), was.get("MacAddress")))
            continue
        b, a = was.get("ip") or {}, have.get("ip") or {}
        pairs = (
            ("addresses", _static(b), _static(a)),
            ("dhcp", b.get("Dhcp"), a.get("Dhcp")),
            ("gateways", sorted(b.get("Gateways") or []), sorted(a.get("Gateways") or [])),
            ("dns_servers", list(b.get("DnsServers") or []), list(a.get("DnsServers") or [])),
            ("dns_suffix", b.get("DnsSuffix") or None, a.get("DnsSuffix") or None),
            ("category", b.get("NetworkCategory"), a.get("NetworkCategory")),
        )
        for field, want, got in pairs:
            if want != got:
                diffs.append(
                    {"interface": have.get("Name"), "mac": have.get("MacAddress"), "field": field,
                     "before": want, "after": got, "was_on": was.get("Name")}
                )  # fmt: skip
    return diffs, gone


def _value(field, value):
    # null: an interface without an IPv4 NetIPInterface (DHCP) or without a connection profile (category),
    # as bridge.ps1 reports a NIC bound to a switch, a disabled or an unplugged one (protocol.schema.json).
    if value is None and field == "dhcp":
        return "none (no IPv4 interface)"
    if value is None and field == "category":
        return "none (no connection profile)"
    if field == "category":
        return CATEGORIES.get(value, str(value))
    if field == "dhcp":
        return {0: "off", 1: "on"}.get(value, str(value))
    if isinstance(value, list):
        return ", ".join(value) or "none"
    return "none" if value in (None, "") else str(value)


def describe_differences(diffs):
    """One line per interface: what each field was before the change and is now."""
    lines = {}
    for d in diffs:
        where = d["interface"] if d["interface"] == d["was_on"] else "%s (was %s)" % (d["interface"], d["was_on"])
        key = "%s [%s]" % (where, d["mac"])
        lines.setdefault(key, []).append(
            "%s %s -> %s" % (FIELD_WORDS[d["field"]], _value(d["field"], d["before"]), _value(d["field"], d["after"]))
        )
    return ["%s: %s" % (k, "; ".join(v)) for k, v in lines.items()]


# ---- the protocol ----------------------------------------------------------------------------
def _numbered(ops):
    return ["%d. %s" % (i + 1, op.line()) for i, op in enumerate(ops)]


def _status(client, job_id):
    response = client.read([{"op": "job_status", "args": {"job_id": job_id}}])
    return response.results[0]["data"]


def _poll(client, job_id, ops, *, patience, deadman_s, start_unknown):
    """job_status until the job has ended (not running); tolerates a host that does not answer for a while."""
    deadline = _monotonic() + patience
    delay = POLL_FIRST
    polls = {"polls": 0, "polls_answered": 0}
    while True:
        try:
            polls["polls"] += 1
            journal = _status(client, job_id)
            polls["polls_answered"] += 1
            if journal.get("state") not in ("running", "rolling_back"):
                return journal, polls
        except BridgeConnectionLost as e:
            if _monotonic() >= deadline:
                raise BridgeConnectionLost(
                    "the host did not answer within %d s after the disruptive change was started as job %s (%s). The "
                    "job may have applied: unless it is confirmed, the host rolls it back %d s after applying. "
                    "Operations: %s. Nothing was retried; check the host (its journal is "
                    "%%ProgramData%%\\hyperv.network\\jobs\\%s.journal.json), then re-run the task."
                    % (patience, job_id, e.msg, deadman_s, "; ".join(_numbered(ops)), job_id),
                    job_id=job_id,
                    operations_unknown=_numbered(ops),
                ) from None
        except BridgeError as e:
            if start_unknown and e.code == "PRECONDITION_FAILED":
                raise BridgeConnectionLost(
                    "the connection dropped while job %s was being started, and the host does not know that job: "
                    "nothing was applied. Operations not run: %s. Re-run the task."
                    % (job_id, "; ".join(_numbered(ops))),
                    job_id=job_id,
                    operations_not_run=_numbered(ops),
                ) from None
            if e.code == "PRECONDITION_FAILED" or _monotonic() >= deadline:
                raise
            journal = {"state": "running"}  # the journal could not be read this time (being rewritten): poll on
        if _monotonic() >= deadline:
            raise BridgeConnectionLost(
                "job %s was still %s after %d s; it goes on on the host and is rolled back unless confirmed. "
                "Operations: %s." % (job_id, journal.get("state"), patience, "; ".join(_numbered(ops))),
                job_id=job_id,
            )
        client.sleep(min(delay, POLL_CAP, max(0.0, deadline - _monotonic())))
        delay *= 2


def _confirm(client, job_id, full_args):
    """job_confirm plus the after-snapshot in one call; sent again (it is idempotent) after a lost answer."""
    ops = [{"op": "job_confirm", "args": {"job_id": job_id}}, {"op": "snapshot", "args": full_args}]
    for attempt in range(1, CONFIRM_TRIES + 1):
        try:
            response = client.apply(ops)
            return response.results[0]["data"], response.snapshot
        except BridgeConnectionLost:
            if attempt == CONFIRM_TRIES:
                raise
            client.sleep(min(POLL_FIRST * 2**attempt, POLL_CAP))
    raise AssertionError("unreachable")  # pragma: no cover


def run_job(client, ops, full_args, raw_before, *, patience=PATIENCE_S, deadman_s=DEADMAN_S, boot_replay=None):
    """Apply ``ops`` (planned operations) as a detached job; return ``(journal, after_snapshot, job_info)``.

    Raises ``BridgeError`` (with ``results``/``index``) when an operation failed, ``BridgeConnectionLost``
    when the host stayed unreachable, ``HvNetError`` when the job was rolled back or the network
    configuration differs afterwards.
    """
    job_id = str(uuid.uuid4())
    requests = [op.request() for op in ops]
    args = {"job_id": job_id, "ops": requests, "undo": [undo_for(r, raw_before) for r in requests],
            "deadman_s": int(deadman_s)}  # fmt: skip
    if boot_replay:
        args["boot_replay"] = list(boot_replay)  # the whole config as creates, replayed by the boot-time task
    start_unknown = False
    try:
        client.apply([{"op": "job_start", "args": args}])
    except BridgeConnectionLost:
        start_unknown = True  # the answer was lost: the polls tell whether the job exists
    except BridgeError as e:
        details = {k: v for k, v in e.details.items() if k not in ("index", "op", "results")}
        raise HvNetError(
            "the host did not start the disruptive change as a detached job: %s. Nothing was applied." % e.msg,
            operations_not_run=_numbered(ops),
            **details,
        ) from None
    journal, polls = _poll(client, job_id, ops, patience=patience, deadman_s=deadman_s, start_unknown=start_unknown)
    info = dict(polls, job_id=job_id, state=journal.get("state"), repairs=journal.get("repairs") or [])
    info["start_answer_lost"] = start_unknown
    state = journal.get("state")
    if state == "failed":
        response = types.SimpleNamespace(error=journal.get("error"), results=journal.get("results") or [])
        error = bridge_error(response, requests)
        error.details["job"] = info
        raise error
    if state == "rolled_back":
        raise HvNetError(
            "job %s applied the disruptive change but was not confirmed within its %d s dead-man timer, so the host "
            "rolled it back: %s. Re-run the task (a slower network may need more patience)."
            % (job_id, deadman_s, "; ".join(journal.get("undone") or []) or "nothing to undo"),
            job=info,
        )
    if state not in ("applied", "confirmed"):
        raise HvNetError("job %s ended in the unknown state %r" % (job_id, state), job=info)
    journal, after = _confirm(client, job_id, full_args)
    info["state"] = journal.get("state")
    if journal.get("state") != "confirmed":
        raise HvNetError(
            "job %s could not be confirmed (the host says %s): %s"
            % (job_id, journal.get("state"), "; ".join(journal.get("undone") or []) or "see its journal"),
            job=info,
        )
    diffs, gone = config_differences(journal.get("config_before"), journal.get("config_after"))
    info["configuration_gone"] = gone
    if diffs:
        lines = describe_differences(diffs)
        raise HvNetError(
            "the disruptive change was applied and confirmed (job %s), but the host's network configuration differs "
            "from before and the host could not restore it: %s. Repairs tried: %s. Fix the configuration on the host "
            "(the host still answers), then re-run the task."
            % (job_id, " | ".join(lines), "; ".join(info["repairs"]) or "none"),
            job=info,
            configuration_differences=lines,
            snapshot=after,
        )
    return journal, after, info
