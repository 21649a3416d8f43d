"""foreign_names: one table of the names other tools give their networks and switches, for the foreign-object
explanation (state) and the CNI collision check (topology_host_checks)."""

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils.foreign_names import cni_owner, known_as


@pytest.mark.parametrize(
    ("name", "known", "owner"),
    [
        ("nat", "Docker's default NAT network", None),
        ("NAT", "Docker's default NAT network", None),  # HNS names match case-insensitively
        ("vxlan0", "a flannel network", "flannel"),
        ("cbr0", "a flannel/CNI network", "flannel"),
        ("Calico", "a Calico network", "Calico"),
        ("calico-vxlan", None, "Calico"),  # Calico's other networks, by prefix
        ("flannel.4096", None, "flannel"),
        ("External", "a Calico/CNI anchor network", None),  # a common word: explained, not a collision
        ("Default Switch", "the Windows Default Switch", None),
        ("hvnet-nat", None, None),
        (None, None, None),
    ],
)
def test_known_names_explain_and_cni_names_collide(name, known, owner):
    assert known_as(name) == known
    assert cni_owner(name) == owner
