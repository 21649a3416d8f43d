#!/usr/bin/env bash
# Print the path of a Python >= 3.12 interpreter (ansible-core 2.21 needs it on the controller).
# pyenv shims answer "command not found" for versions that are installed but not selected,
# so every candidate is asked for its version rather than trusted by name.
set -u
ok() { "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1; }
for cand in "${HVNET_PYTHON:-}" python3.13 python3.12 python3; do
  [ -n "$cand" ] || continue
  path=$(command -v "$cand" 2>/dev/null) || continue
  if ok "$path"; then echo "$path"; exit 0; fi
done
for path in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.1[2-9]*/bin/python3 /usr/local/bin/python3.1[2-9] /usr/bin/python3.1[2-9]; do
  [ -x "$path" ] && ok "$path" && { echo "$path"; exit 0; }
done
echo "hyperv.network: no Python >= 3.12 found. Install one (e.g. 'apt-get install python3.12'," >&2
echo "'pyenv install 3.12', or 'uv python install 3.12') or point HVNET_PYTHON at it." >&2
exit 1
