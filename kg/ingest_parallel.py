"""Running extraction elsewhere: a pool of local worker processes, or a Dask cluster.

Both map :func:`kg.ingest_extract.extract_batch` (batches of
:func:`kg.ingest_extract.extract_to_ntriples`) over a stream of articles and yield the results as they come back, in any order. At most a
few batches per worker are in flight, so the articles read ahead and the results waiting to
be written stay bounded whatever the size of the corpus. Each worker process loads spaCy
once and keeps it. The caller (:func:`kg.ingest.ingest`) stays the store's only writer.

Local pool: ``fork`` on Linux, after loading spaCy in the parent, so the workers start in
milliseconds with the pipeline already loaded and share its memory (what spaCy's own
``nlp.pipe(n_process=)`` does); ``spawn`` elsewhere, each worker loading it once. Workers
ignore Ctrl-C; the parent stops them.

Dask: ``scheduler`` is an address (``tcp://host:8786``) or a ``distributed.Client``. The
workers need kg and its [nlp] extra installed, at the same version (docs/scale.md).
"""
from __future__ import annotations

import multiprocessing
import signal
import sys
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Iterable, Iterator

from .errors import ArticleError, Errors, KGError, MissingDependency
from .ingest_extract import Extracted, batched, default_pipeline, extract_batch, extraction_error
from .model import Article

Result = Extracted | ArticleError


def _start_method() -> str:
    return "fork" if sys.platform.startswith("linux") else "spawn"


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def pool_extract(articles: Iterable[Article], jobs: int, *, batch_size: int = 8,
                 in_flight: int | None = None, resolver: str = "rules") -> Iterator[Result]:
    """Extract `articles` in `jobs` worker processes; yield each article's result as it is ready."""
    in_flight = in_flight or 2 * jobs
    batches = batched(articles, batch_size)
    method = _start_method()
    if method == "fork":  # load spaCy once, here: the forked workers inherit it (as nlp.pipe(n_process=) does)
        default_pipeline()
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(method),
                               initializer=_ignore_sigint)
    pending: dict = {}

    def fill() -> None:
        while len(pending) < in_flight:
            batch = next(batches, None)
            if batch is None:
                return
            pending[pool.submit(extract_batch, batch, resolver=resolver)] = batch

    try:
        fill()
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            ready: list[Result] = []
            for future in done:
                pending.pop(future)
                try:
                    ready += future.result()
                except BrokenProcessPool as exc:
                    raise KGError(Errors.E082.format(reason=str(exc) or "killed")) from None
            fill()  # keep the workers busy while the caller writes
            yield from ready
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def dask_extract(articles: Iterable[Article], scheduler, *, batch_size: int = 8,
                 in_flight: int | None = None, timeout: float = 30.0, resolver: str = "rules") -> Iterator[Result]:
    """Extract `articles` on a Dask cluster; yield each article's result as it is ready.

    `scheduler` is the scheduler's address or a connected ``distributed.Client`` (left open).
    """
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise MissingDependency(Errors.E022.format(package="distributed", purpose="--scheduler (a Dask cluster)",
                                                   install="distributed")) from None
    own = isinstance(scheduler, str)
    if own:
        try:
            client = Client(scheduler, timeout=timeout, set_as_default=False)
        except (OSError, ValueError, TypeError) as exc:
            raise KGError(Errors.E080.format(address=scheduler, reason=str(exc).strip() or type(exc).__name__)) from None
    else:
        client = scheduler
    pending: dict = {}  # future -> its batch
    try:
        workers = sum(client.nthreads().values())
        in_flight = in_flight or 2 * max(workers, 1) + 2
        batches = batched(articles, batch_size)
        queue = as_completed(loop=client.loop)

        def submit() -> None:
            batch = next(batches, None)
            if batch is not None:
                future = client.submit(extract_batch, batch, resolver=resolver, pure=False)
                pending[future] = batch
                queue.add(future)

        for _ in range(in_flight):
            submit()
        for future in queue:
            batch = pending.pop(future)
            try:
                results = future.result()
            except (KGError, KeyboardInterrupt):
                raise
            except ImportError as exc:  # the workers lack kg or one of its packages
                raise KGError(Errors.E081.format(reason=f"{type(exc).__name__}: {exc}")) from None
            except Exception as exc:  # noqa: BLE001 - a lost worker or task: these articles failed
                results = [extraction_error(article, exc) for article in batch]
            future.release()
            submit()
            yield from results
    finally:
        if own:
            client.close()
        elif pending:  # stopped early (strict, Ctrl-C): the caller's cluster drops what is left
            client.cancel(list(pending))
