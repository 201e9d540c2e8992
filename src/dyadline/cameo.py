"""The CAMEO event code table: labels, quad classes, Goldstein weights, PLOVER.

Reads ``codebooks/cameo.tsv`` (every CAMEO 1.1b3 code, the two-digit roots
included, plus the five codes GDELT 2.0 added) once, checks it, and answers
questions about a code. Adds nothing to documents itself: the event coder
and the exports call :func:`cameo_info` and :func:`plover` to fill an event's
``cameo_label``, ``quad_class``, ``goldstein`` and ``plover`` fields.

Codes are text with their leading zero (``"042"``, not ``42``): ``"10"`` is
the root DEMAND and ``"010"`` a public statement, so a number cannot say
which is meant.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dyadline.codebook import read_tsv
from dyadline.errors import CodebookError

TABLE = "cameo.tsv"

#: Event types a row may name: the sixteen of PLOVER/POLECAT, and OTHER for
#: CAMEO acts PLOVER leaves out (public statements, root 01).
PLOVER_EVENTS = frozenset(
    {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
        "OTHER",
    }
)
ORIGINS = frozenset({"1.1b3", "GDELT2"})


@dataclass(frozen=True)
class CameoCode:
    """One row of the CAMEO table."""

    code: str
    label: str
    root: str
    quad_class: int
    goldstein: float
    plover_event: str
    plover_mode: str | None
    origin: str = "1.1b3"

    @property
    def is_root(self) -> bool:
        """True for the twenty two-digit root categories ("01" .. "20")."""
        return len(self.code) == 2


def quad_for_root(root: str) -> int:
    """The quad class CAMEO roots fall into: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4."""
    r = int(root)
    if not 1 <= r <= 20:
        raise ValueError(f"CAMEO roots run from 01 to 20, not {root!r}")
    if r <= 5:
        return 1
    if r <= 8:
        return 2
    return 3 if r <= 13 else 4


def _bad(row: dict[str, str], problem: str) -> CodebookError:
    return CodebookError(
        f"{TABLE} (code {row.get('code', '?')!r})", problem, "fix the row in the codebook"
    )


def build_table(rows: tuple[dict[str, str], ...] | list[dict[str, str]]) -> dict[str, CameoCode]:
    """Check codebook rows and turn them into ``{code: CameoCode}`` in file order."""
    table: dict[str, CameoCode] = {}
    for row in rows:
        code = row["code"]
        if not (code.isdigit() and 2 <= len(code) <= 4):
            raise _bad(row, "a code is two to four digits")
        if code in table:
            raise _bad(row, "the code appears twice")
        if row["root"] != code[:2]:
            raise _bad(row, f"root {row['root']!r} is not the code's first two digits")
        try:
            quad = int(row["quad_class"])
            weight = float(row["goldstein"])
            expected_quad = quad_for_root(code[:2])
        except ValueError as exc:
            raise _bad(row, f"unreadable number ({exc})") from exc
        if quad != expected_quad:
            raise _bad(row, f"quad class {quad} does not match root {code[:2]} ({expected_quad})")
        if not -10.0 <= weight <= 10.0:
            raise _bad(row, f"Goldstein weight {weight} is outside -10..10")
        if row["plover_event"] not in PLOVER_EVENTS:
            raise _bad(row, f"{row['plover_event']!r} is not a PLOVER event type")
        if row["origin"] not in ORIGINS:
            raise _bad(row, f"origin {row['origin']!r} is not one of {sorted(ORIGINS)}")
        if not row["label"]:
            raise _bad(row, "the label is empty")
        table[code] = CameoCode(
            code=code,
            label=row["label"],
            root=code[:2],
            quad_class=quad,
            goldstein=weight,
            plover_event=row["plover_event"],
            plover_mode=row["plover_mode"] or None,
            origin=row["origin"],
        )
    for entry in table.values():
        if entry.root not in table:
            raise CodebookError(
                f"{TABLE} (code {entry.code!r})",
                f"its root {entry.root} has no row",
                "add the root category",
            )
        if len(entry.code) == 4 and entry.code[:3] not in table:
            raise CodebookError(
                f"{TABLE} (code {entry.code!r})",
                f"its parent {entry.code[:3]} has no row",
                "add the three-digit code",
            )
    return table


@cache
def _table() -> dict[str, CameoCode]:
    return build_table(read_tsv(TABLE))


def _clean(code: object) -> str:
    return code.strip() if isinstance(code, str) else ""


def is_cameo(code: str) -> bool:
    """True if ``code`` is in the table (CAMEO 1.1b3 or one of GDELT 2.0's additions)."""
    return _clean(code) in _table()


def cameo_info(code: str) -> CameoCode:
    """The table row for ``code``; raises CodebookError for an unknown code."""
    entry = _table().get(_clean(code))
    if entry is None:
        hint = "give the code as text with its leading zero, e.g. '042' for a visit"
        if isinstance(code, str) and code.strip().isdigit() and is_cameo("0" + code.strip()):
            hint = f"did you mean '0{code.strip()}'? CAMEO codes keep their leading zero"
        raise CodebookError(f"CAMEO code {code!r}", "not a CAMEO 1.1b3 code", hint)
    return entry


def all_codes() -> list[CameoCode]:
    """Every code in the table, roots included, in codebook order."""
    return list(_table().values())


def quad_class(code: str) -> int:
    """Quad class of a code: 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material."""
    return cameo_info(code).quad_class


def goldstein(code: str) -> float:
    """Goldstein weight of a code (-10 most conflictual .. +10 most cooperative)."""
    return cameo_info(code).goldstein


def root_label(root: str) -> str:
    """Label of a root category: ``root_label("04") == "Consult"``; a full code gives its root's."""
    text = _clean(root)
    if len(text) == 1 and text.isdigit():
        text = "0" + text
    if len(text) > 2:
        text = cameo_info(text).root
    return cameo_info(text).label


def plover(code: str) -> dict[str, str | None]:
    """The PLOVER event and mode of a code, as the export record's ``plover`` field."""
    entry = cameo_info(code)
    return {"event": entry.plover_event, "mode": entry.plover_mode}
