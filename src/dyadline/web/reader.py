"""The document reader's markup: clean text with triggers, actors and note markers.

Reads: a stored ``Document`` (text, blocks, note markers), its sentences and its
events. Adds: one ``Markup`` string per block in which every character of the
document's text is escaped, each event trigger is a ``<a class="trg qN">``
link to that event's card, the words naming its source and target are marked,
each footnote marker is a ``<sup>`` link to the note at the foot, and each
sentence starts with an anchor (``#s-N``) that other pages link to. Notes get
their text escaped with their http/https URLs as links (``dyadline.htmltext``).
Built in Python rather than in a template because it splices offsets.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from html import escape
from typing import Any

from markupsafe import Markup

from dyadline.htmltext import linkify, safe_url
from dyadline.model import Document, Sentence

__all__ = ["Block", "linkify", "render_blocks", "safe_url"]


@dataclass(slots=True)
class Block:
    kind: str
    html: Markup


def _actor_spans(rec: dict[str, Any]) -> list[tuple[int, int, str]]:
    """(start, end, role) of the words naming source and target, found in the sentence."""
    sentence = str(rec.get("sentence") or "")
    base = int(rec.get("sentence_start") or 0)
    spans = []
    for role in ("source", "target"):
        actor = rec.get(role) or {}
        words = str(actor.get("text") or "")
        if words:
            i = sentence.find(words)
            if i >= 0:
                spans.append((base + i, base + i + len(words), role))
    return spans


def render_blocks(
    document: Document,
    sentences: list[Sentence],
    events: list[dict[str, Any]],
) -> list[Block]:
    """The document's blocks as reader markup (see the module docstring)."""
    text = document.text
    triggers: dict[int, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
    actor_at: list[tuple[int, int, str]] = []
    cuts: set[int] = set()
    for rec in events:
        s, e = int(rec["trigger_start"]), int(rec["trigger_end"])
        if 0 <= s < e <= len(text):
            triggers[s].append((e, rec))
            cuts.update((s, e))
        for a_start, a_end, role in _actor_spans(rec):
            actor_at.append((a_start, a_end, role))
            cuts.update((a_start, a_end))
    markers: dict[int, list[int]] = defaultdict(list)
    for m in document.markers:
        markers[m.offset].append(m.number)
        cuts.add(m.offset)
    sentence_at = {s.start: s.index for s in sentences}
    cuts.update(sentence_at)
    blocks = document.blocks or []
    if not blocks:
        from dyadline.model import Block as DocBlock

        blocks = [DocBlock(0, len(text))]
    out: list[Block] = []
    for block in blocks:
        if not text[block.start : block.end].strip():
            continue
        points = sorted({block.start, block.end, *(c for c in cuts if block.start < c < block.end)})
        html: list[str] = []
        open_trigger_end = -1
        for a, b in itertools.pairwise(points):
            if a in sentence_at:
                html.append(f'<span class="s" id="s-{sentence_at[a]}"></span>')
            if a in markers:
                html.extend(_marker(n) for n in markers.pop(a))
            if a in triggers and a >= open_trigger_end:
                ends = triggers[a]
                end, first = max(ends, key=lambda t: t[0])
                quad = int(first.get("quad_class") or 0)
                ids = " ".join(str(r["event_id"]) for _, r in ends)
                title = "; ".join(
                    f"{r.get('cameo')} {r.get('cameo_label') or ''}".strip() for _, r in ends
                )
                html.append(
                    f'<a class="trg q{quad}" href="#ev-{escape(str(first["event_id"]))}" '
                    f'data-events="{escape(ids)}" title="{escape(title)}">'
                )
                open_trigger_end = end
            roles = {role for s, e, role in actor_at if s <= a and b <= e}
            piece = escape(text[a:b])
            if roles:
                piece = f'<span class="actor {" ".join(sorted(roles))}">{piece}</span>'
            html.append(piece)
            if b == open_trigger_end:
                html.append("</a>")
                open_trigger_end = -1
        if open_trigger_end > 0:
            html.append("</a>")
        if block.end in markers:
            html.extend(_marker(n) for n in markers.pop(block.end))
        out.append(Block(kind=block.kind, html=Markup("".join(html))))
    return out


def _marker(number: int) -> str:
    return (
        f'<sup class="fn"><a href="#note-{number}" id="ref-{number}" '
        f'title="note {number}">{number}</a></sup>'
    )
