"""Every command in every format; schemas; golden files; pipes get no escape codes."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import jsonschema
import pytest

from kzdiplo import schema
from tests.conftest import ROOT
from tests.test_cli import run

GOLDEN = ROOT / "tests" / "golden"
CN_2023, CN_2024 = "xi-tokayev-beijing-2023", "bharata-2024-wang-yi-nurtleu-astana"

COMMANDS = {
    "list": ["list"],
    "extract": ["extract"],
    "figures": ["figures"],
    "entities": ["entities"],
    "timeline": ["timeline"],
    "summarize": ["summarize"],
    "diff": ["diff", CN_2023, CN_2024],
}
FORMATS = {
    "list": ["table", "json", "jsonl", "csv"], "extract": ["json", "jsonl"], "figures": ["table", "json", "jsonl", "csv"],
    "entities": ["table", "json", "jsonl", "csv"], "timeline": ["table", "json", "jsonl", "csv"],
    "summarize": ["table", "json", "jsonl"], "diff": ["table", "json"],
}


def _args(name, fmt):
    return COMMANDS[name] + ([] if fmt == "table" else [f"--{fmt}"])


@pytest.mark.parametrize("name, fmt", [(n, f) for n, fs in FORMATS.items() for f in fs])
def test_every_format_of_every_command(name, fmt):
    result = run(_args(name, fmt))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.strip() and "\x1b[" not in out
    if fmt == "json":
        doc = json.loads(out)
        if name in schema.generated():
            jsonschema.validate(doc, schema.load(name))
    elif fmt == "jsonl":
        assert all(isinstance(json.loads(line), dict) for line in out.splitlines())
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows and all(rows[0].keys())


def test_shipped_schemas_match_the_dataclasses():
    for name, doc in schema.generated().items():
        assert schema.load(name) == doc, f"schemas/{name}.json is stale: run python -m kzdiplo.schema"


@pytest.mark.parametrize("name", ["summarize", "figures", "diff"])
def test_golden_json(name):
    out = run(_args(name, "json")).stdout
    path = GOLDEN / f"{name}.json"
    if os.environ.get("KZDIPLO_UPDATE_GOLDEN"):
        path.write_text(out, encoding="utf-8")
    assert json.loads(out) == json.loads(path.read_text(encoding="utf-8"))


def test_figures_country_china_lists_the_2023_trade_figure_and_its_conversion():
    rows = json.loads(run(["figures", "--country", "China", "--json"]).stdout)
    trade = next(r for r in rows if r["text"] == "41 miliar dolar AS")
    rupiah = next(r for r in rows if r["text"] == "657 triliun rupiah")
    assert (trade["period"], trade["metric"], trade["value"], trade["amount"]) == ("2023", "trade", 41000000000, "US$41 miliar")
    assert rupiah["converts"] == trade["id"] and rupiah["qualifier"] == "approx"
    for alias in ("Tiongkok", "Cina", "CN", "cn", "RRT"):
        assert json.loads(run(["figures", "--country", alias, "--json"]).stdout) == rows


def test_unknown_country_suggests_names():
    result = run(["figures", "--country", "Chna"])
    assert result.exit_code == 1 and "unknown country 'Chna'" in result.output and "China" in result.output


def test_diff_of_the_china_kazakhstan_articles():
    report = json.loads(run(["diff", CN_2023, CN_2024, "--json"]).stdout)
    both = report["entities"]["both"]
    assert "PERSON Xi Jinping" in both and "PERSON Kassym-Jomart Tokayev" in both
    assert any(e.startswith("INITIATIVE Belt and Road") for e in both)
    assert report["figures"]["only_a"] == [] and any("US$41 miliar" in f for f in report["figures"]["only_b"])


def test_diff_works_on_plain_files():
    result = run(["diff", f"data/{CN_2023}.txt", f"data/{CN_2024}.txt"])
    assert result.exit_code == 0 and "only B" in result.stdout


def test_timeline_filters():
    rows = json.loads(run(["timeline", "--json", "--since", "2023", "--until", "2023-12"]).stdout)
    assert rows and all(r["date"][:4] == "2023" or "/" in r["date"] for r in rows)
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    assert run(["timeline", "--since", "last year"]).exit_code == 2


def test_summarize_names_the_main_job_contents():
    doc = json.loads(run(["summarize", "--json"]).stdout)
    cards = {c["id"]: c for c in doc["cards"]}
    assert cards[CN_2024]["countries"] == ["CN", "KZ"]
    assert 2 <= len(cards[CN_2024]["summary"]) <= 3
    assert any(p["name"] == "Kassym-Jomart Tokayev" for p in doc["overview"]["recurring_people"])


def test_entities_filters():
    people = json.loads(run(["entities", "--type", "person", "--json"]).stdout)
    assert people and all(p["type"] == "PERSON" for p in people)
    one = json.loads(run(["entities", "--article", CN_2023, "--json"]).stdout)
    assert one and all(r["articles"] == [CN_2023] for r in one)


def test_piped_output_has_no_escape_codes_and_head_ends_quietly():
    env = {**os.environ, "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    proc = subprocess.run(f"{sys.executable} -m kzdiplo figures | head -n 2", shell=True, capture_output=True,
                          text=True, cwd=ROOT, env=env)
    assert "\x1b[" not in proc.stdout and len(proc.stdout.splitlines()) == 2
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr
