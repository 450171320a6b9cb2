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
    assert plandiff.FORMATS == ("text", "markdown", "json", "html", "pdf")
    data = json.loads(plandiff.render(comparison, "json"))  # type: ignore[arg-type]
    assert data["new"]["version"] == "2025-12-24-20-point"
    text = plandiff.render(comparison)
    assert isinstance(text, str) and text.startswith("peace-framework@")
    html = plandiff.render_bytes(comparison, "html", old=old, new=new)
    assert html.startswith(b"<!DOCTYPE html>")


def test_render_says_what_is_missing() -> None:
    old = plandiff.load(OLD)
    comparison = plandiff.compare(old, old)
    with pytest.raises(UsageError, match="unknown format 'docx'"):
        plandiff.render(comparison, "docx")
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
