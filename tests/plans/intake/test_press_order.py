"""Press pages that set a draft's points newest first: a countdown list (``<ol reversed>``)
and a live blog whose latest entry, on top, carries the points it added. A reader numbers
them as the page shows them and reads them in their numbers' order. Texts are the
project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.pages import messages as _messages
from tests.plans.intake.pages import page as _page
from tests.plans.intake.pages import tree as _tree

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")

ITEMS = ("<li>Crossings reopen for goods within a week.</li>"
         "<li>Detainees go home in three rounds.</li>"
         "<li>The front line freezes where it stands.</li>")


def test_a_reversed_list_counts_down_and_is_read_in_number_order() -> None:
    """``<ol reversed>`` shows 3, 2, 1 (from its number of items, or down from ``start=``):
    it was read 1, 2, 3 up the page, every point under another's number."""
    imported = import_bytes(_page(f"<p>From last to first:</p><ol reversed>{ITEMS}</ol>"),
                            "page.html", ".html", REQUEST)
    assert _tree(imported) == [("1", "The front line freezes where it stands."),
                               ("2", "Detainees go home in three rounds."),
                               ("3", "Crossings reopen for goods within a week.")]
    assert any("newest first" in m for m in _messages(imported))
    started = import_bytes(_page(f'<ol reversed start="20">{ITEMS}</ol>'), "page.html",
                           ".html", REQUEST)
    assert _tree(started) == [("18", "The front line freezes where it stands."),
                              ("19", "Detainees go home in three rounds."),
                              ("20", "Crossings reopen for goods within a week.")]


def test_a_live_blog_s_newest_entry_on_top_gives_its_points_after_the_older_ones() -> None:
    """The 12:30 entry adds points 4-5 above the 11:10 entry with 1-3: the version reads
    1 … 5 in order, not 4, 5, 1, 2, 3 (numbering going back)."""
    def entry(time: str, body: str) -> str:
        return (f'<div class="live-post"><time datetime="2025-11-21T{time}:00Z">{time}</time>'
                f"{body}</div>")

    body = (entry("12:30", "<p>More of the draft has been shared with us:</p>"
                  '<ol start="4"><li>Sanctions ease step by step.</li>'
                  "<li>A vote takes place within a hundred days.</li></ol>")
            + entry("11:10", "<p>The first part of the draft reads:</p>"
                    "<ol><li>Both armies stop firing at midnight.</li>"
                    "<li>Observers patrol the line of contact.</li>"
                    "<li>Prisoners are exchanged all for all.</li></ol>")
            + entry("09:00", "<p>Welcome to our live coverage of the talks.</p>"))
    imported = import_bytes(_page(f"<h1>Talks live</h1>{body}"), "live.html", ".html", REQUEST)
    assert [n for n, _ in _tree(imported)] == ["1", "2", "3", "4", "5"]
    assert _tree(imported)[0] == ("1", "Both armies stop firing at midnight.")
    assert _tree(imported)[4] == ("5", "A vote takes place within a hundred days.")
    assert not any("goes back" in m for m in _messages(imported))


def test_points_out_of_order_for_another_reason_keep_the_page_s_order() -> None:
    """A numbering that repeats or skips (a second list from 1, a typo) is no countdown:
    the page's order stays and the report says the numbering goes back."""
    text = "3. Gamma.\n2. Beta.\n2. Beta again.\n1. Alpha.\n"
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert [n for n, _ in _tree(imported)] == ["3", "2", "2", "1"]
    skipped = import_bytes(b"4. Delta.\n5. Epsilon.\n1. Alpha.\n2. Beta.\n", "t.txt", ".txt",
                           REQUEST)
    assert [n for n, _ in _tree(skipped)] == ["4", "5", "1", "2"]


def test_a_live_blog_entry_adding_two_more_points_announces_no_count() -> None:
    """"Ще два пункти:" over the entry with points 4-5 was read as the plan's count:
    "the text announces 2 points but 5 were found"."""
    def entry(time: str, body: str) -> str:
        return f'<div class="lb-post"><time datetime="2025-11-21T{time}">{time}</time>{body}</div>'

    body = (entry("12:40", "<p>Ще два пункти:</p><p>4. Санкції знімають поетапно.</p>"
                  "<p>5. Гарантії закріплюють договором.</p>")
            + entry("12:00", "<p>Перші пункти плану:</p><p>1. Сторони припиняють вогонь.</p>"
                    "<p>2. Полонених обмінюють.</p><p>3. Вибори проводять.</p>")
            + entry("11:00", "<p>Доброго ранку.</p>"))
    imported = import_bytes(_page(body, "uk"), "live.html", ".html", REQUEST)
    assert [n for n, _ in _tree(imported)] == ["1", "2", "3", "4", "5"]
    assert not any("announces" in m for m in _messages(imported))
    for more in ("Ещё 2 пункта:", "Another two points:"):
        text = f"{more}\n\n1. Alpha.\n2. Beta.\n3. Gamma.\n".encode()
        assert not any("announces" in m for m in _messages(
            import_bytes(text, "t.txt", ".txt", REQUEST))), more



def test_the_first_or_remaining_points_announce_no_count() -> None:
    """A live blog's entry brings "the first ten points" (later "the remaining ten"): some
    of the points, not their number; it was read as the plan's count ("the text announces
    10 points but 20 were found")."""
    items = "".join(f"{n}. Step {n} is taken.\n" for n in range(1, 21))
    for lead in ("We have now seen the first ten points. They read:",
                 "Here are the remaining 10 points of the draft:",
                 "Ниже первые 10 пунктов документа:", "Наступні десять пунктів плану:",
                 "The last five points deal with sanctions:"):
        text = f"{lead}\n\n{items}".encode()
        assert not any("announces" in m for m in _messages(
            import_bytes(text, "t.txt", ".txt", REQUEST))), lead
    short = "".join(f"{n}. Step {n} is taken.\n" for n in range(1, 20))
    text = f"The plan's twenty points read:\n\n{short}".encode()  # still the plan's count
    assert any("announces 20 points" in m for m in _messages(
        import_bytes(text, "t.txt", ".txt", REQUEST)))


@pytest.mark.parametrize("points", [
    "<h3>1. Ceasefire</h3><p>Both sides stop firing along the whole line.</p><p>Monitors "
    "watch the line from day one.</p><h3>2. Prisoners</h3><p>All detainees are swapped.</p>"
    "<h3>3. Elections</h3><p>A vote is held within a hundred days.</p><h3>4. Sanctions</h3>"
    "<p>They are lifted in stages.</p>",
    "<p>1. Both sides stop firing along the whole line.</p><p>2. All detainees are swapped."
    "</p><p>3. A vote is held within a hundred days.</p><p>4. They are lifted in stages.</p>",
])
def test_prose_moved_out_of_the_last_point_keeps_its_place_in_the_notes(points: str) -> None:
    """The article's paragraph right under the last point, moved out of it, stands in the
    notes before the heading that follows it ("Reactions") and that heading's text, as on
    the page: it came after them, last of all."""
    imported = import_bytes(_page(
        f"{points}<p>Diplomats said the text could still change.</p><h2>Reactions</h2>"
        "<p>Kyiv welcomed it.</p>"), "page.html", ".html", REQUEST)
    assert _tree(imported)[-1] == ("4", "They are lifted in stages.")
    notes = imported.plan.notes or ""
    assert notes.index("Diplomats said") < notes.index("Reactions") \
        < notes.index("Kyiv welcomed it.")
