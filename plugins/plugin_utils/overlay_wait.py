# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Waiting for the facts HNS adds to an overlay network a few seconds after its create (its DR MAC and provider
address), after the host's own wait (internal collection use only)."""

import time
from typing import Any

from ansible_collections.hyperv.network.plugins.plugin_utils import normalize as norm
from ansible_collections.hyperv.network.plugins.plugin_utils import state as model
from ansible_collections.hyperv.network.plugins.plugin_utils.plan_ops import Plan, PlannedOp
from ansible_collections.hyperv.network.plugins.plugin_utils.snapshots import read

_monotonic = time.monotonic  # replaceable in tests

# Networks whose create is followed by a wait for facts HNS adds later: an Overlay network's DrMacAddress and
# ProviderAddress policies (flannel polls the provider address, then vxlan_windows.go reads the DR MAC once; Calico
# reads both from the v2 network; Windows review 5 finding 5). An L2Bridge
# network has no DR MAC ("the DR NIC is created when an Overlay network is present", flannel#1111), and HCN v2
# documents have no ManagementIP (HNS_Schema.md HostComputeNetwork; hcsshim hcn/hcnnetwork.go), so nothing is
# waited for there.
OVERLAY_FACT_TYPES = ("overlay",)


def missing_overlay_facts(net: dict[str, Any] | None) -> list[str]:
    if net is None:
        return ["the network itself"]
    if net["type"] == "overlay":
        return [
            f
            for f, v in (("DrMacAddress", net["dr_mac_address"]), ("ProviderAddress", net["provider_address"]))
            if not v
        ]
    return []


def overlay_fact_creates(plan: Plan) -> list[PlannedOp]:
    """The plan's creates (a recreate included) of networks whose DR MAC and provider address HNS adds later."""
    return [
        op
        for op in plan.ops
        if op.op == "hcn_network_create"
        and op.disruptive
        and op.args.get("id")
        and (plan.expected["networks"].get(norm.name_key(op.name)) or {}).get("type") in OVERLAY_FACT_TYPES
    ]


def wait_for_overlay_facts(
    client: Any,
    plan: Plan,
    raw: dict[str, Any],
    full_args: dict[str, Any],
    *,
    wait_for_overlay: float | None,
    result: dict[str, Any],
) -> dict[str, Any]:
    """HNS adds DrMacAddress/ProviderAddress a few seconds after an overlay create. The host waited for them inside
    the confirming poll (``job.overlay_wait``); when they are still missing, poll with reads for the rest of
    ``wait_for_overlay``."""
    names = [op.name for op in overlay_fact_creates(plan)]
    if not names:
        return raw

    def missing(data: dict[str, Any]) -> dict[str, list[str]]:
        st = model.HostState.from_snapshot(data)
        out = {}
        for name in names:
            facts = missing_overlay_facts(st.networks.get(norm.name_key(name)))
            if facts:
                out[name] = facts
        return out

    lacking = missing(raw)
    if not lacking or not wait_for_overlay or wait_for_overlay <= 0:
        if lacking:
            result["warnings"].append("not waiting for %s (wait_for_overlay is 0)" % facts_text(lacking))
        return raw
    host_wait = (result.get("job") or {}).get("overlay_wait")
    waited = 0.0
    if isinstance(host_wait, dict):
        waited = float(host_wait.get("waited_ms") or 0) / 1000.0
        if float(wait_for_overlay) > waited:  # else the "did not appear within" warning below says it all
            result["warnings"].append(
                "%s had not appeared when the host's own wait ended (%.1f s, inside the poll that confirmed job %s); "
                "reading again for the rest of wait_for_overlay (%s s)"
                % (facts_text(lacking), waited, result["job"].get("job_id"), wait_for_overlay)
            )
    deadline = _monotonic() + max(0.0, float(wait_for_overlay) - waited)
    delay = 1.0
    while lacking:
        remaining = deadline - _monotonic()
        if remaining <= 0:
            result["warnings"].append(
                "%s did not appear within %s s (wait_for_overlay); later tasks that need them should read again"
                % (facts_text(lacking), wait_for_overlay)
            )
            break
        client.sleep(min(delay, remaining, 5.0))
        delay *= 2
        raw = read(client, full_args)
        lacking = missing(raw)
    return raw


def facts_text(lacking: dict[str, list[str]]) -> str:
    return "; ".join("%s of network %s" % ("/".join(f), name) for name, f in lacking.items())
