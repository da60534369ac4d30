"""People, countries, organisations, places and initiatives: gazetteer matches in one compiled
pass, names found by head words and person titles (data/entity_rules.yaml), and misspellings
resolved with rapidfuzz."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kzdiplo import datafiles, gazetteer
from kzdiplo.regexcache import compile_cached
from kzdiplo.textutil import fold, lowered, matches_at, trie_pattern, word_starts_pattern, written_small

NOT_NESTED_IN_NAMES = ("ORG", "LOC", "PERSON")  # what a longer ORG/LOC name swallows


@dataclass
class Hit:
    start: int
    end: int
    type: str
    name: str  # canonical name
    code: str | None = None
    country: str | None = None
    role: str | None = None
    source: str = "gazetteer"  # gazetteer | pattern (head word) | tail (tail word) | title | short | fuzzy
    role_start: int | None = None  # title hits: where the title before the name starts
    members: tuple[str, ...] = ()  # member countries of a bloc or region


@lru_cache(maxsize=1)
def rules() -> dict:
    return datafiles.load("entity_rules.yaml")


@lru_cache(maxsize=1)
def alias_index() -> dict[str, list[tuple[int, str]]]:
    """Lower-cased alias -> [(entry index, alias as written)]."""
    index: dict[str, list[tuple[int, str]]] = {}
    for number, entry in enumerate(gazetteer.entries()):
        for alias in entry.aliases:
            index.setdefault(alias.lower(), []).append((number, alias))
    return index


@lru_cache(maxsize=1)
def gazetteer_regex() -> re.Pattern:
    """Every alias in lower case, for the lower-cased text (IGNORECASE would scan several times slower)."""
    return compile_cached(lambda: rf"(?<![\w]){trie_pattern(alias_index())}(?![\w])", key="gazetteer")


def accepts(surface: str, alias: str) -> bool:
    """Exact case; ALL CAPS of a longer name (datelines); a name written with inner capitals also
    with an initial capital only ("Kaztransoil" for "KazTransOil"); any case for multi-word names,
    except a direction word after a country's name, whose capital makes a region's name."""
    if surface == alias:
        return True
    if surface.isupper() and len(alias) > 3 and surface == alias.upper():
        return True
    place, _, direction = alias.rpartition(" ")
    if direction in _direction_words() and surface.rpartition(" ")[2] != direction and fold(place) in gazetteer.names_of_kind("COUNTRY"):
        return False  # "Kazakhstan Utara" is the region; "Kazakhstan utara" is the north of the country
    if len(alias) > 4 and not alias.isupper() and alias != alias.capitalize() and surface == alias.capitalize():
        return True
    return (" " in alias or "-" in alias) and not alias.isupper() and surface.lower() == alias.lower()


@lru_cache(maxsize=1)
def _direction_words() -> frozenset[str]:
    return frozenset(rules()["direction_words"])


def hit_for(entry_index: int, start: int, end: int, source: str = "gazetteer") -> Hit:
    entry = gazetteer.entries()[entry_index]
    return Hit(start, end, entry.type, entry.name, entry.code, entry.country, None, source, members=entry.members)


_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s*|[\n\"“]\s*)$")


_CREDIT_LABEL = re.compile(r"(?:sumber|foto|dok)\s*:\s*$", re.IGNORECASE)


def _sentence_initial(text: str, start: int, floor: int) -> bool:
    """Whether a name opens a sentence (where "Antara lain" is a phrase); after "Sumber:" it is a credit."""
    if _CREDIT_LABEL.search(text, max(floor, start - 10), start):
        return False
    return bool(_SENTENCE_START.search(text[max(floor, start - 4):start])) or start == floor


@lru_cache(maxsize=1)
def _common_word_aliases() -> frozenset[str]:
    return frozenset(rules().get("common_word_aliases") or ())


def gazetteer_hits(text: str, start: int, end: int) -> list[Hit]:
    hits = []
    common = _common_word_aliases()
    for match in gazetteer_regex().finditer(lowered(text), start, end):
        first, last = match.span()
        surface = text[first:last]
        if surface in common and _sentence_initial(text, first, start):
            continue
        entry_index = _entry_for(surface)
        if entry_index is not None:
            hits.append(hit_for(entry_index, first, last))
    return hits


@lru_cache(maxsize=1 << 14)
def _entry_for(surface: str) -> int | None:
    """The gazetteer entry a surface form names as written (cached: articles repeat their names)."""
    return next((index for index, alias in alias_index().get(surface.lower(), ()) if accepts(surface, alias)), None)


# --- names by head words ---------------------------------------------------------------------

def alternation(items) -> str:
    """The words as one trie-shaped alternation (longest first, as a sorted one would be), spaces as \\s+."""
    return trie_pattern(set(items)).replace(r"\ ", r"\s+")


# A capitalised word of a name; "." only inside it ("Kabar24.com"), so a name never runs past a full stop.
# A "." followed by a capital and a small letter is a missing space after a full stop ("Tengah.Pertemuan").
_CAP = r"(?:[A-Z][\w'’&]*(?:\.(?![A-Z][a-z])[\w'’&]+)*(?:-[\w'’]+)*|\([A-Z][A-Za-z]{1,9}\))"


@lru_cache(maxsize=1)
def name_patterns() -> list[tuple[str, re.Pattern]]:
    """Head-word names ("Kementerian ..."): a head word, then capitalised words."""
    word = name_word()
    any_head = alternation(head_words())
    # "dan" joins two words of one name, not two names ("Kementerian X dan Kementerian Y")
    tail = rf"(?:\s+{word}|\s+(?:dan|&)\s+(?!(?:{any_head})\b){word})*"
    patterns = [(etype, compile_cached(rf"\b(?:{alternation(heads)})(?:\s+{word}){tail}")) for etype, heads in rules()["heads"].items()]
    # "Kedutaan Besar Republik Kazakhstan di Indonesia": a mission's name includes where it is posted
    posted = rf"\b(?:{alternation(rules()['posted_heads'])})(?:\s+{word})+\s+(?:{alternation(rules()['posting_words'])})\s+{word}(?:\s+{word})?"
    return patterns + [("ORG", compile_cached(posted))]


@lru_cache(maxsize=1)
def head_words() -> frozenset[str]:
    """Every head word that opens a name, whatever its entity type ("Kementerian", "Pelabuhan", "KTT")."""
    return frozenset(h for heads in rules()["heads"].values() for h in heads)


def name_word() -> str:
    """A capitalised word of a name, or an honorific with its full stop ("Rumah Sakit Dr. Soetomo")."""
    honorifics = alternation(h for h in rules()["honorifics"] if h.endswith(".") and h[0].isupper())
    kept = alternation(rules()["names_with_stop_words"])  # "Kementerian Dalam Negeri": "Dalam" is no stop here
    return rf"(?!(?!{kept})(?:{alternation(rules()['stop_words'])})\b)(?:(?:{honorifics})(?=\s+[A-Z])|{_CAP})"


MAX_WORDS_BEFORE_TAIL = 5


@lru_cache(maxsize=1)
def tail_patterns() -> list[tuple[str, re.Pattern, re.Pattern]]:
    """English-style names that end in a tail word ("Turkic Investment Fund"): (type, the tail words,
    the capitalised words that must end just before a tail). Searching for the tail first and looking
    back is several times faster than trying every capitalised word as a start."""
    word = name_word()
    # "St. Petersburg International Economic Forum": an abbreviated "Saint" may open the name
    before = compile_cached(rf"(?<!\S)((?:St\.\s+)?{word}(?:\s+{word}){{0,{MAX_WORDS_BEFORE_TAIL - 1}}})\s+$")
    return [(etype, re.compile(rf"\b(?:{alternation(tails)})\b"), before) for etype, tails in rules()["tails"].items()]


@lru_cache(maxsize=1)
def _name_start_pattern() -> re.Pattern:
    """Where a head-word name, a tail word or a title may begin: the first words of all of them, in
    one pass; each pattern is then tried only there (see textutil.matches_at)."""
    r = rules()
    words = [*head_words(), *r["posted_heads"], *(t for tails in r["tails"].values() for t in tails), *r["titles"],
             "Mantan", "mantan"]
    return compile_cached(word_starts_pattern({w.split()[0] for w in words}))


@lru_cache(maxsize=8)
def name_starts(text: str, start: int, end: int) -> tuple[list[int], list[tuple[int, int]]]:
    """(offsets where a name may begin, the region as the one stretch to search)."""
    return [m.start() for m in _name_start_pattern().finditer(text, start, end)], [(start, end)]


def at_name_starts(pattern: re.Pattern, text: str, start: int, end: int):
    starts, region = name_starts(text, start, end)
    return matches_at(pattern, text, region, starts)


def _tail_spans(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    spans = []
    for etype, tails, before in tail_patterns():
        for match in at_name_starts(tails, text, start, end):
            lead = before.search(text, max(start, match.start() - 40 * MAX_WORDS_BEFORE_TAIL), match.start())
            if lead:
                # an English name starts at its article: "Laporan The Jakarta Post" is "The Jakarta Post"
                the = lead.group(1).rfind("The ")
                first = lead.start(1) + the if the > 0 and lead.group(1)[the - 1].isspace() else lead.start(1)
                title = _leading_title().match(text, first, match.start())  # "Ketua Kazakhstan Halal Industry Association"
                first = _past_common_words(text, title.end() if title else first, match.start())
                first = _past_event_heads(text, first, match.start())
                spans.append((etype, first, match.end(), "tail"))
    return spans


def _past_common_words(text: str, first: int, tail_start: int) -> int:
    """Where the name starts after the common words opening its sentence ("Saham Cameco Corp")."""
    while (space := text.find(" ", first, tail_start)) > 0 and written_small(text, first, space):
        first = space + 1
    return first


def _past_event_heads(text: str, first: int, tail_start: int) -> int:
    """Where an English body's name starts after the event it holds ("Konferensi Indonesian Petroleum
    Association" is the association's conference): past the event words before it."""
    while (space := text.find(" ", first, tail_start)) > 0 and text[first:space] in _event_words():
        first = space + 1
    return first


@lru_cache(maxsize=1)
def _event_words() -> frozenset[str]:
    return frozenset(rules()["event_words"])


@lru_cache(maxsize=1)
def _leading_title() -> re.Pattern:
    return re.compile(rf"(?:{alternation(rules()['titles'])})\s+")


def _canonical_pattern_name(surface: str, etype: str) -> tuple[str, Hit | None]:
    """The surface tidied ("(FTA)" removed); a gazetteer entry if the tidied name is one of its aliases."""
    tidy = " ".join(re.sub(r"\s*\([A-Z][A-Za-z]{1,9}\)", "", surface).split())
    # the name itself, else its acronym in parentheses ("Kementerian Luar Negeri (Kemlu)")
    for key in (tidy, *re.findall(r"\(([A-Z][A-Za-z]{1,9})\)", surface)):
        for entry_index, alias in alias_index().get(key.lower(), ()):
            entry = gazetteer.entries()[entry_index]
            # an acronym names the whole only if none of its long forms is a part of the name
            # ("Majelis Umum Perserikatan Bangsa-Bangsa (PBB)" is not the United Nations)
            whole = key == tidy or alias == key and not any(a.lower() in tidy.lower() for a in entry.aliases if a != key)
            if entry.type == etype and whole:
                return tidy, hit_for(entry_index, 0, 0, "pattern")
    return tidy, None


@lru_cache(maxsize=1)
def _listed_portfolio() -> re.Pattern:
    """The rest of a name that lists its portfolios: ", Kebudayaan, Riset, dan Teknologi"."""
    any_head = alternation(head_words())
    # portfolios are plain capitalised words, never another body's head word or an acronym
    item = rf"(?!(?:{any_head})\b)(?![A-Z]{{2,}}\b){name_word()}"
    return re.compile(rf"(?:,\s+{item}){{1,6}},?\s+dan\s+{item}")


@lru_cache(maxsize=1)
def _domain_name() -> re.Pattern:
    return compile_cached(rules()["domain_name"])


def pattern_hits(text: str, start: int, end: int) -> list[Hit]:
    spans = [("ORG", m.start(), m.end(), "pattern") for m in _domain_name().finditer(text, start, end)]
    for etype, pattern in name_patterns():
        for m in at_name_starts(pattern, text, start, end):
            listed = _listed_portfolio().match(text, m.end(), end) if etype == "ORG" else None
            spans.append((etype, m.start(), listed.end() if listed else m.end(), "pattern"))
    hits = (span_hit(text, etype, first, last, source) for etype, first, last, source in spans + _tail_spans(text, start, end))
    return [hit for hit in hits if hit is not None]


def span_hit(text: str, etype: str, first: int, last: int, source: str = "pattern") -> Hit | None:
    """The hit for a name found at text[first:last]: its gazetteer entry if it has one. A closing
    ordinal ("... Ekonomi Pertama") is left out."""
    surface = text[first:last].rstrip(".,")
    head, _, last_word = surface.rpartition(" ")
    if etype in ("ORG", "INITIATIVE") and last_word in rules()["ordinal_words"] and len(head.split()) >= 2:
        surface = head.rstrip()
    name, known = _canonical_pattern_name(surface, etype)
    if not known and name in head_words():
        return None  # "Forum (SPIEF)" with its acronym taken off names nothing
    stop = first + len(surface)
    if known:
        return Hit(first, stop, known.type, known.name, known.code, known.country, None, source, members=known.members)
    return Hit(first, stop, etype, name, source=source)


# --- misspellings ----------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _fuzzy_choices() -> dict[str, list[tuple[str, int]]]:
    """Entity type -> [(alias, entry index)] of aliases long enough to compare safely."""
    minimum = rules()["fuzzy"]["min_length"]
    out: dict[str, list[tuple[str, int]]] = {}
    for number, entry in enumerate(gazetteer.entries()):
        for alias in entry.aliases:
            if len(alias) >= minimum and not alias.isupper():
                out.setdefault(entry.type, []).append((alias, number))
    return out


@lru_cache(maxsize=4096)
def fuzzy_entry(surface: str, etype: str | None = None) -> int | None:
    """Gazetteer entry a misspelt name stands for, if one is close enough; else None."""
    from rapidfuzz import fuzz, process

    settings = rules()["fuzzy"]
    if len(surface) < settings["min_length"]:
        return None
    key = surface.replace("-", " ")
    types = [etype] if etype else ["COUNTRY", "PERSON", "LOC"]
    best = None
    for kind in types:
        entry_numbers, aliases = _fuzzy_bucket(kind, surface[0].lower())
        found = process.extractOne(key, aliases, scorer=fuzz.ratio, score_cutoff=settings["min_score"])
        if found and _derived(key, found[0]):
            continue
        if found and (best is None or found[1] > best[1]):
            best = (entry_numbers[found[2]], found[1])
    return best[0] if best else None


@lru_cache(maxsize=None)
def _fuzzy_bucket(etype: str, initial: str) -> tuple[list[int], list[str]]:
    """(entry numbers, aliases with hyphens as spaces) of one type whose aliases begin with `initial`:
    a misspelling rarely gets the first letter wrong, and the lists are built once, not per name."""
    choices = [(alias, number) for alias, number in _fuzzy_choices().get(etype, ()) if alias[0].lower() == initial]
    return [number for _, number in choices], [alias.replace("-", " ") for alias, _ in choices]


def _derived(word: str, alias: str) -> bool:
    """"Pakistani", "Tiongkoknya": a name plus an ending (a listed suffix, or two or more letters) is a
    derived word, not a misspelling of the name; typos rarely add letters at the end."""
    rest = word[len(alias):] if word.lower().startswith(alias.lower()) else None
    return rest is not None and (len(rest) >= 2 or rest.lower() in rules()["fuzzy"]["derivation_suffixes"])


# "[A-Z](?<!\w[A-Z])" is "\b[A-Z]" written to open with a character class, which scans twice as fast
_CANDIDATE = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+(?:[ -][A-Z][a-z]+){0,2}\b")


def fuzzy_hits(text: str, start: int, end: int, covered) -> list[Hit]:
    """Misspelt names among capitalised words that no other rule took (`covered` is a Coverage)."""
    hits = []
    for match in _CANDIDATE.finditer(text, start, end):
        if covered.overlaps(match.start(), match.end()):
            continue
        entry_index = fuzzy_entry(match.group())
        if entry_index is not None:
            hits.append(hit_for(entry_index, match.start(), match.end(), "fuzzy"))
    return hits
