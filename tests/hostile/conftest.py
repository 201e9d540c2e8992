"""The hostile suite imports the shared helpers of ``tests/`` (briefings) and reports
how many fuzz examples ran."""

from __future__ import annotations

import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))


def pytest_terminal_summary(terminalreporter: object) -> None:
    fuzz = next((m for name, m in sys.modules.items() if name.endswith("test_fuzz")), None)
    counts = getattr(fuzz, "COUNTS", None)
    if counts:
        total = sum(counts.values())
        terminalreporter.write_line(f"fuzz examples run: {counts} (total {total})")  # type: ignore[attr-defined]
