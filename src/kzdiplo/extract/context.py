"""What a figure is about: its countries, metric, period and status, from its sentence and paragraph."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Generic, Iterable, TypeVar

from kzdiplo.extract.dates import since_cue
from kzdiplo.extract.figures import cues


@dataclass(frozen=True)
class Window:
    start: int  # sentence start
    end: int  # sentence end
    para_start: int
    para_end: int


T = TypeVar("T")


class Placed(Generic[T]):
    """Things found in the text, by offset, with a quick look-up of those in a stretch."""

    def __init__(self, placed: Iterable[tuple[int, T]] = ()):
        pairs = sorted(placed, key=lambda pair: pair[0])
        self.starts = [offset for offset, _ in pairs]
        self.items = [item for _, item in pairs]

    def within(self, lo: int, hi: int) -> list[T]:
        """Items that start in [lo, hi), in text order."""
        return self.items[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]


@dataclass(frozen=True)
class Surroundings:
    """What every figure of one article is judged against, gathered once."""
    text: str
    dates: Placed  # DateExpr by start
    countries: Placed  # country codes by offset: the countries' own names and the people who represent them
    groups: Placed = field(default_factory=Placed)  # member codes of the blocs and regions named ("Asia Tengah")
    main_pair: tuple[str, ...] = ()
    home: str | None = None  # the country the article names most
    now_year: int | None = None  # the year of publication


def _phrases(key: str, sub: str | None = None) -> str:
    """Regex alternation of a cue list from figures.yaml, longest first, any run of spaces between words."""
    items = cues()[key][sub] if sub else cues()[key]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True))


@lru_cache(maxsize=None)
def _cue_pattern(key: str, sub: str | None = None) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{_phrases(key, sub)})(?![\w-])", re.IGNORECASE)


def _distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, b_start - a_end, a_start - b_end)


def status(text: str, start: int, window: Window) -> str:
    """target or forecast if such a cue stands before the figure in its sentence; else actual. A goal
    set outranks the words that hedge it ("mentargetkan volume perdagangan bisa mencapai" is a target).
    The starting point of a change ("ditingkatkan dari 1 juta ton menjadi 5 juta ton") is actual."""
    if _from_before().search(text, max(window.start, start - 20), start):
        return "actual"
    if _cue_pattern("status_cues", "target").search(text, window.start, start):
        return "target"
    forecast = (m for m in _cue_pattern("status_cues", "forecast").finditer(text, window.start, start)
                if not _cue_pattern("status_cue_exceptions").match(text, m.start()))
    return "forecast" if next(forecast, None) else "actual"


def metric(text: str, kind: str, unit: str | None, start: int, end: int, window: Window) -> str:
    if kind == "count":
        return _count_metric(text, unit, window)
    nearest = _nearest_metric_cue(text, start, end, window.start, window.end)
    if nearest is None and _cue_pattern("anaphors").search(text, window.start, window.end):
        nearest = _last_metric_cue(text, window.para_start, window.start)  # "Nilai itu naik 18,4 persen"
    if nearest is None:
        return "other"
    if kind == "multiplier" or kind == "percent" and _is_change(text, start, end, window):
        return "trade_growth" if nearest == "trade" else nearest
    return nearest


def _is_change(text: str, start: int, end: int, window: Window) -> bool:
    """A growth word shortly before a percentage ("naik 58 persen"), or a comparison right after it
    ("58 persen lebih tinggi dari tahun sebelumnya"), makes it a change, not a share."""
    return bool(_cue_pattern("growth_cues").search(text, max(window.start, start - GROWTH_REACH), start)
                or _change_after().match(text, end))


@lru_cache(maxsize=1)
def _change_after() -> re.Pattern:
    return re.compile(rf"\s+(?:{_phrases('growth_after_cues')})(?![\w-])", re.IGNORECASE)


GROWTH_REACH = 60  # characters


@lru_cache(maxsize=1)
def _from_before() -> re.Pattern:
    return re.compile(rf"(?<!lebih )(?<!kurang )\b(?:{_phrases('status_from_words')})\s+$", re.IGNORECASE)


def _metric_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    return (("trade", _cue_pattern("metric_cues", "trade")), ("investment", _cue_pattern("metric_cues", "investment")))


def _nearest_metric_cue(text: str, start: int, end: int, lo: int, hi: int) -> str | None:
    nearest, distance = None, 10**9
    for name, pattern in _metric_patterns():
        for match in pattern.finditer(text, lo, hi):
            gap = _distance(start, end, match.start(), match.end())
            if gap < distance:
                nearest, distance = name, gap
    return nearest


def _last_metric_cue(text: str, lo: int, hi: int) -> str | None:
    last, at = None, -1
    for name, pattern in _metric_patterns():
        for match in pattern.finditer(text, lo, hi):
            if match.start() > at:
                last, at = name, match.start()
    return last


def _count_metric(text: str, unit: str | None, window: Window) -> str:
    """Tonnes shipped are trade; projects or companies invested in are investment; other counts are other."""
    noun = (unit or "").casefold()
    if noun in _folded("volume_units") and (_cue_pattern("metric_cues", "trade").search(text, window.start, window.end)
                                             or _cue_pattern("shipping_cues").search(text, window.start, window.end)):
        return "trade"
    if noun in _folded("investment_nouns") and _cue_pattern("metric_cues", "investment").search(text, window.start, window.end):
        return "investment"
    return "other"


@lru_cache(maxsize=None)
def _folded(key: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in cues()[key])


def period(around: Surroundings, start: int, end: int, window: Window) -> str | None:
    """The value of the nearest date expression in the figure's sentence, passing over dates that
    are only the comparison ("naik 62 persen dibandingkan 2023"). A total counted "sejak 2005" runs
    from then to the article's year: 2005/2024."""
    text = around.text
    near = [d for d in around.dates.within(window.start, window.end) if d.end <= window.end and d.value]
    compared = next((d for d in near if d.end <= start and _dates_the_value(text, d.end, start)), None)
    if compared is not None:
        return compared.value
    own = [d for d in near if not _is_comparison(text, d)]
    if near and not own:  # "Nilai itu naik 18,4 persen dibandingkan tahun sebelumnya": the period was named before
        own = _last_dated_before(around, window) or near
    if not near and not _cue_pattern("present_cues").search(text, window.start, window.end):
        # no date in the sentence: the event the paragraph dated just before ("Pada Senin (1/7) ... Forum
        # itu menghasilkan kesepakatan senilai 4 miliar dolar AS"), unless the sentence says how things stand
        own = _last_dated_before(around, window)
    if not own:
        return None
    chosen = min(own, key=lambda d: _distance(start, end, d.start, d.end))
    if "/" in chosen.value:
        end_point = _end_of_change(text, start, end, window)
        if end_point is not None:  # "Sejak 2008 sampai 2012 ... dari USD 34 juta menjadi USD 64 juta"
            return chosen.value.split("/")[end_point]
    now_year = around.now_year
    if now_year and "/" not in chosen.value and since_cue().search(text, max(window.start, chosen.start - SINCE_REACH), chosen.end):
        since = int(chosen.value[:4])
        return f"{chosen.value[:4]}/{now_year}" if since < now_year else chosen.value
    return chosen.value


SINCE_REACH = 60  # characters: "sejak kedua negara membuka hubungan diplomatik pada 1993"


def _end_of_change(text: str, start: int, end: int, window: Window) -> int | None:
    """0 for the figure a change starts from ("dari X menjadi"), 1 for the one it ends at ("menjadi Y"
    after "dari X"), None if the figure is not one end of a change ("US$12,8 juta dari 37 proyek")."""
    if _from_before().search(text, max(window.start, start - 20), start) and _to_after().match(text, end):
        return 0
    to_word = _to_before().search(text, max(window.start, start - 20), start)
    if to_word and _from_before_anywhere().search(text, window.start, to_word.start()):
        return 1
    return None


@lru_cache(maxsize=1)
def _to_after() -> re.Pattern:
    return re.compile(rf"[^.;]{{0,40}}?\b(?:{_phrases('change_to_words')})\s", re.IGNORECASE)


@lru_cache(maxsize=1)
def _to_before() -> re.Pattern:
    return re.compile(rf"\b(?:{_phrases('change_to_words')})\s+(?:\S+\s+){{0,2}}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _from_before_anywhere() -> re.Pattern:
    return re.compile(rf"\b(?:{_phrases('status_from_words')})\s", re.IGNORECASE)


def _last_dated_before(around: Surroundings, window: Window) -> list:
    """The last date in the figure's paragraph before its sentence that is not a comparison, as a list."""
    before = [d for d in around.dates.within(window.para_start, window.start)
              if d.value and not _is_comparison(around.text, d)]
    return before[-1:]


def _dates_the_value(text: str, date_end: int, figure_start: int) -> bool:
    """Only a link such as "yang mencapai" stands between a date and the figure: the figure is that
    date's value, even when the date is the one compared ("dibandingkan 2011 yang mencapai 33,1 juta")."""
    gap = text[date_end:figure_start]
    return len(gap) <= 40 and bool(_value_link().fullmatch(gap))


@lru_cache(maxsize=1)
def _value_link() -> re.Pattern:
    return re.compile(rf"\s*,?\s*(?:{_phrases('value_of_date')})\s+(?:(?:sekitar|kira-kira|hampir|lebih\s+dari)\s+)?", re.IGNORECASE)


def _is_comparison(text: str, date) -> bool:
    """The date is what the figure is compared with: a comparison word ends the text before it or opens it."""
    before = text[max(0, date.start - 30):date.start]
    opening = date.text.split(maxsplit=1)[0] + " " if date.text.strip() else ""
    return bool(_comparison_end().search(before) or _comparison_end().fullmatch(opening))


@lru_cache(maxsize=1)
def _comparison_end() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{_phrases('comparison_cues')})\s+(?:dengan\s+)?(?:(?:pada|tahun|periode|masa)\s+)?$",
                      re.IGNORECASE)


def describes_one_country(text: str, region_start: int) -> bool:
    """The words before a region make it describe one country ("negara Asia Tengah pertama")."""
    return bool(_one_country_of().search(text, max(0, region_start - 25), region_start))


@lru_cache(maxsize=1)
def _one_country_of() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{_phrases('one_country_of')})\s+$", re.IGNORECASE)


def describes_another(text: str, country_start: int) -> bool:
    """The words before a country make it describe another one ("negara pecahan Uni Soviet")."""
    return bool(_former_of().search(text, max(0, country_start - 25), country_start))


@lru_cache(maxsize=1)
def _former_of() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{_phrases('former_of')})\s*$", re.IGNORECASE)


def countries(around: Surroundings, at: int, window: Window, metric_name: str = "other",
              world_price: bool = False, list_start: int | None = None) -> tuple[str, ...]:
    """Countries named in the figure's clause, else its sentence, else the paragraph, else the article's
    main pair, or for figures that are not trade or investment the country the article names most.
    A single country of the pair in a trade or investment figure, or in a sentence with a bilateral
    cue ("kedua negara", "ekspor ke"), stands for the pair. A bloc or region named in the sentence
    ("Asia Tengah", "Uni Ekonomi Eurasia") stands for its members. In a list of figures
    ("Kyrgyzstan tumbuh 10,9 persen, Belarus 10 persen, ..."), `list_start` is where the previous
    figure of the sentence ends, and the one country named after it, just before this figure, owns it."""
    text, main_pair = around.text, around.main_pair
    clause_start, clause_end = clause(text, at, window)
    if world_price and not around.countries.within(window.start, window.end):
        return ()
    if list_start is not None and (listed := _listed_country(around, at, list_start)):
        if metric_name != "other" and listed in main_pair:
            return tuple(sorted(main_pair))
        if metric_name != "other" and around.home and around.home != listed:
            return tuple(sorted((around.home, listed)))  # trade is between two
        return (listed,)
    reaches = ((clause_start, clause_end), (window.start, window.end), (window.para_start, window.para_end))
    for level, (lo, hi) in enumerate(reaches):
        # a bloc counts only in the figure's own sentence: a region named elsewhere in the paragraph is background
        in_sentence = level < 2
        members = {code for codes in around.groups.within(lo, hi) for code in codes} if in_sentence else set()
        found = sorted(set(around.countries.within(lo, hi)) | members)
        if len(found) == 1 and found[0] in main_pair and (
                metric_name != "other" or _cue_pattern("bilateral_cues").search(text, window.start, window.end)):
            return tuple(sorted(main_pair))  # trade and investment of one of the pair are with the other
        if found:
            return tuple(found)
    if metric_name == "other" and around.home:
        return (around.home,)  # production, prices at home, fleets: the article's own country, not its pair
    return tuple(sorted(main_pair))


LIST_REACH = 50  # characters: how far before a listed figure its country may stand


def _listed_country(around: Surroundings, at: int, list_start: int) -> str | None:
    named = set(around.countries.within(max(list_start, at - LIST_REACH), at))
    return named.pop() if len(named) == 1 else None


def is_price(text: str, end: int, window: Window) -> bool:
    """"US$89 per barel" in a sentence about "harga": a market price."""
    return bool(_price_after().match(text, end)) and bool(_cue_pattern("price_words").search(text, window.start, window.end))


def is_exchange_rate(text: str, start: int, end: int) -> bool:
    """Either side of "1 dolar AS = Rp14.345": it concerns no country."""
    return bool(_RATE_SIGN_AFTER.match(text, end) or _RATE_SIGN_BEFORE.search(text, max(0, start - 3), start))


_RATE_SIGN_AFTER, _RATE_SIGN_BEFORE = re.compile(r"\s*="), re.compile(r"=\s*$")


@lru_cache(maxsize=1)
def _price_after() -> re.Pattern:
    return re.compile(rf"\s*(?:per|/)\s*(?:{_phrases('price_units')})\b", re.IGNORECASE)


def clause(text: str, at: int, window: Window) -> tuple[int, int]:
    """The clause of the sentence around offset `at`: between semicolons and joining words such as
    "sedangkan" or "disusul" ("China menyerap 56 persen, disusul Prancis 19 persen"). Commas do not
    end a clause here: "Menurut Budi, ekspor naik 5 persen" is one statement."""
    start, end = window.start, window.end
    for match in _clause_break().finditer(text, window.start, window.end):
        if match.end() <= at:
            start = match.end()
        elif match.start() >= at:
            end = match.start()
            break
    return start, end


@lru_cache(maxsize=1)
def _clause_break() -> re.Pattern:
    return re.compile(rf";\s|,?\s(?:{_phrases('clause_breaks')})\s", re.IGNORECASE)
