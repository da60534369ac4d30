"""A SQLite cache of extractions beside corpus.yaml, keyed by article content and extractor version.

Writes are single transactions (atomic); WAL mode and a busy timeout let two runs overlap safely.
A cache that cannot be opened or written is skipped, never fatal.
"""
from __future__ import annotations

import hashlib
import json
import pickle
import sqlite3
from functools import lru_cache
from pathlib import Path

from kzdiplo import __version__, datafiles
from kzdiplo.extract import Extraction, extract
from kzdiplo.records import Article

CACHE_NAME = ".kzdiplo-cache.sqlite"


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """The package version plus a hash of the extractor's code and every rule and gazetteer file."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).parent
    files = sorted(package.rglob("*.py")) + [p for folder in datafiles.data_dirs() for p in sorted(Path(folder).glob("*.yaml"))]
    for path in files:
        digest.update(path.name.encode() + path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:16]}"


def article_key(article: Article) -> str:
    """Content and the metadata that steers extraction (the publication date anchors relative dates)."""
    meta = json.dumps([article.meta.published, article.sha256, hashlib.sha256(article.text.encode()).hexdigest()])
    return hashlib.sha256(meta.encode()).hexdigest()


class ExtractionCache:
    def __init__(self, path: Path):
        self.path = path
        self._db: sqlite3.Connection | None = None
        try:
            self._db = sqlite3.connect(path, timeout=30, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS extractions (key TEXT, version TEXT, payload BLOB, "
                             "PRIMARY KEY (key, version))")
        except sqlite3.Error:
            self._db = None

    def get(self, article: Article) -> Extraction | None:
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT payload FROM extractions WHERE key = ? AND version = ?",
                                   (article_key(article), extractor_version())).fetchone()
            return pickle.loads(row[0]) if row else None  # noqa: S301 - written by this class only
        except (sqlite3.Error, pickle.PickleError, EOFError, AttributeError):
            return None

    def put(self, article: Article, extraction: Extraction) -> None:
        if self._db is None:
            return
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.execute("INSERT OR REPLACE INTO extractions VALUES (?, ?, ?)",
                                 (article_key(article), extractor_version(), pickle.dumps(extraction)))
        except sqlite3.Error:
            pass

    def extract(self, article: Article) -> Extraction:
        found = self.get(article)
        if found is None:
            found = extract(article)
            self.put(article, found)
        return found

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
