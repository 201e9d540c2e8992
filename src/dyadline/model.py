"""The data model every stage shares.

Reads nothing; defines the plain, picklable records that flow from the readers
(``Document``, ``Block``, ``NoteMarker``, ``Note``) through the coders (``Actor``,
``DateSpan``, ``Quantity``, ``Location``, ``Event``) into the store and the exports.
``Event.to_record()`` is the export contract of DESIGN.md: field names there are
kept exactly.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

Modality = Literal["asserted", "negated", "hedged", "future", "counterfactual", "reported"]
MODALITIES: tuple[str, ...] = (
    "asserted",
    "negated",
    "hedged",
    "future",
    "counterfactual",
    "reported",
)
Precision = Literal["day", "month", "year", "range", "decade"]


def content_id(text: str) -> str:
    """Stable id of a text: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph or heading of a document, as offsets into its clean text."""

    start: int
    end: int
    kind: Literal["paragraph", "heading"] = "paragraph"


@dataclass(frozen=True, slots=True)
class NoteMarker:
    """A footnote marker removed from the clean text: where it stood and its number."""

    offset: int
    number: int


@dataclass(slots=True)
class Note:
    """One endnote/footnote (a *source* backing claims in the text)."""

    number: int
    text: str
    urls: list[str] = field(default_factory=list)
    outlet: str | None = None
    title: str | None = None
    date: str | None = None  # ISO date where the note gives one


@dataclass(slots=True)
class Document:
    """A read document: clean text plus structure and notes.

    ``text`` is NFC, with footnote markers and the notes section removed.
    ``blocks`` cover the paragraphs and headings; ``markers`` keep the removed
    footnote markers as offsets into ``text``; ``notes`` are the endnotes.
    """

    text: str
    path: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None  # ISO date of the document itself, if known
    blocks: list[Block] = field(default_factory=list)
    markers: list[NoteMarker] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    format: str = "txt"
    news: bool = False  # news-style text: its own date may date undated events
    url: str | None = None  # where the document was published, if known
    external_id: str | None = None  # the id a corpus row gives its story

    @property
    def doc_id(self) -> str:
        return content_id(self.text)

    def notes_in(self, start: int, end: int) -> list[int]:
        """Numbers of the note markers that stand within [start, end]."""
        return sorted({m.number for m in self.markers if start <= m.offset <= end})


@dataclass(frozen=True, slots=True)
class Actor:
    """A coded actor: CAMEO code = country (ISO-3 or IGO code) + optional sector."""

    code: str
    country: str | None = None
    sector: str | None = None
    text: str = ""
    name: str | None = None  # canonical name: "Azerbaijan", "Ilham Aliyev"

    def to_record(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "text": self.text,
            "name": self.name,
        }

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Actor:
        return cls(
            code=rec["code"],
            country=rec.get("country"),
            sector=rec.get("sector"),
            text=rec.get("text") or "",
            name=rec.get("name"),
        )


@dataclass(frozen=True, slots=True)
class DateSpan:
    """An interval in which something happened, with its precision.

    ``start``/``end`` are ISO dates; ``end`` may be None for open-ended
    expressions ("since 1993"), ``start`` None for "until 2001".
    """

    start: str | None
    end: str | None
    precision: str = "day"
    text: str = ""
    inferred: bool = False

    def to_record(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "precision": self.precision,
            "text": self.text,
            "inferred": self.inferred,
        }

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> DateSpan:
        return cls(
            start=rec.get("start"),
            end=rec.get("end"),
            precision=rec.get("precision") or "day",
            text=rec.get("text") or "",
            inferred=bool(rec.get("inferred")),
        )


@dataclass(frozen=True, slots=True)
class Quantity:
    text: str
    value: float | None
    unit: str | None

    def to_record(self) -> dict[str, Any]:
        return {"text": self.text, "value": self.value, "unit": self.unit}


@dataclass(frozen=True, slots=True)
class Location:
    text: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_record(self) -> dict[str, Any]:
        return {"text": self.text, "country": self.country, "lat": self.lat, "lon": self.lon}


@dataclass(slots=True)
class Event:
    """One dyadic event, grounded in a sentence of a document.

    Offsets (``sentence_start``, ``trigger_start`` ...) are character offsets
    into the document's clean text once the event is placed in a document;
    inside a bare spaCy pipeline they are offsets into that ``Doc``'s text.
    """

    sentence: str
    sentence_start: int
    sentence_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    source: Actor
    target: Actor | None
    cameo: str
    cameo_label: str = ""
    quad_class: int = 0
    goldstein: float = 0.0
    plover: dict[str, str | None] = field(default_factory=dict)
    date: DateSpan | None = None
    modality: str = "asserted"
    attributed_to: Actor | None = None
    location: Location | None = None
    quantities: list[Quantity] = field(default_factory=list)
    notes: list[int] = field(default_factory=list)
    confidence: float = 0.5
    sentence_index: int = 0
    doc_id: str = ""
    doc_title: str | None = None
    doc_url: str | None = None
    doc_date: str | None = None
    trigger_token: int = -1  # index of the trigger token in its spaCy Doc (not exported)

    @property
    def cameo_root(self) -> str:
        return self.cameo[:2]

    @property
    def event_id(self) -> str:
        key = "|".join(
            [
                self.doc_id,
                str(self.trigger_start),
                self.source.code,
                self.source.text,
                self.target.code if self.target else "-",
                self.target.text if self.target else "-",
                self.cameo,
            ]
        )
        return content_id(key)

    def to_record(self) -> dict[str, Any]:
        """The export record of DESIGN.md (field names kept exactly)."""
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "doc_title": self.doc_title,
            "doc_url": self.doc_url,
            "doc_date": self.doc_date,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "trigger": self.trigger,
            "trigger_start": self.trigger_start,
            "trigger_end": self.trigger_end,
            "source": self.source.to_record(),
            "target": self.target.to_record() if self.target else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "cameo_label": self.cameo_label,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": dict(self.plover),
            "date": self.date.to_record() if self.date else None,
            "modality": self.modality,
            "attributed_to": self.attributed_to.to_record() if self.attributed_to else None,
            "location": self.location.to_record() if self.location else None,
            "quantities": [q.to_record() for q in self.quantities],
            "notes": list(self.notes),
            "confidence": round(self.confidence, 3),
        }


EVENT_FIELDS: tuple[str, ...] = (
    "event_id",
    "doc_id",
    "doc_title",
    "doc_url",
    "doc_date",
    "sentence_index",
    "sentence",
    "sentence_start",
    "sentence_end",
    "trigger",
    "trigger_start",
    "trigger_end",
    "source",
    "target",
    "cameo",
    "cameo_root",
    "cameo_label",
    "quad_class",
    "goldstein",
    "plover",
    "date",
    "modality",
    "attributed_to",
    "location",
    "quantities",
    "notes",
    "confidence",
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document: offsets into the clean text and its note numbers."""

    index: int
    start: int
    end: int
    text: str
    notes: tuple[int, ...] = ()


@dataclass(slots=True)
class Annotated:
    """What annotating one document yields: its sentences and its events."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
