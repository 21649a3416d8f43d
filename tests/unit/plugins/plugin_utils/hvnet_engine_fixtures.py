"""Realistic host snapshots, written as Windows PowerShell 5.1 and HNS would answer.

Integer enums, interface descriptions in Get-VMSwitch, HCN v2 documents as JSON strings with the
extra fields HNS adds (Health, State, LayeredOn, ...), Docker/flannel/Calico objects beside ours.
"""

import copy
import json

NAT_ID = "3a1c0b9e-5a7d-4a43-9f0e-1d2c3b4a5f60"
OVL_ID = "8f6e2d1c-0b9a-4c8d-9e7f-6a5b4c3d2e1f"
DOCKER_NAT_ID = "c1a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8"
FLANNEL_ID = "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70"
CALICO_ID = "e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7081"
WEB_EP_ID = "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9"
CONTAINER_EP_ID = "1c2d3e4f-5061-4728-93a4-b5c6d7e8f90a"
STALE_NET_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
EXT_SW_ID = "6b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e"
INT_SW_ID = "7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f"
DOCKER_SW_ID = "8d9e0f1a-2b3c-4d4e-8f5a-6b7c8d9e0f1a"
TEAM_SW_ID = "9e0f1a2b-3c4d-4e5f-9a6b-7c8d9e0f1a2b"

NIC0_DESC = "Intel(R) Ethernet Connection X722 for 10GbE SFP+"
NIC1_DESC = "Intel(R) Ethernet Connection X722 for 10GbE SFP+ #2"
NIC2_DESC = "Mellanox ConnectX-4 Lx Ethernet Adapter"
NIC3_DESC = "Mellanox ConnectX-4 Lx Ethernet Adapter #2"


def _health():
    return {"LastErrorCode": 0, "LastUpdateTime": 133771234567890123}


def owned_nat_network():
    # HNS omits Type for NAT (enum value 0) in some builds; the engine must read that as NAT.
    return {
        "ID": NAT_ID.upper(),
        "Name": "nat-owned",
        "Ipams": [
            {
                "Type": "Static",
                "Subnets": [
                    {
                        "IpAddressPrefix": "172.20.0.0/16",
                        "Routes": [{"NextHop": "172.20.0.1", "DestinationPrefix": "0.0.0.0/0"}],
                        "ObjectType": 5,
                    }
                ],
            }
        ],
        "MacPool": {"Ranges": [{"StartMacAddress": "00-15-5D-52-C0-00", "EndMacAddress": "00-15-5D-52-CF-FF"}]},
        "Dns": {"ServerList": [], "Search": []},
        "Flags": 0,
        "Health": _health(),
        "State": 1,
        "LayeredOn": INT_SW_ID,
        "SchemaVersion": {"Major": 2, "Minor": 0},
        "ResourceId": "5b2f9a3c-0000-0000-0000-000000000001",
    }


def owned_overlay_network():
    return {
        "ID": OVL_ID,
        "Name": "vxlan-ovl",
        "Type": "Overlay",
        "Ipams": [
            {
                "Type": "Static",
                "Subnets": [
                    {
                        "IpAddressPrefix": "10.244.1.0/24",
                        "Routes": [{"NextHop": "10.244.1.1", "DestinationPrefix": "0.0.0.0/0", "Metric": 0}],
                        "Policies": [{"Type": "VSID", "Settings": {"IsolationId": 4096}}],
                    }
                ],
            }
        ],
        "Policies": [
            {"Type": "NetAdapterName", "Settings": {"NetworkAdapterName": "Ethernet1"}},
            {"Type": "ProviderAddress", "Settings": {"ProviderAddress": "10.0.0.21"}},
            {"Type": "DrMacAddress", "Settings": {"Address": "00-15-5D-11-22-33"}},
            {"Type": "HostRoute", "Settings": {}},
            {
                "Type": "RemoteSubnetRoute",
                "Settings": {
                    "DestinationPrefix": "10.244.2.0/24",
                    "IsolationId": 4096,
                    "ProviderAddress": "10.0.0.22",
                    # written by another tool in lower case with colons: must compare equal
                    "DistributedRouterMacAddress": "00:15:5d:aa:bb:02",
                },
            },
        ],
        "MacPool": {"Ranges": [{"StartMacAddress": "00-15-5D-A0-00-00", "EndMacAddress": "00-15-5D-A0-FF-FF"}]},
        "Flags": 0,
        "Health": _health(),
        "State": 1,
        "SchemaVersion": {"Major": 2, "Minor": 0},
    }


def docker_nat_network():
    return {
        "ID": DOCKER_NAT_ID,
        "Name": "nat",
        "Type": "NAT",
        "Ipams": [
            {
                "Type": "Static",
                "Subnets": [
                    {
                        "IpAddressPrefix": "172.29.64.0/20",
                        "Routes": [{"NextHop": "172.29.64.1", "DestinationPrefix": "0.0.0.0/0"}],
                    }
                ],
            }
        ],
        "Flags": 0,
        "Health": _health(),
        "State": 1,
        "SchemaVersion": {"Major": 2, "Minor": 0},
    }


def flannel_network():
    return {
        "ID": FLANNEL_ID,
        "Name": "vxlan0",
        "Type": "Overlay",
        "Ipams": [
            {
                "Type": "Static",
                "Subnets": [
                    {
                        "IpAddressPrefix": "10.245.3.0/24",
                        "Routes": [{"NextHop": "10.245.3.1", "DestinationPrefix": "0.0.0.0/0"}],
                        "Policies": [{"Type": "VSID", "Settings": {"IsolationId": 4097}}],
                    }
                ],
            }
        ],
        "Policies": [{"Type": "NetAdapterName", "Settings": {"NetworkAdapterName": "Ethernet1"}}],
        "Health": _health(),
        "SchemaVersion": {"Major": 2, "Minor": 0},
    }


def calico_network():
    return {
        "ID": CALICO_ID,
        "Name": "Calico",
        "Type": "L2Bridge",
        "Ipams": [
            {
                "Type": "Static",
                "Subnets": [
                    {
                        "IpAddressPrefix": "192.168.50.0/26",
                        "Routes": [{"NextHop": "192.168.50.1", "DestinationPrefix": "0.0.0.0/0"}],
                    }
                ],
            }
        ],
        "Health": _health(),
        "SchemaVersion": {"Major": 2, "Minor": 0},
    }


def web_endpoint():
    return {
        "ID": WEB_EP_ID,
        "Name": "web-ep",
        "HostComputeNetwork": NAT_ID,
        "IpConfigurations": [{"IpAddress": "172.20.0.10", "PrefixLength": 16}],
        "MacAddress": "00-15-5D-52-C0-10",
        "Routes": [{"NextHop": "172.20.0.1", "DestinationPrefix": "0.0.0.0/0"}],
        "Dns": {"ServerList": []},
        "Policies": [
            {
                "Type": "PortMapping",
                "Settings": {"Protocol": 6, "InternalPort": 80, "ExternalPort": 8080, "VIP": "", "Flags": 0},
            },
        ],
        "Flags": 0,
        "Health": _health(),
        "State": 1,
        "SchemaVersion": {"Major": 2, "Minor": 0},
    }


def container_endpoint():
    return {
        "ID": CONTAINER_EP_ID,
        "Name": "3f9c1a0b2d4e_eth0",
        "HostComputeNetwork": DOCKER_NAT_ID,
        "HostComputeNamespace": "aa11bb22-cc33-4d44-8e55-ff6677889900",
        "IpConfigurations": [{"IpAddress": "172.29.64.5", "PrefixLength": 20}],
        "MacAddress": "00-15-5D-71-F1-0A",
        "Health": _health(),
        "SchemaVersion": {"Major": 2, "Minor": 0},
    }


def snapshot(*, hns=(15, 1), build=20348, stale=True, with_foreign=True):
    """A Server 2022 Hyper-V host: our switches/networks/endpoint plus Docker, flannel and Calico objects."""
    networks = [owned_nat_network(), owned_overlay_network()]
    endpoints = [web_endpoint()]
    if with_foreign:
        networks += [docker_nat_network(), flannel_network(), calico_network()]
        endpoints.append(container_endpoint())
    ledger_networks = [NAT_ID, OVL_ID] + ([STALE_NET_ID] if stale else [])
    data = {
        "host": {
            "computer_name": "HV01",
            "os_build": build,
            "hyperv_module": True,
            "is_virtual_machine": False,
            "ps_version": "5.1.20348.2849",
        },
        "hns_version": {"Major": hns[0], "Minor": hns[1]},
        "adapters": [
            {
                "Name": "Ethernet0",
                "InterfaceDescription": NIC0_DESC,
                "InterfaceIndex": 5,
                "MacAddress": "3C-EC-EF-01-02-03",
                "Status": "Up",
                "Virtual": False,
            },
            {
                "Name": "Ethernet1",
                "InterfaceDescription": NIC1_DESC,
                "InterfaceIndex": 6,
                "MacAddress": "3C-EC-EF-01-02-04",
                "Status": "Up",
                "Virtual": False,
            },
            {
                "Name": "SLOT 3 Port 1",
                "InterfaceDescription": NIC2_DESC,
                "InterfaceIndex": 9,
                "MacAddress": "98-03-9B-01-02-03",
                "Status": "Up",
                "Virtual": False,
            },
            {
                "Name": "SLOT 3 Port 2",
                "InterfaceDescription": NIC3_DESC,
                "InterfaceIndex": 10,
                "MacAddress": "98-03-9B-01-02-04",
                "Status": "Up",
                "Virtual": False,
            },
            {
                "Name": "vEthernet (ext-sw)",
                "InterfaceDescription": "Hyper-V Virtual Ethernet Adapter",
                "InterfaceIndex": 14,
                "MacAddress": "3C-EC-EF-01-02-03",
                "Status": "Up",
                "Virtual": True,
                "ip": {
                    "Dhcp": 0,
                    "IPv4": [{"IPAddress": "10.0.0.21", "PrefixLength": 24, "PrefixOrigin": 1}],
                    "Gateways": ["10.0.0.1"],
                    "NetworkCategory": 2,
                },
            },
        ],
        "switches": [
            {
                "Id": EXT_SW_ID,
                "Name": "ext-sw",
                "SwitchType": 2,
                "AllowManagementOS": True,
                "NetAdapterInterfaceDescription": NIC0_DESC,
                "NetAdapterInterfaceDescriptions": [NIC0_DESC],
                "EmbeddedTeamingEnabled": False,
                "IovEnabled": False,
                "PacketDirectEnabled": False,
                "BandwidthReservationMode": 1,
                "Notes": "uplink for containers\r\n[hyperv.network]",
            },
            {
                "Id": INT_SW_ID,
                "Name": "Int-Sw",
                "SwitchType": 1,
                "AllowManagementOS": True,
                "NetAdapterInterfaceDescription": None,
                "NetAdapterInterfaceDescriptions": None,
                "EmbeddedTeamingEnabled": False,
                "IovEnabled": False,
                "PacketDirectEnabled": False,
                "BandwidthReservationMode": 0,
                "Notes": "[hyperv.network]",
            },
            {
                "Id": TEAM_SW_ID,
                "Name": "set-sw",
                "SwitchType": 2,
                "AllowManagementOS": False,
                "NetAdapterInterfaceDescription": "Microsoft Network Adapter Multiplexor Driver",
                "NetAdapterInterfaceDescriptions": [NIC2_DESC, NIC3_DESC],
                "EmbeddedTeamingEnabled": True,
                "IovEnabled": True,
                "PacketDirectEnabled": False,
                "BandwidthReservationMode": 3,
                "Notes": "[hyperv.network]",
            },
        ],
        "networks": [json.dumps(n) for n in networks],
        "endpoints": [json.dumps(e) for e in endpoints],
        "namespaces": [json.dumps({"ID": "aa11bb22-cc33-4d44-8e55-ff6677889900", "Type": "Guest", "Resources": []})]
        if with_foreign
        else [],
        "vm_adapters": [
            {
                "VMName": "ctr-vm-1",
                "Name": "Network Adapter",
                "SwitchName": "ext-sw",
                "MacAddress": "00155D010203",
                "MacAddressSpoofing": 2,
                "VlanOperationMode": 0,
                "AccessVlanId": 0,
                "NativeVlanId": 0,
                "AllowedVlanIdListString": None,
            }
        ],
        "ledger": {"networks": ledger_networks, "endpoints": [WEB_EP_ID], "namespaces": []},
        # one broad WinNAT prefix, as hosts set up for several NAT networks have
        "netnat": [{"Name": "ContainerNAT", "InternalIPInterfaceAddressPrefix": "172.16.0.0/12"}],
    }
    if with_foreign:
        data["switches"].append(
            {
                "Id": DOCKER_SW_ID,
                "Name": "nat",
                "SwitchType": 1,
                "AllowManagementOS": True,
                "NetAdapterInterfaceDescription": None,
                "EmbeddedTeamingEnabled": False,
                "IovEnabled": False,
                "PacketDirectEnabled": False,
                "BandwidthReservationMode": 0,
                "Notes": None,
            }
        )
    return copy.deepcopy(data)


def empty_snapshot(hns=(15, 1), build=20348):
    """A fresh Hyper-V host: adapters only."""
    data = snapshot(hns=hns, build=build, stale=False, with_foreign=False)
    data["switches"] = []
    data["networks"] = []
    data["endpoints"] = []
    data["namespaces"] = []
    data["ledger"] = {"networks": [], "endpoints": [], "namespaces": []}
    data["netnat"] = []
    data["adapters"] = [a for a in data["adapters"] if not a["Virtual"]]
    return data


class FakeIds:
    """Deterministic uuid4 stand-in for plans."""

    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return f"00000000-0000-4000-8000-{self.n:012d}"
