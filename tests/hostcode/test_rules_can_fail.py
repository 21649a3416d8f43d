"""Negative controls: each house rule rejects a small script that breaks it.

Without these, a rule that silently matches nothing (a tree-sitter node type renamed, a regex
typo) would pass forever.
"""

import pytest
from hostcode_support import (
    arity_problems,
    call_sites,
    code_leaves,
    hash_literal_keys,
    name_parameter_offenders,
    parse_errors,
    parse_powershell,
    pitfalls,
    ps7_syntax,
    thin_call_site_problems,
    undefined_variables,
    unqualified_hyperv,
)


@pytest.mark.parametrize(
    "snippet",
    ["$a = $b ?? 1", "$a = $b?.Name", "$x = $a ? 1 : 2", "$a ??= 2", "if ($x) { "],
)
def test_parse_check_rejects_ps7_operators_and_broken_code(snippet):
    tree = parse_powershell(snippet + "\n")
    assert tree.root_node.has_error and parse_errors(tree)


@pytest.mark.parametrize(
    "snippet",
    ["Get-Item x && Get-Item y", "Get-Item x || Get-Item y", "1..3 | ForEach-Object -Parallel { $_ }"],
)
def test_ps7_rule_rejects(snippet):
    assert ps7_syntax(parse_powershell(snippet + "\n"))


def test_strings_and_comments_are_not_code():
    tree = parse_powershell("$m = 'a && b ?? c'\n# x || y\n")
    assert not ps7_syntax(tree)
    assert all(v != "&&" for _t, v in code_leaves(tree))


@pytest.mark.parametrize(
    "snippet",
    [
        "Hyper-V\\Get-VMSwitch -Name $n",
        "Hyper-V\\Remove-VMSwitch -Name $n -Force",
        "Hyper-V\\Get-VMNetworkAdapter -VMName $vm",
        "Get-NetAdapter -Name $n",
        "Hyper-V\\Get-VM -Name $vm",
        "Remove-HnsNetwork -Name:$n",
    ],
)
def test_name_rule_rejects(snippet):
    assert name_parameter_offenders(parse_powershell(snippet + "\n"))


def test_name_rule_allows_the_creation():
    assert not name_parameter_offenders(parse_powershell("Hyper-V\\New-VMSwitch -Name $n @p\n"))


def test_unqualified_hyperv_rule_rejects():
    assert unqualified_hyperv(parse_powershell("$s = Get-VMSwitch\n")) == ["Get-VMSwitch"]


def test_arity_rule_rejects_wrong_count_and_undefined():
    script = "function Set-HvNetX([string]$A, $B) { $A }\nSet-HvNetX 1 2 3\nGet-HvNetNope 1\nSet-HvNetX 1 2\n"
    tree = parse_powershell(script)
    problems = arity_problems(tree)
    assert len(problems) == 2
    assert "takes 2 arguments, got 3" in problems[0] and "not defined" in problems[1]


def test_hash_literal_keys_reads_the_dispatch_shape():
    tree = parse_powershell("$HvNetOps = @{\n    'a' = { 1 }\n    'b' = { 2 }\n    'a' = { 3 }\n}\n")
    assert hash_literal_keys(tree, "$HvNetOps") == ["a", "b", "a"]


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("if ($x -eq $null) { }", "left of -eq"),
        ("function Get-HvNetL { $l = New-Object System.Collections.ArrayList\n return $l }", "return ,$l"),
        ("function Get-HvNetL { $l = [Collections.ArrayList]::new()\n return $l }", "return ,$l"),
        ("function Test-HvNetS($Switch) { $Switch }", "parameter $Switch"),
        ("foreach ($input in $y) { }", "foreach over $input"),
        ("$args = 1", "assigns $args"),
    ],
)
def test_pitfall_rule_rejects(snippet, expected):
    problems = pitfalls(parse_powershell(snippet + "\n"))
    assert any(expected in p for p in problems), problems


def test_pitfall_rule_accepts_the_idioms():
    ok = (
        "$null = Get-Item x\nif ($null -eq $x) { }\n"
        "function Get-HvNetL { $l = New-Object System.Collections.ArrayList\n return ,$l }\n"
    )
    assert not pitfalls(parse_powershell(ok))


def test_undefined_variable_rule_rejects_a_typo():
    script = "function Get-HvNetX($A) { $b = 1; foreach ($c in $A) { $c + $b + $typo } }\n"
    assert undefined_variables(parse_powershell(script)) == ["Get-HvNetX line 1: reads $typo"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("if ($A.Count) { Get-NetAdapter @A }", "if in a call site"),
        ("foreach ($x in $A) { Get-NetAdapter @A }", "foreach in a call site"),
        ("for ($i = 0; $i -lt 2; $i++) { Get-NetAdapter @A }", "for in a call site"),
        ("while ($true) { Get-NetAdapter @A }", "while in a call site"),
        ("switch ($A) { default { Get-NetAdapter @A } }", "switch in a call site"),
        ("try { Get-NetAdapter @A } catch { }", "try in a call site"),
        ("Get-NetAdapter @A; Remove-Item x", "not exactly the cmdlet"),
        ("Get-NetIPAddress @A", "not exactly the cmdlet"),
    ],
)
def test_thin_call_site_rule_rejects(body, expected):
    tree = parse_powershell("$HvNetCalls = @{\n    'Get-NetAdapter' = { param($A) " + body + " }\n}\n")
    sites = call_sites(tree)
    assert list(sites) == ["Get-NetAdapter"]
    problems = thin_call_site_problems("Get-NetAdapter", sites["Get-NetAdapter"])
    assert any(expected in p for p in problems), problems


def test_thin_call_site_rule_accepts_a_call_site():
    tree = parse_powershell(
        "$HvNetCalls = @{\n    'Get-NetAdapter' = { param($A) ,[psobject[]]@(Get-NetAdapter @A) }\n}\n"
    )
    assert thin_call_site_problems("Get-NetAdapter", call_sites(tree)["Get-NetAdapter"]) == []
