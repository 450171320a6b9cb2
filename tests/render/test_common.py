"""The rules every format shares (plandiff.render.common): one flag text, one mark per kind,
and one --changes-only rule applied the same way by text, Markdown, JSON and HTML."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from plandiff.engine.compare import compare
from plandiff.engine.comparison import ChangeKind, Flag, FlagKind, Span, SpanOp
from plandiff.plans.model import PlanVersion
from plandiff.render.common import (
    KIND_MARKS,
    MARK_LEGEND,
    flag_text,
    grouped_flag_texts,
    shown,
    visible,
    word_diff,
    word_diff_mark,
)
from plandiff.render.json import render_json
from plandiff.render.markdown import render_markdown
from plandiff.render.report import render_html
from plandiff.render.report.i18n import labels, value_label
from plandiff.render.text import render_text
from tests.helpers import make_plan


def _point(pid: str, number: str, text: str) -> dict[str, object]:
    return {"id": pid, "number": number, "text": text, "topics": ["ceasefire"]}


def _pair() -> tuple[PlanVersion, PlanVersion]:
    old = make_plan(version="v1", points=[
        _point("keep", "1", "Kestrel clause stays as it is."),
        _point("one", "2", "Osprey clause is only renumbered."),
        _point("two", "3", "Heron clause allows 600,000 troops."),
    ])
    new = make_plan(version="v2", date="2025-12-01", supersedes="v1", points=[
        _point("keep", "1", "Kestrel clause stays as it is."),
        _point("zero", "2", "Plover clause is new."),
        _point("one", "3", "Osprey clause is only renumbered."),
        _point("two", "4", "Heron clause allows 800,000 troops."),
    ])
    return PlanVersion.model_validate(old), PlanVersion.model_validate(new)


def test_flag_text_writes_a_missing_side_one_way() -> None:
    assert flag_text(Flag(FlagKind.NUMBER, "600,000", "800,000")) == \
        "number: 600,000 → 800,000"
    assert flag_text(Flag(FlagKind.PARTY, "", "EU")) == "party: ∅ → EU"
    assert flag_text(Flag(FlagKind.PARTY, "EU", "")) == "party: EU → ∅"


def test_every_kind_has_one_mark_and_the_legend_lists_them() -> None:
    assert set(KIND_MARKS) == set(ChangeKind)
    assert len(set(KIND_MARKS.values())) == len(ChangeKind)
    for kind, mark in KIND_MARKS.items():
        assert f"{mark} {kind.value}" in MARK_LEGEND


def test_changes_only_rule() -> None:
    old, new = _pair()
    comparison = compare(old, new)
    by_id = {(c.old or c.new)[0]: c for c in comparison.changes}
    assert by_id["one"].renumbered and by_id["one"].kind is ChangeKind.UNCHANGED
    assert [c.new[0] for c in visible(comparison.changes, True)] == ["zero", "two"]
    assert [shown(c) for c in comparison.changes] == [False, True, False, True]
    assert len(list(visible(comparison.changes, False))) == 4


def test_changes_only_is_the_same_in_every_format() -> None:
    old, new = _pair()
    comparison = compare(old, new)
    outputs = {
        "text": render_text(comparison, changes_only=True),
        "markdown": render_markdown(comparison, changes_only=True),
        "json": render_json(comparison, changes_only=True),
        "html": render_html(comparison, old, new, changes_only=True),
    }
    for name, out in outputs.items():
        assert "Plover" in out and "Heron" in out, name
        assert "Osprey" not in out, name  # renumbered only: folded everywhere
        assert "Kestrel" not in out, name
    data = json.loads(outputs["json"])
    assert [c["new"] for c in data["changes"]] == [["zero"], ["two"]]
    assert data["summary"]["unchanged"] == 2 and data["summary"]["renumbered"] == 2
    full = {
        "text": render_text(comparison),
        "markdown": render_markdown(comparison),
        "json": render_json(comparison),
        "html": render_html(comparison, old, new),
    }
    for name, out in full.items():
        assert "Osprey" in out and "Kestrel" in out, name


def test_word_diff_marks_deletions_and_insertions_like_git() -> None:
    spans = (Span(SpanOp.EQUAL, "allows "), Span(SpanOp.DELETE, "600,000"),
             Span(SpanOp.INSERT, "800,000"), Span(SpanOp.EQUAL, " troops"))
    assert word_diff(spans) == "allows [-600,000-]{+800,000+} troops"
    assert [word_diff_mark(s) for s in spans[1:3]] == ["[-600,000-]", "{+800,000+}"]


def test_the_text_diff_writes_the_same_marks() -> None:
    old, new = _pair()
    assert "[-600,000-]{+800,000+}" in render_text(compare(old, new), color=False)


def test_value_label_falls_back_to_the_value() -> None:
    t = labels("ja")
    assert value_label(t, "flag", "number") == t["flag.number"] != "number"
    assert value_label(t, "status", "no-such-status") == "no-such-status"


def test_many_parties_dropped_at_once_are_one_line() -> None:
    """An abridged copy of a long clause drops many names at once: three or more each way
    make one line listing them all; fewer, and a party replaced by another, keep theirs."""
    party, number = FlagKind.PARTY, FlagKind.NUMBER
    flags = [Flag(party, "Donetsk", ""), Flag(number, "4", ""), Flag(party, "Luhansk", ""),
             Flag(party, "Russia", "Ukraine"), Flag(party, "Kherson", ""),
             Flag(party, "", "EU"), Flag(party, "", "NATO")]
    assert grouped_flag_texts(flags) == [
        "party: Donetsk, Luhansk, Kherson → ∅", "number: 4 → ∅", "party: Russia → Ukraine",
        "party: ∅ → EU", "party: ∅ → NATO"]
    assert grouped_flag_texts(flags[:3]) == [
        "party: Donetsk → ∅", "number: 4 → ∅", "party: Luhansk → ∅"]


def _dropping_pair() -> tuple[PlanVersion, PlanVersion]:
    """Point 1 names four regions; the new copy names none of them."""
    old = make_plan(version="v1", points=[
        _point("terr", "1", "Troops leave Donetsk, Luhansk, Kherson and Zaporizhzhia by spring."),
        _point("keep", "2", "Kestrel clause stays as it is."),
    ])
    new = make_plan(version="v2", date="2025-12-01", supersedes="v1", points=[
        _point("terr", "1", "Troops leave the listed regions by spring."),
        _point("keep", "2", "Kestrel clause stays as it is."),
    ])
    return PlanVersion.model_validate(old), PlanVersion.model_validate(new)


def test_the_reports_list_many_dropped_parties_on_one_line() -> None:
    """The text, Markdown and HTML (and so PDF) reports group the parties one change drops as
    ``add`` prints them (:func:`grouped_flag_texts`): one line, not one each; the diff JSON
    keeps every flag."""
    old, new = _dropping_pair()
    comparison = compare(old, new)
    dropped = [f.old for c in comparison.changes for f in c.flags
               if f.kind is FlagKind.PARTY and not f.new]
    assert len(dropped) >= 3, comparison.changes
    line = f"party: {', '.join(dropped)} → ∅"
    text = render_text(comparison, color=False)
    assert f"! {line}" in text and f"! party: {dropped[1]} → ∅" not in text
    markdown = render_markdown(comparison)
    assert markdown.count(line) == 2, markdown  # the Flags list and the point's own list
    assert f"party: {dropped[1]} → ∅" not in markdown
    page = render_html(comparison, old, new)
    assert ", ".join(dropped) in page
    assert len(json.loads(render_json(comparison))["changes"][0]["flags"]) >= len(dropped)


def test_history_and_synopsis_group_many_dropped_parties_too(
        cli: Callable[..., Any]) -> None:
    """The territory clause's history (text and HTML) names the regions a step adds on one
    flag line, as the comparison reports do; the synopsis pages use the same grouping."""
    plans = str(Path(__file__).resolve().parents[2] / "plans")
    run = cli("history", "peace-framework", "--point", "territory", "--plans", plans)
    assert run.code == 0, run.err
    assert "flag party: ∅ → Donetsk, Luhansk, Zaporizhzhia, Kherson" in run.out, run.out
    assert "flag party: ∅ → Donbas\n" not in run.out
    page = cli("history", "peace-framework", "--point", "territory", "--plans", plans,
               "--format", "html")
    assert page.code == 0, page.err
    assert "Donetsk, Luhansk, Zaporizhzhia, Kherson" in page.out
