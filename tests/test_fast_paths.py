"""The extractor's shortcuts (trigger windows, matching only at start offsets, lower-cased text,
one furniture alternation) must find exactly what a plain scan of the whole text finds."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzdiplo import parse
from kzdiplo.extract import extract
from kzdiplo.textutil import lowered, matches_at

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "data").glob("*.txt"))


def _whole_text_scans(monkeypatch) -> None:
    """Replace every shortcut with the plain scan it stands for."""
    from kzdiplo.extract import dates, entities, figures, people

    def one_window(text, start, end, triggers, reach):
        return [(start, end, set("dywmu"))]

    def every_kind(text, low, start, end):
        return {kind: one_window(text, start, end, (), 0) for kind in dates.SCAN_ORDER}

    monkeypatch.setattr(dates, "_windows", every_kind)
    monkeypatch.setattr(figures, "trigger_windows", one_window)
    monkeypatch.setattr(figures, "matches_at", lambda pattern, text, stretches, starts:
                        (m for lo, hi, *_ in stretches for m in pattern.finditer(text, lo, hi)))
    for module in (entities, people):
        monkeypatch.setattr(module, "at_name_starts", lambda pattern, text, start, end: pattern.finditer(text, start, end))


def _facts(text: str) -> dict:
    found = extract(parse(text, article_id="x"))
    return {"dates": found.dates, "figures": found.figures, "entities": found.entities}


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_articles_give_what_whole_text_scans_give(path, monkeypatch):
    text = path.read_text(encoding="utf-8")
    fast = _facts(text)
    _whole_text_scans(monkeypatch)
    assert _facts(text) == fast


PHRASES = [
    "Presiden Kassym-Jomart Tokayev", "Menteri Luar Negeri Retno Marsudi", "pada 12 Mei 2024", "sejak tahun 1992",
    "Januari hingga Maret 2023", "kuartal II 2024", "semester I 2025", "tiga tahun lalu", "pekan depan", "Senin (3/6/2024)",
    "US$ 5,2 miliar", "Rp 1,5 triliun", "naik 12,5 persen", "dua kali lipat", "dua puluh lima proyek", "seperempat dari",
    "puluhan perusahaan", "Kementerian Perdagangan", "Turkic Investment Fund", "Kazakhstan", "Tiongkok", "Vietnam",
    "Astana", "tahun 2023 ini", "1990-an", "APBN 2025", "26 dari 45 proyek", "20-30 persen", "(2021)", "Q3",
    "Konsulat Kazakhstan di Bali", "Kedutaan Besar Republik Kazakhstan untuk Indonesia", "MINGGU", "Minggu lalu", "12/05/2024 - 15/05/2024", "2024-05-12", "3-5 Juni 2024", "dari 2019 hingga 2024", "DUA NEGARA", "Mantan presiden", "İstanbul", "straße", "1.234.567,89", "Jumat,",
]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(PHRASES), min_size=1, max_size=14),
       st.lists(st.sampled_from([" ", ", ", ". ", " dan ", " - ", "\n\n", " yang "]), min_size=14, max_size=14))
def test_generated_text_gives_what_whole_text_scans_give(phrases, joins):
    text = "Judul Berita Tentang Kazakhstan\n\n" + "".join(p + j for p, j in zip(phrases, joins))
    fast = _facts(text)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _whole_text_scans(monkeypatch)
        assert _facts(text) == fast


@pytest.mark.parametrize("text", ["Kazakhstan", "İstanbul Bank", "STRASSE und Straße", "ǅemal", "ΣΑΣ", ""])
def test_lowered_keeps_every_offset(text):
    low = lowered(text)
    assert len(low) == len(text)
    # each character is its own lower case ("ΣΑΣ" ends in the final "ς"), or kept when that takes two
    assert all(a.upper() == b.upper() if len(b.lower()) == 1 else a == b for a, b in zip(low, text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_lowered_keeps_offsets_of_any_text(text):
    assert len(lowered(text)) == len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab12 .,-")), max_size=80), st.integers(0, 3))
def test_matches_at_is_finditer_when_every_start_is_offered(text, cut):
    pattern = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?:\s+[ab]+)?")
    starts = [m.start() for m in re.finditer(r"\d+", text)]
    stretches = [(0, len(text) // (cut + 1)), (len(text) // (cut + 1), len(text))]
    expected = [m.span() for lo, hi in stretches for m in pattern.finditer(text, lo, hi)]
    assert [m.span() for m in matches_at(pattern, text, stretches, starts)] == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab12 .")), max_size=60))
def test_matches_at_with_every_offset_is_finditer(text):
    pattern = re.compile(r"[ab1]+2?")
    assert [m.span() for m in matches_at(pattern, text, [(0, len(text))], list(range(len(text))))] == \
        [m.span() for m in pattern.finditer(text)]


def test_matches_at_tries_only_the_offsets_given():
    pattern = re.compile(r"\d+")
    assert [m.group() for m in matches_at(pattern, "12 34 56", [(0, 8)], [3])] == ["34"]


LINES = {"Baca juga: Kazakhstan", "Home › Internasional › Asia", "(Foto: ANTARA/Reuters)", "123", "Komentar",
         "Penulis: Andi | Editor: Budi", "Senin, 12 Mei 2024 10:00 WIB", "Tokayev (kiri) dan Jokowi (tengah)",
         "Baca Juga", "Berita Terkait", "Pewarta: Andi", "Editor: Budi", "Tag: Kazakhstan", "x" * 700}


def _seed_lines() -> set[str]:
    return {line.strip() for path in SEEDS for line in path.read_text(encoding="utf-8").splitlines() if line.strip()} | LINES


def test_furniture_alternation_agrees_with_the_patterns_one_by_one():
    from kzdiplo.layout import MAX_FURNITURE_LINE, furniture_reason, layout, one_pass

    assert one_pass("furniture") is not None
    for line in _seed_lines():
        one_by_one = next((reason for reason, pattern in layout().furniture if pattern.fullmatch(line)), None)
        assert furniture_reason(line) == (one_by_one if len(line) <= MAX_FURNITURE_LINE else None), line


@pytest.mark.parametrize("field, check", [("trailer_starts", "starts_trailer"), ("link_block_starts", "starts_link_block")])
def test_line_start_alternations_agree_with_the_patterns_one_by_one(field, check):
    from kzdiplo import layout as module

    assert module.one_pass(field) is not None
    for line in _seed_lines():
        one_by_one = len(line) <= module.MAX_FURNITURE_LINE and any(p.fullmatch(line) for p in getattr(module.layout(), field))
        assert getattr(module, check)(line) == one_by_one, line
    assert any(getattr(module, check)(line) for line in _seed_lines() | LINES)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("Aab(-. ")), min_size=1, max_size=4), min_size=1, max_size=5),
       st.text(alphabet=st.sampled_from(list("Aab(-. ")), max_size=60))
def test_word_starts_pattern_finds_what_a_lookahead_after_a_boundary_finds(words, text):
    from kzdiplo.textutil import trie_pattern, word_starts_pattern

    plain = re.compile(rf"\b(?={trie_pattern(set(words))})")
    fast = re.compile(word_starts_pattern(words))
    assert [m.start() for m in fast.finditer(text)] == [m.start() for m in plain.finditer(text)]
