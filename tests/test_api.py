"""The public API of ``import plandiff`` (plandiff/__init__.py): lazy, and enough for a
script to load, compare and render without knowing the module layout."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import plandiff
from plandiff.errors import InputError, UsageError
from tests.helpers import PLANS, REPO

OLD = PLANS / "peace-framework" / "2025-11-20-us-28-point.json"
NEW = PLANS / "peace-framework" / "2025-12-24-20-point.json"


def test_import_plandiff_loads_no_layer() -> None:
    code = ("import sys, plandiff; plandiff.__version__; "
            "print(sorted(m for m in sys.modules if m.startswith('plandiff')))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, env={"PYTHONPATH": str(REPO / "src")}).stdout
    assert out.strip() == "['plandiff']"


def test_load_compare_render() -> None:
    old, new = plandiff.load(OLD), plandiff.load(str(NEW))
    comparison = plandiff.compare(old, new)
    assert plandiff.FORMATS[:5] == ("text", "markdown", "json", "html", "pdf")
    data = json.loads(plandiff.render(comparison, "json"))  # type: ignore[arg-type]
    assert data["new"]["version"] == "2025-12-24-20-point"
    text = plandiff.render(comparison)
    assert isinstance(text, str) and text.startswith("peace-framework@")
    html = plandiff.render_bytes(comparison, "html", old=old, new=new)
    assert html.startswith(b"<!DOCTYPE html>")


def test_render_says_what_is_missing() -> None:
    old = plandiff.load(OLD)
    comparison = plandiff.compare(old, old)
    with pytest.raises(UsageError, match="unknown format 'rtf'"):
        plandiff.render(comparison, "rtf")
    with pytest.raises(UsageError, match="pass old= and new="):
        plandiff.render(comparison, "pdf")


def test_load_errors_and_tree() -> None:
    with pytest.raises(InputError, match="no such file"):
        plandiff.load(PLANS / "nowhere.json")
    assert "peace-framework" in plandiff.load_tree(PLANS).documents()
    assert plandiff.InputError is InputError
    with pytest.raises(AttributeError):
        plandiff.no_such_name  # noqa: B018


def test_the_old_compare_path_still_works() -> None:
    from plandiff.compare import compare, compare_refs  # the deprecated re-export

    old = plandiff.load(OLD)
    assert compare(old, old).summary == plandiff.compare(old, old).summary
    comparison, _, new = compare_refs(str(OLD), str(NEW))
    assert new.version == "2025-12-24-20-point" and comparison.changes


def test_read_draft_and_compare_by_text(tmp_path: pytest.TempPathFactory) -> None:
    """A script reads two drafts as they reached it (a pasted text and a saved news page)
    and compares them: the drafts' ids are provisional (p1, p2 ...), so points pair by their
    text, the old point 2 with the new point 1, which restates it."""
    from pathlib import Path

    folder = Path(str(tmp_path))
    (folder / "old.txt").write_text(
        "Framework, 20 November 2025\n\n"
        "1. The parties confirm the country's sovereignty.\n"
        "2. A joint commission watches the line of contact every week.\n"
        "3. Elections are held within one hundred days of signing.\n", encoding="utf-8")
    (folder / "new.html").write_text(
        "<html><head><title>Two points</title></head><body><article>"
        "<h1>What the new draft says</h1>"
        "<p>1. A joint commission watches the line of contact every month.</p>"
        "<p>2. Elections are held within two hundred days of signing.</p>"
        "</article></body></html>", encoding="utf-8")
    old = plandiff.read_draft(folder / "old.txt")
    new = plandiff.read_draft(str(folder / "new.html"), version="draft-page")
    assert (old.report.points, new.report.points) == (3, 2)
    assert old.plan.version == "draft-old" and new.plan.version == "draft-page"
    assert [p.id for p in new.plan.points] == ["p1", "p2"]  # provisional
    data = json.loads(plandiff.render(plandiff.compare(old.plan, new.plan), "json"))

    def pairs(data: dict[str, list[dict[str, list[str]]]]) -> set[tuple[str, str]]:
        return {(",".join(c["old_numbers"]), ",".join(c["new_numbers"]))
                for c in data["changes"] if c["old_numbers"] and c["new_numbers"]}

    assert pairs(data) == {("2", "1"), ("3", "2")}
    assert data["summary"]["removed"] == 1
    with pytest.raises(InputError):
        plandiff.read_draft(folder / "missing.docx")


def test_compare_partial_reads_what_a_copy_leaves_out_as_not_reported() -> None:
    """``plandiff diff --partial`` from Python: a copy of the 28-point draft's first points,
    compared with the draft, leaves the rest not reported, never removed."""
    old = plandiff.load(OLD)
    copy = old.model_copy(update={"version": "2025-11-21-copy", "points": old.points[:3],
                                  "not_reported": ()})
    plain = plandiff.compare(old, copy).summary
    assert plain.removed > 0 and plain.not_reported == 0
    for summary in (plandiff.compare(old, copy, partial=True).summary,
                    plandiff.compare(old, copy, covers="1-3").summary):
        assert summary.removed == summary.not_reported == plain.removed
    with pytest.raises(UsageError):
        plandiff.compare(old, copy, covers="three")
