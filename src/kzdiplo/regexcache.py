"""re.compile for the patterns built from the data files (the gazetteer, titles, date and figure
rules, layout lines), with the compiled program kept on disk beside the data cache.

Compiling them costs ~250 ms in the re module's pure-Python parser on every run (the 40 KB gazetteer
trie alone ~100 ms), a large part of a command's start-up; rebuilding a pattern from its stored
program costs a fraction of a millisecond. The program format belongs to
one CPython build, so the cache key holds the interpreter's cache tag and the engine's MAGIC, and
anything unexpected (another interpreter, a damaged file, a program the engine rejects) falls back
to a plain re.compile.
"""
from __future__ import annotations

import hashlib
import pickle
import re
import sys
from typing import Callable

from kzdiplo import datafiles

try:  # the engine behind re, and its compiler (re._compiler from 3.11, sre_compile before)
    import _sre

    try:
        from re import _compiler, _parser
    except ImportError:  # Python 3.10
        import sre_compile as _compiler
        import sre_parse as _parser
except ImportError:  # pragma: no cover - not CPython
    _sre = None


def _key(identity: str, flags: int) -> str:
    tag = f"{sys.implementation.cache_tag}|{getattr(_sre, 'MAGIC', '')}|{flags}|"
    return hashlib.sha256((tag + identity).encode("utf-8", "surrogatepass")).hexdigest()


def _program(source: str, flags: int) -> tuple:
    """What _sre.compile needs: the parsed pattern turned into the engine's program (newer Pythons
    also pass the number of REPEAT blocks)."""
    parsed = _parser.parse(source, flags)
    data = _compiler._code(parsed, flags)
    code, extra = (data.code, (data.repeat_count,)) if hasattr(data, "code") else (data, ())
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    # plain ints: the named opcodes do not pickle
    return (flags | parsed.state.flags, [int(op) for op in code], parsed.state.groups - 1, groupindex, tuple(indexgroup),
            *extra)


def compile_cached(source: str | Callable[[], str], flags: int = 0, key: str | None = None) -> re.Pattern:
    """re.compile(source, flags), rebuilt from a stored program when one exists for this interpreter.

    `source` may be a function that builds it from the data files, with `key` naming it: the stored
    pattern is then keyed by the key and by the package's code and data (datafiles.code_and_data_version),
    so that a cache hit skips building the source as well as compiling it, and any change rebuilds it.
    """
    if key is None:
        assert isinstance(source, str), "a source built by a function needs a key"
        key = source
    else:
        key = f"{key}|{datafiles.code_and_data_version()}"
    if _sre is None or sys.implementation.name != "cpython":
        return re.compile(source if isinstance(source, str) else source(), flags)
    path = datafiles.cache_dir() / f"regex-{_key(key, flags)[:24]}.pickle"
    try:
        with path.open("rb") as handle:
            stored, program = pickle.load(handle)  # noqa: S301 - our own cache file, keyed by the pattern's hash
        return _sre.compile(stored, *program)
    except Exception:  # noqa: BLE001 - no file, a damaged one, or a program this engine rejects: compile afresh
        pass
    source = source if isinstance(source, str) else source()
    try:
        program = _program(source, flags)
        pattern = _sre.compile(source, *program)
    except Exception:  # noqa: BLE001 - the internals differ from what we expect: use the public API
        return re.compile(source, flags)
    datafiles.write_cache(path, (source, program))
    return pattern
