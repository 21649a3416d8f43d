"""The sample execution environment and the AWX project example (issue 14 items 2 and 3).

- examples/execution-environment/execution-environment.yml: ``ansible-builder create`` accepts it (it
  writes the build context only; no container engine is called), the context names what the image must
  have, the context's requirements.yml installs the collection as the image's galaxy stage would, and
  ansible-builder's own introspection merges the collection's meta/execution-environment.yml with it.
- examples/awx-project/: every wrapper passes ``ansible-playbook --syntax-check`` with the built
  collection installed into a temporary collections path, and is a file AWX lists as a playbook.

The collection is built and installed once for the module, as scripts/build.sh does.
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from ansible.release import __version__ as ANSIBLE_CORE_VERSION
from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
EE_DIR = REPO / "examples" / "execution-environment"
AWX_DIR = REPO / "examples" / "awx-project"
VERSION = yaml.safe_load((REPO / "galaxy.yml").read_text(encoding="utf-8"))["version"]
TARBALL = f"hyperv-network-{VERSION}.tar.gz"

# AWX's test for "this file is a playbook" (ansible/awx awx/main/utils/ansible.py, valid_playbook_re): a job
# template offers only files with such a line. `- ansible.builtin.import_playbook: ...` does not match it.
AWX_PLAYBOOK_RE = re.compile(r"^\s*?-?\s*?(?:hosts|include|import_playbook):\s*?.*?$")


def _run(args, **kwargs):
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=120, check=False, **kwargs)


def _env(collections_path):
    env = dict(os.environ)
    env["PATH"] = "{}:{}".format(BIN, env.get("PATH", ""))
    env["ANSIBLE_COLLECTIONS_PATH"] = str(collections_path)
    env["ANSIBLE_COLLECTIONS_SCAN_SYS_PATH"] = "false"
    env.pop("ANSIBLE_CONFIG", None)
    return env


@pytest.fixture(scope="module")
def artifact(tmp_path_factory):
    """The collection built once (as scripts/build.sh builds it) and installed into a fresh collections path."""
    root = tmp_path_factory.mktemp("artifact")
    built = _run([BIN / "ansible-galaxy", "collection", "build", "--force", "--output-path", root / "out", REPO])
    assert built.returncode == 0, built.stdout + built.stderr
    tarball = root / "out" / TARBALL
    assert tarball.is_file(), sorted(p.name for p in (root / "out").iterdir())
    installed = _run([BIN / "ansible-galaxy", "collection", "install", "--force", "-p", root / "collections", tarball])
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert (root / "collections" / "ansible_collections" / "hyperv" / "network" / "MANIFEST.json").is_file()
    return tarball, root / "collections"


@pytest.fixture(scope="module")
def ee_context(artifact, tmp_path_factory):
    """`ansible-builder create` on a copy of the sample, laid out as in the checkout after `make build`."""
    tarball, _ = artifact
    root = tmp_path_factory.mktemp("ee")
    shutil.copytree(EE_DIR, root / "examples" / "execution-environment")
    (root / "build" / "artifact").mkdir(parents=True)
    shutil.copy(tarball, root / "build" / "artifact" / TARBALL)
    context = root / "context"
    created = _run(
        [
            BIN / "ansible-builder",
            "create",
            "-f",
            root / "examples" / "execution-environment" / "execution-environment.yml",
            "--context",
            context,
            "--output-filename",
            "Containerfile",
        ]
    )
    assert created.returncode == 0, created.stdout + created.stderr
    assert "No matches" not in created.stdout + created.stderr, created.stdout + created.stderr
    return context


def _requirement_lines(path):
    return [line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines()]


def test_ansible_builder_create_accepts_the_sample_ee_and_the_context_names_what_the_image_needs(ee_context):
    containerfile = (ee_context / "Containerfile").read_text(encoding="utf-8")
    definition = yaml.safe_load((EE_DIR / "execution-environment.yml").read_text(encoding="utf-8"))
    assert definition["version"] == 3
    assert 'ARG EE_BASE_IMAGE="{}"'.format(definition["images"]["base_image"]["name"]) in containerfile
    assert 'ARG PYCMD="/usr/bin/python3.12"' in containerfile  # ansible-core 2.20+ needs Python 3.12
    install_refs = re.search(r'^ARG ANSIBLE_INSTALL_REFS="(.*)"$', containerfile, re.M).group(1)
    assert "ansible-core" in install_refs and "ansible-runner" in install_refs
    # The image's ansible-core admits the oldest version meta/runtime.yml claims and the one tested here.
    core = Requirement(definition["dependencies"]["ansible_core"]["package_pip"])
    runtime = yaml.safe_load((REPO / "meta" / "runtime.yml").read_text(encoding="utf-8"))
    oldest = runtime["requires_ansible"].lstrip(">=").strip()
    assert core.name == "ansible-core" and core.specifier.contains(oldest), (str(core), oldest)
    assert core.specifier.contains(ANSIBLE_CORE_VERSION), (str(core), ANSIBLE_CORE_VERSION)
    assert "ansible-galaxy collection install" in containerfile and "-r requirements.yml" in containerfile

    build = ee_context / "_build"
    python = [line for line in _requirement_lines(build / "requirements.txt") if line]
    assert any(re.fullmatch(r"pywinrm\[[a-z,]*kerberos[a-z,]*\].*", line) for line in python), python
    assert any(re.fullmatch(r"pypsrp\[[a-z,]*kerberos[a-z,]*\]<1\.0\.0", line) for line in python), python
    assert any(line.startswith("pywinrm[") and "credssp" in line for line in python), python
    assert "jsonschema" in python
    system = {line.split()[0] for line in _requirement_lines(build / "bindep.txt") if line}
    assert {"krb5-workstation", "krb5-devel", "gcc", "python3.12-devel"} <= system, system

    # The galaxy stage installs requirements.yml from /build, where _build/ lands: the artifact must be there.
    galaxy = yaml.safe_load((build / "requirements.yml").read_text(encoding="utf-8"))
    names = [c["name"] for c in galaxy["collections"]]
    assert names == [f"collections/{TARBALL}"], "requirements.yml must name the artifact of galaxy.yml's version"
    assert (build / "collections" / TARBALL).is_file()


def test_the_context_installs_the_collection_and_builder_merges_its_dependencies(ee_context, tmp_path):
    build = ee_context / "_build"
    target = tmp_path / "ee-collections"
    # The galaxy stage's command, run here instead of in the image.
    installed = _run(
        [BIN / "ansible-galaxy", "collection", "install", "-r", "requirements.yml", "-p", target],
        cwd=build,
        env=_env(target),
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    manifest = yaml.safe_load((target / "ansible_collections" / "hyperv" / "network" / "MANIFEST.json").read_text())
    assert manifest["collection_info"]["version"] == VERSION
    # The builder stage's introspection (the context's own script), over what the galaxy stage installed:
    # the collection's meta/execution-environment.yml and bindep.txt are read and merged with the sample's.
    merged = _run(
        [
            sys.executable,
            build / "scripts" / "introspect.py",
            "introspect",
            "--user-pip",
            build / "requirements.txt",
            "--user-bindep",
            build / "bindep.txt",
            "--write-pip",
            tmp_path / "pip.txt",
            "--write-bindep",
            tmp_path / "bindep.txt",
            target,
        ]
    )
    assert merged.returncode == 0, merged.stdout + merged.stderr
    pip = (tmp_path / "pip.txt").read_text(encoding="utf-8")
    assert "pypsrp[kerberos,credssp]<1.0.0  # from collection hyperv.network" in pip, pip
    assert "pywinrm[kerberos,credssp]  # from collection hyperv.network" in pip, pip
    bindep = (tmp_path / "bindep.txt").read_text(encoding="utf-8")
    assert "krb5-workstation [platform:rpm]  # from collection hyperv.network" in bindep, bindep


def _packages(path):
    """bindep lines as {name: profiles}, test-only entries left out."""
    found = {}
    for line in _requirement_lines(path):
        if not line:
            continue
        name, _, rest = line.partition(" ")
        profiles = rest.strip().strip("[]").split()
        if "test" in profiles:
            continue
        found[name] = profiles
    return found


def test_the_sample_ee_has_every_system_package_of_the_collection():
    ours = _packages(EE_DIR / "bindep.txt")
    for name, profiles in _packages(REPO / "bindep.txt").items():
        # The sample's interpreter is python3.12: its headers are python3.12-devel, not the base python3-devel.
        wanted = "python3.12-devel" if name == "python3-devel" else name
        assert wanted in ours, f"bindep.txt has {name} {profiles}; examples/execution-environment/bindep.txt does not"


def test_awx_project_wrappers_pass_syntax_check_with_the_built_collection(artifact):
    _, collections = artifact
    wrappers = sorted(AWX_DIR.glob("*.yml"))
    imported = set()
    for wrapper in wrappers:
        text = wrapper.read_text(encoding="utf-8")
        assert any(AWX_PLAYBOOK_RE.match(line) for line in text.splitlines()), f"AWX would not list {wrapper.name}"
        targets = [play.get("import_playbook") for play in yaml.safe_load(text)]
        assert all(t and t.startswith("hyperv.network.") for t in targets), (wrapper.name, targets)
        if (REPO / "playbooks" / f"{wrapper.stem}.yml").is_file():
            assert targets == [f"hyperv.network.{wrapper.stem}"], (wrapper.name, targets)
        imported.update(targets)
    # Every collection playbook is reachable from a job template (a job template can only run files of its
    # project); fleet_picture only after a topology playbook in the same job.
    assert imported == {f"hyperv.network.{p.stem}" for p in (REPO / "playbooks").glob("*.yml")}
    inventory = AWX_DIR / "inventory" / "hosts.ini"
    checked = _run(
        [BIN / "ansible-playbook", "--syntax-check", "-i", inventory, *wrappers],
        cwd=AWX_DIR,
        env=_env(collections),
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # Without the collection the same check fails: it is what a project without collections/requirements.yml
    # meets ("role hyperv.network.nat was not found" at run time; at syntax check, the playbook itself).
    empty = _run(
        [BIN / "ansible-playbook", "--syntax-check", "-i", inventory, AWX_DIR / "nat.yml"],
        cwd=AWX_DIR,
        env=_env(collections.parent / "nothing-here"),
    )
    assert empty.returncode != 0
    assert "hyperv.network.nat" in empty.stdout + empty.stderr


def test_awx_project_requirements_name_the_collection():
    requirements = yaml.safe_load((AWX_DIR / "collections" / "requirements.yml").read_text(encoding="utf-8"))
    assert [c["name"] for c in requirements["collections"]] == ["hyperv.network"]
