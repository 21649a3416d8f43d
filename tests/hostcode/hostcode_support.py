"""Helpers shared by the host-code checks (paths, reading scripts as the bootstrap sees them, parsing)."""

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BRIDGE_DIR = ROOT / "plugins" / "plugin_utils" / "bridge"
SCHEMA_OPS = json.loads((BRIDGE_DIR / "protocol.schema.json").read_text(encoding="utf-8"))["x-operations"]


def read_script(name: str) -> str:
    """A script as the bootstrap sees it: CRLF/CR normalised to LF (the controller sends lines)."""
    raw = (BRIDGE_DIR / name).read_bytes()
    return raw.decode("ascii", errors="replace").replace("\r\n", "\n").replace("\r", "\n")


def parse_powershell(text: str):
    """The tree-sitter tree of a PowerShell script."""
    import tree_sitter
    import tree_sitter_powershell

    parser = tree_sitter.Parser(tree_sitter.Language(tree_sitter_powershell.language()))
    return parser.parse(text.encode("ascii"))


def walk(node):
    """Every node below (and including) node, depth first."""
    yield node
    for child in node.children:
        yield from walk(child)


# Node types whose text is data, not code: house rules that look for words skip them.
STRING_TYPES = {
    "comment",
    "expandable_string_literal",
    "verbatim_string_characters",
    "expandable_here_string_literal",
    "verbatim_here_string_characters",
}


def code_leaves(tree):
    """(type, text) of every leaf token outside strings and comments."""
    out = []

    def visit(node):
        if node.type in STRING_TYPES:
            return
        if node.child_count == 0:
            out.append((node.type, node.text.decode("ascii")))
            return
        for child in node.children:
            visit(child)

    visit(tree.root_node)
    return out


def commands(tree):
    """Every command invocation: (name, [parameter names, lower case without '-'], node)."""
    found = []
    for node in walk(tree.root_node):
        if node.type != "command":
            continue
        name_node = node.child_by_field_name("command_name")
        if name_node is None:
            name_node = next((c for c in node.children if c.type == "command_name"), None)
        if name_node is None:
            continue
        params = []
        for elements in (c for c in node.children if c.type == "command_elements"):
            for el in elements.children:
                if el.type == "command_parameter":
                    params.append(el.text.decode("ascii").lstrip("-").rstrip(":").lower())
        found.append((name_node.text.decode("ascii"), params, node))
    return found


def hash_literal_keys(tree, variable: str):
    """Keys (quotes stripped) of the hash literal assigned to $variable, in source order."""
    for node in walk(tree.root_node):
        if node.type != "assignment_expression":
            continue
        if not node.children or node.children[0].text.decode("ascii").strip() != variable:
            continue
        for sub in walk(node):
            if sub.type == "hash_literal_body":
                keys = []
                for entry in sub.children:
                    if entry.type == "hash_entry":
                        key = next(c for c in entry.children if c.type == "key_expression")
                        keys.append(key.text.decode("ascii").strip().strip("'\""))
                return keys
    return None


def function_names(tree):
    """Names of every `function` definition."""
    names = []
    for node in walk(tree.root_node):
        if node.type == "function_statement":
            name = next((c for c in node.children if c.type == "function_name"), None)
            if name is not None:
                names.append(name.text.decode("ascii"))
    return names


def function_arity(tree):
    """Function name -> number of parameters declared in `function Name(...)` form."""
    arity = {}
    for node in walk(tree.root_node):
        if node.type != "function_statement":
            continue
        name = next(c for c in node.children if c.type == "function_name").text.decode("ascii")
        decl = next((c for c in node.children if c.type == "function_parameter_declaration"), None)
        count = 0
        if decl is not None:
            count = sum(1 for sub in walk(decl) if sub.type == "script_parameter")
        arity[name] = count
    return arity


def positional_arguments(command_node):
    """Number of positional arguments of a command, or None when it uses named parameters."""
    count = 0
    for elements in (c for c in command_node.children if c.type == "command_elements"):
        for el in elements.children:
            if el.type == "command_parameter":
                return None
            if el.type != "command_argument_sep":
                count += 1
    return count


# ---- Rules: each returns a list of problems (empty = the rule holds) ----

OBJECT_CMDLET = re.compile(
    r"^(?:[\w-]+\\)?(Get|Set|Remove|Rename|Connect|Disconnect|New)-"
    r"(VMSwitch\w*|VMNetworkAdapter\w*|NetAdapter\w*|Hns\w*|VM)$",
    re.IGNORECASE,
)


def parse_errors(tree):
    """ERROR or MISSING nodes, with their line."""
    return [
        f"line {n.start_point[0] + 1}: {n.text[:80]!r}"
        for n in walk(tree.root_node)
        if n.type == "ERROR" or n.is_missing
    ]


def ps7_syntax(tree):
    """PowerShell 6+ syntax that a 5.1 host rejects (beyond what makes tree-sitter fail)."""
    leaves = code_leaves(tree)
    problems = [f"{v} (pipeline chain)" for t, v in leaves if t in ("&&", "||")]
    problems += [v for _t, v in leaves if v.lower() == "-parallel"]
    problems += [f"{v} statement" for t, v in leaves if t == "command_name" and v.lower() == "using"]
    code = " ".join(v for _t, v in leaves)
    problems += [tok for tok in ("??", "?.", "?[") if tok in code]
    return problems


def name_parameter_offenders(tree):
    """Calls that pick switches, VM NICs, adapters or HNS objects by -Name (only New-VMSwitch may)."""
    offenders = []
    for name, params, node in commands(tree):
        m = OBJECT_CMDLET.match(name)
        if not m or (m.group(1).lower() == "new" and m.group(2).lower() == "vmswitch"):
            continue
        if any(p in ("name", "vmname", "switchname") for p in params):
            offenders.append(f"line {node.start_point[0] + 1}: {node.text.decode('ascii')[:100]}")
    return offenders


def unqualified_hyperv(tree):
    """Hyper-V cmdlets called without the Hyper-V\\ module prefix (VMware PowerCLI shadows Get-VM)."""
    pattern = re.compile(r"^(Get|Set|New|Remove|Rename|Connect|Disconnect)-VM", re.IGNORECASE)
    return sorted({n for n, _p, _node in commands(tree) if pattern.match(n)})


def arity_problems(tree):
    """Calls of the script's own functions that are undefined or pass the wrong number of arguments."""
    arity = function_arity(tree)
    problems = []
    for name, _params, node in commands(tree):
        if "HvNet" not in name or name.startswith("$"):
            continue
        line = node.start_point[0] + 1
        if name not in arity:
            problems.append(f"line {line}: {name} is not defined")
            continue
        count = positional_arguments(node)
        if count is not None and count != arity[name]:
            problems.append(f"line {line}: {name} takes {arity[name]} arguments, got {count}")
    return problems


def function_text(tree, name: str) -> str:
    """Source text of one `function` definition."""
    for node in walk(tree.root_node):
        if node.type == "function_statement":
            fname = next(c for c in node.children if c.type == "function_name")
            if fname.text.decode("ascii") == name:
                return node.text.decode("ascii")
    raise KeyError(name)


def hash_keys_in(text: str):
    """Every key of every hash literal in a piece of PowerShell."""
    keys = set()
    for node in walk(parse_powershell(text).root_node):
        if node.type == "hash_entry":
            key = next(c for c in node.children if c.type == "key_expression")
            keys.add(key.text.decode("ascii").strip().strip("'\""))
    return keys


def dispatch_bodies(tree, variable: str = "$HvNetOps"):
    """Dispatch table entries: op name -> script block text."""
    for node in walk(tree.root_node):
        if node.type != "assignment_expression" or node.children[0].text.decode("ascii").strip() != variable:
            continue
        bodies = {}
        for sub in walk(node):
            if sub.type == "hash_entry":
                key = next(c for c in sub.children if c.type == "key_expression")
                value = sub.children[-1]
                bodies[key.text.decode("ascii").strip().strip("'\"")] = value.text.decode("ascii")
        return bodies
    return {}


# Automatic variables a script must not assign or declare as parameters (PowerShell variable
# names are case-insensitive: a parameter $Switch overwrites $switch).
AUTOMATIC_VARIABLES = {
    "$args", "$input", "$host", "$error", "$matches", "$this", "$_", "$psitem", "$switch", "$foreach",
    "$event", "$eventargs", "$sender", "$ofs", "$home", "$pid", "$myinvocation", "$pscmdlet",
    "$psboundparameters", "$executioncontext", "$lastexitcode", "$stacktrace", "$true", "$false",
    "$null", "$pshome", "$psscriptroot", "$pscommandpath", "$shellid", "$nestedpromptlevel",
}  # fmt: skip


NEW_LIST = re.compile(
    r"(\$\w+) = (?:New-Object System\.Collections\.ArrayList|\[(?:System\.)?Collections\.ArrayList\]::new\(\))"
)


def pitfalls(tree):
    """Windows PowerShell 5.1 pitfalls no parser reports: $null on the right of -eq/-ne (filters
    arrays instead of testing), lists returned without the unary comma (one-element and empty
    lists get unrolled), automatic variables used as parameters or assigned."""
    problems = []
    text = tree.root_node.text.decode("ascii")
    for lineno, line in enumerate(text.split("\n"), 1):
        code = line.split("#", 1)[0] if not line.lstrip().startswith("'") else ""
        if re.search(r"-(c|i)?(eq|ne)\s+\$null\b", code, re.IGNORECASE):
            problems.append(f"line {lineno}: put $null on the left of -eq/-ne")
    for node in walk(tree.root_node):
        if node.type == "function_statement":
            body = node.text.decode("ascii")
            lists = set(re.findall(NEW_LIST, body))
            for var in lists:
                if re.search(r"return " + re.escape(var) + r"\b", body):
                    problems.append(f"{body.split('(')[0]}: return ,{var} (a bare return unrolls the list)")
        if node.type == "script_parameter":
            var = next((c for c in node.children if c.type == "variable"), None)
            if var is not None and var.text.decode("ascii").lower() in AUTOMATIC_VARIABLES:
                problems.append(f"line {node.start_point[0] + 1}: parameter {var.text.decode('ascii')}")
        if node.type == "assignment_expression":
            target = node.children[0].text.decode("ascii").strip().lower()
            if target in AUTOMATIC_VARIABLES - {"$null"}:  # $null = ... is the discard idiom
                problems.append(f"line {node.start_point[0] + 1}: assigns {target}")
        if node.type == "foreach_statement":
            var = next((c for c in node.children if c.type == "variable"), None)
            if var is not None and var.text.decode("ascii").lower() in AUTOMATIC_VARIABLES:
                problems.append(f"line {node.start_point[0] + 1}: foreach over {var.text.decode('ascii')}")
    return problems


# Variables a bridge function may read without defining: automatic ones and the script's own.
KNOWN_VARIABLES = {
    "$_", "$true", "$false", "$null", "$psversiontable", "$pssenderinfo", "$executioncontext", "$input",
    "$hv", "$hvnetops", "$hvnetcs", "$hvnetcsgz", "$hvnetcalls", "$requestline", "$lastexitcode",
}  # fmt: skip


def _var_name(node) -> str:
    text = node.text.decode("ascii").lower()
    return "$" + text[1:] if text.startswith("@") else text


def undefined_variables(tree):
    """Variables a function reads but never defines (parameter, assignment, foreach, param()).

    Without Set-StrictMode a misspelt variable is silently $null, and PowerShell's dynamic
    scoping may even hand a function its caller's variable of the same name.
    """
    problems = []
    for fn in walk(tree.root_node):
        if fn.type != "function_statement":
            continue
        name = next(c for c in fn.children if c.type == "function_name").text.decode("ascii")
        defined = set()
        for node in walk(fn):
            if node.type == "script_parameter":
                var = next((c for c in node.children if c.type == "variable"), None)
                if var is not None:
                    defined.add(_var_name(var))
            elif node.type == "foreach_statement":
                var = next((c for c in node.children if c.type == "variable"), None)
                if var is not None:
                    defined.add(_var_name(var))
            elif node.type == "assignment_expression":
                for sub in walk(node.children[0]):
                    if sub.type == "variable":
                        defined.add(_var_name(sub))
                        break
        for node in walk(fn):
            if node.type == "variable":
                var = _var_name(node)
                if ":" in var or var in KNOWN_VARIABLES or var in defined:
                    continue
                problems.append(f"{name} line {node.start_point[0] + 1}: reads {node.text.decode('ascii')}")
    return problems


# ---- The C# side: the helper's sources, read as text (the Mono tests execute them) ----
CS_SOURCES = ["HvNetNative.cs", "HvNetBridge.cs", "HvNetHostObjects.cs", "HvNetIpConfig.cs", "HvNetWindows.cs"]


def cs_text(name: str = "HvNetBridge.cs") -> str:
    return (BRIDGE_DIR / name).read_text(encoding="ascii")


def cs_method(text: str, name: str) -> str:
    """The text of one C# method (signature to its closing brace), found by name."""
    m = re.search(
        r"\n\s*(?:public|private|internal|protected)(?: static)? [\w<>\[\], ]+? " + re.escape(name) + r"\(", text
    )
    if m is None:
        raise KeyError(name)
    start = text.index("{", m.end())
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return text[m.start() : i + 1]
    raise ValueError(f"unbalanced method {name}")


# Node types of PowerShell control flow: a call site has none of them.
BRANCH_TYPES = {
    "if_statement", "foreach_statement", "for_statement", "while_statement", "do_statement",
    "switch_statement", "try_statement", "trap_statement",
}  # fmt: skip


def call_sites(tree, variable: str = "$HvNetCalls"):
    """The call-site table: key -> script block node."""
    for node in walk(tree.root_node):
        if node.type != "assignment_expression" or node.children[0].text.decode("ascii").strip() != variable:
            continue
        sites = {}
        for sub in walk(node):
            if sub.type == "hash_entry":
                key = next(c for c in sub.children if c.type == "key_expression")
                sites[key.text.decode("ascii").strip().strip("'\"")] = sub.children[-1]
        return sites
    return {}


def thin_call_site_problems(name: str, node) -> list[str]:
    """Why a call site is not thin: a branch, more or fewer than one command, or a command other than its name."""
    problems = [
        f"{name}: {sub.type.replace('_statement', '')} in a call site" for sub in walk(node) if sub.type in BRANCH_TYPES
    ]
    cmds = []
    for sub in walk(node):
        if sub.type == "command":
            cname = next((c for c in sub.children if c.type == "command_name"), None)
            if cname is not None:
                cmds.append(cname.text.decode("ascii"))
    if cmds != [name]:
        problems.append(f"{name}: runs {cmds}, not exactly the cmdlet it is named after")
    return problems


def compile_ipconfig_driver(out, driver, what: str) -> list[str]:
    """HvNetIpConfig.cs and a test driver compiled as C# 5 into ``out``; the mono command line to run it.

    Fails with the install line (or skips with HVNET_ALLOW_NO_MCS=1, saying that ``what`` was not checked).
    """
    import os
    import shutil
    import subprocess

    import pytest

    mcs, mono = shutil.which("mcs"), shutil.which("mono")
    if mcs is None or mono is None:
        if os.environ.get("HVNET_ALLOW_NO_MCS") == "1":
            pytest.skip(f"mcs/mono absent and HVNET_ALLOW_NO_MCS=1: {what} not checked")
        pytest.fail("mcs and mono are needed: `sudo apt-get install mono-mcs mono-runtime "
                    "libmono-system-web-extensions4.0-cil`")  # fmt: skip
    built = subprocess.run(
        [mcs, "-langversion:5", "-warnaserror+", "-nologo", "-r:System.Web.Extensions.dll", f"-out:{out}",
         str(BRIDGE_DIR / "HvNetIpConfig.cs"), str(driver)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert built.returncode == 0, f"mcs -langversion:5 rejects HvNetIpConfig.cs:\n{built.stdout}{built.stderr}"
    return [mono, str(out)]
