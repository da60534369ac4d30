"""Run every extractor over an article's text regions (title, lead, body, credits)."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from kzdiplo import datafiles
from kzdiplo.extract.model import DateExpr, Entity, Extraction, Figure, Mention
from kzdiplo.records import Article
from kzdiplo.textutil import Span, sentence_spans

__all__ = ["DateExpr", "Entity", "Extraction", "Figure", "Mention", "Sentences", "extract"]


class Sentences:
    """Sentence spans of an article's text regions, for provenance and context lookups."""

    def __init__(self, text: str, regions: list[tuple[int, int]]):
        self.text = text
        self.spans: list[Span] = [s for start, end in regions for s in sentence_spans(text, start, end)]
        self._starts = [s.start for s in self.spans]

    def index(self, offset: int) -> int:
        return max(0, bisect_right(self._starts, offset) - 1)

    def span(self, offset: int) -> Span:
        return self.spans[self.index(offset)] if self.spans else Span(0, len(self.text))

    def sentence(self, offset: int) -> str:
        span = self.span(offset)
        return self.text[span.start:span.end]


@lru_cache(maxsize=1)
def _future_cue() -> re.Pattern:
    words = datafiles.load("dates.yaml")["future_cues"]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def regions(article: Article) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in article.paragraphs]


def extract_dates(article: Article, sentences: Sentences) -> list[DateExpr]:
    from kzdiplo.extract.dates import extract_dates as find

    def future_at(offset: int) -> bool:
        return bool(_future_cue().search(sentences.sentence(offset)))

    found, _ = find(article.text, regions(article), article.meta.published, future_at)
    return [DateExpr(f.text, f.value, f.start, f.end, f.granularity, f.modifier, f.relative, f.anchor,
                     sentences.sentence(f.start)) for f in found]


def extract(article: Article) -> Extraction:
    sentences = Sentences(article.text, regions(article))
    dates = extract_dates(article, sentences)
    return Extraction(entities=(), dates=tuple(dates), figures=())
