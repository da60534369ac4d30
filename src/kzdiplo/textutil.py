"""Decoding, normalisation for matching, and sentence spans; offsets always refer to the decoded text."""
from __future__ import annotations

import re
import unicodedata
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kzdiplo.errors import InputFileError

MAX_BYTES = 8 * 1024 * 1024  # a long news article is under 100 KB; anything past this is not one article
_BINARY_SAMPLE = 8192


class EncodingFallbackWarning(UserWarning):
    """A file was not UTF-8 and was read as cp1252."""


def decode_bytes(raw: bytes, name: str) -> str:
    """Decode UTF-8 (BOM stripped), falling back to cp1252 with a warning; reject binary data."""
    if len(raw) > MAX_BYTES:
        raise InputFileError(f"{name}: {len(raw)} bytes is larger than the {MAX_BYTES // 2**20} MB limit for one article")
    if not raw.strip():
        raise InputFileError(f"{name}: file is empty")
    if b"\x00" in raw[:_BINARY_SAMPLE]:
        raise InputFileError(f"{name}: looks like a binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        warnings.warn(f"{name}: not valid UTF-8, read as cp1252", EncodingFallbackWarning, stacklevel=2)
        return raw.decode("cp1252", errors="replace")


def read_bytes(path: str | Path) -> bytes:
    """The raw bytes of a text file, with one-line errors for what cannot be read."""
    path = Path(path)
    if not path.exists():
        raise InputFileError(f"{path}: no such file")
    if path.is_dir():
        raise InputFileError(f"{path}: is a directory, not a text file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputFileError(f"{path}: {size} bytes is larger than the {MAX_BYTES // 2**20} MB limit for one article")
        return path.read_bytes()
    except OSError as exc:
        raise InputFileError(f"{path}: cannot read ({exc.strerror or exc})") from None


def read_text(path: str | Path) -> str:
    """Read a text file as the loader sees it (newlines kept exactly, so offsets are stable)."""
    return decode_bytes(read_bytes(path), str(path))


FOLD_CACHE_MAX_CHARS = 200  # words and names recur and are cached; a long line is folded once and dropped


def fold(text: str | None) -> str:
    """Case-, accent-, dash- and space-insensitive key for comparing surface forms."""
    if not text:
        return ""
    return _fold_cached(text) if len(text) <= FOLD_CACHE_MAX_CHARS else _fold(text)


@lru_cache(maxsize=1 << 16)
def _fold_cached(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    if not text.isascii():  # ASCII has no accents to strip
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u00a0", " ").replace("\u2013", "-").replace("\u2014", "-")
    return " ".join(text.casefold().split())


@lru_cache(maxsize=4)
def lowered(text: str) -> str:
    """text.lower() with every character at its own offset (a few, such as "İ", lower to two).

    Patterns written in lower case scan this several times faster than IGNORECASE scans the text.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def trie_pattern(words) -> str:
    """One regex alternation shaped as a trie, so matching cost does not grow with the word count."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_source(trie)


def _trie_source(node: dict) -> str:
    ends_here = "" in node
    branches = [re.escape(char) + _trie_source(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends_here else body


def word_starts_pattern(words) -> str:
    """A pattern whose matches begin exactly where one of the words begins on a word boundary, like
    \b(?=word), but opening with each word's first character and checking the boundary after it: the
    regex engine then skips every position whose character opens no word, ~3x faster on text.
    The rest of each word is only looked ahead, so words that begin inside a match are found too."""
    groups: dict[str, set[str]] = {}
    for word in words:
        if word:
            groups.setdefault(word[0], set()).add(word[1:])
    branches = []
    for first, rests in sorted(groups.items()):
        char = re.escape(first)
        # \b before a word character means no word character before it; before any other, one
        boundary = rf"(?<!\w{char})" if re.match(r"\w", first) else rf"(?<=\w{char})"
        rest = trie_pattern(rests)
        branches.append(char + boundary + (f"(?={rest})" if rest else ""))
    return "|".join(branches) or "(?!)"


@dataclass(frozen=True)
class Span:
    start: int  # offset of the first character in the decoded text
    end: int  # offset one past the last character


# A sentence ends at . ! ? (optionally followed by closing quotes) before whitespace and a
# capital, digit or opening quote; abbreviations such as "Dr." are protected below.
# A full stop with no space after it ends a sentence too when a word ends before it and one begins
# after it ("menambahkan.Pada tahun 2020", a scraping slip); "Kabar24.com" and "U.S." do not.
# (The look-behind sits after the stop, so the pattern still opens with a character class: 2x faster.)
_SENT_END = re.compile(r"[.!?](?:[\"'”’)]*(?=\s+[\"“‘(]?[A-Z0-9])|(?<=[a-z].)[\"”’]?(?=[\"“]?[A-Z][a-z]))|\n\s*\n|\n(?=\S)")
_ABBREV = re.compile(r"(?:\b(?:Dr|Prof|Ir|No|Jl|St|Mr|Mrs|Ms|H|Hj|Tn|Ny|dll|dsb|Okt|Sept|Agu|Des|Jan|Feb|Mar|Apr|Jun|Jul|Nov|vs|a\.n|u\.p|[A-Z]))\.$")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Split text[start:end] into sentence spans, trimmed of surrounding whitespace."""
    end = len(text) if end is None else end
    spans, cursor = [], start
    for match in _SENT_END.finditer(text, start, end):
        if match.group().startswith(".") and _ABBREV.search(text, max(start, match.start() - 6), match.start() + 1):
            continue
        _append_trimmed(text, cursor, match.end(), spans)
        cursor = match.end()
    _append_trimmed(text, cursor, end, spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span(start, end))


class Coverage:
    """Which characters of a text are taken; overlap tests cost O(span), not O(spans taken)."""

    def __init__(self, length: int, spans=()):
        self._mask = bytearray(length + 1)
        for start, end in spans:
            self.mark(start, end)

    def mark(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) >= 0


_NON_WORD = re.compile(r"\W")
_LAST_SPACE = re.compile(r"\s(?=\S*$)")


def trigger_windows(text: str, start: int, end: int, triggers, reach: int) -> list[tuple[int, int, set]]:
    """Merged stretches of text[start:end] reaching `reach` characters either side of each trigger
    ((start, end, tags) in text order), widened to word boundaries, with the tags each holds.

    An extractor whose every pattern needs a trigger, and reaches no further than `reach` from one,
    finds the same matches in these stretches as in the whole text, in a fraction of the time.
    """
    windows: list[list] = []
    for first, last, tags in triggers:
        lo, hi = max(start, first - reach), min(end, last + reach)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
            windows[-1][2].update(tags)
        else:
            windows.append([lo, hi, set(tags)])
    out: list[list] = []
    for lo, hi, tags in windows:
        # widen to word boundaries, so that prefixes such as "pada" stay whole; never further than
        # `reach`, so that a text with no spaces costs linear time
        after = _NON_WORD.search(text, hi, min(end, hi + reach))
        hi = after.start() if after else min(end, hi + reach)
        if out and lo <= out[-1][1]:
            out[-1][1] = hi
            out[-1][2].update(tags)
            continue
        floor = max(start, lo - reach)
        before = _LAST_SPACE.search(text, floor, lo)
        lo = before.end() if before else floor
        if out and lo < out[-1][1]:
            lo = out[-1][1]
        out.append([lo, hi, tags])
    return [(lo, hi, tags) for lo, hi, tags in out]


def matches_at(pattern: re.Pattern, text: str, stretches, starts: list[int]):
    """What pattern.finditer finds in each (lo, hi, ...) stretch, trying only the sorted `starts`
    offsets: the same matches when every match begins at one of them, and far fewer attempts."""
    cursor, index = 0, 0
    for lo, hi, *_ in stretches:
        cursor = max(cursor, lo)
        while index < len(starts) and starts[index] < hi:
            at = starts[index]
            index += 1
            if at < cursor:
                continue
            match = pattern.match(text, at, hi)
            if match:
                cursor = match.end()
                yield match


def written_small(text: str, start: int, end: int) -> bool:
    """The capitalised word at text[start:end] is also written in small letters elsewhere in the text:
    a common word opening a sentence ("Saham Cameco Corp", "Pesawat Antonov"), not a name."""
    word = text[start:end]
    return word[1:].islower() and word.lower() in _small_words(text)


@lru_cache(maxsize=4)
def _small_words(text: str) -> frozenset[str]:
    """Every word the text writes in small letters (built once per article, on first need)."""
    return frozenset(_SMALL_WORD.findall(text))


_SMALL_WORD = re.compile(r"(?<![\w-])[a-z][a-z'’]*(?![\w-])")
