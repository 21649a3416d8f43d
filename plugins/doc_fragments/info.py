# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""What the read-only modules (the *_info modules) share: attributes and results. List it before common."""

from __future__ import annotations


class ModuleDocFragment:
    # Overrides common's check_mode and diff_mode attributes (the first fragment listed wins a shared key).
    DOCUMENTATION = r"""
options: {}
attributes:
  check_mode:
    support: full
    details: The module only reads; it runs the same in check mode.
  diff_mode:
    support: N/A
    details: The module only reads; there is no diff.
"""

    RETURN = r"""
bridge_calls:
  description: How many round trips to the host this task made.
  returned: always
  type: int
  sample: 1
"""
