"""Random batches against the model: it never fails outside the protocol (no INTERNAL), every
response is valid against the schema, and the state survives a save/load round trip."""

import json

from hvemu.fleet import build_fleet
from hvemu.model.testkit import ADAPTERS, call
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

IDS = [f"{i:08x}-0000-4000-8000-000000000000" for i in range(1, 5)]
NAMES = ["a", "B", "nat", "ovl"]
ADAPTER_NAMES = ["Ethernet", "Ethernet 2", "Ethernet 3", "vEthernet (a)", "Nope"]
PREFIXES = ["172.20.0.0/20", "10.244.1.0/24", "192.168.9.0/24", "bad"]


def _subnet(prefix, vsid):
    sub = {"IpAddressPrefix": prefix}
    if prefix != "bad":
        sub["Routes"] = [{"NextHop": prefix.rsplit(".", 1)[0] + ".1", "DestinationPrefix": "0.0.0.0/0"}]
    if vsid is not None:
        sub["Policies"] = [{"Type": "VSID", "Settings": {"IsolationId": vsid}}]
    return sub


MALFORMED = [
    "{}",
    "[]",
    "null",
    '"x"',
    "{bad",
    '{"Name": 5}',
    '{"Name": "m", "MacPool": {"Ranges": [{}]}}',
    '{"Name": "m", "Dns": "x"}',
    '{"Name": "m", "Ipams": [{"Subnets": [{"IpAddressPrefix": "10.0.0.0/8", "Routes": ["x"]}]}]}',
    '{"Name": "m", "Ipams": "x"}',
    '{"Name": "m", "Policies": [{"Type": "VSID"}]}',
    '{"Name": "m", "Flags": -1}',
    '{"Name": "m", "IpConfigurations": "x", "MacAddress": 5, "Routes": {}}',
    '{"Name": "m", "Policies": [1]}',
    '{"Resources": [{"Type": "Endpoint", "Data": "x"}]}',
    '{"Type": "Nope"}',
    '{"Name": "m", "Ipams": [{"Subnets": [1]}]}',
    '{"Name": "m", "Policies": [{"Type": "PortMapping", "Settings": {"InternalPort": "x"}}]}',
]

network_docs = st.builds(
    lambda name, ntype, prefix, vsid, adapter, flags: json.dumps(
        {
            "Name": name,
            "Type": ntype,
            "Flags": flags,
            "Ipams": [{"Subnets": [_subnet(prefix, vsid)]}],
            "Policies": [{"Type": "NetAdapterName", "Settings": {"NetworkAdapterName": adapter}}] if adapter else [],
        }
    ),
    st.sampled_from(NAMES),
    st.sampled_from(["NAT", "Overlay", "L2Bridge", "Transparent", "Private", "ICS", "Bogus"]),
    st.sampled_from(PREFIXES),
    st.sampled_from([None, 4096, 70000]),
    st.sampled_from([None, *ADAPTER_NAMES]),
    st.sampled_from([0, 8, 1024]),
)

ops = st.one_of(
    st.builds(
        lambda k: {"op": "snapshot", "args": {"kinds": k}},
        st.lists(
            st.sampled_from(
                ["adapters", "switches", "netnat", "networks", "endpoints", "namespaces", "ledger", "vm_adapters"]
            ),
            unique=True,
        ),
    ),
    st.builds(
        lambda n, t, a, m: {
            "op": "switch_create",
            "args": {
                "name": n,
                "switch_type": t,
                **({"net_adapter_names": a} if a else {}),
                **({"allow_management_os": m} if m is not None else {}),
            },
            "pre": [],
        },
        st.sampled_from(NAMES),
        st.sampled_from(["Internal", "Private", "External"]),
        st.lists(st.sampled_from(ADAPTER_NAMES), max_size=2),
        st.sampled_from([None, True, False]),
    ),
    st.builds(
        lambda i, a, t, m: {"op": "switch_set", "args": {"id": i, **a, **t, **m}, "pre": []},
        st.sampled_from(IDS),
        st.sampled_from([{}, {"net_adapter_name": "Ethernet 3"}]),
        st.sampled_from([{}, {"switch_type": "Internal"}, {"switch_type": "Private"}]),
        st.sampled_from([{}, {"allow_management_os": True}, {"allow_management_os": False}]),
    ),
    st.builds(lambda i: {"op": "switch_remove", "args": {"id": i}, "pre": []}, st.sampled_from(IDS)),
    st.builds(
        lambda i, d: {"op": "hcn_network_create", "args": {"id": i, "settings": d}, "pre": []},
        st.sampled_from(IDS),
        network_docs,
    ),
    st.builds(lambda i: {"op": "hcn_network_delete", "args": {"id": i}, "pre": []}, st.sampled_from(IDS)),
    st.builds(
        lambda i, n, ip: {
            "op": "hcn_endpoint_create",
            "args": {
                "id": i,
                "network_id": n,
                "settings": json.dumps({"Name": "ep", **({"IpConfigurations": [{"IpAddress": ip}]} if ip else {})}),
            },
            "pre": [],
        },
        st.sampled_from(IDS),
        st.sampled_from(IDS),
        st.sampled_from([None, "172.20.0.5", "10.244.1.1", "10.244.1.9"]),
    ),
    st.builds(lambda i: {"op": "hcn_endpoint_delete", "args": {"id": i}, "pre": []}, st.sampled_from(IDS)),
    st.builds(
        lambda kind, i, doc: {
            "op": f"hcn_{kind}_create",
            "args": {"id": i, "settings": doc, **({"network_id": IDS[0]} if kind == "endpoint" else {})},
            "pre": [],
        },
        st.sampled_from(["network", "endpoint", "namespace"]),
        st.sampled_from(IDS),
        st.sampled_from(MALFORMED),
    ),
    st.builds(
        lambda i, r: {"op": "hcn_network_modify", "args": {"id": i, "request": json.dumps(r)}, "pre": []},
        st.sampled_from(IDS),
        st.sampled_from(
            [
                {
                    "ResourceType": "Policy",
                    "RequestType": q,
                    "Settings": {
                        "Policies": [
                            {
                                "Type": "RemoteSubnetRoute",
                                "Settings": {
                                    "DestinationPrefix": "10.244.2.0/24",
                                    "IsolationId": 4096,
                                    "ProviderAddress": "10.2.0.21",
                                    "DistributedRouterMacAddress": "00-15-5D-00-00-01",
                                },
                            }
                        ]
                    },
                }
                for q in ("Add", "Remove", "Update")
            ]
        ),
    ),
    st.builds(
        lambda i: {"op": "hcn_namespace_create", "args": {"id": i, "settings": "{}"}, "pre": []}, st.sampled_from(IDS)
    ),
    st.builds(
        lambda i, e, q: {
            "op": "hcn_namespace_modify",
            "args": {
                "id": i,
                "request": json.dumps({"ResourceType": "Endpoint", "RequestType": q, "Settings": {"EndpointId": e}}),
            },
            "pre": [],
        },
        st.sampled_from(IDS),
        st.sampled_from(IDS),
        st.sampled_from(["Add", "Remove"]),
    ),
    st.builds(lambda i: {"op": "hcn_namespace_delete", "args": {"id": i}, "pre": []}, st.sampled_from(IDS)),
    st.builds(
        lambda s: {"op": "vm_adapter_set", "args": {"vm_name": "vm1", "name": "nic", "switch_name": s}, "pre": []},
        st.sampled_from([None, *NAMES]),
    ),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ops, min_size=1, max_size=12), st.sampled_from(["ws2019", "ws2022", "ws2025"]))
def test_random_batches_stay_in_protocol(batch, windows):
    spec = {
        "name": "hv01",
        "windows": windows,
        "overlay_facts_delay_s": 0,
        "adapters": ADAPTERS,
        "vms": [{"name": "vm1", "nics": [{"name": "nic"}]}],
        "seed": {"docker_nat": True},
    }
    host = build_fleet({"hosts": [spec]}).hosts["hv01"]
    for op in batch:  # one op per call, so later ops see what earlier ones made
        response, rc = call(host, op)
        assert response["error"] is None or response["error"]["code"] != "INTERNAL", response["error"]
        assert rc in (0, 1)
    state = host.state()
    json.dumps(state)
    again = build_fleet({"hosts": [spec]}).hosts["hv01"]
    again.load_json(host.to_json())
    assert again.state()["networks"] == state["networks"] and again.state()["switches"] == state["switches"]
    # every switch HNS made still has a network on it; every endpoint's network exists
    nets = {nid.lower(): rec for nid, rec in host.data["networks"].items()}
    for sw in host.data["switches"]:
        if sw["hns_network"]:
            assert any(r.get("switch_id") == sw["id"] for r in nets.values())
    for ep in host.data["endpoints"].values():
        assert ep["doc"]["HostComputeNetwork"].lower() in nets
