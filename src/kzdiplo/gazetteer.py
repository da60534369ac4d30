"""The entity gazetteers (countries, people, orgs, places, initiatives) as one indexed table."""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from kzdiplo import datafiles
from kzdiplo.errors import DataFileError, UnknownCountryError
from kzdiplo.textutil import fold


@dataclass(frozen=True)
class Entry:
    type: str  # PERSON | COUNTRY | ORG | LOC | INITIATIVE
    name: str  # canonical name
    aliases: tuple[str, ...]  # surface forms matched anywhere
    short: tuple[str, ...] = ()  # forms matched only after a full alias appeared in the article
    code: str | None = None  # ISO 3166-1 alpha-2, countries only
    country: str | None = None  # code of the country a person, org or place belongs to
    kind: str | None = None  # subtype from the data file (outlet, city, route ...)
    role: str | None = None  # office note for people, from the data file
    members: tuple[str, ...] = ()  # codes of the member countries of a bloc or region ("Asia Tengah")


FILES = {
    "countries.yaml": ("countries", "COUNTRY"),
    "people.yaml": ("people", "PERSON"),
    "orgs.yaml": ("orgs", "ORG"),
    "places.yaml": ("places", "LOC"),
    "initiatives.yaml": ("initiatives", "INITIATIVE"),
}


def _entry(item: dict, etype: str, source: str) -> Entry:
    try:
        if etype == "COUNTRY":
            names = list(item["names"]) + list(item.get("adjectives") or [])
            return Entry(etype, item["name"], tuple(names), code=item["code"])
        return Entry(
            etype,
            item["name"],
            tuple(item["aliases"]),
            short=tuple(item.get("short") or ()),
            country=item.get("country"),
            kind=item.get("kind"),
            role=item.get("office"),
            members=tuple(item.get("members") or ()),
        )
    except KeyError as exc:
        raise DataFileError(f"{source}: entry {item!r} lacks {exc}") from None
    except TypeError as exc:  # a field of the wrong shape ("members: 5")
        raise DataFileError(f"{source}: entry {item!r} is malformed ({exc})") from None


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    out = []
    for filename, (key, etype) in FILES.items():
        raw = datafiles.load(filename) or {}
        for item in raw.get(key) or []:
            out.append(_with_spelled_out_abbreviations(_entry(item, etype, filename)))
    return tuple(out)


def _with_spelled_out_abbreviations(entry: Entry) -> Entry:
    """Aliases opening with an abbreviation also match spelled out: "KTT China-Asia Tengah" gives
    "Konferensi Tingkat Tinggi China-Asia Tengah" (entity_rules.yaml: spelled_out)."""
    spelled = datafiles.load("entity_rules.yaml").get("spelled_out") or {}
    extra = [f"{spelled[alias.split(' ', 1)[0]]} {alias.split(' ', 1)[1]}" for alias in entry.aliases
             if " " in alias and alias.split(" ", 1)[0] in spelled]
    return replace(entry, aliases=tuple(dict.fromkeys((*entry.aliases, *extra)))) if extra else entry


@lru_cache(maxsize=1)
def countries_by_code() -> dict[str, Entry]:
    return {e.code: e for e in entries() if e.type == "COUNTRY" and e.code}


@lru_cache(maxsize=1)
def _country_keys() -> dict[str, str]:
    keys = {}
    for entry in countries_by_code().values():
        for form in (entry.code, entry.name, *entry.aliases):
            keys.setdefault(fold(form), entry.code)
    return keys


def resolve_country(query: str) -> str:
    """ISO code for any country name, alias or code ("Tiongkok", "cina", "CN"); suggests close names."""
    code = _country_keys().get(fold(query))
    if code:
        return code
    from rapidfuzz import process

    names = sorted({e.name for e in countries_by_code().values()} | {a for e in countries_by_code().values() for a in e.aliases})
    close = [name for name, score, _ in process.extract(query, names, limit=3) if score >= 60]
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise UnknownCountryError(f"unknown country {query!r}{hint}")


@lru_cache(maxsize=None)
def names_of_kind(etype: str, kind: str | None = None) -> frozenset[str]:
    """Folded aliases of every entry of a type (and subtype), for quick membership tests."""
    return frozenset(
        fold(alias)
        for e in entries()
        if e.type == etype and (kind is None or e.kind == kind)
        for alias in (e.name, *e.aliases)
    )
