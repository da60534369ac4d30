"""Exceptions the library raises; the CLI turns each into one `Error: ...` line."""
from __future__ import annotations


class KzdiploError(Exception):
    """Base class: a problem with the user's input or data, with an actionable message."""

    exit_code = 1


class InputFileError(KzdiploError):
    """A file is missing, unreadable, empty, binary, or a directory."""


class CorpusError(KzdiploError):
    """corpus.yaml is missing, malformed or inconsistent."""


class DataFileError(KzdiploError):
    """A gazetteer or rule file is malformed."""


class UnknownArticleError(KzdiploError):
    """An article id is not in the corpus."""


class UnknownCountryError(KzdiploError):
    """A country name or code matches no gazetteer entry."""
