"""Property tests (issue #13): a plan rendered to HTML, Word or PDF imports back to the same
points and texts (bounded examples: rendering a PDF takes a fraction of a second)."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.layouts import (
    Layout,
    Pt,
    auto_docx,
    list_html,
    print_page,
    typed_body,
    typed_docx,
    typed_html,
)
from tests.plans.intake.test_layouts import _structure

WORDS = ("ceasefire", "border", "monitors", "sanctions", "elections", "fund", "parties",
         "guarantee", "region", "schools", "energy", "prisoners", "commission", "trade",
         "weekly", "joint", "civilian", "reconstruction", "treaty", "security")
REQUEST = DraftRequest(document="prop", version="2025-12-01-prop")


def _sentence(end: str, capital: bool) -> st.SearchStrategy[str]:
    def build(words: list[str]) -> str:
        text = " ".join(words)
        return (text[0].upper() + text[1:] if capital else text) + end

    return st.lists(st.sampled_from(WORDS), min_size=2, max_size=12).map(build)


@st.composite
def layouts(draw: st.DrawFn) -> Layout:
    count = draw(st.integers(1, 8))
    points = []
    lines = []
    for n in range(1, count + 1):
        text = draw(_sentence(".", True))
        subs = draw(st.lists(_sentence(";", False), max_size=3))
        if subs:
            text = text[:-1] + ":"
        lines.append(f"{n}. {text}")
        children = []
        for k, sub in enumerate(subs, 1):
            lines.append(f"• {sub}")
            children.append(Pt(f"{n}.{k}", sub))
        points.append(Pt(str(n), text, points=tuple(children)))
    return Layout("generated", "\n".join(lines) + "\n", tuple(points))


def _roundtrip(layout: Layout, data: bytes, suffix: str) -> None:
    imported = import_bytes(data, f"generated{suffix}", suffix, REQUEST)
    assert _structure(imported.plan.points) == layout.expected
    assert not imported.report.warnings


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(layouts())
def test_html_round_trip(layout: Layout) -> None:
    _roundtrip(layout, typed_html(layout).encode(), ".html")
    _roundtrip(layout, list_html(layout).encode(), ".html")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(layouts())
def test_docx_round_trip(layout: Layout) -> None:
    _roundtrip(layout, typed_docx(layout), ".docx")
    _roundtrip(layout, auto_docx(layout), ".docx")


ONE_LINE = Layout("generated", "1. Ceasefire ceasefire ceasefire monitors.\n",
                  (Pt("1", "Ceasefire ceasefire ceasefire monitors."),))
"""Found by hypothesis: on a one-page print the running header is not repeated, and its
glyphs are as tall as the body's (no capitals or descenders there to tell them apart); only
the font size PDFium reports shows it is smaller."""


_LONG_ITEM = "ceasefire " * 9 + "ceasefire;"
WRAPPED_ITEM = Layout(
    "generated", f"1. Border ceasefire ceasefire monitors fund:\n• border schools "
    f"prisoners;\n• {_LONG_ITEM}\n",
    (Pt("1", "Border ceasefire ceasefire monitors fund:",
        points=(Pt("1.1", "border schools prisoners;"), Pt("1.2", _LONG_ITEM))),))
"""Found by hypothesis: the line pitch inside an item (15 pt) was as much as 2.4 times the
glyph height, which counted as a paragraph gap, so the wrapped word became a paragraph of
its own; on a page whose paragraphs are set apart by spacing, only a step wider than the
line pitch is a gap now."""


_LAST_WORD = ("Security civilian region trade guarantee schools trade region civilian schools "
              "reconstruction.")
LAST_WORD_ALONE = Layout("generated", f"1. {_LAST_WORD}\n", (Pt("1", _LAST_WORD),))
"""Found by hypothesis: a one-point page whose last word wraps alone onto the next line. The
step between the two lines is 2.4 times the glyph height of a line of small letters, so it
counted as a paragraph gap and the word became a paragraph of its own; the line before
reaches the text column's right edge (the word would not have fitted there) and the step is
a line pitch for the font size, so it is the same paragraph wrapped."""


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(layouts())
@example(ONE_LINE)
@example(WRAPPED_ITEM)
@example(LAST_WORD_ALONE)
def test_pdf_round_trip(layout: Layout) -> None:
    import weasyprint

    data = weasyprint.HTML(string=print_page(typed_body(layout))).write_pdf()
    assert data is not None
    _roundtrip(layout, data, ".pdf")
