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

