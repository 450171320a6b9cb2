"""Live blogs that publish a plan: the time stamps over and under their entries, the key
events box over them, and the entry that names the plan. Texts are the project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.pages import messages, tree

REQUEST = DraftRequest(document="outline", version="2025-11-21-live")

PRINCIPLES = ["Both delegations commit to a full halt of hostilities along the front line.",
              "Prisoners held by either side are exchanged on an all-for-all basis.",
              "A joint commission meets in Istanbul every two weeks to review progress.",
              "Humanitarian corridors open in the regions named in the annex."]


def _post(stamp: str, body: str) -> str:
    return f'<div class="live-post"><span class="post-time">{stamp}</span>{body}</div>'


def test_a_time_stamp_after_the_last_point_is_no_heading() -> None:
    """A live blog's time stamps under the plan's entry ("Updated 3 minutes ago", "2 h ago",
    the next entry's "11:02 GMT") are the page's furniture: the notes keep them as the page
    has them, never as a "Heading after the last point", and the report counts no heading."""
    items = "".join(f"<li>{p}</li>" for p in PRINCIPLES)
    page = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Talks live"
            "</title></head><body><main><article class=\"liveblog\">"
            "<h1>Ukraine talks live: negotiators publish a short list of principles</h1>"
            + _post("14:32 GMT", "<h2>The principles as released</h2><p>The mediators' office "
                    f"released the text. Here it is in full:</p><ol>{items}</ol>"
                    "<p class=\"post-updated\">Updated 3 minutes ago</p>")
            + _post("2 h ago", "<p>Our correspondent says the delegations have been in the "
                    "room since breakfast.</p>")
            + _post("11:02 GMT", "<p>Good morning, and welcome to our coverage.</p>")
            + _post("3 hours ago", "<p>Delegations are due at nine.</p>")
            + "</article></main></body></html>").encode()
    imported = import_bytes(page, "live.html", ".html", REQUEST)
    assert [text for _, text in tree(imported)] == PRINCIPLES
    notes = imported.plan.notes or ""
    assert "Heading after the last point" not in notes
    for said in ("11:02 GMT", "2 h ago", "3 hours ago",
                 "Good morning, and welcome to our coverage."):
        assert said in notes
    # the one heading is the entry's own ("The principles as released")
    assert "1 heading(s) between points went to the version's notes" in messages(imported)
    # the stamps in their own <span>s mark the blog's entries (as <time> would): the entries
    # after the points' are the page's text, reported as such
    assert any("page's text after its list of points" in m for m in messages(imported))


def test_a_time_stamp_under_numbered_paragraphs_is_no_heading() -> None:
    """The same blog with the points as numbered paragraphs (no list the page closes), in
    Ukrainian: "Оновлено 5 хвилин тому" and "14:05" are the page's, not point 4's text
    nor a heading."""
    points = ["Сторони припиняють вогонь уздовж усієї лінії фронту.",
              "Полонених обмінюють за формулою всіх на всіх.",
              "Спільна комісія збирається щотижня."]
    body = "".join(f"<p>{n}. {p}</p>" for n, p in enumerate(points, 1))
    page = ("<!DOCTYPE html><html lang=\"uk\"><head><meta charset=\"utf-8\"><title>Онлайн"
            "</title></head><body><main><article>"
            "<h1>Переговори: онлайн</h1>"
            + _post("15:20", f"<p>Оприлюднено текст принципів:</p>{body}"
                    "<p>Оновлено 5 хвилин тому</p>")
            + _post("14:05", "<p>Делегації прибули до Стамбула.</p>")
            + _post("2 год тому", "<p>Доброго ранку.</p>")
            + "</article></main></body></html>").encode()
    imported = import_bytes(page, "live.html", ".html", REQUEST)
    assert [text for _, text in tree(imported)] == points
    notes = imported.plan.notes or ""
    assert "Heading" not in notes.split("Оприлюднено текст принципів:")[-1]
    for said in ("Оновлено 5 хвилин тому", "14:05", "2 год тому", "Доброго ранку."):
        assert said in notes


_PLAN = ["All shelling and drone strikes stop at midnight on the day of signing.",
         "Both armies pull heavy weapons back fifteen kilometres from the line.",
         "Observers from neutral states patrol the zone between the armies.",
         "Civilian detainees are released within thirty days.",
         "A follow-up round of talks opens within six weeks."]
_EVENTS = ["Delegations arrive at the venue", "Opening statements begin",
           "Talks break for consultations", "Kremlin spokesman comments",
           "Kyiv says it has not seen the final text", "European envoys meet the US team",
           "Lunch break announced", "Turkish hosts brief reporters",
           "Mediators announce a list of principles", "Full text of the principles released",
           "Markets react to the news", "Delegations leave the venue"]


def _key_events_blog(lead_in: str) -> bytes:
    times = [f"{9 + n // 2:02d}:{(n % 2) * 30 + 2:02d}" for n in range(len(_EVENTS))]
    key = "".join(f'<li>{event} <span class="ke-time">{time}</span></li>'
                  for time, event in zip(times, _EVENTS, strict=True))
    posts = []
    for time, event in reversed(list(zip(times, _EVENTS, strict=True))):
        body = (f"<p>{lead_in}</p><ol>{''.join(f'<li>{p}</li>' for p in _PLAN)}</ol>"
                if event.startswith("Full text") else f"<p>{event}, our reporter says.</p>")
        posts.append(f'<article class="block"><header><time datetime="2025-11-21T{time}:00Z">'
                     f"{time}</time></header><h2>{event}</h2>{body}</article>")
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Live"
            "</title></head><body><main><div class=\"liveblog-body\"><h1>Istanbul talks live: "
            "mediators publish a plan</h1><div class=\"key-events-box\"><h2>Key events</h2>"
            f"<ol class=\"key-events\">{key}</ol></div>{''.join(posts)}</div></main></body>"
            "</html>").encode()


def test_the_list_the_page_names_as_the_plan_wins_over_a_longer_key_events_list() -> None:
    """A live blog's "Key events" box numbers its twelve headlines from 1 (outside every
    entry); the entry whose lead-in names the plan ("Its five points read:") holds the
    draft. The key events were points 1-12 and the plan a second part ("announces 5 points
    but 17 were found"); the named list wins and the box is left out and counted."""
    imported = import_bytes(_key_events_blog("The mediators have published the plan. Its "
                                             "five points read:"), "live.html", ".html",
                            REQUEST)
    assert [text for _, text in tree(imported)] == _PLAN
    assert not imported.report.warnings, imported.report.lines()
    assert any(f.kind == "dropped" and "names as the plan" in f.message
               for f in imported.report.findings)
    # a lead-in that names nothing tells nothing: no list is left out
    unnamed = import_bytes(_key_events_blog("Here is what was handed out:"), "live.html",
                           ".html", REQUEST)
    assert [text for _, text in tree(unnamed)][-len(_PLAN):] == _PLAN
    assert not any(f.kind == "dropped" for f in unnamed.report.findings)


def test_a_bold_subhead_naming_the_plan_names_its_list() -> None:
    """A Ukrainian live blog: the plan's entry opens its numbered paragraphs with a bold
    subhead ("Текст плану", no colon); another entry numbers seven regions shelled
    overnight, a longer list. The plan's list wins; the regions' entry is left out."""
    plan = ["Сторони припиняють вогонь уздовж лінії фронту.",
            "Полонених обмінюють усіх на всіх.",
            "Міжнародна місія стежить за перемир'ям.",
            "Вибори проводять протягом 100 днів."]
    regions = ["Харківщина: пошкоджено два будинки.", "Сумщина: знеструмлено село.",
               "Дніпропетровщина: поранено двох людей.", "Херсонщина: обстріляно лікарню.",
               "Запоріжжя: пошкоджено школу.", "Донеччина: пошкоджено вокзал.",
               "Миколаївщина: пошкоджено лінію електропередачі."]

    def entry(time: str, body: str) -> str:
        return (f'<div class="post-item"><div class="post-item__time"><time>{time}</time>'
                f'</div><div class="post-item__text">{body}</div></div>')
    page = ("<html lang=\"uk\"><body><main><article><h1>Переговори: онлайн</h1>"
            + entry("16:10", "<p>Делегації завершили перший день.</p>")
            + entry("15:42", "<p><strong>Текст плану</strong></p>"
                    + "".join(f"<p>{n}. {t}</p>" for n, t in enumerate(plan, 1)))
            + entry("13:05", "<p>Наслідки нічних обстрілів за областями:</p>"
                    + "".join(f"<p>{n}. {t}</p>" for n, t in enumerate(regions, 1)))
            + entry("09:00", "<p>Доброго ранку.</p>") + "</article></main></body></html>")
    imported = import_bytes(page.encode(), "live.html", ".html", REQUEST)
    assert [text for _, text in tree(imported)] == plan


def test_an_older_entry_after_the_plan_s_numbered_paragraphs_is_not_the_last_point_s() -> None:
    """Each entry opens with its meta line, a ``<time>`` and a label ("11:02 Live"), and
    the plan's entry numbers its points as paragraphs: the older entries after it ran into
    point 3 (its meta line no time stamp alone). A live blog's next entry is the page's
    text unless it goes on with the next point; a later entry posting point 4 still adds
    it."""
    plan = ["Both sides stop firing along the whole line.", "Troops pull back ten kilometres.",
            "A buffer zone is set up under monitors."]

    def entry(time: str, body: str) -> str:
        return (f'<div class="entry"><p class="entry-meta"><time datetime="2025-11-21T{time}">'
                f"{time}</time> <strong>Live</strong></p>{body}</div>")
    page = ("<html lang=\"en\"><body><main><article><h1>Talks live</h1>"
            + entry("15:10", "<p>4. Elections follow within a hundred days.</p>")
            + entry("14:32", "<p>The mediators published the text:</p>"
                    + "".join(f"<p>{n}. {t}</p>" for n, t in enumerate(plan, 1)))
            + entry("11:02", "<p>Good morning and welcome to our coverage.</p>")
            + entry("10:15", "<p>Delegations arrive at nine.</p>")
            + "</article></main></body></html>")
    imported = import_bytes(page.encode(), "live.html", ".html", REQUEST)
    got = sorted(tree(imported), key=lambda point: int(point[0]))
    assert got == [*((str(n), t) for n, t in enumerate(plan, 1)),
                   ("4", "Elections follow within a hundred days.")]
    notes = imported.plan.notes or ""
    assert "Good morning and welcome" in notes and "Delegations arrive at nine." in notes


@pytest.mark.parametrize("box", ["div class=\"meta\"><span", "div class=\"meta\"><p",
                                 "div><div"])
def test_times_in_plain_spans_are_the_entries_stamps(box: str) -> None:
    """A live blog whose CMS sets each entry's time in a bare <span>, <p> or <div> (no
    <time>, no class naming a time): the stamps mark the entries as <time> does, so another
    entry's list numbered from 1 again (regions, 1-2) is left out and counted, not read as
    a second part of the draft."""
    plan = ["Both delegations halt fire along the whole front.",
            "Prisoners are swapped all for all.",
            "A joint commission meets every two weeks."]

    inner = box.rsplit("<", 1)[1]

    def entry(stamp: str, body: str) -> str:
        return f'<div class="update"><{box}>{stamp}</{inner}></div>{body}</div>'

    page = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Live"
            "</title></head><body><main><h1>Talks live</h1>"
            + entry("11:05 GMT", "<p>Delegations arrive at the palace before noon.</p>")
            + entry("10:42 GMT", "<h2>The draft</h2><ol>"
                    + "".join(f"<li>{p}</li>" for p in plan) + "</ol>")
            + entry("10:02 GMT", "<h2>Drones downed overnight</h2><p>The air force said:"
                    "</p><ol><li>Kharkiv region: two</li><li>Sumy region: one</li></ol>")
            + entry("2 h ago", "<p>Good morning and welcome to our coverage.</p>")
            + "</main></body></html>").encode()
    imported = import_bytes(page, "live.html", ".html", REQUEST)
    assert tree(imported) == [(str(n), text) for n, text in enumerate(plan, 1)]
    assert any(f.kind == "dropped" and "live blog" in f.message
               for f in imported.report.findings)
    # a time in a sentence's span is no stamp: a page of three such spans marks nothing
    spans = (b"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><main>"
             b"<ol><li>The ceasefire takes effect at <span>00:00</span> on signing.</li>"
             b"<li>Talks resume at <span>10:00</span> in Geneva.</li>"
             b"<li>Prisoners move at <span>06:00</span> on the third day.</li></ol>"
             b"<p>Extra steps:</p><ol><li>Monitors arrive.</li><li>Mines are cleared.</li></ol>"
             b"</main></body></html>")
    read = import_bytes(spans, "page.html", ".html", REQUEST)
    assert not any(f.kind == "dropped" and "live blog" in f.message
                   for f in read.report.findings)


def test_a_schedule_s_times_in_cells_mark_no_entries() -> None:
    """A page's schedule table sets each time in a <span> of its own cell: no live blog's
    stamps, so the plan's list after it is read as ever and no list is left out."""
    rows = "".join(f"<tr><td><span>{t}</span></td><td>{what}</td></tr>" for t, what in (
        ("09:00", "Delegations arrive"), ("11:00", "First session"), ("15:00", "Press")))
    page = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><main><h1>Day "
            f"one</h1><table>{rows}</table><p>The plan's points read:</p><ol><li>Fire stops."
            "</li><li>Monitors arrive.</li></ol><p>Earlier steps:</p><ol><li>A call.</li>"
            "<li>A visit.</li></ol></main></body></html>").encode()
    read = import_bytes(page, "page.html", ".html", REQUEST)
    assert not any(f.kind == "dropped" and "live blog" in f.message
                   for f in read.report.findings)


TWENTY = [f"Provision {word} of the outline takes effect on signature." for word in (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty")]


def _block(time: str, body: str, updated: str = "") -> str:
    """A live blog's entry as a newspaper's CMS sets it: the time over it, a share bar and
    "Updated at …" under it."""
    footer = f"<span>Updated at {updated} GMT</span>" if updated else ""
    return (f'<article class="block"><header><p class="block-time"><a href="#b{time}"><time '
            f'datetime="2025-11-21T{time}:00Z">{time} GMT</time></a></p></header>'
            f'<div class="block-elements">{body}</div><footer class="block-share"><a href="#">'
            f"Share</a> {footer}</footer></article>")


def _numbered(first: int, last: int) -> str:
    return "".join(f"<p><strong>{n}.</strong> {TWENTY[n - 1]}</p>"
                   for n in range(first, last + 1))


def _live(*blocks: str) -> bytes:
    return ("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Talks "
            "live</title></head><body><main><h1>Talks live: the outline in full</h1>"
            f"<div id=\"liveblog-body\">{''.join(blocks)}</div></main></body></html>").encode()


def test_entries_stamped_twice_over_and_under_give_the_points_in_order_each_once() -> None:
    """Newest first: the 14:05 entry quotes points 11-20, an entry of reaction, the 12:47
    entry points 1-10, and the morning's welcome. Each entry carries its time over it and
    "Updated at …" under it: the entries are still told apart, so the welcome after
    point 10 and the reaction after point 20 are the page's text (the welcome was point
    10's second paragraph, with a warning)."""
    page = _live(
        _block("14:05", "<p>Here are points 11 to 20, as seen by the paper:</p>"
               + _numbered(11, 20), updated="14:12"),
        _block("13:20", "<p>The spokesman said he had not seen the final text.</p>",
               updated="13:22"),
        _block("12:47", "<p>We have now seen the opening part of the draft. It reads:</p>"
               + _numbered(1, 10), updated="12:58"),
        _block("11:02", "<p>Good morning and welcome to our coverage of the talks.</p>",
               updated="11:03"))
    imported = import_bytes(page, "live.html", ".html", REQUEST)
    assert tree(imported) == [(str(n), text) for n, text in enumerate(TWENTY, 1)]
    notes = imported.plan.notes or ""
    assert "Good morning and welcome" in notes
    assert "had not seen the final text" in notes
    assert not imported.report.warnings, imported.report.lines()


def test_a_pinned_copy_of_an_entry_gives_its_points_once() -> None:
    """The blog pins its latest entry (points 11-20) over the others, a copy of it, which
    then stands again in its place in the timeline: the points come out in order, each
    once (they came 11-20 twice, "numbering goes back", "announces 20 points but 30 were
    found"), and the report counts the copy left out."""
    latest = ("<p>Here are points 11 to 20, as seen by the paper:</p>" + _numbered(11, 20))
    page = _live(
        f'<div class="pinned-post"><h2>Pinned</h2>{_block("14:05", latest, "14:12")}</div>',
        _block("14:05", latest, updated="14:12"),
        _block("13:20", "<p>The spokesman said he had not seen the final text.</p>"),
        _block("12:47", "<p>The draft's twenty points open with these:</p>"
               + _numbered(1, 10)),
        _block("11:02", "<p>Good morning and welcome to our coverage of the talks.</p>"))
    imported = import_bytes(page, "live.html", ".html", REQUEST)
    assert tree(imported) == [(str(n), text) for n, text in enumerate(TWENTY, 1)]
    assert not imported.report.warnings, imported.report.lines()
    assert any(f.kind == "dropped" and "shown twice" in f.message
               for f in imported.report.findings), imported.report.lines()


@pytest.mark.parametrize(("point", "told"), [
    ("Heavy weapons withdraw 30 kilometres within a month.",
     "One of our sources tells us this point was the hardest to agree."),
    ("Важке озброєння відводять на 30 кілометрів протягом місяця.",
     "Дипломат розповів нам, що цей пункт узгодили найважче."),
    ("Тяжелое вооружение отводится на 30 километров в течение месяца.",
     "Источник рассказал, что этот пункт согласовали последним."),
], ids=["en", "uk", "ru"])
def test_a_live_entry_s_line_of_what_a_source_tells_the_reporter_is_no_point_s(
        point: str, told: str) -> None:
    """A live blog's last entry holding the last point and the reporter's line on it ("a
    source tells us …", "розповів", "рассказал"): that line stayed the point's second
    paragraph, as "said" did not."""
    entries = [("14:02", "<p><strong>1.</strong> Both sides stop all fire within 72 hours."
                "</p>"),
               ("14:15", "<p><strong>2.</strong> All prisoners are exchanged.</p>"),
               ("14:31", f"<p><strong>3.</strong> {point}</p><p>{told}</p>")]
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Live</title></head><body>"
            "<main><h1>Talks live: the outline</h1><div class='live-blog'>" + "".join(
                f"<div class='live-entry'><time datetime='2025-11-21T{t}'>{t}</time>{b}"
                "</div>" for t, b in entries) + "</div></main></body></html>").encode()
    imported = import_bytes(page, "live.html", ".html", REQUEST)
    assert tree(imported)[2] == ("3", point)
    assert told in (imported.plan.notes or "")


def test_a_live_blog_whose_entries_are_articles_keeps_every_entry_s_point() -> None:
    """A live blog marking each entry an ``<article>`` inside its ``<main>``, one entry
    holding more than half the page's text: that entry was taken for the article, the
    points in the others lost ("numbering starts at 2"). A ``<main>`` with teaser cards
    beside its one article still reads the article alone."""
    entries = [("14:02", "<p><strong>1.</strong> Both sides stop all fire within 72 hours.</p>"),
               ("14:15", "<p><strong>2.</strong> Heavy weapons withdraw 30 kilometres within a "
                "month, and the monitors check each depot before the next step is taken, "
                "with a report to both capitals every week.</p><p>The negotiators spent "
                "most of the night on this point, according to two people in the room.</p>"),
               ("14:31", "<p><strong>3.</strong> All prisoners are exchanged.</p>")]
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Live</title></head><body>"
            "<main><h1>Talks live: the outline</h1><div class='live-blog'>" + "".join(
                f"<article class='live-entry'><time datetime='2025-11-21T{t}'>{t}</time>{b}"
                "</article>" for t, b in entries) + "</div></main></body></html>").encode()
    imported = import_bytes(page, "live.html", ".html", REQUEST)
    assert [number for number, _ in tree(imported)] == ["1", "2", "3"]
    cards = "".join(f"<article class='card'><a href='/n/{n}'>Other story number {n} of the day"
                    "</a></article>" for n in range(1, 4))
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>News</title></head><body>"
            "<main><article><h1>The outline</h1><p>1. Both sides stop all fire within 72 "
            "hours along the whole line of contact.</p><p>2. Heavy weapons withdraw 30 "
            "kilometres within a month.</p><p>3. All prisoners are exchanged, all for "
            f"all.</p></article><section class='more'>{cards}</section></main></body>"
            "</html>").encode()
    imported = import_bytes(page, "news.html", ".html", REQUEST)
    assert [number for number, _ in tree(imported)] == ["1", "2", "3"]
    assert "Other story" not in (imported.plan.notes or "")


def test_a_pinned_summary_numbered_from_one_with_no_stamp_is_no_part_of_the_plan() -> None:
    """A live blog's pinned "What we know so far" post carries no time stamp and numbers its
    three facts in paragraphs (``1. The draft was handed over …``): it was read as a first
    part of the plan (points 1-3, then the plan's 1-4 as part 2). The entry naming the plan
    wins; the summary is left out and counted."""
    pinned = ('<div class="live-post pinned"><p><strong>What we know so far</strong></p>'
              "<p>1. The draft was handed over in Geneva on Sunday.</p>"
              "<p>2. Kyiv says it needs more time to study it.</p>"
              "<p>3. Moscow has not commented yet.</p></div>")
    plan = _post("18 min ago", "<p><strong>The full list of principles</strong></p><p>Here is "
                 "the draft as the mediators published it:</p>" + "".join(
                     f"<p>{n}. {p}</p>" for n, p in enumerate(PRINCIPLES, 1)))
    page = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Talks live"
            "</title></head><body><main><h1>Peace talks live: draft text published</h1>"
            f"<div class=\"live-posts\">{pinned}"
            + _post("2 min ago", "<p>The Kremlin says it will study the document.</p>")
            + plan + _post("1 h ago", "<p>Delegations are arriving at the venue.</p>")
            + "</div></main></body></html>")
    imported = import_bytes(page.encode(), "live.html", ".html", REQUEST)
    assert tree(imported) == [(str(n), p) for n, p in enumerate(PRINCIPLES, 1)]
    assert "handed over in Geneva" not in (imported.plan.notes or "")
    assert any("left out 1 live blog entry(ies) or list(s)" in m for m in messages(imported)), \
        messages(imported)


def test_a_pasted_live_blog_s_longer_list_does_not_win_over_the_one_named_the_plan() -> None:
    """A live blog copied as text: the newest entry's "What we know so far" lists five facts,
    the older entry's lead-in names the plan ("Its four principles read:") over four. The
    longer list was taken for the draft and the plan went to the notes; the list the text
    names as the plan wins, as on a saved page."""
    facts = ["The talks began on Sunday.", "Both delegations are in Geneva.",
             "The US envoy arrived late.", "Kyiv wants guarantees first.",
             "Moscow has not commented."]
    text = ("Talks live\n\n15:05 GMT\nWhat we know so far\n"
            + "".join(f"{n}. {f}\n" for n, f in enumerate(facts, 1))
            + "\n14:40 GMT\nThe mediators have released their proposal. Its four principles "
            "read:\n" + "".join(f"{n}. {p}\n" for n, p in enumerate(PRINCIPLES, 1))
            + "\n09:00 GMT\nDelegations have arrived at the venue.\n")
    imported = import_bytes(text.encode(), "live.txt", ".txt", REQUEST)
    assert tree(imported) == [(str(n), p) for n, p in enumerate(PRINCIPLES, 1)]
    assert "The US envoy arrived late." in (imported.plan.notes or "")


def test_a_live_blog_s_bulleted_plan_is_the_entry_naming_it_not_every_bulleted_entry() -> None:
    """No list is numbered: the plan's entry bullets its points under a lead-in naming them
    ("The mediators' outline contains these points:"), a newer entry bullets the reactions.
    All six bullets were read as points 1-6, the reactions first. The entry naming the plan
    is the draft's; the other bulleted entry is left out, as a numbered one is."""
    page = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Live</title>"
            "</head><body><main><h1>Talks live</h1><div class=\"posts\">"
            + _post("16:05", "<p>Reaction so far:</p><ul><li>Kyiv: \"a basis for talks\"</li>"
                    "<li>Moscow: no comment</li></ul>")
            + _post("14:40", "<p>The mediators' outline contains these principles:</p><ul>"
                    + "".join(f"<li>{p}</li>" for p in PRINCIPLES) + "</ul>")
            + _post("09:00", "<p>Delegations arrive.</p>") + "</div></main></body></html>")
    imported = import_bytes(page.encode(), "live.html", ".html", REQUEST)
    assert tree(imported) == [(str(n), p) for n, p in enumerate(PRINCIPLES, 1)]
    assert any("left out 1 live blog entry(ies)" in m for m in messages(imported)), \
        messages(imported)
