"""host-code 1: NICs without an IPv4 interface or a connection profile, as bridge.ps1 reports them.

Get-HvNetAdaptersSection (bridge.ps1) starts every adapter's ``ip`` with ``Dhcp = $null``,
``InterfaceMetric = $null`` and ``NetworkCategory = $cat[$ix]``, fills Dhcp and InterfaceMetric only
from an IPv4 Get-NetIPInterface entry and the category only from Get-NetConnectionProfile, and takes
DnsSuffix from Get-DnsClient (``$null`` without an entry). A NIC bound to an External/SET switch
or an LBFO team and a disabled NIC have no IPv4 interface; those and an unplugged NIC have no
connection profile. JavaScriptSerializer writes ``$null`` as JSON null. Every converge reads the
adapters section, so the controller must accept those nulls (the review reproduced the failure
with ``parse_response`` on exactly these shapes).
"""

import json
import time

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils import bridge_client as bc
from ansible_collections.hyperv.network.plugins.plugin_utils import disruptive
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import BridgeProtocolError
from ansible_collections.hyperv.network.plugins.plugin_utils.state import HostState


def adapter(name, index, status="Up", speed="10 Gbps", **ip):
    """One adapters entry with bridge.ps1's keys, in its order, its ip object as it starts it."""
    base = {"Dhcp": None, "IPv4": [], "IPv6": [], "Gateways": [], "DnsServers": [], "DnsSuffix": None,
            "InterfaceMetric": None, "NetworkCategory": None}  # fmt: skip
    base.update(ip)
    return {
        "Name": name,
        "InterfaceDescription": f"Intel(R) Ethernet Controller X710 #{index}",
        "InterfaceIndex": index,
        "InterfaceGuid": "{6F0D6D7A-1B2C-4D3E-8F90-" + f"{index:012d}" + "}",
        "MacAddress": f"00-15-5D-00-00-{index:02X}",
        "LinkSpeed": speed,
        "Status": status,
        "Virtual": False,
        "ip": base,
    }


BOUND = adapter("Ethernet 5", 5)  # bound to an External switch: no IPv4 interface, no profile
DISABLED = adapter("Ethernet 6", 6, status="Disabled", speed="0 bps")  # no IPv4 interface, no profile
UNPLUGGED = adapter("Ethernet 7", 7, status="Disconnected", speed="0 bps", Dhcp=1, InterfaceMetric=5)  # no profile
CARRIER = adapter(
    "Ethernet", 2, Dhcp=0, InterfaceMetric=15, NetworkCategory=1, DnsSuffix="lab.example",
    IPv4=[{"IPAddress": "10.1.0.21", "PrefixLength": 24, "PrefixOrigin": 1}],
    Gateways=["10.1.0.1"], DnsServers=["10.1.0.2"],
)  # fmt: skip


def bridge_output(adapters, request_id="r1"):
    """stdout as the bridge writes it: noise, the marked response with one snapshot result, noise."""
    doc = {
        "protocol": 1,
        "request_id": request_id,
        "ok": True,
        "elapsed_ms": 12,
        "results": [{"op": "snapshot", "ok": True, "data": {"adapters": adapters}}],
        "error": None,
    }
    return "noise\r\n" + bc.RESPONSE_BEGIN + json.dumps(doc) + bc.RESPONSE_END + "\r\n"


@pytest.mark.parametrize("nic", [BOUND, DISABLED, UNPLUGGED], ids=["bound", "disabled", "unplugged"])
def test_parse_response_accepts_the_nulls_bridge_ps1_sends(nic):
    response = bc.parse_response(0, bridge_output([CARRIER, nic]), "")
    got = response.results[0]["data"]["adapters"][1]
    assert got == nic
    state = HostState.from_snapshot(response.results[0]["data"])
    assert [a["Name"] for a in state.adapters] == ["Ethernet", nic["Name"]]


def test_parse_response_accepts_a_whole_host_of_such_nics():
    response = bc.parse_response(0, bridge_output([CARRIER, BOUND, DISABLED, UNPLUGGED]), "")
    ips = [a["ip"] for a in response.results[0]["data"]["adapters"]]
    assert [ip["InterfaceMetric"] for ip in ips] == [15, None, None, 5]
    assert [ip["NetworkCategory"] for ip in ips] == [1, None, None, None]


def test_an_adapter_without_a_mac_address_is_read():
    # Get-NetAdapter shows a blank MacAddress for a tunnel adapter (e.g. Wintun); the C# bridge writes a null
    # property as null where bridge.ps1's [string] cast wrote "".
    tunnel = adapter("LAN 2", 9, speed="100 Gbps", Dhcp=1, InterfaceMetric=25)
    tunnel.update(MacAddress=None, InterfaceGuid=None, LinkSpeed=None, Virtual=True)
    response = bc.parse_response(0, bridge_output([CARRIER, tunnel]), "")
    assert response.results[0]["data"]["adapters"][1]["MacAddress"] is None
    diffs, gone = disruptive.config_differences([CARRIER], [tunnel, CARRIER])
    assert (diffs, gone) == ([], [])


@pytest.mark.parametrize("field, value", [("Dhcp", "1"), ("InterfaceMetric", 2.5), ("NetworkCategory", "Private")])
def test_a_wrong_type_is_still_refused_naming_the_field(field, value):
    nic = json.loads(json.dumps(BOUND))
    nic["ip"][field] = value
    with pytest.raises(BridgeProtocolError) as e:
        bc.parse_response(0, bridge_output([nic]), "")
    assert f"adapters/0/ip/{field}" in e.value.msg


def test_config_differences_tolerate_nulls_and_say_what_they_mean():
    before = [CARRIER, UNPLUGGED]
    after_carrier = json.loads(json.dumps(CARRIER))
    after_carrier["ip"]["NetworkCategory"] = None  # e.g. NLA has not identified the new interface's network
    diffs, gone = disruptive.config_differences(before, [after_carrier, UNPLUGGED])
    assert gone == []
    assert [(d["interface"], d["field"], d["before"], d["after"]) for d in diffs] == [("Ethernet", "category", 1, None)]
    (line,) = disruptive.describe_differences(diffs)
    assert line == "Ethernet [00-15-5D-00-00-02]: network category Private -> none (no connection profile)"
    no_v4 = json.loads(json.dumps(CARRIER))
    no_v4["ip"].update(Dhcp=None, IPv4=[])
    (line,) = disruptive.describe_differences(disruptive.config_differences([CARRIER], [no_v4])[0][1:])
    assert "DHCP off -> none (no IPv4 interface)" in line


# ---- the whole controller against hvemu's model (in process, no transport) -------------------
hvemu_engine = pytest.importorskip("hvemu.bridge")
testkit = pytest.importorskip("hvemu.model.testkit")
Faults = pytest.importorskip("hvemu.faults").Faults

from ansible_collections.hyperv.network.plugins.plugin_utils import engine  # noqa: E402
from ansible_collections.hyperv.network.plugins.plugin_utils.bridge_client import BridgeClient  # noqa: E402

ODD_NICS = [
    {"name": "Ethernet", "ipv4": "10.1.0.21/24", "gateway": "10.1.0.1", "dns": ["10.1.0.2"], "dns_suffix": "lab"},
    {"name": "Ethernet 2", "ipv4": "10.1.1.21/24"},
    {"name": "Ethernet 5"},
    {"name": "Ethernet 6", "state": "disabled"},
    {"name": "Ethernet 7", "state": "unplugged"},
]
FOREIGN = {"switches": [{"name": "backup-ext", "adapters": ["Ethernet 5"], "allow_management_os": False}]}


def odd_host():
    host = testkit.make_host(adapters=ODD_NICS, seed=FOREIGN)
    host.faults = Faults.from_json({"task_start_delay_s": 0.05, "blackout_seconds": 0.5})
    return host


def client_for(host):
    """A BridgeClient whose transport runs hvemu's engine; no answer while the host is blacked out."""

    def execute(cmd, in_data):
        import base64

        if time.monotonic() < host.blackout_until:
            raise ConnectionError("connection refused (host network cut by a disruptive change)")
        script = base64.b64decode(cmd.rsplit(" ", 1)[1]).decode("utf-16-le")
        stdout, stderr, rc = hvemu_engine.run_script(host, script, in_data.decode("ascii").split("\r\n"))
        if time.monotonic() < host.blackout_until:
            raise ConnectionError("connection reset: the reply was lost")
        return rc, stdout, stderr

    return BridgeClient(execute, sleep=lambda s: time.sleep(min(s, 0.2)))


def converge(host, config):
    return engine.converge(client_for(host), config, "merged", check_mode=False, diff=False, wait_for_overlay=0)


def control_ip(host, name):
    return next(a["ip"] for a in host.state()["adapters"] if a["Name"] == name)


def test_a_converge_reads_a_host_with_a_bound_a_disabled_and_an_unplugged_nic():
    host = odd_host()
    config = {"switches": [{"name": "int1", "switch_type": "internal"}]}
    result = converge(host, config)
    assert result["changed"] and [s["Name"] for s in host.state()["switches"]] == ["backup-ext", "int1"]
    assert converge(host, config)["changed"] is False
    assert control_ip(host, "Ethernet 5")["InterfaceMetric"] is None  # the host really has such NICs
    assert control_ip(host, "Ethernet 6")["Dhcp"] is None
    assert control_ip(host, "Ethernet 7")["NetworkCategory"] is None


def test_the_disruptive_change_is_confirmed_though_its_after_snapshot_holds_the_newly_bound_nic():
    host = odd_host()
    before = control_ip(host, "Ethernet")
    config = {"switches": [{"name": "ext", "net_adapter_names": ["Ethernet"], "allow_management_os": True}]}
    result = converge(host, config)
    assert result["disruptive"] and result["job"]["state"] == "confirmed"
    assert control_ip(host, "vEthernet (ext)") == before
    assert control_ip(host, "Ethernet")["Dhcp"] is None and control_ip(host, "Ethernet")["IPv4"] == []
    assert converge(host, config)["changed"] is False
