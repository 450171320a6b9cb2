"""``plandiff synopsis ... --format docx``: one landscape table, a column per version, cells
redlined by formatting (no tracked revisions), read back through pandoc."""

from __future__ import annotations

import io
import json
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from plandiff.lineage.synopsis import CellState, SynopsisFilters
from plandiff.render.docx import render_synopsis_docx
from plandiff.workflows.synopsis import synopsis_of
from tests.helpers import PLANS, Run
from tests.render.docx.pandoc_text import require, squash

CliRun = Callable[..., Run]
REFS = ("peace-framework@2025-11-20-us-28-point",
        "peace-framework@2025-11-23-e3-counter-proposal",
        "peace-framework@2025-12-24-20-point")


def _strings(node: object) -> str:
    """Every word of a pandoc JSON tree, in order, without spaces."""
    if isinstance(node, dict):
        if node.get("t") == "Str":
            return str(node["c"])
        return "".join(_strings(v) for v in node.values())
    if isinstance(node, list):
        return "".join(_strings(v) for v in node)
    return ""


def _pandoc(path: Path, to: str) -> str:
    return subprocess.run([require("pandoc"), "-f", "docx", "-t", to, "--wrap=none", str(path)],
                          capture_output=True, check=True, text=True).stdout


def test_territory_synopsis_as_word(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    synopsis = synopsis_of(REFS, plans_root=PLANS,
                           filters=SynopsisFilters(topics=("territory",)))
    data = render_synopsis_docx(synopsis)
    assert data == render_synopsis_docx(synopsis)  # byte-identical
    path = tmp_path / "s.docx"
    path.write_bytes(data)
    with zipfile.ZipFile(path) as archive:
        document = archive.read("word/document.xml").decode("utf-8")
    assert 'w:orient="landscape"' in document
    for tag in ("<w:ins ", "<w:del ", "<w:moveFrom", "<w:moveTo"):
        assert tag not in document  # formatting, not revisions
    assert "<w:strike/>" in document and 'w:u w:val="single"' in document
    ast = json.loads(_pandoc(path, "json"))
    tables = [b for b in ast["blocks"] if b["t"] == "Table"]
    assert len(tables) == 1
    words = squash(_strings(tables[0]))
    for column in synopsis.columns:
        assert squash(column.version) in words
    for row in synopsis.rows:
        for cell in row.cells:
            if cell.state is not CellState.PRESENT:
                assert "notinthisversion" in words or "notreported" in words
                continue
            # every span (kept, deleted or inserted) is in the Word table, in its cell
            for span in cell.spans:
                assert squash(span.text) in words


def test_cli_synopsis_docx(tmp_path: Path, cli: CliRun) -> None:
    refused = cli("synopsis", *REFS, "--format", "docx")
    assert refused.code == 2 and "needs -o FILE" in refused.err
    out = tmp_path / "synopsis.ja.docx"
    run = cli("synopsis", "peace-framework", "--all", "--lang", "ja", "--format", "docx",
              "-o", str(out))
    assert run.code == 0, run.err
    ast = json.loads(_pandoc(out, "json"))
    assert "peace-frameworkの対照表" in _strings(ast["meta"]) + _strings(ast["blocks"])


def test_a_clause_s_topics_are_named_in_the_reader_s_language() -> None:
    # The clause column gave topic ids (european-security, nato) where the comparison report
    # gives their labels; a Japanese reader met English ids in a Japanese table.
    from plandiff.plans.topics import load_vocabulary

    synopsis = synopsis_of(("peace-framework@2025-11-20-us-28-point-ja",
                            "peace-framework@2025-12-24-20-point-ja"), plans_root=PLANS)
    with zipfile.ZipFile(io.BytesIO(render_synopsis_docx(synopsis, lang="ja"))) as archive:
        document = archive.read("word/document.xml").decode("utf-8")
    vocabulary = load_vocabulary()
    row = next(r for r in synopsis.rows if "european-security" in r.topics)
    assert "european-security" not in document
    assert "・".join(vocabulary.label(t, "ja") for t in row.topics) in document
