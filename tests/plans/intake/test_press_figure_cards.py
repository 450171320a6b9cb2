"""A news page's points set as cards in a grid, each a ``<figure>`` with an icon and the
point in its ``<figcaption>``: the captions were left out as image captions ("left out 6
figure caption(s)") and the page gave no point, or only the cards set as ``<div>``s."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="outline", version="2026-03-12-press")

POINTS = (("Ceasefire", "A full halt to hostilities along the front."),
          ("Observers", "A mission of observers from neutral states."),
          ("Exchanges", "Prisoners are swapped all for all."),
          ("Corridors", "Safe passage for civilians leaving the front areas."))


def _card(shape: str, number: int, title: str, text: str) -> str:
    icon = f'<img src="/static/icons/point-{number}.svg" alt="">'
    if shape == "span":
        caption = (f'<span class="card__num">{number}</span><strong>{title}</strong> '
                   f"{text}")
    elif shape == "heading":
        caption = f"<h3>{number}. {title}</h3><p>{text}</p>"
    else:  # the number in a box of its own over the title and the text
        caption = (f'<div class="num">{number}</div><div class="title">{title}</div>'
                   f"<p>{text}</p>")
    return f'<figure class="card">{icon}<figcaption>{caption}</figcaption></figure>'


@pytest.mark.parametrize("shape", ["span", "heading", "box"])
def test_points_as_figure_cards(shape: str) -> None:
    cards = "".join(_card(shape, n, title, text) for n, (title, text) in enumerate(POINTS, 1))
    page = (f"<html><head><meta charset='utf-8'><title>Four points</title></head><body><main>"
            f"<h1>The plan's four points in brief</h1><p>What the draft says.</p>"
            f"<div class='grid'>{cards}</div>"
            "<figure><img src='photo.jpg'><figcaption>Talks in Geneva. Photo: Agency"
            "</figcaption></figure></main></body></html>")
    imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
    got = [(p.number, p.title, p.text) for p in imported.plan.points]
    assert [(n, text) for n, _, text in got] == [
        (str(n), text) for n, (_, text) in enumerate(POINTS, 1)], got
    assert all(title == POINTS[int(n) - 1][0] for n, title, _ in got), got
    assert "Photo: Agency" not in " ".join(p.text for p in imported.plan.points)


def test_a_number_box_then_a_bold_title_in_a_div_card() -> None:
    """``<span class="num">2</span><strong>Observers</strong> A mission …``: the bold words
    after a number box are the point's title, as ``<strong>2. Observers</strong>`` is (they
    ran into the text: "Observers A mission …")."""
    cards = "".join(f'<div class="card"><p><span class="card__num">{n}</span>'
                    f"<strong>{title}</strong> {text}</p></div>"
                    for n, (title, text) in enumerate(POINTS, 1))
    page = (f"<html><body><main><h1>Four points</h1><div class='grid'>{cards}</div></main>"
            "</body></html>")
    imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
    assert [(p.title, p.text) for p in imported.plan.points] == list(POINTS)
    sentence = ('<div class="card"><p><span class="num">1</span><b>Russia</b> will not '
                "attack its neighbours.</p></div>")
    kept = import_bytes(f"<html><body><main>{sentence}</main></body></html>".encode(),
                        "page.html", ".html", REQUEST)
    assert kept.plan.points[0].text == "Russia will not attack its neighbours."


def test_a_number_box_s_line_end_leaves_no_box_for_the_lines_after_it() -> None:
    """A number box in a ``<div>`` of its own (its line ends with it) over point 1, then
    points typed ``<span>2.</span> <b>Prisoners.</b> …``: the walker still held the box's
    place in the line before, and a typed number a later line split into two pieces (``2.``
    and the space) read as that box, so the bold word after it became point 2's title.
    A page typing all its points so gives no titles; one whose first point sits in a box
    gives the same for its typed ones."""
    typed = "".join(f"<p><span>{n}.</span> <b>{title}.</b> {text}</p>"
                    for n, (title, text) in enumerate(POINTS[1:], 2))
    boxed = (f'<div class="point"><div class="point__number">1</div><p>{POINTS[0][1]}</p>'
             f"</div>{typed}")
    plain = f"<p><span>1.</span> {POINTS[0][1]}</p>{typed}"
    got = []
    for body in (plain, boxed):
        page = f"<html><body><main><h1>Four points</h1>{body}</main></body></html>"
        imported = import_bytes(page.encode(), "page.html", ".html", REQUEST)
        got.append([(p.number, p.title, p.text) for p in imported.plan.points])
    assert got[1] == got[0], got
    assert got[1][1] == ("2", None, "Observers. A mission of observers from neutral states.")
