"""Patterns compiled ahead of time (plandiff.regexcache): the same patterns, found by
``re.compile`` without compiling."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from re import _compiler  # type: ignore[attr-defined]
from typing import Any

import pytest

from plandiff import regexcache

_SAMPLES: list[tuple[str | bytes, int]] = [
    (r"(?P<year>\d{4})-(?P<month>\d\d)|(?i:may)\s+(\w+)", 0),
    (r"\bshall(?:\s+not)?\b", int(re.IGNORECASE)),
    ("[\u3041-\u3096\u4e00-\u9fff]+(?:ない|ません)", 0),
    (r"(?<![\w'’-])(?:guarantee[sd]?|ensure[sd]?)(?![\w'’-])", int(re.MULTILINE)),
    (rb"[a-z]+\x00?", 0),
    ("(?x) a # verbose\n b+", 0),
]


@pytest.fixture
def own_cache() -> Iterator[None]:
    """``re``'s cache as it was before the test, whatever the test put in it."""
    saved = dict(re._cache)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        re._cache.clear()  # type: ignore[attr-defined]
        re._cache.update(saved)  # type: ignore[attr-defined]


def test_a_pattern_made_from_its_entry_is_the_pattern_the_compiler_makes(
        tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    path.write_bytes(regexcache.encode(regexcache.entries(_SAMPLES)))
    found = regexcache.read(path)
    assert len(found) == len(_SAMPLES)
    for entry in found:
        made = regexcache.pattern_of(entry)
        compiled = _compiler.compile(entry[0], entry[1])
        assert made == compiled  # patterns are equal when their code is
        assert (made.pattern, made.flags, made.groups, dict(made.groupindex)) == (
            compiled.pattern, compiled.flags, compiled.groups, dict(compiled.groupindex))
    date = next(regexcache.pattern_of(e) for e in found if e[0] == _SAMPLES[0][0])
    match = date.search("on 2026-12 or May fifth")
    assert match is not None and match.group("year", "month") == ("2026", "12")
    assert [m.group(3) for m in date.finditer("MAY fifth")] == ["fifth"]


def test_preloaded_patterns_are_found_by_re_compile_without_compiling(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, own_cache: None) -> None:
    pattern = r"speed21 (?P<word>preloaded|kept)\s+only"
    path = tmp_path / "patterns.marshal"
    path.write_bytes(regexcache.encode(regexcache.entries([(pattern, int(re.IGNORECASE))])))
    re.purge()
    assert regexcache.preload(path) == 1

    compiled: list[object] = []
    original = _compiler.compile

    def counting(pattern: Any, flags: int = 0) -> Any:
        compiled.append(pattern)
        return original(pattern, flags)

    with monkeypatch.context() as patched:
        patched.setattr(_compiler, "compile", counting)
        found = re.compile(pattern, re.IGNORECASE)  # a RegexFlag: re keys by its value
        again = re.compile(pattern, re.IGNORECASE)
        assert compiled == []
        re.compile(pattern)  # the flags are part of the key
        assert compiled == [pattern]
    match = found.search("SPEED21 Kept   only")
    assert match is not None and match.group("word") == "Kept"
    assert again is found
    assert regexcache.preload(path) == 0  # an entry re holds already is not replaced


def test_without_a_file_for_this_python_nothing_is_preloaded(tmp_path: Path,
                                                             own_cache: None) -> None:
    before = len(re._cache)  # type: ignore[attr-defined]
    assert regexcache.preload(tmp_path / "regex-another-python.marshal") == 0
    assert len(re._cache) == before  # type: ignore[attr-defined]


def test_the_shipped_file_holds_what_this_python_compiles() -> None:
    """Every entry of the file for the running Python (the project's own: the file is
    written with it) is the compiler's pattern, code and all."""
    path = regexcache.cache_file()
    assert path.name == f"regex-{regexcache.tag()}.marshal.zlib"
    found = regexcache.read(path)
    if not path.exists():  # another Python: no file, nothing preloaded
        assert found == []
        return
    assert len(found) > 100
    for entry in found:
        assert regexcache.pattern_of(entry) == _compiler.compile(entry[0], entry[1]), entry[0]


def test_the_command_preloads_and_compiles_next_to_nothing(tmp_path: Path) -> None:
    """A ``plandiff diff`` of a shipped pair through cli.run takes the patterns it needs
    from the file, but a handful (patterns made of the texts, or left out)."""
    plans = Path(__file__).resolve().parent.parent / "plans" / "peace-framework"
    code = """
import os, sys
from re import _compiler
import plandiff.cli as cli
old, new, out, count = sys.argv[1:]
compiled = []
preloaded = []
original = _compiler.compile
preload = cli.preload_patterns
def counting(pattern, flags=0):
    compiled.append(pattern)
    return original(pattern, flags)
def preload_then_count():
    preloaded.append(preload())
    _compiler.compile = counting
    return preloaded[0]
cli.preload_patterns = preload_then_count
exit_ = os._exit
def counted_exit(status):
    with open(count, "w") as file:
        file.write(f"{preloaded[0]} {len(compiled)}")
    exit_(status)
os._exit = counted_exit
sys.argv = ["plandiff", "diff", old, new, "--format", "json", "-o", out]
cli.run()
"""
    count = tmp_path / "count.txt"
    done = subprocess.run([sys.executable, "-c", code,
                           str(plans / "2025-11-20-us-28-point.json"),
                           str(plans / "2025-12-24-20-point.json"),
                           str(tmp_path / "diff.json"), str(count)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "diff.json").stat().st_size > 1000
    preloaded, compiled = map(int, count.read_text().split())
    if not regexcache.cache_file().exists():  # another Python: every pattern compiled
        assert (preloaded, compiled > 100) == (0, True)
        return
    assert preloaded > 100
    assert compiled <= 20, ("the file of compiled patterns is out of date: run "
                            "benchmarks/regex_cache.py")
