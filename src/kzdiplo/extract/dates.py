"""Indonesian date expressions, normalised to ISO 8601 at the precision the text gives.

Rules are regexes built from data/calendar.yaml and data/dates.yaml. Every rule finds candidate
spans; the longest non-overlapping ones win; absolute dates are resolved first, then the
article's anchor is chosen, then relative dates are resolved in text order.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from kzdiplo import datafiles
from kzdiplo.extract.numbers import number_word_pattern, parse_words
from kzdiplo.lexicon import ambiguous_months, month_numbers, weekday_numbers
from kzdiplo.regexcache import compile_cached
from kzdiplo.textutil import Coverage, lowered, trie_pattern, trigger_windows


@dataclass(frozen=True)
class Anchor:
    year: int
    month: int | None  # None when the text fixes only the year
    day: int | None
    label: str  # what the anchor came from, e.g. "published 2024-05-21"
    published: bool = False  # the publication date, which the text's weekdays are trusted to agree with

    @property
    def date(self) -> dt.date | None:
        try:
            return dt.date(self.year, self.month, self.day) if self.month and self.day else None
        except ValueError:
            return None


@dataclass
class Found:
    """A resolved date expression (the extractor turns it into a DateExpr)."""
    start: int
    end: int
    text: str
    value: str | None
    granularity: str
    modifier: str | None = None
    relative: bool = False
    anchor: str | None = None
    future: bool = False  # its sentence speaks of the future (not usable as the article's "now")
    explicit_now: bool = False  # "tahun 2023 ini": the article calls this period the present
    since: bool = False  # "sejak ... pada 3 Januari 1992": a starting point in the past, never the present
    event: bool = False  # the year written after a name ("KTT SCO 2024")


@dataclass
class _Candidate:
    start: int
    end: int
    rule: str
    groups: dict = field(default_factory=dict)
    priority: int = 0


FULL_SHORT_MONTHS = {"mei", "may", "juni", "june", "juli", "july"}  # full names of four letters or fewer


def _alt(words) -> str:
    """Lower-case alternatives, longest first: rules run on the lower-cased text (see find_candidates)."""
    return "|".join(re.escape(w) for w in sorted({w.lower() for w in words}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _data() -> dict:
    return datafiles.load("dates.yaml")


@lru_cache(maxsize=1)
def rules() -> list[tuple[str, re.Pattern]]:
    """(rule name, compiled pattern) in priority order; ties in length go to the earlier rule.

    Every pattern but those in CASE_SENSITIVE is written in lower case and runs on the lower-cased
    text: several times faster than IGNORECASE, which disables the regex engine's prefix scans.
    """
    d = _data()
    # a dot follows an abbreviation ("Okt."), never a full name ("11 September." ends a sentence)
    abbreviations = [m for m in month_numbers() if len(m) <= 4 and m not in FULL_SHORT_MONTHS]
    mon = rf"(?:(?:{_alt(abbreviations)})\.?|{_alt(m for m in month_numbers() if m not in abbreviations)})"
    full_mon = _alt(k for k in month_numbers() if k not in ambiguous_months() and len(k) > 3 or k == "mei")
    wd = _alt(weekday_numbers())
    join = r"(?:\s*[-–—]\s*|\s+(?:hingga|sampai(?:\s+dengan)?|s\.?d\.?|s/d)\s+)"
    tgl = r"(?:(?:tgl\.?|tanggal)\s*)?"
    part = _alt(d["parts"])
    dayparts = rf"(?:{_alt(d['day_parts'])})"
    num = rf"(?:\d{{1,3}}|{number_word_pattern()})"
    rel = r"(?P<rel>lalu|ini|depan|mendatang|kemarin|sebelumnya|berikutnya|silam|yang\s+akan\s+datang)"
    same = _alt(d["same_period"])
    cues = _alt(d["year_cues"])
    yr = r"(?:19|20)\d{2}"
    sources = [
        ("numeric_range", rf"\b(?P<d1>\d{{1,2}})/(?P<m1>\d{{1,2}})/(?P<y1>\d{{4}}){join}(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})/(?P<y2>\d{{4}})\b"),
        ("weekday_numeric", rf"\b(?P<wd>{wd})(?:\s+{dayparts})?,?\s*\(\s*(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{4}}|\d{{2}}))?\s*\)"),
        ("day_range_months", rf"\b{tgl}(?P<d1>\d{{1,2}})\s+(?P<m1>{mon}){join}{tgl}(?P<d2>\d{{1,2}})\s+(?P<m2>{mon})(?:\s+(?P<y>\d{{4}}))?\b"),
        ("day_range", rf"\b{tgl}(?P<d1>\d{{1,2}}){join}{tgl}(?P<d2>\d{{1,2}})\s+(?P<m>{mon})"
                      rf"(?:\s+(?:tahun\s+)?(?P<y>\d{{4}})|\s+(?P<drel>(?:tahun\s+)?(?:lalu|ini|depan)|mendatang))?(?![\w])"),
        # "Senin, 21 November 2022", "Selasa pagi (28 Februari)"
        ("full_date", rf"\b(?:(?P<wd>{wd})(?:\s+{dayparts})?(?:,?\s+|\s*(?P<par>\()\s*))?{tgl}(?P<d>\d{{1,2}})\s+(?P<m>{mon})"
                      rf"(?:\s+(?:tahun\s+)?(?P<y>\d{{4}})|\s+(?P<drel>(?:tahun\s+)?(?:lalu|ini|depan)|mendatang))?(?(par)\s*\))(?![\w])"),
        ("numeric_date", r"\b(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})\b"),
        ("iso_date", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
        ("month_range", rf"\b(?P<m1>{mon}){join}(?P<m2>{mon})\s+(?:tahun\s+)?(?P<y>\d{{4}})\b"),
        ("month_range_alone", rf"\b(?P<m1>{full_mon}){join}(?P<m2>{full_mon})\b(?!\s+(?:tahun\s+)?\d)"),
        ("month_year", rf"\b(?:(?P<part>{part})\s+)?(?:bulan\s+)?(?P<m>{mon})\s+(?:tahun\s+)?(?P<y>\d{{4}})(?P<now>\s+ini)?\b"),
        ("quarter", rf"\b(?:(?P<qw>{_alt(d['quarter_words'])})\s+(?:ke-?)?(?P<q>iv|i{{1,3}}|[1-4]|pertama|kedua|ketiga|keempat)|q(?P<qn>[1-4])|(?P<hw>{_alt(d['half_words'])})\s+(?:ke-?)?(?P<h>ii|i|[12]|pertama|kedua))(?:\s+(?:tahun\s+)?(?:(?P<y>\d{{4}})|(?P<yrel>ini|lalu|depan)))?\b"),
        # "enam bulan pertama 2023", "selama 9 bulan tahun 2019": the months from January
        ("first_months", rf"\b(?P<n>{num})\s+bulan\s+(?:pertama\s+(?:tahun\s+)?|tahun\s+)(?:(?P<y>\d{{4}})|(?P<yrel>ini|lalu))\b"),
        ("same_period", rf"\b(?:{same})\s+(?:pada\s+|di\s+)?tahun\s+(?:(?P<yrel>lalu|sebelumnya)|(?P<y>{yr}))\b"),
        ("that_period", rf"\b(?:{_alt(d['that_period'])})\b"),
        ("between_years", rf"\bantara\s+(?:tahun\s+)?(?P<y1>{yr})\s+dan\s+(?:tahun\s+)?(?P<y2>{yr})\b(?![.,]\d)"),
        ("year_range", rf"\b(?:(?P<cue>{cues}|dari|antara)\s+)?(?:tahun\s+)?(?P<y1>{yr}){join}(?:tahun\s+)?(?P<y2>{yr}|\d{{2}})\b(?![.,]\d)"),
        ("season", rf"\b(?:{_alt(d['season_words'])})\s+(?P<y1>{yr})/(?P<y2>{yr}|\d{{2}})\b"),
        ("month_relative_year", rf"\b(?:bulan\s+)?(?P<m>{full_mon})\s+(?:pada\s+)?tahun\s+(?:yang\s+)?(?P<yrel>lalu|ini|depan|mendatang|sebelumnya)\b"),
        ("month_same_year", rf"\b(?:bulan\s+)?(?P<m>{full_mon})\s+(?:pada\s+|di\s+)?tahun\s+(?:yang\s+sama|itu|tersebut)\b"),
        ("part_year", rf"\b(?P<part>{part})\s+(?:tahun\s+)?(?P<y>{yr})\b(?![.,]\d)"),
        ("part_relative", rf"\b(?P<part>{part})\s+(?:(?P<unit>tahun|bulan|pekan|minggu)\s+(?:yang\s+)?(?P<rel>lalu|ini|depan|mendatang)"
                          rf"|(?P<unit_now>tahun|bulan)(?!\s+(?:\d|yang|lalu|ini|depan|mendatang|sebelumnya|anggaran|ajaran)))\b"),
        ("paren_year", rf"\((?P<y>{yr})\)"),  # "US$ 215 juta (2021)"
        # the year in a name ("KTT SCO 2024", "Expo 2017", "Pencak Silat Asia 2024"): only the year is the date
        ("named_year", rf"(?<![\w-])(?P<name>[A-Z][\w&+-]*)\s+(?P<y>{yr})\b(?![.,]\d|-)"),
        ("decade", rf"\b(?:(?:{cues})\s+)?(?P<y>(?:1[89]|20)\d0)-an\b"),
        ("part_month", rf"\b(?P<part>{part})\s+(?:bulan\s+)?(?P<m>{full_mon})\b"),
        # "turun dari 2021 yang sebesar 21.819 ton": after "dari" only a year that no noun follows
        # a year after a cue word; after "dari" with no noun following; opening a sentence before a comma ("2021, angka ...")
        ("year", rf"\b(?:(?:{cues})\s+|(?<=\bdari )(?={yr}(?:\s+(?:yang|hingga|sampai)\b|[,;)]|\.(?!\d)))|(?:(?<=[.!?] )|(?m:^))(?={yr},\s))"
                 rf"(?P<t>tahun\s+)?(?P<y>{yr})\b(?![.,]\d|\s*(?:persen|%)|-an\b)(?P<now>\s+ini)?"),
        ("later", rf"\b(?:(?P<n>{num})\s+|se)(?P<unit>tahun|bulan|hari|pekan|minggu)\s+(?:kemudian|setelahnya|sesudahnya|(?P<back>sebelumnya))\b"),
        ("ago", rf"\b(?P<n>{num})\s+(?P<unit>tahun|bulan|hari|pekan|minggu)\s+(?:yang\s+)?(?:lalu|silam)\b"),
        ("relative", rf"\b(?P<unit>tahun|bulan|pekan|minggu)\s+(?:yang\s+)?{rel}"),
        ("same_year", r"\b(?P<unit>tahun|bulan|hari)\s+yang\s+sama\b"),
        ("month_relative", rf"\b(?:bulan\s+)?(?P<m>{full_mon})\s+{rel}"),
        # not before a relative word: "sejak Juli lalu" is "Juli lalu"
        ("month_alone", rf"\b(?:(?P<cue>pada|sejak|hingga|sampai|dari|mulai)\s+)?(?P<b>bulan\s+)?(?P<m>{full_mon})\b"
                        rf"(?!\s+(?:tahun\s+)?\d|\s+(?:lalu|depan|mendatang|ini|kemarin|silam|yang\s+lalu)\b)"),
        ("day_word", r"\b(?P<w>kemarin\s+lusa|kemarin|hari\s+ini|besok|lusa)\b"),
        # "Jumat lalu" is last Friday ("Minggu lalu" is last week: see _acceptable)
        # "Selasa pagi", "Jumat lalu", "Sabtu pekan lalu" (the Saturday of last week)
        ("weekday", rf"\b(?P<wd>{'|'.join(sorted((re.escape(w.capitalize()) for w in weekday_numbers()), key=len, reverse=True))})\b"
                    rf"(?:\s+{dayparts}\b)?(?:\s+(?P<rel>lalu|depan|mendatang)\b|\s+(?:pekan|minggu)\s+(?P<wrel>lalu|depan)\b)?"),
    ]
    return [(name, compile_cached(source)) for name, source in sources]


CASE_SENSITIVE = frozenset({"weekday", "named_year"})  # rules that run on the text as written ("Minggu", not "minggu")
YEAR_ONLY = frozenset({"named_year"})  # rules whose date is the year group alone
_WEEK_WORD_AFTER = re.compile(r"\s*(?:lalu|depan|ini)\b")


@lru_cache(maxsize=1)
def _week_words() -> frozenset[str]:
    """Weekday names that also mean "week" ("Minggu")."""
    return frozenset(w for w, unit in _data()["units"].items() if unit == "week") & frozenset(weekday_numbers())


_NUMBER_BEFORE = re.compile(r"(?:\d|\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|puluh|belas|ratus|beberapa|banyak))\s*$", re.IGNORECASE)


_LAW_NUMBER_BEFORE = re.compile(r"\b(?:No|Nomor|Nomer)\.?\s*\d+\s+(?:[Tt]ahun\s+)?$")


@lru_cache(maxsize=1)
def _labels() -> frozenset[str]:
    return frozenset(w.casefold() for w in _data()["label_words"])


def _acceptable(rule: str, g: dict[str, str], match: re.Match, text: str) -> bool:
    """Whether a match (its groups `g` as written in `text`) is a date expression."""
    counted = rule in ("relative", "same_year") or rule == "day_word" and g["w"][:4].lower() == "hari"
    if counted and _NUMBER_BEFORE.search(text, max(0, match.start() - 15), match.start()):
        return False  # "selama 31 tahun ini", "selama dua hari ini" are durations
    if rule in ("month_alone", "month_relative", "part_month") and not g["m"][0].isupper():
        return False
    if rule == "month_alone" and not (g.get("cue") or g.get("b")):
        return False
    if rule in ("full_date", "day_range") and g["m"].rstrip(".").casefold() in ambiguous_months() and not g.get("y"):
        return False
    if rule in ("year", "named_year") and _LAW_NUMBER_BEFORE.search(text, max(0, match.start() - 16), match.start("y")):
        return False  # "UU Nomor 17 Tahun 2014" names a law
    if rule == "named_year" and g["name"].casefold() in _labels():
        return False  # "Pasal 2017", "Nomor 2019" number things
    if rule == "weekday" and (_WEEK_WORD_AFTER.match(text, match.end()) or g.get("rel") and g["wd"].casefold() in _week_words()):
        return False  # "Minggu lalu" is a week
    return True


# What each rule needs in its stretch of text before it is worth running: d a digit, y a run of four
# digits (a year), m a month name, w a weekday, u a unit or day word ("tahun", "kuartal", "kemarin").
# Every rule needs one at least, and runs only around triggers of the rarest kind it needs (SCAN_ORDER).
NEEDS = {
    "numeric_range": "dy", "weekday_numeric": "dw", "day_range_months": "dm", "day_range": "dm", "full_date": "dm",
    "numeric_date": "dy", "iso_date": "dy", "month_range": "dmy", "month_year": "dmy", "year_range": "dy", "between_years": "dy", "month_range_alone": "m", "part_year": "dy",
    "year": "dy", "part_month": "m", "month_relative": "m", "month_alone": "m", "weekday": "w", "season": "dy",
    "month_same_year": "m", "month_relative_year": "m", "decade": "dy", "paren_year": "dy", "named_year": "dy", "quarter": "u", "first_months": "u",
    "same_period": "u", "that_period": "u", "part_relative": "u", "ago": "u", "relative": "u", "same_year": "u", "later": "u", "day_word": "u",
}
SCAN_ORDER = "ywmud"  # rarest first
REACH = 64  # characters a date expression reaches beyond the digit or word that triggers it


@lru_cache(maxsize=1)
def _triggers() -> tuple[re.Pattern, dict[str, set[str]]]:
    """The trigger-word pattern (for the lower-cased text), and each trigger word's kinds
    ("minggu" is a weekday and a unit)."""
    d = _data()
    kinds: dict[str, set[str]] = {}
    words = {"m": month_numbers(), "w": weekday_numbers(),
             "u": [*d["units"], "hari", *d["quarter_words"], *d["half_words"], *(w.split()[0] for w in d["day_words"]),
                   *(w.split()[0] for w in d["that_period"])]}
    for kind, group in words.items():
        for word in group:
            kinds.setdefault(word.lower(), set()).add(kind)
            if kind == "u":
                kinds.setdefault("se" + word.lower(), set()).add(kind)  # "setahun kemudian"
    for quarter in "1234":
        kinds[f"q{quarter}"] = {"u"}
    return re.compile(rf"\b(?:{trie_pattern(kinds)})\b"), kinds


_DIGITS = re.compile(r"\d+")
_DIGIT_KINDS, _YEAR_KINDS = frozenset("d"), frozenset("dy")


def _windows(text: str, low: str, start: int, end: int) -> dict[str, list[tuple[int, int, set[str]]]]:
    """For each kind of trigger (see NEEDS), the stretches around the triggers of that kind."""
    pattern, kinds_of = _triggers()
    triggers = [(m.start(), m.end(), _YEAR_KINDS if m.end() - m.start() == 4 else _DIGIT_KINDS)
                for m in _DIGITS.finditer(text, start, end)]
    triggers += [(m.start(), m.end(), kinds_of[m.group()]) for m in pattern.finditer(low, start, end)]
    triggers.sort(key=lambda t: t[0])
    return {kind: trigger_windows(text, start, end, [t for t in triggers if kind in t[2]], REACH) for kind in SCAN_ORDER}


@lru_cache(maxsize=1)
def _rule_table() -> dict[str, list[tuple[int, str, re.Pattern]]]:
    """For each kind of trigger, the rules that scan its stretches: (priority, rule, pattern)."""
    table: dict[str, list[tuple[int, str, re.Pattern]]] = {kind: [] for kind in SCAN_ORDER}
    for priority, (rule, pattern) in enumerate(rules()):
        table[next(k for k in SCAN_ORDER if k in NEEDS[rule])].append((priority, rule, pattern))
    return table


def find_candidates(text: str, start: int, end: int) -> list[_Candidate]:
    found = []
    low = lowered(text)
    windows = _windows(text, low, start, end)
    for scan, table in _rule_table().items():
        stretches = windows[scan]
        if not stretches:
            continue  # most paragraphs have no month, weekday or unit word: their rules are skipped at once
        for priority, rule, pattern in table:
            subject = text if rule in CASE_SENSITIVE else low
            for lo, hi, _ in stretches:
                for match in pattern.finditer(subject, lo, hi):
                    groups = {k: text[match.start(k):match.end(k)] for k, v in match.groupdict().items() if v is not None}
                    if _acceptable(rule, groups, match, text):
                        first, last = match.span("y") if rule in YEAR_ONLY else match.span()
                        found.append(_Candidate(first, last, rule, groups, priority))
    found.sort(key=lambda c: (-(c.end - c.start), c.priority, c.start))
    chosen: list[_Candidate] = []
    taken = Coverage(len(text))
    for cand in found:
        if not taken.overlaps(cand.start, cand.end):
            chosen.append(cand)
            taken.mark(cand.start, cand.end)
    return sorted(chosen, key=lambda c: c.start)


# --- values -------------------------------------------------------------------------------

def _month(word: str) -> int:
    return month_numbers()[word.rstrip(".").casefold()]


def _year(text: str, base: int | None = None) -> int:
    year = int(text)
    if len(text) == 2:
        year += (base // 100 * 100) if base else 2000
    return year


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    try:
        if day:
            return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}" if month else f"{year:04d}"


def _span(a: str | None, b: str | None) -> str | None:
    return f"{a}/{b}" if a and b else None


ORDINAL = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4}
STEP = {"lalu": -1, "kemarin": -1, "sebelumnya": -1, "silam": -1, "ini": 0, "depan": 1, "mendatang": 1, "berikutnya": 1}


def _rel_step(word: str) -> int:
    word = " ".join(word.casefold().split())
    return 1 if word == "yang akan datang" else STEP[word]


NEARBY = 250  # characters: how far back "tahun sebelumnya" and "setahun kemudian" look for the year they count from


@dataclass
class _Context:
    anchor: Anchor | None
    previous: list[Found]  # dates already resolved, in text order
    start: int = 0  # where the expression being resolved starts
    future: bool = False  # its sentence speaks of the future

    def named_year(self, reach: int | None = NEARBY) -> int | None:
        """The year of the closest earlier single date or year, if it is near enough."""
        for prior in reversed(self.previous):
            if reach is not None and self.start - prior.end > reach:
                return None
            if prior.value and "/" not in prior.value:
                return int(prior.value[:4])
        return None

    def named_date(self) -> Found | None:
        return next((p for p in reversed(self.previous) if p.value and "/" not in p.value), None)

    def year_for(self, month: int, nearby: bool = True) -> int | None:
        """The year of a day or month written without one: that of a day or month stated with its year
        just before it ("18 Januari 2023 ... sehari sebelumnya, 17 Januari"), else (or if not `nearby`)
        the anchor's."""
        for prior in reversed(self.previous if nearby else ()):
            if self.start - prior.end > NEARBY:
                break
            # only a date the text states outright: "Oktober tahun lalu" gives no year to "akhir Desember"
            if prior.value and "/" not in prior.value and len(prior.value) >= 7 and not prior.relative:
                return int(prior.value[:4])
        if not self.anchor:
            return None
        year = self.anchor.year
        if self.anchor.month and month - self.anchor.month > 6 and not self.future:
            year -= 1  # "20 Desember" in a January article is last December, unless it is a plan
        return year


def _absolute(c: _Candidate) -> tuple[str | None, str, str | None] | None:
    """(value, granularity, modifier) for candidates that need no anchor, else None."""
    g = c.groups
    if c.rule == "numeric_range":
        return _span(_iso(int(g["y1"]), int(g["m1"]), int(g["d1"])), _iso(int(g["y2"]), int(g["m2"]), int(g["d2"]))), "day", None
    if c.rule in ("numeric_date", "iso_date") or (c.rule in ("full_date", "weekday_numeric") and "y" in g):
        month = int(g["m"]) if g["m"].isdigit() else _month(g["m"])
        value = _iso(_year(g["y"]), month, int(g["d"])) if 1 <= month <= 12 else None
        return (value, "day", None) if value else None
    if c.rule in ("day_range", "day_range_months") and "y" in g:
        m1 = _month(g.get("m1") or g["m"])
        m2 = _month(g.get("m2") or g["m"])
        return _span(_iso(int(g["y"]), m1, int(g["d1"])), _iso(int(g["y"]), m2, int(g["d2"]))), "day", None
    if c.rule == "month_range":
        return _span(_iso(int(g["y"]), _month(g["m1"])), _iso(int(g["y"]), _month(g["m2"]))), "month", None
    if c.rule == "month_year":
        return _iso(int(g["y"]), _month(g["m"])), "month", _modifier(g)
    if c.rule in ("year_range", "season", "between_years"):
        y1 = int(g["y1"])
        y2 = _year(g["y2"], y1)
        return (f"{y1}/{y2}", "year", None) if y2 > y1 else None
    if c.rule == "decade":
        return f"{g['y']}/{int(g['y']) + 9}", "decade", None
    if c.rule == "part_year":
        return _iso(int(g["y"])), "year", _modifier(g)
    if c.rule in ("year", "paren_year", "named_year"):
        return _iso(int(g["y"])), "year", None
    if c.rule == "quarter" and "y" in g:
        return _quarter(int(g["y"]), g)
    if c.rule == "first_months" and "y" in g:
        return _first_months(int(g["y"]), g)
    return None


def _modifier(g: dict) -> str | None:
    return _data()["parts"].get(g["part"].casefold()) if g.get("part") else None


def _quarter(year: int, g: dict) -> tuple[str, str, None]:
    if g.get("h"):
        half = ORDINAL[g["h"].casefold()]
        return _span(_iso(year, 6 * half - 5), _iso(year, 6 * half)), "half", None
    quarter = int(g["qn"]) if g.get("qn") else ORDINAL[g["q"].casefold()]
    return _span(_iso(year, 3 * quarter - 2), _iso(year, 3 * quarter)), "quarter", None


def _first_months(year: int, g: dict) -> tuple[str | None, str, None]:
    count = int(g["n"]) if g["n"].isdigit() else int(parse_words(g["n"]) or 0)
    if not 1 <= count <= 12:
        return None, "month", None
    return _span(_iso(year, 1), _iso(year, count)), "month", None


def _shift_years(value: str, years: int) -> str:
    return re.sub(r"\d{4}", lambda m: f"{int(m.group()) + years:04d}", value)


def _relative(c: _Candidate, ctx: _Context) -> tuple[str | None, str, str | None]:
    """(value, granularity, modifier) of an expression that needs the anchor or earlier dates."""
    g, anchor = c.groups, ctx.anchor
    handler = _RELATIVE.get(c.rule)
    if handler is None or anchor is None and c.rule not in COUNTED_FROM_TEXT:
        return None, _GRANULARITY.get(c.rule, "year"), _modifier(g)
    return handler(g, ctx)


def _rel_year(g: dict, ctx: _Context) -> int | None:
    if "y" in g:
        return int(g["y"])
    if not ctx.anchor:
        return None
    return ctx.anchor.year + _rel_step(g.get("yrel", "ini"))


def _month_shift(anchor: Anchor, months: int) -> str | None:
    if not anchor.month:
        return None
    index = anchor.year * 12 + anchor.month - 1 + months
    return _iso(index // 12, index % 12 + 1)


def _day_shift(anchor: Anchor, days: int) -> str | None:
    return (anchor.date + dt.timedelta(days=days)).isoformat() if anchor.date else None


def _week(anchor: Anchor, weeks: int) -> str | None:
    """The Monday-to-Sunday week `weeks` from the anchor's, as a range of days."""
    if not anchor.date:
        return None
    monday = anchor.date - dt.timedelta(days=anchor.date.weekday()) + dt.timedelta(weeks=weeks)
    return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"


def _h_relative(g, ctx):
    unit, step = g["unit"].casefold(), _rel_step(g["rel"])
    named = ctx.named_year() if g["rel"].casefold() in ("sebelumnya", "berikutnya") else None
    if unit == "tahun" and named:
        return _iso(named + step), "year", None  # "pada 2023 ... naik dibanding tahun sebelumnya" is 2022
    if unit == "tahun":
        return _iso(ctx.anchor.year + step), "year", None
    if unit == "bulan":
        return _month_shift(ctx.anchor, step), "month", None
    return _week(ctx.anchor, step), "week", None


def _h_ago(g, ctx):
    count = int(g["n"]) if g["n"].isdigit() else int(parse_words(g["n"]) or 0)
    unit = g["unit"].casefold()
    if unit == "tahun":
        return _iso(ctx.anchor.year - count), "year", None
    if unit == "bulan":
        return _month_shift(ctx.anchor, -count), "month", None
    if unit == "hari":
        return _day_shift(ctx.anchor, -count), "day", None
    return _week(ctx.anchor, -count), "week", None


def _h_part_relative(g, ctx):
    """"akhir tahun lalu", "sejak awal tahun" (this year), "akhir pekan lalu" (that Saturday and Sunday)."""
    if g.get("unit_now"):
        g = {**g, "unit": g["unit_now"], "rel": "ini"}
    value, granularity, _ = _h_relative(g, ctx)
    modifier = _modifier(g)
    if granularity == "week" and modifier == "end" and value:
        saturday = dt.date.fromisoformat(value.split("/")[0]) + dt.timedelta(days=5)
        return f"{saturday.isoformat()}/{(saturday + dt.timedelta(days=1)).isoformat()}", "weekend", None
    return value, granularity, modifier


def _h_day_month(g, ctx):
    """Day and month without a year: "Senin (20/5)", "tgl 20 hingga tgl 22 Agustus"."""
    if "d1" in g:
        m1, m2 = _month(g.get("m1") or g["m"]), _month(g.get("m2") or g["m"])
        if g.get("drel") and ctx.anchor:  # "29-30 Mei mendatang"
            rel = " ".join(g["drel"].casefold().split())
            return _span(_day_relative(int(g["d1"]), m1, rel, ctx.anchor), _day_relative(int(g["d2"]), m2, rel, ctx.anchor)), "day", None
        year = ctx.year_for(m1)
        return (_span(_iso(year, m1, int(g["d1"])), _iso(year, m2, int(g["d2"]))) if year else None), "day", None
    month = int(g["m"]) if g["m"].isdigit() else _month(g["m"])
    if g.get("drel") and ctx.anchor and 1 <= month <= 12:
        return _day_relative(int(g["d"]), month, " ".join(g["drel"].casefold().split()), ctx.anchor), "day", None
    year = ctx.year_for(month, nearby=not g.get("wd"))  # "Selasa (11/3)" is the news's own present
    if year and g.get("wd") and 1 <= month <= 12 and not ctx.anchor.published:
        # an anchor the text gave may be off by years: the weekday says which year fits
        year = _weekday_year(int(g["d"]), month, g["wd"], year) or year
    return (_iso(year, month, int(g["d"])) if year and 1 <= month <= 12 else None), "day", None


def _day_relative(day: int, month: int, rel: str, anchor: Anchor) -> str | None:
    """"30 November lalu" is the last 30 November up to the anchor, "20 Desember mendatang" the next;
    "1 Januari tahun ini / lalu / depan" is in that year."""
    if rel.startswith("tahun"):
        return _iso(anchor.year + _rel_step(rel.split()[-1]), month, day)
    if not anchor.month:
        return None
    here = (month, day) <= (anchor.month, anchor.day or 31)
    if rel == "ini":
        return _iso(anchor.year, month, day)
    return _iso(anchor.year - (0 if here else 1), month, day) if rel == "lalu" else _iso(anchor.year + (1 if here else 0), month, day)


def _h_month(g, ctx):
    month = _month(g["m"])
    step = _rel_step(g["rel"]) if g.get("rel") else 0
    anchor, year = ctx.anchor, ctx.anchor.year
    if step < 0 and anchor.month and month >= anchor.month:
        year -= 1
    elif step > 0 and anchor.month and month <= anchor.month:
        year += 1
    elif step == 0 and g.get("rel") is None and ctx.future and anchor.month:
        year += 1 if month < anchor.month else 0  # "pertemuan ... pada Desember" is the coming December
    elif step == 0 and g.get("rel") is None:
        year = ctx.year_for(month) or year
    return _iso(year, month), "month", _modifier(g)


def _h_quarter(g, ctx):
    year = _rel_year(g, ctx)
    return _quarter(year, g) if year else (None, "quarter", None)


def _h_month_range(g, ctx):
    """"Mei-Juni" without a year: the months in the year a lone month would have."""
    m1, m2 = _month(g["m1"]), _month(g["m2"])
    year = ctx.year_for(m1)
    return (_span(_iso(year, m1), _iso(year if m2 >= m1 else year + 1, m2)) if year else None), "month", None


def _h_first_months(g, ctx):
    year = _rel_year(g, ctx)
    return _first_months(year, g) if year else (None, "month", None)


def _h_same_period(g, ctx):
    """"periode yang sama tahun lalu": the period named before, a year back, or in the year given."""
    for prior in reversed(ctx.previous):
        if prior.value and "/" in prior.value and prior.granularity in ("month", "quarter", "half", "day"):
            shift = int(g["y"]) - int(prior.value[:4]) if g.get("y") else -1
            return _shift_years(prior.value, shift), prior.granularity, None
    if g.get("y"):
        return g["y"], "year", None
    return (_iso(ctx.anchor.year - 1), "year", None) if ctx.anchor else (None, "year", None)


def _h_that_period(g, ctx):
    """"periode tersebut": the last date stated outright before it, if near enough."""
    for prior in reversed(ctx.previous):
        if ctx.start - prior.end > THAT_PERIOD_REACH:
            break
        if prior.value and not prior.relative:
            return prior.value, prior.granularity, prior.modifier
    return None, "range", None


THAT_PERIOD_REACH = 600  # characters back that "periode tersebut" may point


def _h_same(g, ctx):
    unit = g["unit"].casefold()
    wanted = {"hari": "day", "bulan": "month", "tahun": "year"}[unit]
    for prior in reversed(ctx.previous):
        if prior.value and "/" not in prior.value and prior.granularity in ("day", "month", "year"):
            return prior.value[: {"day": 10, "month": 7, "year": 4}[wanted]], wanted, None
    return None, wanted, None


def _h_later(g, ctx):
    """"Sebelas tahun kemudian", "setahun kemudian", "sehari sebelumnya": counted from the date named
    before, in years from any date, in months from a month or day, in days and weeks from a day."""
    prior = next((p for p in reversed(ctx.previous) if p.value), None)
    unit = g["unit"].casefold()
    count = 1 if not g.get("n") else int(g["n"]) if g["n"].isdigit() else int(parse_words(g["n"]) or 0)
    count = -count if g.get("back") else count
    granularity = {"tahun": "year", "bulan": "month", "hari": "day"}.get(unit, "week")
    if prior is None:
        return None, granularity, None
    if unit == "tahun":  # "setahun kemudian" names a year, counted from the end of a range before it
        return _iso(int(prior.value.split("/")[-1][:4]) + count), "year", None
    if "/" in prior.value:  # counted in months or days from a range: only from a single date
        return None, granularity, None
    parts = [int(x) for x in prior.value.split("-")]
    if unit == "bulan" and len(parts) >= 2:
        return _month_shift(Anchor(parts[0], parts[1], None, ""), count), "month", None
    if len(parts) == 3:
        days = count * (1 if unit == "hari" else 7)
        return (dt.date(*parts) + dt.timedelta(days=days)).isoformat(), "day", None
    return None, granularity, None


def _h_month_relative_year(g, ctx):
    """"Mei tahun lalu": the month in the year before the anchor's."""
    year = _rel_year(g, ctx)
    return (_iso(year, _month(g["m"])) if year else None), "month", None


def _h_month_same_year(g, ctx):
    year = ctx.named_year(reach=None)
    return (_iso(year, _month(g["m"])) if year else None), "month", None


def _h_day_word(g, ctx):
    words = " ".join(g["w"].casefold().split())
    return _day_shift(ctx.anchor, _data()["day_words"][words]), "day", None


def _h_weekday(g, ctx):
    if not ctx.anchor.date:
        return None, "day", None
    day = weekday_numbers()[g["wd"].casefold()]
    if g.get("wrel"):  # the day in the calendar week before or after the anchor's
        monday = ctx.anchor.date - dt.timedelta(days=ctx.anchor.date.weekday())
        return (monday + dt.timedelta(weeks=_rel_step(g["wrel"]), days=day - 1)).isoformat(), "day", None
    ahead = (day - ctx.anchor.date.isoweekday()) % 7
    if g.get("rel") in ("depan", "mendatang"):
        return (ctx.anchor.date + dt.timedelta(days=ahead or 7)).isoformat(), "day", None
    if ctx.future and not g.get("rel"):  # "dijadwalkan bertemu pada Selasa": the coming Tuesday, or today
        return (ctx.anchor.date + dt.timedelta(days=ahead)).isoformat(), "day", None
    delta = (ctx.anchor.date.isoweekday() - day) % 7
    if g.get("rel") == "lalu":
        delta = delta or 7  # "Jumat lalu" on a Friday is a week ago
    return (ctx.anchor.date - dt.timedelta(days=delta)).isoformat(), "day", None


_RELATIVE: dict[str, Callable] = {
    "relative": _h_relative, "ago": _h_ago, "part_relative": _h_part_relative, "weekday_numeric": _h_day_month,
    "full_date": _h_day_month, "day_range": _h_day_month, "day_range_months": _h_day_month, "month_relative": _h_month,
    "month_alone": _h_month, "part_month": _h_month, "quarter": _h_quarter, "first_months": _h_first_months, "month_range_alone": _h_month_range,
    "same_period": _h_same_period, "that_period": _h_that_period, "same_year": _h_same, "day_word": _h_day_word, "weekday": _h_weekday,
    "later": _h_later, "month_same_year": _h_month_same_year, "month_relative_year": _h_month_relative_year,
}
_GRANULARITY = {"weekday": "day", "day_word": "day", "weekday_numeric": "day", "full_date": "day", "month_alone": "month",
                "month_range_alone": "month"}


# --- the anchor ---------------------------------------------------------------------------

@lru_cache(maxsize=1)
def since_cue() -> re.Pattern:
    """"sejak", "semenjak": what follows is a starting point."""
    return re.compile(r"\b(?:" + _alt(_data()["since_cues"]) + r")\b", re.IGNORECASE)


def choose_anchor(published: str | None, absolute: list[Found]) -> Anchor | None:
    """The publication date; else the period the article calls "ini"; else its latest non-future date
    that is not after today."""
    if published:
        year, month, day = (int(x) for x in published.split("-"))
        return Anchor(year, month, day, f"published {published}", published=True)
    now = [f for f in absolute if f.explicit_now and f.value]
    if now:
        return _anchor_from(now[-1], "the article's present")
    # no article is published after today: a later year is a goal whatever its sentence says ("pada
    # tahun 2050"); today's date bounds the anchor but is never the anchor
    this_year = dt.date.today().year
    usable = [f for f in absolute if f.value and not f.future and not f.since and _span_years(f.value) <= 1
              and int(f.value.split("/")[-1][:4]) <= this_year]
    if not usable:
        return None
    latest = max(usable, key=lambda f: f.value.split("/")[-1])
    return _anchor_from(latest, "the article's latest date")


def _caption_anchor(text: str, regions: list[tuple[int, int]]) -> Anchor | None:
    """The latest full day a photo caption states, when the article's text fixes no anchor."""
    days = [Found(c.start, c.end, text[c.start:c.end], *resolved) for start, end in regions
            for c in find_candidates(text, start, end) if (resolved := _absolute(c)) and resolved[1] == "day"]
    return choose_anchor(None, days)


def _event_anchor(absolute: list[Found]) -> Anchor | None:
    """The year of the first name the article writes with a year ("KTT SCO 2024 akan ..."), when
    nothing else fixes the article's time: news names the event it reports on, even in the future."""
    this_year = dt.date.today().year
    named = next((f for f in absolute if f.event and f.value and int(f.value[:4]) <= this_year), None)
    return Anchor(int(named.value[:4]), None, None, f"the year in an event's name, {named.value[:4]}") if named else None


WEEKDAY_REACH = 14  # years searched each way for a day that fell on its stated weekday


def _weekday_year(day: int, month: int, weekday: str, around: int) -> int | None:
    """The year, not after today, in which day/month fell on the weekday: from `around` on first,
    nearest first (the anchor a text states is its latest date, so its present is not earlier), then
    the years before it."""
    today = dt.date.today()
    wanted = weekday_numbers()[weekday.casefold()]
    for year in [*range(around, around + WEEKDAY_REACH + 1), *range(around - 1, around - WEEKDAY_REACH - 1, -1)]:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date <= today and date.isoweekday() == wanted:
            return year
    return None


def _weekday_anchor(candidates: list[_Candidate], base: Anchor) -> Anchor | None:
    """The first day an article gives with its weekday but no year ("Selasa (28 Februari)"), in the
    year nearest the anchor its text states in which that day fell on that weekday. News dates its
    own events this way, so the day is the article's present."""
    for c in candidates:
        g = c.groups
        if c.rule not in ("weekday_numeric", "full_date") or "y" in g or "wd" not in g:
            continue
        month = int(g["m"]) if g["m"].isdigit() else _month(g["m"])
        year = _weekday_year(int(g["d"]), month, g["wd"], base.year) if 1 <= month <= 12 else None
        if year:
            day = dt.date(year, month, int(g["d"]))
            return Anchor(day.year, month, day.day, f"the year in which {day.day}/{month} was a {g['wd']}: {day.isoformat()}")
    return None


def _with_weekdays(base: Anchor, weekday: Anchor | None) -> Anchor:
    """The anchor a text without a publication date gets: its weekday-dated day when that is later
    than (or more precise than) what else it states."""
    if weekday is None:
        return base
    if base.date is None or weekday.date > base.date:
        return weekday
    return base


def _span_years(value: str) -> int:
    parts = value.split("/")
    return int(parts[-1][:4]) - int(parts[0][:4])


def _anchor_from(found: Found, why: str) -> Anchor:
    end = found.value.split("/")[-1]
    pieces = [int(x) for x in end.split("-")]
    year, month, day = (pieces + [None, None])[:3]
    return Anchor(year, month, day, f"{why} {end} ({found.text})")


# --- the extractor ------------------------------------------------------------------------

COUNTED_FROM_TEXT = ("later", "month_same_year", "same_year", "same_period", "that_period")  # resolved from earlier dates, not the anchor


@lru_cache(maxsize=1)
def _future_cue() -> re.Pattern:
    return re.compile(r"\b(?:" + _alt(_data()["future_cues"]) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _reported_verbs() -> frozenset[str]:
    return frozenset(w.casefold() for w in _data()["reported_future_verbs"])


_WORD_BEFORE = re.compile(r"(\w+)\s+$")


@lru_cache(maxsize=1)
def _past_cue() -> re.Pattern:
    return re.compile(r"\b(?:" + _alt(_data()["past_cues"]) + r")\b", re.IGNORECASE)


def speaks_of_future(sentence: str, at: int | None = None) -> bool:
    """The sentence has a future cue and no past cue. A cue that a verb of threatening or promising
    reports counts only for a date after it (`at`, an offset into the sentence): in "pada bulan Juli,
    pengadilan mengancam akan menutup pipa" July is when the threat was made."""
    if _past_cue().search(sentence):
        return False
    for cue in _future_cue().finditer(sentence):
        before = _WORD_BEFORE.search(sentence, max(0, cue.start() - 24), cue.start())
        if not (before and before.group(1).casefold() in _reported_verbs()) or (at is not None and at > cue.start()):
            return True
    return False


def extract_dates(text: str, regions: list[tuple[int, int]], published: str | None,
                  future_at: Callable[[int], bool] | None = None,
                  anchor_regions: list[tuple[int, int]] = ()) -> tuple[list[Found], Anchor | None]:
    """Date expressions in the text regions, and the anchor relative ones were resolved against.

    `future_at(offset)` tells whether the sentence at offset speaks of the future; by default
    the whole region is taken as the sentence. Dates in `anchor_regions` (photo captions) are not
    reported, but anchor the article when nothing in its text does.
    """
    if future_at is None:
        def future_at(offset: int) -> bool:
            start, end = next(((s, e) for s, e in regions if s <= offset < e), (0, len(text)))
            return speaks_of_future(text[start:end], offset - start)
    candidates = [c for start, end in regions for c in find_candidates(text, start, end)]
    absolute: dict[int, Found] = {}
    for index, cand in enumerate(candidates):
        resolved = _absolute(cand)
        if resolved:
            value, granularity, modifier = resolved
            # "pada Selasa (16/2/2021)" is how news dates its own event, even in a sentence about a goal
            future = future_at(cand.start) and cand.rule != "weekday_numeric"
            absolute[index] = Found(cand.start, cand.end, text[cand.start:cand.end], value, granularity, modifier,
                                    future=future, explicit_now="now" in cand.groups,
                                    since=bool(since_cue().search(text, max(0, cand.start - 60), cand.end)),
                                    event=cand.rule == "named_year")
    anchor = (choose_anchor(published, list(absolute.values())) or _caption_anchor(text, anchor_regions)
              or _event_anchor(list(absolute.values())))
    if anchor and not published:  # with no date at all, a weekday alone fixes no year worth trusting
        anchor = _with_weekdays(anchor, _weekday_anchor(candidates, anchor))
    results: list[Found] = []
    for index, cand in enumerate(candidates):
        if index in absolute:
            results.append(absolute[index])
            continue
        value, granularity, modifier = _relative(cand, _Context(anchor, results, cand.start, future_at(cand.start)))
        label = "the date named before" if cand.rule in COUNTED_FROM_TEXT else anchor.label if anchor else None
        results.append(Found(cand.start, cand.end, text[cand.start:cand.end], value, granularity, modifier,
                             relative=True, anchor=label if value else None))
    return results, anchor
