# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
name: hyperv
short_description: Hyper-V hosts and their VMs, with each VM's parent, switches and guest IPs
version_added: 0.1.0
description:
  - Reads every Hyper-V host listed in the source with ONE bridge call per host (the C(snapshot) request of kinds
    C(host), C(vms) and C(switches)), over the host's own connection plugin (C(ansible.builtin.winrm) or
    C(ansible.builtin.psrp)) and connection variables, with the same transport policy and bridge as the modules
    of this collection.
  - Lists each VM with its state, its network adapters (switch, access VLAN, MAC address, the guest IP addresses
    Hyper-V reports through the integration services) and its parent Hyper-V host (C(hyperv_network_parent)),
    in the variable C(hyperv_vm), and sets C(hyperv_network_vm_name) (the VM's name on its parent, which the roles'
    MAC spoofing step uses).
  - "Groups: C(hyperv_hosts) (the hosts of the source), C(hyperv_vms) (every VM), C(container_vms) (VMs whose name
    matches one of O(container_vm_patterns)), and one group per virtual switch (O(switch_group_prefix) and the
    switch name in lower case, characters other than letters, digits and _ replaced by _) holding the VMs with a
    network adapter on it. O(compose), O(groups) and O(keyed_groups) (Constructable) apply to every VM and host."
  - A host that cannot be read (wrong password, no answer, TLS, a bridge error) is left out with a warning that
    names the host and the reason; the other hosts and their VMs are listed. That host stays in C(hyperv_hosts)
    with C(hyperv_inventory_error) set.
  - The plugin sets no connection variable on a VM; compose them (for example C(ansible_host) from
    C(hyperv_vm.ipv4_addresses)), see the examples and C(docs/inventory.md).
  - With O(cache) enabled, a host whose record is cached is not contacted; hosts that failed are not cached.
  - The source file name must end with C(hyperv.yml) or C(hyperv.yaml).
author:
  - hyperv.network developers (@hyperv-network)
requirements:
  - jsonschema (the bridge protocol is checked as for the modules)
  - pywinrm (C(ansible.builtin.winrm)) or pypsrp (C(ansible.builtin.psrp))
extends_documentation_fragment:
  - constructed
  - inventory_cache
options:
  plugin:
    description: The name of this plugin; it marks the file as a source of this plugin.
    required: true
    type: str
    choices: [hyperv.network.hyperv]
  hosts:
    description:
      - The Hyper-V hosts, as a mapping of inventory host name to that host's variables (or null), or as a list
        of host names.
      - A host's variables are its connection variables, as in any inventory (C(ansible_connection) C(winrm) or
        C(psrp), C(ansible_host), C(ansible_port), C(ansible_user), C(ansible_password), C(ansible_winrm_*),
        C(ansible_psrp_*)), and C(hyperv_network_allow_unencrypted) for a lab that accepts an unencrypted
        transport. They are also set on the host in the inventory.
    required: true
    type: raw
  vars:
    description:
      - Variables of every host of O(hosts) (a host's own variables win), for example the connection plugin and
        the account shared by the whole fleet.
    type: dict
    default: {}
  container_vm_patterns:
    description:
      - Regular expressions (Python syntax, matched against the whole VM name, case-insensitively). A VM whose
        name matches one is put in the group C(container_vms).
      - A Hyper-V host cannot tell which guests run containers, so this is a naming rule that you state; without
        it C(container_vms) stays empty (use O(groups) for any other rule).
    type: list
    elements: str
    default: []
  switch_group_prefix:
    description: Prefix of the per-switch groups.
    type: str
    default: hyperv_switch_
  forks:
    description: How many hosts are read at the same time (one connection each).
    type: int
    default: 8
"""

EXAMPLES = r"""
# fleet.hyperv.yml: two Hyper-V hosts over psrp (NTLM over http, messages encrypted)
plugin: hyperv.network.hyperv
hosts:
  hv01:
    ansible_host: 10.0.0.11
  hv02:
    ansible_host: 10.0.0.12
vars:
  ansible_connection: psrp
  ansible_psrp_protocol: http
  ansible_psrp_auth: ntlm
  ansible_user: CORP\ansible
  ansible_password: "{{ lookup('ansible.builtin.env', 'HYPERV_PASSWORD') }}"
container_vm_patterns: ['ctr-.*']
# Connection variables of the VMs: the first guest IPv4 address Hyper-V reports
compose:
  ansible_host: hyperv_vm.ipv4_addresses[0]
  ansible_connection: "'psrp'"
keyed_groups:
  - key: hyperv_vm.state | default(omit)
    prefix: vm_state
  - key: hyperv_network_parent | default(omit)
    prefix: on
groups:
  running_vms: hyperv_vm is defined and hyperv_vm.state == 'Running'
cache: true
cache_plugin: ansible.builtin.jsonfile
cache_connection: ~/.cache/hyperv-inventory
cache_timeout: 600
"""

# ansible-test validate-modules wants the imports after DOCUMENTATION and EXAMPLES.
from ansible.errors import AnsibleParserError  # noqa: E402
from ansible.module_utils.common.text.converters import to_text  # noqa: E402
from ansible.plugins.inventory import BaseInventoryPlugin, Cacheable, Constructable  # noqa: E402
from ansible_collections.hyperv.network.plugins.plugin_utils import inventory_model as model  # noqa: E402

_NAME = "hyperv.network.hyperv"


class InventoryModule(BaseInventoryPlugin, Constructable, Cacheable):
    """Hyper-V hosts and their VMs from one bridge call per host."""

    NAME = _NAME

    def verify_file(self, path):
        if not super().verify_file(path):
            return False
        return path.endswith(("hyperv.yml", "hyperv.yaml"))

    def parse(self, inventory, loader, path, cache=True):
        super().parse(inventory, loader, path, cache)
        self._read_config_data(path)
        try:
            hosts = model.check_hosts(self.get_option("hosts"), self.get_option("vars"))
            patterns = model.compile_patterns(self.get_option("container_vm_patterns"))
            forks = self.get_option("forks")
            if not isinstance(forks, int) or forks < 1:
                raise model.SourceError("forks: must be a positive integer, got %r" % (forks,))
        except model.SourceError as e:
            raise AnsibleParserError("%s: %s: %s" % (_NAME, path, e)) from None

        use_cache = bool(self.get_option("cache")) and cache
        write_cache = bool(self.get_option("cache"))
        cache_key = self.get_cache_key(path)
        cached = {}
        if use_cache:
            try:
                cached = dict((self._cache[cache_key] or {}).get("hosts") or {})
            except KeyError:
                cached = {}
        records = {name: cached[name] for name, _v in hosts if name in cached}
        to_read = [(name, variables) for name, variables in hosts if name not in records]
        errors = {}
        if to_read:
            for name, result in self._read_hosts(path, to_read, forks).items():
                if isinstance(result, dict):
                    records[name] = result
                else:
                    errors[name] = result
        if write_cache:
            self._cache[cache_key] = {"hosts": {name: records[name] for name, _v in hosts if name in records}}

        planned = model.plan_inventory(
            hosts,
            records,
            container_patterns=patterns,
            switch_prefix=self.get_option("switch_group_prefix"),
        )
        for name, _v in hosts:
            if name in errors:
                self.display.warning(
                    "%s: host %s left out (its VMs are not listed): %s" % (_NAME, name, errors[name].reason)
                )
        for warning in planned["warnings"]:
            self.display.warning("%s: %s" % (_NAME, warning))
        self._populate(planned["hosts"], errors)

    def _read_hosts(self, path, hosts, forks):
        """{name: record or HostFailure}: the transport policy of every host first, then one read per host."""
        # Imported here: ansible-doc and verify_file need none of the connection machinery.
        from ansible_collections.hyperv.network.plugins.plugin_utils import inventory_query as query
        from ansible_collections.hyperv.network.plugins.plugin_utils.transport_policy import TransportPolicyError

        connections = []
        for name, variables in hosts:
            self.templar.available_variables = variables
            try:
                conn = query.HostConnection(name, variables, self.templar)
                summary = conn.check_policy()
            except TransportPolicyError as e:
                raise AnsibleParserError("%s: %s: host %s: %s" % (_NAME, path, name, to_text(e))) from None
            except query.HostFailure:
                raise
            except Exception as e:
                raise AnsibleParserError(
                    "%s: %s: host %s: its connection variables are not usable: %s" % (_NAME, path, name, to_text(e))
                ) from None
            self.display.vvv("%s: %s: %s" % (_NAME, name, summary))
            connections.append(conn)
        return query.query_hosts(connections, forks)

    def _populate(self, planned, errors):
        strict = self.get_option("strict")
        for name, variables, groups in planned:
            for group in groups:
                self.inventory.add_group(group)
            self.inventory.add_host(name, group=groups[0])
            for group in groups[1:]:
                self.inventory.add_child(group, name)
            for key, value in variables.items():
                self.inventory.set_variable(name, key, value)
            if name in errors:
                self.inventory.set_variable(name, "hyperv_inventory_error", errors[name].reason)
            host_vars = self.inventory.get_host(name).get_vars()
            self._set_composite_vars(self.get_option("compose"), host_vars, name, strict=strict)
            self._add_host_to_composed_groups(self.get_option("groups"), host_vars, name, strict=strict)
            self._add_host_to_keyed_groups(self.get_option("keyed_groups"), host_vars, name, strict=strict)
