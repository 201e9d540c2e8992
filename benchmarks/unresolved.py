"""Event arguments whose actor stays unresolved, in a range of corpus stories.

Codes stories of a corpus file (one story a row) with the installed pipeline and
records, for every trigger the coder matched, the argument phrases it looked at
that gave no actor (``NONE``: "the president", "they", "the group") and the
sector-only mentions ("police") that found no country in their context
(``NOCOUNTRY``), with the sentence. A summary counts the head words, so the
commonest unresolved mentions come first. A diagnostic for the actor resolution
of ``dyadline.coder.actors`` and ``dyadline.coder.arguments``, not a score.

    python benchmarks/unresolved.py                       # VOA stories 21-75
    python benchmarks/unresolved.py --first 21 --last 30 --lines
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
VOA = REPO.parent / "shared" / "corpus" / "voa" / "voa_dev.jsonl"
# argument roles worth reporting: a phrase in one of them names (or fails to name) an actor
ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "agent"})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(VOA))
    ap.add_argument("--first", type=int, default=21, help="first story (1-based line)")
    ap.add_argument("--last", type=int, default=75, help="last story (1-based line)")
    ap.add_argument("--lines", action="store_true", help="print each case with its sentence")
    args = ap.parse_args(argv)

    from dyadline import nlp as nlp_mod
    from dyadline.annotate import annotate_many
    from dyadline.coder import arguments
    from dyadline.read.corpus import row_document

    found: list[tuple[str, str, str, str]] = []  # (kind, head, phrase, sentence)
    seen: set[tuple[str, int, int]] = set()
    real_tokens = arguments._actor_tokens
    real_context = arguments.context_country

    def record(kind: str, tok: Any) -> None:
        key = (kind, id(tok.doc), tok.i)
        if key in seen:
            return
        seen.add(key)
        phrase = " ".join(t.text for t in tok.subtree)[:80]
        found.append((kind, tok.lower_, phrase, tok.sent.text.strip()))

    def actor_tokens(tokens: Iterable[Any], date: str | None, *rest: Any) -> Any:
        tokens = list(tokens)
        out = real_tokens(tokens, date, *rest)
        named = {t.i for _a, t in out}
        for t in tokens:
            if t.i not in named and t.dep_ in ROLES and t.pos_ in ("NOUN", "PRON", "PROPN"):
                record("NONE", t)
        return out

    def context_country(tok: Any, *a: Any, **k: Any) -> Any:
        country = real_context(tok, *a, **k)
        if country is None:
            record("NOCOUNTRY", tok)
        return country

    arguments._actor_tokens = actor_tokens  # type: ignore[assignment]
    arguments.context_country = context_country  # type: ignore[assignment]
    nlp = nlp_mod.load_pipeline()
    lines = Path(args.corpus).read_text("utf-8").splitlines()
    docs = [
        row_document(json.loads(line), f"{args.corpus}:{n}")
        for n, line in enumerate(lines, start=1)
        if args.first <= n <= args.last and line.strip()
    ]
    for _ in annotate_many(docs, nlp):
        pass
    counts = Counter((kind, head) for kind, head, _p, _s in found)
    for (kind, head), n in counts.most_common():
        print(f"{n:4d} {kind:9s} {head}")
    if args.lines:
        for kind, head, phrase, sentence in found:
            print(f"\n{kind} {head!r} [{phrase}]\n    {sentence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
