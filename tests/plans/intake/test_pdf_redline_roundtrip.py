"""plandiff's own Word redline, printed to PDF with its changes showing (LibreOffice, as a
negotiator prints it to send it on) and imported as the new version: the PDF must give the
points, numbers, titles and texts the .docx import gives (the accepted view, the truth), and
say that it showed tracked changes.

The shipped 28 → 20 pair, in English and in Japanese. Before, the PDF gave 13 points: the
renumbering map's rows opened points 3 and 4, a renumbered point's old number struck through
before its new one read as a margin line number (points 12-20 went to the notes), titles ran
into the text, and words beside a deletion were glued (``Russiaand Ukraine``). The European
24 → 20 redline and the Paris declaration's are read back too. All the files are converted
by one soffice run, once for the module."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path

import pytest

from plandiff.errors import InputError
from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.intake.hyphens import Hyphenation
from plandiff.plans.intake.pdf import _Page, _page_lines, _unread_pages
from plandiff.plans.intake.pdfium import RawLine
from plandiff.plans.model import Point
from tests.plans.intake.printed_redlines import (
    Redline,
    print_to_pdf,
    read_both,
    shape,
    walk,
    write_redline,
)
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="peace-framework", version="2025-12-24-back")
PAIRS = {"en": ("peace-framework", "2025-11-20-us-28-point", "2025-12-24-20-point"),
         "ja": ("peace-framework", "2025-11-20-us-28-point-ja", "2025-12-24-20-point-ja"),
         # "… mirroring" / "Article 5. If Russia …" in point 5 read as point 5 again
         "eu": ("peace-framework", "2025-11-23-european-24-point", "2025-12-24-20-point"),
         # a source's date broken at its hyphen ("2026-01-" / "06.") opened point 6
         "paris": ("security-guarantees-multilateral", "2025-12-15-berlin-statement",
                   "2026-01-06-paris-declaration"),
         # a strike ending over the "t" before a kept "joins" took its "j" ("oins")
         "joins": ("peace-framework", "2025-11-20-us-28-point", "2025-11-23-european-24-point"),
         # "1⇥Sovereignty" in bold: 15 of 19 points (1, 2, 19, 21 and 21(a) lost)
         "e3": ("peace-framework", "2025-11-20-us-28-point", "2025-11-23-e3-counter-proposal"),
         # "[21a]⇥Ukraine …": a wide number, its tab's gap 0.76 glyph heights, ran into 21
         "eu-e3": ("peace-framework", "2025-11-23-european-24-point",
                   "2025-11-23-e3-counter-proposal")}


CONCORDANCE = """Where the clauses went

| Old | New | Change |
|---|---|---|
| 3 | — | dropped |
| 4 | 2 | moved |
| 5 | 3 | reworded |
| 6 | — | dropped |

1. The parties confirm the ceasefire line drawn on the map annexed to this text.
2. Observers patrol the line every week and report to both parties.
3. Prisoners are exchanged all for all within a month of signature.
"""


@pytest.fixture(scope="module")
def redlines(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Redline]:
    folder = tmp_path_factory.mktemp("redline-pdf")
    for name, (document, old, new) in PAIRS.items():
        write_redline(document, old, new, folder / f"{name}.docx")
    (folder / "table.md").write_text(CONCORDANCE, encoding="utf-8")
    subprocess.run([require("pandoc"), str(folder / "table.md"), "-o",
                    str(folder / "table.docx")], check=True)
    print_to_pdf(folder, [*PAIRS, "table"])
    return {name: read_both(folder, name, REQUEST) for name in [*PAIRS, "table"]}


_AUTOSPACE = re.compile(r"(?<=[\u3040-\u30ff\u4e00-\u9fff]) (?=[0-9])")


def _unspaced(title: str | None) -> str | None:
    """A title without a space between a kana or kanji and a digit: in a title (``第5条型の保証``)
    LibreOffice prints its Japanese-Latin spacing as a space glyph, which PDFium reads as
    text like a typed space (everywhere else it is a gap, left out)."""
    return None if title is None else _AUTOSPACE.sub("", title)


@pytest.mark.parametrize("language", list(PAIRS))  # a pair, by its language or name
def test_the_printed_redline_gives_the_points_the_word_file_gives(
        redlines: dict[str, Redline], language: str) -> None:
    docx, pdf = shape(redlines[language].docx), shape(redlines[language].pdf)
    assert [(n, _unspaced(t)) for n, t, _ in pdf] == [(n, t) for n, t, _ in docx]
    # exactly: an old sub-point folded into a point (its number struck, the paragraph mark
    # before it deleted, which leaves no mark on paper) runs on as in the Word file
    assert [x for _, _, x in pdf] == [x for _, _, x in docx]
    said = [f.message for f in redlines[language].pdf.report.findings]
    assert any(m.startswith("the PDF shows tracked changes") for m in said), said
    # the same warnings as the Word file, and the same title: the new version's (the old
    # title struck through in the title line is left out, as in the points)
    assert [f.message for f in redlines[language].pdf.report.warnings] == \
        [f.message for f in redlines[language].docx.report.warnings]
    assert _unspaced(redlines[language].pdf.plan.title) == redlines[language].docx.plan.title


def _points(redline: Redline) -> dict[str, Point]:
    return {p.number: p for p in walk(redline.pdf.plan.points)}


def test_the_renumbering_map_opens_no_point(redlines: dict[str, Redline]) -> None:
    """Its rows (``3 | — | removed``, ``5 | 3 | modified, renumbered``) are a table of
    numbers: they opened points 3 and 4 before point 1."""
    numbers = [p.number for p in redlines["en"].pdf.plan.points]
    assert numbers == [str(n) for n in range(1, 21)]
    assert "removed" in redlines["en"].pdf.plan.notes


def test_a_table_of_numbers_is_no_list_of_points(redlines: dict[str, Redline]) -> None:
    """Any concordance table (old number, new number or a dash, a word), not only
    plandiff's: its first row read as point 3 and the draft's own list as its sub-points."""
    for draft in (redlines["table"].docx, redlines["table"].pdf):
        assert [(p.number, p.text, len(p.points)) for p in draft.plan.points] == [
            (str(n), text.split(" ", 1)[1], 0)
            for n, text in enumerate(CONCORDANCE.splitlines()[-3:], 1)]


def test_a_new_title_under_a_struck_one_is_the_title(redlines: dict[str, Redline]) -> None:
    """``2 [Non-aggression pact]`` over ``Non-aggression and monitoring``: all the number's
    line keeps is the number, and the new title on the next line is its title."""
    points = _points(redlines["en"])
    assert (points["2"].title, points["4"].title) == ("Non-aggression and monitoring",
                                                      "Armed forces")
    assert points["2"].text.startswith("Russia and Ukraine conclude")


def test_words_beside_a_deleted_word_stay_apart(redlines: dict[str, Redline]) -> None:
    """The space between a struck-through word and a kept one is the kept text's
    (``Russia[, Ukraine] and`` was ``Russiaand``); a struck space goes with its word
    (``detainees[ and], hostages`` was ``detainees , hostages``)."""
    points = _points(redlines["en"])
    assert "Russia and Ukraine conclude" in points["2"].text
    assert "detainees, hostages" in points["17"].text


def test_a_deletion_across_a_line_end_leaves_no_space(redlines: dict[str, Redline]) -> None:
    """``agreement[, and … as]`` / ``[settled]. A monitoring``: the next line opens with a
    full stop, which no printed line does: it goes on from the word before."""
    points = _points(redlines["en"])
    assert "non-aggression agreement. A monitoring" in points["2"].text
    assert points["3"].text == "Ukraine receives strong security guarantees."


def test_a_paragraph_runs_on_across_deleted_lines(redlines: dict[str, Redline]) -> None:
    """Lines wholly struck through are left out, but their place is no paragraph gap, and a
    deletion from one line's end to a later line's start is one: ``The [US security
    guarantee …]`` / ``[10(a) …]`` / ``[10(c)] United States …`` reads ``The United States``
    (it read ``The reinstated;``, the rest moved to the notes as a caption)."""
    points = _points(redlines["en"])
    assert points["5"].text.startswith("The United States, NATO and the European")
    assert "sanctions are reinstated; the guarantees lapse" in points["5"].text
    assert points["13"].text.endswith("the protection of minority languages.")
    assert "\n" not in points["13"].text


def test_a_tall_line_is_no_paragraph_but_a_paragraph_gap_stays(
        redlines: dict[str, Redline]) -> None:
    """A Japanese line broken off mid-sentence at the column's edge, the next 1.5 em below
    (Latin digits in it), runs on (the Japanese round trip: the break ``発電所を`` /
    ``ウクライナ、…`` was a paragraph); a source's address at the edge, the next source a
    paragraph's gap (2 em) below, still ends its paragraph."""
    points = _points(redlines["ja"])
    assert "\n" not in points["12"].text
    notes = redlines["en"].pdf.plan.notes or ""
    assert "\n\n[S65] " in notes


def test_a_wholly_struck_line_is_no_paragraph_gap() -> None:
    """A line wholly struck through (left out) between two kept lines of one paragraph: the
    gap its place leaves, two line pitches, is no paragraph break (the kept line below it
    opens with no deletion, so nothing else joins it). Lines as the PDFium adapter gives
    them, 12 points apart, 10-point type."""
    def line(text: str, bottom: float, x1: float = 500.0, **marks: object) -> RawLine:
        return dataclasses.replace(RawLine(text, 72.0, x1, bottom, bottom + 7.0, 7.0, 10.0),
                                   **marks)

    lines = [line("A ceasefire takes effect on the whole line of contact and the parties", 700),
             line("withdraw their heavy weapons from it under the eyes of the monitors who",
                  688),
             line("report on it every week, and the parties exchange all the prisoners they",
                  676, struck=("of war",), struck_tail=True),
             line("", 664, struck=("held since the first day of the war, civilians too,",),
                  struck_head=True, struck_tail=True),
             line("hold within a month.", 652, x1=180.0),
             line("Monitors patrol the line.", 628, x1=200.0)]
    page = _Page(1, 595.0, 842.0, tuple(lines))
    out = [row.text.strip() for row in _page_lines(page, Hyphenation([]))]
    assert out == ["A ceasefire takes effect on the whole line of contact and the parties "
                   "withdraw their heavy weapons from it under the eyes of the monitors who "
                   "report on it every week, and the parties exchange all the prisoners they "
                   "hold within a month.", "", "Monitors patrol the line."]


def test_an_old_sub_point_folded_into_the_point_before_runs_on() -> None:
    """A paragraph opening with an old point's number struck through and no number of its
    own (``[21(d)⇥Ukrainian] International forces …``) is an old sub-point folded into the
    point above: the redline deletes the paragraph mark between them, which prints as
    nothing, and accepted its text runs on (it was a paragraph of its own). A paragraph
    whose old number is struck before a new one (``[5] 4. …``) opens that point."""
    def line(text: str, bottom: float, x1: float = 500.0, **marks: object) -> RawLine:
        return dataclasses.replace(RawLine(text, 72.0, x1, bottom, bottom + 7.0, 7.0, 10.0),
                                   **marks)

    lines = [line("The line of contact is where the troops stand on the day the parties", 700),
             line("sign, and the forces withdraw from four regions.", 688, x1=300.0),
             line(" Monitors are deployed along the line of contact and report to", 664,
                  struck=("21(d) Observers",), struck_head=True),
             line("both parties every week.", 652, x1=200.0),
             line("4. Prisoners are exchanged all for all.", 628, x1=300.0,
                  struck=("5",), struck_head=True)]
    page = _Page(1, 595.0, 842.0, tuple(lines))
    out = [row.text.strip() for row in _page_lines(page, Hyphenation([]))]
    assert [text for text in out if text] == [
        "The line of contact is where the troops stand on the day the parties sign, and the "
        "forces withdraw from four regions. Monitors are deployed along the line of contact "
        "and report to both parties every week.", "4. Prisoners are exchanged all for all."]


def test_a_kept_letter_beside_a_strike_keeps_its_place(redlines: dict[str, Redline]) -> None:
    """``[preferential access to the EU market]joins``: the strike ends over the ink of the
    ``j``, which reaches left under the struck ``t``; by its advance the ``j`` is kept
    (``Ukraine oins the European Union``)."""
    assert _points(redlines["joins"])["18"].text == "Ukraine joins the European Union."


def test_a_page_all_struck_through_is_no_scanned_page() -> None:
    """A redline's page whose text is all struck through (deleted points, one after the
    other) keeps nothing, but it has a text layer: no "no text layer (a scanned image?)"
    warning; a page that draws something and has no text at all still gets one."""
    def line(text: str, bottom: float, **marks: object) -> RawLine:
        return dataclasses.replace(RawLine(text, 72.0, 500.0, bottom, bottom + 7.0, 7.0, 10.0),
                                   **marks)

    struck = _Page(2, 595.0, 842.0, tuple(
        line("", 700 - 12 * k, struck=(f"{k} A point the new version deletes",),
             struck_head=True, struck_tail=True) for k in range(1, 4)))
    kept = _Page(1, 595.0, 842.0, (line("1. A point both versions keep.", 700),))
    scanned = _Page(3, 595.0, 842.0, ())
    warnings = _unread_pages([kept, struck, scanned], [True, True, True], [])
    assert [where for where, _ in warnings] == ["page 3"]
    assert "page 3 has no text layer" in warnings[0][1]


def test_a_pdf_all_struck_through_has_text_all_deleted(tmp_path: Path) -> None:
    """A PDF whose every line is struck through (a Word file's strikeout, printed by
    LibreOffice as a rule through the text) has a text layer, all of it deleted: "the PDF
    has no text", never "no text layer (a scanned image?)" nor the glyph-map error."""
    (tmp_path / "struck.md").write_text(
        "~~1. Observers patrol the line every week and report to both parties.~~\n\n"
        "~~2. Prisoners are exchanged all for all.~~\n", encoding="utf-8")
    subprocess.run([require("pandoc"), str(tmp_path / "struck.md"), "-o",
                    str(tmp_path / "struck.docx")], check=True)
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(tmp_path / "struck.docx")], check=True, capture_output=True, timeout=180)
    with pytest.raises(InputError) as refused:
        import_bytes((tmp_path / "struck.pdf").read_bytes(), "struck.pdf", ".pdf", REQUEST)
    assert "the PDF has no text" in str(refused.value)
