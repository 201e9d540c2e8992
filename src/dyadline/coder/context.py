"""The document context: what the stages share across one document, made once per document.

Owns ``DocumentContext``, the only state the coder keeps beyond one sentence:

- ``time``: the document's ``TimeContext`` (``dyadline.coder.time``), walked in
  text order: every sentence is dated first, before its events are coded, so a
  person's tenure is looked up at the event's date ("In 2002, relations warmed.
  Aliyev visited Israel." is Heydar Aliyev, in office until October 2003);
- ``memory``: the discourse ``Memory`` (``dyadline.coder.discourse``), the recent
  acts that later sentences point back to ("rejected the petition");
- ``mentions``: the names so far (``Mentions``): the last two states, for "the two
  countries" after a paragraph break, the last groups and people, for "the group",
  the people introduced with a role (``dyadline.coder.introduced``: "Ahmadi said"),
  the last words of the names of people the codebooks do not know
  (``dyadline.coder.domestic``: "John Mwangi ... Mwangi was charged"), and how
  often each state was named, for the document's main state, and the shared state
  names ("Congo") a place of the story settled (``dyadline.coder.ambiguous``).

Who makes it: ``dyadline.annotate`` makes one per document and hands it to the
``dyadline_events`` component for each of the document's paragraph Docs, as a
keyword argument through ``nlp.pipe(..., component_cfg={"dyadline_events":
{"context": ctx}})``; a paragraph's place in the document (heading, paragraph,
or the continuation of a paragraph cut for length) is ``doc.user_data[BLOCK]``.
A Doc without a context (a user's own ``nlp(text)`` or ``nlp.pipe(texts)``)
gets a fresh one, so no component keeps state from one Doc to the next and
unrelated Docs do not see each other. The context never goes on the Doc: the
Doc gets only the plain data its stages read (``PRIOR_STATES``, ``PRIOR_NAMED``,
``MAIN_STATE``),
so it still serialises.

Hand-written: this is the coder's own bookkeeping.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from dyadline.coder.actors import (
    BACK_KINDS,
    PRIOR_NAMED,
    PRIOR_STATES,
    RUNNER_UP,
    STATE_COUNTS,
    ActorMention,
    mention_data,
    mentions,
)
from dyadline.coder.actors import _prefixed as prefixed
from dyadline.coder.ambiguous import carry_settled
from dyadline.coder.arguments import MAIN_STATE
from dyadline.coder.discourse import Memory
from dyadline.coder.domestic import PRIOR_SURNAMES, surnames
from dyadline.coder.introduced import introduce
from dyadline.coder.time import TimeContext

__all__ = ["BLOCK", "CONTEXT_ARG", "DocumentContext", "Mentions"]

#: doc.user_data key: the Doc's place in its document, "paragraph" (the default),
#: "heading", or "continued" (the rest of a paragraph cut for length)
BLOCK = "dyadline_block"
#: the keyword argument of the ``dyadline_events`` component that takes the context
CONTEXT_ARG = "context"
#: how many earlier states a paragraph is handed ("the two countries")
CARRIED = 2
#: how many earlier groups, organisations and people ("the group")
CARRIED_NAMED = 6


@dataclass(slots=True)
class Mentions:
    """The states a document has named so far."""

    recent: list[ActorMention] = field(default_factory=list)  # the last ``CARRIED``, newest last
    named: list[ActorMention] = field(default_factory=list)  # groups, orgs, people, newest last
    counts: Counter[str] = field(default_factory=Counter)  # ISO-3 code -> times named
    people: dict[str, dict[str, Any]] = field(default_factory=dict)  # introduced by role
    surnames: set[str] = field(default_factory=set)  # of people the codebooks do not know
    settled: dict[str, str] = field(default_factory=dict)  # shared state name -> its state here

    def paragraph(self, doc: Doc) -> None:
        """A new paragraph: hand it the states and the groups and people named before
        it (``PRIOR_STATES``, ``PRIOR_NAMED``) and the main state so far, counting its
        own names (``MAIN_STATE``; ``RUNNER_UP``, the state named most after it); then
        remember its names for the paragraphs after it. People introduced with a role,
        here or before, are added to its mentions first (``dyadline.coder.introduced``)."""
        self.settled = carry_settled(doc, self.settled)
        introduce(doc, self.people, self.counts)
        found = mentions(doc)
        doc.user_data[PRIOR_STATES] = [mention_data(m) for m in self.recent]
        doc.user_data[PRIOR_NAMED] = [mention_data(m) for m in self.named]
        doc.user_data[PRIOR_SURNAMES] = sorted(self.surnames)
        self.surnames |= surnames(doc)
        self.counts.update(
            m.actor.country
            for m in found
            if m.state_level and m.actor.country and not prefixed(doc, m)
        )
        doc.user_data[MAIN_STATE] = self.main_state()
        doc.user_data[STATE_COUNTS] = dict(self.counts)
        ranked = [c for c, _n in self.counts.most_common(2)]
        doc.user_data[RUNNER_UP] = ranked[1] if len(ranked) > 1 else None
        for m in found:
            if prefixed(doc, m):
                continue
            if m.state_level:
                kept = [r for r in self.recent if r.actor.country != m.actor.country]
                self.recent = [*kept, m][-CARRIED:]
            if m.kind in BACK_KINDS:
                self.named = [*self.named, m][-CARRIED_NAMED:]

    def main_state(self) -> str | None:
        """The most named state so far (the first named of those tied)."""
        if not self.counts:
            return None
        return max(self.counts, key=lambda c: self.counts[c])


@dataclass(slots=True)
class DocumentContext:
    """What one document's paragraphs share: its time, its recent acts, its states."""

    time: TimeContext = field(default_factory=TimeContext)
    memory: Memory = field(default_factory=Memory)
    mentions: Mentions = field(default_factory=Mentions)

    def begin(self, doc: Doc) -> None:
        """Start one paragraph Doc of the document (``doc.user_data[BLOCK]`` says where it
        stands): narrative time starts afresh at a heading and is carried from the
        section into a new paragraph; the Doc gets the states named before it."""
        kind = doc.user_data.get(BLOCK, "paragraph")
        if kind == "heading":
            self.time.new_section()
        elif kind != "continued":
            self.time.new_paragraph()
        self.mentions.paragraph(doc)
