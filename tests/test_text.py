"""The shared low-level text helpers in plandiff._text and plandiff.sourcedate."""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plandiff._text import (
    CYRILLIC,
    HAN,
    HANGUL,
    JAPANESE,
    KANA,
    KATAKANA_WORD,
    NEEDS_CJK_FONT,
    UNSPACED,
    UnionFind,
    class_body,
    decode_text,
    is_cjk_language,
    longest_increasing,
    merged,
)
from plandiff.errors import InputError
from plandiff.sourcedate import report_date, source_date


def _matches(ranges: tuple[tuple[int, int], ...], text: str, astral: bool = True) -> str:
    return "".join(re.findall(f"[{class_body(ranges, astral)}]", text))


def test_script_ranges_classify_characters() -> None:
    sample = "NATO и ЕС: 安全保障、ウクライナ・ロシア、안전 보장々𠀋「」Ａ"
    assert _matches(HAN, sample) == "安全保障々𠀋"
    assert _matches(KANA, sample) == "ウクライナ・ロシア"
    assert _matches(KATAKANA_WORD, sample) == "ウクライナロシア"  # the middle dot splits names
    assert _matches(HANGUL, sample) == "안전보장"
    assert _matches(CYRILLIC, sample) == "иЕС"
    # A CJK font is needed for punctuation and full-width forms too; redlines go character
    # by character in Han, kana and Hangul but not in punctuation.
    assert set("「」、Ａ") <= set(_matches(NEEDS_CJK_FONT, sample))
    assert not set("「」、Ａ") & set(_matches(UNSPACED, sample))
    assert set(_matches(JAPANESE, sample)) == set("安全保障々𠀋ウクライナ・ロシア")


def test_class_body_without_astral_keeps_the_basic_plane() -> None:
    assert _matches(HAN, "安𠀋", astral=False) == "安"


def test_merged_joins_overlapping_and_touching_ranges() -> None:
    assert merged(((5, 9),), ((1, 3), (4, 4), (8, 12)), ((20, 20),)) == ((1, 12), (20, 20))
    assert tuple(sorted(UNSPACED)) == UNSPACED


@pytest.mark.parametrize(("data", "wide", "expected"), [
    ("1. é".encode(), False, "1. é"),
    (b"\xef\xbb\xbf{}", False, "{}"),
    ("1. ウ".encode("utf-16"), True, "1. ウ"),
    ("1. ウ".encode("utf-32"), True, "1. ウ"),
])
def test_decode_text_reads_utf8_and_marked_wide_encodings(data: bytes, wide: bool,
                                                          expected: str) -> None:
    assert decode_text(data, "f", utf16_32=wide) == expected


@pytest.mark.parametrize(("data", "wide", "message"), [
    ("{}".encode("utf-16"), False, "f: file is UTF-16 encoded; save it as UTF-8"),
    ("{}".encode("utf-32"), False, "f: file is UTF-32 encoded; save it as UTF-8"),
    (b"ok\ncaf\xe9", False, "f:2:4: not valid UTF-8 (byte 0xe9)"),
    (b"ok\n\xd0\xb8\x00", True, "f:2:2: binary file (NUL byte)"),
    (b"\x01\x02" + b"x" * 50, True, "f: binary file (2 control characters in 52)"),
    (b"\xff\xfe\x00\xd8", True, "f: not valid UTF-16 despite its byte-order mark"),
])
def test_decode_text_refuses_with_file_and_place(data: bytes, wide: bool, message: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_text(data, "f", utf16_32=wide)
    assert caught.value.lines()[0].startswith(message)
    assert caught.value.problems[0].rule == "encoding"


@pytest.mark.parametrize(("values", "length"), [
    ([], 0), ([3], 1), ([3, 1, 2], 2), ([1, 2, 3], 3), ([3, 2, 1], 1),
    ([0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15], 6), ([2, 2, 2], 1),
])
def test_longest_increasing_is_strict_and_longest(values: list[int], length: int) -> None:
    chain = longest_increasing(values)
    assert len(chain) == length
    assert chain == sorted(chain)
    picked = [values[i] for i in chain]
    assert all(a < b for a, b in pairwise(picked))


def test_union_find_roots_do_not_depend_on_union_order() -> None:
    forward: UnionFind[int] = UnionFind()
    backward: UnionFind[int] = UnionFind()
    pairs = [(5, 3), (3, 9), (7, 8)]
    for a, b in pairs:
        forward.union(a, b)
    for a, b in reversed(pairs):
        backward.union(b, a)
    for node in (3, 5, 9, 7, 8):
        assert forward.find(node) == backward.find(node)
    assert forward.find(9) == 3 and forward.find(8) == 7
    assert forward.find(42) == 42 and 42 in set(forward)


def test_union_find_rank_chooses_the_root() -> None:
    order = {"b": 0, "a": 1, "c": 2}
    sets: UnionFind[str] = UnionFind(order)
    sets.add(order)
    sets.union("a", "c")
    sets.union("c", "b")
    assert {sets.find(x) for x in "abc"} == {"b"}
    assert list(sets) == ["b", "a", "c"]


def test_source_date() -> None:
    assert source_date({}) is None
    assert source_date({"SOURCE_DATE_EPOCH": " "}) is None
    assert source_date({"SOURCE_DATE_EPOCH": "86400"}) == dt.datetime(1970, 1, 2, tzinfo=dt.UTC)
    with pytest.raises(InputError, match="whole number of seconds since 1970, not 'soon'"):
        source_date({"SOURCE_DATE_EPOCH": "soon"})
    with pytest.raises(InputError):
        source_date({"SOURCE_DATE_EPOCH": "9" * 30})


def test_report_date_falls_back_to_the_latest_date() -> None:
    dates = [dt.date(2025, 11, 20), dt.date(2025, 12, 24)]
    assert report_date(dates, {}) == dt.datetime(2025, 12, 24, tzinfo=dt.UTC)
    assert report_date([], {}) == dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    assert report_date(dates, {"SOURCE_DATE_EPOCH": "0"}).year == 1970


def test_cjk_languages_by_primary_subtag() -> None:
    assert [is_cjk_language(tag) for tag in ("ja", "zh-Hant", "KO-kr", "uk", "en-JA")] == [
        True, True, True, False, False]


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(codec=None, exclude_categories=(), max_codepoint=0x3000),
               max_size=40))
def test_control_count_on_utf8_bytes_is_the_regex_count(text: str) -> None:
    """The byte-level count of control characters (used when the UTF-8 holds no 0xC2 byte)
    gives the regular expression's count on the text, and falls back to it otherwise."""
    from plandiff._text import _CONTROL, _count_controls

    expected = len(_CONTROL.findall(text))
    assert _count_controls(text, text.encode("utf-8", "surrogatepass")) == expected
    assert _count_controls(text, None) == expected


_STRAY_TEXT = ("1. The parties cease fire along the whole line of contact.\n"
               "2. Prisoners are exchanged\x08 on an all-for-all basis.\n"
               "3. Elections are held within one hundred days\x7f of the signing.\x07\n")


@pytest.mark.parametrize("text", [
    _STRAY_TEXT,
    "Draft as pasted from a PDF viewer\x0b\n1. Sovereignty is confirmed.\x08\n",
    "1. A short point.\x1b\n",
])
def test_a_text_with_a_few_stray_control_characters_is_text(text: str) -> None:
    """A text pasted from a PDF or a terminal holds a stray backspace, bell or delete, each
    alone between its words: it was refused as a binary file ("2 control characters in
    175"), over the share of one in a hundred that a short text reaches with two."""
    assert decode_text(text.encode(), "f", utf16_32=True) == text


def _png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))
    rows = b"".join(b"\x00" + bytes(range(30)) for _ in range(10))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 30, 10, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def _zip() -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>" * 40)
    return buffer.getvalue()


def _pdf() -> bytes:
    import zlib

    stream = zlib.compress(b"BT /F1 12 Tf 72 712 Td (1. The parties cease fire.) Tj ET" * 3)
    return (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length " + str(len(stream)).encode()
            + b" /Filter /FlateDecode >>\nstream\n" + stream + b"\nendstream\nendobj\n")


@pytest.mark.parametrize("data", [
    _png(), _zip(), _pdf(),
    b"GIF89a\x0a\x00\x0a\x00\x91\x00\x00\xff\xff\xff",
    # binary that decodes as UTF-8, with no NUL: its controls side by side
    bytes(range(1, 32)) * 3 + b"1. text" * 40,
    b"\x01\x02\x03" + b"1. text" * 10,
    b"1. text\x01\x02 more text " * 20,
])
def test_binary_data_is_still_refused(data: bytes) -> None:
    with pytest.raises(InputError) as caught:
        decode_text(data, "f", utf16_32=True)
    assert caught.value.problems[0].rule == "encoding"
