"""bench/ is a directory of scripts, not a package: make its modules importable in these tests."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
