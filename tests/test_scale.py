"""--jobs gives the same output as one process; the cache serves unchanged articles and never stale ones."""
from __future__ import annotations

import json
import shutil

from kzdiplo.cache import CACHE_NAME
from tests.conftest import ROOT
from tests.test_cli import run


def _corpus(tmp_path, copies: int = 3):
    (tmp_path / "data").mkdir()
    lines = ["articles:"]
    for number in range(copies):
        for seed in sorted((ROOT / "data").glob("*.txt")):
            name = f"{number}-{seed.name}"
            shutil.copy(seed, tmp_path / "data" / name)
            lines.append(f"  - id: {number}-{seed.stem}\n    file: data/{name}")
    (tmp_path / "corpus.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path / "corpus.yaml"


def test_jobs_output_is_identical(tmp_path):
    manifest = _corpus(tmp_path)
    one = run(["extract", "--jsonl", "--no-cache", "--jobs", "1", "--corpus", str(manifest)]).stdout
    two = run(["extract", "--jsonl", "--no-cache", "--jobs", "2", "--corpus", str(manifest)]).stdout
    assert one == two and len(one.splitlines()) == 15


def test_cache_is_filled_reused_and_skipped(tmp_path):
    manifest = _corpus(tmp_path, copies=1)
    result = run(["index", "--corpus", str(manifest), "--jobs", "1"])
    assert result.exit_code == 0 and "Indexed 5 articles" in result.stderr
    assert (tmp_path / CACHE_NAME).is_file()
    cached = run(["figures", "--json", "--corpus", str(manifest)]).stdout
    fresh = run(["figures", "--json", "--no-cache", "--corpus", str(manifest)]).stdout
    assert json.loads(cached) == json.loads(fresh)


def test_changed_article_is_extracted_again(tmp_path):
    manifest = _corpus(tmp_path, copies=1)
    run(["index", "--corpus", str(manifest)])
    path = next((tmp_path / "data").glob("*antara*"))
    path.write_text(path.read_text(encoding="utf-8").replace("US$174,2 juta", "US$999 juta"), encoding="utf-8")
    texts = [f["text"] for f in json.loads(run(["figures", "--json", "--corpus", str(manifest)]).stdout)]
    assert "US$999 juta" in texts and "US$174,2 juta" not in texts
