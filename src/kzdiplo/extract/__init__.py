"""Run every extractor over an article's text regions (title, lead, body, credits)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from kzdiplo.extract.model import DateExpr, Entity, Extraction, Figure, Mention
from kzdiplo.records import Article
from kzdiplo.textutil import Coverage, Span, sentence_spans

__all__ = ["DateExpr", "Entity", "Extraction", "Figure", "Mention", "Sentences", "extract"]


_DIGIT = re.compile(r"\d")
MAX_SENTENCE = 600  # longest provenance sentence kept whole; longer ones are clipped around the fact


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
        """The sentence around an offset; a run-on "sentence" is clipped to a window around it."""
        return self.sentence_at(offset)[0]

    def sentence_at(self, offset: int) -> tuple[str, int]:
        """(the sentence around an offset, clipped as sentence() clips it; where that text starts)."""
        span = self.span(offset)
        if span.end - span.start > MAX_SENTENCE:
            start = max(span.start, offset - MAX_SENTENCE // 2)
            return self.text[start:min(span.end, offset + MAX_SENTENCE // 2)], start
        return self.text[span.start:span.end], span.start


def regions(article: Article) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in article.paragraphs]


def extract_dates(article: Article, sentences: Sentences) -> list[DateExpr]:
    from kzdiplo.extract.dates import extract_dates as find
    from kzdiplo.extract.dates import speaks_of_future

    def future_at(offset: int) -> bool:
        sentence, start = sentences.sentence_at(offset)  # clipped: a run-on "sentence" is not rescanned per date
        return speaks_of_future(sentence, offset - start)

    # a photo caption is furniture, but the day it states dates an article that states none ("... lepas
    # landas di Kazakhstan, 23 Maret 2024. (Foto: via AP)")
    captions = [(f.start, f.end) for f in article.furniture if f.reason == "photo caption"]
    found, _ = find(article.text, regions(article), article.meta.published, future_at, captions)
    stamps = [(f.start, f.end) for f in article.furniture if f.reason == "dateline date"]
    found = [f for f in found if not any(f.start < end and start < f.end for start, end in stamps)]
    return [DateExpr(f.text, f.value, f.start, f.end, f.granularity, f.modifier, f.relative, f.anchor,
                     sentences.sentence(f.start)) for f in found]


def _paragraph_of(article: Article, offset: int) -> tuple[int, int]:
    index = bisect_right([p.start for p in article.paragraphs], offset) - 1
    if index >= 0 and offset < article.paragraphs[index].end:
        return article.paragraphs[index].start, article.paragraphs[index].end
    return 0, len(article.text)


CONTEXT_CHARS = 300  # a figure's context never reaches further than this into a (run-on) sentence


def main_pair(country_mentions: list[tuple[int, str]]) -> tuple[str, ...]:
    """The two countries the article names most (its bilateral pair), earliest first on ties."""
    counts: dict[str, int] = {}
    for _, code in country_mentions:
        counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts, key=lambda c: -counts[c])
    return tuple(sorted(ranked[:2]))


def home_country(country_mentions: list[tuple[int, str]]) -> str | None:
    """The country the article names most (earliest first on ties): what it is mainly about."""
    counts: dict[str, int] = {}
    for _, code in country_mentions:
        counts[code] = counts.get(code, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def find_quantities(article: Article, blocked: list[tuple[int, int]]) -> list[tuple[int, list]]:
    """(paragraph start, quantities found in it) for every paragraph."""
    from kzdiplo.extract.figures import find_quantities as find

    taken = Coverage(len(article.text), blocked)  # one for all paragraphs: each marks only its own text
    return [(start, find(article.text, start, end, taken)) for start, end in regions(article)]


def extract_figures(article: Article, sentences: Sentences, dates: list[DateExpr], country_mentions: list[tuple[int, str]],
                    found: list[tuple[int, list]], people: list[tuple[int, str]] = (),
                    groups: list[tuple[int, tuple[str, ...]]] = ()) -> list[Figure]:
    """Figures with their context. `people` are (offset, country) of persons who represent a country:
    "Tokayev kejar dagang USD 10 miliar dengan Turki" is about Kazakhstan and Turkey. `groups` are
    (offset, member codes) of blocs and regions named ("Asia Tengah")."""
    from kzdiplo.extract import context
    from kzdiplo.extract.figures import link_conversions, qualify

    text = article.text
    quantities = []
    for start, in_paragraph in found:
        quantities += link_conversions(text, [qualify(text, q, start) for q in in_paragraph])
    around = context.Surroundings(
        text, dates=context.Placed((d.start, d) for d in dates), countries=context.Placed([*country_mentions, *people]),
        groups=context.Placed(groups), main_pair=main_pair(country_mentions), home=home_country(country_mentions),
        now_year=int(article.meta.published[:4]) if article.meta.published else None)
    figures: list[Figure] = []
    starts = [q.start for q in quantities]
    for index, q in enumerate(quantities):
        span = sentences.span(q.start)
        para_start, para_end = _paragraph_of(article, q.start)
        window = context.Window(max(span.start, q.start - CONTEXT_CHARS), min(span.end, q.end + CONTEXT_CHARS),
                                max(para_start, q.start - 4 * CONTEXT_CHARS), min(para_end, q.end + 4 * CONTEXT_CHARS))
        source = figures[index - 1] if q.converts is not None and index else None
        rate = context.is_exchange_rate(text, q.start, q.end)  # "(1 dolar AS = Rp14.345)": a price of no country
        price = rate or context.is_price(text, q.end, window)
        metric = source.metric if source else "other" if price else context.metric(text, q.kind, q.unit, q.start, q.end, window)
        figures.append(Figure(
            id=f"F{index + 1}", text=text[q.start:q.end], kind=q.kind, value=q.value, unit=q.unit, qualifier=q.qualifier,
            countries=source.countries if source else () if rate else context.countries(
                around, q.start, window, metric, price, _list_start(quantities, starts, index, span)),
            metric=metric,
            period=source.period if source else context.period(around, q.start, q.end, window),
            status=source.status if source else context.status(text, q.start, window),
            start=q.start, end=q.end, sentence=sentences.sentence(q.start), converts=source.id if source else None))
    return figures


LIST_MIN_FIGURES = 3  # a sentence with this many figures lists them ("Kyrgyzstan 10,9 persen, Belarus 10 persen, ...")


def _list_start(quantities: list, starts: list[int], index: int, span: Span) -> int | None:
    """Where the figure's stretch of a list begins: the end of the figure before it in the same
    sentence, or the sentence start; None unless the sentence lists figures. `starts` are the
    quantities' start offsets, in order."""
    if bisect_left(starts, span.end) - bisect_left(starts, span.start) < LIST_MIN_FIGURES:
        return None
    before = quantities[index - 1] if index and quantities[index - 1].start >= span.start else None
    return before.end if before is not None else span.start


def _names_currency(text: str, start: int) -> bool:
    """"AS" in "ketergantungan pada dolar AS" names a currency, not a country."""
    from kzdiplo.extract.figures import currency_head

    return bool(currency_head().search(text, max(0, start - 12), start))


DATELINE_REACH = 80  # characters from a lead or dateline paragraph's start where its outlet may stand


def _dateline_outlet(article: Article, hits: list) -> list:
    """The outlet a dateline names ("PARBOABOA, Jakarta –") is an organisation even when no gazetteer
    lists it."""
    from kzdiplo.extract.entities import Hit

    outlet = article.meta.outlet
    opening = next((p for p in article.paragraphs if p.kind in ("dateline", "lead")), None)
    if not outlet or opening is None:
        return []
    at = article.text.find(outlet, opening.start, min(opening.end, opening.start + DATELINE_REACH))
    if at < 0 or any(h.start < at + len(outlet) and at < h.end for h in hits):
        return []
    return [Hit(at, at + len(outlet), "ORG", outlet, source="dateline")]


def extract(article: Article) -> Extraction:
    """Every entity, date and figure in the article's text (page furniture excluded)."""
    from kzdiplo.extract.context import describes_another, describes_one_country
    from kzdiplo.extract.entity_merge import collect_hits, group

    sentences = Sentences(article.text, regions(article))
    dates = extract_dates(article, sentences)
    hits = collect_hits(article.text, regions(article))
    hits += _dateline_outlet(article, hits)
    # Names with digits ("G20") are not figures; currency names ("dolar AS") are not countries.
    named = [(h.start, h.end) for h in hits if _DIGIT.search(article.text, h.start, h.end)]
    found = find_quantities(article, named + [(d.start, d.end) for d in dates])
    money_spans = Coverage(len(article.text), [(q.start, q.end) for _, qs in found for q in qs if q.kind == "money"])
    hits = [h for h in hits if h.type != "COUNTRY" or not (money_spans.overlaps(h.start, h.end)
                                                          or _names_currency(article.text, h.start))]
    # "negara pecahan Uni Soviet itu" names Kazakhstan, not the Soviet Union
    country_mentions = [(h.start, h.code) for h in hits if h.type == "COUNTRY" and not describes_another(article.text, h.start)]
    # people stand for the country they represent ("Tokayev")
    people = [(h.start, h.country) for h in hits if h.type == "PERSON" and h.country]
    # "ekspor ke negara-negara Asia Tengah" is about the region's members; "negara Asia Tengah
    # pertama" describes one country, named elsewhere
    groups = [(h.start, h.members) for h in hits if h.members and not describes_one_country(article.text, h.start)]
    figures = extract_figures(article, sentences, dates, country_mentions, found, people, groups)
    entities = group(article.text, hits, sentences.sentence)
    return Extraction(entities=tuple(entities), dates=tuple(dates), figures=tuple(figures))
