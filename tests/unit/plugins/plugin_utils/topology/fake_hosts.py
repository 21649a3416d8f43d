"""Raw host snapshots (protocol.schema.json $defs/snapshot) for the topology preflight tests.

Written as Windows PowerShell 5.1 and HNS answer: integer enums, HCN documents as JSON strings,
switches reporting adapter descriptions.
"""

import json
import uuid

NIC_DESC = "Intel(R) Ethernet Connection X722 for 10GbE SFP+"


def fresh_host(name="HV01", *, ip="10.0.0.21", length=24, dhcp=False, hns=(15, 1), build=20348, vm=False, hyperv=True):
    """A host with one physical adapter Ethernet0 and nothing else."""
    return {
        "host": {"computer_name": name, "os_build": build, "hyperv_module": hyperv, "is_virtual_machine": vm},
        "hns_version": {"Major": hns[0], "Minor": hns[1]},
        "adapters": [
            {
                "Name": "Ethernet0",
                "InterfaceDescription": NIC_DESC,
                "InterfaceIndex": 5,
                "MacAddress": "3C-EC-EF-01-02-03",
                "Status": "Up",
                "Virtual": False,
                "ip": {
                    "Dhcp": 1 if dhcp else 0,
                    "IPv4": [{"IPAddress": ip, "PrefixLength": length, "PrefixOrigin": 3 if dhcp else 1}],
                    "Gateways": ["10.0.0.1"],
                },
            }
        ],
        "switches": [],
        "netnat": [],
        "networks": [],
        "endpoints": [],
        "namespaces": [],
        "vm_adapters": [],
        "ledger": {"networks": [], "endpoints": [], "namespaces": []},
    }


def add_network(snap, name, net_type, prefix, *, vsid=None, adapter=None, owned=False, dr_mac=None, pa=None, routes=()):
    """Append an HCN network document (owned: its ID goes into the ledger)."""
    net_id = str(uuid.uuid5(uuid.NAMESPACE_DNS, name + prefix)).upper()
    policies = []
    if adapter:
        policies.append({"Type": "NetAdapterName", "Settings": {"NetworkAdapterName": adapter}})
    if dr_mac:
        policies.append({"Type": "DrMacAddress", "Settings": {"Address": dr_mac}})
    if pa:
        policies.append({"Type": "ProviderAddress", "Settings": {"ProviderAddress": pa}})
    for r in routes:
        policies.append(
            {
                "Type": "RemoteSubnetRoute",
                "Settings": {
                    "DestinationPrefix": r["destination_prefix"],
                    "IsolationId": r["isolation_id"],
                    "ProviderAddress": r["provider_address"],
                    "DistributedRouterMacAddress": r["dr_mac_address"],
                },
            }
        )
    subnet_policies = [{"Type": "VSID", "Settings": {"IsolationId": vsid}}] if vsid else []
    doc = {
        "ID": net_id,
        "Name": name,
        "Type": net_type,
        "Policies": policies,
        "Ipams": [
            {
                "Type": "Static",
                "Subnets": [
                    {
                        "IpAddressPrefix": prefix,
                        "Policies": subnet_policies,
                        "Routes": [{"NextHop": "x", "DestinationPrefix": "0.0.0.0/0"}],
                    }
                ],
            }
        ],
        "Flags": 0,
        "Health": {"LastErrorCode": 0},
        "SchemaVersion": {"Major": 2, "Minor": 0},
    }
    snap["networks"].append(json.dumps(doc))
    if owned:
        snap["ledger"]["networks"].append(net_id)
    return snap


def add_switch(snap, name, switch_type=2, *, on_nic=True, owned=False):
    """Append a Get-VMSwitch entry (External on Ethernet0 by default)."""
    snap["switches"].append(
        {
            "Id": str(uuid.uuid5(uuid.NAMESPACE_DNS, "sw" + name)),
            "Name": name,
            "SwitchType": switch_type,
            "AllowManagementOS": True,
            "NetAdapterInterfaceDescription": NIC_DESC if on_nic and switch_type == 2 else None,
            "NetAdapterInterfaceDescriptions": [NIC_DESC] if on_nic and switch_type == 2 else None,
            "BandwidthReservationMode": 1,
            "Notes": "[hyperv.network]" if owned else None,
        }
    )
    return snap


def add_adapter(snap, name, ip, length=24, dhcp=False):
    """Append another adapter with one IPv4 address."""
    snap["adapters"].append(
        {
            "Name": name,
            "InterfaceDescription": f"Hyper-V Virtual Ethernet Adapter #{len(snap['adapters'])}",
            "InterfaceIndex": 20 + len(snap["adapters"]),
            "MacAddress": f"00-15-5D-00-00-{len(snap['adapters']):02X}",
            "Status": "Up",
            "Virtual": True,
            "ip": {"Dhcp": 1 if dhcp else 0, "IPv4": [{"IPAddress": ip, "PrefixLength": length}]},
        }
    )
    return snap


def gathered(snap):
    """What a host_network gathered task registers (only `snapshot` matters to the preflight)."""
    return {"changed": False, "gathered": {}, "snapshot": snap, "bridge_calls": 1}


def fleet(n, **kwargs):
    """n fresh hosts hv01..hvNN with provider addresses 10.0.0.21.. as registered gather results."""
    return {f"hv{i + 1:02d}": gathered(fresh_host(f"HV{i + 1:02d}", ip=f"10.0.0.{21 + i}", **kwargs)) for i in range(n)}
