"""A Word redline that plandiff wrote comes back as the new version: a reviewer who receives
``plandiff diff --format docx``, accepts it (or saves it again in LibreOffice) and sends it
back must be able to ``plandiff import`` it without losing a point, a title or a sub-point.

What this needs from the Word reader: a number typed before a tab (``12⇥``, ``10(a)⇥``) is a
marker, a bold first line before a line break is the point's title, a paragraph whose mark is a
tracked deletion runs on into the next one, and the "Sources and notes" section after the
points goes to the notes, not into the last point."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tests.render.docx.pandoc_text import require

OLD = """# Accord

1. Ceasefire: The parties observe a full ceasefire.
   (a) Troops withdraw 10 km.
   (b) Heavy weapons are stored.
   (c) Prisoners are exchanged within 30 days.
2. Monitoring: A joint commission monitors the line.
3. Elections are held within 100 days.
"""

NEW = """# Accord, second draft

1. Ceasefire: The parties observe a full and lasting ceasefire.
   (a) Troops withdraw 15 km.
   (b) Heavy weapons are stored under monitoring.
2. Monitoring: A joint commission of observers monitors the line and reports monthly.
3. Elections are held within 100 days of signing.
4. Reconstruction: A fund pays for rebuilding schools.
"""


def _walk(points: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for point in points:
        yield point
        yield from _walk(point.get("points", []))


def _shape(plan: dict[str, Any]) -> list[tuple[str, str | None, str]]:
    return [(p["number"], p.get("title"), p["text"]) for p in _walk(plan["points"])]


def _redline(tmp_path: Path, cli: Callable[..., Any]) -> tuple[Path, dict[str, Any]]:
    versions = []
    for name, text, version in (("old", OLD, "2025-01-01-a"), ("new", NEW, "2025-02-01-b")):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        run = cli("import", str(tmp_path / f"{name}.txt"), "--document", "accord",
                  "--version", version, "-o", str(tmp_path / f"{name}.json"))
        assert run.code == 0, run.err
        versions.append(tmp_path / f"{name}.json")
    run = cli("diff", *map(str, versions), "--format", "docx", "-o",
              str(tmp_path / "redline.docx"))
    assert run.code == 0, run.err
    return tmp_path / "redline.docx", json.loads(versions[1].read_text("utf-8"))


def _import(path: Path, cli: Callable[..., Any]) -> dict[str, Any]:
    run = cli("import", str(path), "--document", "accord", "--version", "2025-03-01-back")
    assert run.code == 0, run.err
    assert "warning:" not in run.err, run.err
    plan: dict[str, Any] = json.loads(run.out)
    return plan


def test_the_redline_imports_as_the_new_version(tmp_path: Path,
                                                cli: Callable[..., Any]) -> None:
    redline, new = _redline(tmp_path, cli)
    back = _import(redline, cli)
    assert _shape(back) == _shape(new)
    assert "Sources and notes" in back["notes"]


def test_the_redline_saved_again_by_libreoffice_imports_as_the_new_version(
        tmp_path: Path, cli: Callable[..., Any]) -> None:
    redline, new = _redline(tmp_path, cli)
    out = tmp_path / "saved"
    subprocess.run([require("soffice"), "--headless", "--convert-to", "docx", "--outdir",
                    str(out), str(redline)], check=True, capture_output=True, timeout=300)
    back = _import(out / "redline.docx", cli)
    assert _shape(back) == _shape(new)
