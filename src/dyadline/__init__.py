"""dyadline: source-grounded political event data from texts about relations between states.

The public API::

    import dyadline
    nlp = dyadline.load_pipeline()
    annotated = dyadline.annotate(dyadline.read_document("brief.md"), nlp)
    dyadline.ingest(["reports/"], "events.db")
    with dyadline.Store("events.db") as store:
        records = store.events(dyad=("ISR", "AZE"))
    dyadline.timeline(records)
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from dyadline.analysis import claims, network, parse_query, precedes, relation, timeline
    from dyadline.annotate import annotate, annotate_many
    from dyadline.cameo import cameo_info, plover
    from dyadline.coder.time import parse_date
    from dyadline.errors import (
        CodebookError,
        DyadlineError,
        GoldFormatError,
        PipelineError,
        QueryError,
        ReadError,
        StoreError,
        UnsupportedFormatError,
    )
    from dyadline.evaluate import load_gold, score
    from dyadline.export import export
    from dyadline.ingest import IngestSummary, ingest
    from dyadline.model import (
        Actor,
        Annotated,
        Block,
        DateSpan,
        Document,
        Event,
        Location,
        Note,
        NoteMarker,
        Quantity,
        Sentence,
    )
    from dyadline.nlp import load_pipeline
    from dyadline.read import read_document, read_text
    from dyadline.report import write_report
    from dyadline.store import Store

_LAZY: dict[str, str] = {
    "Actor": "dyadline.model",
    "Annotated": "dyadline.model",
    "Block": "dyadline.model",
    "CodebookError": "dyadline.errors",
    "DateSpan": "dyadline.model",
    "Document": "dyadline.model",
    "DyadlineError": "dyadline.errors",
    "Event": "dyadline.model",
    "GoldFormatError": "dyadline.errors",
    "IngestSummary": "dyadline.ingest",
    "Location": "dyadline.model",
    "Note": "dyadline.model",
    "NoteMarker": "dyadline.model",
    "PipelineError": "dyadline.errors",
    "Quantity": "dyadline.model",
    "QueryError": "dyadline.errors",
    "ReadError": "dyadline.errors",
    "Sentence": "dyadline.model",
    "Store": "dyadline.store",
    "StoreError": "dyadline.errors",
    "UnsupportedFormatError": "dyadline.errors",
    "annotate": "dyadline.annotate",
    "annotate_many": "dyadline.annotate",
    "cameo_info": "dyadline.cameo",
    "claims": "dyadline.analysis",
    "export": "dyadline.export",
    "ingest": "dyadline.ingest",
    "load_gold": "dyadline.evaluate",
    "load_pipeline": "dyadline.nlp",
    "network": "dyadline.analysis",
    "parse_date": "dyadline.coder.time",
    "parse_query": "dyadline.analysis",
    "plover": "dyadline.cameo",
    "precedes": "dyadline.analysis",
    "read_document": "dyadline.read",
    "read_text": "dyadline.read",
    "relation": "dyadline.analysis",
    "score": "dyadline.evaluate",
    "timeline": "dyadline.analysis",
    "write_report": "dyadline.report",
}


def __getattr__(name: str) -> Any:
    """Import the public names lazily, so ``import dyadline`` and the CLI start fast."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'dyadline' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


# Three public functions share their name with the module that defines them. Importing
# such a module binds the module on the package, which would shadow the function from
# the second access on; a data descriptor on the package's class always wins over that
# binding, so ``dyadline.annotate`` is the function on every access. The modules stay
# reachable as ``from dyadline.annotate import ...`` and ``importlib.import_module``.


def _function(name: str) -> property:
    def get(_module: types.ModuleType) -> Any:
        return getattr(importlib.import_module(f"dyadline.{name}"), name)

    def ignore(_module: types.ModuleType, _value: Any) -> None:
        """The import system binding the submodule: the function stays."""

    return property(get, ignore)


class _Package(types.ModuleType):
    annotate = _function("annotate")
    export = _function("export")
    ingest = _function("ingest")


sys.modules[__name__].__class__ = _Package


__all__ = [
    "Actor",
    "Annotated",
    "Block",
    "CodebookError",
    "DateSpan",
    "Document",
    "DyadlineError",
    "Event",
    "GoldFormatError",
    "IngestSummary",
    "Location",
    "Note",
    "NoteMarker",
    "PipelineError",
    "Quantity",
    "QueryError",
    "ReadError",
    "Sentence",
    "Store",
    "StoreError",
    "UnsupportedFormatError",
    "annotate",
    "annotate_many",
    "cameo_info",
    "claims",
    "export",
    "ingest",
    "load_gold",
    "load_pipeline",
    "network",
    "parse_date",
    "parse_query",
    "plover",
    "precedes",
    "read_document",
    "read_text",
    "relation",
    "score",
    "timeline",
    "write_report",
]
