"""The reading room (``dyadline serve``) through FastAPI's TestClient: every page on a
small store, filters, downloads, reviews (kept across re-ingest), the write rules,
uploads, and hostile document text shown as text."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from dyadline.ingest import ingest
from dyadline.model import (
    Actor,
    Annotated,
    Block,
    DateSpan,
    Document,
    Event,
    Note,
    NoteMarker,
    Sentence,
)
from dyadline.store import Store
from dyadline.web import Settings, create_app
from dyadline.web.app import CSP, CSRF_COOKIE
from test_store import make_annotated

LOCAL = "http://127.0.0.1"

HOSTILE = (
    'Ministers wrote <script>alert("x")</script> in a memo. '
    'Iran condemned Israel for "><img src=x onerror=alert(1)> in 2017.'
)


def hostile_annotated() -> Annotated:
    text = HOSTILE
    first_end = text.index(".") + 1
    second_start = first_end + 1
    doc = Document(
        text=text,
        path="/briefings/hostile.txt",
        title='<b onmouseover="x">Hostile</b>',
        blocks=[Block(0, len(text))],
        markers=[NoteMarker(len(text), 1)],
        notes=[
            Note(1, "Click javascript:alert(document.cookie) or https://example.org/ok now.", []),
        ],
    )
    sents = [
        Sentence(0, 0, first_end, text[:first_end]),
        Sentence(1, second_start, len(text), text[second_start:], (1,)),
    ]
    trig = text.index("condemned")
    ev = Event(
        sentence=sents[1].text,
        sentence_start=second_start,
        sentence_end=len(text),
        trigger="condemned",
        trigger_start=trig,
        trigger_end=trig + len("condemned"),
        source=Actor("IRN", "IRN", None, "Iran"),
        target=Actor("ISR", "ISR", None, "Israel"),
        cameo="122",
        cameo_label="Criticize or denounce",
        quad_class=3,
        goldstein=-2.0,
        date=DateSpan("2017-01-01", "2017-12-31", "year", "in 2017"),
        notes=[1],
        sentence_index=1,
        doc_id=doc.doc_id,
        doc_title=doc.title,
    )
    return Annotated(document=doc, sentences=sents, events=[ev])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "room.db"
    with Store(path) as store:
        store.write(make_annotated())
        store.write(hostile_annotated())
    return path


def client_for(db: Path, **kw: object) -> TestClient:
    settings = Settings(db=db, upload_dir=db.parent, **kw)  # type: ignore[arg-type]
    return TestClient(create_app(settings), base_url=LOCAL)


@pytest.fixture
def client(db: Path) -> Iterator[TestClient]:
    with client_for(db) as c:
        yield c


def csrf(client: TestClient) -> str:
    client.get("/")
    token = client.cookies.get(CSRF_COOKIE)
    assert token is not None
    return token


def doc_ids(client: TestClient) -> dict[str, str]:
    docs = client.get("/api/corpus").json()["documents"]
    return {str(d["path"]).rsplit("/", 1)[-1]: d["doc_id"] for d in docs}


def event_ids(client: TestClient) -> dict[str, str]:
    """trigger -> event id, for the events of one.txt."""
    params = {"doc": doc_ids(client)["one.txt"]}
    events = client.get("/api/events", params=params).json()["events"]
    return {e["trigger"]: e["event_id"] for e in events}


def rows(html: str) -> list[str]:
    """Code cells of the events table (source → target code)."""
    body = html.split('<table class="grid events" id="events">', 1)[1].split("</table>")[0]
    cells = re.findall(
        r'<a class="ev" href="/events/\w+"><span class="dot q\d"></span>([^<]+)</a>', body
    )
    return [c.strip() for c in cells]


def test_every_page_renders_with_the_security_headers(client: TestClient) -> None:
    ids = doc_ids(client)
    pages = {
        "/": "Drones and diplomacy",
        f"/documents/{ids['one.txt']}": "Outlet A",
        "/events": "4 events",
        "/timeline?dyad=ISR-AZE": "ISR → AZE",
        "/network?from=2016&to=2016": "conflictual",
        "/claims?status=all": "IRN → ISR",
        "/upload": "Upload a document",
    }
    for url, text in pages.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert text in response.text, url
        assert response.headers["content-security-policy"] == CSP
        assert CSP.startswith("default-src 'self';")
    page = client.get("/").text
    assert re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', page) == ["/static/style.css"]
    assert client.get("/static/style.css").headers["content-type"] == "text/css; charset=utf-8"
    assert client.get("/api/openapi.json").json()["info"]["title"] == "dyadline reading room"


def test_the_reader_marks_triggers_actors_and_links_notes(client: TestClient) -> None:
    ids = doc_ids(client)
    html = client.get(f"/documents/{ids['one.txt']}").text
    agreed = event_ids(client)
    assert re.findall(r'<a class="trg (q\d)" href="#ev-(\w+)"', html) == [
        ("q1", agreed["agreed"]),
        ("q4", agreed["condemned"]),
        ("q1", agreed["attend"]),
    ]
    assert '<span class="actor source">Israel</span>' in html
    assert re.findall(r'<sup class="fn"><a href="#note-(\d)"', html) == ["1", "2"]
    assert (
        '<li id="note-1" value="1">' in html
        and '<a href="https://example.org/a" rel="noopener noreferrer nofollow">'
        "https://example.org/a</a>"
        in html
    )
    assert f'id="ev-{agreed["agreed"]}"' in html  # the card the trigger opens
    assert 'id="s-2"' in html  # sentence anchors other pages link to


def test_event_filters_sorting_and_paging(client: TestClient) -> None:
    assert rows(client.get("/events?dyad=ISR-AZE").text) == ["057 label 057"]
    assert rows(client.get("/events?dyad=aze-isr").text) == ["057 label 057"]
    assert rows(client.get("/events?actor=IRN&sort=-date").text) == [
        "122 Criticize or denounce",
        "122 label 122",
    ]
    assert rows(client.get("/events?from=2016-03-05&to=2016").text) == ["122 label 122"]
    assert rows(client.get("/events?quad=4&modality=asserted").text) == ["122 label 122"]
    assert rows(client.get("/events?modality=negated").text) == ["043 label 043"]
    one = doc_ids(client)["one.txt"]
    assert rows(client.get(f"/events?doc={one}&sort=-document").text) == [
        "043 label 043",
        "122 label 122",
        "057 label 057",
    ]
    page = client.get("/events?size=1&page=2&sort=date").text
    assert rows(page) == ["122 label 122"] and "page 2 of 4" in page
    bad = client.get("/events?dyad=Israel")
    assert bad.status_code == 400
    assert "Israel: is not a dyad (give two actor codes, e.g. ISR-AZE)" in bad.text
    assert client.get("/events?from=2016-13").status_code == 400
    assert client.get("/api/events?quad=9").json() == {
        "detail": "9: is not a quad class (give 1, 2, 3 or 4)"
    }


def test_downloads_follow_the_filter(client: TestClient) -> None:
    csv_text = client.get("/events.csv?actor=IRN&sort=date").text
    got = list(csv.DictReader(io.StringIO(csv_text)))
    assert [(r["source_code"], r["target_code"], r["date_start"]) for r in got] == [
        ("IRNGOV", "ISRGOV", "2016-03-08"),
        ("IRN", "ISR", "2017-01-01"),
    ]
    lines = client.get("/events.jsonl?dyad=TUR-AZE").text.splitlines()
    assert [json.loads(line)["trigger"] for line in lines] == ["attend"]
    parquet = client.get("/events.parquet?dyad=TUR-AZE")
    assert parquet.status_code == 200 and parquet.content[:4] == b"PAR1"


def test_review_by_form_and_it_survives_reingest(client: TestClient, db: Path) -> None:
    token = csrf(client)
    ids = event_ids(client)
    refused = client.post(
        f"/events/{ids['condemned']}/review", data={"state": "accepted"}, follow_redirects=False
    )
    assert refused.status_code == 403
    assert "CSRF" in refused.text
    done = client.post(
        f"/events/{ids['condemned']}/review",
        data={"csrf": token, "state": "corrected", "cameo": "111", "note": "a rebuke"},
        follow_redirects=False,
    )
    assert done.status_code == 303
    assert done.headers["location"] == f"/events/{ids['condemned']}#ev-{ids['condemned']}"
    client.post(
        f"/events/{ids['attend']}/review",
        data={"csrf": token, "state": "rejected", "next": "//evil.example/"},
    )
    assert rows(client.get("/events?review=corrected").text) == ["111 Criticize or denounce"]
    assert rows(client.get("/events?review=rejected").text) == ["043 label 043"]
    with Store(db) as store:  # the document removed and ingested again
        store.delete(make_annotated().document.doc_id)
        store.write(make_annotated())
    again = client.get("/api/events", params={"review": "corrected"}).json()["events"]
    assert [(e["cameo"], e["reviewed"]["note"]) for e in again] == [("111", "a rebuke")]
    lines = client.get("/events.jsonl").text.splitlines()
    assert sorted(json.loads(line)["trigger"] for line in lines) == [
        "agreed",
        "condemned",
        "condemned",
    ]


def test_writes_on_a_non_local_address_need_the_token(db: Path) -> None:
    with client_for(db, host="0.0.0.0") as open_room:
        ids = event_ids(open_room)
        body = {"state": "accepted"}
        refused = open_room.put(f"/api/events/{ids['agreed']}/review", json=body)
        assert refused.status_code == 403
        assert refused.json()["detail"].startswith("writes are refused on a non-local address")
    with client_for(db, host="0.0.0.0", token="s3cret-token") as room:
        url = f"/api/events/{ids['agreed']}/review"
        assert room.put(url, json=body).status_code == 403
        wrong = room.put(url, json=body, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 403
        ok = room.put(url, json=body, headers={"Authorization": "Bearer s3cret-token"})
        assert ok.status_code == 200 and ok.json()["state"] == "accepted"
        token = csrf(room)
        form = room.post(
            f"/events/{ids['attend']}/review", data={"csrf": token, "state": "accepted"}
        )
        assert form.status_code == 403  # no token cookie yet
        room.post("/login", data={"csrf": token, "token": "s3cret-token"})
        form = room.post(
            f"/events/{ids['attend']}/review", data={"csrf": token, "state": "accepted"}
        )
        assert form.status_code == 200
    with client_for(db) as local:
        plain = local.put(
            f"/api/events/{ids['agreed']}/review",
            content=json.dumps(body),
            headers={"content-type": "text/plain"},
        )
        assert plain.status_code == 422  # FastAPI reads only JSON bodies
        evil = local.get("/", headers={"host": "evil.example"})
        assert evil.status_code == 400


def test_read_only_refuses_writes_and_leaves_the_file(db: Path) -> None:
    before = db.read_bytes()
    with client_for(db, read_only=True) as room:
        ids = event_ids(room)
        response = room.put(f"/api/events/{ids['agreed']}/review", json={"state": "accepted"})
        assert response.status_code == 403
        assert response.json()["detail"].startswith("this reading room is read-only")
        assert "Upload" not in room.get("/").text
        assert room.get("/events").status_code == 200
    assert db.read_bytes() == before


def test_bad_uploads_are_refused_and_nothing_is_written(client: TestClient, db: Path) -> None:
    token = csrf(client)
    before = sorted(p.name for p in db.parent.iterdir())
    cases = {
        "../../escape.txt": "is not a plain file name",
        "..\\escape.txt": "is not a plain file name",
        "notes.exe": "no reader for this kind of file",
    }
    for name, problem in cases.items():
        response = client.post(
            "/upload", data={"csrf": token}, files={"file": (name, b"Some text.", "text/plain")}
        )
        assert response.status_code == 400, name
        assert problem in response.text, name
    small = Settings(db=db, upload_dir=db.parent, max_upload=1024)
    with TestClient(create_app(small), base_url=LOCAL) as room:
        token = csrf(room)
        big = room.post(
            "/upload", data={"csrf": token}, files={"file": ("big.txt", b"x " * 1000, "text/plain")}
        )
        assert big.status_code == 400
        assert "big.txt: is larger than the 0 MB upload limit" in big.text
        huge = room.post(
            "/upload",
            data={"csrf": token},
            files={"file": ("huge.txt", b"x " * 100_000, "text/plain")},
        )
        assert (huge.status_code, huge.text) == (413, "the upload is larger than the 0 MB limit")
    assert sorted(p.name for p in db.parent.iterdir()) == before


def test_an_upload_is_ingested_in_the_background(
    client: TestClient, nlp: Language, tmp_path: Path
) -> None:
    client.app.state.uploads._nlp = nlp  # type: ignore[attr-defined]
    token = csrf(client)
    text = b"Georgia recalled its ambassador from Russia in May 2006 after a dispute.\n"
    response = client.post(
        "/upload",
        data={"csrf": token},
        files={"file": ("brief.txt", text, "text/plain")},
        follow_redirects=False,
    )
    assert response.status_code == 303
    job_url = response.headers["location"]
    job_id = job_url.rsplit("/", 1)[1]
    for _ in range(200):
        state = client.get(f"/api/uploads/{job_id}").json()
        if not state["running"]:
            break
        time.sleep(0.05)
    assert (state["state"], state["events"]) == ("done", 1)
    page = client.get(job_url).text
    assert "Open the document" in page
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".txt")] == []


def test_hostile_text_notes_and_urls_are_shown_as_text(client: TestClient) -> None:
    ids = doc_ids(client)
    html = client.get(f"/documents/{ids['hostile.txt']}").text.replace("&#34;", "&quot;")
    assert "<script>" not in html and "<img" not in html and "<b onmouseover" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    assert "javascript:" not in re.sub(r"<[^>]*>", "", html).replace(
        "javascript:alert(document.cookie)", ""
    )
    assert 'href="javascript' not in html.lower()
    assert re.findall(r'href="(https?:[^"]+)"', html) == ["https://example.org/ok"]
    events = client.get("/events?dyad=IRN-ISR").text
    assert "<img" not in events and "&lt;img src=x onerror=alert(1)&gt;" in events
    found = client.get("/?q=memo").text
    assert "<script>" not in found and "&lt;script&gt;" in found
    assert client.get("/?q=%22%29%28*").status_code == 200  # FTS syntax is never passed through


def test_reingest_with_the_pipeline_keeps_reviews(tmp_path: Path, nlp: Language) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(
        "Israel signed a defence agreement with Azerbaijan in 2016.\n\n"
        "Iran condemned the agreement a week later.\n",
        encoding="utf-8",
    )
    db = tmp_path / "p.db"
    ingest([path], db, workers=1, nlp=nlp)
    with client_for(db) as room:
        token = csrf(room)
        [signed] = [e for e in room.get("/api/events").json()["events"] if e["cameo"][:2] == "05"]
        room.post(
            f"/events/{signed['event_id']}/review",
            data={"csrf": token, "state": "corrected", "source": "ISRGOV"},
        )
        path.write_text(
            "Israel signed a defence agreement with Azerbaijan in 2016.\n\n"
            "Iran strongly condemned the agreement a week later.\n",
            encoding="utf-8",
        )
        ingest([path], db, workers=1, nlp=nlp)  # a new text at the same path replaces it
        events = room.get("/api/events", params={"review": "corrected"}).json()["events"]
        assert [(e["trigger"], e["source"]["code"]) for e in events] == [
            (signed["trigger"], "ISRGOV")
        ]
        assert events[0]["event_id"] != signed["event_id"]


def test_no_request_path_reaches_the_file_system(client: TestClient) -> None:
    for url in (
        "/documents/..%2F..%2Fetc%2Fpasswd",
        "/documents/%2Fetc%2Fpasswd",
        "/api/documents/passwd",
    ):
        response = client.get(url)
        assert response.status_code in (400, 404), url
        assert "root:" not in response.text
    assert client.get("/static/..%2Fapp.py").status_code == 404
    assert client.get("/static/style.css?x=../../app.py").status_code == 200


def test_date_order_puts_undated_events_last_across_pages(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute(
            "UPDATE events SET date_start = NULL, date_end = NULL WHERE trigger = 'agreed'"
        )
    with client_for(db) as room:
        for sort, expected in (
            (
                "date",
                ["122 label 122", "122 Criticize or denounce", "043 label 043", "057 label 057"],
            ),
            (
                "-date",
                ["043 label 043", "122 Criticize or denounce", "122 label 122", "057 label 057"],
            ),
        ):
            got = [
                rows(room.get(f"/events?sort={sort}&size=1&page={n}").text)[0] for n in (1, 2, 3, 4)
            ]
            assert got == expected, sort
            two = [rows(room.get(f"/events?sort={sort}&size=3&page={n}").text) for n in (1, 2)]
            assert two == [expected[:3], expected[3:]], sort


def test_serve_command_builds_its_settings(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import dyadline.web
    from dyadline.cli import main

    seen: list[Settings] = []
    monkeypatch.setattr(dyadline.web, "serve", seen.append)
    monkeypatch.setenv("DYADLINE_TOKEN", "from-env")
    assert main(["serve", "--db", str(db), "--host", "0.0.0.0", "--port", "8123"]) == 0
    assert [(s.host, s.port, s.token, s.read_only, s.local) for s in seen] == [
        ("0.0.0.0", 8123, "from-env", False, False)
    ]
    monkeypatch.delenv("DYADLINE_TOKEN")
    assert main(["serve", "--db", str(db), "--host", "0.0.0.0", "--read-only"]) == 0
    assert (seen[1].token, seen[1].read_only) == (None, True)
    assert main(["serve", "--db", str(db), "--host", "10.0.0.5"]) == 0
    err = capsys.readouterr().err
    assert "dyadline: serving on 10.0.0.5 without --token: reviews and uploads are refused" in err
    assert main(["serve", "--db", str(db.parent / "missing.db")]) == 2
    assert capsys.readouterr().err.startswith(f"dyadline: {db.parent / 'missing.db'}: no such")


def test_a_card_links_the_other_events_of_its_sentence(db: Path) -> None:
    twin = make_annotated()
    first = twin.events[0]
    other = dataclasses.replace(
        first, source=first.target, target=first.source, cameo="057"
    )  # the other direction of the same agreement
    twin.events.insert(1, other)
    with Store(db) as store:
        store.delete(twin.document.doc_id)
        store.write(twin)
    with client_for(db) as room:
        html = room.get(f"/documents/{twin.document.doc_id}").text
        siblings = re.findall(r'<dd class="siblings">(.*?)</dd>', html)
        links = {
            first.event_id: f'<a href="#ev-{other.event_id}">057 AZE→ISRGOV</a>',
            other.event_id: f'<a href="#ev-{first.event_id}">057 ISRGOV→AZE</a>',
        }
        # the cards stand in text order, ties by event id; each links the other
        assert siblings == [links[i] for i in sorted(links)]
