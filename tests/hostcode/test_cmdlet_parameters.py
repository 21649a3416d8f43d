"""Every cmdlet parameter the bridge passes exists on that cmdlet.

Windows PowerShell would only report a misspelt parameter when the line runs on a customer's
host. The names below are the cmdlets' documented parameters (MicrosoftDocs windows-powershell-docs
and winserver2022-ps: hyper-v, netadapter, nettcpip, dnsclient, netconnection, netnat; PowerShell
5.1 reference for the Microsoft.PowerShell.* cmdlets), restricted to those the bridge may use.
"""

import re

from hostcode_support import commands, function_text

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
    "get-netipinterface": {"addressfamily"},
    "get-netipaddress": {"addressfamily", "interfaceindex"},
    "get-netroute": {"addressfamily", "interfaceindex"},
    # detached jobs: repairing what a disruptive change lost (nettcpip, dnsclient, netconnection)
    "set-netipinterface": {"interfaceindex", "addressfamily", "dhcp"},
    "remove-netipaddress": {"inputobject"},
    "new-netipaddress": {"interfaceindex", "ipaddress", "prefixlength"},
    "new-netroute": {"interfaceindex", "destinationprefix", "nexthop"},
    "set-dnsclientserveraddress": {"interfaceindex", "serveraddresses", "resetserveraddresses"},
    "set-dnsclient": {"interfaceindex", "connectionspecificsuffix"},
    "set-netconnectionprofile": {"interfaceindex", "networkcategory"},
    "start-sleep": {"milliseconds"},
    "sort-object": set(),
    "get-dnsclientserveraddress": {"addressfamily"},
    "get-dnsclient": set(),
    "get-netconnectionprofile": set(),
    "get-netnat": set(),
    "get-ciminstance": {"classname"},
    "get-module": {"listavailable", "name"},
    "get-command": {"name", "commandtype"},
    "add-type": {"assemblyname", "typedefinition", "language", "outputassembly", "outputtype", "ignorewarnings"},
    "new-object": {"typename", "argumentlist", "comobject"},
    "join-path": set(),
    "where-object": set(),
    "foreach-object": set(),
}  # fmt: skip


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


def test_new_vmswitch_splat_keys_exist(bridge_tree):
    # switch_create builds New-VMSwitch's optional parameters in a hashtable ($p) and splats it.
    text = function_text(bridge_tree, "Invoke-HvNetSwitchCreate")
    keys = {k.lower() for k in re.findall(r"\$p\['(\w+)'\]", text)}
    assert keys, "the splat keys moved: update this test"
    assert keys <= DOCUMENTED["hyper-v\\new-vmswitch"] - {"name"}, keys
    assert "@p" in text
