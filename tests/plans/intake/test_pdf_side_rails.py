"""A web page's side bar a browser prints on every page (share buttons in a ``position:
fixed`` rail beside the article: "Поділитися", "Facebook", "Share"): the same words at the same
place on each page, wholly beside the text's column, are page furniture, like a running header;
and a paragraph that a page break parts from the last point. Printed by headless Chromium and
WeasyPrint. Texts are the project's own."""

from __future__ import annotations

from pathlib import Path

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.producers import chromium_pdf

REQUEST = DraftRequest(document="outline", version="2025-11-21-rails")

_MORE = (" Сторони щомісяця звітують спільній комісії про хід виконання, а комісія публікує "
         "ці звіти на своєму сайті без скорочень.")
_POINTS = [
    "Сторони підтверджують суверенітет держави та її право на власні збройні сили.",
    "Міжнародна місія стежить за припиненням вогню вздовж усієї лінії зіткнення.",
    "Обмін полоненими відбувається за формулою всіх на всіх після підписання.",
    "Санкції знімаються поетапно, коли спостерігачі підтверджують виконання умов.",
    "Вибори проводяться не пізніше ніж через сто днів після набуття чинності.",
    "Створюється фонд відбудови, до якого партнери вносять кошти щороку.",
    "Діти, вивезені під час війни, повертаються до своїх родин.",
    "Угода набирає чинності з дня підписання всіма сторонами.",
]


def test_a_fixed_side_bar_on_every_printed_page_stays_out_of_the_points(
        tmp_path: Path) -> None:
    """On the second page the rail's words came before the rest of point 8 and ran into
    its text ("… про хід Поділитися Facebook Telegram Копіювати виконання, …")."""
    points = "".join(f"<p>{n}. {text}{_MORE * 2}</p>" for n, text in enumerate(_POINTS, 1))
    page = tmp_path / "page.html"
    page.write_text(
        '<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>Проєкт | Вісті'
        "</title><style>body { font-family: 'DejaVu Sans'; font-size: 15px; margin: 0 } "
        ".share { position: fixed; top: 120px; left: 10px; width: 90px; font-size: 13px } "
        ".share a { display: block; margin: 6px 0 } article { margin: 40px 60px 0 120px }"
        '</style></head><body><aside class="share"><a>Поділитися</a><a>Facebook</a>'
        "<a>Telegram</a><a>Share</a><a>Копіювати</a></aside><article><h1>Що відомо про "
        f"проєкт угоди</h1><p>Ось основні пункти документа:</p>{points}<p>Сторони ще не "
        "прокоментували документ.</p></article></body></html>", encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "page.pdf", tmp_path)
    plan = import_bytes(pdf.read_bytes(), "page.pdf", ".pdf", REQUEST).plan
    assert [(p.number, p.text) for p in plan.points] == [
        (str(n), text + _MORE * 2) for n, text in enumerate(_POINTS, 1)]
    everything = " ".join([plan.notes or ""] + [p.notes or "" for p in plan.points])
    assert not any(word in everything for word in ("Поділитися", "Facebook", "Share"))


def test_a_short_paragraph_at_the_top_of_the_next_page_is_not_the_last_point_s() -> None:
    """The last point ends its sentence on a short line at the foot of a page; the article's
    closing paragraph opens the next: nothing set the two apart (the page break lost the
    paragraph's spacing), and the paragraph ran into the point. A sentence wrapped over the
    break (its line full) still goes on."""
    import weasyprint

    body = ("<p>1. Сторони підтверджують суверенітет держави.</p><p>2. Місія стежить за "
            "припиненням вогню вздовж усієї лінії зіткнення, а її звіти щомісяця отримують "
            "обидві сторони та партнери, які</p><p style='break-before: page; text-indent: 0'>"
            "підписали угоду.</p><p>3. Полонених обмінюють усіх на всіх.</p>"
            "<p>4. Вибори проводяться через сто днів.</p>"
            "<p style='break-before: page'>Сторони ще не прокоментували документ.</p>")
    page = ("<html lang='uk'><head><style>@page { size: A5; margin: 2cm } body { font: 11pt "
            "'DejaVu Sans' } p { margin: 0 0 8pt }</style></head><body>" + body
            + "</body></html>")
    plan = import_bytes(weasyprint.HTML(string=page).write_pdf() or b"", "breaks.pdf", ".pdf",
                        REQUEST).plan
    assert [(p.number, p.text) for p in plan.points] == [
        ("1", "Сторони підтверджують суверенітет держави."),
        ("2", "Місія стежить за припиненням вогню вздовж усієї лінії зіткнення, а її звіти "
              "щомісяця отримують обидві сторони та партнери, які підписали угоду."),
        ("3", "Полонених обмінюють усіх на всіх."),
        ("4", "Вибори проводяться через сто днів.")]
    assert "Сторони ще не прокоментували документ." in (plan.notes or "")


def test_a_sticky_site_header_printed_after_the_text_stays_out_of_the_last_point(
        tmp_path: Path) -> None:
    """Chromium paints a sticky header (the site's name and menu) after the article, so
    PDFium reads it last, after point 5, though it stands at the top of the page: on a
    one-page print it repeats nowhere, its type is near the body's, and it ran into point 5
    ("… сторонами. Новости дня · Политика · Экономика")."""
    points = ["Стороны подтверждают суверенитет государства и его право на армию.",
              "Международная миссия наблюдает за прекращением огня на всей линии.",
              "Пленных обменивают по формуле всех на всех в течение сорока дней.",
              "Санкции снимаются поэтапно, когда наблюдатели подтверждают условия.",
              "Соглашение вступает в силу со дня подписания всеми сторонами."]
    page = tmp_path / "page.html"
    page.write_text(
        '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>План | Новости'
        "</title><style>body { font-family: 'DejaVu Sans'; font-size: 16px; margin: 0 } "
        "header { position: sticky; top: 0; background: #fff; padding: 8px 20px; font-size: "
        "14px } article { max-width: 680px; margin: 20px auto }</style></head><body><header>"
        "Новости дня · Политика · Экономика · В мире</header><article><h1>Что известно о "
        "плане</h1><p>Приводим основные положения документа.</p>"
        + "".join(f"<p>{n}. {text}</p>" for n, text in enumerate(points, 1))
        + "</article></body></html>", encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "page.pdf", tmp_path)
    plan = import_bytes(pdf.read_bytes(), "page.pdf", ".pdf", REQUEST).plan
    assert [(p.number, p.text) for p in plan.points] == [
        (str(n), text) for n, text in enumerate(points, 1)]
    assert plan.title == "Что известно о плане"


def test_a_share_rail_painted_after_a_one_page_japanese_article(tmp_path: Path) -> None:
    """On a one-page print the rail repeats nowhere; Chromium paints it after the article,
    so its words (シェア, ポスト, LINE) ran onto the reporter's closing paragraph, which then
    ended no sentence and stayed in the last point."""
    items = ["主権を確認する", "欧州との間で不可侵の取り決めを結ぶ",
             "平時の兵力は８０万人を上限とする", "制裁は段階的に解除する"]
    closing = "「修正版は前進だが、領土の扱いはなお未解決だ」と米紙は報じた。"
    page = tmp_path / "page.html"
    page.write_text(
        '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>和平案 | 東西新聞'
        "</title><style>body { font-size: 16px; margin: 0 } article { max-width: 640px; "
        "margin: 40px auto } .share { position: fixed; left: 8px; top: 140px; width: 70px; "
        "font-size: 12px }</style></head><body><aside class='share'><div>シェア</div><div>ポスト"
        "</div><div>LINE</div></aside><article><h1>和平案の修正版判明</h1><p>米政府がまとめた"
        "和平案の修正版の内容が判明した。主な内容は次の通り。</p>"
        + "".join(f"<p>（{'１２３４'[n]}）{item}</p>" for n, item in enumerate(items))
        + f"<p>{closing}</p></article></body></html>", encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "page.pdf", tmp_path)
    plan = import_bytes(pdf.read_bytes(), "page.pdf", ".pdf", REQUEST).plan
    assert [(p.number, p.text) for p in plan.points] == [
        (str(n), item) for n, item in enumerate(items, 1)]
    assert (plan.notes or "").endswith(closing)
