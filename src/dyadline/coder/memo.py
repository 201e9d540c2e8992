"""What the event coder reads again and again of the one Doc it is coding, read once.

Reads: nothing of its own. Adds nothing to a Doc. ``coding(doc)`` opens a memo for
one Doc (the ``dyadline_events`` component holds it open while it codes the Doc's
sentences, after the document context has given the Doc its mentions); inside it,
``table(doc, name)`` is a plain dict for one kind of result (``actors_for`` of a
token at a date, the quantities of a sentence), and outside it, or for another
Doc, None: the caller then computes as usual. The memo is dropped when the block
ends, so nothing is kept from one Doc to the next, and nothing is stored on the Doc
(its extensions stay plain data). A memo holds its Doc, so a Doc's identity cannot
pass to another one while its memo is open.

What is kept must depend only on the Doc, whose parse and mentions do not change
while it is coded (not on the discourse memory or the time context, which do).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc


@dataclass(slots=True)
class _Memo:
    doc: Doc | None = None
    tables: dict[str, dict[Any, Any]] = field(default_factory=dict)


_OPEN = _Memo()


@contextmanager
def coding(doc: Doc) -> Iterator[None]:
    """Keep what is read of ``doc`` while the block runs; forget it at the end."""
    saved = (_OPEN.doc, _OPEN.tables)
    _OPEN.doc, _OPEN.tables = doc, {}
    try:
        yield
    finally:
        _OPEN.doc, _OPEN.tables = saved


def table(doc: Doc, name: str) -> dict[Any, Any] | None:
    """The memo's dict ``name`` for ``doc`` while ``coding(doc)`` is open, else None."""
    if doc is not _OPEN.doc:
        return None
    found = _OPEN.tables.get(name)
    if found is None:
        found = _OPEN.tables[name] = {}
    return found
