"""Store.write_many: several documents in one transaction, as the cluster's writer stores them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from dyadline.model import Note
from dyadline.store import Store
from test_store import TEXT, make_annotated


def test_write_many_stores_each_new_document_once(tmp_path: Path) -> None:
    first = make_annotated()
    second = make_annotated(TEXT.replace("2019", "2021"), "/briefings/two.txt")
    same_text_elsewhere = make_annotated(TEXT, "/elsewhere/one.txt")
    with Store(tmp_path / "batch.db") as store:
        assert store.write_many([first, second, same_text_elsewhere]) == [True, True, False]
        assert store.write_many([second]) == [False]
        batch_counts = store.counts()
    with Store(tmp_path / "single.db") as store:
        assert [store.write(a) for a in (first, second, same_text_elsewhere)] == [
            True,
            True,
            False,
        ]
        assert store.counts() == batch_counts
    assert batch_counts["documents"] == 2 and batch_counts["events"] == 6


def test_write_many_lands_all_or_nothing(tmp_path: Path) -> None:
    good = make_annotated()
    broken = make_annotated(TEXT.replace("2019", "2022"), "/briefings/bad.txt")
    broken.document = dataclasses.replace(
        broken.document,
        notes=[Note(1, "a note", [object()], None)],  # type: ignore[list-item]
    )
    with Store(tmp_path / "t.db") as store:
        with pytest.raises(TypeError):
            store.write_many([good, broken])
        assert store.counts()["documents"] == 0
        assert store.write_many([good]) == [True]
