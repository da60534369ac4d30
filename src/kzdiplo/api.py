"""Library functions behind every command; each returns plain dataclasses."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from kzdiplo.corpus import Corpus, load_entry, open_corpus
from kzdiplo.errors import CorpusError
from kzdiplo.extract import Extraction, extract
from kzdiplo.loader import load_bytes, load_file
from kzdiplo.records import Article, ArticleMeta


@dataclass(frozen=True)
class ArticleListing:
    id: str  # corpus id
    outlet: str | None
    published: str | None
    title: str | None
    words: int  # words in title, lead and body


@dataclass(frozen=True)
class ArticleFacts:
    id: str
    path: str  # the file the facts were read from
    origin: str | None  # the scraped file's original name, if the corpus records it
    sha256: str
    meta: ArticleMeta
    entities: tuple
    dates: tuple
    figures: tuple


def list_articles(corpus: Corpus) -> list[ArticleListing]:
    return [ArticleListing(a.id, a.meta.outlet, a.meta.published, a.meta.title, a.word_count) for a in corpus.articles()]


def facts(article: Article, extraction: Extraction | None = None) -> ArticleFacts:
    found = extraction or extract(article)
    return ArticleFacts(article.id, article.path, article.origin, article.sha256, article.meta,
                        found.entities, found.dates, found.figures)


def _optional_corpus(explicit) -> Corpus | None:
    try:
        return open_corpus(explicit)
    except CorpusError:
        if explicit:
            raise
        return None


def read_inputs(files: Iterable[str], corpus_path=None, stdin=None) -> Iterator[Article]:
    """Articles from files ('-' is stdin); files that are corpus members get their corpus entry."""
    files = list(files)
    corpus = _optional_corpus(corpus_path)
    for name in files:
        if name == "-":
            yield load_bytes((stdin or sys.stdin.buffer).read(), "-")
            continue
        entry = corpus.find_file(Path(name)) if corpus else None
        yield load_entry(entry) if entry else load_file(name)


BATCH = 64  # articles in flight at once: memory stays flat however large the corpus


def _extract_one(article: Article) -> Extraction:
    return extract(article)


def extractions(articles: Iterable[Article], jobs: int = 1, cache=None) -> Iterator[tuple[Article, Extraction]]:
    """(article, extraction) in input order; cached results reused, misses spread over `jobs` processes.

    Processes start only once a batch has at least MIN_PARALLEL misses: a handful of articles is
    faster in this process than the start-up of workers.
    """
    pools: list = []
    try:
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= BATCH:
                yield from _run_batch(batch, jobs, pools, cache)
                batch = []
        yield from _run_batch(batch, jobs, pools, cache)
    finally:
        for pool in pools:
            pool.shutdown(cancel_futures=True)


MIN_PARALLEL = 8


def _pool(jobs: int, pools: list):
    if not pools:
        from concurrent.futures import ProcessPoolExecutor

        pools.append(ProcessPoolExecutor(max_workers=jobs))
    return pools[0]


def _run_batch(batch: list[Article], jobs: int, pools: list, cache) -> Iterator[tuple[Article, Extraction]]:
    known = [cache.get(a) if cache else None for a in batch]
    missing = [a for a, k in zip(batch, known) if k is None]
    if jobs > 1 and len(missing) >= MIN_PARALLEL:
        fresh = iter(_pool(jobs, pools).map(_extract_one, missing, chunksize=4))
    else:
        fresh = iter(map(_extract_one, missing))
    for article, found in zip(batch, known):
        if found is None:
            found = next(fresh)
            if cache:
                cache.put(article, found)
        yield article, found


def open_cache(corpus: Corpus | None, enabled: bool = True):
    """The extraction cache beside the corpus manifest, or None when disabled or there is no corpus."""
    if not enabled or corpus is None:
        return None
    from kzdiplo.cache import CACHE_NAME, ExtractionCache

    return ExtractionCache(corpus.root / CACHE_NAME)
