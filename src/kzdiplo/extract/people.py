"""People by their titles: "Presiden Kazakhstan Kassym-Jomart Tokayev", "Ketua Bali Tourism Board
Ida Bagus Agung", and a title after the name ("kata Muhammad Husen, Direktur Hulu Pertamina")."""
from __future__ import annotations

import re
from functools import lru_cache

from kzdiplo import datafiles, gazetteer
from kzdiplo.extract.entities import (
    Hit, accepts, alias_index, alternation, at_name_starts, fuzzy_entry, head_words, hit_for, name_starts, name_word,
    rules)
from kzdiplo.regexcache import compile_cached
from kzdiplo.textutil import fold


@lru_cache(maxsize=1)
def country_alias_codes() -> dict[str, str]:
    """Country and place aliases a title may name ("Presiden Vietnam", "Wali Kota Almaty") -> country code;
    not a place name that opens a known person's ("Presiden Nursultan Nazarbayev" names no city)."""
    first_names = {alias.split()[0] for e in gazetteer.entries() if e.type == "PERSON" for alias in e.aliases if " " in alias}
    codes = {alias: e.country for e in gazetteer.entries() if e.type == "LOC" and e.country for alias in e.aliases
             if alias not in first_names}
    codes.update({alias: e.code for e in gazetteer.entries() if e.type == "COUNTRY" for alias in e.aliases})
    return codes


def country_named_in(role: str) -> str | None:
    """The country a role names, by its longest country or place name ("Wakil Menteri Energi
    Kazakhstan" -> KZ, "Gubernur Wilayah Almaty" -> KZ), before any posting word: "Duta Besar Uni
    Eropa untuk Indonesia" serves no country."""
    codes, words = country_alias_codes(), role.split()
    posting = set(rules()["posting_words"])
    words = words[:next((i for i, w in enumerate(words) if w in posting), len(words))]
    spans = sorted(((i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)), key=lambda s: s[0] - s[1])
    return next((codes[" ".join(words[i:j])] for i, j in spans if " ".join(words[i:j]) in codes), None)


@lru_cache(maxsize=1)
def not_person_words() -> list[str]:
    """Stop words, titles' first words, words that continue a shorter title ("Utama" after
    "Direktur": "Direktur Utama PT Pertamina" names no "Utama"), and honorifics ("Dr")."""
    r = rules()
    return [*r["stop_words"], *r["not_person_words"], *(t.split()[0] for t in r["titles"]), *_title_continuations(),
            *(h.rstrip(".") for h in r["honorifics"] if h[0].isupper())]


@lru_cache(maxsize=1)
def person_word() -> str:
    """A word of a person's name, perhaps after an initial ("Erlan A. Idrissov", "M Fadjroel Rachman") or
    with an Arabic particle ("Riyad al-Maliki"); never one of not_person_words()."""
    stop = alternation(not_person_words())
    return rf"(?:[A-Z]\.?\s+)?(?!(?:{stop})\b)(?:(?:al|el|ad|ar|as|ash|ul)-)?[A-Z](?:[a-z'’]|[A-Z][a-z])[\w'’]*(?:-[A-Z][\w'’]*)*"


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names that open a person's name (data/given_names.yaml)."""
    return frozenset(name for names in datafiles.load("given_names.yaml")["given_names"].values() for name in names)


def _title_continuations() -> set[str]:
    """Words that turn one title into a longer one ("Utama" in "Direktur Utama"), but not portfolios,
    which are split off the name afterwards ("Wakil Menteri Perdagangan X")."""
    r = rules()
    titles, portfolio = set(r["titles"]), set(r["portfolio_words"])
    return {words[k] for t in titles for words in [t.split()] for k in range(1, len(words))
            if " ".join(words[:k]) in titles and words[k][0].isupper() and words[k] not in portfolio}


@lru_cache(maxsize=1)
def _appositive() -> tuple[re.Pattern, re.Pattern]:
    """A person named before the title, after a comma ("kata Muhammad Husen, Direktur Hulu Pertamina"):
    (the title and the capitalised words of its body, the name of two to four words that ends before it)."""
    title = compile_cached(rf"\b(?:{alternation(rules()['titles'])})(?![\w-])(?:\s+{name_word()}){{0,4}}")
    name = compile_cached(rf"(?<![\w-])({person_word()}(?:\s+{person_word()}){{1,3}}),\s+$")
    return title, name


APPOSITIVE_REACH = 60  # characters a name before ", Direktur ..." may take


@lru_cache(maxsize=1)
def title_regex() -> re.Pattern:
    r = rules()
    # titles as written, and in lower case after "mantan" ("Mantan presiden Indonesia, Susilo Bambang Yudhoyono")
    lower = alternation(t.lower() for t in r["titles"] if not t.isupper())
    title = f"(?:[Mm]antan\\s+(?:{alternation(r['titles'])}|{lower})|{alternation(r['titles'])})"
    titles = rf"{title}(?:\s+(?:(?:{alternation(r['title_joiners'])})\s+)?{title})*"  # "Juru Bicara Presiden", "... dan Menlu"
    # portfolios joined by "dan" or a comma ("Menteri Perindustrian dan Perdagangan"); one alone is split off later
    portfolio = rf"(?:{alternation(r['portfolio_words'])})(?:\s+(?:{alternation(r['portfolio_words'])}))*"
    titles = rf"{titles}(?:\s+{portfolio}(?:\s*,\s*{portfolio})*\s*,?\s+dan\s+{portfolio})?"
    country = rf"(?:Republik\s+)?(?:{alternation(country_alias_codes())})"
    posting = rf"(?P<posting>\s+(?P<country>{country})(?:\s+(?:{alternation(r['posting_words'])})\s+{country})?)"
    # portfolio words ("Perdagangan") are split off afterwards; "bin" joins Arabic names ("Soltan bin Saad Al-Muraikhi")
    name = rf"{person_word()}(?:\s+(?:(?:bin|binti|ibn)\s+)?{person_word()}){{0,7}}"
    return compile_cached(rf"\b(?P<title>{titles})(?:\s*\([A-Za-z]+\))?(?:{posting})?(?:\s*\([A-Za-z]+\))?\s*,?\s+"
                         rf"(?P<name>{name})(?:\s+dan\s+(?P<name2>{name}))?")


@lru_cache(maxsize=1)
def _title_body_name() -> re.Pattern:
    """A title, the body it belongs to, a comma, then the person between commas: "Ketua Umum Kadin
    Indonesia, Arsjad Rasjid, mengatakan", "Direktur Utama PT Pertamina (Persero), Nicke Widyawati,"."""
    word = r"(?:[A-Z][\w.&'’-]*|\([A-Z][\w ]{1,15}\))"
    body = rf"{word}(?:\s+(?:(?:dan|&|untuk)\s+)?{word}){{0,9}}"  # "Perwakilan Tinggi UE untuk Urusan Luar Negeri dan ..."
    person = rf"{person_word()}(?:\s+{person_word()}){{1,3}}"
    return compile_cached(rf"\b(?P<title>{alternation(rules()['titles'])})\s+(?P<body>{body}),\s+(?P<name>{person})(?=\s*[,.])")


def _names_a_body(body: str) -> bool:
    """The words hold a body or place: a known name, a head or tail word, or an acronym in parentheses."""
    tokens = body.replace("(", " ").replace(")", " ").split()
    known = _body_words()[1]
    return "(" in body or not _body_name_words().isdisjoint(tokens) or any(
        fold(" ".join(tokens[i:j])) in known for i in range(len(tokens)) for j in range(i + 1, len(tokens) + 1))


def _person(surface: str, start: int, known_only: bool = False) -> Hit | None:
    """The person named `surface`: a gazetteer entry, a close misspelling of one, or (unless
    `known_only`) a new person."""
    bare = re.sub(r"^[A-Z]\.?\s+|\s[A-Z]\.?(?=\s)", "", surface)  # without initials
    for entry_index, alias in alias_index().get(bare.lower(), ()):
        entry = gazetteer.entries()[entry_index]
        if entry.type == "PERSON" and accepts(bare, alias):
            return hit_for(entry_index, start, start + len(surface), "title")
    if fold(surface) in gazetteer.names_of_kind("COUNTRY") or fold(surface) in gazetteer.names_of_kind("LOC") \
            or fold(surface) in gazetteer.names_of_kind("ORG"):
        return None
    fuzzy = fuzzy_entry(surface, "PERSON")
    if fuzzy is not None:
        return hit_for(fuzzy, start, start + len(surface), "title")
    return None if known_only else Hit(start, start + len(surface), "PERSON", surface, source="title")


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
HEADLINE_MIN_WORDS, HEADLINE_MAX_CHARS = 4, 300
_CLOSING = frozenset('.!?"”')


def title_case(text: str, start: int, end: int) -> bool:
    """A headline in Title Case ("Mendag Bidik Rekor Tahun Depan"), where a capital proves no name:
    every word capitalised but the small words (entity_rules.yaml headline_small_words), and no
    full stop at the end as a sentence has."""
    if end - start > HEADLINE_MAX_CHARS:
        return False
    last = end
    while last > start and text[last - 1].isspace():
        last -= 1
    if last == start or text[last - 1] in _CLOSING:
        return False
    words = _WORD.findall(text, start, end)
    small = _headline_small_words()
    return len(words) >= HEADLINE_MIN_WORDS and all(w[0].isupper() or w.casefold() in small for w in words)


@lru_cache(maxsize=1)
def _headline_small_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in rules()["headline_small_words"])


def _split_portfolio(match: re.Match) -> tuple[str, int, str]:
    """Move portfolio words that the name group swallowed ("Menteri Perdagangan X") back into the title."""
    title, name, name_start = match["title"], match["name"], match.start("name")
    portfolio = set(rules()["portfolio_words"])
    tokens = name.split()
    while len(tokens) > 1 and tokens[0] in portfolio:
        first = tokens.pop(0)
        shift = name.index(first) + len(first)
        name_start += shift + (len(name[shift:]) - len(name[shift:].lstrip()))
        name = name[shift:].lstrip()
        title += " " + first
    return title, name_start, name


def _portfolio_after_body(name: str, name_start: int) -> tuple[str, str, int]:
    """("Bidang Hubungan Internasional", "Shinta Widjaja Kamdani", start): the portfolio words after a body
    ("Wakil Ketua Umum Kadin Bidang Hubungan Internasional Shinta Widjaja Kamdani") belong to the role."""
    portfolio = set(rules()["portfolio_words"])
    tokens = name.split()
    cut = next((i for i, token in enumerate(tokens) if token not in portfolio), len(tokens))
    if cut == 0 or cut == len(tokens):
        return "", name, name_start
    return _body_and_person(name, name_start, tokens, cut)


@lru_cache(maxsize=1)
def _body_words() -> tuple[frozenset[str], frozenset[str]]:
    """Head words of names, and the folded names of every body, country and place."""
    return head_words(), gazetteer.names_of_kind("ORG") | gazetteer.names_of_kind("COUNTRY") | gazetteer.names_of_kind("LOC")


def _split_body(name: str, name_start: int) -> tuple[str, str, int]:
    """("Dewan Direksi Kazatomprom", "Meirzhan Yussupov", start): a body named between the title and the
    person ("Ketua Dewan Direksi Kazatomprom Meirzhan Yussupov", "CEO Kazatomprom Meirzhan Yussupov")."""
    tokens = name.split()
    heads, known = _body_words()
    people = gazetteer.names_of_kind("PERSON")
    if fold(name) in people:
        return "", name, name_start  # "Nursultan Nazarbayev" holds a city's name, and is one person
    cut = None
    for i in range(len(tokens) - 1):
        if any(fold(" ".join(tokens[j:i + 1])) in known for j in range(i + 1)):
            cut = i + 1
    known_person = next((i for i in range(1, len(tokens)) if fold(" ".join(tokens[i:])) in people), None)
    if tokens[0] in heads and known_person is not None:
        cut = known_person  # "Ketua Senat Parlemen Republik Kassym-Jomart Tokayev"
    elif tokens[0] in heads and cut is None:  # "Rektor Universitas Al-Farabi Zhanseit Tuimebayev": a given name
        cut = next((i for i in range(1, len(tokens) - 1) if tokens[i] in given_names()), None)
    tail = max((i for i, token in enumerate(tokens[:-1]) if token in tail_words()), default=None)
    if tail is not None:
        return _body_and_person(name, name_start, tokens, tail + 1)  # "Ketua Bali Tourism Board Ida Bagus"
    if cut is None or (tokens[0] not in heads and cut > 1) or len(tokens) - cut < 1:
        return "", name, name_start
    return _body_and_person(name, name_start, tokens, cut)


def _body_and_person(name: str, name_start: int, tokens: list[str], cut: int) -> tuple[str, str, int]:
    body = " ".join(tokens[:cut])
    rest = name[name.index(tokens[cut - 1]) + len(tokens[cut - 1]):]
    person = rest.strip()
    return body, person, name_start + len(name) - len(rest) + (len(rest) - len(rest.lstrip()))


@lru_cache(maxsize=1)
def tail_words() -> frozenset[str]:
    return frozenset(t for tails in rules()["tails"].values() for t in tails)


@lru_cache(maxsize=1)
def _body_name_words() -> frozenset[str]:
    """Words that make a name a body's, not a person's: head words and English tail words."""
    return head_words() | tail_words()


def title_hits(text: str, start: int, end: int) -> list[Hit]:
    """People after a title ("Presiden Kazakhstan Kassym-Jomart Tokayev") or before one, after a comma.
    In a Title Case headline only people the gazetteer knows count."""
    known_only = title_case(text, start, end)
    hits = _body_comma_hits(text, start, end, known_only)
    taken = {hit.role_start for hit in hits}
    for match in at_name_starts(title_regex(), text, start, end):
        if match.start() in taken:
            continue
        title, name_start, name = _split_portfolio(match)
        if name.split()[0] in rules()["portfolio_words"]:
            continue
        role = " ".join(text[match.start():match.end("posting") if match["posting"] else match.end("title")].split())
        if title != match["title"]:
            role = " ".join(f"{title} {role[len(match['title']):]}".split()).strip()
        body, name, name_start = _split_body(name, name_start)
        portfolio, name, name_start = _portfolio_after_body(name, name_start) if body else ("", name, name_start)
        role = " ".join(filter(None, (role, body, portfolio)))
        country = country_alias_codes().get(" ".join(match["country"].split()).removeprefix("Republik ")) if match["country"] else None
        # "Presiden Nazarbayev dan Soeharto" share the title; after a full name ("Presiden Joko Widodo dan
        # Oleg Novitsky") the second person is someone else, with no role from it
        shared = title if len(name.split()) == 1 else None
        for surface, at, person_role in ((name, name_start, role), (match["name2"], match.start("name2"), shared)):
            if not surface or not _body_name_words().isdisjoint(surface.split()) or surface.split()[0] in rules()["portfolio_words"]:
                continue  # "Ketua Kazakhstan Halal Industry Association" names a body; "... dan Energi Terbarukan" a portfolio
            person = _person(surface, at, known_only)
            if person:
                person.role, person.role_start = person_role, match.start()
                person.country = country if surface == name and country else person.country
                hits.append(person)
    return hits + _appositive_hits(text, start, end, known_only)


def _body_comma_hits(text: str, start: int, end: int, known_only: bool) -> list[Hit]:
    hits = []
    for match in at_name_starts(_title_body_name(), text, start, end):
        if not _names_a_body(match["body"]):
            continue  # "Presiden Joko Widodo, Iriana Widodo, ..." is two people, not a title and a body
        person = _person(match["name"], match.start("name"), known_only)
        if person:
            person.role, person.role_start = " ".join(f"{match['title']} {match['body']}".split()), match.start()
            # "Menteri Luar Negeri Kazakhstan, X,": the country served, as after a title without the comma
            person.country = country_alias_codes().get(" ".join(match["body"].split()).removeprefix("Republik ")) or person.country
            hits.append(person)
    return hits


def _appositive_hits(text: str, start: int, end: int, known_only: bool) -> list[Hit]:
    title, name = _appositive()
    hits = []
    for at in name_starts(text, start, end)[0]:
        match = title.match(text, at, end) if text[max(start, at - 2):at] == ", " else None
        if match is None:
            continue
        lead = name.search(text, max(start, at - APPOSITIVE_REACH), at)
        if lead is None or not _body_name_words().isdisjoint(lead.group(1).split()):
            continue  # "Kementerian Luar Negeri, Menteri ..." names a body
        person = _person(lead.group(1), lead.start(1), known_only)
        if person:
            person.role, person.role_start = " ".join(match.group().split()), match.start()
            hits.append(person)
    return hits
