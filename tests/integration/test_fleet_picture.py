"""The plan playbook's totals, plan_file and fleet picture against hvemu, and the page in headless Chromium.

Issue 14 item 6 and its acceptance line: "The fleet page opens in headless Chromium (Debian chromium) in a test: the
screenshot is not blank, every host and network of the fleet is in the DOM, and a host that the run changes is
marked." The fleet is written here: two Hyper-V hosts (hv01 over winrm, hv02 over psrp), hv01 with another team's
External switch whose name is a script. An l2bridge topology (lan mode, on the LAN adapter) is converged for real
(with hyperv.network.fleet_picture after it: the converge's picture), then planned with hv01's gateway changed: a
create-only change, which the plan shows as a replacement of hv01's L2Bridge network instead of failing, while
hvemu's control API shows nothing changed. Skipped only where Debian's chromium is not installed (scripts/setup.sh
installs it).
"""

from __future__ import annotations

import collections
import html.parser
import json
import shutil
import struct
import subprocess
import zlib

import pytest
import yaml
from hvnet_harness import Ansible, Hvemu, _inventory_hosts

CHROMIUM = shutil.which("chromium")
HOSTILE = "<script>document.title='pwned'</script>"
HOSTS = ["hv01", "hv02"]


def fleet_host(index, name):
    """A Hyper-V host on the LAN 10.40.0.0/24 ("Ethernet"); "Ethernet 5" of hv01 is held by another team's External
    switch named HOSTILE."""
    host = {
        "name": name,
        "windows": "ws2022",
        "adapters": [{"name": "Ethernet", "ipv4": f"10.40.0.{11 + index}/24", "gateway": "10.40.0.1"},
                     {"name": "Ethernet 2"}, {"name": "Ethernet 5"}],
    }  # fmt: skip
    if name == "hv01":
        host["seed"] = {"switches": [{"name": HOSTILE, "adapters": ["Ethernet 5"], "allow_management_os": False}]}
    return host


FLEET = {"hosts": [fleet_host(i, name) for i, name in enumerate(HOSTS)]}
L2BRIDGE = {
    "target": "hv01,hv02",
    "hyperv_network_l2bridge_mode": "lan",
    "hyperv_network_l2bridge_adapter": "Ethernet",
    "hyperv_network_l2bridge_prefix": "10.40.0.0/24",
    "hyperv_network_l2bridge_gateway": "10.40.0.1",
}
CONVERGE_AND_PICTURE = """
- ansible.builtin.import_playbook: hyperv.network.l2bridge
- ansible.builtin.import_playbook: hyperv.network.fleet_picture
"""


@pytest.fixture
def fleet_and_run(tmp_path, collections_path):
    from hvemu.testing import start_hvemu

    fleet_file, inventory = tmp_path / "fleet.yml", tmp_path / "inventory.yml"
    fleet_file.write_text(yaml.safe_dump(FLEET))
    proc = start_hvemu(["--fleet", str(fleet_file), "--inventory", str(inventory), "--mixed"])
    try:
        hosts = _inventory_hosts(yaml.safe_load(inventory.read_text()))
        handle = Hvemu(url=proc.http_url, inventory=inventory, hosts=hosts)
        (tmp_path / "ansible").mkdir()
        yield handle, Ansible(handle, collections_path, tmp_path / "ansible").playbook
    finally:
        proc.stop()


def host_objects(fleet, host):
    """What the plan must not change, as hvemu holds it."""
    state = fleet.state(host)
    return {kind: sorted(json.dumps(o, sort_keys=True) for o in state[kind]) for kind in ("switches", "networks",
                                                                                      "endpoints")}  # fmt: skip


def chromium(page, tmp_path, *args):
    """Headless Chromium on a file:// page, offline and without a profile of its own."""
    profile = tmp_path / "chromium-profile"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={profile}", "--window-size=1200,800", *args, page.as_uri()]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def png_pixels(data):
    """(width, height, rows of RGB(A) bytes) of an 8-bit, non-interlaced truecolour PNG (what Chromium writes),
    with the standard library only: the IDAT stream inflated and each row unfiltered (PNG spec, section 9)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, []
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunk = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _comp, _filt, interlace = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat.append(chunk)
        elif kind == b"IEND":
            break
    assert depth == 8 and colour in (2, 6) and interlace == 0, (depth, colour, interlace)
    bpp = 3 if colour == 2 else 4
    raw, stride, rows = zlib.decompress(b"".join(idat)), width * bpp, []
    prev, low7, high = bytes(stride), int.from_bytes(b"\x7f" * stride, "big"), int.from_bytes(b"\x80" * stride, "big")
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif kind == 2:  # bytewise (line + prev) mod 256 in one big-integer sum: no carry crosses a byte
            a, b = int.from_bytes(line, "big"), int.from_bytes(prev, "big")
            line = bytearray((((a & low7) + (b & low7)) ^ ((a ^ b) & high)).to_bytes(stride, "big"))
        elif kind in (3, 4):
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                up = prev[i]
                if kind == 3:
                    line[i] = (line[i] + (left + up) // 2) & 255
                    continue
                upleft = prev[i - bpp] if i >= bpp else 0
                p = left + up - upleft
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upleft)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else (up if pb <= pc else upleft))) & 255
        rows.append(bytes(line))
        prev = rows[-1]
    return width, height, bpp, rows


class Dom(html.parser.HTMLParser):
    def __init__(self, page):
        super().__init__(convert_charrefs=True)
        self.elements, self.text, self._title, self.title = [], [], False, ""
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._title = tag == "title" and not self.title

    def handle_endtag(self, tag):
        self._title = False

    def handle_data(self, data):
        self.text.append(data)
        if self._title:
            self.title += data


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (scripts/setup.sh installs it)")
def test_the_plan_totals_a_create_only_change_as_a_replacement_and_its_picture_opens_in_chromium(
    fleet_and_run, tmp_path
):
    fleet, run = fleet_and_run
    out = tmp_path / "out"
    out.mkdir()

    # The converge, with the picture of what it did (the fleet_picture playbook after the topology's).
    done = run(CONVERGE_AND_PICTURE, extra_vars={**L2BRIDGE, "picture_markdown_file": str(out / "converge.md")})
    assert done.rc == 0, done.stdout[-4000:]
    converge_md = (out / "converge.md").read_text()
    assert "after the converge" in converge_md and "| hv01 | changed | 1 | 0 | 0 | 0 |" in converge_md

    before = {h: host_objects(fleet, h) for h in HOSTS}
    network_id = next(n["ID"] for n in fleet.state("hv01")["networks"] if n["Name"] == "hvnet-l2bridge")

    # The plan: hv01's gateway changes (create-only: the network's subnets); hv02 stays as it is.
    plan_vars = {
        **L2BRIDGE,
        "topology": "l2bridge",
        "hyperv_network_l2bridge_hosts": {"hv01": {"gateway": "10.40.0.254"}},
        "plan_file": str(out / "plan.json"),
        "picture_file": str(out / "fleet.html"),
        "picture_markdown_file": str(out / "fleet.md"),
    }
    plan = run("- ansible.builtin.import_playbook: hyperv.network.plan\n", extra_vars=plan_vars)
    assert plan.rc == 0, plan.stdout[-4000:]
    assert {h: host_objects(fleet, h) for h in HOSTS} == before  # nothing changed on the hosts
    assert next(n["ID"] for n in fleet.state("hv01")["networks"] if n["Name"] == "hvnet-l2bridge") == network_id

    # The totals end the plan, per host and in all.
    totals = plan.named("hv01", "Print the totals")["result"]["msg"]
    assert totals[:3] == [
        "l2bridge plan, hv01: 0 to add, 0 to change, 1 to replace (1 disruptive), 0 to destroy",
        "l2bridge plan, hv02: 0 to add, 0 to change, 0 to replace, 0 to destroy",
        "l2bridge plan, in all (2 hosts, 1 with changes): 0 to add, 0 to change, 1 to replace (1 disruptive), "
        "0 to destroy",
    ]
    assert [r for r in plan.records if r["host"] != "_run"][-1]["task"] == "Print the totals"  # "_run": the stats

    # plan_file: the same plan as JSON, hv01's network replaced.
    saved = json.loads((out / "plan.json").read_text())
    assert (saved["topology"], saved["mode"], saved["totals"]["replace"]) == ("l2bridge", "plan", 1)
    hv01 = next(h for h in saved["hosts"] if h["name"] == "hv01")
    planned = next(n for n in hv01["networks"] if n["name"] == "hvnet-l2bridge")
    assert (planned["status"], planned["disruptive"]) == ("replaced", True)
    assert planned["subnets"] == [{"prefix": "10.40.0.0/24", "gateway": "10.40.0.254"}]

    # The page in headless Chromium (one run: the screenshot, and the DOM it built): a screenshot that is not blank.
    page = out / "fleet.html"
    assert "http://" not in page.read_text() and "https://" not in page.read_text()  # self-contained
    built = chromium(page, tmp_path, f"--screenshot={out / 'fleet.png'}", "--dump-dom")
    width, height, bpp, rows = png_pixels((out / "fleet.png").read_bytes())
    assert (width, height) == (1200, 800)
    counts = collections.Counter(row[i : i + 3] for row in rows[::4] for i in range(0, len(row), bpp * 4))
    assert len(counts) >= 16, counts.most_common(5)  # text, boxes and colours, not one colour
    assert counts.most_common(1)[0][1] < 0.97 * sum(counts.values()), counts.most_common(3)

    # The DOM as Chromium built it: every host and network of the fleet, hv01 marked as changing, hv02 not; the
    # hostile switch name is text (no script element, the title untouched).
    dom = Dom(built)
    text = " ".join(dom.text)
    marked = {a["data-host"]: a["data-status"] for t, a in dom.elements if t == "g" and "data-host" in a}
    assert marked == {"hv01": "changed", "hv02": "unchanged"}
    for host in HOSTS:
        for network in fleet.state(host)["networks"]:
            assert network["Name"] in text, (host, network["Name"])
        for switch in fleet.state(host)["switches"]:
            assert switch["Name"] in text, (host, switch["Name"])
    assert HOSTILE in text
    assert not [t for t, _a in dom.elements if t == "script"]
    assert dom.title == "hyperv.network fleet: l2bridge plan"
    replaced = [a for t, a in dom.elements if a.get("class", "").startswith("network ")
                and a.get("data-name") == "hvnet-l2bridge"]  # fmt: skip
    assert sorted(a["data-status"] for a in replaced) == ["replaced", "unchanged"]

    # The same picture as Markdown with Mermaid, for a pull request.
    md = (out / "fleet.md").read_text()
    assert md.count("```") == 2 and "```mermaid\nflowchart LR" in md and HOSTILE not in md
    assert "| hv01 | changed | 0 | 0 | 1 (1 disruptive) | 0 |" in md
