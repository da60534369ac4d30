"""Indonesian numbers: digits with dot/comma separators, number words and magnitude words, exactly.

>>> parse_numeral("174,2")
Decimal('174.2')
>>> parse_numeral("10.000")
Decimal('10000')
>>> parse_words("dua puluh lima")
Decimal('25')
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from kzdiplo import datafiles


@lru_cache(maxsize=1)
def words() -> dict:
    return datafiles.load("numbers.yaml")


def _alternation(items) -> str:
    return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))


@lru_cache(maxsize=1)
def number_word_pattern() -> str:
    """Regex source for a spelled-out number ("dua puluh lima", "seratus", "satu").

    Built so every alternative begins with a letter of a number word; compile with IGNORECASE.
    """
    data = words()
    digit = _alternation(data["digits"])
    special = _alternation(data["specials"])
    scale = _alternation(data["scales"])
    atom = rf"(?:{special}|(?:{digit})(?:\s+(?:{scale}))?)"
    return rf"(?:{atom}(?:\s+{atom}){{0,5}})"


def parse_words(text: str) -> Decimal | None:
    """Value of a spelled-out whole number, or None if it is not one."""
    data = words()
    total, group, pending = 0, 0, None  # group: the part below a thousand; pending: a digit word
    for token in text.casefold().split():
        if token in data["digits"]:
            if pending is not None:
                return None
            pending = data["digits"][token]
        elif token in data["specials"]:
            value = data["specials"][token]
            if value >= 1000:
                total, group = total + (group + (pending or 0) or 1) * value, 0
                pending = None
            else:
                group += value
        elif token in data["scales"]:
            if pending is None:
                return None
            if token == "ribu":
                total, group = total + (group + pending) * 1000, 0
            else:
                group += 10 + pending if token == "belas" else pending * data["scales"][token]
            pending = None
        else:
            return None
    return Decimal(total + group + (pending or 0))


_GROUPED_DOT = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_GROUPED_COMMA = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


_THOUSANDS_COMMA = re.compile(r"[1-9]\d{0,2}(?:,000)+")


def parse_numeral(text: str, *, english: bool = False) -> Decimal | None:
    """Value of digits in Indonesian notation (10.000 / 174,2 / 1.234,5); `english` reads 2.5 and 1,000."""
    text = text.strip().replace(" ", "")
    try:
        if english:
            if _GROUPED_COMMA.fullmatch(text) or re.fullmatch(r"\d+(?:\.\d+)?", text):
                return Decimal(text.replace(",", ""))
            return None
        if _GROUPED_DOT.fullmatch(text):
            return Decimal(text.replace(".", "").replace(",", "."))
        if _THOUSANDS_COMMA.fullmatch(text):
            return Decimal(text.replace(",", ""))  # "1,000 tempat duduk": no one writes a decimal ",000"
        if re.fullmatch(r"\d+(?:,\d+)?", text):
            return Decimal(text.replace(",", "."))
        if re.fullmatch(r"\d+\.\d{1,2}", text):
            return Decimal(text)  # "2.5": a dot with one or two decimals cannot be a thousands dot
        return None
    except InvalidOperation:
        return None


def magnitude(word: str) -> int | None:
    """Multiplier of a magnitude word or abbreviation ("juta", "Miliar", "T"), or None."""
    data = words()
    if word in data["magnitude_letters"]:
        return data["magnitude_letters"][word]
    return data["magnitudes"].get(word.casefold().rstrip("."))
