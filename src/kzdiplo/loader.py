"""Turn one scraped page into an Article: metadata, paragraphs, quotes, furniture set aside."""
from __future__ import annotations

import datetime
import hashlib
import re
import warnings
from dataclasses import dataclass, replace
from pathlib import Path

from kzdiplo import gazetteer
from kzdiplo.layout import furniture_reason, is_headline, layout, starts_link_block, starts_trailer
from kzdiplo.lexicon import month_number
from kzdiplo.records import Article, ArticleMeta, FurnitureLine, Paragraph, Quote
from kzdiplo.textutil import decode_bytes, fold, read_bytes

LEAD_SEARCH_LINES = 15  # a dateline further down than this (share buttons aside) is not the page's dateline
TITLE_MAX_WORDS = 30  # headlines run to about 20 words; a longer first line is the article's first paragraph
HEADLINE_STOP_WORDS = 6  # a first line of this many words or more that ends in a full stop is a sentence
_NAME_LINE = re.compile(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,4}")  # up to five words: "Ni Luh Putu Ayu Lestari"
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
    """Index of the lead paragraph and its dateline match (on the lead itself or on a line of its own)."""
    seen = 0
    for index, line in enumerate(lines):
        reason = furniture_reason(line.text)
        seen += reason != "share button"  # a row of share buttons does not use up the search's reach
        if seen > LEAD_SEARCH_LINES:
            break
        if reason:
            continue
        match = _dateline_match(line.text)
        if match is None:
            continue
        rest = line.text[match.end():]
        if _is_prose(rest):
            return index, match
        if not rest and index + 1 < len(lines) and _is_prose(lines[index + 1].text):
            return index, match  # "Jakarta, CNN Indonesia --" above the lead: the two lines open the body
    # the first line is the title, unless it cannot be one: a page that starts with its text
    if not furniture_reason(lines[0].text) and not _could_be_headline(lines[0].text):
        return 0, None
    for index, line in enumerate(lines[1:], start=1):
        if not furniture_reason(line.text) and len(line.text.split()) >= 15:
            return index, None
    # no long paragraph: the first line after the title that is no page stamp
    return next((i for i, line in enumerate(lines[1:], start=1) if not _published(line.text)[0]), min(1, len(lines) - 1)), None


def _could_be_headline(line: str) -> bool:
    """Headlines run to about 20 words and never end in a full stop; a longer line, or a sentence
    that ends in one, is the article's first paragraph."""
    words = line.split()
    sentence = line.endswith(".") and not line.endswith("..") and len(words) >= HEADLINE_STOP_WORDS
    return len(words) <= TITLE_MAX_WORDS and not sentence


def _dateline_match(line: str) -> re.Match | None:
    for pattern in layout().datelines:
        match = pattern.match(line)
        if match and _plausible_dateline(match):
            return match
    return None


def _plausible_dateline(match: re.Match) -> bool:
    """A dateline with neither an outlet nor capitals ("Jakarta - ") must name a known place;
    "X, Y -" must name a known place or outlet on one side."""
    groups = match.groupdict()
    if groups.get("first"):
        first, second = groups["first"], groups["second"]
        return any(_is_place(n) or _is_outlet(n) or n.isupper() for n in (first, second))
    place = groups.get("place")
    if not place or groups.get("outlet"):
        return True
    if not _DASH.search(match.group()):
        return fold(place) in gazetteer.names_of_kind("LOC")
    return place.isupper() or _is_place(place)


_DASH = re.compile("[-–—]")


def _is_prose(text: str) -> bool:
    """A sentence rather than a page stamp: words, not a clock time or a date after the dateline."""
    return len(text.split()) >= 5 and not text[0].isdigit()


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


def _published(line: str) -> tuple[str | None, bool]:
    """(ISO date of a page stamp, whether it is an update stamp) or (None, False)."""
    for pattern, part in ((p, part) for part in _parts(line) for p in layout().published_lines):
        match = pattern.match(part)
        if not match:
            continue
        month = int(match["month"]) if match["month"].isdigit() else month_number(match["month"])
        try:
            return datetime.date(int(match["year"]), month or 0, int(match["day"])).isoformat(), bool(match["updated"])
        except ValueError:
            return None, False  # "87 Mei 2024" is no date
    return None, False


_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})")


def _stamp_date(dateline: re.Match | None) -> str | None:
    """The date a dateline carries before its outlet: "Jakarta,17 Ramadhan 1434/25 Juli 2013 (MINA) –"
    (the Hijri date names no month we know, so the Gregorian one is taken)."""
    stamp = dateline.groupdict().get("stamp") if dateline else None
    for day, month, year in reversed(_DAY_MONTH_YEAR.findall(stamp or "")):
        try:
            return datetime.date(int(year), month_number(month) or 0, int(day)).isoformat()
        except ValueError:
            continue
    return None


def _labelled_byline(line: str) -> str | None:
    for part in _parts(line):
        for pattern in layout().bylines:
            match = pattern.match(part)
            if match and (not match.groupdict().get("outlet") or _is_outlet(match["outlet"])):
                author = match["author"]
                return author.title() if author.isupper() else author  # "SARAH MEILIANA GUNAWAN"
    return None


_PART_BREAK = re.compile(r"\s+[·•|]\s+")


def _parts(line: str) -> list[str]:
    """The line, then its parts when it joins several ("Dimas Prasetyo, Jurnalis · Kamis 13 Maret 2025")."""
    if "·" not in line and "•" not in line and "|" not in line:
        return [line]
    pieces = [p.strip() for p in _PART_BREAK.split(line)]
    return [line] + pieces if len(pieces) > 1 else [line]


def _byline(line: str) -> str | None:
    if author := _labelled_byline(line):
        return author
    if _NAME_LINE.fullmatch(line) and not any(w.casefold() in layout().section_words for w in line.split()):
        if not (_is_place(line) or _is_outlet(line) or fold(line) in gazetteer.names_of_kind("ORG")):
            return line
    return None


@dataclass
class _Header:
    title: str | None = None
    author: str | None = None
    published: str | None = None
    updated: str | None = None  # an update stamp, the publication date only when no other is given
    masthead: str | None = None  # the outlet's name at the top of the page


TITLE_MIN_WORDS = 3  # shorter lines above the title are section labels and mastheads


def _title_index(lines: list[_Line]) -> int | None:
    """The header line that is the title: the first plain line of TITLE_MIN_WORDS words or more,
    else the first plain line at all (mastheads, section labels, stamps, furniture and teasers are
    not plain)."""
    plain = [i for i, line in enumerate(lines) if not furniture_reason(line.text) and not _published(line.text)[0]
             and not _masthead(line.text) and line.text[0] not in layout().teaser_bullets
             and not _labelled_byline(line.text) and not _all_section_words(line.text)]
    return next((i for i in plain if len(lines[i].text.split()) >= TITLE_MIN_WORDS), plain[0] if plain else None)


def _all_section_words(line: str) -> bool:
    """"Kebijakan", "Berita Ekonomi Bisnis": a line of section names is a label, never the title."""
    return all(word.casefold() in layout().section_words for word in line.split())


_SITE_BAR = re.compile(r"\s*[|·•]\s*|\s{2,}|\s+[-–—]\s+")


def _masthead(line: str) -> str | None:
    """The outlet a masthead line names: the whole line ("Kompas.com", "Liputan6 News"), or the first
    part of a site bar ("JPNN.com | Jaringan Berita Terluas", "Medcom.id  |  News  |  Asia")."""
    whole, first = line.removesuffix(" News"), _SITE_BAR.split(line, maxsplit=1)[0]
    if _is_outlet(whole):
        return line
    # "ANTARA JATIM - Portal Berita Jawa Timur": an outlet's edition before its tagline
    if first != whole and first and (_is_outlet(first) or len(first.split()) == 2 and _is_outlet(first.split()[0])):
        return first
    return None


def _read_header(lines: list[_Line], furniture: list[FurnitureLine], paragraphs: list[Paragraph]) -> _Header:
    header = _Header()
    title_at = _title_index(lines)
    for index, line in enumerate(lines):
        reason = furniture_reason(line.text)
        published, updated = _published(line.text)
        if index == title_at:
            header.title = line.text
            paragraphs.append(Paragraph(line.start, line.end, line.text, "title"))
            continue
        if published:
            if updated:
                header.updated = header.updated or published
            else:
                header.published = header.published or published
            reason = "page date"
            if header.title is not None and header.author is None:
                # "Dimas Prasetyo, Jurnalis · Kamis 13 Maret 2025", "Fajar Nugraha • 21 Mei 2025 18:40"
                header.author = _labelled_byline(line.text) or next(
                    (a for part in _parts(line.text) if not _published(part)[0] and (a := _byline(part))), None)
        elif header.author is None and not reason and (author := _labelled_byline(line.text)):
            header.author = author  # "By Zahra Amanda", above the title or with none at all
            reason = "byline"
        elif header.title is None and reason in (None, "breadcrumb") and (masthead := _masthead(line.text)):
            header.masthead = header.masthead or masthead
            reason = "masthead"
        elif header.title is None and not reason:
            reason = "section label"
        elif header.title is not None and header.author is None and reason in (None, "byline label") \
                and (author := _byline(line.text)):
            header.author = author
            reason = "byline"
        elif line.text == header.title:
            reason = "repeated title"
        furniture.append(FurnitureLine(line.start, line.end, line.text, reason or "teaser"))
    header.published = header.published or header.updated
    return header


def _bare_name(outlet: str) -> str:
    """An outlet's name without its web domain, folded: "SINDOnews.com" -> "sindonews"."""
    return _DOMAIN.sub("", fold(outlet))


def _outlet(from_dateline: str | None, masthead: str | None) -> str | None:
    """The dateline's outlet, spelled as the masthead spells it when they agree ("KOMPAS.com" / "Kompas.com")."""
    if from_dateline and masthead and fold(from_dateline) == fold(masthead):
        return masthead
    return from_dateline or masthead


def _trailer_author(furniture: list[FurnitureLine]) -> str | None:
    """A writer credited below the article ("Pewarta: X") when the header names none."""
    for line in furniture:
        if line.reason in ("byline label", "page trailer") and (author := _labelled_byline(line.text)):
            return author
    return None


def _read_body(lines: list[_Line], furniture: list[FurnitureLine], paragraphs: list[Paragraph],
               lead_at: int = 0) -> list[str]:
    """Classify lead-onward lines (the lead is lines[lead_at]); returns sources named on credit lines."""
    sources: list[str] = []
    in_trailer = in_links = False
    for index, line in enumerate(lines):
        credit = layout().source_line.match(line.text)
        if credit and "|" in credit["sources"]:
            credit = None  # "Sumber: Badan Pusat Statistik | Katadata" credits a chart, not the story
        if credit:
            sources += [s.strip() for s in re.split(r"[/,;]|\s+dan\s+", credit["sources"]) if s.strip()]
            paragraphs.append(Paragraph(line.start, line.end, line.text, "credit"))
            continue
        in_trailer = in_trailer or (index > 0 and starts_trailer(line.text))
        if index > 0 and not in_trailer and starts_link_block(line.text):
            in_links = True
            furniture.append(FurnitureLine(line.start, line.end, line.text, "related links"))
            continue
        if in_trailer:
            reason = "page trailer"
        else:
            own_reason = furniture_reason(line.text)
            in_links = in_links and is_headline(line.text) and own_reason != "byline label"  # credits end a link list
            reason = "related links" if in_links else own_reason
        if not reason and index > lead_at and len(line.text) <= STAMP_MAX_CHARS and _published(line.text)[0]:
            reason = "page date"  # a page header stored after the body ("Selasa, 13 Maret 2018 11:11 WIB")
        if reason:
            furniture.append(FurnitureLine(line.start, line.end, line.text, reason))
        else:
            kind = "lead" if index == lead_at else "dateline" if index < lead_at else "body"
            paragraphs.append(Paragraph(line.start, line.end, line.text, kind))
    return sources


STAMP_MAX_CHARS = 80  # a page date stamp is a short line


def _header_after_body(header: _Header, paragraphs: list[Paragraph], furniture: list[FurnitureLine]) -> None:
    """A page header stored after the body: its date stamp is the publication date, and the headline
    just above the stamp is the title."""
    stamp = next((f for f in furniture if f.reason == "page date"), None)
    if stamp is None:
        return
    header.published = header.published or _published(stamp.text)[0]
    above = max((i for i, p in enumerate(paragraphs) if p.end <= stamp.start), key=lambda i: paragraphs[i].end, default=None)
    if header.title is None and above is not None:
        para = paragraphs[above]
        if para.kind == "body" and is_headline(para.text) and len(para.text.split()) >= TITLE_MIN_WORDS:
            header.title = para.text
            paragraphs[above] = replace(para, kind="title")


REPEAT_MIN_CHARS = 40  # a shorter line may well recur by chance
REPEAT_MAX_TEXT = 200_000  # characters: the check compares every line with all the text before it


def _set_aside_repeats(text: str, paragraphs: list[Paragraph], furniture: list[FurnitureLine]) -> None:
    """A body line that repeats, word for word, text of an earlier paragraph is a pull quote: page
    furniture, so its facts are not counted twice."""
    if len(text) > REPEAT_MAX_TEXT:
        return
    seen = ""
    for para in sorted(paragraphs, key=lambda p: p.start):
        core = para.text.strip(' "“”\'')
        if para.kind == "body" and len(core) >= REPEAT_MIN_CHARS and core in seen:
            paragraphs.remove(para)
            furniture.append(FurnitureLine(para.start, para.end, para.text, "repeated text"))
        else:
            seen += para.text + "\n"


def _phrase_sources(paragraphs: list[Paragraph]) -> list[str]:
    found = []
    for para in paragraphs:
        for pattern in layout().source_phrases:
            for match in pattern.finditer(para.text):
                name = match["source"].rstrip(".")
                if _is_outlet(name):
                    found.append(name)
                elif "/" in name:  # "(Reuters/AFP)": two agencies; "(AFP/OL-5)": an agency and the editor's code
                    found += [part for part in name.split("/") if _is_outlet(part)]
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
    own_line = dateline is not None and dateline.end() == len(lines[lead_index].text)
    sources = _read_body(lines[lead_index:], furniture, paragraphs, lead_at=1 if own_line else 0)
    if header.published is None or header.title is None:
        _header_after_body(header, paragraphs, furniture)
    _set_aside_repeats(text, paragraphs, furniture)
    if dateline is not None and dateline.groupdict().get("stamp"):
        # "Jakarta,17 Ramadhan 1434/25 Juli 2013 (MINA) –": the date is the page's, not one the story states
        line, (first, last) = lines[lead_index], dateline.span("stamp")
        furniture.append(FurnitureLine(line.start + first, line.start + last, line.text[first:last], "dateline date"))
    place, outlet = _dateline(dateline)
    sources += [s for s in _phrase_sources(paragraphs) if s not in sources]
    author = header.author or _trailer_author(furniture)
    outlet = _outlet(outlet, header.masthead)
    # "Sebagaimana diberitakan Okezone sebelumnya" on an Okezone page cites its own reporting
    sources = [s for s in sources if not (outlet and _bare_name(s) == _bare_name(outlet))]
    published = header.published or _stamp_date(dateline)
    meta = ArticleMeta(header.title, outlet, author, published, place, tuple(dict.fromkeys(sources)))
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
