"""Event patterns: loads ``codebooks/verbs.tsv`` into an index by trigger lemma.

Reads: the packaged pattern file (``verbs.tsv``, the CAMEO verb and noun
dictionary) and optional user pattern files in the same format, plus
``intent.tsv`` (which governing verbs turn an act into an intent, threat or
plot, and the CAMEO code each root becomes). Adds nothing to
documents; ``dyadline.coder.coding`` asks this index which patterns a token could
trigger and whether a pattern's requirements hold. The index is a dict keyed
by (part of speech, lemma), so the work per token does not grow with the
number of patterns.

The pattern language is our own (CAMEO dictionaries such as PETRARCH's are
written for a constituency parse of news ledes); it is documented at the top of
the TSV file.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path

from spacy.tokens import Token

from dyadline.codebook import read_tsv, read_tsv_numbered, read_user_tsv_numbered
from dyadline.coder import clauses, memo
from dyadline.coder.actors import actors_for
from dyadline.errors import CodebookError


@dataclass(frozen=True, slots=True)
class Requirement:
    kind: str  # obj | prep | mod | xcomp
    prep: str | None
    lemmas: frozenset[str] | None  # None: anything


@dataclass(frozen=True, slots=True)
class Pattern:
    trigger: str
    particle: str | None
    pos: str  # "V" or "N"
    requires: tuple[Requirement, ...]
    targets: tuple[str, ...]
    cameo: str
    symmetric: bool
    target_optional: bool
    reported: bool = False
    loc_target: bool = False  # no target actor: the country of the event's place
    inverse: bool = False  # "received X from Y": the target spec gives the source
    mutual: bool = False  # "held talks with": coded in both directions
    argument: bool = False  # a state noun ("cooperation") counts only as a clause argument
    mirror: bool = False  # "... and Y reciprocated": the previous act of the sentence, returned
    defend: bool = False  # "repulsed the incursions": the attacked side repels the attacker
    owned: bool = False  # a relation noun counts only as an actor's own act a verb acts on
    bare: bool = False  # only when the open complement codes no act ("agreed to work together")

    @property
    def specificity(self) -> tuple[int, int]:
        """More requirements first (a particle counts as one: "hit out at" before
        "hit"); then those naming their words ("call for talks") before those that
        take any ("call for X")."""
        named = sum(r.lemmas is not None for r in self.requires)
        return len(self.requires) + (self.particle is not None), named


def _lemmas(spec: str, origin: str = "") -> frozenset[str] | None:
    """The words of a requirement: "a|b", "-" for any, or "@list" for a word list of
    ``argument_words.tsv`` ("pred=@pejorative")."""
    if spec in ("-", ""):
        return None
    if spec.startswith("@"):
        words = argument_words(spec[1:])
        if not words:
            raise CodebookError(
                origin, f"unknown word list {spec!r}", "name a kind of argument_words.tsv"
            )
        return words
    return frozenset(s.strip().lower() for s in spec.split("|"))


def _requirement(spec: str, origin: str) -> Requirement:
    key, _, value = spec.partition("=")
    if key.startswith("prep:"):
        return Requirement("prep", key[5:], _lemmas(value, origin))
    if key in ("obj", "mod", "xcomp", "sub", "cmod", "pred", "cpred", "subj"):
        return Requirement(key, None, _lemmas(value, origin))
    if key in (
        "noobj",
        "noxcomp",
        "nopred",
        "objactor",
        "objperson",
        "objplace",
        "subjenvoy",
        "subjstate",
        "subjactor",
        "passive",
        "ahead",
        "stated",
        "happened",
        "negated",
    ):
        return Requirement(key, None, None)
    if key.startswith("org:") and not value:
        return Requirement("org", key[4:], None)
    raise CodebookError(
        origin,
        f"unknown requirement {spec!r}",
        "use obj=, prep:X=, mod=, xcomp=, sub=, cmod=, pred=, cpred=, subj=, noobj, noxcomp, "
        "nopred, objactor, objperson, objplace, subjenvoy, subjstate, subjactor, passive, ahead, "
        "negated, "
        "stated, happened or org:X",
    )


def _targets(spec: str) -> tuple[str, ...]:
    """Split "prep:to|with,obj" / "prep:to|pobj-of-obj:to" into target sources."""
    if spec in ("-", ""):
        return ()
    out: list[str] = []
    for part in spec.replace(",", "|").split("|"):
        part = part.strip()
        if ":" in part or TARGET_KINDS.get(part) is False:
            out.append(part)
        elif out and ":" in out[-1]:
            kind = out[-1].split(":", 1)[0]
            out.append(f"{kind}:{part}")
        else:
            out.append(part)
    return tuple(out)


_FLAG_NAMES = {"symmetric": "sym", "target_optional": "notarget", "loc_target": "loc"}
_FLAG_NAMES["argument"] = "arg"
FLAGS = frozenset(
    _FLAG_NAMES.get(f.name, f.name) for f in fields(Pattern) if f.type in ("bool", bool)
)
"""The flags a pattern row may carry: one per yes/no field of ``Pattern`` (the pattern
files' headers document each), so a new flag is one new field."""

TARGET_KINDS = {
    "obj": False,
    "prep": True,
    "pobj-of-obj": True,
    "between": False,
    "xobj": False,
    "dative": False,
    "poss": False,
    "csubj": False,
    "tree": False,
    "subj": False,
    "doer": False,
    "pred": True,
    "answered": True,
    "parties": False,
}
"""The documented target kinds; True: the kind names a preposition (``prep:to``)."""

PatternKey = tuple[str, str, frozenset[Requirement]]


def _where(origin: str, line: int) -> str:
    return f"{origin}:{line}" if line else origin


def _check_flags(spec: str, where: str) -> set[str]:
    flags = {f.strip() for f in spec.split(",") if f.strip()} if spec not in ("-", "") else set()
    unknown = sorted(flags - FLAGS)
    if unknown:
        raise CodebookError(
            where,
            f"unknown flag {unknown[0]!r}",
            f"use {', '.join(sorted(FLAGS))} (comma-separated) or -",
        )
    return flags


def _check_targets(spec: str, targets: tuple[str, ...], where: str) -> None:
    """Every target source must be a documented kind; a flag in the target column
    ("prep:at|loc") is the usual slip, as is a kind without its preposition."""
    if spec in ("-", ""):
        return
    for part in spec.replace(",", "|").split("|"):
        if part.strip() in FLAGS:
            raise CodebookError(
                where,
                f"undocumented target kind {part.strip()!r} in {spec!r} (it is a flag)",
                "put flags in the flags column",
            )
    for target in targets:
        kind, colon, arg = target.partition(":")
        takes_prep = TARGET_KINDS.get(kind)
        if takes_prep is None or takes_prep != bool(colon) or (colon and not arg.isalpha()):
            raise CodebookError(
                where,
                f"undocumented target kind {target!r} in {spec!r}",
                "use obj, prep:X, pobj-of-obj:X, pred:X, between, xobj, dative, poss, csubj, "
                "subj, doer or tree",
            )


def parse_rows(
    rows: list[dict[str, str]] | tuple[dict[str, str], ...], origin: str
) -> list[Pattern]:
    """Patterns of rows whose line numbers are unknown (messages name ``origin``)."""
    return parse_numbered([(0, row) for row in rows], origin)


def parse_numbered(
    rows: list[tuple[int, dict[str, str]]] | tuple[tuple[int, dict[str, str]], ...],
    origin: str,
    seen: dict[PatternKey, tuple[str, str]] | None = None,
) -> list[Pattern]:
    """Patterns of (line number, row) pairs, validated: pos V or N, a known CAMEO
    code, documented flags and target kinds, and no key (trigger, pos, requirements)
    given twice with different codes (``seen`` carries the keys of files loaded
    together, so a clash across them names both places)."""
    from dyadline.cameo import is_cameo

    keys: dict[PatternKey, tuple[str, str]] = {} if seen is None else seen
    patterns = []
    for line, row in rows:
        where = _where(origin, line)
        words = row["trigger"].lower().split()
        if not words or row["pos"] not in ("V", "N"):
            raise CodebookError(where, f"bad pattern row {row}", "pos must be V or N")
        if len(words) > 2:
            raise CodebookError(
                where,
                f"trigger {row['trigger']!r} has more than two words",
                "write a lemma, or 'verb particle' for a phrasal verb",
            )
        if not is_cameo(row["cameo"]):
            raise CodebookError(
                where, f"unknown CAMEO code {row['cameo']!r}", "use a code of codebooks/cameo.tsv"
            )
        reqs = tuple(
            _requirement(r.strip(), where)
            for r in row["requires"].split(";")
            if r.strip() not in ("-", "")
        )
        flags = _check_flags(row["flags"], where)
        targets = _targets(row["target"])
        _check_targets(row["target"], targets, where)
        key: PatternKey = (" ".join(words), row["pos"], frozenset(reqs))
        earlier = keys.get(key)
        if earlier is not None and earlier[1] != row["cameo"]:
            raise CodebookError(
                where,
                f"{row['trigger']!r} ({row['pos']}, requires {row['requires']}) is coded "
                f"{row['cameo']} here and {earlier[1]} at {earlier[0]}",
                "keep one row for the key, or tell them apart by their requirements",
            )
        keys.setdefault(key, (where, row["cameo"]))
        patterns.append(
            Pattern(
                trigger=words[0],
                particle=words[1] if len(words) > 1 else None,
                pos=row["pos"],
                requires=reqs,
                targets=targets,
                cameo=row["cameo"],
                symmetric="sym" in flags,
                target_optional="notarget" in flags,
                reported="reported" in flags,
                loc_target="loc" in flags,
                inverse="inverse" in flags,
                mutual="mutual" in flags,
                argument="arg" in flags,
                mirror="mirror" in flags,
                defend="defend" in flags,
                owned="owned" in flags,
                bare="bare" in flags,
            )
        )
    return patterns


def _modal(p: Pattern) -> bool:
    """Does the pattern require a modal of its that-clause (``cmod``)?"""
    return any(r.kind == "cmod" for r in p.requires)


class PatternIndex:
    """Patterns grouped by (pos, trigger lemma), most specific first."""

    def __init__(self, patterns: list[Pattern]) -> None:
        index: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
        for p in patterns:
            index[(p.pos, p.trigger)].append(p)
        # of equal specificity, a pattern reading the that-clause's modal first: "said
        # X must stop the strikes" is a demand of X (``cmod``) before it is a claim of
        # the strikes the clause names (``sub``)
        self._index = {
            k: sorted(v, key=lambda p: (-p.specificity[0], -p.specificity[1], not _modal(p)))
            for k, v in index.items()
        }

    def candidates(self, pos: str, lemma: str) -> list[Pattern]:
        return self._index.get((pos, lemma), [])

    def items(self) -> list[tuple[tuple[str, str], list[Pattern]]]:
        """Every (pos, trigger lemma) with its patterns."""
        return list(self._index.items())


PACKAGED_FILES = ("verbs.tsv",)


@cache
def packaged_patterns() -> tuple[Pattern, ...]:
    out: list[Pattern] = []
    seen: dict[PatternKey, tuple[str, str]] = {}
    for name in PACKAGED_FILES:
        out.extend(parse_numbered(read_tsv_numbered(name), name, seen))
    return tuple(out)


@cache
def _intent_table() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """(governor lemma -> kind, (kind, CAMEO root) -> code) from ``intent.tsv``."""
    governors: dict[str, str] = {}
    codes: dict[tuple[str, str], str] = {}
    for row in read_tsv("intent.tsv"):
        if row["kind"] in ("requester", "obligation", "told_modal"):
            continue
        if row["kind"] == "governor":
            for lemma in row["key"].split("|"):
                governors[lemma.strip().lower()] = row["value"]
        else:
            codes[(row["kind"], row["key"])] = row["value"]
    return governors, codes


def _governor_kind(tok: Token) -> str | None:
    """The kind of verb governing the act ``tok`` with the act's own subject (``intent.tsv``):
    "intent", "plot", "threat", "refuse" ...; "announced" for "X said it would ..."."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" and light_verb(tok.head):
        tok = tok.head  # "seeking to deepen a partnership": the light verb is governed
    governors, _ = _intent_table()
    if tok.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        kind = governors.get(_lemma(tok.head))
        if kind is not None and kind != "present":  # ("did little to help": no stand)
            return kind
        if _lemma(tok.head) in argument_words("helping_verb") and tok.head is not tok:
            return _governor_kind(tok.head)  # "offered to help mediate": the help is offered
    if tok.dep_ == "pcomp" and tok.head.lower_ == "of" and intent_noun(tok.head.head):
        # "its intention of joining NATO", "had no intention of meeting X"
        return governors.get(_lemma(tok.head.head))
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("to", "at") and tok.head.head is not tok.head:
        # "committed to providing aid", "agreed to sending observers", "aimed at boosting
        # cooperation"
        kind = governors.get(_lemma(tok.head.head))
        if kind in _INTENDING:
            return kind
    if (
        tok.dep_ == "acl"
        and tok.head.pos_ == "NOUN"
        and to_infinitive(tok)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    ):
        # "expressed its readiness to work with X", "X's plan to withdraw": a noun of intent
        kind = governors.get(_lemma(tok.head))
        if kind is not None:
            return kind
    if _purpose_of_means(tok):
        return "intent"  # "needs a billion dollars to provide aid": the aid is intended
    if ready_for(tok) is not None:
        return "intent"  # "X is ready for talks with Y", "open to dialogue with Y"
    if tok.pos_ in ("VERB", "AUX") and not any(c.dep_ == "nsubjpass" for c in tok.children):
        # "X will provide aid": an act of the future is an intent (threat: "will attack")
        aux = [governors.get(str(c.lower_)) for c in tok.children if c.dep_ == "aux"]
        if "future" in aux:
            return "future"
        if "present" in aux and tok.tag_ == "VB":
            return "present"  # "X does not recognize Y": (negated) a stand X takes now
    if tok.dep_ == "ccomp" and governors.get(_lemma(tok.head)) in _ANNOUNCING:
        # "Israel announced it would free ...", "X warned it would strike", "X vowed that
        # it would retaliate": a pronoun subject and a future modal
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if subj and subj[0].pos_ == "PRON" and _told_ahead(tok):
            # "vowed that it would expel X": a pledge keeps its kind (the act's own code)
            return "pledge" if governors.get(_lemma(tok.head)) == "pledge" else "announced"
    if tok.dep_ == "ccomp" and _lemma(tok.head) in argument_words("warning_verb"):
        # "X warned it could retaliate", "hinted that it may impose tariffs": a threat,
        # when the act is hostile (``intent_code``)
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        modal = any(
            c.dep_ == "aux" and c.lower_ in argument_words("warning_modal") for c in tok.children
        )
        if subj and subj[0].pos_ == "PRON" and modal:
            return "warning"
    return None


def ready_for(noun: Token) -> Token | None:
    """The verb of the clause when ``noun`` is the act an adjective of readiness
    (``argument_words`` ``ready_adjective``) is ready for ("X is ready for talks with Y",
    "said it was open to dialogue with Y"): its subject intends the act; else None."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "to"):
        return None
    adj = noun.head.head
    if (
        adj.pos_ != "ADJ"
        or adj.dep_ != "acomp"
        or _lemma(adj) not in argument_words("ready_adjective")
    ):
        return None
    return adj.head if adj.head.pos_ in ("AUX", "VERB") else None


_INTENDING = frozenset({"intent", "threat", "plot", "pledge"})
"""Kinds of governor whose to-clause, -ing clause or noun complement is the act intended."""


def pledged(tok: Token) -> bool:
    """Is the act ``tok`` pledged, promised, vowed or agreed to by its own subject
    (``intent.tsv`` governor kind ``pledge``)? A hostile act pledged keeps its code,
    told in the future; a cooperative one is an intent (03x)."""
    return _governor_kind(tok) == "pledge"


def threatened(tok: Token) -> bool:
    """Is the act ``tok`` threatened by its own subject ("threatened to expel X",
    ``intent.tsv`` governor kind ``threat``)? The threat (13x) is made, not ahead."""
    return _governor_kind(tok) == "threat"


def _purpose_of_means(tok: Token) -> bool:
    """Is the act the purpose ("to provide aid", no subject of its own) of a verb of
    means sought (``argument_words`` ``means_verb``: "needs funds to ...", "seeks $2
    million to rebuild ...") or of that verb's object ("needs money that will help")?
    What the means are for is only intended."""
    if tok.dep_ not in ("advcl", "relcl", "acl") or tok.head.i == tok.i:
        return False
    if not to_infinitive(tok):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    head = tok.head if tok.dep_ == "advcl" else tok.head.head
    return head.pos_ in ("VERB", "AUX") and _lemma(head) in argument_words("means_verb")


_ANNOUNCING = frozenset({"announce", "intent", "threat", "pledge"})
"""Kinds of governor whose that-clause, told ahead, is the speaker's own act announced
("said it would ...", "vowed that it would ...", "threatened that it would ...")."""


def intent_noun(noun: Token) -> bool:
    """Is ``noun`` a noun of intent whose to-clause is the act intended ("its readiness
    to work with X", "a plan to withdraw", ``intent.tsv`` governors)?"""
    governors, _ = _intent_table()
    return noun.pos_ == "NOUN" and governors.get(_lemma(noun)) in _INTENDING


def _told_ahead(tok: Token) -> bool:
    """Is the clause of ``tok`` told ahead, with "will", "would" or "shall"?"""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in tok.children)


def _ahead(tok: Token) -> bool:
    """Is the act ``tok`` told ahead and not negated: with "will", "would" or "shall",
    or under a verb of intent, pledge or threat ("warned it would respond", "vowed to
    retaliate", "is ready to respond")? (verbs.tsv requirement ``ahead``)"""
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    kind = _governor_kind(tok)
    return _told_ahead(tok) or kind in ("intent", "pledge", "threat", "announced", "future")


def intent_code(tok: Token, cameo: str, *, negated: bool = False) -> str | None:
    """The code an act becomes under a governing verb of intent ("wants to help" -> 033).

    ``tok`` is the trigger; it must be the open complement of the governor and
    share its subject ("Obama wants to attack" -> 138, but not "Obama wants
    Putin to attack"). An act announced and negated ("stated she would not
    send aid"), negated in the present ("X does not recognize Y": a stand taken now,
    ``intent.tsv`` governor kind ``present``) or governed by "refuse"/"decline" is a
    rejection (12x).
    """
    kind = _governor_kind(tok)
    if kind == "present":
        kind = "refuse" if negated else None
    if kind in ("announced", "future", "intent", "pledge") and negated:
        # "will not allow", "said it would not provide", "has no intention of meeting":
        # a refusal (an act with no rejection code, "no plans to attack", stays negated)
        kind = "refuse"
    if kind in ("announced", "future"):
        kind = "intent"
    if kind == "warning":  # only a hostile act warned of is a threat
        hostile = cameo[:2] in argument_words("hostile_root") and not negated
        kind = "threat" if hostile else None
    if kind is None or kind in ("announce", "block"):
        return None
    return _kind_code(kind, cameo)


def announced_clause(tok: Token) -> tuple[Token, Token] | None:
    """(speaker, clause subject) when ``tok`` is a future act in the that-clause of a
    verb of announcing whose subject is a name, not a pronoun ("the minister said
    Tehran would strike ..."): the caller decides whether the two are one side, and
    so whether the act is the speaker's intent or threat (``announced_code``)."""
    if tok.dep_ != "ccomp" or tok.head.i == tok.i:
        return None
    governors, _ = _intent_table()
    if governors.get(_lemma(tok.head)) not in _ANNOUNCING:
        return None
    future = _told_ahead(tok)
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    speaker = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if not speaker and tok.head.tag_ == "VBG" and tok.head.dep_ == "advcl":
        # "X rejected the offer, saying Ukraine would never ...": the main verb's subject
        speaker = [c for c in tok.head.head.children if c.dep_ == "nsubj"]
    if not (future and subj and speaker) or subj[0].pos_ == "PRON":
        return None
    return speaker[0], subj[0]


def announced_code(cameo: str, *, negated: bool = False) -> str | None:
    """The code of an act the speaker's own side is said to be going to do: an intent
    or threat (``intent.tsv``), a rejection when negated."""
    return _kind_code("refuse" if negated else "intent", cameo)


def stop_code(cameo: str) -> str | None:
    """The code of stopping an ongoing act ("prevent Israel's cooperation with X":
    material cooperation 06 / aid 07 -> reduce or stop aid 162), from ``intent.tsv``."""
    return _kind_code("stop", cameo)


def _kind_code(kind: str, cameo: str) -> str | None:
    """The code ``cameo`` becomes under ``kind`` (``intent.tsv``): its own row, else its
    3-digit, else its root's."""
    _, codes = _intent_table()
    return codes.get((kind, cameo)) or codes.get((kind, cameo[:3])) or codes.get((kind, cameo[:2]))


def is_refusal(tok: Token, negated: bool) -> bool:
    """Does ``intent_code`` turn the act into a rejection (the refusal itself is asserted)?"""
    kind = _governor_kind(tok)
    return kind == "refuse" or (
        kind in ("announced", "future", "intent", "pledge", "present") and negated
    )


def appealed_noun(verb: Token) -> Token | None:
    """The appeal noun (``argument_words`` ``addressed_appeal``) whose to-infinitive ``verb``
    is: hung on the noun ("the EU's appeal to Serbia to recognize Kosovo") or, as the
    parser often hangs it, on the verb the noun is the object of ("renewed its call on
    the authorities to free him"). The act is only asked for, of the noun's addressee
    (``appeal_addressee``); None when ``verb`` is no such infinitive."""
    head = verb.head
    if head.i == verb.i or not to_infinitive(verb):
        return None
    nouns = argument_words("addressed_appeal")
    if verb.dep_ in ("acl", "advcl") and head.pos_ in ("NOUN", "PROPN"):
        return head if _lemma(head) in nouns else None
    if verb.dep_ in ("advcl", "xcomp") and head.pos_ in ("VERB", "AUX"):
        obj = direct_object(head)
        if obj is not None and obj.i < verb.i and _lemma(obj) in nouns:
            return obj
    return None


def appeal_addressee(noun: Token) -> Token | None:
    """Whom an appeal noun is addressed to: the object of its "on", "upon" or "to"
    phrase ("its call on Egypt", "an appeal to Serbia"); None when it names no one."""
    return next(iter(prep_objects(noun, {"on", "upon", "to"})), None)


def to_infinitive(verb: Token) -> bool:
    """Is ``verb`` a "to"-infinitive ("to free", "to attack")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def requested(tok: Token) -> bool:
    """Is the act only asked of, or wished for, another actor ("urged Israel to halt",
    "wants Putin to attack", "called on Baku to end ...")? The appeal is the event."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" and light_verb(tok.head):
        tok = tok.head
    if appealed_noun(tok) is not None:
        return True  # "renewed its call on X to free him": only asked of X
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
    if (
        marked
        and tok.dep_ in ("acl", "ccomp")
        and _lemma(tok.head) in argument_words("addressed_appeal")
    ):
        return True  # "the demand that it hand over the suspect"
    if _obliged(tok):
        return True
    asked_for = tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ == "for"
    if asked_for and _lemma(tok.head.head) in requesters() | {"appeal", "push", "plead"}:
        return True  # "called for talks", "appealed for a ceasefire": only asked for
    if _permitted(tok):
        return True
    if tok.dep_ not in ("xcomp", "ccomp") or tok.head.i == tok.i:
        return False
    head = tok.head
    if _lemma(head) not in requesters():
        return False
    bare = not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    # "demanded that Germany withdraw / leave": a subjunctive (the tagger may take it for
    # a present tense after the verb; a quotation before "X told reporters" is none)
    subjunctive = tok.tag_ == "VB" or (tok.tag_ == "VBP" and tok.i > head.i)
    if tok.dep_ == "ccomp" and subjunctive and bare:
        return True
    if not to_infinitive(tok):
        return False
    other = any(c.dep_ in ("dobj", "obj") for c in head.children)
    other = other or any(c.dep_ == "nsubj" for c in tok.children)
    return other or bool(prep_objects(head, {"on", "upon"}))


def _permitted(tok: Token) -> bool:
    """Is the act only what someone is given permission to do ("gave X permission to
    help Y", "refused Y permission to land")? The permission is the event."""
    head = tok.head
    if tok.dep_ not in ("xcomp", "advcl", "acl") or head.i == tok.i:
        return False
    if not to_infinitive(tok):
        return False
    if tok.dep_ == "acl":  # "permission to land", hung on the noun
        return _lemma(head) in argument_words("permission_noun")
    obj = direct_object(head)
    return obj is not None and _lemma(obj) in argument_words("permission_noun")


def attributed_clause(tok: Token) -> Token | None:
    """The clause an attribution phrase hangs on ("according to X, Y must leave";
    ``argument_words`` ``attribution_verb``): its verb, told by the object of "to"
    as a verb of saying tells its complement; or None."""
    head = tok.head
    if head.i == tok.i or _lemma(tok) not in argument_words("attribution_verb"):
        return None
    if head.pos_ not in ("VERB", "AUX") or not prep_objects(tok, {"to"}):
        return None
    return head


def obliged_clause(tok: Token) -> Token | None:
    """The that-clause of a verb of saying that puts its subject under an obligation
    ("said Iran must stop", "insisted that X should leave", "according to X, Y must
    leave"): its verb, or None."""
    attributed = attributed_clause(tok)
    for comp in [*tok.children, *([attributed] if attributed is not None else [])]:
        if comp.dep_ != "ccomp" and (attributed is None or comp.i != attributed.i):
            continue
        # a modal auxiliary ("must", "should"); "have" only as "has to" below
        mods = {str(c.lower_) for c in comp.children if c.dep_ == "aux" and c.tag_ == "MD"}
        if mods & _obligations() and any(c.dep_ in ("nsubj", "nsubjpass") for c in comp.children):
            return comp
        # "said X has to / needs to leave": the obligation is a verb with an infinitive
        has_to = _lemma(comp) in _obligations() and any(c.dep_ == "xcomp" for c in comp.children)
        if has_to and any(c.dep_ in ("nsubj", "nsubjpass") for c in comp.children):
            return comp
    return None


@cache
def _obligations() -> frozenset[str]:
    """Modal words that make a reported act a demand of its subject (``intent.tsv``)."""
    return frozenset(
        lemma.strip().lower()
        for row in read_tsv("intent.tsv")
        if row["kind"] == "obligation"
        for lemma in row["key"].split("|")
    )


def _obliged(tok: Token) -> bool:
    """Is the act only what a speaker says its subject must do ("said Iran must stop
    enriching": the demand is the event, not the stopping)?"""
    cur = tok
    for _ in range(3):
        if cur.dep_ == "ccomp" and getattr(obliged_clause(cur.head), "i", -1) == cur.i:
            return True
        if any(getattr(obliged_clause(c), "i", -1) == cur.i for c in cur.children):
            return True  # "according to X, Y must stop": X's demand
        if cur.dep_ not in ("xcomp", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


@cache
def requesters() -> frozenset[str]:
    """The verbs of asking (``intent.tsv`` kind ``requester``): "urge", "ask", ..."""
    return frozenset(
        lemma.strip().lower()
        for row in read_tsv("intent.tsv")
        if row["kind"] == "requester"
        for lemma in row["key"].split("|")
    )


def blocked(tok: Token) -> bool:
    """Is the act prevented rather than done ("prevent Israel's cooperation with ...")?"""
    governors, _ = _intent_table()
    left = tok.left_edge.i
    if tok.pos_ in ("NOUN", "PROPN") and left > 0:
        before = tok.doc[left - 1]  # "would stop Chile's cooperation", however parsed
        if before.pos_ == "VERB" and governors.get(_lemma(before)) == "block":
            return True
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ not in argument_words("blocked_prep"):
            return False  # "foiled the plot in cooperation with X": the manner, not the plot
        head = head.head
    elif tok.dep_ not in ("dobj", "xcomp", "pcomp", "nsubjpass"):
        return False
    if tok.dep_ == "pcomp":
        head = head.head
    if head.i == tok.i:
        return False
    if governors.get(_lemma(head)) == "block":
        return True
    # "deter X from attempting to retake ...": through a verb of trying
    return tok.dep_ == "xcomp" and _lemma(head) in argument_words("trying_verb") and blocked(head)


@cache
def argument_words(kind: str) -> frozenset[str]:
    """A word list of ``codebooks/argument_words.tsv``."""
    return frozenset(
        w.strip().lower()
        for row in read_tsv("argument_words.tsv")
        if row["kind"] == kind
        for w in row["words"].split("|")
    )


@cache
def support_verbs() -> frozenset[str]:
    """Verbs that carry a nominal trigger (``codebooks/support_verbs.tsv``)."""
    return frozenset(row["verb"].strip().lower() for row in read_tsv("support_verbs.tsv"))


def light_verb(tok: Token) -> bool:
    """A verb that only carries a nominal trigger ("held talks", "staged a protest")."""
    verbs = support_verbs()
    if _lemma(tok) in verbs:
        return True
    low = str(tok.lower_)  # the tagger's lemma can be wrong ("staged" -> "stag")
    return any(low.endswith(e) and low[: -len(e)] in verbs for e in ("d", "ed", "s"))


def load_index(user_files: list[str] | None = None) -> PatternIndex:
    patterns = list(packaged_patterns())
    for path in user_files or []:
        patterns = parse_numbered(read_user_tsv_numbered(Path(path)), str(path)) + patterns
    # "X stressed that Y must ...": every verb of saying, unless it has rows of its own
    # "X argued that Y's strikes were illegal": the that-clause rows of "say", likewise
    generated = clauses.obligation_patterns(patterns) + clauses.content_patterns(patterns)
    return PatternIndex(patterns + generated)


def _lemma(tok: Token) -> str:
    return str(tok.lemma_).lower()


def _matches(tok: Token, lemmas: frozenset[str] | None) -> bool:
    return lemmas is None or _lemma(tok) in lemmas or str(tok.lower_) in lemmas


def counted_goods(obj: Token) -> Token | None:
    """What an amount object counts ("pledged 500 million euros in aid", "$2 billion in
    military aid"): the noun of its "in" phrase, for an object with a number; or None."""
    if not (obj.like_num or any(c.dep_ in ("nummod", "quantmod") for c in obj.children)):
        return None
    return next(iter(prep_objects(obj, {"in"})), None)


def _titled(name: Token, lemmas: frozenset[str] | None) -> bool:
    """A person's name whose title matches ("received Prime Minister X": "minister")."""
    return name.pos_ == "PROPN" and any(
        c.dep_ == "compound" and _matches(c, lemmas) for c in name.children
    )


def direct_object(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ in ("dobj", "obj"):
            return child
    for child in tok.children:
        if child.dep_ == "nsubjpass":
            return child
    for child in tok.children:
        described = attributive_participle(child)
        if described is not None:
            return described  # "met visiting Minister X": X is what was met
    if _finite_modifier(tok):
        return tok.head  # "Kazakhstan hosted talks": "hosted" hung on "talks" as a modifier
    return (
        _object_after_aside(tok)
        or _quantified_object(tok)
        or _counted_adverbial(tok)
        or _gerund_clause_subject(tok)
    )


def _gerund_clause_subject(verb: Token) -> Token | None:
    """ "detained a Russian agent plotting to kill X": the parser can take the object and
    the participle that describes it for a clause of their own; the clause's subject
    is the verb's object (not for a verb of saying: "said militants attacking ...")."""
    if verb.pos_ != "VERB" or str(verb.lemma_).lower() in argument_words("saying_verb"):
        return None
    for c in verb.children:
        if c.dep_ != "ccomp" or c.tag_ != "VBG" or c.i < verb.i:
            continue
        if any(g.dep_ in ("aux", "mark") for g in c.children):
            continue
        subj = next(
            (g for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")), None
        )
        if subj is not None:
            return subj
    return None


def _counted_adverbial(verb: Token) -> Token | None:
    """ "shot down 30 of 35 drones": the parser can hang a number with an "of" phrase
    after the verb as an adverbial noun; it is the verb's object."""
    if verb.pos_ != "VERB":
        return None
    for c in verb.children:
        if c.dep_ == "npadvmod" and c.pos_ == "NUM" and c.i > verb.i and prep_objects(c, {"of"}):
            return c
    return None


def _finite_modifier(tok: Token) -> bool:
    """Is ``tok`` a past-tense verb with a subject of its own (or a name before it the
    parser took for a modifier) that the parser hung on the noun right after it as a
    modifier ("Kazakhstan hosted talks": "hosted" an ``amod`` of "talks")? The noun
    is its object."""
    return (
        tok.tag_ == "VBD"
        and tok.dep_ == "amod"
        and tok.head.i == tok.i + 1
        and tok.head.pos_ == "NOUN"
        and any(
            c.i < tok.i and (c.dep_ == "nsubj" or (c.dep_ == "npadvmod" and c.pos_ == "PROPN"))
            for c in tok.children
        )
    )


def attributive_participle(tok: Token) -> Token | None:
    """The noun a participle used as an adjective describes, where the parser took it
    for a verb of its own ("met visiting Minister X": "visiting" an open complement
    with X as object): X, the visitor. The participles are
    ``argument_words`` ``attributive_participle``; None for any other token."""
    if (
        tok.tag_ != "VBG"
        or tok.dep_ not in ("xcomp", "advcl", "ccomp")
        or tok.lower_ not in argument_words("attributive_participle")
        or tok.head.pos_ not in ("VERB", "AUX")
        or tok.i != tok.head.i + 1
        or any(c.dep_ in ("nsubj", "aux", "mark", "prep") and c.i < tok.i for c in tok.children)
    ):
        return None
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    found = actors_for(obj) if obj is not None else []
    # a visitor is a person or body ("visiting Minister X"), not a place ("enjoyed visiting Cuba")
    return obj if found and all(a.sector is not None for a in found) else None


def _second_object(verb: Token) -> list[Token]:
    """The counted nouns the parser hung as adverbial (``npadvmod``) after a verb's
    first object ("gave the agency 14 days"): its second object."""
    first = [c for c in verb.children if c.dep_ in ("dative", "dobj")]
    if not first:
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "npadvmod" and c.i > first[0].i and any(n.dep_ == "nummod" for n in c.children)
    ]


def _quantified_object(verb: Token) -> Token | None:
    """ "kidnapped up to 16 advisers", "killed more than 30 people": the parser can take
    the quantifier for a preposition; its object with a number is the verb's object."""
    if verb.pos_ != "VERB":
        return None
    # "kidnapped up to 16": the parser can also take "up" for a particle, "to" on it
    preps = [*verb.children, *(g for c in verb.children if c.dep_ == "prt" for g in c.children)]
    for prep in preps:
        if prep.dep_ != "prep" or prep.i == 0 or prep.i < verb.i:
            continue
        before = verb.doc[prep.i - 1]
        if f"{before.lower_} {prep.lower_}" not in argument_words("quantifier"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and any(c.dep_ == "nummod" for c in obj.children):
                return obj
    return None


def _object_after_aside(verb: Token) -> Token | None:
    """ "to recognize (on 3 May 1990) Namibia's independence": a parenthesis
    right after a verb often makes the parser hang the object elsewhere."""
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != "(":
        return None
    close = next((t.i for t in doc[verb.i + 1 : verb.i + 30] if t.text == ")"), None)
    if close is None or close + 1 >= len(doc):
        return None
    t = doc[close + 1]
    while t.dep_ in ("poss", "compound", "amod", "det", "case", "nummod") and t.head.i > t.i:
        t = t.head
    if t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in ("attr", "dobj", "nsubj", "appos", "ROOT"):
        return None
    return t


def prep_objects(tok: Token, preps: set[str] | None = None) -> list[Token]:
    """Objects of prepositions hanging on ``tok`` (optionally only the given ones)."""
    out = []
    for child in tok.children:
        is_prep = child.dep_ in ("prep", "agent") or (
            child.dep_ == "dative" and child.pos_ == "ADP"
        )
        if is_prep and (preps is None or child.lower_ in preps):
            for gc in child.children:
                if gc.dep_ in ("pobj", "pcomp") and gc.lower_ not in argument_words("aside_noun"):
                    # "fired on fleeing civilians": the people the participle describes
                    described = gc.dep_ == "pcomp" and clauses.participle_adjective(gc)
                    obj = next((c for c in gc.children if c.dep_ == "dobj"), gc)
                    out.append(obj if described else gc)
    if preps:
        out += [g for p in stranded_preps(tok, preps) for g in p.children if g.dep_ == "pobj"]
        out += _marked_clause_subjects(tok, preps)
    if preps and "from" in preps:
        out += _leaving_objects(tok)
    if preps and preps & argument_words("approach_adverb"):
        out += _approach_objects(tok, preps)
    if preps and "to" in preps:
        out += _approach_objects(tok, set(argument_words("return_adverb")))
    return out


def _approach_objects(tok: Token, preps: set[str]) -> list[Token]:
    """The objects of the "to" phrase of an adverb of approach on ``tok``, read as that
    adverb's own ("moved tanks closer to the border": ``prep:closer``; ``argument_words``
    ``approach_adverb``), or of an adverb of return, read as the verb's own "to" phrase
    ("ordered X back to prison": ``prep:to``; ``return_adverb``)."""
    return [
        g
        for child in tok.children
        if child.dep_ in ("advmod", "prep", "acomp") and child.lower_ in preps
        for p in child.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _leaving_objects(tok: Token) -> list[Token]:
    """The objects of a two-word preposition of leaving on ``tok``, read as "from"
    ("pulled its troops out of Gaza", "moved away from the border"; ``argument_words``
    ``leaving_prep``)."""
    return [
        g
        for child in tok.children
        if child.dep_ in ("prep", "prt", "advmod")
        and child.lower_ in argument_words("leaving_prep")
        for p in child.children
        if p.dep_ == "prep" and p.lower_ in ("of", "from")
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _marked_clause_subjects(tok: Token, preps: set[str]) -> list[Token]:
    """The subject of a clause the parser hung on ``tok`` by a preposition it took for a
    subordinator, right after the verb ("pleading with the government to drop ...":
    "with" marks the clause "the government to drop"): the preposition's object."""
    return [
        s
        for child in tok.children
        if child.dep_ == "advcl" and child.i > tok.i
        for m in child.children
        if m.dep_ == "mark" and m.lower_ in preps and m.i == tok.i + 1
        for s in child.children
        if s.dep_ == "nsubj"
    ]


def stranded_preps(verb: Token, preps: set[str] | None = None) -> list[Token]:
    """The path prepositions that the parser hung on the noun of a verb's time phrase,
    right after it ("crossed during the night into X", "moved troops in May to Y"): the
    path is the verb's (``argument_words`` ``time_prep`` and ``stranded_prep``)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    wanted = argument_words("stranded_prep")
    if preps is not None:
        wanted = wanted & preps
    return [
        p
        for child in verb.children
        if child.dep_ == "prep" and child.lower_ in argument_words("time_prep")
        for noun in child.children
        if noun.dep_ == "pobj"
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in wanted and p.i > noun.i
    ]


def relative_object(verb: Token) -> Token | None:
    """The noun a relative clause without object or relative pronoun hangs on, which is
    its object ("a charge New Delhi rejected", "the sanctions X imposed"); None for a
    relative of place or time ("the town where ...") or with a stranded preposition
    ("the country they fled from")."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
        return None  # "relations normalised with X's help": a participle, not a relative
    for c in verb.children:
        if c.dep_ in ("dobj", "obj", "nsubjpass", "ccomp", "xcomp") or c.tag_ in ("WDT", "WP"):
            return None
        if c.tag_ == "WRB" or (c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children)):
            return None
    return verb.head


def participle_object(verb: Token) -> Token | None:
    """The noun a passive participle without auxiliary describes, which is what the verb
    acts on ("the books banned by the authorities", "the party dissolved by the court",
    "restrictions imposed on women"); None for any other token."""
    # "intercepted a drone fired toward X": the tagger can take the participle for a
    # past tense; on a noun that is itself an object it is no misplaced main verb
    past = verb.tag_ == "VBD" and verb.head.dep_ in ("dobj", "pobj")
    if (
        verb.dep_ != "acl"
        or (verb.tag_ != "VBN" and not past)
        or verb.head.pos_ not in ("NOUN", "PROPN")
        or any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "nsubj") for c in verb.children)
    ):
        return None
    return verb.head


def _own_clause(verb: Token, comp: Token) -> bool:
    """Is ``comp``, the complement of a verb with a direct object, a clause with a
    subject of its own ("told X it would ...", not "told X to ...")?"""
    return (
        comp.dep_ == "ccomp"
        and any(c.dep_ in ("dobj", "obj") for c in verb.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in comp.children)
    )


def open_complement(tok: Token) -> Token | None:
    """The verb's clause complement ("said that ...", "agreed to ..."); for a claim noun
    (``argument_words`` ``claim_noun``) its that-clause ("the claim that X did Y")."""
    for child in tok.children:
        if child.dep_ in ("xcomp", "ccomp"):
            return child
    if tok.pos_ == "NOUN" and _lemma(tok) in argument_words("claim_noun"):
        for child in tok.children:
            if child.dep_ == "acl" and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in child.children
            ):
                return child
    return None


def _support_phrase(noun: Token, prep: str | None) -> list[Token]:
    """The objects of ``prep`` that the parser hung on the verb an act noun is the
    object of, but that are the noun's own phrase: after it on a support verb
    ("carried out strikes on X", "conducted operations against Y"), right after it on
    another verb ("condemned Israeli strikes on Gaza"), unless the verb takes such a
    phrase of its own (``argument_words`` ``object_prep_verb``: "blamed the attacks on
    X"); never a date ("carried out strikes on Monday")."""
    verb = noun.head
    if (
        noun.pos_ not in ("NOUN", "PROPN")
        or noun.dep_ not in ("dobj", "nsubjpass")
        or verb.pos_ not in ("VERB", "AUX")
        or _lemma(verb) in argument_words("object_prep_verb")
    ):
        return []
    light = light_verb(verb)
    return [
        o
        for o in prep_objects(verb, {prep} if prep else None)
        if o.i > noun.i
        and (light or o.head.i == noun.right_edge.i + 1)
        and o.ent_type_ not in ("DATE", "TIME")
    ]


def _inferred(comp: Token) -> bool:
    """Is the modal of the clause ``comp`` one of inference about the past ("X must have
    given the orders", "should have known"): a perfect under the modal, no obligation?"""
    return comp.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in comp.children
    )


def _told_done(noun: Token) -> bool:
    """Whether an act noun with no support verb is told as done: the subject of a
    clause ("an agreement among X and Y ended the fighting") or the object of a
    preposition of what came before (``argument_words`` ``done_prep``: "after an
    agreement between X and Y"), not the aim of a wish or a talk ("hoped for an
    agreement", "talks on an agreement")."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return noun.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ == "neg" for c in noun.head.children
        )
    return noun.dep_ == "pobj" and noun.head.lower_ in argument_words("done_prep")


def _question(comp: Token) -> bool:
    """Whether a clause complement is an indirect question ("asked if Y would come",
    "asked whether", "asked why"): its mark or its first word is a question word
    (``argument_words`` ``question_word``)."""
    words = argument_words("question_word")
    first = comp.doc[comp.left_edge.i] if comp.left_edge.i < comp.i else comp
    marked = any(c.dep_ == "mark" and c.lower_ in words for c in comp.children)
    return marked or first.lower_ in words


def requirement_tokens(tok: Token, pattern: Pattern) -> list[Token] | None:
    """The tokens that satisfy each requirement, or None if one fails."""
    found: list[Token] = []
    for req in pattern.requires:
        hit: Token | None = None
        if req.kind == "obj":
            cands = _object_candidates(tok)
            hit = next(
                (c for c in cands if _matches(c, req.lemmas) or _titled(c, req.lemmas)), None
            )
        elif req.kind == "prep":
            objs = _prep_candidates(tok, req.prep, marked=req.lemmas is None)
            if req.lemmas is None:  # "a call on Tuesday": a time is no phrase of the act
                objs = tuple(o for o in objs if o.lower_ not in argument_words("time_word"))
                if req.prep in argument_words("instrument_prep"):
                    # "fought back with mortars": a weapon is what it is done with
                    objs = tuple(o for o in objs if not _instrument(o))
            hit = next((o for o in objs if _matches(o, req.lemmas)), None)
        elif req.kind == "xcomp":
            comp = open_complement(tok)
            if comp is not None and _own_clause(tok, comp):
                comp = None  # "told X it would release Y": a clause of its own, no control
            if comp is not None and _matches(comp, req.lemmas):
                hit = comp
        elif req.kind == "mod":
            hit = _modifier(tok, req.lemmas)
        elif req.kind == "sub":
            comp = open_complement(tok)
            denied = comp is not None and any(c.dep_ == "neg" for c in comp.children)
            if comp is not None and not (pattern.reported and denied):
                # "X said that ..." and "..., X said"; a claim its clause denies is
                # none ("said Y had not attacked", "it was not about an attack")
                hit = next((t for t in comp.subtree if _matches(t, req.lemmas)), None)
        elif req.kind == "cmod":
            comp = obliged_clause(tok)
            if comp is not None and not _inferred(comp):
                mods = [c for c in comp.children if c.dep_ == "aux" and c.tag_ == "MD"]
                mods += [comp] if _lemma(comp) in _obligations() else []
                hit = next((c for c in mods if _matches(c, req.lemmas)), None)
        elif req.kind == "pred":
            preds = _kept(tok, "predicates", predicates)
            hit = next((p for p in preds if _matches_pred(p, req.lemmas)), None)
        elif req.kind == "cpred":
            preds = _kept(tok, "clause_predicates", clause_predicates)
            hit = next((p for p in preds if _matches_pred(p, req.lemmas)), None)
        elif req.kind == "subj":
            # "we are deeply concerned", "said it was disappointed": the speaker's words
            hit = next(
                (c for c in tok.children if c.dep_ == "nsubj" and _matches(c, req.lemmas)), None
            )
        elif req.kind == "noxcomp":
            # "agreed to resume talks": the act agreed on is the event, not an agreement
            hit = None if any(c.dep_ == "xcomp" for c in tok.children) else tok
        elif req.kind == "nopred":
            # "called Putin" (a call), not "called Putin a liar" (a naming)
            bare = not _kept(tok, "predicates", predicates)
            hit = tok if bare and not any(c.dep_ == "ccomp" for c in tok.children) else None
        elif req.kind == "subjenvoy":
            hit = _envoy_subject(tok)
        elif req.kind == "subjstate":
            hit = _state_subject(tok)
        elif req.kind in ("objactor", "objperson"):
            hit = _actor_object(tok, person=req.kind == "objperson")
        elif req.kind == "objplace":
            hit = _place_object(tok)
        elif req.kind == "subjactor":
            hit = _own_subject(tok)
        elif req.kind == "passive":
            hit = _own_subject(tok, "nsubjpass")  # "X was alarmed by Y"
        elif req.kind == "ahead":
            hit = tok if _ahead(tok) else None  # "would respond to any attack"
        elif req.kind == "happened":
            hit = tok if _told_done(tok) else None
        elif req.kind == "negated":
            # "did not rule out military action": the negation is the pattern's own
            hit = next((c for c in tok.children if c.dep_ == "neg"), None)
        elif req.kind == "stated":
            # "asked that Y free him" (an appeal), not "asked if Y would come" (a question)
            comp = open_complement(tok)
            hit = tok if comp is None or not _question(comp) else None
        elif req.kind == "org":
            hit = _organisation_named(tok, req.prep or "obj")
        elif req.kind == "noobj":
            bare = direct_object(tok) is None and open_complement(tok) is None
            # "as demonstrated by the data" is no demonstration
            participle = tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children)
            # "Thousands protested in X": a subject makes it finite, whatever the tagger says
            participle = participle and not any(c.dep_ == "nsubj" for c in tok.children)
            hit = tok if bare and not participle else None
        if hit is None:
            return None
        found.append(hit)
    return found


def _kept(tok: Token, name: str, read: Callable[[Token], list[Token]]) -> list[Token]:
    """``read(tok)``, once per token while its Doc is coded (``memo``): the same for
    every pattern of the word."""
    kept = memo.table(tok.doc, name)
    if kept is None:
        return read(tok)
    found: list[Token] | None = kept.get(tok.i)
    if found is None:
        found = kept[tok.i] = read(tok)
    return found


def _actor_object(tok: Token, *, person: bool) -> Token | None:
    """The direct object (or passive subject) of ``tok`` when it names an actor
    ("battled the rebels", not "battled wildfires"); with ``person``, a person or body
    (an actor with a sector: "captured two soldiers", not "captured Kherson")."""
    obj = direct_object(tok) or relative_object(tok)
    for cand in [obj, *obj.conjuncts] if obj is not None else []:
        if person and _lemma(cand) in _act_nouns():
            continue  # "received military support": an act, not a body received
        found = actors_for(cand)
        if found and (not person or all(a.sector is not None for a in found)):
            return cand
    return None


def _place_object(tok: Token) -> Token | None:
    """The direct object of ``tok`` when it is the name of a town, province or region
    ("seized Goma", "captured Kherson"), not of a state or capital (an actor)."""
    from dyadline.coder.actor_codebook import country_of_place

    obj = direct_object(tok)
    if obj is None or obj.pos_ != "PROPN" or actors_for(obj):
        return None
    words = [t for t in obj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    name = " ".join(t.text for t in (*words, obj))
    return obj if country_of_place(name) else None


def _envoy_subject(tok: Token) -> Token | None:
    """The subject of ``tok`` when it names an envoy of a state or body: a person or
    organ of a sector of ``argument_words`` ``envoy_sector`` (government, legislature,
    organisations), not troops or civilians ("Rubio was in Riyadh", not "troops are
    in Syria" or "tourists were in Rome"), in a named place ``tok``'s "in" phrase
    gives."""
    from dyadline.coder.actor_codebook import state_codes

    # "in Riyadh", "in Sudan": a named place, not "in the interest of X"
    if not any(o.pos_ == "PROPN" for o in prep_objects(tok, {"in"})):
        return None
    sectors = argument_words("envoy_sector")
    for c in tok.children:
        if c.dep_ != "nsubj" or c.lower_ in ("it", "this", "that"):
            continue
        found = actors_for(c)
        if found and all(
            a.country
            and (
                (a.sector or "").lower() in sectors
                or (a.sector is None and a.country not in state_codes())  # "the UN envoy"
            )
            for a in found
        ):
            return c
    return None


def _state_subject(tok: Token) -> Token | None:
    """The subject of ``tok`` when it names a state speaking as one: the state, its
    capital, or an organ of a sector of ``argument_words`` ``state_voice_sector``
    (government, legislature, diplomats), not a crowd or a party ("Taipei
    protested", not "students protested")."""
    sectors = argument_words("state_voice_sector")
    for c in tok.children:
        if c.dep_ != "nsubj" or c.pos_ == "PRON" or c.lower_ in argument_words("no_voice_noun"):
            continue  # ("opponents of the Senate protested": no voice of the state)
        # a state is named by a proper noun ("Thousands of Palestinians protested":
        # a people, not its state)
        named = c.pos_ == "PROPN" and c.tag_ != "NNPS" and c.ent_type_ != "NORP"
        found = actors_for(c)
        if found and all(
            a.country and (a.sector or "-").lower() in sectors and (a.sector or named)
            for a in found
        ):
            return c
    return None


def _own_subject(tok: Token, dep: str = "nsubj") -> Token | None:
    """The subject (``dep``: or the passive subject) of ``tok`` when it names an actor
    that tells of itself: the clause is no complement of another's words ("the U.S.
    is concerned by X", "the U.S. said it was alarmed"; not "analysts say the U.S. is
    concerned")."""
    subj = next((c for c in tok.children if c.dep_ == dep), None)
    if subj is None:
        return None
    mine = {a.country for a in actors_for(subj) if a.country}
    if not mine:
        return None
    for head in tok.ancestors:
        # a clause within another's clause: told in that subject's words
        teller = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if teller is not None and not {a.country for a in actors_for(teller)} & mine:
            return None
    return subj


def _organisation_named(tok: Token, prep: str) -> Token | None:
    """The direct object ("obj"), the subject ("subj") or the object of the ``prep``
    phrase of ``tok`` when it names an organisation, no state ("withdrew from ECOWAS",
    "quit NATO", "the African Union suspended X")."""
    from dyadline.coder.actor_codebook import state_codes

    if prep == "obj":
        obj = direct_object(tok)
        cands = [obj] if obj is not None else []
    elif prep == "subj":
        cands = [c for c in tok.children if c.dep_ == "nsubj"]
    else:
        cands = list(prep_objects(tok, {prep}))
    for cand in cands:
        found = actors_for(cand)
        if found and all(a.country and a.country not in state_codes() for a in found):
            return cand
    return None


@cache
def _act_nouns() -> frozenset[str]:
    """The lemmas of the packaged noun triggers (act nouns such as "support", "aid"),
    but for the words that name a body of people (``sectors.tsv``: "delegation",
    "mission" also trigger a visit; welcomed, they are the visitors)."""
    from dyadline.coder.actor_codebook import sector_cues

    bodies = {cue[0] for cue in sector_cues() if len(cue) == 1}
    return frozenset(p.trigger for p in packaged_patterns() if p.pos == "N") - bodies


def container_word(tok: Token) -> bool:
    """Is ``tok`` a noun that counts acts ("a series of agreements": ``nominal.tsv``
    ``container``)?"""
    from dyadline.coder.nominal import nominal_words  # nominal reads this module

    return str(tok.lemma_).lower() in nominal_words("container")


def _object_candidates(tok: Token) -> tuple[Token, ...]:
    """The words an ``obj`` requirement of a pattern on ``tok`` is tested on, in order
    (the same for every pattern of the word: read once while its Doc is coded)."""
    kept = memo.table(tok.doc, "objects")
    if kept is not None and tok.i in kept:
        found: tuple[Token, ...] = kept[tok.i]
        return found
    obj = direct_object(tok) or relative_object(tok) or participle_object(tok)
    cands = [obj, *obj.conjuncts] if obj is not None else []
    if obj is not None and obj.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
        cands.append(tok.head)  # "the pact that X negotiated with Y": the pact too
    cands += [g for c in list(cands) if (g := counted_goods(c)) is not None]
    cands += [g for c in list(cands) if (g := clauses.counted(c)) is not None]
    # "gave the agency 14 days to ...": the second object after a dative, which the
    # parser can hang as an adverbial noun
    cands += _second_object(tok)
    # "provided to X information on ...": the shifted object, parsed under "to"
    cands += [o for o in prep_objects(tok, {"to"}) if o.pos_ == "NOUN"]
    # "gave X $1 billion in aid": an amount stands for what its "in" phrase names
    cands += [o for c in cands[:1] if c.pos_ == "NUM" for o in prep_objects(c, {"in"})]
    # "gave $50 million to X": the currency sign of an amount says what is given (what
    # its "in" phrase names comes first: "$5 million in aid")
    cands += [
        m
        for c in cands[:1]
        if counted_goods(c) is None
        for m in c.children
        if m.dep_ in ("quantmod", "nmod", "compound") and m.lower_ in argument_words("money_unit")
    ]
    if kept is not None:
        kept[tok.i] = tuple(cands)
    return tuple(cands)


def _instrument(tok: Token) -> bool:
    """Does ``tok`` name a weapon an act is done with (``instrument_noun``)?"""
    return tok.lemma_.lower() in argument_words("instrument_noun") or (
        tok.lower_ in argument_words("instrument_noun")
    )


def _prep_candidates(tok: Token, prep: str | None, *, marked: bool) -> tuple[Token, ...]:
    """The words a ``prep`` requirement (preposition ``prep``, any when None) is tested
    on; ``marked``: also the subjects of clauses marked by it (``marked_subjects``)."""
    kept = memo.table(tok.doc, "prep_objects")
    key = (tok.i, prep, marked)
    if kept is not None and key in kept:
        found: tuple[Token, ...] = kept[key]
        return found
    objs = prep_objects(tok, {prep} if prep else None)
    objs += _support_phrase(tok, prep)
    if marked:  # "called for Russia to withdraw": "for" a mark
        objs += clauses.marked_subjects(tok, prep)
    if kept is not None:
        kept[key] = tuple(objs)
    return tuple(objs)


def predicates(verb: Token) -> list[Token]:
    """What a verb of naming says its object is: "called the plan a mistake" (the
    object predicate), "described the plan as a disaster" (the object of "as")."""
    obj = direct_object(verb)
    after = obj.i if obj is not None else verb.i
    preds = [c for c in verb.children if c.dep_ in ("oprd", "acomp")]
    preds += clauses.object_predicates(obj) if obj is not None else []
    # "held Iran responsible": the parser may hang the adjective as a clause
    preds += [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp", "ccomp") and c.pos_ == "ADJ" and c.i > after
    ]
    # "considers X a key partner": a verbless small clause, its noun the predicate
    preds += [
        c
        for c in verb.children
        if c.dep_ == "ccomp"
        and c.pos_ == "NOUN"
        and any(g.dep_ == "nsubj" for g in c.children)
        and not any(g.dep_ in ("aux", "cop") for g in c.children)
    ]
    # "branded the report a disgrace": the parser may hang the indefinite object
    # predicate as an adverbial noun, or as a second object ("designated the group a
    # terrorist organization")
    preds += [
        c
        for c in verb.children
        if c.dep_ in ("npadvmod", "dobj")
        and c.pos_ == "NOUN"
        and c.i > after
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
    ]
    from dyadline.coder import appraise  # here: appraise reads this module

    preds += appraise.step_adverbs(verb)  # "called it a step forward"
    for head in (verb, obj) if obj is not None else (verb,):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                preds += [c for c in prep.children if c.pos_ in ("NOUN", "ADJ", "PROPN")]
    return [x for p in preds for x in (p, *p.conjuncts)]


def clause_predicates(verb: Token) -> list[Token]:
    """What a verb of saying says its clause's subject is: "said the sanctions were
    illegal", "said X was behind the attack" (the complement of the clause's copula),
    or how it says its subject acts ("said X was acting irresponsibly", "acted as a
    puppet of Y": ``argument_words`` ``acting_verb`` with its adverb or ``acting_prep``
    object)."""
    out: list[Token] = []
    for comp in verb.children:
        if comp.dep_ != "ccomp" or not any(c.dep_ == "nsubj" for c in comp.children):
            continue
        if _lemma(comp) == "be":
            # "was responsible", "was a provocation", "was behind the attack"
            out += [c for c in comp.children if c.dep_ in ("acomp", "attr", "prep")]
            from dyadline.coder import appraise  # here: appraise reads this module

            out += appraise.step_adverbs(comp)  # "was a step forward"
        elif _lemma(comp) in argument_words("acting_verb"):
            # "said X was acting as a puppet", "behaved irresponsibly": how it acts
            out += [c for c in comp.children if c.dep_ == "advmod" and c.pos_ == "ADV"]
            out += prep_objects(comp, set(argument_words("acting_prep")))
    return [x for p in out for x in (p, *p.conjuncts)]


def _matches_pred(pred: Token, lemmas: frozenset[str] | None) -> bool:
    """Does a predicate ("a grave mistake", "illegal") or one of its modifiers match?"""
    from dyadline.coder import appraise  # here: appraise reads this module

    if appraise.denied_praise(pred):
        # "was not acceptable", "is not legitimate": the criticism, not the praise
        return lemmas is not None and bool(lemmas & argument_words("pejorative"))
    if _matches(pred, lemmas):
        return True
    if any(c.dep_ in ("amod", "compound") and _matches(c, lemmas) for c in pred.children):
        return True
    # "an act of aggression": the frame noun's "of" phrase carries the appraisal
    return lemmas is not None and any(_matches_pred(f, lemmas) for f in appraise.framed(pred))


def _modifier(tok: Token, lemmas: frozenset[str] | None) -> Token | None:
    if lemmas is None:
        return tok
    holder = tok
    for _ in range(3):
        prep = holder.head
        if not (holder.dep_ == "pobj" and prep.lower_ == "of" and container_word(prep.head)):
            break
        holder = prep.head
    if holder is not tok and (verb := _modifier(holder, lemmas)) is not None:
        return verb  # "signed a series of agreements with X": the verb of the container
    head = tok.head
    if (
        tok.dep_ in ("dobj", "nsubjpass", "pobj", "attr")
        and head is not tok
        and _matches(head, lemmas)
    ):
        return head
    if (
        tok.dep_ == "nsubj"
        and head.pos_ == "VERB"
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in head.children)
        and _matches(head, lemmas)
    ):
        return head  # "cooperation between X and Y deepened": the change the noun undergoes
    if tok.dep_ == "pobj" and head.head is not head and _matches(head.head, lemmas):
        return head.head
    for sub in tok.subtree:
        if sub is not tok and abs(sub.i - tok.i) <= 8 and _matches(sub, lemmas):
            return sub
    return None


def receives_noun_act(verb: Token, index: PatternIndex) -> bool:
    """Is ``verb`` the verb by which its subject receives an act its object names
    ("the plan met with opposition from X", "X faced criticism"): a nominal pattern of
    the object whose support verb (``mod=``) is this verb and whose target is that
    subject? Then the verb tells of no act of its own (no meeting in "met with")."""
    lemma = verb.lemma_.lower()
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    for noun in nouns:
        if noun.pos_ != "NOUN" or any(c.dep_ == "det" for c in noun.children):
            continue  # "met with the opposition": a party met
        for p in index.candidates("N", noun.lemma_.lower()):
            if "subj" not in p.targets:
                continue
            for r in p.requires:
                if r.kind == "mod" and r.lemmas and lemma in r.lemmas:
                    support = _modifier(noun, r.lemmas)
                    if support is not None and support.i == verb.i:
                        return True
    return False


def particle_ok(tok: Token, pattern: Pattern) -> bool:
    """Does ``tok`` carry the particle of a phrasal-verb pattern ("shoot down")? The
    parser may take a particle right after its verb, or right after its object, for an
    adverb ("hit back at X", "sent 50 migrants back to X")."""
    if pattern.particle is None:
        return True
    after_object = {o.right_edge.i + 1 for o in tok.children if o.dep_ == "dobj"}
    # "pulled out of Gaza": a particle taken for a preposition heading one of its own
    return any(
        c.lower_ == pattern.particle
        and (
            c.dep_ == "prt"
            or (c.dep_ == "advmod" and (c.i == tok.i + 1 or c.i in after_object))
            or (c.dep_ == "prep" and c.i == tok.i + 1 and any(g.dep_ == "prep" for g in c.children))
        )
        for c in tok.children
    )
