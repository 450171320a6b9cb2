"""A news page whose article text is only in its structured data: a JSON-LD block holding a
``NewsArticle`` (or ``Article``, ``ReportageNewsArticle``; alone, in an array or an
``@graph``) with the text as ``articleBody``, the visible page a teaser or nothing. The points
are read from that text, as pasted text is, and the report says where they came from; a
block that is not JSON is ignored. Texts are the project's own."""

from __future__ import annotations

import json

import pytest

from plandiff.errors import InputError
from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes

REQUEST = DraftRequest(document="framework", version="2025-11-21-press")


def _page(*blocks: object, visible: str = "<p>Subscribe to read the full text.</p>",
          raw: str | None = None) -> bytes:
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(b, ensure_ascii=False)}'
                      "</script>" for b in blocks)
    if raw is not None:
        scripts += f'<script type="application/ld+json">{raw}</script>'
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Framework | News</title>"
            f"{scripts}</head><body><main><article><h1>Framework published</h1>{visible}"
            "</article></main></body></html>").encode()


def _points(imported: ImportedDraft) -> list[tuple[str, str]]:
    return [(p.number, p.text) for p in imported.plan.walk()]


def _said(imported: ImportedDraft) -> bool:
    return any("structured data" in f.message for f in imported.report.findings)


RUN_IN = ("The draft seen by this newsroom sets out these terms.1. Both parties confirm the "
          "sovereignty of each state. 2. A ceasefire takes effect three days after signature. "
          "3. Monitors from neutral states watch the line of contact.")


def test_run_in_article_body_in_an_array() -> None:
    page = _page([{"@context": "https://schema.org", "@type": "WebPage", "name": "News"},
                  {"@context": "https://schema.org", "@type": "NewsArticle",
                   "headline": "Framework published", "articleBody": RUN_IN}])
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _points(imported) == [
        ("1", "Both parties confirm the sovereignty of each state."),
        ("2", "A ceasefire takes effect three days after signature."),
        ("3", "Monitors from neutral states watch the line of contact.")]
    assert _said(imported)
    assert "sets out these terms" in (imported.plan.notes or "")


def test_a_graph_with_a_reportage_article_and_paragraphs_on_lines() -> None:
    body = ("Officials shared the outline below.\n\n1. Prisoners are exchanged all for all.\n"
            "2. Elections are held within one hundred days.\n\nThe other terms are unknown.")
    page = _page({"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "name": "News"},
        {"@type": ["ReportageNewsArticle"], "articleBody": body}]}, visible="")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    pasted = import_bytes(body.encode(), "body.txt", ".txt", REQUEST)  # as the text reader
    assert _points(imported) == _points(pasted)
    assert [(n, t.split("\n")[0]) for n, t in _points(imported)] == [
        ("1", "Prisoners are exchanged all for all."),
        ("2", "Elections are held within one hundred days.")]
    assert _said(imported)
    assert imported.plan.title == "Framework published"


def test_a_japanese_page() -> None:
    """（1）… one a line, and full-width １． run into the sentence before it."""
    on_lines = ("関係者が明らかにした枠組みの内容は次の通り。\n"
                "（1）当事者は国家の主権を確認する。\n（2）停戦は署名の三日後に発効する。\n（3）中立国の監視団が接触線を監視する。")
    run_in = ("関係者が明らかにした枠組みの内容は次の通り。１．当事者は国家の主権を確認する。"
              "２．停戦は署名の三日後に発効する。３．中立国の監視団が接触線を監視する。")
    expected = [("1", "当事者は国家の主権を確認する。"), ("2", "停戦は署名の三日後に発効する。"),
                ("3", "中立国の監視団が接触線を監視する。")]
    for body in (on_lines, run_in):
        page = _page({"@context": "https://schema.org", "@type": "NewsArticle",
                      "articleBody": body}, visible="<p>この記事は会員限定です。</p>")
        imported = import_bytes(page, "page.html", ".html", REQUEST)
        assert _points(imported) == expected, body
        assert _said(imported)


def test_visible_points_win() -> None:
    page = _page({"@type": "NewsArticle", "articleBody": RUN_IN},
                 visible="<p>1. Sovereignty is confirmed.</p><p>2. Monitors deploy.</p>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _points(imported) == [("1", "Sovereignty is confirmed."), ("2", "Monitors deploy.")]
    assert not _said(imported)


@pytest.mark.parametrize("raw", [
    '{"@type": "NewsArticle", "articleBody": "1. Sovereignty. 2. Monitors."',  # cut short
    "[" * 100_000 + "]" * 100_000,  # deeper than Python's JSON reader goes
    "not json at all",
    '{"@type": "WebPage", "articleBody": "1. Sovereignty.\\n2. Monitors."}',  # not an article
])
def test_malformed_or_other_blocks_are_ignored(raw: str) -> None:
    with pytest.raises(InputError, match="no numbered points found"):
        import_bytes(_page(raw=raw), "page.html", ".html", REQUEST)


@pytest.mark.parametrize("body", [
    "<p>Officials shared the outline below.</p><p>1. Prisoners are exchanged all for all.</p>"
    "<p>2. Elections are held within one hundred days.</p><p>The other terms are unknown.</p>",
    "<p>Officials shared the outline below.</p><ol><li>Prisoners are exchanged all for all."
    "</li><li>Elections are held within one hundred days.</li></ol>"
    "<p>The other terms are unknown.</p>",
    "Officials shared the outline below.<br/>1. Prisoners are exchanged all for all.<br />"
    "2. Elections are held within one hundred days.",
])
def test_html_markup_inside_the_article_body_is_read_as_markup(body: str) -> None:
    """Some sites put the article's HTML in ``articleBody``: its tags were read as text
    ("<p>1. Prisoners …</p>" gave no point, or a point ending in "</p>")."""
    page = _page({"@context": "https://schema.org", "@type": "NewsArticle",
                  "articleBody": body}, visible="")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert [(n, t.split("\n")[0]) for n, t in _points(imported)] == [
        ("1", "Prisoners are exchanged all for all."),
        ("2", "Elections are held within one hundred days.")]
    assert not any("<" in t for _, t in _points(imported))
    assert "<" not in (imported.plan.notes or "")
    assert _said(imported)


def test_html_entities_in_a_plain_article_body_are_characters() -> None:
    body = ("Officials shared the outline below.\n1. Prisoners are exchanged &quot;all for "
            "all&quot; &amp; at once.\n2. Elections are held within one hundred days.")
    page = _page({"@context": "https://schema.org", "@type": "NewsArticle",
                  "articleBody": body}, visible="")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _points(imported)[0] == ("1", 'Prisoners are exchanged "all for all" & at once.')


def test_a_structured_copy_of_the_visible_article_is_not_read_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A large page whose JSON-LD ``articleBody`` is the visible article again (the common
    case): the check for a paywall's teaser read the whole body a second time, every line of
    it, to find it says nothing more. A body with no word the page lacks is not read; one
    with more (a teaser's page) still is, and wins as before."""
    from plandiff.plans.intake import draft

    calls: list[int] = []
    parse = draft.parse_lines

    def counted(lines: object, **kwargs: object) -> object:
        calls.append(1)
        return parse(lines, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(draft, "parse_lines", counted)
    texts = [f"Point text number {n} of the draft, said in its own words." for n in
             range(1, 301)]
    visible = "".join(f"<p>{n}. {text}</p>" for n, text in enumerate(texts, 1))
    body = "\n".join(f"{n}. {text}" for n, text in enumerate(texts, 1))
    imported = import_bytes(_page({"@type": "NewsArticle", "articleBody": body},
                                  visible=visible), "page.html", ".html", REQUEST)
    assert len(imported.plan.points) == 300 and not _said(imported)
    assert len(calls) == 1
    calls.clear()
    teaser = "".join(f"<p>{n}. {text}</p>" for n, text in enumerate(texts[:2], 1))
    imported = import_bytes(_page({"@type": "NewsArticle", "articleBody": body},
                                  visible=teaser), "page.html", ".html", REQUEST)
    assert len(imported.plan.points) == 300 and _said(imported)
