"""Article cards and a corpus overview, with an extractive summary chosen by a documented score.

Summary score of a sentence (lead and body only, at least six words):
    position  2.0 in the lead paragraph, else 1 / (1 + paragraph_number / 3)
  + density   (entity mentions + 2 x figures + dates) / sqrt(words)
  + quote     0.5 if the sentence is (part of) a quotation
The two or three best sentences are shown in text order (three when the article has 12+ paragraphs).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable

from kzdiplo.extract import Extraction, Sentences
from kzdiplo.records import Article
from kzdiplo.reports import human_amount


@dataclass(frozen=True)
class PersonLine:
    name: str
    role: str | None
    country: str | None
    mentions: int


@dataclass(frozen=True)
class FigureLine:
    amount: str  # human form
    metric: str
    period: str | None
    status: str
    countries: tuple[str, ...]


@dataclass(frozen=True)
class ArticleCard:
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    countries: tuple[str, ...]  # the pair the article is about
    people: tuple[PersonLine, ...]
    figures: tuple[FigureLine, ...]
    summary: tuple[str, ...]  # 2-3 sentences, in text order


@dataclass(frozen=True)
class PairOverview:
    pair: str  # "CN-KZ"
    articles: tuple[str, ...]
    highlights: tuple[FigureLine, ...]  # the largest money figures about the pair


@dataclass(frozen=True)
class RecurringPerson:
    name: str
    articles: tuple[str, ...]  # ids of the articles naming the person


@dataclass(frozen=True)
class CorpusOverview:
    articles: int
    date_span: tuple[str | None, str | None]  # earliest and latest date the articles give
    pairs: tuple[PairOverview, ...]
    recurring_people: tuple[RecurringPerson, ...]  # people named in more than one article


@dataclass(frozen=True)
class Summary:
    cards: tuple[ArticleCard, ...]
    overview: CorpusOverview


def article_pair(extraction: Extraction) -> tuple[str, ...]:
    counts = {e.code: len(e.mentions) for e in extraction.entities if e.type == "COUNTRY" and e.code}
    return tuple(sorted(sorted(counts, key=lambda c: -counts[c])[:2]))


def _sentence_score(article: Article, sentence_text: str, start: int, extraction: Extraction) -> float:
    words = len(sentence_text.split())
    index = next(i for i, p in enumerate(article.paragraphs) if p.start <= start < p.end or i == len(article.paragraphs) - 1)
    kind = article.paragraphs[index].kind
    position = 2.0 if kind == "lead" else 1 / (1 + index / 3)
    end = start + len(sentence_text)
    inside = lambda s: start <= s < end  # noqa: E731
    facts = sum(inside(m.start) for e in extraction.entities for m in e.mentions)
    facts += 2 * sum(inside(f.start) for f in extraction.figures) + sum(inside(d.start) for d in extraction.dates)
    quote = 0.5 if any(q.start < end and start < q.end for q in article.quotes) else 0.0
    return position + facts / math.sqrt(words) + quote


def extractive_summary(article: Article, extraction: Extraction) -> tuple[str, ...]:
    body = [(p.start, p.end) for p in article.paragraphs if p.kind in ("lead", "body")]
    spans = Sentences(article.text, body).spans
    scored = []
    for span in spans:
        text = article.text[span.start:span.end]
        if len(text.split()) >= 6:
            scored.append((_sentence_score(article, text, span.start, extraction), span.start, text))
    count = 3 if len(article.paragraphs) >= 12 else 2
    best = sorted(scored, key=lambda s: -s[0])[:count]
    return tuple(" ".join(text.split()) for _, _, text in sorted(best, key=lambda s: s[1]))


def card(article: Article, extraction: Extraction) -> ArticleCard:
    people = sorted((e for e in extraction.entities if e.type == "PERSON"), key=lambda e: -len(e.mentions))
    figures = [f for f in extraction.figures if f.kind != "count" and f.converts is None]
    return ArticleCard(
        article.id, article.meta.title, article.meta.outlet, article.meta.published, article_pair(extraction),
        tuple(PersonLine(p.name, p.role, p.country, len(p.mentions)) for p in people[:5]),
        tuple(FigureLine(human_amount(f.kind, f.value, f.unit), f.metric, f.period, f.status, f.countries) for f in figures[:6]),
        extractive_summary(article, extraction))


def summarize(pairs: Iterable[tuple[Article, Extraction]]) -> Summary:
    cards, dates, money, people = [], [], [], {}
    for article, extraction in pairs:
        made = card(article, extraction)
        cards.append(made)
        dates += [v for d in extraction.dates if d.value for v in d.value.split("/") if "W" not in v]
        money += [(made, f) for f in extraction.figures if f.kind == "money" and f.converts is None]
        for e in extraction.entities:
            if e.type == "PERSON":
                people.setdefault(e.name, []).append(article.id)
    return Summary(tuple(cards), _overview(cards, dates, money, people))


def _overview(cards, dates, money, people) -> CorpusOverview:
    by_pair: dict[str, list[str]] = {}
    for c in cards:
        by_pair.setdefault("-".join(c.countries) or "?", []).append(c.id)
    pairs = []
    for pair, ids in sorted(by_pair.items()):
        top = sorted((f for c, f in money if c.id in ids), key=lambda f: -f.value)[:3]
        lines = tuple(FigureLine(human_amount(f.kind, f.value, f.unit), f.metric, f.period, f.status, f.countries) for f in top)
        pairs.append(PairOverview(pair, tuple(ids), lines))
    recurring = tuple(RecurringPerson(name, tuple(ids)) for name, ids in sorted(people.items()) if len(ids) > 1)
    span = (min(dates), max(dates)) if dates else (None, None)
    return CorpusOverview(len(cards), span, tuple(pairs), recurring)
