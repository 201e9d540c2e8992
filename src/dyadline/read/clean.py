"""Cleaning the text of one block, and taking its footnote markers out.

Reads the raw lines of a paragraph, heading or list item (plain text, or the
Markdown that the text, Markdown and HTML readers all produce). Adds the clean
single-line text of the block and the ``(offset, number)`` of each footnote
marker removed from it: superscript digits (``¹``, ``²⁶``), Markdown
``[^12]`` and, when the document has notes, bracketed ``[12]`` within the
notes' range.

Inline Markdown is undone with a few regular expressions rather than a
Markdown library: a renderer (markdown-it, mistune) would give HTML we would
have to strip again, and we need to know exactly which characters go.
"""

from __future__ import annotations

import re
import unicodedata

from dyadline.read.notes import SUPER_TO_DIGIT

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_MARKER = re.compile(
    r"(?P<sup>[" + _SUPERSCRIPTS + r"]+)"
    r"|\[\^(?P<fn>\d{1,4})\]"
    r"|\[(?P<br>\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\](?![(:\[])"
)
# "30 km²" is an area, not note 2.
_UNIT_BEFORE = re.compile(r"\d\s?(?:km|m|cm|mm|ft|mi|in|yd)$")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))

_INLINE_STEPS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # image -> alt text
    (re.compile(r"\[([^\]^][^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)"), r"\1"),
    (re.compile(r"\[([^\]^][^\]]*)\]\[[^\]]*\]"), r"\1"),  # reference link
    (re.compile(r"<((?:https?|ftp)://[^\s<>]+|mailto:[^\s<>]+)>"), r"\1"),  # autolink
    (re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>"), ""),  # stray HTML tags
    (re.compile(r"`([^`]+)`"), r"\1"),
)
# Emphasis spans hold no delimiter of their own kind, so each try stops at the next
# delimiter and a pass is linear ("*a " x 300,000 would be quadratic with ``.+?``);
# nested emphasis (``**a *b* c**``) is undone from the inside out, one level a pass.
_EMPHASIS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<![\\\w*])(\*{1,3})(?=[^\s*])([^*]*?)(?<=[^\s*])\1(?![\w*])"), r"\2"),
    (re.compile(r"(?<![\\\w_])(_{1,3})(?=[^\s_])([^_]*?)(?<=[^\s_])\1(?![\w_])"), r"\2"),
    (re.compile(r"~~(?=[^\s~])([^~]*?)(?<=[^\s~])~~"), r"\1"),
)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$<>|~\"'])")  # escapes: \$ -> $
_EMPHASIS_LEVELS = 3
_SUP_TAG = re.compile(r"<sup>\s*(?:<a\b[^>]*>)?\s*\[?(\d{1,3})\]?\s*(?:</a>)?\s*</sup>", re.I)


def normalize(text: str) -> str:
    """NFC, Unix newlines, no invisible characters, NBSP as a plain space."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_INVISIBLE).replace("\u00a0", " ").replace("\t", " ")
    return _SUP_TAG.sub(lambda m: m.group(1).translate(_DIGIT_TO_SUPER), text)


_DIGIT_TO_SUPER = str.maketrans("0123456789", _SUPERSCRIPTS)


def join_lines(lines: list[str]) -> str:
    """One line from wrapped lines; ``inter-`` + ``national`` -> ``international``."""
    parts: list[str] = []  # joined once at the end: linear in the number of lines
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not parts:
            parts.append(line)
            continue
        last = parts[-1]
        if _HYPHEN_END.search(last[-2:]) and line[0].islower():
            parts[-1] = last[:-1]
            parts.append(line)
        elif _HYPHEN_END.search(last[-2:]):
            parts.append(line)
        else:
            parts.append(" " + line)
    return "".join(parts)


_HYPHEN_END = re.compile(r"\w-$")


def strip_inline_markdown(text: str) -> str:
    """Undo emphasis, links, autolinks, code spans and backslash escapes."""
    for pattern, repl in _INLINE_STEPS:
        text = pattern.sub(repl, text)
    for _ in range(_EMPHASIS_LEVELS):
        before = text
        for pattern, repl in _EMPHASIS:
            text = pattern.sub(repl, text)
        if text == before:
            break
    return _ESCAPE.sub(r"\1", text)


def _bracket_numbers(spec: str) -> list[int]:
    numbers: list[int] = []
    for part in re.split(r"\s*,\s*", spec):
        ends = [int(x) for x in re.split(r"\s*[–-]\s*", part)]
        if len(ends) == 2 and ends[0] < ends[1] <= ends[0] + 20:
            numbers.extend(range(ends[0], ends[1] + 1))
        else:
            numbers.extend(ends)
    return numbers


def take_markers(text: str, note_range: range | None) -> tuple[str, list[tuple[int, int]]]:
    """The text without footnote markers, and (offset, number) for each marker.

    Bracketed ``[12]`` counts only when the document has notes and every number
    in it is within ``note_range``; superscripts and ``[^12]`` always count.
    """
    out: list[str] = []
    markers: list[tuple[int, int]] = []
    pos = 0
    length = 0
    for m in _MARKER.finditer(text):
        numbers: list[int]
        if m.group("sup"):
            unit = _UNIT_BEFORE.search(text, max(0, m.start() - 5), m.start())
            if m.group("sup") in "²³" and unit:
                continue
            numbers = [int(m.group("sup").translate(SUPER_TO_DIGIT))]
        elif m.group("fn"):
            numbers = [int(m.group("fn"))]
        else:
            numbers = _bracket_numbers(m.group("br"))
            if note_range is None or not all(n in note_range for n in numbers):
                continue
        before = text[pos : m.start()]
        after = text[m.end() : m.end() + 1]
        if before.endswith(" ") and (not after or after in " .,;:!?)"):
            before = before.rstrip(" ")
        out.append(before)
        length += len(before)
        markers.extend((length, n) for n in numbers)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), markers


def clean_block(lines: list[str], note_range: range | None) -> tuple[str, list[tuple[int, int]]]:
    """Clean one-line text of a block and its markers (offsets into that text)."""
    text = strip_inline_markdown(join_lines(lines))
    text = re.sub(r" {2,}", " ", text).strip()
    text, markers = take_markers(text, note_range)
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    return text, [(min(max(off - lead, 0), len(text)), n) for off, n in markers]
