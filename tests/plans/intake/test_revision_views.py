"""A Word file carrying tracked changes read both ways (``--view accepted|rejected``): every
change accepted (the default, the text after them) or every change rejected (the text before
them: deleted runs and paragraph marks kept, inserted and moved-in ones left out). Files from
plandiff's own redline writer, pandoc and LibreOffice; texts are the project's own."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from plandiff.errors import InputError
from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.intake.lines import RevisionView
from tests.plans.intake.test_docx_redline_roundtrip import (
    NEW,
    OLD,
    PLANS,
    _bracketless,
    _redline,
    _shape,
)
from tests.plans.intake.test_word_real_files import docx, para, run
from tests.plans.intake.test_word_revisions import ACCEPTED, SOURCE
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="outline", version="2025-11-21-review")
_BY = 'w:id="{}" w:author="Editor" w:date="2025-11-20T00:00:00Z"'


def _read(path: Path, cli: Callable[..., Any], *view: str) -> dict[str, Any]:
    got = cli("import", str(path), "--document", "accord", "--version", "2025-03-01-back",
              *view)
    assert got.code == 0, got.err
    plan: dict[str, Any] = json.loads(got.out)
    return plan


def _old_plan(tmp_path: Path, cli: Callable[..., Any]) -> dict[str, Any]:
    (tmp_path / "plain.txt").write_text(OLD, encoding="utf-8")
    return _read(tmp_path / "plain.txt", cli)


def test_our_redline_read_rejected_gives_the_old_version(tmp_path: Path,
                                                          cli: Callable[..., Any]) -> None:
    redline, new = _redline(tmp_path, cli)
    old = _old_plan(tmp_path, cli)
    assert _shape(_read(redline, cli, "--view", "rejected")) == _shape(old)
    assert _shape(_read(redline, cli, "--view", "accepted")) == _shape(new)
    assert _shape(_read(redline, cli)) == _shape(new)


def test_the_shipped_28_to_20_redline_read_rejected_is_the_28_point_plan(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    """Moves, merges, splits, added and removed points and paragraph marks inserted inside a
    point: rejecting every change gives the 28 points and 21 sub-points back, word for
    word."""
    folder = PLANS / "peace-framework"
    old = folder / "2025-11-20-us-28-point.json"
    out = tmp_path / "redline.docx"
    got = cli("diff", str(old), str(folder / "2025-12-24-20-point.json"), "--format", "docx",
              "-o", str(out))
    assert got.code == 0, got.err
    expected = [(_bracketless(n), t, x) for n, t, x in _shape(json.loads(old.read_text("utf-8")))]
    assert _shape(_read(out, cli, "--view", "rejected")) == expected


def test_our_redline_saved_again_by_libreoffice_read_both_ways(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    redline, new = _redline(tmp_path, cli)
    old = _old_plan(tmp_path, cli)
    out = tmp_path / "office"
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                    str(out), str(redline)], check=True, capture_output=True, timeout=180)
    again = out / "redline.docx"
    assert _shape(_read(again, cli, "--view", "rejected")) == _shape(old)
    assert _shape(_read(again, cli)) == _shape(new)


def test_libreoffice_s_odt_of_our_redlines_read_both_ways(tmp_path: Path,
                                                         cli: Callable[..., Any]) -> None:
    """The redlines saved as .odt by LibreOffice (the inserted text between change marks,
    the deleted paragraphs kept apart): rejected, the old version; accepted, the new one.
    The 28 → 20 redline's moves, merges and splits included."""
    redline, new = _redline(tmp_path, cli)
    old = _old_plan(tmp_path, cli)
    folder = PLANS / "peace-framework"
    shipped = tmp_path / "shipped.docx"
    got = cli("diff", str(folder / "2025-11-20-us-28-point.json"),
              str(folder / "2025-12-24-20-point.json"), "--format", "docx", "-o", str(shipped))
    assert got.code == 0, got.err
    out = tmp_path / "office"
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "odt", "--outdir", str(out), str(redline),
                    str(shipped)], check=True, capture_output=True, timeout=240)
    assert _shape(_read(out / "redline.odt", cli, "--view", "rejected")) == _shape(old)
    assert _shape(_read(out / "redline.odt", cli)) == _shape(new)
    for name, version in (("2025-11-20-us-28-point", "rejected"),
                          ("2025-12-24-20-point", "accepted")):
        plan = json.loads((folder / f"{name}.json").read_text("utf-8"))
        assert _shape(_read(out / "shipped.odt", cli, "--view", version)) == [
            (_bracketless(n), t, x) for n, t, x in _shape(plan)], version


def test_pandoc_tracked_changes_read_rejected_and_the_report_says_so(tmp_path: Path) -> None:
    source = tmp_path / "review.md"
    source.write_text(SOURCE, encoding="utf-8")
    written = tmp_path / "review.docx"
    subprocess.run([require("pandoc"), str(source), "-o", str(written)], check=True)
    request = DraftRequest(document="outline", version="2025-11-21-review",
                           view=RevisionView.REJECTED)
    imported = import_bytes(written.read_bytes(), written.name, ".docx", request)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "The parties confirm sovereignty ."),  # the space stood outside the insertion
        ("2", "A ceasefire takes effect within 72 hours."), *ACCEPTED[2:]]
    assert any(f.message.startswith("tracked changes (2 insertion(s), 1 deletion(s)): read "
                                    "with every change rejected")
               for f in imported.report.findings)


def _split_and_inserted(view: RevisionView) -> list[tuple[str, str]]:
    """Point 1's paragraph mark deleted (two points made one), a paragraph inserted whole
    (its mark too) before the last point, and a paragraph mark inserted in the last point
    (one paragraph made two)."""
    mark_deleted = f'<w:rPr><w:del {_BY.format(1)}/></w:rPr>'
    mark_inserted = f'<w:rPr><w:ins {_BY.format(2)}/></w:rPr>'
    body = (para(run("1. Fire stops at once.") + f'<w:ins {_BY.format(3)}><w:r><w:t '
                 'xml:space="preserve"> </w:t></w:r></w:ins>', mark_deleted)
            + para(f'<w:del {_BY.format(4)}><w:r><w:delText>2. </w:delText></w:r></w:del>'
                   + run("Guns move back."))
            + para(f'<w:ins {_BY.format(5)}><w:r><w:t>2. Monitors watch the line.</w:t></w:r>'
                   "</w:ins>", mark_inserted)
            + para(f'<w:del {_BY.format(6)}><w:r><w:delText>3</w:delText></w:r></w:del>'
                   f'<w:ins {_BY.format(7)}><w:r><w:t>3</w:t></w:r></w:ins>'
                   + run(". Prisoners are swapped.") + f'<w:del {_BY.format(8)}><w:r><w:delText '
                   'xml:space="preserve"> </w:delText></w:r></w:del>',
                   f'<w:rPr><w:ins {_BY.format(9)}/></w:rPr>')
            + para(run("Talks go on.")))
    request = DraftRequest(document="outline", version="2025-11-21-review", view=view)
    imported = import_bytes(docx(body), "marks.docx", ".docx", request)
    return [(p.number, p.text) for p in imported.plan.points]


def test_paragraph_marks_deleted_and_inserted_read_both_ways() -> None:
    assert _split_and_inserted(RevisionView.ACCEPTED) == [
        ("1", "Fire stops at once. Guns move back."), ("2", "Monitors watch the line."),
        ("3", "Prisoners are swapped.\n\nTalks go on.")]
    assert _split_and_inserted(RevisionView.REJECTED) == [
        ("1", "Fire stops at once."), ("2", "Guns move back."),
        ("3", "Prisoners are swapped. Talks go on.")]


def test_the_rejected_view_is_refused_for_a_format_without_tracked_changes(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    (tmp_path / "plain.txt").write_text(NEW, encoding="utf-8")
    got = cli("import", str(tmp_path / "plain.txt"), "--document", "accord", "--version",
              "2025-03-01-back", "--view", "rejected")
    assert got.code == 2, got.err
    assert "--view rejected" in got.err and "Word" in got.err, got.err
    with pytest.raises(InputError):
        import_bytes(NEW.encode(), "plain.txt", ".txt", DraftRequest(
            document="accord", version="2025-03-01-back", view=RevisionView.REJECTED))


def test_the_python_api_reads_a_tracked_file_both_ways(tmp_path: Path) -> None:
    """``plandiff.read_draft(path, view="rejected")``: a script compares a reviewed Word
    file's text before the changes with the text after them."""
    import plandiff

    path = tmp_path / "marks.docx"
    mark = f'<w:rPr><w:ins {_BY.format(1)}/></w:rPr>'
    path.write_bytes(docx(para(run("1. Fire stops at once."))
                          + para(f'<w:ins {_BY.format(2)}><w:r><w:t>2. Guns move back.</w:t>'
                                 "</w:r></w:ins>", mark)
                          + para(run("3. Prisoners are swapped."))))
    before = plandiff.read_draft(path, view="rejected").plan
    after = plandiff.read_draft(path).plan
    assert [p.text for p in before.points] == ["Fire stops at once.", "Prisoners are swapped."]
    assert len(after.points) == 3
    kinds = [c.kind.value for c in plandiff.compare(before, after).changes]
    assert kinds.count("added") == 1 and "removed" not in kinds, kinds
    with pytest.raises(plandiff.UsageError):
        plandiff.read_draft(path, view="both")


def test_an_odt_deletion_across_a_paragraph_break_splits_the_paragraph_again() -> None:
    """Two points made one by deleting the break and "2. " (the mark inside a span), and
    words inserted: rejected, the two points as they were; accepted, the one."""
    from tests.plans.intake.test_odf import flat

    info = ("<office:change-info><dc:creator>Ann Reviewer</dc:creator><dc:date>2025-11-20"
            "</dc:date></office:change-info>")
    body = ('<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>'
            f'{info}<text:p/><text:p>2. </text:p></text:deletion></text:changed-region>'
            f'<text:changed-region text:id="ct2"><text:insertion>{info}</text:insertion>'
            "</text:changed-region></text:tracked-changes>"
            '<text:p>1. Fire stops <text:change-start text:change-id="ct2"/>at once and '
            '<text:change-end text:change-id="ct2"/>for good. <text:span text:style-name="T1">'
            '<text:change text:change-id="ct1"/>Guns move</text:span> back.</text:p>'
            "<text:p>3. Prisoners are swapped.</text:p>")
    data = flat(body).encode()
    rejected = DraftRequest(document="outline", version="2025-11-21-review",
                            view=RevisionView.REJECTED)
    assert [(p.number, p.text) for p in import_bytes(data, "d.fodt", ".fodt", rejected)
            .plan.points] == [("1", "Fire stops for good."), ("2", "Guns move back."),
                              ("3", "Prisoners are swapped.")]
    assert [(p.number, p.text) for p in import_bytes(data, "d.fodt", ".fodt", REQUEST)
            .plan.points] == [("1", "Fire stops at once and for good. Guns move back."),
                              ("3", "Prisoners are swapped.")]


def test_an_odt_insertion_whose_end_comes_before_its_start_takes_nothing_out() -> None:
    """A broken file's insertion marks in the wrong order: rejecting it leaves the text (it
    took out every paragraph after its start)."""
    from tests.plans.intake.test_odf import flat

    body = ('<text:tracked-changes><text:changed-region text:id="ct9"><text:insertion>'
            "<office:change-info><dc:creator>A</dc:creator></office:change-info>"
            "</text:insertion></text:changed-region></text:tracked-changes>"
            '<text:p>1. Fire stops.<text:change-end text:change-id="ct9"/></text:p>'
            '<text:p>2. Guns move back.<text:change-start text:change-id="ct9"/></text:p>'
            "<text:p>3. Prisoners are swapped.</text:p><text:p>4. A vote is held.</text:p>")
    rejected = DraftRequest(document="outline", version="2025-11-21-review",
                            view=RevisionView.REJECTED)
    assert len(import_bytes(flat(body).encode(), "d.fodt", ".fodt", rejected).plan.points) == 4
