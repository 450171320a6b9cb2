"""An explainer page's short numbered timeline (dates, three to five items) before the list
its lead-in names as the plan is the page's text, not a first part of the plan. Texts are
the project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.pages import messages as _messages
from tests.plans.intake.pages import page as _page
from tests.plans.intake.pages import tree as _tree

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")

POINTS = ("Ukraine's sovereignty is confirmed.", "A full ceasefire takes effect on signing.",
          "Monitors from neutral states watch the line.", "Prisoners are exchanged all for all.",
          "A fund for rebuilding is set up.", "Elections follow within a hundred days.")
PLAN = "<ol>" + "".join(f"<li>{text}</li>" for text in POINTS) + "</ol>"


@pytest.mark.parametrize("timeline", [
    ("21 November: Washington hands Kyiv a draft.", "23 November: talks in Geneva.",
     "30 November: a second round in Florida."),
    ("Nov. 21 — Washington hands Kyiv a draft.", "Nov. 23 — talks in Geneva.",
     "Dec. 2 — envoys meet in Moscow.", "Dec. 7 — a call between the leaders."),
    ("2014 — Crimea is annexed.", "2022 — the full-scale invasion.",
     "2025 — talks resume."),
])
def test_a_dated_timeline_before_the_named_plan_list_goes_to_the_notes(
        timeline: tuple[str, ...]) -> None:
    page = _page("<h1>Explainer: what is in the six-point plan</h1><h2>How we got here</h2>"
                 "<ol>" + "".join(f"<li>{item}</li>" for item in timeline) + "</ol>"
                 "<p>The plan's six points, as the ministry published them, read as "
                 "follows:</p>" + PLAN)
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), text) for n, text in enumerate(POINTS, 1)]
    notes = imported.plan.notes or ""
    for item in timeline:
        assert item in notes
    assert not any("announces" in m or "found" in m for m in _messages(imported))
    assert any("timeline" in m for m in _messages(imported))


def test_a_first_part_of_the_plan_without_dates_stays_the_plan_s() -> None:
    """Two numbered lists, the second named by its lead-in, the first's items no dates: the
    page gives the plan in two parts, and both stay points (no list is left out)."""
    page = _page("<h2>Security</h2><ol><li>Both sides stop firing.</li><li>Monitors watch "
                 "the line.</li><li>Heavy arms move back.</li></ol><p>The economic points "
                 "of the plan read:</p>" + PLAN)
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert len(_tree(imported)) == 3 + len(POINTS)
    assert not any("timeline" in m for m in _messages(imported))
