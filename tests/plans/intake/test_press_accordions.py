"""A page listing a plan's points in an accordion: a button or a ``<summary>`` over each
point, its text in a panel a click opens. A saved page holds every panel, closed. Texts
are the project's own."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.pages import messages
from tests.plans.intake.pages import page as _page

REQUEST = DraftRequest(document="outline", version="2025-12-01-press")
TEXTS = tuple(f"Clause text number {n}: the parties settle matter {n} by talks." for n in
              range(1, 29))


def _import(body: str) -> list[tuple[str, str | None, str]]:
    imported = import_bytes(_page(body), "page.html", ".html", REQUEST)
    return [(p.number, p.title, p.text) for p in imported.plan.points]


def test_closed_panels_an_accordion_s_buttons_open_are_read() -> None:
    """Each panel is ``hidden`` and named by its button's ``aria-controls``: the 28 points
    were left out with the hidden boxes ("no numbered points found")."""
    body = "<h1>The 28 points</h1><p>Open a point to read it.</p>" + "".join(
        f'<div class="acc"><h3><button aria-expanded="false" aria-controls="panel-{n}">'
        f'Point {n}</button></h3><div id="panel-{n}" role="region" hidden><p>{text}</p>'
        "</div></div>" for n, text in enumerate(TEXTS, 1))
    imported = import_bytes(_page(body), "page.html", ".html", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        (str(n), text) for n, text in enumerate(TEXTS, 1)]
    assert any("accordion" in message for message in messages(imported))


def test_bootstrap_collapsed_panels_are_read() -> None:
    body = "<h1>The 28 points</h1>" + "".join(
        f'<div class="card"><div class="card-header"><button class="btn btn-link" '
        f'data-bs-toggle="collapse" data-bs-target="#c{n}" aria-expanded="false">{n}. '
        f'Matter {n}</button></div><div id="c{n}" class="collapse"><div class="card-body">'
        f"{text}</div></div></div>" for n, text in enumerate(TEXTS, 1))
    assert [(n, t) for n, _, t in _import(body)] == [
        (str(n), text) for n, text in enumerate(TEXTS, 1)]


def test_a_hidden_menu_a_button_opens_stays_out() -> None:
    """A site's menu hidden behind its toggle button is no text of the article."""
    body = ('<button aria-expanded="false" aria-controls="menu">Menu</button>'
            '<div id="menu" hidden><ul><li><a href="/1">1. World</a></li><li><a href="/2">2. '
            'Politics</a></li><li><a href="/3">3. Sport</a></li></ul></div>'
            "<h1>Outline</h1><ol>" + "".join(f"<li>{t}</li>" for t in TEXTS[:3]) + "</ol>")
    assert [(n, t) for n, _, t in _import(body)] == [
        ("1", TEXTS[0]), ("2", TEXTS[1]), ("3", TEXTS[2])]


def test_a_summary_naming_only_the_point_gives_it_no_title() -> None:
    """``<summary><span class="num">4</span> Point 4</summary>``: the number's words again,
    no title ("Point 4" was each point's title)."""
    body = "<h1>The 28 points</h1>" + "".join(
        f'<details><summary><span class="num">{n}</span> <span>Point {n}</span></summary>'
        f"<p>{text}</p></details>" for n, text in enumerate(TEXTS, 1))
    assert _import(body) == [(str(n), None, text) for n, text in enumerate(TEXTS, 1)]


def test_a_summary_cut_short_with_an_ellipsis_is_no_title() -> None:
    """``<summary>4. Clause text number 4: the parties…</summary>``: the panel's first
    words as a teaser, not a title."""
    body = "<h1>The 28 points</h1>" + "".join(
        f"<details><summary>{n}. {text[:36].rstrip()}…</summary><p>{text}</p></details>"
        for n, text in enumerate(TEXTS, 1))
    assert _import(body) == [(str(n), None, text) for n, text in enumerate(TEXTS, 1)]


def test_a_summary_with_a_real_title_keeps_it() -> None:
    body = "<h1>The 28 points</h1>" + "".join(
        f"<details><summary>{n}. Matter {n}</summary><p>{text}</p></details>"
        for n, text in enumerate(TEXTS, 1))
    assert _import(body) == [(str(n), f"Matter {n}", text) for n, text in enumerate(TEXTS, 1)]
