"""The model of a Windows host's networking: adapters and IP configuration, Hyper-V switches,
WinNAT, HNS networks/endpoints/namespaces, VM NICs and the collection's ownership ledger."""

from .errors import ModelError
from .host import OWNERSHIP_TAG, HostModel
from .stats import Stats

__all__ = ["OWNERSHIP_TAG", "HostModel", "ModelError", "Stats"]
