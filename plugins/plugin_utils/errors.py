# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Exceptions of the hyperv.network engine (internal collection use only).

Every error the engine raises is an ``HvNetError``: a message that names the field or object and
says what to do, plus ``details`` that the action plugin returns beside ``msg``.
"""

from typing import Any


class HvNetError(Exception):
    """Base of every engine error: ``msg`` for the user, ``details`` for the failed result."""

    def __init__(self, msg: str, **details: Any) -> None:
        super().__init__(msg)
        self.msg = msg
        self.details = details

    def to_result(self) -> dict[str, Any]:
        """The failed-task result fields: ``msg`` plus the details (JSON-able)."""
        result = dict(self.details)
        result["msg"] = self.msg
        return result


class HvNetValidationError(HvNetError):
    """The desired config is invalid; raised before any bridge call. The message names the field path."""


class HvNetPlanError(HvNetError):
    """The desired config cannot be reached without something the task is not allowed to do."""


class BridgeProtocolError(HvNetError):
    """The host answered with output that is not a valid marked bridge response."""


class BridgeConnectionLost(HvNetError):
    """The connection dropped during a call, so whether the call ran is unknown."""


class BridgeError(HvNetError):
    """The bridge answered ``ok: false``: an operation (or the batch) failed on the host.

    Attributes: ``code``, ``hresult``, ``hresult_name``, ``meaning``, ``what_to_do``, ``index``
    (of the failed operation in the request), ``op`` and ``results`` (the results so far).
    """

    def __init__(self, msg: str, **details: Any) -> None:
        super().__init__(msg, **details)
        # As the bridge reported them (JSON values); ``index`` is set on a failed operation of a batch.
        self.code: Any = details.get("code")
        self.hresult: Any = details.get("hresult")
        self.hresult_name: Any = details.get("hresult_name")
        self.meaning: Any = details.get("meaning")
        self.what_to_do: Any = details.get("what_to_do")
        self.index: Any = details.get("index")
        self.op: Any = details.get("op")
        self.results = details.get("results") or []
