"""The offline HTML report: self-contained, escaped, with charts, table, audit and claims."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from dyadline.model import Actor, Annotated, DateSpan, Document, Event, Note, NoteMarker, Sentence
from dyadline.report import top_dyads, write_report

NAMES = {"ISR": "Israel", "AZE": "Azerbaijan", "IRN": "Iran", "ARM": "Armenia"}

HOSTILE = "Azerbaijan accused <script>alert('x')</script> Iran of spying in 2012."


def _event(
    doc: Document,
    sentence: str,
    trigger: str,
    src: str,
    tgt: str,
    cameo: str,
    quad: int,
    year: str | None,
    modality: str = "asserted",
) -> Event:
    start = doc.text.index(sentence)
    t = start + sentence.index(trigger)
    return Event(
        sentence=sentence,
        sentence_start=start,
        sentence_end=start + len(sentence),
        trigger=trigger,
        trigger_start=t,
        trigger_end=t + len(trigger),
        source=Actor(src, src, None, NAMES[src], NAMES[src]),
        target=Actor(tgt, tgt, None, NAMES[tgt], NAMES[tgt]),
        cameo=cameo,
        cameo_label="label " + cameo,
        quad_class=quad,
        goldstein=3.0 if quad < 3 else -5.0,
        date=DateSpan(f"{year}-01-01", f"{year}-12-31", "year") if year else None,
        modality=modality,
        notes=[1],
        doc_id=doc.doc_id,
        doc_title=doc.title,
    )


def _corpus() -> list[tuple[Document, list[Event]]]:
    text_a = (
        "Israel sold radars to Azerbaijan in 2011. " + HOSTILE + " "
        "Israel and Azerbaijan held talks in 2013. Armenia condemned Israel in 2016."
    )
    a = Document(
        text=text_a,
        title="Brief <A>",
        path="/tmp/brief-a.txt",
        markers=[NoteMarker(40, 1), NoteMarker(120, 3)],
        notes=[
            Note(1, "A ministry statement, https://example.org/st and javascript:alert(2)."),
            Note(2, "An unused source."),
        ],
    )
    text_b = "Israel did not sell radars to Azerbaijan in 2011."
    b = Document(text=text_b, title="Brief B", path="/tmp/brief-b.txt")
    events_a = [
        _event(
            a, "Israel sold radars to Azerbaijan in 2011.", "sold", "ISR", "AZE", "062", 2, "2011"
        ),
        _event(a, HOSTILE, "accused", "AZE", "IRN", "112", 3, "2012"),
        _event(
            a,
            "Israel and Azerbaijan held talks in 2013.",
            "held talks",
            "ISR",
            "AZE",
            "040",
            1,
            "2013",
        ),
        _event(a, "Armenia condemned Israel in 2016.", "condemned", "ARM", "ISR", "122", 3, None),
    ]
    events_b = [_event(b, text_b, "sell", "ISR", "AZE", "062", 2, "2011", "negated")]
    return [(a, events_a), (b, events_b)]


@pytest.fixture()
def records() -> list[dict[str, Any]]:
    return [e.to_record() for _, events in _corpus() for e in events]


def _scripts(html: str) -> list[str]:
    return re.findall(r"<script[^>]*>", html)


def test_report_is_one_offline_file_with_charts_table_and_claims(
    tmp_path: Path, records: list[dict[str, Any]]
) -> None:
    docs = [doc for doc, _ in _corpus()]
    out = write_report(records, tmp_path / "r.html", documents=docs)
    html = out.read_text("utf-8")
    # offline: charts drawn as inline SVG, no external script, stylesheet or image
    assert "plotly" not in html
    assert html.count("<svg") == 3  # two dated dyads and the network (ARM-ISR is undated)
    assert not any("src=" in tag for tag in _scripts(html))
    assert not re.search(r"<(link|img|iframe)\b", html)
    assert 'id="timeline-0"' in html and 'id="network-chart"' in html
    assert top_dyads(records) == [("AZE", "ISR"), ("ARM", "ISR"), ("AZE", "IRN")]
    # the event table: every event, trigger marked, notes shown
    table = html[
        html.index('id="event-table"') : html.index("</table>", html.index('id="event-table"'))
    ]
    assert table.count("<tr>") == 6  # header + five events
    assert "Israel <mark>sold</mark> radars to Azerbaijan in 2011." in table
    key = records[0]["doc_id"][:8]
    # each event links to its sentence, its notes to the note's text; columns sort
    assert f'<a class="sent" href="#s-{key}-0">Israel <mark>sold</mark>' in table
    assert table.count(f'<a href="#n-{key}-1">1</a>') == 4
    assert table.count('<button type="button" class="sort"') == 7
    assert f'<li id="s-{key}-0" value="1">Israel sold radars to Azerbaijan in 2011.' in html
    notes = html[html.index('id="note-texts"') : html.index('id="notes"')]
    assert (
        f'<li id="n-{key}-1" value="1">A ministry statement, <a href="https://example.org/st" '
        'rel="noopener noreferrer nofollow">https://example.org/st</a> and '
        "javascript:alert(2).</li>" in notes
    )
    # the contested claim: Brief <A> sold, Brief B did not sell
    claims = html[html.index('id="claims"') :]
    assert "ISR → AZE" in claims and "did not <mark>sell</mark>" in claims
    # the note audit: note 2 cited nowhere, marker 3 without a note
    audit = html[html.index('id="notes"') : html.index('id="claims"')]
    assert "uncited" in audit and "no_note" in audit


def test_document_text_is_escaped(tmp_path: Path, records: list[dict[str, Any]]) -> None:
    html = write_report(records, tmp_path / "r.html").read_text("utf-8")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "Brief <A>" not in html and "Brief &lt;A&gt;" in html


def test_report_period_and_dyads_narrow_it(tmp_path: Path, records: list[dict[str, Any]]) -> None:
    html = write_report(
        records, tmp_path / "r.html", dyads=[("ISR", "AZE")], date_from="2013", date_to="2013"
    ).read_text("utf-8")
    assert 'id="timeline-0"' in html and 'id="timeline-1"' not in html
    table = html[html.index('id="event-table"') :]
    assert table[: table.index("</table>")].count("<tr>") == 2  # header + the 2013 talks


def test_report_from_a_store_audits_its_documents(tmp_path: Path) -> None:
    import argparse

    from dyadline.cli import analysis
    from dyadline.store import Store

    db = tmp_path / "events.db"
    with Store(db) as store:
        for doc, events in _corpus():
            sents = [
                Sentence(i, e.sentence_start, e.sentence_end, e.sentence)
                for i, e in enumerate(events)
            ]
            store.write(Annotated(doc, sents, events))
    parser = argparse.ArgumentParser()
    analysis.register(parser.add_subparsers(dest="command"))
    target = tmp_path / "report.html"
    args = parser.parse_args(["report", "--db", str(db), "-o", str(target), "--dyad", "isr", "aze"])
    lines: list[str] = []
    assert args.func(args, out=lines.append) == 0
    html = target.read_text("utf-8")
    assert lines == [f"wrote {target}"]
    assert "ISR – AZE" in html and "uncited" in html and "&lt;script&gt;" in html
