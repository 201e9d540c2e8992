"""The package's public names are what they say on every access."""

from __future__ import annotations

import importlib
import inspect

import pytest

import dyadline


@pytest.mark.parametrize("name", ["annotate", "export", "ingest"])
def test_function_named_like_its_module_stays_the_function(name: str) -> None:
    first = getattr(dyadline, name)
    importlib.import_module(f"dyadline.{name}")  # binds the submodule on the package
    second = getattr(dyadline, name)
    assert inspect.isfunction(first) is True
    assert second is first
    assert second.__module__ == f"dyadline.{name}"


def test_every_public_name_resolves() -> None:
    missing = [name for name in dyadline.__all__ if getattr(dyadline, name, None) is None]
    assert missing == []


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        _ = dyadline.nothing_here  # type: ignore[attr-defined]
