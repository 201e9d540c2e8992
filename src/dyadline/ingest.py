"""Ingest: files -> read -> annotate -> store, for many files at once.

Reads: paths (files, directories searched recursively, glob patterns), and
corpus files (``.jsonl``, ``.ndjson``, ``.csv``: one story a row, read as a stream
by ``dyadline.read.corpus``). Adds: one stored document per readable file or
corpus row (``dyadline.store.Store.write``), and an ``IngestSummary`` saying what
landed, what was already there and which files or rows failed and why. A bad file
or row is reported and skipped; the rest lands.

``iter_documents`` yields the documents of files and corpus rows alike (and the
errors of those that cannot be read). Each is read in the parent (cheap), its
``doc_id`` (hash of the clean text) checked against the store, and only new texts
are annotated: re-ingesting a corpus annotates nothing, a grown one only its new
rows. With more
than one worker, annotation runs in a process pool: forked from the parent
after it has loaded the pipeline and the place gazetteer once (where the
platform can fork), else spawned, each worker loading its own. The parent is
the only writer. At most ``2 * workers`` documents are in flight, so memory
stays bounded however many files are given (a hand-rolled window because
``Pool.imap`` consumes its whole input eagerly). Workers ignore Ctrl-C: the
parent gets it, stops them and leaves the database as the last finished
document left it. Workers also die with the parent when it is killed outright
(``kill -9``): ``prctl(PR_SET_PDEATHSIG)`` on Linux, a parent-pid watchdog thread
elsewhere and as a fallback.
"""

from __future__ import annotations

import contextlib
import ctypes
import glob
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dyadline.errors import DyadlineError, PipelineError, ReadError
from dyadline.model import Annotated, Document
from dyadline.read.corpus import CORPUS_FORMATS, CorpusFields, is_corpus, read_corpus
from dyadline.store import Store

if TYPE_CHECKING:
    from spacy.language import Language


def known_extensions() -> frozenset[str]:
    """Extensions picked up in directories: those ``dyadline.read`` has a reader for.
    (Explicit files are always tried; the reader reports an unknown extension.)"""
    from dyadline.read import supported_formats

    return frozenset(supported_formats()) | frozenset(CORPUS_FORMATS)


#: With ``workers=None``, at least this many files per worker process.
FILES_PER_WORKER = 4

#: progress(done, total, path): called once per file handled.
Progress = Callable[[int, int, str], None]


@dataclass(slots=True)
class IngestSummary:
    """What one ingest run did."""

    added: int = 0
    unchanged: int = 0
    sentences: int = 0
    events: int = 0
    skipped: int = 0  # files under a directory whose extension no reader knows
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return self.added


def _outside(child: Path, folder: Path) -> bool:
    """True when ``child`` is a symlink whose target is not inside ``folder``."""
    if not child.is_symlink():
        return False
    return not Path(os.path.realpath(child)).is_relative_to(os.path.realpath(folder))


def expand(
    paths: Sequence[str | Path], *, follow_links: bool = False
) -> tuple[list[Path], int, list[tuple[str, str]]]:
    """Files named by ``paths`` (deduplicated, in a stable order), the number of files
    skipped in directories for their extension, and the paths that name nothing (or,
    unless ``follow_links``, links in a folder to files outside it)."""
    files: list[Path] = []
    known = known_extensions()
    skipped = 0
    missing: list[tuple[str, str]] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = 0
            for child in sorted(p.rglob("*")):
                rel = child.relative_to(p).parts
                if not child.is_file() or any(part.startswith(".") for part in rel):
                    continue
                if not follow_links and _outside(child, p):
                    missing.append(
                        (
                            str(child),
                            f"{child}: a link to a file outside {raw} (not read; pass "
                            "--follow-links to read it)",
                        )
                    )
                    continue
                if child.suffix.lower() in known:
                    files.append(child)
                    found += 1
                else:
                    skipped += 1
            if not found:
                kinds = ", ".join(sorted(known))
                missing.append(
                    (str(raw), f"{raw}: no documents in this folder (dyadline reads {kinds})")
                )
        elif p.exists() or p.is_symlink():  # a broken link or a loop: the reader says which
            files.append(p)
        elif glob.has_magic(str(raw)):
            matched = sorted(glob.glob(str(raw), recursive=True))
            if not matched:
                missing.append((str(raw), f"{raw}: no file matches this pattern"))
            sub_files, sub_skipped, sub_missing = expand(matched, follow_links=follow_links)
            missing.extend(m for m in sub_missing if ": a link to a file outside " in m[1])
            files.extend(sub_files)
            skipped += sub_skipped
        else:
            missing.append((str(raw), f"{raw}: no such file or directory"))
    seen: set[Path] = set()
    unique = []
    for f in files:
        try:
            key = f.resolve()
        except (OSError, RuntimeError):  # a symlink loop
            key = f.absolute()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, skipped, missing


def read_one(path: Path) -> Document:
    """Read one file into a ``Document`` (path stored resolved), or raise ReadError."""
    from dyadline.read import read_document

    document = read_document(path)
    if not document.text.strip():
        raise ReadError(str(path), "no text found in the file", "check the file is not empty")
    document.path = str(path.resolve())
    return document


def iter_file(path: Path, fields: CorpusFields | None = None) -> Iterator[Document | DyadlineError]:
    """The documents of one file: a corpus file's rows, else the file itself; what cannot
    be read comes as the error (a bad row or file is reported, never raised)."""
    if is_corpus(path):
        try:
            yield from read_corpus(path, fields)
        except DyadlineError as exc:
            yield exc
        except Exception as exc:  # a reader bug must not sink the batch
            yield _reader_bug(path, exc)
        return
    try:
        yield read_one(path)
    except DyadlineError as exc:
        yield exc
    except Exception as exc:  # a reader bug must not sink the batch
        yield _reader_bug(path, exc)


def _reader_bug(path: Path, exc: Exception) -> DyadlineError:
    """A reader's unexpected exception on an odd file, as the file's one-line failure."""
    first = str(exc).splitlines()[0][:200] if str(exc) else ""
    return DyadlineError(
        str(path),
        f"could not be read ({type(exc).__name__}: {first})",
        "convert the file to another format, or report it",
    )


def iter_documents(
    paths: Sequence[str | Path], fields: CorpusFields | None = None
) -> Iterator[Document | DyadlineError]:
    """The documents named by ``paths`` (files, folders, globs: see ``expand``) in
    order, corpus rows one by one (see ``iter_file``); a path that names nothing, a
    file or a row that cannot be read comes as its error."""
    files, _, missing = expand(paths)
    for raw, message in missing:
        yield ReadError(raw, message.removeprefix(f"{raw}: "))
    for path in files:
        yield from iter_file(path, fields)


def warm_up() -> None:
    """Build what the first document would otherwise build (the place gazetteer)."""
    from dyadline.coder.locations import warm_up as build_gazetteer

    build_gazetteer()


@cache
def _pipeline(model: str | None, codebooks: tuple[str, ...]) -> Language:
    from dyadline.nlp import load_pipeline

    return load_pipeline(model, list(codebooks))


# -- worker side (module level so that "spawn" can find it) ----------------------------

_WORKER: dict[str, Language] = {}
_POOL = {"forking": False}


def _ignore_ctrl_c_in_forked_worker() -> None:
    # runs in every child right after os.fork(): a worker forked by our pool ignores
    # Ctrl-C from its first instruction, before its initializer has run
    if _POOL["forking"]:
        signal.signal(signal.SIGINT, signal.SIG_IGN)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_ignore_ctrl_c_in_forked_worker)


#: How often a worker checks that its parent is still alive (the fallback to prctl).
PARENT_CHECK_SECONDS = 1.0


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        if os.getppid() != parent:  # re-parented: the ingest process is gone
            os._exit(1)


def _die_with_parent(parent: int) -> None:
    """Make this worker end when the ingest process dies, even by ``kill -9`` (which
    gives the pool no chance to stop it): ``prctl(PR_SET_PDEATHSIG, SIGKILL)`` on Linux,
    and everywhere a daemon thread that exits once the parent pid changes."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


_PR_SET_PDEATHSIG = 1


def _init_worker(model: str | None, codebooks: tuple[str, ...], parent: int | None = None) -> None:
    # Ctrl-C reaches the whole process group: only the parent acts on it
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if parent is not None:
        _die_with_parent(parent)
    # a forked worker finds the parent's loaded pipeline and gazetteer in the caches
    _WORKER["nlp"] = _pipeline(model, codebooks)
    warm_up()


def _pool_context() -> multiprocessing.context.BaseContext:
    """Fork where the platform has it (workers start in milliseconds with the parent's
    loaded pipeline and gazetteer); spawn elsewhere (each worker loads its own)."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _annotate_in_worker(document: Document) -> Annotated:
    from dyadline.annotate import annotate

    return annotate(document, _WORKER["nlp"])


# -- parent side -----------------------------------------------------------------------


def _pending(
    files: list[Path],
    store: Store,
    summary: IngestSummary,
    tick: Callable[[str], None],
    fields: CorpusFields | None = None,
    grow: Callable[[], None] = lambda: None,
) -> Iterator[Document]:
    """New documents to annotate; unchanged and unreadable files and rows are settled
    here. ``grow`` is called for each corpus row after a file's first (one more to do)."""
    for path in files:
        n = -1
        for n, item in enumerate(iter_file(path, fields)):
            if n:
                grow()
            if isinstance(item, DyadlineError):
                summary.failed.append((str(path), str(item)))
                tick(str(path))
            elif store.has_document(item.doc_id):
                summary.unchanged += 1
                tick(item.path or str(path))
            else:
                yield item
        if n < 0:  # a corpus without rows
            tick(str(path))


def _record(store: Store, annotated: Annotated, summary: IngestSummary) -> None:
    if store.write(annotated):
        summary.added += 1
        summary.sentences += len(annotated.sentences)
        summary.events += len(annotated.events)
    else:
        summary.unchanged += 1


def ingest(
    paths: Sequence[str | Path],
    db: str | Path,
    *,
    workers: int | None = None,
    model: str | None = None,
    codebooks: Sequence[str] | None = None,
    progress: Progress | None = None,
    nlp: Language | None = None,
    fields: CorpusFields | None = None,
    scheduler: str | Any | None = None,
    summary: IngestSummary | None = None,
    follow_links: bool = False,
) -> IngestSummary:
    """Read, annotate and store every file named by ``paths`` into the database ``db``.

    ``workers`` defaults to the number of CPUs, but no more than one per
    ``FILES_PER_WORKER`` files (starting a worker costs a pipeline load; a corpus
    file counts as many); ``nlp`` lets a caller reuse a pipeline it already loaded
    (in-process only); ``fields`` names the fields of corpus rows (else common names).
    ``scheduler`` annotates on a Dask cluster instead (``"local:N"``,
    ``"tcp://HOST:8786"`` or a ``distributed.Client``; see ``dyadline.distributed``).
    ``summary``, if given, is filled in as the run goes (a caller can show failures live).
    Links in a folder to files outside it are read only with ``follow_links``.
    """
    if workers is not None and workers < 1:
        raise DyadlineError(f"workers={workers}", "needs at least one worker", "give 1 or more")
    if scheduler is not None:
        from dyadline.distributed import check_scheduler

        check_scheduler(scheduler)
    if codebooks:  # a bad user codebook stops the run even when no text needs annotating
        from dyadline.coder.actor_codebook import load_index
        from dyadline.coder.patterns import load_index as load_patterns
        from dyadline.nlp import split_codebooks

        actor_files, pattern_files = split_codebooks(list(codebooks))
        load_index(actor_files)
        load_patterns(pattern_files)
    files, skipped, missing = expand(paths, follow_links=follow_links)
    if summary is None:
        summary = IngestSummary()
    summary.skipped += skipped
    summary.failed.extend(missing)
    total = len(files)
    done = 0

    def tick(path: str) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total, path)

    def grow() -> None:
        nonlocal total
        total += 1

    # a corpus file holds many documents: count it as enough for every worker
    units = sum(FILES_PER_WORKER * (os.cpu_count() or 1) if is_corpus(f) else 1 for f in files)
    if workers is None:  # by default a pool only pays off from a few files per worker
        n_workers = max(1, min(os.cpu_count() or 1, units // FILES_PER_WORKER))
    else:
        n_workers = max(1, min(workers, units))
    books = tuple(codebooks or ())
    with Store(db) as store:
        pending = _pending(files, store, summary, tick, fields, grow)
        if scheduler is not None:
            from dyadline.distributed import run_cluster

            run_cluster(pending, store, summary, tick, scheduler, model, books)
        elif n_workers == 1 or nlp is not None:
            from dyadline.annotate import annotate

            for document in pending:
                pipeline = nlp if nlp is not None else _pipeline(model, books)
                _annotate_and_record(partial(annotate, nlp=pipeline), document, store, summary)
                tick(document.path or "")
        else:
            _run_pool(pending, store, summary, tick, n_workers, model, books)
    return summary


def _annotate_and_record(
    fn: Callable[[Document], Annotated], document: Document, store: Store, summary: IngestSummary
) -> None:
    try:
        annotated = fn(document)
    except Exception as exc:
        summary.failed.append((document.path or "", _annotate_failure(document, exc)))
        return
    _record(store, annotated, summary)


def _annotate_failure(document: Document, exc: BaseException) -> str:
    if isinstance(exc, DyadlineError):
        return str(exc)
    return f"{document.path}: annotation failed ({type(exc).__name__}: {exc})"


def _run_pool(
    pending: Iterator[Document],
    store: Store,
    summary: IngestSummary,
    tick: Callable[[str], None],
    n_workers: int,
    model: str | None,
    books: tuple[str, ...],
) -> None:
    window: deque[tuple[Document, Future[Annotated]]] = deque()
    executor: ProcessPoolExecutor | None = None

    def settle() -> None:
        document, future = window.popleft()
        try:
            annotated = future.result()
        except BrokenProcessPool as exc:
            raise PipelineError(
                model or "the spaCy pipeline",
                "the worker processes stopped (could the pipeline not be loaded?)",
                "run again with --workers 1 to see the underlying error",
            ) from exc
        except Exception as exc:
            summary.failed.append((document.path or "", _annotate_failure(document, exc)))
        else:
            _record(store, annotated, summary)
        tick(document.path or "")

    try:
        for document in pending:
            if executor is None:  # start workers only once something needs annotating
                context = _pool_context()
                if context.get_start_method() == "fork":
                    _pipeline(model, books)  # loaded once here, shared by the forked workers
                    warm_up()
                executor = ProcessPoolExecutor(
                    max_workers=n_workers,
                    mp_context=context,
                    initializer=_init_worker,
                    initargs=(model, books, os.getpid()),
                )
                _POOL["forking"] = True
            window.append((document, executor.submit(_annotate_in_worker, document)))
            if len(window) >= 2 * n_workers:
                settle()
        while window:
            settle()
    except KeyboardInterrupt:
        if executor is not None:
            _stop_workers(executor)
        raise
    finally:
        _POOL["forking"] = False
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


def _stop_workers(executor: ProcessPoolExecutor) -> None:
    """Terminate the pool's workers now (they ignore Ctrl-C, and a long document would
    keep them busy). ``ProcessPoolExecutor`` has no public way to do this before Python
    3.14's ``terminate_workers``, hence the private ``_processes``."""
    processes = getattr(executor, "_processes", None) or {}
    for process in list(processes.values()):
        process.terminate()
