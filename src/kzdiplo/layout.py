"""Compiled page-layout rules from data/layout.yaml (furniture, datelines, bylines, sources)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kzdiplo import datafiles
from kzdiplo.errors import DataFileError
from kzdiplo.regexcache import compile_cached


@dataclass(frozen=True)
class Layout:
    furniture: tuple[tuple[str, re.Pattern], ...]  # (reason, whole-line pattern)
    trailer_starts: tuple[re.Pattern, ...]
    link_block_starts: tuple[re.Pattern, ...]
    teaser_bullets: str
    published_lines: tuple[re.Pattern, ...]
    bylines: tuple[re.Pattern, ...]
    section_words: frozenset[str]
    datelines: tuple[re.Pattern, ...]
    source_line: re.Pattern
    source_phrases: tuple[re.Pattern, ...]
    quote_verbs: tuple[str, ...]


def _compile(pattern: str, flags: int = 0) -> re.Pattern:
    try:
        return compile_cached(pattern, flags)
    except re.error as exc:
        raise DataFileError(f"layout.yaml: bad pattern {pattern!r}: {exc}") from None


@lru_cache(maxsize=1)
def layout() -> Layout:
    raw = datafiles.load("layout.yaml")
    ci = re.IGNORECASE
    return Layout(
        furniture=tuple((f["name"], _compile(f["pattern"], ci)) for f in raw["furniture_lines"]),
        trailer_starts=tuple(_compile(p, ci) for p in raw["trailer_starts"]),
        link_block_starts=tuple(_compile(p, ci) for p in raw.get("link_block_starts", ())),
        teaser_bullets=raw.get("teaser_bullets", ""),
        published_lines=tuple(_compile(p, ci) for p in raw["published_lines"]),
        bylines=tuple(_compile(p) for p in raw["byline_patterns"]),
        section_words=frozenset(w.casefold() for w in raw["section_words"]),
        datelines=tuple(_compile(p) for p in raw["datelines"]),
        source_line=_compile(raw["sources"]["line"]),
        source_phrases=tuple(_compile(p) for p in raw["sources"]["phrases"]),
        quote_verbs=tuple(raw["quote_verbs"]),
    )


MAX_FURNITURE_LINE = 600  # furniture lines are short; longer lines are article text and skip the checks


def furniture_reason(line: str) -> str | None:
    """Why this stripped line is page furniture, or None if it is not."""
    if len(line) > MAX_FURNITURE_LINE:
        return None
    combined = one_pass("furniture")
    if combined is not None:
        match = combined.fullmatch(line)
        return layout().furniture[int(match.lastgroup[1:])][0] if match else None
    return next((reason for reason, pattern in layout().furniture if pattern.fullmatch(line)), None)


@lru_cache(maxsize=None)
def one_pass(field: str) -> re.Pattern | None:
    """A Layout field's line patterns as one alternation, tried in order as a loop over them would be
    (one call per line, not one per pattern); None when a pattern has groups of its own, which the
    wrapping would renumber."""
    patterns = [item[1] if isinstance(item, tuple) else item for item in getattr(layout(), field)]
    if any(pattern.groups for pattern in patterns):
        return None
    try:
        return compile_cached("|".join(f"(?P<f{i}>{pattern.pattern})" for i, pattern in enumerate(patterns)), re.IGNORECASE)
    except re.error:
        return None


def _any_fullmatch(field: str, line: str) -> bool:
    if len(line) > MAX_FURNITURE_LINE:
        return False
    combined = one_pass(field)
    if combined is not None:
        return combined.fullmatch(line) is not None
    return any(p.fullmatch(line) for p in getattr(layout(), field))


def starts_link_block(line: str) -> bool:
    return _any_fullmatch("link_block_starts", line)


MAX_HEADLINE_WORDS = 20


def is_headline(line: str) -> bool:
    """A related-link title: short, and not ending like a sentence."""
    return len(line.split()) <= MAX_HEADLINE_WORDS and not line.rstrip().endswith((".", "!", "?", '"', "”", ":"))


def starts_trailer(line: str) -> bool:
    return _any_fullmatch("trailer_starts", line)
