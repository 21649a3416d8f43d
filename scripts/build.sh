#!/usr/bin/env bash
# Build the collection artifact, check that it leaves out what it must, install it into a fresh
# collections path and render every plugin's documentation from there.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
out=build/artifact
rm -rf "$out" && mkdir -p "$out"
ansible-galaxy collection build --force --output-path "$out" . >/dev/null
tarball=$(ls "$out"/hyperv-network-*.tar.gz)
bad=$(tar -tzf "$tarball" | grep -E '^(emulator|bench|scripts|tests/(unit|integration|hostcode|windows|output)|\.venv|build|\.ci|\.github)/' || true)
if [ -n "$bad" ]; then echo "artifact carries files it must not:"; echo "$bad" | head; exit 1; fi
ansible-galaxy collection install --force -p "$out/collections" "$tarball" >"$out/install.log" 2>&1 || { cat "$out/install.log"; exit 1; }
export ANSIBLE_COLLECTIONS_PATH="$PWD/$out/collections"
count=0
for kind in module filter; do
  dir=plugins/${kind}s; [ "$kind" = filter ] && dir=plugins/filter
  for f in "$dir"/*.py; do
    [ -e "$f" ] || continue
    name=$(basename "$f" .py); [ "$name" = __init__ ] && continue
    if [ "$kind" = filter ]; then
      names=$(python - "$f" <<'PY'
import ast, sys
tree = ast.parse(open(sys.argv[1]).read())
for node in ast.walk(tree):
    if isinstance(node, ast.Dict):
        for k in node.keys:
            if isinstance(k, ast.Constant) and isinstance(k.value, str):
                print(k.value)
PY
)
      for n in $names; do ansible-doc -t filter "hyperv.network.$n" >/dev/null; count=$((count+1)); done
    else
      ansible-doc -t module "hyperv.network.$name" >/dev/null; count=$((count+1))
    fi
  done
done
for f in plugins/inventory/*.py; do
  [ -e "$f" ] || continue
  name=$(basename "$f" .py); [ "$name" = __init__ ] && continue
  ansible-doc -t inventory "hyperv.network.$name" >/dev/null; count=$((count+1))
done
for r in roles/*/meta/argument_specs.yml; do
  [ -e "$r" ] || continue
  role=$(basename "$(dirname "$(dirname "$r")")")
  ansible-doc -t role "hyperv.network.$role" >/dev/null; count=$((count+1))
done
echo "build: $(basename "$tarball") ok; ansible-doc rendered $count plugins and roles from the installed artifact"
