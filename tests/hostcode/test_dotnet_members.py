"""Every static .NET member and constructor the bridge calls exists, with that many arguments.

The bridge reaches .NET directly ([IO.File]::Replace(...), [System.Threading.Mutex]::new(...));
a misspelt member or a wrong argument count would only fail on a Windows host. Mono implements
the .NET Framework 4.x API surface these calls use, so reflection on Mono's assemblies checks
names and arities here (not behaviour, and not Windows-only semantics such as ACLs).
"""

import re
import shutil
import subprocess

import pytest

# PowerShell type accelerators and the short names it resolves by prefixing "System.".
ACCELERATORS = {"regex": "System.Text.RegularExpressions.Regex", "string": "System.String", "int": "System.Int32"}
POWERSHELL_TYPES = {"NullString"}  # System.Management.Automation, not in Mono
GENERIC = {
    "System.Collections.Generic.Dictionary[string,object]": (
        "System.Collections.Generic.Dictionary`2[System.String,System.Object]"
    )
}
CALL = re.compile(r"\[([A-Za-z][\w.]*(?:\[[a-z, ]+\])?)\]::(\w+)")

PROBE = r"""
using System;
using System.Reflection;
public static class Probe {
    static Type Find(string name) {
        Assembly[] asms = {
            typeof(object).Assembly, typeof(System.Diagnostics.Stopwatch).Assembly,
            typeof(System.Linq.Enumerable).Assembly,
            typeof(System.Web.Script.Serialization.JavaScriptSerializer).Assembly };
        foreach (Assembly a in asms) {
            Type t = a.GetType(name, false);
            if (t != null) { return t; }
        }
        return null;
    }
    public static void Main() {
        string line;
        while ((line = Console.ReadLine()) != null) {
            string[] f = line.Split('|');
            Type t = Find(f[0]);
            int n = int.Parse(f[2]);
            bool ok = false;
            if (t != null && f[1] == "new") {
                foreach (ConstructorInfo c in t.GetConstructors()) { if (c.GetParameters().Length == n) { ok = true; } }
                if (n == 0 && t.IsValueType) { ok = true; }
            } else if (t != null) {
                string member = f[1].TrimStart('.');
                BindingFlags kind = f[1].StartsWith(".") ? BindingFlags.Instance : BindingFlags.Static;
                BindingFlags flags = BindingFlags.Public | kind | BindingFlags.FlattenHierarchy;
                if (n < 0) {
                    ok = t.GetProperty(member, flags) != null || t.GetField(member, flags) != null;
                }
                foreach (MethodInfo m in t.GetMethods(flags)) {
                    if (n < 0 || m.Name != member) { continue; }
                    ParameterInfo[] ps = m.GetParameters();
                    int required = 0;
                    foreach (ParameterInfo p in ps) { if (!p.IsOptional) { required++; } }
                    if (n >= required && n <= ps.Length) { ok = true; }
                }
            }
            Console.WriteLine((ok ? "ok " : "MISSING ") + line + (t == null ? " (type not found)" : ""));
        }
    }
}
"""


def _arguments(text: str, start: int):
    """The argument count of a call whose '(' is at start, or -1 when there is no call."""
    if start >= len(text) or text[start] != "(":
        return -1
    depth, count, seen = 0, 0, False
    for ch in text[start:]:
        if ch in "([{":
            depth += 1
            if depth == 1:
                continue
        elif ch in ")]}":
            depth -= 1
            if depth == 0:
                return count + (1 if seen else 0)
        elif ch == "," and depth == 1:
            count += 1
            continue
        if depth >= 1 and not ch.isspace():
            seen = True
    raise ValueError("unbalanced call at " + text[start : start + 60])


def static_calls(text: str):
    """(CLR type name, member, argument count or -1 for a property/field) of every [T]::M use,
    nested calls included."""
    found = set()
    for m in CALL.finditer(text):
        type_name, member = m.group(1), m.group(2)
        if type_name.split("[")[0].split(".")[-1] in POWERSHELL_TYPES:
            continue
        clr = ACCELERATORS.get(type_name.lower()) or GENERIC.get(type_name) or GENERIC.get("System." + type_name)
        if clr is None:
            clr = type_name if type_name.startswith("System.") else "System." + type_name
        found.add((clr, member, _arguments(text, m.end())))
    return sorted(found)


def test_static_members_exist(bridge_text, tmp_path):
    mcs, mono = shutil.which("mcs"), shutil.which("mono")
    if mcs is None or mono is None:
        pytest.skip("mcs/mono absent: .NET member check skipped (test_csharp_helper.py reports the missing mcs)")
    calls = static_calls(bridge_text)
    assert len(calls) > 25, "the extraction found too few calls: the regex broke"
    (tmp_path / "probe.cs").write_text(PROBE, encoding="ascii")
    built = subprocess.run(
        [mcs, "-nologo", "-r:System.Web.Extensions.dll", f"-out:{tmp_path / 'probe.exe'}", str(tmp_path / "probe.cs")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    lines = "\n".join(f"{t}|{m}|{n}" for t, m, n in calls) + "\n"
    run = subprocess.run(
        [mono, str(tmp_path / "probe.exe")], input=lines, capture_output=True, text=True, timeout=300, check=False
    )
    assert run.returncode == 0, run.stderr
    missing = [ln for ln in run.stdout.splitlines() if ln.startswith("MISSING")]
    assert not missing, "\n".join(missing)
    assert len(run.stdout.splitlines()) == len(calls)


# Instance members the bridge uses on objects whose type the text does not name ('.' = instance).
INSTANCE = [
    ("System.Web.Script.Serialization.JavaScriptSerializer", ".Serialize", 1),
    ("System.Security.AccessControl.DirectorySecurity", ".SetAccessRuleProtection", 2),
    ("System.Security.AccessControl.DirectorySecurity", ".SetOwner", 1),
    ("System.Security.AccessControl.DirectorySecurity", ".AddAccessRule", 1),
    ("System.Security.AccessControl.DirectorySecurity", ".GetOwner", 1),
    ("System.Security.AccessControl.DirectorySecurity", ".GetAccessRules", 3),
    ("System.Security.AccessControl.DirectorySecurity", ".AreAccessRulesProtected", -1),
    ("System.Security.AccessControl.FileSystemAccessRule", "new", 5),
    ("System.Security.AccessControl.FileSystemAccessRule", ".AccessControlType", -1),
    ("System.Security.AccessControl.FileSystemAccessRule", ".IdentityReference", -1),
    ("System.Security.Principal.WindowsIdentity", ".User", -1),
    ("System.AppDomain", ".GetAssemblies", 0),
    ("System.Reflection.Assembly", ".GetType", 2),
    ("System.Reflection.Assembly", ".GetType", 3),
    ("System.Reflection.Assembly", ".Location", -1),
    ("System.Exception", ".Data", -1),
    ("System.Collections.IDictionary", ".Contains", 1),
    ("System.Security.Cryptography.HashAlgorithm", ".ComputeHash", 1),
    ("System.Text.Encoding", ".GetBytes", 1),
    ("System.IO.StreamReader", ".ReadToEnd", 0),
    ("System.IO.StreamReader", ".Dispose", 0),
]


def test_instance_members_exist(bridge_text, tmp_path):
    for _type, member, _n in INSTANCE:
        name = member.lstrip(".")
        assert name == "new" or f".{name}" in bridge_text, f"{name} is no longer used: drop it from INSTANCE"
    mcs, mono = shutil.which("mcs"), shutil.which("mono")
    if mcs is None or mono is None:
        pytest.skip("mcs/mono absent")
    (tmp_path / "probe.cs").write_text(PROBE, encoding="ascii")
    subprocess.run(
        [mcs, "-nologo", "-r:System.Web.Extensions.dll", f"-out:{tmp_path / 'probe.exe'}", str(tmp_path / "probe.cs")],
        check=True,
        capture_output=True,
        timeout=300,
    )
    lines = "".join(f"{t}|{m}|{n}\n" for t, m, n in INSTANCE)
    out = subprocess.run(
        [mono, str(tmp_path / "probe.exe")], input=lines, capture_output=True, text=True, timeout=300, check=True
    ).stdout
    missing = [ln for ln in out.splitlines() if ln.startswith("MISSING")]
    assert not missing, "\n".join(missing)


def test_probe_rejects_a_wrong_member(tmp_path):
    # Negative control of the extraction: a misspelt member and a wrong arity are both reported.
    calls = static_calls("[IO.File]::Replace($a, $b) ; [IO.File]::Raplace($a, $b, $c) ; [Environment]::MachineName")
    assert ("System.IO.File", "Replace", 2) in calls
    assert ("System.IO.File", "Raplace", 3) in calls
    assert ("System.Environment", "MachineName", -1) in calls
    mcs, mono = shutil.which("mcs"), shutil.which("mono")
    if mcs is None or mono is None:
        pytest.skip("mcs/mono absent")
    (tmp_path / "probe.cs").write_text(PROBE, encoding="ascii")
    subprocess.run(
        [mcs, "-nologo", "-r:System.Web.Extensions.dll", f"-out:{tmp_path / 'probe.exe'}", str(tmp_path / "probe.cs")],
        check=True,
        capture_output=True,
        timeout=300,
    )
    lines = "System.IO.File|Replace|2\nSystem.IO.File|Raplace|3\nSystem.IO.File|Replace|3\n"
    out = subprocess.run(
        [mono, str(tmp_path / "probe.exe")], input=lines, capture_output=True, text=True, timeout=300, check=True
    ).stdout.splitlines()
    assert out[0].startswith("MISSING") and out[1].startswith("MISSING") and out[2].startswith("ok")
