"""Extraction on several processes (``--jobs N``) or on a Dask cluster (``--dask``).

The articles are cut into the same batches as in one process (:func:`kg.pipeline.batches`),
each batch is extracted by a worker that loads the pipeline once, and the results come
back in input order, so the output is byte-identical to ``--jobs 1``. At most two
batches per worker are in flight: memory stays bounded however long the input.

What crosses the network with Dask: each batch's articles (id, text, metadata) out, its
Extractions (sentences, mentions, entities, facts) back, pickled; the workers need kg
installed (same version) and load its models from their own installation.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from kg.errors import InputError
from kg.model import Article, Extraction, Failure
from kg.pipeline import batches, checked, run_batch

Submit = Callable[[list], Any]  # a batch -> a future with .result()


def work(batch: list[Article | Failure]) -> list[Extraction | Failure]:
    """What a worker runs: one batch, every article its own failure boundary."""
    return list(run_batch(batch, strict=False, forced=None))


def extract_parallel(
    articles: Iterable[Article | Failure], jobs: int = 1, strict: bool = False, dask: str | None = None
) -> Iterator[Extraction | Failure]:
    """Like :func:`kg.pipeline.extract`, on ``jobs`` processes or the Dask cluster ``dask``
    ("local": a LocalCluster of ``jobs`` workers started here; "tcp://host:8786": an
    existing scheduler)."""
    with _executor(jobs, dask) as (submit, width):
        pending: deque = deque()
        for batch in batches(articles, strict):
            pending.append(submit(batch))
            if len(pending) >= 2 * width:
                yield from (checked(r, strict) for r in pending.popleft().result())
        while pending:
            yield from (checked(r, strict) for r in pending.popleft().result())


@contextmanager
def _executor(jobs: int, dask: str | None) -> Iterator[tuple[Submit, int]]:
    if dask:
        with _dask_client(dask, jobs) as client:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            yield (lambda batch: client.submit(work, batch, pure=False)), workers
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield (lambda batch: pool.submit(work, batch)), jobs


@contextmanager
def _dask_client(address: str, jobs: int) -> Iterator[Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise InputError("--dask needs Dask", "pip install 'kg-news[dask]'") from exc
    if address == "local":
        with (
            LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    if not address.startswith(("tcp://", "tls://")):
        raise InputError(f"--dask {address!r} is neither 'local' nor a scheduler address", "e.g. tcp://host:8786")
    try:
        client = Client(address, timeout="20s")
    except OSError as exc:
        raise InputError(f"cannot reach the Dask scheduler at {address}: {exc}", "is dask-scheduler running?") from exc
    with client:
        yield client
