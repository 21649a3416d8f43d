# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
# Documentation stub: the module is the action plugin plugins/action/hns_endpoint_info.py.

from __future__ import annotations

DOCUMENTATION = r"""
module: hns_endpoint_info
short_description: Read Host Networking Service (HNS) endpoints
version_added: 0.1.0
description:
  - Returns the HNS endpoints of a host, normalised from their HCN v2 documents.
  - Every object carries an C(owned) flag, true when this collection made it. Objects others made (Docker, a CNI,
    another team) are listed too.
  - Reads the host in one round trip and never changes it.
options:
  name:
    description:
      - Only return the endpoints with these names (exact, case-insensitive; no wildcards). All when unset.
    type: list
    elements: str
    aliases: [names]
  network:
    description:
      - Only return endpoints on these networks (exact, case-insensitive). All when unset.
    type: list
    elements: str
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
  - module: hyperv.network.hns_endpoint
  - module: hyperv.network.host_network
author:
  - hyperv.network developers (@hyperv-network)
"""

EXAMPLES = r"""
- name: Read the endpoints of one network
  hyperv.network.hns_endpoint_info:
    network: ctr-nat
  register: eps
"""

RETURN = r"""
endpoints:
  description:
    - The endpoints, sorted by name.
    - Each item has the keys of the M(hyperv.network.host_network) C(config.endpoints) items, plus C(id), C(owned)
      and, for objects others made, C(foreign) (who made it, when known).
  returned: success
  type: list
  elements: dict
  sample: [{"id": "5b6c7d8e-1a2b-4c3d-8e9f-0a1b2c3d4e5f", "name": "web-ep", "network": "ctr-nat", "owned": true}]
bridge_calls:
  description: How many round trips to the host this task made.
  returned: always
  type: int
  sample: 1
"""
