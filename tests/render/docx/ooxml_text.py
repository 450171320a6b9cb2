"""Accepting or rejecting every tracked change of a .docx by reading its XML directly (no
plandiff code): the exact text of each point paragraph, tabs and line breaks included."""

from __future__ import annotations

import zipfile
from io import BytesIO

from lxml import etree

from plandiff.plans.model import PlanVersion

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_GONE = {"accept": (f"{W}del", f"{W}moveFrom"), "reject": (f"{W}ins", f"{W}moveTo")}


def document_xml(data: bytes) -> etree._Element:
    with zipfile.ZipFile(BytesIO(data)) as archive:
        return etree.fromstring(archive.read("word/document.xml"))


def _text(node: etree._Element, gone: tuple[str, str]) -> str:
    out = []
    for child in node:
        if child.tag in gone:
            continue
        if child.tag in (f"{W}t", f"{W}delText"):
            out.append(child.text or "")
        elif child.tag == f"{W}tab":
            out.append("\t")
        elif child.tag == f"{W}br":
            out.append("\n")
        elif child.tag != f"{W}pPr":
            out.append(_text(child, gone))
    return "".join(out)


def point_texts(data: bytes, mode: str) -> list[str]:
    """The point paragraphs after accepting (``accept``) or rejecting every revision; a
    paragraph whose mark goes away joins the next one, as in Word."""
    gone = _GONE[mode]
    out: list[str] = []
    pending = ""
    for para in document_xml(data).iter(f"{W}p"):
        style = para.find(f"{W}pPr/{W}pStyle")
        if style is None or not style.get(f"{W}val", "").startswith("Point"):
            continue
        text = pending + _text(para, gone)
        mark = para.find(f"{W}pPr/{W}rPr")
        if mark is not None and any(child.tag in gone for child in mark):
            pending = text
            continue
        pending = ""
        out.append(text)
    if pending:
        out.append(pending)
    return [text for text in out if text]


def expected_points(plan: PlanVersion) -> list[str]:
    """Each point as the redline writes it: number, tab, title and line break, text."""
    return [f"{p.number}\t{p.title + chr(10) if p.title else ''}{p.text}" for p in plan.walk()]
