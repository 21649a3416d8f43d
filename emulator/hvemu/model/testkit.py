"""Helpers for tests of the model and the bridge (hvemu.bridge) (and for anyone scripting hvemu): build a host,
make bridge calls exactly as the collection does, and build HCN documents.

Every call made through `ok`/`fail` checks the response against the protocol schema, and each
snapshot result against $defs/snapshot.
"""

from __future__ import annotations

import json
import uuid

from .. import bridge
from ..fleet import build_fleet

ADAPTERS = [
    {
        "name": "Ethernet",
        "ipv4": "10.1.0.21/24",
        "gateway": "10.1.0.1",
        "dns": ["10.1.0.2", "10.1.0.3"],
        "dns_suffix": "lab.example",
    },
    {"name": "Ethernet 2", "ipv4": "10.1.1.21/24", "gateway": "10.1.1.1", "dns": ["10.1.0.2"]},
    {"name": "Ethernet 3", "ipv4": "10.1.2.21/24"},
]


def make_host(name: str = "hv01", **spec):
    """A Hyper-V host with three NICs (overlay facts immediate); spec overrides fleet-file fields."""
    full = {"name": name, "windows": "ws2022", "overlay_facts_delay_s": 0, "adapters": ADAPTERS}
    full.update(spec)
    return build_fleet({"hosts": [full]}).hosts[name]


def check_response(response: dict, ops: list[dict]) -> None:
    """Assert the response is valid per the schema (snapshot data too)."""
    errors = sorted(bridge.validator("response").iter_errors(response), key=str)
    assert not errors, errors[0].message
    for op, result in zip(ops, response["results"], strict=False):
        assert result["op"] == op["op"]
        if op["op"] == "snapshot" and result["ok"]:
            errors = sorted(bridge.validator("snapshot").iter_errors(result["data"]), key=str)
            assert not errors, errors[0].message


def call(host, *ops, **extra) -> tuple[dict, int]:
    response, rc = bridge.call(host, list(ops), **extra)
    check_response(response, list(ops))
    return response, rc


def ok(host, *ops) -> list:
    """Run ops; assert success; the list of each result's data."""
    response, rc = call(host, *ops)
    assert rc == 0 and response["ok"], response["error"]
    return [r["data"] for r in response["results"]]


def fail(host, *ops, rc: int = 1) -> dict:
    """Run ops; assert failure with rc; the error object."""
    response, got = call(host, *ops)
    assert not response["ok"], response
    assert got == rc, (got, response["error"])
    return response["error"]


def gid() -> str:
    return str(uuid.uuid4())


def snap(host, *kinds, names=None) -> dict:
    args = {"kinds": list(kinds)}
    if names:
        args["names"] = names
    data = ok(host, {"op": "snapshot", "args": args})[0]
    for kind in ("networks", "endpoints", "namespaces"):
        if kind in data:
            data[kind] = [json.loads(d) for d in data[kind]]
    return data


# ---- operation builders -------------------------------------------------------------------
def switch_create(name, switch_type="Internal", pre=None, **args):
    return {
        "op": "switch_create",
        "args": {"name": name, "switch_type": switch_type, **args},
        "pre": pre if pre is not None else [{"kind": "switch", "state": "absent", "name": name}],
    }


def switch_op(op, sid, pre_state="present", **args):
    return {"op": op, "args": {"id": sid, **args}, "pre": [{"kind": "switch", "state": pre_state, "id": sid}]}


def net_create(nid, doc, pre=None):
    settings = doc if isinstance(doc, str) else json.dumps(doc)
    return {"op": "hcn_network_create", "args": {"id": nid, "settings": settings}, "pre": pre or []}


def net_delete(nid):
    return {"op": "hcn_network_delete", "args": {"id": nid}, "pre": [{"kind": "network", "state": "owned", "id": nid}]}


def net_modify(nid, request):
    return {
        "op": "hcn_network_modify",
        "args": {"id": nid, "request": json.dumps(request)},
        "pre": [{"kind": "network", "state": "present", "id": nid}],
    }


def ep_create(eid, nid, doc):
    return {"op": "hcn_endpoint_create", "args": {"id": eid, "network_id": nid, "settings": json.dumps(doc)}, "pre": []}


def ep_delete(eid):
    return {
        "op": "hcn_endpoint_delete",
        "args": {"id": eid},
        "pre": [{"kind": "endpoint", "state": "owned", "id": eid}],
    }


def subnet(prefix, gw, vsid=None, vlan=None, flags=0):
    sub = {"IpAddressPrefix": prefix, "Routes": [{"NextHop": gw, "DestinationPrefix": "0.0.0.0/0"}], "Flags": flags}
    pols = []
    if vsid is not None:
        pols.append({"Type": "VSID", "Settings": {"IsolationId": vsid}})
    if vlan is not None:
        pols.append({"Type": "VLAN", "Settings": {"IsolationId": vlan}})
    if pols:
        sub["Policies"] = pols
    return sub


def nat_doc(name="natnet", prefix="172.20.0.0/20", gw="172.20.0.1"):
    return {"Name": name, "Type": "NAT", "Ipams": [{"Type": "Static", "Subnets": [subnet(prefix, gw)]}]}


def overlay_doc(
    name="overlay", prefix="10.244.1.0/24", gw="10.244.1.1", *, vsid=4096, adapter="Ethernet", extra_policies=()
):
    pols = [{"Type": "NetAdapterName", "Settings": {"NetworkAdapterName": adapter}}, *extra_policies]
    return {"Name": name, "Type": "Overlay", "Policies": pols, "Ipams": [{"Subnets": [subnet(prefix, gw, vsid=vsid)]}]}


def adapter_doc(ntype, name, adapter="Ethernet", prefix="10.1.0.0/24", gw="10.1.0.1"):
    return {
        "Name": name,
        "Type": ntype,
        "Policies": [{"Type": "NetAdapterName", "Settings": {"NetworkAdapterName": adapter}}],
        "Ipams": [{"Subnets": [subnet(prefix, gw)]}],
    }


def adapters_by_name(host) -> dict:
    return {a["Name"]: a for a in snap(host, "adapters")["adapters"]}
