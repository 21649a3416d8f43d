# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
# Documentation stub: the module is the action plugin plugins/action/host_network.py.

from __future__ import annotations

DOCUMENTATION = r"""
module: host_network
short_description: Converge the whole container network of one Hyper-V host or Windows container host
version_added: 0.1.0
description:
  - Takes the desired switches, HNS networks, HNS endpoints and VM adapters of one host and converges the host in
    one read and at most one apply, like the network resource modules (C(merged), C(replaced), C(overridden),
    C(deleted), C(gathered), C(rendered)).
  - The collection deletes only what it made. C(overridden) and C(deleted) act on owned objects only; Docker's C(nat)
    network, CNI networks and endpoints and other teams' switches are reported under C(skipped_foreign).
  - The roles of this collection render each host's O(config) from a topology and call this module.
options:
  state:
    description:
      - C(merged) creates what is missing and updates the listed properties of what exists; nothing is removed (lists
        inside an object are merged too, unless a C(purge_*) option says otherwise).
      - C(replaced) makes each listed object exactly as given (unlisted properties go to their defaults); objects not
        listed are left alone.
      - C(overridden) is C(replaced), and every owned object of the listed kinds that is not listed is deleted.
      - C(deleted) deletes the listed objects; a listed object this collection did not make is an error. With an empty
        O(config), every owned object is deleted (the teardown).
      - C(gathered) changes nothing and returns RV(gathered), in the shape of O(config), with read-only facts. Fed back
        with C(overridden) it changes nothing.
      - C(rendered) contacts no host and returns RV(rendered), the bridge operations an apply against an empty host
        would send.
    type: str
    choices: [merged, replaced, overridden, deleted, gathered, rendered]
    default: merged
  recreate:
    description:
      - Allow delete and create for changes of create-only properties (owned objects only). Without it such a change is
        an error that names the object and the property.
    type: bool
    default: false
  snapshot:
    description:
      - The raw host snapshot (RV(snapshot)) returned by an earlier C(host_network) task on the same host in the same
        play. The task then skips its own read; the apply's preconditions still catch concurrent changes.
    type: dict
  boot_replay:
    description:
      - Also register, on the host, a startup scheduled task that replays this task's whole O(config) (rendered as
        creates, with the IDs the objects have) after a reboot, for hosts that cannot wait for the next run to
        restore what Windows drops at boot (C(nat) networks on Windows Server 2019 and later, networks with the
        non-persistent flag). Objects that survived the reboot are skipped.
      - A task that changes something then runs as a detached job (start, status reads, confirmation), like a
        disruptive change; see docs/reliability.md in the collection. The last such task on a host wins.
    type: bool
    default: false
  wait_for_overlay:
    description:
      - Seconds to wait, after creating an C(overlay) network, for HNS to report its distributed router MAC and
        provider address (the C(DrMacAddress) and C(ProviderAddress) policies). An C(l2bridge) network gets no DR MAC,
        so nothing is waited for after its create. C(0) does not wait.
    type: float
    default: 30
  config:
    description:
    - The desired network of the host, by kind. With C(merged), C(replaced) and C(overridden), a kind you leave out
      (or set to null) is neither read nor changed; an empty list is a kind with no objects (C(overridden) then deletes
      every owned object of that kind).
    - Every list item is matched to a host object by exact, case-insensitive name.
    - Options left unset inside an item are left alone by C(merged) and go to their defaults with C(replaced) and
      C(overridden).
    type: dict
    default: {}
    suboptions:
      switches:
        description:
        - Hyper-V virtual switches (see M(hyperv.network.vswitch)).
        type: list
        elements: dict
        suboptions:
          id:
            description:
            - The object's GUID.
            - Read-only, returned by C(state=gathered); accepted so that gathered output can be fed back, and ignored.
            type: str
          owned:
            description:
            - Whether this collection made the object.
            - Read-only, returned by C(state=gathered); accepted so that gathered output can be fed back, and ignored.
            type: bool
          foreign:
            description:
            - Who made a foreign object, when known.
            - Read-only, returned by C(state=gathered); accepted so that gathered output can be fed back, and ignored.
            type: str
          name:
            description:
            - Name of the switch, matched exactly and case-insensitively. Wildcard characters are rejected.
            type: str
            required: true
          switch_type:
            description:
            - Kind of switch. C(external) needs C(net_adapter_names).
            - Required when the switch is created, unless C(net_adapter_names) is given (then C(external)).
            type: str
            choices:
            - external
            - internal
            - private
          net_adapter_names:
            description:
            - Names of the physical adapters (C(Get-NetAdapter) names, not interface descriptions) the external switch
              binds.
            - Several adapters make a Switch Embedded Teaming (SET) switch; its members are changed in place.
            type: list
            elements: str
          allow_management_os:
            description:
            - Whether the management OS shares the switch through a C(vEthernet) adapter.
            - Changing it on an external switch cuts the host's network for a few seconds; the collection then runs
              the change detached on the host and waits for it to answer again.
            type: bool
          enable_iov:
            description:
            - Enable SR-IOV. Create-only; changing it needs C(recreate=true).
            type: bool
          enable_packet_direct:
            description:
            - Enable Packet Direct. Create-only; changing it needs C(recreate=true).
            type: bool
          minimum_bandwidth_mode:
            description:
            - Bandwidth reservation mode (the switch reports it as C(BandwidthReservationMode)). Create-only; changing
              it needs C(recreate=true).
            type: str
            choices:
            - absolute
            - default
            - none
            - weight
          notes:
            description:
            - Free text for the switch's notes. The collection's ownership line is added and stripped automatically.
            type: str
      networks:
        description:
        - HNS networks (see M(hyperv.network.hns_network)).
        type: list
        elements: dict
        suboptions:
          id:
            description:
            - The object's GUID.
            - Read-only, returned by C(state=gathered); accepted so that gathered output can be fed back, and ignored.
            type: str
          owned:
            description:
            - Whether this collection made the object.
            - Read-only, returned by C(state=gathered); accepted so that gathered output can be fed back, and ignored.
            type: bool
          foreign:
            description:
            - Who made a foreign object, when known.
            - Read-only, returned by C(state=gathered); accepted so that gathered output can be fed back, and ignored.
            type: str
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
          name:
            description:
            - Name of the network, matched exactly and case-insensitively. Wildcard characters are rejected.
            type: str
            required: true
          type:
            description:
            - HNS network type. Required when the network is created; create-only.
            - C(transparent), C(l2bridge) and C(overlay) networks bind a physical adapter and cut the host's network
              for a few seconds when created or deleted; the collection runs such a change detached and waits for
              the host.
            type: str
            choices:
            - nat
            - ics
            - transparent
            - l2bridge
            - l2tunnel
            - overlay
            - private
            - internal
          adapter:
            description:
            - Physical adapter name (C(NetAdapterName) policy) for C(transparent), C(l2bridge), C(l2tunnel) and
              C(overlay).
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
                description: Gateway address inside C(subnets.prefix). A default route through it is added when
                  C(subnets.routes)
                  has none.
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
            - Whether the network survives a reboot of the host (C(false) sets the C(EnableNonPersistent) flag). HNS
              defaults to C(true). Create-only.
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
            - C(overlay) and C(l2bridge) networks, the static IP address of this host on the underlay
              (C(ProviderAddress)
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
            - C(overlay) networks, one route per remote host's subnet (the C(RemoteSubnetRoute) policy). Merged into
              the routes the network has; see C(purge_remote_subnet_routes).
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
            - Remove remote subnet routes that C(remote_subnet_routes) does not list (only on networks this collection
              made).
            - When unset, C(merged) keeps unlisted routes and C(replaced) and C(overridden) remove them.
            type: bool
          policies:
            description:
            - Raw HCN network policies (C({Type, Settings}) as in hcsshim), appended as given after the typed ones.
            type: list
            elements: dict
      endpoints:
        description:
        - HNS endpoints (see M(hyperv.network.hns_endpoint)).
        type: list
        elements: dict
        suboptions:
          id:
            description:
            - The object's GUID.
            - Read-only, returned by C(state=gathered); accepted so that gathered output can be fed back, and ignored.
            type: str
          owned:
            description:
            - Whether this collection made the object.
            - Read-only, returned by C(state=gathered); accepted so that gathered output can be fed back, and ignored.
            type: bool
          foreign:
            description:
            - Who made a foreign object, when known.
            - Read-only, returned by C(state=gathered); accepted so that gathered output can be fed back, and ignored.
            type: str
          name:
            description:
            - Name of the endpoint, matched exactly and case-insensitively. Wildcard characters are rejected.
            type: str
            required: true
          network:
            description:
            - Name of the HNS network the endpoint is on. Create-only.
            type: str
            required: true
          ip_address:
            description:
            - Static IP address, inside a subnet of C(network). HNS picks one when unset. Create-only.
            type: str
          prefix_length:
            description:
            - Prefix length of C(ip_address).
            type: int
          mac_address:
            description:
            - MAC address, for example C(00-15-5D-20-00-10). HNS picks one from the network's pool when unset.
              Create-only.
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
            aliases:
            - routes
          port_mappings:
            description:
            - Port mappings from the host to the endpoint (the C(PortMapping) policy).
            type: list
            elements: dict
            suboptions:
              protocol:
                description: Protocol of the mapping.
                type: str
                choices:
                - tcp
                - udp
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
                choices:
                - allow
                - block
                required: true
              direction:
                description: Direction of the traffic.
                type: str
                choices:
                - in
                - out
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
                choices:
                - host
                - switch
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
            - Attach the endpoint to the host's default compartment (compartment 1), as Microsoft's
              C(Attach-HnsHostEndpoint) and flannel's host-gw bridge endpoint do; the host then has a
              C(vEthernet (<endpoint name>)) interface with the endpoint's address. Any C(0.0.0.0/0) route HNS gives
              that interface is removed. Give such an endpoint no O(config.endpoints[].gateway).
            - C(false) detaches an attached endpoint. An attached endpoint is detached before it is deleted.
            - Returned by C(state=gathered); an endpoint counts as attached when a host interface holds its IPv4
              address.
            type: bool
          policies:
            description:
            - Raw HCN endpoint policies (C({Type, Settings}) as in hcsshim), appended as given after the typed ones.
            type: list
            elements: dict
      vm_adapters:
        description:
        - Network adapters of VMs on a Hyper-V host (see M(hyperv.network.vm_adapter)).
        type: list
        elements: dict
        suboptions:
          mac_address:
            description:
            - The adapter's MAC address.
            - Read-only, returned by C(state=gathered); accepted so that gathered output can be fed back, and ignored.
            type: str
          id:
            description:
            - The NIC's Id (C(Microsoft:<VM GUID>\<NIC GUID>), as C(Get-VMNetworkAdapter) and C(state=gathered) show
              it). With it the NIC is the VM's NIC of that Id, whatever its name.
            - Without it, a O(config.vm_adapters[].name) that several NICs of the VM share (NICs added without a name
              are all C(Network Adapter)) is refused before any change, naming the VM, the name and the count.
            type: str
          vm:
            description:
            - Name of the VM, matched exactly and case-insensitively.
            type: str
            required: true
          name:
            description:
            - Name of the adapter inside the VM's settings, matched exactly and case-insensitively.
            type: str
            default: Network Adapter
          switch:
            description:
            - Name of the switch to connect the adapter to; an empty string disconnects it.
            type: str
          vlan:
            description:
            - VLAN setting of the adapter.
            type: dict
            suboptions:
              mode:
                description: C(untagged) clears the VLAN, C(access) tags with C(vlan.access_id), C(trunk) allows
                  C(vlan.allowed).
                type: str
                choices:
                - untagged
                - access
                - trunk
                required: true
              access_id:
                description: VLAN ID in C(access) mode, 1 to 4094.
                type: int
              native_id:
                description: Native VLAN ID in C(trunk) mode, 0 to 4094.
                type: int
              allowed:
                description: Allowed VLAN IDs in C(trunk) mode, for example C(1-100,200).
                type: str
          mac_address_spoofing:
            description:
            - Allow the VM to send frames with other MAC addresses (needed by C(transparent) and C(l2bridge) container
              networks inside the VM).
            type: bool
      host_routes:
        description:
        - IPv4 routes in the host's ActiveStore (C(New-NetRoute)), for example to other hosts' container subnets.
        - A listed route that is missing is added. A route this collection added to the same prefix on the same
          interface with another next hop is replaced; one it did not add is an error that names it.
        - Only routes this collection added are ever removed (O(config.purge_host_routes), C(overridden), the
          teardown). C(state=gathered) returns the routes this collection added, with C(owned).
        type: list
        elements: dict
        suboptions:
          destination_prefix:
            description: Destination IPv4 prefix, for example C(10.250.8.0/24).
            type: str
            required: true
          next_hop:
            description: Next hop IPv4 address.
            type: str
            required: true
          interface:
            description: Alias of the host interface, for example C(vEthernet (Ethernet1)).
            type: str
            required: true
          owned:
            description:
            - Whether this collection added the route.
            - Read-only, returned by C(state=gathered); accepted so that gathered output can be fed back, and ignored.
            type: bool
      purge_host_routes:
        description:
        - Remove the routes this collection added that O(config.host_routes) does not list (C(merged) and
          C(replaced); C(overridden) always does).
        type: bool
      forwarding:
        description:
        - IPv4 forwarding on host interfaces (C(Set-NetIPInterface -Forwarding)).
        - C(enabled) C(true) turns it on where it is off, and the collection records that it did. Only an interface
          recorded so is turned off again (C(enabled) C(false), C(overridden) for unlisted interfaces, the teardown).
        type: list
        elements: dict
        suboptions:
          interface:
            description: An interface alias. Give exactly one of O(config.forwarding[].interface) and
              O(config.forwarding[].endpoint).
            type: str
          endpoint:
            description: The name of an endpoint attached to the host (O(config.endpoints[].host_attach)); its host
              interface is meant.
            type: str
          enabled:
            description: Whether forwarding is on.
            type: bool
            default: true
          owned:
            description:
            - Whether this collection turned forwarding on there.
            - Read-only, returned by C(state=gathered); accepted so that gathered output can be fed back, and ignored.
            type: bool
      firewall_rules:
        description:
        - Windows Firewall rules in the group C(hyperv.network), for example the overlay's VXLAN port.
        - Created when missing; the port and remote addresses of a rule this collection made are changed in place,
          other differences re-create it. A rule of that name that this collection did not make is an error that
          names it. Rules this collection made and the config does not list are removed by C(overridden) and the
          teardown.
        type: list
        elements: dict
        suboptions:
          name:
            description: The rule's C(Name), its unique ID.
            type: str
            required: true
          display_name:
            description: The rule's display name (default O(config.firewall_rules[].name)).
            type: str
          direction:
            description: Traffic direction (default C(inbound)).
            type: str
            choices: [inbound, outbound]
          protocol:
            description: IP protocol (default C(udp)).
            type: str
            choices: [udp, tcp]
          local_port:
            description:
            - Local port, 1 to 65535.
            - Required to create or update a rule; C(state=deleted) names a rule by O(config.firewall_rules[].name)
              alone.
            type: int
          remote_addresses:
            description: IPv4 addresses or prefixes the rule matches; empty for any (default).
            type: list
            elements: str
          action:
            description: Allow or block (default C(allow)).
            type: str
            choices: [allow, block]
          owned:
            description:
            - Whether this collection made the rule.
            - Read-only, returned by C(state=gathered); accepted so that gathered output can be fed back, and ignored.
            type: bool
extends_documentation_fragment:
  - hyperv.network.common
seealso:
  - module: hyperv.network.vswitch
  - module: hyperv.network.hns_network
  - module: hyperv.network.hns_endpoint
  - module: hyperv.network.vm_adapter
author:
  - hyperv.network developers (@hyperv-network)
"""

EXAMPLES = r"""
- name: A NAT network with a host endpoint, merged into what the host has
  hyperv.network.host_network:
    config:
      switches:
        - name: nat-sw
          switch_type: internal
      networks:
        - name: ctr-nat
          type: nat
          subnets:
            - prefix: 172.20.0.0/16
              gateway: 172.20.0.1
      endpoints:
        - name: web-ep
          network: ctr-nat
          ip_address: 172.20.0.10
          port_mappings:
            - {protocol: tcp, internal_port: 80, external_port: 8080}

- name: Read everything (with an owned flag on each object)
  hyperv.network.host_network:
    state: gathered
  register: current

- name: Make the owned objects exactly the gathered ones (changes nothing)
  hyperv.network.host_network:
    state: overridden
    config: "{{ current.gathered }}"
    snapshot: "{{ current.snapshot }}"

- name: Tear down everything this collection made
  hyperv.network.host_network:
    state: deleted
"""

RETURN = r"""
gathered:
  description: With O(state=gathered), every object of the host in the shape of O(config), with C(id), C(owned) and,
    on networks, C(dr_mac_address) and C(provider_address).
  returned: when O(state=gathered)
  type: dict
  sample: {"switches": [{"name": "nat-sw", "switch_type": "internal", "owned": true}], "networks": [], "endpoints": [],
           "vm_adapters": [], "host_routes": [{"destination_prefix": "10.250.8.0/24", "next_hop": "10.60.0.22",
           "interface": "vEthernet (Ethernet1)", "owned": true}], "forwarding": [], "firewall_rules": []}
created:
  description: What the task created, by kind (C(switches), C(networks), C(endpoints) with C(name) and C(id);
    C(host_routes) and C(firewall_rules) with C(name)).
  returned: when the host was contacted and the state changes things
  type: dict
operations:
  description: One line per planned operation, in the order of the apply, for example
    C(attach endpoint hvnet-l2bridge_ep to the host (compartment 1)) or
    C(add host route 10.250.8.0/24 via 10.60.0.22 on vEthernet (Ethernet1)).
  returned: always
  type: list
  elements: str
planned:
  description:
  - The planned operations as data, one entry per line of RV(operations) and in the same order, so that a plan can
    be counted or grouped without parsing its text.
  - C(kind) is the object kind (C(switches), C(networks), C(endpoints), C(namespaces), C(vm_adapters),
    C(host_routes), C(forwarding) or C(firewall_rules)); C(name) the object's name (an endpoint's for an attach or
    detach, the interface alias for forwarding, C(<interface>|<prefix>|<next hop>) for a host route, the ID for a
    stale ledger release); C(action) one of C(create), C(update), C(delete), C(release); C(op) the bridge
    operation; C(disruptive) as the C([disruptive]) mark of RV(operations).
  returned: always
  type: list
  elements: dict
  sample:
    - {kind: host_routes, name: "vEthernet (Ethernet1)|10.250.8.0/24|10.60.0.22", action: create,
       op: net_route_add, disruptive: false}
rendered:
  description: With O(state=rendered), the bridge operations an apply against an empty host would send.
  returned: when O(state=rendered)
  type: list
  elements: dict
snapshot:
  description: The raw host snapshot after the task, opaque; pass it as O(snapshot) to the next C(host_network) task on
    the same host.
  returned: when the host was contacted
  type: dict
diff:
  description: Before and after, in diff mode.
  returned: in diff mode
  type: dict
extends_documentation_fragment:
  - hyperv.network.common
"""
