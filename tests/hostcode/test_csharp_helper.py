"""The C# helper: valid C# 5 (what csc compiles under Windows PowerShell 5.1), the P/Invoke
signatures computenetwork.dll and vmcompute.dll expect, and the copy embedded in bridge.ps1.

Mono's mcs with -langversion:5 checks syntax, types and references against Mono's framework; it
cannot check that the entry points exist on Windows (nothing here can).
"""

import os
import re
import shutil
import subprocess

import pytest
from hostcode_support import BRIDGE_DIR, CS_SOURCES, function_text
from sync_helper import canonical_source, embedded_source

HELPER = BRIDGE_DIR / "HvNetNative.cs"
ALL_SOURCES = [BRIDGE_DIR / name for name in CS_SOURCES]
MCS_BASE = ["-langversion:5", "-target:library", "-r:System.Web.Extensions.dll", "-nologo"]

# computenetwork.dll as hcsshim hcn/zsyscall_windows.go calls it: REFGUID id, PCWSTR strings,
# out handle, out PWSTR (CoTaskMem) result/record; every function returns an HRESULT.
EXPECTED_NATIVE = {}
for _kind in ("Network", "Endpoint", "Namespace"):
    EXPECTED_NATIVE[f"HcnEnumerate{_kind}s"] = "String,IntPtr&,IntPtr&"
    EXPECTED_NATIVE[f"HcnOpen{_kind}"] = "Guid&,IntPtr&,IntPtr&"
    EXPECTED_NATIVE[f"HcnModify{_kind}"] = "IntPtr,String,IntPtr&"
    EXPECTED_NATIVE[f"HcnQuery{_kind}Properties"] = "IntPtr,String,IntPtr&,IntPtr&"
    EXPECTED_NATIVE[f"HcnDelete{_kind}"] = "Guid&,IntPtr&"
    EXPECTED_NATIVE[f"HcnClose{_kind}"] = "IntPtr"
    EXPECTED_NATIVE[f"HcnCreate{_kind}"] = "Guid&,String,IntPtr&,IntPtr&"
EXPECTED_NATIVE["HcnCreateEndpoint"] = "IntPtr,Guid&,String,IntPtr&,IntPtr&"
EXPECTED_NATIVE["HNSCall"] = "String,String,String,IntPtr&"

INSPECTOR = r"""
using System;
using System.Reflection;
using System.Runtime.InteropServices;
public static class Inspect {
    public static void Main(string[] args) {
        Assembly a = Assembly.LoadFrom(args[0]);
        foreach (Type t in a.GetTypes()) {
            BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static
                | BindingFlags.Instance | BindingFlags.DeclaredOnly;
            foreach (MethodInfo m in t.GetMethods(all)) {
                string ps = "";
                foreach (ParameterInfo p in m.GetParameters()) {
                    ps += (ps.Length > 0 ? "," : "") + p.ParameterType.Name + (p.IsOut ? "/out" : "");
                }
                object[] dll = m.GetCustomAttributes(typeof(DllImportAttribute), false);
                if ((m.Attributes & MethodAttributes.PinvokeImpl) != 0) {
                    Console.WriteLine("native " + m.Name + " " + m.ReturnType.Name + " " + ps);
                } else if (m.IsPublic) {
                    Console.WriteLine("method " + t.FullName + " " + m.Name + " " + m.GetParameters().Length
                        + (m.IsStatic ? " static" : ""));
                }
            }
            foreach (PropertyInfo p in t.GetProperties()) {
                Console.WriteLine("property " + t.FullName + " " + p.Name);
            }
            foreach (FieldInfo f in t.GetFields(BindingFlags.Public | BindingFlags.Static)) {
                Console.WriteLine("field " + t.FullName + " " + f.Name);
            }
        }
    }
}
"""


@pytest.fixture(scope="module")
def mcs():
    path = shutil.which("mcs")
    if path is None:
        if os.environ.get("HVNET_ALLOW_NO_MCS") == "1":
            pytest.skip("mcs (Mono C# compiler) is absent and HVNET_ALLOW_NO_MCS=1: C# 5 check of the helper skipped")
        pytest.fail(
            "mcs (Mono C# compiler) is missing: install it with "
            "`sudo apt-get install mono-mcs libmono-system-web-extensions4.0-cil` (Debian/Ubuntu) "
            "or run `make setup` as root; set HVNET_ALLOW_NO_MCS=1 only to skip this check knowingly"
        )
    return path


def _compile(mcs, source_path, out_path, extra=()):
    paths = [str(p) for p in source_path] if isinstance(source_path, list) else [str(source_path)]
    return subprocess.run(
        [mcs, *MCS_BASE, *extra, f"-out:{out_path}", *paths],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def helper_dll(mcs, tmp_path_factory):
    out = tmp_path_factory.mktemp("helper") / "helper.dll"
    # -warnaserror: csc under Add-Type must not meet a warning either (the bridge passes
    # -IgnoreWarnings, but a warning usually means a real mistake).
    result = _compile(mcs, ALL_SOURCES, out, extra=("-warnaserror+",))
    assert result.returncode == 0, f"mcs -langversion:5 rejects the helper's sources:\n{result.stdout}{result.stderr}"
    return out


@pytest.fixture(scope="module")
def inspected(mcs, helper_dll, tmp_path_factory):
    mono = shutil.which("mono")
    if mono is None:
        pytest.skip("mono runtime absent: reflection check of the P/Invoke signatures skipped")
    work = tmp_path_factory.mktemp("inspect")
    (work / "inspect.cs").write_text(INSPECTOR, encoding="ascii")
    built = subprocess.run(
        [mcs, "-nologo", f"-out:{work / 'inspect.exe'}", str(work / "inspect.cs")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    run = subprocess.run(
        [mono, str(work / "inspect.exe"), str(helper_dll)], capture_output=True, text=True, timeout=300, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr
    return run.stdout.splitlines()


def test_helper_compiles_as_csharp5(helper_dll):
    assert helper_dll.stat().st_size > 0


def test_helper_compiles_under_the_per_hash_namespace(mcs, tmp_path, bridge_tree):
    # The bridge joins the sources (sync_helper.py) and renames the namespace per source hash before
    # Add-Type; that text, exactly as embedded, must compile too.
    text = function_text(bridge_tree, "Get-HvNetHelper")
    assert "$src.Replace('namespace HyperVNetwork', 'namespace ' + $ns)" in text
    assert "$typeName = $ns + '.WindowsHost'" in text
    source = canonical_source()
    assert source.count("namespace HyperVNetwork") == len(CS_SOURCES)
    renamed = tmp_path / "renamed.cs"
    renamed.write_text(source.replace("namespace HyperVNetwork", "namespace HyperVNetwork_0123456789abcdef"))
    result = _compile(mcs, renamed, tmp_path / "renamed.dll")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "construct",
    [
        'public class A { public string F(int x) { return $"{x}"; } }',
        "public class A { public int? F(string s) { return s?.Length; } }",
        "public class A { public string F(int x) { return nameof(x); } }",
        "public class A { public int F() => 1; }",
        "public class A { public int P { get; set; } = 1; }",
        "using static System.Math; public class A { }",
    ],
)
def test_negative_control_mcs_rejects_csharp6(mcs, tmp_path, construct):
    src = tmp_path / "cs6.cs"
    src.write_text(construct, encoding="ascii")
    result = _compile(mcs, src, tmp_path / "cs6.dll")
    assert result.returncode != 0, f"mcs -langversion:5 accepted C# 6: {construct}"
    assert "CS1644" in result.stdout + result.stderr, result.stdout + result.stderr


def test_bridge_embeds_the_canonical_source_byte_for_byte(bridge_text):
    assert embedded_source(bridge_text) == canonical_source(), "run tests/hostcode/sync_helper.py"


@pytest.mark.parametrize("path", ALL_SOURCES, ids=CS_SOURCES)
def test_helper_is_ascii(path):
    assert all(b < 0x7F for b in path.read_bytes())


def test_pinvoke_signatures(inspected):
    native = {}
    for line in inspected:
        if line.startswith("native "):
            _, name, ret, *params = line.split(" ")
            native[name] = (ret, params[0] if params else "")
    assert set(native) == set(EXPECTED_NATIVE), f"extra {set(native) - set(EXPECTED_NATIVE)}"
    for name, params in EXPECTED_NATIVE.items():
        ret, got = native[name]
        assert ret == "Int32", f"{name} returns an HRESULT"
        want = ",".join(p + ("/out" if p == "IntPtr&" else "") for p in params.split(","))
        assert got == want, f"{name}: {got} != {want}"


def test_dll_names_and_charset():
    text = HELPER.read_text(encoding="ascii")
    imports = re.findall(r"\[DllImport\(([^)]*)\)\]", text)
    assert len(imports) == len(EXPECTED_NATIVE)
    for args in imports:
        assert args.startswith(("Hcn", '"vmcompute.dll"')), args
        if "CharSet" in args:
            assert "CharSet.Unicode" in args, "PCWSTR needs CharSet.Unicode"
    assert 'private const string Hcn = "computenetwork.dll";' in text
    # Every string the API returns is CoTaskMem: freed with FreeCoTaskMem (CoTaskMemFree).
    assert "Marshal.FreeCoTaskMem" in text


def test_bridge_uses_only_members_the_helper_has(inspected, bridge_text):
    # The bridge reaches the helper through one static call: WindowsHost.Run(call, psVersion, line, text).
    assert "$hvnetHost::Run($HvNetCall, [string]$PSVersionTable.PSVersion, $RequestLine, $BridgeText)" in bridge_text
    assert "method HyperVNetwork.WindowsHost Run 4 static" in inspected
    assert re.findall(r"\$hvnetHost::(\w+)", bridge_text) == ["Run"]


HNS10_DRIVER = r"""
using System;
using System.Reflection;
using System.Runtime.InteropServices;
public static class Hns10 {
    // Calls the helper's own private Check(op, hr, record) with an HCN-style CoTaskMem error record.
    public static void Main() {
        Type hcn = null;
        foreach (Type t in typeof(Hns10).Assembly.GetTypes()) { if (t.Name == "Hcn") { hcn = t; } }
        MethodInfo check = hcn.GetMethod("Check", BindingFlags.NonPublic | BindingFlags.Static);
        IntPtr rec = Marshal.StringToCoTaskMemUni("{\"Success\":false,\"Error\":\"policy rejected\",\"ErrorCode\":0}");
        try {
            check.Invoke(null, new object[] { "HcnModifyNetwork", 0, rec });
            Console.WriteLine("no exception");
        } catch (TargetInvocationException e) {
            Console.WriteLine(e.InnerException.GetType().Name + " " + e.InnerException.HResult.ToString("X8"));
        }
        check.Invoke(null, new object[] { "HcnModifyNetwork", 0, IntPtr.Zero });
        Console.WriteLine("empty record: no exception");
    }
}
"""


def test_hns_10_an_error_record_returned_with_success_is_an_error(mcs, tmp_path):
    """hcsshim hcn/hcnerrors.go checkForErrors: a non-empty error record is an error whatever the HRESULT."""
    mono = shutil.which("mono")
    (tmp_path / "hns10.cs").write_text(HNS10_DRIVER, encoding="ascii")
    built = subprocess.run(
        [mcs, "-langversion:5", "-nologo", f"-out:{tmp_path / 'hns10.exe'}", str(HELPER), str(tmp_path / "hns10.cs")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    run = subprocess.run([mono, str(tmp_path / "hns10.exe")], capture_output=True, text=True, timeout=300, check=True)
    assert run.stdout.splitlines() == ["HcnException 00000000", "empty record: no exception"]


def test_helper_needs_only_mscorlib_and_system_web_extensions(mcs, tmp_path):
    # Add-Type gets System.Web.Extensions by path (-ReferencedAssemblies); nothing else may be needed.
    result = subprocess.run(
        [mcs, "-langversion:5", "-noconfig", "-target:library", "-nologo", "-r:System.Web.Extensions.dll",
         f"-out:{tmp_path / 'min.dll'}", *map(str, ALL_SOURCES)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
