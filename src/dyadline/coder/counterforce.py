"""The state's forces behind a fight against an armed group at home, unnamed.

Reads: an act noun, the code its pattern gave and the targets the general argument
rules found for it; the word lists of ``codebooks/nominal.tsv`` (block ``material45``:
``counter_root``, ``counter_sector``, ``counter_prep``) and the armed sectors of
``codebooks/domestic.tsv``. Adds nothing; ``dyadline.arguments`` asks
``state_forces`` for the source of a nominal act that names no doer.

"The fight against the insurgents has displaced thousands": an armed campaign aimed
at a non-state armed group of one country, with no doer named (no possessive, compound
or "by" phrase), is that state's own forces' fight, as a careful coder codes it
(XXXMIL against XXXINS); "the battle with the militants", a mutual fight, is each
side's on the other.

Hand-written: a coding convention, not anything a library provides.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadline.coder import patterns as pat
from dyadline.coder.nominal import nominal_words
from dyadline.model import Actor

__all__ = ["state_forces"]


def state_forces(
    noun: Token, cameo: str, targets: list[Actor], armed: frozenset[str]
) -> list[Actor]:
    """The forces of the state whose armed groups ``targets`` are, as the source of the
    act noun ``noun`` of ``cameo`` aimed at them; empty where the convention does not
    apply (another root, a doer word before the noun, targets of several states or
    not all armed groups, no phrase of aim naming them)."""
    if cameo[:2] not in nominal_words("counter_root") or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    if not targets or any(t.sector not in armed or t.country is None for t in targets):
        return []
    countries = {t.country for t in targets}
    if len(countries) != 1:
        return []
    if any(c.dep_ in ("poss", "compound", "nmod") for c in noun.children):
        return []  # "the coalition's fight", "the NATO campaign": a doer word unresolved
    if not pat.prep_objects(noun, set(nominal_words("counter_prep"))):
        return []
    country = next(iter(countries))
    assert country is not None
    return [
        Actor(country + sector, country, sector, "", None)
        for sector in sorted(w.upper() for w in nominal_words("counter_sector"))
    ]
