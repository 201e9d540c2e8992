"""The time pass's cue words come from codebooks/time_cues.tsv; bad rows name file and line."""

from __future__ import annotations

import pytest

from dyadline.codebook import numbered_rows
from dyadline.coder.time_cues import cues_from_rows, time_cues
from dyadline.errors import CodebookError

HEADER = "# my cues\ncue\tkind\tvalue\n"


def _load(body: str) -> object:
    return cues_from_rows(numbered_rows(HEADER + body, "mine.tsv"), "mine.tsv")


def test_the_packaged_cues_start_end_and_number_stages() -> None:
    cues = time_cues()
    found = {
        text: (bool(cues.start.search(text)), bool(cues.end.search(text)))
        for text in ("fighting broke  out on", "the talks ended on", "it lasted until", "was held")
    }
    assert found == {
        "fighting broke  out on": (True, False),
        "the talks ended on": (False, True),
        "it lasted until": (False, True),
        "was held": (False, False),
    }
    assert {w: cues.stages[w] for w in ("first", "initial", "two", "3", "fourth")} == {
        "first": 1,
        "initial": 1,
        "two": 2,
        "3": 3,
        "fourth": 4,
    }


def test_rows_of_a_file_give_its_cues() -> None:
    cues = cues_from_rows(
        numbered_rows(HEADER + "set off\tstart\t-\nwound up\tend\t-\nfifth\tstage\t5\n", "m.tsv")
    )
    assert (
        bool(cues.start.search("Set off on")),
        bool(cues.end.search("wound  up")),
        cues.stages,
    ) == (
        True,
        True,
        {"fifth": 5},
    )


BAD = [
    ("began\tbegin\t-\n", r"mine\.tsv:3: unknown kind 'begin'"),
    ("Began\tstart\t-\n", r"mine\.tsv:3: cue 'Began' is not lower-case words"),
    ("broke-out\tstart\t-\n", r"mine\.tsv:3: cue 'broke-out' is not lower-case words"),
    ("began\tstart\t-\nbegan\tstart\t-\n", r"mine\.tsv:4: cue 'began' is already a start cue"),
    (
        "ended\tstart\t-\nended\tend\t-\n",
        r"mine\.tsv:4: cue 'ended' is also a start cue \(line 3\)",
    ),
    ("fifth\tstage\t-\n", r"mine\.tsv:3: stage cue 'fifth' has value '-'"),
    ("tenth\tstage\t10\n", r"mine\.tsv:3: stage cue 'tenth' has value '10'"),
    ("began\tstart\t1\n", r"mine\.tsv:3: start cue 'began' has value '1'"),
    ("began\tstart\n", r"mine\.tsv:3: .*3 tab-separated columns"),
]


@pytest.mark.parametrize(("body", "message"), BAD)
def test_a_bad_row_is_rejected_naming_file_and_line(body: str, message: str) -> None:
    with pytest.raises(CodebookError, match=message):
        _load(body)
