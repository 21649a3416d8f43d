# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Documentation shared by every hyperv.network module: attributes, transport notes, common results."""

from __future__ import annotations


class ModuleDocFragment:
    # Attributes and notes of every module (modules override single attributes where they differ).
    DOCUMENTATION = r"""
attributes:
  action:
    description: Runs on the controller as an action plugin; the host only runs the collection's fixed PowerShell
      bridge.
    support: full
  async:
    description: Supports being used with the C(async) keyword.
    support: none
    details: A network change must finish, and be confirmed, inside the task; C(async) is refused with an error.
  become:
    description: Is usable alongside become keywords.
    support: none
    details:
      - C(become) is refused with an error. The bridge runs as the connection user, who must be a member of
        Administrators (and of Hyper-V Administrators for switch and VM adapter operations).
  bypass_host_loop:
    description: Forces a 'global' task that does not execute per host.
    support: none
  check_mode:
    description: Can run in check_mode and return changed status prediction without modifying target.
    support: full
    details: In check mode the host is read (one bridge call) and the planned operations are returned; nothing is
      changed.
  diff_mode:
    description: Will return details on what has changed (or possibly needs changing in check_mode), when in diff mode.
    support: full
  platform:
    description: Target OS/families that can be operated against.
    support: full
    platforms: windows
  action_group:
    description: Use C(group/hyperv.network.all) in C(module_defaults) to set defaults for this module.
    support: full
    membership:
      - hyperv.network.all
notes:
  - Runs over C(ansible.builtin.winrm) or C(ansible.builtin.psrp) against Windows PowerShell 5.1 with the Hyper-V
    PowerShell module (switches, VM adapters) and the Host Networking Service (HNS networks, endpoints).
    Use C(gather_facts) as you like; the modules do not need facts.
  - The collection refuses to send its bridge over an unencrypted transport. Over HTTP, use NTLM, Kerberos or CredSSP
    (they encrypt the WinRM messages; do not set message encryption to C(never)), or use HTTPS. Basic (C(plaintext))
    and certificate authentication over HTTP are refused. Set the variable C(hyperv_network_allow_unencrypted=true)
    to accept an unencrypted transport anyway (lab use only).
  - Set the variable C(hyperv_network_record_dir) (or the environment variable C(HYPERV_NETWORK_RECORD_DIR)) to a
    directory on the controller to record every bridge request and the host's raw answer there, for example to
    turn a real host's responses into emulator fixtures. Recordings hold host configuration; keep them private.
  - The bridge (about 60 KB of PowerShell) travels on stdin in full only until the host holds a copy. The host keeps
    it as C(bridge-<sha256>.ps1) in C(%ProgramData%\\hyperv.network) (SYSTEM and Administrators only), and later calls
    send only its SHA-256; the bootstrap runs the copy only if its bytes hash to that value. A host without a copy
    answers at once and the call is repeated with the full bridge (one extra small round trip, once per host and
    collection version). Set the variable C(hyperv_network_bridge_cache=false) to always send the bridge in full.
  - Objects are found by exact, case-insensitive name; wildcard characters (C(*), C(?), C([), C(])) are rejected in
    names before the host is contacted.
  - The collection deletes only what it made. Switches it made carry the line C([hyperv.network]) in their notes, and
    the IDs of HNS objects it made are kept in a ledger on the host. Docker's, a CNI's or another team's objects are
    reported (C(owned=false)) but never deleted.
  - An unchanged task costs one round trip to the host, a change two.
"""

    # Return values of every converging module.
    RETURN = r"""
changed:
  description: Whether the host was (or, in check mode, would be) changed.
  returned: always
  type: bool
operations:
  description:
    - One line per planned operation, in the order the bridge runs them.
    - In check mode, what would be done.
  returned: success
  type: list
  elements: str
  sample: ["create switch nat-sw (Internal)"]
planned:
  description:
    - The planned operations as data, one entry per line of RV(operations) and in the same order
      (C(kind), C(name), C(action), C(op), C(disruptive)); see M(hyperv.network.host_network).
  returned: success
  type: list
  elements: dict
created:
  description: The objects this task created, per kind, with their IDs.
  returned: success
  type: dict
  sample: {"switches": [{"name": "nat-sw", "id": "3f0e8a2c-6a51-4b1e-9d52-0c8f1f2d8e11"}], "networks": [], "endpoints":
    []}
skipped_foreign:
  description: Objects the task left alone because this collection did not make them (Docker's, a CNI's, another
    team's).
  returned: success
  type: list
  elements: dict
bridge_calls:
  description: How many round trips to the host this task made (1 when nothing changed, 2 for a change).
  returned: always
  type: int
  sample: 1
before:
  description: The task's objects before the task, in the shape of the host_network C(config) option.
  returned: success
  type: dict
after:
  description: The task's objects after the task (re-read in the same round trip as the change), same shape as
    C(before).
  returned: success
  type: dict
"""

    # Read-only facts of every object the collection creates and deletes (switches, networks, endpoints), as
    # host_network's state=gathered returns them; a config accepts them back and ignores them. See
    # plugins/plugin_utils/kind_options.py.
    OBJECT_FACTS = r"""
options:
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
"""
