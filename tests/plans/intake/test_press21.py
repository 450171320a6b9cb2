"""Press copies (press21): a wire story's run-together list after a numbered list is a list
of its own, a short Japanese headline is the title, a fact sheet's title under a press
office's header, the lead-in endings the three readers of lead-ins know. Texts are the
project's own, in the shape of such pages."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.plans.intake.pages import imported_text, page, report_text

REQUEST = DraftRequest(document="plan", version="2025-12-03-press")
DEFAULT_TITLE = "plan 2025-12-03-press"
POINTS = ("1. Both sides stop firing along the whole front.\n"
          "2. Neutral monitors watch the line of contact.\n"
          "3. Detainees are exchanged, all for all.\n")
OTHERS = ("a fund for rebuilding is set up", "sanctions are lifted in stages",
          "the talks go on in Geneva.")


def _import(text: str, name: str = "copy.txt") -> ImportedDraft:
    return imported_text(text, REQUEST, name)


@pytest.mark.parametrize("lead", [
    "A second paper, also seen by this agency, sets out that",
    "The annex, according to two officials, lists the following:",
    "Другий документ, за даними агентства, передбачає, що",
])
@pytest.mark.parametrize("after", ["", "\nOfficials declined to comment.\n",
                                   "\nIt also lists these steps:\n\n- Elections are held.\n"
                                   "- An amnesty is given.\n"])
def test_a_wire_run_after_a_numbered_list_is_no_sub_list_of_its_last_point(
        lead: str, after: str) -> None:
    """"1. … 2. … 3. …", then a paragraph "… sets out that (1) …; (2) …; and (3) …": the
    run was cut, but its items were read as point 3's sub-points 3(1), 3(2), 3(3) and its
    lead as point 3's further paragraph. They are a list of their own (numbered from 1
    again: a part of its own), the lead in the notes; point 3 keeps its own words only."""
    join = "; та " if lead.startswith("Др") else "; and "
    run = f"{lead} (1) {OTHERS[0]}; (2) {OTHERS[1]}{join}(3) {OTHERS[2]}"
    imported = _import(f"What the outline says\n\n{POINTS}\n{run}\n{after}")
    points = imported.plan.points
    assert [p.text for p in points[:3]] == [line[3:] for line in POINTS.splitlines()]
    assert all(not p.points for p in points[:3])
    assert [(p.number, p.text.split("\n")[0]) for p in points[3:6]] == list(
        zip("123", (f"{OTHERS[0]};", f"{OTHERS[1]}{join.rstrip()}", OTHERS[2]), strict=True))
    assert [p.id for p in points[3:6]] == ["part2-p1", "part2-p2", "part2-p3"]
    assert lead in (imported.plan.notes or "")
    assert "run together in one sentence" in report_text(imported)


JA_POINTS = "１．ウクライナの主権を確認する。\n２．停戦監視団を置く。\n３．捕虜を全員交換する。\n"


@pytest.mark.parametrize("text", [
    "和平案の骨子\n\n{points}",
    "和平案の骨子\n{points}",
    "和平案の骨子\n2025年12月4日 10:30\n\n{points}",
    "和平案の骨子\n\n2025/12/04 10:30\n\n{points}",
    "国際\n和平案の骨子\n\n{points}",
    "停戦案全文\n\n{points}",
    "和平案\n\n{points}",
    "和平案\n{points}",
    "停戦案\n2025年12月4日 10:30\n\n{points}",
])
def test_a_short_japanese_headline_is_the_title(text: str) -> None:
    """A Japanese headline of 8 characters or fewer (和平案の骨子) matched a section label
    (国際, ウクライナ情勢), was passed over and went to the notes: the version went
    untitled. With nothing under it before the points but the page's date, it is the
    title; under a shorter label (国際) it is the headline the label stands over. A bare
    three-character word naming the text (和平案, 停戦案) is a headline too: it went to the
    notes, shorter than any other headline."""
    imported = _import(text.format(points=JA_POINTS))
    assert imported.plan.title == text.split("\n")[1 if text.startswith("国際") else 0]
    assert len(imported.plan.points) == 3


@pytest.mark.parametrize("text", [
    "和平案全文\n\nアメリカが示した和平案の全文は以下の通り。\n\n{points}",
    "和平案の骨子\n\n政府関係者によると、骨子は次の通り。\n\n{points}",
])
def test_a_short_japanese_headline_over_the_lead_is_the_title(text: str) -> None:
    """A short headline over the lead (和平案全文 / アメリカが示した…): it was passed over as
    a section label. Its particle (の) or its word for the text (全文, 骨子) makes it a
    headline; a label (ウクライナ, 国際) over the lead stays none (below)."""
    imported = _import(text.format(points=JA_POINTS))
    assert imported.plan.title == text.split("\n")[0]


@pytest.mark.parametrize("text", [
    "国際\n\n{points}",
    "ウクライナ情勢\n\nアメリカが示した和平案の全文は以下の通り。\n\n{points}",
    "ウクライナ\n\n米国が示した和平案は次の通り。\n\n{points}",
])
def test_a_japanese_section_label_over_the_lead_stays_no_title(text: str) -> None:
    """A section label (国際, ウクライナ) over the lead or alone stays no title."""
    imported = _import(text.format(points=JA_POINTS))
    assert imported.plan.title == DEFAULT_TITLE
    assert text.split("\n")[0] in (imported.plan.notes or "")


SHEET = "FACT SHEET: President Advances a Framework for Peace in Ukraine"


@pytest.mark.parametrize("header", [
    "THE WHITE HOUSE\nOffice of the Press Secretary\nFOR IMMEDIATE RELEASE\nDecember 4, 2025\n\n"
    "{sheet}\n\nToday, the President announced a framework with these points:\n",
    "THE WHITE HOUSE\nOffice of the Press Secretary\nFOR IMMEDIATE RELEASE\nDecember 4, 2025\n"
    "{sheet}\n",
    "Briefings & Statements\n{sheet}\nThe White House\nDecember 4, 2025\n\n"
    "Today, the President announced a framework with these points:\n",
    "THE WHITE HOUSE\nWASHINGTON\n\n{sheet}\n",
    "THE WHITE HOUSE\n\n{sheet}\n",
])
def test_a_fact_sheet_s_title_under_a_press_header_is_the_title(header: str) -> None:
    """A White House fact sheet pasted with its press header (the office, "FOR IMMEDIATE
    RELEASE", the date; or the site's section over the title and the office under it): the
    version went untitled (the header and the title run into one paragraph) or was titled
    "THE WHITE HOUSE". The "FACT SHEET: …" line is the title; the header stays in the
    notes, counted."""
    imported = _import(header.format(sheet=SHEET) + "\n" + POINTS)
    assert imported.plan.title == SHEET
    assert "THE WHITE HOUSE" in (imported.plan.notes or "").upper()
    assert len(imported.plan.points) == 3
    assert "line(s) outside the points" in report_text(imported)


def test_a_fact_sheet_line_in_the_release_s_text_is_no_title() -> None:
    """A fact sheet named in the release's text, after its first sentence, is no title."""
    text = ("Officials spoke on Monday.\n\nFact sheet: the outline follows\n\n" + POINTS)
    assert _import(text).plan.title == DEFAULT_TITLE


@pytest.mark.parametrize(("lead", "points"), [
    ("Документ предусматривает следующее",
     "1. Стороны прекращают огонь.\n2. Наблюдатели следят за линией.\n3. Пленные обмениваются.\n"),
    ("Сторони домовилися про таке",
     "1. Сторони припиняють вогонь.\n2. Спостерігачі стежать за лінією.\n"
     "3. Полонених обмінюють.\n"),
    ("和平案の骨子は以下の通り", JA_POINTS),
    ("合意の内容は次のとおり", JA_POINTS),
    ("The draft sets three conditions, namely", POINTS),
])
def test_a_lead_in_without_its_colon_is_no_headline(lead: str, points: str) -> None:
    """A lead-in going on in the points, pasted without its colon ("… следующее", "… про
    таке", "…は以下の通り", "…, namely"), was the version's title: the headline reader knew
    "that", "що", "что" and "as follows" only. It goes to the notes."""
    imported = _import(f"{lead}\n\n{points}")
    assert imported.plan.title == DEFAULT_TITLE
    assert lead in (imported.plan.notes or "")
    assert len(imported.plan.points) == 3


@pytest.mark.parametrize(("lead", "items", "join"), [
    ("The draft sets three conditions, namely",
     ("both sides stop firing", "monitors watch the line", "detainees are exchanged."), "and"),
    ("Проєкт містить три умови, а саме",
     ("сторони припиняють вогонь", "спостерігачі стежать за лінією", "полонених обмінюють."),
     "та"),
    ("Проект содержит, в частности,",
     ("стороны прекращают огонь", "наблюдатели следят за линией", "пленные обмениваются."),
     "и"),
])
def test_a_wire_run_after_a_lead_in_word_on_a_page_with_a_list_is_cut(
        lead: str, items: tuple[str, str, str], join: str) -> None:
    """A key-facts list above, then "… namely (1) …; (2) …; and (3) …" ("а саме", "в
    частности"): the wire reader knew a lead ending in "that", "що", "что" or a colon only,
    and left the run whole in the last key fact's text. It is cut, its items a list of
    their own."""
    run = f"{lead} (1) {items[0]}; (2) {items[1]}; {join} (3) {items[2]}"
    imported = _import(f"Key facts\n\n1. The talks open on Monday.\n2. Envoys meet in Geneva."
                       f"\n\n{run}\n")
    assert [p.text for p in imported.plan.points] == [
        "The talks open on Monday.", "Envoys meet in Geneva.", f"{items[0]};",
        f"{items[1]}; {join}", items[2]]
    assert "run together in one sentence" in report_text(imported)


def test_a_japanese_lead_in_before_a_colon_is_no_point_s_label() -> None:
    """"3. 安全の保証は以下の通り：" over its text, among points labelled "停戦：", "監視：":
    the lead-in was taken for point 3's title (the label reader knew "таке", "следующее",
    "as follows", not 「以下の通り」). It stays the point's text; the others keep their
    titles."""
    text = ("1. 停戦：双方は前線全体で発砲を止める。\n2. 監視：中立の監視団が接触線を見守る。\n"
            "3. 安全の保証は以下の通り：\n米国と欧州が保証を与える。\n4. 捕虜：全員を交換する。\n"
            "5. 選挙：１００日以内に行う。\n")
    points = _import(text).plan.points
    assert [p.title for p in points] == ["停戦", "監視", None, "捕虜", "選挙"]
    assert points[2].text.startswith("安全の保証は以下の通り：")


@pytest.mark.parametrize(("between", "where"), [
    ('<p class="read-also"><strong>Read also:</strong> <a href="/n/1">Envoys meet again</a>'
     "</p>", "list"),
    ('<div class="article__read-also">Читайте також: <a href="/n/2">Що змінилося</a></div>',
     "list"),
    ('<li class="read-also"><a href="/n/3">Read also: Envoys meet in Geneva</a></li>', "list"),
    ('<p class="caption">Soldiers near the line (Photo by Jane Roe/Agency)</p>', "paragraphs"),
    ('<div class="photo-credit">Photo: Office of the President</div>', "paragraphs"),
])
def test_a_furniture_box_between_the_points_is_counted(between: str, where: str) -> None:
    """A box the page's class names make furniture ("read-also", "caption", "photo-credit"),
    between two list items or two numbered paragraphs, was left out with no word in the
    report. It is still left out, and counted."""
    items = ["Ukraine's sovereignty is confirmed.", "Both sides stop firing along the front.",
             "Neutral monitors watch the line.", "Detainees are exchanged, all for all."]
    if where == "list":
        body = ("<ol>" + "".join(f"<li>{item}</li>" for item in items[:2]) + between
                + "".join(f"<li>{item}</li>" for item in items[2:]) + "</ol>")
    else:
        body = "".join(f"<p>{n}. {item}</p>" + (between if n == 2 else "")
                       for n, item in enumerate(items, 1))
    imported = import_bytes(page(f"<h1>What the draft says</h1>{body}"), "page.html", ".html",
                            REQUEST)
    assert [p.text for p in imported.plan.points] == items
    assert "left out 1 box(es) between the points the page's class names mark as its " \
        "furniture" in report_text(imported)


ITEMS4 = ("Ukraine's sovereignty is confirmed.", "Both sides stop firing along the whole front.",
          "Neutral monitors watch the line of contact.", "Detainees are exchanged, all for all.")


@pytest.mark.parametrize("credit", ["Photo: Jane Doe / Agency", "Фото: Офіс президента",
                                    "Photograph by Jane Doe", "写真：ロイター"])
def test_a_caption_over_a_picture_s_credit_leaves_the_point_with_it(credit: str) -> None:
    """A page pasted with a picture between points 1 and 2: its caption ("Envoys meet in
    Geneva on Sunday.") over its credit ("Photo: …"), a blank line above. The credit went
    to the point's notes, but the caption stayed in point 1 as a paragraph of its own. The
    caption goes with its credit."""
    caption = "Envoys meet in Geneva on Sunday."
    text = (f"What the new draft says\n\n1. {ITEMS4[0]}\n\n{caption}\n{credit}\n\n"
            + "".join(f"{n}. {item}\n" for n, item in enumerate(ITEMS4[1:], 2)))
    imported = _import(text)
    assert [p.text for p in imported.plan.points] == list(ITEMS4)
    assert f"{caption} {credit}" in report_text(imported)


def test_a_point_s_own_paragraph_over_a_credit_is_kept_when_it_is_its_first() -> None:
    """A credit right under the point's own line takes nothing of the point with it."""
    text = (f"1. {ITEMS4[0]}\nPhoto: Jane Doe / Agency\n\n"
            + "".join(f"{n}. {item}\n" for n, item in enumerate(ITEMS4[1:], 2)))
    assert [p.text for p in _import(text).plan.points] == list(ITEMS4)


@pytest.mark.parametrize("caption", ["Soldiers near the front line (Photo by John Roe/Agency)",
                                     "Envoys in Geneva (AP Photo/Jane Doe)"])
def test_a_caption_ending_in_its_bracketed_credit_without_a_stop_is_an_aside(
        caption: str) -> None:
    """A caption with no full stop before its bracketed credit, run under point 3 with no
    blank line: it was read as the last words of point 3."""
    text = "".join(f"{n}. {item}\n" + (f"{caption}\n" if n == 3 else "")
                   for n, item in enumerate(ITEMS4, 1))
    imported = _import(text)
    assert [p.text for p in imported.plan.points] == list(ITEMS4)
    assert caption in report_text(imported)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_points_each_in_straight_quotes_are_read_whole(gap: str) -> None:
    """A plain-text paste quoting each point in straight quotes ("1. …"): the opening mark
    was read as text before the point's number ("point 1 starts in the middle of a line"),
    each point kept the closing mark and the next one's opening mark, and a lone mark went
    to the notes. The marks leave the points as curly ones (“1. …”) do."""
    items = ("Ukraine's sovereignty is confirmed.", "Both sides stop firing.",
             'Detainees are exchanged, "all for all".')
    text = gap.join(f'"{n}. {item}"' for n, item in enumerate(items, 1)) + "\n"
    imported = _import(text)
    assert [p.text for p in imported.plan.points] == list(items)
    assert not imported.plan.notes
    assert "middle of a line" not in report_text(imported)


@pytest.mark.parametrize("mark", ["一、", "一，", "　一、"])
def test_a_japanese_summary_s_items_each_opening_with_ichi_are_points_in_order(
        mark: str) -> None:
    """A Japanese summary (要旨) opening every item with 一、: each was read as point 1
    again ("point 1 appears twice"), the version numbered 1, 1, 1. They are bulleted items,
    read as points 1-3 in order, and the report says so."""
    items = ("ウクライナの主権を確認する。", "双方は前線全体で停戦する。", "捕虜を全員交換する。")
    text = ("停戦案の要旨\n\n【ワシントン＝共同】米政府が示した停戦案の要旨は次の通り。\n\n"
            + "".join(f"{mark}{item}\n" for item in items))
    imported = _import(text)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", items[0]), ("2", items[1]), ("3", items[2])]
    assert "appears twice" not in report_text(imported)
    assert "each opening with 一、" in report_text(imported)


def test_kanji_numbers_counting_on_stay_numbers() -> None:
    """一、 二、 三、 count the points: they keep their numbers."""
    text = "一、主権を確認する。\n二、停戦する。\n三、捕虜を交換する。\n"
    assert [p.number for p in _import(text).plan.points] == ["1", "2", "3"]


@pytest.mark.parametrize(("points", "closing"), [
    ("1. Суверенітет України підтверджується.\n2. Сторони припиняють вогонь.\n"
     "3. Полонених обмінюють за формулою всіх на всіх.\n",
     "Раніше ми повідомляли, що делегації зустрінуться знову."),
    ("1. Суверенитет Украины подтверждается.\n2. Стороны прекращают огонь.\n"
     "3. Пленными обмениваются по формуле «всех на всех».\n",
     "Ранее источники сообщали о новом раунде встреч."),
    (POINTS, "Earlier, both delegations met for a first round."),
])
def test_a_closing_recap_of_earlier_news_leaves_the_last_point(points: str,
                                                               closing: str) -> None:
    """A news page's closing recap under the list ("Раніше ми повідомляли …", "Ранее …",
    "Earlier, …"): it stayed in the last point as its further paragraph (with a warning to
    check it). It reads as the story's, and goes to the notes, counted."""
    imported = _import(f"Що відомо про план\n\n{points}\n{closing}\n")
    assert [p.text for p in imported.plan.points] == [
        line.split(". ", 1)[1] for line in points.splitlines()]
    assert closing in (imported.plan.notes or "")
    assert "read as the article's text" in report_text(imported)
