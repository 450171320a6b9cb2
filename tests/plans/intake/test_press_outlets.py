"""Article bodies as Ukrainian, Russian and Japanese outlets' sites write them: points as
paragraphs opening with a bold number, ad slots and "Читайте також" boxes between them.
Texts are the project's own."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.pages import page as _page
from tests.plans.intake.pages import tree as _tree

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")


def test_a_read_also_box_between_bold_numbered_points_is_left_out() -> None:
    """A ``div.read-also`` box (its label and link inline, no colon) between points 3 and 4
    ran into point 3 ("…днів.\\n\\nЧитайте такожЩо відомо…"); an ``article__read-also`` and
    a ``see-also`` box likewise."""
    imported = import_bytes(_page(
        "<h1>Що передбачає план</h1><div class=\"post-content\"><p>Видання опублікувало текст "
        "документа.</p><p><strong>1.</strong> Сторони припиняють вогонь по всій лінії "
        "фронту.</p><div class=\"banner-in-text\"><ins class=\"adsbygoogle\"></ins></div>"
        "<p><strong>2.</strong> Полонених обмінюють за формулою всіх на всіх.</p>"
        "<p><strong>3. </strong>Вибори проводять протягом ста днів.</p><div class=\"read-"
        "also\"><span>Читайте також</span><a href=\"/x\">Що відомо про переговори</a></div>"
        "<p><strong>4.</strong> Санкції знімають поетапно.</p><div class=\"article__read-also"
        "\"><span>Читайте також</span><a href=\"/y\">Хто готував документ</a></div>"
        "<p><strong>5.</strong> Україна отримує гарантії безпеки.</p><aside class=\"see-also"
        "\"><b>Дивіться також</b><a href=\"/z\">Реакція Європи</a></aside><div class=\"see-"
        "also\"><b>Дивіться також</b><a href=\"/z\">Реакція Європи</a></div>"
        "<p><strong>6.</strong> Діти повертаються додому.</p></div>", "uk"),
        "page.html", ".html", REQUEST)
    assert _tree(imported) == [
        ("1", "Сторони припиняють вогонь по всій лінії фронту."),
        ("2", "Полонених обмінюють за формулою всіх на всіх."),
        ("3", "Вибори проводять протягом ста днів."),
        ("4", "Санкції знімають поетапно."),
        ("5", "Україна отримує гарантії безпеки."),
        ("6", "Діти повертаються додому.")]


def test_a_read_also_line_under_a_class_no_rule_knows_is_left_out() -> None:
    """A Russian outlet's inline box ("<div class=article__inline-item><span>Читайте также
    </span><a>…</a></div>") under a class name no rule knows, between points run into
    paragraphs with <br>: its line ("Читайте такжеПереговоры…", no colon, the label glued
    to the link) was point 4's second paragraph. The label's words tell it, in Russian and
    Ukrainian."""
    for label in ("Читайте также", "Читайте також"):
        imported = import_bytes(_page(
            "<h1>СМИ раскрыли детали</h1><p>Стороны договорились о следующем:<br>1) "
            "прекращение огня вдоль всей линии;<br>2) отвод тяжелых вооружений на 15 км;<br>"
            "3) обмен военнопленными;<br>4) создание совместной комиссии.</p><div class=\""
            f"article__inline-item\"><span>{label}</span><a href=\"/a\">Переговоры в Женеве: "
            "главное</a></div><p>5) поэтапное снятие санкций;<br>6) выборы в течение 100 "
            "дней.</p>", "ru"), "page.html", ".html", REQUEST)
        assert _tree(imported) == [
            ("1", "прекращение огня вдоль всей линии;"),
            ("2", "отвод тяжелых вооружений на 15 км;"), ("3", "обмен военнопленными;"),
            ("4", "создание совместной комиссии."), ("5", "поэтапное снятие санкций;"),
            ("6", "выборы в течение 100 дней.")], label

def test_a_bold_number_with_its_full_stop_outside_the_bold() -> None:
    """``<p><b>4</b>. Санкции …</p>`` (the editor bolded the number, not its stop): point 4
    read ". Санкции …"."""
    imported = import_bytes(_page(
        "<div class=\"article__text\"><p><b>1</b>. Стороны прекращают огонь.</p><p><b>2</b>) "
        "Пленных обменивают всех на всех.</p><p><b>3</b>. Выборы проходят через сто дней."
        "</p><p><b>4</b>.Санкции снимают поэтапно.</p></div>", "ru"),
        "page.html", ".html", REQUEST)
    assert _tree(imported) == [("1", "Стороны прекращают огонь."),
                               ("2", "Пленных обменивают всех на всех."),
                               ("3", "Выборы проходят через сто дней."),
                               ("4", "Санкции снимают поэтапно.")]


def test_a_table_of_number_title_and_text_rows() -> None:
    """A Japanese outlet's table of the points (番号 | 項目 | 内容) and an explainer's (No. |
    Issue | What the draft says): each row is its point, titled by its middle cell (the
    title ran into the text, "停戦 双方は…"; the English table was refused, "no numbered
    points found")."""
    imported = import_bytes(_page(
        "<h1>和平案の要旨</h1><table><tr><th>番号</th><th>項目</th><th>内容</th></tr><tr><td>1"
        "</td><td>停戦</td><td>双方は前線全体で戦闘を停止する。</td></tr><tr><td>2</td><td>捕虜"
        "</td><td>捕虜は全員を交換する。</td></tr><tr><td>3</td><td>選挙</td><td>選挙は100日"
        "以内に実施する。</td></tr></table>", "ja"), "page.html", ".html", REQUEST)
    assert [(p.number, p.title, p.text) for p in imported.plan.points] == [
        ("1", "停戦", "双方は前線全体で戦闘を停止する。"), ("2", "捕虜", "捕虜は全員を交換する。"),
        ("3", "選挙", "選挙は100日以内に実施する。")]
    imported = import_bytes(_page(
        "<table><tr><th>No.</th><th>Issue</th><th>What the draft says</th></tr><tr><td>1</td>"
        "<td>Ceasefire</td><td>Both sides stop firing along the line.</td></tr><tr><td>2</td>"
        "<td>Prisoners</td><td>All detainees are swapped.</td></tr><tr><td>3</td><td>Elections"
        "</td><td>A vote is held within a hundred days.</td></tr></table>"),
        "page.html", ".html", REQUEST)
    assert [(p.number, p.title, p.text) for p in imported.plan.points] == [
        ("1", "Ceasefire", "Both sides stop firing along the line."),
        ("2", "Prisoners", "All detainees are swapped."),
        ("3", "Elections", "A vote is held within a hundred days.")]


def test_a_renumbering_map_s_rows_are_no_titled_points() -> None:
    """``Old | New | Change`` rows ("12 | 8 | moved", "5 | Security guarantees | merged
    into 4"): no point, no title."""
    imported = import_bytes(_page(
        "<p>1. Both sides stop firing.</p><p>2. All detainees are swapped.</p><p>3. A vote is "
        "held.</p><table><tr><th>Old</th><th>New</th><th>Change</th></tr><tr><td>12</td><td>8"
        "</td><td>moved</td></tr><tr><td>5</td><td>Security guarantees</td><td>merged into 4"
        "</td></tr></table>"), "page.html", ".html", REQUEST)
    assert [p.number for p in imported.plan.points] == ["1", "2", "3"]


def test_the_page_s_text_after_a_table_of_the_points_is_not_the_last_row_s() -> None:
    """A paragraph after a table whose rows were the points ran into the last point (with a
    warning to check it): the table has closed, it goes to the notes."""
    imported = import_bytes(_page(
        "<table><tr><th>No.</th><th>Provision</th></tr><tr><td>1</td><td>Both sides stop "
        "firing along the line.</td></tr><tr><td>2</td><td>All detainees are swapped in "
        "stages.</td></tr><tr><td>3</td><td>A vote is held within a hundred days.</td></tr>"
        "</table><p>The text may change.</p>"), "page.html", ".html", REQUEST)
    assert _tree(imported)[-1] == ("3", "A vote is held within a hundred days.")
    assert "The text may change." in (imported.plan.notes or "")


def test_a_card_to_another_story_with_its_date_between_the_points_is_left_out() -> None:
    """A Russian agency's page sets each paragraph in a block of its own (``<div
    class="article__block"><div class="article__text">``, no blank line between) and a card
    to another story with its time between them: the card's title and time ran into point 2
    ("…всех на всех. Песков прокомментировал план 21 ноября 2025, 10:15")."""
    imported = import_bytes(_page(
        "<div class=\"article__body\"><div class=\"article__block\"><div class=\"article__text"
        "\">МОСКВА, 21 ноя. Агентство публикует пункты документа.</div></div>" + "".join(
            f"<div class=\"article__block\"><div class=\"article__text\"><strong>{n}.</strong>"
            f" {text}</div></div>{between}" for n, text, between in (
                (1, "Стороны прекращают огонь.", ""),
                (2, "Пленных обменивают всех на всех.",
                 "<div class=\"article__block\"><div class=\"article__article\"><a href=\"/x\">"
                 "Песков прокомментировал план</a><div class=\"article__article-info\">21 "
                 "ноября 2025, 10:15</div></div></div>"),
                (3, "Выборы проходят через сто дней.",
                 "<div class=\"article__block\"><div><a href=\"/y\">Что известно о переговорах"
                 "</a> <span>12:40</span></div></div>"),
                (4, "Санкции снимают поэтапно.", ""))) + "</div>", "ru"),
        "page.html", ".html", REQUEST)
    assert _tree(imported) == [("1", "Стороны прекращают огонь."),
                               ("2", "Пленных обменивают всех на всех."),
                               ("3", "Выборы проходят через сто дней."),
                               ("4", "Санкции снимают поэтапно.")]


def test_a_japanese_photo_credit_and_a_channel_s_call_are_no_point_s_text() -> None:
    """A Japanese outlet's photo credit between the points (``＝写真はロイター``) and a
    Ukrainian site's line under the last point calling readers to its channel ("Більше
    новин — у нашому Telegram-каналі.") were the points' second paragraphs."""
    imported = import_bytes(_page(
        "<div class=\"article-body\"><p>①双方は前線全体で戦闘を停止する</p><p>②捕虜は全員を"
        "交換する</p><p>③選挙は100日以内に実施する</p><p>＝写真はロイター</p><p>④制裁は段階的"
        "に解除する</p></div>", "ja"), "page.html", ".html", REQUEST)
    assert [text for _, text in _tree(imported)] == [
        "双方は前線全体で戦闘を停止する", "捕虜は全員を交換する", "選挙は100日以内に実施する",
        "制裁は段階的に解除する"]
    imported = import_bytes(_page(
        "<div class=\"post-content\"><p>1. Сторони припиняють вогонь.</p><p>2. Полонених "
        "обмінюють.</p><p>3. Вибори проводять протягом ста днів.</p><p>Більше новин — у "
        "нашому Telegram-каналі.</p></div>", "uk"), "page.html", ".html", REQUEST)
    assert _tree(imported)[-1] == ("3", "Вибори проводять протягом ста днів.")


def test_ad_network_slots_filled_when_the_page_was_saved_are_left_out() -> None:
    """A Russian site's ad slots, filled by their scripts before the browser saved the page
    (Yandex's ``#yandex_rtb_R-A-…``, ``#adfox_…``, a ``smi24__informer`` news exchange):
    their ads were the points' second paragraphs."""
    imported = import_bytes(_page(
        "<div class=\"article__text\"><p><b>1.</b> Стороны прекращают огонь.</p><div id=\""
        "yandex_rtb_R-A-1234567-8\"><div><a href=\"/ad\">Кредит наличными под 9%</a><div>Банк."
        " Лицензия № 1234</div></div></div><p><b>2.</b> Пленных обменивают всех на всех.</p>"
        "<div id=\"adfox_16789\"><div>Ремонт квартир под ключ. Скидка 20%</div></div><p><b>3."
        "</b> Выборы проходят через сто дней.</p><div class=\"smi24__informer smi24__auto\">"
        "<a href=\"/n\">Врачи назвали продукт</a></div><p><b>4.</b> Санкции снимают поэтапно."
        "</p></div>", "ru"), "page.html", ".html", REQUEST)
    assert _tree(imported) == [("1", "Стороны прекращают огонь."),
                               ("2", "Пленных обменивают всех на всех."),
                               ("3", "Выборы проходят через сто дней."),
                               ("4", "Санкции снимают поэтапно.")]
