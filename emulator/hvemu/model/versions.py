"""Windows versions the emulator models and the HNS feature gates that follow from them.

The HNS version numbers are choices (no live host was read); they follow hcsshim's
hcn/hcnglobals.go gates and what is publicly reported for each release:
- ws2019 (build 17763): HNS 9.5, a patched Server 2019. V2 API, RemoteSubnet and HostRoute gates
  (9.2) are met; hcsshim gates RemoteSubnetRoute and HostRoute on the HNS version only
  (hcnsupport.go: isFeatureSupported(globals.Version, ...), no build check), so both are accepted
  here. No VxlanPort (10.3), SetPolicy (13.0), NetworkACL (15.0) or DisableHostPort (15.1).
  kubernetes/kubernetes#93304 reports "Windows Server, version 1809 with HNS version 9.3" (same build).
- An unpatched Server 2019 (before KB4489899, which MS docs network-drivers-topologies.md says overlay
  needs on Server 2019): no HNS version of one was found in public threads, so UNPATCHED_WS2019_HNS
  (9.1) is a choice, below the 9.2 gates. Use it in a fleet file as `windows: ws2019` plus
  `hns_version: "9.1"`.
- ws2022 (build 20348): HNS 13.3. SetPolicy yes; NetworkACL and DisableHostPort no.
- ws2025 (build 26100): HNS 15.4. Everything gated here.
A host may override its version with `hns_version: "15.0"` in the fleet file.

A policy type the host's HNS does not know fails with 0x803B000E INVALID_POLICY_TYPE (an older
HNS has no handler for it); a network flag it does not know fails with 0x803B0015
REQUEST_UNSUPPORTED.
"""

from __future__ import annotations

WINDOWS = {
    "ws2019": {
        "build": 17763,
        "hns": (9, 5),
        "caption": "Microsoft Windows Server 2019 Datacenter",
        "ps": "5.1.17763.6414",
    },
    "ws2022": {
        "build": 20348,
        "hns": (13, 3),
        "caption": "Microsoft Windows Server 2022 Datacenter",
        "ps": "5.1.20348.2849",
    },
    "ws2025": {
        "build": 26100,
        "hns": (15, 4),
        "caption": "Microsoft Windows Server 2025 Datacenter",
        "ps": "5.1.26100.2161",
    },
}

# A choice (see the module docstring): the HNS version of a Server 2019 without KB4489899.
UNPATCHED_WS2019_HNS = (9, 1)

# (min HNS version, min build) per gated feature; hcsshim hcnglobals.go (RemoteSubnetVersion and
# HostRouteVersion are both 9.2, with no build). flannel's "This policy requires Windows 18321.1000"
# is a log line after a failed HostRoute AddPolicy (pkg/backend/vxlan/device_windows.go), not a gate.
NETWORK_POLICY_GATES = {
    "RemoteSubnetRoute": ((9, 2), 0),
    "HostRoute": ((9, 2), 0),
    "VxlanPort": ((10, 3), 0),
    "SetPolicy": ((13, 0), 0),
    "NetworkACL": ((15, 0), 0),
}
ENDPOINT_POLICY_GATES = {"ACL": ((7, 2), 0)}
FLAG_DISABLE_HOST_PORT = 1024
FLAG_GATES = {FLAG_DISABLE_HOST_PORT: ((15, 1), 0)}


def feature_allowed(gate: tuple[tuple[int, int], int], hns: tuple[int, int], build: int) -> bool:
    """True when the host's HNS version and OS build meet the gate."""
    version, min_build = gate
    return tuple(hns) >= version and build >= min_build


def parse_version(text: str) -> tuple[int, int]:
    """'15.1' -> (15, 1)."""
    major, _, minor = str(text).partition(".")
    return int(major), int(minor or 0)
