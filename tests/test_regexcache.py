"""Large patterns rebuilt from their stored program behave exactly like re.compile's."""
from __future__ import annotations

import re

import pytest

from kzdiplo import datafiles
from kzdiplo.regexcache import compile_cached

SOURCE = r"(?P<title>Presiden|Menteri(?:\s+Luar\s+Negeri)?)\s+(?P<name>[A-Z]\w+)(?:\s+dan\s+(?P=name))?"
TEXT = "Kata Presiden Tokayev dan Menteri Luar Negeri Retno, juga presiden jokowi."


@pytest.fixture(autouse=True)
def _own_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))


def _stored() -> list:
    return sorted(datafiles.cache_dir().glob("regex-*.pickle"))


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_a_stored_pattern_matches_as_re_compile_does(flags):
    expected = re.compile(SOURCE, flags)
    first = compile_cached(SOURCE, flags)
    assert len(_stored()) == 1
    again = compile_cached(SOURCE, flags)  # from the stored program
    for pattern in (first, again):
        assert (pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex) == \
            (expected.pattern, expected.flags, expected.groups, expected.groupindex)
        assert [m.groupdict() for m in pattern.finditer(TEXT)] == [m.groupdict() for m in expected.finditer(TEXT)]


def test_a_damaged_store_falls_back_to_compiling():
    compile_cached(SOURCE)
    _stored()[0].write_bytes(b"not a pickle")
    assert compile_cached(SOURCE).findall(TEXT) == re.compile(SOURCE).findall(TEXT)


def test_a_built_source_is_built_once_and_again_when_code_or_data_change(monkeypatch):
    built = []

    def build():
        built.append(1)
        return SOURCE

    compile_cached(build, key="titles")
    assert compile_cached(build, key="titles").pattern == SOURCE
    assert len(built) == 1
    monkeypatch.setattr(datafiles, "code_and_data_version", lambda: "another version")
    compile_cached(build, key="titles")
    assert len(built) == 2


def test_a_bad_pattern_is_still_a_regex_error():
    with pytest.raises(re.error):
        compile_cached("(unclosed")


def test_an_unwritable_cache_still_compiles(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file where the folder should be
    assert compile_cached(SOURCE).search(TEXT)["name"] == "Tokayev"
