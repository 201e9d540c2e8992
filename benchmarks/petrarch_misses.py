"""The PETRARCH-2 records dyadline gets wrong, one record a block.

Scores the PETRARCH-2 validation records as ``benchmarks/accuracy.py`` does
(``dyadline.petrarch.score_petrarch``) and prints, for every record with a
missed expected coding (``MISS``) or a produced coding no expected one matches
(``FP``): its id, its text, the expected codings and the events dyadline
produced, with their triggers, so a wrong actor, a wrong root and a word that
is no act are told apart.

    python benchmarks/petrarch_misses.py            # the wrong records
    python benchmarks/petrarch_misses.py --all      # every record
"""

from __future__ import annotations

import argparse
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PETRARCH = REPO.parent / "shared" / "conformance" / "PETR2_GSR_validation.xml"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", default=str(PETRARCH), help="validation file")
    parser.add_argument("--all", action="store_true", help="also list the records right")
    parser.add_argument("--model", help="spaCy pipeline (default: dyadline's)")
    args = parser.parse_args(argv)

    from dyadline.annotate import annotate
    from dyadline.nlp import load_pipeline
    from dyadline.petrarch import _document, _petr_code, compare, load_petrarch

    nlp = load_pipeline(args.model)
    n_fp = n_miss = 0
    for rec in load_petrarch(args.path):
        if not rec.evaluate or not rec.text:
            continue
        events = annotate(_document(rec), nlp).events
        produced = [
            (ev.cameo, _petr_code(ev.source), _petr_code(ev.target) if ev.target else None)
            for ev in events
        ]
        result = compare(rec, produced)
        n_fp += len(result.extra)
        n_miss += len(result.missing)
        if result.ok and not args.all:
            continue
        print(f"[{rec.id}] {rec.text}")
        for c in rec.codings:
            tag = "MISS" if c in result.missing else "ok  "
            print(f"  {tag} expected {c[1]} -> {c[2] or '-'} {c[0]}")
        extra = list(result.extra)
        for ev, c in zip(events, produced, strict=True):
            tag = "FP  " if c in extra else "    "
            if c in extra:
                extra.remove(c)
            print(f"  {tag} system   {c[1]} -> {c[2] or '-'} {c[0]} [{ev.trigger}] {ev.modality}")
    print(f"misses {n_miss}, false positives {n_fp}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
