"""Wire stories and press pages quoting a plan (press20): a dateline's lead is no title, a
list run together in a wrapped paragraph is read an item a line, a byline inside a point's
paragraph is counted, a numbered point's label is its title. Texts are the project's own,
in the shape of such pages."""

from __future__ import annotations

import dataclasses

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, PointsBy
from tests.plans.intake.pages import imported_text, report_text

REQUEST = DraftRequest(document="plan", version="2025-12-03-press")
DEFAULT_TITLE = "plan 2025-12-03-press"

POINTS = ("1. Both sides stop firing along the whole front.\n"
          "2. Neutral monitors watch the line of contact.\n"
          "3. Detainees are exchanged, all for all.\n")


def _import(text: str, name: str = "copy.txt",
            request: DraftRequest = REQUEST) -> ImportedDraft:
    return imported_text(text, request, name)


LEADS = [
    "KYIV, Dec 3 - The draft, seen by this agency, sets out twenty points",
    "KYIV, Dec 3 (Wire) - The draft, seen by this agency, sets out that",
    "WASHINGTON — The draft the envoys carried to Moscow sets out twenty points",
    "Kyiv, December 3 — The framework the two sides discussed in Geneva holds",
    "NEW YORK, Dec. 3, 2025 (Wire) - The revised text lists these points",
    "КИЇВ, 3 грудня — Проєкт, який побачило агентство, передбачає",
    "МОСКВА, 3 декабря. /Агентство/ Проект, с которым ознакомилось агентство, включает",
]


@pytest.mark.parametrize("lead", LEADS)
def test_a_dateline_s_lead_is_no_title(lead: str) -> None:
    """"KYIV, Dec 3 - The draft … sets out twenty points" over the points, ending in no
    stop: it was the version's title. A dateline opens a story's lead, no headline: the
    title is left to a heading (none here: the default), the lead goes to the notes and
    is counted."""
    imported = _import(f"{lead}\n\n{POINTS}")
    assert imported.plan.title == DEFAULT_TITLE
    assert lead in (imported.plan.notes or "")
    assert "1 line(s) outside the points" in report_text(imported)
    assert len(imported.plan.points) == 3


@pytest.mark.parametrize("lead", [
    "Sources said the new draft provides that",
    "Джерела кажуть, що проєкт передбачає, що",
    "Источники сообщают, что",
    "The text, seen by reporters, reads as follows",
])
def test_a_lead_in_going_on_in_its_items_is_no_title(lead: str) -> None:
    """A wire story's lead with no dateline, ending in "that" (що, что, "as follows") over
    its run-together items: it was the version's title. It is a sentence going on in the
    items, no headline: it goes to the notes."""
    text = (f"{lead}\n(1) Ukraine's army is capped at 800,000;\n"
            "(2) elections are held within 100 days; and\n(3) a fund is set up.\n")
    imported = _import(text)
    assert imported.plan.title == DEFAULT_TITLE
    assert lead in (imported.plan.notes or "")
    assert len(imported.plan.points) == 3


def test_a_dateline_s_lead_over_a_list_read_a_line_a_point_is_no_title() -> None:
    """Read one point a line (--points-by lines), the lead was taken for a headline, the
    version's title. It is no title, and no point either: the lead goes to the notes."""
    request = dataclasses.replace(REQUEST, points_by=PointsBy.LINES)
    items = ("Both sides stop firing.", "Monitors watch the line.", "Detainees are exchanged.")
    imported = _import("\n\n".join((LEADS[0], *items)) + "\n", request=request)
    assert imported.plan.title == DEFAULT_TITLE
    assert [p.text for p in imported.plan.points] == list(items)
    assert LEADS[0] in (imported.plan.notes or "")


@pytest.mark.parametrize("headline", [
    "EXCLUSIVE - Draft plan would cap the army at 800,000",
    "NATO - what changes under the revised draft",
    "Ukraine, 20 points - what the plan says",
    "UPDATE 2 - Envoys meet again in Geneva",
])
def test_a_headline_with_a_dash_stays_the_title(headline: str) -> None:
    """A wire headline's label or a name before a dash is no dateline."""
    assert _import(f"{headline}\n\n{POINTS}").plan.title == headline


ITEMS = ("both sides stop firing along the whole front",
         "neutral monitors watch the line of contact",
         "detainees are exchanged, all for all",
         "elections are held within 100 days of signing.")
WANTED = [f"{ITEMS[0]};", f"{ITEMS[1]};", f"{ITEMS[2]}; and", ITEMS[3]]
"""The run's items, each with the separator after it as the story writes it."""
LEAD = "KYIV, Dec 3 (Wire) - The draft, seen by this agency, sets out that"
RUN = (f"{LEAD} (1) {ITEMS[0]}; (2) {ITEMS[1]}; (3) {ITEMS[2]}; and (4) {ITEMS[3]}")


def _wrapped(text: str, width: int) -> str:
    """``text`` wrapped at ``width`` characters, as a paste from a narrow column."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


@pytest.mark.parametrize("width", [40, 60, 72])
@pytest.mark.parametrize("after", ["\n\nOfficials declined to comment.\n", "\n"])
def test_a_run_wrapped_over_several_lines_is_read_an_item_a_line(width: int,
                                                                  after: str) -> None:
    """The wire story's sentence wrapped in lines of 40 to 72 characters: (1) began a point
    that ran on with (2), (3) and (4) in it, or the run was not found at all."""
    imported = _import(_wrapped(RUN, width) + after)
    assert [p.text for p in imported.plan.points] == WANTED
    assert LEAD in " ".join((imported.plan.notes or "").split())
    assert "run together in one sentence" in report_text(imported)


def test_a_run_whose_items_each_open_a_line_is_read_an_item_a_line() -> None:
    """Each item on a line of its own, the last after "and": "and (4) …" ran into point 3."""
    text = (f"{LEAD}\n(1) {ITEMS[0]};\n(2) {ITEMS[1]};\n(3) {ITEMS[2]};\nand (4) {ITEMS[3]}\n"
            "\nOfficials declined to comment.\n")
    imported = _import(text)
    assert [p.text for p in imported.plan.points] == WANTED


@pytest.mark.parametrize("page", [
    "Key facts\n• The talks open on Monday.\n• Envoys meet in Geneva.\n\n{run}\n\n"
    "Officials declined to comment.\n",
    "Key facts\n\n1. The talks open on Monday.\n2. Envoys meet in Geneva.\n\n{run}\n",
    "{run}\n\nWhat else we know:\n\n• Sanctions are lifted in stages.\n",
])
@pytest.mark.parametrize("width", [0, 60])
def test_a_wire_run_on_a_page_with_other_numbered_or_bulleted_lines_is_cut(
        page: str, width: int) -> None:
    """The page bullets or numbers some other lines (a key-facts box above, a list below):
    the run after a lead ending in "that", its paragraph standing alone, was left whole
    (one point's text, or none). Its items are read one a node (where the page's other
    list sets them is the parser's reading of two lists), their words each kept once."""
    run = _wrapped(RUN, width) if width else RUN
    imported = _import(page.format(run=run))
    texts = [node.text.split("\n")[0] for point in imported.plan.points
             for node in point.walk()]
    assert [text for text in texts if text in WANTED] == WANTED, texts
    assert "run together in one sentence" in report_text(imported)


INSIDE = ("The parties agree that (1) troops withdraw from the line; (2) monitors deploy "
          "along it; and (3) elections follow within 100 days.")


@pytest.mark.parametrize("draft", [
    "1. Ukraine keeps its sovereignty.\n2. {run}\n3. A fund is set up.\n",
    "1. Ukraine keeps its sovereignty.\n2. Guarantees\n{run}\n3. A fund is set up.\n",
    "1. Ukraine keeps its sovereignty.\n\n2. Guarantees\n\n{run}\n\n3. A fund is set up.\n",
    "• Ukraine keeps its sovereignty.\n• {run}\n• A fund is set up.\n",
    "Article 1\nUkraine keeps its sovereignty.\nArticle 2\n{run}\nArticle 3\n"
    "A fund is set up.\n",
])
@pytest.mark.parametrize("width", [0, 50])
def test_a_run_inside_a_numbered_point_is_never_cut(draft: str, width: int) -> None:
    """A point's own "(1) …; (2) …; and (3) …" sentence, on one line or wrapped, right
    under its number or in a paragraph of its own between two points: left whole."""
    run = _wrapped(INSIDE, width) if width else INSIDE
    imported = _import("Framework\n\n" + draft.format(run=run))
    assert len(imported.plan.points) == 3
    assert all(not p.points for p in imported.plan.points)
    assert INSIDE in " ".join(imported.plan.points[1].text.split())
    assert "run together in one sentence" not in report_text(imported)


def test_a_ukrainian_wire_run_wrapped_on_a_page_with_bullets() -> None:
    """The same shape in Ukrainian ("передбачає, що (1) …; (2) …; та (3) …"), wrapped, with
    a bulleted box above it."""
    items = ("сторони припиняють вогонь уздовж усієї лінії",
             "нейтральні спостерігачі стежать за лінією",
             "утримуваних осіб обмінюють усіх на всіх.")
    run = ("КИЇВ, 3 грудня — Проєкт, який побачило агентство, передбачає, що "
           f"(1) {items[0]}; (2) {items[1]}; та (3) {items[2]}")
    text = ("Головне\n• Переговори тривають.\n• Посланці зустрілися в Женеві.\n\n"
            + _wrapped(run, 50) + "\n")
    imported = _import(text)
    assert [p.text for p in imported.plan.points][-3:] == [f"{items[0]};", f"{items[1]}; та",
                                                           items[2]]

PAGE_POINTS = ("Both sides stop firing along the whole front.",
               "Neutral monitors watch the line of contact.",
               "Detainees are exchanged, all for all.")


def _page(body: str) -> str:
    return ("<html><head><title>What the draft says</title></head><body><article>"
            f"<h1>What the draft says</h1>{body}</article></body></html>")


@pytest.mark.parametrize("byline", [
    ' <span class="byline">By Jane Roe</span>',
    ' <span class="article-meta byline">Jane Roe, Kyiv</span>',
    ' <a rel="author" href="/authors/jane-roe">Jane Roe</a>',
    ' <span itemprop="author">Іван Петренко</span>',
    '</p><p class="author">Olena Koval',
    '</p><address>Ivan Petrenko, Kyiv</address><p style="display:inline">',
])
@pytest.mark.parametrize("in_list", [False, True])
def test_a_byline_in_a_point_s_paragraph_is_left_out_and_counted(byline: str,
                                                                   in_list: bool) -> None:
    """A writer's name set in point 2's paragraph or right under it: the class byline's
    span vanished with no word in the report; <address>, .author and rel=author ran into
    the point's text (or became its second paragraph). Each is left out and counted."""
    if in_list:
        items = [f"<li><p>{text}</p></li>" for text in PAGE_POINTS]
        items[1] = f"<li><p>{PAGE_POINTS[1]}{byline}</p></li>"
        body = "<ol>" + "".join(items) + "</ol>"
    else:
        paragraphs = [f"<p>{n}. {text}</p>" for n, text in enumerate(PAGE_POINTS, 1)]
        paragraphs[1] = f"<p>2. {PAGE_POINTS[1]}{byline}</p>"
        body = "".join(paragraphs)
    imported = _import(_page(body), "page.html")
    assert [p.text for p in imported.plan.points] == list(PAGE_POINTS)
    assert "1 byline(s) in or under a point's paragraph" in report_text(imported)


def test_a_byline_under_the_headline_is_no_point_s() -> None:
    """The writer's name under the headline, outside every point, is read as before (not
    counted as a point's)."""
    body = ('<p class="author">Jane Roe</p>'
            + "".join(f"<p>{n}. {text}</p>" for n, text in enumerate(PAGE_POINTS, 1)))
    imported = _import(_page(body), "page.html")
    assert [p.text for p in imported.plan.points] == list(PAGE_POINTS)
    assert "byline(s) in or under a point's paragraph" not in report_text(imported)




LABELLED_POINTS = (("Sovereignty", "Ukraine's sovereignty is confirmed by all sides."),
                   ("Non-aggression", "Russia, Ukraine and Europe agree a pact of "
                                      "non-aggression."),
                   ("Territory", "The line of contact is the starting point for the talks."),
                   ("Army", "Ukraine's armed forces are capped at 800,000 in peacetime."),
                   ("Elections", "Ukraine holds elections within 100 days of signing."))
LABELLED_UK = (("Суверенітет", "Суверенітет України підтверджують усі сторони."),
               ("Ненапад", "Росія, Україна та Європа укладають угоду про ненапад."),
               ("Територія", "Лінія зіткнення є відправною точкою переговорів."),
               ("Армія", "Чисельність армії в мирний час обмежено 800 тисячами."))


def _numbered_labels(items: tuple[tuple[str, str], ...], close: str = ": ") -> str:
    return "".join(f"{n}. {label}{close}{text}\n" for n, (label, text) in enumerate(items, 1))


@pytest.mark.parametrize(("items", "close"), [
    (LABELLED_POINTS, ": "), (LABELLED_UK, ": "), (LABELLED_UK, " — "),
    (LABELLED_POINTS, " – "), (LABELLED_POINTS[:3], ": ")])
def test_a_numbered_point_s_label_is_its_title(items: tuple[tuple[str, str], ...],
                                                close: str) -> None:
    """"1. Sovereignty: Ukraine's sovereignty is confirmed.": the label stayed the text's
    first words; as a bulleted list's, it is the point's title."""
    imported = _import("Key points of the framework\n\n" + _numbered_labels(items, close))
    assert [(p.title, p.text) for p in imported.plan.points] == list(items)


def test_a_label_alone_on_its_line_in_a_labelled_list_is_the_title() -> None:
    """"2. Security guarantees:" alone on its line, the text under it, the other points
    labelled in their line: "Security guarantees:" stayed in point 2's text."""
    items = (*LABELLED_POINTS[:1], ("Security guarantees", "Ukraine receives guarantees."),
             *LABELLED_POINTS[2:])
    text = _numbered_labels(items).replace("2. Security guarantees: ",
                                           "2. Security guarantees:\n")
    imported = _import("Key points of the framework\n\n" + text)
    assert [(p.title, p.text) for p in imported.plan.points] == list(items)


def test_one_point_without_a_label_in_five_keeps_its_words() -> None:
    """Nearly every point labelled: the one that is not keeps its sentence whole."""
    items = list(LABELLED_POINTS)
    text = _numbered_labels(tuple(items)).replace(
        "3. Territory: The line", "3. The line")
    imported = _import(text)
    assert [p.title for p in imported.plan.points] == [
        "Sovereignty", "Non-aggression", None, "Army", "Elections"]
    assert imported.plan.points[2].text == items[2][1]


@pytest.mark.parametrize("odd", [
    "3. Guarantees mirror Article 5: an attack on Ukraine is met by all.",
    "3. Talks open at 14:02 in Geneva.",
    "3. Seats on the council are split 2:1.",
])
def test_a_colon_inside_a_sentence_in_a_labelled_list_is_no_label(odd: str) -> None:
    """A colon inside one point's sentence (before words in small letters, or a time's, a
    ratio's) among labelled points: no label of that point."""
    text = _numbered_labels(LABELLED_POINTS).replace(
        "3. Territory: The line of contact is the starting point for the talks.", odd)
    imported = _import(text)
    assert imported.plan.points[2].title is None
    assert imported.plan.points[2].text == odd[3:]


@pytest.mark.parametrize("draft", [
    "1. Ukraine keeps its sovereignty.\n2. The parties agree: talks go on.\n"
    "3. A fund is set up.\n",
    "1. Sovereignty: Ukraine keeps it.\n2. The parties agree as follows:\n(a) troops withdraw;"
    "\n(b) monitors deploy.\n3. A fund is set up.\n",
    "1. Ukraine keeps its sovereignty.\n2. Talks: at 14:02 on Monday.\n3. Army: capped.\n",
])
def test_a_list_with_few_labels_keeps_its_words(draft: str) -> None:
    """Fewer than nearly every point labelled (a colon lead-in over (a)/(b) items is no
    label): every point's words stay as written."""
    imported = _import(draft)
    assert all(p.title is None for p in imported.plan.points)


@pytest.mark.parametrize("draft", [
    "1. Ukraine agrees to: (a) cap its army; (b) hold elections.\n"
    "2. Russia agrees to: (a) withdraw; (b) exchange prisoners.\n"
    "3. The US agrees to: (a) guarantee; (b) lift sanctions.\n",
    "1. Ukraine commits that: its army is capped.\n2. Russia commits that: it withdraws.\n"
    "3. Europe agrees that: sanctions stay.\n",
    "1. Україна погоджується на таке: армія скорочується.\n"
    "2. Росія погоджується на таке: війська відходять.\n"
    "3. Європа погоджується на таке: санкції лишаються.\n",
    "• Ukraine agrees to: (a) cap its army; (b) hold elections.\n"
    "• Russia agrees to: (a) withdraw; (b) exchange prisoners.\n",
])
def test_a_clause_s_lead_in_before_its_colon_is_no_label(draft: str) -> None:
    """A point opening with a clause's lead-in ("Ukraine agrees to:", "… commits that:",
    "… погоджується на таке:") or with its items run on after the colon ("(a) …; (b) …"):
    the lead-in was taken for every point's title ("Ukraine agrees to")."""
    imported = _import(draft)
    assert all(p.title is None for p in imported.plan.points)
    assert all(":" in p.text for p in imported.plan.points)


def test_a_short_label_over_words_in_small_letters_is_still_a_label() -> None:
    """"5. Amnesty: all parties receive …" among capitalised labelled points: a one- or
    two-word label is one even when its words go on in small letters (it kept the label in
    its text, the only point of five)."""
    text = _numbered_labels(LABELLED_POINTS[:4]) + "5. Amnesty: all parties receive amnesty.\n"
    imported = _import(text)
    assert [(p.title, p.text) for p in imported.plan.points] == [
        *LABELLED_POINTS[:4], ("Amnesty", "all parties receive amnesty.")]


def test_labels_the_same_but_for_a_number_are_a_template_not_titles() -> None:
    """"Step 1 of the outline: …", "Step 2 of the outline: …": the same words before each
    colon name no topic; the points keep them."""
    lines = [f"{n}. Step {n} of the outline: the parties settle matter {n} by talks."
             for n in range(1, 5)]
    imported = _import("\n".join(lines) + "\n")
    assert [p.title for p in imported.plan.points] == [None] * 4
    assert [p.text for p in imported.plan.points] == [line[3:] for line in lines]


RU_POINTS = ("Стороны прекращают огонь вдоль всей линии.",
             "Нейтральные наблюдатели следят за линией соприкосновения.",
             "Удерживаемых лиц обменивают всех на всех.")
UK_POINTS = ("Сторони припиняють вогонь уздовж усієї лінії.",
             "Нейтральні спостерігачі стежать за лінією зіткнення.",
             "Утримуваних осіб обмінюють усіх на всіх.")


@pytest.mark.parametrize(("points", "closing"), [
    (RU_POINTS, "Представители сторон от комментариев отказались."),
    (RU_POINTS, "В Кремле отказались от комментариев."),
    (UK_POINTS, "Представники сторін відмовилися від коментарів."),
    (UK_POINTS, "В Офісі президента від коментарів утрималися."),
])
@pytest.mark.parametrize("gap", ["\n", ""])
def test_a_russian_or_ukrainian_declined_to_comment_closes_the_story(
        points: tuple[str, ...], closing: str, gap: str) -> None:
    """"Представители сторон от комментариев отказались." under the last of three points
    (after a blank line, or right under it): it stayed point 3's paragraph (with a warning),
    or ran into its sentence, where "Officials declined to comment." goes to the notes."""
    text = "".join(f"{n}. {point}\n" for n, point in enumerate(points, 1)) + gap + closing
    imported = _import(text + "\n")
    assert [p.text for p in imported.plan.points] == list(points)
    assert closing in (imported.plan.notes or "")


@pytest.mark.parametrize("head", ["🔴 Главное о новой версии плана",
                                  "⚡️ Що відомо про новий план",
                                  "➡️ What the new version of the plan says"])
@pytest.mark.parametrize("gap", ["\n", ""])
def test_a_channel_s_headline_marked_with_its_own_emoji_is_no_point(head: str,
                                                                     gap: str) -> None:
    """A Telegram repost: "🔴 Главное …" over items bulleted "🔹": the headline's mark is
    a bullet too, so it was point 1 (a point invented) and the items' labels, one short,
    stayed their words. Its own mark, used by no item, makes it the headline."""
    items = (("Армия", "до 800 тысяч в мирное время"), ("Выборы", "в течение 100 дней"),
             ("Активы", "100 млрд на восстановление"))
    text = head + "\n" + gap + "".join(f"🔹 {label}: {rest}\n" for label, rest in items)
    imported = _import(text + "\n#мирныйплан\n")
    assert [(p.title, p.text) for p in imported.plan.points] == list(items)
    assert head.split(" ", 1)[1] in (imported.plan.notes or "")


def test_a_list_whose_first_item_has_another_bullet_after_text_keeps_it() -> None:
    """A first bullet with its own mark after a line of text is an item as before."""
    text = "The plan says:\n• Ceasefire now\n- Monitors on the line\n- Prisoners exchanged\n"
    imported = _import(text)
    assert [p.text for p in imported.plan.points] == [
        "Ceasefire now", "Monitors on the line", "Prisoners exchanged"]


@pytest.mark.parametrize("app", ["Sent from my iPhone", "Get Outlook for Android",
                                 "Отправлено с iPhone"])
def test_a_name_over_a_phone_s_signature_signs_the_message(app: str) -> None:
    """A mailed copy of the points with no greeting: "Jane" under the last point, then
    "Sent from my iPhone" (left out). The name stayed point 3's second paragraph, with a
    warning only."""
    text = ("Desk - as read out at the briefing:\n\n" + _numbered_labels(LABELLED_POINTS[:3])
            + f"\nJane\n\n{app}\n")
    imported = _import(text)
    assert [p.text for p in imported.plan.points] == [text for _, text in LABELLED_POINTS[:3]]
    assert "Jane" in (imported.plan.notes or "")
    assert "sign-off" in report_text(imported)


@pytest.mark.parametrize("join", ["; and ", ", та ", "; or "])
def test_a_run_numbered_with_brackets_keeps_its_last_item_after_a_conjunction(join: str) -> None:
    """``The draft says: 1) …; 2) …; and 3) …`` on one line: "and 3)" stands after no
    finished sentence, so item 3 ran into point 2's text and was lost as a point. It opens
    point 3; the conjunction ends item 2, as a list typed an item a line has it."""
    text = ("The outline\n\nThe draft says: 1) both sides stop firing along the whole front; "
            f"2) monitors from neutral states watch the line{join}3) detainees are swapped in "
            "stages.\n")
    imported = _import(text)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "both sides stop firing along the whole front;"),
        ("2", f"monitors from neutral states watch the line{join.rstrip()}"),
        ("3", "detainees are swapped in stages.")]


def test_a_bracketed_number_after_a_conjunction_that_does_not_count_on_is_the_text_s() -> None:
    """"…; and 3) of the old text …" inside point 1, where point 2 comes next: no point."""
    text = ("1. The parties agree on two annexes; and 3) of the old text is dropped.\n"
            "2. Monitors watch the line.\n")
    assert [p.number for p in _import(text).plan.points] == ["1", "2"]
