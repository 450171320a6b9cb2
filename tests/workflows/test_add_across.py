"""``plandiff add``'s review step with sub-points that moved to another parent: the proposed
mapping shows the move as one ``moved`` row; accepted, it carries the old id and sets
``derived_from``; corrected (``--unlink``, ``--new``, ``--link`` by place, a mapping CSV), the
file records it; and a later ``plandiff diff`` of the stored files gives the same mapping."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import Run, assert_no_traceback

V1 = """# Accord, first draft
1. Security arrangements after signature:
(a) NATO agrees not to station troops on the territory of Ukraine.
(b) A joint monitoring commission chaired by the guarantors verifies the line of contact every month and reports violations within 48 hours.
(c) Prisoners of war and civilian detainees are exchanged on an all-for-all basis.
2. Economic measures agreed by the parties:
(a) Sanctions are lifted in stages, case by case, as agreed.
3. Elections are held within 100 days of signing.
"""  # noqa: E501

# 1(b) moved to 2(b) (and tightened: week, 24 hours); 1(c) is now 1(b).
V2 = """# Accord, second draft
1. Security arrangements after signature:
(a) NATO agrees not to station troops on the territory of Ukraine.
(b) Prisoners of war and civilian detainees are exchanged on an all-for-all basis.
2. Economic measures agreed by the parties:
(a) Sanctions are lifted in stages, case by case, as agreed.
(b) A joint monitoring commission chaired by the guarantors verifies the line of contact every week and reports violations within 24 hours.
3. Elections are held within 100 days of signing.
"""  # noqa: E501

# The same move, reworded beyond what the aligner pairs on its own.
V2_REWORDED = V2.replace(
    "A joint monitoring commission chaired by the guarantors verifies the line of contact "
    "every week and reports violations within 24 hours.",
    "The guarantors set up a body that checks the contact line each week.")

OLD_REF = "accord@2025-11-20-v1"
NEW_REF = "accord@2025-12-24-v2"
MOVED = "moved"


@pytest.fixture
def tree(cli: Callable[..., Run], tmp_path: Path) -> Path:
    (tmp_path / "v1.txt").write_text(V1, encoding="utf-8")
    (tmp_path / "v2.txt").write_text(V2, encoding="utf-8")
    (tmp_path / "v2r.txt").write_text(V2_REWORDED, encoding="utf-8")
    run = cli("add", str(tmp_path / "v1.txt"), "--document", "accord", "--version",
              "2025-11-20-v1", "--plans", str(tmp_path / "plans"), "--source-url",
              "https://example.org/v1")
    assert run.code == 0, run.err
    return tmp_path


def _add(cli: Callable[..., Run], tree: Path, *extra: str, draft: str = "v2.txt") -> Run:
    run = cli("add", str(tree / draft), "--document", "accord", "--version", "2025-12-24-v2",
              "--plans", str(tree / "plans"), "--source-url", "https://example.org/v2", *extra)
    assert_no_traceback(run)
    return run


def _rows(run: Run) -> list[str]:
    lines = run.out.splitlines()
    start = next(k for k, line in enumerate(lines) if line.startswith("mapping (old -> new"))
    rows = []
    for line in lines[start + 1:]:
        if not line.startswith("  "):
            break
        rows.append(line.strip())
    return rows


def _saved(tree: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (tree / "plans" / "accord" / "2025-12-24-v2.json").read_text("utf-8"))
    return data


def _sub(data: dict[str, Any], number: str) -> dict[str, Any]:
    found = [s for p in data["points"] for s in p.get("points", []) if s["number"] == number]
    assert len(found) == 1, number
    return found[0]


def _printed_links(rows: list[str]) -> set[tuple[str, str]]:
    """(old place, new place) of every pairing row the add printed."""
    links = set()
    for row in rows:
        sides, _, rest = row.partition("  ")
        kind = rest.split()[0]
        if kind in ("added", "removed"):
            continue
        old, _, new = sides.partition(" -> ")
        links |= {(o, n) for o in old.split(", ") for n in new.split(", ")}
    return links


def _rebuilt(cli: Callable[..., Run], tree: Path) -> tuple[set[tuple[str, str]], list[Any]]:
    """What a later ``plandiff diff`` of the stored versions pairs (by place), and its
    cross-parent ``across`` objects."""
    run = cli("diff", OLD_REF, NEW_REF, "--format", "json", "--plans", str(tree / "plans"))
    assert run.code == 0, run.err
    data = json.loads(run.out)
    links = set()
    for change in data["changes"]:
        links |= {(o, n) for o in change["old_numbers"] for n in change["new_numbers"]}
    return links, [c["across"] for c in data["changes"] if "across" in c]


def test_a_move_across_parents_is_one_row_and_is_stored(cli: Callable[..., Run],
                                                        tree: Path) -> None:
    run = _add(cli, tree)
    assert run.code == 0, run.err
    rows = _rows(run)
    moved = [r for r in rows if f"  {MOVED}  " in r]
    assert len(moved) == 1
    assert moved[0].startswith("1(b) -> 2(b)  moved  ")
    assert "similar text, across parents: " in moved[0] and "commission" in moved[0]
    assert not any(r.startswith("1(b) -> -") or r.startswith("- -> 2(b)") for r in rows)
    assert "1(c) -> 1(b)  pair  1.00  same text" in rows
    # Accepted: the moved sub-point keeps its id and derives from where it stood.
    data = _saved(tree)
    assert _sub(data, "2(b)")["id"] == "p1-b"
    assert _sub(data, "2(b)")["derived_from"] == [f"{OLD_REF}#p1-b"]
    assert _sub(data, "1(b)")["id"] == "p1-c"
    assert "alignment" not in data
    # A later diff of the stored files pairs exactly what the add printed.
    links, across = _rebuilt(cli, tree)
    assert links == _printed_links(rows)
    assert [(a["from"], a["to"]) for a in across] == [("1(b)", "2(b)")]


@pytest.mark.parametrize("correction", [("--unlink", "1(b)"), ("--new", "2(b)"),
                                        ("--unlink", "1.b"), ("--new", "2b")])
def test_a_proposed_move_is_corrected(cli: Callable[..., Run], tree: Path,
                                      correction: tuple[str, str]) -> None:
    run = _add(cli, tree, *correction)
    assert run.code == 0, run.err
    rows = _rows(run)
    assert not any(f"  {MOVED}  " in r for r in rows)
    assert "1(b) -> -  removed" in rows and "- -> 2(b)  added" in rows
    data = _saved(tree)
    moved = _sub(data, "2(b)")
    assert moved["id"] != "p1-b" and not moved.get("derived_from")
    recorded = data["alignment"]
    assert recorded["against"] == "2025-11-20-v1"
    if correction[0] == "--unlink":
        assert recorded["unlinked"] == [f"{OLD_REF}#p1-b"] and "new" not in recorded
    else:
        assert "unlinked" not in recorded and recorded["new"] == [moved["id"]]
    links, across = _rebuilt(cli, tree)
    assert across == []
    assert links == _printed_links(rows)


def test_a_move_the_aligner_missed_is_linked_by_place(cli: Callable[..., Run],
                                                      tree: Path) -> None:
    run = _add(cli, tree, "--dry-run", draft="v2r.txt")
    assert run.code == 0, run.err
    assert "1(b) -> -  removed" in _rows(run) and "- -> 2(b)  added" in _rows(run)
    run = _add(cli, tree, "--link", "1.b=2(b)", draft="v2r.txt")
    assert run.code == 0, run.err
    rows = _rows(run)
    assert any(row.startswith("1(b) -> 2(b)  moved  1.00  declared link, across parents: ")
               and "guarantors" in row for row in rows)  # with the words the link shares
    data = _saved(tree)
    assert _sub(data, "2(b)")["id"] == "p1-b"
    assert _sub(data, "2(b)")["derived_from"] == [f"{OLD_REF}#p1-b"]
    links, across = _rebuilt(cli, tree)
    assert links == _printed_links(rows)
    assert [(a["from"], a["to"]) for a in across] == [("1(b)", "2(b)")]


def test_mapping_csv_round_trip_with_a_move(cli: Callable[..., Run], tree: Path) -> None:
    out = tree / "map.csv"
    run = _add(cli, tree, "--dry-run", "--mapping-out", str(out))
    assert run.code == 0, run.err
    table = list(csv.reader(io.StringIO(out.read_text("utf-8"))))
    assert table[0] == ["old", "new", "kind", "confidence", "evidence", "review"]
    moved = [row for row in table if row[2] == MOVED]
    assert len(moved) == 1 and moved[0][:2] == ["1(b)", "2(b)"]
    assert moved[0][4].startswith("similar text, across parents: ")
    # Read back unedited, the mapping changes nothing: the same file as a plain add.
    run = _add(cli, tree, "--mapping", str(out))
    assert run.code == 0, run.err
    accepted = _saved(tree)
    (tree / "plans" / "accord" / "2025-12-24-v2.json").unlink()
    run = _add(cli, tree)
    assert run.code == 0, run.err
    assert _saved(tree) == accepted
    (tree / "plans" / "accord" / "2025-12-24-v2.json").unlink()
    # Edited: the reviewer says the commission of 2(b) is a new body, not 1(b) moved.
    edited = [row for row in table if row[2] != MOVED] + [["1(b)", "", "removed", "", ""],
                                                          ["", "2(b)", "added", "", ""]]
    with out.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(edited)
    run = _add(cli, tree, "--mapping", str(out))
    assert run.code == 0, run.err
    assert "corrections recorded in the file: 1 unlinked, 1 new" in run.out
    data = _saved(tree)
    assert data["alignment"]["unlinked"] == [f"{OLD_REF}#p1-b"]
    assert data["alignment"]["new"] == [_sub(data, "2(b)")["id"]]
    links, across = _rebuilt(cli, tree)
    assert across == [] and ("1(b)", "2(b)") not in links
    assert links == _printed_links(_rows(run))


CONFLICT_V1 = """# Accord, first draft
1. Security arrangements after signature:
(a) NATO agrees not to station troops on the territory of Ukraine.
(b) A joint monitoring commission chaired by the guarantors verifies the line of contact every month.
2. Economic measures agreed by the parties:
(a) Sanctions are lifted in stages, case by case, as agreed.
(b) A joint trade commission chaired by the parties verifies the sanctions relief every month.
"""  # noqa: E501

CONFLICT_V2 = """# Accord, second draft
1. Security arrangements after signature:
(a) NATO agrees not to station troops on the territory of Ukraine.
2. Economic measures agreed by the parties:
(a) Sanctions are lifted in stages, case by case, as agreed.
(b) A joint commission chaired by the guarantors verifies the line every month.
"""


def test_a_link_that_cannot_be_kept_is_refused_with_the_way_out(
        cli: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / "v1.txt").write_text(CONFLICT_V1, encoding="utf-8")
    (tmp_path / "v2.txt").write_text(CONFLICT_V2, encoding="utf-8")
    run = cli("add", str(tmp_path / "v1.txt"), "--document", "accord", "--version",
              "2025-11-20-v1", "--plans", str(tmp_path / "plans"), "--source-url",
              "https://example.org/v1")
    assert run.code == 0, run.err
    # The aligner pairs new 2(b) with old 2(b) inside the pair 2 -> 2; a link from 1(b) alone
    # would be silently overridden, so it is refused, saying what else to correct.
    run = _add(cli, tmp_path, "--link", "1(b)=2(b)")
    assert run.code == 2
    assert ("the link 1(b) -> 2(b) cannot be kept: new 2(b) stays paired with old 2(b)"
            in run.err)
    assert "--unlink 2(b)" in run.err and len(run.err.strip().splitlines()) == 1
    assert not (tmp_path / "plans" / "accord" / "2025-12-24-v2.json").exists()
    run = _add(cli, tmp_path, "--link", "1=2(b)")
    assert run.code == 2 and "a whole point and a sub-point are never paired" in run.err
    # Said where old 2(b) went, the move is kept and stored.
    run = _add(cli, tmp_path, "--link", "1(b)=2(b)", "--unlink", "2(b)")
    assert run.code == 0, run.err
    rows = _rows(run)
    assert any(row.startswith("1(b) -> 2(b)  moved  1.00  declared link, across parents: ")
               and "guarantors" in row for row in rows)  # with the words the link shares
    assert "2(b) -> -  removed" in rows
    links, across = _rebuilt(cli, tmp_path)
    assert links == _printed_links(rows)
    assert [(a["from"], a["to"]) for a in across] == [("1(b)", "2(b)")]


def test_points_are_named_by_place_number_or_id(cli: Callable[..., Run], tree: Path) -> None:
    for name in ("1(b)", "1.b", "1b", "1(B)", "p1-b"):
        run = _add(cli, tree, "--dry-run", "--unlink", name)
        assert run.code == 0, (name, run.err)
        assert "1(b) -> -  removed" in _rows(run)
    for name in ("1.z", "12"):  # a bare number is never read without its punctuation
        run = _add(cli, tree, "--dry-run", "--unlink", name)
        assert run.code == 2 and f"no old point '{name}'" in run.err


CASE = Path(__file__).resolve().parent.parent / "cases" / "move-across"


def test_moves_out_of_a_removed_point_and_into_an_added_one(cli: Callable[..., Run],
                                                           tmp_path: Path) -> None:
    """tests/cases/move-across added on top of its old version: four moves (one out of a
    dropped point, one into a new point, one two levels deep), each one row where it now
    stands; the author's ids give way to the carried ones; a later diff agrees."""
    plans = tmp_path / "plans"
    (plans / "accord").mkdir(parents=True)
    (plans / "accord" / "v1.json").write_bytes((CASE / "old.json").read_bytes())
    run = cli("add", str(CASE / "new.json"), "--plans", str(plans))
    assert_no_traceback(run)
    assert run.code == 0, run.err
    rows = _rows(run)
    shape = [(r.split("  ")[0], r.split("  ")[1]) for r in rows]
    assert shape == [
        ("1 -> 1", "pair"), ("1(a) -> 1(a)", "pair"), ("2 -> 2", "pair"),
        ("2(a) -> 2(a)", "pair"), ("1(b) -> 2(b)", "moved"), ("3(a) -> 2(c)", "moved"),
        ("3(a)(i) -> 2(c)(i)", "moved"), ("- -> 2(d)", "added"), ("- -> 3", "added"),
        ("1(c) -> 3(a)", "moved"), ("3 -> -", "removed"), ("3(b) -> -", "removed"),
        ("3(c) -> -", "removed"), ("4 -> -", "removed"), ("4(a) -> -", "removed")]
    saved = json.loads((plans / "accord" / "v2.json").read_text("utf-8"))
    ids = {p["number"]: p["id"] for top in saved["points"] for p in _walk(top)}
    assert (ids["2(b)"], ids["2(c)"], ids["2(c)(i)"], ids["3(a)"]) == (
        "o-mon", "o-assets", "o-profit", "o-pow")
    assert (ids["2(d)"], ids["3"]) == ("n-deleted", "n-hum")
    run = cli("diff", "accord@v1", "accord@v2", "--format", "json", "--plans", str(plans))
    data = json.loads(run.out)
    links = {(o, n) for c in data["changes"] for o in c["old_numbers"] for n in c["new_numbers"]}
    assert links == _printed_links(rows)
    assert [(c["across"]["from"], c["across"]["to"]) for c in data["changes"]
            if "across" in c] == [("1(b)", "2(b)"), ("3(a)", "2(c)"), ("3(a)(i)", "2(c)(i)"),
                                  ("1(c)", "3(a)")]


def _walk(point: dict[str, Any]) -> list[dict[str, Any]]:
    return [point, *(p for sub in point.get("points", []) for p in _walk(sub))]
