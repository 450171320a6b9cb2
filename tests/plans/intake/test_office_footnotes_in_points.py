"""A Word or OpenDocument file's footnotes and endnotes go to the notes of the point whose
text holds their mark, and the import names no heading between points for them: a note on a
point is that point's, as a reader of the printed page sees it. A note whose mark stands
before the points is the version's note; one referred to nowhere in the body goes under
"Footnotes" as before. Word files built part by part as Word writes them; an OpenDocument
text as written and as LibreOffice saves it (.odt, .docx, .doc, .rtf). Texts are the
project's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, PointsBy, import_bytes
from tests.plans.intake.producers import opendocument_copies
from tests.plans.intake.test_word_real_files import (
    DECIMAL,
    docx,
    level,
    numbered,
    one_list,
    para,
    run,
)

REQUEST = DraftRequest(document="truce", version="2026-01-01-notes")
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NOTES = ("Circulated by the mediators.", "As drawn on the map of 1 May.",
          "Including civilians held since 2014.", "A note whose mark was deleted.")


def _footnotes(count: int) -> str:
    """Word's footnotes part: its separators, then the first ``count`` notes."""
    return (f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="{_W}">'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            "<w:continuationSeparator/></w:r></w:p></w:footnote>"
            + "".join(f'<w:footnote w:id="{n}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t '
                      f'xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
                      for n, text in enumerate(_NOTES[:count], 1))
            + "</w:footnotes>")


_LINK = ('<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/'
         '2006/relationships/footnotes" Target="footnotes.xml"/>')


def _ref(n: int) -> str:
    return (f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference '
            f'w:id="{n}"/></w:r>')


def _points(imported: ImportedDraft) -> list[tuple[str, str, str | None]]:
    return [(p.number, p.text, p.notes) for p in imported.plan.walk()]


_EXPECTED = [("1", "The parties stop fire along the whole line.",
              "[2] As drawn on the map of 1 May."),
             ("2", "All prisoners are exchanged, all for all.",
              "[3] Including civilians held since 2014."),
             ("3", "Elections are held within one year.", None)]


def test_a_word_footnote_in_a_point_is_that_point_s_note() -> None:
    """They read as a "Footnotes" heading after the last point, with "1 heading(s) between
    points went to the version's notes" and the notes under it."""
    body = (para(run("Draft of 2 April") + _ref(1))
            + para(run("The parties stop fire along the whole line.") + _ref(2), numbered(1))
            + para(run("All prisoners are exchanged, all for all.") + _ref(3), numbered(1))
            + para(run("Elections are held within one year."), numbered(1)))
    imported = import_bytes(docx(body, DECIMAL, parts={"word/footnotes.xml": _footnotes(3)},
                                 links=_LINK), "notes.docx", ".docx", REQUEST)
    assert _points(imported) == _EXPECTED
    assert imported.plan.notes == "Draft of 2 April\n\n[1] Circulated by the mediators."
    messages = [f.message for f in imported.report.findings]
    assert not any("heading" in message for message in messages), messages
    assert "3 footnote(s) and endnote(s): their marks left out of the text, their text in " \
        "the notes of the point (or before the points, the version's notes) where their " \
        "mark stands" in messages
    assert not imported.report.warnings


def test_a_footnote_whose_mark_is_deleted_goes_under_footnotes() -> None:
    """A mark in a tracked deletion is not in the text read: its note, referred to nowhere
    else, stays in the version's notes under "Footnotes"."""
    deleted = ('<w:del w:id="9" w:author="A"><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
               '</w:rPr><w:footnoteReference w:id="4"/></w:r></w:del>')
    body = (para(run("The parties stop fire along the whole line.") + _ref(2) + deleted,
                 numbered(1))
            + para(run("All prisoners are exchanged, all for all.") + _ref(3), numbered(1))
            + para(run("Elections are held within one year."), numbered(1)))
    imported = import_bytes(docx(body, DECIMAL, parts={"word/footnotes.xml": _footnotes(4)},
                                 links=_LINK), "notes.docx", ".docx", REQUEST)
    assert _points(imported) == _EXPECTED
    assert (imported.plan.notes or "").endswith("[4] A note whose mark was deleted.")


def test_a_footnote_in_a_bulleted_list_read_one_point_a_line() -> None:
    """``--points-by lines`` (and a bulleted list numbered by the import): the note is the
    point's note too, and the next point's line does not run into it."""
    body = "".join(para(run(text) + (_ref(n) if n < 3 else ""), numbered(1))
                   for n, (_, text, _) in enumerate(_EXPECTED, 1))
    data = docx(body, one_list(level(0, "bullet", "•")),
                parts={"word/footnotes.xml": _footnotes(2)}, links=_LINK)
    for points_by in (PointsBy.LINES, PointsBy.MARKERS):
        request = DraftRequest(document="truce", version="2026-01-01-notes",
                               points_by=points_by)
        imported = import_bytes(data, "notes.docx", ".docx", request)
        assert [(p.number, p.text, p.notes) for p in imported.plan.walk()] == [
            ("1", _EXPECTED[0][1], "[1] Circulated by the mediators."),
            ("2", _EXPECTED[1][1], "[2] As drawn on the map of 1 May."),
            ("3", _EXPECTED[2][1], None)], points_by


_HEAD = ('<office:automatic-styles><text:list-style style:name="L1"><text:list-level-style-'
         'number text:level="1" style:num-format="1" style:num-suffix="."/></text:list-style>'
         "</office:automatic-styles>")


def _note(n: int, text: str) -> str:
    return (f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}'
            f"</text:note-citation><text:note-body><text:p>{text}</text:p></text:note-body>"
            "</text:note>")


_BODY = ("<text:p>Draft of 2 April" + _note(1, "Circulated by the mediators.") + "</text:p>"
         '<text:list text:style-name="L1"><text:list-item><text:p>The parties stop fire along '
         "the whole line." + _note(2, "As drawn on the map of 1 May.") + "</text:p>"
         "</text:list-item><text:list-item><text:p>All prisoners are exchanged, all for all."
         + _note(3, "Including civilians held since 2014.") + "</text:p></text:list-item>"
         "<text:list-item><text:p>Elections are held within one year.</text:p>"
         "</text:list-item></text:list>")


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return opendocument_copies("notes", _BODY, tmp_path_factory.mktemp("notes"),
                               ("odt", "docx", "doc", "rtf", "pdf"), _HEAD)


@pytest.mark.parametrize("suffix", [".fodt", ".odt", ".docx", ".doc", ".rtf", ".pdf"])
def test_opendocument_footnotes_and_libreoffice_s_copies(saved: dict[str, Path],
                                                         suffix: str) -> None:
    """LibreOffice's PDF too: its footnotes, set at the page's foot, went under a
    "Footnotes" heading after the last point, run together as one paragraph."""
    imported = import_bytes(saved[suffix].read_bytes(), f"notes{suffix}", suffix, REQUEST)
    assert _points(imported) == _EXPECTED
    assert imported.plan.notes == "Draft of 2 April\n\n[1] Circulated by the mediators."
    assert not any("heading" in f.message for f in imported.report.findings)


_TITLED_STYLES = (
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr>'
    '<w:outlineLvl w:val="0"/></w:pPr></w:style>')


def test_a_footnote_in_a_titled_section_read_by_headings_is_the_point_s_note() -> None:
    """``--points-by headings``: the note went into the point's text as a further paragraph
    ("… whole line.\\n\\n[2] As drawn …"), where without the option it is the point's note."""
    heading = '<w:pStyle w:val="Heading1"/>'
    body = (para(run("Framework"), '<w:pStyle w:val="Title"/>')
            + para(run("Draft of 2 April") + _ref(1))
            + para(run("Ceasefire"), heading)
            + para(run("The parties stop fire along the whole line.") + _ref(2))
            + para(run("Prisoners"), heading)
            + para(run("All prisoners are exchanged, all for all.") + _ref(3))
            + para(run("Elections"), heading) + para(run("Elections are held within one year.")))
    data = docx(body, styles=_TITLED_STYLES, parts={"word/footnotes.xml": _footnotes(3)},
                links=_LINK)
    request = DraftRequest(document="truce", version="2026-01-01-notes",
                           points_by=PointsBy.HEADINGS)
    imported = import_bytes(data, "notes.docx", ".docx", request)
    assert [(p.number, p.title, p.text, p.notes) for p in imported.plan.walk()] == [
        (number, title, text, notes) for (number, text, notes), title
        in zip(_EXPECTED, ("Ceasefire", "Prisoners", "Elections"), strict=True)]
    assert imported.plan.notes == "Draft of 2 April\n\n[1] Circulated by the mediators."
