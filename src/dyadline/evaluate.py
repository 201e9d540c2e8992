"""Scores coded events against a hand-coded gold file (``../shared/gold/FORMAT.md``).

Reads: a gold JSONL file (one dyadic event a line) and the system's events as
export records (the event record of DESIGN.md), taken from a store, an exported
JSONL file, or by reading and annotating documents. Adds: ``Scores`` —
precision, recall and F1 under the gold matching rule, agreement of full code,
sector, date and modality over the matches, and the misses and false alarms.

The matching rule is FORMAT.md's: a system event matches a gold event when
their sentences overlap (after dropping footnote superscripts, ``\\`` escapes,
quotes, case and spacing, one contains the other or they share a run of at
least ``LONG_OVERLAP`` characters), the source countries agree and the target
countries agree (first three letters of the actor codes; a null target only
matches a null target) and the CAMEO roots agree. Where the gold gives
``source_alt`` / ``target_alt`` (CODING-GUIDE.md: acceptable alternative codes
for a genuinely ambiguous actor), a system actor agrees when its country is
that of the main code or of any alternative, and sector agreement accepts the
main code or any alternative exactly. The gold's ``story`` and ``sentence_no``
are kept (and shown) but play no part in matching. Each gold event matches at
most one system event and vice versa, greedily, preferring pairs that agree
on the full code, then on the actor codes, then on the date. A system event
that is the linked twin of a matched visit (042 against 043 with the actors
swapped, in the same sentence) counts neither for nor against.

Hand-written because the matching rule is ours; the longest common substring
comes from the standard library's ``difflib``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language

from dyadline.codebook import read_tsv
from dyadline.errors import DyadlineError, GoldFormatError, read_utf8
from dyadline.model import MODALITIES, DateSpan

if TYPE_CHECKING:
    from dyadline.read.corpus import CorpusFields

LONG_OVERLAP = 40
"""Characters (after normalisation, spaces removed) two sentences must share."""

MIN_CONTAINED = 12
"""A normalised sentence shorter than this never counts as contained in another."""

VISIT_CODES = frozenset({"042", "043"})

_SUPERSCRIPTS = "\u00b9\u00b2\u00b3" + "".join(chr(c) for c in range(0x2070, 0x20A0))
_DROP = re.compile(
    "[" + re.escape(_SUPERSCRIPTS) + "\\\\\"'`\u00b4\u2018\u2019\u201a\u201b\u201c\u201d\u201e"
    "\u201f\u00ab\u00bb\u2039\u203a\\s]+"
)
_DASHES = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]")
_CAMEO = re.compile(r"^\d{3,4}$")


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One hand-coded event of a gold file (fields of FORMAT.md)."""

    id: str
    sentence: str
    source: str
    target: str | None
    cameo: str
    root: str
    modality: str = "asserted"
    date: DateSpan | None = None
    trigger: str = ""
    source_text: str | None = None
    target_text: str | None = None
    symmetric: bool = False
    sentence_partial: bool = False
    quad: int | None = None
    tier: str = "core"
    notes: tuple[int, ...] = ()
    line: int = 0
    source_alt: tuple[str, ...] = ()
    target_alt: tuple[str, ...] = ()
    story: str | None = None
    sentence_no: int | None = None

    @property
    def sources(self) -> tuple[str, ...]:
        """The main source code, then its acceptable alternatives."""
        return (self.source, *self.source_alt)

    @property
    def targets(self) -> tuple[str | None, ...]:
        """The main target code (None: no target), then its acceptable alternatives."""
        return (self.target, *self.target_alt)

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sentence": self.sentence,
            "source": self.source,
            "target": self.target,
            "cameo": self.cameo,
            "root": self.root,
            "modality": self.modality,
            "date": _date_record(self.date),
            "trigger": self.trigger,
            "symmetric": self.symmetric,
            "tier": self.tier,
            "source_alt": list(self.source_alt),
            "target_alt": list(self.target_alt),
            "story": self.story,
            "sentence_no": self.sentence_no,
        }


def _date_record(span: DateSpan | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "precision": span.precision}


def load_gold(path: str | Path) -> list[GoldEvent]:
    """Read a gold JSONL file; a bad line raises ``GoldFormatError`` naming file and line."""
    p = Path(path)
    text = read_utf8(p, GoldFormatError, "gold file")
    out: list[GoldEvent] = []
    seen: set[str] = set()
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{p}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(
                where, f"not valid JSON ({exc.msg})", "write one JSON object per line"
            ) from exc
        if not isinstance(rec, dict):
            raise GoldFormatError(where, "line is not a JSON object", "write one object per line")
        gold = _gold_event(rec, where, lineno)
        if gold.id in seen:
            raise GoldFormatError(where, f"duplicate id {gold.id!r}", "give every event its own id")
        seen.add(gold.id)
        out.append(gold)
    if not out:
        raise GoldFormatError(str(p), "gold file holds no events", "add one JSON event per line")
    return out


def _gold_event(rec: dict[str, Any], where: str, lineno: int) -> GoldEvent:
    for key in ("id", "sentence", "source", "cameo"):
        if not isinstance(rec.get(key), str) or not rec[key].strip():
            raise GoldFormatError(where, f"field {key!r} is missing or empty", "see gold/FORMAT.md")
    target = rec.get("target")
    if target is not None and (not isinstance(target, str) or not target.strip()):
        raise GoldFormatError(where, "field 'target' must be an actor code or null", "")
    cameo = rec["cameo"].strip()
    if not _CAMEO.match(cameo):
        raise GoldFormatError(where, f"cameo {cameo!r} is not a 3-4 digit CAMEO code", "")
    root = str(rec.get("root") or cameo[:2])
    if root != cameo[:2]:
        raise GoldFormatError(
            where, f"root {root!r} does not agree with cameo {cameo!r}", "fix one of them"
        )
    modality = rec.get("modality") or "asserted"
    if modality not in MODALITIES:
        raise GoldFormatError(
            where, f"modality {modality!r} is unknown", f"use one of {', '.join(MODALITIES)}"
        )
    date = rec.get("date")
    span: DateSpan | None = None
    if date is not None:
        if not isinstance(date, dict) or not (date.get("start") or date.get("end")):
            raise GoldFormatError(where, "field 'date' must be {start, end, precision} or null", "")
        span = DateSpan.from_record(date)
    notes = rec.get("notes") or []
    story = rec.get("story")
    if story is not None and not isinstance(story, (str, int)):
        raise GoldFormatError(where, "field 'story' must be a story id or null", "")
    sentence_no = rec.get("sentence_no")
    if sentence_no is not None and (
        isinstance(sentence_no, bool) or not isinstance(sentence_no, int) or sentence_no < 1
    ):
        raise GoldFormatError(
            where, "field 'sentence_no' must be a positive whole number or null", ""
        )
    return GoldEvent(
        id=rec["id"],
        sentence=rec["sentence"],
        source=rec["source"].strip(),
        target=target.strip() if target else None,
        cameo=cameo,
        root=root,
        modality=modality,
        date=span,
        trigger=rec.get("trigger") or "",
        source_text=rec.get("source_text"),
        target_text=rec.get("target_text"),
        symmetric=bool(rec.get("symmetric")),
        sentence_partial=bool(rec.get("sentence_partial")),
        quad=rec.get("quad"),
        tier=rec.get("tier") or "core",
        notes=tuple(n for n in notes if isinstance(n, int)),
        line=lineno,
        source_alt=_alternatives(rec, "source_alt", where),
        target_alt=_alternatives(rec, "target_alt", where),
        story=str(story) if story is not None else None,
        sentence_no=sentence_no,
    )


def _alternatives(rec: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    """A gold record's list of alternative actor codes (absent or null: none)."""
    value = rec.get(key)
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise GoldFormatError(
            where,
            f"field {key!r} must be a list of actor codes",
            'write e.g. ["PSEGOV"], or [] for none',
        )
    return tuple(v.strip() for v in value)


# ------------------------------------------------------------------ the rule


@lru_cache(maxsize=4096)
def normalise_sentence(text: str) -> str:
    """Sentence key for overlap: no footnote marks, escapes, quotes, case or spacing."""
    text = _DROP.sub("", text)
    text = unicodedata.normalize("NFKC", text)
    text = _DASHES.sub("-", text)
    return text.casefold()


@lru_cache(maxsize=65536)
def sentences_overlap(a: str, b: str) -> bool:
    """True when two sentences are (parts of) the same sentence, per FORMAT.md."""
    na, nb = normalise_sentence(a), normalise_sentence(b)
    if not na or not nb:
        return False
    short, long_ = (na, nb) if len(na) <= len(nb) else (nb, na)
    if len(short) >= MIN_CONTAINED and short in long_:
        return True
    if len(short) < LONG_OVERLAP:
        return na == nb
    match = SequenceMatcher(None, short, long_, autojunk=False).find_longest_match(
        0, len(short), 0, len(long_)
    )
    return match.size >= LONG_OVERLAP


@lru_cache(maxsize=1)
def _igo_tags() -> dict[str, str]:
    """Three-letter groups of PETRARCH IGO codes -> dyadline's organisation codes."""
    return {row["tag"].upper(): row["code"].upper() for row in read_tsv("igo_codes.tsv")}


def country_key(code: str | None) -> str | None:
    """The country part of a CAMEO actor code: its first three letters (``---`` = none).

    A PETRARCH organisation code ("IGOEUREEC", "IGOUNOMIL") stands for the
    organisation it names, in dyadline's code (``EUN``, ``UNO``; see
    ``codebooks/igo_codes.tsv``), so it agrees with dyadline's own coding.
    """
    if not code:
        return None
    full = code.strip().upper()
    if full.startswith("IGO") and len(full) > 3:
        tags = _igo_tags()
        rest = full[3:]
        groups = [rest[i : i + 3] for i in range(0, len(rest), 3)]
        for group in reversed(groups):
            if group in tags:
                return tags[group]
    key = full[:3]
    return None if not key or key == "---" else key


def _actor_code(actor: Any) -> str | None:
    if not actor:
        return None
    if isinstance(actor, str):
        return actor
    if isinstance(actor, dict):
        code = actor.get("code") or actor.get("country")
        return str(code) if code else None
    return None


def _system_root(rec: dict[str, Any]) -> str:
    return str(rec.get("cameo_root") or str(rec.get("cameo") or "")[:2])


def _bound(value: str | None, end: bool) -> str:
    """Pad a partial ISO date to a comparable bound; None is open."""
    if not value:
        return "9999-12-31" if end else "0000-01-01"
    parts = value.split("-")
    if len(parts) == 1:
        return f"{value}-12-31" if end else f"{value}-01-01"
    if len(parts) == 2:
        return f"{value}-31" if end else f"{value}-01"
    return value


def dates_agree(gold: DateSpan | None, system: dict[str, Any] | None) -> bool:
    """Intervals overlap; both null agree; one null and the other not disagree.

    A system date marked ``inferred`` (not read from the event's own words: the
    story's day for an undated news report, or a date carried over from an
    earlier sentence) agrees with a null gold date, since both say the text
    gives the event no time of its own; against a gold interval it must overlap
    like any other date.
    """
    if gold is None:
        return system is None or bool(system.get("inferred"))
    if system is None:
        return False
    s_start, s_end = system.get("start"), system.get("end")
    if not (s_start or s_end):
        return False
    start = max(_bound(gold.start, False), _bound(s_start, False))
    end = min(_bound(gold.end, True), _bound(s_end, True))
    return start <= end


def is_match(gold: GoldEvent, system: dict[str, Any]) -> bool:
    """The gold matching rule: sentences overlap, countries agree, roots agree."""
    source = country_key(_actor_code(system.get("source")))
    return (
        gold.root == _system_root(system)
        and any(country_key(code) == source for code in gold.sources)
        and any(_target_agrees(code, _actor_code(system.get("target"))) for code in gold.targets)
        and sentences_overlap(gold.sentence, str(system.get("sentence") or ""))
    )


def _target_agrees(gold: str | None, system: str | None) -> bool:
    if gold is None or system is None:
        return gold is None and system is None
    return country_key(gold) == country_key(system)


# -------------------------------------------------------------------- scores


@dataclass(frozen=True, slots=True)
class Match:
    gold: GoldEvent
    system: dict[str, Any]

    @property
    def code(self) -> bool:
        return self.gold.cameo == self.system.get("cameo")

    @property
    def sector(self) -> bool:
        """Full actor codes agree, against the main code or an alternative."""
        return _actor_code(self.system.get("source")) in self.gold.sources and (
            _actor_code(self.system.get("target")) in self.gold.targets
        )

    @property
    def date(self) -> bool:
        return dates_agree(self.gold.date, self.system.get("date"))

    @property
    def modality(self) -> bool:
        return self.gold.modality == (self.system.get("modality") or "asserted")


AGREEMENTS: tuple[str, ...] = ("code", "sector", "date", "modality")


@dataclass(slots=True)
class Scores:
    """What ``score`` finds: counts, P/R/F1, agreements, misses and false alarms."""

    n_gold: int
    n_system: int  # system events that count for precision
    matches: list[Match] = field(default_factory=list)
    misses: list[GoldEvent] = field(default_factory=list)
    false_alarms: list[dict[str, Any]] = field(default_factory=list)
    twins: list[dict[str, Any]] = field(default_factory=list)  # ignored visit twins
    outside: int = 0  # system events left out because partial=True and no gold sentence
    partial: bool = False

    @property
    def precision(self) -> float:
        return len(self.matches) / self.n_system if self.n_system else 0.0

    @property
    def recall(self) -> float:
        return len(self.matches) / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def agreement(self, name: str) -> float:
        """Share of the matches that agree on ``code``, ``sector``, ``date`` or ``modality``."""
        if name not in AGREEMENTS:
            raise ValueError(f"unknown agreement {name!r}; use one of {AGREEMENTS}")
        if not self.matches:
            return 0.0
        return sum(bool(getattr(m, name)) for m in self.matches) / len(self.matches)

    def to_dict(self) -> dict[str, Any]:
        return {
            "partial": self.partial,
            "gold": self.n_gold,
            "system": self.n_system,
            "matched": len(self.matches),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "agreement": {
                name: {
                    "agree": sum(bool(getattr(m, name)) for m in self.matches),
                    "share": round(self.agreement(name), 4),
                }
                for name in AGREEMENTS
            },
            "twins_ignored": len(self.twins),
            "outside_gold_sentences": self.outside,
            "matches": [
                {
                    "gold": m.gold.id,
                    "event_id": m.system.get("event_id"),
                    "gold_cameo": m.gold.cameo,
                    "cameo": m.system.get("cameo"),
                    **{name: bool(getattr(m, name)) for name in AGREEMENTS},
                }
                for m in self.matches
            ],
            "misses": [g.to_record() for g in self.misses],
            "false_alarms": [_system_summary(s) for s in self.false_alarms],
        }


def _system_summary(rec: dict[str, Any]) -> dict[str, Any]:
    return {
        "event_id": rec.get("event_id"),
        "sentence": rec.get("sentence"),
        "trigger": rec.get("trigger"),
        "source": _actor_code(rec.get("source")),
        "target": _actor_code(rec.get("target")),
        "cameo": rec.get("cameo"),
        "modality": rec.get("modality"),
        "date": rec.get("date"),
    }


def score(
    gold: Sequence[GoldEvent], system: Sequence[dict[str, Any]], *, partial: bool = False
) -> Scores:
    """Match system export records against gold events (FORMAT.md's rule).

    ``partial=True`` counts for precision only the system events whose sentence
    overlaps a gold sentence (for a gold file that codes a sample of sentences).
    """
    pairs: list[tuple[tuple[int, int, int], int, int]] = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if is_match(g, s):
                m = Match(g, s)
                pairs.append(((-int(m.code), -int(m.sector), -int(m.date)), gi, si))
    pairs.sort()
    gold_used: dict[int, int] = {}
    sys_used: set[int] = set()
    for _, gi, si in pairs:
        if gi in gold_used or si in sys_used:
            continue
        gold_used[gi] = si
        sys_used.add(si)
    matches = [Match(gold[gi], system[si]) for gi, si in sorted(gold_used.items())]
    twins = _visit_twins(system, sys_used)
    gold_sentences = {g.sentence for g in gold}
    counted: list[dict[str, Any]] = []
    outside = 0
    for si, s in enumerate(system):
        if si in sys_used or si in twins:
            continue
        if partial and not any(
            sentences_overlap(gs, str(s.get("sentence") or "")) for gs in gold_sentences
        ):
            outside += 1
            continue
        counted.append(s)
    return Scores(
        n_gold=len(gold),
        n_system=len(matches) + len(counted),
        matches=matches,
        misses=[g for gi, g in enumerate(gold) if gi not in gold_used],
        false_alarms=counted,
        twins=[system[si] for si in sorted(twins)],
        outside=outside,
        partial=partial,
    )


def _visit_twins(system: Sequence[dict[str, Any]], matched: set[int]) -> set[int]:
    """Unmatched system events that are the 042/043 twin of a matched visit."""
    twins: set[int] = set()
    for mi in sorted(matched):
        m = system[mi]
        code = m.get("cameo")
        if code not in VISIT_CODES:
            continue
        other = next(iter(VISIT_CODES - {code}))
        m_src = country_key(_actor_code(m.get("source")))
        m_tgt = country_key(_actor_code(m.get("target")))
        for si, s in enumerate(system):
            if si in matched or si in twins or s.get("cameo") != other:
                continue
            if (
                country_key(_actor_code(s.get("source"))) == m_tgt
                and country_key(_actor_code(s.get("target"))) == m_src
                and sentences_overlap(str(m.get("sentence") or ""), str(s.get("sentence") or ""))
            ):
                twins.add(si)
                break
    return twins


# -------------------------------------------------------------- system events


def system_events_for(
    paths: Iterable[str | Path], nlp: Language, fields: CorpusFields | None = None
) -> list[dict[str, Any]]:
    """Export records of the events ``nlp`` codes in each document, in order; a corpus
    file (JSONL, CSV) gives one document per row (``fields`` names its fields). A file
    or row that cannot be read raises its ``DyadlineError``: a score needs every text."""
    from dyadline.annotate import annotate
    from dyadline.ingest import iter_file
    from dyadline.read import read_document
    from dyadline.read.corpus import is_corpus

    out: list[dict[str, Any]] = []
    for path in paths:
        documents = iter_file(Path(path), fields) if is_corpus(path) else [read_document(path)]
        for document in documents:
            if isinstance(document, DyadlineError):
                raise document
            annotated = annotate(document, nlp)
            out.extend(ev.to_record() for ev in annotated.events)
    return out


def store_events(path: str | Path) -> list[dict[str, Any]]:
    """Export records of every event in a dyadline store."""
    from dyadline.store import Store

    with Store(path, create=False) as store:
        return store.events(order="document")


def load_system_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Export records from a ``dyadline export --format jsonl`` file."""
    p = Path(path)
    try:
        lines = p.read_text("utf-8").splitlines()
    except OSError as exc:
        raise DyadlineError(
            str(p), f"cannot read events file ({exc.strerror})", "check the path"
        ) from exc
    except UnicodeDecodeError as exc:
        raise DyadlineError(
            str(p), "events file is not UTF-8 text", "give a dyadline export --format jsonl file"
        ) from exc
    out: list[dict[str, Any]] = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(
                f"{p}:{lineno}",
                f"not valid JSON ({exc.msg})",
                "give a dyadline export --format jsonl file",
            ) from exc
        if not isinstance(rec, dict) or "cameo" not in rec or "source" not in rec:
            raise GoldFormatError(
                f"{p}:{lineno}",
                "not an event record (needs cameo, source, target, sentence)",
                "use the output of dyadline export --format jsonl",
            )
        out.append(rec)
    return out
