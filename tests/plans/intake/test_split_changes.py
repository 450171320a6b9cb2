"""One tracked change that a Word file writes as several marks counts once. LibreOffice
(and Word) write a ``w:ins`` or ``w:del`` per run, so an insertion holding a word in bold,
or a word whose letters sit in runs of different ``w:rsidR``, is several marks side by side;
the import report counted each mark as an insertion. The file is really saved by LibreOffice
(.docx, .doc and .rtf) in the test; the texts are the project's own."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from plandiff.plans.intake.docxml import W
from plandiff.plans.intake.docxrevisions import counted_changes
from plandiff.plans.intake.lines import AuthorChanges, RevisionView
from plandiff.xmlio import parse_untrusted
from tests.plans.intake.test_word_real_files import DECIMAL, docx, numbered, para, run
from tests.render.docx.pandoc_text import require

_OLENA = 'w:author="Olena Kovalenko" w:date="2026-01-05T09:30:00Z"'
_JAMES = 'w:author="James O\'Neill" w:date="2026-01-06T10:00:00Z"'


def _runs(*pieces: tuple[str, str, str]) -> str:
    """Runs of (rsid, properties, text), each its own run as Word saves typed text."""
    return "".join(f'<w:r w:rsidR="{rsid}"><w:rPr>{props}</w:rPr><w:t xml:space="preserve">'
                   f"{text}</w:t></w:r>" for rsid, props, text in pieces)


_BODY = (
    # one insertion by Olena: plain, bold and italic runs
    para(run("The parties stop fire") + f'<w:ins w:id="1" {_OLENA}>'
         + _runs(("00A1", "", " along the "), ("00A1", "<w:b/>", "whole"),
                 ("00A1", "<w:i/>", " line")) + "</w:ins>" + run("."), numbered(1))
    # one insertion by James, a word whose letters were typed in two sessions
    + para(_runs(("00A1", "", "Guns move back "), ("00B2", "", "at le"))
           + '<w:proofErr w:type="spellStart"/>' + _runs(("00C3", "", "ast "))
           + '<w:proofErr w:type="spellEnd"/>'
           + f'<w:ins w:id="2" {_JAMES}>'
           + _runs(("00B2", '<w:rFonts w:cs="Arial"/>', "fif"),
                   ("00C3", '<w:rFonts w:cs="Times New Roman"/>', "teen "))
           + "</w:ins>" + run("kilometres."), numbered(1))
    # one deletion by Olena over a plain and a bold run
    + para(run("Prisoners are exchanged ") + f'<w:del w:id="3" {_OLENA}>'
           + '<w:r><w:delText xml:space="preserve">in </w:delText></w:r>'
           + '<w:r><w:rPr><w:b/></w:rPr><w:delText xml:space="preserve">stages </w:delText>'
           "</w:r></w:del>" + run("all for all."), numbered(1)))
_ACCEPTED = [("1", "The parties stop fire along the whole line."),
             ("2", "Guns move back at least fifteen kilometres."),
             ("3", "Prisoners are exchanged all for all.")]
_REJECTED = [("1", "The parties stop fire."),
             ("2", "Guns move back at least kilometres."),
             ("3", "Prisoners are exchanged in stages all for all.")]
_AUTHORS = (AuthorChanges("Olena Kovalenko", 1, 1, 0, 0),
            AuthorChanges("James O'Neill", 1, 0, 0, 0))


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The draft as written above and as LibreOffice saves it again as .docx, .doc, .rtf."""
    work = tmp_path_factory.mktemp("split")
    source = work / "source" / "review.docx"
    source.parent.mkdir()
    source.write_bytes(docx(_BODY, numbering=DECIMAL))
    made = {"written.docx": source}
    for suffix, filter_name in (("docx", "docx:MS Word 2007 XML"), ("doc", "doc"),
                                ("rtf", "rtf")):
        subprocess.run([require("soffice"), f"-env:UserInstallation={(work / 'lo').as_uri()}",
                        "--headless", "--convert-to", filter_name, "--outdir", str(work),
                        str(source)], check=True, capture_output=True, timeout=180)
        made[f"review.{suffix}"] = work / f"review.{suffix}"
    return made


def _read(path: Path, view: RevisionView) -> ImportedDraft:
    request = DraftRequest(document="accord", version="2026-02-02-tracked", view=view)
    return import_bytes(path.read_bytes(), path.name, path.suffix, request)


def test_libreoffice_writes_one_change_as_several_marks(saved: dict[str, Path]) -> None:
    """The fixture has the shape the fix is for: LibreOffice's .docx gives every run of
    the two insertions and the deletion its own mark."""
    with zipfile.ZipFile(saved["review.docx"]) as archive:
        body = parse_untrusted(archive.read("word/document.xml"), kind="docx")
    assert len(list(body.iter(f"{W}ins"))) == 5
    assert len(list(body.iter(f"{W}del"))) == 2
    assert len(counted_changes(body)) == 3


@pytest.mark.parametrize("name", ["written.docx", "review.docx", "review.doc", "review.rtf"])
@pytest.mark.parametrize(("view", "points"), [(RevisionView.ACCEPTED, _ACCEPTED),
                                              (RevisionView.REJECTED, _REJECTED)])
def test_a_change_written_as_several_marks_counts_once(
        saved: dict[str, Path], name: str, view: RevisionView,
        points: list[tuple[str, str]]) -> None:
    imported = _read(saved[name], view)
    assert [(p.number, p.text) for p in imported.plan.points] == points  # whole words
    assert imported.report.tracked == _AUTHORS
    said = [f.message for f in imported.report.findings if f.message.startswith("tracked")]
    assert len(said) == 1
    assert said[0].startswith("tracked changes (2 insertion(s), 1 deletion(s))")


def _counted(body: str) -> list[str]:
    root = parse_untrusted(f'<w:body xmlns:w="{W[1:-1]}">{body}</w:body>'.encode(), kind="docx")
    return [f"{c.tag[len(W):]}:{c.getparent().tag[len(W):]}" for c in counted_changes(root)]


_MARK = f"<w:rPr><w:ins w:id=\"9\" {_OLENA}/></w:rPr>"


def test_an_inserted_paragraph_is_one_change_and_a_split_is_another() -> None:
    """A paragraph inserted whole (its runs' marks and its mark's, running on into the next
    paragraph's inserted runs) is one insertion; a paragraph mark inserted after text left
    as it was (a paragraph split) is one of its own; text left as it was between two marks
    of one author parts them."""
    inserted = f'<w:ins w:id="1" {_OLENA}>{run("Monitors")}</w:ins>'
    assert _counted(para(inserted + inserted, _MARK) + para(inserted)) == ["ins:p"]
    assert _counted(para(run("Guns move back."), _MARK) + para(run("Talks go on."))) == [
        "ins:rPr"]
    assert _counted(para(inserted + run(" watch ") + inserted)) == ["ins:p", "ins:p"]
    assert _counted(para(inserted + f'<w:ins w:id="2" {_JAMES}>{run("x")}</w:ins>')) == [
        "ins:p", "ins:p"]
