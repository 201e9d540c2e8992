"""The reading room in Chromium (Playwright): the reference chapter's reader, a footnote
followed to its note, events filtered by dyad and period, an event corrected and the
correction kept across a re-ingest, the filtered CSV downloaded; hostile text runs
nothing; no request leaves the server's origin."""

from __future__ import annotations

import csv
import io
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

pytest.importorskip("fastapi")
pytest.importorskip("playwright.sync_api")
import uvicorn
from playwright import sync_api

from dyadline.ingest import ingest
from dyadline.store import Store
from dyadline.web import Settings, create_app
from test_web import hostile_annotated

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium"),
]
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def room(
    tmp_path_factory: pytest.TempPathFactory, nlp: Language, chapter_path: Path
) -> Iterator[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("room")
    db = folder / "chapter.db"
    ingest([chapter_path], db, workers=1, nlp=nlp)
    with Store(db) as store:
        store.write(hostile_annotated())
        chapter_file = chapter_path.resolve()  # ../shared may be a link: paths are stored resolved
        [chapter] = [
            d["doc_id"] for d in store.documents() if Path(d["path"]).resolve() == chapter_file
        ]
    port = _free_port()
    app = create_app(Settings(db=db, port=port, upload_dir=folder))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    yield {"base": f"http://127.0.0.1:{port}", "db": db, "chapter": chapter, "path": chapter_path}
    server.should_exit = True
    thread.join(10)


@pytest.fixture
def page(room: dict[str, Any]) -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(accept_downloads=True)
        pg = context.new_page()
        foreign: list[str] = []
        dialogs: list[str] = []
        pg.on(
            "request",
            lambda r: None if r.url.startswith(room["base"]) else foreign.append(r.url),
        )
        pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        pg.foreign = foreign
        pg.dialogs = dialogs
        yield pg
        browser.close()
        assert foreign == []  # nothing fetched from another origin


def test_read_filter_correct_reingest_download(
    room: dict[str, Any], page: Any, nlp: Language
) -> None:
    base, chapter = room["base"], room["chapter"]
    page.goto(f"{base}/documents/{chapter}")
    marker = page.locator("sup.fn a").first
    number = marker.inner_text()
    marker.click()
    assert page.url.endswith(f"#note-{number}")
    note = page.locator(f"li#note-{number}")
    assert note.is_visible()
    assert page.evaluate("location.hash") == f"#note-{number}"
    assert len(note.inner_text()) > 20
    trigger = page.locator("a.trg").first
    card_id = trigger.get_attribute("href")
    assert page.locator(card_id).is_hidden()
    trigger.click()
    assert page.locator(card_id).is_visible()
    assert page.locator(f"{card_id} dd.source").inner_text() != ""

    api = page.request.get(f"{base}/api/corpus").json()
    a, b = api["top_dyads"][0]["a"], api["top_dyads"][0]["b"]
    first = page.request.get(f"{base}/api/events", params={"dyad": f"{a}-{b}", "size": 1}).json()
    year = first["events"][0]["date"]["start"][:4]
    expected = page.request.get(
        f"{base}/api/events", params={"dyad": f"{a}-{b}", "from": year, "to": year}
    ).json()["total"]
    page.goto(f"{base}/events")
    page.fill("input[name=dyad]", f"{a}-{b}")
    page.fill("input[name=from]", year)
    page.fill("input[name=to]", year)
    page.click("#apply")
    assert page.locator("#count").inner_text().startswith(f"{expected} events")
    assert page.locator("#events tbody tr").count() == min(expected, 50)

    with page.expect_download() as info:
        page.click("#dl-csv")
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text("utf-8"))))
    assert len(rows) == expected
    assert {r["date_start"][:4] for r in rows} == {year}

    page.locator("#events a.ev").first.click()
    event_url = page.url
    event_id = event_url.rsplit("/", 1)[1]
    coded = page.request.get(f"{base}/api/events/{event_id}").json()["coded"]
    new_code = "036" if coded["cameo"] != "036" else "040"
    page.fill("input[name=cameo]", new_code)
    page.fill("input[name=note]", "checked against the source")
    page.click("button[value=corrected]")
    assert page.locator(".badge.corrected").first.is_visible()
    assert page.locator("dd.code").first.inner_text().startswith(new_code)

    with Store(room["db"]) as store:  # re-ingest the document
        store.delete(chapter)
    ingest([room["path"]], room["db"], workers=1, nlp=nlp)
    page.goto(event_url)
    assert page.locator(".badge.corrected").first.is_visible()
    assert page.locator("dd.code").first.inner_text().startswith(new_code)
    assert "checked against the source" in page.locator("dd.review").inner_text()
    assert page.dialogs == []


def test_hostile_document_shows_its_markup_as_text(room: dict[str, Any], page: Any) -> None:
    doc_id = hostile_annotated().document.doc_id
    page.goto(f"{room['base']}/documents/{doc_id}")
    text = page.locator("article.text").inner_text()
    assert '<script>alert("x")</script>' in text
    assert '"><img src=x onerror=alert(1)>' in text
    assert "javascript:alert(document.cookie)" in text
    assert page.locator("article.text img").count() == 0
    assert page.locator("article.text script").count() == 0
    hrefs = page.eval_on_selector_all(".note-text a", "els => els.map(e => e.href)")
    assert hrefs == ["https://example.org/ok"]
    page.wait_for_timeout(200)
    assert page.dialogs == []
