#!/usr/bin/env bash
# ansible-test windows-integration of tests/integration/targets on a copy of the collection laid out as
# ansible_collections/hyperv/network, against the hosts of an inventory (INI, as ansible-test's inventory.winrm;
# docs/testing.md says what goes in it). Against real hosts:
#   scripts/windows-integration.sh ~/inventory.winrm                 # every target
#   scripts/windows-integration.sh ~/inventory.winrm vswitch ping    # some, with any other ansible-test option
# tests/integration/test_windows_integration.py runs it against hvemu in `make test`.
# HVNET_WI_BUILD selects the directory of the copy (default build/windows-integration).
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 INVENTORY [ansible-test options] [targets]" >&2; exit 2; }
inventory=$(realpath "$1")
shift
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
build=$(realpath -m "${HVNET_WI_BUILD:-build/windows-integration}")
root=$build/ansible_collections/hyperv/network
rm -rf "$build" && mkdir -p "$root"
scripts/collection-files.sh | tar -cf - -T - | tar -xf - -C "$root"
cd "$root"
# ansible-test reads file lists from git when it finds a repository: give it one of its own.
git init -q . && git add -A && git -c user.email=ci@local -c user.name=ci commit -qm windows-integration
exec ansible-test windows-integration --color no --python "$(python -c 'import sys; print("%d.%d" % sys.version_info[:2])')" \
  --inventory "$inventory" "$@"
