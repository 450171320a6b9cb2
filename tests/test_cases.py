"""Golden cases: the diff JSON, Markdown and plain-text redline of every tests/cases/ folder
match the committed expected files (regenerate with ``python tests/regen_cases.py``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.regen_cases import CASES, OUTPUTS, case_dirs, render_case

REQUIRED = {"renumbering", "move", "move-edit", "split", "merge", "add-remove",
            "near-duplicates", "japanese", "peace-28-20"}


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
def test_expected_json_keeps_the_span_invariant(case: Path) -> None:
    old = json.loads((case / "old.json").read_text("utf-8"))
    new = json.loads((case / "new.json").read_text("utf-8"))

    def texts(plan: dict) -> dict[str, str]:
        out: dict[str, str] = {}
        stack = list(plan["points"])
        while stack:
            p = stack.pop()
            out[p["id"]] = p["text"]
            stack.extend(p.get("points", []))
        return out

    old_texts, new_texts = texts(old), texts(new)
    diff = json.loads((case / "expected.json").read_text("utf-8"))
    for change in diff["changes"]:
        rebuilt_old = "".join(s["text"] for s in change["spans"] if s["op"] != "insert")
        rebuilt_new = "".join(s["text"] for s in change["spans"] if s["op"] != "delete")
        assert rebuilt_old == "\n".join(old_texts[i] for i in change["old"])
        assert rebuilt_new == "\n".join(new_texts[i] for i in change["new"])


def test_cases_folder_is_where_the_script_writes() -> None:
    assert Path(__file__).resolve().parent / "cases" == CASES
