"""The plain, frozen records every stage returns; all offsets index the decoded article text."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Paragraph:
    start: int  # offset of the first character
    end: int  # offset one past the last character
    text: str  # the paragraph as it stands in the article
    kind: str  # "title" | "dateline" (on a line of its own) | "lead" | "body" | "credit"


@dataclass(frozen=True)
class Quote:
    start: int  # offset of the quoted words (inside the quotation marks)
    end: int
    text: str  # the quoted words
    speaker: str | None  # who the text says spoke ("Sarekenov"), None if it does not say


@dataclass(frozen=True)
class FurnitureLine:
    start: int
    end: int
    text: str  # the line as it stands
    reason: str  # why it was set aside ("related link", "page trailer", ...)


@dataclass(frozen=True)
class ArticleMeta:
    title: str | None  # headline
    outlet: str | None  # publishing organisation as the text names it ("ANTARA")
    author: str | None  # byline person
    published: str | None  # ISO date the page itself states
    dateline: str | None  # place of the dateline ("Jakarta")
    sources: tuple[str, ...] = ()  # agencies credited as the article's source


@dataclass(frozen=True)
class Article:
    id: str  # corpus id, or the file's stem outside a corpus
    path: str  # the file as given (corpus-relative paths are joined to the corpus folder)
    sha256: str  # hash of the file's bytes
    text: str  # the whole decoded text; every offset points into it
    meta: ArticleMeta
    paragraphs: tuple[Paragraph, ...]  # title, lead, body and credit paragraphs, in order
    quotes: tuple[Quote, ...]
    furniture: tuple[FurnitureLine, ...]  # page furniture set aside
    url: str | None = None  # where the page was scraped from, if known
    language: str = "id"  # ISO 639-1 language of the text
    origin: str | None = None  # the scraped file's original name, if the corpus records it
    warnings: tuple[str, ...] = field(default=())  # problems met while reading (e.g. not UTF-8)

    @property
    def lead(self) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.kind == "lead"), None)

    @property
    def word_count(self) -> int:
        return sum(len(p.text.split()) for p in self.paragraphs)
