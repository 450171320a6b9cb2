"""``plandiff diff`` and ``plandiff history`` on a pair whose sub-points moved to other
parents (tests/cases/move-across)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from tests.helpers import Run, assert_no_traceback

CASE = Path(__file__).resolve().parent.parent / "cases" / "move-across"
OLD, NEW = str(CASE / "old.json"), str(CASE / "new.json")


def test_diff_shows_each_move_once_with_its_places(cli: Callable[..., Run]) -> None:
    run = cli("diff", OLD, NEW, "--changes-only")
    assert_no_traceback(run)
    assert run.code == 0
    # 5 removed: old 3, 3(b), 3(c), 4, 4(a); 2 added: 2(d), 3; the four moves in neither
    assert "2 added, 5 removed; 4 moved" in run.out.splitlines()[1]
    for old, new in (("1(b)", "2(b)"), ("3(a)", "2(c)"), ("3(a)(i)", "2(c)(i)"),
                     ("1(c)", "3(a)")):
        assert run.out.count(f"moved {old} → {new}") == 1
        assert f"(was {old}) removed" not in run.out


def test_diff_json_and_explain(cli: Callable[..., Run]) -> None:
    run = cli("diff", OLD, NEW, "--format", "json", "--explain")
    assert_no_traceback(run)
    data = json.loads(run.out)
    moves = [c for c in data["changes"] if "across" in c]
    assert [m["across"]["from"] for m in moves] == ["1(b)", "3(a)", "3(a)(i)", "1(c)"]
    assert all(m["moved"] and "across parents" in m["explain"]["why"] for m in moves)


def test_history_follows_the_moved_sub_point(cli: Callable[..., Run], tmp_path: Path) -> None:
    for name, version in (("old.json", "v1"), ("new.json", "v2")):
        (tmp_path / "accord").mkdir(exist_ok=True)
        shutil.copyfile(CASE / name, tmp_path / "accord" / f"{version}.json")
    run = cli("history", "accord", "--point", "o-assets", "--plans", str(tmp_path))
    assert_no_traceback(run)
    assert run.code == 0
    assert "point 3(a)" in run.out and "point 2(c)" in run.out
    assert "moved 3(a) → 2(c)" in run.out
    html = tmp_path / "history.html"
    run = cli("history", "accord", "--point", "o-mon", "--plans", str(tmp_path),
              "--format", "html", "-o", str(html))
    assert_no_traceback(run)
    assert "moved from 1(b) (another point) to 2(b)" in html.read_text("utf-8")
