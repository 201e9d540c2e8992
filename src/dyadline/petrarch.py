"""PETRARCH-2 conformance: run dyadline on PETRARCH's validation records.

Reads: a PETRARCH-2 / UniversalPetrarch validation file (``<Sentence>``
records with ``<EventCoding>`` and ``<Text>``). The file is not well-formed XML
(bare ``#`` comment lines, self-closing ``<Sentence .../>`` tags followed by
their sibling elements), so it is parsed leniently with regular expressions,
not an XML parser. Adds: ``PetrScores`` — the share of expected codings our
pipeline finds, the share of its codings that are not expected (false
positives), the records expected to have no event where it codes none
(correct nulls), and the per-record differences.

Decisions (documented here and in the CLI help):

* Every ``<Sentence>`` becomes a ``PetrRecord``; records with
  ``evaluate="false"`` or an empty ``<Text>`` are loaded but skipped when
  scoring, and listed as skipped.
* ``<EventCoding noevents="True"/>`` means the record expects no event.
* The record's ``date`` (``YYYYMMDD``) is the document date; a malformed date
  (one record has six digits) leaves the document undated.
* Matching: PETRARCH compares event code, source and target exactly, but its
  Phoenix actor dictionaries differ from ours, so by default a coding matches
  when the CAMEO roots agree and source and target agree on their country
  part (first three letters; ``---``, PETRARCH's unknown country, matches an
  actor without a country, and a ``---`` target also matches no target). A
  sector with an unknown country (``---REB``) matches any actor: dyadline gives
  such a mention the country of its context, as the coding guide's domestic
  dyads ask.
  ``strict=True`` compares the full event code and the full actor codes.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from dyadline.annotate import annotate
from dyadline.errors import GoldFormatError, read_utf8
from dyadline.evaluate import country_key
from dyadline.model import Actor, Block, Document

Coding = tuple[str, str, str | None]
"""(event code, source code, target code or None)."""

_SENTENCE = re.compile(r"<Sentence\b([^>]*)>")
_CODING = re.compile(r"<EventCoding\b([^>]*?)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_ATTR = re.compile(r'([A-Za-z_][\w.-]*)\s*=\s*"([^"]*)"')
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HASH_LINE = re.compile(r"^[ \t]*#.*$", re.M)


@dataclass(frozen=True, slots=True)
class PetrRecord:
    """One validation record: its text, date and expected codings."""

    id: str
    text: str
    date: str | None  # ISO date, from the record's YYYYMMDD attribute
    codings: list[Coding] = field(default_factory=list)
    category: str = ""
    evaluate: bool = True
    line: int = 0


def _blank(match: re.Match[str]) -> str:
    """Keep newlines (so line numbers hold) and blank out the rest."""
    return re.sub(r"[^\n]", " ", match.group(0))


def _iso(date: str) -> str | None:
    if re.fullmatch(r"\d{8}", date) and "01" <= date[4:6] <= "12" and "01" <= date[6:] <= "31":
        return f"{date[:4]}-{date[4:6]}-{date[6:]}"
    return None


def _clean_text(raw: str) -> str:
    """Join the record's lines; Penn-Treebank quotes (`` '') become plain quotes."""
    text = re.sub(r"\s*``\s*", ' "', raw)
    text = re.sub(r"\s*''", '"', text)
    return " ".join(text.split())


def load_petrarch(path: str | Path) -> list[PetrRecord]:
    """Read a PETRARCH validation file; malformed records raise ``GoldFormatError``."""
    p = Path(path)
    raw = read_utf8(p, GoldFormatError, "file")
    text = _HASH_LINE.sub(_blank, _COMMENT.sub(_blank, raw))
    heads = list(_SENTENCE.finditer(text))
    if not heads:
        raise GoldFormatError(
            str(p), "no <Sentence> records found", "give a PETRARCH validation XML file"
        )
    records: list[PetrRecord] = []
    for i, head in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        body = text[head.end() : end]
        line = text.count("\n", 0, head.start()) + 1
        records.append(_record(p, line, dict(_ATTR.findall(head.group(1))), body, text, head.end()))
    return records


def _record(p: Path, line: int, attrs: dict[str, str], body: str, text: str, at: int) -> PetrRecord:
    where = f"{p}:{line}"
    rid = attrs.get("id", "").strip()
    if not rid:
        raise GoldFormatError(where, "<Sentence> has no id attribute", 'add id="..."')
    codings: list[Coding] = []
    for m in _CODING.finditer(body):
        c = dict(_ATTR.findall(m.group(1)))
        if c.get("noevents", "").lower() == "true":
            continue
        code, source = c.get("eventcode", "").strip(), c.get("sourcecode", "").strip()
        if not re.fullmatch(r"\d{3,4}", code) or not source:
            cline = text.count("\n", 0, at + m.start()) + 1
            raise GoldFormatError(
                f"{p}:{cline}",
                f"<EventCoding> of record {rid} needs eventcode (3-4 digits) and sourcecode",
                'or write <EventCoding noevents="True"/>',
            )
        codings.append((code, source, c.get("targetcode", "").strip() or None))
    tm = _TEXT.search(body)
    return PetrRecord(
        id=rid,
        text=_clean_text(tm.group(1)) if tm else "",
        date=_iso(attrs.get("date", "").strip()),
        codings=codings,
        category=attrs.get("category", ""),
        evaluate=attrs.get("evaluate", "true").strip().lower() != "false",
        line=line,
    )


# ------------------------------------------------------------------- scoring


def codings_match(expected: Coding, produced: Coding, *, strict: bool = False) -> bool:
    """Does a produced coding stand for an expected one (see the module docstring)?"""
    e_code, e_src, e_tgt = expected
    p_code, p_src, p_tgt = produced
    if strict:
        return e_code == p_code and e_src == p_src and (e_tgt or None) == (p_tgt or None)
    return e_code[:2] == p_code[:2] and _same_country(e_src, p_src) and _same_country(e_tgt, p_tgt)


def _same_country(expected: str | None, produced: str | None) -> bool:
    """Country parts agree; PETRARCH's unknown country (``---REB``: a sector with no
    country) agrees with any produced actor, since dyadline gives a sector-only
    mention the country of its context (the coding guide's domestic dyads)."""
    if expected and expected.strip().startswith("---") and len(expected.strip()) > 3:
        return produced is not None
    return country_key(expected) == country_key(produced)


@dataclass(slots=True)
class PetrResult:
    """One scored record: what was expected, produced, found, missed and extra."""

    record: PetrRecord
    produced: list[Coding]
    found: list[Coding]
    missing: list[Coding]
    extra: list[Coding]

    @property
    def ok(self) -> bool:
        return not self.missing and not self.extra

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.record.id,
            "expected": [list(c) for c in self.record.codings],
            "produced": [list(c) for c in self.produced],
            "missing": [list(c) for c in self.missing],
            "extra": [list(c) for c in self.extra],
            "ok": self.ok,
        }


@dataclass(slots=True)
class PetrScores:
    """Conformance on PETRARCH's records, reported as UniversalPetrarch does."""

    results: list[PetrResult] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (id, reason)
    strict: bool = False

    @property
    def expected(self) -> int:
        return sum(len(r.record.codings) for r in self.results)

    @property
    def produced(self) -> int:
        return sum(len(r.produced) for r in self.results)

    @property
    def found(self) -> int:
        return sum(len(r.found) for r in self.results)

    @property
    def false_positives(self) -> int:
        return sum(len(r.extra) for r in self.results)

    @property
    def found_rate(self) -> float:
        return self.found / self.expected if self.expected else 0.0

    @property
    def false_positive_rate(self) -> float:
        return self.false_positives / self.produced if self.produced else 0.0

    @property
    def null_records(self) -> int:
        return sum(not r.record.codings for r in self.results)

    @property
    def correct_nulls(self) -> int:
        return sum(not r.record.codings and not r.produced for r in self.results)

    def to_dict(self) -> dict[str, Any]:
        return {
            "strict": self.strict,
            "records": len(self.results),
            "skipped": [{"id": i, "reason": why} for i, why in self.skipped],
            "expected": self.expected,
            "produced": self.produced,
            "found": self.found,
            "found_rate": round(self.found_rate, 4),
            "false_positives": self.false_positives,
            "false_positive_rate": round(self.false_positive_rate, 4),
            "null_records": self.null_records,
            "correct_nulls": self.correct_nulls,
            "fully_correct": sum(r.ok for r in self.results),
            "results": [r.to_dict() for r in self.results],
        }


def compare(record: PetrRecord, produced: Sequence[Coding], *, strict: bool = False) -> PetrResult:
    """Pair expected and produced codings one to one (exact pairs first)."""
    free = list(range(len(produced)))
    found: list[Coding] = []
    missing: list[Coding] = []
    pending: list[Coding] = []
    for exp in record.codings:  # exact agreement first, so it is never stolen
        hit = next((i for i in free if codings_match(exp, produced[i], strict=True)), None)
        if hit is None:
            pending.append(exp)
        else:
            free.remove(hit)
            found.append(exp)
    for exp in pending:
        hit = next((i for i in free if codings_match(exp, produced[i], strict=strict)), None)
        if hit is None:
            missing.append(exp)
        else:
            free.remove(hit)
            found.append(exp)
    return PetrResult(record, list(produced), found, missing, [produced[i] for i in free])


def _document(record: PetrRecord) -> Document:
    try:
        from dyadline.read import read_text
    except ImportError:  # the reader package is not there yet: one plain block
        document = Document(text=record.text, blocks=[Block(0, len(record.text))])
    else:
        document = read_text(record.text)
    return dataclasses.replace(document, date=record.date, news=True)


def _petr_code(actor: Actor) -> str:
    """An actor code as PETRARCH writes it: ``---`` stands for an unknown country."""
    if actor.country or actor.code.startswith(("---", "IGO")):
        return actor.code
    return "---" + actor.code


def produced_codings(record: PetrRecord, nlp: Language) -> list[Coding]:
    """The codings our pipeline gives a record's text."""
    events = annotate(_document(record), nlp).events
    return [
        (ev.cameo, _petr_code(ev.source), _petr_code(ev.target) if ev.target else None)
        for ev in events
    ]


def score_petrarch(
    records: Sequence[PetrRecord], nlp: Language, *, strict: bool = False
) -> PetrScores:
    """Run the pipeline on every evaluable record and compare with its codings."""
    out = PetrScores(strict=strict)
    for rec in records:
        if not rec.evaluate:
            out.skipped.append((rec.id, 'evaluate="false"'))
        elif not rec.text:
            out.skipped.append((rec.id, "no text"))
        else:
            out.results.append(compare(rec, produced_codings(rec, nlp), strict=strict))
    return out
