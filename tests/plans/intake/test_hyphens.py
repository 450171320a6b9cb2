"""Words broken with a hyphen at a line end, in pasted text and in PDFs: ``secu-`` /
``rity`` comes back as ``security``, ``Russia-`` / ``Ukraine`` keeps its hyphen, and the
draft's own spelling decides the rest. The PDF is typeset by WeasyPrint in two narrow
columns with automatic hyphenation (a real producer's breaks, not typed ones)."""

from __future__ import annotations

import re

from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.intake.hyphens import Hyphenation
from plandiff.plans.intake.pdfium import PdfText

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")

PASTED = """WASHINGTON (Reuters) - The draft runs to 20 points; the first seven were published.

1. Ukraine will receive robust secu-
rity guarantees from its partners.
2. The armed forces are capped at 800,000 in peace-
time.
3. The Russia-
Ukraine line of contact is frozen.
4. A non-aggression pact is signed; the non-
aggression pact is reviewed yearly.
5. Україна отримає гарантії безпе-
ки від партнерів.
6. Prisoners are exchanged all-for-
all.
a) first the wounded;
7. Elections are held.

Reporting by A. Writer; Editing by B. Editor
"""


def test_pasted_text_rejoins_broken_words() -> None:
    imported = import_bytes(PASTED.encode(), "pasted.txt", ".txt", REQUEST)
    texts = {p.number: p.text for p in imported.plan.points}
    assert texts["1"] == "Ukraine will receive robust security guarantees from its partners."
    assert texts["2"] == "The armed forces are capped at 800,000 in peacetime."
    assert texts["3"] == "The Russia-Ukraine line of contact is frozen."
    assert texts["4"] == ("A non-aggression pact is signed; the non-aggression pact is "
                          "reviewed yearly.")
    assert texts["5"] == "Україна отримає гарантії безпеки від партнерів."
    assert texts["6"] == "Prisoners are exchanged all-for-all."
    assert [c.number for c in imported.plan.points[5].points] == ["6(a)"]
    assert texts["7"] == "Elections are held."
    assert imported.plan.points[6].notes == "Reporting by A. Writer; Editing by B. Editor"


def test_the_rule_reads_the_drafts_own_spelling() -> None:
    rule = Hyphenation(["a peacetime army", "the long-term plan"])
    assert rule.join("in peace-", "time.") == "in peacetime."
    assert rule.join("the long-", "term plan") == "the long-term plan"
    assert rule.join("the Euro-", "Atlantic area") == "the Euro-Atlantic area"
    assert rule.join("secu\u00ad", "rity") == "security"
    assert rule.join("a list -", "and more") is None  # a dash, not a broken word
    assert rule.join("the follow-", "a) item") is None  # the next line opens a sub-point
    assert rule.mend("the Russia\ufffeUkraine line, secu\uffferity") == \
        "the Russia-Ukraine line, security"


POINTS = [
    "The parties confirm the sovereignty of the state within internationally recognised "
    "borders and commit to respecting the Russia-Ukraine border arrangements.",
    "A comprehensive non-aggression agreement is concluded between the parties, reviewed "
    "every five years by the Russia-Ukraine commission.",
    "The state receives robust security guarantees from its partners, mirroring the "
    "collective defence commitments of the alliance.",
    "Reconstruction investments are coordinated internationally, with transparency "
    "requirements and independent verification mechanisms.",
    "Humanitarian organisations receive unconditional access everywhere, including "
    "temporarily occupied territories and the Russia-Ukraine frontline.",
]


def test_two_column_pdf_with_automatic_hyphenation() -> None:
    import weasyprint

    body = "".join(f"<p>{n}. {text}</p>" for n, text in enumerate(POINTS, 1))
    page = ("<html lang='en'><head><style>@page {size: A5; margin: 1.5cm} body {font: 11pt "
            "serif; columns: 2; column-gap: 0.6cm; hyphens: auto; text-align: justify}"
            f"</style></head><body>{body}</body></html>")
    data = weasyprint.HTML(string=page).write_pdf()
    assert data is not None
    pdf = PdfText(data)
    try:
        raw = [line.text for line in pdf.page(0)[2]]
    finally:
        pdf.close()
    # the typesetter did break words, at its own hyphens and at a compound's
    assert sum(1 for t in raw if re.search(r"[^\W\d_][\u2010\-\ufffe]$", t)) >= 5
    # (PDFium joins the two lines at its mark; the reader cuts them apart again)
    assert any(t.endswith(("Russia\ufffe", "Russia-")) for t in raw)
    imported = import_bytes(data, "columns.pdf", ".pdf", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == \
        [(str(n), text) for n, text in enumerate(POINTS, 1)]


def test_compounds_a_language_writes_with_a_hyphen_keep_it_when_the_draft_is_silent() -> None:
    """A word the draft spells neither way is closed up (``secu-`` / ``rity``), except where
    one of its elements is one that English, Russian or Ukrainian writes with a hyphen:
    ``well-being``, ``self-defence``, ``long-term``, ``so-called``, ``кто-то``,
    ``будь-який``; the draft's own spelling still wins (``wellbeing`` elsewhere)."""
    rule = Hyphenation(["nothing relevant here"])
    assert rule.join("the well-", "being of civilians") == "the well-being of civilians"
    assert rule.join("the right of self-", "defence") == "the right of self-defence"
    assert rule.join("a long-", "term plan") == "a long-term plan"
    assert rule.join("the so-", "called buffer") == "the so-called buffer"
    assert rule.join("a full-", "scale invasion") == "a full-scale invasion"
    assert rule.join("a state-", "owned company") == "a state-owned company"
    assert rule.join("including to long-", "range strikes") == "including to long-range strikes"
    assert rule.join("short-", "range missiles") == "short-range missiles"
    assert rule.join("a long-", "standing dispute") == "a long-standing dispute"
    # "free-trade" (a free-trade agreement): no word breaks as free-/trade at a syllable
    assert rule.join("towards a free-", "trade pact") == "towards a free-trade pact"
    assert rule.join("a free-", "dom of movement") == "a freedom of movement"
    assert rule.join("to ar-", "range talks") == "to arrange talks"
    assert rule.join("кто-", "то из сторон") == "кто-то из сторон"
    assert rule.join("будь-", "який напад") == "будь-який напад"
    assert rule.join("secu-", "rity") == "security"  # no such element: closed up
    assert rule.join("peace-", "making") == "peacemaking"
    assert Hyphenation(["their wellbeing"]).join("the well-", "being") == "the wellbeing"


def test_an_acronym_or_a_number_in_words_before_the_break_keeps_the_hyphen() -> None:
    """``US-`` / ``led`` and ``twenty-`` / ``eight`` were closed up into ``USled`` and
    ``twentyeight`` when the draft wrote the compound nowhere else; a syllable break
    leaves neither an acronym nor a number's tens before it."""
    rule = Hyphenation(["nothing relevant here"])
    assert rule.join("the US-", "led fund") == "the US-led fund"
    assert rule.join("an EU-", "brokered deal") == "an EU-brokered deal"
    assert rule.join("the twenty-", "eight point plan") == "the twenty-eight point plan"
    assert rule.join("on the twenty-", "first day") == "on the twenty-first day"
    assert rule.join("the Ukrai-", "nian side") == "the Ukrainian side"  # no acronym
    assert rule.join("the twen-", "ty points") == "the twenty points"
    assert Hyphenation(["twentyeight"]).join("twenty-", "eight") == "twentyeight"


def test_a_dash_that_joins_two_words_across_a_line_end_gets_no_space() -> None:
    """``Iranian–Russian–`` / ``Turkish`` is one compound: the dash is against the word before
    it, so the line break stood where no space was. A spaced dash (``war –`` / ``and``)
    keeps its space."""
    from plandiff.plans.intake.lines import join_wrapped

    assert join_wrapped(["the Joint Iranian–Russian–", "Turkish Centre"]) == \
        "the Joint Iranian–Russian–Turkish Centre"
    assert join_wrapped(["from 2025–", "2026"]) == "from 2025–2026"
    assert join_wrapped(["the truce—", "for now—holds"]) == "the truce—for now—holds"
    assert join_wrapped(["the war –", "and its end"]) == "the war – and its end"
    assert join_wrapped(["a line", "and the next"]) == "a line and the next"


def test_a_short_prefix_against_its_own_vowel_keeps_the_hyphen() -> None:
    rule = Hyphenation(["nothing relevant here"])
    assert rule.join("the Idlib de-", "escalation area") == "the Idlib de-escalation area"
    assert rule.join("to re-", "elect him") == "to re-elect him"
    assert rule.join("a de-", "mining plan") == "a demining plan"  # no double vowel
    # A typesetter's automatic break (U+2010) is never a compound's hyphen.
    assert rule.join("the well\u2010", "being") == "the wellbeing"


def test_a_japanese_line_wrapped_before_a_number_or_latin_word_gets_no_space() -> None:
    from plandiff.plans.intake.lines import join_wrapped

    assert join_wrapped(["その利益の", "50%を受け取る。"]) == "その利益の50%を受け取る。"
    assert join_wrapped(["米国と", "NATOは合意する。"]) == "米国とNATOは合意する。"
    assert join_wrapped(["the NATO", "summit"]) == "the NATO summit"


RUSSIAN_BROKEN = """Проект соглашения

1. Российские войска отходят на исходные позиции, а контроль ведёт американо-
российский механизм наблюдения.
2. Крым признаётся де-
факто российским; решение подписывает премьер-
министр.
3. Вдоль российско-
украинской границы создаётся зона; Украина получает гаран-
тии безопасности.
4. Ведётся социально-
экономическое восстановление, а экономическая помощь идёт через фонд.
5. Обмен военно-
служащих проходит под наблюдением.
"""


def test_russian_compounds_keep_their_hyphen_and_syllable_breaks_close() -> None:
    """A compound broken at its own hyphen keeps it (``американо-`` / ``российский``: the
    draft writes ``Российские`` too; ``российско-`` / ``украинской``: two relational
    adjectives; ``де-факто``, ``премьер-министр``); a syllable's break closes
    (``гаран-`` / ``тии``, ``военно-`` / ``служащих``: no other word of that stem)."""
    imported = import_bytes(RUSSIAN_BROKEN.encode(), "ru.txt", ".txt", REQUEST)
    texts = {p.number: p.text for p in imported.plan.points}
    assert texts["1"] == ("Российские войска отходят на исходные позиции, а контроль ведёт "
                          "американо-российский механизм наблюдения.")
    assert texts["2"] == "Крым признаётся де-факто российским; решение подписывает премьер-министр."
    assert texts["3"] == ("Вдоль российско-украинской границы создаётся зона; Украина получает "
                          "гарантии безопасности.")
    assert texts["4"] == ("Ведётся социально-экономическое восстановление, а экономическая помощь "
                          "идёт через фонд.")
    assert texts["5"] == "Обмен военнослужащих проходит под наблюдением."


def test_ukrainian_compounds_keep_their_hyphen() -> None:
    """``соціально-`` / ``економічний`` keeps its hyphen because the draft writes
    ``економічна`` elsewhere; without it the rule cannot tell it from a syllable's break."""
    rule = Hyphenation(["Американська сторона і економічна співпраця", "прем'єр-", "міністр",
                        "американсько-", "український", "соціально-", "економічний"])
    assert rule.join("підписує прем'єр-", "міністр України") == "підписує прем'єр-міністр України"
    assert rule.join("фонд американсько-", "український") == "фонд американсько-український"
    assert rule.join("план соціально-", "економічний") == "план соціально-економічний"
    assert rule.join("гарантії безпе-", "ки") == "гарантії безпеки"
    assert rule.join("програма соціально-", "го захисту") == "програма соціального захисту"


def test_a_word_s_last_syllable_ending_its_sentence_is_no_lettered_item() -> None:
    """``комісі-`` / ``єю.`` and ``гаранті-`` / ``ї. Сторони …``: the rest of the word, a
    syllable or a letter with the sentence's full stop, read as a lettered sub-point's
    label (``б.``), so the word stayed broken (``комісі‐ єю.``). A bracketed label, or one
    with text after it that makes no word the draft writes, still opens its item."""
    rule = Hyphenation(["спільною комісією", "гарантії безпеки"])
    assert rule.join("погоджених спільною комісі\u2010", "єю.") == (
        "погоджених спільною комісією.")
    assert rule.join("надає гаранті-", "ї. Сторони погоджуються.") == (
        "надає гарантії. Сторони погоджуються.")
    assert rule.join("the follow-", "a) item") is None
    assert rule.join("the follow-", "a. item") is None
    pasted = ("1. Спільна комісія ухвалює рішення. Склад визначає угода з комісі-\nєю.\n"
              "2. Партнери надають гаранті-\nї. Гарантії діють десять років.\n")
    texts = [p.text for p in import_bytes(pasted.encode(), "pasted.txt", ".txt",
                                          REQUEST).plan.points]
    assert texts == ["Спільна комісія ухвалює рішення. Склад визначає угода з комісією.",
                     "Партнери надають гарантії. Гарантії діють десять років."]


def test_compass_compounds_keep_their_hyphen() -> None:
    """``північно-`` / ``східні``, ``південно-`` / ``західного``, ``северо-`` / ``восточной``,
    ``юго-`` / ``западе``: two points of the compass, written with a hyphen whatever else the
    draft writes (the hyphen went: ``північносхідні``); a syllable's break after the same
    letters (``північно-`` / ``го``) still closes."""
    rule = Hyphenation(["Проєкт угоди", "Проект соглашения"])
    assert rule.join("охоплює північно-", "східні регіони") == "охоплює північно-східні регіони"
    assert rule.join("до південно-", "західного кордону") == "до південно-західного кордону"
    assert rule.join("в северо-", "восточной части") == "в северо-восточной части"
    assert rule.join("на юго-", "западе страны") == "на юго-западе страны"
    assert rule.join("з північно-", "го боку") == "з північного боку"


def test_a_word_broken_over_a_page_of_pasted_text() -> None:
    """A PDF's text pasted page by page: a word broken at the page's end (``secu-``), the page
    number and the running header between its halves with blank lines around them. The
    furniture is left out and the word comes back whole; it read "secu- rity", and a
    sentence broken there without a hyphen ran on with its paragraphs apart."""
    text = ("Security framework - working text\n\n1. The parties set up a joint secu-\n\n"
            "- 2 -\n\nDraft framework, 4 December 2025\n\nrity commission that meets every "
            "month.\n2. Each party names three members of the\n\n- 3 -\n\n"
            "Draft framework, 4 December 2025\n\ncommission; the chair rotates.\n"
            "3. The commission reviews the withdrawal.\n\n- 4 -\n\n"
            "Draft framework, 4 December 2025\n\n4. Decisions are taken by consensus.\n")
    imported = import_bytes(text.encode(), "pasted.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "The parties set up a joint security commission that meets every month.",
        "Each party names three members of the commission; the chair rotates.",
        "The commission reviews the withdrawal.", "Decisions are taken by consensus."]
    assert not imported.report.warnings, imported.report.lines()


PREFIXED = """Draft memorandum on security guarantees (working text)

1. The co-
guarantors of this memorandum are named in the annex; each guarantor reports yearly.
2. Ex-
combatants of both sides are offered training and work.
3. A post-
war reconstruction fund is set up; the war damage is assessed first.
4. An anti-
corruption office audits every payment from the fund.
5. Deliveries of F-
16 aircraft and their spare parts continue as agreed.
6. The pre-
war line of contact is no basis for the new border.
7. The parties prevent any attack and pre-
serve the ceasefire; they will serve on the joint commission.
8. The co-
operation council meets monthly, in the spirit of cooperation.
"""


def test_a_prefix_that_keeps_its_hyphen_keeps_it_across_a_line_end() -> None:
    """``co-`` / ``guarantors`` was closed up into ``coguarantors`` (and ``excombatants``,
    ``postwar``, ``anticorruption``), and ``F-`` / ``16`` read ``F- 16``: a prefix written
    with a hyphen before a whole word keeps it, as a hyphen before a number does; a syllable
    break after the same letters still closes (``pre-`` / ``serve``), and the draft's own
    spelling still wins (``cooperation`` elsewhere)."""
    imported = import_bytes(PREFIXED.encode(), "pasted.txt", ".txt", REQUEST)
    texts = [p.text for p in imported.plan.points]
    assert texts == [
        "The co-guarantors of this memorandum are named in the annex; each guarantor "
        "reports yearly.",
        "Ex-combatants of both sides are offered training and work.",
        "A post-war reconstruction fund is set up; the war damage is assessed first.",
        "An anti-corruption office audits every payment from the fund.",
        "Deliveries of F-16 aircraft and their spare parts continue as agreed.",
        "The pre-war line of contact is no basis for the new border.",
        "The parties prevent any attack and preserve the ceasefire; they will serve on the "
        "joint commission.",
        "The cooperation council meets monthly, in the spirit of cooperation."]


def test_the_prefix_rule_closes_a_syllable_break_after_the_same_letters() -> None:
    rule = Hyphenation(["the change of guard, a port, they tend to serve; the war, the war dead"])
    assert rule.join("the co-", "chairs of the group") == "the co-chairs of the group"
    assert rule.join("the co-", "hesion of the alliance") == "the cohesion of the alliance"
    assert rule.join("a broad co-", "alition") == "a broad coalition"
    assert rule.join("an ex-", "change of prisoners") == "an exchange of prisoners"
    assert rule.join("to ex-", "tend the truce") == "to extend the truce"
    assert rule.join("the ex-", "president") == "the ex-president"
    assert rule.join("to post-", "pone the vote") == "to postpone the vote"
    assert rule.join("the post-", "war order") == "the post-war order"
    assert rule.join("to pre-", "serve it") == "to preserve it"
    assert rule.join("a pre-", "liminary list") == "a preliminary list"
    assert rule.join("to anti-", "cipate attacks") == "to anticipate attacks"
    assert rule.join("the vice-", "chair") == "the vice-chair"
    assert rule.join("a multi-", "lateral forum") == "a multilateral forum"
    assert rule.join("the COVID-", "19 rules") == "the COVID-19 rules"
    assert rule.join("from 2025-", "2026 on") == "from 2025-2026 on"
    assert rule.join("the follow-", "16. Next point") is None  # a numbered point opens
    assert Hyphenation(["coguarantors"]).join("the co-", "guarantors") == "the coguarantors"


def test_a_pdf_broken_after_a_prefix_keeps_the_hyphen() -> None:
    """A narrow PDF column broken at ``co-``, ``anti-``, ``post-`` and ``Ex-``, each compound
    written once: PDFium's break mark was closed up (``coguarantors``, ``Excombatants``)."""
    import weasyprint

    points = ["The co-guarantors of the memorandum meet twice a year in Geneva.",
              "Former fighters receive training; an anti-corruption office audits the fund.",
              "The fund pays for post-war housing; the war damage is assessed first.",
              "Ex-combatants may join the municipal police after a vetting procedure."]
    body = "".join(f"<p>{n}. {text}</p>" for n, text in enumerate(points, 1))
    page = ("<html lang='en'><head><style>@page {size: A5; margin: 1.5cm} body {font: 11pt "
            f"serif; width: 2.8cm}}</style></head><body>{body}</body></html>")
    data = weasyprint.HTML(string=page).write_pdf()
    assert data is not None
    pdf = PdfText(data)
    try:
        raw = [line.text.rstrip() for line in pdf.page(0)[2]]
    finally:
        pdf.close()
    assert sum(1 for t in raw if t.endswith(("co\ufffe", "anti\ufffe", "post\ufffe",
                                              "Ex\ufffe"))) == 4
    imported = import_bytes(data, "memo.pdf", ".pdf", REQUEST)
    assert [p.text for p in imported.plan.points] == points


def test_russian_and_ukrainian_first_elements_written_with_a_hyphen() -> None:
    """``військово-`` / ``морські``, ``штаб-`` / ``квартира``, ``прес-`` / ``служба``,
    ``генерал-`` / ``лейтенант`` were closed up when the draft wrote the compound nowhere
    else; ``військово-`` / ``полонені`` and ``военно-`` / ``служащие`` are one word broken
    (the words a draft names prisoners and servicemen with)."""
    rule = Hyphenation(["нічого"])
    assert rule.join("військово-", "морські сили") == "військово-морські сили"
    assert rule.join("военно-", "воздушные силы") == "военно-воздушные силы"
    assert rule.join("усі військово-", "полонені") == "усі військовополонені"
    assert rule.join("обмен военно-", "пленными") == "обмен военнопленными"
    assert rule.join("военно-", "служащие") == "военнослужащие"
    assert rule.join("штаб-", "квартира НАТО") == "штаб-квартира НАТО"
    assert rule.join("прес-", "служба Президента") == "прес-служба Президента"
    assert rule.join("пресс-", "секретарь") == "пресс-секретарь"
    assert rule.join("генерал-", "лейтенант") == "генерал-лейтенант"
    assert rule.join("контр-", "адмирал") == "контр-адмирал"
    assert rule.join("бізнес-", "план") == "бізнес-план"
    assert rule.join("онлайн-", "платформа") == "онлайн-платформа"
    assert rule.join("пів-", "року") == "півроку"  # closed in Ukrainian
    assert rule.join("штаб-", "ной") == "штабной"
    assert rule.join("військово-", "го складу") == "військового складу"  # an ending
    assert rule.join("военно-", "му суду") == "военному суду"
    assert rule.join("бізнес-", "менів") == "бізнесменів"
    assert rule.join("шляхом медіа-", "цією") == "шляхом медіацією"


def test_a_compound_broken_inside_its_last_element_closes_the_break() -> None:
    """A PDF's text pasted with "non-aggres-" / "sion" (the 28 points' second): the word
    had a hyphen of its own, so the break's hyphen stayed ("non-aggres-sion"). A last
    syllable (-sion, -ment, -ція) is no compound's element; "all-for-" / "all" keeps it."""
    text = ("1. A non-aggres-\nsion agreement is concluded.\n2. Prisoners go all-for-\nall.\n"
            "3. A self-govern-\nment body is set up.\n4. Угода про не-\nпорушність кордонів "
            "та взаємо-\nдію сторін.\n5. Військово-поліцей-\nська місія діє рік.\n")
    imported = import_bytes(text.encode(), "pasted.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "A non-aggression agreement is concluded.", "Prisoners go all-for-all.",
        "A self-government body is set up.",
        "Угода про непорушність кордонів та взаємодію сторін.",
        "Військово-поліцейська місія діє рік."]
