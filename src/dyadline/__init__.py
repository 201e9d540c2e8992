"""dyadline: source-grounded political event data from texts about relations between states."""

from __future__ import annotations

__version__ = "0.1.0"
