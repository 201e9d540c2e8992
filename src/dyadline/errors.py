"""One exception tree for dyadline.

Every error names the input it is about and says how to fix the problem; the
CLI turns a ``DyadlineError`` into one line (``str(err)``) and a non-zero exit.
"""

from __future__ import annotations


class DyadlineError(Exception):
    """Base of every error dyadline raises on purpose."""

    def __init__(self, subject: str, problem: str, fix: str = "") -> None:
        self.subject = subject
        self.problem = problem
        self.fix = fix
        msg = f"{subject}: {problem}"
        if fix:
            msg += f" ({fix})"
        super().__init__(msg)


class ReadError(DyadlineError):
    """A document could not be read (missing, empty, binary, bad encoding ...)."""


class UnsupportedFormatError(ReadError):
    """No reader is registered for the file's extension."""


class CodebookError(DyadlineError):
    """A codebook file is missing or malformed."""


class PipelineError(DyadlineError):
    """The spaCy pipeline could not be built (model not installed ...)."""


class StoreError(DyadlineError):
    """The SQLite store could not be opened or is not a dyadline database."""


class QueryError(DyadlineError):
    """A query (dyad, date, precedence expression ...) is malformed."""


class GoldFormatError(DyadlineError):
    """A gold/evaluation file does not follow the documented format."""
