"""``plandiff diff --format docx`` end to end, in-process: the file, the refusal to write
binary data to a terminal, bad --lang, byte-identical output."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from plandiff.plans.loading import load_plan
from tests.helpers import Run, assert_no_traceback, make_plan, write_plan
from tests.render.docx import ooxml_text

CliRun = Callable[..., Run]


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    old = make_plan(version="v1")
    new = make_plan(version="v2", supersedes="v1", date="2025-12-01", points=[
        {"id": "two", "number": "1", "text": "Elections within 60 days.",
         "points": [{"id": "two-a", "number": "1(a)", "text": "Observers attend."}]},
        {"id": "one", "number": "2", "text": "The parties shall observe a ceasefire."},
    ])
    return write_plan(tmp_path / "plans", old), write_plan(tmp_path / "plans", new)


def test_docx_file_with_tracked_changes(cli: CliRun, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547200")
    old, new = _pair(tmp_path)
    out = tmp_path / "redline.docx"
    run = cli("diff", str(old), str(new), "--format", "docx", "-o", str(out))
    assert run.code == 0, run.err
    data = out.read_bytes()
    assert zipfile.is_zipfile(out)
    assert ooxml_text.point_texts(data, "accept") == ooxml_text.expected_points(
        load_plan(new, str(new)))
    assert ooxml_text.point_texts(data, "reject") == ooxml_text.expected_points(
        load_plan(old, str(old)))
    again = tmp_path / "again.docx"
    assert cli("diff", str(old), str(new), "--format", "docx", "-o", str(again)).code == 0
    assert again.read_bytes() == data


def test_docx_bad_label_language_is_a_usage_error(cli: CliRun, tmp_path: Path) -> None:
    old, new = _pair(tmp_path)
    run = cli("diff", str(old), str(new), "--format", "docx", "-o", str(tmp_path / "x.docx"),
              "--lang", "xx")
    assert run.code == 2
    assert_no_traceback(run)
    assert "xx" in run.err
