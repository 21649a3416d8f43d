"""Integration fixtures, defined in hvnet_harness.py.

Test modules import helpers from ``hvnet_harness``, never from ``conftest``: several directories of
this repository have a conftest.py, and in one pytest run ``import conftest`` would find whichever
was loaded first.
"""

from hvnet_harness import ansible, collections_path, hvemu  # noqa: F401  (fixtures)
