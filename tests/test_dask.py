"""kzdiplo[dask]: extraction as a dask.bag map on a local cluster equals the single-process run."""
from __future__ import annotations

import random
import re

import pytest

from kzdiplo.api import corpus_documents
from kzdiplo.corpus import open_corpus
from tests.conftest import ROOT
from tests.test_cli import run

distributed = pytest.importorskip("dask.distributed")
NAMES = ["Kazakhstan", "Indonesia", "Vietnam", "Tiongkok", "Uzbekistan", "Rusia", "Malaysia"]


def generated_corpus(folder, size: int):
    """`size` articles: the seeds with shuffled paragraphs, swapped country names and changed numbers."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data").glob("*.txt"))]
    rng = random.Random(size)
    (folder / "data").mkdir()
    lines = ["articles:"]
    for number in range(size):
        head, *body = seeds[number % len(seeds)].split("\n\n")
        rng.shuffle(body)
        text = re.sub(r"\b(Kazakhstan|Indonesia|Vietnam|Tiongkok)\b", lambda m: rng.choice(NAMES), "\n\n".join([head, *body]))
        text = re.sub(r"\b\d{2,3}\b", lambda m: str(rng.randint(10, 999)), text)
        (folder / "data" / f"g{number:04d}.txt").write_text(text, encoding="utf-8")
        lines.append(f"  - id: g{number:04d}\n    file: data/g{number:04d}.txt")
    (folder / "corpus.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder / "corpus.yaml"


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as local:
        yield local


def test_local_cluster_matches_single_process(tmp_path, cluster):
    from kzdiplo.dask_run import dask_documents

    corpus = open_corpus(generated_corpus(tmp_path, 1000))
    with distributed.Client(cluster) as client:
        on_cluster = list(dask_documents(corpus, client))
    alone = [document for document, _ in corpus_documents(corpus, jobs=1)]
    assert len(on_cluster) == 1000
    assert on_cluster == alone


def test_cli_dask_option_gives_the_same_jsonl(tmp_path, cluster):
    manifest = generated_corpus(tmp_path, 12)
    plain = run(["extract", "--jsonl", "--no-cache", "--jobs", "1", "--corpus", str(manifest)])
    clustered = run(["extract", "--jsonl", "--dask", cluster.scheduler_address, "--corpus", str(manifest)])
    assert clustered.exit_code == 0, clustered.stderr
    assert clustered.stdout == plain.stdout and len(plain.stdout.splitlines()) == 12


def test_unreachable_scheduler_is_a_one_line_error(tmp_path):
    manifest = generated_corpus(tmp_path, 1)
    result = run(["extract", "--jsonl", "--dask", "tcp://127.0.0.1:9", "--corpus", str(manifest)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot reach the dask scheduler") and len(result.stderr.splitlines()) == 1
