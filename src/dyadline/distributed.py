"""Ingest on a Dask cluster: workers annotate, the one writer stores.

Reads: any iterable of ``Document`` objects (``dyadline.ingest`` gives the new
documents of the files, or of corpus rows, it read), a scheduler (``local:N``
for a ``LocalCluster`` of N worker processes with one thread each,
``tcp://HOST:8786`` for a running ``dask scheduler``, or a connected
``distributed.Client``). Adds: each document annotated on a worker and stored
by the calling process through ``Store.write``, exactly as a local ingest
stores it, so the SQLite store and everything above it are unchanged.

- Documents are read in the calling process and sent as text, so workers need
  dyadline and the spaCy model but not the files. They go out in batches of
  about ``BATCH_CHARS`` characters (at most ``BATCH_DOCS`` documents); at most
  ``IN_FLIGHT_PER_THREAD`` batches per worker thread are on the cluster at once,
  so memory stays bounded however large the corpus.
- Each worker process loads the pipeline once, on its first batch (cached per
  process, keyed by model and codebooks). A ``WorkerPlugin`` carries the
  user's codebook files (their text) to every worker, including workers that
  join or are restarted later, so ``--codebook`` works without a shared disk.
  ``local:N`` does what the local pool does where the platform forks: it loads
  the pipeline once in this process and forks its workers from it, so they
  start with it loaded (spawned workers would each import spaCy and load it:
  about 10 s of CPU per worker, the cluster's main overhead on one machine).
- Dask keeps recent messages and transitions for debugging
  (``distributed.admin.low-level-log-length``, 1,000 by default); the scheduler's
  log of messages to a worker holds the tasks it sent, documents included, so
  with the default a local cluster's writer grew by about 0.8 KiB per short
  document. While an ingest runs, its client, its local cluster and their
  workers keep ``LOW_LEVEL_LOG`` (a remote ``dask scheduler`` keeps its own
  setting: start it with ``DASK_DISTRIBUTED__ADMIN__LOW_LEVEL_LOG_LENGTH=16``).
- Results stream back as they finish (``as_completed``) to the one writer.
  The writer stores each finished batch in one transaction (a group commit:
  ``Store.write_many``). A worker that dies loses nothing: the scheduler runs
  its batches again on another worker (``retries`` covers errors raised by a
  batch itself), and the store is idempotent by content, so no document is
  stored twice. A document
  that fails to annotate is reported with its path and the rest goes on.

Dask is an optional dependency (the ``dask`` extra: ``dask[distributed]``).
"""

from __future__ import annotations

import hashlib
import logging
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dyadline.errors import DyadlineError
from dyadline.model import Annotated, Document

try:  # the plugin's base class; without dask the module still imports (and says so)
    from distributed import WorkerPlugin as _WorkerPlugin
except ImportError:  # pragma: no cover - the dask extra is not installed
    _WorkerPlugin = object  # type: ignore[misc, assignment]

if TYPE_CHECKING:
    from spacy.language import Language

    from dyadline.ingest import IngestSummary
    from dyadline.store import Store

#: A batch closes once it holds this many characters of text (about half a second of one worker).
BATCH_CHARS = 20_000
#: ... or this many documents (short news items).
BATCH_DOCS = 64
#: Batches on the cluster per worker thread: one running, one queued behind it.
IN_FLIGHT_PER_THREAD = 2
#: Times a batch is run again after an error raised by the batch itself.
RETRIES = 2
#: Seconds to wait for a remote scheduler to have at least one worker.
WAIT_FOR_WORKERS = 60.0
#: Messages and transitions Dask keeps per log for debugging (its default, 1,000, holds
#: the last 1,000 tasks sent to each worker, documents included: memory that grows with
#: the corpus until then).
LOW_LEVEL_LOG = 16

#: one outcome per document: (doc_id, path, the annotated document or None, error or None)
Outcome = tuple[str, str, Annotated | None, str | None]


@dataclass(frozen=True, slots=True)
class SchedulerSpec:
    """A parsed ``--scheduler``: a LocalCluster of ``local_workers``, or an address."""

    address: str | None = None
    local_workers: int | None = None


_SCHEMES = ("tcp://", "tls://", "inproc://", "ucx://", "ws://", "wss://")


def parse_scheduler(spec: str) -> SchedulerSpec:
    """``local:N`` or a scheduler address (``tcp://HOST:PORT``); else ``DyadlineError``."""
    text = spec.strip()
    if text.startswith("local:"):
        count = text.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise DyadlineError(
                "--scheduler", f"{spec!r} is not local:N with N >= 1", "e.g. --scheduler local:4"
            )
        return SchedulerSpec(local_workers=int(count))
    if text.startswith(_SCHEMES) and len(text) > text.index("://") + 3:
        return SchedulerSpec(address=text)
    raise DyadlineError(
        "--scheduler",
        f"{spec!r} is neither a scheduler address nor local:N",
        "give tcp://HOST:8786 (a running `dask scheduler`) or local:N",
    )


def check_scheduler(scheduler: Any) -> None:
    """Raise ``DyadlineError`` now, before any reading, for a malformed ``--scheduler`` or
    a missing dask extra."""
    distributed = _distributed()
    if isinstance(scheduler, str):
        parse_scheduler(scheduler)
    elif not isinstance(scheduler, distributed.Client):
        raise DyadlineError(
            repr(scheduler), "is not a scheduler", "give local:N or tcp://HOST:PORT"
        )


def _distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise DyadlineError(
            "--scheduler", "needs dask.distributed", "pip install 'dyadline[dask]'"
        ) from exc
    return distributed


# -- worker side -------------------------------------------------------------------------

#: token -> (model, codebook paths on this worker), filled by the plugin's setup
_CONFIG: dict[str, tuple[str | None, tuple[str, ...]]] = {}


def _token(model: str | None, books: list[tuple[str, str]]) -> str:
    key = repr((model, books)).encode("utf-8")
    return hashlib.sha256(key).hexdigest()[:16]


class PipelineConfig(_WorkerPlugin):
    """Tells each worker which model and codebooks an ingest uses, writing the codebook
    files (shipped as text) into the worker's local directory. The scheduler keeps the
    plugin and sets it up on workers that join or restart later too."""

    def __init__(self, token: str, model: str | None, books: list[tuple[str, str]]) -> None:
        self.token = token
        self.model = model
        self.books = books
        self.name = f"dyadline-{token}"

    def setup(self, worker: Any) -> None:
        folder = Path(worker.local_directory) / f"dyadline-codebooks-{self.token}"
        paths = []
        for index, (name, text) in enumerate(self.books):
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{index}-{name}"
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        _CONFIG[self.token] = (self.model, tuple(paths))


#: token -> the pipeline loaded in this process: filled before a local cluster forks its
#: workers (they inherit it), else on a worker's first batch
_LOADED: dict[str, Language] = {}


def load_pipeline(token: str, model: str | None, codebooks: tuple[str, ...]) -> Language:
    """The pipeline of ``token`` in this process, loaded (and the gazetteer built) once."""
    nlp = _LOADED.get(token)
    if nlp is None:
        from dyadline.ingest import _pipeline, warm_up

        nlp = _pipeline(model, codebooks)
        warm_up()
        _LOADED[token] = nlp
    return nlp


def annotate_batch(token: str, documents: list[Document]) -> list[Outcome]:
    """Annotate ``documents`` on a worker: one outcome per document, a failure kept as its
    message so that one bad document does not cost the batch."""
    from dyadline.annotate import annotate
    from dyadline.ingest import _annotate_failure

    nlp = _LOADED.get(token) or load_pipeline(token, *_CONFIG[token])
    out: list[Outcome] = []
    for document in documents:
        path = document.path or ""
        try:
            out.append((document.doc_id, path, annotate(document, nlp), None))
        except Exception as exc:
            out.append((document.doc_id, path, None, _annotate_failure(document, exc)))
    return out


# -- the writer's side -------------------------------------------------------------------


def batches(documents: Iterable[Document]) -> Iterator[list[Document]]:
    """``documents`` in lists of about ``BATCH_CHARS`` characters, ``BATCH_DOCS`` at most;
    pulled lazily, so only the batches in flight are ever held."""
    batch: list[Document] = []
    size = 0
    for document in documents:
        batch.append(document)
        size += len(document.text)
        if size >= BATCH_CHARS or len(batch) >= BATCH_DOCS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def cluster_config() -> dict[str, Any]:
    """Dask settings while an ingest runs (its client, its local cluster and the workers
    that cluster starts or restarts): short debugging logs (``LOW_LEVEL_LOG``); no
    statistical profiler on workers (it samples the running thread's stack every 10 ms,
    which costs a CPU-bound spaCy task a few percent; remote workers:
    ``DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False``); local workers forked where the
    local pool forks (``dyadline.ingest``), else spawned."""
    from dyadline.ingest import _pool_context

    return {
        "distributed.admin.low-level-log-length": LOW_LEVEL_LOG,
        "distributed.worker.profile.enabled": False,
        "distributed.worker.multiprocessing-method": _pool_context().get_start_method(),
    }


def forks_workers() -> bool:
    """Whether a local cluster forks its workers from this process (they then inherit
    whatever pipeline it has loaded)."""
    return bool(cluster_config()["distributed.worker.multiprocessing-method"] == "fork")


def local_cluster(workers: int) -> Any:
    """A ``LocalCluster`` of ``workers`` processes with one thread each, quiet, started
    with ``cluster_config()``; its dashboard on any free port (8787 may be taken)."""
    import dask

    distributed = _distributed()
    with dask.config.set(cluster_config()):
        return distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # any free port: 8787 may be taken
            silence_logs=logging.ERROR,
        )


class _Connection:
    """A client on the cluster ``scheduler`` names, started (LocalCluster) or reached
    (address); closed on exit unless the caller passed its own client. ``cluster_config()``
    holds from start to close (a worker restarted mid-run is started with it too)."""

    def __init__(self, scheduler: Any) -> None:
        self.scheduler = scheduler
        self.client: Any = None
        self.cluster: Any = None
        self.owned = True
        self.config: Any = None
        self.quiet: Any = None

    def __enter__(self) -> Any:
        import dask

        distributed = _distributed()
        if isinstance(self.scheduler, distributed.Client):
            self.client, self.owned = self.scheduler, False
            return self.client
        spec = parse_scheduler(self.scheduler) if isinstance(self.scheduler, str) else None
        if spec is None:
            raise DyadlineError(
                repr(self.scheduler), "is not a scheduler", "give local:N or tcp://HOST:PORT"
            )
        self.config = dask.config.set(cluster_config())
        try:
            return self._connect(spec)
        except BaseException:
            self.close()  # the settings are restored, a half-started cluster stopped
            raise

    def _connect(self, spec: SchedulerSpec) -> Any:
        distributed = _distributed()
        if spec.local_workers is not None:
            # Dask forks a worker from a thread of its own, by design; Python 3.12 warns
            # about any fork in a process with threads (the cluster's own)
            self.quiet = warnings.catch_warnings()
            self.quiet.__enter__()
            warnings.filterwarnings(
                "ignore", "This process .* is multi-threaded, use of fork", DeprecationWarning
            )
            self.cluster = local_cluster(spec.local_workers)
            self.client = distributed.Client(self.cluster)
            return self.client
        try:
            self.client = distributed.Client(spec.address, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise DyadlineError(
                str(spec.address),
                f"cannot reach the Dask scheduler ({type(exc).__name__})",
                "start `dask scheduler` there, or check the address",
            ) from exc
        try:
            self.client.wait_for_workers(1, timeout=WAIT_FOR_WORKERS)
        except TimeoutError as exc:
            raise DyadlineError(
                str(spec.address),
                f"the scheduler has no workers after {WAIT_FOR_WORKERS:.0f} s",
                f"start `dask worker {spec.address}` on each machine",
            ) from exc
        return self.client

    def close(self) -> None:
        if self.owned and self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        if self.config is not None:
            self.config.__exit__(None, None, None)
        if self.quiet is not None:
            self.quiet.__exit__(None, None, None)
        self.client = self.cluster = self.config = self.quiet = None

    def __exit__(self, *exc: object) -> None:
        self.close()


def _codebook_texts(codebooks: tuple[str, ...]) -> list[tuple[str, str]]:
    from dyadline.errors import CodebookError, read_utf8

    return [(Path(p).name, read_utf8(p, CodebookError, "codebook")) for p in codebooks]


def run_cluster(
    documents: Iterable[Document],
    store: Store,
    summary: IngestSummary,
    tick: Callable[[str], None],
    scheduler: Any,
    model: str | None = None,
    codebooks: tuple[str, ...] = (),
    *,
    retries: int = RETRIES,
) -> None:
    """Annotate ``documents`` on the cluster and store each result as it arrives.

    ``store``, ``summary`` and ``tick`` are the local ingest's: an added document,
    an unchanged one and a failure are counted there exactly as in a local run.
    """
    it = batches(documents)
    first = next(it, None)
    if first is None:  # nothing new to annotate: no cluster needed
        return
    distributed = _distributed()
    books = _codebook_texts(codebooks)
    token = _token(model, books)
    if isinstance(scheduler, str) and parse_scheduler(scheduler).local_workers and forks_workers():
        load_pipeline(token, model, codebooks)  # once, here: the forked workers inherit it
    with _Connection(scheduler) as client:
        client.register_plugin(PipelineConfig(token, model, books))
        threads = sum(client.nthreads().values()) or 1
        limit = max(2, IN_FLIGHT_PER_THREAD * threads)
        flying: dict[str, list[Document]] = {}
        results = distributed.as_completed()

        def submit(batch: list[Document]) -> None:
            future = client.submit(annotate_batch, token, batch, retries=retries, pure=False)
            flying[future.key] = batch
            results.add(future)

        submit(first)
        for batch in it:
            submit(batch)
            if len(flying) >= limit:
                break
        for future in results:
            batch = flying.pop(future.key)
            try:
                outcomes: list[Outcome] = future.result()
            except Exception as exc:  # the batch failed on every try (KilledWorker ...)
                for document in batch:
                    summary.failed.append(
                        (
                            document.path or "",
                            f"{document.path}: annotation failed on the cluster "
                            f"({type(exc).__name__}: {exc})",
                        )
                    )
                    tick(document.path or "")
            else:
                _store_batch(store, outcomes, summary, tick)
            future.release()
            following = next(it, None)
            if following is not None:
                submit(following)


def _store_batch(
    store: Store, outcomes: list[Outcome], summary: IngestSummary, tick: Callable[[str], None]
) -> None:
    """Store one finished batch in one transaction (``Store.write_many``) and count it
    as a local ingest counts each document."""
    done = [annotated for _, _, annotated, _ in outcomes if annotated is not None]
    flags = iter(store.write_many(done))
    for _doc_id, path, annotated, error in outcomes:
        if annotated is None:
            summary.failed.append((path, error or f"{path}: annotation failed"))
        elif next(flags):
            summary.added += 1
            summary.sentences += len(annotated.sentences)
            summary.events += len(annotated.events)
        else:
            summary.unchanged += 1
        tick(path)
