"""hvemu's detached job decides as the bridge's job does: IpConfig (plugins/plugin_utils/bridge/HvNetIpConfig.cs).

host-code 3: the job compares and repairs with IpConfig.Carriers/Compare/PlanRepairs. hvemu models that job
(hvemu/model/jobs.py), so the same rules hold here: a DHCP carrier's gateways and DNS servers are not
configuration (they come with the lease), the fec0:0:0:ffff:: DNS placeholders are never pinned, fields that
were null before are not compared, a carrier that was DomainAuthenticated and reads Public or Private is a
journal warning, neither a repair nor a compare difference (IpConfig.AwaitsDomain and Bridge.RunJob's
`warnings`, review-2 1; Set-NetConnectionProfile cannot set DomainAuthenticated), and a carrier no interface
carries any more is reported, not skipped. The first part runs
whole jobs and reads the host through the model's own state (what the control API serves); the second runs
jobs.differences on the cases tests/hostcode/test_ipconfig_logic.py runs the C# on.
"""

import time

from hvemu.faults import Faults
from hvemu.model import jobs
from hvemu.model.testkit import gid, make_host, ok, switch_create

TAG = "[hyperv.network]"
VNIC = "vEthernet (ext)"
PLACEHOLDERS = ["fec0:0:0:ffff::1", "fec0:0:0:ffff::2", "fec0:0:0:ffff::3"]
MANUAL, WELLKNOWN, DHCP, RA = 1, 2, 3, 4  # PrefixOrigin (NL_PREFIX_ORIGIN)


def adapters(host):
    """Every interface by name, from the control API's view of the host."""
    return {a["Name"]: a for a in host.state()["adapters"]}


def run_job(host, *ops, faults=None):
    """Start a job with `ops` and wait until its task has applied, repaired and compared; its journal."""
    host.faults = Faults.from_json({"task_start_delay_s": 0, **(faults or {})})
    jid = gid()
    ok(host, {"op": "job_start", "args": {"job_id": jid, "ops": list(ops), "deadman_s": 30}})
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        (data,) = ok(host, {"op": "job_status", "args": {"job_id": jid}})
        if data["state"] != "running":
            ok(host, {"op": "job_confirm", "args": {"job_id": jid}})
            return data
        time.sleep(0.02)
    raise AssertionError(f"job {jid} still running")


def shared(name="ext", share=True):
    return switch_create(name, "External", net_adapter_names=["Ethernet"], allow_management_os=share, notes=TAG)


def ethernet_ip(host):
    """The model's IP configuration of NIC "Ethernet" (to give it a shape no fleet file field gives)."""
    return next(a for a in host.data["adapters"] if a["name"] == "Ethernet")["ip"]


def steps(data, name):
    return [s for s in data["steps"] if s["step"] == name]


def test_domain_authenticated_category_that_reads_public_is_a_warning_not_a_failure():
    """The vNIC lands in Public; the NIC was DomainAuthenticated. Set-NetConnectionProfile cannot set that (NLA
    does, once a domain controller answers): HvNetIpConfig.cs PlanRepairs plans no repair for it and
    HvNetBridge.cs Bridge.RunJob journals it in `warnings` (IpConfig.AwaitsDomain), leaving the compare step ok
    (review-2 1)."""
    host = make_host()
    ethernet_ip(host)["NetworkCategory"] = 2
    data = run_job(host, shared(), faults={"partial_migration": ["public_category"]})
    assert data["repairs"] == []
    assert steps(data, "repair") == []
    assert adapters(host)[VNIC]["ip"]["NetworkCategory"] == 0  # not set to 2 by the model
    (compare,) = steps(data, "compare")
    assert compare["ok"] is True and not compare["detail"]
    assert data["warnings"] == [
        f"{VNIC}: network category is Public, was DomainAuthenticated; Windows sets it again once a domain "
        "controller answers (the job cannot: Set-NetConnectionProfile does not set DomainAuthenticated)"
    ]
    assert data["state"] == "applied"


def test_a_private_carrier_that_reads_public_is_still_repaired():
    """Only DomainAuthenticated waits for Windows: a Private carrier is set back with Set-NetConnectionProfile
    and no warning is journaled."""
    host = make_host()
    ethernet_ip(host)["NetworkCategory"] = 1
    data = run_job(host, shared(), faults={"partial_migration": ["public_category"]})
    assert data["repairs"] == [f"{VNIC}: category restored (Set-NetConnectionProfile)"]
    assert adapters(host)[VNIC]["ip"]["NetworkCategory"] == 1
    assert data["warnings"] == []
    (compare,) = steps(data, "compare")
    assert compare["ok"] is True


def test_a_domain_carrier_without_a_profile_is_not_restorable_and_fails_the_compare():
    """AwaitsDomain needs a category now (Public or Private): a carrier with no connection profile at all is
    PlanRepairs' "no connection profile yet" and a compare difference, not a warning."""
    before = [static_nic(category=2)]
    now = static_nic(VNIC, 17, virtual=True, category=None)
    (d,) = jobs.differences(before, [now])
    assert d["field"] == "category" and not jobs.awaits_domain(d)
    (public,) = jobs.differences(before, [static_nic(VNIC, 17, virtual=True, category=0)])
    assert jobs.awaits_domain(public)


def test_a_dhcp_carrier_gets_no_gateway_or_dns_pinned():
    """A DHCP NIC (lease, router and DNS from DHCP) whose vNIC came up without them: the job pins neither
    (New-NetRoute would make the lease's router a persistent static route). hvemu does not model the lease
    arriving later (no source gives its timing), so the vNIC simply stays as the migration left it."""
    host = make_host()
    ip = ethernet_ip(host)
    ip.update(Dhcp=1, IPv4=[{"IPAddress": "10.1.0.77", "PrefixLength": 24, "PrefixOrigin": DHCP}])
    data = run_job(host, shared(), faults={"partial_migration": ["lose_gateway", "lose_dns"]})
    assert data["repairs"] == []
    vnic = adapters(host)[VNIC]["ip"]
    assert vnic["Gateways"] == [] and vnic["DnsServers"] == []
    (compare,) = steps(data, "compare")
    assert compare["ok"] is True


def test_dns_placeholders_are_not_pinned():
    """Windows lists fec0:0:0:ffff::1-3 among the servers when no IPv6 server is configured; restoring the
    lost DNS servers sets the configured ones only."""
    host = make_host()
    ip = ethernet_ip(host)
    ip["DnsServers"] = [*ip["DnsServers"], *PLACEHOLDERS]
    data = run_job(host, shared(), faults={"partial_migration": ["lose_dns"]})
    assert data["repairs"] == [f"{VNIC}: dns_servers restored (Set-DnsClientServerAddress)"]
    assert adapters(host)[VNIC]["ip"]["DnsServers"] == ["10.1.0.2", "10.1.0.3"]
    (compare,) = steps(data, "compare")
    assert compare["ok"] is True


def test_a_carrier_with_no_interface_is_reported_not_skipped():
    """An External switch not shared with the host binds the NIC: no interface carries its MAC any more."""
    host = make_host()
    mac = adapters(host)["Ethernet"]["MacAddress"]
    data = run_job(host, shared(share=False))
    assert data["repairs"] == [f"Ethernet: interface not restorable: no interface carries MAC {mac} now"]
    assert [s["ok"] for s in steps(data, "repair")] == [False]
    assert [c["Name"] for c in data["config_after"]] == ["Ethernet 2", "Ethernet 3"]


def test_a_static_host_that_lost_its_address_is_restored_as_planrepairs_does():
    """Set-NetIPInterface -Dhcp Disabled, the 169.254.x.y fallback removed, the static address back."""
    host = make_host()
    before = adapters(host)["Ethernet"]["ip"]
    data = run_job(host, shared(), faults={"partial_migration": ["lose_static_ip"]})
    assert data["repairs"] == [
        f"{VNIC}: addresses restored (Set-NetIPInterface, Remove-NetIPAddress, New-NetIPAddress)"
    ]
    assert adapters(host)[VNIC]["ip"] == before


# ---- jobs.differences on the cases the C# runs (tests/hostcode/test_ipconfig_logic.py) -----------------
MAC = "00-15-5D-0A-0B-0C"
LINK_LOCAL = {"IPAddress": "fe80::1c2d:3e4f:5a6b:7c8d", "PrefixLength": 64, "PrefixOrigin": WELLKNOWN}


def entry(name, index, mac=MAC, *, virtual=False, dhcp=0, ipv4=(), ipv6=(LINK_LOCAL,), gateways=(), dns=(),
          suffix="", metric=25, category=1):  # fmt: skip
    def addr(a):
        if isinstance(a, dict):
            return a
        ip, plen = a[0].split("/")
        return {"IPAddress": ip, "PrefixLength": int(plen), "PrefixOrigin": a[1]}

    return {
        "Name": name, "InterfaceIndex": index, "MacAddress": mac, "Virtual": virtual,
        "ip": {"Dhcp": dhcp, "IPv4": [addr(a) for a in ipv4], "IPv6": [addr(a) for a in ipv6],
               "Gateways": list(gateways), "DnsServers": list(dns), "DnsSuffix": suffix,
               "InterfaceMetric": metric, "NetworkCategory": category},
    }  # fmt: skip


def bound(name, index, mac=MAC):
    e = entry(name, index, mac, ipv6=())
    e["ip"].update(Dhcp=None, InterfaceMetric=None, NetworkCategory=None, DnsSuffix=None)
    return e


def static_nic(name="Ethernet", index=4, mac=MAC, **kw):
    values = dict(ipv4=[("10.0.0.10/24", MANUAL)], gateways=["10.0.0.1"], dns=["10.0.0.53", "10.0.0.54", *PLACEHOLDERS],
                  suffix="corp.example", category=1)  # fmt: skip
    values.update(kw)
    return entry(name, index, mac, **values)


def diff_fields(before, after):
    return [(d["field"], d["interface"], d.get("index")) for d in jobs.differences(before, after)]


def test_differences_static_host_moved_to_vethernet():
    moved = entry(VNIC, 17, virtual=True, dhcp=1, ipv4=[("169.254.3.4/16", WELLKNOWN)], dns=PLACEHOLDERS,
                  category=0, metric=15)  # fmt: skip
    before = [static_nic(gateways=["10.0.0.1", "10.0.0.1"])]
    assert diff_fields(before, [bound("Ethernet", 4), moved]) == [
        (f, VNIC, 17) for f in ("addresses", "dhcp", "gateways", "dns_servers", "dns_suffix", "category")
    ]
    repaired = [bound("Ethernet", 4), static_nic(VNIC, 17, virtual=True, metric=15)]
    assert diff_fields(before, repaired) == []


def test_differences_dhcp_lease_with_other_router_address_and_dns():
    before = [entry("Ethernet", 4, dhcp=1, ipv4=[("192.168.1.50/24", DHCP)], gateways=["192.168.1.1"],
                    dns=["192.168.1.1", *PLACEHOLDERS])]  # fmt: skip
    lease = entry(VNIC, 17, virtual=True, dhcp=1, ipv4=[("192.168.1.51/24", DHCP)], gateways=["192.168.1.254"],
                  dns=["192.168.1.254", "192.168.1.1"])  # fmt: skip
    assert diff_fields(before, [bound("Ethernet", 4), lease]) == []
    no_profile = entry(VNIC, 17, virtual=True, dhcp=1, ipv4=[("169.254.7.7/16", WELLKNOWN)], category=None)
    assert diff_fields(before, [no_profile]) == [("category", VNIC, 17)]


def test_differences_ipv6_from_router_advertisements_is_not_configuration():
    slaac = [LINK_LOCAL, ("2001:db8::2c3d:4e5f/64", RA)]
    before = [static_nic(ipv6=slaac, gateways=["10.0.0.1", "fe80::1"], dns=["10.0.0.53", "2001:db8::53"])]
    now = [static_nic(VNIC, 17, virtual=True, ipv6=[LINK_LOCAL], gateways=["10.0.0.1"], dns=["10.0.0.53"])]
    assert diff_fields(before, now) == []


def test_differences_bound_disabled_unplugged_and_gone():
    unplugged = entry("Ethernet 3", 6, "00-15-5D-00-00-03", dhcp=1, category=None, suffix=None, ipv6=())
    section = [static_nic(), bound("Ethernet 2", 5, "00-15-5D-00-00-02"), unplugged]
    plugged = dict(unplugged, ip=dict(unplugged["ip"], NetworkCategory=0))
    assert diff_fields([static_nic(), unplugged], [*section[:2], plugged]) == []  # no profile before: not compared
    assert diff_fields([static_nic()], [bound("Ethernet", 4)]) == [("interface", "Ethernet", None)]
