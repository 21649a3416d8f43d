#!/usr/bin/env bash
# ruff over all Python, the complexity budget of plugins/ (scripts/complexity.py), mypy over the annotated modules
# (pyproject.toml); ansible-lint (production profile) over roles and playbooks. .pre-commit-config.yaml runs this.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
ruff check .
ruff format --check --quiet . || { echo "ruff format: run 'ruff format .'"; exit 1; }
python scripts/complexity.py >/dev/null || { python scripts/complexity.py; exit 1; }
# mypy checks the modules pyproject.toml lists, through the import path ansible-core gives the collection (the
# symlink tree the unit tests use: tests/unit/conftest.py makes it).
python -c 'import runpy; runpy.run_path("tests/unit/conftest.py")'
mypy
if compgen -G "roles/*/tasks/*.yml" >/dev/null || compgen -G "playbooks/*.yml" >/dev/null; then
  # ansible-lint resolves hyperv.network.* modules and roles through a collections path.
  mkdir -p build/lint/ansible_collections/hyperv
  ln -sfn "$PWD" build/lint/ansible_collections/hyperv/network
  ANSIBLE_COLLECTIONS_PATH="$PWD/build/lint" ansible-lint --profile production --offline roles playbooks
else
  echo "ansible-lint: no roles or playbooks yet"
fi
