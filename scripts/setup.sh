#!/usr/bin/env bash
# Create the project's virtual environment and install the toolchain.
# Idempotent: a stamp that hashes the requirement files skips work already done.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
stamp_of() { cat requirements.txt requirements-dev.txt emulator/pyproject.toml scripts/setup.sh | sha256sum | cut -c1-16; }
want=$(stamp_of)
if [ -f "$VENV/.hvnet-stamp" ] && [ "$(cat "$VENV/.hvnet-stamp")" = "$want" ]; then
  echo "setup: $VENV is up to date"
else
  py=$(scripts/find-python.sh)
  echo "setup: creating $VENV with $py ($("$py" --version 2>&1))"
  rm -rf "$VENV"
  "$py" -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt -e ./emulator
  echo "$want" > "$VENV/.hvnet-stamp"
fi

# Mono's C# compiler checks that the bridge's C# helper is valid C# 5 (csc on Windows PowerShell 5.1).
if ! command -v mcs >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing mono-mcs (C# 5 check of the bridge helper)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mono-mcs libmono-system-web-extensions4.0-cil >/dev/null
  else
    echo "setup: WARNING: 'mcs' is missing; the host-code check needs it." >&2
    echo "       Install Debian/Ubuntu 'mono-mcs libmono-system-web-extensions4.0-cil' (or your distribution's mono)." >&2
  fi
fi
