"""Pages a browser fills by running their scripts, saved before they ran: the visible body
is an empty shell, and the article stands in a ``<noscript>`` copy, in a frame's own
document (``<iframe srcdoc>``) or in the framework's page state (Next.js'
``<script id="__NEXT_DATA__" type="application/json">``, Nuxt 3's ``__NUXT_DATA__``, Nuxt 2's
``window.__NUXT__=(function(…){…}(…))``, a store's ``window.__INITIAL_STATE__ = {…}``).
The points are read from there, and the report says where. Texts are the project's own."""

from __future__ import annotations

import html
import json

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.plans.intake.pages import messages, tree

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")

POINTS = ["Both sides cease fire along the entire line of contact at midnight.",
          "Heavy weapons are withdrawn twenty kilometres from the line.",
          "An observer mission of neutral states monitors compliance.",
          "Prisoners of war are exchanged all for all within thirty days.",
          "Sanctions are lifted in stages tied to verified compliance."]
ARTICLE = ("<p>The draft, seen by the Daily, reads:</p><ol>"
           + "".join(f"<li>{p}</li>" for p in POINTS)
           + "</ol><p>Neither side has commented on the text so far.</p>")


def _shell(inside: str, scripts: str = "") -> bytes:
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>The "
            "five-point draft in full | The Daily</title></head><body><div id=\"root\">"
            f"<div class=\"spinner\"></div></div>{inside}{scripts}<script src=\"/app.js\">"
            "</script></body></html>").encode()


def _next_data(state: object) -> str:
    return (f"<script id=\"__NEXT_DATA__\" type=\"application/json\">{json.dumps(state)}"
            "</script>")


PAGES = {
    "noscript": _shell(f"<noscript><h1>The five-point draft in full</h1>{ARTICLE}</noscript>"),
    "srcdoc": _shell("<main><h1>The five-point draft in full</h1><iframe title=\"document\" "
                     f"srcdoc=\"{html.escape(f'<html><body>{ARTICLE}</body></html>')}\">"
                     "</iframe></main>"),
    "next-html": _shell("", _next_data({"props": {"pageProps": {"story": {
        "title": "The five-point draft in full", "content": {"html": ARTICLE}}}},
        "page": "/story/[slug]", "buildId": "b1"})),
    "next-blocks": _shell("", _next_data({"props": {"pageProps": {"article": {
        "headline": "The five-point draft in full", "url": "https://daily.example/a/1",
        "body": [{"type": "paragraph", "text": "The draft, seen by the Daily, reads:"}]
        + [{"type": "paragraph", "text": f"{n}. {p}"} for n, p in enumerate(POINTS, 1)]
        + [{"type": "paragraph", "text": "Neither side has commented on the text so far."}]}}},
        "page": "/world/[slug]", "buildId": "b1"})),
}
_JS_ARTICLE = (json.dumps(ARTICLE).replace("<", "\\u003C").replace("/", "\\u002F"))
"""The article as Nuxt 2 writes a string into its state: a JavaScript literal, its ``<`` and
``/`` escaped."""
PAGES |= {
    # Nuxt 2: the state is a function call, no JSON (its literals are read, nothing run)
    "nuxt": _shell("<div id=\"__nuxt\"></div>", "<script>window.__NUXT__=(function(a,b,c){"
                   "return {layout:\"default\",data:[{story:{title:\"The five-point draft in "
                   f"full\",body:{_JS_ARTICLE},tags:[a]}}}}],fetch:{{}},error:a,"
                   "serverRendered:b}}(null,true,\"x\"));</script>"),
    # a store's state assigned to the window, paragraphs in an array
    "initial-state": _shell("", "<script>window.__INITIAL_STATE__ = " + json.dumps({
        "article": {"id": 17, "paragraphs": ["The draft, seen by the Daily, reads:"]
                    + [f"{n}. {p}" for n, p in enumerate(POINTS, 1)]
                    + ["Neither side has commented on the text so far."]}}) + ";</script>"),
    # Nuxt 3: the state serialised as a JSON array
    "nuxt3": _shell("<div id=\"__nuxt\"></div>", "<script type=\"application/json\" "
                    "id=\"__NUXT_DATA__\" data-ssr=\"true\">" + json.dumps(
                        [["ShallowReactive", 1], {"data": 2}, {"story": 3}, {"html": 4},
                         ARTICLE]) + "</script>"),
}
WHERE = {"noscript": "<noscript>", "srcdoc": "srcdoc", "next-html": "application/json",
         "next-blocks": "application/json", "nuxt": "window.__NUXT__",
         "initial-state": "window.__INITIAL_STATE__", "nuxt3": "application/json"}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_an_empty_shell_s_article_is_read_where_the_page_holds_it(name: str) -> None:
    """It gave "no text in the page's main content"."""
    imported: ImportedDraft = import_bytes(PAGES[name], "page.html", ".html", REQUEST)
    assert tree(imported) == [(str(n), p) for n, p in enumerate(POINTS, 1)]
    assert "Neither side has commented" in (imported.plan.notes or "")
    assert any(WHERE[name] in m and "no numbered points" in m for m in messages(imported)), \
        messages(imported)


def test_a_page_with_its_points_in_sight_reads_them_and_not_its_noscript_copy() -> None:
    """A page whose body shows the points keeps them; a <noscript> teaser is not looked at."""
    page = _shell("<main><article><h1>The draft</h1>" + "".join(
        f"<p>{n}. {p}</p>" for n, p in enumerate(POINTS, 1)) + "</article></main>"
        "<noscript><p>Please enable JavaScript to read the comments.</p></noscript>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert tree(imported) == [(str(n), p) for n, p in enumerate(POINTS, 1)]
    assert not any("noscript" in m for m in messages(imported))


def test_a_teaser_over_a_nuxt_state_reads_the_whole_list_once() -> None:
    """The visible page shows the first two points; the whole article is in Nuxt 2's state.
    Every point is read from there, once (the teaser's two are not read a second time)."""
    teaser = ("<main><article><h1>The five-point draft in full</h1><p>The draft, seen by the "
              "Daily, reads:</p>" + "".join(f"<p>{n}. {p}</p>" for n, p in
                                             enumerate(POINTS[:2], 1)) + "</article></main>")
    page = _shell(teaser, "<script>window.__NUXT__=(function(a){return {data:[{story:{body:"
                  f"{_JS_ARTICLE}}}}}]}}}}(null));</script>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert tree(imported) == [(str(n), p) for n, p in enumerate(POINTS, 1)]
    assert any("window.__NUXT__" in m for m in messages(imported)), messages(imported)


TEASER_TITLE = "What the five-point draft says"
TEASER_LEAD = "Negotiators circulated a short text this week; every clause is set out below."


def _teaser(state: object) -> bytes:
    """A Next.js page saved with its teaser in sight (the headline, the lead, the first
    point) and the whole story in its page state."""
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
            f"{TEASER_TITLE} | The Courier</title><meta name=\"description\" content=\""
            f"{TEASER_LEAD}\"><meta property=\"og:description\" content=\"{TEASER_LEAD}\">"
            "</head><body><div id=\"__next\"><main><article>"
            f"<h1>{TEASER_TITLE}</h1><p class=\"standfirst\">{TEASER_LEAD}</p>"
            f"<p>The draft, seen by the Courier, reads:</p><p>1. {POINTS[0]}</p>"
            "<div class=\"paywall\"><p>Subscribe to read the whole story.</p></div>"
            f"</article></main></div>{_next_data(state)}</body></html>").encode()


def test_a_next_js_teaser_s_notes_hold_the_title_and_lead_no_more_than_once() -> None:
    """The story in the page state gives its headline and standfirst as fields and again as
    the first blocks of its body: the notes held the headline twice and the lead twice.
    The headline is the version's title; the lead stands once; the report counts what was
    left out."""
    blocks = [{"type": "heading", "text": TEASER_TITLE},
              {"type": "paragraph", "text": TEASER_LEAD},
              {"type": "paragraph", "text": "The draft, seen by the Courier, reads:"}]
    blocks += [{"type": "paragraph", "text": f"{n}. {p}"} for n, p in enumerate(POINTS, 1)]
    blocks += [{"type": "paragraph", "text": "Neither side has commented on the text so far."}]
    state = {"props": {"pageProps": {"article": {"headline": TEASER_TITLE,
                                                 "standfirst": TEASER_LEAD, "body": blocks}}},
             "page": "/news/[slug]", "buildId": "c4"}
    imported = import_bytes(_teaser(state), "page.html", ".html", REQUEST)
    assert tree(imported) == [(str(n), p) for n, p in enumerate(POINTS, 1)]
    assert imported.plan.title == TEASER_TITLE
    assert (imported.plan.notes or "").split("\n\n") == [
        TEASER_LEAD, "The draft, seen by the Courier, reads:",
        "Neither side has commented on the text so far."]
    assert any("left out 3 paragraph(s) of the notes repeating the page's title or lead" in m
               for m in messages(imported)), messages(imported)


def test_a_lead_standing_once_and_a_title_said_in_a_sentence_stay() -> None:
    """Only a paragraph that is the title, or the lead a second time, leaves the notes: the
    lead once, and a paragraph that quotes the title within a sentence, stay."""
    blocks = [{"type": "paragraph", "text": TEASER_LEAD},
              {"type": "paragraph", "text": f"Under the headline “{TEASER_TITLE}”, the "
                                            "Courier set out the draft it was shown:"}]
    blocks += [{"type": "paragraph", "text": f"{n}. {p}"} for n, p in enumerate(POINTS, 1)]
    state = {"props": {"pageProps": {"article": {"body": blocks}}}, "page": "/news/[slug]"}
    imported = import_bytes(_teaser(state), "page.html", ".html", REQUEST)
    assert tree(imported) == [(str(n), p) for n, p in enumerate(POINTS, 1)]
    notes = (imported.plan.notes or "").split("\n\n")
    assert notes[0] == TEASER_LEAD
    assert notes[1].startswith("Under the headline")
    assert not any("repeating the page's title" in m for m in messages(imported))


def _flight(rows: str, size: int = 120) -> str:
    """A Next.js App Router page's stream (React's "flight" rows), pushed in chunks as its
    scripts do (``self.__next_f.push([1,"…"])``)."""
    return "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" + "".join(
        f"<script>self.__next_f.push({json.dumps([1, rows[at:at + size]])})</script>"
        for at in range(0, len(rows), size))


@pytest.mark.parametrize("shape", ["html", "elements", "text-row"])
def test_a_next_js_app_router_teaser_reads_the_story_in_its_stream(shape: str) -> None:
    """The page shows two points and a paywall's box; the whole story is in the stream its
    scripts push (``self.__next_f``): as HTML set into an element, as elements whose
    children are the paragraphs, or as a text row (``T…,``). Only the two were read."""
    if shape == "html":
        rows = ('2:["$","article",null,{"children":["$","div",null,{"dangerouslySetInnerHTML":'
                + json.dumps({"__html": ARTICLE}) + "}]}]\n")
    elif shape == "elements":
        paragraphs = ["The draft, seen by the Daily, reads:",
                      *(f"{n}. {p}" for n, p in enumerate(POINTS, 1)),
                      "Neither side has commented on the text so far."]
        rows = ('3:["$","article",null,{"children":' + json.dumps(
            [["$", "p", str(at), {"children": text}] for at, text in enumerate(paragraphs)])
            + "}]\n")
    else:
        body = ARTICLE.encode()
        rows = f'4:T{len(body):x},{ARTICLE}5:["$","div",null,{{"children":"$4"}}]\n'
    teaser = ("<main><article><h1>The five-point draft in full</h1><p>The draft, seen by the "
              "Daily, reads:</p><ol>" + "".join(f"<li>{p}</li>" for p in POINTS[:2])
              + "</ol><div class=\"paywall\"><p>Subscribe to continue reading</p></div>"
              "</article></main>")
    imported = import_bytes(_shell(teaser, _flight(rows)), "page.html", ".html", REQUEST)
    assert tree(imported) == [(str(n), p) for n, p in enumerate(POINTS, 1)]
    assert any("self.__next_f" in m for m in messages(imported)), messages(imported)
