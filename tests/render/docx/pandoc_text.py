"""Reading a .docx back through pandoc (a real client): the text of each point paragraph
after accepting or rejecting every tracked change."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from plandiff.plans.model import PlanVersion

_SPACE = re.compile(r"\s+")

def require(tool: str) -> str:
    """The path of a system tool; a missing tool fails the test loudly (no skip)."""
    path = shutil.which(tool)
    assert path is not None, f"{tool} is not installed: run scripts/setup"
    return path


def squash(text: str) -> str:
    """The text without whitespace. pandoc reads runs of spaces, tabs and breaks as one
    space, and when it joins two paragraphs because the mark between them is deleted
    (accept) or inserted (reject) it puts a space between them, where Word puts none: so
    through pandoc every non-space character is compared, in order; the exact text,
    whitespace included, is checked by reading the XML (ooxml_text)."""
    return _SPACE.sub("", text)


def _inline_text(inlines: list[dict[str, Any]]) -> str:
    out = []
    for node in inlines:
        kind, content = node["t"], node.get("c")
        if kind == "Str":
            out.append(content)
        elif kind in ("Space", "SoftBreak", "LineBreak"):
            out.append(" ")
        elif kind in ("Emph", "Strong", "Underline", "Strikeout", "SmallCaps", "Superscript",
                      "Subscript"):
            out.append(_inline_text(content))
        elif kind == "Span":
            out.append(_inline_text(content[1]))
        elif kind == "Quoted":
            mark = '"' if content[0]["t"] == "DoubleQuote" else "'"
            out.append(mark + _inline_text(content[1]) + mark)
        elif kind in ("Link", "Image"):
            out.append(_inline_text(content[1]))
        elif kind == "Code":
            out.append(content[1])
        elif kind == "Note":
            continue
        else:
            raise AssertionError(f"unexpected pandoc inline {kind}")
    return "".join(out)


def _blocks(blocks: list[dict[str, Any]], style: str | None, out: list[str]) -> None:
    for block in blocks:
        kind, content = block["t"], block.get("c")
        if kind == "Div":
            attrs = dict(content[0][2])
            _blocks(content[1], attrs.get("custom-style", style), out)
        elif kind in ("Para", "Plain") and style is not None and style.startswith("Point"):
            out.append(squash(_inline_text(content)))


def point_texts(docx: Path, mode: str) -> list[str]:
    """The point paragraphs of ``docx`` after ``--track-changes=mode`` (accept/reject)."""
    result = subprocess.run(
        [require("pandoc"), "-f", "docx+styles", f"--track-changes={mode}", "-t", "json",
         str(docx)], capture_output=True, check=True, timeout=120)
    document = json.loads(result.stdout)
    out: list[str] = []
    _blocks(document["blocks"], None, out)
    return [text for text in out if text]


def expected_points(plan: PlanVersion) -> list[str]:
    """What a reader of ``plan`` expects, point by point: number, title, text."""
    return [squash(" ".join(part for part in (p.number, p.title or "", p.text) if part))
            for p in plan.walk()]
