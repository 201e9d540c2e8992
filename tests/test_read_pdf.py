"""The layout-aware PDF reader on PDFs written here with fpdf2 (and on Petrarch2.pdf
from ../shared when it is there): page footnotes and their markers, running
headers and page numbers, hyphenation, ligatures, two columns, title and
authors, reference lists, bad files."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from dyadline.errors import ReadError
from dyadline.model import Document
from dyadline.read import read_document
from dyadline.read.pdf import real_title

fpdf = pytest.importorskip("fpdf")

SHARED_PDF = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "pdf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# (text before the marker, marker, text after) per paragraph; notes per page
Para = tuple[str, str | None, str]
PAGES: list[tuple[list[Para], list[tuple[str, str]]]] = [
    (
        [
            (
                "Ministers from three riparian states met in Kampala to discuss the filling "
                "of the dam",
                "1",
                " and agreed to share river flow data every week. The nego-\ntiations lasted "
                "two days.",
            ),
            ("Observers said the talks were the first in a decade", "2", " and calm."),
            ("The delegates also agreed to meet again before the rainy season, and they", None, ""),
        ],
        [
            ("1", "The dam holds about seventy cubic kilometres of water."),
            ("2", "Regional Water Bulletin, 4 May 2021."),
        ],
    ),
    (
        [
            ("asked the basin commission to draft a technical annex for the next round", "3", "."),
            ("A later meeting in Nairobi confirmed the data-sharing plan.", None, ""),
        ],
        [("3", "The annex covers reservoir levels and release schedules.")],
    ),
]


def footnoted_pdf(
    path: Path,
    pages: list[tuple[list[Para], list[tuple[str, str]]]] = PAGES,
    *,
    font: Path | None = None,
    title_meta: str = "",
) -> Path:
    """A PDF with a running header, page numbers, a title and author line on page
    one, raised note markers in the body and smaller footnotes at each page's foot."""
    pdf = fpdf.FPDF(format="A4")
    pdf.set_auto_page_break(False)
    family = "Helvetica"
    if font is not None:
        pdf.add_font("Body", "", str(font))
        family = "Body"
    if title_meta:
        pdf.set_title(title_meta)
    for number, (paras, notes) in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_font(family, size=9)
        pdf.set_xy(10, 8)
        pdf.cell(0, 5, f"NILE BASIN REVIEW {number}")  # a running header
        pdf.set_xy(10, 25)
        if number == 1:
            pdf.set_font(family, size=20)
            pdf.multi_cell(0, 10, "Water Talks on the Upper Nile", align="C")
            pdf.set_font(family, size=12)
            pdf.set_x(10)
            pdf.multi_cell(0, 8, "Amina Haddad and Tomas Berg", align="C")
            pdf.ln(6)
        for before, mark, after in paras:
            pdf.set_font(family, size=11)
            pdf.write(6, before)
            if mark:
                pdf.char_vpos = "SUP"
                pdf.write(6, mark)
                pdf.char_vpos = "LINE"
            pdf.write(6, after)
            pdf.ln(10)
        pdf.line(10, 250, 80, 250)
        y = 257.0
        for num, text in notes:
            pdf.set_font(family, size=5.5)
            pdf.text(10, y - 1.2, num)
            pdf.set_font(family, size=8)
            pdf.text(12.5, y, text)
            y += 4.5
        pdf.set_font(family, size=9)
        pdf.set_xy(0, 280)
        pdf.cell(210, 5, str(number), align="C")
    pdf.output(str(path))
    return path


def before(doc: Document, number: int, width: int = 20) -> str:
    """The text just before the marker of note ``number``."""
    (offset,) = [m.offset for m in doc.markers if m.number == number]
    return doc.text[max(0, offset - width) : offset]


def paragraphs(doc: Document) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks]


def test_page_footnotes_are_tied_to_their_markers(tmp_path: Path) -> None:
    doc = read_document(footnoted_pdf(tmp_path / "nile.pdf"))
    assert [(n.number, n.text) for n in doc.notes] == [
        (1, "The dam holds about seventy cubic kilometres of water."),
        (2, "Regional Water Bulletin, 4 May 2021."),
        (3, "The annex covers reservoir levels and release schedules."),
    ]
    assert doc.notes[1].date == "2021-05-04"
    assert [m.number for m in doc.markers] == [1, 2, 3]
    assert before(doc, 1) == "e filling of the dam"
    assert before(doc, 2) == "he first in a decade"
    assert before(doc, 3) == "x for the next round"


def test_header_page_numbers_and_hyphens_go_title_and_authors_come(tmp_path: Path) -> None:
    doc = read_document(footnoted_pdf(tmp_path / "nile.pdf"))
    assert doc.title == "Water Talks on the Upper Nile"
    assert doc.authors == ["Amina Haddad", "Tomas Berg"]
    assert paragraphs(doc) == [
        "Water Talks on the Upper Nile",
        "Amina Haddad and Tomas Berg",
        "Ministers from three riparian states met in Kampala to discuss the filling of the "
        "dam and agreed to share river flow data every week. The negotiations lasted two days.",
        "Observers said the talks were the first in a decade and calm.",
        # cut by the page break, joined again
        "The delegates also agreed to meet again before the rainy season, and they asked the "
        "basin commission to draft a technical annex for the next round.",
        "A later meeting in Nairobi confirmed the data-sharing plan.",
    ]
    assert doc.blocks[0].kind == "heading"


def test_metadata_title_wins_unless_a_placeholder(tmp_path: Path) -> None:
    real = read_document(footnoted_pdf(tmp_path / "a.pdf", title_meta="Nile Water Diplomacy"))
    assert real.title == "Nile Water Diplomacy"
    junk = read_document(footnoted_pdf(tmp_path / "b.pdf", title_meta="Microsoft Word - nile.docx"))
    assert junk.title == "Water Talks on the Upper Nile"
    assert real_title("MyDocumentpdfauthor") is None
    assert real_title("untitled") is None
    assert real_title("  Rivers and   Borders ") == "Rivers and Borders"


def test_notes_numbered_anew_are_numbered_through(tmp_path: Path) -> None:
    pages: list[tuple[list[Para], list[tuple[str, str]]]] = [
        ([("The first chapter cites a treaty", "1", ".")], [("1", "Treaty of Lausanne.")]),
        ([("The second chapter cites a speech", "1", ".")], [("1", "Speech at the summit.")]),
    ]
    doc = read_document(footnoted_pdf(tmp_path / "chapters.pdf", pages))
    assert [(n.number, n.text) for n in doc.notes] == [
        (1, "Treaty of Lausanne."),
        (2, "Speech at the summit."),
    ]
    assert before(doc, 1, 8) == "a treaty"
    assert before(doc, 2, 8) == "a speech"


def test_note_continued_on_next_page_and_exponent_not_a_marker(tmp_path: Path) -> None:
    pages: list[tuple[list[Para], list[tuple[str, str]]]] = [
        (
            [
                (
                    "The first survey of the river was disputed by the downstream states, "
                    "whose engineers doubted the gauges",
                    "1",
                    ".",
                )
            ],
            [("1", "The gauges at Aswan give this figure, which the")],  # runs on overleaf
        ),
        (
            [
                ("In flood the river carries 500 m", "3", " per second past the old dam"),
                ("A later survey by the commission found the same flow at the border", "2", "."),
            ],
            [("", "ministry publishes every year."), ("2", "Survey of 2019.")],
        ),
    ]
    doc = read_document(footnoted_pdf(tmp_path / "flow.pdf", pages))
    assert [(n.number, n.text) for n in doc.notes] == [
        (1, "The gauges at Aswan give this figure, which the ministry publishes every year."),
        (2, "Survey of 2019."),
    ]
    assert paragraphs(doc)[2:] == [
        "The first survey of the river was disputed by the downstream states, whose "
        "engineers doubted the gauges.",
        "In flood the river carries 500 m3 per second past the old dam",
        "A later survey by the commission found the same flow at the border.",
    ]
    assert [m.number for m in doc.markers] == [1, 2]
    assert before(doc, 1, 6) == "gauges"
    assert before(doc, 2, 6) == "border"


@pytest.mark.skipif(not DEJAVU.exists(), reason="DejaVu Sans font not installed")
def test_ligatures_are_undone(tmp_path: Path) -> None:
    pages: list[tuple[list[Para], list[tuple[str, str]]]] = [
        ([("Both sides conﬁrmed the ceaseﬁre and its ﬂag rules on the border.", None, "")], []),
        ([("The oﬃcers left the ﬁeld.", None, "")], []),
    ]
    doc = read_document(footnoted_pdf(tmp_path / "lig.pdf", pages, font=DEJAVU))
    assert paragraphs(doc)[2:] == [
        "Both sides confirmed the ceasefire and its flag rules on the border.",
        "The officers left the field.",
    ]


LEFT = (
    "The northern delegation arrived on Monday and asked for a pause in the shelling. "
    "Its envoy met the mediator twice and handed over a list of prisoners held near the "
    "river crossing. The mediator promised an answer within a week."
)
RIGHT = (
    "The southern delegation answered on Thursday and rejected the pause. Its spokesman "
    "said the list was incomplete and demanded access for inspectors to the camps in the "
    "hills. Both sides agreed to meet again in the spring."
)


def test_two_columns_are_read_in_column_order(tmp_path: Path) -> None:
    pdf = fpdf.FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=16)
    pdf.set_xy(10, 15)
    pdf.cell(190, 10, "Talks Across the Line", align="C")
    pdf.set_font("Helvetica", size=11)
    pdf.set_xy(10, 35)
    pdf.multi_cell(85, 6, LEFT)
    pdf.set_xy(110, 35)
    pdf.multi_cell(85, 6, RIGHT)
    path = tmp_path / "columns.pdf"
    pdf.output(str(path))
    doc = read_document(path)
    assert paragraphs(doc) == ["Talks Across the Line", LEFT, RIGHT]


def test_references_are_not_notes(tmp_path: Path) -> None:
    pdf = fpdf.FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.set_xy(10, 20)
    pdf.multi_cell(
        0,
        6,
        new_x="LMARGIN",
        new_y="NEXT",
        text="The envoys met in Geneva and signed a short protocol (Smith 2019).",
    )
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", size=14)
    pdf.multi_cell(0, 8, new_x="LMARGIN", new_y="NEXT", text="References")
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(
        0,
        6,
        new_x="LMARGIN",
        new_y="NEXT",
        text="[1] Smith, Anna. 2019. Protocols of Peace. Geneva: Lake Press.",
    )
    pdf.multi_cell(
        0,
        6,
        new_x="LMARGIN",
        new_y="NEXT",
        text="[2] Brown, Lee. 2020. Border Talks. Oslo: Fjord Books.",
    )
    path = tmp_path / "refs.pdf"
    pdf.output(str(path))
    doc = read_document(path)
    assert doc.notes == []
    assert doc.text == "The envoys met in Geneva and signed a short protocol (Smith 2019)."


def test_bad_pdfs_give_one_clear_error(tmp_path: Path) -> None:
    good = footnoted_pdf(tmp_path / "good.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(good[: len(good) // 2])
    with pytest.raises(ReadError, match=r"cut\.pdf: the PDF is damaged or truncated"):
        read_document(cut)
    text = tmp_path / "notes.pdf"
    text.write_text("Minutes of the meeting, not a PDF at all.\n")
    with pytest.raises(ReadError, match=r"notes\.pdf: not a PDF file"):
        read_document(text)


PETRARCH = SHARED_PDF / "Petrarch2.pdf"


@pytest.mark.skipif(not PETRARCH.exists(), reason="../shared/corpus/pdf/Petrarch2.pdf absent")
def test_petrarch2_paper() -> None:
    started = time.perf_counter()
    doc = read_document(PETRARCH)
    assert time.perf_counter() - started < 20
    assert doc.title == "PETRARCH 2 : PETRARCHer"
    assert doc.authors == ["Clayton Norris"]
    assert [n.number for n in doc.notes] == list(range(1, 14))
    assert sorted(m.number for m in doc.markers) == list(range(1, 14))
    assert doc.notes[3].urls == ["https://www.cis.upenn.edu/~treebank/"]
    assert before(doc, 4, 11) == "Treebank II"
    assert before(doc, 6, 5) == before(doc, 7, 5) == "CAMEO"  # two markers on one word
    for ligature in "ﬁﬂﬀﬃﬄ\u00ad":
        assert ligature not in doc.text
    assert "Works Cited" not in doc.text
    assert "Cambridge University Press" not in doc.text
    assert not any(n.text.startswith("Beieler") for n in doc.notes)
    assert [p for p in paragraphs(doc) if re.fullmatch(r"[\d\s]+", p)] == []  # page numbers
