# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The options of an HNS network, written once (see plugins/plugin_utils/kind_options.py)."""

from __future__ import annotations


class ModuleDocFragment:
    # O(...) references are relative to the object; scripts/gen_docs.py makes them absolute for host_network.
    DOCUMENTATION = r"""
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
  automatic_dns:
    description:
      - The C(AutomaticDNS) network policy (hcsshim C(hcn/hcnpolicy.go), "enables/disables automatic DNS on a
        network"). C(true) puts the policy with C(Enable) true in the network's create document; C(false) adds no
        policy, as Microsoft's own clients do, and a network without the policy reads as C(false). Create-only.
      - That HNS returns the policy when the network is queried is not verified on a real host; if it does not, a
        rerun with C(true) reports a create-only difference.
    type: bool
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
      - When unset, a merge keeps unlisted routes (M(hyperv.network.hns_network), and M(hyperv.network.host_network)
        with C(merged)), and C(replaced) and C(overridden) remove them.
    type: bool
  policies:
    description:
      - Raw HCN network policies (C({Type, Settings}) as in hcsshim), appended as given after the typed ones.
    type: list
    elements: dict
"""

    # Read-only facts host_network's gathered output adds (besides common.OBJECT_FACTS); accepted back, ignored.
    GATHERED = r"""
options:
  dr_mac_address:
    description:
      - Distributed router MAC address (overlay networks; HNS makes the DR NIC only with an Overlay network).
      - Read-only, returned by C(state=gathered); accepted so that gathered output can be fed back, and ignored.
    type: str
  management_ip:
    description:
      - No longer returned (HCN v2 network documents have no C(ManagementIP)); accepted from the gathered output
        of older versions of this collection, and ignored.
    type: str
"""
