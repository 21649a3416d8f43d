"""Model error cases: each asserts the error code, HRESULT and Windows' message text."""

import json

import pytest
from hvemu.model.testkit import (
    adapter_doc,
    ep_create,
    fail,
    make_host,
    nat_doc,
    net_create,
    net_modify,
    ok,
    overlay_doc,
    subnet,
    switch_create,
    switch_op,
)

N1, N2, E1, E2, S1, NS1 = (
    "11111111-1111-1111-1111-111111111111",
    "22222222-2222-2222-2222-222222222222",
    "e1111111-1111-1111-1111-111111111111",
    "e2222222-2222-2222-2222-222222222222",
    "51111111-1111-1111-1111-111111111111",
    "a1111111-1111-1111-1111-111111111111",
)
ROUTE = {
    "DestinationPrefix": "10.244.2.0/24",
    "IsolationId": 4096,
    "ProviderAddress": "10.2.0.21",
    "DistributedRouterMacAddress": "00-15-5D-AA-BB-CC",
}


def hns(hr):
    """(code, hresult, exact message) of an HNS failure."""
    texts = {
        "0x803B0006": "An adapter was not found",
        "0x803B0008": "An expected policy was not found",
        "0x803B000B": "Invalid network type",
        "0x803B000D": "The provided policy configuration is invalid or missing parameters",
        "0x803B000E": "Invalid policy type",
        "0x803B000F": "This requested operation is invalid for a remote endpoint",
        "0x803B0010": "A network with this name already exists",
        "0x803B0012": "Policy information already exists on this object",
        "0x803B0013": "The specified port already exists",
        "0x803B0015": "The specified request is unsupported",
        "0x803B0016": "Port mapping is not supported on the given network",
        "0x803B0018": "Cannot modify a switch shared by multiple networks",
        "0x803B001B": "Invalid JSON document string",
        "0x803B001E": "IP address is either invalid or not part of any configured subnet(s)",
        "0x803B0020": "Operation cannot be performed while service is stopping",
        "0x803B002B": "This requested operation is invalid as endpoint is already part of a network namespace",
        "0x803B002C": "The specified entity cannot be removed while it still has references",
        "0x803B002D": "The internal port must exist and cannot be zero",
        "0x803B002F": "An address provided is invalid or reserved",
        "0x803B0030": "The prefix provided is invalid",
        "0x803B0032": "The provided subnet configuration is invalid or missing parameters",
        "0x80071392": "The object already exists",
        "0x80070057": "The parameter is incorrect",
    }
    return "HNS_ERROR", hr, f": {texts[hr]}. ", None


def cmdlet(text, fqid):
    return "CMDLET_ERROR", None, text, fqid


def precondition(text, detail):
    return "PRECONDITION_FAILED", None, text, detail


def ns_create(nsid, endpoints=()):
    doc = {"Type": "Host", "Resources": [{"Type": "Endpoint", "Data": {"Id": e}} for e in endpoints]}
    return {"op": "hcn_namespace_create", "args": {"id": nsid, "settings": json.dumps(doc)}, "pre": []}


def pm(port, internal=80):
    return {"Type": "PortMapping", "Settings": {"Protocol": 6, "InternalPort": internal, "ExternalPort": port}}


NAT = net_create(N1, nat_doc())
OVERLAY = net_create(N1, overlay_doc())
CASES = {
    # ---- Hyper-V switch cmdlets ----
    "switch name exists": (
        [switch_create("dup")],
        switch_create("DUP", pre=[]),
        cmdlet("already exists", "ResourceExists,Microsoft.HyperV.PowerShell.Commands.NewVMSwitch"),
    ),
    "switch adapter missing": (
        [],
        switch_create("x", "External", net_adapter_names=["Nope"]),
        precondition("expected exactly one network adapter named 'Nope', found 0", "adapter present name=Nope"),
    ),
    "adapter bound to another switch": (
        [switch_create("a", "External", net_adapter_names=["Ethernet 2"])],
        switch_create("b", "External", net_adapter_names=["Ethernet 2"]),
        cmdlet("is already bound to the Microsoft Virtual Switch protocol", "InvalidArgument,"),
    ),
    "lbfo refused on 2022": (
        [],
        switch_create("x", "External", net_adapter_names=["Team"]),
        cmdlet("LBFO team", "InvalidArgument,Microsoft.HyperV.PowerShell.Commands.NewVMSwitch"),
    ),
    "host vnic is no uplink": (
        [switch_create("int", "Internal")],
        switch_create("x", "External", net_adapter_names=["vEthernet (int)"]),
        cmdlet(
            "is a Hyper-V virtual network adapter", "InvalidArgument,Microsoft.HyperV.PowerShell.Commands.NewVMSwitch"
        ),
    ),
    "external without adapter": (
        [],
        switch_create("x", "External"),
        cmdlet('does not belong to the set "Internal,Private"', "ParameterArgumentValidationError,"),
    ),
    "iov with weight": (
        [],
        switch_create(
            "x", "External", net_adapter_names=["Ethernet 3"], enable_iov=True, minimum_bandwidth_mode="Weight"
        ),
        cmdlet("SR-IOV", "InvalidArgument,"),
    ),
    "rename onto existing": (
        [switch_create("a"), {**switch_create("b"), "args": {"name": "b", "switch_type": "Private"}}],
        None,
        cmdlet("already exists", "ResourceExists,Microsoft.HyperV.PowerShell.Commands.RenameVMSwitch"),
    ),
    "team set on non-SET": (
        [switch_create("a", "External", net_adapter_names=["Ethernet 3"])],
        None,
        cmdlet("not a Switch Embedded Teaming switch", ".SetVMSwitchTeam"),
    ),
    "vm nic on unknown switch": (
        [],
        {"op": "vm_adapter_set", "args": {"vm_name": "vm1", "name": "nic", "switch_name": "nope"}, "pre": []},
        precondition("expected exactly one switch named 'nope', found 0", "switch present name=nope"),
    ),
    "vm nic vlan out of range": (
        [],
        {
            "op": "vm_adapter_set",
            "args": {
                "vm_name": "vm1",
                "name": "nic",
                "vlan": {"mode": "Trunk", "native_vlan_id": 1, "allowed_vlan_ids": "1-5000"},
            },
            "pre": [],
        },
        cmdlet(
            "Valid range is from 1 to 4094",
            "InvalidArgument,Microsoft.HyperV.PowerShell.Commands.SetVMNetworkAdapterVlan",
        ),
    ),
    "vm nic access without id": (
        [],
        {"op": "vm_adapter_set", "args": {"vm_name": "vm1", "name": "nic", "vlan": {"mode": "Access"}}, "pre": []},
        cmdlet("Cannot validate argument on parameter 'VlanId'", "ParameterArgumentValidationError,"),
    ),
    "vm nic trunk without list": (
        [],
        {"op": "vm_adapter_set", "args": {"vm_name": "vm1", "name": "nic", "vlan": {"mode": "Trunk"}}, "pre": []},
        cmdlet("'AllowedVlanIdList'. The argument is null or empty", "ParameterArgumentValidationError,"),
    ),
    "vm nic missing": (
        [],
        {"op": "vm_adapter_set", "args": {"vm_name": "vm1", "name": "nic9"}, "pre": []},
        precondition(
            "expected exactly one network adapter named 'nic9' on VM 'vm1', found 0", "vm_adapter present name=nic9"
        ),
    ),
    "vm missing": (
        [],
        {"op": "vm_adapter_set", "args": {"vm_name": "vm9", "name": "nic"}, "pre": []},
        precondition("expected exactly one VM named 'vm9', found 0", "vm_adapter present vm_name=vm9"),
    ),
    "switch gone": (
        [],
        {"op": "switch_remove", "args": {"id": S1}, "pre": []},
        precondition(f"precondition failed: switch id={S1} is not present", f"switch present id={S1}"),
    ),
    # ---- HNS networks ----
    "invalid json": ([], net_create(N2, "{not json"), hns("0x803B001B")),
    "json not an object": ([], net_create(N2, "[1]"), hns("0x803B001B")),
    "network name exists": (
        [NAT],
        net_create(N2, nat_doc(name="NATNET", prefix="172.21.0.0/20", gw="172.21.0.1")),
        hns("0x803B0010"),
    ),
    "network id exists": ([NAT], net_create(N1, {"Name": "other", "Type": "Private"}), hns("0x803B0010")),
    "invalid network type": ([], net_create(N2, {"Name": "x", "Type": "Bridge"}), hns("0x803B000B")),
    "l2tunnel is azure only": ([], net_create(N2, {"Name": "x", "Type": "L2Tunnel"}), hns("0x803B0015")),
    "invalid prefix": (
        [],
        net_create(N2, {"Name": "x", "Type": "NAT", "Ipams": [{"Subnets": [{"IpAddressPrefix": "10.0.0/8"}]}]}),
        hns("0x803B0030"),
    ),
    "next hop outside subnet": (
        [],
        net_create(N2, {"Name": "x", "Type": "NAT", "Ipams": [{"Subnets": [subnet("172.20.0.0/20", "10.0.0.1")]}]}),
        hns("0x803B0032"),
    ),
    "adapter not found": ([], net_create(N2, adapter_doc("Transparent", "t", adapter="Ethernet 9")), hns("0x803B0006")),
    "transparent needs its own adapter": (
        [net_create(N1, adapter_doc("L2Bridge", "l2"))],
        net_create(N2, adapter_doc("Transparent", "t")),
        hns("0x803B0018"),
    ),
    "no free adapter": (
        [
            switch_create(f"e{i}", "External", net_adapter_names=[n])
            for i, n in enumerate(["Ethernet", "Ethernet 2", "Ethernet 3"])
        ],
        net_create(N2, {"Name": "t", "Type": "Transparent"}),
        hns("0x803B0006"),
    ),
    "second winnat prefix": (
        [NAT],
        net_create(N2, nat_doc(name="nat2", prefix="192.168.50.0/24", gw="192.168.50.1")),
        hns("0x80071392"),  # "The object already exists." docker/for-win#1384, #726
    ),
    "unknown policy type": (
        [],
        net_create(N2, {"Name": "x", "Type": "NAT", "Policies": [{"Type": "Teleport", "Settings": {}}]}),
        hns("0x803B000E"),
    ),
    "remote subnet isolation over uint16": (
        [],
        net_create(
            N2, overlay_doc(extra_policies=[{"Type": "RemoteSubnetRoute", "Settings": {**ROUTE, "IsolationId": 70000}}])
        ),
        hns("0x803B000D"),
    ),
    "vsid over uint32": ([], net_create(N2, overlay_doc(vsid=2**32)), hns("0x803B000D")),
    "overlay subnet without vsid": (
        [],
        net_create(N2, {**overlay_doc(), "Ipams": [{"Subnets": [subnet("10.244.1.0/24", "10.244.1.1")]}]}),
        hns("0x803B0032"),
    ),
    "remote subnet route on nat": (
        [],
        net_create(N2, {**nat_doc(), "Policies": [{"Type": "RemoteSubnetRoute", "Settings": ROUTE}]}),
        hns("0x803B000D"),
    ),
    "disable host port flag before 15.1": ([], net_create(N2, {**nat_doc(), "Flags": 1024}), hns("0x803B0015")),
    "network acl before 15.0": (
        [],
        net_create(N2, {**nat_doc(), "Policies": [{"Type": "NetworkACL", "Settings": {}}]}),
        hns("0x803B000E"),
    ),
    "hns stopping (transient)": ([], net_create(N2, nat_doc()), hns("0x803B0020")),
    # ---- modify ----
    "remove policy not present": (
        [OVERLAY],
        net_modify(
            N1,
            {
                "ResourceType": "Policy",
                "RequestType": "Remove",
                "Settings": {"Policies": [{"Type": "RemoteSubnetRoute", "Settings": ROUTE}]},
            },
        ),
        hns("0x803B0008"),
    ),
    "remove policy mac form differs": (
        [
            OVERLAY,
            net_modify(
                N1,
                {
                    "ResourceType": "Policy",
                    "RequestType": "Add",
                    "Settings": {"Policies": [{"Type": "RemoteSubnetRoute", "Settings": ROUTE}]},
                },
            ),
        ],
        net_modify(
            N1,
            {
                "ResourceType": "Policy",
                "RequestType": "Remove",
                "Settings": {
                    "Policies": [
                        {
                            "Type": "RemoteSubnetRoute",
                            "Settings": {**ROUTE, "DistributedRouterMacAddress": "00:15:5d:aa:bb:cc"},
                        }
                    ]
                },
            },
        ),
        hns("0x803B0008"),
    ),
    "add route twice": (
        [
            OVERLAY,
            net_modify(
                N1,
                {
                    "ResourceType": "Policy",
                    "RequestType": "Add",
                    "Settings": {"Policies": [{"Type": "RemoteSubnetRoute", "Settings": ROUTE}]},
                },
            ),
        ],
        net_modify(
            N1,
            {
                "ResourceType": "Policy",
                "RequestType": "Add",
                "Settings": {"Policies": [{"Type": "RemoteSubnetRoute", "Settings": ROUTE}]},
            },
        ),
        hns("0x803B0012"),
    ),
    "modify unknown resource": (
        [NAT],
        net_modify(N1, {"ResourceType": "Gateway", "RequestType": "Add", "Settings": {}}),
        hns("0x803B0015"),
    ),
    # ---- endpoints ----
    "endpoint ip outside subnets": (
        [NAT],
        ep_create(E1, N1, {"Name": "e", "IpConfigurations": [{"IpAddress": "10.9.9.9"}]}),
        hns("0x803B001E"),
    ),
    "endpoint ip not an ip": (
        [NAT],
        ep_create(E1, N1, {"Name": "e", "IpConfigurations": [{"IpAddress": "300.1.1.1"}]}),
        hns("0x803B001E"),
    ),
    "endpoint on gateway": (
        [NAT],
        ep_create(E1, N1, {"Name": "e", "IpConfigurations": [{"IpAddress": "172.20.0.1"}]}),
        hns("0x803B002F"),
    ),
    "endpoint address in use": (
        [NAT, ep_create(E1, N1, {"Name": "a", "IpConfigurations": [{"IpAddress": "172.20.0.5"}]})],
        ep_create(E2, N1, {"Name": "b", "IpConfigurations": [{"IpAddress": "172.20.0.5"}]}),
        hns("0x803B002F"),
    ),
    "remote endpoint on nat": (
        [NAT],
        ep_create(E1, N1, {"Name": "r", "Flags": 1, "IpConfigurations": [{"IpAddress": "172.20.0.9"}]}),
        hns("0x803B000F"),
    ),
    "port mapping on transparent": (
        [net_create(N1, adapter_doc("Transparent", "t", adapter="Ethernet 3", prefix="10.1.2.0/24", gw="10.1.2.1"))],
        ep_create(E1, N1, {"Name": "e", "Policies": [pm(8080)]}),
        hns("0x803B0016"),
    ),
    "external port taken": (
        [NAT, ep_create(E1, N1, {"Name": "a", "Policies": [pm(8080)]})],
        ep_create(E2, N1, {"Name": "b", "Policies": [pm(8080)]}),
        hns("0x803B0013"),
    ),
    "internal port zero": (
        [NAT],
        ep_create(E1, N1, {"Name": "a", "Policies": [pm(8080, internal=0)]}),
        hns("0x803B002D"),
    ),
    "network has endpoints": (
        [NAT, ep_create(E1, N1, {"Name": "a"})],
        {"op": "hcn_network_delete", "args": {"id": N1}, "pre": []},
        hns("0x803B002C"),
    ),
    "endpoint already in a namespace": (
        [NAT, ep_create(E1, N1, {"Name": "a"}), ns_create(NS1, [E1])],
        ns_create("a2222222-2222-2222-2222-222222222222", [E1]),
        hns("0x803B002B"),
    ),
    "namespace has endpoints": (
        [NAT, ep_create(E1, N1, {"Name": "a"}), ns_create(NS1, [E1])],
        {"op": "hcn_namespace_delete", "args": {"id": NS1}, "pre": []},
        hns("0x803B002C"),
    ),
    "external switch network cannot be deleted": (
        [switch_create("user", "External", net_adapter_names=["Ethernet 3"])],
        "SYNTH",
        hns("0x803B0018"),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_error_case(case):
    setup, failing, expected = CASES[case]
    adapters = [
        {"name": "Ethernet", "ipv4": "10.1.0.21/24", "gateway": "10.1.0.1"},
        {"name": "Ethernet 2", "ipv4": "10.1.1.21/24"},
        {"name": "Ethernet 3", "ipv4": "10.1.2.21/24"},
        {"name": "Team", "lbfo": True},
    ]
    host = make_host(adapters=adapters, vms=[{"name": "vm1", "nics": [{"name": "nic"}]}])
    results = ok(host, *setup) if setup else []
    if case == "rename onto existing":
        failing = switch_op("switch_rename", results[1]["id"], new_name="A")
    elif case == "team set on non-SET":
        failing = switch_op("switch_team_set", results[0]["id"], net_adapter_names=["Ethernet 3"])
    elif case == "external switch network cannot be deleted":
        failing = {"op": "hcn_network_delete", "args": {"id": results[0]["id"]}, "pre": []}
    elif case == "hns stopping (transient)":
        host.faults.hns_transient_errors = 1
    error = fail(host, failing)
    code, hresult, message, detail = expected
    assert error["code"] == code and error["hresult"] == hresult, error
    if code == "HNS_ERROR":
        # bridge.ps1: "<HcnCall>: <HNS record's Error>", detail = the record
        assert error["message"].startswith(("Hcn", "HNSCall")) and error["message"].endswith(message), error
        record = json.loads(error["detail"])
        assert (
            record["Success"] is False and record["ErrorCode"] == int(hresult, 16) and message.endswith(record["Error"])
        )
    else:
        assert message in error["message"], error
        assert detail in error["detail"], error
    assert error["index"] == 0 and error["op"] == failing["op"]


def test_enough_error_cases():
    assert len(CASES) >= 30
