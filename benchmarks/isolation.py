"""One sentence alone vs in its story: what story context adds to or takes from coding.

The held-out news sentences are coded one at a time, with no story date and no
earlier mentions. This benchmark codes VOA stories (by default stories 21-75 of
``../shared/corpus/voa/voa_dev.jsonl``: the first ten are held apart and not read)
twice: as stories, and each sentence of each story as its own undated document.
It prints the totals and, with ``--list``, every sentence whose codings
(code, source, target) differ, so a mechanism that needs context (a country
carried from an earlier sentence, a definite noun pointing back, a date) is
seen failing without it. ``--events FILE`` writes the story-mode events as
JSONL (sentence, trigger, code, actors) to compare two branches' new events.

    python benchmarks/isolation.py                 # totals
    python benchmarks/isolation.py --list          # the sentences that differ
    python benchmarks/isolation.py --events new.jsonl --first 21 --last 75
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
VOA = REPO.parent / "shared" / "corpus" / "voa" / "voa_dev.jsonl"
HELD_APART = 10  # stories 1-10 are the held-apart dev set: never read here


def _code(ev: Any) -> tuple[str, str, str]:
    return (ev.cameo, ev.source.code, ev.target.code if ev.target else "-")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--first", type=int, default=21, help="first story (1-based)")
    parser.add_argument("--last", type=int, default=75, help="last story (1-based)")
    parser.add_argument("--list", action="store_true", help="list the sentences that differ")
    parser.add_argument("--events", metavar="FILE", help="write story-mode events as JSONL")
    parser.add_argument("--model", help="spaCy pipeline (default: dyadline's)")
    args = parser.parse_args(argv)
    if args.first <= HELD_APART:
        parser.error(f"stories 1-{HELD_APART} are held apart: start at {HELD_APART + 1}")

    from dyadline.annotate import annotate
    from dyadline.ingest import iter_file
    from dyadline.nlp import load_pipeline
    from dyadline.read import read_text

    nlp = load_pipeline(args.model)
    with VOA.open(encoding="utf-8") as fh:
        rows = [line for n, line in enumerate(fh, 1) if args.first <= n <= args.last]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "stories.jsonl"
        path.write_text("".join(rows), "utf-8")
        documents = list(iter_file(path))
    story_total = alone_total = differ = 0
    out = open(args.events, "w", encoding="utf-8") if args.events else None  # noqa: SIM115
    try:
        for document in documents:
            if isinstance(document, Exception):
                raise document
            done = annotate(document, nlp)
            by_sentence: dict[int, list[Any]] = {}
            for ev in done.events:
                by_sentence.setdefault(ev.sentence_index, []).append(ev)
                if out is not None:
                    rec = {"doc": document.title, "sentence": ev.sentence, "trigger": ev.trigger}
                    rec.update(zip(("cameo", "source", "target"), _code(ev), strict=True))
                    rec["modality"] = ev.modality
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            for sent in done.sentences:
                story = Counter(_code(ev) for ev in by_sentence.get(sent.index, []))
                alone_doc = dataclasses.replace(read_text(sent.text), date=None, news=True)
                alone = Counter(_code(ev) for ev in annotate(alone_doc, nlp).events)
                story_total += sum(story.values())
                alone_total += sum(alone.values())
                if story != alone:
                    differ += 1
                    if args.list:
                        print(f"[{document.title[:40]} s{sent.index}] {sent.text}")
                        for c in sorted((story - alone).elements()):
                            print(f"  story only {c[1]} -> {c[2]} {c[0]}")
                        for c in sorted((alone - story).elements()):
                            print(f"  alone only {c[1]} -> {c[2]} {c[0]}")
    finally:
        if out is not None:
            out.close()
    print(
        f"stories {args.first}-{args.last}: events in story mode {story_total}, "
        f"sentence by sentence {alone_total}; sentences that differ {differ}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
