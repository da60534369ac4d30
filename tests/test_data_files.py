"""Every YAML data file against its documented schema; names unique; patterns compile."""
from __future__ import annotations

import re

import pytest
import yaml

from kzdiplo.datafiles import BUILTIN_DIR

CODE = re.compile(r"[A-Z]{2}")
CURRENCY = re.compile(r"[A-Z]{3}")


def load(name):
    with (BUILTIN_DIR / name).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def strings(values):
    return isinstance(values, list) and values and all(isinstance(v, str) and v.strip() == v and v for v in values)


# file -> (top-level key, required keys, optional keys, allowed kinds or None)
GAZETTEERS = {
    "countries.yaml": ("countries", {"code", "name", "names"}, {"adjectives"}, None),
    "people.yaml": ("people", {"name", "country", "aliases"}, {"short", "office"}, None),
    "orgs.yaml": ("orgs", {"name", "kind", "aliases"}, {"country", "members"},
                  {"intergovernmental", "outlet", "government", "university", "party", "company", "other"}),
    "places.yaml": ("places", {"name", "kind", "aliases"}, {"country", "members"},
                    {"city", "region", "sea", "river", "lake", "mountain", "port", "province", "facility"}),
    "initiatives.yaml": ("initiatives", {"name", "kind", "aliases"}, {"country", "members"},
                         {"initiative", "agreement", "route", "policy", "event", "programme"}),
}


@pytest.mark.parametrize("filename", GAZETTEERS)
def test_gazetteer_schema(filename):
    key, required, optional, kinds = GAZETTEERS[filename]
    doc = load(filename)
    assert set(doc) == {key}
    for entry in doc[key]:
        assert required <= set(entry) <= required | optional, entry
        assert isinstance(entry["name"], str) and entry["name"]
        assert strings(entry.get("names") or entry.get("aliases")), entry
        for extra in ("adjectives", "short"):
            assert extra not in entry or strings(entry[extra]), entry
        for code_key in ("code", "country"):
            assert code_key not in entry or CODE.fullmatch(entry[code_key]), entry
        assert kinds is None or entry["kind"] in kinds, entry


def test_every_surface_form_names_one_entry():
    """A person's short form may also be a place's name ("Nursultan"): the article tells which, by
    naming the person in full or not. Any other shared form is a mistake."""
    owner, short_owner = {}, {}
    for filename, (key, *_rest) in GAZETTEERS.items():
        for entry in load(filename)[key]:
            for form in (*(entry.get("names") or entry.get("aliases")), *(entry.get("adjectives") or [])):
                assert owner.setdefault(form, (filename, entry["name"])) == (filename, entry["name"]), form
            for form in entry.get("short") or []:
                assert short_owner.setdefault(form, entry["name"]) == entry["name"], form
    for form, person in short_owner.items():
        assert owner.get(form, ("places.yaml",))[0] == "places.yaml" or owner[form][1] == person, form


def test_country_codes_unique():
    codes = [c["code"] for c in load("countries.yaml")["countries"]]
    assert len(codes) == len(set(codes)) and len(codes) >= 240


def test_currencies():
    for item in load("currencies.yaml")["currencies"]:
        assert CURRENCY.fullmatch(item["code"]) and set(item) <= {"code", "before", "after"}
        assert strings(item["before"]) and strings(item["after"])


def test_calendar_and_numbers():
    cal = load("calendar.yaml")
    assert sorted(cal["months"]) == list(range(1, 13)) and sorted(cal["weekdays"]) == list(range(1, 8))
    assert all(strings(v) for v in (*cal["months"].values(), *cal["weekdays"].values()))
    numbers = load("numbers.yaml")
    assert set(numbers["digits"].values()) == set(range(10))
    assert all(isinstance(v, int) and v > 0 for v in numbers["magnitudes"].values())


def test_layout_patterns_compile():
    layout = load("layout.yaml")
    patterns = [f["pattern"] for f in layout["furniture_lines"]] + layout["trailer_starts"] + layout["datelines"]
    patterns += layout["byline_patterns"] + layout["sources"]["phrases"] + layout["published_lines"] + [layout["sources"]["line"]]
    for pattern in patterns:
        re.compile(pattern)


@pytest.mark.parametrize("filename, keys", [
    ("dates.yaml", {"relative_steps", "units", "day_words", "parts", "quarter_words", "half_words", "year_cues", "same_period", "future_cues"}),
    ("figures.yaml", {"qualifiers_before", "qualifiers_after", "conversion_joiners", "time_nouns", "metric_cues", "status_cues"}),
    ("entity_rules.yaml", {"heads", "tails", "stop_words", "titles", "fuzzy", "portfolio_words", "speaker_cues_before",
                           "speaker_verbs_after", "role_breaks"}),
    ("given_names.yaml", {"given_names", "surname_endings"}),
])
def test_rule_files_have_their_sections(filename, keys):
    assert keys <= set(load(filename))


def test_no_entry_is_listed_twice():
    from collections import Counter

    from kzdiplo.gazetteer import entries

    twice = [key for key, count in Counter((e.type, e.name) for e in entries()).items() if count > 1]
    assert twice == []


def _word_lists(node, path=""):
    """Every list in a rule file, with where it is."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _word_lists(value, f"{path}.{key}")
    elif isinstance(node, list) and not any(isinstance(v, (dict, list)) for v in node):
        yield path, node


@pytest.mark.parametrize("filename", ["dates.yaml", "figures.yaml", "entity_rules.yaml", "numbers.yaml", "calendar.yaml",
                                      "given_names.yaml"])
def test_word_lists_hold_only_words(filename):
    """YAML 1.1 reads bare on/off/yes/no as booleans: a word list must quote them ("on")."""
    bad = [(path, v) for path, values in _word_lists(load(filename)) for v in values if not isinstance(v, (str, int))
           or isinstance(v, bool)]
    assert bad == []


def test_given_names_are_capitalised_words_and_surname_endings_small_letters():
    doc = load("given_names.yaml")
    names = [n for group in doc["given_names"].values() for n in group]
    assert names and all(isinstance(n, str) and n[0].isupper() and " " not in n for n in names)
    assert all(isinstance(e, str) and e.islower() for e in doc["surname_endings"])


def _list_items(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from _list_items(item)
    elif isinstance(value, list):
        for item in value:
            yield from _list_items(item) if isinstance(item, (dict, list)) else (item,)


@pytest.mark.parametrize("path", sorted(BUILTIN_DIR.glob("*.yaml")), ids=lambda p: p.name)
def test_every_list_item_is_a_string(path):
    """YAML reads a bare No, On or 2024 in a list as a boolean or a number: a word list must quote them."""
    with path.open(encoding="utf-8") as handle:
        bad = [item for item in _list_items(yaml.safe_load(handle)) if not isinstance(item, str)]
    assert bad == []
