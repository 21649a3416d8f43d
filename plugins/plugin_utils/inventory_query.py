# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""One bridge call per Hyper-V host for the inventory plugin hyperv.network.hyperv (internal collection use only).

Each host is reached as a task would reach it: its connection plugin (``ansible.builtin.winrm`` or
``ansible.builtin.psrp``) is loaded through ansible-core's ``connection_loader`` and given the host's variables
as the task executor gives them (``_resolve_option_variables`` and ``set_options``); the transport policy of the
modules (transport_policy.py, ``hyperv_network_allow_unencrypted``) is checked for every host before any host is
contacted; the call is the bridge client's read (bridge_client.py): the fixed bootstrap, the bridge text, one
``snapshot`` request of kinds host, vms and switches, and the same retry policy (an authentication, 404 or TLS
failure, or no answer at all, is never retried).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from ansible.module_utils.common.text.converters import to_text
from ansible.module_utils.parsing.convert_bool import boolean
from ansible.playbook.play_context import PlayContext
from ansible.plugins.loader import connection_loader
from ansible_collections.hyperv.network.plugins.plugin_utils.bridge_client import BridgeClient
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import BridgeConnectionLost
from ansible_collections.hyperv.network.plugins.plugin_utils.inventory_model import connection_name, host_record
from ansible_collections.hyperv.network.plugins.plugin_utils.transport_failures import (
    is_transport_failure,
    transport_failure,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.transport_policy import ALLOW_VAR, check_transport

SNAPSHOT_OPS = [{"op": "snapshot", "args": {"kinds": ["host", "vms", "switches"]}}]
CACHE_VAR = "hyperv_network_bridge_cache"
RECORD_VAR = "hyperv_network_record_dir"

# Options of ansible.builtin.winrm / ansible.builtin.psrp the transport policy looks at (as action_base.py);
# secrets are never read.
_POLICY_OPTIONS = ("scheme", "protocol", "port", "transport", "auth", "message_encryption", "remote_user", "_extras")


class HostFailure(Exception):
    """A host left out of the inventory: ``reason`` says why, in the transport's or the bridge's words."""

    def __init__(self, host, reason):
        super().__init__("%s: %s" % (host, reason))
        self.host = host
        self.reason = reason


def _policy_options(connection):
    options = {}
    for name in _POLICY_OPTIONS:
        try:
            value = connection.get_option(name)
        except Exception:  # an option this plugin does not have
            continue
        if name == "_extras":
            value = {k: v for k, v in (value or {}).items() if k == "ansible_winrm_message_encryption"}
        options[name] = value
    return options


def _option_variables(connection, variables, templar):
    """The connection plugin's options from the host's variables, templated, as ansible-core's task executor
    gives them (``_set_connection_options``): ``ConnectionBase._resolve_option_variables`` (ansible-core 2.20 and
    2.21), or the same steps where a later ansible-core no longer has that private helper."""
    resolve = getattr(connection, "_resolve_option_variables", None)
    if resolve is not None:
        return resolve(variables, templar)
    from ansible import constants as C

    options = {"_extras": {}}
    for name in C.config.get_plugin_vars("connection", connection._load_name):
        if name in variables:
            options[name] = templar.template(variables[name])
    if getattr(connection, "allow_extras", False):
        prefix = "ansible_%s_" % connection.extras_prefix
        for name in variables:
            if name.startswith(prefix) and name not in options:
                options["_extras"][name] = templar.template(variables[name])
    return options


def _flag(value, default):
    if value is None:
        return default
    return boolean(value, strict=False)


class HostConnection:
    """One Hyper-V host's connection plugin, configured from its variables (nothing is sent yet)."""

    def __init__(self, name, variables, templar):
        self.name = name
        self.plugin = connection_name(variables.get("ansible_connection"))
        variables = dict(variables)
        variables.setdefault("inventory_hostname", name)
        self.allow_unencrypted = _flag(templar.template(variables.get(ALLOW_VAR)), False)
        self.cache_bridge = _flag(templar.template(variables.get(CACHE_VAR)), True)
        record_dir = templar.template(variables.get(RECORD_VAR))
        self.record_dir = to_text(record_dir) if record_dir else None
        self.connection = connection_loader.get("ansible.builtin." + self.plugin, PlayContext())
        if self.connection is None:  # pragma: no cover - both plugins ship with ansible-core
            raise HostFailure(name, "the connection plugin ansible.builtin.%s was not found" % self.plugin)
        self.connection.set_options(var_options=_option_variables(self.connection, variables, templar))
        self._answered = False

    def check_policy(self):
        """The modules' transport policy; raises TransportPolicyError (named host) when refused."""
        return check_transport(self.plugin, _policy_options(self.connection), self.allow_unencrypted)

    def execute(self, cmd, in_data):
        """BridgeClient's transport, with action_base.HvNetActionBase._execute's failure handling."""
        try:
            rc, stdout, stderr = self.connection.exec_command(cmd, in_data=in_data, sudoable=False)
        except Exception as exc:
            if not is_transport_failure(exc):
                raise
            answered = self._answered or bool(getattr(self.connection, "connected", False))
            failure = transport_failure(exc, answered)
            if isinstance(failure, BridgeConnectionLost):
                try:
                    self.connection.reset()
                except Exception:  # the original failure is the one worth reporting
                    pass
            raise failure from exc
        self._answered = True
        return rc, to_text(stdout), to_text(stderr)

    def snapshot(self):
        """The host's record (inventory_model.host_record) from one bridge read; HostFailure on any failure."""
        client = BridgeClient(self.execute, record_dir=self.record_dir, cache_bridge=self.cache_bridge)
        try:
            response = client.read(SNAPSHOT_OPS)
            return host_record(response.snapshot)
        except Exception as exc:  # every failure of one host leaves that host out, with the reason
            raise HostFailure(self.name, to_text(exc).strip() or type(exc).__name__) from exc
        finally:
            try:
                self.connection.close()
            except Exception:
                pass


def query_hosts(connections, forks=8):
    """{host name: record or HostFailure} for every HostConnection, ``forks`` hosts at a time."""

    def one(conn):
        try:
            return conn.name, conn.snapshot()
        except HostFailure as failure:
            return conn.name, failure

    if not connections:
        return {}
    with ThreadPoolExecutor(max_workers=max(1, min(int(forks), len(connections)))) as pool:
        return dict(pool.map(one, connections))
