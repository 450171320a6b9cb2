"""WordprocessingML elements and the .docx package, for the Word writers.

The only module of ``render/docx`` that builds XML (through :mod:`plandiff.xmlio`, the lxml
adapter) or imports zipfile. Elements are built with
``el("w:p", {"w:val": ...}, child, ...)``; text goes through :func:`xml_text`, which replaces
characters XML 1.0 cannot hold. :func:`package` zips the parts in sorted order with one fixed
timestamp, so the same parts always give the same bytes.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Mapping
from io import BytesIO
from typing import TYPE_CHECKING

from plandiff import xmlio

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML = "http://www.w3.org/XML/1998/namespace"
NAMESPACES = {"w": W, "r": R, "xml": XML}
"""Prefixes used in element and attribute names given to :func:`el`."""

if TYPE_CHECKING:
    from plandiff.xmlio import Element as Element
_NSMAP = {"w": W, "r": R}

def qname(name: str) -> str:
    """``w:p`` → ``{namespace}p``."""
    prefix, _, local = name.partition(":")
    return f"{{{NAMESPACES[prefix]}}}{local}" if local else name


def xml_text(text: str) -> str:
    """``text`` with the characters XML 1.0 cannot hold replaced by U+FFFD."""
    return xmlio.xml_text(text)


def el(name: str, attrs: Mapping[str, str | int] | None = None,
       *children: Element | None) -> Element:
    """A new element; ``None`` children are skipped."""
    node = xmlio.element(qname(name), {qname(k): str(v) for k, v in (attrs or {}).items()},
                         nsmap=_NSMAP)
    for child in children:
        if child is not None:
            node.append(child)
    return node


def root(name: str, nsmap: Mapping[str, str]) -> Element:
    """A part's root element with its namespace declarations."""
    return xmlio.element(qname(name) if ":" in name and name.split(":")[0] in NAMESPACES
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
    return xmlio.to_bytes(node, standalone=True, newline=False,
                          top_nsmap=_NSMAP if node.prefix == "w" else None)


def plain(name: str, nsmap: Mapping[str | None, str],
          children: Iterable[tuple[str, Mapping[str, str], str | None]]) -> bytes:
    """A small part of namespaced children (content types, relationships, properties):
    ``children`` are (qualified tag, attributes, text)."""
    top = xmlio.element(name, nsmap=nsmap)
    for tag, attrs, text in children:
        xmlio.child(top, tag, attrs, text)
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
