"""Normalisers and snapshot parsing: one normalisation for both sides."""

import json

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils import hcn
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils import state as model
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import HvNetPlanError
from ansible_collections.hyperv.network.plugins.plugin_utils.hresults import describe_hresult
from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils import hvnet_engine_fixtures as fx


@pytest.mark.parametrize(
    "value", ["00-15-5D-AA-BB-CC", "00:15:5d:aa:bb:cc", "00155DAABBCC", "00155daabbcc", "0015.5daa.bbcc"]
)
def test_mac_variants(value):
    assert norm.mac(value) == "00-15-5D-AA-BB-CC"


@pytest.mark.parametrize(
    "value", ["00-15-5D-AA-BB", "00-15-5D-AA-BB-CC-DD", "GG-15-5D-AA-BB-CC", "00-15-5DAA-BB-CC-", "00-15:5D-AA-BB-CC"]
)
def test_mac_invalid(value):
    with pytest.raises(ValueError):
        norm.mac(value)


def test_prefix_canonical_and_host_bits():
    assert norm.prefix("fd00:0:0::/64") == "fd00::/64"
    assert norm.prefix(" 10.0.0.0/8 ") == "10.0.0.0/8"
    with pytest.raises(ValueError, match="host bits"):
        norm.prefix("10.0.0.1/8")
    assert norm.prefix_lenient("10.0.0.1/8") == "10.0.0.0/8"


@pytest.mark.parametrize(
    ("raw", "iov", "expected"),
    [
        (0, False, "weight"),
        (0, True, "none"),
        (1, False, "weight"),
        (2, False, "absolute"),
        (3, True, "none"),
        ("default", False, "weight"),
        ("Absolute", False, "absolute"),
    ],
)
def test_bandwidth_mode_default_resolves_like_windows(raw, iov, expected):
    assert norm.bandwidth_mode(raw, iov) == expected


def test_enums():
    assert [norm.switch_type(i) for i in (0, 1, 2)] == ["private", "internal", "external"]
    assert norm.switch_type("External") == "external"
    assert [norm.mac_spoofing(i) for i in (1, 2)] == [True, False]
    assert [norm.vlan_mode(i) for i in (0, 1, 2)] == ["untagged", "access", "trunk"]
    assert norm.network_type(None) == "nat" and norm.network_type("L2Bridge") == "l2bridge"
    assert norm.protocol(6) == "tcp" and norm.protocol("17") == "udp" and norm.protocol_number("TCP") == 6


@pytest.mark.parametrize(
    ("notes", "user", "owned"),
    [
        ("[hyperv.network]", "", True),
        ("uplink\r\n[hyperv.network]", "uplink", True),
        ("uplink\n[hyperv.network]\n", "uplink", True),
        ("uplink [hyperv.network]", "uplink [hyperv.network]", False),
        (None, "", False),
        ("someone else's switch", "someone else's switch", False),
    ],
)
def test_notes_ownership_tag(notes, user, owned):
    assert norm.split_notes(notes) == (user, owned)
    if owned:
        assert norm.split_notes(norm.join_notes(user, True)) == (user, True)


def test_snapshot_parsing_facts_and_ownership():
    st = model.HostState.from_snapshot(fx.snapshot())
    ext = st.switches[norm.name_key("ext-sw")]
    assert ext["net_adapter_names"] == ["Ethernet0"]  # description mapped to the name
    assert ext["notes"] == "uplink for containers" and ext["owned"]
    assert st.switches[norm.name_key("set-sw")]["net_adapter_names"] == ["SLOT 3 Port 1", "SLOT 3 Port 2"]
    assert st.switches[norm.name_key("set-sw")]["minimum_bandwidth_mode"] == "none"
    assert not st.switches[norm.name_key("nat")]["owned"]
    nat = st.networks[norm.name_key("nat-owned")]
    assert nat["type"] == "nat" and nat["owned"] and nat["id"] == fx.NAT_ID  # Type omitted; upper-case ID
    assert nat["subnets"] == [
        {"prefix": "172.20.0.0/16", "gateway": "172.20.0.1", "routes": [], "vsid": None, "vlan": None}
    ]
    ovl = st.networks[norm.name_key("vxlan-ovl")]
    assert ovl["dr_mac_address"] == "00-15-5D-11-22-33" and ovl["provider_address"] == "10.0.0.21"
    assert ovl["host_route"] and ovl["adapter"] == "Ethernet1" and ovl["subnets"][0]["vsid"] == 4096
    assert ovl["remote_subnet_routes"] == [
        {
            "destination_prefix": "10.244.2.0/24",
            "isolation_id": 4096,
            "provider_address": "10.0.0.22",
            "dr_mac_address": "00-15-5D-AA-BB-02",
        }
    ]
    assert st.networks[norm.name_key("vxlan0")]["foreign_reason"].endswith("(a flannel network)")
    ep = st.endpoints[norm.name_key("web-ep")]
    assert ep["network"] == "nat-owned" and ep["gateway"] == "172.20.0.1" and ep["owned"]
    assert ep["port_mappings"] == [{"protocol": "tcp", "internal_port": 80, "external_port": 8080, "vip": ""}]
    assert not st.endpoints[norm.name_key("3f9c1a0b2d4e_eth0")]["owned"]
    vm = st.vm_adapters[(norm.name_key("ctr-vm-1"), norm.name_key("network adapter"))]
    assert (
        vm["mac_address"] == "00-15-5D-01-02-03"
        and vm["vlan"] == {"mode": "untagged"}
        and vm["mac_address_spoofing"] is False
    )


def test_unparsable_documents_are_skipped():
    snap = fx.snapshot()
    snap["networks"].append("not json")
    snap["networks"].append(json.dumps({"ID": fx.STALE_NET_ID}))  # no name
    st = model.HostState.from_snapshot(snap)
    assert norm.name_key("nat-owned") in st.networks


def test_report_round_trips_through_config():
    st = model.HostState.from_snapshot(fx.snapshot())
    gathered = model.gathered(st)
    config = model.strip_facts(gathered)
    assert "id" not in config["networks"][0] and "owned" not in config["switches"][0]
    assert "mac_address" not in config["vm_adapters"][0]


def test_hresult_table():
    assert describe_hresult("0x803B0010")[1] == "NETWORK_ALREADY_EXISTS"
    assert describe_hresult(-2143617008)[1] == "NETWORK_ALREADY_EXISTS"  # signed int form
    assert describe_hresult("0x803B002C")[1] == "ENTITY_HAS_REFERENCES"
    assert describe_hresult("0x803B00FF")[1] == "HNS_ERROR_00FF"
    assert describe_hresult(None) == (None, None, None, None)


def test_feature_gate_table():
    assert hcn.feature_supported("host_route", (9, 2), 18321) is True
    assert hcn.feature_supported("host_route", (9, 2), 17763) is True  # hcsshim: no build floor
    assert hcn.feature_supported("host_route", (9, 1), 20348) is False
    assert hcn.feature_supported("vxlan_port", None, None) is None
    with pytest.raises(HvNetPlanError, match=r"HNS 10\.3"):
        hcn.require_feature("vxlan_port", (10, 2), 20348, "x")


def test_a_ledger_entry_that_is_no_guid_is_ignored_not_a_crash():
    """An empty or null ledger ID (a hand-edited or damaged ledger) made sorted() raise TypeError while looking for
    stale entries (found by mypy when state.py was annotated)."""
    data = fx.empty_snapshot()
    data["ledger"]["networks"] = ["", None, fx.NAT_ID]
    current = model.HostState.from_snapshot(data)
    assert current.ledger["networks"] == {fx.NAT_ID.lower()}
    assert [entry[0] for entry in current.stale] == ["network"]
