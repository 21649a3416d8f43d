#!/usr/bin/env python3
"""A change to what the collection ships comes with a changelog fragment (pre-commit passes the staged files).

python scripts/check_fragment.py FILE...   # exit 1 when FILEs change plugins/, roles/, playbooks/ or meta/ and none
                                          # of them is a changelogs/fragments/*.yml
"""

from __future__ import annotations

import sys

SHIPPED = ("plugins/", "roles/", "playbooks/", "meta/")


def missing_fragment(paths):
    """The shipped files among ``paths`` when none of ``paths`` is a changelog fragment, else []."""
    if any(path.startswith("changelogs/fragments/") and path.endswith((".yml", ".yaml")) for path in paths):
        return []
    return [path for path in paths if path.startswith(SHIPPED)]


def main(argv=None):
    shipped = missing_fragment(list(sys.argv[1:] if argv is None else argv))
    if shipped:
        print("changelog: add a fragment under changelogs/fragments/ for this change to " + ", ".join(shipped[:5]))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
