"""Every output format in one place: rich tables on a terminal, plain columns in pipes, JSON, JSONL, CSV."""
from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable, Sequence


_SCALARS = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls) if not f.name.startswith("_"))
    return names


def plain(value: Any) -> Any:
    """Dataclasses, tuples and Decimals as JSON-ready dicts, lists and numbers (field order kept)."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is tuple or kind is list:
        return [v if type(v) in _SCALARS else plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {}
        for name in _field_names(kind):
            v = getattr(value, name)
            out[name] = v if type(v) in _SCALARS else plain(v)
        return out
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, Path):
        return str(value)
    return value


def to_json(value: Any, indent: int | None = 2) -> str:
    return json.dumps(plain(value), ensure_ascii=False, indent=indent)


def json_lines(items: Iterable[Any]) -> Iterable[str]:
    for item in items:
        yield json.dumps(plain(item), ensure_ascii=False) + "\n"


def csv_text(rows: Iterable[dict], columns: Sequence[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    return buffer.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    return str(plain(value))


def is_terminal(stream=None) -> bool:
    stream = stream or sys.stdout
    return hasattr(stream, "isatty") and stream.isatty() and not os.environ.get("NO_COLOR")


def table_text(rows: Sequence[dict], columns: Sequence[str], title: str | None = None, *, terminal: bool | None = None) -> str:
    """A rich table on a terminal; plain space-aligned columns without escape codes otherwise."""
    terminal = is_terminal() if terminal is None else terminal
    if not terminal:
        return _plain_table(rows, columns, title)
    from rich import box
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, box=box.SIMPLE_HEAD, show_lines=False)
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    console = Console(file=io.StringIO(), force_terminal=True, width=_terminal_width())
    console.print(table)
    return console.file.getvalue()


def _terminal_width() -> int:
    try:
        return os.get_terminal_size().columns
    except OSError:
        return 120


def _plain_table(rows: Sequence[dict], columns: Sequence[str], title: str | None) -> str:
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = [title] if title else []
    lines.append("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines) + "\n"


def write_atomic(path: str | Path, chunks: Iterable[str]) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent or ".", prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            for chunk in chunks:
                handle.write(chunk)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def summary_text(summary, terminal: bool | None = None) -> str:
    """Cards and overview as plain text, or as rich panels on a terminal."""
    blocks = [_card_lines(c) for c in summary.cards] + [_overview_lines(summary.overview)]
    if not (is_terminal() if terminal is None else terminal):
        return "\n\n".join("\n".join(lines) for lines in blocks) + "\n"
    from rich.console import Console
    from rich.panel import Panel

    console = Console(file=io.StringIO(), force_terminal=True, width=_terminal_width())
    for lines in blocks:
        console.print(Panel("\n".join(lines[1:]), title=lines[0], title_align="left"))
    return console.file.getvalue()


def _card_lines(card) -> list[str]:
    lines = [f"{card.id}: {card.title or '(untitled)'}",
             f"  outlet: {card.outlet or '-'}   published: {card.published or '-'}   countries: {'-'.join(card.countries) or '-'}"]
    lines += [f"  person: {p.name}" + (f" ({p.role})" if p.role else "") for p in card.people]
    lines += [f"  figure: {f.amount} {f.metric} {f.period or ''} {f.status}".rstrip() for f in card.figures]
    lines += [f"  > {s}" for s in card.summary]
    return lines


def _overview_lines(overview) -> list[str]:
    start, end = overview.date_span
    lines = [f"Corpus: {overview.articles} articles", f"  dates: {start or '-'} to {end or '-'}"]
    for pair in overview.pairs:
        lines.append(f"  {pair.pair}: {len(pair.articles)} article(s): {', '.join(pair.articles)}")
        lines += [f"      {f.amount} {f.metric} {f.period or ''} {f.status}".rstrip() for f in pair.highlights]
    lines += [f"  in {len(p.articles)} articles: {p.name}" for p in overview.recurring_people]
    return lines


def diff_text(report) -> str:
    lines = [f"{report.a}  vs  {report.b}"]
    for name in ("entities", "figures", "dates"):
        split = getattr(report, name)
        lines.append(f"\n{name}:")
        lines += [f"  both:   {item}" for item in split.both]
        lines += [f"  only A: {item}" for item in split.only_a]
        lines += [f"  only B: {item}" for item in split.only_b]
    lines.append("\nconflicts:")
    lines += [f"  {'-'.join(c.countries)} {c.metric}: A {c.a}  /  B {c.b}" for c in report.conflicts] or ["  none"]
    lines.append("\nsimilar sentences:")
    lines += [f"  ({p.score}) {p.marked}" for p in report.similar_sentences] or ["  none"]
    return "\n".join(lines) + "\n"
