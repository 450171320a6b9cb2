"""One draft cut into parts by a multi-level list, as negotiators' drafts often are: level 1 a
short heading ("1. Security", "Part I. Security"), level 2 its clauses numbered from 1 (Word's
"1. / 1.1" outline numbering, a nested ``<ol>``, a Markdown list in a list). Every format of
the draft reads the same parts and points (``part2-p1``); a level-1 clause with (a), (b)
under it stays a point with sub-points. Texts are the project's own."""

from __future__ import annotations

import subprocess
from pathlib import Path

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.layouts import Para, docx_bytes
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="framework", version="2025-11-24-outline")

PARTS = (("Security", ("A full ceasefire takes effect 72 hours after signature.",
                       "Heavy weapons are withdrawn 30 km from the line of contact.",
                       "An international mission monitors the line of contact.")),
         ("Economy", ("Sanctions are eased in stages as the ceasefire holds.",
                      "Frozen assets fund a reconstruction account.")),
         ("Humanitarian questions", ("Prisoners of war are exchanged all for all.",
                                     "Civilians detained since 2022 are released.")))
EXPECTED = [(f"part{part}-p{n}", text) for part, (_, texts) in enumerate(PARTS, 1)
            for n, text in enumerate(texts, 1)]


def _markdown(indent: str) -> str:
    lines = ["# Framework for a settlement", ""]
    for number, (heading, texts) in enumerate(PARTS, 1):
        lines.append(f"{number}. {heading}")
        lines += [f"{indent}{n}. {text}" for n, text in enumerate(texts, 1)]
    return "\n".join(lines) + "\n"


def _outline_text() -> str:
    """A copy of Word's "1. / 1.1" outline, pasted as text."""
    lines = ["Framework for a settlement", ""]
    for number, (heading, texts) in enumerate(PARTS, 1):
        lines.append(f"{number}. {heading}")
        lines += [f"{number}.{n} {text}" for n, text in enumerate(texts, 1)]
    return "\n".join(lines) + "\n"


def _word_outline(levels: dict[int, tuple[str, str]]) -> bytes:
    """A Word file whose multi-level list holds the parts (level 0) and points (level 1)."""
    paragraphs = [Para("Framework for a settlement", style="Title")]
    for heading, texts in PARTS:
        paragraphs.append(Para(heading, num=1, level=0))
        paragraphs += [Para(text, num=1, level=1) for text in texts]
    return docx_bytes(paragraphs, levels)


def _read(data: bytes, name: str) -> list[tuple[str, str, str]]:
    imported = import_bytes(data, name, Path(name).suffix, REQUEST)
    assert not imported.report.warnings, (name, imported.report.lines())
    assert "3 parts" in imported.report.summary(), (name, imported.report.summary())
    notes = imported.plan.notes or ""
    assert all(heading in notes for heading, _ in PARTS), (name, notes)
    return [(p.id, p.number, p.text) for p in imported.plan.points if not p.points]


def test_one_outlined_draft_reads_the_same_in_every_format(tmp_path: Path) -> None:
    source = tmp_path / "draft.md"
    source.write_text(_markdown("    "), encoding="utf-8")
    drafts: dict[str, bytes] = {"draft.md": source.read_bytes(),
                                "three.md": _markdown("   ").encode(),
                                "pasted.txt": _outline_text().encode()}
    pandoc = require("pandoc")
    subprocess.run([pandoc, str(source), "-o", str(tmp_path / "pandoc.docx")], check=True,
                   capture_output=True, timeout=120)
    subprocess.run([pandoc, str(source), "-s", "--metadata", "title=Framework", "-o",
                    str(tmp_path / "page.html")], check=True, capture_output=True, timeout=120)
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                    str(tmp_path / "office"), str(tmp_path / "page.html")], check=True,
                   capture_output=True, timeout=180)
    for name, path in (("pandoc.docx", tmp_path / "pandoc.docx"),
                       ("page.html", tmp_path / "page.html"),
                       ("office-page.docx", tmp_path / "office" / "page.docx")):
        drafts[name] = path.read_bytes()
    drafts["outline.docx"] = _word_outline({0: ("decimal", "%1."), 1: ("decimal", "%1.%2")})
    drafts["part-i.docx"] = _word_outline({0: ("upperRoman", "Part %1."), 1: ("decimal", "%2.")})
    # the two Word files as LibreOffice shows them: printed to PDF, and saved again as Word
    word = tmp_path / "word"
    word.mkdir()
    for name in ("outline.docx", "part-i.docx"):
        (word / name).write_bytes(drafts[name])
    for target, folder in (("pdf", "printed"), ("docx:MS Word 2007 XML", "saved")):
        subprocess.run([require("soffice"),
                        f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
                        "--convert-to", target, "--outdir", str(tmp_path / folder),
                        str(word / "outline.docx"), str(word / "part-i.docx")],
                       check=True, capture_output=True, timeout=180)
        for path in sorted((tmp_path / folder).iterdir()):
            drafts[f"{folder}-{path.name}"] = path.read_bytes()
    assert len(drafts) == 12, sorted(drafts)
    read = {name: _read(data, name) for name, data in drafts.items()}
    for name, points in read.items():
        assert [(ident, text) for ident, _, text in points] == EXPECTED, name
    # the printed numbers: 1, 2 ... in each part; 2.1 where the outline prints it so
    outline = [number for _, number, _ in read["outline.docx"]]
    assert outline == ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2"]
    for name in ("pasted.txt", "printed-outline.pdf", "saved-outline.docx"):
        assert [number for _, number, _ in read[name]] == outline, name
    for name in ("part-i.docx", "printed-part-i.pdf", "saved-part-i.docx", "page.html"):
        assert [number for _, number, _ in read[name]] == ["1", "2", "3", "1", "2", "1",
                                                           "2"], name


def test_a_clause_with_items_under_it_stays_a_point() -> None:
    """A level-1 clause (a sentence) or items lettered (a), (b): a point with sub-points."""
    text = ("1. The parties agree to a ceasefire on these terms:\n"
            "   1. Fire stops at midnight.\n   2. Heavy weapons are withdrawn.\n"
            "2. Elections\n   (a) Elections are held within 100 days.\n"
            "   (b) Observers monitor the vote.\n")
    imported = import_bytes(text.encode(), "t.md", ".md", REQUEST)
    assert [(p.id, p.number, [(s.id, s.number) for s in p.points or ()])
            for p in imported.plan.points] == [
        ("p1", "1", [("p1-1", "1(1)"), ("p1-2", "1(2)")]),
        ("p2", "2", [("p2-a", "2(a)"), ("p2-b", "2(b)")])]
    assert not imported.report.warnings, imported.report.lines()


def test_a_nested_list_in_pandoc_word_keeps_the_outer_numbers(tmp_path: Path) -> None:
    """pandoc writes a nested list as its own instance of the outer list's numbering,
    restarting every level: the outer list goes on 1, 2, 3 as Word shows it (was 1, 1, 1)."""
    source = tmp_path / "nested.md"
    source.write_text("1. The parties agree to a ceasefire on these terms:\n\n"
                      "    1. Fire stops at midnight.\n    2. Heavy weapons are withdrawn.\n\n"
                      "2. Elections are held within 100 days.\n"
                      "3. Sanctions are eased in stages.\n", encoding="utf-8")
    docx = tmp_path / "nested.docx"
    subprocess.run([require("pandoc"), str(source), "-o", str(docx)], check=True,
                   capture_output=True, timeout=120)
    imported = import_bytes(docx.read_bytes(), "nested.docx", ".docx", REQUEST)
    assert [(p.id, p.number, len(p.points or ())) for p in imported.plan.points] == [
        ("p1", "1", 2), ("p2", "2", 0), ("p3", "3", 0)]
    assert not imported.report.warnings, imported.report.lines()
