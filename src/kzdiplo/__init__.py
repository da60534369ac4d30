"""kzdiplo: structured, checkable facts from Indonesian news about Kazakhstan's diplomacy."""
from __future__ import annotations

__version__ = "0.1.0"

from kzdiplo.api import ArticleFacts, ArticleListing, facts, list_articles, read_inputs  # noqa: E402
from kzdiplo.corpus import Corpus, open_corpus  # noqa: E402
from kzdiplo.errors import KzdiploError  # noqa: E402
from kzdiplo.extract import extract  # noqa: E402
from kzdiplo.loader import load_bytes, load_file, parse  # noqa: E402
from kzdiplo.records import Article, ArticleMeta  # noqa: E402

__all__ = [
    "Article", "ArticleFacts", "ArticleListing", "ArticleMeta", "Corpus", "KzdiploError", "__version__",
    "extract", "facts", "list_articles", "load_bytes", "load_file", "open_corpus", "parse", "read_inputs",
]
