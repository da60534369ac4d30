"""Benchmark kzdiplo: extraction throughput, memory, cache speed-up and cold starts.

    python benchmarks/run.py [--sizes 100,1000,10000] [--out benchmarks/RESULTS.md]

Builds corpora of N articles from the seeds in data/ with deterministic variations of their
sentences, names and numbers, then measures extraction at --jobs 1 and at all cores, a second
(cached) run, peak memory, and the cold start of `kzdiplo --help` and `kzdiplo summarize`.
If dateparser or spaCy are installed (benchmark-only), they are timed on the same text.
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAMES = ["Kazakhstan", "Indonesia", "Vietnam", "Tiongkok", "Uzbekistan", "Rusia", "Malaysia", "Kirgistan"]


def _variant(text: str, rng: random.Random) -> str:
    paragraphs = text.split("\n\n")
    head, body = paragraphs[:4], paragraphs[4:]
    rng.shuffle(body)
    out = "\n\n".join(head + body)
    out = re.sub(r"\b(Kazakhstan|Indonesia|Vietnam|Tiongkok)\b", lambda m: rng.choice(NAMES), out)
    return re.sub(r"\b\d{2,3}\b", lambda m: str(rng.randint(10, 999)), out)


def build_corpus(folder: Path, size: int) -> int:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data").glob("*.txt"))]
    rng = random.Random(size)
    (folder / "data").mkdir(parents=True, exist_ok=True)
    lines, total = ["articles:"], 0
    for number in range(size):
        text = _variant(seeds[number % len(seeds)], rng)
        (folder / "data" / f"a{number:05d}.txt").write_text(text, encoding="utf-8")
        lines.append(f"  - id: a{number:05d}\n    file: data/a{number:05d}.txt")
        total += len(text.encode("utf-8"))
    (folder / "corpus.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return total


def _timed(args: list[str], cwd: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS (KB) of one kzdiplo run in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kzdiplo", *args], cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    took = time.perf_counter() - start
    return took, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


COLD_RUNS = 11  # a median of 5 still caught a slow spell of the shared machine (175 ms for a 90 ms --help)


def cold_start(args: list[str], runs: int = COLD_RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kzdiplo", *args], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _best_of(runs: int, work) -> float:
    """The fastest of several timed runs of work(): the least disturbed by the rest of the machine."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def _kzdiplo_stages():
    """kzdiplo's whole extraction, the two stages that do what dateparser and spaCy do, and parsing alone."""
    import sys as _sys

    from kzdiplo import extract, parse

    stages = _sys.modules["kzdiplo.extract"]
    from kzdiplo.extract.entity_merge import collect_hits, group

    def whole(text, number):
        extract(parse(text, article_id=str(number)))

    def dates_only(text, number):
        article = parse(text, article_id=str(number))
        stages.extract_dates(article, stages.Sentences(article.text, stages.regions(article)))

    def entities_only(text, number):
        article = parse(text, article_id=str(number))
        sentences = stages.Sentences(article.text, stages.regions(article))
        group(article.text, collect_hits(article.text, stages.regions(article)), sentences.sentence)

    def parse_only(text, number):
        parse(text, article_id=str(number))

    return whole, dates_only, entities_only, parse_only


def _other_tools(texts: list[str]) -> dict:
    """name -> function timing one tool over the texts, for the tools that are installed, each set up and
    warmed up; plus a note for each that is not."""
    tools, missing = {}, []
    try:
        from dateparser.search import search_dates

        search_dates(texts[0], languages=["id"])
        tools["dateparser"] = lambda: [search_dates(text, languages=["id"]) for text in texts]
    except ImportError:
        missing.append("| dateparser | not installed (pip install dateparser) | | |")
    try:
        import spacy

        from kzdiplo.gazetteer import entries

        nlp = spacy.blank("id")
        ruler = nlp.add_pipe("entity_ruler")
        ruler.add_patterns([{"label": e.type, "pattern": a} for e in entries() for a in e.aliases])
        nlp(texts[0])
        tools["spaCy"] = lambda: [nlp(text) for text in texts]
    except ImportError:
        missing.append("| spaCy | not installed (pip install spacy) | | |")
    return {"tools": tools, "missing": missing}


ROUNDS = 3  # every tool runs once per round, in turn, so a slow spell of the machine hits them all alike


def compare_others(texts: list[str]) -> tuple[list[str], dict[str, float]]:
    """kzdiplo, dateparser and spaCy on the same articles, one article at a time (tools not installed
    are noted); each timed after its one-time set-up, best of ROUNDS interleaved rounds. Also returns
    the speed ratios."""
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    whole, dates_only, entities_only, parse_only = _kzdiplo_stages()
    work = {name: (lambda stage=stage: [stage(text, number) for number, text in enumerate(texts)])
            for name, stage in (("whole", whole), ("dates", dates_only), ("entities", entities_only), ("parse", parse_only))}
    for stage in (whole, dates_only, entities_only, parse_only):
        stage(texts[0], 0)
    others = _other_tools(texts)
    work.update(others["tools"])
    timed: dict[str, float] = {}
    for _ in range(ROUNDS):
        for name, run in work.items():
            timed[name] = min(timed.get(name, float("inf")), _best_of(1, run))

    def row(name: str, seconds: float, note: str = "") -> str:
        return f"| {name} | {seconds:.3f} s | {megabytes / seconds:.2f} MB/s | {note} |"

    rows = [row("kzdiplo: parse + entities, dates, figures with context", timed["whole"]),
            row("kzdiplo: parse only (layout, metadata, paragraphs, quotes)", timed["parse"]),
            row("kzdiplo: parse + dates only", timed["dates"]),
            row("kzdiplo: parse + entities only (gazetteer, names, titles, merging)", timed["entities"])]
    ratios = {}
    for tool, stage, label in (("dateparser", "dates", "dateparser search_dates(languages=['id']) (dates only)"),
                               ("spaCy", "entities", "spaCy blank('id') + EntityRuler, same gazetteer (entities only)")):
        if tool in timed:
            took = timed[tool]
            ratios[tool], ratios[f"{tool}, {stage} only"] = took / timed["whole"], took / timed[stage]
            rows.append(row(label, took, f"whole kzdiplo {ratios[tool]:.1f}x faster; its {stage} {ratios[f'{tool}, {stage} only']:.1f}x"))
    return rows + others["missing"], ratios


def _ratio_line(ratios: dict[str, float], tool: str, target: float, stage: str) -> str:
    if tool not in ratios:
        return f"- {target:.0f}x {tool}: not measured ({tool} not installed)"
    whole, alike = ratios[tool], ratios[f"{tool}, {stage} only"]
    verdict = "met" if whole >= target else f"met for the {stage} stage alone, not for the whole extraction" \
        if alike >= target else "not met"
    return f"- {target:.0f}x {tool}: {verdict} (whole extraction {whole:.1f}x; {stage} alone, like for like, {alike:.1f}x)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "RESULTS.md"))
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    rows = ["| articles | MB | jobs 1: s (art/s, MB/s) | jobs {c}: s (art/s, MB/s) | cached rerun s | speed-up | peak RSS MB |".format(c=cores),
            "|---|---|---|---|---|---|---|"]
    sample: list[str] = []
    best_one = peak_mb = last_speedup = 0.0
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            total = build_corpus(folder, size)
            mb = total / 1e6
            one, _ = _timed(["extract", "--jsonl", "--no-cache", "--jobs", "1"], folder)
            many, _ = _timed(["extract", "--jsonl", "--jobs", str(cores)], folder)
            cached, rss = _timed(["extract", "--jsonl"], folder)
            best_one, peak_mb, last_speedup = max(best_one, mb / one), rss / 1024, many / cached
            rows.append(f"| {size} | {mb:.1f} | {one:.1f} ({size / one:.0f}, {mb / one:.2f}) | {many:.1f} ({size / many:.0f}, "
                        f"{mb / many:.2f}) | {cached:.2f} | {many / cached:.1f}x | {rss / 1024:.0f} |")
            if len(sample) < min(size, 300):
                sample = [p.read_text(encoding="utf-8") for p in sorted((folder / "data").glob("*.txt"))[:300]]
            print(rows[-1], flush=True)
    help_s, summarize_s = cold_start(["--help"]), cold_start(["summarize", "--no-cache"])
    comparison, ratios = compare_others(sample)
    report = [
        "# Benchmark results", "", f"Machine: {platform.platform()}, Python {platform.python_version()}, {cores} cores.",
        f"Run: `python benchmarks/run.py --sizes {args.sizes}` on {time.strftime('%Y-%m-%d')}.",
        "Timings of the same code drift by up to 25% between runs on these shared machines; the ratios",
        "between tools, timed in interleaved rounds within one run, are steadier than the absolute numbers.", "",
        "## Extraction", "", *rows, "", f"## Cold start (median of {COLD_RUNS})", "",
        f"- `kzdiplo --help`: {help_s * 1000:.0f} ms", f"- `kzdiplo summarize --no-cache` (bundled corpus): {summarize_s * 1000:.0f} ms", "",
        f"## Same articles (the first {len(sample)} of the corpus), one process, other tools "
        f"(best of {ROUNDS} interleaved rounds, every tool)", "",
        "| tool | time | throughput | |", "|---|---|---|---|",
        *comparison, "",
        "## Targets", "",
        f"- one core >= 5 MB/s: {'met' if best_one >= 5 else 'not met'} ({best_one:.2f} MB/s, whole runs incl. start-up)",
        f"- `--help` <= 150 ms: {'met' if help_s <= 0.15 else 'not met'}; `summarize` <= 500 ms: "
        f"{'met' if summarize_s <= 0.5 else 'not met'}",
        f"- peak memory < 200 MB at the largest size: {'met' if peak_mb < 200 else 'not met'} ({peak_mb:.0f} MB)",
        f"- cached rerun >= 10x faster at the largest size: {'met' if last_speedup >= 10 else 'not met'} ({last_speedup:.1f}x)",
        _ratio_line(ratios, "dateparser", 20, "dates"), _ratio_line(ratios, "spaCy", 5, "entities"), "",
    ]
    Path(args.out).write_text("\n".join(report), encoding="utf-8")
    print("\n".join(report))


if __name__ == "__main__":
    main()
