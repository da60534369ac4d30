from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path_factory):
    """Run from the repository root with the bundled corpus, and never touch the user's cache."""
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("KZDIPLO_CORPUS", raising=False)
    monkeypatch.delenv("KZDIPLO_DATA", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "cache"))


@pytest.fixture
def make_corpus(tmp_path):
    """Write a corpus folder: make_corpus({"a.txt": b"..."}, manifest=None) -> manifest path."""
    def make(files: dict[str, bytes | str], manifest: str | None = None) -> Path:
        (tmp_path / "data").mkdir(exist_ok=True)
        entries = []
        for name, content in files.items():
            path = tmp_path / "data" / name
            path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
            entries.append(f"  - id: {Path(name).stem}\n    file: data/{name}\n")
        text = manifest if manifest is not None else "articles:\n" + ("".join(entries) or "  []\n")
        (tmp_path / "corpus.yaml").write_text(text, encoding="utf-8")
        return tmp_path / "corpus.yaml"
    return make


ARTICLE = (
    "Indonesia dan Kazakhstan Perkuat Kerja Sama\n\n"
    "Jakarta (ANTARA) - Menteri Luar Negeri Indonesia Retno Marsudi bertemu dengan mitranya dari Kazakhstan "
    "pada Senin untuk membahas perdagangan kedua negara yang terus meningkat.\n\n"
    "Berita Terkait: Sesuatu yang lain\n"
)
