"""``plandiff history``: a clause followed across renumbering and documents; the matrix."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from plandiff.engine.comparison import ChangeKind
from plandiff.lineage.history import (
    Via,
    evolution_matrix,
    history_inputs,
    point_history,
)
from plandiff.plans.corpus import Corpus, load_corpus
from tests.helpers import PLANS, Run, assert_no_traceback, make_plan, write_plan

TWENTY = "peace-framework@2025-12-24-20-point"
TWENTY_EIGHT = "peace-framework@2025-11-20-us-28-point"


@cache
def corpus() -> Corpus:
    return load_corpus(PLANS)


def test_army_cap_600000_to_800000(cli: Callable[..., Run]) -> None:
    run = cli("history", "peace-framework", "--point", "army-cap", "--plans", str(PLANS),
              "--format", "json")
    assert run.code == 0, run.err
    data = json.loads(run.out)
    refs = [a["ref"] for a in data["appearances"]]
    assert f"{TWENTY_EIGHT}#army-cap" in refs and f"{TWENTY}#army-cap" in refs
    texts = {a["ref"]: a for a in data["appearances"]}
    assert "600,000" in texts[f"{TWENTY_EIGHT}#army-cap"]["text"]
    assert "800,000" in texts[f"{TWENTY}#army-cap"]["text"]
    assert texts[f"{TWENTY_EIGHT}#army-cap"]["number"] == "6"
    assert texts[f"{TWENTY}#army-cap"]["number"] == "4"
    step = next(s for s in data["steps"]
                if s["old"] == f"{TWENTY_EIGHT}#army-cap" and s["new"] == f"{TWENTY}#army-cap")
    assert step["kind"] == "modified" and step["renumbered"] is True
    assert {"kind": "number", "old": "600,000", "new": "800,000"} in step["flags"]
    deleted = "".join(s["text"] for s in step["spans"] if s["op"] == "delete")
    inserted = "".join(s["text"] for s in step["spans"] if s["op"] == "insert")
    assert "600,000" in deleted and "800,000" in inserted


def test_army_cap_text_output_marks_the_redline(cli: Callable[..., Run]) -> None:
    run = cli("history", "peace-framework", "--point", "army-cap", "--plans", str(PLANS))
    assert run.code == 0
    assert "[-600,000-]{+800,000+}" in run.out
    assert "flag number: 600,000 → 800,000" in run.out
    assert "point 6" in run.out and "point 4" in run.out


def test_reconstruction_clause_is_followed_into_the_reconstruction_plan() -> None:
    history = point_history(corpus(), "peace-framework", "reconstruction-package")
    documents = {a.document for a in history.appearances}
    assert "reconstruction-plan" in documents
    crossing = [s for s in history.steps if s.cross_document]
    assert crossing and all(s.via is Via.DERIVED for s in crossing)
    assert any(s.new_version.startswith("reconstruction-plan@") for s in crossing)
    # ... and onwards inside the reconstruction plan, to its latest version
    latest = corpus().versions_of("reconstruction-plan", "en")[-1]
    assert any(a.version == latest.version for a in history.appearances)
    assert history.documents[0] == "peace-framework"


def test_renumbering_across_many_versions_is_followed_by_the_aligner(tmp_path: Path) -> None:
    # Ids change between versions: only the aligner (text) links them.
    write_plan(tmp_path, make_plan(version="v1", points=[
        {"id": "a", "number": "1", "text": "Troops withdraw behind the line within 30 days."},
        {"id": "b", "number": "2", "text": "Prisoners are exchanged all for all."}]))
    write_plan(tmp_path, make_plan(version="v2", date="2025-12-01", supersedes="v1", points=[
        {"id": "x", "number": "1", "text": "Prisoners are exchanged all for all."},
        {"id": "y", "number": "2",
         "text": "Troops withdraw behind the line within 60 days."}]))
    history = point_history(load_corpus(tmp_path), "accord", "a")
    assert [a.ref for a in history.appearances] == ["accord@v1#a", "accord@v2#y"]
    (step,) = history.steps
    assert step.via is Via.ALIGNED and step.kind is ChangeKind.MODIFIED and step.renumbered
    assert [(f.old, f.new) for f in step.flags] == [("within 30 days", "within 60 days")]


def test_removed_clause_shows_where_it_was_dropped(tmp_path: Path) -> None:
    write_plan(tmp_path, make_plan(version="v1"))
    v2 = make_plan(version="v2", date="2025-12-01", supersedes="v1")
    v2["points"] = v2["points"][:1]
    write_plan(tmp_path, v2)
    history = point_history(load_corpus(tmp_path), "accord", "two")
    dropped = [s for s in history.steps if s.new is None]
    assert [s.new_version for s in dropped] == ["accord@v2"]
    assert dropped[0].kind is ChangeKind.REMOVED


def test_matrix_shape_on_the_peace_framework() -> None:
    matrix = evolution_matrix(corpus(), "peace-framework")
    assert matrix.language == "en"
    en_versions = [p.version for p in corpus().versions_of("peace-framework", "en")]
    assert [c.version for c in matrix.columns] == en_versions
    assert all(len(row.cells) == len(matrix.columns) for row in matrix.rows)
    keys = [row.key for row in matrix.rows]
    assert len(keys) == len(set(keys))
    # every point of every version sits in exactly one cell
    for index, column in enumerate(matrix.columns):
        plan = corpus().version(f"peace-framework@{column.version}")
        assert plan is not None
        shown = sorted(row.cells[index].point for row in matrix.rows
                       if row.cells[index] is not None and not row.cells[index].ended)
        assert shown == sorted(p.id for p in plan.walk())
    army = next(row for row in matrix.rows if row.key == "army-cap")
    first = army.cells[0]
    assert first is not None and first.number == "6" and first.kind is None
    last = army.cells[-1]
    assert last is not None and last.number == "4" and last.kind is ChangeKind.MODIFIED
    assert last.flags >= 1


def test_matrix_in_japanese_has_only_japanese_versions(cli: Callable[..., Run]) -> None:
    run = cli("history", "peace-framework", "--lang", "ja", "--plans", str(PLANS),
              "--format", "json")
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert data["language"] == "ja"
    assert [c["version"] for c in data["columns"]] == ["2025-11-20-us-28-point-ja",
                                                       "2025-12-24-20-point-ja"]
    army = next(r for r in data["rows"] if r["key"] == "army-cap")
    assert [c["number"] for c in army["cells"]] == ["6", "4"]


def test_matrix_text_output(cli: Callable[..., Run]) -> None:
    run = cli("history", "security-guarantees-bilateral", "--plans", str(PLANS))
    assert run.code == 0
    assert run.out.startswith("security-guarantees-bilateral (en):")
    assert "legend:" in run.out
    assert re.search(r"armed-attack\s+\[1\]\s+\[1\] ~", run.out)


def test_history_html_is_standalone_and_anchored(cli: Callable[..., Run]) -> None:
    run = cli("history", "peace-framework", "--point", "army-cap", "--plans", str(PLANS),
              "--format", "html")
    assert run.code == 0, run.err
    html = run.out
    assert html.startswith("<!DOCTYPE html>")
    assert 'http-equiv="Content-Security-Policy"' in html and "script-src &#39;none&#39;" in html
    assert 'id="h-army-cap"' in html
    assert "<del>600,000</del>" in html and "<ins>800,000</ins>" in html
    assert "<script" not in html and " style=" not in html


def test_history_page_of_a_document_has_matrix_and_every_lineage() -> None:
    from plandiff.lineage.history import document_history
    from plandiff.render.report.history_html import render_history_html

    whole = document_history(corpus(), "security-guarantees-bilateral")
    html = render_history_html(whole)
    assert 'id="matrix"' in html
    for row in whole.matrix.rows:
        assert f'id="h-{row.key}"' in html
    assert html == render_history_html(whole)  # deterministic


def test_history_pdf_needs_an_output_file(cli: Callable[..., Run]) -> None:
    run = cli("history", "peace-framework", "--point", "army-cap", "--plans", str(PLANS),
              "--format", "pdf")
    assert run.code == 2 and "-o FILE" in run.err
    assert_no_traceback(run)


@pytest.mark.slow
def test_history_pdf_of_one_clause(cli: Callable[..., Run], tmp_path: Path) -> None:
    out = tmp_path / "army-cap.pdf"
    run = cli("history", "peace-framework", "--point", "army-cap", "--plans", str(PLANS),
              "--format", "pdf", "-o", str(out))
    assert run.code == 0, run.err
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "600,000" in text and "800,000" in text


def test_unknown_point_suggests_close_ids(cli: Callable[..., Run]) -> None:
    run = cli("history", "peace-framework", "--point", "army-caps", "--plans", str(PLANS))
    assert run.code == 2
    assert "no point 'army-caps'" in run.err and "army-cap" in run.err
    assert_no_traceback(run)


def test_unknown_document_and_language(cli: Callable[..., Run]) -> None:
    run = cli("history", "nope", "--plans", str(PLANS))
    assert run.code == 2 and "no such document" in run.err
    run = cli("history", "reconstruction-plan", "--lang", "ja", "--plans", str(PLANS))
    assert run.code == 2 and "no version in 'ja'" in run.err
    assert_no_traceback(run)


def test_full_point_reference_starts_from_that_version() -> None:
    history = point_history(corpus(), "peace-framework", f"{TWENTY}#recovery-funds")
    refs = [a.ref for a in history.appearances]
    assert f"{TWENTY}#recovery-funds" in refs
    assert any(r.startswith("reconstruction-plan@") for r in refs)


def test_history_inputs_cover_what_a_history_reads() -> None:
    inputs = set(history_inputs(corpus(), "peace-framework", "en"))
    history = point_history(corpus(), "peace-framework", "reconstruction-package")
    assert set(history.versions) <= inputs
    assert not any(ref.endswith("-ja") for ref in inputs)


def test_appearances_of_one_version_stand_in_the_order_of_its_text() -> None:
    """Point 21 and its sub-points (a) to (d), then point 22, as the 28-point text has them;
    they were sorted by id (22 "no-change-by-force" first, then 21, 21(d), 21(b) ...)."""
    history = point_history(corpus(), "peace-framework", "territory")
    numbers = [a.number for a in history.appearances if a.ref.startswith(f"{TWENTY_EIGHT}#")]
    assert numbers == ["21", "21(a)", "21(b)", "21(c)", "21(d)", "22"]


@pytest.mark.parametrize("point", ["14", f"{TWENTY}#14", "peace-framework#14"])
def test_a_point_number_names_the_clause_it_numbers(point: str) -> None:
    """A reader knows "point 14 of the 20-point plan", not the id "territory": a number names
    the point of that number in the version given, or in the latest version that has one."""
    document = "peace-framework"
    history = point_history(corpus(), document, point)
    assert history.point == "territory"
    assert f"{TWENTY}#territory" in [a.ref for a in history.appearances]


def test_a_sub_point_number_is_read_as_a_reader_writes_it() -> None:
    for written in ("21(d)", "21d", "21 (d)", "21.d", "21D"):
        history = point_history(corpus(), "peace-framework", f"{TWENTY_EIGHT}#{written}")
        assert history.appearances[0].ref.startswith(f"{TWENTY_EIGHT}#"), written
        assert any(a.number == "21(d)" for a in history.appearances), written


def test_a_number_no_version_has_is_refused_in_one_line(cli: Callable[..., Run]) -> None:
    run = cli("history", "peace-framework", "--point", "99", "--plans", str(PLANS))
    assert run.code == 2 and "no point '99'" in run.err
    assert len(run.err.strip().splitlines()) == 1
    assert_no_traceback(run)


@pytest.mark.parametrize("args", [["peace-framework", "army-cap"],
                                  ["peace-framework#army-cap"],
                                  [f"{TWENTY}#army-cap"]])
def test_the_point_may_follow_the_document_on_the_command_line(
        cli: Callable[..., Run], args: list[str]) -> None:
    """``plandiff history peace-framework army-cap`` is what a user types first; it said
    "Got unexpected extra argument (army-cap)"."""
    run = cli("history", *args, "--plans", str(PLANS))
    assert run.code == 0, run.err
    assert "[-600,000-]{+800,000+}" in run.out


def test_a_point_given_twice_differently_is_refused(cli: Callable[..., Run]) -> None:
    run = cli("history", "peace-framework", "army-cap", "--point", "territory",
              "--plans", str(PLANS))
    assert run.code == 2 and "army-cap" in run.err and "territory" in run.err
    assert_no_traceback(run)


def test_a_number_alone_follows_the_clause_as_its_id_does() -> None:
    by_number = point_history(corpus(), "peace-framework", "14")
    by_id = point_history(corpus(), "peace-framework", "territory")
    assert by_number == by_id
