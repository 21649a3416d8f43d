#!/usr/bin/env bash
# List the files that make up the collection (tracked or new, not ignored), leaving out what
# galaxy.yml's build_ignore keeps out of the artifact and what ansible-test must not read
# (pytest suites outside its layout, the emulator, benchmarks, tooling). Of tests/integration only the targets
# (ansible-test's layout) come along.
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files --cached --others --exclude-standard \
  | grep -vE '^(\.ci|\.github|emulator|bench|scripts|tests/(hostcode|output))/' \
  | awk '!/^tests\/integration\// || /^tests\/integration\/targets\//' \
  | grep -vE '^(Makefile|pyproject\.toml|requirements-dev\.txt|\.gitignore)$' \
  | while read -r f; do [ -e "$f" ] && echo "$f"; done
