"""Money, percentages, multipliers and counts in Indonesian notation, with what each is about.

Quantities are found by a few patterns built from data/numbers.yaml and data/currencies.yaml;
their qualifier, status, metric, period and countries come from cue words (data/figures.yaml)
and from the dates and country mentions of the same sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from typing import Callable

from kzdiplo import datafiles
from kzdiplo.extract.numbers import (
    magnitude,
    number_word_pattern,
    parse_numeral,
    parse_words,
    words,
)
from kzdiplo.regexcache import compile_cached
from kzdiplo.textutil import (
    Coverage,
    lowered,
    matches_at,
    trie_pattern,
    trigger_windows,
)

NUMERAL = r"\d+(?:[.,]\d+)*"


@dataclass
class Quantity:
    start: int
    end: int
    kind: str  # money | percent | multiplier | count
    value: Decimal
    unit: str
    qualifier: str | None = None
    converts: int | None = None  # index of the quantity this one converts


@lru_cache(maxsize=1)
def cues() -> dict:
    return datafiles.load("figures.yaml")


@lru_cache(maxsize=1)
def currency_head() -> re.Pattern:
    """The currency word that ends a text just before a country name ("dolar " before "AS")."""
    heads = {name.split()[0] for entry in datafiles.load("currencies.yaml")["currencies"]
             for name in entry["after"] if len(name.split()) > 1}
    return re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, heads), key=len, reverse=True)) + r")\s+$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def currencies() -> tuple[dict[str, str], dict[str, str]]:
    """(symbol written before -> code, casefolded name written after -> code)."""
    before, after = {}, {}
    for item in datafiles.load("currencies.yaml")["currencies"]:
        for symbol in item.get("before") or []:
            before.setdefault(symbol, item["code"])
        for name in item.get("after") or []:
            after.setdefault(" ".join(name.casefold().split()), item["code"])
    return before, after


RANGE_WORD = r"(?:\s*[-–]\s*|\s+(?i:sampai|hingga|s/d)\s+)"
APPROX_AN = r"(?P<an>(?<=[a-z])an|-an|\s?an)?(?![\w-])"  # "ribuan", "2000-an", "2000 an"


def _alt(items, flags: str = "") -> str:
    body = "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in sorted(items, key=len, reverse=True))
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    before, after = currencies()
    letters = "|".join(words()["magnitude_letters"])
    mag = rf"(?:{_alt(words()['magnitudes'], 'i')}|(?:{letters}))(?![\w])"
    spelled = rf"(?i:{number_word_pattern()})"
    # "satu setengah" (one and a half) before the bare number words, which would stop at "satu"
    num = rf"(?:{NUMERAL}|{spelled}\s+(?i:setengah)|{_alt(words()['fractions'], 'i')}|{spelled})"
    word_before = r"(?<![\w$€£¥₸₽₩₹₱.,])"
    return {
        # "US$14–15 miliar": a range shares the currency and the magnitude
        "money_before": compile_cached(rf"(?P<cur>{_alt(before)})\s?(?P<num>{NUMERAL})(?:{RANGE_WORD}(?P<high>{NUMERAL}))?"
                                       rf"(?:\s?(?P<mag>{mag}))?"),
        "money_after": compile_cached(rf"{word_before}(?P<num>{num})(?:\s+(?P<mag>{mag}))?\s*(?P<cur>{_alt(after, 'i')})(?![\w])"),
        "percent_range": compile_cached(rf"{word_before}(?P<a>{NUMERAL}){RANGE_WORD}(?P<b>{NUMERAL})\s?"
                                        rf"(?P<unit>%|(?i:persen|per\s+sen|percent))(?![\w])"),
        "percent": compile_cached(rf"{word_before}(?P<num>{num})\s?(?P<unit>%|(?i:persen|per\s+sen|percent))(?![\w])"),
        "multiplier": compile_cached(rf"{word_before}(?P<num>{num})\s+(?i:kali\s+lipat)(?![\w])"),
        # "naik 14 kali": a multiplier only after a word of change (see _bare_multiplier)
        "multiplier_bare": compile_cached(rf"{word_before}(?P<num>{num})\s+(?i:kali)(?!\s+(?i:lipat)\b)(?![\w])"),
        "count_of": compile_cached(rf"{word_before}(?P<a>{NUMERAL}|{spelled})\s+(?i:dari)\s+(?:(?i:setiap|tiap)\s+)?(?P<b>{NUMERAL}|{spelled})\s+(?P<noun>[a-z][\w-]*)"),
        # the noun is only looked ahead: a scan goes on after the number ("dua perak dan satu perunggu")
        # "2000-an orang", "10 ribuan wisatawan": the suffix -an makes a round number approximate
        "count": compile_cached(rf"{word_before}(?P<num>{num})(?:\s+(?P<mag>{_alt(['ribu', 'juta', 'miliar', 'milyar', 'triliun'], 'i')}))?{APPROX_AN}(?=\s+(?P<noun>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){{0,3}}))"),
        # "10-12 juta ton", "2-3 miliar dolar AS": the low end of a range, up to the high end's number
        # ... and "naik dari 60 menjadi 120 tenge": the start of a change takes the unit of its end
        "range": compile_cached(rf"{word_before}(?P<a>{NUMERAL})(?:{RANGE_WORD}|(?P<change>\s+(?i:menjadi|ke)\s+))(?=\d)"
                                rf"|{word_before}(?P<aw>{spelled}){RANGE_WORD}(?={spelled}\b)"),  # "dua hingga lima aset"
        "share": compile_cached(rf"{word_before}(?P<num>{_alt(words()['fractions'], 'i')})(?=\s+(?i:dari)\b)"),
        # "jumlah wisatawan asing menjadi 4 juta pada 2030": a bare number whose noun was named before it
        "count_named_before": compile_cached(rf"{word_before}(?P<num>{NUMERAL}|{spelled})(?:\s+(?P<mag>{_alt(['ribu', 'juta', 'miliar', 'milyar', 'triliun'], 'i')}))?{APPROX_AN}"
                                             rf"(?=\s*(?:[,.;)]|$)|\s+(?i:dan|pada|di|atau|serta|sedangkan|sementara|untuk|setiap|tiap|per)\b)"),
        "vague": compile_cached(rf"(?<![\w])(?P<num>{_alt(words()['vague'], 'i')})\s+(?P<noun>[a-z][\w-]*)"),
    }


def parse_amount(num: str, mag: str | None = None, *, english: bool = False) -> Decimal | None:
    """Exact value of a numeral or number word with an optional magnitude ("174,2", "juta")."""
    fractions = {k.casefold(): v for k, v in words()["fractions"].items()}
    key = " ".join(num.casefold().split())
    if key in fractions:
        value = Decimal(fractions[key])
    elif key.endswith(" setengah"):
        whole = parse_words(key.removesuffix(" setengah"))
        value = whole + Decimal("0.5") if whole is not None else None
    elif num[0].isdigit():
        value = parse_numeral(num, english=english)
    else:
        value = parse_words(num)
    if value is None:
        return None
    scale = magnitude(" ".join(mag.split())) if mag else 1
    return value * scale if scale else None


def _money(match: re.Match, text: str) -> Quantity | None:
    before, after = currencies()
    cur = match["cur"]
    code = before.get(cur) or after.get(" ".join(cur.casefold().split()))
    english = bool(re.fullmatch(r"\d+\.\d{1,2}", match["num"])) and code != "IDR"
    value = parse_amount(match["num"], match["mag"], english=english)
    if value is None or code is None:
        return None
    high = match.groupdict().get("high")
    if high:
        top = parse_amount(high, match["mag"], english=english)
        if top is None or top <= value:
            return None
        return [Quantity(match.start(), match.end("num"), "money", value, code),
                Quantity(match.start("high"), match.end(), "money", top, code)]
    return Quantity(match.start(), match.end(), "money", value, code)


def _simple(kind: str, unit: str) -> Callable[[re.Match, str], Quantity | None]:
    def make(match: re.Match, text: str) -> Quantity | None:
        value = parse_amount(match["num"])
        return Quantity(match.start(), match.end(), kind, value, unit) if value is not None else None
    return make


@lru_cache(maxsize=None)
def _folded_cues(key: str) -> frozenset[str]:
    """A word list of figures.yaml, case-folded, for look-ups once per number rather than a scan."""
    return frozenset(w.casefold() for w in cues()[key])


def _noun(words_after: str) -> str | None:
    """The counted noun from the words after a number, or None if they do not name one."""
    data = cues()
    tokens = words_after.split()
    first = tokens[0].casefold()
    if first in _folded_cues("not_nouns") or first in _folded_cues("time_nouns"):
        return None
    if magnitude(tokens[0].rstrip(".,;:()")) is not None:
        return None  # "600 juta (2022)": an amount whose currency was named before, not 600 "juta"
    if first in data["classifiers"] and len(tokens) > 1 and tokens[1].casefold() not in _folded_cues("not_nouns"):
        return " ".join(tokens[:2])
    if tokens[0][0].isupper():  # a name: "lima Institut Konfusius"
        return " ".join(_take_capitalised(tokens))
    return tokens[0]


def _take_capitalised(tokens: list[str]) -> list[str]:
    out = []
    for token in tokens:
        if not token[0].isupper():
            break
        out.append(token.rstrip(".,;:"))
    return out


def _count(match: re.Match, text: str) -> Quantity | None:
    num = match["num"]
    if _currency_before().search(text, max(0, match.start() - 6), match.start()):
        return None  # "Rp 42,24 triliun digunakan" is money
    if not num[0].isdigit() and not _word_count_ok(num, match["noun"], text, match.start()):
        return None
    noun = _noun(match["noun"])
    value = parse_amount(num, match["mag"])
    if noun is None or value is None:
        return None
    if value < 1:  # "seperempat produksi dunia": a share, not a count
        return Quantity(match.start("num"), match.end("num"), "percent", value * 100, "percent")
    end = match.start("noun") + match["noun"].find(noun.split()[-1]) + len(noun.split()[-1])
    return Quantity(match.start(), end, "count", value, noun, qualifier="approx" if match["an"] else None)


def _word_count_ok(num: str, words_after: str, text: str, start: int) -> bool:
    data = cues()
    first = words_after.split()[0].casefold()
    if first in data["idiom_after"]:
        return False
    if num.casefold() in ("satu", "dua") and first in data["anaphoric_nouns"]:
        return False
    before = text[max(0, start - 7):start].casefold()
    return not before.endswith(("salah ", "-")) and not text[start + len(num):start + len(num) + 1] == "-"


# "ratusan perusahaan" states no quantity (like "beberapa"): it is read so that no other rule finds
# a figure inside it ("ribu wisatawan" in "ratusan ribu wisatawan"), then left out.
VAGUE = "vague"


def _vague(match: re.Match, text: str) -> Quantity | None:
    noun = _noun(match["noun"])
    if noun is None:
        return None
    value = Decimal(words()["vague"][" ".join(match["num"].casefold().split())])
    return Quantity(match.start(), match.end(), VAGUE, value, noun, qualifier="approx")


def _share(match: re.Match, text: str) -> Quantity | None:
    """"seperlima dari total perdagangan" is 20 percent."""
    value = parse_amount(match["num"])
    return Quantity(match.start(), match.end(), "percent", value * 100, "percent") if value is not None else None


def _percent_range(match: re.Match, text: str) -> list[Quantity]:
    """"20-30 persen" gives two percentages, 20 and 30."""
    low, high = parse_numeral(match["a"]), parse_numeral(match["b"])
    if low is None or high is None or low >= high:
        return []
    return [Quantity(match.start("a"), match.end("a"), "percent", low, "percent"),
            Quantity(match.start("b"), match.end(), "percent", high, "percent")]


@lru_cache(maxsize=1)
def _currency_before() -> re.Pattern:
    return re.compile(rf"(?<![\w$])(?:{_alt(currencies()[0])})\s?$")


RANGE_ENDS = ("money_after", "percent", "multiplier", "count")


def _range(match: re.Match, text: str) -> list[Quantity]:
    """The low end of "10-12 juta ton" takes the magnitude and unit of the high end: 10 million tonnes.
    A range rises; a change ("dari 120 menjadi 60 tenge") may fall, and must start with "dari"."""
    rising = not match["change"]
    if not rising and not _FROM_BEFORE.search(text, max(0, match.start() - 6), match.start()):
        return []
    for name in RANGE_ENDS:
        end = patterns()[name].match(text, match.end())
        high = BUILDERS[name](end, text) if end else None
        if high is None or name == "count" and high.kind == "percent":
            continue  # "seperempat produksi": a share, not the end of a range
        low_group = "a" if match["a"] else "aw"
        low = parse_amount(match[low_group], end.groupdict().get("mag"))
        if low is None or rising and low >= high.value:
            return []
        return [Quantity(match.start(low_group), match.end(low_group), high.kind, low, high.unit), high]
    return []


_FROM_BEFORE = re.compile(r"\bdari\s+$", re.IGNORECASE)


def _count_of(match: re.Match, text: str) -> list[Quantity]:
    noun = _noun(match["noun"])
    a, b = parse_amount(match["a"]), parse_amount(match["b"])
    if noun is None or a is None or b is None:
        return []
    return [Quantity(match.start(), match.end(), "count", a, noun),
            Quantity(match.start("b"), match.end(), "count", b, noun)]


@lru_cache(maxsize=1)
def _change_before() -> re.Pattern:
    """A word of change (figures.yaml growth_cues) ending shortly before a number: "naik", "meningkat" ..."""
    from kzdiplo.extract.context import _phrases  # context imports this module: only at first use

    return re.compile(rf"(?<![\w-])(?:{_phrases('growth_cues')})\s+(?:(?:sekitar|hampir|lebih\s+dari|hingga|sampai)\s+)?$",
                      re.IGNORECASE)


_COMPARED_AFTER = re.compile(r"\s+(?:lebih|kurang)\s+[a-z]+", re.IGNORECASE)  # "empat kali lebih murah"


def _bare_multiplier(match: re.Match, text: str) -> Quantity | None:
    """"GDP per kapita naik 14 kali" is 14 x, and so is "empat kali lebih murah"; "bertemu 14 kali"
    counts meetings and is left out."""
    if not (_change_before().search(text, max(0, match.start() - 30), match.start()) or _COMPARED_AFTER.match(text, match.end())):
        return None
    value = parse_amount(match["num"])
    return Quantity(match.start(), match.end(), "multiplier", value, "x") if value is not None else None


def _count_named_before(match: re.Match, text: str) -> Quantity | None:
    """"jumlah wisatawan asing menjadi 4 juta": the noun named just before. A number made approximate
    by -an is a figure whatever stands between ("jumlah kunjungan wisatawan ... mencapai angka 10
    ribuan"): its noun is the one "jumlah" names earlier in the sentence."""
    if match["an"]:
        lead = _named_earlier().search(text, max(0, match.start() - SENTENCE_REACH), match.start())
    else:
        lead = _named_before().search(text, max(0, match.start() - NAMED_BEFORE_REACH), match.start())
    value = parse_amount(match["num"], match["mag"]) if lead else None
    if value is None or _currency_before().search(text, max(0, match.start() - 6), match.start()):
        return None
    noun = " ".join(w for w in lead["noun"].split() if w.casefold() not in _folded_cues("not_nouns"))
    return Quantity(match.start(), match.end(), "count", value, noun, qualifier="approx" if match["an"] else None)


SENTENCE_REACH = 200  # characters back to a "jumlah <noun>" that an approximate number refers to


@lru_cache(maxsize=1)
def _named_earlier() -> re.Pattern:
    """The last "jumlah <noun>" with no full stop after it."""
    return re.compile(r"\b(?i:jumlah)\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\b(?=[^.!?]*$)")


NAMED_BEFORE_REACH = 80  # characters: "jumlah <noun> <link word>" right before the number


@lru_cache(maxsize=1)
def _named_before() -> re.Pattern:
    links = _alt(cues()["count_links"], "i")
    return re.compile(rf"\b(?i:jumlah)\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?)\s+(?:(?:{links})\s+)+$")


BUILDERS: dict[str, Callable] = {
    "percent_range": _percent_range, "share": _share, "money_before": _money, "money_after": _money, "percent": _simple("percent", "percent"),
    "multiplier": _simple("multiplier", "x"), "multiplier_bare": _bare_multiplier, "count": _count, "vague": _vague, "count_of": _count_of,
    "range": _range, "count_named_before": _count_named_before,
}


def _blocked(text: str, start: int, unit_after: bool = False) -> bool:
    """A number right after "ke-", "pukul", "Pasal" ... is a label, ordinal or time. With a currency
    or "persen" after it, "ke" is "to" ("naik dari 34 juta ke 64 juta dolar AS")."""
    before = text[max(0, start - 12):start]
    if before.endswith("ke-") or _GLUED.search(before):
        return True
    last = _LAST_WORD.search(before)
    word = last.group(1).casefold() if last else None
    return word in _not_figure_before() and not (unit_after and word == "ke")


UNIT_AFTER = frozenset({"money_after", "percent", "percent_range", "multiplier"})  # patterns whose unit follows the number


_GLUED = re.compile(r"[\w/-]$")
_LAST_WORD = re.compile(r"(\S+)\s+$")


@lru_cache(maxsize=1)
def _not_figure_before() -> frozenset[str]:
    return frozenset(w.casefold() for w in cues()["not_figure_before"])


REACH = 96  # characters a quantity reaches from its number: currency names after it, counted nouns of four words


@lru_cache(maxsize=1)
def _number_word() -> re.Pattern:
    """The first word of any number word, in lower case: with a digit, what every figure pattern needs."""
    data = words()
    spelled = {*data["digits"], *data["specials"], *data["scales"], *data["fractions"], *data["vague"]}
    return re.compile(rf"\b(?:{trie_pattern({w.split()[0].lower() for w in spelled})})")


_DIGITS = re.compile(r"\d+")


def _number_triggers(text: str, start: int, end: int) -> list[tuple[int, int, tuple]]:
    """Digit runs in the text and number words in its lower-cased copy, in text order."""
    found = [(m.start(), m.end(), ()) for m in _DIGITS.finditer(text, start, end)]
    found += [(m.start(), m.end(), ()) for m in _number_word().finditer(lowered(text), start, end)]
    found.sort(key=lambda t: t[0])
    return found


# Patterns that may start before their number ("US$ 5"); every other one starts at a digit run or a number word.
SCANNED = frozenset({"money_before"})


def find_quantities(text: str, start: int, end: int, taken: list[tuple[int, int]] | Coverage) -> list[Quantity]:
    """Quantities in text[start:end] outside the `taken` spans (dates, names), longest first. `taken`
    may be a Coverage of the whole text, shared by the calls for each of its paragraphs."""
    found: list[Quantity] = []
    triggers = _number_triggers(text, start, end)
    stretches = trigger_windows(text, start, end, triggers, REACH)
    starts = sorted({first for first, _, _ in triggers})
    for name, pattern in patterns().items():
        if name in SCANNED:
            matches = (m for lo, hi, _ in stretches for m in pattern.finditer(text, lo, hi))
        else:
            matches = matches_at(pattern, text, stretches, starts)
        for match in matches:
            if name != "money_before" and _blocked(text, match.start(), name in UNIT_AFTER):  # "ke US$600 juta" is no ordinal
                continue
            made = BUILDERS[name](match, text)
            made = made if isinstance(made, list) else [made]
            found += [q for q in made if q is not None]
    chosen: list[Quantity] = []
    blocked = taken if isinstance(taken, Coverage) else Coverage(len(text), taken)
    for q in sorted(found, key=lambda q: (-(q.end - q.start), q.start)):
        if not blocked.overlaps(q.start, q.end):
            chosen.append(q)
            blocked.mark(q.start, q.end)
    chosen = _merge_count_of([q for q in chosen if q.kind != VAGUE], found)
    return sorted(chosen, key=lambda q: q.start)


def _merge_count_of(chosen: list[Quantity], found: list[Quantity]) -> list[Quantity]:
    """"26 dari 45 proyek" gives two counts whose spans nest; keep both."""
    ends = {(c.end, c.unit): c.start for c in chosen if c.kind == "count"}
    extra: dict[tuple, Quantity] = {}
    for q in found:
        if q.kind == "count" and ends.get((q.end, q.unit), q.start) < q.start:
            extra.setdefault((q.start, q.end, q.value), q)
    return chosen + list(extra.values())


# --- qualifiers and conversions ------------------------------------------------------------

@lru_cache(maxsize=1)
def _qualifier_patterns() -> tuple[list[tuple[str, re.Pattern]], list[tuple[str, re.Pattern]]]:
    data = cues()
    before = [(q, re.compile(rf"(?:^|[\s(]){_alt(words_, 'i')}\s*$")) for q, words_ in data["qualifiers_before"].items()]
    after = [(q, re.compile(rf"^\s+{_alt(words_, 'i')}(?![\w])")) for q, words_ in data["qualifiers_after"].items()]
    return before, after


# "lebih cepat", "lebih dari" after a figure compare; only a bare "... lebih" hedges it.
_COMPARATIVE = re.compile(r"\s+lebih\s+(?:dari|daripada|cepat|lambat|tinggi|rendah|besar|kecil|baik|banyak|awal|lanjut|jauh|luas|kuat|mudah|sulit|murah|mahal|sedikit)\b", re.IGNORECASE)


def qualify(text: str, q: Quantity, floor: int) -> Quantity:
    if q.qualifier:
        return q
    before_pats, after_pats = _qualifier_patterns()
    before = text[max(floor, q.start - 25):q.start]
    for qualifier, pattern in before_pats:
        if pattern.search(before):
            return replace(q, qualifier=qualifier)
    after = text[q.end:q.end + 30]
    for qualifier, pattern in after_pats:
        if pattern.match(after) and not _COMPARATIVE.match(after):
            return replace(q, qualifier=qualifier)
    return q


@lru_cache(maxsize=1)
def _conversion_gap() -> re.Pattern:
    """What stands between an amount and its restatement: "atau sekitar", "(", "setara dengan"."""
    return re.compile(rf"\s*{_alt(cues()['conversion_joiners'], 'i')}?\s*(?:sekitar\s+|kira-kira\s+)?$")


def link_conversions(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Mark a money amount that restates the one just before it in another currency."""
    gap = _conversion_gap()
    out = list(quantities)
    for index in range(1, len(out)):
        prev, cur = out[index - 1], out[index]
        if prev.kind == cur.kind == "money" and prev.unit != cur.unit and cur.start - prev.end < 40:
            between = text[prev.end:cur.start]
            if between.strip() and gap.fullmatch(between) or between.strip() in ("(", "/"):
                out[index] = replace(cur, converts=index - 1)
    return out
