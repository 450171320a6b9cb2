"""Wire stories and press pages quoting a plan (press20): a dateline's lead is no title, a
list run together in a wrapped paragraph is read an item a line, a byline inside a point's
paragraph is counted, a numbered point's label is its title. Texts are the project's own,
in the shape of such pages."""

from __future__ import annotations

import dataclasses

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, PointsBy, import_bytes

REQUEST = DraftRequest(document="plan", version="2025-12-03-press")
DEFAULT_TITLE = "plan 2025-12-03-press"

POINTS = ("1. Both sides stop firing along the whole front.\n"
          "2. Neutral monitors watch the line of contact.\n"
          "3. Detainees are exchanged, all for all.\n")


def _import(text: str, name: str = "copy.txt",
            request: DraftRequest = REQUEST) -> ImportedDraft:
    return import_bytes(text.encode(), name, "." + name.rsplit(".", 1)[1], request)


def _messages(imported: ImportedDraft) -> str:
    return "\n".join(f.message for f in imported.report.findings)


LEADS = [
    "KYIV, Dec 3 - The draft, seen by this agency, sets out twenty points",
    "KYIV, Dec 3 (Wire) - The draft, seen by this agency, sets out that",
    "WASHINGTON — The draft the envoys carried to Moscow sets out twenty points",
    "Kyiv, December 3 — The framework the two sides discussed in Geneva holds",
    "NEW YORK, Dec. 3, 2025 (Wire) - The revised text lists these points",
    "КИЇВ, 3 грудня — Проєкт, який побачило агентство, передбачає",
    "МОСКВА, 3 декабря. /Агентство/ Проект, с которым ознакомилось агентство, включает",
]


@pytest.mark.parametrize("lead", LEADS)
def test_a_dateline_s_lead_is_no_title(lead: str) -> None:
    """"KYIV, Dec 3 - The draft … sets out twenty points" over the points, ending in no
    stop: it was the version's title. A dateline opens a story's lead, no headline: the
    title is left to a heading (none here: the default), the lead goes to the notes and
    is counted."""
    imported = _import(f"{lead}\n\n{POINTS}")
    assert imported.plan.title == DEFAULT_TITLE
    assert lead in (imported.plan.notes or "")
    assert "1 line(s) outside the points" in _messages(imported)
    assert len(imported.plan.points) == 3


def test_a_dateline_s_lead_over_a_list_read_a_line_a_point_is_no_title() -> None:
    """Read one point a line (--points-by lines), the lead was taken for a headline, the
    version's title. It is no title, and no point either: the lead goes to the notes."""
    request = dataclasses.replace(REQUEST, points_by=PointsBy.LINES)
    items = ("Both sides stop firing.", "Monitors watch the line.", "Detainees are exchanged.")
    imported = _import("\n\n".join((LEADS[0], *items)) + "\n", request=request)
    assert imported.plan.title == DEFAULT_TITLE
    assert [p.text for p in imported.plan.points] == list(items)
    assert LEADS[0] in (imported.plan.notes or "")


@pytest.mark.parametrize("headline", [
    "EXCLUSIVE - Draft plan would cap the army at 800,000",
    "NATO - what changes under the revised draft",
    "Ukraine, 20 points - what the plan says",
    "UPDATE 2 - Envoys meet again in Geneva",
])
def test_a_headline_with_a_dash_stays_the_title(headline: str) -> None:
    """A wire headline's label or a name before a dash is no dateline."""
    assert _import(f"{headline}\n\n{POINTS}").plan.title == headline
