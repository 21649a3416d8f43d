# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Filter hyperv.network.fleet_picture: a fleet document as an HTML page (inline SVG) or Markdown (Mermaid)."""

from __future__ import annotations

from ansible.errors import AnsibleFilterError
from ansible_collections.hyperv.network.plugins.plugin_utils.fleet_picture import render_html, render_markdown

DOCUMENTATION = r"""
name: fleet_picture
short_description: Draw a fleet document as a self-contained HTML page, or as Markdown with a Mermaid flowchart
version_added: 0.1.0
author: hyperv.network developers (@hyperv-network)
description:
  - Takes the document of P(hyperv.network.fleet_plan#filter). V(html) returns a page with an inline SVG of the
    hosts, their switches, networks, subnets, gateways and endpoints, the overlay tunnels between the hosts, and what
    the run changes (created, changed, replaced, deleted), followed by tables of the same; no script, no external
    URL, every name escaped.
  - V(markdown) returns the totals, a host table and the same picture as a Mermaid flowchart, for a pull request.
positional: _input, format
options:
  _input:
    description: The fleet document.
    type: dict
    required: true
  format:
    description: V(html) or V(markdown).
    type: str
    default: html
    choices: [html, markdown]
"""

EXAMPLES = r"""
- name: Write the picture
  ansible.builtin.copy:
    content: "{{ hostvars | hyperv.network.fleet_plan(ansible_play_hosts_all) | hyperv.network.fleet_picture }}"
    dest: fleet.html
  delegate_to: localhost
  run_once: true
"""

RETURN = r"""
_value:
  description: The page or the Markdown.
  type: str
"""


def fleet_picture(doc, format="html"):  # pylint: disable=redefined-builtin
    """Filter entry: see DOCUMENTATION."""
    if not isinstance(doc, dict) or doc.get("format") != "hyperv.network.fleet_plan/1":
        raise AnsibleFilterError("fleet_picture: expects the document of hyperv.network.fleet_plan")
    if format == "html":
        return render_html(doc)
    if format == "markdown":
        return render_markdown(doc)
    raise AnsibleFilterError("fleet_picture: format must be html or markdown, got %r" % (format,))


class FilterModule:
    """hyperv.network.fleet_picture"""

    def filters(self):
        return {"fleet_picture": fleet_picture}
