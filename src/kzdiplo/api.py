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
