"""The report in a real browser: charts render, the filter hides rows, nothing is fetched."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadline.model import Actor, DateSpan, Event
from dyadline.report import write_report

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium"),
]
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SENTENCES = [
    ("Israel sold radars to Azerbaijan in 2011.", "sold", "ISR", "AZE", "062", 2, "2011"),
    ("Baku accused <script>alert(1)</script> Iran.", "accused", "AZE", "IRN", "112", 3, "2012"),
    ("Israel and Azerbaijan held talks in 2013.", "held", "ISR", "AZE", "040", 1, "2013"),
    ("Iran shelled the Azerbaijani border in 2014.", "shelled", "IRN", "AZE", "195", 4, "2014"),
    ("Armenia condemned Israel over radars.", "condemned", "ARM", "ISR", "122", 3, None),
]  # fmt: skip


def _records() -> list[dict[str, object]]:
    out = []
    for i, (sentence, trigger, src, tgt, cameo, quad, year) in enumerate(SENTENCES):
        t = sentence.index(trigger)
        ev = Event(
            sentence=sentence,
            sentence_start=0,
            sentence_end=len(sentence),
            trigger=trigger,
            trigger_start=t,
            trigger_end=t + len(trigger),
            source=Actor(src, src),
            target=Actor(tgt, tgt),
            cameo=cameo,
            quad_class=quad,
            goldstein=4.0 if quad < 3 else -6.0,
            date=DateSpan(f"{year}-01-01", f"{year}-12-31", "year") if year else None,
            doc_id=f"doc{i}",
            doc_title=f"Doc {i}",
        )
        out.append(ev.to_record())
    return out


def test_report_works_offline_in_chromium(tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    report = write_report(_records(), tmp_path / "report.html")
    url = report.resolve().as_uri()
    requests: list[str] = []
    errors: list[str] = []
    dialogs: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page()
            page.on("request", lambda r: requests.append(r.url))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(url)
            # the charts are inline SVG: one point per dated event of the dyad
            assert page.locator("#timeline-0 svg a circle").count() == 2
            assert page.locator("#network-chart svg g.node").count() == 4
            rows = page.locator("#event-table tbody tr")
            assert rows.count() == 5
            assert page.locator("#event-table tbody tr:visible").count() == 5
            page.fill("#event-filter", "radars")
            assert page.locator("#event-table tbody tr:visible").count() == 2
            assert page.inner_text("#event-count") == "2 of 5 events"
            page.fill("#event-filter", "")
            assert page.locator("#event-table tbody tr:visible").count() == 5
            # a column sorts on click, and again the other way
            page.click("button.sort[data-col='1']")
            first = "#event-table tbody tr:first-child td:nth-child(2)"
            assert page.inner_text(first) == "ARM"
            page.click("button.sort[data-col='1']")
            assert page.inner_text(first) == "ISR"
            # the hostile sentence is shown as text, not run
            assert "<script>alert(1)</script>" in page.inner_text("#event-table")
        finally:
            browser.close()
    assert dialogs == []
    assert errors == []
    assert [u for u in requests if not u.startswith("data:")] == [url]
