"""A pasted copy whose parts are headed by plain lines (no "Part B", no Markdown) and whose
numbering starts from 1 again in each part. Texts are the project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="outline", version="2025-11-21-parts")
_FIRST = [f"Security item {n} of the first part binds both sides." for n in range(1, 11)]
_SECOND = [f"Economic item {n} of the second part binds both sides." for n in range(1, 9)]


def _draft(first: str, second: str) -> str:
    return ("Outline of a settlement\n\n" + first + "\n\n"
            + "".join(f"{n}. {text}\n" for n, text in enumerate(_FIRST, 1)) + "\n" + second
            + "\n\n" + "".join(f"{n}. {text}\n" for n, text in enumerate(_SECOND, 1)))


@pytest.mark.parametrize(("first", "second"), [
    ("SECURITY ARRANGEMENTS", "ECONOMIC ARRANGEMENTS"),
    ("Security and the line of contact", "Trade, energy and reconstruction"),
    ("Безопасность", "Экономика"), ("A. Security", "B. Economy")])
def test_a_plain_heading_before_a_restart_heads_the_part(first: str, second: str) -> None:
    imported = import_bytes(_draft(first, second).encode(), "parts.txt", ".txt", REQUEST)
    plan = imported.plan
    assert not imported.report.warnings, imported.report.lines()
    assert [(p.id, p.text) for p in plan.points] == [
        *((f"part1-p{n}", text) for n, text in enumerate(_FIRST, 1)),
        *((f"part2-p{n}", text) for n, text in enumerate(_SECOND, 1))]
    assert second in (plan.notes or "")


def test_a_points_last_words_alone_on_a_line_stay_with_it() -> None:
    """No blank line above, or small letters: the end of the point, not a heading (and the
    second list is a numbering that goes back, as it was)."""
    draft = ("1. The first side withdraws.\n2. The second side withdraws from the\n"
             "eastern districts\n\n1. Trade resumes.\n2. Energy flows again.\n")
    imported = import_bytes(draft.encode(), "parts.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points][1] == (
        "The second side withdraws from the eastern districts")
