# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The simple options of an HNS network, one entry each (internal collection use only).

A simple option is one HCN network flag bit or one network policy with a single setting. Its entry says
everything the collection does with it: the desired value from a config item, the default a create fills in,
the feature gate, where it goes in the HostComputeNetwork document (hcsshim hcn/hcnnetwork.go ``Flags``,
hcn/hcnpolicy.go ``NetworkPolicyType``) and how it is read back from the document HNS returns. Its
documentation is the kind's fragment (plugins/doc_fragments/hns_network.py). networks.py (read, desired form,
plan) and hcn.network_document (render) iterate this table; docs/contributing.md shows adding an option here.

Every simple option is create-only: HNS takes flags only at create, and these policies are set there too (a
difference needs ``recreate``). The order of the table is the order of the create-only differences in messages,
of the fields in reports and of the policies in a create document.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils.state_values import int_or


def _same(value: Any) -> Any:
    return value


def _address(value: Any) -> Any:
    return norm.ip(value) if value else None


def _read_int(value: Any) -> Any:
    return int_or(value, None)


@dataclass(frozen=True)
class NetworkField:
    """One simple network option. Exactly one of ``flag`` and ``policy`` is set.

    * ``flag``: the HCN network flag bit; ``inverted`` when the option is true with the bit clear
      (``persistent`` is the EnableNonPersistent bit).
    * ``policy``/``setting``: the network policy type and its one setting; ``settings`` builds the policy's
      Settings from the value (default ``{setting: value}``); ``read`` makes the value of a returned setting
      (``present`` instead: the value whenever the policy is there); ``absent`` is the value of a returned
      network without the policy.
    * ``in_document``: whether a create document carries a policy for the (defaults filled) value.
    * ``default``: what a create fills in when the config leaves it unset (None: nothing).
    * ``gate``: the hcn.FEATURES entry the value needs when ``gate_when`` holds for it.
    * ``from_config``: the canonical desired value of a validated config value.
    * ``compared``: whether the planner compares it as a plain create-only value (host_route has its own rules).
    """

    name: str
    flag: int | None = None
    inverted: bool = False
    policy: str | None = None
    setting: str = ""
    settings: Callable[[Any], dict[str, Any]] | None = None
    read: Callable[[Any], Any] = _same
    present: Any = None
    absent: Any = None
    in_document: Callable[[Any], bool] = bool
    default: Any = None
    gate: str | None = None
    gate_when: Callable[[Any], bool] = bool
    from_config: Callable[[Any], Any] = _same
    compared: bool = True

    def flag_set(self, value: Any) -> bool:
        """Whether the (defaults filled) value sets the flag bit."""
        return value is False if self.inverted else bool(value)

    def render_policy(self, value: Any) -> dict[str, Any]:
        settings = self.settings(value) if self.settings else {self.setting: value}
        return {"Type": self.policy, "Settings": settings}

    def read_policy(self, settings: dict[str, Any]) -> Any:
        if self.present is not None:
            return self.present
        return self.read(settings.get(self.setting))


NETWORK_FIELDS: tuple[NetworkField, ...] = (
    # hcsshim hcn/hcnnetwork.go NetworkFlags: EnableNonPersistent 8.
    NetworkField("persistent", flag=8, inverted=True, default=True),
    # EnableIov 8192 (hcsshim hcn/hcnnetwork.go NetworkFlags).
    NetworkField("enable_iov", flag=8192, default=False),
    # DisableHostPort 1024 (hcsshim; HNS 15.1, hcn.FEATURES).
    NetworkField("disable_host_port", flag=1024, default=False, gate="disable_host_port"),
    # ProviderAddressNetworkPolicySetting {ProviderAddress} (hcsshim hcn/hcnpolicy.go).
    NetworkField(
        "provider_address",
        policy="ProviderAddress",
        setting="ProviderAddress",
        read=norm.ip_lenient,
        from_config=_address,
    ),
    # HostRoute, empty Settings (hcsshim hcn/hcnpolicy.go; HNS 9.2). True, False or "auto": the planner adds
    # "auto" by a modify after the create (networks.py), so only True reaches the document.
    NetworkField(
        "host_route",
        policy="HostRoute",
        settings=lambda value: {},
        present=True,
        absent=False,
        in_document=lambda value: value is True,
        gate="host_route",
        gate_when=lambda value: value is True,
        compared=False,
    ),
    # VxlanPortPolicySetting {Port} (hcsshim hcn/hcnpolicy.go; HNS 10.3).
    NetworkField("vxlan_port", policy="VxlanPort", setting="Port", read=_read_int, gate="vxlan_port"),
    # AutomaticDNSNetworkPolicySetting {Enable} (hcsshim hcn/hcnpolicy.go; HNS_Schema.md, schema 2.0). Microsoft's
    # clients add the policy only to enable it (microsoft/SDN hns.v2.psm1; hcsshim's Enable is omitempty), so false
    # is no policy, and a network without it reads as false. A missing Enable reads as false too.
    NetworkField("automatic_dns", policy="AutomaticDNS", setting="Enable", read=bool, absent=False),
)
# The options the planner compares as plain create-only values, in the order of its messages.
COMPARED = tuple(field.name for field in NETWORK_FIELDS if field.compared)
BY_NAME = {field.name: field for field in NETWORK_FIELDS}
BY_POLICY = {field.policy.lower(): field for field in NETWORK_FIELDS if field.policy}


def from_config(item: dict[str, Any]) -> dict[str, Any]:
    """The simple options of a desired network (unset stays None: "not specified")."""
    return {field.name: field.from_config(item.get(field.name)) for field in NETWORK_FIELDS}


def defaults(net: dict[str, Any]) -> dict[str, Any]:
    """What a create fills in for the options the config left unset."""
    return {
        field.name: field.default
        for field in NETWORK_FIELDS
        if field.default is not None and net.get(field.name) is None
    }


def gates(net: dict[str, Any]) -> list[tuple[str, str]]:
    """(feature, option) for every option whose value needs a feature gate."""
    return [(field.gate, field.name) for field in NETWORK_FIELDS if field.gate and field.gate_when(net.get(field.name))]


def flags(net: dict[str, Any]) -> int:
    """The HCN network Flags of a (defaults filled) network."""
    value = 0
    for field in NETWORK_FIELDS:
        if field.flag is not None and field.flag_set(net.get(field.name)):
            value |= field.flag
    return value


def policies(net: dict[str, Any]) -> list[dict[str, Any]]:
    """The single-setting policies of a (defaults filled) network, in table order."""
    return [
        field.render_policy(net.get(field.name))
        for field in NETWORK_FIELDS
        if field.policy and field.in_document(net.get(field.name))
    ]


def read_unset(flags_value: int) -> dict[str, Any]:
    """The options of a network HNS returned with ``Flags`` = flags_value, before its policies are read: the
    flag options from the bits, the policy options at their value without the policy."""
    read = {}
    for field in NETWORK_FIELDS:
        if field.flag is None:
            read[field.name] = field.absent
        else:
            bit_set = bool(flags_value & field.flag)
            read[field.name] = not bit_set if field.inverted else bit_set
    return read
