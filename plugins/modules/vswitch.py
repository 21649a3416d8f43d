# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
# Documentation stub: the module is the action plugin plugins/action/vswitch.py.

from __future__ import annotations

DOCUMENTATION = r"""
module: vswitch
short_description: Manage a Hyper-V virtual switch
version_added: 0.1.0
description:
  - Create, update or remove one Hyper-V virtual switch (C(New-VMSwitch), C(Set-VMSwitch), C(Remove-VMSwitch)).
  - With O(state=present) the listed properties are merged into the switch; options you leave unset are left as
    they are on the host (resource-module C(merged) semantics). Use M(hyperv.network.host_network) with
    C(state=replaced) or C(overridden) for exact state.
  - With O(state=absent) the switch is removed, but only when this collection made it; a switch made by someone
    else (Docker, a CNI, another team) is an error that names it.
  - A thin entry to the same engine as M(hyperv.network.host_network) (C(config.switches)).
options:
  name:
    description:
      - Name of the switch, matched exactly and case-insensitively. Wildcard characters are rejected.
    type: str
    required: true
  switch_type:
    description:
      - Kind of switch. C(external) needs O(net_adapter_names).
      - Required when the switch is created, unless O(net_adapter_names) is given (then C(external)).
    type: str
    choices: [external, internal, private]
  net_adapter_names:
    description:
      - Names of the physical adapters (C(Get-NetAdapter) names, not interface descriptions) the external switch binds.
      - Several adapters make a Switch Embedded Teaming (SET) switch; its members are changed in place.
    type: list
    elements: str
  allow_management_os:
    description:
      - Whether the management OS shares the switch through a C(vEthernet) adapter.
      - Changing it on an external switch cuts the host's network for a few seconds; the collection then runs the
        change detached on the host and waits for it to answer again.
    type: bool
  enable_iov:
    description:
      - Enable SR-IOV. Create-only; changing it needs O(recreate=true).
    type: bool
  enable_packet_direct:
    description:
      - Enable Packet Direct. Create-only; changing it needs O(recreate=true).
    type: bool
  minimum_bandwidth_mode:
    description:
      - Bandwidth reservation mode (the switch reports it as C(BandwidthReservationMode)). Create-only; changing it
        needs
        O(recreate=true).
    type: str
    choices: [absolute, default, none, weight]
  notes:
    description:
      - Free text for the switch's notes. The collection's ownership line is added and stripped automatically.
    type: str
  state:
    description:
      - C(present) creates the switch or merges the given properties into it.
      - C(absent) removes it (only a switch this collection made).
    type: str
    choices: [present, absent]
    default: present
  recreate:
    description:
      - Allow removing and creating the switch again when a create-only property (O(enable_iov),
        O(enable_packet_direct), O(minimum_bandwidth_mode)) differs. Without it such a difference is an error.
      - Only switches this collection made are ever recreated.
    type: bool
    default: false
extends_documentation_fragment:
  - hyperv.network.common
seealso:
  - module: hyperv.network.vswitch_info
  - module: hyperv.network.host_network
author:
  - hyperv.network developers (@hyperv-network)
"""

EXAMPLES = r"""
- name: An internal switch for container NAT
  hyperv.network.vswitch:
    name: nat-sw
    switch_type: internal

- name: An external switch teamed over two adapters, shared with the management OS
  hyperv.network.vswitch:
    name: ext-sw
    switch_type: external
    net_adapter_names: [Ethernet0, Ethernet1]
    allow_management_os: true
    notes: uplink for container hosts

- name: Remove the switch (only if this collection made it)
  hyperv.network.vswitch:
    name: nat-sw
    state: absent
"""

RETURN = r"""
switch:
  description: The switch as the host reports it after the task (in check mode, as it would be), or null when it is
    absent.
  returned: success
  type: dict
  contains:
    id:
      description: The switch's GUID.
      type: str
    name:
      description: The switch's name.
      type: str
    switch_type:
      description: C(external), C(internal) or C(private).
      type: str
    net_adapter_names:
      description: Adapter names bound to an external switch.
      type: list
      elements: str
    allow_management_os:
      description: Whether the management OS shares the switch.
      type: bool
    enable_iov:
      description: SR-IOV enabled.
      type: bool
    enable_packet_direct:
      description: Packet Direct enabled.
      type: bool
    minimum_bandwidth_mode:
      description: Bandwidth reservation mode.
      type: str
    notes:
      description: The notes without the ownership line.
      type: str
    owned:
      description: Whether this collection made the switch.
      type: bool
  sample: {"id": "3f0e8a2c-6a51-4b1e-9d52-0c8f1f2d8e11", "name": "nat-sw", "switch_type": "internal", "owned": true}
extends_documentation_fragment:
  - hyperv.network.common
"""
