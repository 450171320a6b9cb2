"""Regular expressions compiled ahead of time: ``preload`` puts them in the ``re`` module's
own cache, so that ``re.compile`` finds them there instead of compiling them again.

Why: a ``plandiff diff`` process compiles about 140 patterns (the flags' scans, the
redline's tokens, the vocabulary's names...), and ``re`` compiles in Python: about 0.4 G
instructions, a twentieth of the 5,000-point benchmark command. What the compiler makes of
a pattern is a list of integers (the regex engine's code) that depends only on the pattern,
its flags and the Python that compiled it; it is kept in a data file per Python, and
``_sre.compile`` turns it back into the very ``Pattern`` the compiler would return
(patterns compare equal when their code does; the tests check every entry against the
running compiler).

The file's name holds the exact Python (implementation, version, the engine's magic number
and code size): under any other Python there is no file, nothing is preloaded and every
pattern is compiled as usual. A pattern missing from the file (new or changed since the file
was written) is compiled as usual too, so a stale file costs time, never a result.
``benchmarks/regex_cache.py`` writes the file again. Only ``cli.run`` preloads: a library
caller's ``re`` cache is left alone.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the regex engine (no stubs)
import marshal
import re
import sys
import zlib
from array import array
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_DATA = Path(__file__).resolve().parent / "data"

Entry = tuple[str | bytes, int, int, bytes, int, dict[str, int], tuple[str | None, ...]]
"""(pattern, flags as given, flags of the compiled pattern, code as native unsigned ints,
groups - 1, group index, index group): what ``re._compiler.compile`` passes to
``_sre.compile``, with the pattern and flags ``re.compile`` was called with."""


def tag() -> str:
    """The running Python, as far as compiled patterns depend on it."""
    version = ".".join(map(str, sys.version_info[:3]))
    return (f"{sys.implementation.cache_tag}-{version}-{sys.version_info.releaselevel}"
            f"-{_sre.MAGIC}-{_sre.CODESIZE}")


def cache_file(folder: Path = _DATA) -> Path:
    """The file of patterns compiled by the running Python."""
    return folder / f"regex-{tag()}.marshal.zlib"


def entries(patterns: Iterable[tuple[str | bytes, int]]) -> list[Entry]:
    """What the running Python's compiler makes of each pattern and its flags (a
    ``RegexFlag`` counts as its value, as ``re`` keys its cache), sorted, without repeats."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    out: dict[tuple[str, str | bytes, int], Entry] = {}
    for pattern, flags in patterns:
        flags = int(flags)
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        state = parsed.state
        indexgroup: list[str | None] = [None] * state.groups
        for name, index in state.groupdict.items():
            indexgroup[index] = name
        out[(type(pattern).__name__, pattern, flags)] = (
            pattern, flags, flags | state.flags, array("I", code).tobytes(), state.groups - 1,
            dict(state.groupdict), tuple(indexgroup))
    return [out[key] for key in sorted(out)]


def encode(found: list[Entry]) -> bytes:
    """The bytes of a file of ``found`` (from :func:`entries`): compressed, a tenth of the
    size for a millisecond to read. (The library writes no such file:
    ``benchmarks/regex_cache.py`` does.)"""
    return zlib.compress(marshal.dumps(found), 9)


def pattern_of(entry: Entry) -> re.Pattern[Any]:
    """The compiled pattern of one entry."""
    pattern, _, flags, code, groups, groupindex, indexgroup = entry
    compiled: re.Pattern[Any] = _sre.compile(pattern, flags, array("I", code).tolist(), groups,
                                             groupindex, indexgroup)
    return compiled


def read(path: Path) -> list[Entry]:
    """The entries of a file of :func:`encode`'s bytes; none when there is no such file."""
    try:
        data = path.read_bytes()
    except OSError:
        return []
    # the package's own data file, as trusted as its code
    found: list[Entry] = marshal.loads(zlib.decompress(data))  # noqa: S302
    return found


def preload(path: Path | None = None) -> int:
    """Put every pattern of the running Python's file in ``re``'s cache, where
    ``re.compile(pattern, flags)`` looks first; how many. Nothing when there is no file for
    this Python, or when ``re`` keeps no such cache."""
    cache = getattr(re, "_cache", None)
    maximum = getattr(re, "_MAXCACHE", 0)
    if not isinstance(cache, dict):
        return 0  # pragma: no cover - another Python's re module
    found = read(cache_file() if path is None else path)
    added = 0
    for entry in found:
        if len(cache) >= maximum:
            break  # ``re`` would drop the oldest to make room: leave room for its own
        key = (type(entry[0]), entry[0], entry[1])
        if key not in cache:
            cache[key] = pattern_of(entry)
            added += 1
    return added


__all__ = ["cache_file", "encode", "entries", "pattern_of", "preload", "read", "tag"]
