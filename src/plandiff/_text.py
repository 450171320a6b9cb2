"""Low-level text helpers, one copy each: Unicode script ranges, decoding bytes to text, the
longest increasing subsequence and union-find.

Script ranges
-------------
Each range below is named once; every module that needs "a CJK character" composes the
ranges it means from these, so the extents cannot drift apart. The compositions differ on
purpose, because the questions differ:

- :mod:`plandiff.engine.redline` cuts text into tokens and makes every character of a script
  written without spaces its own token (:data:`UNSPACED`: Han, kana, Bopomofo and Hangul,
  whose edits are shown syllable by syllable); a run of :data:`KATAKANA_WORD` (loanwords,
  foreign names) stays one token, and the middle dot ``・`` that separates such names is not
  part of a run. Combining voicing marks are not letters there (:data:`HIRAGANA_LETTERS`):
  they stay attached to their base character.
- :mod:`plandiff.engine.align` matches points by words: Han, Hiragana and Katakana runs
  (whole blocks, :data:`HAN`, :data:`HIRAGANA`, :data:`KATAKANA`) are cut into bigrams;
  Korean puts spaces between words, so Hangul words stay words there.
- :mod:`plandiff.engine.flags` runs its Japanese patterns only on text that has kana or Han
  (:data:`JAPANESE`), and keeps Latin, Greek and :data:`CYRILLIC` letters from touching a
  name or keyword.
- :mod:`plandiff.render.report.pdf` asks whether a text needs a CJK font, so CJK punctuation
  and full-width forms count too (:data:`NEEDS_CJK_FONT`).
- :mod:`plandiff.plans.importer` guesses a language from letter counts (:data:`KANA`,
  :data:`HAN`, :data:`HANGUL`, :data:`CYRILLIC`).

The module imports nothing from plandiff but :mod:`plandiff.errors`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Hashable, Iterable, Iterator, Sequence
from typing import Generic, TypeVar

from plandiff.errors import InputError, Problem

# --------------------------------------------------------------------------- script ranges

Ranges = tuple[tuple[int, int], ...]
"""Inclusive (first, last) code point ranges."""

HAN: Ranges = (
    (0x2E80, 0x2FDF),  # CJK radicals supplement, Kangxi radicals
    (0x3005, 0x3007),  # 々 〆 〇
    (0x3021, 0x3029),  # Hangzhou numerals
    (0x3400, 0x4DBF),  # extension A
    (0x4E00, 0x9FFF),  # unified ideographs
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0x20000, 0x323AF),  # extensions B to H
)
"""Chinese characters (kanji, hanja), with radicals and the ideographic iteration marks."""
HIRAGANA: Ranges = ((0x3040, 0x309F),)
"""The Hiragana block, combining voicing marks included."""
HIRAGANA_LETTERS: Ranges = ((0x3041, 0x3096), (0x309D, 0x309F))
"""Hiragana letters and iteration marks, without the voicing marks (U+3099-U+309C)."""
KATAKANA: Ranges = ((0x30A0, 0x30FF), (0x31F0, 0x31FF))
"""The Katakana block and its phonetic extensions."""
HALFWIDTH_KATAKANA: Ranges = ((0xFF66, 0xFF9F),)
KATAKANA_WORD: Ranges = ((0x30A1, 0x30FA), (0x30FC, 0x30FF), (0x31F0, 0x31FF),
                         *HALFWIDTH_KATAKANA)
"""Characters of one Katakana word: letters and the prolonged sound mark ー, not the middle
dot ・ (U+30FB) that separates foreign names, nor the double hyphen ゠ (U+30A0)."""
KANA_REPEAT: Ranges = ((0x3031, 0x3035), (0x3038, 0x303C))
"""Vertical kana repeat marks and other ideographic marks used inside words."""
KANA_SUPPLEMENT: Ranges = ((0x1B000, 0x1B16F),)
KANA: Ranges = HIRAGANA + KATAKANA + HALFWIDTH_KATAKANA
BOPOMOFO: Ranges = ((0x3105, 0x312F), (0x31A0, 0x31BF))
HANGUL: Ranges = (
    (0x1100, 0x11FF),  # Jamo
    (0x3130, 0x318F),  # compatibility Jamo
    (0xA960, 0xA97F),  # Jamo extended A
    (0xAC00, 0xD7AF),  # syllables
    (0xD7B0, 0xD7FF),  # Jamo extended B
    (0xFFA0, 0xFFDC),  # half-width Hangul
)
CJK_SYMBOLS: Ranges = ((0x3000, 0x303F), (0x3190, 0x319F), (0x31C0, 0x31EF))
"""CJK punctuation (ideographic space, 「」), Kanbun and strokes: no script of their own, but
they need a CJK font."""
FULLWIDTH_FORMS: Ranges = ((0xFF00, 0xFFEF),)
CYRILLIC: Ranges = ((0x0400, 0x052F),)
"""Cyrillic and its supplement (Ukrainian, Russian and the rest)."""


CYRILLIC_LETTERS = ("абвгдежзиклмнопрстуфхцчшщэюя", "абвгґдеєжзиіїклмнопрстуфхцчшщюя")
"""The Russian and Ukrainian alphabets as sub-point letters run (no й, ё, ь, ъ, ы): the
intake reads ``а)``, ``Б.`` as items with them, and a renumbering test compares a letter by
its place in them (``10(в)`` is ``10(c)``, the third)."""

CJK_LANGUAGES = frozenset({"ja", "zh", "ko"})
"""Languages written in Han characters, kana or Hangul (language tags' primary subtags)."""


def is_cjk_language(language: str) -> bool:
    """Whether a language tag (``ja``, ``zh-Hant``, ``ko-KR``) is Chinese, Japanese or Korean."""
    return language.split("-", 1)[0].lower() in CJK_LANGUAGES


def merged(*ranges: Ranges) -> Ranges:
    """The union of ``ranges``, sorted, with overlapping and touching ranges joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(r for group in ranges for r in group):
        if out and start <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)


UNSPACED: Ranges = merged(HAN, HIRAGANA_LETTERS, KATAKANA, HALFWIDTH_KATAKANA, KANA_REPEAT,
                          KANA_SUPPLEMENT, BOPOMOFO, HANGUL)
"""Scripts whose redlines go character by character (no spaces between their words)."""
JAPANESE: Ranges = merged(HAN, KANA)
NEEDS_CJK_FONT: Ranges = merged(HAN, KANA, BOPOMOFO, HANGUL, CJK_SYMBOLS, FULLWIDTH_FORMS)


def class_body(ranges: Ranges, astral: bool = True) -> str:
    """The body of a regular-expression character class (``f"[{class_body(HAN)}]"``). Without
    ``astral``, only the Basic Multilingual Plane, which keeps Python's regex engine on its
    fast bitmap path."""
    parts = []
    for start, end in ranges:
        if not astral and start > 0xFFFF:
            continue
        end = end if astral else min(end, 0xFFFF)
        parts.append(f"\\U{start:08x}" if start == end else f"\\U{start:08x}-\\U{end:08x}")
    return "".join(parts)


# --------------------------------------------------------------------------- decoding

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
)
"""Byte-order marks, longest first (a UTF-32 LE mark starts like a UTF-16 LE one)."""
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
"""Control characters that have no place in text (tab, line breaks and form feed do)."""
_CONTROL_SHARE = 0.01
_CONTROL_RUN = re.compile(f"{_CONTROL.pattern}{{2}}")
"""Two control characters side by side: binary data's, never a stray one's in a text."""
_STRAY_COUNT = 3
_STRAY_SHARE = 0.05
"""A text pasted from a PDF or a terminal may hold a stray backspace, bell or delete, each
alone between its words: up to three of them, or one in twenty characters, are a text's
(a short text passes the share of one in a hundred with two)."""
_NOT_C0_CONTROL = bytes(b for b in range(256) if not _CONTROL.match(chr(b)) or b >= 0x80)
"""Every byte but those of :data:`_CONTROL`'s characters below U+0080 (in UTF-8 each of
those is one byte, a value no multi-byte sequence uses)."""


def _count_controls(text: str, utf8: bytes | None) -> int:
    """How many characters of :data:`_CONTROL` ``text`` holds; ``utf8``, when given, is
    ``text`` in UTF-8. Without a 0xC2 byte (the lead byte of U+0080-U+00BF) the UTF-8 holds
    no C1 control, and the C0 ones are counted on the bytes in C, several times faster than
    the regular expression on the text."""
    if utf8 is not None and b"\xc2" not in utf8:
        return len(utf8.translate(None, _NOT_C0_CONTROL))
    return len(_CONTROL.findall(text))


def _stray(text: str, controls: int) -> bool:
    """Whether the ``controls`` control characters of ``text`` are a text's stray ones: few
    (:data:`_STRAY_COUNT`, :data:`_STRAY_SHARE`), and each alone between other characters
    (binary data's come side by side: an image's, a zip's, a PDF stream's bytes)."""
    return (controls <= _STRAY_COUNT or controls <= _STRAY_SHARE * len(text)) \
        and _CONTROL_RUN.search(text) is None


def _encoding_error(display: str, message: str, line: int | None = None,
                    column: int | None = None) -> InputError:
    problem = Problem(file=display, path="", message=message, line=line, column=column,
                      rule="encoding")
    return InputError(problem.format(), (problem,))


def byte_position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset in mostly-UTF-8 data."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, column


def decode_text(data: bytes, display: str, *, utf16_32: bool = False) -> str:
    """The text of a file: UTF-8, with an optional byte-order mark dropped. With ``utf16_32``
    (drafts people saved from other programs), UTF-16 and UTF-32 are read too when a
    byte-order mark says so; without it (JSON, which RFC 8259 wants in UTF-8) they are refused
    with a hint. Binary data (a NUL byte, or more than 1 % control characters, unless they
    are a few stray ones: :func:`_stray`) and invalid UTF-8 raise :class:`InputError`
    naming ``display`` and the line:column."""
    utf8: bytes | None = data
    for bom, codec, name in _BOMS:
        if not data.startswith(bom):
            continue
        if codec != "utf-8" and not utf16_32:
            raise _encoding_error(display, f"file is {name} encoded; save it as UTF-8")
        try:
            text = data[len(bom):].decode(codec)
        except UnicodeDecodeError as exc:
            raise _encoding_error(display, f"not valid {name} despite its byte-order mark "
                                  f"(at byte {exc.start + len(bom)})") from None
        utf8 = data[len(bom):] if codec == "utf-8" else None
        break
    else:
        nul = data.find(b"\x00")
        if nul >= 0:
            line, column = byte_position(data, nul)
            raise _encoding_error(display, "binary file (NUL byte), or UTF-16/UTF-32 without "
                                  "a byte-order mark; expected UTF-8 text", line, column)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line, column = byte_position(data, exc.start)
            raise _encoding_error(display, f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); "
                                  "save the file as UTF-8", line, column) from None
    controls = _count_controls(text, utf8)
    if controls and controls > _CONTROL_SHARE * len(text) and not _stray(text, controls):
        raise _encoding_error(display, f"binary file ({controls} control characters in "
                              f"{len(text)}); expected text")
    return text


# --------------------------------------------------------------------------- sequences

def longest_increasing(values: Sequence[int]) -> list[int]:
    """Indices (ascending) into ``values`` of one longest strictly increasing subsequence:
    patience sorting, O(n log n), and always the same one for the same input."""
    tails: list[int] = []
    tail_at: list[int] = []
    previous = [-1] * len(values)
    for index, value in enumerate(values):
        slot = bisect_left(tails, value)
        if slot == len(tails):
            tails.append(value)
            tail_at.append(index)
        else:
            tails[slot] = value
            tail_at[slot] = index
        previous[index] = tail_at[slot - 1] if slot else -1
    chain: list[int] = []
    at = tail_at[-1] if tail_at else -1
    while at >= 0:
        chain.append(at)
        at = previous[at]
    chain.reverse()
    return chain


N = TypeVar("N", bound=Hashable)


class UnionFind(Generic[N]):
    """Disjoint sets of hashable nodes (path compression). The root of a merged set is the
    root that ``rank`` puts first (by default the smaller node), so the result never depends
    on the order of the unions."""

    def __init__(self, rank: dict[N, int] | None = None) -> None:
        self._parent: dict[N, N] = {}
        self._rank = rank

    def find(self, node: N) -> N:
        """The root of ``node``'s set (a new node is its own set)."""
        parent = self._parent
        parent.setdefault(node, node)
        root = node
        while parent[root] != root:
            root = parent[root]
        while parent[node] != root:
            parent[node], node = root, parent[node]
        return root

    def union(self, a: N, b: N) -> None:
        """Merge the sets of ``a`` and ``b``."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self._rank is not None:
            first, second = sorted((ra, rb), key=self._rank.__getitem__)
        else:
            first, second = sorted((ra, rb))  # type: ignore[type-var]  # nodes must order
        self._parent[second] = first

    def __iter__(self) -> Iterator[N]:
        """Every node seen, in the order first seen."""
        return iter(self._parent)

    def add(self, nodes: Iterable[N]) -> None:
        """Make each of ``nodes`` known (its own set unless already merged)."""
        for node in nodes:
            self.find(node)


__all__ = [
    "CJK_LANGUAGES", "CYRILLIC", "HAN", "HANGUL", "HIRAGANA", "HIRAGANA_LETTERS", "JAPANESE",
    "KANA", "KATAKANA", "KATAKANA_WORD", "NEEDS_CJK_FONT", "UNSPACED", "Ranges", "UnionFind",
    "byte_position", "class_body", "decode_text", "is_cjk_language", "longest_increasing",
    "merged",
]
