# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The options of an HNS endpoint, written once (see plugins/plugin_utils/kind_options.py)."""

from __future__ import annotations


class ModuleDocFragment:
    # O(...) references are relative to the object; scripts/gen_docs.py makes them absolute for host_network.
    DOCUMENTATION = r"""
options:
  name:
    description:
      - Name of the endpoint, matched exactly and case-insensitively. Wildcard characters are rejected.
    type: str
    required: true
  network:
    description:
      - Name of the HNS network the endpoint is on. Create-only.
      - Required when the endpoint is deleted too.
    type: str
    required: true
  ip_address:
    description:
      - Static IP address, inside a subnet of O(network). HNS picks one when unset. Create-only.
    type: str
  prefix_length:
    description:
      - Prefix length of O(ip_address).
    type: int
  mac_address:
    description:
      - MAC address, for example C(00-15-5D-20-00-10). HNS picks one from the network's pool when unset. Create-only.
    type: str
  gateway:
    description:
      - Default gateway; becomes a C(0.0.0.0/0) route of the endpoint.
    type: str
  dns:
    description:
      - DNS settings of the endpoint.
    type: dict
    suboptions:
      domain:
        description: DNS domain.
        type: str
      search:
        description: DNS search list.
        type: list
        elements: str
      servers:
        description: DNS server addresses.
        type: list
        elements: str
  sdn_routes:
    description:
      - SDN routes of the endpoint (the C(SDNRoute) policy).
    type: list
    elements: dict
    aliases: [routes]
    suboptions:
      destination_prefix:
        description: Destination prefix.
        type: str
        required: true
      next_hop:
        description: Next hop address.
        type: str
      need_encap:
        description: Whether the traffic is encapsulated (overlay).
        type: bool
  port_mappings:
    description:
      - Port mappings from the host to the endpoint (the C(PortMapping) policy).
    type: list
    elements: dict
    suboptions:
      protocol:
        description: Protocol of the mapping.
        type: str
        choices: [tcp, udp]
        default: tcp
      internal_port:
        description: Port on the endpoint, 1 to 65535.
        type: int
        required: true
      external_port:
        description: Port on the host, 1 to 65535.
        type: int
        required: true
      vip:
        description: Virtual IP the mapping listens on; empty for all.
        type: str
  outbound_nat:
    description:
      - Outbound NAT of the endpoint (the C(OutBoundNAT) policy).
    type: dict
    suboptions:
      virtual_ip:
        description: Address the endpoint's traffic is translated to.
        type: str
      exceptions:
        description: Destination prefixes that are not translated.
        type: list
        elements: str
  acls:
    description:
      - ACL rules of the endpoint (the C(ACL) policy).
    type: list
    elements: dict
    suboptions:
      action:
        description: Allow or block matching traffic.
        type: str
        choices: [allow, block]
        required: true
      direction:
        description: Direction of the traffic.
        type: str
        choices: [in, out]
        required: true
      protocols:
        description: IP protocol numbers, for example C(6) for TCP.
        type: str
      local_ports:
        description: Local ports, for example C(80) or C(8000-8080).
        type: str
      remote_addresses:
        description: Remote addresses or prefixes.
        type: str
      priority:
        description: Rule priority.
        type: int
      rule_type:
        description: Where the rule applies.
        type: str
        choices: [host, switch]
  provider_address:
    description:
      - Remote endpoints of an C(overlay) network, the provider address of the host the endpoint lives on.
    type: str
  remote:
    description:
      - Make a remote endpoint (C(RemoteEndpoint) flag) that stands for a container on another host. Create-only.
    type: bool
  namespace:
    description:
      - GUID of an HNS namespace (compartment) to attach the endpoint to.
    type: str
  host_attach:
    description:
      - Attach the endpoint to the host's default compartment (compartment 1), as Microsoft's C(Attach-HnsHostEndpoint)
        and flannel's host-gw bridge endpoint do; the host then has a C(vEthernet (<endpoint name>)) interface with the
        endpoint's address. Any C(0.0.0.0/0) route HNS gives that interface is removed. Give such an endpoint no
        O(gateway).
      - C(false) detaches an attached endpoint. An attached endpoint is detached before it is deleted.
      - Read back as attached when a host interface holds the endpoint's IPv4 address.
    type: bool
  policies:
    description:
      - Raw HCN endpoint policies (C({Type, Settings}) as in hcsshim), appended as given after the typed ones.
    type: list
    elements: dict
"""

    # Read-only facts host_network's gathered output adds (besides common.OBJECT_FACTS); accepted back, ignored.
    GATHERED = r"""
options: {}
"""
