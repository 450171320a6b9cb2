"""LibreOffice (headless, a real client) converts every shipped Word redline and clause
history to PDF: no errors, and the PDF text shows inserted words. One soffice run converts
all of them."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from plandiff.engine.compare import compare
from plandiff.engine.comparison import SpanOp
from plandiff.lineage.history import document_history
from plandiff.plans.corpus import load_corpus
from plandiff.render.docx import render_docx, render_history_docx
from tests.helpers import PLANS
from tests.render.docx.pandoc_text import require
from tests.render.docx.test_redline import PAIRS

_WORD = re.compile(r"[A-Za-z]{6,}|[\u3040-\u30ff\u3400-\u9fff]{3,}|[\u0400-\u04ff]{6,}")


def _inserted_words(old: object, new: object) -> list[str]:
    comparison = compare(old, new)  # type: ignore[arg-type]
    words = [w for c in comparison.changes for s in c.spans if s.op is SpanOp.INSERT
             for w in _WORD.findall(s.text)]
    return words[:5]


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, list[str]]]:
    folder = tmp_path_factory.mktemp("lo")
    files: dict[str, tuple[Path, list[str]]] = {}
    for index, (old, new) in enumerate(PAIRS):
        path = folder / f"pair{index:02d}.docx"
        path.write_bytes(render_docx(compare(old, new), old, new))
        files[path.stem] = (path, _inserted_words(old, new))
    corpus = load_corpus(PLANS)
    for document in corpus.documents():
        path = folder / f"history-{document}.docx"
        path.write_bytes(render_history_docx(document_history(corpus, document)))
        files[path.stem] = (path, [])
    profile = (folder / "profile").as_uri()
    result = subprocess.run(
        [require("soffice"), f"-env:UserInstallation={profile}", "--headless",
         "--convert-to", "pdf", "--outdir", str(folder / "pdf"),
         *(str(p) for p, _ in files.values())],
        capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr
    assert "Error" not in result.stderr, result.stderr
    return files


def test_every_shipped_redline_converts(converted: dict[str, tuple[Path, list[str]]]) -> None:
    assert len(converted) == len(PAIRS) + len(load_corpus(PLANS).documents())
    for stem, (path, _) in converted.items():
        pdf = path.parent / "pdf" / f"{stem}.pdf"
        assert pdf.is_file() and pdf.stat().st_size > 5000, stem
        assert pdf.read_bytes().startswith(b"%PDF-")


def test_the_pdf_text_shows_the_insertions(
        converted: dict[str, tuple[Path, list[str]]]) -> None:
    checked = 0
    for stem, (path, words) in converted.items():
        pdf = path.parent / "pdf" / f"{stem}.pdf"
        text = subprocess.run([require("pdftotext"), "-layout", str(pdf), "-"],
                              capture_output=True, text=True, check=True).stdout
        flat = re.sub(r"\s+", "", text)
        for word in words:
            assert word in flat, (stem, word)
            checked += 1
    assert checked >= 30


def test_first_page_renders_to_png(converted: dict[str, tuple[Path, list[str]]]) -> None:
    path, _ = next(iter(converted.values()))
    pdf = path.parent / "pdf" / f"{path.stem}.pdf"
    subprocess.run([require("pdftoppm"), "-r", "40", "-png", "-f", "1", "-l", "1", str(pdf),
                    str(path.parent / "page")], check=True)
    pages = list(path.parent.glob("page*.png"))
    assert len(pages) == 1 and pages[0].read_bytes().startswith(b"\x89PNG")


def test_a_redline_re_saved_by_libreoffice_keeps_its_tracked_changes(tmp_path: Path) -> None:
    """A reviewer opens the 28→20 redline in LibreOffice and saves it again as .docx (as
    `soffice --convert-to docx` does): the insertions, deletions, moves and comments are still
    revisions, and accepting or rejecting every one of them still gives the new or the old
    version, point for point."""
    from plandiff.plans.loading import load_plan
    from tests.render.docx.ooxml_text import document_xml, expected_points, point_texts
    from tests.render.docx.test_redline import redline

    old = load_plan(PLANS / "peace-framework" / "2025-11-20-us-28-point.json")
    new = load_plan(PLANS / "peace-framework" / "2025-12-24-20-point.json")
    path = tmp_path / "28-20.docx"
    path.write_bytes(redline(old, new))
    result = subprocess.run(
        [require("soffice"), f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
         "--headless", "--convert-to", "docx", "--outdir", str(tmp_path / "saved"), str(path)],
        capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr
    saved = (tmp_path / "saved" / "28-20.docx").read_bytes()
    assert saved != path.read_bytes()
    root = document_xml(saved)
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for tag in ("ins", "del", "moveFrom", "moveTo", "commentRangeStart"):
        assert root.find(f".//{w}{tag}") is not None, tag
    assert point_texts(saved, "accept") == expected_points(new)
    assert point_texts(saved, "reject") == expected_points(old)
