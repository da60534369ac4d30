"""The command line: parses options, calls the library, renders. No extraction logic lives here."""
from __future__ import annotations

import os
import sys
from typing import Any, Callable, Iterable, Iterator, Sequence

import click

from kzdiplo import __version__

FORMATS = ("table", "json", "jsonl", "csv")
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def output_options(*formats: str) -> Callable:
    """--json / --jsonl / --csv (as the command supports) and -o FILE, written atomically."""
    def decorate(command: Callable) -> Callable:
        for name in reversed(formats):
            command = click.option(f"--{name}", "fmt", flag_value=name, help=f"Print {name.upper()}.")(command)
        return click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
                            help="Write to FILE (atomically) instead of stdout.")(command)
    return decorate


def emit(chunks: Iterable[str], output: str | None) -> None:
    from kzdiplo.render import write_atomic

    if output:
        write_atomic(output, chunks)
        return
    for chunk in chunks:
        sys.stdout.write(chunk)
    sys.stdout.flush()


def render(fmt: str | None, output: str | None, *, doc: Any, items: Sequence | None = None,
           rows: Sequence[dict] | None = None, columns: Sequence[str] = (), title: str | None = None) -> None:
    """One entry point for every listing: `doc` for --json, `items` for --jsonl, `rows` for tables and CSV."""
    from kzdiplo import render as out

    if fmt == "json":
        emit([out.to_json(doc), "\n"], output)
    elif fmt == "jsonl":
        emit(out.json_lines(items if items is not None else [doc]), output)
    elif fmt == "csv":
        emit([out.csv_text(rows or [], columns)], output)
    else:
        emit([out.table_text(rows or [], columns, title, terminal=False if output else None)], output)


def corpus_option(command: Callable) -> Callable:
    return click.option("--corpus", "corpus_path", envvar="KZDIPLO_CORPUS", type=click.Path(),
                        help="corpus.yaml (or its folder); default: nearest corpus.yaml upward. Env: KZDIPLO_CORPUS.")(command)


def run_options(command: Callable) -> Callable:
    """--jobs and --no-cache for every command that extracts from the corpus."""
    command = click.option("--no-cache", is_flag=True, help="Extract again; do not read or write the cache.")(command)
    return click.option("-j", "--jobs", type=click.IntRange(1, 256), default=None,
                        help="Processes for extraction (default: all cores).")(command)


def _jobs(jobs: int | None) -> int:
    return jobs or os.cpu_count() or 1


def _corpus_pairs(corpus_path, ids=(), jobs=None, no_cache=False):
    """(article, extraction) for the corpus or the given ids, in order, through the cache."""
    from kzdiplo.api import corpus_extractions, open_cache
    from kzdiplo.corpus import open_corpus

    corpus = open_corpus(corpus_path)
    selected = corpus.selection(list(ids))  # an unknown id is an error before any output
    cache = open_cache(corpus, not no_cache)
    try:
        for article, found in corpus_extractions(corpus, [e.id for e in selected] if ids else None, _jobs(jobs), cache):
            _warned([article])
            yield article, found
    finally:
        if cache:
            cache.close()


def _corpus_facts(corpus_path, ids=(), jobs=None, no_cache=False):
    from kzdiplo.api import facts

    return (facts(a, x) for a, x in _corpus_pairs(corpus_path, ids, jobs, no_cache))


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="kzdiplo")
def cli() -> None:
    """Structured, checkable facts from Indonesian news about Kazakhstan's diplomacy."""


@cli.command("list")
@corpus_option
@output_options("json", "jsonl", "csv")
def list_cmd(corpus_path, fmt, output) -> None:
    """List the corpus's articles: id, outlet, date, title, words."""
    from kzdiplo.api import list_articles
    from kzdiplo.corpus import open_corpus
    from kzdiplo.render import plain

    listing = list_articles(open_corpus(corpus_path))
    rows = [plain(item) for item in listing]
    render(fmt, output, doc=listing, items=listing, rows=rows, columns=("id", "outlet", "published", "title", "words"))


@cli.command()
@click.argument("article_id")
@corpus_option
@output_options("json")
def show(article_id, corpus_path, fmt, output) -> None:
    """Show the whole record of article ARTICLE_ID: metadata, paragraphs, quotes, furniture."""
    from kzdiplo.corpus import open_corpus
    from kzdiplo.render import plain

    article = open_corpus(corpus_path).load(article_id)
    if fmt == "json":
        render(fmt, output, doc=_article_doc(article))
        return
    emit([_article_text(plain(article))], output)


def _article_doc(article) -> dict:
    from kzdiplo.render import plain

    doc = plain(article)
    doc.pop("text")
    doc["lead"] = plain(article.lead)
    doc["words"] = article.word_count
    return doc


def _article_text(doc: dict) -> str:
    meta = doc["meta"]
    lines = [f"{doc['id']}  ({doc['path']})", ""]
    lines += [f"{key:>10}: {value if value not in (None, []) else '-'}" for key, value in meta.items()]
    lines += ["", "Paragraphs:"] + [f"  [{p['kind']}] {p['text']}" for p in doc["paragraphs"]]
    lines += ["", "Quotes:"] + [f"  {q['speaker'] or '?'}: “{q['text']}”" for q in doc["quotes"]]
    lines += ["", "Set aside:"] + [f"  ({f['reason']}) {f['text']}" for f in doc["furniture"]]
    return "\n".join(lines) + "\n"


@cli.command("extract")
@click.argument("files", nargs=-1, type=click.Path())
@corpus_option
@output_options("json", "jsonl")
@run_options
@click.option("--dask", "scheduler", metavar="SCHEDULER",
              help="Extract the corpus on a Dask cluster: 'local' or a scheduler address (extra: kzdiplo[dask]).")
def extract_cmd(files, corpus_path, fmt, output, jobs, no_cache, scheduler) -> None:
    """Extract entities, dates and figures from FILES (- for stdin), else from piped input or the corpus.

    Prints per-article JSON: id, path, origin, sha256, meta, entities, dates, figures.
    """
    from kzdiplo.api import extractions, facts, read_inputs
    from kzdiplo.corpus import open_corpus
    from kzdiplo.render import to_json

    if scheduler:
        if files:
            raise click.UsageError("--dask reads the corpus; give no FILES")
        documents = _dask_documents(corpus_path, scheduler)
    else:
        articles = _articles_for(files, corpus_path, read_inputs, open_corpus) if files or not sys.stdin.isatty() else None
        if articles is None or articles == "corpus":
            documents = _corpus_documents(corpus_path, jobs, no_cache)
        else:
            documents = (to_json(facts(a, x), indent=None) for a, x in extractions(articles, _jobs(jobs)))
    emit((d + "\n" for d in documents) if fmt == "jsonl" else _json_array(documents), output)


def _dask_documents(corpus_path, scheduler: str) -> Iterator[str]:
    from kzdiplo.corpus import open_corpus
    from kzdiplo.dask_run import client_for, dask_documents

    corpus = open_corpus(corpus_path)
    with client_for(scheduler) as client:
        yield from dask_documents(corpus, client)


def _corpus_documents(corpus_path, jobs, no_cache) -> Iterator[str]:
    from kzdiplo.api import corpus_documents, open_cache
    from kzdiplo.corpus import open_corpus

    corpus = open_corpus(corpus_path)
    cache = open_cache(corpus, not no_cache)
    try:
        for document, warnings in corpus_documents(corpus, None, _jobs(jobs), cache):
            for warning in warnings:
                click.echo(f"Warning: {warning}", err=True)
            yield document
    finally:
        if cache:
            cache.close()


def _json_array(documents: Iterable[str]) -> Iterable[str]:
    """A JSON array written one element at a time, so memory does not grow with the corpus."""
    import json

    opening = "["  # written with the first element, so that an error before it leaves stdout empty
    for number, document in enumerate(documents):
        pretty = json.dumps(json.loads(document), ensure_ascii=False, indent=2)
        yield opening + ("," if number else "") + "\n  " + pretty.replace("\n", "\n  ")
        opening = ""
    yield opening + "\n]\n"


def _warned(articles: Iterable) -> list:
    """The articles, after telling stderr about any problem met while reading them."""
    articles = list(articles)
    for article in articles:
        for warning in article.warnings:
            click.echo(f"Warning: {warning}", err=True)
    return articles


def _articles_for(files, corpus_path, read_inputs, open_corpus):
    if files:
        return _warned(read_inputs(files, corpus_path))
    if not corpus_path and not sys.stdin.isatty():
        raw = sys.stdin.buffer.read()
        if raw.strip():
            from kzdiplo.loader import load_bytes

            return _warned([load_bytes(raw, "-")])
    return "corpus"


def main(argv: list[str] | None = None) -> None:
    """Console entry point: library errors become one `Error:` line; pipes closed early end quietly."""
    from kzdiplo.errors import KzdiploError

    try:
        code = cli.main(args=argv, prog_name="kzdiplo", standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except KzdiploError as exc:
        click.echo(f"Error: {' '.join(str(exc).split())}", err=True)
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        _quiet_broken_pipe()
    except KeyboardInterrupt:
        sys.exit(130)
    except RecursionError:
        click.echo("Error: input nested too deeply to process", err=True)
        sys.exit(1)
    except Exception as exc:  # a bug: still one line, unless the user asks for the traceback
        if os.environ.get("KZDIPLO_DEBUG"):
            raise
        click.echo(f"Error: internal error {type(exc).__name__}: {exc} (set KZDIPLO_DEBUG=1 for details)", err=True)
        sys.exit(1)


def _quiet_broken_pipe() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)


@cli.command("eval")
@click.option("--gold", "gold_dir", required=True, type=click.Path(), help="Folder of gold YAML files.")
@click.argument("files", nargs=-1, type=click.Path())
@corpus_option
@click.option("--show-errors", is_flag=True, help="List every miss and false positive.")
@click.option("--min-f1", type=float, help="Exit 1 if entities, dates or figures F1 is below this.")
@output_options("json")
def eval_cmd(gold_dir, files, corpus_path, show_errors, min_f1, fmt, output) -> None:
    """Score extraction of FILES (default: the corpus) against gold annotations in DIR."""
    from kzdiplo.api import facts, read_inputs
    from kzdiplo.corpus import open_corpus
    from kzdiplo.evaluate import evaluate, load_gold

    gold = load_gold(gold_dir)
    articles = _warned(read_inputs(files, corpus_path) if files else open_corpus(corpus_path).articles())
    report = evaluate(gold, (facts(a) for a in articles))
    summary = report.summary()
    if fmt == "json":
        render(fmt, output, doc=summary)
    else:
        emit([_eval_text(report, show_errors)], output)
    worst = min(report.categories[k].f1 for k in ("entities", "dates", "figures"))
    if min_f1 is not None and (worst < min_f1 or report.missing_articles):
        raise click.exceptions.Exit(1)


def _eval_text(report, show_errors: bool) -> str:
    lines = []
    if show_errors:
        for name in ("entities", "dates", "figures"):
            score = report.categories[name]
            lines += [f"  miss  {name}: {m}" for m in score.misses] + [f"  extra {name}: {e}" for e in score.extras]
        lines += [f"  {e}" for e in report.meta_errors]
    lines.append(f"{'category':<18}{'P':>8}{'R':>8}{'F1':>8}")
    for name, score in report.categories.items():
        lines.append(f"{name:<18}{score.precision:8.3f}{score.recall:8.3f}{score.f1:8.3f}")
    lines.append("attributes (accuracy on matched): " + ", ".join(f"{k}={v}" for k, v in report.attributes.items()))
    missing = f"   missing articles: {report.missing_articles}" if report.missing_articles else ""
    lines.append(f"meta fields: {report.meta}{missing}")
    return "\n".join(lines) + "\n"


FIGURE_COLUMNS = ("article", "amount", "kind", "unit", "qualifier", "countries", "metric", "period", "status", "marked")


@cli.command()
@click.option("--country", help="Only figures about this country (any name, alias or ISO code).")
@click.option("--kind", type=click.Choice(["money", "percent", "multiplier", "count"]), help="Only this kind.")
@click.option("--metric", type=click.Choice(["trade", "trade_growth", "investment", "other"]), help="Only this metric.")
@click.option("--status", type=click.Choice(["actual", "target", "forecast"]), help="Only this status.")
@click.argument("ids", nargs=-1)
@corpus_option
@output_options("json", "jsonl", "csv")
@run_options
def figures(country, kind, metric, status, ids, corpus_path, fmt, output, jobs, no_cache) -> None:
    """List the figures of the corpus (or of article IDS), with what each is about."""
    from kzdiplo.gazetteer import resolve_country
    from kzdiplo.render import plain
    from kzdiplo.reports import figure_rows

    code = resolve_country(country) if country else None
    rows = figure_rows(_corpus_facts(corpus_path, ids, jobs, no_cache), code, kind, metric, status)
    render(fmt, output, doc=rows, items=rows, rows=[plain(r) for r in rows], columns=FIGURE_COLUMNS,
           title=f"Figures{' about ' + code if code else ''}")


@cli.command()
@click.option("--type", "etype", type=click.Choice(["PERSON", "COUNTRY", "ORG", "LOC", "INITIATIVE"], case_sensitive=False),
              help="Only entities of this type.")
@click.option("--article", help="Only entities of this article id.")
@corpus_option
@output_options("json", "jsonl", "csv")
@run_options
def entities(etype, article, corpus_path, fmt, output, jobs, no_cache) -> None:
    """List the corpus's entities with their mention counts and the articles they occur in."""
    from kzdiplo.render import plain
    from kzdiplo.reports import entity_rows

    ids = [article] if article else []
    rows = entity_rows(_corpus_facts(corpus_path, ids, jobs, no_cache), etype)
    render(fmt, output, doc=rows, items=rows, rows=[plain(r) for r in rows],
           columns=("type", "name", "code", "role", "country", "mentions", "articles"), title="Entities")


@cli.command()
@click.option("--country", help="Only statements whose sentence names this country.")
@click.option("--since", metavar="DATE", help="Only dates from DATE on (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Only dates up to DATE.")
@corpus_option
@output_options("json", "jsonl", "csv")
@run_options
def timeline(country, since, until, corpus_path, fmt, output, jobs, no_cache) -> None:
    """The corpus's dated statements in date order: date, article, sentence."""
    from kzdiplo.gazetteer import resolve_country
    from kzdiplo.render import plain
    from kzdiplo.reports import timeline_rows

    for name, value in (("--since", since), ("--until", until)):
        if value and not _ISO_PREFIX.fullmatch(value):
            raise click.BadParameter(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD", param_hint=name)
    code = resolve_country(country) if country else None
    rows = timeline_rows(_corpus_facts(corpus_path, (), jobs, no_cache), code, since, until)
    render(fmt, output, doc=rows, items=rows, rows=[plain(r) for r in rows],
           columns=("date", "article", "text", "sentence"), title="Timeline")


import re as _re  # noqa: E402

_ISO_PREFIX = _re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


@cli.command()
@click.argument("ids", nargs=-1)
@corpus_option
@output_options("json", "jsonl")
@run_options
def summarize(ids, corpus_path, fmt, output, jobs, no_cache) -> None:
    """A card per article (pair, people, key figures, 2-3 sentence summary), then a corpus overview."""
    from kzdiplo.summarize import summarize as build

    summary = build(_corpus_pairs(corpus_path, ids, jobs, no_cache))
    if fmt in ("json", "jsonl"):
        render(fmt, output, doc=summary, items=[*summary.cards, summary.overview])
        return
    from kzdiplo.render import summary_text

    emit([summary_text(summary, terminal=None if not output else False)], output)


@cli.command("diff")
@click.argument("first")
@click.argument("second")
@corpus_option
@output_options("json")
def diff_cmd(first, second, corpus_path, fmt, output) -> None:
    """Compare two articles (corpus ids or text files): entities, figures, dates, conflicts, similar sentences."""
    from kzdiplo.diff import diff
    from kzdiplo.extract import extract

    pair = [_article_by_id_or_path(name, corpus_path) for name in (first, second)]
    report = diff(*((a, extract(a)) for a in pair))
    if fmt == "json":
        render(fmt, output, doc=report)
        return
    from kzdiplo.render import diff_text

    emit([diff_text(report)], output)


def _article_by_id_or_path(name: str, corpus_path):
    from pathlib import Path

    from kzdiplo.api import read_inputs
    from kzdiplo.corpus import open_corpus

    if Path(name).is_file() or name == "-":
        return next(iter(read_inputs([name], corpus_path)))
    return open_corpus(corpus_path).load(name)


@cli.command()
@corpus_option
@run_options
def index(corpus_path, jobs, no_cache) -> None:
    """Extract every corpus article into the cache beside corpus.yaml (a progress bar on a terminal)."""
    from kzdiplo.api import corpus_extractions, open_cache
    from kzdiplo.corpus import open_corpus
    from kzdiplo.render import is_terminal

    corpus = open_corpus(corpus_path)
    cache = open_cache(corpus, True)
    done = 0
    pairs = corpus_extractions(corpus, None, _jobs(jobs), cache)
    if is_terminal(sys.stderr):
        from rich.progress import track

        pairs = track(pairs, total=len(corpus.entries), description="Extracting", transient=True)
    for _ in pairs:
        done += 1
    cache.close()
    click.echo(f"Indexed {done} articles into {cache.path}", err=True)
