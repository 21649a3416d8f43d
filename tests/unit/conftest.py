"""Make the collection importable as ``ansible_collections.hyperv.network`` from the repository.

ansible-test does this by copying the collection into an ``ansible_collections/<ns>/<name>`` tree;
plain pytest gets the same import path from a symlink tree under tests/output/.
"""

import os
import sys

_REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_ROOT = os.path.join(_REPO, "tests", "output", "unit-import-root")


def _make_import_root():
    namespace_dir = os.path.join(_ROOT, "ansible_collections", "hyperv")
    os.makedirs(namespace_dir, exist_ok=True)
    link = os.path.join(namespace_dir, "network")
    if not os.path.islink(link):
        try:
            os.symlink(_REPO, link)
        except FileExistsError:  # another xdist worker won the race
            pass
    if _ROOT not in sys.path:
        sys.path.insert(0, _ROOT)


_make_import_root()
# Every protocol check the compiled closures answer is checked by jsonschema too (bridge_client.schema_errors).
os.environ.setdefault("HYPERV_NETWORK_SCHEMA_CROSSCHECK", "1")


def pytest_configure(config):
    """The markers pyproject.toml declares, declared again for ansible-test units (it reads its own pytest.ini, with
    --strict-markers)."""
    config.addinivalue_line("markers", "full: long cases (long blackouts, big fleets, full fuzz matrix)")
    config.addinivalue_line("markers", "compat: the integration subset that also runs on the oldest ansible-core")
