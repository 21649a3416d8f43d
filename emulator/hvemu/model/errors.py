"""Errors the model raises, shaped like the bridge's error object (code, hresult, message, detail).

HNS failures carry the HRESULT and Windows' text for it (winerror.h / the HCN error code table),
shaped as the collection's bridge.ps1 reports them (see hns_error).
Cmdlet failures carry the cmdlet's message and its FullyQualifiedErrorId in detail.
"""

from __future__ import annotations

import json

# Windows' descriptions of the HCN HRESULTs (winerror.h; the HCN error code reference).
HNS_MESSAGES = {
    0x803B0001: "The network was not found",
    0x803B0002: "The endpoint was not found",
    0x803B0004: "The virtual switch was not found",
    0x803B0005: "The network does not have a subnet for this endpoint",
    0x803B0006: "An adapter was not found",
    0x803B0008: "An expected policy was not found",
    0x803B000A: "The provided network configuration is invalid or missing parameters",
    0x803B000B: "Invalid network type",
    0x803B000C: "The provided endpoint configuration is invalid or missing parameters",
    0x803B000D: "The provided policy configuration is invalid or missing parameters",
    0x803B000E: "Invalid policy type",
    0x803B000F: "This requested operation is invalid for a remote endpoint",
    0x803B0010: "A network with this name already exists",
    0x803B0012: "Policy information already exists on this object",
    0x803B0013: "The specified port already exists",
    0x803B0014: "This endpoint is already attached to the switch",  # HCN_E_ENDPOINT_ALREADY_ATTACHED
    0x803B0015: "The specified request is unsupported",
    0x803B0016: "Port mapping is not supported on the given network",
    0x803B0018: "Cannot modify a switch shared by multiple networks",
    0x803B001B: "Invalid JSON document string",
    0x803B001E: "IP address is either invalid or not part of any configured subnet(s)",
    0x803B0020: "Operation cannot be performed while service is stopping",
    0x803B002B: "This requested operation is invalid as endpoint is already part of a network namespace",
    0x803B002C: "The specified entity cannot be removed while it still has references",
    0x803B002F: "An address provided is invalid or reserved",
    0x803B0030: "The prefix provided is invalid",
    0x803B0032: "The provided subnet configuration is invalid or missing parameters",
    0x803B0034: "The endpoint must be attached to complete the operation",  # HCN_E_ENDPOINT_NOT_ATTACHED
    # Win32 errors HNS passes through
    0x803B002D: "The internal port must exist and cannot be zero",
    0x80070057: "The parameter is incorrect",
    0x800700B7: "Cannot create a file when that file already exists",
    0x80071392: "The object already exists",  # ERROR_OBJECT_ALREADY_EXISTS (5010), x/sys zerrors_windows.go
    0x80004005: "Unspecified error",  # E_FAIL
    0x80070490: "Element not found",
}

NETWORK_NOT_FOUND = 0x803B0001
ENDPOINT_NOT_FOUND = 0x803B0002
SUBNET_NOT_FOUND = 0x803B0005
ADAPTER_NOT_FOUND = 0x803B0006
POLICY_NOT_FOUND = 0x803B0008
INVALID_NETWORK = 0x803B000A
INVALID_NETWORK_TYPE = 0x803B000B
INVALID_ENDPOINT = 0x803B000C
INVALID_POLICY = 0x803B000D
INVALID_POLICY_TYPE = 0x803B000E
NETWORK_ALREADY_EXISTS = 0x803B0010
POLICY_ALREADY_EXISTS = 0x803B0012
PORT_ALREADY_EXISTS = 0x803B0013
REQUEST_UNSUPPORTED = 0x803B0015
MAPPING_NOT_SUPPORTED = 0x803B0016
SHARED_SWITCH_MODIFICATION = 0x803B0018
INVALID_JSON = 0x803B001B
INVALID_IP = 0x803B001E
MANAGER_STOPPED = 0x803B0020
ENDPOINT_NAMESPACE_ALREADY_EXISTS = 0x803B002B
ENTITY_HAS_REFERENCES = 0x803B002C
ADDR_INVALID_OR_RESERVED = 0x803B002F
INVALID_PREFIX = 0x803B0030
INVALID_SUBNET = 0x803B0032
INVALID_REMOTE_ENDPOINT_OPERATION = 0x803B000F
INVALID_INTERNAL_PORT = 0x803B002D
E_INVALIDARG = 0x80070057
ERROR_ALREADY_EXISTS = 0x800700B7
ERROR_OBJECT_ALREADY_EXISTS = 0x80071392
ERROR_NOT_FOUND = 0x80070490


class ModelError(Exception):
    """A failure the bridge reports as its `error` object."""

    def __init__(self, code: str, message: str, hresult: str | None = None, detail: str | None = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.hresult = hresult
        self.detail = detail

    def to_error(self) -> dict:
        """The schema's error object without index/op (the engine adds those)."""
        return {"code": self.code, "hresult": self.hresult, "message": self.message, "detail": self.detail}


def hresult_text(hr: int) -> str:
    """Windows' description of an HRESULT, or a generic one."""
    return HNS_MESSAGES.get(hr, f"Unknown error (0x{hr:08x})")


def hns_error(hr: int, call: str = "HcnCall", extra: str = "") -> ModelError:
    """An HNS_ERROR as bridge.ps1 reports a failed computenetwork.dll call.

    HNS answers with an error record {"Success":false,"Error":"<text>. ","ErrorCode":<hr>}; the
    bridge's message is "<call>: <Error>", its detail the record. The emulator adds its reason
    for the failure to the record as "hvemu" (HNS records carry no such key).
    """
    text = hresult_text(hr) + ". "
    record = {"Success": False, "Error": text, "ErrorCode": hr}
    if extra:
        record["hvemu"] = extra
    return ModelError("HNS_ERROR", f"{call}: {text}", f"0x{hr:08X}", json.dumps(record, separators=(",", ":")))


def parse_hresult(text: str) -> int:
    """'0x803B0010' -> int; raises ValueError for anything else."""
    return int(text, 16) & 0xFFFFFFFF


def cmdlet_error(cmdlet: str, message: str, category: str = "InvalidOperation") -> ModelError:
    """A CMDLET_ERROR with the FullyQualifiedErrorId Windows PowerShell would give."""
    noun = cmdlet.replace("-", "")
    fqid = f"{category},Microsoft.HyperV.PowerShell.Commands.{noun}"
    return ModelError("CMDLET_ERROR", f"{cmdlet} : {message}", None, fqid)


def canonical_guid(text: str) -> str:
    """A GUID as .NET's Guid.ToString() writes it (lower case, dashes)."""
    import uuid

    return str(uuid.UUID(str(text)))


def precondition_failed(message: str, detail: str | None = None) -> ModelError:
    """PRECONDITION_FAILED naming the precondition."""
    return ModelError("PRECONDITION_FAILED", message, None, detail)
