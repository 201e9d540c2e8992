"""Word reader (``.docx``), through python-docx.

Reads the body of a Word document in order (paragraphs, and the paragraphs
of table cells), headings by their style ("Title", "Heading 1" ...), list
items by theirs, and the footnotes and endnotes, which python-docx does not
expose: they live in the package's footnotes and endnotes parts, reached by
the main part's relationships and parsed with python-docx's lxml parser. Each
``w:footnoteReference`` / ``w:endnoteReference`` in the body becomes a note
marker where it stands; footnotes are numbered 1..n in the order they are
cited (as Word numbers them), endnotes after them. Adds a ``Document`` with
``format="docx"`` and the core properties' title, authors and creation date.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml

from dyadline.errors import ReadError
from dyadline.model import Document, Note
from dyadline.read.build import build_document
from dyadline.read.markdown import split_authors
from dyadline.read.notes import parse_notes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_HEADING_STYLE = re.compile(r"(?i)^(title|subtitle|heading\s*\d)$")
_LIST_STYLE = re.compile(r"(?i)^list\b")


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


_TEXT_TAGS = (_w("t"), _w("tab"), _w("br"), _w("cr"), _w("noBreakHyphen"), _w("softHyphen"))
_REF = {_w("footnoteReference"): "footnote", _w("endnoteReference"): "endnote"}


def _note_parts(document: Any) -> dict[str, dict[str, str]]:
    """{"footnote": {id: text}, "endnote": {id: text}} from the package's note parts."""
    found: dict[str, dict[str, str]] = {"footnote": {}, "endnote": {}}
    for rel in document.part.rels.values():
        kind = {RT.FOOTNOTES: "footnote", RT.ENDNOTES: "endnote"}.get(rel.reltype)
        if kind is None or rel.is_external:
            continue
        root = parse_xml(rel.target_part.blob)
        for note in root.iter(_w(kind)):
            if note.get(_w("type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            paras = ["".join(_texts(p)).strip() for p in note.iter(_w("p"))]
            found[kind][note.get(_w("id"), "")] = "\n".join(p for p in paras if p)
    return found


def _texts(element: Any, refs: dict[str, dict[str, int]] | None = None) -> Iterator[str]:
    """The text of a paragraph element, note references as superscript numbers."""
    for node in element.iter(*_TEXT_TAGS, *_REF):
        tag = node.tag
        if tag == _w("t"):
            yield node.text or ""
        elif tag in (_w("tab"), _w("br"), _w("cr")):
            yield " "
        elif tag == _w("noBreakHyphen"):
            yield "-"
        elif refs is not None and tag in _REF:
            number = refs[_REF[tag]].get(node.get(_w("id"), ""))
            if number is not None:
                yield str(number).translate(_SUPER)


def _number_refs(body: Any, notes: dict[str, dict[str, str]]) -> dict[str, dict[str, int]]:
    """Footnotes 1..n in citing order, endnotes numbered on after them."""
    order: dict[str, list[str]] = {"footnote": [], "endnote": []}
    for node in body.iter(*_REF):
        kind = _REF[node.tag]
        nid = node.get(_w("id"), "")
        if nid in notes[kind] and nid not in order[kind]:
            order[kind].append(nid)
    refs = {"footnote": {nid: i for i, nid in enumerate(order["footnote"], 1)}}
    start = len(order["footnote"])
    refs["endnote"] = {nid: start + i for i, nid in enumerate(order["endnote"], 1)}
    return refs


def _style(paragraph: Any) -> str:
    ppr = paragraph.find(_w("pPr"))
    style = ppr.find(_w("pStyle")) if ppr is not None else None
    return str(style.get(_w("val"), "")) if style is not None else ""


def _blocks(document: Any, refs: dict[str, dict[str, int]]) -> Iterator[str]:
    """Markdown-ish blocks of the body: "# heading", "- item" or a paragraph."""
    names = {s.style_id: s.name or "" for s in document.styles}
    for p in document.element.body.iter(_w("p")):
        text = re.sub(r"\s+", " ", "".join(_texts(p, refs))).strip()
        if not text:
            continue
        style = names.get(_style(p), _style(p))
        if _HEADING_STYLE.match(style):
            yield "# " + text
        elif _LIST_STYLE.match(style):
            yield "- " + text
        else:
            yield text


def read_docx(data: bytes, name: str) -> Document:
    """A Word document from the bytes of a ``.docx`` file called ``name``."""
    fix = "save it as .docx from Word"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
    except zipfile.BadZipFile as exc:
        raise ReadError(name, "not a Word .docx file (not a zip package)", fix) from exc
    if "[Content_Types].xml" not in names or not any(n.startswith("word/") for n in names):
        raise ReadError(name, "not a Word .docx file (a zip without a Word document)", fix)
    try:
        document = docx.Document(io.BytesIO(data))
        parts = _note_parts(document)
        refs = _number_refs(document.element.body, parts)
        text = "\n\n".join(_blocks(document, refs))
        core = document.core_properties
        title, author, created = core.title, core.author, core.created
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        SyntaxError,
    ) as exc:
        raise ReadError(
            name, f"the .docx file is damaged ({exc})", "open and save it again in Word"
        ) from exc
    doc = build_document(
        text,
        fmt="docx",
        path=name,
        title=(title or "").strip() or None,
        authors=split_authors(author) if author and author.strip() else None,
        date=created.date().isoformat() if created else None,
    )
    notes: list[Note] = []
    for kind in ("footnote", "endnote"):
        for nid, number in refs[kind].items():
            first, *more = parts[kind][nid].split("\n")
            parsed = parse_notes([[f"{number} {first}", *more]])
            if parsed:
                parsed[0].number = number
                notes.append(parsed[0])
    doc.notes = sorted(notes + doc.notes, key=lambda n: n.number)
    return doc
