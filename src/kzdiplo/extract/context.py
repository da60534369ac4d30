"""What a figure is about: its countries, metric, period and status, from its sentence and paragraph."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from kzdiplo.extract.figures import cues


@dataclass(frozen=True)
class Window:
    start: int  # sentence start
    end: int  # sentence end
    para_start: int
    para_end: int


@lru_cache(maxsize=None)
def _cue_pattern(key: str, sub: str | None = None) -> re.Pattern:
    data = cues()[key]
    items = data[sub] if sub else data
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, b_start - a_end, a_start - b_end)


def status(text: str, start: int, window: Window) -> str:
    """target or forecast if such a cue stands before the figure in its sentence; else actual."""
    best, best_at = "actual", -1
    for name in ("target", "forecast"):
        for match in _cue_pattern("status_cues", name).finditer(text, window.start, start):
            if match.start() > best_at:
                best, best_at = name, match.start()
    return best


def metric(text: str, kind: str, start: int, end: int, window: Window) -> str:
    if kind == "count":
        return "other"
    nearest, distance = None, 10**9
    for name in ("trade", "investment"):
        for match in _cue_pattern("metric_cues", name).finditer(text, window.start, window.end):
            gap = _distance(start, end, match.start(), match.end())
            if gap < distance:
                nearest, distance = name, gap
    if nearest is None:
        return "other"
    if kind in ("percent", "multiplier"):
        return "trade_growth" if nearest == "trade" else nearest
    return nearest


def _within(items: list, starts: list[int], lo: int, hi: int) -> list:
    """Items (sorted by start offset) that start in [lo, hi)."""
    return items[bisect_left(starts, lo):bisect_left(starts, hi)]


def period(start: int, end: int, window: Window, dates: list, starts: list[int]) -> str | None:
    """The value of the nearest date expression in the figure's sentence (dates sorted by start)."""
    near = [d for d in _within(dates, starts, window.start, window.end) if d.end <= window.end and d.value]
    if not near:
        return None
    return min(near, key=lambda d: _distance(start, end, d.start, d.end)).value


def countries(text: str, window: Window, mentions: list[tuple[int, str]], main_pair: tuple[str, ...],
              offsets: list[int]) -> tuple[str, ...]:
    """Countries named in the sentence, else the paragraph, else the article's main pair (mentions sorted)."""
    for lo, hi in ((window.start, window.end), (window.para_start, window.para_end)):
        found = sorted({code for _, code in _within(mentions, offsets, lo, hi)})
        if len(found) == 1 and found[0] in main_pair and _cue_pattern("bilateral_cues").search(text, window.start, window.end):
            return tuple(sorted(main_pair))
        if found:
            return tuple(found)
    return tuple(sorted(main_pair))
