"""Every word of a PDF report stays inside the page's margins, in every report language:
a table whose headers are long words in one language (Russian "без изменений", Ukrainian
"без змін") must wrap them, not run past the right edge of the page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest

from tests.helpers import Run

REPO = Path(__file__).resolve().parents[2]
PLANS = REPO / "plans" / "peace-framework"
PRESS = REPO / "tests" / "fixtures" / "press"
SIDE_MM = {"diff": 17, "history": 17, "synopsis": 12}
"""The side margins of each report's ``@page`` (report.css; synopsis.css, landscape)."""


@pytest.mark.parametrize(("old", "new"), [
    (PLANS / "2025-11-20-us-28-point-ru.json", PRESS / "ru-28-selected-points.html"),
    (PLANS / "2025-12-24-20-point-uk.json", PRESS / "uk-19-point-summary.txt"),
    (PLANS / "2025-11-20-us-28-point-ja.json", PLANS / "2025-12-24-20-point-ja.json"),
    (PLANS / "2025-11-20-us-28-point.json", PLANS / "2025-12-24-20-point.json"),
], ids=["ru", "uk", "ja", "en"])
def test_no_word_of_a_diff_runs_past_the_side_margins(old: Path, new: Path, tmp_path: Path,
                                                    cli: Callable[..., Run]) -> None:
    _inside_the_margins(cli, tmp_path, "diff", str(old), str(new))


@pytest.mark.parametrize("lang", ["ru", "uk", "ja"])
@pytest.mark.parametrize("command", [("history", "peace-framework"),
                                     ("synopsis", "peace-framework", "--all")],
                         ids=["history", "synopsis"])
def test_no_word_of_a_history_or_synopsis_runs_past_the_side_margins(
        command: tuple[str, ...], lang: str, tmp_path: Path, cli: Callable[..., Run]) -> None:
    _inside_the_margins(cli, tmp_path, *command, "--lang", lang)


def _inside_the_margins(cli: Callable[..., Run], tmp_path: Path, *args: str) -> None:
    out = tmp_path / "report.pdf"
    run = cli(*args, "--format", "pdf", "-o", str(out))
    assert run.code == 0, run.err
    margin = SIDE_MM[args[0]] / 25.4 * 72
    outside = []
    with pdfplumber.open(out) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            for word in page.extract_words():
                if word["x1"] > page.width - margin + 1 or word["x0"] < margin - 1:
                    outside.append((number, word["text"], round(word["x0"]), round(word["x1"])))
    assert not outside, outside[:10]
