"""The shared action base: refusals, argument validation, transport policy, engine wiring, error results.

The engine and the bridge client are replaced by small recording fakes here (the integration tests run the
real ones against hvemu); Ansible's own ActionBase runs for real.
"""

import importlib
import types

import pytest
from ansible_collections.hyperv.network.plugins.plugin_utils import action_base
from ansible_collections.hyperv.network.plugins.plugin_utils.errors import BridgeError, HvNetValidationError


class FakeConnection:
    """A connection plugin as far as the action base looks at it (options only; nothing is executed)."""

    def __init__(self, options, plugin="winrm"):
        self.transport = plugin
        self._options = dict(options)
        self._shell = types.SimpleNamespace(tmpdir=None)

    def get_option(self, name):
        if name not in self._options:
            raise KeyError(name)
        return self._options[name]


NTLM = {"scheme": "http", "port": 5985, "transport": ["ntlm"], "remote_user": "Administrator",
        "remote_password": "S3cret!", "_extras": {"ansible_winrm_server_cert_validation": "ignore"}}  # fmt: skip
BASIC = dict(NTLM, transport=["basic"])


class Recorder:
    """Fake engine modules: records converge calls, returns a canned result or raises."""

    def __init__(self, result=None, error=None):
        self.calls = []
        self.validated = []
        self.events = []
        self.result = result if result is not None else {"changed": True, "after": {}, "bridge_calls": 2}
        self.error = error
        recorder = self

        class Client:
            def __init__(self, execute, record_dir=None, cache_bridge=False):
                recorder.events.append("client")
                self.execute, self.record_dir, self.calls = execute, record_dir, 0
                self.cache_bridge = cache_bridge
                recorder.client = self

            def read(self, ops):
                self.calls += 1
                return types.SimpleNamespace(
                    raw={"protocol": 1}, results=[{"op": "ping", "ok": True, "data": {"pong": True}}]
                )

        def converge(client, config, state, **kwargs):
            recorder.calls.append((config, state, kwargs))
            if recorder.error:
                raise recorder.error
            return dict(recorder.result)

        def validate_config(config, state=None):
            recorder.validated.append((config, state))
            recorder.events.append("validate")

        self.client = None
        self.modules = (
            types.SimpleNamespace(BridgeClient=Client),
            types.SimpleNamespace(converge=converge),
            types.SimpleNamespace(validate_config=validate_config),
        )


def make_action(module, args, *, connection=None, check_mode=False, diff=False, become=False, async_val=0):
    plugin = importlib.import_module(f"ansible_collections.hyperv.network.plugins.action.{module}")
    task = types.SimpleNamespace(
        args=args, check_mode=check_mode, diff=diff, become=become, async_val=async_val, action=module
    )
    play_context = types.SimpleNamespace(become=False, remote_addr="hv01")
    templar = types.SimpleNamespace(template=lambda value: value)
    return plugin.ActionModule(task, connection or FakeConnection(NTLM), play_context, None, templar, None)


@pytest.fixture
def engine(monkeypatch):
    recorder = Recorder()
    monkeypatch.setattr(action_base, "_engine", lambda: recorder.modules)
    return recorder


def test_vswitch_maps_present_to_merged_with_check_and_diff_from_the_task(engine):
    action = make_action("vswitch", {"name": "nat-sw", "switch_type": "internal"}, check_mode=True, diff=True)
    engine.result = {"changed": True, "after": {"switches": [{"name": "NAT-SW", "id": "x"}]}, "snapshot": {"raw": 1}}
    result = action.run(task_vars={})
    config, state, kwargs = engine.calls[0]
    assert state == "merged"
    assert kwargs["check_mode"] is True and kwargs["diff"] is True and kwargs["kinds"] == ["switches"]
    assert config["switches"] == [
        {"name": "nat-sw", "switch_type": "internal", "net_adapter_names": None, "allow_management_os": None,
         "enable_iov": None, "enable_packet_direct": None, "minimum_bandwidth_mode": None, "notes": None}
    ]  # fmt: skip
    assert config["networks"] is None
    assert result["switch"] == {"name": "NAT-SW", "id": "x"}  # case-insensitive match
    assert "snapshot" not in result
    assert result["changed"] is True


def test_absent_maps_to_deleted_and_endpoint_routes_become_sdn_routes(engine):
    make_action("vswitch", {"name": "nat-sw", "state": "absent"}).run(task_vars={})
    assert engine.calls[-1][1] == "deleted"
    make_action(
        "hns_endpoint", {"name": "ep", "network": "nat", "sdn_routes": [{"destination_prefix": "10.0.0.0/8"}]}
    ).run(task_vars={})
    item = engine.calls[-1][0]["endpoints"][0]
    assert item["sdn_routes"] == [{"destination_prefix": "10.0.0.0/8", "next_hop": None, "need_encap": None}]
    assert "routes" not in item and "state" not in item
    # The module's old name for them is an alias: the engine gets sdn_routes only (ansible's validator keeps the
    # alias key beside the option's own).
    make_action("hns_endpoint", {"name": "ep", "network": "nat", "routes": [{"destination_prefix": "10.0.0.0/8"}]}).run(
        task_vars={}
    )
    item = engine.calls[-1][0]["endpoints"][0]
    assert item["sdn_routes"] == [{"destination_prefix": "10.0.0.0/8", "next_hop": None, "need_encap": None}]
    assert "routes" not in item


def test_vm_adapter_absent_disconnects(engine):
    make_action("vm_adapter", {"vm": "vm1", "state": "absent"}).run(task_vars={})
    config, state, _kwargs = engine.calls[-1]
    assert state == "merged"
    assert config["vm_adapters"][0]["switch"] == "" and config["vm_adapters"][0]["name"] == "Network Adapter"
    result = make_action("vm_adapter", {"vm": "vm1", "switch": "sw", "state": "absent"}).run(task_vars={})
    assert result["failed"] and "switch" in result["msg"]


@pytest.mark.parametrize(("kwargs", "needle"), [({"become": True}, "become"), ({"async_val": 30}, "async")])
def test_become_and_async_are_refused_before_anything_else(engine, kwargs, needle):
    result = make_action("vswitch", {"name": "nat-sw"}, **kwargs).run(task_vars={})
    assert result["failed"] and needle in result["msg"] and "remove" in result["msg"]
    assert engine.calls == [] and engine.client is None


def test_bad_arguments_fail_without_a_client(engine):
    result = make_action("vswitch", {"name": "nat-sw", "switch_type": "bridge"}).run(task_vars={})
    assert result["failed"] and "switch_type" in result["msg"]
    result = make_action("hns_endpoint", {"name": "ep"}).run(task_vars={})
    assert result["failed"] and "network" in result["msg"]
    assert engine.calls == [] and engine.client is None


def test_transport_policy_refuses_basic_over_http_unless_opted_in(engine):
    action = make_action("vswitch", {"name": "nat-sw"}, connection=FakeConnection(BASIC))
    result = action.run(task_vars={})
    assert result["failed"] and "hyperv_network_allow_unencrypted" in result["msg"]
    assert engine.calls == []
    assert "S3cret!" not in repr(result) and "Administrator" not in repr(result)
    action = make_action("vswitch", {"name": "nat-sw"}, connection=FakeConnection(BASIC))
    assert not action.run(task_vars={"hyperv_network_allow_unencrypted": "yes"}).get("failed")


def test_rendered_needs_no_acceptable_transport(engine):
    action = make_action("host_network", {"state": "rendered", "config": {}}, connection=FakeConnection(BASIC))
    assert not action.run(task_vars={}).get("failed")
    assert engine.calls[-1][1] == "rendered"


def test_engine_errors_become_failed_results_with_details(engine):
    engine.error = BridgeError("network nat: HNS refused", code="HNS_ERROR", hresult="0x803B0010", changed=True)
    result = make_action("hns_network", {"name": "nat", "type": "nat"}).run(task_vars={})
    assert result["failed"] and result["msg"] == "network nat: HNS refused"
    assert result["code"] == "HNS_ERROR" and result["hresult"] == "0x803B0010"
    assert result["changed"] is False  # details never overwrite the reserved keys
    engine.error = HvNetValidationError("config.networks[0].subnets[0].prefix: '10.0.0.0/33' is not a valid prefix")
    result = make_action("hns_network", {"name": "nat", "subnets": [{"prefix": "10.0.0.0/33"}]}).run(task_vars={})
    assert result["failed"] and "10.0.0.0/33" in result["msg"]


def test_info_filters_by_name_case_insensitively(engine):
    engine.result = {"changed": False, "bridge_calls": 1,
                     "gathered": {"switches": [{"name": "nat"}, {"name": "Ext-SW"}, {"name": "other"}]}}  # fmt: skip
    result = make_action("vswitch_info", {"name": ["ext-sw", "NAT"]}).run(task_vars={})
    assert [s["name"] for s in result["switches"]] == ["nat", "Ext-SW"]
    assert engine.calls[-1][1] == "gathered" and engine.calls[-1][2]["kinds"] == ["switches"]
    assert len(make_action("vswitch_info", {}).run(task_vars={})["switches"]) == 3


def test_record_dir_comes_from_the_task_var_or_the_environment(engine, monkeypatch, tmp_path):
    make_action("ping", {}).run(task_vars={"hyperv_network_record_dir": str(tmp_path)})
    assert engine.client.record_dir == str(tmp_path)
    monkeypatch.setenv("HYPERV_NETWORK_RECORD_DIR", "/from/env")
    result = make_action("ping", {}).run(task_vars={})
    assert engine.client.record_dir == "/from/env"
    assert result["ping"] == "pong" and result["protocol"] == 1 and result["bridge_calls"] == 1


def test_policy_options_never_read_secrets():
    connection = FakeConnection(NTLM)
    options = action_base.connection_policy_options(connection)
    assert "remote_password" not in options
    assert options["_extras"] == {}
    assert options["transport"] == ["ntlm"]


def test_host_network_accepts_gathered_output_and_drops_read_only_facts(engine):
    gathered = {
        "switches": [{"name": "sw", "switch_type": "internal", "id": "x", "owned": True, "foreign": None}],
        "networks": [{"name": "nat", "type": "nat", "id": "y", "owned": False, "foreign": "Docker",
                      "dr_mac_address": None, "management_ip": "172.20.0.1"}],
        "vm_adapters": [{"vm": "vm1", "name": "Network Adapter", "mac_address": "00155D000001"}],
    }  # fmt: skip
    result = make_action("host_network", {"state": "overridden", "config": gathered}).run(task_vars={})
    assert not result.get("failed"), result
    config, state, kwargs = engine.calls[-1]
    assert state == "overridden" and kwargs["kinds"] is None
    assert "id" not in config["switches"][0] and "owned" not in config["switches"][0]
    assert "management_ip" not in config["networks"][0] and config["networks"][0]["type"] == "nat"
    assert "mac_address" not in config["vm_adapters"][0]
    assert config["endpoints"] is None


def test_a_lost_connection_resets_it_and_is_reported_as_lost(engine, monkeypatch):
    from ansible.errors import AnsibleConnectionFailure, AnsibleError
    from ansible_collections.hyperv.network.plugins.plugin_utils.errors import BridgeConnectionLost

    action = make_action("ping", {})
    action._host_answered = True  # an earlier call of this task was answered: a lost connection, not unreachable
    resets = []
    action._connection.reset = lambda: resets.append(True)

    def broken(*args, **kwargs):
        raise AnsibleConnectionFailure("winrm: connection refused")

    monkeypatch.setattr(action, "_low_level_execute_command", broken)
    with pytest.raises(BridgeConnectionLost, match="connection refused"):
        action._execute("cmd", b"stdin")
    assert resets == [True]

    # What winrm/psrp let through when the host drops the connection (requests' ConnectionError is an OSError).
    def dropped(*args, **kwargs):
        raise ConnectionResetError("Remote end closed connection without response")

    monkeypatch.setattr(action, "_low_level_execute_command", dropped)
    with pytest.raises(BridgeConnectionLost, match="Remote end closed"):
        action._execute("cmd", b"stdin")
    assert resets == [True, True]

    def misconfigured(*args, **kwargs):
        raise AnsibleError("winrm or requests is not installed")

    monkeypatch.setattr(action, "_low_level_execute_command", misconfigured)
    with pytest.raises(AnsibleError, match="not installed"):
        action._execute("cmd", b"stdin")
    assert resets == [True, True]  # a configuration error is not a lost connection
    monkeypatch.setattr(
        action, "_low_level_execute_command", lambda cmd, sudoable, in_data: {"rc": 0, "stdout": "out", "stderr": ""}
    )
    assert action._execute("cmd", b"stdin") == (0, "out", "")


def test_a_recovered_transport_failure_is_reported_as_a_warning(engine, monkeypatch):
    from ansible_collections.hyperv.network.plugins.plugin_utils.errors import BridgeConnectionLost

    action = make_action("vswitch_info", {})
    action._host_answered = True  # an earlier call of this task was answered
    action._connection.reset = lambda: None
    answers = [ConnectionResetError("Remote end closed connection"), {"rc": 0, "stdout": "", "stderr": ""}]

    def flaky(*args, **kwargs):
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    monkeypatch.setattr(action, "_low_level_execute_command", flaky)

    def converge(client, config, state, **kwargs):
        with pytest.raises(BridgeConnectionLost):
            client.execute("cmd", b"")
        client.execute("cmd", b"")  # the retry succeeds
        return {"changed": False, "gathered": {"switches": []}, "warnings": ["from the engine"]}

    engine.modules[1].converge = converge
    result = action.run(task_vars={})
    assert not result.get("failed")
    assert "from the engine" in result["warnings"]
    assert any("Remote end closed connection" in w and "recovered" in w for w in result["warnings"])


def test_the_read_takes_the_inventory_groups_raw_not_templated(engine):
    """Issue 13: templating ``groups`` walked every inventory host's name in every host's read (O(fleet^2) a run)."""
    templated = []
    action = make_action("topology_read", {"role": "nat"})
    action._templar = types.SimpleNamespace(template=lambda value: templated.append(value) or value)
    action.register_host_variables = lambda *args, **kwargs: None  # 2.21's task context is not active here
    hosts = [f"hv{i:03d}" for i in range(300)]
    engine.result = {"changed": False, "snapshot": {"networks": []}, "bridge_calls": 1}
    own = {"inventory_hostname": "hv001", "hyperv_network_nat_network_name": "nat",
           "hyperv_network_nat_prefix": "172.30.0.0/24"}  # fmt: skip
    result = action.run(task_vars=dict(own, groups={"all": hosts, "hyperv_hosts": hosts}))
    assert not result.get("failed"), result
    assert result["role_values"] == {"kind": "nat", "network_name": "nat", "prefix": "172.30.0.0/24"}
    assert engine.calls, "the host was read"
    assert not [value for value in templated if isinstance(value, dict) and "all" in value]


def test_the_fold_check_answers_for_every_host_of_the_batch():
    """The overlay role ends after its converge only when every host of the batch programmed its routes there."""
    hostvars = {"hv01": {"__c": {"routes_folded": True}}, "hv02": {"__c": {"changed": True}}, "hv03": {}}
    task_vars = {"ansible_play_hosts_all": ["hv01", "hv02", "hv03"], "ansible_play_batch": ["hv01", "hv02"],
                 "hostvars": hostvars}  # fmt: skip
    result = make_action("topology_preflight", {"folded": "__c"}).run(task_vars=task_vars)
    assert (result["folded"], result["unfolded"], result["changed"]) == (False, ["hv02"], False)
    hostvars["hv02"]["__c"]["routes_folded"] = True  # hv03 failed earlier: not in the batch, not counted
    assert make_action("topology_preflight", {"folded": "__c"}).run(task_vars=task_vars)["folded"] is True
    assert (
        make_action("topology_preflight", {"folded": "__c"}).run(task_vars=dict(task_vars, ansible_play_batch=[]))[
            "folded"
        ]
        is False
    )


def test_a_converge_folds_its_routes_only_when_it_changed_nothing():
    plugin = importlib.import_module("ansible_collections.hyperv.network.plugins.action.topology_apply")
    action = make_action("topology_apply", {"plan": "__p", "phase": "converge"})
    plan = {"fold": {"members": ["hv01"], "published": {}}}
    quiet = {"changed": False, "snapshot": {"networks": []}, "bridge_calls": 0}
    assert action._folds(plan, quiet)
    assert not action._folds(plan, dict(quiet, changed=True))
    assert not action._folds(plan, dict(quiet, failed=True))
    assert not action._folds({}, quiet)
    assert not make_action("topology_apply", {}, check_mode=True)._folds(plan, quiet)
    routes = {"changed": True, "operations": ["update network hvnet-overlay"], "bridge_calls": 1,
              "snapshot": {"networks": ["after"]}, "diff": {"before": "a", "after": "b"}}  # fmt: skip
    merged = plugin.ActionModule._with_routes(dict(quiet, operations=[], diff={"before": "x", "after": "x"}), routes)
    assert merged["routes_folded"] and merged["changed"] and merged["bridge_calls"] == 1
    assert merged["operations"] == ["update network hvnet-overlay"]
    assert merged["snapshot"] == {"networks": ["after"]}  # a later routes phase plans on the state after the routes
    assert merged["diff"] == [{"before": "x", "after": "x"}, {"before": "a", "after": "b"}]


def test_a_settled_read_does_what_the_apply_would_and_only_with_nothing_to_do(monkeypatch):
    """Issue 13: a nat rerun settled in its read shows what the apply's result showed (the plan's warnings and the
    foreign objects it skipped); a read settles nothing where the plan has work, is refused or fails the post-check."""
    from ansible_collections.hyperv.network.plugins.action import topology_read
    from ansible_collections.hyperv.network.plugins.plugin_utils.errors import HvNetPlanError
    from ansible_collections.hyperv.network.plugins.plugin_utils.topology import DEFAULTS
    from ansible_collections.hyperv.network.plugins.plugin_utils.topology_prepare import prepare

    values = {"kind": "nat", **DEFAULTS["nat"]}
    topo = prepare(values, ["hv01"], {"hv01": {}})
    monkeypatch.setattr(topology_read, "own_share", lambda *args: (topo, {"config": {"networks": []}}))
    monkeypatch.setattr(topology_read, "normalised_config", lambda config: config)
    differences = []
    monkeypatch.setattr(topology_read, "post_check", lambda *args: differences)
    planned = {"changed": False, "operations": [], "warnings": ["a foreign route was left in place"],
               "skipped_foreign": {"networks": ["theirs"]}, "snapshot": {"raw": 1}}  # fmt: skip

    def settle(plan=None, error=None):
        action = make_action("topology_read", {"role": "nat", "settle": True})
        action._settled_facts = None  # as run() starts it
        action._client = types.SimpleNamespace(calls=1)  # the read's call, made before the settle

        def converge(config, state, **kwargs):
            assert kwargs["plan_only"] is True and kwargs["snapshot"] == {"host": "hv01"}
            if error:
                raise error
            return dict(plan or planned)

        action.converge = converge
        read = {"changed": False, "snapshot": {"host": "hv01"}, "bridge_calls": 1, "warnings": ["read"]}
        action._settle("hv01", (values, topo, values, {}, None), read)
        return read, action._settled_facts

    read, facts = settle()
    assert read["settled"] and read["warnings"] == ["read", "a foreign route was left in place"]
    assert read["skipped_foreign"] == {"networks": ["theirs"]}
    assert read["summary"]["changed"] is False and read["summary"]["bridge_calls"] == 1
    ephemeral, cacheable = facts
    assert ephemeral["hyperv_network_nat_summary"] == read["summary"]
    assert set(ephemeral["hyperv_network_nat_result"]["phases"]) == {"gathered", "converge"}
    assert cacheable == {}  # nat publishes nothing for other hosts
    assert read["ansible_stats"]["data"] == {"hyperv_network_summary": {"hv01": read["summary"]}}
    for plan, error in (
        (dict(planned, changed=True, operations=["create network x"]), None),
        (dict(planned, operations=["add HostRoute (best effort)"]), None),
        (None, HvNetPlanError("endpoint 'web': these properties can only be set when it is created")),
    ):
        read, facts = settle(plan, error)
        assert "settled" not in read and facts is None and read["warnings"] == ["read"]
    differences.append("network x: subnets differ")
    read, facts = settle()
    assert "settled" not in read and facts is None
    # A snapshot this host's own share cannot be computed from: the read stays a read (windows-review-8 finding 3).
    differences.clear()
    monkeypatch.setattr(topology_read, "own_share", lambda *args: {}["no such key"])
    read, facts = settle()
    assert "settled" not in read and facts is None


def test_a_routes_read_stands_on_the_latest_read_only_where_it_settled_the_converge():
    """Issue 13: a settled converge ends the role, so this run's read is the host as it is; an unsettled read was
    followed by an apply (or another run's), and a read older than the host's latest is never reused."""
    snapshot = {"networks": []}
    gathered = {"snapshot": snapshot, "read_at": 10.0, "settled": "d1"}
    converge = {"snapshot": snapshot, "applied_at": 5.0}  # an earlier play's
    action = make_action("topology_read", {"role": "l2bridge"})
    names = ["__hyperv_network_l2bridge_converge", "__hyperv_network_l2bridge_gathered"]
    args = {"values": {"kind": "l2bridge"}, "reuse": names}

    def reused(**registered):
        action._task_vars = registered
        return action._reused(args)

    assert reused(__hyperv_network_l2bridge_gathered=gathered, __hyperv_network_l2bridge_converge=converge) == names[1]
    unsettled = dict(gathered, settled=None)
    assert reused(__hyperv_network_l2bridge_gathered=unsettled, __hyperv_network_l2bridge_converge=converge) is None
    # This run's converge, applied after the read, comes first.
    applied = dict(converge, applied_at=11.0)
    assert reused(__hyperv_network_l2bridge_gathered=gathered, __hyperv_network_l2bridge_converge=applied) == names[0]
    # A later play's routes read of its own (a real read, registered by this very task) is newer: not reused.
    action._task.register = "__hyperv_network_l2bridge_routes_read"
    newer = {"snapshot": snapshot, "read_at": 12.0}
    assert (
        reused(
            __hyperv_network_l2bridge_gathered=gathered,
            __hyperv_network_l2bridge_converge=converge,
            __hyperv_network_l2bridge_routes_read=newer,
        )
        is None
    )


def test_a_routes_read_settled_on_a_reused_converge_shows_only_its_own_plans_warnings(monkeypatch):
    """A routes read that settles on this run's converge joins the warnings of its own plan only: the converge's
    (HNS refusing a HostRoute) are in that converge's result already, and the phases still count it (windows-review-11
    L2)."""
    from ansible_collections.hyperv.network.plugins.action import topology_read
    from ansible_collections.hyperv.network.plugins.plugin_utils.topology import DEFAULTS
    from ansible_collections.hyperv.network.plugins.plugin_utils.topology_prepare import prepare

    topo = prepare({"kind": "overlay", **DEFAULTS["overlay"], "adapter": "Ethernet"}, ["hv01"], {"hv01": {}})
    share = {"routes": {"networks": [{"name": "hvnet-overlay", "remote_subnet_routes": []}]}}
    monkeypatch.setattr(topology_read, "own_routes_share", lambda *args: share)
    action = make_action("topology_read", {"role": "overlay", "settle": True, "phase": "routes"})
    action._settled_facts = None
    action._resolved = lambda host, own, current: (None, topo)
    action._planned = lambda config, current: {"changed": False, "operations": [], "warnings": ["from the routes plan"]}
    converge = {"changed": False, "operations": [], "warnings": ["HNS refused the HostRoute"], "snapshot": {},
                "applied_at": 11.0}  # fmt: skip
    action._task_vars = {
        "__hyperv_network_overlay_converge": converge,
        "__hyperv_network_overlay_gathered": {"snapshot": {}, "gathered": {}, "read_at": 10.0},
    }
    result = {"changed": False, "reused": "__hyperv_network_overlay_converge", "bridge_calls": 0}
    action._settle_routes("hv01", None, converge, result)
    assert result["settled"]
    assert result["warnings"] == ["from the routes plan"]
    phases = action._settled_facts[0]["hyperv_network_overlay_result"]["phases"]
    assert set(phases) == {"gathered", "converge", "routes"}


def _in_forked_child(function):
    """``function()``'s answer, run in a child forked as ansible-playbook forks its task workers."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    reader, writer = context.Pipe(duplex=False)

    def child():
        try:
            writer.send(function())
        except BaseException as exc:  # pylint: disable=broad-exception-caught  # the parent reports it
            writer.send(("error", repr(exc)))

    process = context.Process(target=child)
    process.start()
    answer = reader.recv()
    process.join(30)
    return answer


def test_a_forked_worker_freezes_what_it_inherited_before_the_task_and_the_main_process_does_not(engine):
    """issue 13: a full collection in a task's worker walked ansible-playbook's whole inherited heap (about 120 ms, in
    one read in twenty at 200 hosts); the action freezes the inherited objects first (prewarm.freeze_inherited_objects).
    """
    import gc

    from ansible_collections.hyperv.network.plugins.plugin_utils import prewarm

    inherited = [{"kept": n} for n in range(1000)]  # objects the worker inherits from its parent

    def worker_task():
        before = gc.get_freeze_count()
        action = make_action("vswitch", {"name": "nat-sw", "switch_type": "internal"}, check_mode=True)
        engine.result = {"changed": False, "after": {"switches": []}, "snapshot": {}}
        action.run(task_vars={})
        after = gc.get_freeze_count()
        allocated = [{"item": n} for n in range(1000)]  # a loop's next item runs in the same worker
        action.run(task_vars={})
        return before, after, gc.get_freeze_count(), len(allocated)

    before, after, again, _allocated = _in_forked_child(worker_task)
    if not prewarm._FREEZE_IS_CHEAP:  # 3.14's incremental collector, free-threaded builds: no freeze (prewarm.py)
        assert before == after == again
        return
    assert after >= before + len(inherited)
    assert again == after  # once per process: what the task allocates later stays collectable (windows-review-13 D2)
    frozen_here = gc.get_freeze_count()
    action = make_action("vswitch", {"name": "nat-sw", "switch_type": "internal"}, check_mode=True)
    engine.result = {"changed": False, "after": {"switches": []}, "snapshot": {}}
    action.run(task_vars={})
    assert gc.get_freeze_count() == frozen_here  # not a forked worker: the collector is left as it is
