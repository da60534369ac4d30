"""Load the YAML rule and gazetteer files once, with a parsed-data cache keyed by their hashes.

Built-in files live in kzdiplo/data/. A user extends them by pointing KZDIPLO_DATA at a folder
of YAML files with the same names and shapes: their lists are appended to the built-in ones.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from kzdiplo.errors import DataFileError

BUILTIN_DIR = Path(__file__).with_name("data")
CACHE_FORMAT = 2  # 2: user lists checked for words when merged


def data_dirs() -> list[Path]:
    dirs = [BUILTIN_DIR]
    extra = os.environ.get("KZDIPLO_DATA")
    if extra:
        dirs.append(Path(extra))
    return dirs


def _yaml_load(path: Path) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=loader)  # noqa: S506 - SafeLoader/CSafeLoader only
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = f" line {mark.line + 1}" if mark else ""
        raise DataFileError(f"{path}:{line}: malformed YAML ({exc.problem})") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise DataFileError(f"{path}: cannot read ({exc})") from None


def _merge(base: Any, extra: Any, path: Path) -> Any:
    if base is None:
        return extra
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        # a new key of a table of word lists ("given_names: {mine: [...]}") must be a word list too
        sibling = [] if base and all(_is_word_list(v) for v in base.values()) else None
        for key, value in extra.items():
            merged[key] = _merge(base.get(key, sibling), value, path)
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        if _is_word_list(base) and not _is_word_list(extra):
            bad = next(v for v in extra if not isinstance(v, str))
            raise DataFileError(f"{path}: expected a list of words, found {bad!r} (quote words such as on, no, 2024)")
        return base + extra
    if type(base) is not type(extra):
        raise DataFileError(f"{path}: expected {type(base).__name__}, found {type(extra).__name__}")
    return extra


def _is_word_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


@lru_cache(maxsize=1)
def code_and_data_version() -> str:
    """The package version plus a hash of its code and of every rule and gazetteer file: what an
    extraction, or a pattern built from the data, depends on."""
    from kzdiplo import __version__

    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).parent
    files = sorted(package.rglob("*.py")) + [p for folder in data_dirs() for p in sorted(Path(folder).glob("*.yaml"))]
    for path in files:
        digest.update(path.name.encode() + path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:16]}"


def cache_dir() -> Path:
    """Where parsed data files and compiled patterns are kept ($XDG_CACHE_HOME/kzdiplo)."""
    root = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(root) / "kzdiplo"


def _cache_path(digest: str) -> Path:
    return cache_dir() / f"data-{CACHE_FORMAT}-{digest[:20]}.pickle"


def _files(name: str) -> list[Path]:
    return [d / name for d in data_dirs() if (d / name).is_file()]


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """The merged content of data file `name` (e.g. "months.yaml") from every data folder."""
    files = _files(name)
    if not files:
        raise DataFileError(f"data file {name} not found in {', '.join(map(str, data_dirs()))}")
    digest = hashlib.sha256()
    for path in files:
        digest.update(str(path).encode() + b"\0" + path.read_bytes())
    cache = _cache_path(digest.hexdigest())
    try:
        with cache.open("rb") as handle:
            return pickle.load(handle)  # noqa: S301 - our own cache file, keyed by content hash
    except (OSError, pickle.PickleError, EOFError, AttributeError):
        pass
    merged: Any = None
    for path in files:
        merged = _merge(merged, _yaml_load(path), path)
    write_cache(cache, merged)
    return merged


def write_cache(cache: Path, value: Any) -> None:
    """Best effort, atomic: a reader sees the whole file or none."""
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
    except OSError:
        pass
