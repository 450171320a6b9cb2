"""The lxml adapter, the only module that imports lxml: parsing untrusted XML safely (Akoma
Ntoso files, the parts of a Word .docx), walking what was parsed, building elements and
writing bytes (Akoma Ntoso export, the Word writers).

:func:`parse_untrusted` never resolves entities, never loads a DTD, never touches the network
or the file system, refuses any DOCTYPE or ENTITY declaration (neither an Akoma Ntoso document
nor a Word part has one, and every entity bomb and external-entity read needs one), reads
UTF-8 only (refusing UTF-16 outright, so the declaration check sees every byte), keeps
libxml2's default limits (no ``huge_tree``: about 256 levels of nesting), drops comments and
processing instructions, and raises :class:`XmlInputError` with the line and column.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml import etree as _etree

    Element = _etree._Element
# lxml is imported by the functions that need it, so that importing this module (the text
# importer sniffs for XML through plans/akoma.py) costs nothing.

__all__ = ["Element", "XmlInputError", "all_text", "child", "children", "element",
           "line_of", "local_name", "namespace", "own_text", "parse_untrusted", "tail",
           "tail_text", "to_bytes", "walk", "xml_text"]

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_POSITION = re.compile(r", line \d+, column \d+$")
_DECLARED = re.compile(rb"""\A\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']""")
"""The encoding an XML declaration names."""
"""The place libxml2 appends to its messages."""


class XmlInputError(ValueError):
    """Untrusted XML that is not well-formed or uses a refused feature."""

    def __init__(self, message: str, line: int | None = None,
                 column: int | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


def xml_text(text: str) -> str:
    """``text`` with the characters XML 1.0 cannot hold replaced by U+FFFD."""
    return _INVALID_XML.sub("\ufffd", text)


def element(tag: str, attrs: Mapping[str, str] | None = None, text: str | None = None,
            nsmap: Mapping[str, str] | Mapping[str | None, str] | None = None) -> Element:
    from lxml import etree

    node = etree.Element(tag, nsmap=nsmap)  # type: ignore[arg-type]
    for key, value in (attrs or {}).items():
        node.set(key, xml_text(value))
    if text is not None:
        node.text = xml_text(text)
    return node


def child(parent: Element, tag: str, attrs: Mapping[str, str] | None = None,
          text: str | None = None) -> Element:
    node = element(tag, attrs, text)
    parent.append(node)
    return node


def tail(node: Element, text: str) -> None:
    node.tail = xml_text(text)


def to_bytes(root: Element, *, standalone: bool | None = None, newline: bool = True,
             top_nsmap: Mapping[str, str] | None = None) -> bytes:
    """UTF-8 with an XML declaration (and a final newline); no indentation is added, so no
    whitespace ever enters mixed content. ``top_nsmap``: declare these namespaces once, on
    the root, instead of on the elements that use them."""
    from lxml import etree

    if top_nsmap is not None:
        etree.cleanup_namespaces(root, top_nsmap=dict(top_nsmap))
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8") if standalone is None \
        else etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=standalone)
    assert isinstance(data, bytes)
    return data + b"\n" if newline else data


def parse_untrusted(data: bytes, *, kind: str) -> Element:
    """The root element of untrusted XML bytes (see the module notes); ``kind`` names what
    the XML should be (``an Akoma Ntoso document``, ``a Word part``) in the refusals."""
    from lxml import etree

    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:200]:
        raise XmlInputError(f"XML in UTF-16; {kind} is UTF-8")
    found = _DOCTYPE.search(data)
    if found is not None:
        line = data.count(b"\n", 0, found.start()) + 1
        column = found.start() - (data.rfind(b"\n", 0, found.start()) + 1) + 1
        raise XmlInputError(f"DOCTYPE (DTD) and ENTITY declarations are not accepted ({kind} "
                            "needs none; they carry entity-expansion and external-entity "
                            "attacks)", line, column)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             dtd_validation=False, huge_tree=False, remove_comments=True,
                             remove_pis=True, encoding="utf-8")
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        declared = _DECLARED.match(data)
        if declared is not None and declared.group(1).lower() not in (b"utf-8", b"utf8"):
            try:
                data.decode("utf-8")
            except UnicodeDecodeError as bad:
                start = data.rfind(b"\n", 0, bad.start) + 1
                raise XmlInputError(
                    f"XML declared as {declared.group(1).decode()}; {kind} is UTF-8 (save it "
                    "as UTF-8)", data.count(b"\n", 0, bad.start) + 1,
                    len(data[start:bad.start].decode("utf-8")) + 1) from None
        line, column = exc.position if exc.position else (None, None)
        reason = _POSITION.sub("", exc.msg)  # the place is given once, as line and column
        raise XmlInputError(f"not well-formed XML: {reason}", line, column) from None


def local_name(node: Element) -> str:
    """The tag without its namespace (``""`` for comments and processing instructions)."""
    tag = node.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def namespace(node: Element) -> str:
    tag = node.tag
    return tag[1:].split("}", 1)[0] if isinstance(tag, str) and tag.startswith("{") else ""


def children(node: Element) -> list[Element]:
    return [c for c in node if isinstance(c.tag, str)]


def walk(node: Element, into: Callable[[Element], bool]) -> Iterator[Element]:
    """The elements inside ``node`` in document order, each before its own children, which
    are visited only when ``into(element)`` says so. Iterative: nesting depth costs no
    recursion."""
    stack = [iter(children(node))]
    while stack:
        found = next(stack[-1], None)
        if found is None:
            stack.pop()
            continue
        yield found
        if into(found):
            stack.append(iter(children(found)))


def own_text(node: Element) -> str:
    return node.text or ""


def tail_text(node: Element) -> str:
    return node.tail or ""


def all_text(node: Element) -> str:
    """Every piece of text inside ``node``, in document order."""
    return "".join(str(t) for t in node.itertext())


def line_of(node: Element) -> int | None:
    """The source line of a parsed element."""
    line = node.sourceline
    return line if isinstance(line, int) else None
