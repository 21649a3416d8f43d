# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
# Documentation stub: the module is the action plugin plugins/action/hns_endpoint.py.

from __future__ import annotations

DOCUMENTATION = r"""
module: hns_endpoint
short_description: Manage a Host Networking Service (HNS) endpoint
version_added: 0.1.0
description:
  - Create, update or remove one HNS endpoint through the HCN API, with HCN v2 documents.
  - For host endpoints, remote endpoints of overlay networks and endpoints you pre-provision for containers.
    Endpoints a container runtime made (Docker, containerd, a CNI) belong to it and are never changed or deleted.
  - With O(state=present) a missing endpoint is created and the given properties are merged into an existing one
    (resource-module C(merged) semantics). Address, MAC, network and flags are create-only; a difference is an error
    unless O(recreate=true).
  - With O(state=absent) the endpoint is deleted, but only when this collection made it.
  - A thin entry to the same engine as M(hyperv.network.host_network) (C(config.endpoints)).
options:
  name:
    description:
      - Name of the endpoint, matched exactly and case-insensitively. Wildcard characters are rejected.
    type: str
    required: true
  network:
    description:
      - Name of the HNS network the endpoint is on. Create-only.
      - Required with O(state=absent) too, as in M(hyperv.network.host_network)'s C(config.endpoints).
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
  routes:
    description:
      - SDN routes of the endpoint (the C(SDNRoute) policy).
    type: list
    elements: dict
    aliases: [sdn_routes]
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
      - Attach the endpoint to the host's default compartment (compartment 1), so the host gets a
        C(vEthernet (<endpoint name>)) interface with the endpoint's address, as Microsoft's C(Attach-HnsHostEndpoint)
        and flannel's host-gw bridge endpoint do. A C(0.0.0.0/0) route HNS gives that interface is removed; give
        such an endpoint no O(gateway).
      - C(false) detaches it. An attached endpoint is detached before O(state=absent) deletes it.
    type: bool
  policies:
    description:
      - Raw HCN endpoint policies (C({Type, Settings}) as in hcsshim), appended as given after the typed ones.
    type: list
    elements: dict
  state:
    description:
      - C(present) creates the endpoint or merges the given properties into it; C(absent) deletes it (only an endpoint
        this collection made).
    type: str
    choices: [present, absent]
    default: present
  recreate:
    description:
      - Allow deleting and creating the endpoint again when a create-only property differs (only endpoints this
        collection made).
    type: bool
    default: false
extends_documentation_fragment:
  - hyperv.network.common
seealso:
  - module: hyperv.network.hns_endpoint_info
  - module: hyperv.network.hns_network
  - module: hyperv.network.host_network
author:
  - hyperv.network developers (@hyperv-network)
"""

EXAMPLES = r"""
- name: A host endpoint with a port mapping on a NAT network
  hyperv.network.hns_endpoint:
    name: web-ep
    network: ctr-nat
    ip_address: 172.20.0.10
    prefix_length: 16
    gateway: 172.20.0.1
    port_mappings:
      - protocol: tcp
        internal_port: 80
        external_port: 8080

- name: A remote endpoint on an overlay network
  hyperv.network.hns_endpoint:
    name: remote-10.244.2.5
    network: vxlan0
    ip_address: 10.244.2.5
    mac_address: 00-15-5D-AA-02-05
    provider_address: 10.0.0.22
    remote: true

- name: Delete the endpoint (only if this collection made it)
  hyperv.network.hns_endpoint:
    name: web-ep
    state: absent
"""

RETURN = r"""
endpoint:
  description:
    - The endpoint as the host reports it after the task (in check mode, as it would be), or null when it is absent.
    - Same keys as the M(hyperv.network.host_network) C(config.endpoints) items, plus C(id) and C(owned).
  returned: success
  type: dict
  sample: {"id": "5b6c7d8e-1a2b-4c3d-8e9f-0a1b2c3d4e5f", "name": "web-ep", "network": "ctr-nat",
           "ip_address": "172.20.0.10", "prefix_length": 16, "host_attach": false, "owned": true}
extends_documentation_fragment:
  - hyperv.network.common
"""
