"""One exception tree for dyadline.

Every error names the input it is about and says how to fix the problem; the
CLI turns a ``DyadlineError`` into one line (``str(err)``) and a non-zero exit.
"""

from __future__ import annotations

from pathlib import Path


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


def read_utf8(path: str | Path, error: type[DyadlineError], what: str) -> str:
    """The text of a UTF-8 file; an unreadable or undecodable file raises ``error``
    naming the file ("cannot read <what> (...)", "<what> is not UTF-8 text")."""
    p = Path(path)
    try:
        return p.read_text("utf-8")
    except OSError as exc:
        raise error(str(p), f"cannot read {what} ({exc.strerror})", "check the path") from exc
    except UnicodeDecodeError as exc:
        raise error(str(p), f"{what} is not UTF-8 text", "save it as UTF-8") from exc
