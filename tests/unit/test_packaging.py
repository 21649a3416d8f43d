"""CHANGELOG.rst is antsibull-changelog's output for changelogs/ and is current (issue 14 item 3).

The collection has no release yet (changelogs/changelog.yaml has none), so CHANGELOG.rst is what
``antsibull-changelog release`` makes of the fragments for galaxy.yml's version: the test does that release
on a copy of the collection (scripts/collection-files.sh, as the sanity step copies it) and compares. A
fragment added or changed without regenerating fails here, and so does a fragment antsibull-changelog
rejects. Once the version is released (it is in changelog.yaml), the copy runs ``generate`` instead.

Regenerate after changing a fragment:  .venv/bin/python tests/unit/test_packaging.py --write
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
# As repo_only.needs does; not imported from it, because this file also runs as a script (--write), where the
# collection's import path is not set up.
pytestmark = pytest.mark.skipif(
    not (REPO / "scripts" / "collection-files.sh").exists(),
    reason="needs the repository's scripts/collection-files.sh, which the collection leaves out",
)
BIN = Path(sys.executable).parent


def _env():
    env = dict(os.environ)
    env["PATH"] = f"{BIN}:{env.get('PATH', '')}"  # antsibull-changelog runs ansible-doc for the plugin lists
    env.pop("ANSIBLE_CONFIG", None)
    return env


def _run(args, cwd):
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=_env(), capture_output=True, text=True, timeout=120, check=False
    )


def regenerated_changelog(workdir: Path) -> str:
    """CHANGELOG.rst as antsibull-changelog writes it for the working tree's changelogs/ and plugins."""
    root = workdir / "ansible_collections" / "hyperv" / "network"
    root.mkdir(parents=True)
    files = _run(["scripts/collection-files.sh"], REPO)
    assert files.returncode == 0, files.stderr
    for name in files.stdout.splitlines():
        source, target = REPO / name, root / name
        if name.startswith("changelogs/.") or name == "CHANGELOG.rst":
            continue  # antsibull-changelog's plugin cache and its own output are made afresh
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())
    version = yaml.safe_load((REPO / "galaxy.yml").read_text(encoding="utf-8"))["version"]
    released = yaml.safe_load((REPO / "changelogs" / "changelog.yaml").read_text(encoding="utf-8")).get("releases")
    if version in (released or {}):
        command = [BIN / "antsibull-changelog", "generate"]
    else:
        # The date is kept in changelog.yaml only, never in CHANGELOG.rst, so any fixed date gives the same text.
        command = [BIN / "antsibull-changelog", "release", "--version", version, "--date", "2026-01-01"]
    made = _run(command, root)
    assert made.returncode == 0, made.stdout + made.stderr
    return (root / "CHANGELOG.rst").read_text(encoding="utf-8")


def test_changelog_fragments_pass_antsibull_changelog_lint():
    linted = _run([BIN / "antsibull-changelog", "lint"], REPO)
    assert linted.returncode == 0 and not linted.stdout.strip(), linted.stdout + linted.stderr


def test_changelog_rst_is_what_antsibull_changelog_generates(tmp_path):
    expected = regenerated_changelog(tmp_path)
    current = (REPO / "CHANGELOG.rst").read_text(encoding="utf-8")
    assert current == expected, "CHANGELOG.rst is stale: run .venv/bin/python tests/unit/test_packaging.py --write"
    # What the file must show: the sections the fragments use and the collection's modules.
    for heading in ("Major Changes", "Minor Changes", "Bugfixes"):
        assert f"\n{heading}\n{'-' * len(heading)}\n" in current, heading
    assert "hyperv.network.host_network - " in current


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit(f"usage: {sys.argv[0]} --write   (regenerates CHANGELOG.rst from changelogs/)")
    with tempfile.TemporaryDirectory() as tmp:
        text = regenerated_changelog(Path(tmp))
    (REPO / "CHANGELOG.rst").write_text(text, encoding="utf-8")
    print("CHANGELOG.rst regenerated")
