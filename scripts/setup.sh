#!/usr/bin/env bash
# Create the project's virtual environment and install the toolchain.
# Idempotent: a stamp that hashes the requirement files skips work already done.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
stamp_of() { cat requirements.txt requirements-dev.txt emulator/pyproject.toml | sha256sum | cut -c1-16; }
PIPQ=(--quiet --quiet --disable-pip-version-check)
want=$(stamp_of)

# MIT Kerberos (issue 14 item 5), installed before the Python toolchain because pykerberos, gssapi and krb5 (the
# Kerberos extras in requirements-dev.txt) compile against it: libkrb5-dev (krb5-config and headers) and gcc for
# the builds; krb5-user (kinit, used by ansible.builtin.winrm's managed kinit), krb5-kdc (krb5kdc, kdb5_util) and
# krb5-admin-server (kadmin.local) for the KDC that tests/kdc/mitkdc.py starts in a temporary directory.
# The Debian packages start no service here (the tests run their own KDC on 127.0.0.1 with its own krb5.conf).
krb_missing=()
command -v krb5-config >/dev/null 2>&1 || krb_missing+=(libkrb5-dev)
command -v gcc >/dev/null 2>&1 || krb_missing+=(gcc)
command -v kinit >/dev/null 2>&1 || krb_missing+=(krb5-user)
for tool in krb5kdc:krb5-kdc kadmin.local:krb5-admin-server; do
  [ -x "/usr/sbin/${tool%%:*}" ] || command -v "${tool%%:*}" >/dev/null 2>&1 || krb_missing+=("${tool#*:}")
done
if [ ${#krb_missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing ${krb_missing[*]} (MIT Kerberos: the Kerberos extras and the tests' KDC)"
    apt-get update -qq >/dev/null
    # krb5-config (the Debian package of that name, pulled by krb5-user) asks for a default realm: no questions.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${krb_missing[@]}" >/dev/null
  else
    echo "setup: WARNING: missing ${krb_missing[*]}; pip cannot build the Kerberos extras of requirements-dev.txt." >&2
    echo "       Install Debian/Ubuntu 'libkrb5-dev gcc krb5-user krb5-kdc krb5-admin-server' (see bindep.txt)." >&2
  fi
fi
if [ -f "$VENV/.hvnet-stamp" ] && [ "$(cat "$VENV/.hvnet-stamp")" = "$want" ]; then
  echo "setup: $VENV is up to date"
else
  # Install into the existing venv when it works (a requirements change is an upgrade, not a rebuild).
  if ! "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
    py=$(scripts/find-python.sh)
    echo "setup: creating $VENV with $py ($("$py" --version 2>&1))"
    rm -rf "$VENV"
    "$py" -m venv "$VENV"
    "$VENV/bin/python" -m pip install "${PIPQ[@]}" --upgrade pip
  fi
  echo "setup: installing the toolchain into $VENV"
  "$VENV/bin/python" -m pip install "${PIPQ[@]}" -r requirements-dev.txt -e ./emulator
  echo "$want" > "$VENV/.hvnet-stamp"
fi

# The oldest ansible-core that meta/runtime.yml claims gets its own small venv: the integration
# subset marked "compat" runs its ansible-playbook against the same emulator.
COMPAT_VENV=${COMPAT_VENV:-.venv-compat}
COMPAT_CORE=$(sed -n 's/^requires_ansible: *">=\([0-9.]*\)".*/\1/p' meta/runtime.yml)
compat_want="$COMPAT_CORE-$want"
if [ -f "$COMPAT_VENV/.hvnet-stamp" ] && [ "$(cat "$COMPAT_VENV/.hvnet-stamp")" = "$compat_want" ]; then
  echo "setup: $COMPAT_VENV (ansible-core $COMPAT_CORE) is up to date"
else
  py=$(scripts/find-python.sh)
  echo "setup: creating $COMPAT_VENV with ansible-core==$COMPAT_CORE"
  rm -rf "$COMPAT_VENV"
  "$py" -m venv "$COMPAT_VENV"
  "$COMPAT_VENV/bin/python" -m pip install "${PIPQ[@]}" \
    "ansible-core==$COMPAT_CORE" -r requirements.txt "pypsrp<1.0.0"
  echo "$compat_want" > "$COMPAT_VENV/.hvnet-stamp"
fi

# Mono's C# compiler checks that the bridge's C# helper is valid C# 5 (csc on Windows PowerShell 5.1), and
# the Mono runtime executes the helper's logic against a fake Windows (tests/hostcode/test_bridge_logic.py).
if ! command -v mcs >/dev/null 2>&1 || ! command -v mono >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing mono-mcs and mono-runtime (C# 5 check and execution of the bridge helper)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mono-mcs mono-runtime libmono-system-web-extensions4.0-cil >/dev/null
  else
    echo "setup: WARNING: 'mcs' or 'mono' is missing; the host-code checks need both." >&2
    echo "       Install Debian/Ubuntu 'mono-mcs mono-runtime libmono-system-web-extensions4.0-cil' (or your distribution's mono)." >&2
  fi
fi
# Headless Chromium opens the fleet picture (hyperv.network.plan picture_file) in tests/integration/test_fleet_picture.py:
# a screenshot that is not blank, the fleet's hosts and networks in the DOM. Without it that test is skipped.
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing chromium (headless check of the fleet picture)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: WARNING: 'chromium' is missing; the fleet picture test is skipped without it." >&2
    echo "       Install Debian/Ubuntu 'chromium'." >&2
  fi
fi
