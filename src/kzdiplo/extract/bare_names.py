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
from kzdiplo.extract.people import person_word, tail_words
from kzdiplo.layout import layout
from kzdiplo.regexcache import compile_cached
from kzdiplo.textutil import fold

MAX_WORDS = 4


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return frozenset(name for names in datafiles.load("given_names.yaml")["given_names"].values() for name in names)


@lru_cache(maxsize=1)
def _name_runs() -> re.Pattern:
    """Runs of words that may be a person's name, cut at the first word that may not."""
    word = person_word()
    return compile_cached(rf"(?<![\w-]){word}(?:\s+{word}){{1,{MAX_WORDS - 1}}}(?![\w-])")


@lru_cache(maxsize=1)
def _surname() -> re.Pattern:
    endings = datafiles.load("given_names.yaml")["surname_endings"]
    return re.compile(rf"[a-z](?:{alternation(endings)})$")


@lru_cache(maxsize=1)
def _speaker_cues() -> tuple[re.Pattern, re.Pattern]:
    """(a cue just before a name, a speech verb just after one)."""
    r = rules()
    before = [*r["speaker_cues_before"], *layout().quote_verbs]
    return (re.compile(rf"(?<![\w-])(?:{alternation(before)})\s+$"),
            re.compile(rf"\s+(?:{alternation(r['speaker_verbs_after'])})\b"))


@lru_cache(maxsize=1)
def _not_in_names() -> frozenset[str]:
    """Words that make a run a body, a place or a title: head and tail words, and known names."""
    kinds = ("COUNTRY", "LOC", "ORG", "INITIATIVE")
    return head_words() | tail_words() | frozenset().union(*(gazetteer.names_of_kind(k) for k in kinds))


def bare_name_hits(text: str, start: int, end: int) -> list[Hit]:
    """People named by the shape of their name or by a speaker cue, in text order."""
    hits = []
    for match in _name_runs().finditer(text, start, end):
        span = _person_span(text, match, start)
        if span:
            hits.append(Hit(span[0], span[1], "PERSON", text[span[0]:span[1]], source="bare"))
    return hits


def _person_span(text: str, run: re.Match, floor: int) -> tuple[int, int] | None:
    """The part of the run that is a person's name, if its shape or a speaker cue says so."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, run.start(), run.end())]
    blocked = _not_in_names()
    # the name ends before the first word that is a known name or a head or tail word
    first_blocked = next((i for i, (a, b) in enumerate(words) if text[a:b] in blocked or fold(text[a:b]) in blocked), len(words))
    words = words[:first_blocked]
    if len(words) < 2:
        return None
    given = _given_names()
    opening = next((i for i, (a, b) in enumerate(words[:-1]) if text[a:b] in given), None)
    if opening is not None:
        return words[opening][0], words[-1][1]
    if _surname().search(text, *words[-1]):
        return words[0][0], words[-1][1]
    before, after = _speaker_cues()
    if before.search(text, max(floor, words[0][0] - 12), words[0][0]) or after.match(text, words[-1][1]):
        return words[0][0], words[-1][1]
    return None


_WORD = re.compile(r"\S+")
