"""People named without a title: a run of two to four capitalised words is a person's name when it
opens with a given name ("Oleg Novitsky", "Muhammad Zulfi Annur"), ends in a surname ending
("Zhanseit Tuimebayev"), or stands where Indonesian news names a speaker ("Junaidi Firdaus
mengatakan", "yakni Diana Kamila dan ..."). The words and endings are data (given_names.yaml,
entity_rules.yaml); a run that holds a known name or a head word of a body is no person."""
from __future__ import annotations

import re
from functools import lru_cache

from kzdiplo import datafiles, gazetteer
from kzdiplo.extract.entities import Hit, alternation, head_words, rules
from kzdiplo.extract.people import country_named_in, given_names, not_person_words, tail_words
from kzdiplo.layout import layout
from kzdiplo.textutil import fold, written_small

MAX_WORDS = 4


# A capitalised word that may be part of a name, perhaps after an initial; the words that may not
# (stop words, titles) are told apart in Python (_segments), which is much cheaper than in the pattern.
_NAME_WORD = r"(?:[A-Z]\.?\s+)?[A-Z](?:[a-z'’]|[A-Z][a-z])[\w'’]*(?:-[A-Z][\w'’]*)*"
# the first word is written to open with its capital, so the regex engine skips to capitals at once:
# "[A-Z](?<![\w-][A-Z])" is a capital with no word character or hyphen before it
_FIRST_NAME_WORD = r"[A-Z](?<![\w-][A-Z])(?:\.?\s+[A-Z])?(?:[a-z'’]|[A-Z][a-z])[\w'’]*(?:-[A-Z][\w'’]*)*"
_NAME_RUNS = re.compile(rf"{_FIRST_NAME_WORD}(?:\s+{_NAME_WORD})+(?![\w-])")


def _name_runs() -> re.Pattern:
    """Runs of capitalised words."""
    return _NAME_RUNS


@lru_cache(maxsize=1)
def _surname() -> re.Pattern:
    endings = datafiles.load("given_names.yaml")["surname_endings"]
    # at least four letters before the ending: "Kirov" and "Kiev" stay places, "Lavrov" is a surname
    return re.compile(rf"[A-Z][a-z]{{3,}}(?:{alternation(endings)})$")


@lru_cache(maxsize=1)
def _speaker_cues() -> tuple[re.Pattern, re.Pattern]:
    """(a cue just before a name, a speech verb just after one)."""
    r = rules()
    before = [*r["speaker_cues_before"], *layout().quote_verbs]
    return (re.compile(rf"(?<![\w-])(?:{alternation(before)})\s+$"),
            re.compile(rf"(?<!\s)\s+(?:{alternation(r['speaker_verbs_after'])})\b"))


@lru_cache(maxsize=1)
def _not_in_names() -> frozenset[str]:
    """Words that make a run a body, a place or a title: head and tail words, and known names (folded)."""
    kinds = ("COUNTRY", "LOC", "ORG", "INITIATIVE")
    return head_words() | tail_words() | frozenset().union(*(gazetteer.names_of_kind(k) for k in kinds))


@lru_cache(maxsize=1)
def _never_in_names() -> frozenset[str]:
    """Words that never stand in a person's name: the words person_word() refuses, and the words of
    portfolios ("Urusan Luar Negeri dan Kebijakan Keamanan" lists no people)."""
    return frozenset([*not_person_words(), *rules()["portfolio_words"]])


def bare_name_hits(text: str, start: int, end: int, people: list[tuple[int, int]] = ()) -> list[Hit]:
    """People named by the shape of their name or by a speaker cue, in text order. A run joined by a
    comma or "dan" to a person's name (one of these or of `people`, the spans of people found
    otherwise) names a person too ("seperti Gulmira Tassygozhina dan Bagdaulet Zhylzhas")."""
    segments = [words for match in _name_runs().finditer(text, start, end) for words in _segments(text, match)]
    spans = [_person_span(text, words, start) for words in segments]
    # a name after an honorific is whole ("Prof. Dr. I Made Sudarsana"): it replaces a shorter find
    honoured = _honorific_spans(text, start, end)
    spans = [None if span and any(_overlaps(span, h) for h in honoured) else span for span in spans] + honoured
    segments += [[span] for span in honoured]
    ends = {b for _, b in people} | {span[1] for span in spans if span}
    starts = {a for a, _ in people} | {span[0] for span in spans if span}
    # one pass each way carries a list along in both directions
    for index in [*range(len(segments)), *reversed(range(len(segments)))]:
        if spans[index] is None and _joined(text, segments[index], ends, starts):
            spans[index] = _trimmed(text, segments[index])
            if spans[index]:
                starts.add(spans[index][0])
                ends.add(spans[index][1])
    return [_with_role(text, Hit(a, b, "PERSON", text[a:b], source="bare"), start) for a, b in filter(None, spans)]


@lru_cache(maxsize=1)
def _honorific_names() -> re.Pattern:
    # no lookbehind before the honorifics: a pattern that opens with letters scans text much faster
    return re.compile(rf"(?:(?:{alternation(rules()['honorifics'])})\s+)+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,{MAX_WORDS - 1}}})(?![\w-])")


@lru_cache(maxsize=1)
def _honorific_probe() -> re.Pattern:
    """Any honorific as it must be written before a name: with its full stop, or with a space. A scan
    for these alone is several times cheaper than one for the whole pattern."""
    return re.compile(alternation(h if h.endswith(".") else f"{h} " for h in rules()["honorifics"]))


def _honorific_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Names after an honorific ("Drs. H. Amidhan"): one word is enough; the name ends before a
    word that never stands in one."""
    blocked, never = _not_in_names(), _never_in_names()
    spans, cursor = [], start
    for probe in _honorific_probe().finditer(text, start, end):
        match = _honorific_names().match(text, probe.start(), end) if probe.start() >= cursor else None
        if match is None:
            continue
        cursor = match.end()
        if match.start() > start and (text[match.start() - 1].isalnum() or text[match.start() - 1] in "._"):
            continue  # inside a word or after an abbreviation
        if _after_head_word(text, max(start, match.start() - 24), match.start()):
            continue  # "Rumah Sakit Dr. Soetomo" is named after a person, and is no person
        words = []
        for word in _WORD.finditer(text, *match.span("name")):
            if word.group() in never or fold(word.group()) in blocked:
                break
            words.append(word.span())
        if words:
            spans.append((words[0][0], words[-1][1]))
    return spans


_WORDS_BEFORE = re.compile(r"(?:(?P<two>[A-Z][\w-]*)\s+)?(?P<one>[A-Z][\w-]*)\s+$")


def _after_head_word(text: str, start: int, at: int) -> bool:
    before = _WORDS_BEFORE.search(text, start, at)
    heads = head_words()
    return bool(before) and (before["one"] in heads or f"{before['two']} {before['one']}" in heads)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _joined(text: str, words: list[tuple[int, int]], ends: set[int], starts: set[int]) -> bool:
    """A person's name ends just before the words, or starts just after them, across a joiner."""
    before = _JOINER_BEFORE.search(text, max(0, words[0][0] - 8), words[0][0])
    after = _JOINER_AFTER.match(text, words[-1][1])
    return bool(before and before.start() in ends) or bool(after and after.end() in starts)


_JOINER_BEFORE = re.compile(r"(?:\s*,\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+)$")
_JOINER_AFTER = re.compile(r"\s*,\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+")


ROLE_REACH = 80  # characters a role in small letters may take before the name


def _with_role(text: str, person: Hit, floor: int) -> Hit:
    """The person with the role written just before the name, in any case ("Kepala badan antariksa
    Rusia, Yuri Borisov", "ujar ketua komisi pemilihan Nurlan Abdirov"), and the country it names."""
    match = _role_before().search(text, max(floor, person.start - ROLE_REACH), person.start)
    if match:
        person.role, person.role_start = match["role"], match.start("role")
        person.country = country_named_in(match["role"])
    return person


@lru_cache(maxsize=1)
def _role_before() -> re.Pattern:
    titles = rules()["titles"]
    title = alternation({*titles, *(t.lower() for t in titles)})
    joiner = alternation(rules()["role_breaks"])
    word = rf"(?!(?:{joiner})\b)[\w'’-]+"
    return re.compile(rf"(?<![\w-])(?P<role>(?:{title})(?:\s+{word}){{0,5}}?)\s*,?\s+$")


def _segments(text: str, run: re.Match) -> list[list[tuple[int, int]]]:
    """The run's words, split at every word that is a known name or a head or tail word
    ("Universitas Al-Farabi Zhanseit Tuimebayev" leaves "Al-Farabi Zhanseit Tuimebayev")."""
    blocked, never = _not_in_names(), _never_in_names()
    segments: list[list[tuple[int, int]]] = [[]]
    for word in _WORD.finditer(text, run.start(), run.end()):
        surface = word.group()
        if surface in never or surface in blocked or fold(surface) in blocked:
            segments.append([])
        else:
            segments[-1].append(word.span())
    return [s for s in segments if 2 <= len(s) <= MAX_WORDS]


def _person_span(text: str, words: list[tuple[int, int]], floor: int) -> tuple[int, int] | None:
    """The words that are a person's name, if their shape or a speaker cue says so. Before a surname
    or a cue, a capitalised word the article also writes in small letters opens a sentence, not a
    name ("Pesawat Antonov")."""
    given = given_names()
    opening = next((i for i, (a, b) in enumerate(words[:-1]) if text[a:b] in given), None)
    if opening is not None:
        return words[opening][0], words[-1][1]
    before, after = _speaker_cues()
    surname_first = len(words) == 2 and _surname().search(text, *words[0])  # "Shaikenova Rashida"
    if not (_surname().search(text, *words[-1]) or surname_first or after.match(text, words[-1][1])
            or before.search(text, max(floor, words[0][0] - 12), words[0][0])):
        return None
    return _trimmed(text, words)


def _trimmed(text: str, words: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The words without the sentence-opening common words before the name."""
    while words and written_small(text, *words[0]):
        words = words[1:]
    return (words[0][0], words[-1][1]) if len(words) >= 2 else None


_WORD = re.compile(r"\S+")
