"""Press pages' leftovers around a plan's list: a bulleted list later in the article (what
is known so far, reactions) after the reporter's own paragraph, speaker labels of a
transcript, bold lead-ins and commentary labels, and a paywall's cut under ``--partial``.
Texts are the project's own."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.plans.intake.pages import messages as _messages
from tests.plans.intake.pages import page as _page
from tests.plans.intake.pages import tree as _tree

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")


def test_a_bulleted_list_after_the_reporter_s_paragraph_is_not_sub_points() -> None:
    """An <ol> of the points, then a paragraph of the reporter's, then a <ul> of what is
    known so far: the paragraph and the bullets go to the notes, not into point 3 (they
    were its second paragraph and its sub-points 3.1, 3.2)."""
    page = _page("<h1>What the outline says</h1><p>The draft lists these steps.</p>"
                 "<ol><li>Both sides stop firing along the whole front.</li>"
                 "<li>Monitors from neutral states watch the line.</li>"
                 "<li>Detainees are swapped in stages.</li></ol>"
                 "<p>Diplomats in two capitals said the text could still change.</p>"
                 "<ul><li>A summit is planned for next month.</li>"
                 "<li>Neither side has signed anything yet.</li></ul>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _tree(imported) == [("1", "Both sides stop firing along the whole front."),
                               ("2", "Monitors from neutral states watch the line."),
                               ("3", "Detainees are swapped in stages.")]
    notes = imported.plan.notes or ""
    assert "Diplomats in two capitals said" in notes
    assert "A summit is planned for next month." in notes
    assert "Neither side has signed anything yet." in notes
    assert any("notes" in m and ("after point 3" in m or "page's text after its list" in m)
               for m in _messages(imported))


def test_the_page_s_text_after_a_closed_list_of_points_is_not_the_last_point_s() -> None:
    """An <ol> of the points closes; a neutral paragraph (no reporter's words) and a <ul>
    follow. The page's structure says the list ended: they go to the notes, not into
    point 3 as its second paragraph and sub-points 3.1, 3.2. A <ul> right after an item
    ending in a colon stays its sub-points, and a list going on (<ol start="4">) after the
    paragraph opens point 4."""
    page = _page("<ol><li>Both sides stop firing along the whole front.</li>"
                 "<li>Monitors from neutral states watch the line.</li>"
                 "<li>Detainees are swapped in stages.</li></ol>"
                 "<p>The text could still change before the summit.</p>"
                 "<ul><li>Kyiv wants firmer guarantees.</li><li>Moscow has not replied.</li>"
                 "</ul><ol start=\"4\"><li>Elections follow within a hundred days.</li></ol>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _tree(imported) == [("1", "Both sides stop firing along the whole front."),
                               ("2", "Monitors from neutral states watch the line."),
                               ("3", "Detainees are swapped in stages."),
                               ("4", "Elections follow within a hundred days.")]
    notes = imported.plan.notes or ""
    for moved in ("The text could still change", "Kyiv wants firmer guarantees.",
                  "Moscow has not replied."):
        assert moved in notes
    assert "Heading" not in notes  # as the page has it, not labelled a heading
    assert any("1 block(s) of the page's text after its list of points" in m
               for m in _messages(imported))
    own = _page("<ol><li>Both sides stop firing.</li><li>Monitors watch the line.</li>"
                "<li>Detainees are swapped in two groups:</li></ol>"
                "<ul><li>soldiers;</li><li>civilians.</li></ul>")
    assert _tree(import_bytes(own, "page.html", ".html", REQUEST))[2:] == [
        ("3", "Detainees are swapped in two groups:"), ("3.1", "soldiers;"),
        ("3.2", "civilians.")]


def test_a_list_after_prose_after_the_sub_points_leaves_the_last_sub_point() -> None:
    """Point 3's own sub-points (a <ul> under its paragraph ending in a colon) stay; the
    reporter's paragraph and the reactions' <ul> after them were read into sub-point 3.2
    and as 3.3, 3.4."""
    page = _page("<p>1. Both sides stop firing along the whole front.</p>"
                 "<p>2. Monitors from neutral states watch the line.</p>"
                 "<p>3. Detainees are swapped in stages, including:</p>"
                 "<ul><li>wounded soldiers first;</li><li>civilians held since the start.</li>"
                 "</ul><p>The foreign ministry said on Monday it would study the text.</p>"
                 "<ul><li>Paris welcomed the outline.</li><li>The opposition called it vague."
                 "</li></ul>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _tree(imported) == [("1", "Both sides stop firing along the whole front."),
                               ("2", "Monitors from neutral states watch the line."),
                               ("3", "Detainees are swapped in stages, including:"),
                               ("3.1", "wounded soldiers first;"),
                               ("3.2", "civilians held since the start.")]
    notes = imported.plan.notes or ""
    for moved in ("The foreign ministry said", "Paris welcomed the outline.",
                  "The opposition called it vague."):
        assert moved in notes


def test_lists_that_are_the_point_s_own_stay_sub_points() -> None:
    """A <ul> inside an <li>, and one under a further paragraph of the point that ends in
    a colon, are the point's sub-points; a <ul> after a heading goes to the notes."""
    page = _page("<ol><li>Both sides stop firing.<ul><li>on land;</li><li>at sea.</li></ul>"
                 "</li><li>Monitors watch the line.</li>"
                 "<li><p>Detainees are swapped.</p><p>The swaps cover two groups:</p>"
                 "<ul><li>soldiers;</li><li>civilians.</li></ul></li></ol>"
                 "<h2>Reactions</h2><ul><li>The ministry welcomed the text.</li></ul>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _tree(imported) == [("1", "Both sides stop firing."), ("1.1", "on land;"),
                               ("1.2", "at sea."), ("2", "Monitors watch the line."),
                               ("3", "Detainees are swapped.\n\nThe swaps cover two groups:"),
                               ("3.1", "soldiers;"), ("3.2", "civilians.")]
    assert "The ministry welcomed the text." in (imported.plan.notes or "")


TRANSCRIPT = """Transcript: the briefing on the outline

Q: Can you walk us through the points?

ZELENSKY: Yes. The first points are these.

1. Both sides stop firing along the whole front.

2. Monitors from neutral states watch the line.

Reporter: And the detainees?

A: 3. Detainees are swapped in stages.

ZELENSKY: 4. Frozen funds go to rebuilding.

Q: Is that all?
"""


def test_speaker_labels_of_a_transcript_never_stay_in_a_point() -> None:
    """A question between points 2 and 3 was point 2's second paragraph, with the answer's
    label ``A:`` after it; ``ZELENSKY:`` before point 4's number was point 3's. A speaker's
    line between the points goes to the notes; a label before a number is left out."""
    imported = import_bytes(TRANSCRIPT.encode(), "briefing.txt", ".txt", REQUEST)
    assert _tree(imported) == [("1", "Both sides stop firing along the whole front."),
                               ("2", "Monitors from neutral states watch the line."),
                               ("3", "Detainees are swapped in stages."),
                               ("4", "Frozen funds go to rebuilding.")]
    notes = imported.plan.notes or ""
    assert "Reporter: And the detainees?" in notes
    assert "Q: Is that all?" in notes
    messages = _messages(imported)
    assert any("left out 2 speaker label(s)" in m for m in messages), messages
    assert any("2 speaker line(s) of a transcript between the points" in m
               for m in messages), messages


def test_speaker_labels_in_a_page_and_in_cyrillic() -> None:
    page = _page("<h1>Transcript</h1><p><strong>Q:</strong> Can you list the points?</p>"
                 "<p>1. Both sides stop firing.</p><p>2. Monitors watch the line.</p>"
                 "<p><b>Reporter:</b> And the detainees?</p>"
                 "<p><b>A:</b> 3. Detainees are swapped in stages.</p>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _tree(imported) == [("1", "Both sides stop firing."),
                               ("2", "Monitors watch the line."),
                               ("3", "Detainees are swapped in stages.")]
    assert "Reporter: And the detainees?" in (imported.plan.notes or "")
    text = ("ЗЕЛЕНСЬКИЙ: Перші пункти такі.\n\n1. Сторони припиняють вогонь.\n\n"
            "2. Нейтральні держави спостерігають за лінією.\n\nЗЕЛЕНСЬКИЙ: Далі про "
            "полонених.\n\n3. Полонених обмінюють поетапно.\n")
    imported = import_bytes(text.encode(), "uk.txt", ".txt", REQUEST)
    assert _tree(imported) == [("1", "Сторони припиняють вогонь."),
                               ("2", "Нейтральні держави спостерігають за лінією."),
                               ("3", "Полонених обмінюють поетапно.")]
    assert "ЗЕЛЕНСЬКИЙ: Далі про полонених." in (imported.plan.notes or "")


def test_a_plan_s_own_labels_in_capitals_are_its_text() -> None:
    """No transcript: a plan's ``NOTE:`` once, and the parties' obligations under a lead-in
    (``UKRAINE:``, ``RUSSIA:``) stay in the points."""
    text = ("1. Both sides stop firing.\n\nNOTE: the line is the line of 1 March.\n\n"
            "2. Each party commits:\n\nUKRAINE: withdraws heavy arms.\n\n"
            "RUSSIA: withdraws heavy arms.\n")
    imported = import_bytes(text.encode(), "plan.txt", ".txt", REQUEST)
    assert _tree(imported) == [
        ("1", "Both sides stop firing.\n\nNOTE: the line is the line of 1 March."),
        ("2", "Each party commits:\n\nUKRAINE: withdraws heavy arms.\n\n"
              "RUSSIA: withdraws heavy arms.")]


def test_a_bold_lead_in_naming_the_point_is_its_title() -> None:
    """``<strong>Point 5: Security guarantees.</strong> The US will …``: the words in bold
    after the number were the first words of the point's text."""
    page = _page("<p><strong>Point 1: Ceasefire.</strong> Both sides stop firing.</p>"
                 "<p><strong>Point 2 – Monitoring</strong> Monitors watch the line.</p>"
                 "<p><b>Point 3: Security guarantees.</b> The US will back a guarantee.</p>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert [(p.number, p.title, p.text) for p in imported.plan.points] == [
        ("1", "Ceasefire", "Both sides stop firing."),
        ("2", "Monitoring", "Monitors watch the line."),
        ("3", "Security guarantees", "The US will back a guarantee.")]
    text = ("**Point 1: Ceasefire.** Both sides stop firing.\n\n"
            "**Пункт 2: Моніторинг.** Спостерігачі стежать за лінією.\n")
    imported = import_bytes(text.encode(), "plan.md", ".md", REQUEST)
    assert [(p.number, p.title, p.text) for p in imported.plan.points] == [
        ("1", "Ceasefire", "Both sides stop firing."),
        ("2", "Моніторинг", "Спостерігачі стежать за лінією.")]


def test_a_bold_lead_in_with_the_number_alone_is_the_title() -> None:
    """``<strong>2. Ceasefire</strong> A ceasefire …``: with no article word, the bold title
    was glued to the text ("Ceasefire A ceasefire takes effect"). A bold short clause (five
    words or more) after the number stays the text."""
    page = _page("<p><strong>1. Sovereignty.</strong> Ukraine's sovereignty is confirmed.</p>"
                 "<p><strong>2. Ceasefire</strong> A ceasefire takes effect at once.</p>"
                 "<p><b>3. Frozen assets:</b> They fund the rebuilding.</p>"
                 "<p><strong>4. Both sides stop all firing.</strong> Monitors follow.</p>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert [(p.number, p.title, p.text) for p in imported.plan.points] == [
        ("1", "Sovereignty", "Ukraine's sovereignty is confirmed."),
        ("2", "Ceasefire", "A ceasefire takes effect at once."),
        ("3", "Frozen assets", "They fund the rebuilding."),
        ("4", None, "Both sides stop all firing. Monitors follow.")]
    text = ("**1. Sovereignty.** Ukraine's sovereignty is confirmed.\n\n"
            "**2. Ceasefire** A ceasefire takes effect at once.\n\n"
            "**3. Security guarantees** are given by the US.\n")
    imported = import_bytes(text.encode(), "plan.md", ".md", REQUEST)
    assert [(p.number, p.title, p.text) for p in imported.plan.points] == [
        ("1", "Sovereignty", "Ukraine's sovereignty is confirmed."),
        ("2", "Ceasefire", "A ceasefire takes effect at once."),
        ("3", None, "Security guarantees are given by the US.")]


def test_a_bold_sentence_opening_a_point_stays_its_text() -> None:
    """Bold words that are a sentence, or name no point, are the point's text."""
    page = _page("<p>1. <strong>Both sides stop firing.</strong> The line is frozen.</p>"
                 "<p><strong>Point 2: Both sides stop firing. Monitors come in.</strong> "
                 "They watch the line.</p>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert [(p.number, p.title, p.text) for p in imported.plan.points] == [
        ("1", None, "Both sides stop firing. The line is frozen."),
        ("2", None, "Both sides stop firing. Monitors come in. They watch the line.")]


def test_a_commentary_label_after_a_point_goes_to_its_notes() -> None:
    """``Response:``, ``Analysis:``, ``What changed:``, ``Відповідь:`` in bold after a point's
    text were the point's second paragraph."""
    page = _page("<p><strong>Point 1: Ceasefire.</strong> Both sides stop firing.</p>"
                 "<p><strong>Response:</strong> The ministry called this the easy part.</p>"
                 "<p><strong>Point 2: Monitoring.</strong> Monitors watch the line.</p>"
                 "<p><strong>Analysis:</strong> Nobody has said which states.</p>"
                 "<p><strong>Point 3: Guarantees.</strong> The US backs a guarantee.</p>"
                 "<p><strong>What changed:</strong> The earlier draft said five years.</p>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert [(p.text, p.notes) for p in imported.plan.points] == [
        ("Both sides stop firing.", "Response: The ministry called this the easy part."),
        ("Monitors watch the line.", "Analysis: Nobody has said which states."),
        ("The US backs a guarantee.", "What changed: The earlier draft said five years.")]
    text = ("1. Both sides stop firing.\n\n**Відповідь:** Ніхто не сказав, коли.\n\n"
            "2. Monitors watch the line.\n")
    imported = import_bytes(text.encode(), "plan.md", ".md", REQUEST)
    assert [(p.text, p.notes) for p in imported.plan.points] == [
        ("Both sides stop firing.", "Відповідь: Ніхто не сказав, коли."),
        ("Monitors watch the line.", None)]


def test_a_wrapped_commentary_paragraph_goes_to_the_notes_whole() -> None:
    """A ``Response:`` paragraph pasted wrapped over three lines with no blank line: only its
    first line went to the notes and the other two ran into the point's text. A commentary
    line that ends its sentence is one paragraph (a browser's copy, one line a paragraph):
    the point's next paragraph after a blank line, and a photo's credit (no full stop), are
    not joined to it."""
    text = ("1. Both sides stop firing along the whole front.\n"
            "Response: The ministry says this repeats what\n"
            "both sides already signed in the spring and\n"
            "adds no one to watch the line.\n"
            "2. Monitors from neutral states watch the line.\n"
            "Відповідь: у Києві кажуть, що ніхто досі\n"
            "не назвав цих держав.\n\n"
            "The monitors report every week.\n"
            "3. Detainees are swapped in stages.\n"
            "Analysis: The earlier draft said all for all.\n"
            "Both lists are drawn up by the Red Cross.\n"
            "Photo: Reuters\n"
            "4. Frozen funds go to rebuilding.\n")
    imported = import_bytes(text.encode(), "annotated.txt", ".txt", REQUEST)
    assert [(p.text, p.notes) for p in imported.plan.points] == [
        ("Both sides stop firing along the whole front.",
         "Response: The ministry says this repeats what both sides already signed in the "
         "spring and adds no one to watch the line."),
        ("Monitors from neutral states watch the line.\n\nThe monitors report every week.",
         "Відповідь: у Києві кажуть, що ніхто досі не назвав цих держав."),
        ("Detainees are swapped in stages. Both lists are drawn up by the Red Cross.",
         "Analysis: The earlier draft said all for all.\n\nPhoto: Reuters"),
        ("Frozen funds go to rebuilding.", None)]


def test_bold_words_a_sentence_goes_on_from_stay_the_text() -> None:
    """``<b>Article 5. Sanctions relief</b> is granted …``: one sentence, no title."""
    page = _page("<p><b>Article 1. Sanctions relief</b> is granted in stages.</p>"
                 "<p><b>Article 2. Monitoring</b> Monitors watch the line.</p>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert [(p.number, p.title, p.text) for p in imported.plan.points] == [
        ("1", None, "Sanctions relief is granted in stages."),
        ("2", "Monitoring", "Monitors watch the line.")]
    text = ("**Article 1. Sanctions relief** is granted in stages.\n\n"
            "**Article 2. Monitoring** Monitors watch the line.\n")
    imported = import_bytes(text.encode(), "plan.md", ".md", REQUEST)
    assert [(p.number, p.title, p.text) for p in imported.plan.points] == [
        ("1", None, "Sanctions relief is granted in stages."),
        ("2", "Monitoring", "Monitors watch the line.")]


JA_BRIEFING = """ゼレンスキー大統領　会見の要旨
司会：それでは質疑に移ります。
記者：文書の中身を説明してください。
ゼレンスキー大統領：文書は20項目ある。主な点を挙げる。
1、ウクライナの主権を確かめる。
2、両国は互いに攻撃しないと約束する。
記者：領土はどうなるのか。
ゼレンスキー大統領：まだ決まっていない。首脳の間で話し合う。
答：3、原子力発電所は共同で運営する。
問：国民投票はあるのか。
答：あり得る。
司会：以上で終わります。
"""


def test_japanese_speaker_labels_of_a_press_conference() -> None:
    """A Japanese press conference pasted as text: ``記者：``, ``問：``, ``答：``, ``司会：`` and a
    name with its title (``ゼレンスキー大統領：``), no space after the colon. The question
    between points 2 and 3 and the answer ran into point 2, the closing lines into point 3,
    and ``答：`` stayed in front of point 3's number (no point 3 at all)."""
    imported = import_bytes(JA_BRIEFING.encode(), "kaiken.txt", ".txt", REQUEST)
    assert _tree(imported) == [("1", "ウクライナの主権を確かめる。"),
                               ("2", "両国は互いに攻撃しないと約束する。"),
                               ("3", "原子力発電所は共同で運営する。")]
    notes = (imported.plan.notes or "").split("\n\n")
    for line in ("司会：それでは質疑に移ります。", "記者：文書の中身を説明してください。",
                 "記者：領土はどうなるのか。",
                 "ゼレンスキー大統領：まだ決まっていない。首脳の間で話し合う。",
                 "問：国民投票はあるのか。", "答：あり得る。", "司会：以上で終わります。"):
        assert line in notes, (line, notes)
    messages = _messages(imported)
    assert any("left out 1 speaker label(s)" in m for m in messages), messages
    assert any("5 speaker line(s) of a transcript between the points" in m
               for m in messages), messages


def test_japanese_interview_questions_and_labels_in_a_page() -> None:
    """An interview on a page: the interviewer's questions open with ``――`` and the answers
    are unlabelled; ``答：`` stands before a list numbered （１）. The questions between the
    points went into them, and the answer under the last question into point 2."""
    page = _page("<h1>外相インタビュー</h1><p>――和平案をどう見ますか。</p>"
                 "<p>出発点にすぎない。</p><p>答：（１）軍の上限は認めない。</p>"
                 "<p>（２）領土は譲れない。</p><p>――欧州の役割は。</p>"
                 "<p>欧州なしに合意はない。</p><p>（３）保証には拘束力が要る。</p>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _tree(imported) == [("1", "軍の上限は認めない。"), ("2", "領土は譲れない。"),
                               ("3", "保証には拘束力が要る。")]
    notes = imported.plan.notes or ""
    assert "――欧州の役割は。" in notes and "欧州なしに合意はない。" in notes


def test_japanese_labels_that_are_no_speaker_s_stay() -> None:
    """No transcript: a name with its title once, a katakana word before a colon twice and a
    photo's credit are not a transcript's labels (the credit is an aside, as before)."""
    text = ("1、ウクライナの主権を確かめる。\nポイント：主権の確認。\n"
            "2、両国は攻撃しないと約束する。\nポイント：不可侵。\n"
            "3、ルビオ国務長官：合意は近いと述べた。\n")
    imported = import_bytes(text.encode(), "plan.txt", ".txt", REQUEST)
    assert _tree(imported) == [("1", "ウクライナの主権を確かめる。ポイント：主権の確認。"),
                               ("2", "両国は攻撃しないと約束する。ポイント：不可侵。"),
                               ("3", "ルビオ国務長官：合意は近いと述べた。")]


def _ids(imported: ImportedDraft) -> list[tuple[str, str]]:
    data = imported.plan.model_dump(mode="json", exclude_none=True)
    return [(p["id"], p["text"]) for p in data["points"]]


def test_a_second_copy_of_the_list_after_the_page_s_text_is_no_part() -> None:
    """After the points' <ol> and a paragraph, a second outlet's copy of the same points in
    an <ol> numbered from 1 again: it was read as part 2 (``part2-p1`` … beside
    ``part1-p1``), the same three points twice. Its items restate the first list's point by
    point, so they go to the version's notes with their numbers, where the list stood."""
    page = _page("<p>The text, as one outlet printed it:</p>"
                 "<ol><li>Ukraine's sovereignty is confirmed.</li>"
                 "<li>Russia, Ukraine and Europe sign a non-aggression pact.</li>"
                 "<li>NATO does not expand further.</li></ol>"
                 "<p>A second outlet printed its own copy in other words:</p>"
                 "<ol><li>The sovereignty of Ukraine will be reaffirmed.</li>"
                 "<li>A non-aggression agreement between Russia, Ukraine and Europe.</li>"
                 "<li>NATO will stop enlarging.</li></ol>"
                 "<p>Officials in Kyiv declined to comment.</p>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _ids(imported) == [
        ("p1", "Ukraine's sovereignty is confirmed."),
        ("p2", "Russia, Ukraine and Europe sign a non-aggression pact."),
        ("p3", "NATO does not expand further.")]
    notes = (imported.plan.notes or "").split("\n\n")
    assert notes[1:] == ["A second outlet printed its own copy in other words:",
                         "1. The sovereignty of Ukraine will be reaffirmed.",
                         "2. A non-aggression agreement between Russia, Ukraine and Europe.",
                         "3. NATO will stop enlarging.",
                         "Officials in Kyiv declined to comment."], notes
    assert any("a list numbered 1-3 again restates the points before it" in m
               for m in _messages(imported)), _messages(imported)


def test_a_second_list_that_says_other_things_is_a_part() -> None:
    """A list numbered from 1 again after a paragraph that introduces it, or under its own
    heading, saying other things than the first: the draft's second part, as before."""
    lists = ("<ol><li>Ukraine's sovereignty is confirmed.</li>"
             "<li>Russia, Ukraine and Europe sign a non-aggression pact.</li>"
             "<li>NATO does not expand further.</li></ol>",
             "<ol><li>Sanctions on Russia are lifted in stages.</li>"
             "<li>Frozen Russian funds go to rebuilding Ukraine.</li>"
             "<li>Russia returns to the G8.</li></ol>")
    for between in ("<p>The second part of the document deals with the economy.</p>",
                    "<h2>Economy</h2>"):
        imported = import_bytes(_page(lists[0] + between + lists[1]), "page.html", ".html",
                                REQUEST)
        assert [i for i, _ in _ids(imported)] == ["part1-p1", "part1-p2", "part1-p3",
                                                  "part2-p1", "part2-p2", "part2-p3"]
    text = ("第1章　安全保障\n1、ウクライナの主権を確かめる。\n"
            "2、ウクライナは安全の保証を受ける。\n3、ウクライナ軍の兵力は80万人とする。\n"
            "第2章　経済\n"
            "1、ウクライナの復興のため基金を設ける。\n2、ウクライナは欧州連合に加わる。\n"
            "3、ウクライナの港の利用を保証する。\n")
    imported = import_bytes(text.encode(), "parts.txt", ".txt", REQUEST)
    assert len([i for i, _ in _ids(imported) if i.startswith("part2-")]) == 3


JA_EXPLAINER = """【解説】和平案で何が決まったのか
▼和平案とは
米国がまとめた文書で、協議を経て項目が絞られたとされる。
▼主な項目
①ウクライナの主権を確かめる。
②ウクライナは信頼できる安全の保証を受ける。
▼残る争点
領土の扱いは首脳の協議に委ねられる見通しだ。
③軍の上限は削られた。
▼今後の焦点
署名の時期はまだ決まっていない。
"""


def test_japanese_section_headings_after_a_mark_are_no_sub_points() -> None:
    """A Japanese explainer's sections open with ``▼`` and a short heading: after the points
    began, ``▼残る争点`` became sub-point 2.1 and took the prose under it ("残る争点領土の扱い
    は…"), and so did ``▼今後の焦点`` under point 3. A short ``▼`` line with prose under it
    is a heading: it and its prose go to the notes. Pasted and as a page alike."""
    page = _page("".join(f"<p>{line}</p>" for line in JA_EXPLAINER.splitlines()))
    for data, name, suffix in ((JA_EXPLAINER.encode(), "kaisetsu.txt", ".txt"),
                               (page, "kaisetsu.html", ".html")):
        imported = import_bytes(data, name, suffix, REQUEST)
        assert _tree(imported) == [("1", "ウクライナの主権を確かめる。"),
                                   ("2", "ウクライナは信頼できる安全の保証を受ける。"),
                                   ("3", "軍の上限は削られた。")], name
        notes = imported.plan.notes or ""
        for text in ("残る争点", "領土の扱いは首脳の協議に委ねられる見通しだ。", "今後の焦点",
                     "署名の時期はまだ決まっていない。"):
            assert text in notes, (name, text, notes)


def test_a_bulleted_japanese_draft_keeps_its_marked_items() -> None:
    """A draft that numbers nothing and lists its points after ``■`` with a line under each:
    its items are still its points (no heading is made of them)."""
    text = "■停戦\n前線のすべてで戦闘をやめる。\n■監視\n中立国が境界線を見守る。\n"
    imported = import_bytes(text.encode(), "list.txt", ".txt", REQUEST)
    assert [n for n, _ in _tree(imported)] == ["1", "2"]


TELEGRAM = """Новини 🇺🇦, [24.12.2025 18:40]
Оприлюднено 20 пунктів рамкового документа. Головне:

1️⃣ Суверенітет України підтверджується.
2️⃣ Україна, Росія та США укладають угоду про ненапад.
3️⃣ Україна стає членом ЄС у визначений строк.

Решту пунктів публікуємо в наступному пості 👇

👁 15.2K
Новини 🇺🇦, [24.12.2025 18:52]
4️⃣ Запорізька АЕС працює спільно.
5️⃣ Вибори відбуваються після підписання угоди.
"""


def test_a_channel_post_saying_the_list_goes_on_in_the_next_one_is_an_aside() -> None:
    """A messenger channel splits the list over two posts and says so at the first one's
    end: that line was point 3's second paragraph. It goes to point 3's notes, as
    ``（続く）`` and ``To be continued`` alone on a line do."""
    imported = import_bytes(TELEGRAM.encode(), "channel.txt", ".txt", REQUEST)
    assert [(n, t, p.notes) for (n, t), p in zip(_tree(imported), imported.plan.points,
                                                  strict=True)][2] == (
        "3", "Україна стає членом ЄС у визначений строк.",
        "Решту пунктів публікуємо в наступному пості 👇")
    assert len(imported.plan.points) == 5
    text = "1、主権を確かめる。\n（続く）\n2、攻撃しない。\nTo be continued.\n3、監視する。\n"
    imported = import_bytes(text.encode(), "ja.txt", ".txt", REQUEST)
    assert [(p.text, p.notes) for p in imported.plan.points] == [
        ("主権を確かめる。", "（続く）"), ("攻撃しない。", "To be continued."),
        ("監視する。", None)]


def test_a_japanese_caption_in_brackets_and_related_links_each_apart() -> None:
    """``【写真】…`` between points was point 3's text; the links under ``関連記事`` after
    the list were run together into one note (``・A・B``: where one ends is lost)."""
    text = ("第1項　ウクライナの主権を確かめる。\n第2項　両国は攻撃しないと約束する。\n"
            "第3項　ＮＡＴＯは広がらない。\n【写真】会談に臨む代表団＝ロイター\n"
            "第4項　米国の仲介で対話する。\n関連記事\n・欧州が対案を示す\n・特使がモスクワへ\n")
    imported = import_bytes(text.encode(), "ja.txt", ".txt", REQUEST)
    assert [(p.text, p.notes) for p in imported.plan.points][2:] == [
        ("ＮＡＴＯは広がらない。", "【写真】会談に臨む代表団＝ロイター"),
        ("米国の仲介で対話する。", None)]
    notes = (imported.plan.notes or "").split("\n\n")
    assert notes[-2:] == ["・欧州が対案を示す", "・特使がモスクワへ"], notes


def test_the_page_s_text_after_a_list_going_on_from_4_is_not_its_last_point_s() -> None:
    """The points' <ol>, a question and answer, then <ol start="4"> of two items: the
    paragraph and the <ul> after that second list were point 5's sub-points 5.1, 5.2 (the
    rule for the page's text after the list asked for three items in the list itself)."""
    page = _page("<ol><li>Суверенітет України підтверджується.</li>"
                 "<li>Сторони укладають угоду про ненапад.</li>"
                 "<li>Україна отримує гарантії безпеки.</li></ol>"
                 "<p><b>Питання:</b> Чи погодилася Росія?</p>"
                 "<p><b>Відповідь:</b> Ні, текст ще обговорюють.</p>"
                 "<ol start=\"4\"><li>Армія в мирний час налічує 800 тисяч.</li>"
                 "<li>Вибори відбуваються після підписання.</li></ol>"
                 "<p>Читайте також: <a href=\"/r\">Що таке референдум</a></p>"
                 "<ul><li>Реакція Москви</li><li>Коментар ЄС</li></ul>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _tree(imported) == [("1", "Суверенітет України підтверджується."),
                               ("2", "Сторони укладають угоду про ненапад."),
                               ("3", "Україна отримує гарантії безпеки."),
                               ("4", "Армія в мирний час налічує 800 тисяч."),
                               ("5", "Вибори відбуваються після підписання.")]
    notes = (imported.plan.notes or "").split("\n\n")
    assert notes[-3:] == ["Читайте також: Що таке референдум", "• Реакція Москви",
                          "• Коментар ЄС"], notes
    short = _page("<p>Two steps come first:</p><ol><li>Both sides stop firing.</li>"
                  "<li>Monitors arrive.</li></ol><p>Then the talks begin.</p>")
    imported = import_bytes(short, "page.html", ".html", REQUEST)
    assert _tree(imported) == [("1", "Both sides stop firing."),
                               ("2", "Monitors arrive.\n\nThen the talks begin.")]


def test_a_reporter_s_lead_in_after_the_last_point_keeps_its_list_out() -> None:
    """After the last point, the reporter's ``В документе также говорится:`` and a list of
    em-dash items (what else the document says): they were point 3's second paragraph and
    sub-points 3.1, 3.2. A reporter's words introducing the list make it the article's;
    a point's own paragraph ending in a colon keeps its items."""
    text = ("МОСКВА, 21 ноя. План состоит из 28 пунктов, сообщают СМИ.\n\n"
            "Пункт 1. Суверенитет Украины подтверждается.\n"
            "Пункт 2. Стороны заключают соглашение о ненападении.\n"
            "Пункт 3. Обмен пленными проходит поэтапно.\n\n"
            "Обмен охватывает две группы:\n— военных;\n— гражданских.\n\n"
            "В документе также говорится:\n— о возвращении России в «восьмерку»;\n"
            "— о поэтапной отмене санкций.\n")
    imported = import_bytes(text.encode(), "ria.txt", ".txt", REQUEST)
    assert _tree(imported) == [
        ("1", "Суверенитет Украины подтверждается."),
        ("2", "Стороны заключают соглашение о ненападении."),
        ("3", "Обмен пленными проходит поэтапно.\n\nОбмен охватывает две группы:"),
        ("3.1", "военных;"), ("3.2", "гражданских.")]
    notes = imported.plan.notes or ""
    assert "В документе также говорится:" in notes
    assert "о возвращении России в «восьмерку»;" in notes
    assert "о поэтапной отмене санкций." in notes


UK_QUOTED = """Що передбачає документ: пункт за пунктом

Пункт 1: «Суверенітет України буде підтверджено».
Пункт 2: «Між Росією, Україною та Європою буде укладено угоду про ненапад».
ЗЕЛЕНСЬКИЙ: Ми не погодимося на обмеження армії.
Пункт 3: «Україна отримає гарантії, які схвалить „велика сімка“».
ЗЕЛЕНСЬКИЙ: Це головне питання для нас.

Фото: Офіс президента
Читайте також: Що відомо про зустріч у Женеві
"""


def test_points_quoted_whole_lose_the_quotation_marks_and_asides_stay_apart() -> None:
    """A story quoting each point whole after its number: the marks were kept in every
    point's text (``«Суверенітет … підтверджено».``), so the same point in another copy
    differed by them. And a photo's credit and a cross-link after the last speaker's line
    ran together into one note."""
    imported = import_bytes(UK_QUOTED.encode(), "uk.txt", ".txt", REQUEST)
    assert _tree(imported) == [
        ("1", "Суверенітет України буде підтверджено."),
        ("2", "Між Росією, Україною та Європою буде укладено угоду про ненапад."),
        ("3", "Україна отримає гарантії, які схвалить „велика сімка“.")]
    notes = (imported.plan.notes or "").split("\n\n")
    assert notes[-4:] == ["ЗЕЛЕНСЬКИЙ: Ми не погодимося на обмеження армії.",
                          "ЗЕЛЕНСЬКИЙ: Це головне питання для нас.",
                          "Фото: Офіс президента",
                          "Читайте також: Що відомо про зустріч у Женеві"], notes
    text = ('1. "Ukraine\'s sovereignty is confirmed."\n'
            '2. "Both sides sign a pact." Officials call it "a start".\n'
            '3. "NATO does not expand further."\n')
    imported = import_bytes(text.encode(), "en.txt", ".txt", REQUEST)
    assert [t for _, t in _tree(imported)] == [
        "Ukraine's sovereignty is confirmed.",
        '"Both sides sign a pact." Officials call it "a start".',
        "NATO does not expand further."]
    text = '1. Ukraine\'s sovereignty is confirmed.\n2. "Both sides sign a pact."\n'
    imported = import_bytes(text.encode(), "one.txt", ".txt", REQUEST)
    assert [t for _, t in _tree(imported)] == ["Ukraine's sovereignty is confirmed.",
                                               '"Both sides sign a pact."']


def test_a_japanese_label_before_an_article_s_number_is_left_out() -> None:
    """``答：第3項　…``: the answer's label hid point 3's number, and the whole point went to
    the notes as the transcript's line."""
    text = ("第1項　主権を確かめる。\n第2項　攻撃しない。\n問：中身は。\n"
            "答：第3項　原発を共同で動かす。\n")
    imported = import_bytes(text.encode(), "qa.txt", ".txt", REQUEST)
    assert _tree(imported) == [("1", "主権を確かめる。"), ("2", "攻撃しない。"),
                               ("3", "原発を共同で動かす。")]
    assert imported.plan.notes == "問：中身は。"


def test_japanese_speaker_labels_in_brackets() -> None:
    """A government's transcript prints its labels in brackets (``【記者】``, ``（総理）``):
    the question and answer between points 2 and 3 ran into point 2."""
    text = ("総理会見の記録\n【司会】質問を受けます。\n【記者】和平案の中身は。\n"
            "【総理】主な点は次の通りです。\n（１）ウクライナの主権を確かめる。\n"
            "（２）互いに攻撃しないと約束する。\n（記者）日本の役割は。\n（総理）復興を支えます。\n"
            "（３）原子力発電所を共同で動かす。\n")
    imported = import_bytes(text.encode(), "kiroku.txt", ".txt", REQUEST)
    assert _tree(imported) == [("1", "ウクライナの主権を確かめる。"),
                               ("2", "互いに攻撃しないと約束する。"),
                               ("3", "原子力発電所を共同で動かす。")]
    notes = (imported.plan.notes or "").split("\n\n")
    assert notes[-2:] == ["（記者）日本の役割は。", "（総理）復興を支えます。"], notes


def test_a_japanese_reporter_s_line_after_the_last_point_in_a_copy_with_no_blank_lines(
) -> None:
    """A Japanese page copied one line a paragraph, no blank lines: the reporter's sentence
    after the last point was that point's text. The test that the last point's line could
    not have been wrapped where it ends took the whole next line for its first word (no
    spaces in Japanese); a Japanese line wraps after any character."""
    text = ("和平案の骨子は次の通り。\n一、ウクライナの主権を確かめる。\n二、互いに攻撃しない。\n"
            "三、ＮＡＴＯは広がらない。\n四、選挙を早く行う。\n"
            "政府関係者によると、残りの項目は来週にも公表される見通しだ。\n")
    imported = import_bytes(text.encode(), "kosshi.txt", ".txt", REQUEST)
    assert _tree(imported)[-1] == ("4", "選挙を早く行う。")
    notes = (imported.plan.notes or "").split("\n\n")
    assert notes[-1] == "政府関係者によると、残りの項目は来週にも公表される見通しだ。", notes


def test_an_interview_s_credit_after_the_last_point_is_an_aside() -> None:
    """``（聞き手・モスクワ支局　山田花子）`` closing a Japanese interview was the last point's
    second paragraph."""
    page = _page("<p>――和平案をどう見るか。</p><p>出発点にすぎない。</p>"
                 "<p>（１）軍の上限は認めない。</p><p>（２）領土は譲れない。</p>"
                 "<p>（３）保証には拘束力が要る。</p><p>（聞き手・モスクワ支局　山田花子）</p>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert [(p.text, p.notes) for p in imported.plan.points][-1] == (
        "保証には拘束力が要る。", "（聞き手・モスクワ支局 山田花子）")


def test_a_japanese_q_and_a_with_full_width_letters() -> None:
    """An explainer's ``Ｑ　…`` / ``Ａ　…`` (a full-width letter and a space, no colon): the
    question and answer between points 2 and 3 ran into point 2."""
    text = ("【解説】和平案\nＱ　和平案とは。\nＡ　米国の文書で、主な項目は次の通り。\n"
            "（１）主権を確かめる。\n（２）互いに攻撃しない。\nＱ．ロシアの反応は。\n"
            "Ａ．まだ分からない。\n（３）ＮＡＴＯは広がらない。\n")
    imported = import_bytes(text.encode(), "qa.txt", ".txt", REQUEST)
    assert _tree(imported) == [("1", "主権を確かめる。"), ("2", "互いに攻撃しない。"),
                               ("3", "ＮＡＴＯは広がらない。")]
    notes = (imported.plan.notes or "").split("\n\n")
    assert notes[-2:] == ["Ｑ．ロシアの反応は。", "Ａ．まだ分からない。"], notes


def test_a_marked_list_s_last_item_before_a_paragraph_stays_an_item() -> None:
    """``■`` items under a point, then the point's further paragraph: the last item is the
    list's, not a heading (the line before it is an item too)."""
    text = ("1、安全を保証する。\n■兵力は80万人\n■外国軍は置かない\n"
            "この二つは最後まで争われた。\n2、選挙を行う。\n")
    imported = import_bytes(text.encode(), "list.txt", ".txt", REQUEST)
    assert [n for n, _ in _tree(imported)] == ["1", "1.1", "1.2", "2"]


def test_a_commentary_label_run_into_the_point_s_line_is_an_aside() -> None:
    """A PDF joins a point's line that fills the column with the commentary line under it
    (``… and Europe. Response: European officials …``), and so does a careless paste: the
    commentary was the point's text."""
    text = ("1. Both sides stop firing along the whole front line at once.\n"
            "2. A full pact among Russia, Ukraine and Europe. Response: European officials "
            "ask how it binds states never at the table.\n"
            "3. Monitors report every week. Відповідь: у Києві кажуть, що цього мало.\n")
    imported = import_bytes(text.encode(), "pdfcopy.txt", ".txt", REQUEST)
    assert [(p.text, p.notes) for p in imported.plan.points] == [
        ("Both sides stop firing along the whole front line at once.", None),
        ("A full pact among Russia, Ukraine and Europe.",
         "Response: European officials ask how it binds states never at the table."),
        ("Monitors report every week.", "Відповідь: у Києві кажуть, що цього мало.")]


def test_a_channels_subscribe_link_after_the_last_point() -> None:
    """A messenger channel's post ends in its "Підписатися" / "Подписаться" link: it ran
    into the last point's text ("… безпеки. Підписатися")."""
    for word in ("Підписатися", "Подписаться на канал"):
        page = ('<html><body><div class="tgme_widget_message_text" dir="auto"><b>Три '
                "пункти</b><br/><br/>1️⃣ Суверенітет підтверджується.<br/>2️⃣ Угода про "
                "ненапад.<br/>3️⃣ Україна отримує гарантії безпеки.<br/><br/>"
                f'<a href="https://t.me/x">{word}</a></div></body></html>').encode()
        imported = import_bytes(page, "post.html", ".html", REQUEST)
        assert _tree(imported)[-1] == ("3", "Україна отримує гарантії безпеки."), \
            _tree(imported)


def test_a_dash_after_a_bold_title_parts_it_from_the_text() -> None:
    """``<li><strong>Monitoring</strong> – Monitors …</li>`` and ``<p><strong>1.
    Ceasefire</strong> – Both sides …</p>``: the dash set after the bold title opened a
    bulleted sub-point (1.1) holding the point's whole text, or stayed at its start (an em
    dash). The title is the point's, the text after the dash its text."""
    listed = import_bytes(_page(
        "<h1>The points</h1><ol><li><strong>Ceasefire:</strong> Both sides stop firing along "
        "the front.</li><li><strong>Monitoring</strong> – Monitors from neutral states watch "
        "the line.</li><li><b>Prisoners</b> — All are swapped all for all.</li></ol>"),
        "page.html", ".html", REQUEST)
    paragraphs = import_bytes(_page(
        "<h1>The points</h1><p><strong>1. Ceasefire</strong> – Both sides stop firing along "
        "the front.</p><p><strong>2. Monitoring</strong> — Monitors from neutral states watch "
        "the line.</p><p><strong>3. Prisoners:</strong> All are swapped all for all.</p>"),
        "page.html", ".html", REQUEST)
    for imported in (listed, paragraphs):
        assert [(p.number, p.title, p.text, p.points) for p in imported.plan.points] == [
            ("1", "Ceasefire", "Both sides stop firing along the front.", ()),
            ("2", "Monitoring", "Monitors from neutral states watch the line.", ()),
            ("3", "Prisoners", "All are swapped all for all.", ())]
