# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The fleet picture: a fleet document (fleet_plan.fleet_document) as a self-contained HTML page with an inline SVG,
and as Markdown with a Mermaid flowchart for pull requests.

Internal collection use only. Standard library and Jinja only; no script, no external URL. Every name is a user
value: the HTML goes through Jinja's autoescaping (and the page's Content-Security-Policy allows no script at all,
should a value ever slip through), the Mermaid labels through Mermaid's entity codes (#60; for <, as Mermaid's own
flowchart examples write them), Markdown text through HTML character references.
"""

from __future__ import annotations

import math
from typing import Any

import jinja2
from ansible_collections.hyperv.network.plugins.plugin_utils.fleet_plan import STATUS

STATUSES = ("created", "changed", "replaced", "deleted", "unchanged")
# status -> (stroke, fill)
COLORS = {
    "created": ("#2e7d32", "#e8f5e9"),
    "changed": ("#b26a00", "#fff3e0"),
    "replaced": ("#c62828", "#ffebee"),
    "deleted": ("#616161", "#e0e0e0"),
    "unchanged": ("#607d8b", "#f5f7f9"),
}
HOST_COLORS = {"changed": ("#b26a00", "#fff3e0"), "unchanged": ("#78909c", "#eceff1"), "unknown": ("#c62828", "#fff")}
CARD_W, GAP, MARGIN, LINE, RING_R = 360, 24, 16, 16, 90
MAX_ENDPOINTS = 4


def _clip(text: object, size: int) -> str:
    text = "" if text is None else str(text)
    return text if len(text) <= size else text[: size - 3] + "..."


def _subnet_text(subnet: dict[str, Any]) -> str:
    text = subnet.get("prefix") or "no prefix"
    return text + (" gw " + subnet["gateway"] if subnet.get("gateway") else "")


def _status_label(item: dict[str, Any]) -> str:
    label = item["status"]
    if item.get("disruptive") and label != "unchanged":
        label += ", disruptive"
    if item.get("hns_for"):
        label += ", made by HNS for " + item["hns_for"]
    elif item.get("owned") is False:
        label += ", foreign"
    return label


def _card(host: dict[str, Any], x: int, y: int) -> dict[str, Any]:
    """One host's card: its boxes (switches, networks with subnets, gateways and endpoints) and their links."""
    boxes: list[dict[str, Any]] = []
    links: list[dict[str, int]] = []
    cy = y + 50
    lines = []
    if host["summary"].get("parent"):
        lines.append("container VM on %s" % host["summary"]["parent"])
    if host["summary"].get("provider_address"):
        lines.append("provider address %s" % host["summary"]["provider_address"])
    if host["status"] == "unknown":
        lines.append("no result: the host failed or was not reached")
    info = []
    for text in lines:
        info.append({"x": x + 12, "y": cy, "text": _clip(text, 52), "full": text})
        cy += LINE
    cy += 6
    where: dict[tuple[str, str], int] = {}
    for sw in host["switches"]:
        detail = ", ".join([sw.get("type") or "switch", *(sw.get("adapters") or [])])
        boxes.append(
            {
                "kind": "switch",
                "x": x + 22,
                "y": cy,
                "w": CARD_W - 34,
                "h": 34,
                "item": sw,
                "title": "switch " + sw["name"],
                "lines": ["switch " + _clip(sw["name"], 26), _clip(detail, 46)],
                "label": _status_label(sw),
            }
        )
        for adapter in sw.get("adapters") or []:
            where.setdefault(("adapter", adapter.casefold()), cy + 17)
        cy += 40
    for net in host["networks"]:
        box = _network_box(host, net, x, cy)
        boxes.append(box)
        anchor = where.get(("adapter", (net.get("adapter") or "").casefold()))
        if anchor is not None:
            links.append({"x": x + 14, "y1": anchor, "y2": cy + 14, "x2": x + 22})
        cy += box["h"] + 6
    if not host["switches"] and not host["networks"]:
        info.append({"x": x + 12, "y": cy + 4, "text": "nothing of this topology", "full": ""})
        cy += LINE + 4
    totals = host["totals"]
    foot = "add %d, change %d, replace %d, destroy %d" % (
        totals["add"], totals["change"], totals["replace"], totals["destroy"])  # fmt: skip
    return {
        "host": host,
        "x": x,
        "y": y,
        "w": CARD_W,
        "h": cy - y + 28,
        "info": info,
        "boxes": boxes,
        "links": links,
        "foot": foot,
    }


def _network_box(host: dict[str, Any], net: dict[str, Any], x: int, y: int) -> dict[str, Any]:
    """A network's box on its host's card at height ``y``: its type, adapter and subnets, then its endpoints (the
    owned or changing ones, at most MAX_ENDPOINTS, and how many more)."""
    eps = [e for e in host["endpoints"] if (e.get("network") or "").casefold() == net["name"].casefold()]
    shown = [e for e in eps if e.get("owned") is not False or e["status"] != "unchanged"][:MAX_ENDPOINTS]
    text = [
        "network " + _clip(net["name"], 25),
        _clip(" ".join(filter(None, [net.get("type"), net.get("adapter")])), 46),
    ]
    text += [_clip(_subnet_text(s), 46) for s in net.get("subnets") or []]
    ep_lines: list[dict[str, Any]] = [
        {"text": _clip("endpoint %s %s" % (e["name"], e.get("ip_address") or ""), 44), "item": e} for e in shown
    ]
    if len(eps) > len(shown):
        ep_lines.append({"text": "+%d more endpoints" % (len(eps) - len(shown)), "item": None})
    h = 8 + LINE * len(text) + LINE * len(ep_lines)
    return {
        "kind": "network",
        "x": x + 22,
        "y": y,
        "w": CARD_W - 34,
        "h": h,
        "item": net,
        "title": "network " + net["name"],
        "lines": text,
        "endpoints": ep_lines,
        "label": _status_label(net),
    }


def _ring(doc: dict[str, Any], y: int) -> dict[str, Any]:
    """The overlay tunnels as a ring: a node per member host, a chord per tunnel (drawn above the cards, so that no
    line crosses a card)."""
    members = sorted({t["a"] for t in doc["tunnels"]} | {t["b"] for t in doc["tunnels"]})
    status = {h["name"]: h["status"] for h in doc["hosts"]}
    cx, cy = MARGIN + RING_R + 90, y + RING_R + 24
    nodes: dict[str, dict[str, Any]] = {}
    for i, name in enumerate(members):
        angle = -math.pi / 2 + 2 * math.pi * i / len(members)
        x, yy = cx + RING_R * math.cos(angle), cy + RING_R * math.sin(angle)
        anchor = "start" if math.cos(angle) > 0.2 else ("end" if math.cos(angle) < -0.2 else "middle")
        lx = x + 18 * math.cos(angle)
        ly = yy + 18 * math.sin(angle) + (4 if abs(math.sin(angle)) < 0.9 else (12 if math.sin(angle) > 0 else -6))
        nodes[name] = {"name": name, "x": round(x, 1), "y": round(yy, 1), "status": status.get(name, "unknown"),
                       "lx": round(lx, 1), "ly": round(ly, 1), "anchor": anchor, "label": _clip(name, 20)}  # fmt: skip
    chords = [
        dict(t, x1=nodes[t["a"]]["x"], y1=nodes[t["a"]]["y"], x2=nodes[t["b"]]["x"], y2=nodes[t["b"]]["y"])
        for t in doc["tunnels"]
    ]
    changing = len([t for t in doc["tunnels"] if t["status"] != "unchanged"])
    caption = "Overlay tunnels (VXLAN): %d between %d hosts, %d changing" % (len(chords), len(members), changing)
    return {"nodes": list(nodes.values()), "chords": chords, "x": MARGIN, "y": y, "h": 2 * RING_R + 48,
            "caption": caption, "cx": cx + RING_R + 110}  # fmt: skip


def layout(doc: dict[str, Any]) -> dict[str, Any]:
    """Cards on a grid (three columns at most), under the ring of overlay tunnels if there is one."""
    hosts = doc["hosts"]
    cols = max(1, min(3, len(hosts)))
    ring = _ring(doc, MARGIN) if doc.get("tunnels") else None
    top = ring["y"] + ring["h"] + GAP if ring else MARGIN
    cards: list[dict[str, Any]] = []
    y = top
    row: list[dict[str, Any]] = []
    for i, host in enumerate(hosts):
        row.append(_card(host, MARGIN + (i % cols) * (CARD_W + GAP), y))
        if len(row) == cols or i == len(hosts) - 1:
            height = max(c["h"] for c in row)
            for card in row:
                card["h"] = height
            cards += row
            y += height + GAP
            row = []
    width = max(MARGIN * 2 + cols * CARD_W + (cols - 1) * GAP, 560 if ring else 0)
    return {"cards": cards, "ring": ring, "width": width, "height": max(y, top + 40)}


_ENV = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)

HTML = _ENV.from_string(
    """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>hyperv.network fleet: {{ doc.topology }} {{ doc.mode }}</title>
<style>
body { font-family: sans-serif; margin: 16px; color: #1f2a33; background: #ffffff; }
h1 { font-size: 20px; margin: 0 0 4px 0; }
p.totals { margin: 2px 0; }
svg text { font-family: monospace; font-size: 12px; fill: #1f2a33; }
svg .hostname { font-size: 15px; font-weight: bold; font-family: sans-serif; }
svg .badge { font-size: 11px; font-family: sans-serif; font-weight: bold; }
svg .deleted text.name { text-decoration: line-through; }
table { border-collapse: collapse; margin: 8px 0 16px 0; font-size: 13px; }
td, th { border: 1px solid #cfd8dc; padding: 3px 8px; text-align: left; vertical-align: top; }
{% for status, colors in colors.items() %}
.s-{{ status }} { background: {{ colors[1] }}; }
{% endfor %}
ul.legend { list-style: none; padding: 0; display: flex; gap: 16px; }
ul.legend span { display: inline-block; width: 14px; height: 14px; border: 2px solid; vertical-align: middle; }
</style>
</head>
<body>
<h1>hyperv.network fleet: {{ doc.topology }}{% if doc.network %} ({{ doc.network }}){% endif %},
{{ "planned (check mode, nothing changed)" if doc.mode == "plan" else "after the converge" }}</h1>
{% for line in doc.lines %}
<p class="totals">{{ line }}</p>
{% endfor %}
<svg id="fleet" width="{{ pic.width }}" height="{{ pic.height }}" viewBox="0 0 {{ pic.width }} {{ pic.height }}"
 role="img" aria-label="fleet picture">
<rect x="0" y="0" width="{{ pic.width }}" height="{{ pic.height }}" fill="#fbfcfd"/>
{% for card in pic.cards %}
{% set hc = host_colors[card.host.status] %}
<g class="host {{ card.host.status }}" data-host="{{ card.host.name }}" data-status="{{ card.host.status }}">
<title>host {{ card.host.name }}: {{ card.host.status }}</title>
<rect x="{{ card.x }}" y="{{ card.y }}" width="{{ card.w }}" height="{{ card.h }}" rx="8" fill="#ffffff"
 stroke="{{ hc[0] }}" stroke-width="{{ 3 if card.host.status == 'changed' else 1.5 }}"
 {% if card.host.status == 'unknown' %}stroke-dasharray="6 4"{% endif %}/>
<rect x="{{ card.x }}" y="{{ card.y }}" width="{{ card.w }}" height="34" rx="8" fill="{{ hc[1] }}"/>
<text class="hostname" x="{{ card.x + 12 }}" y="{{ card.y + 22 }}">{{ clip(card.host.name, 26) }}</text>
<text class="badge" x="{{ card.x + card.w - 12 }}" y="{{ card.y + 22 }}" text-anchor="end"
 fill="{{ hc[0] }}">{{ card.host.status | upper }}</text>
{% for line in card.info %}
<text x="{{ line.x }}" y="{{ line.y }}">{{ line.text }}</text>
{% endfor %}
{% for link in card.links %}
<path d="M {{ link.x2 }} {{ link.y1 }} H {{ link.x }} V {{ link.y2 }} H {{ link.x2 }}" fill="none" stroke="#90a4ae"
 stroke-width="1.5"/>
{% endfor %}
{% for box in card.boxes %}
{% set c = colors[box.item.status] %}
<g class="{{ box.kind }} {{ box.item.status }}" data-name="{{ box.item.name }}" data-status="{{ box.item.status }}">
<title>{{ box.title }}: {{ box.label }}</title>
<rect x="{{ box.x }}" y="{{ box.y }}" width="{{ box.w }}" height="{{ box.h }}" rx="4" fill="{{ c[1] }}"
 stroke="{{ c[0] }}" stroke-width="{{ 2.5 if box.item.status != 'unchanged' else 1 }}"
 {% if (box.item.owned is false and not box.item.get('hns_for')) or box.item.status == 'deleted' %}
stroke-dasharray="4 3"{% endif %}/>
{% for line in box.lines %}
<text{% if loop.first %} class="name"{% endif %} x="{{ box.x + 8 }}"
 y="{{ box.y + 14 + loop.index0 * 16 }}">{{ line }}</text>
{% endfor %}
{% for ep in box.get('endpoints', []) %}
<text x="{{ box.x + 16 }}" y="{{ box.y + 14 + (box.lines | length + loop.index0) * 16 }}"
 {% if ep.item %}fill="{{ colors[ep.item.status][0] }}"{% endif %}>{{ ep.text }}</text>
{% endfor %}
<text class="badge" x="{{ box.x + box.w - 6 }}" y="{{ box.y + 14 }}" text-anchor="end"
 fill="{{ c[0] }}">{{ box.item.status }}</text>
</g>
{% endfor %}
<text x="{{ card.x + 12 }}" y="{{ card.y + card.h - 10 }}">{{ card.foot }}</text>
</g>
{% endfor %}
{% if pic.ring %}
<g class="overlay-ring">
<text class="hostname" x="{{ pic.ring.cx }}" y="{{ pic.ring.y + 24 }}">{{ pic.ring.caption }}</text>
{% for t in pic.ring.chords %}
{% set c = colors[t.status] %}
<g class="tunnel {{ t.status }}" data-a="{{ t.a }}" data-b="{{ t.b }}" data-status="{{ t.status }}">
<title>VXLAN tunnel {{ t.a }} ({{ t.a_address or "?" }}) - {{ t.b }} ({{ t.b_address or "?" }}): {{ t.status }}</title>
<line x1="{{ t.x1 }}" y1="{{ t.y1 }}" x2="{{ t.x2 }}" y2="{{ t.y2 }}" stroke="{{ c[0] }}"
 stroke-width="{{ 3 if t.status != 'unchanged' else 1.5 }}"
 {%- if t.status == 'unchanged' %} stroke-dasharray="6 4"{% endif %}/>
</g>
{% endfor %}
{% for n in pic.ring.nodes %}
{% set hc = host_colors[n.status] %}
<g class="ring-host" data-end="{{ n.name }}"><title>host {{ n.name }}: {{ n.status }}</title>
<circle cx="{{ n.x }}" cy="{{ n.y }}" r="11" fill="{{ hc[1] }}" stroke="{{ hc[0] }}" stroke-width="2.5"/>
<text x="{{ n.lx }}" y="{{ n.ly }}" text-anchor="{{ n.anchor }}">{{ n.label }}</text></g>
{% endfor %}
{% for status in statuses if status != "unchanged" %}
<text x="{{ pic.ring.cx }}" y="{{ pic.ring.y + 50 + loop.index0 * 18 }}" fill="{{ colors[status][0] }}">
{{- status }}: {{ pic.ring.chords | selectattr("status", "equalto", status) | list | length }}</text>
{% endfor %}
</g>
{% endif %}
</svg>
<ul class="legend">
{% for status in statuses %}
<li><span style="border-color: {{ colors[status][0] }}; background: {{ colors[status][1] }}"></span> {{ status }}</li>
{% endfor %}
<li>dashed: not made by this collection (foreign), or deleted</li>
</ul>
<h2>Hosts</h2>
<table id="hosts">
<tr><th>host</th><th>status</th><th>to add</th><th>to change</th><th>to replace</th><th>to destroy</th>
<th>operations</th></tr>
{% for host in doc.hosts %}
<tr class="host-row {{ host.status }}" data-host="{{ host.name }}" data-status="{{ host.status }}">
<td>{{ host.name }}</td>
<td class="s-{{ 'changed' if host.status == 'changed' else 'unchanged' }}">{{ host.status }}</td>
<td>{{ host.totals.add }}</td><td>{{ host.totals.change }}</td>
<td>{{ host.totals.replace }}
{%- if host.totals.replace_disruptive %} ({{ host.totals.replace_disruptive }} disruptive){% endif %}</td>
<td>{{ host.totals.destroy }}</td>
<td>{% for op in host.operations %}{{ op }}<br>{% endfor %}</td>
</tr>
{% endfor %}
</table>
<h2>Switches, networks, endpoints and the rest the run touches</h2>
<table id="objects">
<tr><th>host</th><th>kind</th><th>name</th><th>details</th><th>status</th></tr>
{% for host in doc.hosts %}
{% for kind in ["switches", "networks", "endpoints"] %}
{% for item in host[kind] %}
<tr class="object {{ item.status }}" data-host="{{ host.name }}" data-kind="{{ kind }}" data-name="{{ item.name }}">
<td>{{ host.name }}</td><td>{{ kind }}</td><td>{{ item.name }}</td>
<td>
{%- if kind == "switches" %}{{ item.type }} {{ (item.adapters or []) | join(", ") }}
{%- elif kind == "networks" %}{{ item.type }} {{ item.adapter or "" }}
{%- for s in item.subnets %}<br>{{ subnet_text(s) }}{% endfor %}
{%- else %}{{ item.network }} {{ item.ip_address or "" }}{% endif %}</td>
<td class="s-{{ item.status }}">{{ label(item) }}</td>
</tr>
{% endfor %}
{% endfor %}
{% for item in host.other %}
<tr class="object {{ status_of[item.action] }}" data-host="{{ host.name }}" data-kind="{{ item.kind }}"
 data-name="{{ item.name }}">
<td>{{ host.name }}</td><td>{{ item.kind }}</td><td>{{ item.name }}</td><td>{{ item.operations | join("; ") }}</td>
<td class="s-{{ status_of[item.action] }}">{{ status_of[item.action] }}{{ ", disruptive" if item.disruptive }}</td>
</tr>
{% endfor %}
{% endfor %}
</table>
{% if doc.tunnels %}
<h2>Overlay tunnels</h2>
<table id="tunnels">
<tr><th>host</th><th>provider address</th><th>host</th><th>provider address</th><th>status</th></tr>
{% for t in doc.tunnels %}
<tr class="tunnel-row {{ t.status }}"><td>{{ t.a }}</td><td>{{ t.a_address or "" }}</td><td>{{ t.b }}</td>
<td>{{ t.b_address or "" }}</td><td class="s-{{ t.status }}">{{ t.status }}</td></tr>
{% endfor %}
</table>
{% endif %}
</body>
</html>
"""
)


def render_html(doc: dict[str, Any]) -> str:
    """The page (str)."""
    return HTML.render(
        doc=doc,
        pic=layout(doc),
        colors=COLORS,
        host_colors=HOST_COLORS,
        statuses=STATUSES,
        clip=_clip,
        subnet_text=_subnet_text,
        label=_status_label,
        status_of=STATUS,
    )


# -- Markdown with Mermaid --------------------------------------------------------------------------------------

_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:/_+=@()-")


def mermaid_text(value: object) -> str:
    """A Mermaid label text: every character outside a small safe set as a Mermaid entity code (#60; for <), so a
    name can neither end the quoted label, nor the code fence, nor become markup."""
    return "".join(c if c in _SAFE else "#%d;" % ord(c) for c in str(value))


def markdown_text(value: object) -> str:
    """Markdown text: every character outside the safe set as an HTML character reference (&#124; for |)."""
    return "".join(c if c in _SAFE and c != "_" else "&#%d;" % ord(c) for c in str(value))


def _mermaid(doc: dict[str, Any]) -> list[str]:
    out = ["flowchart LR"]
    classes: list[tuple[str, str]] = []
    nodes: dict[tuple[str, str], str] = {}
    for i, host in enumerate(doc["hosts"]):
        hid = "h%d" % i
        out.append('  subgraph %s["%s"]' % (hid, mermaid_text("host %s: %s" % (host["name"], host["status"]))))
        out.append("    direction TB")
        switch_nodes: dict[str, str] = {}
        for j, sw in enumerate(host["switches"]):
            nid = "%ss%d" % (hid, j)
            detail = ", ".join([sw.get("type") or "switch", *(sw.get("adapters") or [])])
            out.append(
                '    %s["%s<br/>%s<br/>%s"]'
                % (nid, mermaid_text("switch " + sw["name"]), mermaid_text(detail), mermaid_text(_status_label(sw)))
            )
            classes.append((nid, sw["status"]))
            for adapter in sw.get("adapters") or []:
                switch_nodes.setdefault(adapter.casefold(), nid)
        for j, net in enumerate(host["networks"]):
            nid = "%sn%d" % (hid, j)
            parts = [mermaid_text("network " + net["name"]), mermaid_text(net.get("type") or "")]
            parts += [mermaid_text(_subnet_text(s)) for s in net.get("subnets") or []]
            parts.append(mermaid_text(_status_label(net)))
            out.append('    %s["%s"]' % (nid, "<br/>".join(parts)))
            classes.append((nid, net["status"]))
            nodes[(host["name"], net["name"].casefold())] = nid
            link = switch_nodes.get((net.get("adapter") or "").casefold())
            if link:
                out.append("    %s --- %s" % (nid, link))
        out.append("  end")
        if host["status"] == "changed":
            out.append("  style %s stroke:%s,stroke-width:3px" % (hid, HOST_COLORS["changed"][0]))
    network = (doc.get("network") or "").casefold()
    for t in doc.get("tunnels") or []:
        a, b = nodes.get((t["a"], network)), nodes.get((t["b"], network))
        if a and b:
            # Mermaid's dotted link with text (flowchart docs: A-. text .-> B). The text is addresses and a status
            # only, never a name, and has no dash that could end the link early.
            ends = [str(x or "unknown").replace("-", "") for x in (t["a_address"], t["b_address"])]
            label = mermaid_text("VXLAN %s to %s, %s" % (ends[0], ends[1], t["status"]))
            out.append("  %s -. %s .-> %s" % (a, label, b))
    for status in STATUSES:
        stroke, fill = COLORS[status]
        out.append("  classDef %s fill:%s,stroke:%s" % (status, fill, stroke))
    for nid, status in classes:
        out.append("  class %s %s" % (nid, status))
    return out


def render_markdown(doc: dict[str, Any]) -> str:
    """The Markdown (str): a heading, the totals, a host table, the Mermaid flowchart, the operations."""
    when = "plan (check mode, nothing changed)" if doc["mode"] == "plan" else "after the converge"
    out = ["## hyperv.network fleet: %s, %s" % (markdown_text(doc["topology"]), when), ""]
    out += ["%s  " % markdown_text(line) for line in doc.get("lines") or []]
    out += ["", "| host | status | to add | to change | to replace | to destroy |", "|---|---|---|---|---|---|"]
    for host in doc["hosts"]:
        t = host["totals"]
        replace = "%d%s" % (
            t["replace"],
            " (%d disruptive)" % t["replace_disruptive"] if t["replace_disruptive"] else "",
        )
        out.append(
            "| %s | %s | %d | %d | %s | %d |"
            % (markdown_text(host["name"]), host["status"], t["add"], t["change"], replace, t["destroy"])
        )
    out += ["", "```mermaid", *_mermaid(doc), "```", ""]
    ops = [(h["name"], op) for h in doc["hosts"] for op in h["operations"]]
    if ops:
        out += ["<details><summary>Operations</summary>", ""]
        out += ["- %s: %s" % (markdown_text(h), markdown_text(op)) for h, op in ops]
        out += ["", "</details>", ""]
    return "\n".join(out)
