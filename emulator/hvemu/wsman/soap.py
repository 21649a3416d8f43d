"""WS-Management SOAP envelopes: parse a request, build replies and WSManFault envelopes.

Only what the WinRS cmd shell (pywinrm) and the PowerShell plugin (pypsrp) use. Replies echo the
request's MessageID verbatim in RelatesTo: pypsrp compares the strings, pywinrm the UUIDs.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass

NS = {
    "s": "http://www.w3.org/2003/05/soap-envelope",
    "a": "http://schemas.xmlsoap.org/ws/2004/08/addressing",
    "w": "http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd",
    "p": "http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd",
    "x": "http://schemas.xmlsoap.org/ws/2004/09/transfer",
    "rsp": "http://schemas.microsoft.com/wbem/wsman/1/windows/shell",
    "f": "http://schemas.microsoft.com/wbem/wsman/1/wsmanfault",
}
for _prefix, _uri in NS.items():
    ET.register_namespace(_prefix, _uri)

SHELL_NS = NS["rsp"]
ACTION_CREATE = "http://schemas.xmlsoap.org/ws/2004/09/transfer/Create"
ACTION_DELETE = "http://schemas.xmlsoap.org/ws/2004/09/transfer/Delete"
ACTION_COMMAND = f"{SHELL_NS}/Command"
ACTION_SEND = f"{SHELL_NS}/Send"
ACTION_RECEIVE = f"{SHELL_NS}/Receive"
ACTION_SIGNAL = f"{SHELL_NS}/Signal"
ACTION_FAULT = "http://schemas.dmtf.org/wbem/wsman/1/wsman/fault"
CMD_RESOURCE_URI = f"{SHELL_NS}/cmd"
PS_RESOURCE_PREFIX = "http://schemas.microsoft.com/powershell/"
STATE_DONE = f"{SHELL_NS}/CommandState/Done"
STATE_RUNNING = f"{SHELL_NS}/CommandState/Running"
SIGNAL_TERMINATE = f"{SHELL_NS}/signal/terminate"
SIGNAL_CTRL_C = f"{SHELL_NS}/signal/ctrl_c"
SIGNAL_PS_CTRL_C = "powershell/signal/crtl_c"  # sic: the PowerShell plugin's own spelling (MS-PSRP 3.1.5.4.5)
SIGNAL_PS_TERMINATE = "powershell/signal/terminate"
ANONYMOUS = "http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous"


class WSManFault(Exception):
    """A fault to return as a SOAP envelope (HTTP 500), as the WinRM service does."""

    def __init__(self, code: int, reason: str, subcode: str = "w:InternalError"):
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.subcode = subcode


# WSManFault codes used here (winerror.h / wsmerror.h).
OPERATION_TIMEOUT = 2150858793  # ERROR_WSMAN_OPERATION_TIMEDOUT, w:TimedOut: clients retry the Receive
SHELL_NOT_FOUND = 2150858843  # ERROR_WINRS_SHELL_NOT_FOUND (w:InvalidSelectors)
ACTION_NOT_SUPPORTED = 2150858817  # ERROR_WSMAN_ACTION_NOT_SUPPORTED
INVALID_RESOURCE_URI = 2150858811  # ERROR_WSMAN_INVALID_RESOURCE_URI
QUOTA_MAX_SHELLS = 2150859173  # ERROR_WSMAN_QUOTA_MAX_SHELLS (0x803381A5): MaxShellsPerUser
QUOTA_MAX_SHELLUSERS = 2150859179  # ERROR_WSMAN_QUOTA_MAX_SHELLUSERS (0x803381AB): MaxConcurrentUsers
INJECTED_FAULT = 2147500037  # E_FAIL: the fault the control API injects on the Nth request


def timeout_fault() -> WSManFault:
    """The Receive fault of real WinRM when nothing arrived within OperationTimeout."""
    return WSManFault(
        OPERATION_TIMEOUT,
        "The WS-Management service cannot complete the operation within the time specified in OperationTimeout.",
        "w:TimedOut",
    )


def shell_not_found(shell_id: str | None) -> WSManFault:
    """The fault for a ShellId the host does not know (deleted, or lost in a reboot)."""
    return WSManFault(
        SHELL_NOT_FOUND,
        f"The request for the Windows Remote Shell with ShellId {shell_id} failed because the shell was not "
        "found on the server. Possible causes are: the specified ShellId is incorrect or the shell no longer "
        "exists on the server. Provide the correct ShellId or create a new shell and retry the operation.",
        "w:InvalidSelectors",
    )


@dataclass
class Request:
    """The parts of a WS-Man request the dispatcher needs."""

    action: str
    message_id: str
    resource_uri: str
    shell_id: str | None
    operation_timeout: float | None
    options: dict[str, str]
    header: ET.Element
    body: ET.Element


_DURATION = re.compile(r"^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$")


def parse_duration(text: str | None) -> float | None:
    """Seconds of an xs:duration such as `PT20S` or `PT1M30.5S`; None when absent or unreadable."""
    match = _DURATION.match((text or "").strip())
    if not match:
        return None
    hours, minutes, seconds = (float(g or 0) for g in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def parse_request(data: bytes) -> Request:
    """Parse a SOAP envelope; raise WSManFault for anything that is not one."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise WSManFault(
            2150858778,
            f"The WS-Management service cannot process the request: invalid XML ({exc}).",
            "w:SchemaValidationError",
        ) from exc
    header = root.find("s:Header", NS)
    body = root.find("s:Body", NS)
    if header is None:
        raise WSManFault(2150858778, "The SOAP envelope has no Header.", "w:SchemaValidationError")
    selector = header.find("w:SelectorSet/w:Selector[@Name='ShellId']", NS)
    options = {o.get("Name", ""): (o.text or "") for o in header.findall("w:OptionSet/w:Option", NS)}
    return Request(
        action=(header.findtext("a:Action", "", NS) or "").strip(),
        message_id=(header.findtext("a:MessageID", "", NS) or "").strip(),
        resource_uri=(header.findtext("w:ResourceURI", "", NS) or "").strip(),
        shell_id=selector.text.strip() if selector is not None and selector.text else None,
        operation_timeout=parse_duration(header.findtext("w:OperationTimeout", None, NS)),
        options=options,
        header=header,
        body=body if body is not None else ET.Element(f"{{{NS['s']}}}Body"),
    )


def q(prefix: str, tag: str) -> str:
    """Clark notation name for prefix:tag."""
    return f"{{{NS[prefix]}}}{tag}"


def envelope(action: str, relates_to: str, children: list[ET.Element] | None = None) -> bytes:
    """A reply envelope with the given body children."""
    env = ET.Element(q("s", "Envelope"))
    header = ET.SubElement(env, q("s", "Header"))
    ET.SubElement(header, q("a", "Action")).text = action
    ET.SubElement(header, q("a", "MessageID")).text = f"uuid:{str(uuid.uuid4()).upper()}"
    ET.SubElement(header, q("a", "To")).text = ANONYMOUS
    ET.SubElement(header, q("a", "RelatesTo")).text = relates_to
    body = ET.SubElement(env, q("s", "Body"))
    for child in children or []:
        body.append(child)
    return ET.tostring(env, encoding="utf-8")


def fault_envelope(relates_to: str, fault: WSManFault, machine: str = "127.0.0.1") -> bytes:
    """A SOAP 1.2 fault carrying a WSManFault detail, shaped as the WinRM service writes it."""
    env = ET.Element(q("s", "Envelope"))
    header = ET.SubElement(env, q("s", "Header"))
    ET.SubElement(header, q("a", "Action")).text = ACTION_FAULT
    ET.SubElement(header, q("a", "MessageID")).text = f"uuid:{str(uuid.uuid4()).upper()}"
    ET.SubElement(header, q("a", "To")).text = ANONYMOUS
    if relates_to:
        ET.SubElement(header, q("a", "RelatesTo")).text = relates_to
    fault_el = ET.SubElement(ET.SubElement(env, q("s", "Body")), q("s", "Fault"))
    code = ET.SubElement(fault_el, q("s", "Code"))
    ET.SubElement(code, q("s", "Value")).text = "s:Receiver"
    ET.SubElement(ET.SubElement(code, q("s", "Subcode")), q("s", "Value")).text = fault.subcode
    reason = ET.SubElement(fault_el, q("s", "Reason"))
    ET.SubElement(reason, q("s", "Text"), {"{http://www.w3.org/XML/1998/namespace}lang": "en-US"}).text = fault.reason
    detail = ET.SubElement(fault_el, q("s", "Detail"))
    wsman_fault = ET.SubElement(detail, q("f", "WSManFault"), {"Code": str(fault.code), "Machine": machine})
    ET.SubElement(wsman_fault, q("f", "Message")).text = fault.reason
    return ET.tostring(env, encoding="utf-8")
