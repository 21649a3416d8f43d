#!/usr/bin/env bash
# ruff over all Python; ansible-lint (production profile) over roles and playbooks.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
ruff check .
ruff format --check --quiet . || { echo "ruff format: run 'ruff format .'"; exit 1; }
if compgen -G "roles/*/tasks/*.yml" >/dev/null || compgen -G "playbooks/*.yml" >/dev/null; then
  ansible-lint --profile production --offline
else
  echo "ansible-lint: no roles or playbooks yet"
fi
