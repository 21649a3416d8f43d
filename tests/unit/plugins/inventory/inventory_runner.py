"""Runs the inventory plugin hyperv.network.hyperv in a fresh process over fake hosts (used by test_plugin.py).

ansible-core's collection loader is installed here, as ``ansible-inventory`` installs it, which the unit test
process must not do. The connection plugins are the real ``ansible.builtin.winrm`` and ``ansible.builtin.psrp``
(options resolved from the host's variables, transport policy checked) with ``exec_command`` replaced: it answers
a bridge request with the snapshot that the scenario gives for the host's ``ansible_host``, or raises the
scenario's transport failure. Each call is appended to the scenario's call log.

usage: inventory_runner.py <collections root> <source file> <scenario.json> [--no-cache]
Prints {"groups": {...}, "hostvars": {...}} as JSON, or {"error": "..."} when the plugin raises.
"""

from __future__ import annotations

import json
import os
import sys


def main(argv):
    root, source, scenario_path = argv[1:4]
    use_cache = "--no-cache" not in argv
    with open(scenario_path, encoding="utf-8") as f:
        scenario = json.load(f)

    from ansible.plugins.loader import init_plugin_loader

    init_plugin_loader([root])

    from ansible.errors import AnsibleConnectionFailure, AnsibleError
    from ansible.inventory.data import InventoryData
    from ansible.parsing.dataloader import DataLoader
    from ansible.plugins.loader import connection_loader, inventory_loader

    def fake_exec(self, cmd, in_data=None, sudoable=True):
        address = self.get_option("remote_addr")
        lines = in_data.decode("ascii").split("\r\n")
        request = json.loads(lines[lines.index("#hvnet-request") + 1])
        with open(scenario["calls_file"], "a", encoding="utf-8") as log:
            log.write(
                json.dumps(
                    {
                        "host": address,
                        "user": self.get_option("remote_user"),
                        "plugin": self._load_name.rsplit(".", 1)[-1],
                        "request": request,
                    }
                )
                + "\n"
            )
        host = scenario["hosts"][address]
        if "fail" in host:
            raise AnsibleConnectionFailure(host["fail"])
        response = {
            "protocol": 1,
            "request_id": request["request_id"],
            "ok": True,
            "results": [{"op": "snapshot", "ok": True, "data": host["snapshot"]}],
        }
        return (
            0,
            (f"noise\r\n##hvnet-response-begin##\r\n{json.dumps(response)}\r\n##hvnet-response-end##\r\n").encode(),
            b"",
        )

    if os.environ.get("HVNET_TEST_NO_RESOLVE_HELPER"):
        # an ansible-core without ConnectionBase._resolve_option_variables (private): the plugin's own steps
        from ansible.plugins.connection import ConnectionBase

        del ConnectionBase._resolve_option_variables

    # The classes the plugin gets from connection_loader (the loader may import its own module copies).
    for name in ("ansible.builtin.winrm", "ansible.builtin.psrp"):
        connection_loader.get(name, class_only=True).exec_command = fake_exec

    plugin = inventory_loader.get("hyperv.network.hyperv")
    inventory = InventoryData()
    if not plugin.verify_file(source):
        print(json.dumps({"error": f"verify_file refused {source}"}))
        return 0
    try:
        plugin.parse(inventory, DataLoader(), source, cache=use_cache)
        if getattr(plugin, "_cache", None) is not None and plugin.get_option("cache"):
            plugin.update_cache_if_changed()
    except AnsibleError as e:
        print(json.dumps({"error": str(e)}))
        return 0
    groups = {name: sorted(h.name for h in group.get_hosts()) for name, group in inventory.groups.items()}
    hostvars = {name: host.get_vars() for name, host in inventory.hosts.items()}
    print(json.dumps({"groups": groups, "hostvars": hostvars}, default=str, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
