"""The reachability oracle of the fleet (Fleet.reachability): whether traffic gets from one place to
another, judged from what is programmed on the emulated hosts. Every rule cites its source; where the
sources say what reference clients do but not what Windows does without it, the rule says so.

Questions (Fleet.reachability; the control API's /_hvemu/reachability takes the same strings):
- container to container: "<host>/<endpoint>" to "<host>/<endpoint>";
- container to outside: dst "outside";
- to a published host port: dst "<host>:<port>[/tcp|udp]" (any address of the host) or
  "<IPv4 or [IPv6] address>:<port>[/proto]" (that address of a fleet host), src "outside" or a container;
- outside to a container's own address: src "outside", dst "<host>/<endpoint>";
- container to a host's own LAN address: dst "<host>" (review 3 O6/O7).
An answer is for an exchange, a request and its reply: a routed path needs its routes both ways.
"""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING

from .model import HostModel, hnsdoc, netcfg
from .model.names import win_key

if TYPE_CHECKING:
    from .fleet import Fleet


def ask(fleet: Fleet, src: str, dst: str) -> dict:
    """Answer one question (the forms are in the module docstring): {"reachable": bool, "reason": str}."""
    try:
        target = dst.strip()
        if target.lower() == "outside":
            return _outside(fleet, fleet._endpoint(src))
        port_form = ":" in target.split("/", 1)[0]  # "<host or address>:<port>[/proto]"
        if src.strip().lower() == "outside" and not port_form:
            return _inbound(fleet=fleet, b=fleet._endpoint(dst))
        if port_form:
            if src.strip().lower() != "outside":
                out = _outside(fleet, fleet._endpoint(src))
                if not out["reachable"]:
                    return out
            return _host_port(fleet, target)
        if "/" not in target:
            return _to_host(fleet, fleet._endpoint(src), target)
        a = fleet._endpoint(src)
        b = fleet._endpoint(dst)
    except KeyError as exc:
        return {"reachable": False, "reason": str(exc.args[0])}
    return _reach(fleet, a, b)


# ---- reachability ---------------------------------------------------------------------------
def _subnet_policy(ep: dict, ptype: str) -> int | None:
    subnet = ep["host"]._subnet_for(ep["net"], str(ep["ip"]))
    return hnsdoc.subnet_isolation(subnet, ptype) if subnet else None


def _route_to(src: dict, dst: dict, dst_facts: dict, vsid: int) -> str | None:
    """None when src's network has a RemoteSubnetRoute for dst, else what is wrong."""
    for pol in hnsdoc.policies_of(src["net"]["doc"], "RemoteSubnetRoute"):
        s = pol.get("Settings") or {}
        try:
            covers = dst["ip"] in ipaddress.ip_network(s.get("DestinationPrefix", ""), strict=False)
        except ValueError:
            continue
        if not covers:
            continue
        if s.get("IsolationId") != vsid:
            where = f"{src['ref']}: the route to {s['DestinationPrefix']}"
            return f"{where} has IsolationId {s.get('IsolationId')}, not VSID {vsid}"
        if s.get("ProviderAddress") != dst_facts.get("ProviderAddress"):
            return (
                f"{src['ref']}: the route to {s['DestinationPrefix']} points at provider address "
                f"{s.get('ProviderAddress')}, {dst['host'].name} has {dst_facts.get('ProviderAddress')}"
            )
        if hnsdoc.normalise_mac(s.get("DistributedRouterMacAddress", "")) != hnsdoc.normalise_mac(
            dst_facts.get("DrMacAddress", "")
        ):
            return f"{src['ref']}: the route to {s['DestinationPrefix']} names DR MAC {s.get('DistributedRouterMacAddress')}, not {dst_facts.get('DrMacAddress')}"  # noqa: E501
        return None
    return f"{src['ref']}: no RemoteSubnetRoute on network {src['net']['doc']['Name']!r} covers {dst['ip']}"


def _lan_of(host: HostModel, adapter_name: str | None):
    adapter = host.adapter_by_name(adapter_name) if adapter_name else None
    ip = host.host_ipv4_of(adapter) if adapter else None
    static = netcfg.static_ipv4(ip) if ip else None
    if static is None and adapter and adapter.get("stash"):
        static = netcfg.static_ipv4(adapter["stash"])  # a NIC given to a switch keeps its LAN
    if static is None:
        return None
    return ipaddress.ip_interface(f"{static['IPAddress']}/{static['PrefixLength']}").network


def _vm_nic_problem(fleet: Fleet, ep: dict) -> tuple[str | None, int]:
    """For an endpoint on a container VM: (problem with the parent's VM NIC, its access VLAN).

    The VM NIC is the one carrying the MAC of the guest NIC the network uses (a VM may have several NICs,
    even of one name: review 3 finding 6). MAC address spoofing is needed for Transparent only (review 3 O5):
    MS docs container-networking/network-drivers-topologies.md, transparent: "When this mode is used in a
    virtualization scenario (container host is a VM) _MAC address spoofing is required_"; l2bridge: "container
    network traffic will have the same MAC address as the host due to Layer-2 address translation (MAC
    re-write) operation on ingress and egress", so the parent's switch only sees the VM's own MAC.
    """
    host = ep["host"]
    if host.kind != "vm" or not host.parent or host.parent not in fleet.hosts:
        return None, 0
    parent = fleet.hosts[host.parent]
    nics = [n for n in parent.data["vm_nics"] if win_key(n["VMName"]) == win_key(host.name)]
    if not nics:
        return f"{host.name}: no VM NIC on parent {parent.name}", 0
    guest = host.adapter_by_name(ep["net"].get("adapter") or "")
    mac = hnsdoc.normalise_mac(guest["mac"]) if guest else None
    nic = next((n for n in nics if hnsdoc.normalise_mac(n["MacAddress"]) == mac), nics[0])
    if nic["SwitchName"] is None:
        return f"{host.name}: its VM NIC on {parent.name} is not connected to a switch", 0
    if ep["net"]["doc"].get("Type") == "Transparent" and nic["MacAddressSpoofing"] != 1:
        return (
            f"{host.name}: MAC address spoofing is off on its VM NIC on {parent.name} (Transparent container MACs "
            "are dropped)",
            0,
        )
    return None, nic["AccessVlanId"] if nic["VlanOperationMode"] == 1 else 0


def _policy(ep: dict, ptype: str) -> dict | None:
    found = hnsdoc.policies_of(ep["doc"], ptype)
    return (found[0].get("Settings") or {}) if found else None


def _default_gateway(ep: dict):
    for r in ep["doc"].get("Routes") or []:
        if r.get("DestinationPrefix") in ("0.0.0.0/0", "::/0") and r.get("NextHop"):
            try:
                return ipaddress.ip_address(r["NextHop"])
            except ValueError:
                return None
    return None


def _on_lan(ep: dict) -> bool:
    """Microsoft's "configuration 1": the container's address and gateway lie in its host's LAN subnet."""
    lan = _lan_of(ep["host"], ep["net"].get("adapter"))
    gw = _default_gateway(ep)
    return lan is not None and ep["ip"] in lan and (gw is None or gw in lan)


def _host_gateway(ep: dict) -> dict | None:
    """The endpoint on the endpoint's network that sits in the host's default compartment (compartment 1) and
    can act as its gateway: {"id", "doc", "ip", "vnic"} or None.

    MS docs container-networking/network-drivers-topologies.md (l2bridge): "In configuration 2 users will need
    to add a endpoint on the host network compartment that acts as a gateway and configure routing capabilities
    for the designated prefix"; flannel pkg/backend/hostgw/hostgw_windows.go creates "<net>_ep" and
    HostAttach(1)es it (v1 POST /endpoints/<id>/attach, hcsshim internal/hns/hnsendpoint.go); hvemu makes its
    host vNIC (model/hostnet.py). In HCN v2 only a HostDefault namespace is compartment 1 (review 3 O1): hcsshim
    hcn/hcnnamespace.go "NamespaceTypeHost are host namespaces. NamespaceTypeHostDefault are host namespaces in
    the default compartment"; cmd/ncproxy/hcn_networking_test.go creates "a (host) namespace other than the
    HostDefault" to tell them apart. A Host namespace is a container's compartment and does not count.
    """
    host = ep["host"]
    for eid, other in host.data["endpoints"].items():
        doc = other["doc"]
        if str(doc.get("HostComputeNetwork", "")).lower() != ep["nid"].lower() or eid == ep["doc"].get("ID"):
            continue
        confs = doc.get("IpConfigurations") or []
        ip = ipaddress.ip_address(confs[0]["IpAddress"]) if confs else None
        vnic = host.attached_vnic(eid)
        if vnic is not None:
            return {"id": eid, "doc": doc, "ip": ip, "vnic": vnic}
        ns_id = str(doc.get("HostComputeNamespace") or "").lower()
        ns = next((v for k, v in host.data["namespaces"].items() if k.lower() == ns_id), None) if ns_id else None
        if ns and ns["doc"].get("Type") == "HostDefault":
            return {"id": eid, "doc": doc, "ip": ip, "vnic": None}
    return None


def _mgmt_if(host: HostModel, adapter_name: str | None) -> dict | None:
    """The interface holding the host's LAN address on the network's adapter: the NIC, or after the switch
    took it, the management vNIC `vEthernet (<adapter>)` (flannel waits for the interface that holds the
    management IP; review 3 design step 2)."""
    adapter = host.adapter_by_name(adapter_name) if adapter_name else None
    if adapter is None:
        return None
    if adapter.get("switch_id"):
        vnic = host.vnic_of(adapter["switch_id"])
        return vnic if vnic and vnic["mac"] == adapter["mac"] and netcfg.static_ipv4(vnic["ip"]) else None
    return adapter if netcfg.static_ipv4(adapter["ip"]) else None


def _address_of(iface: dict):
    static = netcfg.static_ipv4(iface["ip"])
    return ipaddress.ip_interface(f"{static['IPAddress']}/{static['PrefixLength']}") if static else None


def _per_host_problem(ep: dict) -> str | None:
    """What an L2Bridge container on its own subnet (configuration 2, flannel host-gw) lacks on its host to
    leave that subnet, or None (review 3 O2, O3; design steps 4-6):
    - an endpoint attached to the host (compartment 1) on the network (_host_gateway);
    - the container's default gateway is that endpoint's address: containernetworking/plugins
      win-bridge_windows.go "Calculate gateway for bridge network (needs to be x.2)"; microsoft/SDN helper.psm1
      Get-PodEndpointGateway ".2" while .1 "is reserved" (review 3 finding 1);
    - no default route on the gateway endpoint's vNIC: SDN start-kubelet.ps1 New-HnsEndpoint ... -Gateway
      "0.0.0.0"; flannel gives the bridge endpoint no GatewayAddress (review 3 finding 2);
    - IPv4 forwarding on that vNIC and on the management vNIC: flannel hostgw_windows.go
      ip.EnableForwardingForInterface on both; SDN `netsh int ipv4 set int "vEthernet (cbr0)" for=en`.
    """
    host = ep["host"]
    gw_ep = _host_gateway(ep)
    if gw_ep is None:
        return (
            f"{ep['ref']}: its subnet has no host-compartment gateway endpoint on {host.name} (no endpoint of "
            "the network is attached to the host; an L2Bridge network makes no host vNIC)"
        )
    gw = _default_gateway(ep)
    if gw is None or gw != gw_ep["ip"]:
        return (
            f"{ep['ref']}: its default gateway is {gw}, not {gw_ep['ip']}, the address of the gateway endpoint "
            f"{gw_ep['doc'].get('Name')!r} attached to {host.name}"
        )
    vnic = gw_ep["vnic"]
    if vnic is None:
        return (
            f"{ep['ref']}: the gateway endpoint {gw_ep['doc'].get('Name')!r} is in the HostDefault namespace; hvemu "
            "models the host vNIC of the v1 host attach only"
        )
    default = [r for r in host.routes_of(vnic) if r["DestinationPrefix"] == "0.0.0.0/0"]
    if default:
        return (
            f"{host.name}: {vnic['name']} has a default route via {default[0]['NextHop']} (the gateway endpoint must "
            "carry none: the host's own traffic would follow it)"
        )
    if not vnic.get("forwarding"):
        return f"{host.name}: IPv4 forwarding is off on {vnic['name']} (the gateway endpoint's vNIC)"
    mgmt = _mgmt_if(host, ep["net"].get("adapter"))
    if mgmt is None:
        return f"{host.name}: no interface holds its LAN address on {ep['net'].get('adapter')!r}"
    if not mgmt.get("forwarding"):
        return f"{host.name}: IPv4 forwarding is off on {mgmt['name']} (the management vNIC)"
    return None


def _best_route(host: HostModel, ip) -> dict | None:
    """The route Windows picks for ip: the longest prefix among the ActiveStore routes (route_rows) and each
    interface's own subnets (on-link, NextHop 0.0.0.0); lower RouteMetric on a tie."""
    rows = list(host.route_rows())
    for adapter in host.data["adapters"]:
        if adapter.get("status", netcfg.STATUS_UP) != netcfg.STATUS_UP or not netcfg.has_ipv4_interface(adapter["ip"]):
            continue
        for entry in adapter["ip"].get("IPv4") or []:
            net = ipaddress.ip_interface(f"{entry['IPAddress']}/{entry['PrefixLength']}").network
            rows.append(host._route_row(adapter, str(net), "0.0.0.0", 256))
    best = None
    for row in rows:
        net = ipaddress.ip_network(row["DestinationPrefix"])
        if ip not in net:
            continue
        key = (net.prefixlen, -row["RouteMetric"])
        if best is None or key > best[0]:
            best = (key, row)
    return best[1] if best else None


def _host_route_problem(host: HostModel, dst, via) -> str | None:
    """On host, the route to dst goes via the other host's LAN address `via`, on-link (flannel
    pkg/routing/router_windows.go CreateRoute with GetRoute {DestinationSubnet: lease subnet, GatewayAddress:
    PublicIP, InterfaceIndex: the management interface}; host-gw needs every member on-link: hostgw_windows.go
    New "not supported by host-gw backend")."""
    row = _best_route(host, dst)
    if row is None:
        return f"{host.name}: no host route to {dst} (it needs one via {via})"
    if row["NextHop"] != str(via):
        return (
            f"{host.name}: no host route to {dst} via {via}: the best route is {row['DestinationPrefix']} via "
            f"{row['NextHop']} on {row['InterfaceAlias']}"
        )
    iface = host.adapter_by_index(row["InterfaceIndex"])
    if not any(
        via in ipaddress.ip_interface(f"{e['IPAddress']}/{e['PrefixLength']}").network
        for e in (iface["ip"].get("IPv4") or [] if iface else [])
    ):
        where = f"{row['DestinationPrefix']} via {via}"
        return f"{host.name}: the host route to {where} is not on-link on {row['InterfaceAlias']}"
    return None


def _nat_excepts(ep: dict, ip) -> bool:
    """ip is in the OutBoundNAT policy's exceptions (v2 Exceptions, v1 ExceptionList): not translated."""
    pol = _policy(ep, "OutBoundNAT") or {}
    for prefix in (pol.get("Exceptions") or []) + (pol.get("ExceptionList") or []):
        try:
            if ip in ipaddress.ip_network(prefix, strict=False):
                return True
        except ValueError:
            continue
    return False


def _uplink(host: HostModel, exclude_switch: str | None = None) -> bool:
    """The host has an address on a NIC that is up (what NAT and OutBoundNAT translate to)."""
    return any(
        netcfg.static_ipv4(x["ip"]) or x["ip"].get("Dhcp")
        for x in host.data["adapters"]
        if x["ip"].get("IPv4")
        and x.get("status", netcfg.STATUS_UP) == netcfg.STATUS_UP  # an unplugged NIC carries nothing
        and x["kind"] in ("physical", "host_vnic")
        and not str(x["ip"]["IPv4"][0]["IPAddress"]).startswith("169.254.")
        and (exclude_switch is None or x["switch_id"] != exclude_switch)
    )


def _pa_problem(ep: dict, facts: dict) -> str | None:
    """hns 4 / E9: a local overlay endpoint carries a ProviderAddress policy naming its host's PA.

    containernetworking/plugins win-overlay cmdHcnAdd: ApplyDefaultPAPolicy(providerAddress) on every endpoint;
    projectcalico cni-plugin dataplane_windows.go (vxlan) appends hcn.NetworkProviderAddress. What HNS does
    without it is unverified (hns-review finding 4): the oracle follows the reference clients.
    """
    if int(ep["doc"].get("Flags", 0) or 0) & hnsdoc.ENDPOINT_FLAG_REMOTE:
        return None
    pa = _policy(ep, "ProviderAddress")
    if pa is None:
        return f"{ep['ref']}: the endpoint has no ProviderAddress policy (the overlay cannot encapsulate its traffic)"
    if facts.get("ProviderAddress") and pa.get("ProviderAddress") != facts["ProviderAddress"]:
        return (
            f"{ep['ref']}: its ProviderAddress policy names {pa.get('ProviderAddress')}, "
            f"the host's provider address is {facts['ProviderAddress']}"
        )
    return None


def _outside(fleet: Fleet, a: dict) -> dict:
    """Container to a host beyond the LANs (the internet): through NAT, OutBoundNAT or the LAN's own router."""
    ta, host = a["net"]["doc"]["Type"], a["host"]
    if ta == "NAT":
        # WinNAT translates the NAT prefix to the host's address (MS docs network-drivers-topologies.md, NAT).
        if not any(
            a["ip"] in ipaddress.ip_network(n["InternalIPInterfaceAddressPrefix"], strict=False)
            for n in host.data["netnat"]
        ):
            return {"reachable": False, "reason": f"{a['ref']}: no WinNAT prefix on {host.name} covers {a['ip']}"}
        if not _uplink(host, a["net"].get("switch_id")):
            return {"reachable": False, "reason": f"{host.name} has no uplink address for NAT"}
        return {"reachable": True, "reason": f"WinNAT on {host.name}"}
    if ta in ("Transparent", "L2Bridge"):
        problem, _ = _vm_nic_problem(fleet, a)
        if problem:
            return {"reachable": False, "reason": problem}
        if _on_lan(a):
            # Transparent: "containers ... directly connected to the physical network"; l2bridge configuration 1
            # (network-drivers-topologies.md): the LAN's own gateway routes them.
            return {"reachable": True, "reason": f"{a['ref']} is on {host.name}'s LAN; the LAN gateway routes it"}
        if ta == "Transparent":
            return {"reachable": False, "reason": f"{a['ref']}: {a['ip']} is not in {host.name}'s LAN subnet"}
        problem = _per_host_problem(a)  # review 3 O2/O3: the attach, the gateway, forwarding
        if problem:
            return {"reachable": False, "reason": problem}
        # MS docs container-networking/advanced.md: on l2bridge "container endpoints do not have an HNS
        # OutboundNAT policy applied, resulting in containers being unable to reach the outside world".
        if _policy(a, "OutBoundNAT") is None:
            return {"reachable": False, "reason": f"{a['ref']}: no OutBoundNAT policy on the endpoint"}
        if not _uplink(host):
            return {"reachable": False, "reason": f"{host.name} has no uplink address for OutBoundNAT"}
        return {"reachable": True, "reason": f"OutBoundNAT through {host.name}'s gateway endpoint"}
    if ta == "Overlay":
        facts = host.overlay_facts(a["nid"], a["net"])
        problem = _pa_problem(a, facts)
        if problem:
            return {"reachable": False, "reason": problem}
        # MS docs network-drivers-topologies.md (overlay, external connectivity: "VFP NAT rule");
        # win-overlay ApplyOutboundNatPolicy when IPMasq is set.
        if _policy(a, "OutBoundNAT") is None:
            return {"reachable": False, "reason": f"{a['ref']}: no OutBoundNAT policy on the endpoint"}
        if not _uplink(host):
            return {"reachable": False, "reason": f"{host.name} has no uplink address for OutBoundNAT"}
        return {"reachable": True, "reason": f"OutBoundNAT through {host.name}"}
    return {"reachable": False, "reason": f"not modelled: {ta} -> outside"}


def _inbound(fleet: Fleet, b: dict) -> dict:
    """A host on the LAN to a container's own address: only where the container sits on the LAN itself."""
    tb = b["net"]["doc"]["Type"]
    if tb in ("Transparent", "L2Bridge"):
        problem, _ = _vm_nic_problem(fleet, b)
        if problem:
            return {"reachable": False, "reason": problem}
        if _on_lan(b):
            # MS docs network-drivers-topologies.md: Transparent containers are "directly connected to the physical
            # network"; l2bridge configuration 1 puts them on the container host's own subnet.
            return {"reachable": True, "reason": f"{b['ref']} has an address on {b['host'].name}'s LAN"}
        return {"reachable": False, "reason": f"{b['ref']}: {b['ip']} is not on {b['host'].name}'s LAN"}
    return {"reachable": False, "reason": f"{b['ref']} is on a {tb} network: only a published port reaches it"}


def _host_of_address(fleet: Fleet, text: str):
    """(host, address) for a fleet host's own address, or (None, None)."""
    try:
        addr = ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return None, None
    for host in fleet.hosts.values():
        for adapter in host.data["adapters"]:
            for entry in (adapter["ip"].get("IPv4") or []) + (adapter["ip"].get("IPv6") or []):
                if ipaddress.ip_address(entry["IPAddress"]) == addr:
                    return host, addr
    return None, addr


def _host_port(fleet: Fleet, target: str) -> dict:
    """A connection to ``<host>:<port>[/proto]`` or ``<address>:<port>[/proto]``: a PortMapping that HNS
    applies (hns 3, E5; review 3 O4).

    A mapping with a VIP answers on that VIP only, and an IPv6 mapping (Flags 2, or a v6 VIP) answers IPv6
    questions only: hcsshim hcn/hcnpolicy.go PortMappingPolicySetting (VIP) and NatFlags (NatFlagsLocalRoutedVip
    1, NatFlagsIPv6 2). A question by host name asks for an IPv4 address of the host, any of them.
    """
    where, _, proto = target.partition("/")
    host_part, _, port_text = where.rpartition(":")
    host = fleet.hosts.get(host_part)
    asked = None
    if host is None:
        host, asked = _host_of_address(fleet, host_part)
    if host is None or not port_text.isdigit():
        return {"reachable": False, "reason": f"no host {host_part!r} or no port in {target!r}"}
    family = asked.version if asked is not None else 4
    port, protocol = int(port_text), {"udp": 17, "tcp": 6, "": 6}.get(proto.lower(), -1)
    passed: list[str] = []
    for eid, ep in host.data["endpoints"].items():
        for pol in hnsdoc.policies_of(ep["doc"], "PortMapping"):
            st = pol.get("Settings") or {}
            if int(st.get("ExternalPort") or 0) != port or int(st.get("Protocol", 6) or 6) != protocol:
                continue
            found = host.network(ep["doc"]["HostComputeNetwork"])
            if found is None:
                continue
            ntype = found[1]["doc"]["Type"]
            ref = f"{host.name}/{ep['doc'].get('Name') or eid}"
            vip = str(st.get("VIP") or "")
            flags = int(st.get("Flags") or 0)
            v6 = ":" in vip or bool(flags & 2)
            if v6 != (family == 6):
                passed.append(
                    f"{ref}: the PortMapping for {port} is for IPv{6 if v6 else 4} (Flags {flags}, "
                    f"VIP {vip or 'none'}), the question is IPv{family}"
                )
                continue
            if vip and (asked is None or ipaddress.ip_address(vip) != asked):
                passed.append(
                    f"{ref}: the PortMapping for {port} answers on VIP {vip} only"
                    + ("" if asked is not None else f" (ask for {vip}:{port})")
                )
                continue
            if ntype == "NAT":
                return {"reachable": True, "reason": f"WinNAT maps {host.name}:{port} to {ref}"}
            need = 2 if v6 else 1
            # microsoft/Windows-Containers#360 (daschott): "Important to add "flags = 1" in portmapping" on
            # L2Bridge; Azure/azure-container-networking#1922: host ports with HNS v2 need NatFlagsLocalRoutedVip;
            # hcsshim hcn/hcnpolicy.go NatFlagsLocalRoutedVip 1, NatFlagsIPv6 2.
            if not flags & need:
                return {
                    "reachable": False,
                    "reason": f"{ref}: the PortMapping for {port} on {ntype} network lacks Flags {need} "
                    "(LocalRoutedVip), so HNS does not apply it",
                }
            if ntype == "L2Bridge":
                # review 3 finding 7 / O4: the container's reply leaves through its own default gateway; on its
                # own subnet (configuration 2) that is the attached gateway endpoint (_per_host_problem).
                target_ep = dict(fleet._endpoint(f"{host.name}/{eid}"), ref=ref)
                if not _on_lan(target_ep):
                    problem = _per_host_problem(target_ep)
                    if problem:
                        return {"reachable": False, "reason": f"the reply path: {problem}"}
            return {"reachable": True, "reason": f"{ntype} PortMapping (Flags {need}) maps {host.name}:{port} to {ref}"}
    if passed:
        return {"reachable": False, "reason": passed[0]}
    return {"reachable": False, "reason": f"nothing on {host.name} publishes port {port}"}


def _host_lan_address(host: HostModel, near):
    """The host's IPv4 address in the LAN `near` (an ip_network), else its first static IPv4 address."""
    first = None
    for adapter in sorted(host.data["adapters"], key=lambda x: x["index"]):
        if adapter.get("status", netcfg.STATUS_UP) != netcfg.STATUS_UP:
            continue
        addr = _address_of(adapter)
        if addr is None:
            continue
        if near is not None and addr.ip in near:
            return addr.ip
        first = first or addr.ip
    return first


def _to_host(fleet: Fleet, a: dict, host_name: str) -> dict:
    """A container to a host's own LAN address (review 3 O6, O7): its own host's, or another host's."""
    target = fleet.hosts.get(host_name)
    if target is None:
        return {"reachable": False, "reason": f"no host {host_name!r}"}
    ta, own = a["net"]["doc"]["Type"], target is a["host"]
    lan = _lan_of(a["host"], a["net"].get("adapter"))
    addr = _host_lan_address(target, lan)
    if addr is None:
        return {"reachable": False, "reason": f"{target.name} has no IPv4 LAN address"}
    if ta == "NAT" and own:
        # MS docs network-drivers-topologies.md (NAT): the NAT gateway is the host's vNIC on the internal switch
        return {"reachable": True, "reason": f"{a['ref']}: its gateway is {target.name}'s NAT vNIC"}
    if ta == "L2Bridge" and own:
        # microsoft/SDN Kubernetes/windows/start-kubelet.ps1 ("ROUTE", "<MgmtIP>/32", NeedEncap true), win-bridge
        # sample-v2.conf (SDNRoute <host>/32 NeedEncap), Calico dataplane_windows.go ("force encap to the
        # management IP ... required for node ports. The encap is local to the host"): every reference l2bridge
        # endpoint carries it (review 3 finding 3, O7). What Windows does without it is not verified; hvemu
        # follows the reference clients.
        want = ipaddress.ip_network(f"{addr}/32")
        for pol in hnsdoc.policies_of(a["doc"], "SDNRoute") + hnsdoc.policies_of(a["doc"], "ROUTE"):
            st = pol.get("Settings") or {}
            try:
                prefix = ipaddress.ip_network(st.get("DestinationPrefix", ""), strict=False)
            except ValueError:
                continue
            if prefix == want and st.get("NeedEncap") is True:
                return {
                    "reachable": True,
                    "reason": f"{a['ref']}: the SDNRoute {want} with NeedEncap takes it up to {target.name}",
                }
        return {
            "reachable": False,
            "reason": f"{a['ref']}: an L2Bridge container reaches its own host's LAN address {addr} only with an "
            f"SDNRoute {want} with NeedEncap (the host /32 route of every reference l2bridge configuration)",
        }
    if ta in ("Transparent", "L2Bridge") and _on_lan(a):
        problem, _ = _vm_nic_problem(fleet, a)
        if problem:
            return {"reachable": False, "reason": problem}
        if lan is not None and addr in lan:
            return {"reachable": True, "reason": f"{a['ref']} and {target.name} ({addr}) share the LAN {lan}"}
        return _outside(fleet, a)
    if ta in ("L2Bridge", "Overlay") and not own:
        out = _outside(fleet, a)
        if not out["reachable"]:
            return out
        if not _nat_excepts(a, addr):
            return {"reachable": True, "reason": f"{a['ref']} -> {target.name} ({addr}): {out['reason']}"}
        if ta == "Overlay":
            # review 3 finding 4: excepted from OutBoundNAT it keeps its overlay address, which VFP does not
            # encapsulate toward a non-VSID destination and the LAN cannot route back (win-overlay excepts only
            # the network's own subnet; SDN overlay cni.conf the cluster and service CIDRs).
            return {
                "reachable": False,
                "reason": f"{a['ref']}: {addr} is excepted from OutBoundNAT, so it leaves with the overlay address "
                f"{a['ip']} that the LAN has no route back to",
            }
        # per_host: un-NATed, the other host answers the container's own address: it needs the host route back
        problem = _host_route_problem(target, a["ip"], _host_lan_address(a["host"], lan))
        if problem:
            return {"reachable": False, "reason": f"{a['ref']} -> {target.name} is not NATed; the reply: {problem}"}
        return {"reachable": True, "reason": f"{a['ref']} -> {target.name} ({addr}) routed, not NATed"}
    return {"reachable": False, "reason": f"not modelled: {ta} container -> {'its own' if own else 'another'} host"}


def _reach(fleet: Fleet, a: dict, b: dict) -> dict:
    ta, tb = a["net"]["doc"]["Type"], b["net"]["doc"]["Type"]
    if a["host"] is b["host"] and a["nid"] == b["nid"]:
        return {"reachable": True, "reason": f"same network {a['net']['doc']['Name']!r} on {a['host'].name}"}
    if ta == "Overlay" and tb == "Overlay":
        va, vb = _subnet_policy(a, "VSID"), _subnet_policy(b, "VSID")
        if va is None or va != vb:
            return {"reachable": False, "reason": f"different VSIDs: {a['ref']} {va}, {b['ref']} {vb}"}
        if a["host"] is b["host"]:
            return {"reachable": True, "reason": f"same host, same VSID {va}"}
        fa = a["host"].overlay_facts(a["nid"], a["net"])
        fb = b["host"].overlay_facts(b["nid"], b["net"])
        for ep, facts in ((a, fa), (b, fb)):
            if not facts.get("ProviderAddress") or not facts.get("DrMacAddress"):
                return {
                    "reachable": False,
                    "reason": f"{ep['ref']}: the overlay has no provider address / DR MAC (yet)",
                }
        # RemoteSubnetRoute per remote host: flannel vxlan_network_windows.go handleSubnetEvents.
        problem = _pa_problem(a, fa) or _pa_problem(b, fb) or _route_to(a, b, fb, va) or _route_to(b, a, fa, va)
        if problem:
            return {"reachable": False, "reason": problem}
        return {
            "reachable": True,
            "reason": f"overlay VSID {va}: routes on both sides via "
            f"{fa['ProviderAddress']} <-> {fb['ProviderAddress']}",
        }
    if ta == "NAT" or tb == "NAT":
        # A NAT container is reachable from another host only through a published port (WinNAT has no inbound
        # path otherwise): ask for "<host>:<port>" instead.
        return {
            "reachable": False,
            "reason": f"{b['ref']} is behind NAT on {b['host'].name}: inbound needs a port mapping "
            "(ask for <host>:<port>)"
            if tb == "NAT"
            else f"{a['ref']} is behind NAT: only outbound through WinNAT",
        }
    if ta in ("Transparent", "L2Bridge") and tb in ("Transparent", "L2Bridge"):
        for ep in (a, b):
            problem, _ = _vm_nic_problem(fleet, ep)
            if problem:
                return {"reachable": False, "reason": problem}
        la, lb = _lan_of(a["host"], a["net"].get("adapter")), _lan_of(b["host"], b["net"].get("adapter"))
        if la is None or lb is None or la != lb:
            return {"reachable": False, "reason": f"different LANs: {a['host'].name} {la}, {b['host'].name} {lb}"}
        vlan_a = (_subnet_policy(a, "VLAN") or 0) or _vm_nic_problem(fleet, a)[1]
        vlan_b = (_subnet_policy(b, "VLAN") or 0) or _vm_nic_problem(fleet, b)[1]
        if vlan_a != vlan_b:
            return {"reachable": False, "reason": f"different VLANs: {vlan_a} and {vlan_b}"}
        sa, sb = a["host"]._subnet_for(a["net"], str(a["ip"])), b["host"]._subnet_for(b["net"], str(b["ip"]))
        na = hnsdoc.subnet_network(sa) if sa else la
        nb = hnsdoc.subnet_network(sb) if sb else lb
        if na == nb and (na == la or a["ip"] in la):
            return {"reachable": True, "reason": f"same LAN {la}, VLAN {vlan_a}: switched at layer 2"}
        # hns E4 / review 3 design: different subnets (l2bridge "configuration 2", flannel host-gw) need on each
        # host the attached gateway endpoint, the container's gateway on it and forwarding (_per_host_problem),
        # and on each host a route to the other's subnet via the other host's LAN address, on-link
        # (_host_route_problem), in both directions.
        if _on_lan(a) or _on_lan(b):
            return {
                "reachable": False,
                "reason": f"not modelled: {a['ref']} ({na}) and {b['ref']} ({nb}), one of them on its host's LAN",
            }
        for ep in (a, b):
            problem = _per_host_problem(ep)
            if problem:
                return {"reachable": False, "reason": problem}
        if a["host"] is b["host"]:
            return {"reachable": True, "reason": f"{a['host'].name} routes between {na} and {nb}"}
        addr_a, addr_b = _host_lan_address(a["host"], la), _host_lan_address(b["host"], lb)
        problem = _host_route_problem(a["host"], b["ip"], addr_b) or _host_route_problem(b["host"], a["ip"], addr_a)
        if problem:
            return {"reachable": False, "reason": problem}
        return {
            "reachable": True,
            "reason": f"host routes: {a['host'].name} -> {nb} via {addr_b}, {b['host'].name} -> {na} via {addr_a}; "
            "forwarding on the gateway endpoints and management vNICs",
        }
    return {"reachable": False, "reason": f"not modelled: {ta} -> {tb}"}
