"""Acts told as the outcome of a protest: "held rallies against X, resulting in arrests".

Reads: a noun trigger and its parse; the word lists ``result_verb`` and
``outcome_of_protest`` of ``codebooks/argument_words.tsv``. Adds nothing to the Doc:
``protest_cause`` finds the protest an act of coercion resulted from, and
``outcome_pairs`` makes the (state, protesters) dyads of that coercion from the
protest's own events, which ``dyadline.coder.coding`` codes with the same patterns.

An arrest, a detention or a crackdown that a protest "resulted in", "led to" or
"ended in" names neither who arrested nor whom: the protesters are arrested, by the
government their protest aimed at when it is their own state's, else by their own
state ("some Peruvians marched against the Peruvian government, leading to dozens
of arrests" -> PERGOV -> PERCVL). Only the protest's doers are read, never a
protester's own act as the arrest (the protesters arrest no one).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from dyadline.coder.patterns import argument_words
from dyadline.model import Actor

__all__ = ["outcome_pairs", "protest_cause", "result_verbs"]

#: CAMEO root of protest: the acts whose outcome is read
PROTEST_ROOT = "14"
#: sectors of a state's own forces of order (the protest's target may be one)
STATE_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "SPY"})


@cache
def _words(kind: str) -> frozenset[str]:
    return frozenset(w for w in argument_words(kind) if w)


def result_verbs() -> frozenset[str]:
    """Verbs of result whose "in" / "to" phrase names an outcome ("resulting in")."""
    return _words("result_verb")


def _counted(noun: Token) -> Token:
    """The noun a quantity counts the act by ("dozens of arrests" -> "dozens")."""
    cur = noun
    for _ in range(2):
        prep = cur.head
        if cur.dep_ == "pobj" and prep.lower_ == "of" and prep.head is not prep:
            holder = prep.head
            if holder.lower_ in _words("count_noun") or holder.pos_ == "NUM":
                cur = holder
                continue
        break
    return cur


def protest_cause(noun: Token, cameo: str) -> list[Token]:
    """The tokens that may trigger the protest an act of coercion (``outcome_of_protest``
    roots) resulted from: the subject of "led to" ("the protests led to arrests"), or
    the clause a participle of result hangs on and its object ("held rallies ...,
    resulting in arrests"); [] when the noun is not the outcome of a verb of result."""
    if cameo[:2] not in _words("outcome_of_protest"):
        return []
    held = _counted(noun)
    prep = held.head
    if held.dep_ != "pobj" or prep.lower_ not in ("in", "to") or prep.head is prep:
        return []
    verb = prep.head
    if verb.pos_ != "VERB" or str(verb.lemma_).lower() not in result_verbs():
        return []
    out: list[Token] = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        # "X held rallies, resulting in ...": the clause above and its objects
        head = verb.head
        out += [head, *(c for c in head.children if c.dep_ in ("dobj", "nsubj"))]
    return out


def outcome_pairs(protests: list[tuple[Actor, Actor | None]]) -> list[tuple[Actor, Actor]]:
    """(state, protesters) pairs of the coercion that followed protests (their
    (source, target) dyads): the protest's target when it is a state organ of the
    protesters' own country, else their own state."""
    out: list[tuple[Actor, Actor]] = []
    for protesters, aimed in protests:
        if not protesters.country:
            continue
        if (
            aimed is not None
            and aimed.country == protesters.country
            and aimed.sector in STATE_SECTORS
        ):
            state = aimed
        else:
            country = protesters.country
            state = Actor(country + "GOV", country, "GOV", "", None)
        if state.code != protesters.code and (state, protesters) not in out:
            out.append((state, protesters))
    return out
