"""Two separate numbered lists in one Word file, at the same indent: the agreement's points
1-5, then an annex's heading and its own list 1-3 (a list of its own, or Word's "Restart at
1"). The annex's list is a part of its own ("part2-p1" …), and the notes say which part its
heading stands before: "Heading before point 1" read as the first point of the file, the
agreement's. The same files saved by LibreOffice as .doc and .rtf keep the annex's part.
Texts are the project's own."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.test_word_real_files import docx, level, numbered, para, run
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="truce", version="2026-01-01-annex")
_MAIN = ["The parties cease fire along the whole line of contact.",
         "Heavy weapons are withdrawn fifteen kilometres from it.",
         "Prisoners are exchanged on an all-for-all basis.",
         "A joint commission monitors the ceasefire.",
         "Elections are held within one hundred days."]
_ANNEX = ["The commission has six members, three named by each side.",
          "It meets every week at the line of contact.",
          "Its reports are published within three days."]
_HEADING = ('<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
            '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>')
_LEVEL = level(0, "decimal", "%1.")
_LISTS = {
    "a list of its own": (
        f'<w:abstractNum w:abstractNumId="0">{_LEVEL}</w:abstractNum><w:abstractNum '
        f'w:abstractNumId="1">{_LEVEL}</w:abstractNum><w:num w:numId="1"><w:abstractNumId '
        'w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'),
    "restart at 1": (
        f'<w:abstractNum w:abstractNumId="0">{_LEVEL}</w:abstractNum><w:num w:numId="1">'
        '<w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')}


@pytest.mark.parametrize("lists", sorted(_LISTS))
def test_an_annex_list_after_the_points_is_a_part_of_its_own(lists: str) -> None:
    body = ("".join(para(run(text), numbered(1)) for text in _MAIN)
            + para(run("Annex I. The joint commission"), '<w:pStyle w:val="Heading1"/>')
            + "".join(para(run(text), numbered(2)) for text in _ANNEX))
    imported = import_bytes(docx(body, _LISTS[lists], _HEADING), "annex.docx", ".docx",
                            REQUEST)
    plan = imported.plan
    assert [(p.id, p.number, p.text) for p in plan.walk()] == [
        *((f"part1-p{n}", str(n), text) for n, text in enumerate(_MAIN, 1)),
        *((f"part2-p{n}", str(n), text) for n, text in enumerate(_ANNEX, 1))]
    assert plan.notes == "Heading before point 1 of part 2: Annex I. The joint commission"
    assert not imported.report.warnings


def test_a_heading_before_the_first_point_of_a_draft_in_parts_names_its_part() -> None:
    """The agreement's own heading too, when the draft has parts."""
    text = ("Chapter I. Ceasefire\n\n" + "".join(f"{n}. {t}\n" for n, t in enumerate(_MAIN, 1))
            + "\nAnnex I. The joint commission\n\n"
            + "".join(f"{n}. {t}\n" for n, t in enumerate(_ANNEX, 1)))
    plan = import_bytes(text.encode(), "annex.txt", ".txt", REQUEST).plan
    assert "Heading before point 1 of part 2: Annex I. The joint commission" in (
        plan.notes or ""), plan.notes


def _annex_body(heading: bool) -> str:
    props = '<w:pStyle w:val="Heading1"/>' if heading else ""
    return ("".join(para(run(text), numbered(1)) for text in _MAIN)
            + para(run("Annex I. The joint commission"), props)
            + "".join(para(run(text), numbered(2)) for text in _ANNEX))


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The annex drafts (a heading style or a plain line above the annex; a list of its own
    or a restart) as LibreOffice saves them as .doc and .rtf."""
    work = tmp_path_factory.mktemp("annex")
    sources = []
    for lists, short in (("a list of its own", "own"), ("restart at 1", "restart")):
        for heading in (True, False):
            source = work / f"{short}-{'heading' if heading else 'line'}.docx"
            source.write_bytes(docx(_annex_body(heading), _LISTS[lists], _HEADING))
            sources.append(str(source))
    out = work / "saved"
    for target in ("doc", "rtf"):
        subprocess.run([require("soffice"), f"-env:UserInstallation={(work / 'lo').as_uri()}",
                        "--headless", "--convert-to", target, "--outdir", str(out), *sources],
                       check=True, capture_output=True, timeout=300)
    return {path.name: path for path in out.iterdir()}


@pytest.mark.parametrize("name", [f"{lists}-{above}.{suffix}" for lists in ("own", "restart")
                                  for above in ("heading", "line") for suffix in ("doc", "rtf")])
def test_the_annex_list_survives_libreoffice_s_doc_and_rtf(saved: dict[str, Path],
                                                           name: str) -> None:
    """LibreOffice's .docx of its own .doc gives the heading style its outline numbering
    (no number shown), which made the annex's list a sub-list of the heading ("(1)" lines
    sent to the notes); and it saves a restart as the restarted paragraph in a list of its
    own and the rest in a second list (read 1, 1, 2). The annex is a part numbered 1-3."""
    imported = import_bytes(saved[name].read_bytes(), name, Path(name).suffix, REQUEST)
    assert [(p.id, p.number, p.text) for p in imported.plan.walk()] == [
        *((f"part1-p{n}", str(n), text) for n, text in enumerate(_MAIN, 1)),
        *((f"part2-p{n}", str(n), text) for n, text in enumerate(_ANNEX, 1))]
    assert imported.plan.notes == "Heading before point 1 of part 2: Annex I. The joint commission"
    assert not imported.report.warnings


def test_a_one_item_list_then_text_then_a_list_numbered_alike_starts_again() -> None:
    """Only a list right after a one-paragraph list counts on from it: text between, and
    the second list starts at 1 as Word shows it."""
    body = (para(run(_MAIN[0]), numbered(1)) + para(run("Annex I. The joint commission"))
            + "".join(para(run(text), numbered(2)) for text in _ANNEX))
    imported = import_bytes(docx(body, _LISTS["a list of its own"], _HEADING), "annex.docx",
                            ".docx", REQUEST)
    assert [(p.id, p.number) for p in imported.plan.walk()] == [
        ("part1-p1", "1"), ("part2-p1", "1"), ("part2-p2", "2"), ("part2-p3", "3")]
