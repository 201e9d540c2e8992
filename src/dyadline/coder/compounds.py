"""A name that only ends a longer proper name is not that actor.

Reads: a parsed spaCy ``Doc`` (tags and dependencies), one alias match of the actor
tagger (``dyadline.coder.actors.ActorTagger``) with its codebook entries, the
countries of the other matches of the sentence, and the place lookup of
``dyadline.coder.actor_codebook.country_of_place``. Adds nothing to the Doc: the
tagger drops the match when ``foreign_compound`` says so.

"Congress" is the US Congress, but "the World Uyghur Congress" is not, nor is "the
Kenya Teachers Congress"; "Washington" is the US government, "George Washington" is
not; "Hezbollah" is Lebanon's, "Kataib Hezbollah" is another group. The general
rule: a match of an organisation, a capital or a group whose words end a run of
capitalised words (``compound`` modifiers of the match in the parse) is another
actor when a modifier is a word the codebooks do not know ("World", "George",
"Kataib"), or names an actor or a place of another country ("the Uyghur Congress",
"the Russian Security Council"). A modifier naming the actor's own country keeps it
("the U.S. Congress", "the Afghan Taliban", "Gaza's Hamas"). A state's name is kept
but where the whole run is a place of another country ("New Mexico" is in the United
States, not Mexico); "Nazi Germany" or "Mainland China" stay the state. People are
not judged here: a first name the codebook lacks is often the same person.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span, Token

from dyadline.coder.actor_codebook import Entry, country_of_place

__all__ = ["foreign_compound"]

#: kinds of names a longer proper name can hide (not people, peoples or adjectives)
HEADED = frozenset({"org", "capital", "group"})
#: dependency labels joining a modifier to the name it is part of
MODIFIERS = frozenset({"compound", "amod", "nmod"})


def _modifiers(span: Span) -> list[Token]:
    """The capitalised words before ``span`` that modify it as part of one proper name,
    nearest first; empty where the name goes on after the match ("Congress Party")."""
    doc = span.doc
    if span.end < len(doc):
        after = doc[span.end]
        if after.pos_ == "PROPN" and after.text[:1].isupper() and after.dep_ == "compound":
            return []  # the match is not the last word of the name
    inside = set(range(span.start, span.end))
    out: list[Token] = []
    i = span.start - 1
    while i >= 0:
        t = doc[i]
        if not t.text[:1].isupper() or t.dep_ not in MODIFIERS or t.head.i not in inside:
            break
        out.append(t)
        inside.add(t.i)
        i -= 1
    return out


def foreign_compound(
    span: Span, entries: tuple[Entry, ...], covered: Mapping[int, frozenset[str]]
) -> bool:
    """Is the match ``span`` (of ``entries``) the last word(s) of a longer proper name of
    another actor? ``covered`` maps the token indices of the sentence's other matches to
    the countries they may denote."""
    kind = entries[0].kind
    if kind not in HEADED and kind != "state":
        return False
    mods = _modifiers(span)
    if not mods:
        return False
    own = {e.country for e in entries}
    if kind == "state":
        words = span.doc[mods[-1].i : span.end].text
        place = country_of_place(words)
        return place is not None and place not in own
    for t in mods:
        countries = covered.get(t.i)
        if countries is not None:
            if not countries & own:
                return True  # "the Uyghur Congress", "the Russian Security Council"
            continue
        place = country_of_place(t.text) if t.pos_ == "PROPN" else None
        if place is not None:
            if place not in own:
                return True
            continue
        if t.pos_ != "PROPN":
            continue  # a capitalised common word: "Rebel Taliban" at a sentence start
        if t.is_sent_start and len(mods) == 1:
            continue  # one capitalised word opening the sentence may be a common word
        return True  # a word the codebooks do not know: "World", "George", "Kataib"
    return False
