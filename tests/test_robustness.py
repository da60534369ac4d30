"""Hostile input: random text, broken YAML, odd files; every compiled pattern against adversarial text."""
from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzdiplo import parse
from kzdiplo.corpus import open_corpus
from kzdiplo.errors import KzdiploError
from kzdiplo.extract import extract
from tests.test_cli import run

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
NEWSY = st.text(alphabet=st.sampled_from(list("abcdeijkmnrstuy AKTJSIR0123456789.,-–()“”\"%$/\n\u00a0\ufeff")), max_size=400)


@FAST
@given(st.one_of(st.text(max_size=500), NEWSY))
def test_any_text_parses_and_extracts_with_exact_offsets(text):
    article = parse(text, article_id="x")
    found = extract(article)
    for item in (*article.paragraphs, *article.quotes, *article.furniture, *found.dates, *found.figures):
        assert text[item.start:item.end] == item.text
    for entity in found.entities:
        assert all(text[m.start:m.end] == m.text for m in entity.mentions)


@FAST
@given(st.text(max_size=300))
def test_any_manifest_text_gives_a_corpus_or_a_clear_error(tmp_path, text):
    manifest = tmp_path / "corpus.yaml"
    manifest.write_text(text, encoding="utf-8")
    try:
        open_corpus(manifest)
    except KzdiploError as exc:
        assert str(exc) and "\n" not in str(exc)


@pytest.mark.parametrize("manifest, message", [
    ("articles: !!python/object/apply:os.system ['echo hacked']", "malformed YAML"),
    ("articles: " + "[" * 5000 + "]" * 5000, ""),
    ("articles:\n  - id: a\n    file: data\n", "directory"),
    ("\x00\x01", "malformed YAML"),
])
def test_hostile_manifests(make_corpus, manifest, message):
    path = make_corpus({}, manifest)
    (path.parent / "data").mkdir(exist_ok=True)
    result = run(["extract", "--json", "--corpus", str(path)])
    assert result.exit_code == 1 and result.output.startswith("Error: ") and message in result.output
    assert "Traceback" not in result.output


def test_long_line_and_control_characters(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("Judul\n\n" + ("Kazakhstan \x07\x1b dan 1.000.000 " * 20000) + "\n", encoding="utf-8")
    result = run(["extract", "--json", str(path)])
    assert result.exit_code == 0


def test_fifty_megabyte_files_are_refused_in_one_line(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.write(b"Judul\n\n" + b"Kazakhstan dan Indonesia sepakat. " * (50 * 2**20 // 34))
    for args, stdin in ((["extract", "--json", str(path)], None), (["extract", "--json", "-"], path.read_bytes())):
        result = run(args, input=stdin)
        assert result.exit_code == 1
        assert result.stderr.startswith("Error: ") and "MB limit" in result.stderr and len(result.stderr.splitlines()) == 1
        assert result.stdout == ""  # nothing half-written that looks like a result


def test_fifty_megabyte_corpus_member_leaves_stdout_empty(make_corpus, tmp_path):
    manifest = make_corpus({"big.txt": b"Judul\n\n" + b"Astana. " * (50 * 2**20 // 8)})
    result = run(["extract", "--json", "--corpus", str(manifest)])
    assert result.exit_code == 1 and result.stdout == "" and "MB limit" in result.stderr


def test_fifty_megabyte_output_file_is_never_half_written(tmp_path, make_corpus):
    out = tmp_path / "facts.json"
    out.write_text("previous", encoding="utf-8")
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Judul\n\n" + b"x " * (25 * 2**20))
    result = run(["extract", "--json", "-o", str(out), str(path)])
    assert result.exit_code == 1 and out.read_text(encoding="utf-8") == "previous"


def _patterns():
    from kzdiplo.extract import bare_names, dates, entities, figures, people
    from kzdiplo.textutil import _SENT_END

    out = [(f"dates.{name}", p) for name, p in dates.rules()]
    out += [(f"figures.{name}", p) for name, p in figures.patterns().items()] + [("figures.named_before", figures._named_before())]
    out += [("entities.gazetteer", entities.gazetteer_regex()), ("people.titles", people.title_regex())]
    out += [(f"entities.names.{t}", p) for t, p in entities.name_patterns()]
    out += [(f"entities.tails.{t}", p) for t, p, _ in entities.tail_patterns()]
    out += [("entities.listed_portfolio", entities._listed_portfolio())]
    out += [("entities.name_starts", entities._name_start_pattern()), ("dates.triggers", dates._triggers()[0]),
            ("figures.number_words", figures._number_word())]
    out += [(f"entities.before_tail.{t}", before) for t, _, before in entities.tail_patterns()]
    out += [("sentences", _SENT_END)]
    out += [("people.appositive_title", people._appositive()[0]), ("people.appositive_name", people._appositive()[1]),
            ("entities.leading_title", entities._leading_title()), ("people.title_body_name", people._title_body_name())]
    out += [("bare_names.runs", bare_names._name_runs()), ("bare_names.cue_before", bare_names._speaker_cues()[0]),
            ("bare_names.role_before", bare_names._role_before()),
            ("bare_names.verb_after", bare_names._speaker_cues()[1])]
    return out


def _line_patterns():
    """Layout patterns, which the loader only full-matches against one line of at most 600 characters."""
    from kzdiplo.layout import MAX_FURNITURE_LINE, layout

    from kzdiplo.layout import one_pass

    patterns = [(reason, p) for reason, p in layout().furniture] + [("trailer", p) for p in layout().trailer_starts]
    return MAX_FURNITURE_LINE, patterns + [(f"one pass {field}", one_pass(field))
                                           for field in ("furniture", "trailer_starts", "link_block_starts")]


ADVERSARIAL = {
    "digits": "1.234.567,89 " * 7700 + "1" * 100,
    "separators": ("12," * 30000)[:100_000],
    "capitals": ("Kementerian Luar Negeri Presiden Wang Yi Duta Besar " * 2000)[:100_000],
    "months": ("Januari Februari Maret-April 2023 hingga " * 2500)[:100_000],
    "whitespace": " \u00a0\t" * 33000 + "x",
    "words": ("dua puluh lima ratus ribu juta miliar " * 2700)[:100_000],
    "no spaces": ("x" * 130 + "1") * 760,
}


@pytest.mark.parametrize("kind", ADVERSARIAL)
def test_no_catastrophic_backtracking(kind):
    import re

    text = ADVERSARIAL[kind]
    start = time.perf_counter()
    sum(1 for _ in re.finditer(r"\w+", text))
    plain = time.perf_counter() - start
    from kzdiplo.textutil import lowered

    for name, pattern in _patterns():
        start = time.perf_counter()
        for _ in pattern.finditer(text):
            pass
        for _ in pattern.finditer(lowered(text)):  # date rules and the gazetteer run on the lower-cased text
            pass
        took = time.perf_counter() - start
        assert took < max(200 * plain, 1.0), f"{name} took {took:.2f}s on {kind} text (plain scan {plain:.4f}s)"
    limit, line_patterns = _line_patterns()
    lines = [text[i:i + limit] for i in range(0, len(text), limit)]
    start = time.perf_counter()
    for _, pattern in line_patterns:
        for line in lines:
            pattern.fullmatch(line)
    assert time.perf_counter() - start < max(200 * plain, 1.0)


@pytest.mark.parametrize("kind", ADVERSARIAL)
def test_date_and_figure_finders_stay_linear(kind):
    """The finders run their patterns in stretches around triggers, or only where a trigger starts;
    neither shortcut may rescan a text that has no spaces or is all triggers."""
    from kzdiplo.extract.dates import find_candidates
    from kzdiplo.extract.entity_merge import collect_hits
    from kzdiplo.extract.figures import find_quantities

    text = ADVERSARIAL[kind]
    start = time.perf_counter()
    find_candidates(text, 0, len(text))
    find_quantities(text, 0, len(text), [])
    collect_hits(text, [(0, len(text))])
    assert time.perf_counter() - start < 3.0, kind


@pytest.mark.parametrize("filename, content", [
    ("places.yaml", "places:\n  - {name: X, kind: region, aliases: [X], members: 5}\n"),
    ("places.yaml", "places:\n  - just a string\n"),
    ("entity_rules.yaml", "spelled_out: [KTT]\n"),
    ("given_names.yaml", "surname_endings: [ova, on]\n"),  # YAML reads on as true
    ("given_names.yaml", "given_names: {mine: [Zhan, 2024]}\n"),  # a new group of a word table
])
def test_malformed_user_data_is_a_one_line_error(tmp_path, filename, content):
    import os
    import subprocess
    import sys

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / filename).write_text(content, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Judul Berita Kazakhstan\n\nJakarta - KTT Kazakhstan digelar pada 2024 di Astana.\n", encoding="utf-8")
    env = {**os.environ, "KZDIPLO_DATA": str(tmp_path / "data"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-m", "kzdiplo", "extract", "--json", str(article)],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode != 0 and done.stdout == ""
    assert done.stderr.startswith("Error: ") and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert filename in done.stderr and "internal error" not in done.stderr, done.stderr  # names the file at fault
