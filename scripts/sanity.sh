#!/usr/bin/env bash
# ansible-test sanity on a copy of the collection laid out as ansible_collections/hyperv/network.
# Ignore entries live in tests/sanity/ignore-*.txt, each with its reason.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
# ansible-test bootstraps pip in its sanity venvs with a downloaded get-pip.py; give it an offline one.
pipver=$(python - <<'PY'
from ansible_test._internal.python_requirements import get_venv_packages


class Python:  # only .version is read
    version = "%d.%d" % __import__("sys").version_info[:2]


print(get_venv_packages(Python())["pip"])
PY
)
mkdir -p ~/.ansible/test/cache
cp scripts/ansible_test_get_pip.py ~/.ansible/test/cache/get_pip_${pipver//./_}.py
root=build/sanity/ansible_collections/hyperv/network
rm -rf build/sanity && mkdir -p "$root"
scripts/collection-files.sh | tar -cf - -T - | tar -xf - -C "$root"
cd "$root"
# ansible-test reads file lists from git when it finds a repository: give it one of its own.
git init -q . && git add -A && git -c user.email=ci@local -c user.name=ci commit -qm sanity
ansible-test sanity --color no --python "$(python -c 'import sys; print("%d.%d" % sys.version_info[:2])')" \
  --local --requirements "$@"
