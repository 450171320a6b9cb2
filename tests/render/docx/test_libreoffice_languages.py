"""The Word redline of a Japanese and a Ukrainian pair opened by a real client: LibreOffice
(headless) saves it as OpenDocument and as Word again, and the tracked changes it kept are
real ones: read rejected, each file gives the old version's points back, read accepted the
new one's, word for word (the English pairs: tests/plans/intake/test_revision_views.py;
LibreOffice's own Accept All and Reject All: test_libreoffice_resolve.py)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from plandiff.engine.compare import compare
from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.intake.lines import RevisionView
from plandiff.plans.model import PlanVersion
from plandiff.render.docx import render_docx
from tests.helpers import PLANS, make_plan
from tests.render.docx.pandoc_text import require

_UK_OLD = [("p1", "1", "Сторони припиняють вогонь уздовж усієї лінії зіткнення."),
           ("p2", "2", "Усіх полонених обмінюють за принципом усіх на всіх. Цивільних "
                       "затриманих повертають додому."),
           ("p3", "3", "Вибори проводять протягом ста днів після підписання."),
           ("p4", "4", "Санкції знімають поетапно."),
           ("p5", "5", "Фонд відбудови фінансують партнери.")]
_UK_NEW = [("p1", "1", "Сторони припиняють вогонь уздовж усієї лінії зіткнення опівдні."),
           ("p2a", "2", "Усіх полонених обмінюють за принципом усіх на всіх."),
           ("p2b", "3", "Цивільних затриманих повертають додому протягом місяця."),
           ("p45", "4", "Санкції знімають поетапно, а фонд відбудови фінансують партнери."),
           ("p3", "5", "Вибори проводять протягом ста днів після підписання.")]


def _uk(version: str, date: str, points: list[tuple[str, str, str]]) -> PlanVersion:
    return PlanVersion.model_validate(make_plan(
        version=version, date=date, language="uk", points=[
            {"id": ident, "number": number, "text": text} for ident, number, text in points]))


def _shipped(name: str) -> PlanVersion:
    return PlanVersion.model_validate(json.loads(
        (PLANS / "peace-framework" / f"{name}.json").read_text(encoding="utf-8")))


def _texts(plan: PlanVersion) -> list[str]:
    return [" ".join(point.text.split()) for point in plan.walk()]


def _read(data: bytes, name: str, view: RevisionView) -> list[str]:
    got = import_bytes(data, name, Path(name).suffix,
                       DraftRequest(document="d", version="2025-12-01-back", view=view))
    return [" ".join(point.text.split()) for point in got.plan.walk()]


@pytest.mark.parametrize("pair", ["ja", "uk"])
def test_libreoffice_s_odt_and_docx_of_the_redline_read_both_ways(pair: str,
                                                                 tmp_path: Path) -> None:
    if pair == "ja":
        old, new = (_shipped("2025-11-20-us-28-point-ja"), _shipped("2025-12-24-20-point-ja"))
    else:
        old, new = (_uk("v1", "2025-11-20", _UK_OLD), _uk("v2", "2025-12-01", _UK_NEW))
    redline = tmp_path / f"{pair}.docx"
    redline.write_bytes(render_docx(compare(old, new), old, new))
    made = []
    for target, folder in (("odt", "odt"), ("docx:MS Word 2007 XML", "docx")):
        subprocess.run([require("soffice"),
                        f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
                        "--convert-to", target, "--outdir", str(tmp_path / folder),
                        str(redline)], check=True, capture_output=True, timeout=240)
        made.append(tmp_path / folder / f"{pair}.{target.split(':')[0]}")
    for path in (redline, *made):
        data = path.read_bytes()
        assert _read(data, path.name, RevisionView.REJECTED) == _texts(old), path
        assert _read(data, path.name, RevisionView.ACCEPTED) == _texts(new), path
