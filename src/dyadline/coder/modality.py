"""How sure the text is that an event happened, and whose claim it is.

Reads: spaCy tokens of a parsed sentence (tags and dependencies only) and the
cue words of ``codebooks/modality.tsv``, each with the position it must hold
(a negation on the verb group, a modal auxiliary, a hedging adverb, a verb
whose infinitive or that-clause is the event, a verb of saying). Adds, for an
event trigger: a modality -- ``asserted``, ``negated``, ``hedged``,
``future``, ``counterfactual`` or ``reported`` -- and the claimant, the head
token of whoever makes the claim ("the ministry *said* ...", "activists
... *claiming* ...", "*according to* officials"), or None.

How it works: starting at the trigger, it reads the cues of the trigger's
verb group, then climbs the dependency tree through the links that keep the
same proposition (``xcomp`` "likely *to open*", a gerund under a preposition
"accused *of plotting*", a coordinated verb without its own subject) and
stops at a clause boundary (``ccomp``, a that-clause on a noun, ``advcl``),
where only a cue of the governing word counts ("*said* that", "there are
*indications* that", "it is *likely* that"). Negation and modals of a
governing verb carry down ("*failed* to reach", "*could have* attempted to
stop"); above a that-clause they do not ("it was not known that ...").

When several cues apply the strongest wins, in this order:
negated > counterfactual > future > hedged > reported. A negated or
counterfactual event did not happen, whatever else is said of it; a forecast
has not happened yet; a hedge or an attribution only weakens an assertion.
The claimant is returned whenever the event lies inside someone's claim, even
when another modality wins ("X said Y will not ..."), so the caller can set
``attributed_to``.

spaCy has no negation or hedge detection of its own (negspaCy targets
clinical entity negation, not events), hence the hand-written walk.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from dyadline.codebook import read_tsv
from dyadline.coder import clauses
from dyadline.coder.patterns import argument_words, to_infinitive

PRECEDENCE: tuple[str, ...] = ("negated", "counterfactual", "future", "hedged", "reported")
_NOMINAL = frozenset({"NOUN", "PROPN", "NUM"})
_MAX_STEPS = 10
# Verb forms that borrow the auxiliaries of the verb they are coordinated with;
# a finite verb ("is not positive ... and hurts") carries its own.
_SHARES_AUX = frozenset({"VB", "VBN", "VBG"})


@cache
def _cues() -> dict[str, dict[str, str]]:
    """where -> {cue lemma: modality}; loaded once."""
    table: dict[str, dict[str, str]] = {}
    for row in read_tsv("modality.tsv"):
        table.setdefault(row["where"], {})[row["cue"].lower()] = row["modality"]
    return table


def _cue(where: str, tok: Token) -> str | None:
    table = _cues().get(where, {})
    return table.get(tok.lemma_.lower()) or table.get(tok.lower_)


def _pending(verb: Token) -> bool:
    """Is the adverbial clause of ``verb`` in the present tense under a main clause
    told ahead ("will", "would": ``aux`` cues of the future), a condition not met
    yet ("will resume once Y releases them")?"""
    if verb.tag_ not in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children
    ):
        return False
    main = verb.head
    return any(c.dep_ == "aux" and _cue("aux", c) == "future" for c in main.children)


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _negates(tok: Token) -> bool:
    """A negation word, unless it opens "not only"."""
    if tok.dep_ != "neg" and _cue("neg", tok) is None:
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return not (nxt is not None and _cue("neg_exempt", nxt) is not None)


def _group_cues(verb: Token) -> set[str]:
    """Cues on a verb and its auxiliaries: negation, modals, hedging adverbs."""
    found: set[str] = set()
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    for member in (verb, *auxes):
        for child in member.children:
            if child.dep_ in ("neg", "advmod", "preconj") and _negates(child):
                found.add("negated")
            elif child.dep_ == "advmod" and any(
                g.dep_ == "neg" and g.i < child.i and _negates(g) for g in child.children
            ):
                found.add("negated")  # "will no longer recognize": negated through "longer"
            elif child.dep_ == "advmod" or (child.dep_ == "acomp" and member != verb):
                # "reportedly", "Likely, ..."; "was likely behind it"
                hedge = _cue("adv", child)
                if hedge:
                    found.add(hedge)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(
        g.dep_ in ("preconj", "det") and g.i < s.i and _negates(g)
        for s in subjects
        for g in s.children
    ):
        # "neither X nor Y condemned it", "no state recognised it": a negated subject
        found.add("negated")
    for k, aux in enumerate(auxes):
        if aux.tag_ != "MD":
            continue
        perfect = verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes[k + 1 :])
        mod = _cue("aux_perfect", aux) if perfect else _cue("aux", aux)
        if mod == "hedged" and _cue("perceive", verb) is not None:
            continue  # "troops could be seen near the port": what was seen, not a guess
        if mod == "future" and not perfect and aux.lower_ in _cues().get("telling_only", {}):
            mod = _WOULD  # future only as told by a speaker (see ``_settle_would``)
        if mod:
            found.add(mod)
    return found


_WOULD = "future-told"
"""A marker for a modal that is the future of a telling ("said it *would* ask") and
elsewhere only a possibility ("the deal *would* allow ..."): ``_settle_would``."""


def _settle_would(found: set[str], told: bool) -> None:
    """In a that-clause ("said / warned / promised it would") or someone's claim a
    "would" is the future of the telling; told by the text itself in a clause of its
    own it is a possibility: hedged."""
    if _WOULD in found:
        found.discard(_WOULD)
        found.add("future" if told else "hedged")


def _inside_telling(trigger: Token) -> bool:
    """Does the trigger stand in what someone says or thinks: a that-clause or a
    clause of reported speech anywhere above it ("told reporters it was a plot and
    that he would ask ..."), or a quotation?"""
    for tok in (trigger, *trigger.ancestors):
        if tok.dep_ in ("ccomp", "parataxis"):
            return True
        if tok.dep_ == "acl" and any(c.dep_ == "mark" for c in tok.children):
            return True
    sent = trigger.sent
    quotes = sum(1 for t in sent[: trigger.i - sent.start] if t.text in ('"', "\u201c", "\u201d"))
    return quotes % 2 == 1


def _yes_no_question(root: Token) -> bool:
    """Is ``root`` the verb of a yes/no question ("Did X attack Y?", "Will X meet Y?"):
    the sentence ends in a question mark and an auxiliary stands before the subject?
    Such a question asks whether the act happened; a wh-question ("Why did X attack
    Y?") presupposes it."""
    sent = root.sent
    last = [t for t in sent if not t.is_punct or t.text == "?"]
    if not last or last[-1].text != "?":
        return False
    subj = _subject(root)
    if subj is None:
        return False
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < subj.i]
    if root.lemma_ == "be" and root.i < subj.i:
        auxes.append(root)
    if not auxes:
        return False
    first = min(auxes, key=lambda t: t.i)
    return not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in sent if t.i < first.i)


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj", "expl"):
            return child
    return None


def _claimant(word: Token) -> Token | None:
    """Who makes the claim expressed by a verb or noun of saying."""
    if word.pos_ in _NOMINAL:  # "Armenia's claims that ..."
        for child in word.children:
            if child.dep_ == "poss":
                return child
        return _agent(word)
    if _is_passive(word):  # "were accused of", "it is said": the agent, if any
        return _agent(word)
    tok = word
    for _ in range(4):  # "..., claiming that": the subject of the clause it hangs on
        subj = _subject(tok)
        if subj is not None and subj.dep_ in ("nsubj", "nsubjpass"):
            return subj
        if tok.dep_ not in ("advcl", "xcomp", "conj", "acl") or tok.head == tok:
            return None
        tok = tok.head
    return None


def _agent(word: Token) -> Token | None:
    for child in word.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _according_to(verb: Token) -> Token | None:
    """The claimant of "according to X" attached to a verb."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            for to in child.children:
                for obj in to.children:
                    if obj.dep_ == "pobj":
                        return obj
    return None


def _expletive_passive(verb: Token) -> bool:
    """ "it is said that", "it was reported that": no one in particular claims it."""
    subj = _subject(verb)
    return _is_passive(verb) and (subj is None or subj.lower_ in ("it", "there"))


def _matrix_cue(matrix: Token, where: str) -> tuple[str | None, Token | None, bool]:
    """(modality, claimant, is_report) from the word governing the event's clause."""
    report = _cue("report", matrix)
    if report and where == "that" and _expletive_passive(matrix):
        return "hedged", None, False
    passive_control = _is_passive(matrix) and _cue(where, matrix) is not None
    if report and not (where == "control" and passive_control):
        return report, _claimant(matrix), True
    mod = _cue(where, matrix)
    if mod is None and where == "that" and matrix.lemma_ == "be":
        # "it is likely that", "there are indications that"
        for child in matrix.children:
            if child.dep_ in ("acomp", "attr"):
                mod = _cue("that", child)
    return mod, None, False


def _noun_cues(noun: Token) -> set[str]:
    found: set[str] = set()
    for child in noun.children:
        if child.dep_ in ("det", "neg") and _negates(child):
            found.add("negated")  # "no agreement"
        elif child.dep_ in ("amod", "compound"):
            mod = _cue("amod", child)
            if mod:
                found.add(mod)  # "a potential visit", "the alleged plot"
    return found


def _copula_forecast(verb: Token) -> str | None:
    """ "Further talks are likely": a copula whose complement forecasts its subject."""
    if verb.lemma_ != "be":
        return None
    for child in verb.children:
        if child.dep_ == "acomp":
            return _cue("that", child)
    return None


def _unmet(noun: Token) -> bool:
    """ "the expectations that X would ... did not materialize": an expected act whose
    expectation the text says was not met did not happen."""
    if _cue("expect", noun) is None or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return "negated" in _group_cues(noun.head)


def _blamed(noun: Token) -> bool:
    """Is a nominal act what someone is accused of or blamed for ("blamed X for the
    attack", "stands accused of the killing")? The phrase, not "said in talks"."""
    return noun.head.lower_ in argument_words("blame_prep")


def _named_doers_act(noun: Token) -> bool:
    """Is a nominal act told with its doer named in the possessive ("has never
    condemned Russia's invasion", "during Iraq's war with Iran")? Such a phrase
    presupposes the act: the words around it (a negated reaction, a speaker's
    suggestion) are about something else, and only the noun's own words ("the
    alleged", "the planned") weaken it. Not when the verb governing it has a modal or
    hedge of its own ("would prevent Israel's cooperation": the act a verb stops is
    in that verb's status), nor for a pronoun doer ("did not carry out its attack":
    the verb's own subject, whose act did not happen), nor for the subject of a verb
    ("X's offer did not materialize": the verb tells whether the act happened)."""
    if not any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in noun.children):
        return False
    if noun.dep_ not in ("dobj", "pobj"):
        return False  # a verb of which the act is the subject tells of the act itself
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return _group_cues(verb) <= {"negated"}


def own_telling(verb: Token) -> bool:
    """Is a verb of saying told as its speaker's own act, with a subject of its own
    ("X accused Y of ...", "Washington alleges ...", "X has blamed Y")? The text
    asserts that the accusation or statement was made: the act is ``asserted`` (what
    it claims is the speaker's: ``reported``). A participle hung on another act
    ("..., claiming that Y") or a passive ("Y was accused of") keeps the claim."""
    subj = _subject(verb)
    return subj is not None and subj.dep_ == "nsubj" and not _is_passive(verb)


def _decide(found: set[str]) -> str:
    for modality in PRECEDENCE:
        if modality in found:
            return modality
    return "asserted"


def _afterthought_charge(clause: Token) -> bool:
    """Is ``clause`` a whole statement the parser made the complement of a comment
    after it that names it by a noun of claim ("X accused Y of ..., a charge Y
    denies": "accused" the ccomp of "denies", "charge" its subject or object)? The
    comment answers the claim; it does not govern the telling of it."""
    head = clause.head
    if head.i < clause.i:
        return False
    return any(
        clause.i < c.i < head.i
        and c.dep_ in ("nsubj", "nsubjpass", "dobj", "npadvmod")
        and str(c.lemma_).lower() in argument_words("claim_noun")
        for c in head.children
    )


def modality_of(trigger: Token) -> tuple[str, Token | None]:
    """(modality, claimant) for the event whose trigger is ``trigger``.

    ``claimant`` is the head token of who claims the event ("said",
    "remarked", "claiming", "accused", "according to") or None, also for a
    passive claim without an agent ("were accused of plotting").
    """
    found: set[str] = set()
    claimant: Token | None = None
    tok = trigger
    if tok.pos_ in _NOMINAL:
        found |= _noun_cues(tok)
        if _named_doers_act(tok):
            return _decide(found), None
        head = tok.head
        if tok.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
            if _cue("neg", head):
                found.add("negated")  # "without consultations"
            head = head.head
        if head == tok or head.pos_ not in ("VERB", "AUX"):
            return _decide(found), None
        if tok.dep_ == "pobj" and _cue("report", head) == "reported" and _blamed(tok):
            # "accused X of the attack on Y": the act is the accuser's claim
            found.add("reported")
            claimant = _claimant(head)
        if tok.dep_ == "nsubj":
            forecast = _copula_forecast(head)
            if forecast:
                found.add(forecast)
        tok = head
    elif (
        _cue("report", tok) == "reported"
        and any(c.dep_ in ("ccomp", "prep") for c in tok.children)
        and not own_telling(tok)
    ):
        # The trigger is itself a claim told as a side remark of another act
        # ("filed a petition, claiming that Y ..."): reported as its speaker's, who
        # is also the claimant.
        found.add("reported")
        claimant = _claimant(tok)
    told = False  # the event is inside what someone says: a "would" is their future
    opaque = False  # above a that-clause only words of saying and judging count
    affirmed = False  # "were not afraid to express": the negation affirms the act
    for _ in range(_MAX_STEPS):
        if not opaque:
            cues = _group_cues(tok)
            found |= cues - {"negated"} if affirmed else cues
        source = _according_to(tok)
        if source is not None:
            found.add("reported")
            claimant = claimant or source
        dep, head = tok.dep_, tok.head
        if head == tok:
            if not opaque and _yes_no_question(tok):
                found.add("hedged")
            break
        if clauses.said_copula_conjunct(tok):
            tok = head.head  # "X said the vote was flawed and condemned Y": X's own act
        elif dep == "conj" and _subject(tok) is None and tok.tag_ in _SHARES_AUX:
            tok = head  # "did not open an embassy or send an envoy": one verb group
        elif dep in ("xcomp", "acomp"):
            affirmed = affirmed or (dep == "xcomp" and _cue("neg_affirm", head) is not None)
            mod, who, _ = _matrix_cue(head, "control")
            if mod and not opaque:
                found.add(mod)
            claimant = claimant or who
            tok = head
        elif (dep == "pcomp" or (dep == "pobj" and tok.pos_ in ("VERB", "AUX"))) and (
            head.dep_ == "prep"
        ):
            # a gerund after a preposition (the parser may call it "pobj" in a list:
            # "accused X of killing, looting and ...")
            if _cue("neg", head) and not opaque:
                found.add("negated")  # "without consulting"
            if head.lower_ in argument_words("prior_act_prep"):
                break  # "after meeting Xi, Lula said ...": a time told, not what is said
            matrix = head.head
            if getattr(clauses.controlling_object(tok), "i", -1) == matrix.i:
                matrix = matrix.head  # "accused the rebels of killing": "of" on the object
            mod, who, _ = _matrix_cue(matrix, "control")
            if mod and not opaque:
                found.add(mod)
            claimant = claimant or who
            if matrix.pos_ in _NOMINAL and "negated" in _noun_cues(matrix) and not opaque:
                found.add("negated")  # "had no intention of meeting X"
            if matrix.pos_ in _NOMINAL or matrix == head:
                break
            tok = matrix
        elif dep == "ccomp" and _afterthought_charge(tok):
            break  # "X accused Y of ..., a charge Y denies": X's accusation stands
        elif dep in ("ccomp", "acl", "parataxis") and head.pos_ not in ("ADP",):
            if dep == "ccomp" and not opaque:
                asked = [_cue("question", c) for c in tok.children if c.dep_ == "mark"]
                found.update(m for m in asked if m)  # "will see whether a summit is held"
            if dep == "acl" and not any(c.dep_ == "mark" for c in tok.children):
                if head.pos_ in _NOMINAL and not opaque:
                    if "negated" in _noun_cues(head):
                        found.add("negated")  # "has no plans to attack X"
                    # "its refusal to condemn X", "a plan to", "a deal to free": the
                    # noun's "to" clause, not a participle ("a deal brokered by X")
                    infinitive = to_infinitive(tok)
                    governed = _cue("control", head) if infinitive else None
                    if governed:
                        found.add(governed)
                break  # "an agreement valued at": a modifier, not a claim
            mod, who, is_report = _matrix_cue(head, "that")
            told = True  # "said / warned / promised that it would": the speaker's future
            if mod:
                found.add(mod)
            claimant = claimant or who
            if head.pos_ in _NOMINAL and _unmet(head) and not opaque:
                found.add("negated")
            if is_report or head.pos_ in _NOMINAL:
                break
            opaque = True
            tok = head
        elif dep == "advcl":
            marks = [c for c in tok.children if c.dep_ == "mark"]
            if any(_cue("condition", m) for m in marks) and not opaque:
                past_perfect = any(c.lemma_ == "have" and c.tag_ == "VBD" for c in tok.children)
                found.add("counterfactual" if past_perfect else "hedged")
                break
            # ("when" is the parser's adverb of its clause, not its mark)
            subordinators = [*marks, *(c for c in tok.children if c.tag_ == "WRB")]
            if any(_cue("pending", m) for m in subordinators) and not opaque and _pending(tok):
                found.add("hedged")  # "will not approve it until X arrests them"
            if not opaque and to_infinitive(tok):
                # "reached a deal to free the hostages": the parser can hang the terms
                # of a deal or plan on the verb; they are the noun's, as its "to" clause
                nouns = [c for c in head.children if c.dep_ == "dobj" and c.pos_ in _NOMINAL]
                governed = next((g for n in nouns if (g := _cue("control", n))), None)
                if governed:
                    found.add(governed)
            break
        else:
            break
    _settle_would(found, told or claimant is not None or _inside_telling(trigger))
    if claimant is not None and not found & {"negated", "counterfactual", "future", "hedged"}:
        found.add("reported")
    return _decide(found), claimant
