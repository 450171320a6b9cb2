"""A Word file in two sections, the second's list numbered from 1 again with no heading
between: an annex set on pages of its own (a section break, ``w:sectPr`` in the last
paragraph's properties), which a reader sees as the annex's own list. It is a part of its
own (``part2-p1`` …) with a line in the report saying why, not a second point 1 of one list
(``p1-2``) with a "numbering goes back" warning. The same file as LibreOffice saves it
(.doc, .rtf, .odt) keeps its parts. Texts are the project's own."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.plans.intake.test_word_real_files import docx, numbered, para, run
from tests.plans.intake.test_word_two_lists import _ANNEX, _HEADING, _LISTS, _MAIN
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="truce", version="2026-01-01-sections")
_BREAK = '<w:sectPr><w:type w:val="nextPage"/></w:sectPr>'


def _two_sections(lists: str, restart: bool = True) -> bytes:
    last = len(_MAIN) - 1
    body = ("".join(para(run(text), numbered(1) + (_BREAK if at == last else ""))
                    for at, text in enumerate(_MAIN))
            + "".join(para(run(text), numbered(2 if restart else 1)) for text in _ANNEX))
    return docx(body, _LISTS[lists], _HEADING)


def _parts(imported: ImportedDraft) -> list[tuple[str, str, str]]:
    return [(p.id, p.number, p.text) for p in imported.plan.walk()]


_EXPECTED = [*((f"part1-p{n}", str(n), text) for n, text in enumerate(_MAIN, 1)),
             *((f"part2-p{n}", str(n), text) for n, text in enumerate(_ANNEX, 1))]


@pytest.mark.parametrize("lists", sorted(_LISTS))
def test_a_list_from_1_in_a_new_section_is_a_part_of_its_own(lists: str) -> None:
    """It read p1 … p5, p1-2 … p3-2 with "point 1 comes after 5: numbering goes back"."""
    imported = import_bytes(_two_sections(lists), "annex.docx", ".docx", REQUEST)
    assert _parts(imported) == _EXPECTED
    assert imported.report.parts == (("1", "2", "3", "4", "5"), ("1", "2", "3"))
    assert not imported.report.warnings
    said = [f.message for f in imported.report.findings if f.kind == "section"]
    assert said == ["point 1 after point 5 opens a new section of the file (a section "
                    "break, no heading between): read as a part of its own"]


def test_a_list_going_on_across_a_section_break_stays_one_list() -> None:
    """A section break inside a list that goes on counting (a landscape page for a map) is
    no part: points 1-8 of one list."""
    imported = import_bytes(_two_sections("a list of its own", restart=False), "annex.docx",
                            ".docx", REQUEST)
    assert [(p.id, p.number) for p in imported.plan.walk()] == [
        (f"p{n}", str(n)) for n in range(1, 9)]
    assert not imported.report.warnings
    assert not any(f.kind == "section" for f in imported.report.findings)


def test_a_section_break_mark_typed_in_a_text_file_is_no_mark() -> None:
    """The control character the Word reader marks a section break with, found in a text
    file's own bytes, is left out: no part."""
    text = "".join(f"{n}. {t}\n" for n, t in enumerate(_MAIN, 1)) + "\x1f\n" + "".join(
        f"{n}. {t}\n" for n, t in enumerate(_ANNEX, 1))
    imported = import_bytes(text.encode(), "annex.txt", ".txt", REQUEST)
    assert not any(f.kind == "section" for f in imported.report.findings)
    assert imported.report.parts == ()


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The two-section draft (a restart) as LibreOffice saves it as .doc, .rtf and .odt."""
    work = tmp_path_factory.mktemp("sections")
    source = work / "sections.docx"
    source.write_bytes(_two_sections("restart at 1"))
    out = work / "saved"
    for target in ("doc", "rtf", "odt"):
        subprocess.run([require("soffice"), f"-env:UserInstallation={(work / 'lo').as_uri()}",
                        "--headless", "--convert-to", target, "--outdir", str(out),
                        str(source)], check=True, capture_output=True, timeout=300)
    return {path.suffix: path for path in out.iterdir()}


@pytest.mark.parametrize("suffix", [".doc", ".rtf", ".odt"])
def test_the_section_s_part_survives_libreoffice(saved: dict[str, Path], suffix: str) -> None:
    imported = import_bytes(saved[suffix].read_bytes(), f"sections{suffix}", suffix, REQUEST)
    assert _parts(imported) == _EXPECTED
    assert not imported.report.warnings
