# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""HNS HRESULTs: name, meaning and what to do (internal collection use only).

Names and values: golang.org/x/sys ``windows/zerrors_windows.go`` (``HCN_E_*``, ``ERROR_*``) and the Microsoft
"HCN Error Code" reference (MicrosoftDocs/Virtualization-Documentation, ``virtualization/api/hcn/``).
"""

# code -> (name, meaning, what to do)
HRESULTS = {
    0x803B0001: (
        "NETWORK_NOT_FOUND",
        "the HNS network does not exist (deleted meanwhile, or dropped by a reboot:"
        " NAT and non-persistent networks are not kept)",
        "re-run the task so it reads the host again",
    ),
    0x803B0002: (
        "ENDPOINT_NOT_FOUND",
        "the HNS endpoint does not exist (deleted meanwhile, or its container went away)",
        "re-run the task so it reads the host again",
    ),
    0x803B0004: (
        "SWITCH_NOT_FOUND",
        "HNS found no virtual switch for this network",
        "check the network's adapter/switch and that the Hyper-V switch exists",
    ),
    0x803B0006: (
        "ADAPTER_NOT_FOUND",
        "the network adapter named in the network (NetAdapterName policy) does not exist on the host",
        "use the adapter's name as Get-NetAdapter shows it (not its interface description)",
    ),
    0x803B0005: (
        "SUBNET_NOT_FOUND",
        "the network has no subnet for this endpoint's address",
        "give the endpoint an address inside one of the network's subnets",
    ),
    0x803B0008: (
        "POLICY_NOT_FOUND",
        "an expected policy was not found (a policy removal must name the policy with the exact settings HNS holds)",
        "re-run the task so it reads the policies again; if another tool changed them, let one tool own them",
    ),
    0x803B000A: (
        "INVALID_NETWORK",
        "HNS rejected the network settings",
        "check the network's type, subnets and policies",
    ),
    0x803B000B: (
        "INVALID_NETWORK_TYPE",
        "this host does not support that network type",
        "choose another type (L2Tunnel is Azure-only; Transparent is unsupported on Azure)",
    ),
    0x803B000C: (
        "INVALID_ENDPOINT",
        "HNS rejected the endpoint settings (invalid or missing parameters)",
        "check the endpoint's address, prefix length, MAC address and policies",
    ),
    0x803B000D: (
        "INVALID_POLICY",
        "HNS rejected a policy's settings",
        "check the policy fields for this host's HNS version",
    ),
    0x803B000E: (
        "INVALID_POLICY_TYPE",
        "this host's HNS does not know that policy type",
        "remove the policy or upgrade the host (feature gates follow the HNS version)",
    ),
    0x803B000F: (
        "INVALID_REMOTE_ENDPOINT_OPERATION",
        "the operation is invalid for a remote endpoint (for example attaching it to a namespace)",
        "do not attach remote endpoints; they only describe containers on other hosts",
    ),
    0x803B0010: (
        "NETWORK_ALREADY_EXISTS",
        "an HNS network with this name already exists; it was not made by this collection or was created concurrently",
        "rename yours or remove the other",
    ),
    0x803B0012: (
        "POLICY_ALREADY_EXISTS",
        "an identical policy is already on the object (e.g. a RemoteSubnetRoute added by another tool such as Calico)",
        "re-run so the engine reads the policies again; do not let two tools program the same routes",
    ),
    0x803B0013: (
        "PORT_ALREADY_EXISTS",
        "the port mapping's external port is already used on this host",
        "choose another external_port",
    ),
    0x803B0014: (
        "ENDPOINT_ALREADY_ATTACHED",
        "the endpoint is already attached",
        "nothing to do; re-run to read again",
    ),
    0x803B0015: (
        "REQUEST_UNSUPPORTED",
        "this host's HNS does not support the request",
        "check the HNS version the host reports against the feature you asked for",
    ),
    0x803B0016: (
        "MAPPING_NOT_SUPPORTED",
        "port mapping is not supported on this network type (Transparent and other networks without NAT)",
        "remove the port mappings, or put the endpoint on a nat, l2bridge or overlay network",
    ),
    0x803B0018: (
        "SHARED_SWITCH_MODIFICATION",
        "the change would modify a virtual switch that other networks share",
        "remove the other networks on that switch first, or leave the switch alone",
    ),
    0x803B001B: ("INVALID_JSON", "HNS could not parse the HCN document", "report this as a bug of the collection"),
    0x803B001E: (
        "INVALID_IP",
        "an IP address or prefix was rejected",
        "check the addresses and prefixes in the config",
    ),
    0x803B0020: (
        "MANAGER_STOPPED",
        "the Host Networking Service is stopped",
        "start the hns service (Start-Service hns) and re-run",
    ),
    0x803B002B: (
        "ENDPOINT_NAMESPACE_ALREADY_EXISTS",
        "the endpoint is already part of a network namespace",
        "detach it from its namespace first, or leave its namespace as it is",
    ),
    0x803B002C: (
        "ENTITY_HAS_REFERENCES",
        "the object is still in use (a network with endpoints, an endpoint attached to a namespace or container)",
        "remove what uses it first (its endpoints or containers)",
    ),
    0x803B002F: (
        "ADDR_INVALID_OR_RESERVED",
        "the address is invalid or reserved in its subnet (network, gateway or broadcast address)",
        "choose another address inside the subnet",
    ),
    0x803B002D: (
        "INVALID_INTERNAL_PORT",
        "a port mapping's internal port is missing or zero",
        "give each port mapping an internal_port from 1 to 65535",
    ),
    0x803B0030: (
        "INVALID_PREFIX",
        "HNS rejected an address prefix",
        "check the prefixes (subnets, routes, remote subnet routes) in the config",
    ),
    0x803B0032: (
        "INVALID_SUBNET",
        "HNS rejected a subnet (invalid or missing parameters, e.g. a route's next hop outside the subnet)",
        "check the subnet's prefix, gateway, routes and VSID/VLAN",
    ),
    0x803B0037: (
        "VFP_NOT_ALLOWED",
        "a network of this type cannot be created because VFP (the Virtual Filtering Platform) is not available",
        "l2bridge, overlay and the other VFP-based types need the Hyper-V switch with VFP; use nat or transparent here",
    ),
    0x00000490: (
        "ERROR_NOT_FOUND",
        "Element not found: the object is gone (deleted meanwhile, or HNS restarted)",
        "re-run the task so it reads the host again",
    ),
    0x80070490: (
        "ERROR_NOT_FOUND",
        "Element not found: the object is gone (deleted meanwhile, or HNS restarted)",
        "re-run the task so it reads the host again",
    ),
    0x800700B7: (
        "ERROR_ALREADY_EXISTS",
        "Cannot create a file when that file already exists: an object with this name or ID already exists",
        "rename yours or remove the other",
    ),
    0x80071392: (
        "ERROR_OBJECT_ALREADY_EXISTS",
        "The object already exists: HNS was reported to answer this to a create right after a delete of that name"
        " (the old object still being torn down) and to a second NAT network (WinNAT keeps one internal prefix)",
        "right after a delete the task re-reads and tries again; otherwise for NAT put the subnet inside the existing"
        " Get-NetNat prefix or remove that NAT, else rename yours or remove the other",
    ),
    0x80004005: (
        "E_FAIL",
        "Unspecified error: HNS gave no reason (reported for a create right after a delete of that name)",
        "right after a delete the task re-reads and tries again; otherwise see the HNS event log",
    ),
    0x80070005: ("E_ACCESSDENIED", "access denied", "run the task as a local administrator"),
    0x80070057: (
        "E_INVALIDARG",
        "Windows rejected a parameter (for a NAT network: WinNAT allows one internal prefix per host)",
        "see the message; for NAT, put the subnet inside the existing Get-NetNat prefix or remove the other NAT",
    ),
}


# Bridge error codes that need a hint beyond the bridge's own message: (meaning, what to do).
CODE_HINTS = {
    "PRECONDITION_FAILED": (
        "the host changed between this task's read and its apply (a concurrent run or a manual change)",
        "re-run the task: it reads the host again and plans from what is there now",
    ),
    "LOCK_TIMEOUT": (
        "another hyperv.network run held the host's lock for the whole lock timeout",
        "re-run when the other run has finished; runs against one host are serialised",
    ),
    "NO_HYPERV_MODULE": (
        "the Hyper-V PowerShell module is missing, so switches and VM adapters cannot be managed",
        "install the Hyper-V management tools (RSAT-Hyper-V-Tools), or leave switches and vm_adapters out of this host",
    ),
    "PROTOCOL_MISMATCH": (
        "the bridge on the host speaks another protocol version than this collection",
        "make sure the controller's collection is one installation (no mixed versions on the path)",
    ),
}


def describe_code(code):
    """``(meaning, what_to_do)`` for a bridge error code, or ``(None, None)``."""
    return CODE_HINTS.get(code, (None, None))


def parse_hresult(value):
    """Turn ``'0x803B0010'``, ``'-2143617008'`` or an int into an unsigned 32-bit int, or None."""
    if value is None or value == "":
        return None
    try:
        if isinstance(value, int):
            number = value
        else:
            text = str(value).strip()
            number = int(text, 16) if text.lower().startswith("0x") else int(text)
    except (TypeError, ValueError):
        return None
    return number & 0xFFFFFFFF


def format_hresult(number):
    """The canonical ``0x803B0010`` form."""
    return "0x%08X" % number


def describe_hresult(value):
    """Return ``(canonical, name, meaning, what_to_do)`` for an HRESULT; unknown codes get a generic text."""
    number = parse_hresult(value)
    if number is None:
        return (None, None, None, None)
    known = HRESULTS.get(number)
    if known:
        return (format_hresult(number), *known)
    facility = (number >> 16) & 0x1FFF
    if facility == 0x3B:
        return (
            format_hresult(number),
            "HNS_ERROR_%04X" % (number & 0xFFFF),
            "an HNS error this collection does not know",
            "see the message and the HNS event log",
        )
    return (format_hresult(number), None, "an error this collection does not know", "see the message")
