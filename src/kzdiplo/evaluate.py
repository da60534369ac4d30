"""Score extracted facts against gold annotation files (the format of tests/gold/README.md)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from kzdiplo.errors import InputFileError
from kzdiplo.render import plain
from kzdiplo.textutil import fold

META_FIELDS = ("title", "outlet", "author", "published", "dateline")
ATTRIBUTES = ("countries", "status", "period", "qualifier", "metric")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)  # gold items nothing matched
    extras: list[str] = field(default_factory=list)  # predictions no gold item matched

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float(not self.fn)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    categories: dict[str, Score]  # entities, entities_untyped, dates, figures, figures_core
    attributes: dict[str, float | None]  # accuracy of matched figures' attributes, country codes
    meta: float | None  # share of gold meta fields predicted exactly
    meta_errors: list[str]
    missing_articles: list[str]  # gold files with no extracted article

    def summary(self) -> dict:
        cats = {k: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4)}
                for k, s in self.categories.items()}
        return {**cats, "attributes": self.attributes, "meta": self.meta, "missing_articles": self.missing_articles}


def load_gold(folder: str | Path) -> dict[str, dict]:
    import yaml

    folder = Path(folder)
    if not folder.is_dir():
        raise InputFileError(f"{folder}: not a folder of gold YAML files")
    gold = {}
    for path in sorted(folder.glob("*.y*ml")):
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise InputFileError(f"{path}: malformed gold file ({exc})") from None
        if not isinstance(doc, dict) or "article" not in doc:
            raise InputFileError(f"{path}: gold file lacks 'article'")
        gold[Path(str(doc["article"])).stem] = doc
    if not gold:
        raise InputFileError(f"{folder}: no gold YAML files")
    return gold


def _keys(pred: dict) -> set[str]:
    return {Path(str(pred.get(k))).stem for k in ("path", "id", "origin") if pred.get(k)}


def evaluate(gold: dict[str, dict], predictions: Iterable) -> EvalReport:
    preds = {}
    for item in predictions:
        doc = plain(item)
        for key in _keys(doc):
            preds[key] = doc
    cats = {k: Score() for k in ("entities", "entities_untyped", "dates", "figures", "figures_core")}
    attrs = {k: [0, 0] for k in (*ATTRIBUTES, "country_code")}
    meta, meta_errors = [0, 0], []
    for key, g in gold.items():
        p = preds.get(key, {})
        _score_meta(key, g.get("meta") or {}, p.get("meta") or {}, meta, meta_errors)
        _score_entities(key, g.get("entities") or [], p.get("entities") or [], cats, attrs)
        _tally(cats["dates"], key, g.get("dates") or [], p.get("dates") or [], _date_ok, _date_label)
        pairs = _tally(cats["figures"], key, g.get("figures") or [], p.get("figures") or [], _figure_ok, _figure_label)
        _tally(cats["figures_core"], key, _core(g.get("figures") or []), _core(p.get("figures") or []), _figure_ok, _figure_label)
        _score_attributes(pairs, attrs)
    return EvalReport(
        cats, {k: round(a / b, 4) if b else None for k, (a, b) in attrs.items()},
        round(meta[0] / meta[1], 4) if meta[1] else None, meta_errors, sorted(set(gold) - set(preds)),
    )


def _score_meta(key, gmeta, pmeta, meta, errors):
    for name in META_FIELDS:
        gv, pv = gmeta.get(name), pmeta.get(name)
        hit = (gv is None and pv in (None, "")) or (gv is not None and fold(str(gv)) == fold(str(pv or "")))
        meta[0] += hit
        meta[1] += 1
        if not hit:
            errors.append(f"{key} meta.{name}: gold={gv!r} predicted={pv!r}")


def _greedy(golds, preds, ok):
    used, pairs, missed = set(), [], []
    for g in golds:
        index = next((i for i, p in enumerate(preds) if i not in used and ok(g, p)), None)
        if index is None:
            missed.append(g)
        else:
            used.add(index)
            pairs.append((g, preds[index]))
    return pairs, missed, [p for i, p in enumerate(preds) if i not in used]


def _tally(score: Score, key: str, golds, preds, ok: Callable, label: Callable):
    pairs, missed, extras = _greedy(golds, preds, ok)
    score.tp += len(pairs)
    score.fn += len(missed)
    score.fp += len(extras)
    score.misses += [f"{key}: {label(m)}" for m in missed]
    score.extras += [f"{key}: {label(e)}" for e in extras]
    return pairs


def _entity_ok(typed: bool):
    def ok(g, p):
        if typed and str(p.get("type", "")).upper() != g["type"]:
            return False
        names = {fold(g["name"])} | {fold(str(a)) for a in g.get("aliases") or []}
        cands = {fold(p.get("name"))} | {fold(m.get("text")) for m in p.get("mentions") or []}
        return bool(names & cands)
    return ok


def _score_entities(key, golds, preds, cats, attrs):
    pairs = _tally(cats["entities"], key, golds, preds, _entity_ok(True), lambda e: f"{e.get('type')} {e.get('name')}")
    _tally(cats["entities_untyped"], key, golds, preds, _entity_ok(False), lambda e: f"{e.get('type')} {e.get('name')}")
    for g, p in pairs:
        if g.get("code"):
            attrs["country_code"][1] += 1
            attrs["country_code"][0] += fold(p.get("code")) == fold(g["code"])


def _same_number(a, b) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return a == b or abs(a - b) <= 1e-6 * max(abs(a), abs(b))


def _overlaps(a, b) -> bool:
    a, b = fold(a), fold(b)
    return bool(a and b) and (a in b or b in a)


def _date_ok(g, p) -> bool:
    if g.get("value") is None:
        return _overlaps(g.get("text"), p.get("text"))
    return str(p.get("value")) == str(g["value"])


def _date_label(d) -> str:
    return f"{d.get('text')!r} -> {d.get('value')}"


def _figure_ok(g, p) -> bool:
    if str(p.get("kind", "")).lower() != g["kind"] or not _same_number(p.get("value"), g["value"]):
        return False
    if g["kind"] == "count":
        return _overlaps(g.get("text"), p.get("text"))
    return fold(p.get("unit")) == fold(g.get("unit"))


def _core(figures: list) -> list:
    return [f for f in figures if str(f.get("kind", "")).lower() in ("money", "percent", "multiplier")]


def _figure_label(f) -> str:
    return f"{f.get('text')!r} {f.get('kind')} {f.get('value')} {f.get('unit')}"


def _score_attributes(pairs, attrs):
    for g, p in pairs:
        for name in ("status", "period", "qualifier", "metric"):
            if name in g:
                attrs[name][1] += 1
                attrs[name][0] += fold(str(p.get(name) or "")) == fold(str(g.get(name) or ""))
        if "countries" in g:
            attrs["countries"][1] += 1
            attrs["countries"][0] += sorted(map(fold, p.get("countries") or [])) == sorted(map(fold, g["countries"] or []))
