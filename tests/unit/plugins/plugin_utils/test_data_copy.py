"""normalize.data_copy and ipcache's memoised texts give what the costlier forms gave (issue 13)."""

from __future__ import annotations

import copy
import ipaddress

import pytest
from ansible.template import trust_as_template
from ansible_collections.hyperv.network.plugins.plugin_utils import ipcache
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm


def test_a_copy_of_json_like_data_equals_a_deep_copy_and_shares_no_container():
    data = {"hosts": {"hv01": {"subnet": "10.0.1.0/24", "routes": [{"prefix": "10.9.0.0/16", "metric": 5}]}},
            "vsid": 4096, "dns": None, "enabled": True, "ratio": 0.5}  # fmt: skip
    copied = norm.data_copy(data)
    assert copied == copy.deepcopy(data)
    copied["hosts"]["hv01"]["routes"][0]["metric"] = 6
    copied["hosts"]["hv01"]["routes"].append({})
    assert data["hosts"]["hv01"]["routes"] == [{"prefix": "10.9.0.0/16", "metric": 5}]


def test_a_tagged_role_value_is_shared_as_it_is_and_other_types_are_deep_copied():
    tagged = trust_as_template("{{ hyperv_network_overlay_adapter }}")
    members = {"hv01", "hv02"}
    inner = ["a"]
    copied = norm.data_copy({"adapter": tagged, "members": members, "pair": (inner, "b")})
    assert copied["adapter"] is tagged  # a str subclass, immutable: its tags stay with it
    assert copied["members"] == members and copied["members"] is not members
    assert copied["pair"] == (["a"], "b") and copied["pair"][0] is not inner


@pytest.mark.parametrize("value", ["10.1.0.5/24", "10.1.0.0/24", "fd00:1::1/64", "FD00:0001::/64", "10.9.9.9"])
def test_network_text_is_the_text_of_the_parsed_network(value):
    assert ipcache.network_text(value, strict=False) == str(ipaddress.ip_network(value, strict=False))


@pytest.mark.parametrize("value", ["10.0.0.1", "FD00:0::1", "fd00::1"])
def test_address_text_is_the_text_of_the_parsed_address(value):
    assert ipcache.address_text(value) == str(ipaddress.ip_address(value))


def test_the_memoised_texts_refuse_what_ipaddress_refuses_with_its_words():
    for call, value in ((ipcache.network_text, "10.1.0.5/24"), (ipcache.address_text, "300.1.1.1")):
        with pytest.raises(ValueError) as ours:
            call(value)
        with pytest.raises(ValueError) as theirs:
            (ipaddress.ip_network if "/" in value else ipaddress.ip_address)(value)
        assert str(ours.value) == str(theirs.value)
    with pytest.raises(ValueError):
        ipcache.network_text(["10.1.0.0/24"])  # unhashable: ipaddress itself answers
