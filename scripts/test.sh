#!/usr/bin/env bash
# The whole test suite, as CI runs it. Every step must pass; the first failure stops the run.
# HVNET_FULL=1 adds the long cases (pytest marker "full").
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
PY=.venv/bin/python
start=$(date +%s)
step() { printf '\n=== %s (%ss)\n' "$1" "$(( $(date +%s) - start ))"; }

step "lint: ruff and ansible-lint"
scripts/lint.sh

step "build: galaxy artifact, install, ansible-doc of every plugin"
scripts/build.sh

step "sanity: ansible-test sanity"
scripts/sanity.sh

marker="not full"
[ "${HVNET_FULL:-0}" = 1 ] && marker="full or not full"
step "pytest: host code, unit, emulator, integration"
set +e
"$PY" -m pytest -q -m "$marker" -p no:randomly --durations=30 tests/hostcode tests/unit emulator/tests tests/integration
rc=$?
set -e
# Exit 5 means pytest collected nothing: that is a failure of the suite, not a pass.
[ "$rc" = 0 ] || { echo "pytest failed (exit $rc)"; exit "$rc"; }

# requires_ansible claims only what is tested: the subset marked "compat" runs again with the
# oldest ansible-core that meta/runtime.yml claims (its own venv, made by setup).
step "pytest: integration subset on the oldest ansible-core claimed"
HVNET_ANSIBLE_BIN_DIR="$PWD/.venv-compat/bin" "$PY" -m pytest -q -m "compat and ($marker)" -p no:randomly tests/integration \
  || { echo "compat integration subset failed"; exit 1; }

step "done"
