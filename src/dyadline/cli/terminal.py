"""Showing document text on a terminal as text, never as commands.

Reads: strings that may hold a document's text (sentences, note texts, titles,
file names). Adds: the same strings with every control character made visible
as a ``\\uXXXX`` escape, so an escape sequence in a document (clear screen,
window title, hyperlink) is shown and never acted on; and rich ``Text``
objects, so ``[sic]``, ``[/]`` or ``[link=...]`` in a document print as
written instead of as rich markup.

Made visible: C0 controls except newline and tab, DEL, C1 controls (U+0080 to
U+009F, ``\\x9b`` is a CSI on some terminals), and the Unicode bidirectional
overrides and isolates (they reorder what a reader sees). ``\\uXXXX`` is also a
JSON escape of the same character, so JSON printed through ``visible`` still
parses to exactly the stored text.
"""

from __future__ import annotations

import re
import sys

from rich.text import Text

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROL_OR_NEWLINE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def visible(text: str, *, one_line: bool = False) -> str:
    """``text`` with control characters as visible ``\\uXXXX`` escapes; with
    ``one_line`` newlines and tabs are escaped too."""
    pattern = _CONTROL_OR_NEWLINE if one_line else _CONTROL
    return pattern.sub(_escape, text)


def plain(text: object, style: str = "") -> Text:
    """A rich ``Text`` showing ``text`` literally (no markup, controls visible)."""
    return Text(visible(str(text)), style=style)


def echo(line: str) -> None:
    """Print one line of command output with its control characters made visible."""
    print(visible(line))


def error_line(message: str) -> None:
    """Write one ``dyadline: ...`` error line to stderr, controls visible."""
    sys.stderr.write(f"dyadline: {visible(message, one_line=True)}\n")


__all__ = ["echo", "error_line", "plain", "visible"]
