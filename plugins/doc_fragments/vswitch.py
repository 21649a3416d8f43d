# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The options of a Hyper-V virtual switch, written once (see plugins/plugin_utils/kind_options.py)."""

from __future__ import annotations


class ModuleDocFragment:
    # O(...) references are relative to the object; scripts/gen_docs.py makes them absolute for host_network.
    DOCUMENTATION = r"""
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
"""

    # Read-only facts host_network's gathered output adds (besides common.OBJECT_FACTS); accepted back, ignored.
    GATHERED = r"""
options: {}
"""
