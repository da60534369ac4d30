"""A SQLite cache of article records and extractions beside corpus.yaml, keyed by file bytes and extractor version.

Writes are single transactions (atomic); WAL mode and a busy timeout let two runs overlap safely.
A cache that cannot be opened or written is skipped, never fatal.
"""
from __future__ import annotations

import hashlib
import json
import pickle
import sqlite3
from pathlib import Path

from kzdiplo import datafiles
from kzdiplo.corpus import CorpusEntry, entry_path
from kzdiplo.extract import Extraction
from kzdiplo.records import Article

CACHE_NAME = ".kzdiplo-cache.sqlite"


def extractor_version() -> str:
    """The package version plus a hash of the extractor's code and every rule and gazetteer file."""
    return datafiles.code_and_data_version()


def entry_key(entry: CorpusEntry, raw: bytes) -> str:
    """The file's bytes and everything the manifest says about it: the same key means the same record."""
    described = json.dumps([entry.id, str(entry_path(entry)), entry.url, entry.language, entry.origin, entry.meta],
                           sort_keys=True, default=str)
    return hashlib.sha256(hashlib.sha256(raw).digest() + described.encode()).hexdigest()


def document(article: Article, extraction: Extraction) -> str:
    """One article's `extract` output as compact JSON."""
    from kzdiplo.api import facts
    from kzdiplo.render import plain

    return json.dumps(plain(facts(article, extraction)), ensure_ascii=False)


class ExtractionCache:
    def __init__(self, path: Path):
        self.path = path
        self._db: sqlite3.Connection | None = None
        try:
            self._db = sqlite3.connect(path, timeout=30, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS records (key TEXT, version TEXT, payload BLOB, document TEXT, warnings TEXT, "
                             "PRIMARY KEY (key, version))")
        except sqlite3.Error:
            self._db = None

    key = staticmethod(entry_key)

    def get(self, key: str) -> tuple[Article, Extraction] | None:
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT payload FROM records WHERE key = ? AND version = ?",
                                   (key, extractor_version())).fetchone()
            return pickle.loads(row[0]) if row else None  # noqa: S301 - written by this class only
        except (sqlite3.Error, pickle.PickleError, EOFError, AttributeError, TypeError, ValueError):
            return None

    def get_document(self, key: str) -> tuple[str, tuple[str, ...]] | None:
        """The article's `extract` JSON document and its reading warnings, as stored (no record is rebuilt)."""
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT document, warnings FROM records WHERE key = ? AND version = ?",
                                   (key, extractor_version())).fetchone()
            return (row[0], tuple(json.loads(row[1]))) if row else None
        except (sqlite3.Error, ValueError, TypeError):
            return None

    def put(self, key: str, article: Article, extraction: Extraction, rendered: str | None = None) -> None:
        """Store the record; `rendered` is its `extract` document when the caller has made it already."""
        if self._db is None:
            return
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.execute("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?, ?)",
                                 (key, extractor_version(), pickle.dumps((article, extraction)),
                                  rendered or document(article, extraction), json.dumps(article.warnings)))
        except sqlite3.Error:
            pass

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
