"""Combine gazetteer, head-word, title, short-form and fuzzy hits into entities with mentions."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from kzdiplo import gazetteer
from kzdiplo.extract.bare_names import bare_name_hits
from kzdiplo.extract.entities import NOT_NESTED_IN_NAMES, Hit, fuzzy_hits, gazetteer_hits, pattern_hits, span_hit
from kzdiplo.extract.people import country_alias_codes, country_named_in, title_case, title_hits
from kzdiplo.extract.model import Entity, Mention
from kzdiplo.textutil import Coverage, fold


class DisjointHits:
    """Non-overlapping hits sorted by start, answering "which of them overlap this span" by bisection."""

    def __init__(self, hits: list[Hit]):
        self.hits = sorted(hits, key=lambda h: h.start)
        self._starts = [h.start for h in self.hits]

    def overlapping(self, hit: Hit) -> list[Hit]:
        index = bisect_left(self._starts, hit.end) - 1
        found = []
        while index >= 0 and self.hits[index].end > hit.start:
            found.append(self.hits[index])
            index -= 1
        return found


def _inside(a: Hit, b: Hit) -> bool:
    return b.start <= a.start and a.end <= b.end


def _overlap(a: Hit, b: Hit) -> bool:
    return a.start < b.end and b.start < a.end


def _keep_patterns(patterns: list[Hit], known: DisjointHits, text: str) -> list[Hit]:
    """Head-word names that no gazetteer name covers or crosses, longest first, not nested."""
    kept: list[Hit] = []
    taken = Coverage(len(text))
    for p in sorted(patterns, key=lambda h: -(h.end - h.start)):
        if any(_covered_or_crossed(p, g, text) for g in known.overlapping(p)):
            continue
        if taken.overlaps(p.start, p.end):
            continue
        kept.append(p)
        taken.mark(p.start, p.end)
    return kept


def _covered_or_crossed(pattern: Hit, known: Hit, text: str) -> bool:
    """The gazetteer name covers or crosses the pattern name, or opens it: "Kementerian Luar Negeri
    Kazakhstan" is the known ministry plus words. A place opening a name that ends in a tail word
    is part of it: "Banjarmasin Post" is a daily, not a mention of Banjarmasin. A known company
    before its legal suffix is that company ("Saham Cameco Corp")."""
    if _inside(pattern, known) or not _inside(known, pattern):
        return True
    if pattern.source == "tail" and known.type == "ORG" and text[known.end:pattern.end].strip() in _LEGAL_SUFFIXES:
        return True
    return known.start == pattern.start and not (pattern.source == "tail" and known.type in ("LOC", "COUNTRY"))


_LEGAL_SUFFIXES = frozenset({"Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "Limited", "Group", "Holding",
                             "Holdings", "Company", "LLC", "LLP", "JSC", "PLC", "GmbH", "AG"})


def _names_another_country(text: str, known: Hit, pattern: Hit) -> bool:
    """The pattern is the gazetteer name plus another country ("Kementerian Perdagangan" is Indonesia's;
    "Kementerian Perdagangan Vietnam" is not)."""
    if not (known.type == pattern.type == "ORG" and known.country and known.start == pattern.start < known.end < pattern.end):
        return False
    rest = text[known.end:pattern.end].split()
    codes = country_alias_codes()
    named = codes.get(" ".join(rest)) or codes.get(" ".join(rest).removeprefix("Republik ")) or codes.get(rest[-1])
    return bool(named) and named != known.country


def _swallows(name: Hit, nested: Hit, text: str) -> bool:
    """A longer ORG or LOC name swallows the bodies, places and people inside it; any longer name
    swallows a news outlet's name inside it ("Forum Bisnis Indonesia-Kazakhstan" is no mention of
    the daily Bisnis Indonesia). Countries always count."""
    if not _inside(nested, name) or (nested.start, nested.end) == (name.start, name.end):
        return False
    if name.type in ("ORG", "LOC") and nested.type in NOT_NESTED_IN_NAMES:
        return True
    return nested.type == "ORG" and fold(text[nested.start:nested.end]) in gazetteer.names_of_kind("ORG", "outlet")


def _take_titles(known: list[Hit], people: DisjointHits) -> list[Hit]:
    """Gazetteer people take the role of the title before them. A titled name that is the same person
    in full ("Menlu Kazakhstan, Erlan A. Idrissov") becomes the mention; a titled name that is
    someone else ("Presiden Kazakhstan Undang Jokowi" in a headline) lends nothing."""
    widened: list[Hit] = []
    for g in known:
        twin = next(iter(people.overlapping(g)), None) if g.type == "PERSON" else None
        if twin and (twin.start == g.start or twin.name == g.name):
            g.role, g.country = twin.role, twin.country or g.country
            if twin.name == g.name and (twin.start, twin.end) != (g.start, g.end):
                g.start, g.end = min(g.start, twin.start), max(g.end, twin.end)
                widened.append(g)
    return [g for g in known if not any(w is not g and _inside(g, w) for w in widened)]


def _cut_at_person(text: str, found: Hit, titled: list[Hit], known: list[Hit]) -> Hit | None:
    """The name cut short before the titled person it runs into. None if only its head word is left,
    or if it is an organ of a body the gazetteer knows ("Dewan Direksi Kazatomprom" is Kazatomprom's)."""
    person = next((t for t in titled if t.role_start is not None and t.role_start <= found.start < t.start < found.end), None)
    if person is None:
        return found
    last = found.start + len(text[found.start:person.start].rstrip(" ,"))
    if len(text[found.start:last].split()) < 2:
        return None
    if found.type == "ORG" and any(k.type == "ORG" and found.start <= k.start and k.end <= last for k in known):
        return None
    return span_hit(text, found.type, found.start, last, found.source)


def _region_hits(text: str, start: int, end: int) -> list[Hit]:
    known = gazetteer_hits(text, start, end)
    found = pattern_hits(text, start, end)
    known = [g for g in known if not any(_names_another_country(text, g, p) for p in found)]
    titled = title_hits(text, start, end)
    # a head-word name that runs from a title into the person's name ("Kepala Badan Energi Atom Kazakhstan
    # Almasadam Satkaliyev") ends where the person begins
    found = [cut for cut in (_cut_at_person(text, p, titled, known) for p in found) if cut is not None]
    patterns = _keep_patterns(found, DisjointHits(known), text)
    names = DisjointHits(patterns)
    known = [g for g in known if not any(_swallows(p, g, text) for p in names.overlapping(g))]
    people = DisjointHits([t for t in titled if not any(_inside(t, p) and p.type in ("ORG", "LOC") for p in names.overlapping(t))])
    known = _take_titles(known, people)
    taken = Coverage(len(text), [(g.start, g.end) for g in known])
    found = known + [t for t in people.hits if not taken.overlaps(t.start, t.end)] + patterns
    named = [(h.start, h.end) for h in found if h.type == "PERSON"]
    bare = bare_name_hits(text, start, end, named)  # few: a scan of the found names is cheaper than a mask
    found = _cut_before_people(text, found, bare)
    return _initials_after_names(text, found + [b for b in bare if not any(_overlap(b, h) for h in found)])


def _cut_before_people(text: str, found: list[Hit], bare: list[Hit]) -> list[Hit]:
    """A body's name found by its head word ends before the person named right after it: "Ketua Umum
    Asosiasi Logistik Indonesia (ALI) Mahendra Rianto menilai" names the association and Mahendra Rianto."""
    out = []
    for hit in found:
        person = next((b for b in bare if hit.type in ("ORG", "LOC", "INITIATIVE") and hit.source in ("pattern", "tail")
                       and hit.start < b.start and b.end == hit.end), None)
        if person is not None:
            last = hit.start + len(text[hit.start:person.start].rstrip(" ,"))
            hit = span_hit(text, hit.type, hit.start, last, hit.source) if last > hit.start else None
        if hit is not None:
            out.append(hit)
    return out


def _initials_after_names(text: str, hits: list[Hit]) -> list[Hit]:
    """"Abdul Ghofur AS": capitals right after a new person's name are the name's initials, not the
    country they spell."""
    people = {h.end + 1: h for h in hits if h.type == "PERSON" and h.source in ("bare", "title")}
    kept = []
    for hit in hits:
        person = people.get(hit.start) if hit.type == "COUNTRY" and text[hit.start - 1:hit.start] == " " else None
        if person is not None and text[hit.start:hit.end].isupper():
            person.end, person.name = hit.end, text[person.start:hit.end]
            continue
        kept.append(hit)
    return kept


@lru_cache(maxsize=1)
def _people_by_name() -> dict:
    return {e.name: e for e in gazetteer.entries() if e.type == "PERSON"}


def _short_forms(hits: list[Hit]) -> dict[str, Hit]:
    """Surname-only forms of the people found, each pointing at its person."""
    by_name = _people_by_name()
    forms: dict[str, Hit] = {}
    for hit in hits:
        if hit.type != "PERSON":
            continue
        entry = by_name.get(hit.name)
        shorts = list(entry.short) if entry else []
        if not entry and " " in hit.name:
            shorts.append(hit.name.split()[-1])
        for short in shorts:
            forms.setdefault(short, hit)
    return forms


def _places_named_after(text: str, hits: list[Hit], forms: dict[str, Hit]) -> list[Hit]:
    """A place that bears the short name of a person the article names is that person: "Nursultan"
    is the capital, except in an article about Nursultan Nazarbayev. `forms`: _short_forms(hits)."""
    if not forms:
        return hits
    out = []
    for hit in hits:
        person = forms.get(text[hit.start:hit.end]) if hit.type == "LOC" else None
        out.append(Hit(hit.start, hit.end, "PERSON", person.name, None, person.country, person.role, "short")
                   if person else hit)
    return out


def _short_hits(text: str, regions: list[tuple[int, int]], hits: list[Hit], forms: dict[str, Hit]) -> list[Hit]:
    """Later mentions of the people found by a short form of their names (`forms`: _short_forms(hits))."""
    if not forms:
        return []
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")(?![\w-])")
    first_full = min((h.start for h in hits if h.type == "PERSON"), default=0)
    taken = Coverage(len(text), [(h.start, h.end) for h in hits])
    found = []
    for start, end in regions:
        for match in pattern.finditer(text, max(start, first_full), end):
            if not taken.overlaps(match.start(), match.end()):
                person = forms[match.group()]
                found.append(Hit(match.start(), match.end(), "PERSON", person.name, None, person.country, person.role, "short"))
    return found


def _company_short_hits(text: str, regions: list[tuple[int, int]], hits: list[Hit]) -> list[Hit]:
    """A company named with its legal suffix ("UxC LLC") is named without it elsewhere ("menurut data UxC")."""
    stems = {}
    for hit in hits:
        stem, _, suffix = text[hit.start:hit.end].rpartition(" ")
        if hit.type == "ORG" and hit.source == "tail" and suffix in _LEGAL_SUFFIXES and len(stem) >= 2:
            stems.setdefault(stem, hit)
    if not stems:
        return []
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(stems, key=len, reverse=True))) + r")(?![\w-])")
    taken = Coverage(len(text), [(h.start, h.end) for h in hits])
    return [Hit(m.start(), m.end(), "ORG", stems[m.group()].name, source="short") for start, end in regions
            for m in pattern.finditer(text, start, end) if not taken.overlaps(m.start(), m.end())]


def collect_hits(text: str, regions: list[tuple[int, int]]) -> list[Hit]:
    hits = [h for start, end in regions for h in _headline_checked(text, start, end, _region_hits(text, start, end))]
    forms = _short_forms(hits)  # the people's short forms, once for both uses
    hits = _places_named_after(text, hits, forms)
    hits += _short_hits(text, regions, hits, forms)
    hits += _company_short_hits(text, regions, hits)
    covered = Coverage(len(text), [(h.start, h.end) for h in hits])
    hits += [h for start, end in regions for h in fuzzy_hits(text, start, end, covered)]
    return sorted(hits, key=lambda h: h.start)


def _headline_checked(text: str, start: int, end: int, hits: list[Hit]) -> list[Hit]:
    """In a Title Case headline every word has a capital, so a head word runs on over verbs and nouns
    ("Kazakhstan Ingin Alihkan Rute Ekspor Migas Akibat Pemblokiran Rusia"): a new name found there
    counts only if the article writes it again outside the headline."""
    if not title_case(text, start, end):
        return hits
    return [h for h in hits if h.source not in ("pattern", "tail", "bare") or fold(h.name) in gazetteer.names_of_kind(h.type)
            or _written_elsewhere(text, text[h.start:h.end], start, end)]


def _written_elsewhere(text: str, surface: str, start: int, end: int) -> bool:
    return text.find(surface, 0, start) >= 0 or text.find(surface, end) >= 0


def _full_names(hits: list[Hit]) -> dict[str, str]:
    """Each one-word person name ("Abdykarimov" after "Dubes"), or the first words of a longer one
    ("Muhammad Zulfi"), -> the full name of the article's person who carries it ("Serzhan Abdykarimov",
    "Muhammad Zulfi Annur"), when exactly one does."""
    full = {h.name for h in hits if h.type == "PERSON" and " " in h.name}
    owners: dict[str, set[str]] = {}
    for name in full:
        words = name.replace("-", " ").split()
        for part in {*words, *(" ".join(words[:k]) for k in range(2, len(words)))}:
            owners.setdefault(part, set()).add(name)
    return {part: next(iter(names)) for part, names in owners.items() if len(names) == 1}


def group(text: str, hits: list[Hit], sentence_of) -> list[Entity]:
    """One Entity per (type, canonical name), mentions in text order."""
    grouped: dict[tuple[str, str], list[Hit]] = {}
    full_name = _full_names(hits)
    for hit in hits:
        name = full_name.get(hit.name, hit.name) if hit.type == "PERSON" else hit.name
        grouped.setdefault((hit.type, name), []).append(hit)
    entities = []
    for (etype, name), items in grouped.items():
        role = next((h.role for h in items if h.role), None)
        # a role that names a country tells whom the person represents ("Wakil Menteri Energi Kazakhstan")
        country = next((h.country for h in items if h.country), None) or (
            next((c for h in items if h.role and (c := country_named_in(h.role))), None) if etype == "PERSON" else None)
        code = next((h.code for h in items if h.code), None)
        mentions = tuple(Mention(text[h.start:h.end], h.start, h.end, sentence_of(h.start)) for h in items)
        entities.append(Entity(etype, name, code, role, country if etype == "PERSON" else None, mentions))
    return entities
