# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Names other tools give their HNS networks and Hyper-V switches, written once (internal collection use only).

Only used to explain an object this collection did not make, never to decide ownership (the ledger and the switch
notes decide that). The CNI owner names the plugin a topology would collide with:
flannel's ``vxlan0`` (vxlan backend) and ``cbr0`` (host-gw), Calico's ``calico`` and its ``Calico*``/``flannel*``
networks (matched by prefix).
"""

from __future__ import annotations

from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm

__all__ = ["cni_owner", "known_as"]

# name -> (what it is, the CNI plugin that made it or None)
_KNOWN = {
    "nat": ("Docker's default NAT network", None),
    "vxlan0": ("a flannel network", "flannel"),
    "cbr0": ("a flannel/CNI network", "flannel"),
    "calico": ("a Calico network", "Calico"),
    "external": ("a Calico/CNI anchor network", None),
    "default switch": ("the Windows Default Switch", None),
}
_CNI_PREFIXES = ((norm.name_key("calico"), "Calico"), (norm.name_key("flannel"), "flannel"))
_BY_KEY = {norm.name_key(name): known for name, known in _KNOWN.items()}


def known_as(name: object) -> str | None:
    """What an object of this name usually is (``"Docker's default NAT network"``), or None."""
    known = _BY_KEY.get(norm.name_key(name) or "")
    return known[0] if known else None


def cni_owner(name: object) -> str | None:
    """The CNI plugin whose network a network of this name is (``"flannel"``, ``"Calico"``), or None."""
    key = norm.name_key(name) or ""
    known = _BY_KEY.get(key)
    if known and known[1]:
        return known[1]
    return next((owner for prefix, owner in _CNI_PREFIXES if key.startswith(prefix)), None)
