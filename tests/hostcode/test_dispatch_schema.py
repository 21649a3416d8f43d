"""The bridge's dispatch, error codes, snapshot sections and argument names against protocol.schema.json.

The schema is the one operation specification; the emulator is checked against it elsewhere. If
this file fails, the bridge and the schema have drifted apart.
"""

import json
import re

import jsonschema
import pytest
from hostcode_support import SCHEMA_OPS, dispatch_bodies, function_names, function_text, hash_keys_in, hash_literal_keys

ARG_READ = re.compile(r"(?:Get-HvNetArg|Get-HvNetList) \$A '(\w+)'|\$A(?:\.ContainsKey\(|\[)'(\w+)'")
FIXED_RESPONSE = re.compile(r"##hvnet-response-begin##(\{.*?\})##hvnet-response-end##")


def _called_functions(text: str, defined: set[str]) -> set[str]:
    return {w for w in re.findall(r"[A-Z][a-z]+-HvNet\w+", text) if w in defined}


def _reach(tree, text: str) -> str:
    """The text of a dispatch entry plus every bridge function it reaches (transitively)."""
    defined = set(function_names(tree))
    seen: set[str] = set()
    todo = _called_functions(text, defined)
    parts = [text]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        body = function_text(tree, name)
        parts.append(body)
        todo |= _called_functions(body, defined) - seen
    return "\n".join(parts)


def test_dispatch_names_match_schema_operations(bridge_tree, schema):
    keys = hash_literal_keys(bridge_tree, "$HvNetOps")
    assert keys is not None, "the dispatch table $HvNetOps = @{...} is missing"
    assert len(keys) == len(set(keys)), f"duplicate dispatch entries: {[k for k in keys if keys.count(k) > 1]}"
    ops = schema["x-operations"]
    assert sorted(keys) == sorted(ops), f"bridge only: {set(keys) - set(ops)}; schema only: {set(ops) - set(keys)}"


def test_schema_operation_lists_agree(schema):
    ops = set(schema["x-operations"])
    assert set(schema["$defs"]["operation"]["properties"]["op"]["enum"]) == ops
    assert {k[3:] for k in schema["$defs"] if k.startswith("op_")} == ops


@pytest.mark.parametrize("op", SCHEMA_OPS)
def test_each_op_reads_only_schema_args_and_all_required(bridge_tree, schema, op):
    body = dispatch_bodies(bridge_tree)[op]
    # Arguments are read in the op's own function; helpers take values, not $A.
    reached = body
    for name in re.findall(r"Invoke-HvNet\w+", body):
        reached += "\n" + function_text(bridge_tree, name)
    read = {a or b for a, b in ARG_READ.findall(reached)}
    spec = schema["$defs"][f"op_{op}"]["properties"]["args"]
    allowed = set(spec.get("properties", {}))
    assert read <= allowed, f"{op} reads args the schema does not define: {read - allowed}"
    assert set(spec.get("required", [])) <= read, f"{op} ignores required args: {set(spec.get('required', [])) - read}"


def test_vlan_keys_match_schema(bridge_tree, schema):
    text = function_text(bridge_tree, "Invoke-HvNetVmAdapterSet")
    read = set(re.findall(r"Get-HvNetArg \$vlan '(\w+)'", text))
    vlan = schema["$defs"]["op_vm_adapter_set"]["properties"]["args"]["properties"]["vlan"]
    assert read == set(vlan["properties"])
    modes = set(re.findall(r"\$mode -eq '(\w+)'", text)) | {"Untagged"}
    assert modes == set(vlan["properties"]["mode"]["enum"])


def _literal_codes(text: str) -> set[str]:
    codes = set(re.findall(r"Stop-HvNet '([A-Z_0-9]+)'", text))
    codes |= set(re.findall(r"Set-HvNetFault \$\w+ '([A-Z_0-9]+)'", text))
    codes |= set(re.findall(r"code = '([A-Z_0-9]+)'", text))
    codes |= set(re.findall(r"\$e\['code'\] = '([A-Z_0-9]+)'", text))
    codes |= set(re.findall(r'"code":"([A-Z_0-9]+)"', text))
    return codes


def test_error_codes_are_the_schema_enum(bridge_text, bootstrap_text, schema):
    enum = set(schema["$defs"]["error"]["properties"]["code"]["enum"])
    used = _literal_codes(bridge_text) | _literal_codes(bootstrap_text)
    assert used <= enum, f"codes outside the schema: {used - enum}"
    assert used == enum, f"schema codes the host side never produces: {enum - used}"


def test_exit_code_groups_use_schema_codes(bridge_tree, schema):
    enum = set(schema["$defs"]["error"]["properties"]["code"]["enum"])
    text = function_text(bridge_tree, "Get-HvNetExitCode")
    grouped = set(re.findall(r"'([A-Z_0-9]+)'", text))
    assert grouped <= enum
    assert {"BAD_REQUEST", "PROTOCOL_MISMATCH", "PROCESS_32BIT", "UNSUPPORTED_POWERSHELL", "JEA_ENDPOINT"} <= grouped


def test_fixed_responses_are_valid(bridge_text, bootstrap_text, schema):
    validator = jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/response"})
    found = FIXED_RESPONSE.findall(bridge_text) + FIXED_RESPONSE.findall(bootstrap_text)
    assert len(found) >= 5, "refusals: 32-bit, PowerShell 7, JEA (bridge); CLM, framing (bootstrap)"
    for text in found:
        doc = json.loads(text)
        validator.validate(doc)
        assert doc["ok"] is False and doc["error"]["index"] is None


def test_snapshot_kinds_match_schema(bridge_tree, schema):
    text = function_text(bridge_tree, "Invoke-HvNetSnapshot")
    handled = set(re.findall(r"\$kind -eq '(\w+)'", text))
    kinds = schema["$defs"]["op_snapshot"]["properties"]["args"]["properties"]["kinds"]["items"]["enum"]
    assert handled == set(kinds)
    filters = set(re.findall(r"'(\w+)'", re.search(r"foreach \(\$k in @\(([^)]*)\)\)", text).group(1)))
    names = schema["$defs"]["op_snapshot"]["properties"]["args"]["properties"]["names"]["properties"]
    assert filters == set(names)


@pytest.mark.parametrize(
    ("section", "function", "defs"),
    [
        ("host", "Get-HvNetHostSection", ["host"]),
        ("adapters", "Get-HvNetAdaptersSection", ["adapters"]),
        ("switches", "Get-HvNetSwitchesSection", ["switches"]),
        ("netnat", "Get-HvNetNatSection", ["netnat"]),
        ("vm_adapters", "Get-HvNetVmAdaptersSection", ["vm_adapters"]),
        ("ledger", "Read-HvNetLedger", ["ledger"]),
    ],
)
def test_snapshot_sections_carry_every_schema_field(bridge_tree, schema, section, function, defs):
    keys = hash_keys_in(function_text(bridge_tree, function))
    spec = schema["$defs"]["snapshot"]["properties"][section]
    if spec.get("type") == "array":
        spec = spec["items"]
    fields = set(spec["properties"])
    assert fields <= keys, f"{section}: fields missing in {function}: {fields - keys}"
    if section == "adapters":
        ip_fields = set(schema["$defs"]["ip_configuration"]["properties"])
        assert ip_fields <= keys, f"adapters.ip: missing {ip_fields - keys}"
        entry = set(schema["$defs"]["ip_configuration"]["properties"]["IPv4"]["items"]["properties"])
        assert entry <= keys


def test_hns_version_fields(bridge_tree, schema):
    keys = hash_keys_in(function_text(bridge_tree, "Get-HvNetHnsVersion"))
    assert set(schema["$defs"]["snapshot"]["properties"]["hns_version"]["properties"]) <= keys


def test_precondition_kinds_and_states_match_schema(bridge_tree, schema):
    pre = schema["$defs"]["precondition"]["properties"]
    text = function_text(bridge_tree, "Find-HvNetMatches")
    kinds = set(re.findall(r"\$kind -eq '(\w+)'", text))
    kinds |= set(re.findall(r"'(\w+)'", re.search(r"elseif \(@\(([^)]*)\) -contains \$kind\)", text).group(1)))
    assert kinds == set(pre["kind"]["enum"])
    states = set(re.findall(r"\$state -eq '(\w+)'", function_text(bridge_tree, "Assert-HvNetPre")))
    assert states == set(pre["state"]["enum"])
    read = set(re.findall(r"Get-HvNetArg \$Pre '(\w+)'", text))
    assert read == set(pre) - {"state"}


def test_every_op_reaches_only_defined_functions(bridge_tree):
    defined = set(function_names(bridge_tree))
    for op, body in dispatch_bodies(bridge_tree).items():
        reached = _reach(bridge_tree, body)
        used = set(re.findall(r"\b[A-Z][a-z]+-HvNet\w+", reached))
        assert used <= defined, f"{op} calls undefined {used - defined}"
