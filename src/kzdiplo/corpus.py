"""The corpus manifest (corpus.yaml): which article files exist and what their text cannot tell."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from kzdiplo.errors import CorpusError, UnknownArticleError
from kzdiplo.records import ArticleMeta

MANIFEST = "corpus.yaml"
ENV_VAR = "KZDIPLO_CORPUS"
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_ENTRY_KEYS = {"id", "file", "url", "language", "origin", "meta"}
_META_KEYS = set(ArticleMeta.__dataclass_fields__)


@dataclass(frozen=True)
class CorpusEntry:
    id: str  # stable article id
    file: Path  # absolute path of the text file
    url: str | None = None  # where it was scraped from
    language: str = "id"  # ISO 639-1 code of the text
    origin: str | None = None  # the scraped file's original name
    meta: dict = field(default_factory=dict)  # metadata fields that override the text's own


@dataclass(frozen=True)
class Corpus:
    manifest: Path  # the corpus.yaml file
    entries: tuple[CorpusEntry, ...]

    @property
    def root(self) -> Path:
        return self.manifest.parent

    def entry(self, article_id: str) -> CorpusEntry:
        for entry in self.entries:
            if entry.id == article_id:
                return entry
        known = ", ".join(e.id for e in self.entries[:8])
        raise UnknownArticleError(f"no article {article_id!r} in {self.manifest} (known: {known})")

    def find_file(self, path: Path) -> CorpusEntry | None:
        resolved = path.resolve()
        return next((e for e in self.entries if e.file.resolve() == resolved), None)

    def load(self, article_id: str):
        return load_entry(self.entry(article_id))

    def selection(self, ids: list[str] | None = None) -> list[CorpusEntry]:
        """The entries in manifest order, or those of `ids` in that order (unknown ids are errors)."""
        return [self.entry(i) for i in ids] if ids else list(self.entries)

    def articles(self, ids: list[str] | None = None) -> Iterator:
        """Articles in manifest order (or in the order of `ids`), read one at a time."""
        for entry in self.selection(ids):
            yield load_entry(entry)


def load_entry(entry: CorpusEntry, raw: bytes | None = None, shown: str | None = None):
    """The entry's Article; `raw` is the file's bytes when the caller has read them already, and
    `shown` the path to report (another machine's working directory differs from ours)."""
    from kzdiplo.loader import load_file
    from kzdiplo.textutil import read_bytes

    raw = read_bytes(entry.file) if raw is None else raw
    return load_file(shown or entry_path(entry), article_id=entry.id, raw=raw, overrides=entry.meta or None,
                     url=entry.url, language=entry.language, origin=entry.origin)


def entry_path(entry: CorpusEntry) -> Path:
    return _display_path(entry.file)


def _display_path(path: Path) -> Path:
    """The path relative to the working directory when it lies below it (stable, portable output)."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def find_manifest(explicit: str | os.PathLike | None = None, start: Path | None = None) -> Path:
    """--corpus, else $KZDIPLO_CORPUS, else corpus.yaml in the current folder or its nearest parent."""
    chosen = explicit or os.environ.get(ENV_VAR)
    if chosen:
        path = Path(chosen)
        path = path / MANIFEST if path.is_dir() else path
        if not path.is_file():
            raise CorpusError(f"{path}: no such corpus manifest")
        return path
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / MANIFEST).is_file():
            return folder / MANIFEST
    raise CorpusError(f"no {MANIFEST} in {here} or its parents (use --corpus PATH or ${ENV_VAR})")


def open_corpus(explicit: str | os.PathLike | None = None) -> Corpus:
    manifest = find_manifest(explicit)
    return Corpus(manifest, tuple(_parse_manifest(manifest)))


def _load_yaml(manifest: Path):
    import yaml

    try:
        text = manifest.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{manifest}: cannot read ({exc})") from None
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f" line {mark.line + 1}" if mark else ""
        raise CorpusError(f"{manifest}:{where}: malformed YAML ({exc.problem})") from None
    except yaml.YAMLError as exc:
        raise CorpusError(f"{manifest}: malformed YAML ({' '.join(str(exc).split())})") from None
    except RecursionError:
        raise CorpusError(f"{manifest}: YAML nested too deeply") from None


def _parse_manifest(manifest: Path) -> list[CorpusEntry]:
    doc = _load_yaml(manifest)
    if not isinstance(doc, dict) or not isinstance(doc.get("articles"), list):
        raise CorpusError(f"{manifest}: expected a mapping with an 'articles' list")
    entries, seen, root = [], set(), manifest.parent.resolve()
    for number, item in enumerate(doc["articles"], start=1):
        entry = _parse_entry(manifest, root, number, item)
        if entry.id in seen:
            raise CorpusError(f"{manifest}: duplicate article id {entry.id!r}")
        seen.add(entry.id)
        entries.append(entry)
    return entries


def _is_iso_date(text: str) -> bool:
    import datetime

    try:
        return datetime.date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def _parse_entry(manifest: Path, root: Path, number: int, item) -> CorpusEntry:
    """One manifest entry, checked; `root` is the corpus folder, resolved once for all entries."""
    where = f"{manifest}: article {number}"
    if not isinstance(item, dict):
        raise CorpusError(f"{where}: expected a mapping with id and file")
    unknown = set(item) - _ENTRY_KEYS
    if unknown:
        raise CorpusError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
    article_id, file = item.get("id"), item.get("file")
    if not isinstance(article_id, str) or not _ID.fullmatch(article_id):
        raise CorpusError(f"{where}: id must be letters, digits, '.', '_' or '-' (got {article_id!r})")
    if not isinstance(file, str) or not file:
        raise CorpusError(f"{where} ({article_id}): 'file' must be a path")
    path = (manifest.parent / file).resolve()
    if not path.is_relative_to(root):
        raise CorpusError(f"{where} ({article_id}): {file} is outside the corpus folder")
    meta = item.get("meta") or {}
    if not isinstance(meta, dict) or set(meta) - _META_KEYS:
        raise CorpusError(f"{where} ({article_id}): meta may only set {', '.join(sorted(_META_KEYS))}")
    if meta.get("published") is not None and not _is_iso_date(str(meta["published"])):
        raise CorpusError(f"{where} ({article_id}): meta.published must be a date YYYY-MM-DD (got {meta['published']!r})")
    meta = {k: str(v) if k == "published" and v is not None else v for k, v in meta.items()}
    return CorpusEntry(article_id, path, item.get("url"), str(item.get("language") or "id"), item.get("origin"), meta)
