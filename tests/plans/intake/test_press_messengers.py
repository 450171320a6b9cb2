"""Messenger pages the Ukrainian and Russian press publish a draft's points on first (and emoji
numbers a site draws as images): a
Telegram channel's web page (``t.me/s/…``: each message a ``tgme_widget_message_text`` with
``<br>`` lines and keycap numbers, its time in a footer) and Telegram Desktop's HTML chat
export (``messages.html``). Texts are the project's own."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.pages import tree as _tree

REQUEST = DraftRequest(document="outline", version="2025-11-21-channel")


def _keycap(n: int) -> str:
    return (f'<i class="emoji" style="background-image:url(\'//img.example/3{n}E283A3.png\')">'
            f"<b>{n}\ufe0f\u20e3</b></i>")


def _message(post: int, time: str, text: str) -> str:
    return (f'<div class="tgme_widget_message_wrap js-widget_message_wrap">'
            f'<div class="tgme_widget_message js-widget_message" data-post="novyny/{post}">'
            '<div class="tgme_widget_message_user"><a href="#"><i class="tgme_widget_message_'
            'user_photo" data-content="Н"></i></a></div><div class="tgme_widget_message_bubble">'
            '<div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_'
            'owner_name" href="#"><span dir="auto">Новини Дня</span></a></div>'
            f'<div class="tgme_widget_message_text js-message_text" dir="auto">{text}</div>'
            '<div class="tgme_widget_message_footer compact js-message_footer"><div class='
            '"tgme_widget_message_info short js-message_info"><span class="tgme_widget_message_'
            'views">41K</span><span class="tgme_widget_message_meta"><a class="tgme_widget_'
            f'message_date" href="#"><time datetime="2025-11-21T{time}:00+00:00" class="time">'
            f"{time}</time></a></span></div></div></div></div></div>")


def _channel(*messages: str) -> bytes:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Новини Дня – Telegram'
            '</title></head><body class="tgme_webpreview_body"><header class="tgme_header">'
            '<div class="tgme_header_title">Новини Дня</div></header><main class="tgme_main">'
            '<section class="tgme_channel_history js-message_history">' + "".join(messages)
            + "</section></main></body></html>").encode()


POINTS = ["Сторони негайно припиняють вогонь уздовж усієї лінії фронту.",
          "Полонених обмінюють за формулою «всіх на всіх».",
          "Вибори проводять протягом ста днів після підписання.",
          "Санкції знімають поетапно."]


def test_a_channel_s_next_message_is_not_the_last_point_s_text() -> None:
    """The message after the one listing the points (an air-raid alert) was glued to point 4:
    a message's time is in its footer, left out, and nothing ended the point."""
    listing = ("<b>Що передбачає проєкт — головне:</b><br/><br/>"
               + "<br/><br/>".join(f"{_keycap(n)} {p}" for n, p in enumerate(POINTS, 1)))
    page = _channel(_message(4410, "08:02", "Над Харківщиною вночі збили два дрони."),
                    _message(4411, "09:40", listing),
                    _message(4412, "10:05", "У Києві оголошено повітряну тривогу."))
    imported = import_bytes(page, "channel.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), p) for n, p in enumerate(POINTS, 1)]
    assert "У Києві оголошено повітряну тривогу." in (imported.plan.notes or "")


def test_points_going_on_in_the_channel_s_next_message_stay_points() -> None:
    """Points 1-2 in one message, 3-4 in the next (a message's length limit): one list."""
    first = "<br/>".join(f"{n}. {p}" for n, p in enumerate(POINTS[:2], 1))
    second = "<br/>".join(f"{n}. {p}" for n, p in enumerate(POINTS[2:], 3))
    page = _channel(_message(4411, "09:40", f"Пункти проєкту:<br/>{first}"),
                    _message(4412, "09:41", second),
                    _message(4413, "10:05", "Реакції політиків — згодом."))
    imported = import_bytes(page, "channel.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), p) for n, p in enumerate(POINTS, 1)]
    assert "Реакції політиків" in (imported.plan.notes or "")


def test_one_point_a_message_stays_one_list() -> None:
    """A channel posting one point a message, each opening with its keycap number (``2️⃣``)
    or its number in bold: every message goes on with the list."""
    for mark in (_keycap, lambda n: f"<b>Пункт {n}.</b>", lambda n: f"<b>{n})</b>"):
        page = _channel(*[_message(4400 + n, f"09:{40 + n}", f"{mark(n)} {p}")
                          for n, p in enumerate(POINTS, 1)])
        imported = import_bytes(page, "channel.html", ".html", REQUEST)
        assert _tree(imported) == [(str(n), p) for n, p in enumerate(POINTS, 1)]


def test_a_reply_s_quote_and_a_link_s_preview_give_no_points_twice() -> None:
    """A message replying to the one with the points shows the start of it quoted, and a
    message with a link shows the linked page's title and first lines: both were read as
    points 1-2 again after point 4."""
    listing = "<br/>".join(f"{n}. {p}" for n, p in enumerate(POINTS, 1))
    reply = ('<a class="tgme_widget_message_reply" href="#"><div class="tgme_widget_message_'
             'author accent_color"><span class="tgme_widget_message_author_name">Новини Дня'
             '</span></div><div class="tgme_widget_message_metatext js-message_reply_text">'
             f"1. {POINTS[0]} 2. Полонених…</div></a>")
    preview = ('<a class="tgme_widget_message_link_preview" href="#"><div class="link_preview_'
               'site_name accent_color">News Example</div><div class="link_preview_title">'
               'Пункти плану: що відомо</div><div class="link_preview_description">1. Сторони '
               "припиняють вогонь. 2. Обмін.</div></a>")
    text = '<div class="tgme_widget_message_text'
    footer = '<div class="tgme_widget_message_footer'
    page = _channel(_message(4411, "09:40", f"Пункти проєкту:<br/>{listing}"),
                    _message(4412, "10:05", "Київ проти першого пункту.").replace(
                        text, reply + text),
                    _message(4413, "10:30", "Деталі у статті.").replace(
                        footer, preview + footer))
    imported = import_bytes(page, "channel.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), p) for n, p in enumerate(POINTS, 1)]
    assert "Київ проти першого пункту." in (imported.plan.notes or "")


def test_a_channel_s_signature_under_the_points_is_not_the_last_point_s() -> None:
    """Channels sign each message under an empty line (``<br/><br/>``): "Новини Дня |
    Підписатися". The two line breaks gave no empty line, and the signature ran on into point
    4's text as a wrapped line. ``<br><br>`` inside a point keeps its paragraphs."""
    listing = "<br/>".join(f"<b>{n}.</b> {p}" for n, p in enumerate(POINTS, 1))
    page = _channel(_message(4411, "09:40", f"<b>План</b><br/>{listing}<br/><br/><a href='#'>"
                             "Новини Дня</a> | <a href='#'>Підписатися</a>"))
    imported = import_bytes(page, "channel.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), p) for n, p in enumerate(POINTS, 1)]
    assert "Новини Дня | Підписатися" in (imported.plan.notes or "")
    two = _channel(_message(4412, "09:50", f"1. {POINTS[0]}<br/><br/>Це головна умова.<br/>"
                            f"2. {POINTS[1]}"))
    assert _tree(import_bytes(two, "channel.html", ".html", REQUEST)) == [
        ("1", f"{POINTS[0]}\n\nЦе головна умова."), ("2", POINTS[1])]


def test_the_channel_s_card_beside_its_messages_gives_no_points() -> None:
    """The channel's card beside the messages (name, description, counts of subscribers,
    photos and videos): its description's "1. Швидко. 2. Перевірено." and the counts
    ("345. videos") were points 1-2 before the message's."""
    card = ('<section class="tgme_right_column"><div class="tgme_channel_info"><div class="tgme'
            '_channel_info_header_title"><span dir="auto">Новини Дня</span></div><div class="'
            'tgme_channel_info_description">Новини 24/7. 1. Швидко. 2. Перевірено.</div><div '
            'class="tgme_channel_info_counters"><div class="tgme_channel_info_counter"><span '
            'class="counter_value">345</span> <span class="counter_type">videos</span></div>'
            "</div></div></section>")
    listing = "<br/>".join(f"{n}. {p}" for n, p in enumerate(POINTS, 1))
    page = _channel(_message(4411, "09:40", f"Пункти:<br/>{listing}")).replace(
        b'<section class="tgme_channel_history', card.encode()
        + b'<section class="tgme_channel_history')
    imported = import_bytes(page, "channel.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), p) for n, p in enumerate(POINTS, 1)]


def _export_message(ident: int, time: str, text: str, first: bool) -> str:
    sender = ('<div class="pull_left userpic_wrap"><div class="userpic userpic4" style="width:'
              ' 42px; height: 42px"><div class="initials" style="line-height: 42px">\nНС\n'
              "</div></div></div>") if first else ""
    name = '<div class="from_name">\nНовости Сейчас\n</div>' if first else ""
    joined = "" if first else " joined"
    return (f'<div class="message default clearfix{joined}" id="message{ident}">{sender}'
            f'<div class="body"><div class="pull_right date details" title="21.11.2025 '
            f'{time}:00 UTC+03:00">\n{time}\n</div>{name}<div class="text">\n{text}\n</div>'
            "</div></div>")


def test_a_telegram_desktop_export_is_titled_by_its_chat() -> None:
    """``messages.html``'s ``<title>`` is "Exported Data" on every export: the version was
    titled so. The chat's name over the messages is the title, and the sender's initials
    in the picture beside a message are no text of the page."""
    points = ("1. Стороны прекращают огонь по всей линии соприкосновения.<br>"
              "2. Пленные обмениваются по принципу «всех на всех».")
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"/><title>Exported Data</title>'
            '</head><body><div class="page_wrap"><div class="page_header"><div class="content">'
            '<div class="text bold">\nНовости Сейчас\n</div></div></div>'
            '<div class="page_body chat_page"><div class="history">'
            '<div class="message service" id="message-1"><div class="body details">\n'
            "21 November 2025\n</div></div>"
            + _export_message(5120, "11:02", f"Пункты проекта:<br><br>{points}", True)
            + _export_message(5121, "11:03", "3. Санкции снимаются поэтапно.", False)
            + "</div></div></div></body></html>")
    imported = import_bytes(page.encode(), "messages.html", ".html", REQUEST)
    assert imported.plan.title == "Новости Сейчас"
    assert [n for n, _ in _tree(imported)] == ["1", "2", "3"]
    assert "НС" not in (imported.plan.notes or "").split()


def test_keycap_numbers_drawn_as_images_number_the_points() -> None:
    """A site's editor (WordPress) or an embedded post draws emoji as images, the character
    in ``alt`` (``<img class="emoji" alt="1️⃣">``): a post's points numbered with keycaps
    had no number left, and the page no point at all."""
    def keycap(n: int) -> str:
        return (f'<img draggable="false" role="img" class="emoji" alt="{n}\ufe0f\u20e3" '
                f'src="https://cdn.example/images/core/emoji/15.0.3/svg/3{n}-20e3.svg">')

    body = "<p>Головне з плану:</p>" + "".join(f"<p>{keycap(n)} {p}</p>"
                                               for n, p in enumerate(POINTS, 1))
    page = ("<!DOCTYPE html><html lang=\"uk\"><head><meta charset=\"utf-8\"><title>План</title>"
            f"</head><body><article>{body}</article></body></html>").encode()
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _tree(imported) == [(str(n), p) for n, p in enumerate(POINTS, 1)]


def test_a_telegram_desktop_export_s_times_and_next_messages_are_no_point_s_text() -> None:
    """Each message of ``messages.html`` carries its time (``div.date.details``, a sender's
    signature under it: ``div.signature.details``): the times ran into the points ("… миссия.
    Редакция 14:06", "14:20 Уточнение …"), and a later message with no point (a correction)
    into the last point. The times and signatures are left out; a message that does not
    go on with the points is the page's text; a line closing a message that says it goes
    on in the next ("Продолжение ниже 👇") is left out, not point 2's paragraph."""
    points = ("1. Стороны прекращают огонь по всей линии соприкосновения.<br>"
              "2. Пленные обмениваются по принципу «всех на всех».")
    signed = _export_message(5120, "11:02", f"Пункты проекта:<br><br>{points}<br><br>"
                             "Продолжение ниже 👇", True).replace(
        "</div></div></div>", '</div><div class="signature details">Редакция</div></div></div>')
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"/><title>Exported Data</title>'
            '</head><body><div class="page_wrap"><div class="page_header"><div class="content">'
            '<div class="text bold">\nНовости Сейчас\n</div></div></div>'
            '<div class="page_body chat_page"><div class="history">' + signed
            + _export_message(5121, "11:03", "3. Санкции снимаются поэтапно.", False)
            + _export_message(5122, "11:20", "Уточнение: во втором пункте речь идёт обо всех "
                              "пленных.", False)
            + "</div></div></div></body></html>")
    imported = import_bytes(page.encode(), "messages.html", ".html", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "Стороны прекращают огонь по всей линии соприкосновения.",
        "Пленные обмениваются по принципу «всех на всех».", "Санкции снимаются поэтапно."]
    notes = imported.plan.notes or ""
    assert "Уточнение: во втором пункте" in notes
    for stamp in ("11:02", "11:03", "11:20", "Редакция", "Продолжение"):
        assert stamp not in notes + " ".join(p.text for p in imported.plan.points), stamp
    assert any("goes on in the next" in f.message for f in imported.report.findings)


def test_a_telegram_desktop_export_s_sender_names_are_no_text_of_the_notes() -> None:
    """Each sender's first message in ``messages.html`` carries the sender's name
    (``div.from_name``), and a forwarded message the name of the channel it came from: the
    names ran into the messages' text in the notes ("Kyiv Independent The plan was handed
    …"). They are the export's furniture, as the sender's initials are."""
    def forwarded(text: str) -> str:
        return ('<div class="forwarded body"><div class="from_name">\nKyiv Independent'
                '<span class="date details" title="21.11.2025 09:58:00"> 21.11.2025 09:58:00'
                f'</span>\n</div><div class="text">\n{text}\n</div></div>')

    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"/><title>Exported Data</title>'
            '</head><body><div class="page_wrap"><div class="page_header"><div class="content">'
            '<div class="text bold">\nDesk chat\n</div></div></div>'
            '<div class="page_body chat_page"><div class="history">'
            + _export_message(7001, "10:00", "The plan was handed over on Thursday.", True)
            .replace("Новости Сейчас", "Kyiv Independent")
            + _export_message(7002, "10:05", "Points of the draft:<br><br>1. A ceasefire holds "
                              "along the whole line.<br>2. Prisoners are swapped all for all.",
                              True).replace("Новости Сейчас", "Olena Bondar")
            + _export_message(7003, "10:06", "", False).replace(
                '<div class="text">\n\n</div>', forwarded("3. Sanctions are lifted in stages."))
            + _export_message(7004, "10:30", "The ministry has not commented yet.", True)
            .replace("Новости Сейчас", "Taras")
            + "</div></div></div></body></html>")
    imported = import_bytes(page.encode(), "messages.html", ".html", REQUEST)
    assert _tree(imported) == [("1", "A ceasefire holds along the whole line."),
                               ("2", "Prisoners are swapped all for all."),
                               ("3", "Sanctions are lifted in stages.")]
    notes = imported.plan.notes or ""
    assert "The plan was handed over on Thursday." in notes
    assert "The ministry has not commented yet." in notes
    for name in ("Kyiv Independent", "Olena Bondar", "Taras", "09:58"):
        assert name not in notes, name
