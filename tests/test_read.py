"""Readers: each format on small files written here, and each kind of bad input."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

import dyadline.read as read
from dyadline.errors import ReadError, UnsupportedFormatError
from dyadline.model import Document
from dyadline.read import read_document, read_text, register_reader, supported_formats

BRIEF_TXT = """\
Rail Diplomacy in the South Caucasus

Jane Roe and John Doe

Georgia and Turkey agreed in 2023 to reopen the rail crossing near Kars.¹ The \
deal was worth \\$40 million,² officials in Tbilisi said.

The ministers of both countries had argued for months about customs rules and

the order in which the border posts would open.³

Armenia welcomed the step, while observers in Baku warned that the corridor \
would need a security guarantee from

Moscow before any freight could move.

Notes

- 1 “Rail link to reopen,” *Caucasus Wire*, May 2, 2023. Accessed at: <https://example.org/2023/05/rail>
- 2 Interview with a Georgian official, May 2023.
3 “Customs rows delay crossing,” *Tbilisi Daily*, April 30, 2023.
"""


def block_texts(doc: Document) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    p = tmp_path / name
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


# ---------------------------------------------------------------- plain text


def test_txt_structure_markers_and_notes(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "brief.txt", BRIEF_TXT))
    assert doc.format == "txt"
    assert doc.path and doc.path.endswith("brief.txt")
    assert doc.title == "Rail Diplomacy in the South Caucasus"
    assert doc.authors == ["Jane Roe", "John Doe"]
    texts = block_texts(doc)
    assert texts[0] == doc.title
    assert [b.kind for b in doc.blocks[:2]] == ["heading", "heading"]
    # markers are gone from the text, the escape is undone
    assert "¹" not in doc.text and "\\$" not in doc.text
    assert "worth $40 million, officials" in doc.text
    # the split paragraphs are joined: lowercase continuation, and a page break
    assert "customs rules and the order in which" in doc.text
    assert "guarantee from Moscow before any freight" in doc.text
    assert len(texts) == 5
    # the notes section is out of the body and parsed
    assert "Notes" not in texts and "Caucasus Wire" not in doc.text
    assert [n.number for n in doc.notes] == [1, 2, 3]
    first = doc.notes[0]
    assert first.title == "Rail link to reopen"
    assert first.outlet == "Caucasus Wire"
    assert first.date == "2023-05-02"
    assert first.urls == ["https://example.org/2023/05/rail"]
    assert doc.notes[1].date == "2023-05"
    # each marker stands right after the word or punctuation it followed
    by_number = {m.number: m.offset for m in doc.markers}
    assert set(by_number) == {1, 2, 3}
    assert doc.text[: by_number[1]].endswith("near Kars.")
    assert doc.text[: by_number[2]].endswith("$40 million,")
    assert doc.text[: by_number[3]].endswith("border posts would open.")


def test_blocks_cover_the_text_joined_by_blank_lines(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "brief.txt", BRIEF_TXT))
    assert "\n\n".join(block_texts(doc)) == doc.text
    sentence_start = doc.text.index("Georgia and Turkey")
    sentence_end = doc.text.index("Tbilisi said.") + len("Tbilisi said.")
    assert doc.notes_in(sentence_start, sentence_end) == [1, 2]


def test_text_is_nfc(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Erdoğan met Aliyev in Şuşa on Tuesday.")
    doc = read_text(decomposed)
    assert doc.text == "Erdoğan met Aliyev in Şuşa on Tuesday."
    assert unicodedata.is_normalized("NFC", doc.text)


def test_bracket_markers_only_within_the_notes_range() -> None:
    body = (
        "Israel opened an embassy in the capital [1] and a trade office in 1994 [2].\n\n"
        "The figures for [2019] and the clause in [7] are discussed elsewhere.\n\n"
        "Notes\n\n1 A first source, March 3, 2001.\n\n2 A second source, June 2002.\n"
    )
    doc = read_text(body)
    assert [m.number for m in doc.markers] == [1, 2]
    assert doc.text[: doc.markers[0].offset].endswith("in the capital")
    assert doc.text[: doc.markers[1].offset].endswith("office in 1994")
    assert "capital and a trade office in 1994." in doc.text
    assert "[2019]" in doc.text and "[7]" in doc.text
    without_notes = read_text("Armenia and Iran signed a gas deal in 2007 [3].")
    assert without_notes.markers == [] and "[3]" in without_notes.text


def test_area_superscript_is_not_a_marker() -> None:
    doc = read_text("The disputed zone covers 4,400 km² of mountains.¹\n\nNotes\n\n1 A map.\n")
    assert "4,400 km² of" in doc.text
    assert [m.number for m in doc.markers] == [1]


def test_read_text_title_and_stable_id() -> None:
    a = read_text("Turkey recalled its ambassador from Vienna.", title="Recall")
    b = read_text("Turkey recalled its ambassador from Vienna.")
    assert a.title == "Recall" and a.path is None
    assert a.doc_id == b.doc_id
    assert a.doc_id != read_text("Turkey recalled its envoy.").doc_id


# ---------------------------------------------------------------- Markdown

BRIEF_MD = """\
---
title: Gas Corridors and Their Politics
author: Ana Pérez; Li Wei
date: 2022-11-03
---

# Gas Corridors and Their Politics

## Background

Azerbaijan *raised* its exports to **Italy** in 2021 through the [Trans Adriatic \
Pipeline](https://example.org/tap), see <https://example.org/report>.[^1] Prices \
rose by \\$3 per unit.[^2]

- Greece signed a transit deal
- Albania hosted the compressor station

[^1]: “Pipeline volumes up,” *Energy Desk*, January 5, 2022.
[^2]: Company statement, February 2022.
"""


def test_markdown_reader(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "corridors.md", BRIEF_MD))
    assert doc.format == "md"
    assert doc.title == "Gas Corridors and Their Politics"
    assert doc.authors == ["Ana Pérez", "Li Wei"]
    assert doc.date == "2022-11-03"
    texts = block_texts(doc)
    kinds = [b.kind for b in doc.blocks]
    assert texts[:2] == ["Gas Corridors and Their Politics", "Background"]
    assert kinds[:3] == ["heading", "heading", "paragraph"]
    assert texts[2].startswith(
        "Azerbaijan raised its exports to Italy in 2021 through the Trans Adriatic Pipeline, "
        "see https://example.org/report."
    )
    assert "Prices rose by $3 per unit." in texts[2]
    assert texts[3:] == ["Greece signed a transit deal", "Albania hosted the compressor station"]
    assert not any(ch in doc.text for ch in "*[]#")
    assert [m.number for m in doc.markers] == [1, 2]
    assert [n.number for n in doc.notes] == [1, 2]
    assert doc.notes[0].outlet == "Energy Desk" and doc.notes[0].date == "2022-01-05"


def test_markdown_extension_variants(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "x.markdown", "# Title\n\nKenya *hosted* the talks."))
    assert doc.format == "md" and doc.text.endswith("Kenya hosted the talks.")


# ---------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html><head><title>Border talks resume | Example Review</title>
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2023-05-04"></head>
<body><nav><a href="/">Home</a> | <a href="/about">About us</a></nav>
<article><h1>Border talks resume</h1>
<p>Georgia and Turkey agreed on Monday to reopen a rail crossing near Kars, officials
said.<sup>1</sup> The ministers met for three hours in Tbilisi and signed a short
protocol on customs.</p>
<h2>Reactions</h2>
<p>Armenia welcomed the step, while critics in Baku called it premature and asked for
further talks.<sup><a href="#fn2">2</a></sup> Observers expect a second round in autumn.</p>
<h2>Notes</h2>
<ol><li>"Rail link to reopen," <i>Caucasus Wire</i>, May 2, 2023.</li>
<li>Interview with an official, May 2023.</li></ol>
</article><footer>Copyright Example Review</footer></body></html>
"""


def test_html_reader(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "talks.html", PAGE))
    assert doc.format == "html"
    assert doc.title == "Border talks resume"
    assert doc.authors == ["Jane Roe"]
    assert doc.date == "2023-05-04"
    assert "Home" not in doc.text and "Copyright" not in doc.text
    texts = block_texts(doc)
    assert "Reactions" in texts
    assert any(t.startswith("Georgia and Turkey agreed on Monday") for t in texts)
    assert [m.number for m in doc.markers] == [1, 2]
    assert doc.text[: doc.markers[0].offset].endswith("officials said.")
    assert [n.number for n in doc.notes] == [1, 2]
    assert doc.notes[0].outlet == "Caucasus Wire"
    assert read_document(write(tmp_path, "talks.htm", PAGE)).text == doc.text


def test_html_without_main_text(tmp_path: Path) -> None:
    p = write(tmp_path, "empty.html", "<html><body><script>var x = 1;</script></body></html>")
    with pytest.raises(ReadError, match=r"empty\.html.*no main text"):
        read_document(p)


# ---------------------------------------------------------------- PDF


def make_pdf(path: Path, paragraphs: list[list[str]], title: str = "") -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    if title:
        pdf.set_title(title)
        pdf.set_author("Jane Roe and John Doe")
    for page in paragraphs:
        pdf.add_page()
        for para in page:
            pdf.multi_cell(0, 6, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(5)
    pdf.output(str(path))
    return path


def test_pdf_reader(tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "rail.pdf",
        [
            [
                "Rail Diplomacy in the Caucasus",
                "Georgia and Turkey agreed in 2023 to reopen a rail crossing near Kars after "
                "long inter-\nnational talks, and the ministers signed a protocol on customs "
                "procedures that both sides had drafted over several months.\u00b9 Armenia "
                "welcomed it.",
                "Officials in Baku were more cautious and said the",
            ],
            [
                "corridor would need a security guarantee.",
                "Notes",
                '1 "Rail link to reopen," Caucasus Wire, May 2, 2023.',
            ],
        ],
        title="Rail Diplomacy",
    )
    doc = read_document(path)
    assert doc.format == "pdf"
    assert doc.title == "Rail Diplomacy"
    assert doc.authors == ["Jane Roe", "John Doe"]
    assert "long international talks" in doc.text
    assert "said the corridor would need" in doc.text
    assert block_texts(doc)[0] == "Rail Diplomacy in the Caucasus"
    assert [m.number for m in doc.markers] == [1]
    assert doc.text[: doc.markers[0].offset].endswith("several months.")
    assert [n.number for n in doc.notes] == [1]
    assert doc.notes[0].date == "2023-05-02"


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60)  # a drawing and no text: what a scan looks like
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(ReadError, match=r"scan\.pdf.*no text layer.*run OCR first"):
        read_document(path)


def test_damaged_pdf(tmp_path: Path) -> None:
    p = write(tmp_path, "broken.pdf", b"%PDF-1.4\nthis is not really a pdf\n")
    with pytest.raises(ReadError, match=r"broken\.pdf"):
        read_document(p)


# ---------------------------------------------------------------- bad input


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"nothere\.txt: file not found"):
        read_document(tmp_path / "nothere.txt")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"is a directory"):
        read_document(tmp_path)


@pytest.mark.parametrize("content", [b"", b"  \n\n\t \n"])
def test_empty_files(tmp_path: Path, content: bytes) -> None:
    with pytest.raises(ReadError, match=r"blank\.txt: .*(empty|only whitespace)"):
        read_document(write(tmp_path, "blank.txt", content))


def test_binary_file(tmp_path: Path) -> None:
    p = write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ReadError, match=r"image\.txt: binary file"):
        read_document(p)


def test_not_utf8(tmp_path: Path) -> None:
    p = write(tmp_path, "legacy.txt", "Caf\u00e9 talks in Baku \u2013 a summary.".encode("cp1252"))
    with pytest.raises(ReadError, match=r"legacy\.txt: not UTF-8 .*iconv"):
        read_document(p)


def test_byte_order_marks(tmp_path: Path) -> None:
    text = "Chile and Peru resumed talks on fishing rights."
    bom8 = read_document(write(tmp_path, "a.txt", b"\xef\xbb\xbf" + text.encode("utf-8")))
    bom16 = read_document(write(tmp_path, "b.txt", text.encode("utf-16")))
    assert bom8.text == bom16.text == text


def test_unknown_extension(tmp_path: Path) -> None:
    p = write(tmp_path, "report.odt", "Anything at all.")
    with pytest.raises(UnsupportedFormatError, match=r"report\.odt.*\.odt.*\.docx.*\.md.*\.pdf"):
        read_document(p)
    with pytest.raises(UnsupportedFormatError, match="no reader"):
        read_text("Anything.", fmt="rtf")


def test_register_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "_READERS", dict(read._READERS))

    def read_upper(data: bytes, name: str) -> Document:
        return read_text(data.decode("utf-8").upper(), path=name)

    register_reader(".shout", read_upper)
    assert ".shout" in supported_formats()
    doc = read_document(write(tmp_path, "note.shout", "peru protested."))
    assert doc.text == "PERU PROTESTED." and doc.path and doc.path.endswith("note.shout")
