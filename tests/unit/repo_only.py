"""Tests of the repository's tooling (scripts/, the changelog build) need the repository; ansible-test units runs on a
copy laid out as the collection, which has none of it (galaxy.yml's build_ignore, scripts/collection-files.sh)."""

import importlib.util
import pathlib

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]


def needs(relative):
    """Skip unless the repository has ``relative`` (``scripts/gen_docs.py``)."""
    return pytest.mark.skipif(
        not (REPO / relative).exists(), reason=f"needs the repository's {relative}, which the collection leaves out"
    )


def script(name):
    """``scripts/<name>.py`` of the repository, imported (the tooling is scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / (name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
