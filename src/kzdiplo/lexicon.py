"""Calendar and number words from data/calendar.yaml and data/numbers.yaml, as lookups."""
from __future__ import annotations

from functools import lru_cache

from kzdiplo import datafiles


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """Casefolded month name or abbreviation -> month number."""
    raw = datafiles.load("calendar.yaml")["months"]
    return {name.casefold(): int(num) for num, names in raw.items() for name in names}


@lru_cache(maxsize=1)
def ambiguous_months() -> frozenset[str]:
    return frozenset(m.casefold() for m in datafiles.load("calendar.yaml").get("ambiguous_months", []))


@lru_cache(maxsize=1)
def weekday_numbers() -> dict[str, int]:
    """Casefolded weekday name -> ISO weekday (Monday = 1)."""
    raw = datafiles.load("calendar.yaml")["weekdays"]
    return {name.casefold(): int(num) for num, names in raw.items() for name in names}


def month_number(word: str) -> int | None:
    return month_numbers().get(word.rstrip(".").casefold())
