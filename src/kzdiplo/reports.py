"""Corpus-wide listings behind `figures`, `entities` and `timeline`: plain dataclass rows."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

from kzdiplo.api import ArticleFacts

MAGNITUDES = ((Decimal(10) ** 12, "triliun"), (Decimal(10) ** 9, "miliar"), (Decimal(10) ** 6, "juta"))
SYMBOLS = {"USD": "US$", "IDR": "Rp", "EUR": "€", "GBP": "£", "CNY": "CNY ", "KZT": "KZT "}


def _id_number(value: Decimal) -> str:
    """Indonesian notation: thousands dot, decimal comma."""
    text = f"{value.normalize():f}"
    whole, _, frac = text.partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{grouped},{frac}" if frac else grouped


def human_amount(kind: str, value: Decimal, unit: str) -> str:
    """"US$174,2 juta", "210%", "2x", "10.000 pelajar"."""
    if kind == "percent":
        return f"{_id_number(value)}%"
    if kind == "multiplier":
        return f"{_id_number(value)}x"
    if kind == "count":
        return f"{_id_number(value)} {unit}"
    for size, word in MAGNITUDES:
        if abs(value) >= size:
            return f"{SYMBOLS.get(unit, unit + ' ')}{_id_number(value / size)} {word}"
    return f"{SYMBOLS.get(unit, unit + ' ')}{_id_number(value)}"


@dataclass(frozen=True)
class FigureRow:
    article: str  # article id
    id: str  # figure id within the article
    amount: str  # human form, e.g. "US$174,2 juta"
    text: str  # the quantity as written
    kind: str
    value: Decimal
    unit: str
    qualifier: str | None
    countries: tuple[str, ...]
    metric: str
    period: str | None
    status: str
    converts: str | None  # id of the figure this one converts
    start: int
    end: int
    sentence: str
    marked: str  # the sentence with the figure between [[ and ]]


def figure_rows(articles: Iterable[ArticleFacts], country: str | None = None, kind: str | None = None,
                metric: str | None = None, status: str | None = None) -> list[FigureRow]:
    rows = []
    for facts in articles:
        for f in facts.figures:
            if (country and country not in f.countries) or (kind and f.kind != kind) or \
                    (metric and f.metric != metric) or (status and f.status != status):
                continue
            offset = f.sentence.find(f.text)
            marked = f.sentence[:offset] + "[[" + f.text + "]]" + f.sentence[offset + len(f.text):] if offset >= 0 else f.sentence
            rows.append(FigureRow(facts.id, f.id, human_amount(f.kind, f.value, f.unit), f.text, f.kind, f.value, f.unit,
                                  f.qualifier, f.countries, f.metric, f.period, f.status, f.converts, f.start, f.end,
                                  f.sentence, marked))
    return rows


@dataclass(frozen=True)
class EntityRow:
    type: str
    name: str
    code: str | None
    role: str | None
    country: str | None
    mentions: int  # mentions across the listed articles
    articles: tuple[str, ...]  # ids of the articles it occurs in


def entity_rows(articles: Iterable[ArticleFacts], etype: str | None = None, article: str | None = None) -> list[EntityRow]:
    table: dict[tuple[str, str], dict] = {}
    for facts in articles:
        if article and facts.id != article:
            continue
        for e in facts.entities:
            if etype and e.type != etype.upper():
                continue
            row = table.setdefault((e.type, e.name), {"code": e.code, "role": e.role, "country": e.country, "n": 0, "arts": []})
            row["n"] += len(e.mentions)
            row["role"] = row["role"] or e.role
            row["country"] = row["country"] or e.country
            if facts.id not in row["arts"]:
                row["arts"].append(facts.id)
    rows = [EntityRow(t, n, r["code"], r["role"], r["country"], r["n"], tuple(r["arts"])) for (t, n), r in table.items()]
    return sorted(rows, key=lambda r: (-r.mentions, r.type, r.name))


@dataclass(frozen=True)
class TimelineRow:
    date: str  # ISO value of the date expression
    text: str  # the expression as written
    article: str
    granularity: str
    relative: bool
    sentence: str


def _sentence_countries(facts: ArticleFacts, sentence: str) -> set[str]:
    return {e.code for e in facts.entities if e.type == "COUNTRY" for m in e.mentions if m.sentence == sentence}


def timeline_rows(articles: Iterable[ArticleFacts], country: str | None = None, since: str | None = None,
                  until: str | None = None) -> list[TimelineRow]:
    """Dated statements in date order; --since/--until compare ISO prefixes, so 2023 covers 2023-05."""
    rows = []
    for facts in articles:
        for d in facts.dates:
            if d.value is None:
                continue
            first, last = d.value.split("/")[0], d.value.split("/")[-1]
            if since and last[: len(since)] < since or until and first[: len(until)] > until:
                continue
            if country and country not in _sentence_countries(facts, d.sentence):
                continue
            rows.append(TimelineRow(d.value, d.text, facts.id, d.granularity, d.relative, d.sentence))
    return sorted(rows, key=lambda r: (r.date, r.article))
