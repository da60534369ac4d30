"""Library functions behind every command; each returns plain dataclasses."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from kzdiplo.corpus import Corpus, CorpusEntry, load_entry, open_corpus
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
MIN_PARALLEL = 8  # fewer misses than this in a batch are faster here than in worker processes


def _extract_one(article: Article) -> tuple[Article, Extraction]:
    return article, extract(article)


def _load_and_extract(job: tuple[CorpusEntry, bytes]) -> tuple[Article, Extraction]:
    return _extract_one(load_entry(*job))


def extractions(articles: Iterable[Article], jobs: int = 1) -> Iterator[tuple[Article, Extraction]]:
    """(article, extraction) in input order, spread over `jobs` processes."""
    return _stream(((a, None) for a in articles), _extract_one, jobs, None)


def corpus_extractions(corpus: Corpus, ids: list[str] | None = None, jobs: int = 1,
                       cache=None) -> Iterator[tuple[Article, Extraction]]:
    """(article, extraction) for the corpus (or `ids`), in order.

    An article whose file bytes and manifest entry are unchanged comes whole from the cache,
    without being parsed again; the rest are read and extracted in worker processes.
    """
    return _stream(_keyed_jobs(corpus, ids, cache), _load_and_extract, jobs, cache)


def _keyed_jobs(corpus: Corpus, ids: list[str] | None, cache) -> Iterator[tuple[tuple[CorpusEntry, bytes], str | None]]:
    from kzdiplo.textutil import read_bytes

    for entry in corpus.selection(ids):
        raw = read_bytes(entry.file)
        yield (entry, raw), cache.key(entry, raw) if cache else None


def corpus_documents(corpus: Corpus, ids: list[str] | None = None, jobs: int = 1,
                     cache=None) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(article's `extract` output as compact JSON, its reading warnings), in order.

    Cached documents are passed through as stored: the fast path for exporting a whole corpus.
    """
    from kzdiplo.cache import document

    view = _DocumentView(cache) if cache else None
    for item in _stream(_keyed_jobs(corpus, ids, cache), _load_and_extract, jobs, view):
        yield item if isinstance(item[0], str) else (document(*item), item[0].warnings)


class _DocumentView:
    """The cache seen as documents: hits are (JSON, warnings); a miss is stored as a record and
    comes back as its document, rendered once."""

    def __init__(self, cache):
        self._cache = cache
        self.get = cache.get_document

    def put(self, key: str, article: Article, extraction: Extraction) -> tuple[str, tuple[str, ...]]:
        from kzdiplo.cache import document

        rendered = document(article, extraction)
        self._cache.put(key, article, extraction, rendered)
        return rendered, article.warnings


def _stream(work: Iterable[tuple], run, jobs: int, cache) -> Iterator[tuple[Article, Extraction]]:
    pools: list = []
    try:
        batch: list[tuple] = []
        for item in work:
            batch.append(item)
            if len(batch) >= BATCH:
                yield from _run_batch(batch, run, jobs, pools, cache)
                batch = []
        yield from _run_batch(batch, run, jobs, pools, cache)
    finally:
        for pool in pools:
            pool.shutdown(cancel_futures=True)


def _pool(jobs: int, pools: list):
    if not pools:
        from concurrent.futures import ProcessPoolExecutor

        pools.append(ProcessPoolExecutor(max_workers=jobs))
    return pools[0]


def _run_batch(batch: list[tuple], run, jobs: int, pools: list, cache) -> Iterator[tuple[Article, Extraction]]:
    known = [cache.get(key) if key else None for _, key in batch]
    missing = [job for (job, _), hit in zip(batch, known) if hit is None]
    if jobs > 1 and len(missing) >= MIN_PARALLEL:
        fresh = iter(_pool(jobs, pools).map(run, missing, chunksize=4))
    else:
        fresh = iter(map(run, missing))
    for (_, key), hit in zip(batch, known):
        if hit is None:
            hit = next(fresh)
            if key:
                hit = cache.put(key, *hit) or hit  # a view of the cache may hand back what it stored
        yield hit


def open_cache(corpus: Corpus | None, enabled: bool = True):
    """The extraction cache beside the corpus manifest, or None when disabled or there is no corpus."""
    if not enabled or corpus is None:
        return None
    from kzdiplo.cache import CACHE_NAME, ExtractionCache

    return ExtractionCache(corpus.root / CACHE_NAME)
