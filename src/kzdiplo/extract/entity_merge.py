"""Combine gazetteer, head-word, title, short-form and fuzzy hits into entities with mentions."""
from __future__ import annotations

import re

from kzdiplo import gazetteer
from kzdiplo.extract.entities import (
    NOT_NESTED_IN_NAMES, Hit, fuzzy_hits, gazetteer_hits, pattern_hits, title_hits)
from kzdiplo.extract.model import Entity, Mention


def _inside(a: Hit, b: Hit) -> bool:
    return b.start <= a.start and a.end <= b.end


def _overlap(a: Hit, b: Hit) -> bool:
    return a.start < b.end and b.start < a.end


def _keep_patterns(patterns: list[Hit], known: list[Hit]) -> list[Hit]:
    """Head-word names that no gazetteer name covers or crosses, longest first, not nested."""
    kept: list[Hit] = []
    for p in sorted(patterns, key=lambda h: -(h.end - h.start)):
        if any(_overlap(p, g) and (_inside(p, g) or not _inside(g, p) or g.type == p.type) for g in known):
            continue
        if any(_overlap(p, k) for k in kept):
            continue
        kept.append(p)
    return kept


def _region_hits(text: str, start: int, end: int) -> list[Hit]:
    known = gazetteer_hits(text, start, end)
    patterns = _keep_patterns(pattern_hits(text, start, end), known)
    names = [p for p in patterns if p.type in ("ORG", "LOC")]
    known = [g for g in known if not any(_inside(g, p) and g.type in NOT_NESTED_IN_NAMES and (g.start, g.end) != (p.start, p.end)
                                         for p in names)]
    people = [t for t in title_hits(text, start, end) if not any(_inside(t, p) for p in names)]
    merged = []
    for g in known:
        twin = next((t for t in people if _overlap(t, g)), None)
        if twin and g.type == "PERSON":
            g.role, g.country = twin.role, twin.country or g.country
        merged.append(g)
    merged += [t for t in people if not any(_overlap(t, g) for g in known)]
    return merged + patterns


def _short_forms(hits: list[Hit]) -> dict[str, Hit]:
    """Surname-only forms of the people found, each pointing at its person."""
    by_name = {e.name: e for e in gazetteer.entries() if e.type == "PERSON"}
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


def _short_hits(text: str, regions: list[tuple[int, int]], hits: list[Hit]) -> list[Hit]:
    forms = _short_forms(hits)
    if not forms:
        return []
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")(?![\w-])")
    first_full = min((h.start for h in hits if h.type == "PERSON"), default=0)
    found = []
    for start, end in regions:
        for match in pattern.finditer(text, max(start, first_full), end):
            if not any(h.start < match.end() and match.start() < h.end for h in hits):
                person = forms[match.group()]
                found.append(Hit(match.start(), match.end(), "PERSON", person.name, None, person.country, person.role, "short"))
    return found


def collect_hits(text: str, regions: list[tuple[int, int]]) -> list[Hit]:
    hits = [h for start, end in regions for h in _region_hits(text, start, end)]
    hits += _short_hits(text, regions, hits)
    covered = [(h.start, h.end) for h in hits]
    hits += [h for start, end in regions for h in fuzzy_hits(text, start, end, covered)]
    return sorted(hits, key=lambda h: h.start)


def group(text: str, hits: list[Hit], sentence_of) -> list[Entity]:
    """One Entity per (type, canonical name), mentions in text order."""
    grouped: dict[tuple[str, str], list[Hit]] = {}
    for hit in hits:
        grouped.setdefault((hit.type, hit.name), []).append(hit)
    entities = []
    for (etype, name), items in grouped.items():
        role = next((h.role for h in items if h.role), None)
        country = next((h.country for h in items if h.country), None)
        code = next((h.code for h in items if h.code), None)
        mentions = tuple(Mention(text[h.start:h.end], h.start, h.end, sentence_of(h.start)) for h in items)
        entities.append(Entity(etype, name, code, role, country if etype == "PERSON" else None, mentions))
    return entities
