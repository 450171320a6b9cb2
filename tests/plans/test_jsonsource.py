"""plandiff.plans.jsonsource: the only place bytes from disk become JSON values."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plandiff.errors import InputError
from plandiff.limits import Limits
from plandiff.plans.jsonsource import (
    format_path,
    load_json_file,
    locate_places,
    parse_json,
    read_bytes,
)


def _error(call: object, *args: object) -> InputError:
    with pytest.raises(InputError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value


def test_format_path_quotes_what_is_not_an_identifier() -> None:
    assert format_path(()) == "$"
    assert format_path(("points", 3, "id")) == "$.points[3].id"
    assert format_path(("odd key", 0)) == '$["odd key"][0]'
    assert format_path(("ключ",)) == '$["ключ"]'


def test_parse_json_reads_a_document_and_locates_its_values() -> None:
    text = '{\n  "a": 1,\n  "points": [\n    {"id": "x"},\n    {"id": "y"}\n  ]\n}\n'
    document = parse_json(text, "f.json")
    assert document.data == {"a": 1, "points": [{"id": "x"}, {"id": "y"}]}
    assert document.line_of(("a",)) == 2
    assert document.line_of(("points", 1, "id")) == 5
    assert document.line_of(("points", 1, "missing")) == 5  # nearest located ancestor
    assert locate_places(text)[("points", 0)][0] == 4


def test_a_value_s_column_counts_characters_from_its_own_line_start() -> None:
    """Saved on Windows (CRLF), with Cyrillic and Japanese before the value on its line and
    the whole file on one line: the column is the character the value starts at."""
    text = '{\r\n  "title": "Мир", "x": {"ja": "合意", "n": [1,\r\n      22]}\r\n}\r\n'
    document = parse_json(text, "f.json")
    assert document.place_of(("title",)) == (2, 12)
    assert document.place_of(("x", "n")) == (2, 42)
    assert document.place_of(("x", "n", 1)) == (3, 7)
    assert document.place_of(("x", "missing")) == (2, 24)
    flat = '{"points": [' + ", ".join(f'{{"id": "p{i}"}}' for i in range(3)) + "]}"
    assert parse_json(flat, "f.json").place_of(("points", 2, "id")) == (1, 48)


@pytest.mark.parametrize(("text", "expected"), [
    ("", "f.json:1:1: file is empty"),
    ('{"a": 1,}', "f.json:1:9: invalid JSON"),
    ('{"a": NaN}', "f.json:1:7: invalid JSON: NaN is not valid JSON"),
    ('{"a": 1, "a": 2}', 'f.json:1:10: invalid JSON: duplicate key "a"'),
    ('{\n "a": 1,\n "b": {"c": "x,\\"a\\": {", "d": -Infinity}}',
     "f.json:3:32: invalid JSON: -Infinity is not valid JSON"),
    # the first key repeated in the text, where an inner object's would be found first
    ('{"a": 1,\n "a": 2, "b": {"c": 1, "c": 2}}', 'f.json:2:2: invalid JSON: duplicate key "a"'),
    ('[{"a": 1}, {"a": 2}, {"é": 1, "\\u00e9": 2}]',
     'f.json:1:31: invalid JSON: duplicate key "é"'),
    ('{"a": "\\ud800"}', "f.json:$.a:"),
    # what a hand-edited file most often holds, said in plain words
    ('{"a": [1,\n 2,\n]}',
     "f.json:3:1: invalid JSON: a comma before ']' (JSON allows no comma after the last item)"),
    ('{"a": 1,\n}', "f.json:2:1: invalid JSON: a comma before '}'"),
    ('// the draft of 2 May\n{"a": 1}', "f.json:1:1: invalid JSON: a comment (JSON allows none)"),
    ('{"a": 1, /* old */ "b": 2}', "f.json:1:10: invalid JSON: a comment"),
    ("{'a': 1}", "f.json:1:2: invalid JSON: a single quote (JSON strings and keys take double"),
    ('{\u201ca\u201d: 1}',
     "f.json:1:2: invalid JSON: a typographic quote \u201c where JSON needs a straight double"),
    ('{"a": \u00abx\u00bb}', "f.json:1:7: invalid JSON: a typographic quote \u00ab"),
    ('{"a": [1,', "f.json:1:10: invalid JSON: Expecting value"),  # the text ends early
    ('{"a": 1,\n "n": ' + "9" * 5000 + "}",
     "f.json:2:7: invalid JSON: a number of 5,000 digits is too long to read (at most 4,300)"),
])
def test_parse_json_refuses_with_the_place(text: str, expected: str) -> None:
    assert _error(parse_json, text, "f.json").lines()[0].startswith(expected)


def test_parse_json_refuses_deep_nesting_within_the_limit() -> None:
    limits = Limits(max_depth=5)
    assert parse_json("[[[[1]]]]", "f", limits).data == [[[[1]]]]
    message = _error(parse_json, "[" * 50 + "]" * 50, "f", limits).lines()[0]
    assert message.startswith("f:") and "deep" in message


def test_read_bytes_refuses_missing_large_and_irregular_files(tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_bytes(b"{}")
    assert read_bytes(good, "good.json") == b"{}"
    assert "no such file" in _error(read_bytes, tmp_path / "none.json", "none.json").message
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 100)
    message = _error(read_bytes, big, "big.json", Limits(max_file_bytes=10)).message
    assert "over the limit of 10" in message
    assert _error(read_bytes, tmp_path, "folder").message.startswith("folder:")
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert _error(read_bytes, fifo, "pipe.json").message.startswith("pipe.json:")


def test_load_json_file_decodes_then_parses(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_bytes(b'\xef\xbb\xbf{"title": "\xd0\xbc\xd0\xb8\xd1\x80"}')
    assert load_json_file(path, "p.json").data == {"title": "мир"}
    path.write_bytes('{"a": 1}'.encode("utf-16"))
    assert "UTF-16" in _error(load_json_file, path, "p.json").message


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(alphabet="[]{}\"\\ab", max_size=4),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=2), inner,
                                                               max_size=3),
    max_leaves=30)


@settings(max_examples=300, deadline=None)
@given(_JSON_VALUES, st.integers(0, 8))
def test_depth_of_parsed_values_is_the_depth_of_the_text(value: object, limit: int) -> None:
    """The walk over parsed values finds a file too deep exactly when the scan of its text
    (brackets outside strings, which also gives the place) does."""
    from plandiff.plans.jsonsource import _check_depth, _walk_values

    text = json.dumps(value)
    try:
        _check_depth(text, "f.json", limit)
        too_deep = False
    except InputError:
        too_deep = True
    assert _walk_values(json.loads(text), limit, 10)[0] is too_deep


_SCALARS = (st.none() | st.booleans() | st.integers()
            | st.floats(allow_nan=False) | st.text(alphabet="ab", max_size=6))
_VALUES = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=4)
                       | st.dictionaries(st.text(alphabet="xy", max_size=2), inner, max_size=4),
                       max_leaves=25)


@settings(max_examples=300, deadline=None)
@given(_VALUES, st.integers(0, 6))
def test_the_walk_over_values_misses_no_bad_value(value: object, most: int) -> None:
    """The one walk over parsed values says a file may hold a string over the limit or a
    number too large whenever the check that names the place finds one, and, in a file
    with no container over the limit, only then."""
    from plandiff.plans.jsonsource import _find_bad_string, _walk_values

    too_deep, maybe_bad = _walk_values(value, 64, most)
    bad = _find_bad_string(value, (), Limits(max_text_chars=most))
    assert not too_deep
    if bad is not None:
        assert maybe_bad
    stack, big = [value], False
    while stack:
        item = stack.pop()
        if isinstance(item, dict | list):
            big = big or len(item) > most
            stack.extend(item.values() if isinstance(item, dict) else item)
    if not big:
        assert maybe_bad is (bad is not None)


def test_the_walk_cut_short_by_the_depth_leaves_the_values_to_the_close_check() -> None:
    from plandiff.plans.jsonsource import _walk_values

    assert _walk_values([[["x" * 3]]], 2, 10) == (True, True)
    assert _walk_values([[["x" * 3]]], 3, 10) == (False, False)
    assert _walk_values([[["x" * 3]]], 3, 2) == (False, True)
    assert _walk_values({"a": [1, float("inf")]}, 3, 10) == (False, True)
    assert _walk_values("x" * 11, 3, 10) == (False, True)


@pytest.mark.parametrize(("text", "message"), [
    ('{"a": 1, "b": 2, "a": 3}', 'duplicate key "a"'),
    ('{"a": {"x": 1, "y": 2, "y": 3, "x": 4}}', 'duplicate key "y"'),
    ('{"é": 1, "\\u00e9": 2}', 'duplicate key "é"'),
    ('[{"a": 1}, {"a": 2}, {}]', None),
])
def test_object_members_are_kept_and_a_repeated_key_is_named(text: str,
                                                              message: str | None) -> None:
    """The members hook gives what json.loads gives, and names the first key repeated."""
    from plandiff.plans.jsonsource import parse_json

    if message is None:
        assert parse_json(text, "x.json").data == json.loads(text)
        return
    with pytest.raises(InputError) as caught:
        parse_json(text, "x.json")
    assert message in str(caught.value)
