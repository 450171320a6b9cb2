"""Drafts cut into parts whose numbering restarts (Part I 1-5, Part II 1-4), as Word files
made by pandoc and LibreOffice and as pasted text: every point keeps its printed number, the
ids say which part it is in (``part2-p1``), and a restart after a part heading is not a
warning; numbering that goes back inside one run still is. Texts are the project's own."""

from __future__ import annotations

import subprocess
from pathlib import Path

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="framework", version="2025-11-21-parts")

PARTS_MD = """# Framework for a settlement

The draft as circulated to the delegations on Tuesday.

## Part I. Security

1. A full ceasefire takes effect 72 hours after signature.
2. Heavy weapons are withdrawn 30 km from the line of contact.
3. An international mission monitors the line of contact.
4. Prisoners of war are exchanged all for all.
5. Civilians detained since 2022 are released.

## Part II. Economy

1. Sanctions are eased in stages as the ceasefire holds.
2. Frozen assets fund a reconstruction account.
3. Trade routes through the Black Sea reopen.
4. A joint commission settles claims for damage.
"""
EXPECTED = [("part1-p1", "1"), ("part1-p2", "2"), ("part1-p3", "3"), ("part1-p4", "4"),
            ("part1-p5", "5"), ("part2-p1", "1"), ("part2-p2", "2"), ("part2-p3", "3"),
            ("part2-p4", "4")]


def _ids(data: bytes, name: str) -> list[tuple[str, str]]:
    imported = import_bytes(data, name, Path(name).suffix, REQUEST)
    assert not imported.report.warnings, (name, imported.report.lines())
    assert "2 parts" in imported.report.summary(), imported.report.summary()
    return [(p.id, p.number) for p in imported.plan.points]


def test_word_numbering_that_restarts_per_part(tmp_path: Path) -> None:
    """pandoc writes each part's list as its own Word numbering (restarting at 1);
    LibreOffice's .docx of the HTML page does the same with its own numbering XML."""
    source = tmp_path / "parts.md"
    source.write_text(PARTS_MD, encoding="utf-8")
    pandoc_docx = tmp_path / "parts.docx"
    subprocess.run([require("pandoc"), str(source), "-o", str(pandoc_docx)], check=True,
                   capture_output=True, timeout=120)
    page = tmp_path / "page.html"
    subprocess.run([require("pandoc"), str(source), "-s", "-o", str(page)], check=True,
                   capture_output=True, timeout=120)
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                    str(tmp_path / "office"), str(page)], check=True, capture_output=True,
                   timeout=180)
    for path in (pandoc_docx, tmp_path / "office" / "page.docx", page):
        assert _ids(path.read_bytes(), path.name) == EXPECTED, path.name


def test_plain_part_lines_in_pasted_text_end_the_point_before_them() -> None:
    """A part heading pasted as a line of its own ("Part B", "PART II — ECONOMY") is a
    heading: it does not run into the last point of the part before it."""
    text = ("Part A\n\n1. The parties confirm sovereignty.\n2. A ceasefire takes effect.\n\n"
            "PART II — ECONOMY\n\n1. Sanctions are eased in stages.\n"
            "2. A fund pays for rebuilding.\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    points = [(p.id, p.number, p.text) for p in imported.plan.points]
    assert points == [("part1-p1", "1", "The parties confirm sovereignty."),
                      ("part1-p2", "2", "A ceasefire takes effect."),
                      ("part2-p1", "1", "Sanctions are eased in stages."),
                      ("part2-p2", "2", "A fund pays for rebuilding.")]
    assert "PART II — ECONOMY" in (imported.plan.notes or "")
    assert not imported.report.warnings, imported.report.lines()


def test_numbering_that_goes_back_inside_one_run_is_still_a_warning() -> None:
    """No heading between them: 1, 2, 3 then 1, 2 is a list read twice or a mistake."""
    text = ("1. The parties confirm sovereignty.\n2. A ceasefire takes effect.\n"
            "3. Monitors deploy.\n1. Sanctions are eased.\n2. A fund pays.\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert [f.message for f in imported.report.warnings] == [
        "point 1 comes after 3: numbering goes back"]
    assert [p.id for p in imported.plan.points] == ["p1", "p2", "p3", "p1-2", "p2-2"]
    # A heading, but the numbers do not restart at 1: still going back.
    text = ("1. The parties confirm sovereignty.\n2. A ceasefire takes effect.\n\n"
            "## Economy\n\n2. Sanctions are eased.\n")
    imported = import_bytes(text.encode(), "t.md", ".md", REQUEST)
    assert any("appears twice" in f.message for f in imported.report.warnings)


def test_section_lines_with_a_numeral_or_a_letter_are_part_headings() -> None:
    """``SECTION II — ECONOMY`` is a part heading; ``Section 2`` still opens point 2."""
    text = ("SECTION I — SECURITY\n\n1. A ceasefire takes effect.\n\n2. Monitors deploy.\n\n"
            "SECTION II — ECONOMY\n\n1. Sanctions are eased.\n\n2. A fund is set up.\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert [p.id for p in imported.plan.points] == ["part1-p1", "part1-p2", "part2-p1",
                                                    "part2-p2"]
    assert not imported.report.warnings
    text = "Section 1\n\nA ceasefire takes effect.\n\nSection 2\n\nMonitors deploy.\n"
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert [(p.id, p.text) for p in imported.plan.points] == [
        ("p1", "A ceasefire takes effect."), ("p2", "Monitors deploy.")]


def test_a_web_page_whose_parts_are_an_outer_roman_list() -> None:
    """``<ol type="I">`` whose items are the parts, each with its points in a nested
    ``<ol>``: the parts are headings ``I. Security``, the points restart in each."""
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Framework</title></head>'
            "<body><p>Framework for a settlement</p><ol type=\"I\"><li>Security<ol>"
            "<li>A full ceasefire takes effect 72 hours after signature.</li>"
            "<li>Heavy weapons are withdrawn 30 km from the line of contact.</li></ol></li>"
            "<li>Economy<ol><li>Sanctions are eased in stages.</li>"
            "<li>Frozen assets fund a reconstruction account.</li></ol></li></ol></body></html>")
    imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
    assert [(p.id, p.text) for p in imported.plan.points] == [
        ("part1-p1", "A full ceasefire takes effect 72 hours after signature."),
        ("part1-p2", "Heavy weapons are withdrawn 30 km from the line of contact."),
        ("part2-p1", "Sanctions are eased in stages."),
        ("part2-p2", "Frozen assets fund a reconstruction account.")]
    assert "II. Economy" in (imported.plan.notes or "")
    assert not imported.report.warnings


def test_a_part_word_wrapped_onto_a_line_of_its_own_stays_in_its_sentence() -> None:
    """Pasted from a narrow column: ``…as set out in`` / ``Chapter 3`` / ``of the Charter.``
    is one sentence, not a part heading."""
    text = ("1. The parties act as set out in\nChapter 3\nof the Charter.\n"
            "2. A ceasefire takes effect.\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "The parties act as set out in Chapter 3 of the Charter.",
        "A ceasefire takes effect."]
