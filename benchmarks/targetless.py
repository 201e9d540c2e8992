"""Triggers whose source is found but whose target is not, in a range of corpus stories.

Codes stories of a corpus file (one story a row) with the installed pipeline and
records every trigger the coder matched whose pattern gave a source actor and no
target actor (``dyadline.coder.arguments.dyads`` yielded nothing, or a source
without a target), with the other actors its sentence names. A summary counts
the trigger lemmas and the dependency of the trigger's object, so the commonest
targetless constructions come first. A diagnostic for the target slot of
``dyadline.coder.arguments`` and ``dyadline.coder.targets``, not a score.

    python benchmarks/targetless.py                       # VOA stories 21-75
    python benchmarks/targetless.py --first 11 --last 20 --lines
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
VOA = REPO.parent / "shared" / "corpus" / "voa" / "voa_dev.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(VOA))
    ap.add_argument("--first", type=int, default=21, help="first story (1-based line)")
    ap.add_argument("--last", type=int, default=75, help="last story (1-based line)")
    ap.add_argument("--lines", action="store_true", help="print each case with its sentence")
    args = ap.parse_args(argv)
    if args.first <= 10:
        ap.error("stories 1-10 are held apart: start at 11")

    from dyadline import nlp as nlp_mod
    from dyadline.annotate import annotate_many
    from dyadline.coder import arguments, coding
    from dyadline.coder.actors import mentions
    from dyadline.read.corpus import row_document

    found: list[tuple[str, str, str, str, str, str]] = []
    seen: set[tuple[int, int]] = set()
    real_dyads = coding.dyads

    def dyads(tok: Any, pattern: Any, *a: Any, **k: Any) -> Any:
        pairs = list(real_dyads(tok, pattern, *a, **k))
        if any(t is not None for _s, t in pairs):
            return iter(pairs)
        sources = arguments.actor_list(arguments._source_tokens(tok, pattern)[0])
        key = (id(tok.doc), tok.i)
        if sources and key not in seen:
            seen.add(key)
            own = {s.country for s in sources}
            sent = tok.sent
            others = [
                f"{m.actor.code}:{tok.doc[m.start : m.end].text}"
                for m in mentions(tok.doc)
                if sent.start <= m.start < sent.end and m.actor.country not in own
            ]
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "prep", "ccomp")), None)
            shape = f"{obj.dep_}:{obj.lemma_}" if obj is not None else "-"
            found.append(
                (
                    str(tok.lemma_).lower(),
                    f"{pattern.cameo} {'|'.join(pattern.targets)}",
                    ",".join(s.code for s in sources),
                    " ".join(others) or "-",
                    shape,
                    sent.text.strip(),
                )
            )
        return iter(pairs)

    real_code = coding.EventCoder._code_token

    def code_token(self: Any, tok: Any, *a: Any, **k: Any) -> Any:
        before = len(found)
        out = list(real_code(self, tok, *a, **k))
        if out and any(e.target is not None for e in out):
            del found[before:]  # a later pattern of the token found a target
        return iter(out)

    coding.dyads = dyads  # type: ignore[assignment]
    coding.EventCoder._code_token = code_token  # type: ignore[method-assign]
    nlp = nlp_mod.load_pipeline()
    lines = Path(args.corpus).read_text("utf-8").splitlines()
    docs = [
        row_document(json.loads(line), f"{args.corpus}:{n}")
        for n, line in enumerate(lines, start=1)
        if args.first <= n <= args.last and line.strip()
    ]
    for _ in annotate_many(docs, nlp):
        pass
    with_other = [f for f in found if f[3] != "-"]
    print(f"{len(found)} targetless triggers with a source, {len(with_other)} naming another actor")
    shapes = Counter((f[0], f[4].split(":")[0]) for f in with_other)
    for (lemma, shape), n in shapes.most_common(40):
        print(f"{n:4d} {lemma:14s} {shape}")
    if args.lines:
        for lemma, spec, src, others, shape, sentence in with_other:
            print(f"\n{lemma} [{spec}] {src} | others {others} | {shape}\n    {sentence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
