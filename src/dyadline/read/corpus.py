"""Corpus readers: one story a row, in JSONL (``.jsonl``, ``.ndjson``) or CSV (``.csv``).

Reads a corpus file row by row, never holding more than one row in memory (a
1 GB file reads in flat memory), and takes each row's text, id, title, date, URL
and authors from fields found by their common names (``text``/``body``/
``content``/``event_text``, ``id``/``story_id``, ``title``/``headline``,
``published``/``date``/``pub_date``, ``url``, ``author``/``authors``/``byline``,
in any case) or named by the caller (``CorpusFields``). Adds one ``Document``
per row with the row's ``external_id`` and ``url``, its date (a dated row is
news) and ``path`` ``FILE#ID`` (``FILE#<content id>`` for a row without an id,
so rows never stand in for each other). A bad row (bad JSON, no text, a date
that is not a date, text that is not UTF-8) is yielded as a ``ReadError`` naming
``FILE:LINE``, and reading goes on with the next row.

Why our own: ``json`` and ``csv`` of the standard library parse the rows; what is
left is field naming and per-row errors with line numbers, which no library adds.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from dyadline.errors import ReadError
from dyadline.model import Document
from dyadline.read.build import build_document
from dyadline.read.dates import BadDate, date_document, document_date
from dyadline.read.markdown import split_authors

#: extension -> the format name kept on the documents (``Document.format``)
CORPUS_FORMATS: dict[str, str] = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}

#: the field names looked for when the caller names none, in order of preference
COMMON_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "event_text"),
    "id": ("id", "story_id"),
    "title": ("title", "headline"),
    "date": ("published", "date", "pub_date"),
    "url": ("url",),
    "authors": ("authors", "author", "byline"),
}
_OPTION = {role: f"--{role}-field" for role in COMMON_NAMES}

# one CSV field may hold a whole long story (the csv module's default limit is 128 KB)
_FIELD_LIMIT = 2**31 - 1


@dataclass(frozen=True, slots=True)
class CorpusFields:
    """Field names a corpus uses; None means "look for the common names"."""

    text: str | None = None
    id: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None

    def names(self, role: str) -> tuple[str, ...]:
        given: str | None = getattr(self, role, None)
        return (given,) if given else COMMON_NAMES[role]

    def given(self, role: str) -> str | None:
        value: str | None = getattr(self, role, None)
        return value


def is_corpus(path: str | Path) -> bool:
    """Whether ``path`` names a corpus file (by its extension)."""
    return Path(path).suffix.lower() in CORPUS_FORMATS


def read_corpus(
    path: str | Path, fields: CorpusFields | None = None
) -> Iterator[Document | ReadError]:
    """The documents of a corpus file, one per row, in file order; a bad row is
    yielded as a ``ReadError`` naming ``FILE:LINE`` instead. Raises ``ReadError`` for a
    file that cannot be opened, or a CSV file whose header lacks a named field."""
    p = Path(path)
    fields = fields or CorpusFields()
    fmt = CORPUS_FORMATS.get(p.suffix.lower(), "jsonl")
    source = str(p.resolve())
    for line, row in iter_rows(p, fields):
        if isinstance(row, ReadError):
            yield row
            continue
        try:
            yield row_document(row, f"{p}:{line}", fields, fmt=fmt, source=source)
        except ReadError as exc:
            yield exc


def iter_rows(
    path: str | Path, fields: CorpusFields | None = None
) -> Iterator[tuple[int, Mapping[str, object] | ReadError]]:
    """(line number, row) for each row of a corpus file, the file read as a stream; a
    row that cannot be parsed comes as a ``ReadError`` naming ``FILE:LINE``."""
    p = Path(path)
    fmt = CORPUS_FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise ReadError(str(p), "not a corpus file", "name it .jsonl, .ndjson or .csv")
    if p.is_dir():
        raise ReadError(str(p), "is a directory, not a file", "give one corpus file")
    try:
        handle = p.open("rb")
    except FileNotFoundError as exc:
        raise ReadError(str(p), "file not found", "check the path and the file name") from exc
    except OSError as exc:
        raise ReadError(str(p), f"cannot read the file ({exc.strerror})", "check it") from exc
    with handle:
        if fmt == "jsonl":
            yield from _jsonl_rows(handle, str(p))
        else:
            yield from _csv_rows(handle, str(p), fields or CorpusFields())


def _lines(handle: IO[bytes]) -> Iterator[tuple[int, str]]:
    """(line number, text) of each line; bytes that are not UTF-8 are kept as
    surrogates so that only the row holding them is refused."""
    for number, raw in enumerate(handle, start=1):
        text = raw.decode("utf-8", "surrogateescape")
        yield number, text.lstrip("\ufeff") if number == 1 else text


def _not_utf8(where: str) -> ReadError:
    return ReadError(where, "row is not UTF-8 text", "re-save the corpus as UTF-8")


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _jsonl_rows(
    handle: IO[bytes], name: str
) -> Iterator[tuple[int, Mapping[str, object] | ReadError]]:
    for number, line in _lines(handle):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        if _has_surrogates(line):
            yield number, _not_utf8(where)
            continue
        try:
            row = json.loads(line.rstrip("\r\n"))
        except (json.JSONDecodeError, RecursionError) as exc:
            msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            yield number, ReadError(where, f"not valid JSON ({msg})", "one JSON object a line")
            continue
        if not isinstance(row, dict):
            yield (
                number,
                ReadError(
                    where, f"a JSON {type(row).__name__}, not an object", "one JSON object a line"
                ),
            )
            continue
        yield number, row


def _csv_rows(
    handle: IO[bytes], name: str, fields: CorpusFields
) -> Iterator[tuple[int, Mapping[str, object] | ReadError]]:
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    lines = _lines(handle)
    reader = csv.reader(text for _, text in lines)
    try:
        header = next(reader)
    except StopIteration:
        raise ReadError(name, "file is empty", "give a CSV file with a header row") from None
    except csv.Error as exc:
        raise ReadError(f"{name}:1", f"bad CSV header ({exc})", "check the quoting") from exc
    header = [h.strip() for h in header]
    lowered = {h.lower() for h in header}
    for role in COMMON_NAMES:
        given = fields.given(role)
        if given and given.lower() not in lowered:
            raise ReadError(
                name,
                f"no column {given!r} (the header has {', '.join(header)})",
                f"name one of these with {_OPTION[role]}",
            )
    if not any(n in lowered for n in fields.names("text")):
        raise ReadError(
            name,
            f"no text column (looked for {', '.join(fields.names('text'))}; "
            f"the header has {', '.join(header)})",
            "name the column that holds the text with --text-field",
        )
    last = reader.line_num
    while True:
        start = last + 1
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            last = reader.line_num
            yield start, ReadError(f"{name}:{start}", f"bad CSV row ({exc})", "check the quoting")
            continue
        last = reader.line_num
        if not any(v.strip() for v in values):
            continue
        if len(values) > len(header):
            yield (
                start,
                ReadError(
                    f"{name}:{start}",
                    f"{len(values)} values for {len(header)} columns",
                    "quote fields that hold commas",
                ),
            )
            continue
        yield start, dict(zip(header, values, strict=False))


def _field(row: Mapping[str, object], names: tuple[str, ...]) -> tuple[str | None, object]:
    """The first of ``names`` the row has (any case) and its value."""
    for name in names:
        if name in row:
            return name, row[name]
    lowered = {str(k).lower(): k for k in row}
    for name in names:
        key = lowered.get(name.lower())
        if key is not None:
            return str(key), row[key]
    return None, None


def _scalar(value: object, role: str, where: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise ReadError(where, f"the {role} is a JSON {type(value).__name__}", "give it as a string")


def row_document(
    row: Mapping[str, object],
    where: str,
    fields: CorpusFields | None = None,
    *,
    fmt: str = "jsonl",
    source: str | None = None,
) -> Document:
    """The ``Document`` of one corpus row (``where`` is ``FILE:LINE`` for messages,
    ``source`` the file the row's path starts with); ``ReadError`` for a bad row."""
    fields = fields or CorpusFields()
    text_name, text = _field(row, fields.names("text"))
    if text_name is None:
        raise ReadError(
            where,
            f"no text field (looked for {', '.join(fields.names('text'))})",
            "name the field that holds the text with --text-field",
        )
    if _has_surrogates(str(text)):
        raise _not_utf8(where)
    if not isinstance(text, str) or not text.strip():
        raise ReadError(where, f"no text in field {text_name!r}", "give each row its text")
    try:
        when = document_date(_field(row, fields.names("date"))[1])
    except BadDate as exc:
        raise ReadError(where, f"bad date: {exc}", "give dates as YYYY-MM-DD") from exc
    external_id = _scalar(_field(row, fields.names("id"))[1], "id", where)
    title = _scalar(_field(row, fields.names("title"))[1], "title", where)
    url = _scalar(_field(row, fields.names("url"))[1], "url", where)
    _, authors = _field(row, COMMON_NAMES["authors"])
    names = (
        [a for a in authors if isinstance(a, str)]
        if isinstance(authors, list)
        else split_authors(authors)
        if isinstance(authors, str)
        else []
    )
    document = build_document(text, fmt=fmt, title=title, authors=names or None, date=when)
    document.url = url
    document.external_id = external_id
    document.path = f"{source or where.rsplit(':', 1)[0]}#{external_id or document.doc_id}"
    if not document.text.strip():
        raise ReadError(where, f"no text in field {text_name!r}", "give each row its text")
    return date_document(document)
