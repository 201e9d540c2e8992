"""Unconventional violence: the code a non-state armed group's violence takes.

Reads: the trigger token, the code its pattern gave, and an event's source and target
actors; ``codebooks/unconventional.tsv`` (which codes, triggers and victims) and the
armed sectors of ``codebooks/domestic.tsv``. Adds nothing; ``dyadline.coder.coding``
asks ``unconventional_code`` per dyad ("militants killed five villagers": 1823, not
190; "the army killed 30 militants" keeps 190).

Hand-written: which violence CAMEO counts as unconventional is a convention of its
coders, and the table is data.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from dyadline.codebook import read_tsv
from dyadline.coder.arguments import armed_sectors
from dyadline.coder.patterns import argument_words
from dyadline.model import Actor

__all__ = ["claimed_act", "unconventional_code"]

# sectors of a state's armed forces (an armed group's are in domestic.tsv)
_STATE_FORCES = frozenset({"MIL", "COP", "SPY"})


@dataclass(frozen=True, slots=True)
class _Rule:
    code: str
    triggers: frozenset[str]
    unarmed_only: bool
    as_code: str


@cache
def _rules() -> tuple[_Rule, ...]:
    return tuple(
        _Rule(
            row["code"],
            frozenset(w.strip().lower() for w in row["triggers"].split("|")),
            row["victims"] == "unarmed",
            row["as"],
        )
        for row in read_tsv("unconventional.tsv")
    )


def _armed(actor: Actor | None) -> bool:
    """Is the target an armed force (a state's forces, an armed group, a state named
    alone)? Unknown or civilian targets are not."""
    if actor is None:
        return False
    if actor.sector is None:
        return bool(actor.country)
    return actor.sector in _STATE_FORCES or actor.sector in armed_sectors()


def unconventional_code(cameo: str, tok: Token, source: Actor, target: Actor | None) -> str:
    """The code of the act ``tok`` triggers with ``cameo``, as done by ``source`` to
    ``target``: a rule's code for a non-state armed source, else ``cameo``."""
    if source.sector not in armed_sectors():
        return cameo
    lemma = str(tok.lemma_).lower()
    for rule in _rules():
        if rule.code != cameo or (lemma not in rule.triggers and tok.lower_ not in rule.triggers):
            continue
        if rule.unarmed_only and _armed(target):
            continue
        return rule.as_code
    return cameo


def claimed_act(tok: Token) -> bool:
    """Is the act noun ``tok`` the act a claim of responsibility names ("claimed
    responsibility for the attack", "took credit for the bombings";
    ``argument_words`` ``claimed_act_head``)? The claim (015) is the event; the act
    it names is one told elsewhere, not a new one, unless the noun's "of" phrase tells
    whom it was done to ("claimed responsibility for the kidnapping of 300 schoolgirls":
    the act is told with its victims, and is the claimant's)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False
    return tok.head.head.lemma_.lower() in argument_words("claimed_act_head")
