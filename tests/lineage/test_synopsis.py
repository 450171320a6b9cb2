"""Synopsis rows: lineages across columns, marks, filters, base column, languages, errors."""

from __future__ import annotations

import pytest

from plandiff.engine.comparison import ChangeKind
from plandiff.errors import InputError, UsageError
from plandiff.lineage.synopsis import (
    CellState,
    SynopsisFilters,
    build_synopsis,
)
from plandiff.plans.loading import load_plan
from plandiff.plans.model import PlanVersion
from plandiff.workflows.synopsis import synopsis_of
from tests.helpers import PLANS, REPO, make_plan

FOUR = REPO / "tests" / "synopsis_cases" / "four-versions"


def _four() -> list[PlanVersion]:
    return [load_plan(FOUR / f"v{i}.json") for i in range(1, 5)]


def _row(synopsis_rows: tuple, point: str):  # type: ignore[no-untyped-def]
    return next(r for r in synopsis_rows
                if any(point in [p.id for p in c.points] for c in r.cells))


def test_rows_follow_lineages_through_moves_splits_merges_and_gaps() -> None:
    synopsis = build_synopsis(_four())
    assert synopsis.total_rows == len(synopsis.rows) == 5
    prisoners = _row(synopsis.rows, "b")
    assert [c.numbers for c in prisoners.cells] == [("2",), ("3",), ("2", "3"), ("2", "3")]
    assert prisoners.cells[2].change is ChangeKind.SPLIT
    merged = _row(synopsis.rows, "security")
    assert merged.cells[3].change is ChangeKind.MERGED
    sanctions = _row(synopsis.rows, "e")
    assert [c.state for c in sanctions.cells] == [
        CellState.PRESENT, CellState.NOT_REPORTED, CellState.PRESENT, CellState.PRESENT]
    assert sanctions.cells[2].against == 0  # bridged over the column that did not report it
    elections = _row(synopsis.rows, "d")
    assert elections.cells[2].state is CellState.ABSENT
    referendum = _row(synopsis.rows, "referendum")
    assert referendum.cells[3].change is ChangeKind.ADDED
    assert referendum.cells[3].against is None


def test_rows_are_in_document_order() -> None:
    keys = [r.key.split("#")[1] for r in build_synopsis(_four()).rows]
    assert keys == ["a", "b", "d", "e", "referendum"]


def test_base_column_redlines_every_cell_against_it() -> None:
    synopsis = build_synopsis(_four(), base=0)
    army = _row(synopsis.rows, "c")
    assert [c.against for c in army.cells] == [None, 0, 0, 0]
    assert army.cells[0].change is None
    assert all(c.against in (None, 0) for r in synopsis.rows for c in r.cells)


def test_filters() -> None:
    plans = _four()
    assert [r.key for r in build_synopsis(plans, filters=SynopsisFilters(
        topics=("sanctions",))).rows] == ["accord@v1#e"]
    assert [r.key for r in build_synopsis(plans, filters=SynopsisFilters(
        points=("referendum",))).rows] == ["accord@v4#referendum"]
    by_number = build_synopsis(plans, filters=SynopsisFilters(points=("4",)))
    assert {r.key for r in by_number.rows} == {"accord@v1#a", "accord@v1#d", "accord@v1#e"}
    same = [PlanVersion.model_validate(make_plan(version="v1")),
            PlanVersion.model_validate(make_plan(version="v2", supersedes="v1",
                                                 date="2025-12-01"))]
    assert build_synopsis(same).rows
    assert build_synopsis(same, filters=SynopsisFilters(changed_only=True)).rows == ()


def test_a_translation_column_shares_rows_by_id_and_is_not_redlined() -> None:
    en = load_plan(PLANS / "peace-framework" / "2025-12-24-20-point.json")
    ja = load_plan(PLANS / "peace-framework" / "2025-12-24-20-point-ja.json")
    synopsis = build_synopsis([en, ja])
    assert len(synopsis.rows) == len(list(en.walk()))
    for row in synopsis.rows:
        cell = row.cells[1]
        assert cell.state is CellState.PRESENT and cell.change is None
        assert [s.op.value for s in cell.spans] == ["equal"]


def test_errors() -> None:
    plan = PlanVersion.model_validate(make_plan())
    with pytest.raises(UsageError, match="given twice"):
        build_synopsis([plan, plan])
    with pytest.raises(UsageError, match="at least one"):
        build_synopsis([])
    with pytest.raises(UsageError, match="no column 3"):
        build_synopsis([plan], base=2)
    with pytest.raises(InputError, match="not in the topic vocabulary"):
        synopsis_of(["peace-framework@2025-12-24-20-point"], plans_root=PLANS,
                    filters=SynopsisFilters(topics=("no-such-topic",)))
    with pytest.raises(UsageError, match="not one of the columns"):
        synopsis_of(["peace-framework@2025-12-24-20-point"], plans_root=PLANS,
                    base="peace-framework@2025-11-20-us-28-point")
    with pytest.raises(UsageError, match="no version in 'fr'"):
        synopsis_of([], plans_root=PLANS, document="peace-framework", language="fr")


def test_all_versions_of_a_document_in_one_language() -> None:
    english = synopsis_of([], plans_root=PLANS, document="peace-framework")
    assert [c.version for c in english.columns] == [
        "2025-11-20-us-28-point", "2025-11-23-e3-counter-proposal",
        "2025-11-23-european-24-point", "2025-12-11-us-20-point-reported",
        "2025-12-24-20-point"]
    japanese = synopsis_of([], plans_root=PLANS, document="peace-framework", language="ja")
    assert {c.language for c in japanese.columns} == {"ja"}
    assert len(japanese.columns) == 2
