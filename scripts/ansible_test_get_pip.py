"""Offline stand-in for ansible-test's pip bootstrap script (get-pip.py).

ansible-test sanity creates a virtual environment per test without pip and bootstraps pip by
downloading get-pip.py from ci-files.testing.ansible.com, a host this project's machines cannot
reach. This stand-in does the same job with the interpreter's own ensurepip, then installs the
requested packages (pip==X and friends) from the package index the machine is configured for.
scripts/sanity.sh copies it to the cache path ansible-test looks at.
"""

import ensurepip
import os
import ssl
import subprocess
import sys

args = [a for a in sys.argv[1:] if a not in ("--no-setuptools", "--no-wheel")]
# ansible-test runs this with a scrubbed environment; the pip that ensurepip bundles does not pick
# the machine's CA bundle from pip.conf in that case, so name it (machines behind a TLS proxy need it).
cafile = ssl.get_default_verify_paths().openssl_cafile
if os.path.exists("/etc/ssl/certs/ca-certificates.crt"):
    cafile = "/etc/ssl/certs/ca-certificates.crt"
if cafile and os.path.exists(cafile):
    args = ["--cert", cafile, *args]
ensurepip.bootstrap(upgrade=False)
sys.exit(subprocess.call([sys.executable, "-m", "pip", "install", "--disable-pip-version-check", *args]))
