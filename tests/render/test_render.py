"""Renderers: the diff JSON is exactly ``json.dumps(indent=2)``; Markdown escapes plan text;
the terminal redline marks edits with and without colour."""

from __future__ import annotations

import json

from benchmarks.synth import generate

from plandiff.engine.compare import compare
from plandiff.engine.comparison import (
    Change,
    ChangeKind,
    Comparison,
    Flag,
    FlagKind,
    Span,
    SpanOp,
    Summary,
    VersionInfo,
)
from plandiff.plans.model import PlanVersion
from plandiff.render.json import comparison_to_dict, render_json
from plandiff.render.markdown import escape, redline, render_markdown
from plandiff.render.text import header, render_text
from tests.helpers import make_plan


def _comparison(changes: tuple[Change, ...]) -> Comparison:
    return Comparison(VersionInfo("doc", "v1"), VersionInfo("doc", "v2"), Summary(), changes)


def _change(spans: tuple[Span, ...], **extra: object) -> Change:
    fields: dict[str, object] = {
        "kind": ChangeKind.MODIFIED, "old": ("a",), "new": ("a",), "old_numbers": ("6",),
        "new_numbers": ("4",), "moved": True, "renumbered": True, "similarity": 0.123456,
        "topics": ("military-limits",), "spans": spans,
        "flags": (Flag(FlagKind.NUMBER, "600,000", "800,000"),)}
    fields.update(extra)
    return Change(**fields)  # type: ignore[arg-type]


def test_json_is_exactly_the_standard_library_output() -> None:
    pair = generate(80, seed=2)
    old = PlanVersion.model_validate(make_plan(points=[
        {"id": f"o{k}", "number": str(k + 1), "text": t} for k, t in enumerate(pair.old)]))
    new = PlanVersion.model_validate(make_plan(version="v2", points=[
        {"id": f"n{k}", "number": str(k + 1), "text": t} for k, t in enumerate(pair.new)]))
    comparison = compare(old, new)
    expected = json.dumps(comparison_to_dict(comparison), ensure_ascii=False, indent=2) + "\n"
    assert render_json(comparison) == expected
    empty = _comparison(())
    assert render_json(empty) == json.dumps(comparison_to_dict(empty), ensure_ascii=False,
                                            indent=2) + "\n"
    odd = _comparison((_change((Span(SpanOp.EQUAL, 'quote " back\\ \u2028 ü 👍'),),
                               flags=(), topics=()),))
    assert json.loads(render_json(odd))["changes"][0]["spans"][0]["text"].startswith('quote "')
    assert render_json(odd) == json.dumps(comparison_to_dict(odd), ensure_ascii=False,
                                          indent=2) + "\n"


def test_json_rounds_similarity() -> None:
    data = json.loads(render_json(_comparison((_change((Span(SpanOp.EQUAL, "x"),)),))))
    assert data["changes"][0]["similarity"] == 0.1235


def test_markdown_escapes_plan_text() -> None:
    hostile = "<script>alert(1)</script> [link](http://x) *b* _i_ `c` | ~~s~~ #h &amp;"
    out = escape(hostile)
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "\\[link\\](http://x)" in out and "\\*b\\*" in out and "\\_i\\_" in out
    assert "\\`c\\`" in out and "\\|" in out and "\\~\\~s\\~\\~" in out and "&amp;amp;" in out
    assert escape("- item\n1. first\n    code") == "\\- item\n1\\. first\n&#32;&#32;&#32;&#32;code"
    assert escape(" continues", at_line_start=False) == " continues"


def test_markdown_redline_uses_del_and_ins() -> None:
    change = _change((Span(SpanOp.EQUAL, "Capped at "), Span(SpanOp.DELETE, "600,000"),
                      Span(SpanOp.INSERT, "800,000"), Span(SpanOp.EQUAL, " troops.\n- next")))
    assert redline(change) == ("Capped at <del>600,000</del><ins>800,000</ins> troops.<br>\n"
                               "\\- next")
    report = render_markdown(_comparison((change,)))
    assert "| 6 | 4 | modified |" in report and "## Flags" in report


def test_text_header_and_plain_marks() -> None:
    change = _change((Span(SpanOp.EQUAL, "Capped at "), Span(SpanOp.DELETE, "600,000"),
                      Span(SpanOp.INSERT, "800,000")))
    assert header(change) == "4 (was 6) modified, moved — military-limits"
    removed = _change((Span(SpanOp.DELETE, "Gone."),), kind=ChangeKind.REMOVED, new=(),
                      new_numbers=(), moved=False, topics=())
    assert header(removed) == "(was 6) removed"
    plain = render_text(_comparison((change,)), color=False)
    assert "Capped at [-600,000-]{+800,000+}" in plain
    assert "! number: 600,000 → 800,000" in plain and "\x1b[" not in plain
    coloured = render_text(_comparison((change,)), color=True)
    assert "\x1b[" in coloured and "[-" not in coloured
