"""Shared by the printed-redline round trips (``test_pdf_redline_roundtrip.py``,
``test_pdf_redline_bracketed_roundtrip.py``): write plandiff's Word redline of a pair of
shipped plans, print Word files to PDF with one LibreOffice run, and compare two imports
point by point."""

from __future__ import annotations

import subprocess
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.intake.draft import ImportedDraft
from plandiff.plans.model import Point
from tests.render.docx.pandoc_text import require

PLANS = Path(__file__).resolve().parents[3] / "plans"


@dataclass(frozen=True)
class Redline:
    """One redline read twice: from the Word file and from its printed PDF."""

    docx: ImportedDraft
    pdf: ImportedDraft


def write_redline(document: str, old: str, new: str, out: Path) -> None:
    """``plandiff diff`` of two shipped versions as a Word redline at ``out``."""
    from plandiff.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["diff", str(PLANS / document / f"{old}.json"),
              str(PLANS / document / f"{new}.json"), "--format", "docx", "-o", str(out)])
    assert exited.value.code in (0, None)


def print_to_pdf(folder: Path, names: Iterable[str]) -> None:
    """``folder/NAME.docx`` → ``folder/NAME.pdf`` for every name, in one soffice run."""
    subprocess.run([require("soffice"), f"-env:UserInstallation={(folder / 'lo').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(folder),
                    *(str(folder / f"{name}.docx") for name in names)],
                   check=True, capture_output=True, timeout=300)


def read_both(folder: Path, name: str, request: DraftRequest) -> Redline:
    """``folder/NAME.docx`` and its printed ``NAME.pdf``, each imported as a draft."""
    return Redline(*(import_bytes((folder / f"{name}.{ext}").read_bytes(), f"{name}.{ext}",
                                  f".{ext}", request) for ext in ("docx", "pdf")))


def walk(points: tuple[Point, ...]) -> Iterator[Point]:
    """Every point, each before its sub-points."""
    for point in points:
        yield point
        yield from walk(point.points)


def shape(draft: ImportedDraft) -> list[tuple[str, str | None, str]]:
    """Number, title and text of every point, in order: what two readings must agree on."""
    return [(p.number, p.title, p.text) for p in walk(draft.plan.points)]
