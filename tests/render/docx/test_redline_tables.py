"""A table a point holds, in the Word redline: a real Word table under the point's paragraph
(it was lines of cells joined by " | " inside the paragraph, which Word, LibreOffice and
pandoc showed as text), its changed cells as tracked revisions. pandoc reads it as a table
both ways; plandiff reads the redline back, and LibreOffice's .docx of it, as either
version. A table whose shape changed stays lines. Texts are the project's own."""

from __future__ import annotations

import json
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from plandiff.plans.intake.docxml import W
from plandiff.xmlio import parse_untrusted
from tests.plans.intake.test_docx_redline_roundtrip import _plans_redline
from tests.render.docx.pandoc_text import require

_LEAD = "Heavy weapons are withdrawn as follows:"
_OLD_ROWS = ["Zone | Width | Guard", "North | 15 km | monitors", "South | 30 km | police"]
_NEW_ROWS = ["Zone | Width | Guard", "North | 15 km | monitors",
             "South | 40 km | joint patrols"]
_FIGURES_OLD = ["Year | Troops", "2026 | 600,000", "2027 | 500,000"]
_FIGURES_NEW = ["Year | Troops", "2026 | 800,000", "2027 | 500,000"]
_DUTIES_OLD = ["Party | Duty", "Ukraine | withdraws its troops", "Russia | frees prisoners"]
_DUTIES_NEW = ["Party | Duty", "Ukraine | withdraws its troops",
               "Russia | returns all prisoners"]


def _plan(version: str, second: str) -> dict[str, Any]:
    return {"document": "accord", "version": version, "title": "Accord",
            "date": version[:10], "status": "reported", "text_kind": "paraphrase",
            "language": "en",
            "sources": [{"title": "Draft", "publisher": "Negotiators",
                         "url": "https://plandiff.invalid/draft"}],
            "points": [{"id": "p1", "number": "1",
                        "text": "The parties stop fire along the whole line."},
                       {"id": "p2", "number": "2", "text": second},
                       {"id": "p3", "number": "3",
                        "text": "Prisoners are exchanged all for all."}]}


def _table_text(lead: str, rows: list[str]) -> str:
    return "\n\n".join([lead, *rows])


def _read(path: Path, cli: Callable[..., Any], view: str) -> list[str]:
    got = cli("import", str(path), "--document", "accord", "--version", "2026-03-01-back",
              "--view", view)
    assert got.code == 0, got.err
    return [p["text"] for p in json.loads(got.out)["points"]]


def _point_tables(docx: Path, accepted: bool = True) -> list[list[str]]:
    """The tables after the "Point by point" heading, each row as ``a | b | c`` with every
    tracked change accepted (or rejected)."""
    with zipfile.ZipFile(docx) as archive:
        body = parse_untrusted(archive.read("word/document.xml"), kind="docx")
    gone = f"{W}del" if accepted else f"{W}ins"
    tables, started = [], False
    for block in body.iter(f"{W}p", f"{W}tbl"):
        if block.tag == f"{W}p" and "Point by point" in "".join(block.itertext()):
            started = True
        elif block.tag == f"{W}tbl" and started:
            tables.append([" | ".join("".join(
                t.text or "" for t in cell.iter(f"{W}t", f"{W}delText")
                if not any(up.tag == gone for up in t.iterancestors()))
                for cell in row.iter(f"{W}tc")) for row in block.iter(f"{W}tr")])
    return tables


def _text(node: Any) -> str:
    if isinstance(node, dict):
        if node.get("t") == "Str":
            return str(node["c"])
        if node.get("t") in ("Space", "SoftBreak"):
            return " "
        return _text(node.get("c", []))
    if isinstance(node, list):
        return "".join(_text(each) for each in node)
    return ""


def _pandoc_last_table(docx: Path, mode: str) -> list[str]:
    """The last table pandoc reads in ``docx`` (the point's), each row as ``a | b | c``."""
    result = subprocess.run([require("pandoc"), f"--track-changes={mode}", "-t", "json",
                             str(docx)], capture_output=True, check=True, timeout=120)
    tables = [b["c"] for b in json.loads(result.stdout)["blocks"] if b["t"] == "Table"]
    head, bodies = tables[-1][3], tables[-1][4]
    rows = head[1] + [row for body in bodies for row in body[3]]
    return [" | ".join(_text(cell[4]) for cell in row[1]) for row in rows]


@pytest.mark.parametrize(("old_rows", "new_rows"), [(_OLD_ROWS, _NEW_ROWS),
                                                    (_FIGURES_OLD, _FIGURES_NEW),
                                                    (_DUTIES_OLD, _DUTIES_NEW)])
def test_a_point_s_table_is_a_word_table_read_back_both_ways(
        tmp_path: Path, cli: Callable[..., Any], old_rows: list[str],
        new_rows: list[str]) -> None:
    old = _plan("2026-01-01-a", _table_text(_LEAD, old_rows))
    new = _plan("2026-02-01-b", _table_text(_LEAD, new_rows))
    redline = _plans_redline(tmp_path, cli, old, new)
    assert _point_tables(redline) == [new_rows]
    assert _point_tables(redline, accepted=False) == [old_rows]
    assert _pandoc_last_table(redline, "accept") == new_rows
    assert _pandoc_last_table(redline, "reject") == old_rows
    assert _read(redline, cli, "accepted") == [p["text"] for p in new["points"]]
    assert _read(redline, cli, "rejected") == [p["text"] for p in old["points"]]
    out = tmp_path / "office"
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                    str(out), str(redline)], check=True, capture_output=True, timeout=180)
    again = out / "redline.docx"
    assert len(_point_tables(again)) == 1
    assert _read(again, cli, "accepted") == [p["text"] for p in new["points"]]
    assert _read(again, cli, "rejected") == [p["text"] for p in old["points"]]


def test_a_table_whose_shape_changed_stays_lines_in_the_point(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    """A row added: the rows' boundaries are not the same in both versions, so the table
    is written as lines (accepting or rejecting still gives each version)."""
    old = _plan("2026-01-01-a", _table_text(_LEAD, _OLD_ROWS))
    new = _plan("2026-02-01-b", _table_text(_LEAD, [*_NEW_ROWS, "West | 20 km | observers"]))
    redline = _plans_redline(tmp_path, cli, old, new)
    assert _point_tables(redline) == []
    assert _read(redline, cli, "accepted") == [p["text"] for p in new["points"]]
    assert _read(redline, cli, "rejected") == [p["text"] for p in old["points"]]
