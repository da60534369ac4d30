"""The command line through click's CliRunner: every command, format and error, with exit codes."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kzdiplo.cli import main
from tests.conftest import ARTICLE

IDS = ["antara-2022-sarekenov-interview", "vovworld-2023-tokayev-visit-vietnam", "bharata-2024-wang-yi-nurtleu-astana",
       "kabar24-wang-yi-idrissov-astana", "xi-tokayev-beijing-2023"]


def run(args, input=None):
    """Invoke through main() so library errors become `Error:` lines and exit codes, as in a shell."""
    runner = CliRunner()
    return runner.invoke(cli_entry, args, input=input, catch_exceptions=False)


import click  # noqa: E402


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []})
@click.pass_context
def cli_entry(ctx):
    main(list(ctx.args))


def test_version_and_help():
    assert run(["--version"]).output.startswith("kzdiplo, version ")
    for command in ([], ["list"], ["show"], ["extract"], ["eval"]):
        result = run([*command, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output
        assert run([*command, "-h"]).output == result.output


def test_list_table_json_jsonl_csv():
    table = run(["list"])
    assert table.exit_code == 0 and all(i in table.output for i in IDS)
    assert "\x1b[" not in table.output
    rows = json.loads(run(["list", "--json"]).output)
    assert [r["id"] for r in rows] == IDS
    assert list(rows[0]) == ["id", "outlet", "published", "title", "words"]
    lines = run(["list", "--jsonl"]).output.splitlines()
    assert [json.loads(line)["id"] for line in lines] == IDS
    csv = run(["list", "--csv"]).output.splitlines()
    assert csv[0] == "id,outlet,published,title,words" and len(csv) == 6


def test_show_text_and_json():
    text = run(["show", "bharata-2024-wang-yi-nurtleu-astana"])
    assert text.exit_code == 0 and "Eko Satrio Wibowo" in text.output and "(page trailer) Komentar" in text.output
    doc = json.loads(run(["show", "bharata-2024-wang-yi-nurtleu-astana", "--json"]).output)
    assert doc["meta"]["published"] == "2024-05-21" and doc["lead"]["kind"] == "lead"
    assert {"paragraphs", "quotes", "furniture", "sha256", "words"} <= set(doc)


def test_extract_files_json_and_jsonl():
    docs = json.loads(run(["extract", "--json", "data/antara-2022-sarekenov-interview.txt"]).output)
    assert len(docs) == 1 and docs[0]["meta"]["outlet"] == "ANTARA"
    assert docs[0]["id"] == IDS[0] and docs[0]["origin"] == "000_a83df6f147938cee.txt"
    assert list(docs[0])[:2] == ["id", "path"] and {"entities", "dates", "figures"} <= set(docs[0])
    lines = run(["extract", "--jsonl"]).output.splitlines()
    assert [json.loads(line)["id"] for line in lines] == IDS


def test_extract_reads_stdin():
    for args in (["extract", "--json", "-"], ["extract", "--json"]):
        docs = json.loads(run(args, input=ARTICLE).output)
        assert docs[0]["path"] == "-" and docs[0]["meta"]["dateline"] == "Jakarta"


def test_output_file_is_written_whole(tmp_path):
    target = tmp_path / "out.json"
    assert run(["list", "--json", "-o", str(target)]).exit_code == 0
    assert len(json.loads(target.read_text())) == 5
    assert not list(tmp_path.glob(".*.tmp"))


def test_corpus_option_and_env(make_corpus, monkeypatch):
    manifest = make_corpus({"a.txt": ARTICLE})
    assert json.loads(run(["list", "--json", "--corpus", str(manifest)]).output)[0]["id"] == "a"
    assert json.loads(run(["list", "--json", "--corpus", str(manifest.parent)]).output)[0]["id"] == "a"
    monkeypatch.setenv("KZDIPLO_CORPUS", str(manifest))
    assert json.loads(run(["list", "--json"]).output)[0]["id"] == "a"


@pytest.mark.parametrize("files, manifest, args, code, message", [
    ({}, None, ["show", "nope"], 1, "Error: no article 'nope'"),
    ({}, None, ["extract", "missing.txt"], 1, "Error: missing.txt: no such file"),
    ({}, None, ["extract", "data"], 1, "is a directory"),
    ({"a.txt": b""}, None, ["extract", "{root}/data/a.txt"], 1, "file is empty"),
    ({"a.txt": b"\x00\x01\x02\x03"}, None, ["extract", "{root}/data/a.txt"], 1, "binary"),
    ({}, "articles: [\n  - id: a\n  bad", ["list"], 1, "malformed YAML"),
    ({}, "articles:\n  - id: a\n    file: x.txt\n  - id: a\n    file: y.txt\n", ["list"], 1, "duplicate article id 'a'"),
    ({}, "articles:\n  - id: a\n    file: ../../etc/passwd\n", ["list"], 1, "outside the corpus folder"),
    ({}, "just text", ["list"], 1, "expected a mapping with an 'articles' list"),
    ({}, "articles:\n  - id: a\n    file: a.txt\n    colour: red\n", ["list"], 1, "unknown key(s) colour"),
    ({"a.txt": ARTICLE}, None, ["list", "--nope"], 2, "No such option"),
    ({}, None, ["show"], 2, "Missing argument"),
])
def test_errors_are_one_line_with_exit_codes(make_corpus, files, manifest, args, code, message):
    path = make_corpus(files, manifest)
    args = [a.replace("{root}", str(path.parent)) for a in args]
    result = run([*args, "--corpus", str(path)])
    assert result.exit_code == code
    assert message in result.output
    assert "Traceback" not in result.output
    if code == 1:
        assert result.output.strip().count("\n") == 0 and result.output.startswith("Error: ")


def test_malformed_yaml_names_file_and_line(make_corpus):
    path = make_corpus({}, "articles:\n  - id: a\n    file: [unclosed\n")
    result = run(["list", "--corpus", str(path)])
    assert result.exit_code == 1 and f"{path}: line" in result.output


def test_no_corpus_found(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run(["list"])
    assert result.exit_code == 1 and "no corpus.yaml" in result.output


def test_non_utf8_file_warns_and_extracts(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes(ARTICLE.replace("Kerja Sama", "Kerja Sam\u00e4").encode("cp1252"))
    result = run(["extract", "--json", str(path)])
    assert result.exit_code == 0
    assert "Warning: " in result.stderr and "not valid UTF-8, read as cp1252" in result.stderr
    assert json.loads(result.stdout)[0]["meta"]["outlet"] == "ANTARA"
