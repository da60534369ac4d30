"""Extraction scored against the seed gold with the project's own scorer, with thresholds."""
from __future__ import annotations

import json

import pytest

from kzdiplo import open_corpus
from kzdiplo.api import facts
from kzdiplo.evaluate import evaluate, load_gold
from tests.conftest import GOLD
from tests.test_cli import run


@pytest.fixture(scope="module")
def report():
    return evaluate(load_gold(GOLD), [facts(a) for a in open_corpus("corpus.yaml").articles()])


@pytest.mark.parametrize("category, minimum", [
    ("entities", 0.95), ("entities_untyped", 0.95), ("dates", 0.95), ("figures", 0.95), ("figures_core", 1.0),
])
def test_f1_thresholds(report, category, minimum):
    assert report.categories[category].f1 >= minimum, report.categories[category].misses + report.categories[category].extras


@pytest.mark.parametrize("attribute", ["countries", "status", "period", "qualifier", "country_code"])
def test_attribute_accuracy(report, attribute):
    assert report.attributes[attribute] >= 0.9


def test_meta_fields_all_right(report):
    assert report.meta == 1.0 and report.missing_articles == []


def test_eval_command_and_min_f1():
    result = run(["eval", "--gold", str(GOLD), "--json"])
    doc = json.loads(result.stdout)
    assert result.exit_code == 0 and doc["meta"] == 1.0 and doc["dates"]["f1"] >= 0.95
    assert run(["eval", "--gold", str(GOLD), "--min-f1", "1.01"]).exit_code == 1
    assert "miss" in run(["eval", "--gold", str(GOLD), "--show-errors", "data/antara-2022-sarekenov-interview.txt"]).stdout


def test_a_wrong_prediction_lowers_the_score():
    gold = load_gold(GOLD)
    docs = [facts(a) for a in open_corpus("corpus.yaml").articles()]
    from kzdiplo.render import plain

    broken = [plain(d) for d in docs]
    broken[0]["figures"] = broken[0]["figures"][1:]
    broken[0]["meta"]["outlet"] = "Reuters"
    bad = evaluate(gold, broken)
    assert bad.categories["figures"].f1 < 1.0 and bad.meta < 1.0


def test_eval_errors(tmp_path):
    assert run(["eval", "--gold", str(tmp_path)]).exit_code == 1
    (tmp_path / "x.yaml").write_text("article: [", encoding="utf-8")
    result = run(["eval", "--gold", str(tmp_path)])
    assert result.exit_code == 1 and "malformed gold file" in result.output
