"""A throw-away MIT Kerberos KDC on 127.0.0.1, in a temporary directory, for the Kerberos tests.

Everything lives in one directory: ``krb5.conf`` (clients: point ``KRB5_CONFIG`` at it), ``kdc.conf``
(``KRB5_KDC_PROFILE``), the database and its stash, the log, and ``http.keytab`` with the keys of the service
principals (hvemu's acceptor: ``KRB5_KTNAME``). The KDC listens on one free port, UDP and TCP, on 127.0.0.1
only; nothing on the machine's own Kerberos set-up (/etc/krb5.conf, the default ccache) is read or changed.

The tools come from Debian's packages (checked with ``dpkg -L``): ``krb5kdc`` and ``kdb5_util`` from
``krb5-kdc``, ``kadmin.local`` from ``krb5-admin-server``, ``kinit``/``klist`` from ``krb5-user``.
``scripts/setup.sh`` installs them. Their use follows MIT's admin guide ("Installing KDCs":
kdb5_util create -s, kadmin.local addprinc/ktadd, krb5kdc) and the kdc.conf(5) and krb5.conf(5) references
(kdc_listen/kdc_tcp_listen, rdns, dns_canonicalize_hostname).

As a script: ``python tests/kdc/mitkdc.py DIR [--user NAME=PASSWORD ...] [--spn HTTP/host.hvnet.test ...]``
starts a KDC in DIR, prints the environment to use, and runs until interrupted.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field

REALM = "HVNET.TEST"
DOMAIN = "hvnet.test"
TOOLS = ("krb5kdc", "kdb5_util", "kadmin.local", "kinit")
_SBIN = ("/usr/sbin", "/usr/local/sbin", "/sbin")


def find_tool(name: str) -> str | None:
    """Path of a Kerberos tool (the KDC tools are in sbin, which a non-root PATH often lacks)."""
    found = shutil.which(name)
    if found:
        return found
    for directory in _SBIN:
        path = os.path.join(directory, name)
        if os.access(path, os.X_OK):
            return path
    return None


def missing_tools() -> list[str]:
    """The MIT Kerberos tools that are not installed (empty when a KDC can be started)."""
    return [name for name in TOOLS if find_tool(name) is None]


def _free_port() -> int:
    """A port free for both TCP and UDP on 127.0.0.1 (the KDC serves both on one number)."""
    for _attempt in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tcp:
            tcp.bind(("127.0.0.1", 0))
            port = tcp.getsockname()[1]
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
                try:
                    udp.bind(("127.0.0.1", port))
                except OSError:
                    continue
        return port
    raise RuntimeError("no free port for the KDC")


@dataclass
class Kdc:
    """A running KDC: its directory, port, realm, and the files clients and hvemu need."""

    directory: str
    port: int
    realm: str
    proc: subprocess.Popen
    users: dict[str, str] = field(default_factory=dict)
    spns: list[str] = field(default_factory=list)

    @property
    def krb5_conf(self) -> str:
        return os.path.join(self.directory, "krb5.conf")

    @property
    def keytab(self) -> str:
        return os.path.join(self.directory, "http.keytab")

    @property
    def log(self) -> str:
        return os.path.join(self.directory, "kdc.log")

    def env(self, ccache: str | None = None) -> dict[str, str]:
        """Variables for a client of this KDC (and nothing else): KRB5_CONFIG, and KRB5CCNAME when given."""
        out = {"KRB5_CONFIG": self.krb5_conf, "KRB5_TRACE": os.path.join(self.directory, "client-trace.log")}
        if ccache:
            out["KRB5CCNAME"] = ccache
        return out

    def principal(self, user: str) -> str:
        return f"{user}@{self.realm}"

    def kinit(self, user: str, password: str, ccache: str) -> subprocess.CompletedProcess:
        """``kinit user@REALM`` with the password on stdin, into the file ccache ``ccache``."""
        return subprocess.run(
            [find_tool("kinit"), "-c", f"FILE:{ccache}", self.principal(user)],
            input=password + "\n",
            capture_output=True,
            text=True,
            env={**os.environ, **self.env(ccache)},
            timeout=30,
            check=False,
        )

    def log_text(self) -> str:
        try:
            with open(self.log, encoding="utf-8", errors="replace") as fh:
                return fh.read()
        except OSError:
            return ""

    def stop(self) -> None:
        """Stop the KDC (by its own pid) and wait for it."""
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.kill(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


def _write(path: str, text: str) -> None:
    with open(path, "w", encoding="ascii") as fh:
        fh.write(text)


def start_kdc(
    directory: str,
    users: dict[str, str],
    spns: list[str],
    *,
    realm: str = REALM,
    domain: str = DOMAIN,
    timeout: float = 20.0,
) -> Kdc:
    """Create a realm in ``directory`` with the user principals and service principals, and start its KDC.

    ``users``: name -> password (``name@REALM``); ``spns``: service principals such as ``HTTP/hv01.hvnet.test``,
    each with a random key exported to ``directory/http.keytab``.
    """
    missing = missing_tools()
    if missing:
        raise RuntimeError("MIT Kerberos tools missing: " + ", ".join(missing))
    os.makedirs(directory, exist_ok=True)
    port = _free_port()
    d = os.path.abspath(directory)
    _write(
        os.path.join(d, "krb5.conf"),
        f"""[libdefaults]
    default_realm = {realm}
    dns_lookup_realm = false
    dns_lookup_kdc = false
    rdns = false
    dns_canonicalize_hostname = false
    ignore_acceptor_hostname = false
    forwardable = true
    udp_preference_limit = 1

[realms]
    {realm} = {{
        kdc = 127.0.0.1:{port}
    }}

[domain_realm]
    .{domain} = {realm}
    {domain} = {realm}
""",
    )
    _write(
        os.path.join(d, "kdc.conf"),
        f"""[kdcdefaults]
    kdc_listen = 127.0.0.1:{port}
    kdc_tcp_listen = 127.0.0.1:{port}

[realms]
    {realm} = {{
        database_name = {d}/principal
        key_stash_file = {d}/stash
        acl_file = {d}/kadm5.acl
        max_life = 10h 0m 0s
        max_renewable_life = 1d 0h 0m 0s
        supported_enctypes = aes256-cts-hmac-sha1-96:normal aes128-cts-hmac-sha1-96:normal
    }}

[logging]
    kdc = FILE:{d}/kdc.log
""",
    )
    _write(os.path.join(d, "kadm5.acl"), "")
    env = {**os.environ, "KRB5_CONFIG": os.path.join(d, "krb5.conf"), "KRB5_KDC_PROFILE": os.path.join(d, "kdc.conf")}
    env.pop("KRB5CCNAME", None)
    master = "hvnet-kdc-master-" + os.urandom(8).hex()

    def run(*cmd: str) -> None:
        done = subprocess.run(list(cmd), capture_output=True, text=True, env=env, timeout=60, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd[:2])} failed ({done.returncode}): {done.stdout}{done.stderr}")

    run(find_tool("kdb5_util"), "create", "-s", "-r", realm, "-P", master)
    # +requires_preauth: Active Directory requires Kerberos pre-authentication of every account by default
    # ("Do not require Kerberos preauthentication" is off), so a wrong password fails at the KDC (PREAUTH_FAILED).
    queries = [f"addprinc +requires_preauth -pw {password} {user}" for user, password in users.items()]
    for spn in spns:
        queries += [f"addprinc -randkey {spn}", f"ktadd -k {d}/http.keytab {spn}"]
    for query in queries:
        run(find_tool("kadmin.local"), "-r", realm, "-q", query)
    if spns:
        os.chmod(os.path.join(d, "http.keytab"), 0o600)
    proc = subprocess.Popen(
        [find_tool("krb5kdc"), "-n", "-r", realm, "-P", os.path.join(d, "krb5kdc.pid")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    kdc = Kdc(d, port, realm, proc, dict(users), list(spns))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise RuntimeError(f"krb5kdc exited with {proc.returncode}: {err}{kdc.log_text()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return kdc
        except OSError:
            time.sleep(0.1)
    kdc.stop()
    raise RuntimeError(f"krb5kdc did not listen on 127.0.0.1:{port}: {kdc.log_text()}")


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--realm", default=REALM)
    parser.add_argument("--user", action="append", default=[], metavar="NAME=PASSWORD")
    parser.add_argument("--spn", action="append", default=[], metavar="SERVICE/HOST")
    args = parser.parse_args(argv)
    users = dict(item.split("=", 1) for item in args.user) or {"Administrator": "Hvnet-Krb-Pw-1"}
    kdc = start_kdc(args.directory, users, args.spn or [f"HTTP/hv01.{DOMAIN}"], realm=args.realm)
    print(f"KDC on 127.0.0.1:{kdc.port} pid {kdc.proc.pid}")
    print(f"export KRB5_CONFIG={kdc.krb5_conf} KRB5_KTNAME={kdc.keytab}")
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    try:
        while not stop and kdc.proc.poll() is None:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        kdc.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
