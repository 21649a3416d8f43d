# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
# Documentation stub: the module is the action plugin plugins/action/ping.py.

from __future__ import annotations

DOCUMENTATION = r"""
module: ping
short_description: Check that the hyperv.network bridge runs on a host
version_added: 0.1.0
description:
  - Makes one round trip to the host with the bridge's no-op C(ping) operation. It proves that the connection works,
    that the transport passes the collection's policy, that PowerShell runs the bridge in Full Language mode as a
    64-bit Windows PowerShell 5.1, and reports the bridge protocol version.
  - It is also the cost floor of every other module (one bridge call).
options: {}
extends_documentation_fragment:
  - hyperv.network.common
attributes:
  diff_mode:
    support: N/A
    details: Nothing changes; there is no diff.
seealso:
  - module: ansible.windows.win_ping
author:
  - hyperv.network developers (@hyperv-network)
"""

EXAMPLES = r"""
- name: Check that every host runs the bridge
  hyperv.network.ping:
"""

RETURN = r"""
ping:
  description: Always C(pong) when the bridge answered.
  returned: success
  type: str
  sample: pong
protocol:
  description: The bridge protocol version the host answered with.
  returned: success
  type: int
  sample: 1
bridge_calls:
  description: How many round trips to the host this task made (1).
  returned: always
  type: int
  sample: 1
"""
