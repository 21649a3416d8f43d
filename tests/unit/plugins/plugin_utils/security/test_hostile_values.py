"""Hostile names and values: each reaches the host model byte for byte, or is refused before any call.

Property-based (hypothesis), at the engine level against an in-process hvemu host (see security_helpers):
the values travel inside the JSON request line of stdin, framed by the real bootstrap command line, exactly
as over WinRM. Values mix quotes, backticks, ``$``, ``;``, wildcards, newlines, ``$(...)``, ``@(...)``,
the characters Python's ``splitlines`` splits on but powershell.exe does not (\\v \\f \\x1c-\\x1e \\x85
U+2028 U+2029), the bridge's own framing lines, NUL, format characters, non-BMP text, case variants of the
host's own names and strings around the 256-character limit.

The oracle (``name_rules``) restates the Windows rules the collection enforces; it is written from
docs/security.md, not from validate.py, so a drift in either is a failure.

Each test counts the values it checked and asserts the totals at the end: at least 1,000 values across the
two tests in the default suite (more under ``-m full``), no mismatch, and the whole run used exactly one
bootstrap and one bridge script (by SHA-256) whatever the inputs.
"""

from __future__ import annotations

import json
import unicodedata

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import HvNetValidationError
from ansible_collections.hyperv.network.plugins.plugin_utils.validate import validate_config
from ansible_collections.hyperv.network.tests.unit.plugins.plugin_utils.security.security_helpers import (
    converge,
    expected_script_hashes,
    make_host,
)
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

TAG = "[hyperv.network]"
NAME_MAX = 256
DNS_NAME_MAX = 253
NOTES_MAX = 4096 - len("\n" + TAG)

PIECES = [
    "'", '"', "`", "$", ";", "*", "?", "[", "]", "\n", "\r\n", "\r", "\t", " ", "$(whoami)", "@(1,2)", "${x}",
    "$env:PATH", "'; Remove-VMSwitch -Force; '", '"; exit 1; "', "`$(Stop-Computer)", "--%", "|", "&", "<", ">",
    "#", "%", "^", "\\", "/", "{", "}", "(", ")", ",", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028",
    "\u2029", "\x00", "\x7f", "\u200b", "\ufeff", "\u00e9", "\u00df", "\u0130", "\u212a", "\U0001f600",
    "\u4e2d\u6587", "#hvnet-request", "# hyperv.network bridge v1", "\\u0027", "null", "nat", "NAT", "Ethernet",
]  # fmt: skip
WILDCARDS = "*?[]"
_plain = st.from_regex(r"[A-Za-z0-9 _.-]{1,8}", fullmatch=True)
_piece = st.one_of(st.sampled_from(PIECES), st.sampled_from(PIECES), _plain, st.text(min_size=1, max_size=4))
hostile = st.lists(_piece, min_size=1, max_size=10).map("".join)
# Around the limits: 250..262 characters (some of them outside the BMP), and very long ones.
long_text = st.builds(
    lambda unit, n: (unit * n)[:n],
    st.sampled_from(["a", "\u00e9", "\U0001f600", "$(x)", "'", "a b"]),
    st.one_of(st.integers(250, 262), st.integers(263, 5000)),
)
any_value = st.one_of(hostile, hostile, hostile, long_text)


def name_rules(value) -> list[str]:
    """The rule words a name breaks (empty: a valid Windows object name for the collection)."""
    broken = []
    if len(value) > NAME_MAX:
        broken.append("longer than 256")
    if any(c in WILDCARDS for c in value):
        broken.append("wildcard")
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in value):
        broken.append("control or line-separator")
    if value != value.strip():
        broken.append("leading or trailing spaces")
    return broken


def dns_rules(value) -> list[str]:
    """The rule words a DNS domain or search suffix breaks."""
    broken = []
    if len(value) > DNS_NAME_MAX:
        broken.append("longer than 253")
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in value):
        broken.append("control or line-separator")
    if value != value.strip():
        broken.append("leading or trailing spaces")
    return broken


def notes_rules(value) -> list[str]:
    broken = []
    if len(value) > NOTES_MAX:
        broken.append(f"longer than {NOTES_MAX}")
    if TAG in value:
        broken.append("must not contain " + TAG)
    return broken


def make_valid(value: str) -> str:
    """A name from ``value`` that keeps every hostile character Windows allows in a name."""
    kept = "".join(c for c in value if c not in WILDCARDS and unicodedata.category(c) not in ("Cc", "Cf", "Zl", "Zp"))
    return kept[:NAME_MAX].strip() or "x"


valid_name = any_value.map(make_valid)
valid_dns = any_value.map(lambda v: make_valid(v)[:DNS_NAME_MAX].strip() or "x")


def ascii_case_variant(name: str) -> str:
    """The same name in other letter case, ASCII letters only (Windows' OrdinalIgnoreCase and Python agree)."""
    return "".join(c.swapcase() if c.isascii() else c for c in name)


def key(name: str) -> str:
    return name.lower()


# --- the configuration carrying the values, and where each value must land on the host ---------------------


def build(v: dict) -> dict:
    """A host_network config putting every value ``v`` at its option."""
    return {
        "switches": [
            {"name": v["switch"], "switch_type": "internal", "notes": v["notes"]},
            {
                "name": v["ext_switch"],
                "net_adapter_names": [v["adapter_ref"]],
                "allow_management_os": False,
            },
        ],
        "networks": [
            {
                "name": v["network"],
                "type": "nat",
                "subnets": [{"prefix": "172.20.0.0/16"}],
                "dns": {"domain": v["domain"], "search": [v["search"], v["domain"]]},
                "policies": [{"Type": "SetPolicy", "Settings": {"Name": v["policy"], v["policy_key"]: v["search"]}}],
            }
        ],
        "endpoints": [
            {
                "name": v["endpoint"],
                "network": v["network_ref"],
                "ip_address": "172.20.0.10",
                "dns": {"domain": v["ep_domain"], "search": [v["ep_domain"]]},
                "acls": [{"action": "allow", "direction": "in", "remote_addresses": v["acl_remote"], "priority": 100}],
                "policies": [{"Type": "PortName", "Settings": {"Name": v["policy"]}}],
            }
        ],
        "vm_adapters": [{"vm": v["vm_ref"], "name": v["nic_ref"], "switch": v["switch_ref"]}],
    }


NAME_FIELDS = {
    # value key: (option path, what the host must hold)
    "switch": "config.switches[0].name",
    "ext_switch": "config.switches[1].name",
    "adapter_ref": "config.switches[1].net_adapter_names[0]",
    "network": "config.networks[0].name",
    "endpoint": "config.endpoints[0].name",
    "network_ref": "config.endpoints[0].network",
    "vm_ref": "config.vm_adapters[0].vm",
    "nic_ref": "config.vm_adapters[0].name",
    "switch_ref": "config.vm_adapters[0].switch",
}
FREE_FIELDS = ("domain", "search", "policy", "policy_key", "ep_domain", "acl_remote")
SPOILABLE = ("switch", "ext_switch", "network", "endpoint", "network_ref", "vm_ref", "nic_ref", "switch_ref",
             "adapter_ref", "domain", "search", "ep_domain", "notes")  # fmt: skip
DNS_FIELDS = {
    "domain": ("config.networks[0].dns.domain", "config.networks[0].dns.search[1]"),
    "search": ("config.networks[0].dns.search[0]",),
    "ep_domain": ("config.endpoints[0].dns.domain", "config.endpoints[0].dns.search[0]"),
}


def seeded_host(v: dict):
    """A host holding the VM, its NIC and the adapter the config refers to, plus decoys a wildcard would match."""
    adapters = [
        {"name": "Ethernet", "ipv4": "10.1.0.21/24", "gateway": "10.1.0.1", "dns": ["10.1.0.2"]},
        {"name": v["adapter"], "description": "Hostile NIC"},
        {"name": v["adapter"] + " 2", "description": "Decoy NIC"},
    ]
    vms = [
        {"name": v["vm"], "nics": [{"name": v["nic"]}, {"name": v["nic"] + "2"}]},
        {"name": v["vm"] + "2", "nics": [{"name": v["nic"]}]},
    ]
    return make_host(adapters=adapters, vms=vms)


def check_host(host, v: dict, where: str) -> list[str]:
    """Compare the host model (its control-API state) with the values; return the mismatches."""
    state = host.state()
    bad = []

    def expect(what, got, want):
        if got != want:
            bad.append(f"{where}: {what} is {got!r:.300}, expected {want!r:.300}")

    switches = {s["Name"]: s for s in state["switches"]}
    sw = switches.get(v["switch"])
    expect("switch name (exact)", sw and sw["Name"], v["switch"])
    notes = v["notes"].rstrip("\r\n")  # documented: trailing line breaks of notes are not kept
    expect("switch Notes", sw and sw["Notes"], notes + "\n" + TAG if notes else TAG)
    ext = switches.get(v["ext_switch"])
    expect("external switch adapter", ext and ext["NetAdapterInterfaceDescription"], "Hostile NIC")
    networks = [n for n in state["networks"] if n["Name"] == v["network"]]
    expect("networks named exactly", len(networks), 1)
    if networks:
        net = networks[0]
        expect("network Dns.Domain", net["Dns"].get("Domain"), v["domain"])
        expect("network Dns.Search", net["Dns"].get("Search"), [v["search"], v["domain"]])
        expect(
            "network raw policy",
            [p for p in net["Policies"] if p["Type"] == "SetPolicy"],
            [{"Type": "SetPolicy", "Settings": {"Name": v["policy"], v["policy_key"]: v["search"]}}],
        )
    endpoints = [e for e in state["endpoints"] if e["Name"] == v["endpoint"]]
    expect("endpoints named exactly", len(endpoints), 1)
    if endpoints and networks:
        ep = endpoints[0]
        expect("endpoint network", ep["HostComputeNetwork"].lower(), networks[0]["ID"].lower())
        expect("endpoint Dns", (ep["Dns"].get("Domain"), ep["Dns"].get("Search")), (v["ep_domain"], [v["ep_domain"]]))
        acls = [p["Settings"] for p in ep["Policies"] if p["Type"] == "ACL"]
        expect("ACL RemoteAddresses", [a.get("RemoteAddresses") for a in acls], [v["acl_remote"]])
        expect("endpoint raw policy", [p for p in ep["Policies"] if p["Type"] == "PortName"], [
            {"Type": "PortName", "Settings": {"Name": v["policy"]}}
        ])  # fmt: skip
    nics = {(n["VMName"], n["Name"]): n for n in state["vm_adapters"]}
    expect("the named VM NIC's switch", nics[(v["vm"], v["nic"])]["SwitchName"], v["switch"])
    expect("decoy NIC on the same VM", nics[(v["vm"], v["nic"] + "2")]["SwitchName"], None)
    expect("decoy NIC on the other VM", nics[(v["vm"] + "2", v["nic"])]["SwitchName"], None)
    return bad


class Tally:
    """What the properties checked, summed over their examples."""

    def __init__(self):
        self.values = 0
        self.accepted = 0
        self.rejected = 0
        self.dangling = 0
        self.mismatches = []
        self.scripts = set()


def value_sets(name, free, dns):
    """Hypothesis strategy of one example's values: ``name`` for names, ``dns`` for DNS suffixes, ``free`` else."""
    fields = {k: name for k in ("switch", "ext_switch", "adapter", "network", "endpoint", "vm", "nic")}
    fields.update({k: free for k in FREE_FIELDS})
    fields.update({k: dns for k in DNS_FIELDS})
    fields["notes"] = st.one_of(free, st.text(max_size=40), long_text)
    fields["case_refs"] = st.booleans()
    return st.fixed_dictionaries(fields)


def with_refs(v: dict) -> dict:
    """Add the references to existing objects, in another letter case when ``case_refs``."""
    variant = ascii_case_variant if v["case_refs"] else (lambda s: s)
    v = dict(v)
    v["adapter_ref"] = variant(v["adapter"])
    v["network_ref"] = variant(v["network"])
    v["vm_ref"] = variant(v["vm"])
    v["nic_ref"] = variant(v["nic"])
    v["switch_ref"] = variant(v["switch"])
    return v


def distinct_objects(v: dict) -> bool:
    """Names that must not collide: two switches, the NAT network's own switch, the adapters and the decoy."""
    switch_names = [key(v["switch"]), key(v["ext_switch"]), key(v["network"])]
    adapters = {key(v["adapter"]), key(v["adapter"] + " 2")}
    return len(set(switch_names)) == 3 and not key(v["adapter"]).endswith(" 2") and "ethernet" not in adapters


def converge_and_check(v: dict, tally: Tally, where: str) -> None:
    host = seeded_host(v)
    config = build(v)
    first = converge(host, config)
    tally.mismatches += ["{}: warnings {!r}".format(where, first["warnings"])] if first["warnings"] else []
    tally.mismatches += check_host(host, v, where)
    again = converge(host, config)
    if again["operations"] or again["bridge_calls"] != 1:
        tally.mismatches.append("{}: not idempotent: {!r}".format(where, again["operations"]))
    tally.scripts |= set(host.stats.scripts)
    tally.accepted += 1


DEFAULT_EXAMPLES = 110  # per property: about 2,400 values in about 20 s
FULL_EXAMPLES = 5000  # per property: 10,000 examples, about 220,000 values


def valid_values_property(examples: int) -> Tally:
    """Every value Windows allows lands on the host exactly, on the named object only, and converges once."""
    tally = Tally()

    # The default suite is derandomized: its tallies' floors (refused >= a third of the examples) are then
    # checked on the same inputs every run instead of failing by chance; the full matrix stays random.
    @settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
        derandomize=examples <= DEFAULT_EXAMPLES,
    )
    @given(value_sets(valid_name, any_value.filter(lambda s: len(s) <= 1000), valid_dns))
    def run(values):
        v = with_refs(values)
        assume(distinct_objects(v) and not notes_rules(v["notes"]))
        where = json.dumps({k: v[k] for k in NAME_FIELDS if k in v} | {"notes": v["notes"][:60]}, ensure_ascii=True)
        validate_config(build(v))
        tally.values += len(NAME_FIELDS) + len(FREE_FIELDS) + 1
        converge_and_check(v, tally, where[:400])

    run()
    return tally


def refusal_property(examples: int) -> Tally:
    """Any value: the invalid ones are refused before any call, naming each field and the rule it breaks."""
    tally = Tally()

    # The default suite is derandomized: its tallies' floors (refused >= a third of the examples) are then
    # checked on the same inputs every run instead of failing by chance; the full matrix stays random.
    @settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
        derandomize=examples <= DEFAULT_EXAMPLES,
    )
    @given(value_sets(valid_name, any_value.filter(lambda s: len(s) <= 1000), valid_dns), st.data())
    def run(values, data):
        # Up to three options get any value at all (the seeded VM, NIC and adapter keep valid names: Windows has
        # them; the references to them may be hostile).
        spoiled = data.draw(st.lists(st.sampled_from(SPOILABLE), max_size=3, unique=True))
        v = with_refs(values)
        for field in spoiled:
            v[field] = data.draw(any_value)
        assume(distinct_objects(v))
        config = build(v)
        expected = {NAME_FIELDS[k]: name_rules(v[k]) for k in NAME_FIELDS if name_rules(v[k])}
        if notes_rules(v["notes"]):
            expected["config.switches[0].notes"] = notes_rules(v["notes"])
        for field, paths in DNS_FIELDS.items():
            if dns_rules(v[field]):
                expected.update(dict.fromkeys(paths, dns_rules(v[field])))
        tally.values += len(NAME_FIELDS) + len(FREE_FIELDS) + 1
        where = json.dumps({k: v[k][:40] for k in NAME_FIELDS}, ensure_ascii=True)[:400]
        try:
            validate_config(config)
        except HvNetValidationError as exc:
            tally.rejected += 1
            errors = exc.details["errors"]
            got_paths = {e.split(": ", 1)[0] for e in errors}
            if got_paths != set(expected):
                tally.mismatches.append(f"{where}: refused {sorted(got_paths)}, expected {sorted(expected)}")
            for path, rules in expected.items():
                text = " ".join(e for e in errors if e.startswith(path + ": "))
                for rule in rules:
                    if rule not in text:
                        tally.mismatches.append(f"{where}: {path}: message {text!r:.300} lacks the rule {rule!r}")
            return
        if expected:
            tally.mismatches.append(f"{where}: accepted, expected refusals {expected!r}")
            return
        refs = {
            "vm_ref": "vm",
            "nic_ref": "nic",
            "adapter_ref": "adapter",
            "switch_ref": "switch",
            "network_ref": "network",
        }
        if any(v[ref].lower() != v[target].lower() for ref, target in refs.items()):
            tally.dangling += 1
            return  # a valid reference to an object that does not exist: not this test's subject
        converge_and_check(v, tally, where)

    run()
    return tally


def check_tallies(valid: Tally, refusal: Tally, examples: int, scripts_before: set) -> None:
    print(
        f"hostile values: {valid.values + refusal.values} checked; valid property: {valid.accepted} converged; "
        f"refusal property: {refusal.rejected} refused, {refusal.accepted} converged, "
        f"{refusal.dangling} with a dangling reference"
    )
    assert not valid.mismatches, "\n".join(valid.mismatches[:20])
    assert not refusal.mismatches, "\n".join(refusal.mismatches[:20])
    assert valid.values + refusal.values >= 20 * examples, (valid.values, refusal.values)
    assert valid.accepted >= examples // 2, valid.accepted
    assert refusal.rejected >= examples // 3 and refusal.accepted >= examples // 20, (
        refusal.rejected,
        refusal.accepted,
    )
    scripts = valid.scripts | refusal.scripts
    assert len(scripts) == 2, f"one bootstrap and one bridge, whatever the values: {scripts}"
    assert scripts == scripts_before, "the scripts sent are not the collection's bootstrap.ps1 and bridge.ps1"


def test_hostile_values_reach_the_host_exactly_or_are_refused_naming_field_and_rule():
    """Default suite: at least 1,000 hostile values, 0 mismatches, constant script hashes."""
    scripts = expected_script_hashes()
    check_tallies(
        valid_values_property(DEFAULT_EXAMPLES), refusal_property(DEFAULT_EXAMPLES), DEFAULT_EXAMPLES, scripts
    )


@pytest.mark.full
def test_hostile_values_full_matrix():
    """The same properties with 10,000 examples."""
    scripts = expected_script_hashes()
    check_tallies(valid_values_property(FULL_EXAMPLES), refusal_property(FULL_EXAMPLES), FULL_EXAMPLES, scripts)
