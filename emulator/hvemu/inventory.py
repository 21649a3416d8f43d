"""Writes a ready Ansible inventory (YAML) for an emulated fleet.

Groups: `hyperv_hosts` (kind "hyperv") and `container_vms` (kind "vm", with `hyperv_network_parent`
naming the parent Hyper-V host). Every host carries all its connection variables: one server
serves the whole fleet, so only the URL path tells the hosts apart (`ansible_winrm_path=/wsman/<host>`,
`ansible_psrp_path=wsman/<host>`). Authentication is NTLM: on http the messages are encrypted, on
https the certificate is validated against the emulator's CA. The file holds passwords (of a test
fleet) and is written with mode 0600.
"""

from __future__ import annotations

import os

import yaml


def pick_user(users: dict[str, str]) -> tuple[str, str]:
    """The account the inventory uses: Administrator if the host has it, else the first one."""
    for name, password in users.items():
        if name.lower() == "administrator":
            return name, password
    name = next(iter(users))
    return name, users[name]


def pick_connection(host, index: int, mixed: bool) -> str:
    """winrm, or with mixed alternately winrm/psrp, limited to the transports the host allows."""
    allowed = [t for t in ("winrm", "psrp") if t in set(getattr(host, "transports", None) or {"winrm", "psrp"})]
    wanted = ("winrm", "psrp")[index % 2] if mixed else "winrm"
    return wanted if wanted in allowed else allowed[0]


def host_vars(host, connection: str, *, port: int, scheme: str, ca_path: str | None) -> dict:
    """Connection variables of one host."""
    user, password = pick_user(host.users)
    out = {
        "ansible_host": "127.0.0.1",
        "ansible_port": port,
        "ansible_connection": connection,
        "ansible_user": user,
        "ansible_password": password,
    }
    if connection == "winrm":
        out.update(
            {
                "ansible_winrm_scheme": scheme,
                "ansible_winrm_path": f"/wsman/{host.name}",
                "ansible_winrm_transport": "ntlm",
                "ansible_winrm_message_encryption": "auto",
            }
        )
        if scheme == "https":
            out["ansible_winrm_server_cert_validation"] = "validate"
            out["ansible_winrm_ca_trust_path"] = ca_path
    else:
        out.update(
            {
                "ansible_psrp_protocol": scheme,
                "ansible_psrp_path": f"wsman/{host.name}",
                "ansible_psrp_auth": "ntlm",
                "ansible_psrp_message_encryption": "auto",
            }
        )
        if scheme == "https":
            out["ansible_psrp_cert_validation"] = "validate"
            out["ansible_psrp_ca_cert"] = ca_path
    if getattr(host, "kind", "hyperv") == "vm" and getattr(host, "parent", None):
        out["hyperv_network_parent"] = host.parent
    return out


def build_inventory(
    fleet, *, http_port: int, https_port: int | None = None, ca_path: str | None = None, mixed: bool = False
) -> dict:
    """The inventory as a dict; https (with CA validation) for every host when https_port is given."""
    if https_port is not None and not ca_path:
        raise ValueError("an https inventory needs the CA file")
    scheme, port = ("https", https_port) if https_port is not None else ("http", http_port)
    groups: dict[str, dict] = {"hyperv_hosts": {}, "container_vms": {}}
    for index, host in enumerate(fleet.hosts.values()):
        group = "container_vms" if getattr(host, "kind", "hyperv") == "vm" else "hyperv_hosts"
        connection = pick_connection(host, index, mixed)
        groups[group][host.name] = host_vars(host, connection, port=port, scheme=scheme, ca_path=ca_path)
    return {"all": {"children": {name: {"hosts": hosts} for name, hosts in groups.items()}}}


def write_inventory(path: str, inventory: dict) -> None:
    """Write the inventory YAML with mode 0600 (it holds passwords)."""
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    tmp = f"{path}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("# Written by `hvemu serve --inventory`: a test fleet; the passwords are the emulator's.\n")
        yaml.safe_dump(inventory, fh, sort_keys=False, default_flow_style=False)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
