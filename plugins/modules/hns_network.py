# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
# Documentation stub: the module is the action plugin plugins/action/hns_network.py.

from __future__ import annotations

DOCUMENTATION = r"""
module: hns_network
short_description: Manage a Host Networking Service (HNS) network for Windows containers
version_added: 0.1.0
description:
  - Create, update or remove one HNS network (the networks C(docker network ls) and CNI plugins use) through the HCN
    API (C(computenetwork.dll)), with HCN v2 documents.
  - With O(state=present) a missing network is created and the given properties are merged into an existing one;
    options you leave unset are left as they are (resource-module C(merged) semantics). Properties HNS cannot change
    on a live network (type, subnets, adapter, switch, MAC pool, flags) are create-only, and a difference is an error
    unless O(recreate=true).
  - With O(state=absent) the network is deleted, but only when this collection made it. Docker's C(nat) network or
    a CNI's network of the same name is never touched; creating a network whose name one of them already uses is an
    error that names the owner.
  - A thin entry to the same engine as M(hyperv.network.host_network) (C(config.networks)).
options:
  name:
    description:
      - Name of the network, matched exactly and case-insensitively. Wildcard characters are rejected.
    type: str
    required: true
  type:
    description:
      - HNS network type. Required when the network is created; create-only.
      - C(transparent), C(l2bridge) and C(overlay) networks bind a physical adapter and cut the host's network for a few
        seconds when created or deleted; the collection runs such a change detached and waits for the host.
    type: str
    choices: [nat, ics, transparent, l2bridge, l2tunnel, overlay, private, internal]
  adapter:
    description:
      - Physical adapter name (C(NetAdapterName) policy) for C(transparent), C(l2bridge), C(l2tunnel) and C(overlay).
    type: str
  switch:
    description:
      - Name of an existing Hyper-V switch to reuse, where HNS allows it.
    type: str
  subnets:
    description:
      - IP subnets of the network (IPAM). Create-only.
    type: list
    elements: dict
    suboptions:
      prefix:
        description: Address prefix, for example C(172.20.0.0/16) or an IPv6 prefix.
        type: str
        required: true
      gateway:
        description: Gateway address inside O(subnets[].prefix). A default route through it is added when
          O(subnets[].routes) has none.
        type: str
      routes:
        description: Routes of the subnet.
        type: list
        elements: dict
        suboptions:
          destination:
            description: Destination prefix, for example C(0.0.0.0/0).
            type: str
            required: true
          next_hop:
            description: Next hop address.
            type: str
          metric:
            description: Route metric.
            type: int
      vsid:
        description: Virtual subnet ID of an C(overlay) network, 4096 to 65535.
        type: int
      vlan:
        description: VLAN ID (1 to 4094) for C(l2bridge) or C(transparent) isolation.
        type: int
  dns:
    description:
      - DNS settings handed to the network's endpoints.
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
  mac_pool:
    description:
      - Range of MAC addresses for the network's endpoints. Create-only.
    type: dict
    suboptions:
      start:
        description: First MAC address, for example C(00-15-5D-20-00-00).
        type: str
        required: true
      end:
        description: Last MAC address.
        type: str
        required: true
  persistent:
    description:
      - Whether the network survives a reboot of the host (C(false) sets the C(EnableNonPersistent) flag). HNS defaults
        to
        C(true). Create-only.
    type: bool
  enable_iov:
    description:
      - Enable SR-IOV for the network. Create-only.
    type: bool
  disable_host_port:
    description:
      - Do not create the host vNIC for the network (HNS 15.1 or later). Create-only.
    type: bool
  provider_address:
    description:
      - C(overlay) and C(l2bridge) networks, the static IP address of this host on the underlay (C(ProviderAddress)
        policy).
    type: str
  host_route:
    description:
      - C(overlay) networks, the C(HostRoute) policy (HNS 9.2 or later; hcsshim gates it on the HNS version only).
      - C(true) puts it in the network's create document and fails before any change on a host whose HNS is
        older. C(auto) adds it by a modify after the create where the HNS version has it, as flannel does, and
        turns a refusal by HNS into a warning (whether HNS on Windows Server 2019, build 17763, takes it is
        unverified). C(false) never sets it.
    type: raw
  vxlan_port:
    description:
      - C(overlay) networks, the VXLAN UDP port (HNS 10.3 or later; Windows uses 4789 by default).
    type: int
  remote_subnet_routes:
    description:
      - C(overlay) networks, one route per remote host's subnet (the C(RemoteSubnetRoute) policy). Merged into the
        routes the network has; see O(purge_remote_subnet_routes).
    type: list
    elements: dict
    suboptions:
      destination_prefix:
        description: The remote host's container subnet.
        type: str
        required: true
      isolation_id:
        description: The VSID of the remote subnet (4096 to 65535).
        type: int
      provider_address:
        description: The remote host's provider address.
        type: str
        required: true
      dr_mac_address:
        description: The remote host's distributed router MAC address; normalised to upper case with dashes.
        type: str
        required: true
  purge_remote_subnet_routes:
    description:
      - Remove remote subnet routes that O(remote_subnet_routes) does not list (only on networks this collection made).
      - When unset, routes are not removed (this module merges).
    type: bool
  policies:
    description:
      - Raw HCN network policies (C({Type, Settings}) as in hcsshim), appended as given after the typed ones.
    type: list
    elements: dict
  state:
    description:
      - C(present) creates the network or merges the given properties into it; C(absent) deletes it (only a network
        this collection made).
    type: str
    choices: [present, absent]
    default: present
  recreate:
    description:
      - Allow deleting and creating the network again when a create-only property differs. Only networks this
        collection made are recreated; the endpoints on it are lost, so plan for it.
    type: bool
    default: false
  wait_for_overlay:
    description:
      - Seconds to wait, after creating an C(overlay) network, for HNS to report its distributed router MAC and
        provider address (the C(DrMacAddress) and C(ProviderAddress) policies). An C(l2bridge) network gets no DR MAC,
        so nothing is waited for after its create. C(0) does not wait.
    type: float
    default: 30
extends_documentation_fragment:
  - hyperv.network.common
seealso:
  - module: hyperv.network.hns_network_info
  - module: hyperv.network.hns_endpoint
  - module: hyperv.network.host_network
author:
  - hyperv.network developers (@hyperv-network)
"""

EXAMPLES = r"""
- name: A NAT network for containers
  hyperv.network.hns_network:
    name: ctr-nat
    type: nat
    subnets:
      - prefix: 172.20.0.0/16
        gateway: 172.20.0.1

- name: An overlay network with routes to two other hosts
  hyperv.network.hns_network:
    name: vxlan0
    type: overlay
    adapter: Ethernet0
    provider_address: 10.0.0.21
    subnets:
      - prefix: 10.244.1.0/24
        gateway: 10.244.1.1
        vsid: 4096
    remote_subnet_routes:
      - destination_prefix: 10.244.2.0/24
        isolation_id: 4096
        provider_address: 10.0.0.22
        dr_mac_address: 00-15-5D-AA-BB-CC
    purge_remote_subnet_routes: true

- name: Delete the network (only if this collection made it)
  hyperv.network.hns_network:
    name: ctr-nat
    state: absent
"""

RETURN = r"""
network:
  description:
    - The network as the host reports it after the task (in check mode, as it would be), or null when it is absent.
    - Same keys as the M(hyperv.network.host_network) C(config.networks) items, plus read-only facts.
  returned: success
  type: dict
  contains:
    id:
      description: The network's GUID.
      type: str
    name:
      description: The network's name.
      type: str
    type:
      description: The HNS network type, lower case.
      type: str
    subnets:
      description: Subnets with prefix, gateway, routes, vsid and vlan.
      type: list
      elements: dict
    dr_mac_address:
      description: Distributed router MAC address (overlay networks; HNS makes the DR NIC only with an Overlay network).
      type: str
    provider_address:
      description: Provider address (overlay, l2bridge).
      type: str
    owned:
      description: Whether this collection made the network.
      type: bool
  sample: {"id": "9d1f0b8e-2b7c-4a55-8e3a-1c2d3e4f5a6b", "name": "ctr-nat", "type": "nat", "owned": true,
           "subnets": [{"prefix": "172.20.0.0/16", "gateway": "172.20.0.1"}]}
extends_documentation_fragment:
  - hyperv.network.common
"""
