"""Adapter for lxml: the only module of draft import that parses XML (the parts of a .docx).

Every part is parsed without a DTD, without entity expansion and without network access, and
a part that declares a DTD or an entity at all (``<!DOCTYPE``, ``<!ENTITY``: the carriers of
"billion laughs" expansion and external-entity reads) is refused before parsing: Word never
writes one. A part must be UTF-8 (as Word writes it), so the check sees every byte.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

__all__ = ["XmlRefused", "children", "iter_elements", "local", "parse_part"]

_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          dtd_validation=False, huge_tree=False, remove_comments=True,
                          remove_pis=True)


class XmlRefused(Exception):
    """A part that is not safe or not well-formed XML (the message says why)."""


def parse_part(data: bytes) -> etree._Element:
    """The root element of one XML part."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:200]:
        raise XmlRefused("an XML part in UTF-16; Word writes UTF-8")
    if _DECLARATION.search(data):
        raise XmlRefused("an XML part declares a DTD or entities (Word never does; such "
                         "declarations carry entity-expansion and external-entity attacks)")
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise XmlRefused(f"an XML part is not well-formed: {exc}") from None


def local(element: etree._Element) -> str:
    """The tag without its namespace (``p`` for ``{…/wordprocessingml/2006/main}p``)."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def children(element: etree._Element) -> Iterator[etree._Element]:
    """Element children (comments and processing instructions are already gone)."""
    for child in element:
        if isinstance(child.tag, str):
            yield child


def iter_elements(element: etree._Element) -> Iterator[etree._Element]:
    """``element`` and every element inside it, in document order."""
    for node in element.iter():
        if isinstance(node.tag, str):
            yield node
