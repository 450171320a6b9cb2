"""A channel's closing under a post of the points (Telegram, as the Ukrainian and Russian press
post a draft first): a call to subscribe with its arrow, "Читайте також 👇" over a link, the
source, the channel's handle and links alone on their lines. They are the page's, in the
version's notes with a line in the report: they went to the last point's notes (the call,
the source) or its text (the handle, a bare link). Copied as text and saved as the channel's
web page (``t.me/s/…``). Texts are the project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.plans.intake.test_press_messengers import POINTS, _channel, _keycap, _message

REQUEST = DraftRequest(document="outline", version="2025-11-21-channel")

RU = ("Суверенитет Украины будет подтверждён.",
      "Будет заключено соглашение о ненападении между Россией, Украиной и Европой.",
      "Россия не будет вторгаться в соседние страны.")
UK = ("Суверенітет України буде підтверджено.",
      "Буде укладено угоду про ненапад між Росією, Україною та Європою.",
      "Росія не вторгатиметься до сусідніх країн.")
EN = ("Ukraine's sovereignty will be confirmed.",
      "A non-aggression agreement will be concluded.",
      "Russia will not invade neighbouring countries.")

CLOSINGS = [
    (RU, "👉 Подписывайтесь на @war_monitor_ru\nЧитайте также: https://t.me/war_monitor_ru/1234\n"
         "Джерело: Axios\n@war_monitor_ru\nhttps://t.me/war_monitor_ru"),
    (UK, "Підписуйтесь на наш канал 👉 t.me/ukr_novyny\nЧитайте також 👇\n"
         "https://t.me/ukr_novyny/5678\nДжерело: Axios"),
    (EN, "Subscribe 👉 @conflict_watch\nRead also: t.me/conflict_watch/991\nSource: Axios"),
    (EN, "⬇️ Source ⬇️\nhttps://www.axios.com/2025/11/20/plan\n@conflict_watch | @conflict_chat"),
]


def _import(text: str) -> ImportedDraft:
    return import_bytes(text.encode(), "post.txt", ".txt", REQUEST)


@pytest.mark.parametrize(("items", "closing"), CLOSINGS)
@pytest.mark.parametrize("gap", ["\n", ""])
def test_a_pasted_post_s_closing_is_the_page_s(items: tuple[str, ...], closing: str,
                                               gap: str) -> None:
    text = ("⚡️ План из трёх пунктов\n\n" + "".join(f"{n}. {item}\n" for n, item in
                                                  enumerate(items, 1)) + gap + closing + "\n")
    imported = _import(text)
    points = imported.plan.points
    assert [p.text for p in points] == list(items)
    assert [p.notes for p in points] == [None] * len(items)
    notes = imported.plan.notes or ""
    assert all(line in notes for line in closing.splitlines())
    assert any("post's closing line(s)" in f.message for f in imported.report.findings)


def test_a_channel_page_s_closing_under_the_post_is_the_page_s() -> None:
    """The same post on the channel's web page: keycap numbers, the closing's lines broken by
    ``<br/>`` and its links as anchors."""
    listing = "<br/>".join(f"{_keycap(n)} {p}" for n, p in enumerate(POINTS, 1))
    closing = ('<br/><br/>👉 <a href="https://t.me/novyny">Підписуйтесь на Новини Дня</a><br/>'
               'Читайте також 👇<br/><a href="https://t.me/novyny/4400">'
               "https://t.me/novyny/4400</a><br/>"
               'Джерело: <a href="https://example.com/x">Axios</a><br/>'
               '<a href="https://t.me/novyny">@novyny</a>')
    page = _channel(_message(4411, "09:40", f"<b>Мирний план</b><br/>{listing}{closing}"))
    imported = import_bytes(page, "channel.html", ".html", REQUEST)
    points = imported.plan.points
    assert [(p.text, p.notes) for p in points] == [(p, None) for p in POINTS]
    notes = imported.plan.notes or ""
    for line in ("Підписуйтесь на Новини Дня", "Читайте також 👇", "https://t.me/novyny/4400",
                 "Джерело: Axios", "@novyny"):
        assert line in notes


@pytest.mark.parametrize("line", ["@war_monitor_ru", "https://t.me/war_monitor_ru/12",
                                  "Джерело: Axios"])
def test_a_closing_line_between_two_points_stays_the_note_of_the_point_above(line: str) -> None:
    """A handle, a link or a source between two points is the note of the point above it
    (a source for that point), never the next point's text nor the page's."""
    text = f"1. {UK[0]}\n{line}\n2. {UK[1]}\n3. {UK[2]}\n"
    points = _import(text).plan.points
    assert [(p.text, p.notes) for p in points] == [(UK[0], line), (UK[1], None),
                                                   (UK[2], None)]
