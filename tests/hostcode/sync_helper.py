"""Copy the canonical C# helper (HvNetNative.cs) into bridge.ps1's single-quoted here-string.

The controller sends only bridge.ps1 to a host, so the bridge embeds the helper source; the .cs
file is the copy editors and compilers see. Run after editing the .cs:

    .venv/bin/python tests/hostcode/sync_helper.py          # rewrite bridge.ps1
    .venv/bin/python tests/hostcode/sync_helper.py --check  # exit 1 if they differ

test_csharp_helper.py checks the same thing in CI.
"""

import re
import sys

from hostcode_support import BRIDGE_DIR

HERE_STRING = re.compile(r"(\$HvNetCs = @'\n)(.*?)(\n'@\n)", re.DOTALL)


def embedded_source(bridge_text: str) -> str:
    """The C# text inside the bridge's here-string (LF line ends)."""
    m = HERE_STRING.search(bridge_text.replace("\r\n", "\n"))
    if m is None:
        raise ValueError("bridge.ps1 has no $HvNetCs = @' ... '@ here-string")
    return m.group(2)


def canonical_source() -> str:
    """HvNetNative.cs with LF line ends and no trailing newline (a here-string has none)."""
    return (BRIDGE_DIR / "HvNetNative.cs").read_text(encoding="ascii").replace("\r\n", "\n").rstrip("\n")


def main(argv: list[str]) -> int:
    path = BRIDGE_DIR / "bridge.ps1"
    text = path.read_text(encoding="ascii").replace("\r\n", "\n")
    want = canonical_source()
    if embedded_source(text) == want:
        return 0
    if "--check" in argv:
        print("bridge.ps1 embeds a different C# helper than HvNetNative.cs; run tests/hostcode/sync_helper.py")
        return 1
    path.write_text(HERE_STRING.sub(lambda m: m.group(1) + want + m.group(3), text, count=1), encoding="ascii")
    print("bridge.ps1 updated from HvNetNative.cs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
