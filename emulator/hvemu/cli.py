"""The `hvemu` command.

    hvemu serve [--fleet FILE | --hosts N] [--port P] [--tls] [--tls-port P] [--state-dir DIR]
                [--inventory OUT.yml] [--mixed] [--receive-wait S] [--shell-idle-timeout S] [--log-level LEVEL]
                [--kerberos-keytab FILE --kerberos-realm REALM]

Prints exactly one line on stdout when it serves:
`hvemu ready http://127.0.0.1:PORT [https://127.0.0.1:TLSPORT] pid PID`, and exits 0 on SIGTERM or SIGINT.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading

from hvemu.wsman.dispatcher import DEFAULT_RECEIVE_WAIT, DEFAULT_SHELL_IDLE_TIMEOUT


def build_parser() -> argparse.ArgumentParser:
    """Argument parser of the command."""
    parser = argparse.ArgumentParser(prog="hvemu", description="Windows Hyper-V host emulator over WinRM/PSRP")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve a fleet of emulated hosts on 127.0.0.1")
    source = serve.add_mutually_exclusive_group()
    source.add_argument("--fleet", metavar="FILE", help="fleet description (YAML/JSON, see the README)")
    source.add_argument("--hosts", type=int, metavar="N", help="a default fleet of N hosts (default 3)")
    serve.add_argument("--port", type=int, default=5985, help="HTTP port (0: any free port; default 5985)")
    serve.add_argument("--tls", action="store_true", help="also serve HTTPS (on --tls-port)")
    serve.add_argument(
        "--tls-port",
        type=int,
        default=None,
        help="HTTPS port (implies --tls; default: 5986, or any free port when --port is 0)",
    )
    serve.add_argument("--state-dir", metavar="DIR", help="keep host state (and the CA file) in DIR")
    serve.add_argument("--inventory", metavar="OUT.yml", help="write an Ansible inventory for the fleet")
    serve.add_argument("--mixed", action="store_true", help="inventory: alternate winrm and psrp across hosts")
    serve.add_argument(
        "--receive-wait",
        type=float,
        default=DEFAULT_RECEIVE_WAIT,
        metavar="S",
        help="longest wait of a Receive with nothing to return (capped by its OperationTimeout)",
    )
    serve.add_argument(
        "--shell-idle-timeout",
        type=float,
        default=DEFAULT_SHELL_IDLE_TIMEOUT,
        metavar="S",
        help="an abandoned shell stops counting against the quotas after S idle seconds "
        "(default 7200, WinRM's IdleTimeout)",
    )
    serve.add_argument(
        "--kerberos-keytab",
        metavar="FILE",
        help="accept Kerberos: the keytab with each host's HTTP/<host>.<domain> key (needs the gssapi package)",
    )
    serve.add_argument("--kerberos-realm", metavar="REALM", help="the realm the hosts are joined to (with the keytab)")
    serve.add_argument("--log-level", default=os.environ.get("HVEMU_LOG", "WARNING"), help="logging level (stderr)")
    return parser


def load(args: argparse.Namespace):
    """The fleet the arguments describe."""
    from hvemu import fleet as fleet_mod

    if args.fleet:
        fleet = fleet_mod.load_fleet(args.fleet)
    else:
        fleet = fleet_mod.default_fleet(3 if args.hosts is None else args.hosts)
    if args.state_dir:
        os.makedirs(args.state_dir, exist_ok=True)
        attach = getattr(fleet, "attach_state_dir", None)
        if attach is not None:
            attach(args.state_dir)
    return fleet


def serve(args: argparse.Namespace) -> int:
    """Run until SIGTERM/SIGINT; 0 on a clean stop."""
    from hvemu.inventory import build_inventory, write_inventory
    from hvemu.wsman import Emulator

    logging.basicConfig(
        level=args.log_level.upper(), stream=sys.stderr, format="%(asctime)s %(name)s %(levelname)s %(message)s"
    )
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    kerberos = None
    if args.kerberos_keytab or args.kerberos_realm:
        from hvemu.wsman.auth import KerberosConfig

        if not (args.kerberos_keytab and args.kerberos_realm):
            print("hvemu: --kerberos-keytab and --kerberos-realm go together", file=sys.stderr)
            return 2
        if not os.path.isfile(args.kerberos_keytab):
            print(f"hvemu: --kerberos-keytab: no such file: {args.kerberos_keytab}", file=sys.stderr)
            return 2
        kerberos = KerberosConfig(keytab=args.kerberos_keytab, realm=args.kerberos_realm)
    fleet = load(args)
    tls_port = args.tls_port
    if tls_port is None and args.tls:
        tls_port = 0 if args.port == 0 else 5986
    emulator = Emulator(
        fleet,
        port=args.port,
        tls_port=tls_port,
        state_dir=args.state_dir,
        max_receive_wait=args.receive_wait,
        shell_idle_timeout=args.shell_idle_timeout,
        kerberos=kerberos,
    ).start()
    try:
        if args.inventory:
            inventory = build_inventory(
                fleet,
                http_port=emulator.http_port,
                https_port=emulator.https_port,
                ca_path=emulator.ca_path,
                mixed=args.mixed,
            )
            write_inventory(args.inventory, inventory)
        print(f"hvemu ready {' '.join(emulator.urls())} pid {os.getpid()}", flush=True)
        while not stop.wait(0.5):
            pass
    finally:
        emulator.stop()
        save = getattr(fleet, "save", None)
        if args.state_dir and save is not None:
            save()
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `hvemu` command."""
    args = build_parser().parse_args(argv)
    if args.command == "serve":
        return serve(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
