"""CLI commands for analysis: timeline, network, precedes, claims, report.

Thin: each command opens the store named by ``--db`` (default
``$DYADLINE_DB`` or ``dyadline.db``), fetches the export records, calls one
function of ``dyadline.analysis`` / ``dyadline.report`` and prints. Errors are
``DyadlineError``s, left to the CLI boundary to print.

::

    dyadline timeline --db FILE [--dyad ISR AZE | --actor IRN] [--from D] [--to D] [--sentences]
    dyadline network  --db FILE [--from D] [--to D] [--level state|actor]
                      [--format table|graphml|gexf|json] [-o FILE]
    dyadline precedes --db FILE "IRN->AZE conflict" "ISR<->AZE material-cooperation"
    dyadline claims   --db FILE [--contested]
    dyadline report   --db FILE -o report.html [--dyad A B]... [--from D] [--to D]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from dyadline.cli.options import actor
from dyadline.cli.terminal import echo
from dyadline.errors import DyadlineError

Printer = Callable[[str], None]


def _add_db(p: argparse.ArgumentParser) -> None:
    from dyadline.cli.core import add_db_argument

    add_db_argument(p)


def _add_period(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="inclusive: --to 2014 keeps 2014")


def _records(
    args: argparse.Namespace,
    *,
    dyad: tuple[str, str] | None = None,
    actor: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> list[dict[str, Any]]:
    """The stored records a command needs, preselected in SQL (a dyad or actor, and
    events whose interval overlaps the period); the analysis function decides."""
    if not args.db:
        raise DyadlineError(
            f"dyadline {args.command}", "no database given", "pass --db FILE or set $DYADLINE_DB"
        )
    from dyadline.store import Store

    with Store(args.db, create=False) as store:
        return store.events(
            dyad=dyad, actor=actor, date_from=date_from, date_to=date_to, overlapping=True
        )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's subcommands to the dyadline parser."""
    p = sub.add_parser(
        "timeline",
        help="a dyad's or an actor's events in date order",
        description="Events in date order with dates shown by precision; negated, hedged, "
        "future and reported events are marked; undated events are listed apart. With a "
        "period only dated events overlapping it are shown.",
    )
    _add_db(p)
    who = p.add_mutually_exclusive_group()
    who.add_argument(
        "--dyad",
        nargs=2,
        type=actor,
        metavar=("A", "B"),
        help="events between A and B (codes such as ISR or country names)",
    )
    who.add_argument(
        "--actor", type=actor, help="events with this actor (code or name) as source or target"
    )
    _add_period(p)
    p.add_argument("--sentences", action="store_true", help="print each event's sentence")
    p.add_argument("--format", choices=("text", "json"), default="text", dest="fmt")
    p.set_defaults(func=run_timeline)

    p = sub.add_parser(
        "network",
        help="the relation network of a period",
        description="Directed relations between states (or actors): events per quad class, "
        "mean Goldstein score, first and last dates, and the relation (cooperative, "
        "conflictual, mixed). Only asserted, reported and hedged events count.",
    )
    _add_db(p)
    _add_period(p)
    p.add_argument("--level", choices=("state", "actor"), default="state")
    p.add_argument(
        "--format", choices=("table", "graphml", "gexf", "json"), default="table", dest="fmt"
    )
    p.add_argument(
        "-o", "--output", metavar="FILE", help="write to this file instead of standard output"
    )
    p.set_defaults(func=run_network)

    p = sub.add_parser(
        "precedes",
        help="which of two kinds of event came first",
        description='Queries: "SRC->TGT KIND" or "A<->B KIND"; KIND is a quad class '
        "(verbal-cooperation, material-cooperation, verbal-conflict, material-conflict, "
        "cooperation, conflict), a CAMEO root (16) or a PLOVER category (AID). Only "
        "asserted events count (with --hedged also hedged and reported ones).",
    )
    _add_db(p)
    p.add_argument("a", help='first query, e.g. "IRN->AZE conflict"')
    p.add_argument("b", help='second query, e.g. "ISR<->AZE material-cooperation"')
    p.add_argument("--hedged", action="store_true", help="count hedged and reported events too")
    p.add_argument("--format", choices=("text", "json"), default="text", dest="fmt")
    p.set_defaults(func=run_precedes)

    p = sub.add_parser(
        "claims",
        help="events stated by several documents: corroborated or contested",
        description="Groups events of the same directed dyad, CAMEO root and overlapping "
        "dates across documents; a claim one document states and another denies (or "
        "codes the opposite quad for) is contested.",
    )
    _add_db(p)
    p.add_argument("--contested", action="store_true", help="only contested claims")
    p.add_argument("--format", choices=("text", "json"), default="text", dest="fmt")
    p.set_defaults(func=run_claims)

    p = sub.add_parser(
        "report",
        help="write a self-contained offline HTML report",
        description="One HTML file (no network needed to open it): timelines per dyad, the "
        "network, the filterable event table, the note audit and the contested claims.",
    )
    _add_db(p)
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="the HTML file to write")
    p.add_argument(
        "--dyad",
        nargs=2,
        action="append",
        type=actor,
        metavar=("A", "B"),
        help="a dyad to chart (repeatable; default: the three with most events)",
    )
    _add_period(p)
    p.add_argument("--title", default="dyadline report")
    p.set_defaults(func=run_report)


def run_timeline(args: argparse.Namespace, out: Printer = echo) -> int:
    from dyadline.analysis import timeline

    dyad = (args.dyad[0], args.dyad[1]) if args.dyad else None
    tl = timeline(
        _records(args, dyad=dyad, actor=args.actor, date_from=args.date_from, date_to=args.date_to),
        dyad=dyad,
        actor=args.actor,
        date_from=args.date_from,
        date_to=args.date_to,
    )
    if args.fmt == "json":
        out(
            json.dumps(
                {
                    "dated": [e.as_dict() for e in tl.dated],
                    "undated": [e.as_dict() for e in tl.undated],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    width = max((len(e.date) for e in tl.dated), default=4)
    for entry in tl.dated:
        _print_entry(entry.date.ljust(width), entry, args.sentences, out)
    if tl.undated:
        out("")
        out(f"Undated ({len(tl.undated)})")
        for entry in tl.undated:
            _print_entry("-", entry, args.sentences, out)
    if not len(tl):
        out("no events")
    return 0


def _print_entry(when: str, entry: Any, sentences: bool, out: Printer) -> None:
    notes = f"  (notes {', '.join(map(str, entry.notes))})" if entry.notes else ""
    mark = f" {entry.mark}" if entry.mark else ""
    out(f"{when}  {entry.source} → {entry.target}  {entry.event}{mark}{notes}")
    if sentences:
        out(f"    {entry.sentence}")


def run_network(args: argparse.Namespace, out: Printer = echo) -> int:
    import networkx as nx

    from dyadline.analysis import edge_rows, network

    graph = network(
        _records(args, date_from=args.date_from, date_to=args.date_to),
        date_from=args.date_from,
        date_to=args.date_to,
        level=args.level,
    )
    if args.fmt in ("graphml", "gexf"):
        generate = nx.generate_graphml if args.fmt == "graphml" else nx.generate_gexf
        text = "\n".join(generate(graph))
    elif args.fmt == "json":
        text = json.dumps(nx.node_link_data(graph, edges="edges"), ensure_ascii=False, indent=2)
    else:
        lines = [
            f"{'source':<8} {'target':<8} {'total':>5} {'q1':>3} {'q2':>3} {'q3':>3} {'q4':>3} "
            f"{'gstein':>6}  {'relation':<11} first .. last"
        ]
        for r in edge_rows(graph):
            lines.append(
                f"{r['source']:<8} {r['target']:<8} {r['total']:>5} {r['q1']:>3} {r['q2']:>3} "
                f"{r['q3']:>3} {r['q4']:>3} {r['goldstein']:>6.2f}  {r['relation']:<11} "
                f"{r['first'] or '?'} .. {r['last'] or '?'}"
            )
        if graph.number_of_edges() == 0:
            lines.append("no relations")
        text = "\n".join(lines)
    if args.output:
        _write_text(args.output, text + "\n")
        out(f"wrote {args.output} ({graph.number_of_edges()} relations, {args.fmt})")
    else:
        out(text)
    return 0


def _write_text(path: str, text: str) -> None:
    from dyadline.export import output_file

    with output_file(path) as out:
        out.write(text)


def run_precedes(args: argparse.Namespace, out: Printer = echo) -> int:
    from dyadline.analysis import parse_query, precedes

    qa, qb = parse_query(args.a), parse_query(args.b)  # syntax errors before opening the db
    result = precedes(_records(args), qa, qb, include_hedged=args.hedged)
    if args.fmt == "json":
        out(json.dumps({"first": result.first, "a": result.a, "b": result.b}, ensure_ascii=False))
        return 0
    from dyadline.analysis.records import display_date

    verdict = {
        "a": f"first: {qa.text}",
        "b": f"first: {qb.text}",
        "tie": "tie: both began in the same period",
        "unknown": "unknown: no dated event for "
        + " and ".join(q.text for q, r in ((qa, result.a), (qb, result.b)) if r is None),
    }[result.first]
    out(verdict)
    for name, q, rec, n in (
        ("a", qa, result.a, result.a_count),
        ("b", qb, result.b, result.b_count),
    ):
        if rec is None:
            out(f"  {name}: {q.text}: {n} matching events, none dated")
        else:
            out(f"  {name}: {q.text}: {display_date(rec.get('date'))}  {rec.get('sentence')}")
    return 0


def run_claims(args: argparse.Namespace, out: Printer = echo) -> int:
    from dyadline.analysis import claims

    found = claims(_records(args))
    if args.contested:
        found = [c for c in found if c.status == "contested"]
    if args.fmt == "json":
        out(json.dumps([c.as_dict() for c in found], ensure_ascii=False, indent=2))
        return 0
    for c in found:
        docs = ", ".join(f"{d['doc_title'] or d['doc_id']} ({d['stance']})" for d in c.documents)
        out(f"{c.status:<12} {c.date:<22} {c.label}  [{docs}]")
        if c.reason:
            out(f"{'':<12} {c.reason}")
    if not found:
        out("no claims")
    return 0


def run_report(args: argparse.Namespace, out: Printer = echo) -> int:
    if not args.db:
        raise DyadlineError(
            "dyadline report", "no database given", "pass --db FILE or set $DYADLINE_DB"
        )
    from dyadline.report import write_report
    from dyadline.store import Store

    with Store(args.db, create=False) as store:
        path = write_report(
            store,
            args.output,
            dyads=[(a, b) for a, b in args.dyad] if args.dyad else None,
            date_from=args.date_from,
            date_to=args.date_to,
            title=args.title,
        )
    out(f"wrote {path}")
    return 0
