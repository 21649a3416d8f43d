"""The three copies of the IP-configuration comparison agree (host-code 3, review-2 1).

A disruptive job decides what differs between the carriers before and after three times over:
- on the host, HvNetIpConfig.cs ``IpConfig.Compare`` and ``IpConfig.AwaitsDomain`` (run by HvNetBridge.cs
  Bridge.RunJob, which journals an AwaitsDomain difference in ``warnings`` and the rest in the compare step);
- on the controller, plugins/plugin_utils/disruptive.py ``config_differences`` (the differences that fail the
  task, and the carriers gone) and ``domain_pending`` (the warnings);
- in hvemu, emulator/hvemu/model/jobs.py ``differences`` and ``awaits_domain``.

Seeded random before/after pairs (a few hundred), shaped as the adapters section is (host vNICs, bound and
unplugged NICs, DHCP and static carriers, IPv6 from router advertisements, DNS placeholders, MACs in other
case, numbers as strings and floats), go through all three; every copy must name the same (MAC, field) set,
and the same subset as "waits for the domain". The C# runs under Mono, compiled once per session (as
tests/hostcode/test_ipconfig_logic.py does), one process per batch (tests/hostcode/ipconfig/
IpConfigAgreementDriver.cs), in both input shapes: JavaScriptSerializer's and PowerShell's.
"""

import json
import os
import random
import re
import subprocess
import sys

import pytest
from hostcode_support import BRIDGE_DIR, ROOT, compile_ipconfig_driver

# The collection as ansible_collections.hyperv.network, as tests/unit/conftest.py makes it importable.
_IMPORT_ROOT = os.path.join(str(ROOT), "tests", "output", "unit-import-root")
os.makedirs(os.path.join(_IMPORT_ROOT, "ansible_collections", "hyperv"), exist_ok=True)
if not os.path.islink(os.path.join(_IMPORT_ROOT, "ansible_collections", "hyperv", "network")):
    try:
        os.symlink(str(ROOT), os.path.join(_IMPORT_ROOT, "ansible_collections", "hyperv", "network"))
    except FileExistsError:
        pass
if _IMPORT_ROOT not in sys.path:
    sys.path.insert(0, _IMPORT_ROOT)
_EMULATOR = str(ROOT / "emulator")
if _EMULATOR not in sys.path:
    sys.path.insert(0, _EMULATOR)

from ansible_collections.hyperv.network.plugins.plugin_utils import disruptive  # noqa: E402
from hvemu.model import jobs  # noqa: E402

SOURCE = BRIDGE_DIR / "HvNetIpConfig.cs"
DRIVER = ROOT / "tests" / "hostcode" / "ipconfig" / "IpConfigAgreementDriver.cs"
CASES = 300
SEED = 20261203

MANUAL, WELLKNOWN, DHCP, RA = 1, 2, 3, 4  # PrefixOrigin (NL_PREFIX_ORIGIN)
PLACEHOLDERS = ["fec0:0:0:ffff::1", "fec0:0:0:ffff::2", "fec0:0:0:ffff::3"]


@pytest.fixture(scope="session")
def agreement_driver(tmp_path_factory):
    """HvNetIpConfig.cs and the batch driver compiled as C# 5, once per session (test_ipconfig_logic's way)."""
    return compile_ipconfig_driver(
        tmp_path_factory.mktemp("ipconfig-agreement") / "agreement.exe", DRIVER, "the IP-configuration agreement"
    )


def csharp(driver, cases, powershell):
    payload = json.dumps({"cases": cases, "powershell": powershell})
    done = subprocess.run(driver, input=payload, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads(done.stdout)


# ---- generated inputs ------------------------------------------------------------------------------------


def _number(rng, n):
    """A number as the host may hand it over: int, numeric string or float (Int's inputs)."""
    return rng.choice([n, n, n, str(n), float(n)])


def _address(rng, family):
    if family == "IPv4":
        text = f"10.{rng.randint(0, 1)}.{rng.randint(0, 2)}.{rng.randint(1, 3)}"
        plen = rng.choice([16, 24])
    else:
        text = rng.choice([f"2001:db8::{rng.randint(1, 3):x}", f"2001:DB8::{rng.randint(10, 11):X}", "fe80::1"])
        plen = 64
    origin = rng.choice([MANUAL, MANUAL, WELLKNOWN, DHCP, RA])
    return {"IPAddress": text, "PrefixLength": _number(rng, plen), "PrefixOrigin": _number(rng, origin)}


def _ip(rng):
    gateways = ["10.0.0.1", "10.0.0.254", "fe80::1", "FE80::1", None]
    servers = ["10.0.0.53", "10.0.0.54", "2001:db8::53", "2001:DB8::53"]
    return {
        "Dhcp": rng.choice([None, 0, 0, 1, "1", 0.0]),
        "IPv4": [_address(rng, "IPv4") for _ in range(rng.randint(0, 2))],
        "IPv6": [_address(rng, "IPv6") for _ in range(rng.randint(0, 2))],
        "Gateways": [rng.choice(gateways) for _ in range(rng.randint(0, 3))],
        "DnsServers": [rng.choice([*servers, *PLACEHOLDERS]) for _ in range(rng.randint(0, 3))],
        "DnsSuffix": rng.choice([None, "", "corp.example", "CORP.example", "lab.example"]),
        "InterfaceMetric": rng.choice([None, 15, 25, "25"]),
        "NetworkCategory": rng.choice([None, 0, 1, 2, 2, 2, "2", 2.0, 3]),
    }  # fmt: skip


def _mutate(rng, ip):
    """The carrier after the change: mostly the same, a few fields as Windows' move may leave them."""
    after = json.loads(json.dumps(ip))
    for key in rng.sample(sorted(after), rng.choice([0, 0, 1, 2, 3])):
        after[key] = _ip(rng)[key]
    if rng.random() < 0.3:
        # A new vNIC that NLA has not identified yet (review-2 1): Public or Private for now.
        after["NetworkCategory"] = rng.choice([0, 1, "0", 1.0])
    return after


def _entry(name, index, mac, virtual, ip):
    return {"Name": name, "InterfaceIndex": index, "MacAddress": mac, "Virtual": virtual, "ip": ip}


def generated_cases(seed=SEED, count=CASES):
    """[before carriers, after adapters section] pairs: one to three NICs, each moved to a host vNIC, left
    on the NIC, bound without a vNIC, or with its MAC in another case."""
    rng = random.Random(seed)
    cases = []
    for _ in range(count):
        before, after = [], []
        for n in range(rng.randint(1, 3)):
            mac = f"00-15-5D-00-{rng.randint(0, 255):02X}-{n:02X}"
            ip = _ip(rng)
            before.append(_entry(f"Ethernet {n}", 4 + n, mac, False, ip))
            fate = rng.choice(["moved", "moved", "stayed", "bound", "case"])
            now = _mutate(rng, ip)
            if fate == "moved":
                bound = dict(ip, Dhcp=None, InterfaceMetric=None, NetworkCategory=None)
                after.append(_entry(f"Ethernet {n}", 4 + n, mac, False, bound))
                after.append(_entry(f"vEthernet (ext{n})", 17 + n, mac, True, now))
            elif fate == "stayed":
                after.append(_entry(f"Ethernet {n}", _number(rng, 4 + n), mac, False, now))
            elif fate == "bound":
                after.append(_entry(f"Ethernet {n}", 4 + n, mac, False, dict(now, InterfaceMetric=None)))
            else:
                after.append(_entry(f"vEthernet (ext{n})", 17 + n, mac.lower(), True, now))
        rng.shuffle(after)
        cases.append([before, after])
    return cases


# ---- the three copies, reduced to what they decide -------------------------------------------------------


def _key(mac, field):
    return (str(mac).lower(), field)


def decided_by_csharp(diffs):
    fails = {_key(d["mac"], d["field"]) for d in diffs if not d["awaits_domain"]}
    waits = {_key(d["mac"], d["field"]) for d in diffs if d["awaits_domain"]}
    return fails, waits


def decided_by_controller(before, after):
    diffs, gone = disruptive.config_differences(before, after)
    fails = {_key(d["mac"], d["field"]) for d in diffs}
    # gone: "<name> (<mac>)"; IpConfig's field "interface".
    fails |= {_key(re.search(r"\(([^()]*)\)$", g).group(1), "interface") for g in gone}
    # domain_pending: "<name> [<mac>]: network category ..."; only the category waits for the domain.
    waits = {_key(re.match(r"^.* \[([^\]]*)\]: network category ", w).group(1), "category")
             for w in disruptive.domain_pending(before, after)}  # fmt: skip
    return fails, waits


def decided_by_hvemu(before, after):
    diffs = jobs.differences(before, after)
    fails = {_key(d["mac"], d["field"]) for d in diffs if not jobs.awaits_domain(d)}
    waits = {_key(d["mac"], d["field"]) for d in diffs if jobs.awaits_domain(d)}
    return fails, waits


def test_generated_cases_cover_every_decision():
    """The generator reaches each field as a difference, carriers gone, and domain-pending categories, and
    leaves some cases without any difference (else agreement would prove little)."""
    seen, waits, clean = set(), 0, 0
    for before, after in generated_cases():
        fails, pending = decided_by_hvemu(before, after)
        seen |= {field for _mac, field in fails}
        waits += len(pending)
        clean += not fails and not pending
    assert seen == {"interface", "addresses", "dhcp", "gateways", "dns_servers", "dns_suffix", "category"}
    assert waits >= 30 and clean >= 20


@pytest.mark.parametrize("powershell", [False, True], ids=["serializer", "powershell"])
def test_the_three_comparisons_agree(agreement_driver, powershell):
    cases = generated_cases()
    answers = csharp(agreement_driver, cases, powershell)
    assert len(answers) == len(cases)
    disagreements = []
    for i, ((before, after), diffs) in enumerate(zip(cases, answers, strict=True)):
        host = decided_by_csharp(diffs)
        controller = decided_by_controller(before, after)
        hvemu = decided_by_hvemu(before, after)
        if not host == controller == hvemu:
            disagreements.append(
                f"case {i}: C# fails {sorted(host[0])} waits {sorted(host[1])} | disruptive.py fails "
                f"{sorted(controller[0])} waits {sorted(controller[1])} | hvemu fails {sorted(hvemu[0])} waits "
                f"{sorted(hvemu[1])}\n  before {json.dumps(before)}\n  after {json.dumps(after)}"
            )
    assert not disagreements, f"{len(disagreements)} of {len(cases)} cases disagree; first:\n{disagreements[0]}"
