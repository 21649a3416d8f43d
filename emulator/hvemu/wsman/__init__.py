"""WS-Management server of hvemu: HTTP(S), authentication, WinRS cmd and PSRP shells, quotas, faults."""

from hvemu.wsman.server import Emulator

__all__ = ["Emulator"]
