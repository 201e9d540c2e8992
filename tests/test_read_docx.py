"""The Word reader on .docx files written here with python-docx, footnotes and
endnotes parts added by hand as Word stores them; and bad files."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

from dyadline.errors import ReadError
from dyadline.model import Document
from dyadline.read import read_document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.{}+xml"


def _notes_xml(kind: str, notes: dict[int, list[str]]) -> bytes:
    """A footnotes.xml / endnotes.xml part: Word's separators, then the notes."""
    body = "".join(
        f'<w:{kind} w:id="{nid}"><w:p><w:r><w:{kind}Ref/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {paras[0]}</w:t></w:r></w:p>'
        + "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paras[1:])
        + f"</w:{kind}>"
        for nid, paras in notes.items()
    )
    return (
        f'<w:{kind}s xmlns:w="{W}">'
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        f"<w:continuationSeparator/></w:r></w:p></w:{kind}>{body}</w:{kind}s>"
    ).encode()


def _add_part(document: object, kind: str, notes: dict[int, list[str]]) -> None:
    main = document.part  # type: ignore[attr-defined]
    part = Part(
        PackURI(f"/word/{kind}s.xml"), CT.format(f"{kind}s"), _notes_xml(kind, notes), main.package
    )
    main.relate_to(part, RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES)


def _ref(paragraph: object, kind: str, nid: int) -> None:
    run = parse_xml(
        f'<w:r xmlns:w="{W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:{kind}Reference w:id="{nid}"/></w:r>'
    )
    paragraph._p.append(run)  # type: ignore[attr-defined]


def make_docx(path: Path) -> Path:
    d = docx.Document()
    d.core_properties.title = "Grain Corridor Diplomacy"
    d.core_properties.author = "Lena Fischer; Omar Aziz"
    d.core_properties.created = dt.datetime(2024, 3, 5, 9, 30)
    d.add_heading("Grain Corridor Diplomacy", level=0)
    d.add_heading("The first round", level=1)
    p = d.add_paragraph("Turkey hosted the envoys in Istanbul in July")
    _ref(p, "footnote", 2)  # Word's ids need not follow the numbers shown
    p.add_run(" and both sides signed the grain deal.")
    p = d.add_paragraph("The United Nations praised the agreement")
    _ref(p, "endnote", 1)
    p.add_run(". Ukraine resumed shipments")
    _ref(p, "footnote", 3)
    p.add_run(" within a week.")
    d.add_paragraph("Ports reopened", style="List Bullet")
    _add_part(d, "footnote", {2: ["Signing statement, 22 July 2022."], 3: ["Port data.", "Daily."]})
    _add_part(d, "endnote", {1: ["UN press release, July 23, 2022."]})
    d.save(str(path))
    return path


def before(doc: Document, number: int, width: int = 12) -> str:
    (offset,) = [m.offset for m in doc.markers if m.number == number]
    return doc.text[max(0, offset - width) : offset]


def test_docx_body_headings_and_properties(tmp_path: Path) -> None:
    doc = read_document(make_docx(tmp_path / "grain.docx"))
    assert doc.format == "docx"
    assert doc.title == "Grain Corridor Diplomacy"
    assert doc.authors == ["Lena Fischer", "Omar Aziz"]
    assert doc.date == "2024-03-05"
    assert [(doc.text[b.start : b.end], b.kind) for b in doc.blocks] == [
        ("Grain Corridor Diplomacy", "heading"),
        ("The first round", "heading"),
        (
            "Turkey hosted the envoys in Istanbul in July and both sides signed the grain deal.",
            "paragraph",
        ),
        (
            "The United Nations praised the agreement. Ukraine resumed shipments within a week.",
            "paragraph",
        ),
        ("Ports reopened", "paragraph"),
    ]


def test_docx_footnotes_and_endnotes_tied_to_markers(tmp_path: Path) -> None:
    doc = read_document(make_docx(tmp_path / "grain.docx"))
    assert [(n.number, n.text) for n in doc.notes] == [
        (1, "Signing statement, 22 July 2022."),
        (2, "Port data.\nDaily."),
        (3, "UN press release, July 23, 2022."),
    ]
    assert [n.date for n in doc.notes] == ["2022-07-22", None, "2022-07-23"]
    assert sorted(m.number for m in doc.markers) == [1, 2, 3]
    assert before(doc, 1) == "nbul in July"
    assert before(doc, 3) == "he agreement"
    assert before(doc, 2) == "ed shipments"


def test_bad_docx_gives_one_clear_error(tmp_path: Path) -> None:
    text = tmp_path / "memo.docx"
    text.write_text("A memo typed as plain text and named .docx.\n")
    with pytest.raises(ReadError, match=r"memo\.docx: not a Word \.docx file \(not a zip"):
        read_document(text)
    other = tmp_path / "archive.docx"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("readme.txt", "not a Word package")
    with pytest.raises(ReadError, match=r"archive\.docx: not a Word \.docx file"):
        read_document(other)
