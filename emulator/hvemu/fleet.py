"""The fleet: every emulated host, built from a fleet file (YAML) or a default mix.

A fleet file (documented in emulator/README.md, example in emulator/examples/fleet.yml):

    defaults: {users: {...}, transports: [winrm, psrp], overlay_facts_delay_s: 0.5}
    hosts:
      - name: hv01
        windows: ws2022          # ws2019 | ws2022 | ws2025
        kind: hyperv             # hyperv | vm
        parent: null             # vm: the Hyper-V host it runs on
        adapters: [{name, description, mac, speed, ipv4, ipv6, gateway, dns, dns_suffix, lbfo, state, forwarding}]
        vms: [{name, state, id, nics: [{name, switch, mac, ip_addresses}]}]   # two NICs may share a name
        features: {Containers: false}   # host.features; default all installed (Hyper-V-PowerShell: hyperv_module)
        seed: {docker_nat, flannel, calico, switches, netnat, routes, firewall_rules}

Errors name the host and the field: `fleet file: host 'hv01': adapters[0].ipv4: ...`.
"""

from __future__ import annotations

import ipaddress
import math
import uuid
from pathlib import Path

import yaml

from . import reachability
from .model import HostModel, hnsdoc, netcfg
from .model.hostnet import ACTIONS, DIRECTIONS, FEATURES, FIREWALL_GROUP, VM_STATES
from .model.versions import WINDOWS

HOST_KEYS = {
    "name",
    "windows",
    "kind",
    "parent",
    "hyperv_module",
    "language_mode",
    "process_bitness",
    "powershell_edition",
    "jea",
    "users",
    "transports",
    "adapters",
    "vms",
    "seed",
    "overlay_facts_delay_s",
    "hns_version",
    "features",
}
ADAPTER_KEYS = {"name", "description", "mac", "speed", "ipv4", "ipv6", "gateway", "dns", "dns_suffix", "lbfo", "state"}
ADAPTER_KEYS |= {"forwarding"}
# adapters[].state: what Get-NetAdapter's Status says and what the NIC's IP configuration reads as
# (hvemu/model/netcfg.py has the sources): up; unplugged (Status Disconnected: its IPv4 interface stays,
# no connection profile); disabled (Status Disabled: no IPv4 interface, no connection profile).
ADAPTER_STATES = {"up": netcfg.STATUS_UP, "unplugged": netcfg.STATUS_DISCONNECTED, "disabled": netcfg.STATUS_DISABLED}
UNBOUND_FIELDS = ("ipv4", "ipv6", "gateway", "dns", "dns_suffix")
SEED_KEYS = {"docker_nat", "flannel", "calico", "switches", "netnat", "routes", "firewall_rules"}
VM_KEYS = {"name", "state", "id", "nics"}
VM_NIC_KEYS = {"name", "switch", "mac", "ip_addresses"}
DEFAULT_USERS = {"Administrator": "Passw0rd!"}


class FleetError(ValueError):
    """A fleet file that cannot be loaded; the message names the host and field."""


class Fleet:
    """All hosts of one emulator instance."""

    def __init__(self, hosts: dict[str, HostModel] | None = None):
        self.hosts: dict[str, HostModel] = dict(hosts or {})
        self.state_dir: Path | None = None

    def attach_state_dir(self, path) -> None:
        """Persist each host to <path>/<host>.json: load what is there, save after every mutating call."""
        self.state_dir = Path(path)
        self.state_dir.mkdir(parents=True, exist_ok=True)
        for name, host in self.hosts.items():
            host.attach_state(self.state_dir / f"{name}.json")

    def reachability(self, src: str, dst: str) -> dict:
        """Whether traffic gets from ``src`` to ``dst``: {"reachable": bool, "reason": str}. The questions and
        the datapath rules (each citing its source) are in hvemu/reachability.py."""
        return reachability.ask(self, src, dst)

    def _endpoint(self, ref: str) -> dict:
        host_name, _, ep_name = ref.partition("/")
        host = self.hosts.get(host_name)
        if host is None:
            raise KeyError(f"no host {host_name!r}")
        for eid, ep in host.data["endpoints"].items():
            if ep_name.lower() in (str(ep["doc"].get("Name", "")).lower(), eid.lower()):
                found = host.network(ep["doc"]["HostComputeNetwork"])
                if found is None:
                    raise KeyError(f"{ref}: its network is gone")
                nid, net = found
                doc = ep["doc"]
                if not doc.get("IpConfigurations"):
                    raise KeyError(f"{ref}: the endpoint has no address")
                ip = ipaddress.ip_address(doc["IpConfigurations"][0]["IpAddress"])
                return {"ref": ref, "host": host, "doc": doc, "nid": nid, "net": net, "ip": ip}
        raise KeyError(f"no endpoint {ep_name!r} on {host_name}")


# ---- building -------------------------------------------------------------------------------
def _err(host: str, field: str, message: str) -> FleetError:
    return FleetError(f"fleet file: host {host!r}: {field}: {message}")


def _build_host(spec: dict, defaults: dict, index: int) -> HostModel:
    name = spec.get("name")
    if not isinstance(name, str) or not name:
        raise FleetError(f"fleet file: hosts[{index}]: name: required, a non-empty string")
    spec = {**defaults, **spec}
    unknown = set(spec) - HOST_KEYS
    if unknown:
        raise _err(name, sorted(unknown)[0], f"unknown field (known: {', '.join(sorted(HOST_KEYS))})")
    windows = spec.get("windows", "ws2022")
    if windows not in WINDOWS:
        raise _err(name, "windows", f"{windows!r} is not one of {', '.join(WINDOWS)}")
    kind = spec.get("kind", "hyperv")
    if kind not in ("hyperv", "vm"):
        raise _err(name, "kind", f"{kind!r} is not hyperv or vm")
    checks = {
        "hyperv_module": lambda v: isinstance(v, bool),
        "language_mode": lambda v: v in ("FullLanguage", "ConstrainedLanguage", "RestrictedLanguage", "NoLanguage"),
        "process_bitness": lambda v: v in (32, 64),
        "powershell_edition": lambda v: v in ("Desktop", "Core"),
        "jea": lambda v: isinstance(v, bool),
        "overlay_facts_delay_s": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0,
        "hns_version": lambda v: isinstance(v, (str, float)) and str(v).replace(".", "", 1).isdigit(),
        "parent": lambda v: v is None or isinstance(v, str),
        "features": lambda v: (
            v is None
            or (isinstance(v, dict) and set(v) <= set(FEATURES) and all(isinstance(x, bool) for x in v.values()))
        ),
    }
    settings = {}
    for key, ok in checks.items():
        if key in spec:
            if not ok(spec[key]):
                raise _err(name, key, f"bad value {spec[key]!r}")
            settings[key] = spec[key]
    users = spec.get("users", DEFAULT_USERS)
    if (
        not isinstance(users, dict)
        or not users
        or not all(isinstance(k, str) and isinstance(v, str) for k, v in users.items())
    ):
        raise _err(name, "users", "a mapping of user name to password")
    transports = spec.get("transports", ["winrm", "psrp"])
    if not isinstance(transports, list) or not set(transports) <= {"winrm", "psrp"} or not transports:
        raise _err(name, "transports", "a list drawn from winrm, psrp")
    host = HostModel(
        name,
        kind,
        windows=windows,
        parent=spec.get("parent"),
        users=users,
        transports=set(transports),
        settings={k: v for k, v in settings.items() if k != "parent"},
    )
    if "hns_version" in settings:
        host.settings["hns_version"] = str(settings["hns_version"])
    for i, adapter in enumerate(spec.get("adapters") or []):
        _add_adapter(host, adapter, i)
    return host


def _add_adapter(host: HostModel, spec: dict, i: int) -> None:
    field = f"adapters[{i}]"
    if not isinstance(spec, dict) or not isinstance(spec.get("name"), str):
        raise _err(host.name, field, "an adapter needs a name")
    unknown = set(spec) - ADAPTER_KEYS
    if unknown:
        raise _err(host.name, f"{field}.{sorted(unknown)[0]}", "unknown field")
    if host.adapter_by_name(spec["name"]):
        raise _err(host.name, f"{field}.name", f"duplicate adapter {spec['name']!r}")
    state = spec.get("state", "up")
    if state not in ADAPTER_STATES:
        raise _err(host.name, f"{field}.state", f"{state!r} is not one of {', '.join(ADAPTER_STATES)}")
    if state == "disabled":
        given = [key for key in UNBOUND_FIELDS if spec.get(key)]
        if given:
            raise _err(
                host.name,
                f"{field}.{given[0]}",
                "a disabled adapter has no IP interface, so Windows shows no IP configuration for it; drop it",
            )
    # adapters[].forwarding: the interface's IPv4 Forwarding as the host starts (Get-NetIPInterface -AddressFamily
    # IPv4 Forwarding), default false. Sources: Set-NetIPInterface's -Forwarding takes Enabled|Disabled and its page
    # states no default (MicrosoftDocs/windows-powershell-docs docset/winserver2022-ps/nettcpip/Set-NetIPInterface.md);
    # flannel finds it Disabled and turns it on per interface (pkg/ip/iface_windows.go EnableForwardingForInterface,
    # model/hostnet.py). An interface reads Enabled where something turned it on before: an admin's or another
    # tool's Set-NetIPInterface -Forwarding Enabled (PowerShell/NetworkingDsc's NetIPInterface resource has
    # Forwarding = 'Enabled' in its examples; admin scripts enable it on every vEthernet adapter), or routing software
    # such as RRAS (not verified here). The collection must then neither record nor restore it
    # (docs/design/host-objects.md section 3: only what it turned on is turned off again).
    forwarding = spec.get("forwarding", False)
    if not isinstance(forwarding, bool):
        raise _err(host.name, f"{field}.forwarding", f"must be true or false, got {forwarding!r}")
    if forwarding and state == "disabled":
        raise _err(host.name, f"{field}.forwarding", "a disabled adapter has no IPv4 interface to forward on")
    for key in ("ipv4", "ipv6"):
        if spec.get(key) is not None:
            try:
                iface = ipaddress.ip_interface(spec[key])
            except ValueError:
                raise _err(
                    host.name, f"{field}.{key}", f"{spec[key]!r} is not an address with a prefix length"
                ) from None
            if iface.version != (4 if key == "ipv4" else 6) or "/" not in str(spec[key]):
                raise _err(host.name, f"{field}.{key}", f"{spec[key]!r} is not an IPv{key[-1]} address/prefix")
    dns = spec.get("dns") or []
    if isinstance(dns, str):
        dns = [dns]
    for key, values in (("gateway", [spec["gateway"]] if spec.get("gateway") else []), ("dns", dns)):
        for value in values:
            try:
                ipaddress.ip_address(value)
            except ValueError:
                raise _err(host.name, f"{field}.{key}", f"{value!r} is not an IP address") from None
    mac = spec.get("mac") or netcfg.hyperv_mac(f"{host.name}/nic/{spec['name']}")
    if len(hnsdoc.normalise_mac(mac)) != 17:
        raise _err(host.name, f"{field}.mac", f"{mac!r} is not a MAC address")
    mac = hnsdoc.normalise_mac(mac)
    if state == "disabled":
        ip = netcfg.unbound_ip()  # no IPv4 interface, no connection profile (sources: hvemu/model/netcfg.py)
    else:
        ip = netcfg.static_ip(spec.get("ipv4"), spec.get("gateway"), dns, mac, spec.get("ipv6"))
        ip["DnsSuffix"] = spec.get("dns_suffix")
        if state == "unplugged":
            # The IPv4 interface and what is configured on it stay (Get-NetIPInterface lists disconnected
            # interfaces); without a link NLA identifies no network, so there is no connection profile, and
            # there is no DHCP lease (a modelling choice: no 169.254.x.y either). Sources: netcfg.
            ip["NetworkCategory"] = None
    default_desc = (
        "Microsoft Hyper-V Network Adapter" if host.kind == "vm" else "Intel(R) Ethernet Controller X710 for 10GbE SFP+"
    )
    desc = spec.get("description") or default_desc
    if any(a["description"] == desc for a in host.data["adapters"]):
        desc = f"{desc} #{1 + sum(1 for a in host.data['adapters'] if a['description'].startswith(desc))}"
    adapter = host.add_adapter(
        spec["name"],
        desc,
        mac,
        ip,
        spec.get("speed", "10 Gbps"),
        lbfo=bool(spec.get("lbfo", False)),
        status=ADAPTER_STATES[state],
    )
    if forwarding:
        adapter["forwarding"] = True  # absent = Disabled (model/netcfg.py)


def _seed(host: HostModel, seed: dict, index: int) -> None:
    """Foreign objects: none in the ledger, switches without the ownership tag."""
    unknown = set(seed) - SEED_KEYS
    if unknown:
        raise _err(host.name, f"seed.{sorted(unknown)[0]}", f"unknown seed (known: {', '.join(sorted(SEED_KEYS))})")
    try:
        for i, sw in enumerate(seed.get("switches") or []):
            if not host.hyperv_module:
                raise _err(host.name, f"seed.switches[{i}]", "this host has no Hyper-V module")
            args = {"name": sw["name"], "switch_type": sw.get("type", "External" if sw.get("adapters") else "Internal")}
            if sw.get("adapters"):
                args["net_adapter_names"] = list(sw["adapters"])
                args["allow_management_os"] = bool(sw.get("allow_management_os", True))
            if sw.get("notes"):
                args["notes"] = sw["notes"]
            host.op_switch_create(args)
        for i, nat in enumerate(seed.get("netnat") or []):
            ipaddress.ip_network(nat["prefix"], strict=False)
            host.data["netnat"].append(
                {"Name": nat.get("name", f"NAT{i}"), "InternalIPInterfaceAddressPrefix": nat["prefix"], "owner": None}
            )
        for route in seed.get("routes") or []:
            # a route someone else made (not in the ledger): {interface, destination_prefix, next_hop}
            adapter = host.ipv4_interface(route["interface"], "New-NetRoute")
            host.new_net_route(adapter, route["destination_prefix"], route["next_hop"])
        for rule in seed.get("firewall_rules") or []:
            # a rule someone else made: {name, group (default hyperv.network), display_name, direction,
            # protocol, local_port, remote_addresses, action}
            host.new_firewall_rule(
                {
                    "Name": rule["name"],
                    "DisplayName": rule.get("display_name", rule["name"]),
                    "Group": rule.get("group", FIREWALL_GROUP),
                    "Enabled": bool(rule.get("enabled", True)),
                    "Direction": DIRECTIONS[rule.get("direction", "Inbound")],
                    "Action": ACTIONS[rule.get("action", "Allow")],
                    "Protocol": rule.get("protocol", "UDP"),
                    "LocalPort": [str(rule.get("local_port", 4789))],
                    "RemoteAddress": [str(a) for a in rule.get("remote_addresses") or []] or ["Any"],
                }
            )
        docker = seed.get("docker_nat")
        if docker:
            prefix = ipaddress.ip_network(
                docker.get("prefix", "172.26.64.0/20") if isinstance(docker, dict) else "172.26.64.0/20"
            )
            gw = str(next(prefix.hosts()))
            _foreign_network(
                host,
                "docker-nat",
                {
                    "Name": "nat",
                    "Type": "NAT",
                    "Ipams": [
                        {
                            "Type": "Static",
                            "Subnets": [
                                {
                                    "IpAddressPrefix": str(prefix),
                                    "Routes": [{"NextHop": gw, "DestinationPrefix": "0.0.0.0/0"}],
                                }
                            ],
                        }
                    ],
                },
            )
        flannel = seed.get("flannel")
        if flannel:
            cfg = flannel if isinstance(flannel, dict) else {}
            subnet = ipaddress.ip_network(cfg.get("subnet", f"10.244.{index + 1}.0/24"))
            vni = int(cfg.get("vni", 4096))
            adapter = cfg.get("adapter") or host.physical_adapters()[0]["name"]
            pol = [{"Type": "NetAdapterName", "Settings": {"NetworkAdapterName": adapter}}]
            _foreign_network(
                host,
                "flannel-ext",
                {
                    "Name": "External",
                    "Type": "Overlay",
                    "Policies": pol,
                    "Ipams": [
                        {
                            "Subnets": [
                                {
                                    "IpAddressPrefix": "192.168.255.0/30",
                                    "Routes": [{"NextHop": "192.168.255.1", "DestinationPrefix": "0.0.0.0/0"}],
                                    "Policies": [{"Type": "VSID", "Settings": {"IsolationId": 9999}}],
                                }
                            ]
                        }
                    ],
                },
            )
            gw = str(next(subnet.hosts()))
            nid = _foreign_network(
                host,
                "flannel",
                {
                    "Name": "vxlan0",
                    "Type": "Overlay",
                    "Policies": pol,
                    "Ipams": [
                        {
                            "Subnets": [
                                {
                                    "IpAddressPrefix": str(subnet),
                                    "Routes": [{"NextHop": gw, "DestinationPrefix": "0.0.0.0/0"}],
                                    "Policies": [{"Type": "VSID", "Settings": {"IsolationId": vni}}],
                                }
                            ]
                        }
                    ],
                },
            )
            cid = uuid.uuid5(uuid.NAMESPACE_URL, f"{host.name}/flannel/container").hex
            _foreign_endpoint(host, nid, f"{cid}_cbr0")
        calico = seed.get("calico")
        if calico:
            cfg = calico if isinstance(calico, dict) else {}
            ctype = cfg.get("type", "L2Bridge")
            subnet = ipaddress.ip_network(cfg.get("subnet", f"10.245.{index + 1}.0/26"))
            gw = str(next(subnet.hosts()))
            sub = {"IpAddressPrefix": str(subnet), "Routes": [{"NextHop": gw, "DestinationPrefix": "0.0.0.0/0"}]}
            if ctype == "Overlay":
                sub["Policies"] = [{"Type": "VSID", "Settings": {"IsolationId": int(cfg.get("vni", 4097))}}]
            nid = _foreign_network(host, "calico", {"Name": "Calico", "Type": ctype, "Ipams": [{"Subnets": [sub]}]})
            _foreign_endpoint(host, nid, "Calico_ep")
    except (KeyError, TypeError, ValueError) as exc:
        raise _err(host.name, "seed", f"{type(exc).__name__}: {exc}") from None
    except Exception as exc:  # a ModelError: the seed contradicts the host
        raise _err(
            host.name, "seed", getattr(exc, "message", str(exc)) + " " + str(getattr(exc, "detail", "") or "")
        ) from None


def _foreign_network(host: HostModel, seed: str, doc: dict) -> str:
    nid = netcfg.new_guid(f"{host.name}/seed/{seed}").upper()
    host.op_hcn_network_create({"id": nid, "settings": hnsdoc.dumps(doc)})
    host.ledger_remove("network", nid)
    host.created_at[nid] = 0.0  # seeded long ago: overlay facts present
    return nid


def _foreign_endpoint(host: HostModel, nid: str, name: str) -> None:
    eid = netcfg.new_guid(f"{host.name}/seed/ep/{name}").upper()
    host.op_hcn_endpoint_create({"id": eid, "network_id": nid, "settings": hnsdoc.dumps({"Name": name})})
    host.ledger_remove("endpoint", eid)


def build_fleet(data: dict) -> Fleet:
    """A Fleet from the parsed fleet file."""
    if not isinstance(data, dict) or not isinstance(data.get("hosts"), list) or not data["hosts"]:
        raise FleetError("fleet file: needs a non-empty 'hosts' list")
    defaults = data.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise FleetError("fleet file: defaults: must be a mapping")
    fleet = Fleet()
    for i, spec in enumerate(data["hosts"]):
        if not isinstance(spec, dict):
            raise FleetError(f"fleet file: hosts[{i}]: must be a mapping")
        host = _build_host(spec, defaults, i)
        if host.name in fleet.hosts:
            raise _err(host.name, "name", "duplicate host name")
        fleet.hosts[host.name] = host
    for i, spec in enumerate(data["hosts"]):
        host = fleet.hosts[spec["name"]]
        if host.kind == "vm" and host.parent is not None:
            parent = fleet.hosts.get(host.parent)
            if parent is None or parent.kind != "hyperv":
                raise _err(host.name, "parent", f"{host.parent!r} is not a hyperv host of this fleet")
        if spec.get("seed"):
            if not isinstance(spec["seed"], dict):
                raise _err(host.name, "seed", "must be a mapping")
            _seed(host, spec["seed"], i)
        for j, vm in enumerate(spec.get("vms") or []):
            _add_vm(host, vm, j)
    for host in fleet.hosts.values():
        host.hidden_ids.clear()
        host.guest_ips = _guest_ips(fleet, host)
    return fleet


def _guest_ips(fleet: Fleet, host: HostModel):
    """What Hyper-V reports as a VM NIC's IPAddresses: the addresses of the guest's interface that carries
    the NIC's MAC (IPv4 first, then IPv6, as Get-VMNetworkAdapter lists them), when the guest is a fleet host
    (a VM of this host by name)."""

    def lookup(vm_name: str, mac: str) -> list[str]:
        guest = fleet.hosts.get(vm_name)
        if guest is None or guest.parent != host.name:
            return []
        want = hnsdoc.normalise_mac(mac)
        for adapter in guest.data["adapters"]:  # the NIC, or the vNIC that took its configuration (same MAC)
            ip = adapter["ip"]
            if hnsdoc.normalise_mac(adapter["mac"]) == want and (ip.get("IPv4") or ip.get("IPv6")):
                return [e["IPAddress"] for e in ip.get("IPv4") or []] + [e["IPAddress"] for e in ip.get("IPv6") or []]
        return []

    return lookup


def _add_vm(host: HostModel, vm, j: int) -> None:
    """One VM of a fleet file's vms list: Get-VM's Name, Id, State, and its NICs."""
    if host.kind != "hyperv":
        raise _err(host.name, "vms", "only hyperv hosts run VMs")
    if not isinstance(vm, dict) or not isinstance(vm.get("name"), str):
        raise _err(host.name, f"vms[{j}].name", "required")
    unknown = set(vm) - VM_KEYS
    if unknown:
        raise _err(host.name, f"vms[{j}].{sorted(unknown)[0]}", f"unknown field (known: {', '.join(sorted(VM_KEYS))})")
    state = vm.get("state", "running")
    if state not in VM_STATES:
        raise _err(host.name, f"vms[{j}].state", f"{state!r} is not one of {', '.join(VM_STATES)}")
    vm_id = vm.get("id")
    if vm_id is not None:
        try:
            vm_id = str(uuid.UUID(str(vm_id)))
        except ValueError:
            raise _err(host.name, f"vms[{j}].id", f"{vm_id!r} is not a GUID") from None
    if host.vm_by_name(vm["name"]) is not None:
        raise _err(host.name, f"vms[{j}].name", f"duplicate VM {vm['name']!r}")
    host.add_vm(vm["name"], state, vm_id)
    for k, nic in enumerate(vm.get("nics") or [{"name": "Network Adapter"}]):
        field = f"vms[{j}].nics[{k}]"
        if not isinstance(nic, dict):
            raise _err(host.name, field, "must be a mapping")
        unknown = set(nic) - VM_NIC_KEYS
        if unknown:
            raise _err(host.name, f"{field}.{sorted(unknown)[0]}", "unknown field")
        switch = nic.get("switch")
        if switch is not None and host.switch_by_name(switch) is None:
            raise _err(host.name, f"{field}.switch", f"no switch {switch!r} on this host (seed it)")
        ips = nic.get("ip_addresses") or []
        for value in ips:
            try:
                ipaddress.ip_address(value)
            except ValueError:
                raise _err(host.name, f"{field}.ip_addresses", f"{value!r} is not an IP address") from None
        mac = nic.get("mac") or netcfg.hyperv_mac(f"{host.name}/vm/{vm['name']}/{k}")
        host.add_vm_nic(vm["name"], nic.get("name", "Network Adapter"), switch, mac, ips)


def load_fleet(path) -> Fleet:
    """Load and validate a fleet file (YAML)."""
    try:
        data = yaml.safe_load(Path(path).read_text())
    except yaml.YAMLError as exc:
        raise FleetError(f"fleet file {path}: not YAML: {exc}") from None
    return build_fleet(data)


def _host_lan(i: int) -> tuple[int, int]:
    """Second and third octet of Hyper-V host i's management LAN (its VM LAN is third + 1)."""
    return 11 + (i - 1) % 245, 2 * ((i - 1) // 245)


def default_fleet(n: int) -> Fleet:
    """A mixed fleet of n hosts: about 2/3 Hyper-V hosts hv01.. (ws2022/ws2025), 1/3 container VMs
    vm01.. spread over them. Each Hyper-V host has a management NIC `Ethernet` (10.<10+i>.0.21/24)
    and a VM NIC `Ethernet 2` (10.<10+i>.1.21/24) carrying the foreign External switch `VMs`
    (not shared with the host); each VM sits on its parent's `Ethernet 2` LAN. Past 245 Hyper-V
    hosts the second octet wraps and the third moves on by two (10.11.2.0/24, 10.11.3.0/24, ...),
    so any fleet size gets distinct LANs; VM addresses wrap within .101-.250 the same way."""
    if n < 1:
        raise ValueError("a fleet needs at least one host")
    n_hv = max(1, math.ceil(n * 2 / 3))
    n_vm = n - n_hv
    hosts = []
    children: dict[str, list[str]] = {}
    for i in range(1, n_hv + 1):
        name = f"hv{i:02d}"
        lan, third = _host_lan(i)
        hosts.append(
            {
                "name": name,
                "kind": "hyperv",
                "windows": "ws2022" if i % 2 else "ws2025",
                "adapters": [
                    {
                        "name": "Ethernet",
                        "ipv4": f"10.{lan}.{third}.21/24",
                        "gateway": f"10.{lan}.{third}.1",
                        "dns": [f"10.{lan}.{third}.2"],
                        "dns_suffix": "lab.example",
                    },
                    {"name": "Ethernet 2", "ipv4": f"10.{lan}.{third + 1}.21/24", "dns": [f"10.{lan}.{third}.2"]},
                ],
            }
        )
        children[name] = []
    for j in range(1, n_vm + 1):
        parent = f"hv{(j - 1) % n_hv + 1:02d}"
        lan, third = _host_lan(int(parent[2:]))
        name = f"vm{j:02d}"
        children[parent].append(name)
        hosts.append(
            {
                "name": name,
                "kind": "vm",
                "parent": parent,
                "windows": "ws2022",
                "hyperv_module": False,
                "adapters": [
                    {
                        "name": "Ethernet",
                        "ipv4": f"10.{lan}.{third + 1}.{100 + (j - 1) % 150 + 1}/24",
                        "gateway": f"10.{lan}.{third + 1}.1",
                        "dns": [f"10.{lan}.{third}.2"],
                        "mac": netcfg.hyperv_mac(f"{parent}/vm/{name}/0"),
                    }
                ],
            }
        )
    for spec in hosts:
        if spec["kind"] == "hyperv" and children[spec["name"]]:
            spec["seed"] = {"switches": [{"name": "VMs", "adapters": ["Ethernet 2"], "allow_management_os": False}]}
            spec["vms"] = [
                {"name": vm, "nics": [{"name": "Network Adapter", "switch": "VMs"}]} for vm in children[spec["name"]]
            ]
    return build_fleet({"hosts": hosts})
