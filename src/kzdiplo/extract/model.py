"""What the extractor returns: entities, dates and figures, each with offsets and its sentence."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Mention:
    text: str  # surface form exactly as in the article
    start: int  # offset into the article text
    end: int
    sentence: str  # the sentence the mention stands in


@dataclass(frozen=True)
class Entity:
    type: str  # PERSON | COUNTRY | ORG | LOC | INITIATIVE
    name: str  # canonical name
    code: str | None  # ISO 3166-1 alpha-2 for countries
    role: str | None  # a person's title as the text gives it
    country: str | None  # code of the country a person represents
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class DateExpr:
    text: str  # surface form
    value: str | None  # ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD or START/END; None if unanchored
    start: int
    end: int
    granularity: str  # day | month | quarter | year | range | weekday
    modifier: str | None  # start | mid | end for parts of periods
    relative: bool  # resolved against an anchor
    anchor: str | None  # what a relative date was resolved against ("published 2024-05-21")
    sentence: str


@dataclass(frozen=True)
class Figure:
    id: str  # "F1", "F2" ... in text order within the article
    text: str  # the core quantity as written ("US$174,2 juta")
    kind: str  # money | percent | multiplier | count
    value: Decimal  # exact value, magnitude words applied
    unit: str  # ISO 4217 code, "percent", "x", or the counted noun
    qualifier: str | None  # approx | almost | more_than | at_least | less_than
    countries: tuple[str, ...]  # ISO codes of the country or pair it concerns, sorted
    metric: str  # trade | trade_growth | investment | other
    period: str | None  # ISO 8601 period it refers to
    status: str  # actual | target | forecast
    start: int
    end: int
    sentence: str
    converts: str | None = None  # id of the figure this amount converts ("sekitar 657 triliun rupiah")


@dataclass(frozen=True)
class Extraction:
    entities: tuple[Entity, ...]
    dates: tuple[DateExpr, ...]
    figures: tuple[Figure, ...]
