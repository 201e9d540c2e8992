"""``python -m dyadline``: the command line."""

from __future__ import annotations

import sys

from dyadline.cli import main

sys.exit(main())
