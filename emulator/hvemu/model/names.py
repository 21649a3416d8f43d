"""Name equality as Windows applies it to switches, adapters, VMs and HNS objects.

The cmdlets and the bridge compare names with StringComparison.OrdinalIgnoreCase: each UTF-16
unit upper-cased with the simple (one-to-one) mapping. str.lower() and str.casefold() differ from
it (the Kelvin sign lowers to 'k'; casefold makes 'Straße' equal 'STRASSE'), so the model uses this.
"""

from __future__ import annotations


def win_key(name) -> str:
    """The key under which Windows considers two names equal."""
    out = []
    for char in str(name):
        upper = char.upper() if ord(char) <= 0xFFFF else char
        out.append(upper if len(upper) == 1 else char)
    return "".join(out)
