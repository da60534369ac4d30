"""Extraction as a dask.bag map over corpus files, for corpora that outgrow one machine (extra: kzdiplo[dask]).

Workers read the article files themselves, so every worker must see the corpus at the same
absolute path (a shared or replicated filesystem). Results come back in manifest order and
are identical to a single-process run.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from kzdiplo.corpus import Corpus, CorpusEntry, entry_path
from kzdiplo.errors import KzdiploError

PER_PARTITION = 50  # articles per task: large enough to amortise scheduling, small enough to balance


def _document(job: tuple[CorpusEntry, str]) -> str:
    from kzdiplo.cache import document
    from kzdiplo.corpus import load_entry
    from kzdiplo.extract import extract

    entry, shown = job
    article = load_entry(entry, shown=shown)
    return document(article, extract(article))


@contextmanager
def client_for(scheduler: str):
    """A dask.distributed Client: "local" starts (and afterwards stops) a cluster on this machine,
    anything else is a scheduler address."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise KzdiploError("--dask needs the dask extra: pip install 'kzdiplo[dask]'") from None
    if scheduler == "local":
        with LocalCluster(processes=True, threads_per_worker=1, dashboard_address=":0") as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(scheduler, timeout="20s")
    except OSError as exc:
        raise KzdiploError(f"cannot reach the dask scheduler at {scheduler}: {exc}") from None
    with client:
        yield client


def dask_documents(corpus: Corpus, client, ids: list[str] | None = None) -> Iterator[str]:
    """Each article's `extract` JSON document, computed on the cluster, yielded in manifest order."""
    import dask.bag as db

    entries = corpus.selection(ids)
    jobs = [(entry, str(entry_path(entry))) for entry in entries]
    if not jobs:
        return
    bag = db.from_sequence(jobs, partition_size=PER_PARTITION).map(_document)
    futures = client.compute(bag.to_delayed())
    for future in futures:
        yield from future.result()
        future.release()
