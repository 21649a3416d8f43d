"""Every cmdlet parameter the bridge passes exists on that cmdlet.

Windows PowerShell would only report a misspelt parameter when the line runs on a customer's
host. The names below are the cmdlets' documented parameters (MicrosoftDocs windows-powershell-docs
and winserver2022-ps: hyper-v, netadapter, nettcpip, dnsclient, netconnection, netnat; PowerShell
5.1 reference for the Microsoft.PowerShell.* cmdlets), restricted to those the bridge may use.

The call sites splat a dictionary the helper builds, so the parameters are checked where they are
decided: every call the helper's logic makes in a tour of all operations and job paths (executed
under Mono against the fake Windows) is recorded, and its parameter names are checked here.
"""

import pytest
from fakewin.fake_windows import tour
from hostcode_support import call_sites, commands

COMMON = {"erroraction", "warningaction", "verbose", "whatif", "confirm"}

DOCUMENTED = {
    "hyper-v\\new-vmswitch": {
        "name", "netadaptername", "netadapterinterfacedescription", "switchtype", "allowmanagementos",
        "enableembeddedteaming", "enableiov", "enablepacketdirect", "minimumbandwidthmode", "notes",
    },
    "hyper-v\\set-vmswitch": {
        "vmswitch", "netadaptername", "netadapterinterfacedescription", "switchtype", "allowmanagementos", "notes",
    },
    "hyper-v\\rename-vmswitch": {"vmswitch", "newname", "passthru"},
    "hyper-v\\remove-vmswitch": {"vmswitch", "force"},
    "hyper-v\\set-vmswitchteam": {"vmswitch", "netadaptername", "netadapterinterfacedescription"},
    "hyper-v\\get-vmswitch": {"id", "switchtype"},
    "hyper-v\\get-vm": {"id"},
    "hyper-v\\get-vmnetworkadapter": {"vm", "all", "managementos"},
    "hyper-v\\get-vmnetworkadaptervlan": {"vmnetworkadapter"},
    "hyper-v\\connect-vmnetworkadapter": {"vmnetworkadapter", "vmswitch"},
    "hyper-v\\disconnect-vmnetworkadapter": {"vmnetworkadapter"},
    "hyper-v\\set-vmnetworkadaptervlan": {
        "vmnetworkadapter", "access", "vlanid", "trunk", "nativevlanid", "allowedvlanidlist", "untagged",
    },
    "hyper-v\\set-vmnetworkadapter": {"vmnetworkadapter", "macaddressspoofing"},
    "get-netadapter": {"includehidden", "physical"},
    "get-service": {"name"},
    "get-netipinterface": {"addressfamily"},
    "get-netipaddress": {"addressfamily", "interfaceindex", "ipaddress"},
    "get-netroute": {"addressfamily", "interfaceindex", "destinationprefix", "nexthop", "policystore"},
    # detached jobs: repairing what a disruptive change lost (nettcpip, dnsclient, netconnection)
    "set-netipinterface": {"interfaceindex", "addressfamily", "dhcp", "forwarding"},
    "remove-netipaddress": {"inputobject", "interfaceindex", "ipaddress"},
    "new-netipaddress": {"interfaceindex", "ipaddress", "prefixlength"},
    "new-netroute": {"interfaceindex", "destinationprefix", "nexthop", "policystore"},
    # host objects (docs/design/host-objects.md): routes, firewall rules (netsecurity), features
    "remove-netroute": {"inputobject", "interfaceindex", "destinationprefix", "nexthop", "policystore"},
    "get-netfirewallrule": {"name", "group"},
    "get-netfirewallportfilter": {"associatednetfirewallrule"},
    "get-netfirewalladdressfilter": {"associatednetfirewallrule"},
    "new-netfirewallrule": {
        "name", "displayname", "group", "direction", "protocol", "localport", "remoteaddress", "action", "enabled",
    },
    "set-netfirewallrule": {"inputobject", "localport", "remoteaddress"},
    "remove-netfirewallrule": {"inputobject"},
    "get-windowsfeature": {"name"},
    "get-windowsoptionalfeature": {"online", "featurename"},
    "set-dnsclientserveraddress": {"interfaceindex", "serveraddresses", "resetserveraddresses"},
    "set-dnsclient": {"interfaceindex", "connectionspecificsuffix", "registerthisconnectionsaddress"},
    "set-netconnectionprofile": {"interfaceindex", "networkcategory"},
    "start-sleep": {"milliseconds"},
    "sort-object": set(),
    "get-dnsclientserveraddress": {"addressfamily"},
    "get-dnsclient": set(),
    "get-netconnectionprofile": set(),
    "get-netnat": set(),
    "get-ciminstance": {"classname", "namespace", "filter"},
    "get-module": {"listavailable", "name"},
    "get-command": {"name", "commandtype"},
    "add-type": {
        "assemblyname", "typedefinition", "language", "referencedassemblies", "outputassembly", "outputtype",
        "ignorewarnings",
    },
    "new-object": {"typename", "argumentlist", "comobject"},
    "join-path": set(),
    "where-object": set(),
    "foreach-object": set(),
}  # fmt: skip


MUTATING_OBJECT = {
    "hyper-v\\set-vmswitch": "vmswitch",
    "hyper-v\\rename-vmswitch": "vmswitch",
    "hyper-v\\remove-vmswitch": "vmswitch",
    "hyper-v\\set-vmswitchteam": "vmswitch",
    "hyper-v\\connect-vmnetworkadapter": "vmnetworkadapter",
    "hyper-v\\disconnect-vmnetworkadapter": "vmnetworkadapter",
    "hyper-v\\set-vmnetworkadapter": "vmnetworkadapter",
    "hyper-v\\set-vmnetworkadaptervlan": "vmnetworkadapter",
}


@pytest.fixture(scope="module")
def toured(fakewin_runner, tmp_path_factory):
    from fakewin.fake_windows import Session

    sessions = []

    def start(host):
        sessions.append(Session(fakewin_runner, host, tmp_path_factory.mktemp("tour")))
        return sessions[-1]

    try:
        host = tour(start)
    finally:
        for s in sessions:
            s.close()
    return host.calls


def test_every_external_cmdlet_is_known(bridge_tree):
    used = {n.lower() for n, _p, _node in commands(bridge_tree) if "hvnet" not in n.lower() and not n.startswith("$")}
    assert used <= set(DOCUMENTED), f"add the documented parameters of {used - set(DOCUMENTED)} here"


def test_parameters_exist(bridge_tree):
    problems = []
    for name, params, node in commands(bridge_tree):
        allowed = DOCUMENTED.get(name.lower())
        if allowed is None:
            continue
        for p in params:
            if p not in allowed | COMMON:
                problems.append(f"line {node.start_point[0] + 1}: {name} -{p}")
    assert not problems, "\n".join(problems)


def test_every_call_the_logic_makes_has_a_call_site(toured, bridge_tree):
    sites = set(call_sites(bridge_tree))
    called = {site for site, _args in toured}
    assert called <= sites, f"the helper calls sites bridge.ps1 lacks: {called - sites}"
    assert sites <= called, f"call sites the tour never reached (extend fakewin.tour): {sites - called}"


def test_parameters_the_logic_passes_exist(toured):
    problems = set()
    for site, args in toured:
        allowed = DOCUMENTED.get(site.lower())
        if allowed is None:
            problems.add(f"{site}: not in DOCUMENTED")
            continue
        problems |= {f"{site} -{k}" for k in args if k.lower() not in allowed | COMMON}
    assert not problems, sorted(problems)


def test_no_name_parameter_on_object_cmdlets(toured):
    # Objects are found by Id or exact name and passed as objects; New-VMSwitch -Name is the creation itself.
    from hostcode_support import OBJECT_CMDLET

    for site, args in toured:
        m = OBJECT_CMDLET.match(site)
        if not m or (m.group(1).lower() == "new" and m.group(2).lower() == "vmswitch"):
            continue
        assert not {"name", "vmname", "switchname"} & {k.lower() for k in args}, (site, args)


def test_mutating_cmdlets_get_objects(toured):
    seen = set()
    for site, args in toured:
        want = MUTATING_OBJECT.get(site.lower())
        if want:
            seen.add(site.lower())
            assert want in {k.lower() for k in args}, f"{site} must get -{want}: {args}"
            assert isinstance(args[next(k for k in args if k.lower() == want)], dict), "an object, not a name"
    assert seen == set(MUTATING_OBJECT), f"never called: {set(MUTATING_OBJECT) - seen}"


def test_repair_calls_never_wait_for_confirmation(toured):
    removes = [args for site, args in toured if site == "Remove-NetIPAddress"]
    assert removes and all(a.get("Confirm") is False for a in removes)


def test_host_object_removals_never_wait_for_confirmation_and_get_objects(toured):
    # Remove-NetRoute is ConfirmImpact High; Remove-/Set-NetFirewallRule -Name would take wildcards, so the rule
    # goes as the object Get-NetFirewallRule returned (MicrosoftDocs netsecurity: -Name "Wildcard characters are
    # accepted").
    for site in ("Remove-NetRoute", "Remove-NetFirewallRule"):
        calls = [args for s, args in toured if s == site]
        assert calls and all(a.get("Confirm") is False for a in calls), site
    for site in ("Set-NetFirewallRule", "Remove-NetFirewallRule"):
        calls = [args for s, args in toured if s == site]
        assert calls and all(isinstance(a.get("InputObject"), dict) and "Name" not in a for a in calls), site
    # The one -Name on a NetSecurity cmdlet besides the creation is a read, filtered exactly in C#.
    assert all(s != "New-NetFirewallRule" or args["Group"] == "hyperv.network" for s, args in toured)
