"""A sub-point that moved to another parent keeps its lineage: its history, the evolution
matrix and a synopsis follow it from its old place to its new one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from plandiff.lineage.history import evolution_matrix, point_history
from plandiff.lineage.synopsis import build_synopsis
from plandiff.plans.corpus import Corpus, load_corpus
from plandiff.render.history import history_to_dict, history_to_text
from plandiff.render.synopsis_marks import cell_marks

CASE = Path(__file__).resolve().parent.parent / "cases" / "move-across"


@pytest.fixture()
def corpus(tmp_path: Path) -> Corpus:
    for name, version in (("old.json", "v1"), ("new.json", "v2")):
        target = tmp_path / "accord" / f"{version}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(CASE / name, target)
    return load_corpus(tmp_path)


def test_the_history_of_a_moved_sub_point_follows_it_to_its_new_parent(
        corpus: Corpus) -> None:
    history = point_history(corpus, "accord", "o-mon")
    assert [a.number for a in history.appearances] == ["1(b)", "2(b)"]
    (step,) = history.steps
    assert step.moved and step.across == ("1(b)", "2(b)")
    assert "moved 1(b) → 2(b)" in history_to_text(history)
    assert history_to_dict(history)["steps"][0]["across"] == {"from": "1(b)", "to": "2(b)"}
    # from a removed parent: the clause lives on, its old parent ends
    assert [a.number for a in point_history(corpus, "accord", "o-profit").appearances] == [
        "3(a)(i)", "2(c)(i)"]


def test_the_matrix_keeps_one_row_per_moved_sub_point(corpus: Corpus) -> None:
    matrix = evolution_matrix(corpus, "accord")
    rows = {row.key: row for row in matrix.rows}
    moved = rows["o-mon"].cells[1]
    assert moved is not None and moved.number == "2(b)" and moved.moved
    assert len(matrix.rows) == 15  # 13 old points + 2 added; no removed/added pair


def test_a_synopsis_row_says_from_which_place_the_sub_point_came(corpus: Corpus) -> None:
    old, new = corpus.version("accord@v1"), corpus.version("accord@v2")
    assert old is not None and new is not None
    synopsis = build_synopsis([old, new])
    found: dict[str, list[str]] = {}
    for row in synopsis.rows:
        cell = row.cells[1]
        if cell.points and cell.moved_from:
            found[cell.points[0].number] = cell_marks(cell, 1, synopsis)
    assert found["2(c)(i)"][-1] == "moved here from 3(a)(i)"
    assert set(found) == {"2(b)", "2(c)", "2(c)(i)", "3(a)"}
