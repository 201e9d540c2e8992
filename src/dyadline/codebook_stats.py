"""Coverage of the CAMEO codebook by the event patterns: which words trigger each code.

Reads: the CAMEO table (``codebooks/cameo.tsv``) and the event patterns the
coder would load (the packaged ``verbs*.tsv`` and any user pattern files,
PETRARCH-2 verb dictionaries included). Adds: one ``CodeCoverage`` per CAMEO
code (3- and 4-digit; the twenty roots only group them) with the verb and
noun triggers coded to it, and the codes with none, for ``dyadline codebook
stats``. A "mirror" row (its code only a placeholder) counts for no code. A
code the coder reaches only by turning another act into an intent, threat,
refusal or stop (``codebooks/intent.tsv``: "wants to attack" -> 138) is marked
``derived``; it has no trigger of its own.

Hand-written: a tally over the pattern index; no library fits.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

from dyadline.cameo import all_codes
from dyadline.codebook import read_tsv, read_user_tsv_numbered
from dyadline.coder.patterns import Pattern, packaged_patterns, parse_numbered


@dataclass(frozen=True, slots=True)
class CodeCoverage:
    """The triggers of one CAMEO code."""

    code: str
    label: str
    root: str
    origin: str  # "1.1b3" or "GDELT2"
    verbs: tuple[str, ...]
    nouns: tuple[str, ...]
    rows: int  # pattern rows coded to it (a trigger may have several)
    derived: bool = False  # reached through intent.tsv from another act's code

    @property
    def covered(self) -> bool:
        return bool(self.verbs or self.nouns)


def _trigger(p: Pattern) -> str:
    return f"{p.trigger} {p.particle}" if p.particle else p.trigger


def derived_codes() -> frozenset[str]:
    """Codes ``intent.tsv`` turns acts into (its rows other than governors and cue words)."""
    cue_kinds = {"kind", "governor", "requester", "obligation"}
    return frozenset(row["value"] for row in read_tsv("intent.tsv") if row["kind"] not in cue_kinds)


def coverage(patterns: Iterable[Pattern]) -> list[CodeCoverage]:
    """One entry per 3- and 4-digit CAMEO code, in codebook order."""
    derived = derived_codes()
    verbs: dict[str, set[str]] = {}
    nouns: dict[str, set[str]] = {}
    rows: dict[str, int] = {}
    for p in patterns:
        if p.mirror:
            continue
        (verbs if p.pos == "V" else nouns).setdefault(p.cameo, set()).add(_trigger(p))
        rows[p.cameo] = rows.get(p.cameo, 0) + 1
    return [
        CodeCoverage(
            code=c.code,
            label=c.label,
            root=c.root,
            origin=c.origin,
            verbs=tuple(sorted(verbs.get(c.code, ()))),
            nouns=tuple(sorted(nouns.get(c.code, ()))),
            rows=rows.get(c.code, 0),
            derived=c.code in derived,
        )
        for c in all_codes()
        if not c.is_root
    ]


def loaded_coverage(user_files: Sequence[str] = ()) -> list[CodeCoverage]:
    """Coverage of the patterns the coder loads with these user pattern files (each
    validated as the coder validates it)."""
    patterns = list(packaged_patterns())
    for path in user_files:
        patterns = parse_numbered(read_user_tsv_numbered(path), str(path)) + patterns
    return coverage(patterns)


def summary(entries: Sequence[CodeCoverage]) -> dict[str, int]:
    """Counts: codes, codes covered, codes with none, and the same for CAMEO 1.1b3 alone."""
    core = [e for e in entries if e.origin == "1.1b3"]
    return {
        "codes": len(entries),
        "covered": sum(e.covered for e in entries),
        "none": sum(not e.covered for e in entries),
        "none_but_derived": sum(not e.covered and e.derived for e in entries),
        "cameo_1_1b3": len(core),
        "cameo_1_1b3_covered": sum(e.covered for e in core),
        "verb_triggers": sum(len(e.verbs) for e in entries),
        "noun_triggers": sum(len(e.nouns) for e in entries),
    }


def _words(items: tuple[str, ...], width: int) -> str:
    text = ", ".join(items) if items else "-"
    return text if len(text) <= width else text[: width - 1] + "…"


def format_text(
    entries: Sequence[CodeCoverage], *, missing_only: bool = False, width: int = 60
) -> str:
    """The coverage table for a terminal, then the codes with no trigger."""
    shown = [e for e in entries if not (missing_only and e.covered)]
    lines = [f"{'code':<5} {'V':>3} {'N':>3}  {'label':<40}  verbs | nouns"]
    for e in shown:
        mark = " (derived)" if e.derived else ""
        lines.append(
            f"{e.code:<5} {len(e.verbs):>3} {len(e.nouns):>3}  {e.label[:40]:<40}  "
            f"{_words(e.verbs, width)} | {_words(e.nouns, width)}{mark}"
        )
    s = summary(entries)
    none = [e.code for e in entries if not e.covered]
    lines.append("")
    lines.append(
        f"{s['covered']}/{s['codes']} codes have a trigger "
        f"(CAMEO 1.1b3: {s['cameo_1_1b3_covered']}/{s['cameo_1_1b3']}); "
        f"{s['verb_triggers']} verb and {s['noun_triggers']} noun triggers"
    )
    lines.append(
        f"codes with none ({len(none)}, {s['none_but_derived']} of them derived through "
        f"intent.tsv): {' '.join(none) if none else '-'}"
    )
    return "\n".join(lines)


def format_tsv(entries: Sequence[CodeCoverage]) -> str:
    """One row per code: code, label, origin, verbs, nouns (``|``-separated), rows, derived."""
    lines = ["code\tlabel\torigin\tverbs\tnouns\trows\tderived"]
    for e in entries:
        lines.append(
            f"{e.code}\t{e.label}\t{e.origin}\t{'|'.join(e.verbs) or '-'}\t"
            f"{'|'.join(e.nouns) or '-'}\t{e.rows}\t{'yes' if e.derived else 'no'}"
        )
    return "\n".join(lines)


def format_json(entries: Sequence[CodeCoverage]) -> str:
    return json.dumps(
        {"summary": summary(entries), "codes": [asdict(e) for e in entries]},
        ensure_ascii=False,
        indent=2,
    )
