"""The bridge's dispatch, error codes, snapshot sections and argument names against protocol.schema.json.

The dispatch and everything behind it live in the helper's Bridge class (HvNetBridge.cs); these checks
read its source, and tests/hostcode/test_bridge_logic.py executes it. The schema is the one operation
specification; the emulator is checked against it elsewhere. If this file fails, the bridge and the
schema have drifted apart.
"""

import json
import re

import jsonschema
import pytest
from hostcode_support import SCHEMA_OPS, cs_method, cs_text

FIXED_RESPONSE = re.compile(r"##hvnet-response-begin##(\{.*?\})##hvnet-response-end##")
# The Bridge class is partial: HvNetBridge.cs and the host objects of docs/design/host-objects.md (HvNetHostObjects.cs).
BRIDGE_CS = cs_text("HvNetBridge.cs") + cs_text("HvNetHostObjects.cs")
CASE = re.compile(r'case "(\w+)": (.*?) break;')
# How an op's code reads its arguments: Arg(a, "x"), StrList(a, "x"), a.Contains("x"), a["x"].
ARG_READ = re.compile(r'(?:Arg|StrList|OneOf|Text)\(a, "(\w+)"[,)]|\ba\.Contains\("(\w+)"\)|\ba\["(\w+)"\]')


def dispatch() -> dict[str, str]:
    """op name -> the statement its case runs."""
    return dict(CASE.findall(cs_method(BRIDGE_CS, "Dispatch")))


def test_dispatch_names_match_schema_operations(schema):
    cases = [m[0] for m in CASE.findall(cs_method(BRIDGE_CS, "Dispatch"))]
    assert len(cases) == len(set(cases)), "duplicate dispatch entries"
    ops = schema["x-operations"]
    assert sorted(cases) == sorted(ops), f"bridge only: {set(cases) - set(ops)}; schema only: {set(ops) - set(cases)}"
    # The whole-batch validation knows the same names.
    known = re.search(r"private static readonly string\[\] Ops = \{(.*?)\};", BRIDGE_CS, re.DOTALL).group(1)
    assert sorted(re.findall(r'"(\w+)"', known)) == sorted(ops)


def test_schema_operation_lists_agree(schema):
    ops = set(schema["x-operations"])
    assert set(schema["$defs"]["operation"]["properties"]["op"]["enum"]) == ops
    assert {k[3:] for k in schema["$defs"] if k.startswith("op_")} == ops


def _op_text(op: str) -> str:
    """The case's statement plus the method it calls (arguments are read there, helpers take values)."""
    stmt = dispatch()[op]
    text = stmt
    for name in re.findall(r"\b([A-Z]\w+)\(", stmt):
        if name in ("Arg", "Str", "GuidText", "UpdateLedger"):
            continue
        text += "\n" + cs_method(BRIDGE_CS, name)
    # Helpers handed the whole args dictionary (Port(a), RemoteAddresses(a)) read arguments too.
    for name in sorted(set(re.findall(r"\b([A-Z]\w+)\(a\)", text)) - {"Arg", "StrList"}):
        text += "\n" + cs_method(BRIDGE_CS, name)
    return text


@pytest.mark.parametrize("op", SCHEMA_OPS)
def test_each_op_reads_only_schema_args_and_all_required(schema, op):
    read = {a or b or c for a, b, c in ARG_READ.findall(_op_text(op))}
    spec = schema["$defs"][f"op_{op}"]["properties"]["args"]
    allowed = set(spec.get("properties", {}))
    assert read <= allowed, f"{op} reads args the schema does not define: {read - allowed}"
    assert set(spec.get("required", [])) <= read, f"{op} ignores required args: {set(spec.get('required', [])) - read}"


def test_vlan_keys_match_schema(schema):
    text = cs_method(BRIDGE_CS, "VmAdapterSet")
    read = set(re.findall(r'Arg\(vlan, "(\w+)"\)', text))
    vlan = schema["$defs"]["op_vm_adapter_set"]["properties"]["args"]["properties"]["vlan"]
    assert read == set(vlan["properties"])
    modes = set(re.findall(r'mode == "(\w+)"', text)) | {"Untagged"}
    assert modes == set(vlan["properties"]["mode"]["enum"])


def _literal_codes(text: str) -> set[str]:
    codes = set(re.findall(r"Stop-HvNet '([A-Z_0-9]+)'", text))
    codes |= set(re.findall(r"\$code = '([A-Z_0-9]+)'", text))
    codes |= set(re.findall(r'"code":"([A-Z_0-9]+)"', text))
    codes |= set(re.findall(r'\\"code\\":\\"([A-Z_0-9]+)\\"', text))
    codes |= set(re.findall(r'new BridgeError\("([A-Z_0-9]+)"', text))
    codes |= set(re.findall(r'SetFault\(resp, "([A-Z_0-9]+)"', text))
    codes |= set(re.findall(r'(?:e\["code"\] = |ErrorObject\()"([A-Z_0-9]+)"', text))
    return codes


def test_error_codes_are_the_schema_enum(bridge_text, bootstrap_text, schema):
    enum = set(schema["$defs"]["error"]["properties"]["code"]["enum"])
    helper = BRIDGE_CS + cs_text("HvNetWindows.cs")
    used = _literal_codes(bridge_text) | _literal_codes(bootstrap_text) | _literal_codes(helper)
    assert used <= enum, f"codes outside the schema: {used - enum}"
    assert used == enum, f"schema codes the host side never produces: {enum - used}"


def test_exit_code_groups_use_schema_codes(schema):
    enum = set(schema["$defs"]["error"]["properties"]["code"]["enum"])
    text = cs_method(BRIDGE_CS, "ExitCode")
    grouped = set(re.findall(r'"([A-Z_0-9]+)"', text))
    assert grouped <= enum
    assert {"BAD_REQUEST", "PROTOCOL_MISMATCH", "PROCESS_32BIT", "UNSUPPORTED_POWERSHELL", "JEA_ENDPOINT"} <= grouped


def test_fixed_responses_are_valid(bridge_text, bootstrap_text, schema):
    validator = jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/response"})
    found = FIXED_RESPONSE.findall(bridge_text) + FIXED_RESPONSE.findall(bootstrap_text)
    assert len(found) >= 6, "refusals: 32-bit, PowerShell 7, JEA (bridge); CLM, framing, cache, INTERNAL (bootstrap)"
    for text in found:
        doc = json.loads(text)
        validator.validate(doc)
        assert doc["ok"] is False and doc["error"]["index"] is None


def test_snapshot_kinds_match_schema(schema):
    text = cs_method(BRIDGE_CS, "Snapshot")
    handled = set(re.findall(r'kind == "(\w+)"', text))
    kinds = schema["$defs"]["op_snapshot"]["properties"]["args"]["properties"]["kinds"]["items"]["enum"]
    assert handled == set(kinds)
    filters = set(re.findall(r'"(\w+)"', re.search(r"foreach \(string k in new string\[\] \{([^}]*)\}", text).group(1)))
    names = schema["$defs"]["op_snapshot"]["properties"]["args"]["properties"]["names"]["properties"]
    assert filters == set(names)


def _keys(text: str) -> set[str]:
    keys = set(re.findall(r'\b\w+\["(\w+)"\] =', text))
    for args in re.findall(r"\bP\(([^;]*)\)", text):
        keys |= set(re.findall(r'"(\w+)"', args)[::2])
    return keys


@pytest.mark.parametrize(
    ("section", "method"),
    [
        ("host", "HostSection"),
        ("adapters", "AdaptersSection"),
        ("switches", "SwitchesSection"),
        ("netnat", "NatSection"),
        ("vm_adapters", "VmAdaptersSection"),
        ("routes", "RoutesSection"),
        ("firewall_rules", "FirewallRulesSection"),
        ("vms", "VmsSection"),
    ],
)
def test_snapshot_sections_carry_every_schema_field(schema, section, method):
    keys = _keys(cs_method(BRIDGE_CS, method))
    spec = schema["$defs"]["snapshot"]["properties"][section]
    if spec.get("type") == "array":
        spec = spec["items"]
    fields = set(spec["properties"])
    assert fields <= keys, f"{section}: fields missing in {method}: {fields - keys}"
    if section == "adapters":
        ip_fields = set(schema["$defs"]["ip_configuration"]["properties"])
        assert ip_fields <= keys, f"adapters.ip: missing {ip_fields - keys}"
        entry = set(schema["$defs"]["ip_configuration"]["properties"]["IPv4"]["items"]["properties"])
        assert entry <= keys


def test_ledger_section_fields(schema):
    text = cs_method(BRIDGE_CS, "ReadLedger")
    fields = set(schema["$defs"]["snapshot"]["properties"]["ledger"]["properties"])
    assert fields == set(re.findall(r'"(\w+)"', text))


def test_hns_version_fields(schema):
    keys = _keys(cs_method(BRIDGE_CS, "HnsVersion"))
    assert set(schema["$defs"]["snapshot"]["properties"]["hns_version"]["properties"]) <= keys


def test_precondition_kinds_and_states_match_schema(schema):
    pre = schema["$defs"]["precondition"]["properties"]
    text = cs_method(BRIDGE_CS, "FindMatches")
    kinds = set(re.findall(r'kind == "(\w+)"', text))
    assert kinds == set(pre["kind"]["enum"])
    states = set(re.findall(r'state == "(\w+)"', cs_method(BRIDGE_CS, "AssertPre")))
    assert states == set(pre["state"]["enum"])
    read = set(re.findall(r'Arg\(pre, "(\w+)"\)', text))
    assert read == set(pre) - {"state"}


def test_vms_adapter_fields(schema):
    keys = _keys(cs_method(BRIDGE_CS, "VmsSection"))
    adapter = schema["$defs"]["snapshot"]["properties"]["vms"]["items"]["properties"]["Adapters"]["items"]
    assert set(adapter["properties"]) <= keys


def test_host_features_are_the_schema_features(schema):
    # host.features: the three names the contract gives (docs/design/host-objects.md section 2), each written.
    spec = schema["$defs"]["snapshot"]["properties"]["host"]["properties"]["features"]
    text = cs_method(BRIDGE_CS, "ReadFeatures")
    server = re.search(r"string\[\] keys = \{([^}]*)\}", text).group(1)
    assert (
        re.findall(r'"([\w-]+)"', server) == spec["required"] == sorted(spec["properties"], key=spec["required"].index)
    )
    client = re.search(r"string\[\] client = \{([^}]*)\}", text).group(1)
    assert re.findall(r'"([\w-]+)"', client) == [
        "Containers",
        "Microsoft-Hyper-V",
        "Microsoft-Hyper-V-Management-PowerShell",
    ]


def test_firewall_rule_enums_are_the_schema_enums(schema):
    # The values the C# accepts for direction, protocol and action are the schema's (Windows' own enum names).
    text = cs_method(BRIDGE_CS, "FirewallRuleCreate")
    args = schema["$defs"]["op_firewall_rule_create"]["properties"]["args"]["properties"]
    for key in ("direction", "protocol", "action"):
        m = re.search(r'OneOf\(a, "' + key + r'", ([^)]*)\)', text)
        assert m, key
        assert re.findall(r'"(\w+)"', m.group(1)) == args[key]["enum"], key


def test_ledger_keys_written_are_read(schema):
    # Every ledger list an op changes is one ReadLedger reads (and the schema describes).
    written = set(re.findall(r'ChangeLedger\("(\w+)"', BRIDGE_CS))
    assert written == {"routes", "forwarding", "firewall_rules"}
    assert written <= set(schema["$defs"]["snapshot"]["properties"]["ledger"]["properties"])


NIC_ID = "Microsoft:0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0\\11111111-2222-3333-4444-555555555555"
HOST_OBJECT_OPS = [
    {"op": "hcn_endpoint_host_attach", "args": {"id": "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"},
     "pre": [{"kind": "endpoint", "state": "present", "id": "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"}]},
    {"op": "hcn_endpoint_host_detach", "args": {"id": "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"}, "pre": []},
    {"op": "net_route_add", "args": {"interface_alias": "vEthernet (Ethernet1)", "destination_prefix": "10.250.8.0/24",
                                     "next_hop": "10.60.0.22"}},
    {"op": "net_route_remove", "args": {"interface_alias": "vEthernet (Ethernet1)",
                                        "destination_prefix": "10.250.8.0/24", "next_hop": "10.60.0.22"}},
    {"op": "ip_forwarding_set", "args": {"interface_alias": "vEthernet (Ethernet1)", "enabled": True}},
    {"op": "ip_forwarding_set", "args": {"ip_address": "10.250.7.2", "enabled": False}},
    {"op": "firewall_rule_create", "args": {"name": "hyperv-network-vxlan-hvnet-overlay", "display_name": "VXLAN",
                                            "direction": "Inbound", "protocol": "UDP", "local_port": 4789,
                                            "remote_addresses": ["10.60.0.21", "10.60.1.0/24"], "action": "Allow"}},
    {"op": "firewall_rule_set", "args": {"name": "r1", "local_port": 4789, "remote_addresses": []}},
    {"op": "firewall_rule_remove", "args": {"name": "r1"}},
    {"op": "vm_adapter_set", "args": {"vm_name": "ctr-vm-1", "name": "Network Adapter", "id": NIC_ID},
     "pre": [{"kind": "vm_adapter", "state": "present", "vm_name": "ctr-vm-1", "id": NIC_ID}]},
]  # fmt: skip

BAD_HOST_OBJECT_OPS = [
    {"op": "net_route_add", "args": {"interface_alias": "x", "destination_prefix": "10.250.8.0/33",
                                     "next_hop": "10.0.0.1"}},
    {"op": "ip_forwarding_set", "args": {"interface_alias": "x", "ip_address": "10.0.0.1", "enabled": True}},
    {"op": "ip_forwarding_set", "args": {"enabled": True}},
    {"op": "firewall_rule_create", "args": {"name": "hvnet-*", "display_name": "d", "direction": "Inbound",
                                            "protocol": "UDP", "local_port": 4789, "remote_addresses": [],
                                            "action": "Allow"}},
    {"op": "firewall_rule_set", "args": {"name": "r1", "local_port": 0, "remote_addresses": []}},
    {"op": "vm_adapter_set", "args": {"vm_name": "v", "name": "n", "id": "Microsoft:not-an-id"}, "pre": []},
]  # fmt: skip


@pytest.mark.parametrize("op", HOST_OBJECT_OPS, ids=lambda o: o["op"])
def test_host_object_requests_are_valid(schema, op):
    validator = jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/request"})
    validator.validate({"protocol": 1, "request_id": "r", "ops": [op]})


@pytest.mark.parametrize("op", BAD_HOST_OBJECT_OPS, ids=lambda o: o["op"])
def test_bad_host_object_requests_are_invalid(schema, op):
    validator = jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/request"})
    assert not validator.is_valid({"protocol": 1, "request_id": "r", "ops": [op]})
