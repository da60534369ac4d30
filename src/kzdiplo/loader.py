"""Turn one scraped page into an Article: metadata, paragraphs, quotes, furniture set aside."""
from __future__ import annotations

import datetime
import hashlib
import re
import warnings
from dataclasses import dataclass, replace
from pathlib import Path

from kzdiplo import gazetteer
from kzdiplo.layout import furniture_reason, layout, starts_trailer
from kzdiplo.lexicon import month_number
from kzdiplo.records import Article, ArticleMeta, FurnitureLine, Paragraph, Quote
from kzdiplo.textutil import decode_bytes, fold, read_bytes

LEAD_SEARCH_LINES = 15  # a dateline further down than this is not the page's dateline
_NAME_LINE = re.compile(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,3}")
_DOMAIN = re.compile(r"\.(?:com|co\.id|co|id|net|org)$", re.IGNORECASE)
_QUOTE = re.compile(r"“([^”\n]{10,}?)”|\"([^\"\n]{10,}?)\"")


@dataclass
class _Line:
    start: int
    end: int
    text: str  # stripped


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            out.append(_Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw)
    return out


def _find_lead(lines: list[_Line]) -> tuple[int, re.Match | None]:
    """Index of the lead paragraph and its dateline match."""
    for index, line in enumerate(lines[:LEAD_SEARCH_LINES]):
        if furniture_reason(line.text):
            continue
        for pattern in layout().datelines:
            match = pattern.match(line.text)
            if match and len(line.text) > match.end() + 20:
                return index, match
    for index, line in enumerate(lines[1:], start=1):
        if not furniture_reason(line.text) and len(line.text.split()) >= 15:
            return index, None
    return min(1, len(lines) - 1), None


def _is_place(name: str) -> bool:
    key = fold(name)
    return key in gazetteer.names_of_kind("LOC") or key in gazetteer.names_of_kind("COUNTRY")


def _is_outlet(name: str) -> bool:
    return bool(_DOMAIN.search(name)) or fold(name) in gazetteer.names_of_kind("ORG", "outlet")


def _tidy_place(name: str | None) -> str | None:
    if not name:
        return None
    return name.title() if name.isupper() else name


def _dateline(match: re.Match | None) -> tuple[str | None, str | None]:
    """(place, outlet) from a dateline match."""
    if match is None:
        return None, None
    groups = match.groupdict()
    if "first" in groups and groups["first"]:
        first, second = groups["first"], groups["second"]
        if _is_place(second) or _is_outlet(first):
            first, second = second, first
        return _tidy_place(first), second
    return _tidy_place(groups.get("place")), groups.get("outlet")


def _published(line: str) -> str | None:
    match = layout().published_line.match(line)
    if not match:
        return None
    month = month_number(match["month"])
    try:
        return datetime.date(int(match["year"]), month or 0, int(match["day"])).isoformat()
    except ValueError:
        return None  # "87 Mei 2024" is no date


def _byline(line: str) -> str | None:
    for pattern in layout().bylines:
        match = pattern.match(line)
        if match:
            return match["author"]
    if _NAME_LINE.fullmatch(line) and not any(w.casefold() in layout().section_words for w in line.split()):
        if not (_is_place(line) or _is_outlet(line) or fold(line) in gazetteer.names_of_kind("ORG")):
            return line
    return None


@dataclass
class _Header:
    title: str | None = None
    author: str | None = None
    published: str | None = None


def _read_header(lines: list[_Line], furniture: list[FurnitureLine], paragraphs: list[Paragraph]) -> _Header:
    header = _Header()
    for line in lines:
        reason = furniture_reason(line.text)
        published = _published(line.text)
        if published:
            header.published = header.published or published
            reason = "page date"
        elif not reason and header.title is None and line.text[0] not in layout().teaser_bullets:
            header.title = line.text
            paragraphs.append(Paragraph(line.start, line.end, line.text, "title"))
            continue
        elif header.title is not None and header.author is None and (author := _byline(line.text)):
            header.author = author
            reason = "byline"
        elif line.text == header.title:
            reason = "repeated title"
        furniture.append(FurnitureLine(line.start, line.end, line.text, reason or "teaser"))
    return header


def _read_body(lines: list[_Line], furniture: list[FurnitureLine], paragraphs: list[Paragraph]) -> list[str]:
    """Classify lead-onward lines; returns sources named on credit lines."""
    sources: list[str] = []
    in_trailer = False
    for index, line in enumerate(lines):
        credit = layout().source_line.match(line.text)
        if credit:
            sources += [s.strip() for s in re.split(r"[/,;]|\s+dan\s+", credit["sources"]) if s.strip()]
            paragraphs.append(Paragraph(line.start, line.end, line.text, "credit"))
            continue
        in_trailer = in_trailer or (index > 0 and starts_trailer(line.text))
        reason = "page trailer" if in_trailer else furniture_reason(line.text)
        if reason:
            furniture.append(FurnitureLine(line.start, line.end, line.text, reason))
        else:
            paragraphs.append(Paragraph(line.start, line.end, line.text, "lead" if index == 0 else "body"))
    return sources


def _phrase_sources(paragraphs: list[Paragraph]) -> list[str]:
    found = []
    for para in paragraphs:
        for pattern in layout().source_phrases:
            for match in pattern.finditer(para.text):
                name = match["source"].rstrip(".")
                if _is_outlet(name):
                    found.append(name)
    return found


def _quotes(paragraphs: list[Paragraph]) -> list[Quote]:
    verbs = "|".join(sorted(layout().quote_verbs, key=len, reverse=True))
    after = re.compile(rf"\s*,?\s*(?P<verb>{verbs})\b(?:\s+(?P<who>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,3}}|duta besar|dubes|menlu|presiden))?")
    quotes, last_speaker = [], None
    for para in paragraphs:
        for match in _QUOTE.finditer(para.text):
            group = 1 if match.group(1) is not None else 2
            words = match.group(group)
            if len(words.split()) < 4:
                continue  # scare quotes around a name ("Nurly Zhol") are not speech
            speaker = None
            tail = after.match(para.text, match.end())
            if tail:
                speaker = tail["who"] or (last_speaker if tail["verb"].endswith("nya") else None)
            last_speaker = speaker or last_speaker
            start = para.start + match.start(group)
            quotes.append(Quote(start, start + len(words), words, speaker))
    return quotes


def parse(text: str, *, article_id: str, path: str = "", sha256: str = "", overrides: dict | None = None,
          url: str | None = None, language: str = "id", origin: str | None = None,
          warnings_seen: tuple[str, ...] = ()) -> Article:
    """Build the Article record for a decoded text; `overrides` replaces any metadata field."""
    lines = _lines(text)
    lead_index, dateline = _find_lead(lines) if lines else (0, None)
    furniture: list[FurnitureLine] = []
    paragraphs: list[Paragraph] = []
    header = _read_header(lines[:lead_index], furniture, paragraphs)
    sources = _read_body(lines[lead_index:], furniture, paragraphs)
    place, outlet = _dateline(dateline)
    sources += [s for s in _phrase_sources(paragraphs) if s not in sources]
    meta = ArticleMeta(header.title, outlet, header.author, header.published, place, tuple(dict.fromkeys(sources)))
    if overrides:
        meta = replace(meta, **{k: (tuple(v) if k == "sources" else v) for k, v in overrides.items()})
    return Article(
        id=article_id, path=path, sha256=sha256 or hashlib.sha256(text.encode()).hexdigest(), text=text,
        meta=meta, paragraphs=tuple(sorted(paragraphs, key=lambda p: p.start)), quotes=tuple(_quotes(paragraphs)),
        furniture=tuple(sorted(furniture, key=lambda f: f.start)), url=url, language=language, origin=origin,
        warnings=warnings_seen,
    )


def load_file(path: str | Path, *, article_id: str | None = None, raw: bytes | None = None, **kwargs) -> Article:
    """Read and parse one text file; non-UTF-8 text is read as cp1252 and noted in `warnings`."""
    path = Path(path)
    raw = read_bytes(path) if raw is None else raw
    return load_bytes(raw, str(path), article_id=article_id or path.stem, **kwargs)


def load_bytes(raw: bytes, name: str = "-", **kwargs) -> Article:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text = decode_bytes(raw, name)
    return parse(text, article_id=kwargs.pop("article_id", name), path=name,
                 sha256=hashlib.sha256(raw).hexdigest(), warnings_seen=tuple(str(w.message) for w in caught), **kwargs)
