"""``plandiff history D --format docx``: a plain Word document (no tracked changes) with a
table per clause, read back through pandoc."""

from __future__ import annotations

import json
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

from plandiff.lineage.history import document_history
from plandiff.plans.corpus import load_corpus
from plandiff.render.docx import render_history_docx
from tests.helpers import PLANS, Run
from tests.render.docx.pandoc_text import require

CliRun = Callable[..., Run]


def test_history_docx_has_a_table_per_clause_and_no_revisions(tmp_path: Path) -> None:
    history = document_history(load_corpus(PLANS), "peace-framework", "en")
    data = render_history_docx(history)
    path = tmp_path / "h.docx"
    path.write_bytes(data)
    with zipfile.ZipFile(path) as archive:
        document = archive.read("word/document.xml").decode("utf-8")
    for tag in ("<w:ins ", "<w:del ", "<w:moveFrom", "<w:moveTo"):
        assert tag not in document
    clauses = len(history.histories)
    with_steps = sum(1 for h in history.histories if h.steps)
    assert document.count("<w:tbl>") == 1 + clauses + with_steps
    ast = json.loads(subprocess.run([require("pandoc"), "-f", "docx", "-t", "json", str(path)],
                                    capture_output=True, check=True).stdout)
    tables = [b for b in ast["blocks"] if b["t"] == "Table"]
    assert len(tables) == 1 + clauses + with_steps
    text = subprocess.run([require("pandoc"), "-f", "docx", "-t", "plain", "--wrap=none",
                           str(path)], capture_output=True, check=True, text=True).stdout
    assert "Every version of the document" in text and "800,000" in text
    assert ast["meta"]["title"]["c"][0]["c"] == "History"


def test_cli_history_docx(cli: CliRun, tmp_path: Path) -> None:
    out = tmp_path / "army.docx"
    run = cli("history", "peace-framework", "--point", "army-cap", "--lang", "ja",
              "--format", "docx", "-o", str(out))
    assert run.code == 0, run.err
    with zipfile.ZipFile(out) as archive:
        document = archive.read("word/document.xml").decode("utf-8")
    assert document.count("<w:tbl>") == 3
    assert cli("history", "peace-framework", "--format", "docx").code == 2
