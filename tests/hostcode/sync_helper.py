"""Copy the canonical C# sources into bridge.ps1's single-quoted here-string, as one text.

The controller sends only bridge.ps1 to a host, so the bridge embeds the helper; the .cs files
are the copies editors, compilers and the Mono tests see. Add-Type -TypeDefinition takes one
text, so the embedded copy is the sources joined: every `using` directive first (each once, in
order of appearance), then each file without its `using` lines. That text is gzip-compressed
(mtime 0) and base64-encoded in lines of 100 characters: about 35 KB on stdin instead of 120 KB
(the bridge travels in full at a host's first call). The loader decompresses it with
System.IO.Compression.GZipStream. Run after editing a .cs:

    .venv/bin/python tests/hostcode/sync_helper.py          # rewrite bridge.ps1
    .venv/bin/python tests/hostcode/sync_helper.py --check  # exit 1 if they differ

test_csharp_helper.py checks the same thing in CI.
"""

import base64
import gzip
import re
import sys

from hostcode_support import BRIDGE_DIR

HERE_STRING = re.compile(r"(\$HvNetCsGz = @'\n)(.*?)(\n?'@\n)", re.DOTALL)
LINE = 100
# The helper's sources, in the order they are joined (the P/Invoke layer, the logic, its IP-configuration
# decisions, the Windows side of the seams).
SOURCES = ["HvNetNative.cs", "HvNetBridge.cs", "HvNetHostObjects.cs", "HvNetIpConfig.cs", "HvNetWindows.cs"]
USING = re.compile(r"^using [\w.]+;$")


def embedded_payload(bridge_text: str) -> str:
    """The base64 text inside the bridge's here-string."""
    m = HERE_STRING.search(bridge_text.replace("\r\n", "\n"))
    if m is None:
        raise ValueError("bridge.ps1 has no $HvNetCsGz = @' ... '@ here-string")
    return m.group(2)


def embedded_source(bridge_text: str) -> str:
    """The C# text the bridge's loader decompresses (as the loader does: whitespace dropped, base64, gzip)."""
    data = base64.b64decode("".join(embedded_payload(bridge_text).split()))
    return gzip.decompress(data).decode("ascii")


def payload(source: str) -> str:
    """gzip (mtime 0, level 9) and base64 in lines of LINE characters."""
    text = base64.b64encode(gzip.compress(source.encode("ascii"), compresslevel=9, mtime=0)).decode("ascii")
    return "\n".join(text[i : i + LINE] for i in range(0, len(text), LINE))


def source_text(name: str) -> str:
    """One .cs file with LF line ends and no trailing newline."""
    return (BRIDGE_DIR / name).read_text(encoding="ascii").replace("\r\n", "\n").rstrip("\n")


def canonical_source() -> str:
    """The sources joined as Add-Type compiles them (no trailing newline: a here-string has none)."""
    usings: list[str] = []
    bodies: list[str] = []
    for name in SOURCES:
        lines = source_text(name).split("\n")
        for line in lines:
            if USING.match(line) and line not in usings:
                usings.append(line)
        bodies.append("\n".join(line for line in lines if not USING.match(line)))
    return "\n".join(usings) + "\n\n" + "\n\n".join(bodies)


def main(argv: list[str]) -> int:
    path = BRIDGE_DIR / "bridge.ps1"
    text = path.read_text(encoding="ascii").replace("\r\n", "\n")
    want = canonical_source()
    try:
        same = embedded_source(text) == want
    except (ValueError, OSError, EOFError):
        same = False
    if same:
        return 0
    if "--check" in argv:
        print("bridge.ps1 embeds a different C# helper than the .cs sources; run tests/hostcode/sync_helper.py")
        return 1
    path.write_text(HERE_STRING.sub(lambda m: m.group(1) + payload(want) + "\n'@\n", text, count=1), encoding="ascii")
    print("bridge.ps1 updated from " + ", ".join(SOURCES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
