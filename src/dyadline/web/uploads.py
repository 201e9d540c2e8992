"""Uploads: files sent through the browser, ingested in a background thread.

Reads: the uploaded bytes and the name the client gave (used only for its
extension and as a label). Adds: the file saved under a server-chosen name
(``<random>.<ext>``) in the server's upload folder, then read, annotated and
written to the store in one background thread (one at a time, the pipeline
loaded once), with a ``Job`` whose state the progress page shows: queued,
reading, annotating, storing, done or failed with the error's one line.
"""

from __future__ import annotations

import re
import secrets
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dyadline.errors import DyadlineError, ReadError

if TYPE_CHECKING:
    from spacy.language import Language

    from dyadline.web.app import Settings

_NAME = re.compile(r"^[\w .()\-]{1,200}$")


@dataclass(slots=True)
class Job:
    job_id: str
    name: str
    state: str = "queued"  # queued, reading, annotating, storing, done, failed
    message: str = ""
    doc_id: str | None = None
    events: int = 0
    sentences: int = 0
    added: bool = False
    started: float = field(default_factory=time.time)

    @property
    def running(self) -> bool:
        return self.state not in ("done", "failed")

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["running"] = self.running
        return out


def check_upload_name(name: str) -> str:
    """The file's extension (".txt" ...), or ``ReadError`` for a name that holds a path,
    odd characters or a format no reader takes."""
    from dyadline.read import supported_formats

    if not name or "/" in name or "\\" in name or ".." in name or not _NAME.match(name):
        raise ReadError(repr(name), "is not a plain file name", "upload a file by its own name")
    suffix = Path(name).suffix.lower()
    if suffix not in supported_formats():
        raise ReadError(
            name, "no reader for this kind of file", "upload " + ", ".join(supported_formats())
        )
    return suffix


class Uploads:
    """The upload jobs of one server, and the one thread that ingests them."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.jobs: dict[str, Job] = {}
        self._lock = threading.Lock()  # one ingest at a time: one writer, one pipeline
        self._nlp: Language | None = None

    def submit(self, name: str, data: bytes) -> Job:
        """Save ``data`` under a new name and start ingesting it; errors raise before."""
        suffix = check_upload_name(name)
        if len(data) > self.settings.max_upload:
            raise ReadError(
                name,
                f"is larger than the {self.settings.max_upload // (1024 * 1024)} MB upload limit",
                "split it or ingest it with `dyadline ingest`",
            )
        if not data.strip():
            raise ReadError(name, "is empty", "upload a file with text in it")
        folder = self.settings.upload_dir
        assert folder is not None
        job = Job(job_id=secrets.token_hex(8), name=name)
        path = folder / f"{job.job_id}{suffix}"
        path.write_bytes(data)
        self.jobs[job.job_id] = job
        threading.Thread(target=self._run, args=(job, path), daemon=True).start()
        return job

    def _pipeline(self) -> Language:
        if self._nlp is None:
            from dyadline.nlp import load_pipeline

            self._nlp = load_pipeline()
        return self._nlp

    def _run(self, job: Job, path: Path) -> None:
        from dyadline.annotate import annotate
        from dyadline.ingest import read_one
        from dyadline.store import Store

        with self._lock:
            try:
                job.state = "reading"
                document = read_one(path)
                document.path = f"upload:{job.name}"
                job.doc_id = document.doc_id
                job.state = "annotating"
                annotated = annotate(document, self._pipeline())
                job.state = "storing"
                with Store(self.settings.db, create=False) as store:
                    job.added = store.write(annotated)
                job.sentences, job.events = len(annotated.sentences), len(annotated.events)
                job.state = "done"
                job.message = (
                    f"{job.events} events in {job.sentences} sentences"
                    if job.added
                    else "this text was already stored; nothing changed"
                )
            except DyadlineError as exc:
                job.state = "failed"
                job.message = f"{job.name}: {exc.problem}" + (f" ({exc.fix})" if exc.fix else "")
            except Exception as exc:  # a reader's or the pipeline's own failure
                job.state = "failed"
                job.message = f"{job.name}: cannot be ingested ({type(exc).__name__}: {exc})"
            finally:
                path.unlink(missing_ok=True)
