"""The fleet picture (issue 14 item 6): a self-contained HTML page with an inline SVG, and Markdown with Mermaid.

Named test_fleet_picture_render.py: tests/integration/test_fleet_picture.py is the headless Chromium test, and
pytest (rootdir imports, no packages) needs distinct basenames in one run.
"""

from __future__ import annotations

import html.parser
import re

import pytest
from ansible.errors import AnsibleFilterError
from ansible_collections.hyperv.network.plugins.filter.fleet_picture import fleet_picture
from ansible_collections.hyperv.network.plugins.plugin_utils.fleet_picture import mermaid_text
from ansible_collections.hyperv.network.plugins.plugin_utils.fleet_plan import fleet_document

EVIL = "<script>document.title='pwned'</script>"
EVIL_ATTR = '"><img src=x onerror=alert(1)>'
FENCE = "```\n# owned | `x` [y](z)"


def overlay_fleet(switch_name="vswitch-a", network_name="hvnet-overlay"):
    """Three overlay hosts: hv01 changes (a route), hv02 does nothing, hv03 is new; hv03 also drops an endpoint."""
    hostvars = {}
    for i, host in enumerate(["hv01", "hv02", "hv03"], 1):
        subnet = f"10.244.{i}.0/24"
        network = {"name": network_name, "type": "overlay", "adapter": "Ethernet", "owned": True,
                   "subnets": [{"prefix": subnet, "gateway": f"10.244.{i}.1"}]}  # fmt: skip
        gathered = {
            "switches": [
                {"name": switch_name, "switch_type": "external", "net_adapter_names": ["Ethernet"], "owned": False}
            ],
            "networks": [network] if host != "hv03" else [],
            "endpoints": [{"name": "old-ep", "network": network_name, "ip_address": "10.244.3.9", "owned": True}]
            if host == "hv03"
            else [],
        }
        ops = {
            "hv01": [f"update network {network_name}: add remote subnet routes 10.244.3.0/24"],
            "hv02": [],
            "hv03": ["delete endpoint old-ep", f"create network {network_name} (overlay, {subnet}) [disruptive]"],
        }[host]
        hostvars[host] = {
            "hyperv_network_overlay_summary": {
                "host": host,
                "topology": "overlay",
                "state": "present",
                "network": network_name,
                "subnet": subnet,
                "operations": ops,
                "provider_address": f"10.40.0.1{i}",
            },
            "hyperv_network_overlay_result": {
                "check_mode": True,
                "phases": {
                    "gathered": {"gathered": gathered},
                    "converge": {"before": {"networks": gathered["networks"]}, "after": {"networks": [network]}},
                },
            },
        }
    return fleet_document(hostvars, list(hostvars))


class Dom(html.parser.HTMLParser):
    """Elements as the browser's parser sees them: (tag, attrs) in order, and the text."""

    def __init__(self, page):
        super().__init__(convert_charrefs=True)
        self.elements, self.text = [], []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def test_the_page_draws_every_host_switch_network_subnet_gateway_and_tunnel_with_its_status():
    page = fleet_picture(overlay_fleet())
    dom = Dom(page)
    svg = [a for t, a in dom.elements if t == "g"]
    hosts = {a["data-host"]: a["data-status"] for a in svg if "host" in a.get("class", "").split()}
    assert hosts == {"hv01": "changed", "hv02": "unchanged", "hv03": "changed"}
    networks = [(a["data-name"], a["data-status"]) for a in svg if a.get("class", "").startswith("network ")]
    assert networks == [("hvnet-overlay", "changed"), ("hvnet-overlay", "unchanged"), ("hvnet-overlay", "created")]
    assert [(a["data-a"], a["data-b"], a["data-status"]) for a in svg if a.get("class", "").startswith("tunnel")] == [
        ("hv01", "hv02", "unchanged"),
        ("hv01", "hv03", "created"),
        ("hv02", "hv03", "created"),
    ]
    text = " ".join(dom.text)
    for needle in ("vswitch-a", "10.244.2.0/24 gw 10.244.2.1", "10.40.0.13", "old-ep"):
        assert needle in text
    assert any(a.get("class") == "object deleted" and a.get("data-name") == "old-ep" for t, a in dom.elements)
    assert dom.elements[0][0] == "html" and any(t == "svg" for t, _a in dom.elements)


def test_the_page_is_self_contained_and_allows_no_script():
    page = fleet_picture(overlay_fleet())
    assert "http://" not in page and "https://" not in page and "<script" not in page.lower()
    assert not re.search(r"\s(src|href)=", page)
    dom = Dom(page)
    csp = [a["content"] for t, a in dom.elements if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0] and "script-src" not in csp[0]


@pytest.mark.parametrize("name", [EVIL, EVIL_ATTR, FENCE])
def test_a_hostile_switch_or_network_name_stays_text_in_the_page(name):
    page = fleet_picture(overlay_fleet(switch_name=name, network_name=name + "-net"))
    dom = Dom(page)
    tags = {t for t, _a in dom.elements}
    assert "script" not in tags and "img" not in tags
    assert "<script" not in page and "<img" not in page
    # The name reaches the reader unchanged, as text and in the data attributes.
    assert any(name in chunk for chunk in dom.text)
    assert any(a.get("data-name") == name + "-net" for _t, a in dom.elements)


@pytest.mark.parametrize("name", [EVIL, EVIL_ATTR, FENCE])
def test_a_hostile_name_cannot_break_out_of_the_mermaid_label_or_the_code_fence(name):
    md = fleet_picture(overlay_fleet(switch_name=name, network_name=name + "-net"), "markdown")
    assert md.count("```") == 2  # the mermaid fence opens and closes once
    block = md.split("```mermaid\n", 1)[1].split("```", 1)[0]
    for line in block.splitlines():
        labels = re.findall(r'\["(.*?)"\]', line)
        for label in labels:
            assert not set(label.replace("<br/>", "")) & set('"<>`[]|'), label
    assert mermaid_text(name) in block
    assert "<script" not in md and "<img" not in md and "| `x`" not in md


def test_markdown_has_the_totals_a_host_table_and_the_flowchart():
    md = fleet_picture(overlay_fleet(), "markdown")
    assert md.startswith("## hyperv.network fleet: overlay, plan (check mode, nothing changed)")
    assert "| hv03 | changed | 1 | 0 | 0 | 1 |" in md  # created network, deleted endpoint
    assert "| hv02 | unchanged | 0 | 0 | 0 | 0 |" in md
    block = md.split("```mermaid\n", 1)[1]
    assert block.startswith("flowchart LR\n")
    assert 'subgraph h0["host hv01: changed"]' in block and "style h0 stroke:" in block
    assert "h0n0 --- h0s0" in block  # the overlay network on its switch's adapter
    assert "h0n0 -. VXLAN 10.40.0.11 to 10.40.0.13, created .-> h2n0" in block
    assert "class h2n0 created" in block and "class h0n0 changed" in block


def test_mermaid_text_keeps_plain_names_and_codes_the_rest():
    assert mermaid_text("hvnet-overlay 10.244.1.0/24 (gw)") == "hvnet-overlay 10.244.1.0/24 (gw)"
    assert mermaid_text('a"b<c>#') == "a#34;b#60;c#62;#35;"


def test_fleet_picture_refuses_what_is_not_a_fleet_document_or_an_unknown_format():
    with pytest.raises(AnsibleFilterError, match=r"expects the document of hyperv\.network\.fleet_plan"):
        fleet_picture({"hosts": []})
    with pytest.raises(AnsibleFilterError, match="format must be html or markdown, got 'svg'"):
        fleet_picture(overlay_fleet(), "svg")


def test_host_routes_firewall_rules_and_forwarding_the_run_touches_are_listed_with_their_status():
    doc = overlay_fleet()
    doc["hosts"][1]["other"] = [
        {"kind": "host_routes", "name": "10.250.8.0/24 on vEthernet (Ethernet)", "action": "add", "disruptive": False,
         "operations": ["add host route 10.250.8.0/24 via 10.40.0.22 on vEthernet (Ethernet)"]},
        {"kind": "firewall_rules", "name": "hyperv-network-vxlan-hvnet-overlay", "action": "change",
         "disruptive": False, "operations": ["update firewall rule hyperv-network-vxlan-hvnet-overlay: remote"]},
    ]  # fmt: skip
    rows = [a for t, a in Dom(fleet_picture(doc)).elements if t == "tr" and a.get("data-host") == "hv02"]
    assert [(a["data-kind"], a["data-name"], a["class"]) for a in rows if "data-kind" in a][-2:] == [
        ("host_routes", "10.250.8.0/24 on vEthernet (Ethernet)", "object created"),
        ("firewall_rules", "hyperv-network-vxlan-hvnet-overlay", "object changed"),
    ]


def test_a_container_vm_shows_its_parent_and_a_host_without_a_result_is_marked_unknown():
    doc = overlay_fleet()
    doc["hosts"][1]["summary"]["parent"] = "hv-parent-7"
    doc["hosts"][2]["status"] = "unknown"
    dom = Dom(fleet_picture(doc))
    assert "container VM on hv-parent-7" in " ".join(dom.text)
    assert "no result: the host failed or was not reached" in " ".join(dom.text)
    marked = {a["data-host"]: a["data-status"] for t, a in dom.elements if t == "g" and "data-host" in a}
    assert marked["hv03"] == "unknown"


def test_the_switch_hns_made_for_our_network_is_not_drawn_as_foreign():
    md = fleet_picture(overlay_fleet(), "markdown")
    assert "unchanged, made by HNS for hvnet-overlay" in md  # vswitch-a: external on Ethernet, like the network
    dom = Dom(fleet_picture(overlay_fleet()))
    rects = [a for t, a in dom.elements if t == "rect" and a.get("stroke-dasharray") == "4 3"]
    assert rects == []  # nothing foreign nor deleted in boxes: hv03's deleted endpoint is a line in its network box
