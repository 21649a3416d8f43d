# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The shared base of the hyperv.network action plugins (internal collection use only).

Every module of the collection is an action plugin: the work happens on the controller, and the
host only runs the fixed PowerShell bridge. This base does what all of them share, in order:

1. refuse ``become`` and ``async`` (the bridge must run as the connection user, inside the task);
2. validate the task's arguments against the spec read from the module stub's DOCUMENTATION;
3. apply the transport policy (no unencrypted transport unless ``hyperv_network_allow_unencrypted``);
4. build the bridge client over ``_low_level_execute_command`` and hand it to the subclass,
   which maps its options to a ``host_network`` config and calls :meth:`HvNetActionBase.converge`;
5. turn the engine's errors into a failed task result that names the problem and the fix, and a
   host that cannot be used over its connection (authentication, 404, TLS, no answer) into an
   UNREACHABLE result with the transport's message (docs/reliability.md, "Retry policy").

Nothing read from the connection's options (users, passwords, certificates) is ever put into a
result.
"""

from __future__ import annotations

import os
import re

from ansible.errors import AnsibleActionFail
from ansible.module_utils.common.arg_spec import ArgumentSpecValidator
from ansible.module_utils.common.text.converters import to_text
from ansible.module_utils.errors import NoLogError, UnsupportedError
from ansible.module_utils.parsing.convert_bool import boolean
from ansible.plugins.action import ActionBase
from ansible.utils.display import Display
from ansible_collections.hyperv.network.plugins.plugin_utils import normalize
from ansible_collections.hyperv.network.plugins.plugin_utils.argspec import (
    argument_spec_from_doc,
    prebuild_argument_spec,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import BridgeConnectionLost, HvNetError
from ansible_collections.hyperv.network.plugins.plugin_utils.prewarm import freeze_inherited_objects, prewarm
from ansible_collections.hyperv.network.plugins.plugin_utils.transport_failures import (
    BridgeUnreachable,
    is_lost_input,
    is_transport_failure,
    transport_failure,
)
from ansible_collections.hyperv.network.plugins.plugin_utils.transport_policy import (
    ALLOW_VAR,
    TransportPolicyError,
    check_transport,
)

display = Display()
# In ansible-playbook's main process (the strategy imports the action classes before forking): workers inherit
# the schema validators warm instead of building them for every task (prewarm.py, issue 13).
prewarm()

RECORD_VAR = "hyperv_network_record_dir"
CACHE_VAR = "hyperv_network_bridge_cache"
RECORD_ENV = "HYPERV_NETWORK_RECORD_DIR"

# Options of ansible.builtin.winrm / ansible.builtin.psrp the transport policy looks at. Secrets
# (passwords, keys) are deliberately not read.
_POLICY_OPTIONS = ("scheme", "protocol", "port", "transport", "auth", "message_encryption", "remote_user", "_extras")

# Result keys an engine error's details may not overwrite.
_RESERVED_KEYS = frozenset(("failed", "changed", "msg", "skipped", "invocation"))


KINDS = ("switches", "networks", "endpoints", "vm_adapters")

# Engine result keys the single-object modules do not return (host_network returns them).
_HOST_NETWORK_ONLY = ("snapshot", "gathered", "rendered")


def _engine():
    """Import the engine lazily so that argument errors never depend on it (and tests can replace it)."""
    from ansible_collections.hyperv.network.plugins.plugin_utils import bridge_client, engine, validate

    return bridge_client, engine, validate


def name_key(name):
    """Windows' name equality, as the engine applies it (a missing name matches nothing but another)."""
    return "" if name is None else normalize.name_key(to_text(name))


def config_with(kind=None, items=None):
    """A host_network ``config`` holding only ``items`` of ``kind`` (other kinds None: not managed)."""
    config = dict.fromkeys(KINDS)
    if kind is not None:
        config[kind] = list(items or [])
    return config


def find_object(objects, name, vm=None):
    """The object named ``name`` (and on VM ``vm``) in a list of reported objects, or None."""
    for obj in objects or []:
        if name_key(obj.get("name")) != name_key(name):
            continue
        if vm is not None and name_key(obj.get("vm")) != name_key(vm):
            continue
        return obj
    return None


def filter_by(objects, key, wanted):
    """Objects whose ``key`` is one of ``wanted`` (exact, case-insensitive); all when ``wanted`` is None."""
    if wanted is None:
        return list(objects or [])
    keys = {name_key(w) for w in wanted}
    return [obj for obj in objects or [] if name_key(obj.get(key)) in keys]


class HvNetInfoActionBase:
    """Mixin of the ``_info`` modules: one read (state gathered) of ``KIND``, filtered by exact,
    case-insensitive values of the options named in ``FILTERS`` ({object key: option name})."""

    KIND = None
    FILTERS = {"name": "name"}

    def run_module(self, args):
        result = self.converge(config_with(), "gathered", kinds=[self.KIND])
        objects = (result.get("gathered") or {}).get(self.KIND)
        for key, option in self.FILTERS.items():
            objects = filter_by(objects, key, args[option])
        info = {"changed": False, self.KIND: objects, "bridge_calls": result.get("bridge_calls")}
        if result.get("warnings"):
            info["warnings"] = list(result["warnings"])
        return info


def single_object_result(engine_result, kind, result_key, name, vm=None):
    """Reshape an engine result for a single-object module: ``<result_key>`` is the object after the task."""
    result = {k: v for k, v in engine_result.items() if k not in _HOST_NETWORK_ONLY}
    after = (engine_result.get("after") or {}).get(kind)
    result[result_key] = find_object(after, name, vm)
    return result


def connection_policy_options(connection):
    """Read the options the transport policy needs from a connection plugin, skipping unknown ones."""
    options = {}
    for name in _POLICY_OPTIONS:
        try:
            value = connection.get_option(name)
        except Exception:  # an option the plugin does not have (KeyError, AnsibleError)
            continue
        if name == "_extras":
            # Only the one pass-through variable the policy needs, never the others.
            value = {k: v for k, v in (value or {}).items() if k == "ansible_winrm_message_encryption"}
        options[name] = value
    return options


def refusal_for_task(task, play_context):
    """Return a message when the task uses ``become`` or ``async``, which these modules refuse."""
    if getattr(task, "become", False) or getattr(play_context, "become", False):
        return (
            "hyperv.network modules do not support become: the bridge runs as the connection user, who must be a "
            "member of Administrators (and of Hyper-V Administrators for switch operations); remove 'become' "
            "from this task or play"
        )
    if getattr(task, "async_val", 0):
        return (
            "hyperv.network modules do not support async: a network change must finish, and be confirmed, "
            "inside the task; remove 'async'/'poll' from this task (use forks or strategy free for parallelism)"
        )
    return None


# "config.networks[0].subnets[0].prefix" -> "subnets[0].prefix"; "config.networks: network 'x'" -> "network 'x'".
_CONFIG_ITEM = re.compile(r"\bconfig\.(?:switches|networks|endpoints|vm_adapters)(?:\[0\]\.?|: )")


class HvNetActionBase(ActionBase):
    """Base of every hyperv.network action plugin; subclasses implement :meth:`run_module`."""

    #: The module stub's DOCUMENTATION string (the argument spec is built from it).
    DOCUMENTATION = None
    #: The module stub's ARGSPEC_EXTRAS (see argspec.py), if it has one.
    ARGSPEC_EXTRAS = None

    TRANSFERS_FILES = False
    _supports_check_mode = True
    _supports_async = False

    def __init_subclass__(cls, **kwargs):
        """Build the argument spec when the action plugin class is created (issue 13 item 2).

        ansible-playbook's strategy imports a task's action plugin class in the main process before it forks the
        workers, so every worker inherits the built spec and no task parses the DOCUMENTATION again. A spec that
        cannot be built is reported by the task (``_validated_args``), not here while the strategy loads the plugin.
        """
        super().__init_subclass__(**kwargs)
        if cls.DOCUMENTATION is not None:
            prebuild_argument_spec(cls.DOCUMENTATION, cls.ARGSPEC_EXTRAS)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._client = None
        self._task_vars = {}
        self._transport_errors = []
        self._host_answered = False
        self._unanswered = 0  # tries of a bridge call that the host never answered (a lost or refused connection)

    # -- hooks for subclasses -------------------------------------------------------------------
    def contacts_host(self, args):
        """Whether the task talks to the host (``host_network`` with ``state: rendered`` does not)."""
        return True

    def run_module(self, args):
        """Do the module's work with validated ``args``; return the result dict."""
        raise NotImplementedError

    # -- helpers for subclasses -----------------------------------------------------------------
    @property
    def check_mode(self):
        """Check mode as the task sees it (not the play context's, see ansible.windows PR #823)."""
        return bool(self._task.check_mode)

    @property
    def diff_mode(self):
        """Diff mode as the task sees it."""
        return bool(self._task.diff)

    def bridge_client(self):
        """Return the BridgeClient of this task, creating it on first use."""
        if self._client is None:
            bridge_client, _engine_mod, _validate = _engine()
            self._client = bridge_client.BridgeClient(
                self._execute, record_dir=self._record_dir(), cache_bridge=self._cache_bridge()
            )
        return self._client

    def converge(
        self,
        config,
        state,
        *,
        kinds=None,
        recreate=False,
        snapshot=None,
        wait_for_overlay=30,
        job_options=None,
        plan_only=False,
    ):
        """Validate ``config`` with the state (no host contact on a bad value), then converge the host with the engine.

        ``job_options`` (``boot_replay``, ``deadman_s``) go to the detached-job protocol (docs/reliability.md).
        ``plan_only``: plan as check mode does, whatever the task's mode (a read settling a rerun's converge).
        """
        _bridge_client, engine, validate = _engine()
        # Before the bridge client is made, so a bad value is reported as itself; the engine then skips its own pass
        # over the same config (it validated every config twice; issue 13).
        validate.validate_config(config, state=state)
        return engine.converge(
            self.bridge_client(),
            config,
            state,
            check_mode=self.check_mode or bool(plan_only),
            diff=self.diff_mode and not plan_only,
            recreate=bool(recreate),
            snapshot=snapshot,
            wait_for_overlay=30 if wait_for_overlay is None else wait_for_overlay,
            kinds=kinds,
            job_options=job_options,
            validated=True,
        )

    # -- the run ----------------------------------------------------------------------------------
    def run(self, tmp=None, task_vars=None):
        freeze_inherited_objects()
        refusal = refusal_for_task(self._task, self._play_context)
        if refusal:
            return {"failed": True, "changed": False, "msg": refusal}
        result = super().run(tmp, task_vars)
        del tmp
        self._task_vars = task_vars or {}
        try:
            args = self._validated_args()
            if self.contacts_host(args):
                self._check_transport()
            result.update(self.run_module(args))
        except AnsibleActionFail as exc:
            result.update(failed=True, changed=False, msg=to_text(exc.message))
        except BridgeUnreachable as exc:
            # Not "failed": Ansible counts the host as unreachable (ignore_unreachable, AWX host status).
            result.update(unreachable=True, changed=False, msg=to_text(exc), transport_failure=exc.kind)
        except TransportPolicyError as exc:
            result.update(failed=True, changed=False, msg=to_text(exc))
        except HvNetError as exc:
            result.update(self._error_result(exc))
            self._user_words(result)
        finally:
            if self._client is not None:
                # bridge_calls: round trips the host answered; bridge_attempts: every try, retries of a read
                # after a lost connection included (issue 12 item 6).
                result["bridge_attempts"] = self._client.calls
                result["bridge_calls"] = max(self._client.calls - self._unanswered, 0)
        if self._transport_errors and not result.get("failed") and not result.get("unreachable"):
            # The client retried (reads) or the engine re-read (a lost apply): say so instead of hiding it.
            warning = "%s (recovered by another bridge call)" % self._transport_errors[0]
            result["warnings"] = [*(result.get("warnings") or []), warning]
        return result

    def module_name(self):
        """The module as users write it (``hyperv.network.vswitch``), not the plugin's Python module path."""
        prefix = "ansible_collections.hyperv.network.plugins.action."
        module = type(self).__module__
        if module.startswith(prefix):
            return "hyperv.network." + module[len(prefix) :]
        return to_text(getattr(self._task, "action", None) or module)

    def _validated_args(self):
        """The task's arguments validated by ansible-core's ArgumentSpecValidator (as ``validate_argument_spec``).

        Two differences from ActionBase.validate_argument_spec: the message names the module as users write it,
        and ansible-core's no_log pass (which meets a string where a list of dicts is expected first and says only
        "dictionary requested, ...") never hides the type error that names the option.
        """
        # Built once per process (argspec.py): here a copy of the spec the main process built before the fork.
        spec, validators = argument_spec_from_doc(self.DOCUMENTATION, self.ARGSPEC_EXTRAS)
        args = self._task.args.copy()
        validation = ArgumentSpecValidator(spec, **validators).validate(args)
        args.update(validation.validated_parameters)
        errors = [e for e in validation.errors if not isinstance(e, NoLogError)] or list(validation.errors)
        if errors:
            msg = to_text(errors[0].msg)
            if isinstance(errors[0], UnsupportedError):
                msg = "Unsupported parameters for (%s) module: %s" % (self.module_name(), msg)
            else:
                msg = "%s: %s" % (self.module_name(), msg)
            raise AnsibleActionFail(msg)
        return args

    def _task_var(self, name, default=None):
        value = self._task_vars.get(name, default)
        if value is default:
            return default
        return self._templar.template(value)

    def _check_transport(self):
        allow = boolean(self._task_var(ALLOW_VAR, False) or False, strict=False)
        connection_name = getattr(self._connection, "transport", None) or getattr(self._connection, "_load_name", "")
        summary = check_transport(connection_name, connection_policy_options(self._connection), allow)
        display.vvv("hyperv.network transport: %s" % summary, host=self._play_context.remote_addr)

    def _cache_bridge(self):
        """Send the bridge's hash instead of its text once the host holds a verified copy (default on)."""
        value = self._task_var(CACHE_VAR)
        return True if value is None else boolean(value, strict=False)

    def _record_dir(self):
        record_dir = self._task_var(RECORD_VAR) or os.environ.get(RECORD_ENV) or None
        return to_text(record_dir) if record_dir else None

    def _execute(self, cmd, in_data):
        """The BridgeClient's transport: one command with stdin over the task's connection.

        A failure of the transport (AnsibleConnectionFailure, winrm's "connection attempt timed out", and the
        requests/urllib3/pywinrm/pypsrp errors the winrm and psrp plugins let through when the host drops the
        connection) goes through the retry policy (``transport_failures.transport_failure``): an authentication, 404 or
        TLS failure, or any failure before the host answered once in this task, raises ``BridgeUnreachable`` (not
        retried, no reset: a reset would connect, and send the credentials, again); a connection lost after the
        host answered is reset and raises ``BridgeConnectionLost`` (the client retries reads, the engine re-reads
        after a lost apply). Other Ansible errors (configuration, missing libraries) pass through, among them winrm's
        "winrm send_input failed", which the client itself retries when the call is a read
        (``transport_failures.is_lost_input``).
        """
        try:
            res = self._low_level_execute_command(cmd, sudoable=False, in_data=in_data)
        except Exception as exc:
            if not is_transport_failure(exc):
                if is_lost_input(exc):
                    # ansible.builtin.winrm's "winrm send_input failed": the client retries it for a read
                    # (BridgeClient._exchange) and reports it as it is for an apply (windows review 5 finding 3).
                    self._transport_errors.append("the input of a bridge call failed to send: %s" % to_text(exc))
                raise
            self._unanswered += 1
            answered = self._host_answered or bool(getattr(self._connection, "connected", False))
            failure = transport_failure(exc, answered)
            if isinstance(failure, BridgeConnectionLost):
                # A broken shell or runspace is not reused: the next try connects afresh.
                try:
                    self._connection.reset()
                except Exception as reset_error:  # the original failure is the one worth reporting
                    display.vvv("hyperv.network: connection reset failed: %s" % to_text(reset_error))
                message = "the connection to the host was lost during a bridge call: %s" % to_text(exc)
                self._transport_errors.append(message)
                failure.msg = message
                failure.args = (message,)
            raise failure from exc
        self._host_answered = True
        return res.get("rc"), to_text(res.get("stdout", "")), to_text(res.get("stderr", ""))

    def _user_words(self, result):
        """Name what the caller can write: a single-object module's options, not ``config.networks[0]``; a role's
        host_network task has no ``recreate`` to suggest."""
        msg = result.get("msg")
        if not isinstance(msg, str):
            return
        if self.module_name() not in ("hyperv.network.host_network", "hyperv.network.topology_apply"):
            module = self.module_name()
            if _CONFIG_ITEM.search(msg):
                msg = "%s: %s" % (module, _CONFIG_ITEM.sub("", msg))
            if isinstance(result.get("errors"), list):
                result["errors"] = [
                    "%s: %s" % (module, _CONFIG_ITEM.sub("", e)) if isinstance(e, str) and _CONFIG_ITEM.search(e) else e
                    for e in result["errors"]
                ]
        elif getattr(self._task, "_role", None) is not None and "recreate: true" in msg:
            role = self._task._role.get_name() if hasattr(self._task._role, "get_name") else "the role"
            msg = msg.replace(
                "Set recreate: true to delete and re-create it (owned objects only), or change the config to match.",
                "The role does not re-create objects: tear the topology down (%s with state absent) and run it "
                "again, or change the role's variables to match." % role,
            )
        result["msg"] = msg

    @staticmethod
    def _error_result(exc):
        result = {"failed": True, "changed": False, "msg": to_text(exc)}
        details = getattr(exc, "details", None) or {}
        for key, value in details.items():
            if key not in _RESERVED_KEYS:
                result[key] = value
        return result
