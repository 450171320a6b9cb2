"""The lxml adapter of the Word writers: WordprocessingML elements and the .docx package.

The only module of ``render/docx`` that imports lxml or zipfile. Elements are built with
``el("w:p", {"w:val": ...}, child, ...)``; text goes through :func:`xml_text`, which replaces
characters XML 1.0 cannot hold. :func:`package` zips the parts in sorted order with one fixed
timestamp, so the same parts always give the same bytes.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Mapping
from io import BytesIO

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML = "http://www.w3.org/XML/1998/namespace"
NAMESPACES = {"w": W, "r": R, "xml": XML}
"""Prefixes used in element and attribute names given to :func:`el`."""

Element = etree._Element
_NSMAP = {"w": W, "r": R}

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def qname(name: str) -> str:
    """``w:p`` → ``{namespace}p``."""
    prefix, _, local = name.partition(":")
    return f"{{{NAMESPACES[prefix]}}}{local}" if local else name


def xml_text(text: str) -> str:
    """``text`` with the characters XML 1.0 cannot hold replaced by U+FFFD."""
    return _INVALID_XML.sub("\ufffd", text)


def el(name: str, attrs: Mapping[str, str | int] | None = None,
       *children: Element | None) -> Element:
    """A new element; ``None`` children are skipped."""
    node = etree.Element(qname(name), nsmap=_NSMAP)
    for key, value in (attrs or {}).items():
        node.set(qname(key), str(value))
    for child in children:
        if child is not None:
            node.append(child)
    return node


def root(name: str, nsmap: Mapping[str, str]) -> Element:
    """A part's root element with its namespace declarations."""
    return etree.Element(qname(name) if ":" in name and name.split(":")[0] in NAMESPACES
                         else name, nsmap=dict(nsmap))


def sub(parent: Element, name: str, attrs: Mapping[str, str | int] | None = None) -> Element:
    """A new child element of ``parent``."""
    node = el(name, attrs)
    parent.append(node)
    return node


def text_element(name: str, text: str) -> Element:
    """``w:t`` / ``w:delText`` / ``w:instrText`` with space kept."""
    node = el(name)
    node.text = xml_text(text)
    node.set(qname("xml:space"), "preserve")
    return node


def serialise(node: Element) -> bytes:
    """A part's bytes: UTF-8 with an XML declaration, namespaces declared once at the top."""
    etree.cleanup_namespaces(node, top_nsmap=_NSMAP if node.prefix == "w" else None)
    return bytes(etree.tostring(node, xml_declaration=True, encoding="UTF-8", standalone=True))


def plain(name: str, nsmap: Mapping[str | None, str],
          children: Iterable[tuple[str, Mapping[str, str], str | None]]) -> bytes:
    """A small part of namespaced children (content types, relationships, properties):
    ``children`` are (qualified tag, attributes, text)."""
    top = etree.Element(name, nsmap=nsmap)  # type: ignore[arg-type]
    for tag, attrs, text in children:
        child = etree.SubElement(top, tag, dict(attrs))
        if text is not None:
            child.text = xml_text(text)
    return serialise(top)


ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def package(parts: Mapping[str, bytes], stamp: tuple[int, int, int, int, int, int] = ZIP_EPOCH
            ) -> bytes:
    """The .docx: ``parts`` zipped in sorted name order with one timestamp, deflated."""
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(parts):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            archive.writestr(info, parts[name], compress_type=zipfile.ZIP_DEFLATED,
                             compresslevel=6)
    return buffer.getvalue()
