"""How two articles relate: shared and distinct entities, figures and dates, conflicts, near-identical sentences."""
from __future__ import annotations

import difflib
from dataclasses import dataclass

from kzdiplo.extract import Extraction, Sentences, regions
from kzdiplo.records import Article
from kzdiplo.reports import human_amount

SIMILAR_SENTENCES = 75  # rapidfuzz token_set_ratio at or above which two sentences "say nearly the same"


@dataclass(frozen=True)
class Split:
    only_a: tuple[str, ...]
    only_b: tuple[str, ...]
    both: tuple[str, ...]


@dataclass(frozen=True)
class Conflict:
    countries: tuple[str, ...]
    metric: str
    a: str  # "41 miliar USD (2023)"
    b: str


@dataclass(frozen=True)
class SentencePair:
    score: float
    a: str
    b: str
    marked: str  # words only in A as [-word-], only in B as {+word+}


@dataclass(frozen=True)
class DiffReport:
    a: str  # article id
    b: str
    entities: Split
    figures: Split
    dates: Split
    conflicts: tuple[Conflict, ...]
    similar_sentences: tuple[SentencePair, ...]


def _split(a: dict[str, str], b: dict[str, str]) -> Split:
    return Split(tuple(v for k, v in a.items() if k not in b), tuple(v for k, v in b.items() if k not in a),
                 tuple(v for k, v in a.items() if k in b))


def _entities(x: Extraction) -> dict[str, str]:
    return {f"{e.type}:{e.name}": f"{e.type} {e.name}" for e in x.entities}


def _figure_label(f) -> str:
    return f"{human_amount(f.kind, f.value, f.unit)} {f.metric}" + (f" ({f.period})" if f.period else "")


def _figures(x: Extraction) -> dict[str, str]:
    return {f"{f.kind}:{f.unit}:{f.value}": _figure_label(f) for f in x.figures}


def _dates(x: Extraction) -> dict[str, str]:
    return {d.value: f"{d.value} ({d.text})" for d in x.dates if d.value}


def _conflicts(a: Extraction, b: Extraction) -> list[Conflict]:
    out = []
    for fa in a.figures:
        for fb in b.figures:
            same_subject = fa.countries == fb.countries and fa.metric == fb.metric != "other"
            if same_subject and fa.kind == fb.kind and fa.unit == fb.unit and (fa.value != fb.value or fa.period != fb.period):
                out.append(Conflict(fa.countries, fa.metric, _figure_label(fa), _figure_label(fb)))
    return out


def _sentences(article: Article) -> list[str]:
    spans = Sentences(article.text, [r for r, p in zip(regions(article), article.paragraphs) if p.kind != "title"]).spans
    return [" ".join(article.text[s.start:s.end].split()) for s in spans]


def _marked(a: str, b: str) -> str:
    wa, wb = a.split(), b.split()
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes():
        if tag == "equal":
            out += wa[i1:i2]
        else:
            out += [f"[-{w}-]" for w in wa[i1:i2]] + [f"{{+{w}+}}" for w in wb[j1:j2]]
    return " ".join(out)


def _similar(a: Article, b: Article) -> list[SentencePair]:
    from rapidfuzz import fuzz, process

    b_sentences = _sentences(b)
    pairs = []
    for sentence in _sentences(a):
        if len(sentence.split()) < 5:
            continue
        best = process.extractOne(sentence, b_sentences, scorer=fuzz.token_set_ratio, score_cutoff=SIMILAR_SENTENCES)
        if best:
            pairs.append(SentencePair(round(best[1], 1), sentence, best[0], _marked(sentence, best[0])))
    return sorted(pairs, key=lambda p: -p.score)


def diff(a: tuple[Article, Extraction], b: tuple[Article, Extraction]) -> DiffReport:
    (art_a, x_a), (art_b, x_b) = a, b
    return DiffReport(art_a.id, art_b.id, _split(_entities(x_a), _entities(x_b)), _split(_figures(x_a), _figures(x_b)),
                      _split(_dates(x_a), _dates(x_b)), tuple(_conflicts(x_a, x_b)), tuple(_similar(art_a, art_b)))
