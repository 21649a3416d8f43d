# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
# Documentation stub: the module is the action plugin plugins/action/hns_network_info.py.

from __future__ import annotations

DOCUMENTATION = r"""
module: hns_network_info
short_description: Read Host Networking Service (HNS) networks
version_added: 0.1.0
description:
  - Returns the HNS networks of a host, normalised from their HCN v2 documents, with the read-only facts
    C(dr_mac_address) and C(provider_address) (from the network's C(DrMacAddress) and C(ProviderAddress) policies; HCN
    v2 documents carry no management IP).
  - Every object carries an C(owned) flag, true when this collection made it. Objects others made (Docker, a CNI,
    another team) are listed too.
  - Reads the host in one round trip and never changes it.
options:
  name:
    description:
      - Only return the networks with these names (exact, case-insensitive; no wildcards). All when unset.
    type: list
    elements: str
    aliases: [names]
extends_documentation_fragment:
  - hyperv.network.common
attributes:
  check_mode:
    support: full
    details: The module only reads; it runs the same in check mode.
  diff_mode:
    support: N/A
    details: The module only reads; there is no diff.
seealso:
  - module: hyperv.network.hns_network
  - module: hyperv.network.host_network
author:
  - hyperv.network developers (@hyperv-network)
"""

EXAMPLES = r"""
- name: Read every HNS network
  hyperv.network.hns_network_info:
  register: nets

- name: Is Docker's nat network there?
  hyperv.network.hns_network_info:
    name: nat
  register: docker_nat
"""

RETURN = r"""
networks:
  description:
    - The networks, sorted by name.
    - Each item has the keys of the M(hyperv.network.host_network) C(config.networks) items, plus C(id), C(owned)
      and, for objects others made, C(foreign) (who made it, when known).
  returned: success
  type: list
  elements: dict
  sample: [{"id": "9d1f0b8e-2b7c-4a55-8e3a-1c2d3e4f5a6b", "name": "nat", "type": "nat", "owned": false}]
bridge_calls:
  description: How many round trips to the host this task made.
  returned: always
  type: int
  sample: 1
"""
