"""Argument slots that run through clauses: who acts in an embedded clause, whom an
appeal, demand, warning or accusation told by a clause is aimed at, and whether the
embedded act is done, only asked for, or only owed.

Reads: tokens of a parsed ``Doc`` (with ``doc._.actors``) and the word lists of
``codebooks/argument_words.tsv`` and ``codebooks/intent.tsv``. Adds nothing to
the Doc; ``dyadline.coder.arguments``, ``dyadline.coder.coding``,
``dyadline.coder.modality`` and ``dyadline.coder.patterns`` ask it:

- who acts: ``controlling_object`` (the object of an object-control verb does the
  act of its clause, named or not: "urged X to leave", "accused X of attacking
  Y", "accused the rebels of killing, looting and ...", "warned X against ...");
- only asked, not done: ``requested_within`` (an act inside a clause asked of
  another actor, however deep the chain of open clauses: "urged X to consider
  lifting ...", "demanded the release of Y", "X was urged to ..."),
  ``carried_request`` (a nominal act whose carrier verb is only asked for:
  "urged X and Y to agree to a ceasefire"), ``appealed_clause`` ("called for X
  to withdraw", "its demand that X leave");
- whom it is aimed at: ``appeal_addressee`` (the subject of the clause an appeal
  asks for), ``marked_subjects`` ("for" taken for a mark), ``condition_subject``
  ("warned of retaliation if X ..."), ``predicate_objects`` ("was critical of
  X"), ``by_agent`` ("condemned the attack by X"), ``accusing_speaker`` (a named
  speaker telling another state's violence accuses it: "Ukraine said Russia had
  violated ...");
- generated patterns: ``obligation_patterns`` (any verb of saying, ``saying_verb``,
  whose that-clause puts its subject under an obligation: "stressed that X must
  ...", "said X needs to ..." -> 10x, "should" -> 02x; ``intent.tsv``
  ``told_modal``; a verb's own ``cmod`` rows in ``verbs.tsv`` take precedence),
  ``content_patterns`` (the that-clause rows of "say" for every verb of saying:
  "argued that X's sanctions were illegal");
- the speaker's own act: ``said_copula_conjunct`` (a verb the parser joined to the
  copula of a reported clause: "X said the vote was flawed and condemned Y");
- no act: ``participle_adjective`` ("fired at protesting farmers": a participle
  the parser read as a gerund with an object);
- objects: ``counted`` ("dozens of protesters"), ``shared_object`` (coordinated
  acts of one kind share the last one's object: "shelled and destroyed
  villages"), ``object_predicates`` ("held X responsible").

One function per construction, general over the verbs of its word list; the
words live in the codebooks.
"""

from __future__ import annotations

import dataclasses
from functools import cache

from spacy.tokens import Token

from dyadline.codebook import read_tsv
from dyadline.coder import patterns as pat
from dyadline.coder.actors import actors_for

VERBS = ("VERB", "AUX")


def _lemma(tok: Token) -> str:
    return str(tok.lemma_).lower()


def controlling_object(verb: Token) -> Token | None:
    """The object that does the act of ``verb`` when ``verb`` is the clause of an
    object-control verb: the to-infinitive of a verb of asking (``intent.tsv``
    ``requester``: "urged X to leave", or of an appeal noun: "its call on X to free
    him", ``patterns.appealed_noun``) or the gerund of a verb of blame
    (``argument_words`` ``blame_verb`` with a ``blame_prep`` phrase: "accused X of
    attacking Y", "blamed X for helping Y"), where the parser hangs the phrase on
    the verb or on its object ("accused the rebels of killing ..."). The object
    acts whether or not it names an actor: an unnamed one ("accused the company
    of supporting Y") leaves the act without a known doer, never the accuser's.
    None when ``verb`` is no such clause."""
    head = verb.head
    if head == verb:
        return None
    appeal = pat.appealed_noun(verb)
    if appeal is not None and pat.appeal_addressee(appeal) is not None:
        return pat.appeal_addressee(appeal)  # "its call on X to free him": X would free
    if verb.dep_ == "xcomp" and head.pos_ in VERBS and _lemma(head) in pat.requesters():
        if not pat.to_infinitive(verb):
            return None
        return _object(head)
    if verb.dep_ not in ("pcomp", "pobj") or verb.pos_ not in VERBS or head.pos_ != "ADP":
        return None
    if _warned_against(verb):
        return _object(head.head)  # "warned X against invading Y": X would invade
    if head.lower_ not in pat.argument_words("blame_prep"):
        return None
    holder = head.head
    if holder.pos_ in VERBS and _lemma(holder) in pat.argument_words("blame_verb"):
        return _object(holder)
    owner = holder.head
    if (
        holder.pos_ in ("NOUN", "PROPN", "PRON")
        and holder.dep_ in ("dobj", "obj")
        and owner.pos_ in VERBS
        and _lemma(owner) in pat.argument_words("blame_verb")
    ):
        return holder  # "accused the rebels of killing": "of" hung on the object
    return None


def _warned_against(verb: Token) -> bool:
    """ "warned X against invading Y", "cautioned against escalating": the gerund of a
    ``warning_prep`` phrase on a verb of asking or warning (``intent.tsv`` ``requester``)
    is only warned against."""
    prep = verb.head
    return (
        verb.dep_ in ("pcomp", "pobj")
        and prep.lower_ in pat.argument_words("warning_prep")
        and prep.head.pos_ in VERBS
        and _lemma(prep.head) in pat.requesters()
    )


def condition_subject(tok: Token) -> list[Token]:
    """The subject of the condition a warning or threat sets ("warned of retaliation if
    NATO deploys troops", "threatened sanctions unless X withdraws": NATO, X), on the
    trigger or on the verb its noun is the object of."""
    holders = [tok, tok.head] if tok.pos_ in ("NOUN", "PROPN") else [tok]
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        holders.append(tok.head.head)  # "warned of retaliation if ..."
    for h in holders:
        for c in h.children:
            marks = {str(m.lower_) for m in c.children if m.dep_ == "mark"}
            if c.dep_ == "advcl" and marks & pat.argument_words("condition_mark"):
                subj = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
                if subj and subj[0].pos_ != "PRON":
                    return subj[:1]
    return []


def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)


def requested_within(tok: Token) -> bool:
    """Is the act of ``tok`` only asked of another actor, itself or as part of a clause
    that is ("urged X to consider lifting the blockade": the lifting; "asked X to
    help end the war")? Climbs the open clauses (to-infinitives, gerunds after a
    preposition) that share the asked actor; the appeal itself is the event."""
    cur = tok
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj":
        if _lemma(tok.head) in pat.argument_words("asking_verb"):
            return True  # "demanded the release of X": the release is only asked for
        if pat.light_verb(tok.head):
            cur = tok.head  # "urged X to reconsider imposing tariffs": the verb carries it
    for _ in range(5):
        if pat.requested(cur) or _asked_passive(cur) or appealed_clause(cur):
            return True
        if _warned_against(cur):
            return True
        head = cur.head
        if head == cur:
            return False
        if _asked_terms(cur):
            return True
        if cur.dep_ == "xcomp" and head.pos_ in VERBS:
            cur = head
        elif cur.dep_ in ("pcomp", "pobj") and cur.pos_ in VERBS and head.pos_ == "ADP":
            if head.head == head or head.head.pos_ not in VERBS:
                return False
            cur = head.head  # "urged X to refrain from attacking Y"
        else:
            return False
    return False


def _asked_terms(verb: Token) -> bool:
    """Is ``verb`` the "to" clause of a thing asked for ("demanding a deal to free the
    hostages", as the parser hangs it on the noun or on the verb of asking)?"""
    if verb.pos_ not in VERBS or not pat.to_infinitive(verb):
        return False
    head = verb.head
    asking = pat.argument_words("asking_verb")
    if verb.dep_ == "acl" and head.dep_ == "dobj" and head.pos_ in ("NOUN", "PROPN"):
        return _lemma(head.head) in asking
    if verb.dep_ == "advcl" and head.pos_ in VERBS and _lemma(head) in asking:
        return any(c.dep_ == "dobj" and c.i < verb.i for c in head.children)
    return False


def appealed_clause(verb: Token) -> bool:
    """Is ``verb`` the clause an appeal or demand asks its subject to carry out ("called
    for Russia to withdraw", "its call for X to leave", "the demand that X withdraw",
    "X demanded Y should leave")? A clause with a subject of its own under a verb or
    noun of asking (``intent.tsv`` ``requester``, ``argument_words`` ``appeal_noun``):
    marked "for" with a to-infinitive, or a that-clause in the subjunctive."""
    head = verb.head
    if verb.dep_ not in ("advcl", "acl", "ccomp") or head == verb or verb.pos_ not in VERBS:
        return False
    if _lemma(head) not in pat.requesters() | pat.argument_words("appeal_noun"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return False
    marks = {str(c.lower_) for c in verb.children if c.dep_ == "mark"}
    to = pat.to_infinitive(verb)
    if "for" in marks:
        return to
    if head.pos_ not in ("NOUN", "PROPN") or to:
        return False  # a verb's that-clause is ``patterns.requested``'s
    modals = {str(c.lower_) for c in verb.children if c.dep_ == "aux"}
    # "the demand that X withdraw" (a subjunctive), "the call that X should leave"
    return (verb.tag_ == "VB" and not modals) or bool(modals & {"should", "must"})


def appeal_addressee(tok: Token) -> list[Token]:
    """Whom an appeal or demand ``tok`` is aimed at by the clause it asks for: the
    subject of its ``appealed_clause`` ("called for Russia to withdraw": Russia)."""
    return [
        s
        for c in tok.children
        if appealed_clause(c)
        for s in c.children
        if s.dep_ in ("nsubj", "nsubjpass") and s.i < c.i
    ][:1]


def marked_subjects(tok: Token, word: str | None) -> list[Token]:
    """The subject of a clause of ``tok`` marked by ``word`` that the parser made of a
    preposition's phrase ("called for Russia to withdraw": "for" a mark, not a
    preposition with object Russia), for a requirement ``prep:for=-``."""
    if word is None:
        return []
    return [
        s
        for c in tok.children
        if c.dep_ in ("advcl", "acl", "ccomp")
        and any(m.dep_ == "mark" and m.lower_ == word for m in c.children)
        for s in c.children
        if s.dep_ == "nsubj" and s.i < c.i
    ]


def _asked_passive(verb: Token) -> bool:
    """ "X was urged to release ...", "X has been asked to leave": the to-infinitive of a
    passive verb of asking is only asked of its subject."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.pos_ in VERBS
        and _lemma(head) in pat.requesters()
        and pat.to_infinitive(verb)
        and any(c.dep_ == "nsubjpass" for c in head.children)
    )


def carried_request(tok: Token, carriers: list[Token]) -> bool:
    """Is a nominal act only asked for through the verb that carries it (a pattern's
    ``mod`` requirement: "urged X and Y to agree to a ceasefire")? A carrier verb
    above the noun that is itself only requested makes the act requested."""
    return any(
        c.pos_ in VERBS and c.i != tok.i and c.is_ancestor(tok) and requested_within(c)
        for c in carriers
    )


@cache
def _told_modals() -> tuple[tuple[frozenset[str], str], ...]:
    """(modal words, CAMEO code) of ``intent.tsv`` ``told_modal`` rows."""
    return tuple(
        (frozenset(w.strip().lower() for w in row["key"].split("|")), row["value"])
        for row in read_tsv("intent.tsv")
        if row["kind"] == "told_modal"
    )


def told_modal_code(verb: Token) -> str | None:
    """The code of what a clause with a subject says its subject must or should do
    (``intent.tsv`` ``told_modal``: "X must stop", "X has to leave", "X should
    talk"), by its modal auxiliary or its verb of obligation with an infinitive;
    None for any other clause."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    mods = {str(c.lower_) for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"}
    if _lemma(verb) in ("have", "need") and any(c.dep_ == "xcomp" for c in verb.children):
        mods.add(_lemma(verb))
    return next((code for modals, code in _told_modals() if mods & modals), None)


def obligation_patterns(patterns: list[pat.Pattern]) -> list[pat.Pattern]:
    """A pattern "verb, cmod=<modals>, target the clause's subject (or the verb's
    object: "told X it must ...")" for each verb of saying (``argument_words``
    ``saying_verb``) and each ``told_modal`` row, except where ``patterns`` hold a
    ``cmod`` row of the verb's own for one of the row's modals."""
    own = {
        (p.trigger, word)
        for p in patterns
        for r in p.requires
        if r.kind == "cmod"
        for word in r.lemmas or ()
    }
    out: list[pat.Pattern] = []
    for verb in sorted(pat.argument_words("saying_verb")):
        for modals, code in _told_modals():
            if any((verb, m) in own for m in modals):
                continue
            out.append(
                pat.Pattern(
                    trigger=verb,
                    particle=None,
                    pos="V",
                    requires=(pat.Requirement("cmod", None, modals),),
                    targets=("csubj", "obj"),
                    cameo=code,
                    symmetric=False,
                    target_optional=False,
                )
            )
    return out


def content_patterns(patterns: list[pat.Pattern]) -> list[pat.Pattern]:
    """The rows of the model verb of saying (``argument_words`` ``content_model``:
    "say") that read what its that-clause tells (``cpred``, ``sub``: "said the strikes
    were illegal", "said X had violated ..."), for every other verb of saying or
    accusing (``saying_verb``, ``accusing_verb``) that lacks a row of the same
    requirements: "argued", "declared", "maintained that Y's claims were false"."""
    models = pat.argument_words("content_model")
    content = [
        p
        for p in patterns
        if p.pos == "V"
        and p.trigger in models
        and p.particle is None
        and p.requires
        and all(r.kind in ("cpred", "sub") for r in p.requires)
    ]
    own = {(p.trigger, p.requires) for p in patterns if p.pos == "V"}
    verbs = pat.argument_words("saying_verb") | pat.argument_words("accusing_verb")
    out: list[pat.Pattern] = []
    for verb in sorted(verbs - models - pat.argument_words("content_exempt")):
        for p in content:
            if (verb, p.requires) not in own:
                out.append(dataclasses.replace(p, trigger=verb))
    return out


def counted(obj: Token) -> Token | None:
    """What a quantity noun counts ("dozens of protesters", "scores of fighters",
    ``argument_words`` ``count_noun``), or what a number does ("30 of 35 drones"): the
    noun of its "of" phrase; or None."""
    words = pat.argument_words("count_noun")
    if obj.pos_ != "NUM" and _lemma(obj) not in words and obj.lower_ not in words:
        return None
    return next(iter(pat.prep_objects(obj, {"of"})), None)


@cache
def _verb_quads() -> dict[str, frozenset[int]]:
    """Trigger lemma -> the CAMEO quad classes its verb patterns code (``verbs.tsv``)."""
    from dyadline.cameo import cameo_info

    quads: dict[str, set[int]] = {}
    for p in pat.packaged_patterns():
        if p.pos == "V":
            quads.setdefault(p.trigger, set()).add(cameo_info(p.cameo).quad_class)
    return {k: frozenset(v) for k, v in quads.items()}


def shared_object(verb: Token, cameo: str) -> Token | None:
    """The object of the last verb of a run of coordinated verbs, for a verb before it
    with no object, subject or clause of its own ("shelled and destroyed villages",
    "accused X of killing, looting and displacing civilians"): coordinated acts of
    one kind (the quad class of ``cameo``, the act of ``verb``, among those of the
    later verb's patterns) share it; "withdrew and shelled villages" does not.
    None when ``verb`` has its own object or no later conjunct of its kind has one."""
    from dyadline.cameo import cameo_info

    quad = cameo_info(cameo).quad_class
    if verb.pos_ not in VERBS or any(
        c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "nsubjpass") for c in verb.children
    ):
        return None
    cur = verb
    for _ in range(6):
        nxt = next((c for c in cur.children if c.dep_ == "conj" and c.pos_ in VERBS), None)
        if nxt is None:
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children) and not _raised_node(cur):
            return None
        if quad not in _verb_quads().get(_lemma(nxt), frozenset()):
            return None
        obj = _object(nxt)
        if obj is not None:
            return obj
        cur = nxt
    return None


def _raised_node(verb: Token) -> bool:
    """Does ``verb`` end its clause right before "and" ("X condemned and Y criticized
    the strike": a later conjunct with a subject of its own shares its object)?"""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (
        nxt is not None
        and nxt.dep_ == "cc"
        and nxt.head == verb
        and not any(c.i > verb.i and c.dep_ not in ("cc", "conj", "punct") for c in verb.children)
    )


def object_predicates(obj: Token) -> list[Token]:
    """Adjectives after an object that the parser hung on it as modifiers but that are
    its predicate ("held Iran responsible for ...": "responsible" an ``amod`` of
    "Iran")."""
    return [c for c in obj.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > obj.i]


def by_agent(noun: Token) -> list[Token]:
    """Who did what a noun names, by its "by" phrase or that of its participle ("the
    attack by Russia", "the strikes carried out by X"): the target of a verbal act
    aimed at the act ("condemned the attack by Russia on Y": Russia)."""
    made = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return [o for h in (noun, *made) for o in pat.prep_objects(h, {"by"})][:1]


def accusing_speaker(tok: Token) -> tuple[Token, Token] | None:
    """(verb, speaker) when telling the act of ``tok`` accuses its doer: the act is in
    the that-clause of a verb of saying (``argument_words`` ``saying_verb`` or
    ``accusing_verb``) with a named subject ("Ukraine said Russia had violated the
    ceasefire", "Kenya claims Somali troops launched an attack on ..."). None for a
    pronoun speaker or doer ("X said it killed ...": its own act, or a claim of
    responsibility)."""
    cur = tok
    for _ in range(4):
        if cur.dep_ == "ccomp":
            break
        if cur.dep_ in ("xcomp", "conj", "dobj", "nsubj", "nsubjpass") and cur.head != cur:
            cur = cur.head
        elif cur.dep_ == "pobj" and cur.head.dep_ == "prep":
            cur = cur.head.head
        else:
            return None
    verb = cur.head
    if cur.dep_ != "ccomp" or verb == cur or verb.pos_ not in VERBS:
        return None
    words = pat.argument_words("saying_verb") | pat.argument_words("accusing_verb")
    if _lemma(verb) not in words or _lemma(verb) == "accord":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    doer = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON" or (doer is not None and doer.pos_ == "PRON"):
        return None  # "X said it killed ...": its own act told, no accusation
    return verb, subj


def predicate_objects(verb: Token, prep: str) -> list[Token]:
    """The objects of ``prep`` on what a copula says its subject is ("X was critical of
    Y", "X is deeply disappointed by Y's decision"): a ``pred:of`` target."""
    return [o for p in pat.predicates(verb) for o in pat.prep_objects(p, {prep})]


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def said_copula_conjunct(verb: Token) -> bool:
    """Is ``verb`` a finite verb with no subject of its own that the parser joined to
    the copula of a reported clause ("X said the vote was flawed and condemned Y":
    "condemned" hangs on "was"), where the copula's subject is a thing, no actor, so
    the conjunct is the speaker's own act?"""
    cop = verb.head
    # a participle with an object of its own is the tagger's misreading of a past
    # tense ("was flawed and condemned Belarus")
    active = verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children)
    if verb.dep_ != "conj" or not (verb.tag_ in FINITE_TAGS or active) or verb.pos_ != "VERB":
        return False
    if cop.lemma_.lower() not in pat.argument_words("said_copula") or cop.dep_ != "ccomp":
        return False
    if cop.i > verb.i or cop.head.pos_ not in ("VERB", "AUX"):
        return False
    subs = [c for c in cop.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subs) != 1 or subs[0].pos_ not in ("NOUN",) or actors_for(subs[0]):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in cop.head.children)


def participle_adjective(verb: Token) -> bool:
    """Is ``verb`` a present participle describing the people named right after it
    that the parser read as a gerund with an object ("fired at protesting farmers",
    "an attack on fleeing civilians": "protesting" the ``pcomp`` of "at", "farmers"
    its object)? After a preposition of aim (``argument_words``
    ``participle_aim_prep``), a bare plural noun right after the participle is who
    it describes, not what it acts on."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return False
    if verb.head.lower_ not in pat.argument_words("participle_aim_prep"):
        return False
    if verb.i != verb.head.i + 1:
        return False  # "at once protesting ...": not the word right after the preposition
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return (
        obj is not None
        and obj.i == verb.i + 1
        and obj.tag_ == "NNS"
        and not any(c.dep_ in ("det", "poss", "nummod") for c in obj.children)
    )
