"""kzdiplo: structured, checkable facts from Indonesian news about Kazakhstan's diplomacy."""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

# The function, bound over the subpackage of the same name (which is imported first).
from kzdiplo.extract import extract  # noqa: E402

# Everything else is imported on first use, so that `kzdiplo --help` does not load the loader,
# the corpus and the API it never needs.
_LAZY = {
    "ArticleFacts": "kzdiplo.api", "ArticleListing": "kzdiplo.api", "facts": "kzdiplo.api",
    "list_articles": "kzdiplo.api", "read_inputs": "kzdiplo.api", "Corpus": "kzdiplo.corpus",
    "open_corpus": "kzdiplo.corpus", "KzdiploError": "kzdiplo.errors", "load_bytes": "kzdiplo.loader",
    "load_file": "kzdiplo.loader", "parse": "kzdiplo.loader", "Article": "kzdiplo.records",
    "ArticleMeta": "kzdiplo.records",
}

__all__ = ["__version__", "extract", *_LAZY]


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'kzdiplo' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value
