"""Role integration fixtures, defined in roles_harness.py (see tests/integration/conftest.py for why)."""

from roles_harness import fleet, fleet_and_run, run, start_fleet  # noqa: F401  (fixtures)
