"""hvemu: a Windows Hyper-V host emulator reachable over real WinRM and PSRP."""

__version__ = "0.1.0"
