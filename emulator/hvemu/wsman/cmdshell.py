"""The WinRS cmd shell (resource URI .../windows/shell/cmd), as pywinrm and ansible's winrm plugin use it.

A command line runs through cmd.exe (WINRS_SKIP_CMD_SHELL=FALSE), so cmd.exe's limit applies: a line
longer than 8,191 characters fails with "The command line is too long." and exit code 1, and nothing
runs. A `powershell ... -EncodedCommand <base64 UTF-16-LE>` line carries the script; stdin is decoded
as UTF-8 and split on CR/LF only, as powershell.exe does for `$input`.
"""

from __future__ import annotations

import base64
import binascii
import re

CMD_MAX_COMMAND_LINE = 8191  # cmd.exe: "Maximum command line length" (KB830473)
TOO_LONG_MESSAGE = "The command line is too long.\r\n"
STATUS_CONTROL_C_EXIT = -1073741510  # 0xC000013A: the exit code of a process ended by Ctrl+C

# PowerShell accepts any unambiguous prefix of -EncodedCommand down to -e / -ec / -enc.
_ENCODED_FLAG = re.compile(
    r"^[-/](?:e|ec|en|enc|enco|encod|encode|encoded|encodedc|encodedco|encodedcom"
    r"|encodedcomm|encodedcomma|encodedcomman|encodedcommand)$",
    re.IGNORECASE,
)
_POWERSHELL = re.compile(r"^\"?(?:[a-z]:\\[^\"]*\\)?powershell(?:\.exe)?\"?$", re.IGNORECASE)


class NotPowerShell(Exception):
    """The command line runs something other than powershell.exe -EncodedCommand."""


def decode_command_line(command_line: str) -> str:
    """The PowerShell script a `powershell ... -EncodedCommand <b64>` command line carries.

    Raises NotPowerShell for any other command line (cmd built-ins, other programs, -File, -Command).
    """
    words = command_line.split()
    if not words or not _POWERSHELL.match(words[0]):
        raise NotPowerShell(command_line)
    for i, word in enumerate(words[1:], start=1):
        if _ENCODED_FLAG.match(word) and i + 1 < len(words):
            try:
                return base64.b64decode(words[i + 1], validate=True).decode("utf-16-le")
            except (binascii.Error, UnicodeDecodeError) as exc:
                raise NotPowerShell(command_line) from exc
    raise NotPowerShell(command_line)


def split_stdin(data: bytes) -> list[str]:
    """stdin lines as powershell.exe's `$input` yields them: UTF-8, split on CR, LF or CRLF only."""
    if not data:
        return []
    text = data.decode("utf-8", "replace")
    lines = re.split(r"\r\n|\r|\n", text)
    if lines and lines[-1] == "":
        lines.pop()  # a trailing newline ends the last line, it does not start a new one
    return lines
