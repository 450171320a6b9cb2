"""LibreOffice (headless, a real client) accepts and rejects every tracked change of the Word
redline: accepting gives the new version and rejecting the old one, point paragraph by point
paragraph, exactly, and no revision is left. The shipped English and Japanese pairs, and a
pair with moved and renumbered points. LibreOffice runs a small Basic macro from a private
profile (Edit → Track Changes → Accept All / Reject All, then save as Word)."""

from __future__ import annotations

import subprocess
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from plandiff.engine.compare import compare
from plandiff.plans.model import PlanVersion
from plandiff.render.docx import render_docx
from tests.helpers import make_plan
from tests.render.docx import ooxml_text
from tests.render.docx.pandoc_text import require
from tests.render.docx.test_redline import IDS, PAIRS

_MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1"
 script:language="StarBasic">
Sub Resolve(src As String, dst As String, mode As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), &quot;_blank&quot;, 0, args())
  helper = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  frame = doc.getCurrentController().getFrame()
  command = &quot;.uno:RejectAllTrackedChanges&quot;
  If mode = &quot;accept&quot; Then command = &quot;.uno:AcceptAllTrackedChanges&quot;
  helper.executeDispatch(frame, command, &quot;&quot;, 0, Array())
  Dim out(0) As New com.sun.star.beans.PropertyValue
  out(0).Name = &quot;FilterName&quot;
  out(0).Value = &quot;MS Word 2007 XML&quot;
  doc.storeToURL(ConvertToURL(dst), out())
  doc.close(True)
End Sub
</script:module>
"""
@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A LibreOffice profile of its own (made by a first start) holding the macro in its
    Standard library."""
    root = tmp_path_factory.mktemp("lo-resolve")
    subprocess.run([require("soffice"), f"-env:UserInstallation={root.as_uri()}", "--headless",
                    "--terminate_after_init"], capture_output=True, timeout=180, check=True)
    module = root / "user" / "basic" / "Standard" / "Module1.xba"
    assert module.exists(), "LibreOffice made no Basic library in its profile"
    module.write_text(_MACRO, encoding="utf-8")
    return root


def resolved(profile: Path, redline: bytes, mode: str, work: Path) -> bytes:
    """``redline`` with every change accepted or rejected by LibreOffice, saved as Word."""
    source, target = work / "redline.docx", work / f"{mode}.docx"
    source.write_bytes(redline)
    call = f'macro:///Standard.Module1.Resolve("{source}","{target}","{mode}")'
    # LibreOffice at times fails on its way out after the file is saved ("terminate called
    # after throwing … NoSuchElementException", exit 1): the saved file is what is checked.
    # On a loaded machine a start can also fail before the macro runs (no file at all): one
    # more start is allowed then, and both starts' errors are shown if it fails too.
    errors = []
    for _ in range(2):
        result = subprocess.run([require("soffice"), f"-env:UserInstallation={profile.as_uri()}",
                                 "--headless", call], capture_output=True, timeout=180,
                                check=False)
        if target.exists():
            return target.read_bytes()
        errors.append(f"exit {result.returncode}: {result.stderr!r}")
    raise AssertionError(f"LibreOffice wrote no {target.name}: {'; '.join(errors)}")


def revisions_left(data: bytes) -> int:
    with zipfile.ZipFile(BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode()
    return sum(xml.count(f"<w:{tag} ") for tag in ("ins", "del", "moveFrom", "moveTo"))


def check(profile: Path, old: PlanVersion, new: PlanVersion, work: Path) -> None:
    redline = render_docx(compare(old, new), old, new)
    for mode, plan in (("accept", new), ("reject", old)):
        data = resolved(profile, redline, mode, work)
        assert revisions_left(data) == 0, mode
        assert ooxml_text.point_texts(data, "accept") == ooxml_text.expected_points(plan), mode


_CHOSEN = [index for index, (old, new) in enumerate(PAIRS)
           if (old.version, new.version) in {
               ("2025-11-20-us-28-point", "2025-12-24-20-point"),
               ("2025-11-20-us-28-point", "2025-11-23-european-24-point"),
               ("2025-11-20-us-28-point-ja", "2025-12-24-20-point-ja")}]


def test_the_chosen_pairs_are_there() -> None:
    assert len(_CHOSEN) == 3
    assert {PAIRS[i][0].language for i in _CHOSEN} == {"en", "ja"}


@pytest.mark.parametrize("index", _CHOSEN, ids=[IDS[i] for i in _CHOSEN])
def test_libreoffice_accepts_to_new_and_rejects_to_old(profile: Path, index: int,
                                                       tmp_path: Path) -> None:
    old, new = PAIRS[index]
    check(profile, old, new, tmp_path)


def test_moved_and_renumbered_points(profile: Path, tmp_path: Path) -> None:
    """Points 2 and 3 swap places (moves), point 4 goes and a new one comes last."""
    def plan(version: str, date: str, points: list[tuple[str, str, str]]) -> PlanVersion:
        return PlanVersion.model_validate(make_plan(version=version, date=date, points=[
            {"id": ident, "number": number, "text": text} for ident, number, text in points]))

    old = plan("v1", "2025-11-20", [("p1", "1", "The parties stop fire along the whole line."),
                                    ("p2", "2", "All prisoners are exchanged, all for all."),
                                    ("p3", "3", "Elections are held within one year."),
                                    ("p4", "4", "Sanctions are lifted in stages.")])
    new = plan("v2", "2025-12-01", [
        ("p1", "1", "The parties stop fire along the whole line at noon."),
        ("p3", "2", "Elections are held within one hundred days."),
        ("p2", "3", "All prisoners are exchanged, all for all."),
        ("p5", "4", "A fund rebuilds the cities.")])
    comparison = compare(old, new)
    assert any(change.moved for change in comparison.changes)
    check(profile, old, new, tmp_path)


def test_ukrainian_split_and_merged_points(profile: Path, tmp_path: Path) -> None:
    """No shipped pair is in Cyrillic: point 2 splits in two, points 4 and 5 merge, point 3
    moves to the end, and point 1 gains a word; LibreOffice accepts to the new version and
    rejects to the old one."""
    def plan(version: str, date: str, points: list[tuple[str, str, str]]) -> PlanVersion:
        return PlanVersion.model_validate(make_plan(
            version=version, date=date, language="uk", points=[
                {"id": ident, "number": number, "text": text}
                for ident, number, text in points]))

    old = plan("v1", "2025-11-20", [
        ("p1", "1", "Сторони припиняють вогонь уздовж усієї лінії зіткнення."),
        ("p2", "2", "Усіх полонених обмінюють за принципом усіх на всіх. Цивільних "
                    "затриманих повертають додому."),
        ("p3", "3", "Вибори проводять протягом ста днів після підписання."),
        ("p4", "4", "Санкції знімають поетапно."),
        ("p5", "5", "Фонд відбудови фінансують партнери.")])
    new = plan("v2", "2025-12-01", [
        ("p1", "1", "Сторони припиняють вогонь уздовж усієї лінії зіткнення опівдні."),
        ("p2a", "2", "Усіх полонених обмінюють за принципом усіх на всіх."),
        ("p2b", "3", "Цивільних затриманих повертають додому протягом місяця."),
        ("p45", "4", "Санкції знімають поетапно, а фонд відбудови фінансують партнери."),
        ("p3", "5", "Вибори проводять протягом ста днів після підписання.")])
    kinds = {str(change.kind) for change in compare(old, new).changes}
    assert {"split", "merged"} <= kinds, kinds
    check(profile, old, new, tmp_path)
