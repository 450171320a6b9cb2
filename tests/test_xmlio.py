"""plandiff.xmlio, the one lxml adapter: what untrusted XML it refuses, and its tree walk."""

from __future__ import annotations

import pytest

from plandiff.xmlio import XmlInputError, local_name, parse_untrusted, walk

KIND = "a test document"


def _refusal(data: bytes) -> XmlInputError:
    with pytest.raises(XmlInputError) as caught:
        parse_untrusted(data, kind=KIND)
    return caught.value


def test_parses_utf8_without_comments_or_processing_instructions() -> None:
    root = parse_untrusted('<a><!-- c --><?pi x?><b>é</b></a>'.encode(), kind=KIND)
    assert [local_name(c) for c in root] == ["b"]
    assert root[0].text == "é"


@pytest.mark.parametrize("declaration", [
    b'<!DOCTYPE a [<!ENTITY x "y">]>',
    b'<!doctype a SYSTEM "http://127.0.0.1:9/evil.dtd">',
    b'<!ENTITY x SYSTEM "file:///etc/passwd">',
])
def test_declarations_are_refused_with_their_place(declaration: bytes) -> None:
    error = _refusal(b'<?xml version="1.0"?>\n  ' + declaration + b"<a>&x;</a>")
    assert "DOCTYPE (DTD) and ENTITY declarations are not accepted" in str(error)
    assert KIND in str(error)
    assert (error.line, error.column) == (2, 3)


def test_utf16_is_refused_before_parsing() -> None:
    error = _refusal('<?xml version="1.0" encoding="UTF-16"?><a/>'.encode("utf-16"))
    assert str(error) == f"XML in UTF-16; {KIND} is UTF-8"
    assert error.line is None


def test_a_declared_legacy_encoding_is_refused_by_name() -> None:
    """XML saved as ISO-8859-1 (declared so) is refused as such, with the place of the first
    byte that is not UTF-8, not as "Invalid bytes in character encoding" alone."""
    data = '<?xml version="1.0" encoding="ISO-8859-1"?>\n<a>caf\u00e9</a>'.encode("latin-1")
    error = _refusal(data)
    assert str(error) == (f"XML declared as ISO-8859-1; {KIND} is UTF-8 (save it as "
                          "UTF-8)")
    assert (error.line, error.column) == (2, 7)
    # declared UTF-8 or nothing, and not UTF-8: libxml2's own words, with the place
    error = _refusal(b"<a>caf\xe9</a>")
    assert str(error).startswith("not well-formed XML: ") and error.line == 1


def test_malformed_xml_names_line_and_column() -> None:
    error = _refusal(b"<a>\n<b></a>")
    assert str(error).startswith("not well-formed XML: ")
    assert str(error) == ("not well-formed XML: Opening and ending tag mismatch: b line 2 "
                          "and a")  # libxml2's own ", line 2, column 8" is not repeated
    assert (error.line, error.column) == (2, 8)


def test_walk_visits_in_document_order_and_enters_only_where_told() -> None:
    root = parse_untrusted(b"<r><a><x/><y><z/></y></a><b><x/></b>tail<c/></r>", kind=KIND)
    everything = [local_name(e) for e in walk(root, lambda e: True)]
    assert everything == ["a", "x", "y", "z", "b", "x", "c"]
    shallow = [local_name(e) for e in walk(root, lambda e: local_name(e) == "a")]
    assert shallow == ["a", "x", "y", "b", "c"]


def test_walk_survives_deep_nesting() -> None:
    depth = 200
    root = parse_untrusted(b"<e>" * depth + b"</e>" * depth, kind=KIND)
    assert sum(1 for _ in walk(root, lambda e: True)) == depth - 1
