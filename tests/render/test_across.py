"""Every renderer shows a sub-point that moved to another parent as one move, from where to
where (the tests/cases/move-across pair: 1(b) → 2(b) across matched parents, 3(a) and its
3(a)(i) out of removed point 3, 1(c) into added point 3)."""

from __future__ import annotations

import json
import zipfile
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest

from plandiff.engine.compare import compare
from plandiff.engine.comparison import Comparison
from plandiff.plans.loading import load_plan
from plandiff.plans.model import PlanVersion
from plandiff.plans.topics import load_vocabulary
from plandiff.render.docx import render_docx
from plandiff.render.docx.redline import _Writer
from plandiff.render.json import render_json
from plandiff.render.markdown import render_markdown
from plandiff.render.report import render_html
from plandiff.render.report.i18n import labels
from plandiff.render.report.model import build_report
from plandiff.render.text import render_text
from tests.helpers import make_plan
from tests.render.docx import ooxml_text, pandoc_text

W = ooxml_text.W
CASE = Path(__file__).resolve().parent.parent / "cases" / "move-across"
MOVES = [("1(b)", "2(b)"), ("3(a)", "2(c)"), ("3(a)(i)", "2(c)(i)"), ("1(c)", "3(a)")]


@pytest.fixture(scope="module")
def pair() -> tuple[Comparison, PlanVersion, PlanVersion]:
    old, new = load_plan(CASE / "old.json"), load_plan(CASE / "new.json")
    return compare(old, new), old, new


def test_text_and_markdown_say_from_where_to_where(
        pair: tuple[Comparison, PlanVersion, PlanVersion]) -> None:
    comparison = pair[0]
    text = render_text(comparison, explain=True)
    markdown = render_markdown(comparison, explain=True)
    for old, new in MOVES:
        assert f"{new} (was {old}) " in text and f"moved {old} → {new}" in text
        assert f"moved {old} → {new}" in markdown
        assert f"(was {old}) removed" not in text and f"{new} added" not in text
    assert "similar text, across parents (score " in text
    assert "· parent `o-sec` → `n-eco`" in markdown
    assert "(was 3) removed" in text and "\n3 added" in text  # the parents came and went


def test_the_diff_json_carries_an_across_object(
        pair: tuple[Comparison, PlanVersion, PlanVersion]) -> None:
    data = json.loads(render_json(pair[0], explain=True))
    across = [(c["across"]["from"], c["across"]["to"], c["moved"]) for c in data["changes"]
              if "across" in c]
    assert across == [(old, new, True) for old, new in MOVES]
    first = next(c for c in data["changes"] if "across" in c)
    assert first["across"] == {"from": "1(b)", "to": "2(b)", "old_parent": "o-sec",
                               "new_parent": "n-eco"}
    assert list(first)[-3:] == ["flags", "across", "explain"]
    assert "across parents" in first["explain"]["why"]
    # the moved sub-points count once: no removed or added change for them
    assert data["summary"]["moved"] == 4
    ids = [i for c in data["changes"] for i in c["old"]]
    assert sorted(ids) == sorted(set(ids))


@pytest.mark.parametrize(("lang", "link", "stub"), [
    ("en", "moved from 1(b) (another point) to 2(b)",
     "Sub-point 1(b) moved to 2(b), under another point."),
    ("ja", "別の項目の旧1(b)から新2(b)へ移動", "旧1(b)は別の項目の下の新2(b)へ移動しました。"),
    ("uk", "переміщено з 1(b) (інший пункт) до 2(b)",
     "Підпункт 1(b) переміщено до 2(b), в інший пункт."),
    ("ru", "перемещено из 1(b) (другой пункт) в 2(b)",
     "Подпункт 1(b) перемещён в 2(b), в другой пункт."),
])
def test_the_report_links_the_move_to_a_stub_where_it_stood(
        pair: tuple[Comparison, PlanVersion, PlanVersion], lang: str, link: str,
        stub: str) -> None:
    comparison, old, new = pair
    model = build_report(comparison, old, new, vocabulary=load_vocabulary(), lang=lang,
                         generator="test", report_date="2025-12-24")
    points = {getattr(e, "number", ""): e for e in model.entries if e.type == "point"}
    stubs = {e.anchor: e for e in model.entries if e.type == "stub"}
    moved = points["2(b)"]
    assert moved.moved and moved.links[0].text == link
    target = stubs[moved.links[0].href.removeprefix("#")]
    assert target.text == stub and target.target == moved.anchor
    assert len(stubs) == len(MOVES)
    html = render_html(comparison, old, new, lang=lang)
    assert link in html and stub in html


def test_the_word_redline_tracks_each_move_and_notes_where_it_came_from(
        pair: tuple[Comparison, PlanVersion, PlanVersion], tmp_path: Path) -> None:
    comparison, old, new = pair
    writer = _Writer(comparison, old, new, labels("en"))
    paras = writer._arranged()  # no fallback to "all deleted, all inserted"
    assert writer._replay(paras, accept=True) == writer._expected(new)
    assert writer._replay(paras, accept=False) == writer._expected(old)
    data = render_docx(comparison, old, new)
    root = ooxml_text.document_xml(data)
    # 3(a) and its 3(a)(i) move as one range; 1(b) and 1(c) each as their own
    names = {e.get(f"{W}name") for e in root.iter(f"{W}moveFromRangeStart")}
    assert len(names) == 3
    assert names == {e.get(f"{W}name") for e in root.iter(f"{W}moveToRangeStart")}
    with zipfile.ZipFile(BytesIO(data)) as archive:
        comments = archive.read("word/comments.xml").decode("utf-8")
    for old_path, new_path in MOVES:
        assert f"moved from {old_path} (another point) to {new_path}" in comments
    path = tmp_path / "redline.docx"
    path.write_bytes(data)
    assert pandoc_text.point_texts(path, "accept") == pandoc_text.expected_points(new)
    assert pandoc_text.point_texts(path, "reject") == pandoc_text.expected_points(old)


def test_a_moved_sub_point_whose_own_sub_point_went_elsewhere_is_still_a_tracked_move(
        tmp_path: Path) -> None:
    """1(b) moves to 2(b) with its (i), while its (ii) moves to 3(b): each old point leaves
    from one move range only (no fallback to "all deleted, all inserted")."""
    def version(tag: str, points: list[dict[str, Any]]) -> PlanVersion:
        return PlanVersion.model_validate(make_plan(version=tag, points=points))

    def p(ident: str, number: str, text: str, *subs: dict[str, Any]) -> dict[str, Any]:
        return {"id": ident, "number": number, "text": text, "points": list(subs)}

    x1 = "Observers from the OSCE attend every polling station in the eastern regions."
    x2 = "Election results are certified by an independent electoral commission in ten days."
    head = "Elections are held in the spring of next year:"
    pow_ = "Prisoners of war are exchanged all for all within one hundred days."
    old = version("v1", [
        p("sec", "1", "Security arrangements:", p("x", "1(b)", head, p("x1", "(i)", x1),
                                                  p("x2", "(ii)", x2))),
        p("eco", "2", "Economic measures agreed by the parties:"),
        p("hum", "3", "Humanitarian matters:", p("h1", "3(a)", pow_))])
    new = version("v2", [
        p("sec", "1", "Security arrangements:"),
        p("eco", "2", "Economic measures agreed by the parties:",
          p("y", "2(b)", head, p("y1", "(i)", x1))),
        p("hum", "3", "Humanitarian matters:", p("h1", "3(a)", pow_), p("y2", "3(b)", x2))])
    comparison = compare(old, new)
    assert [(c.old_path, c.new_path) for c in comparison.changes if c.across] == [
        ("1(b)", "2(b)"), ("1(b)(i)", "2(b)(i)"), ("1(b)(ii)", "3(b)")]
    writer = _Writer(comparison, old, new, labels("en"))
    paras = writer._arranged()
    assert writer._replay(paras, accept=True) == writer._expected(new)
    assert writer._replay(paras, accept=False) == writer._expected(old)
    path = tmp_path / "redline.docx"
    path.write_bytes(render_docx(comparison, old, new))
    assert pandoc_text.point_texts(path, "accept") == pandoc_text.expected_points(new)
    assert pandoc_text.point_texts(path, "reject") == pandoc_text.expected_points(old)
