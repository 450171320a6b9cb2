"""Golden synopsis cases: the synopsis JSON, Markdown and text (wide and narrow) of every
tests/synopsis_cases/ folder match the committed expected files (regenerate with
``python tests/regen_cases.py``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.regen_synopsis import OUTPUTS, case_dirs, render_case

REQUIRED = {"peace-three", "four-versions", "cross-document", "peace-territory"}


def test_every_required_case_exists() -> None:
    assert {p.name for p in case_dirs()} >= REQUIRED


@pytest.mark.parametrize("case", case_dirs(), ids=lambda p: p.name)
def test_case_matches_expected(case: Path) -> None:
    rendered = render_case(case)
    for name in OUTPUTS:
        expected = (case / name).read_text(encoding="utf-8")
        assert rendered[name] == expected, (
            f"{case.name}/{name} differs; if the change is intended run "
            "`python tests/regen_cases.py` and review the diff")


@pytest.mark.parametrize("case", case_dirs(), ids=lambda p: p.name)
def test_cells_keep_the_span_invariant(case: Path) -> None:
    data = json.loads((case / "expected.json").read_text("utf-8"))
    for row in data["rows"]:
        cells = row["cells"]
        for cell in cells:
            if cell["state"] != "present":
                assert list(cell) == ["state"]
                continue
            new = "".join(s["text"] for s in cell["spans"] if s["op"] != "delete")
            assert new == cell["text"]
            if cell["against"] is not None:
                old = "".join(s["text"] for s in cell["spans"] if s["op"] != "insert")
                assert old == cells[cell["against"]]["text"]


def test_four_versions_case_shows_every_mark() -> None:
    data = json.loads((Path(__file__).parent / "synopsis_cases" / "four-versions"
                       / "expected.json").read_text("utf-8"))
    cells = [c for r in data["rows"] for c in r["cells"]]
    states = {c["state"] for c in cells}
    changes = {c.get("change") for c in cells}
    assert states == {"present", "absent", "not-reported"}
    assert {"unchanged", "modified", "added", "split", "merged"} <= changes
    assert any(c.get("renumbered_from") for c in cells)
    assert any(c.get("moved_from") for c in cells)


def test_cross_document_case_keeps_a_moved_clause_on_its_row() -> None:
    data = json.loads((Path(__file__).parent / "synopsis_cases" / "cross-document"
                       / "expected.json").read_text("utf-8"))
    assert [c["document"] for c in data["columns"]] == [
        "peace-framework", "security-guarantees-bilateral", "peace-framework"]
    moved = [r for r in data["rows"] if r["cells"][1]["state"] == "present"
             and (r["cells"][1]["moved_from"] or "").startswith("peace-framework ")]
    assert moved, "no row carries a clause from the peace framework into the guarantee"
    assert any(r["cells"][0]["state"] == "present" for r in moved)


def test_topic_case_keeps_only_the_topic() -> None:
    data = json.loads((Path(__file__).parent / "synopsis_cases" / "peace-territory"
                       / "expected.json").read_text("utf-8"))
    assert data["filters"]["topics"] == ["territory"]
    assert data["rows"] and all("territory" in r["topics"] for r in data["rows"])
    assert len(data["rows"]) < data["total_rows"]
