"""docs/bridge-internals.md carries the measured count of host code no test executes (unexecuted.py).

Regenerate the table after changing host code:

    .venv/bin/python tests/hostcode/test_unexecuted.py --write
"""

import re
import sys
from pathlib import Path

import pytest
from hostcode_support import ROOT
from unexecuted import measure, render, table

DOC = ROOT / "docs" / "bridge-internals.md"
BLOCK = re.compile(r"(<!-- unexecuted:begin -->\n)(.*?)(<!-- unexecuted:end -->)", re.DOTALL)


@pytest.fixture(scope="module")
def measured(fakewin_runner, tmp_path_factory):
    from fakewin.fake_windows import native_hcn_available

    if not native_hcn_available(fakewin_runner):
        pytest.skip("gcc is missing: without the fake computenetwork.dll the Hcn layer is not measured as the doc says")
    return table(measure(tmp_path_factory.mktemp("trace")))


def test_doc_table_is_the_measured_one(measured):
    doc = BLOCK.search(DOC.read_text(encoding="utf-8"))
    assert doc is not None, "docs/bridge-internals.md lost its unexecuted:begin/end markers"
    assert doc.group(2).strip() == render(*measured), "run tests/hostcode/test_unexecuted.py --write"


def test_every_unexecuted_line_is_powershell_or_a_windows_seam(measured):
    rows, unexecuted, total = measured
    logic = [r for r in rows if r[3] == "logic"]
    assert not logic, f"logic methods no test enters: {logic}"
    assert {r[3] for r in rows} <= {"call site", "loader", "script", "Windows seam"}
    assert all(n == 1 for _f, _g, n, kind in rows if kind == "call site")
    assert unexecuted < total / 3


def main() -> int:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        text = render(*table(measure(Path(tmp))))
    doc = DOC.read_text(encoding="utf-8")
    DOC.write_text(BLOCK.sub(lambda m: m.group(1) + text + "\n" + m.group(3), doc, count=1), encoding="utf-8")
    print(text.splitlines()[-1])
    return 0


if __name__ == "__main__" and "--write" in sys.argv:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main())
