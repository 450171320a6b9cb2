"""Press pages and pastes as a journalist gets them, each written in the project's own words:
a page machine-translated in the browser and saved, a Russian paste naming its points with
ordinal endings, a Japanese full text closed by its end mark, a government outline's
sections, a share bar copied under a headline, bold lead-ins run into one paragraph. No
point is lost, split, glued or renumbered silently."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.pages import messages as _messages
from tests.plans.intake.pages import page as _page
from tests.plans.intake.pages import tree as _tree

REQUEST = DraftRequest(document="outline", version="2025-12-03-press")


def _translated(original: str, translation: str) -> str:
    """A phrase as Google's page translator (the ``translate.goog`` proxy) saves it: the
    original in a ``span.google-src-text`` shown on hover, then the translation."""
    return ('<span onmouseover="_tipon(this)" onmouseout="_tipoff()"><span '
            'class="google-src-text" style="direction: ltr; text-align: left">'
            f"{original}</span> {translation}</span>")


def test_a_page_saved_from_the_page_translator_reads_the_translation_alone() -> None:
    """Each point held its Ukrainian original and its English translation, run together
    (``Сторони припиняють вогонь. 1. The parties cease fire.``)."""
    items = [("Сторони припиняють вогонь.", "The parties cease fire."),
             ("Полонені повертаються додому.", "Prisoners return home."),
             ("Місія стежить за лінією.", "A mission watches the line.")]
    body = ("<h1>" + _translated("План: повний текст", "The plan: full text") + "</h1><p>"
            + _translated("Редакція отримала проєкт.", "The newsroom received a draft.")
            + "</p>" + "".join(f"<p>{_translated(f'{n}. {uk}', f'{n}. {en}')}</p>"
                               for n, (uk, en) in enumerate(items, 1)))
    imported = import_bytes(_page(body), "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), en) for n, (_, en) in enumerate(items, 1)]
    notes = imported.plan.notes or ""
    assert "The newsroom received a draft." in notes and "Редакція" not in notes
    assert any("translat" in m for m in _messages(imported)), _messages(imported)


def test_a_chrome_translated_page_s_font_wrappers_keep_each_point_whole() -> None:
    """Chrome's translation wraps every phrase in two ``<font style="vertical-align:
    inherit;">``; a point cut into three phrases is one point, its number read."""
    font = ('<font style="vertical-align: inherit;"><font style="vertical-align: inherit;">'
            "{}</font></font>")
    body = ("<p>" + font.format("The draft reads as follows.") + "</p>"
            + "<p>" + font.format("1. ") + font.format("The sides stop firing") + font.format(
                " within 72 hours.") + "</p>"
            + "<p>" + font.format("2. Prisoners are exchanged all for all.") + "</p>")
    imported = import_bytes(_page(body), "page.html", ".html", REQUEST)
    assert _tree(imported) == [("1", "The sides stop firing within 72 hours."),
                               ("2", "Prisoners are exchanged all for all.")]
def test_a_point_named_with_an_ordinal_ending_keeps_its_text_whole() -> None:
    """``пункт 3-й.``, ``Пункт 4-й —``: the ending went into the text (``й. Миссия …``)."""
    text = ("Текст документа\n\nп. 1. Стороны прекращают огонь.\nп. 2. Пленные обмениваются.\n"
            "пункт 3-й. Миссия наблюдает за линией.\nПункт 4-й — санкции снимаются поэтапно.\n"
            "Пункт 5-ий: вибори проводяться.\n")
    imported = import_bytes(text.encode(), "paste.txt", ".txt", REQUEST)
    assert _tree(imported) == [("1", "Стороны прекращают огонь."), ("2", "Пленные обмениваются."),
                               ("3", "Миссия наблюдает за линией."),
                               ("4", "санкции снимаются поэтапно."), ("5", "вибори проводяться.")]
def test_a_japanese_full_text_s_closing_mark_is_no_point_s_paragraph() -> None:
    """``（全文おわり）`` after the last point went into its text as a second paragraph."""
    for mark in ("\n（全文おわり）", "\n（おわり）", "\n＝おわり＝", "\n【全文終わり】",
                 "（おわり）"):
        text = ("和平案全文\n\n一、双方は停戦する。\n二、捕虜を交換する。\n"
                f"三、監視団を置く。{mark}\n\n関連記事：和平案の争点\n")
        imported = import_bytes(text.encode(), "paste.txt", ".txt", REQUEST)
        assert _tree(imported) == [("1", "双方は停戦する。"), ("2", "捕虜を交換する。"),
                                   ("3", "監視団を置く。")], mark
        assert "おわり" in (imported.plan.notes or "") or "終わり" in (imported.plan.notes or "")


def test_a_japanese_outline_s_sections_numbered_dai_ichi_are_headings() -> None:
    """``第一　停戦`` / ``（１）…``, ``第二　監視`` / ``（１）…``: a government outline's sections
    over items numbered from 1 again. ``第二　監視`` ran into item 2's text, and with items
    numbered ``１　`` every item after it did (``…交換する。第二 監視１ 国際…２ 任期は…``)."""
    for one, two in (("（１）", "（２）"), ("１　", "２　"), ("⑴", "⑵")):
        text = ("和平案の全文\n\n第一　停戦\n"
                f"{one}双方は72時間以内に停戦する。\n{two}捕虜を全員交換する。\n"
                f"第二　監視\n{one}国際監視団を置く。\n{two}任期は2年とする。\n")
        imported = import_bytes(text.encode(), "paste.txt", ".txt", REQUEST)
        texts = [p.text for p in imported.plan.points]
        assert texts == ["双方は72時間以内に停戦する。", "捕虜を全員交換する。",
                         "国際監視団を置く。", "任期は2年とする。"], (one, texts)
        notes = imported.plan.notes or ""
        assert "第一 停戦" in notes and "第二 監視" in notes, notes


def test_a_share_bar_copied_under_the_headline_is_left_out_with_a_count() -> None:
    """``Share on Facebook`` / ``Share on X`` / ``Поделиться в Telegram`` / ``Поширити у
    Viber``: the headline ran into them and no title was read."""
    text = ("Peace plan: the full text\nShare on Facebook\nShare on X\nShare via WhatsApp\n"
            "Поделиться в Telegram\nПоширити у Viber\nCopy link\n\n"
            "The draft has two points.\n\n1. The sides stop firing.\n2. Prisoners go home.\n")
    imported = import_bytes(text.encode(), "paste.txt", ".txt", REQUEST)
    assert _tree(imported) == [("1", "The sides stop firing."), ("2", "Prisoners go home.")]
    assert imported.plan.title == "Peace plan: the full text"
    notes = imported.plan.notes or ""
    assert "Share" not in notes and "Telegram" not in notes and "Viber" not in notes, notes
    assert any("left out 6 share" in m for m in _messages(imported)), _messages(imported)


def test_a_point_named_by_its_word_run_into_the_point_before_is_cut() -> None:
    """``<b>Point 4:</b> A fund is set up. <b>Point 5:</b> Elections are held.``: point 5
    stayed in point 4's text."""
    body = ("<p>The draft:</p><p><b>Point 1:</b> The sides stop firing.</p>"
            "<p><b>Point 2:</b> A fund is set up. <b>Point 3:</b> Elections are held.</p>"
            "<p><b>Пункт 4 —</b> санкции снимаются. <b>Пункт 5 —</b> договор ратифицируют.</p>")
    imported = import_bytes(_page(body), "page.html", ".html", REQUEST)
    assert _tree(imported) == [("1", "The sides stop firing."), ("2", "A fund is set up."),
                               ("3", "Elections are held."), ("4", "санкции снимаются."),
                               ("5", "договор ратифицируют.")]
    text = "1. Kyiv keeps its army. Point 3: of the annex is cited here.\n2. A fund is set up.\n"
    imported = import_bytes(text.encode(), "paste.txt", ".txt", REQUEST)
    assert [p.number for p in imported.plan.points] == ["1", "2"]
