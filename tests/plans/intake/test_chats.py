"""A messenger chat pasted or exported as text (WhatsApp, Telegram): message headers with
the date, time and sender among the points, and a chat's Markdown escapes. No header runs
into a point, the chat's talk around the points goes to the notes. Texts are the project's
own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes

REQUEST = DraftRequest(document="outline", version="2025-12-01-chat")
ITEMS = ("Both sides stop firing along the line.", "Monitors watch the line.",
         "Sanctions are eased in stages.")


def _import(text: str) -> ImportedDraft:
    return import_bytes(text.encode(), "chat.txt", ".txt", REQUEST)


def _texts(imported: ImportedDraft) -> list[str]:
    return [p.text for p in imported.plan.points]


@pytest.mark.parametrize("header", ["[12/1/25, 10:4{m} AM] {who}: ",
                                    "[01.12.25, 10:4{m}:07] {who}: ",
                                    "12/1/25, 10:4{m}\u202fPM - {who}: ",
                                    "01.12.2025, 10:4{m} - {who}: "])
def test_whatsapp_headers_around_the_points(header: str) -> None:
    """``…in stages. [12/1/25, 10:43 AM] Ivan: thanks!``: the next message ran into the last
    point."""
    text = (header.format(m=1, who="Olena") + "Here is what they agreed\n"
            + header.format(m=2, who="Olena") + f"1. {ITEMS[0]}\n2. {ITEMS[1]}\n"
            f"3. {ITEMS[2]}\n" + header.format(m=3, who="Ivan") + "thanks, reading it now\n")
    imported = _import(text)
    assert _texts(imported) == list(ITEMS)
    assert "thanks, reading it now" in (imported.plan.notes or "")


def test_a_point_a_message() -> None:
    """Each point in a message of its own: the next header ran into each point."""
    text = "".join(f"01.12.2025 10:4{n} - Olena: {n}. {item}\n"
                   for n, item in enumerate(ITEMS, 1))
    imported = _import(text)
    assert _texts(imported) == list(ITEMS)
    assert "message header" in "\n".join(imported.report.lines())


def test_telegram_headers_on_their_own_lines() -> None:
    text = (f"Olena, [1 Dec 2025 at 10:42]:\n1. {ITEMS[0]}\n2. {ITEMS[1]}\n\n"
            f"Ivan, [1 Dec 2025 at 10:43]:\n3. {ITEMS[2]}\n")
    imported = _import(text)
    assert _texts(imported) == list(ITEMS)
    assert "Ivan" not in imported.plan.points[1].text


def test_one_time_stamp_is_no_chat() -> None:
    text = f"[12/1/25, 10:42 AM] Olena: 1. {ITEMS[0]}\n2. {ITEMS[1]}\n3. {ITEMS[2]}\n"
    assert len(_import(text).plan.points) == 3


@pytest.mark.parametrize("label", ["{n}\\.", "**{n}\\.**", "{n}\\)"])
def test_a_chat_s_escaped_list_labels(label: str) -> None:
    """A Markdown list's labels escaped by a chat (``1\\.``): no numbered point was found."""
    text = "The points:\n\n" + "".join(f"{label.format(n=n)} {item}\n"
                                       for n, item in enumerate(ITEMS, 1))
    assert _texts(_import(text)) == list(ITEMS)


UK = ("Україна зберігає суверенітет.", "Сторони укладають угоду про ненапад.",
      "Україна отримує гарантії безпеки.")


@pytest.mark.parametrize("label", ["*{n}.*", "✅ {n}.", "❌ {n}.", "❗️{n}.", "{bold}.",
                                   "🇺🇦 {n}.", "▪️ {n}."])
def test_a_messenger_post_s_decorated_labels(label: str) -> None:
    """A channel's post marks its labels with a messenger's bold (``*1.*``), an emoji
    (``❌ 3.``) or the bold digits of Unicode's mathematical letters (``𝟏.``): no point was
    found, or the point ran into the one before."""
    bold = "𝟎𝟏𝟐𝟑"
    text = "".join(label.format(n=n, bold=bold[n]) + f" {item}\n"
                   for n, item in enumerate(UK, 1))
    assert _texts(_import(text)) == list(UK)


@pytest.mark.parametrize("label", ["📌 Пункт {n}.", "📌Пункт {n}:", "🔹 П. {n}.", "✅ Point {n}.",
                                   "👉 §{n}", "📍 #{n}", "⚡️ Пункт №{n}."])
def test_an_emoji_before_a_point_s_word_and_number(label: str) -> None:
    """A channel's post sets an emoji before a point's word as before its number (``📌
    Пункт 3.``): no point was found."""
    text = "Что в тексте:\n\n" + "".join(label.format(n=n) + f" {item}\n"
                                         for n, item in enumerate(UK, 1))
    imported = _import(text)
    assert _texts(imported) == list(UK)
    assert [p.number for p in imported.plan.points] == ["1", "2", "3"]


def test_styled_letters_read_as_plain_letters() -> None:
    """Text set in Unicode's mathematical bold or italic letters (a post's "fancy" text)
    reads as the letters they style."""
    imported = _import("𝗣𝘂𝗻𝗸𝘁 𝟭. 𝘛𝘩𝘦 truce holds.\n𝗣𝘂𝗻𝗸𝘁 𝟮. Monitors watch the line.\n")
    assert _texts(imported) == ["The truce holds.", "Monitors watch the line."]


@pytest.mark.parametrize("tail", ["Джерело: Axios\n#мирний_план #новини",
                                  "Source: Axios", "Источник: РБК",
                                  "#peaceplan #news"])
def test_a_post_s_source_line_and_hashtags_after_the_last_point(tail: str) -> None:
    """A channel's post closes with its source and its hashtags: they stayed a paragraph
    of the last point."""
    text = "".join(f"{n}. {item}\n" for n, item in enumerate(UK, 1)) + "\n" + tail + "\n"
    imported = _import(text)
    assert _texts(imported) == list(UK)
    notes = (imported.plan.notes or "") + (imported.plan.points[-1].notes or "")
    assert all(line in notes for line in tail.splitlines())


@pytest.mark.parametrize("reactions", ["👍 3 ❤️ 2", "🔥12  😢 4", "👍🏻 1.2K"])
def test_a_post_s_reaction_counts_after_the_last_point(reactions: str) -> None:
    """The reactions' counts under a channel's post ran into the last point."""
    text = "".join(f"{n}. {item}\n" for n, item in enumerate(UK, 1)) + reactions + "\n"
    assert _texts(_import(text)) == list(UK)


def test_a_messenger_s_single_marks_around_words_are_not_the_text() -> None:
    """WhatsApp's ``*bold*`` and ``_italic_`` stayed in the points' text; a footnote's star,
    a product sign and a name with underscores stay."""
    text = ("1. *Both sides* stop firing.\n2. _Monitors_ watch the line.\n"
            "3. The zone* is 5 * 3 km, per the map_v2 file.\n")
    assert _texts(_import(text)) == ["Both sides stop firing.", "Monitors watch the line.",
                                     "The zone* is 5 * 3 km, per the map_v2 file."]


def test_a_chat_s_messages_with_no_text_are_not_the_points() -> None:
    """An export's placeholder for a file or a deleted message between the points ran into
    the point before it."""
    text = (f"[12/1/25, 10:41 AM] Olena: 1. {ITEMS[0]}\n[12/1/25, 10:41 AM] Olena: <Media "
            f"omitted>\n[12/1/25, 10:42 AM] Olena: 2. {ITEMS[1]}\n[12/1/25, 10:42 AM] Ivan: "
            f"This message was deleted\n[12/1/25, 10:43 AM] Olena: 3. {ITEMS[2]}\n")
    assert _texts(_import(text)) == list(ITEMS)


def test_one_message_after_the_points() -> None:
    """One reply pasted under the points stayed a paragraph of the last point."""
    text = (f"1. {ITEMS[0]}\n2. {ITEMS[1]}\n3. {ITEMS[2]}\n\n[12/1/25, 10:43 AM] Ivan: ok, "
            "reading\n")
    imported = _import(text)
    assert _texts(imported) == list(ITEMS)
    assert "ok, reading" in (imported.plan.notes or "")


def test_a_line_chat_export() -> None:
    """LINE's export: the time, a tab, the sender, a tab, the message ("no numbered points
    found": every point behind its time and sender)."""
    items = ("ウクライナの主権を確認する。", "不可侵の合意を結ぶ。", "安全の保証を与える。")
    text = ("[LINE] 「ニュース」のトーク履歴\n保存日時：2025/12/01 12:00\n\n2025/12/01(月)\n"
            "10:42\t山田\t和平案の要旨です\n"
            + "".join(f"10:4{n + 2}\t山田\t{n}. {item}\n" for n, item in enumerate(items, 1))
            + "10:49\t佐藤 花子\tありがとう\n")
    imported = _import(text)
    assert _texts(imported) == list(items)
    assert "ありがとう" in (imported.plan.notes or "")


def test_a_line_chat_export_s_message_of_several_lines_in_quotes() -> None:
    """LINE writes a message of several lines in double quotes (``"1. …`` / ``3. …"``), a
    quote in it doubled: the opening quote went to the notes with the header, the closing
    one stayed at the end of the last point."""
    items = ("ウクライナの主権を確認する。", "「不可侵」の合意を結ぶ。", "安全の保証を与える。")
    text = ("[LINE] 「ニュース」のトーク履歴\n保存日時：2025/12/01 12:00\n\n2025/12/01(月)\n"
            "10:42\t山田\t和平案の要旨です\n10:43\t山田\t\"1. " + items[0] + "\n2. "
            + items[1] + "\n3. " + items[2] + "\"\n10:49\t佐藤 花子\t\"ありがとう\nまた後で\"\n")
    imported = _import(text)
    assert _texts(imported) == list(items)
    notes = imported.plan.notes or ""
    assert "ありがとう" in notes and '"' not in notes


def test_an_edited_message_s_mark_is_not_the_point_s() -> None:
    """WhatsApp closes an edited message with ``<This message was edited>``: it stayed at
    the end of the point's text."""
    text = (f"[12/1/25, 10:41 AM] Olena: 1. {ITEMS[0]} <This message was edited>\n"
            f"[12/1/25, 10:42 AM] Olena: 2. {ITEMS[1]}\n"
            f"[12/1/25, 10:43 AM] Olena: 3. {ITEMS[2]} <Это сообщение изменено>\n")
    assert _texts(_import(text)) == list(ITEMS)


@pytest.mark.parametrize("before", ["[12/1/25, 10:41 AM] Olena: Here is what they agreed\n",
                                    "Olena, [1 Dec 2025 at 10:41]:\nHere is what they agreed\n"
                                    "\n"])
def test_a_message_before_the_points_keeps_its_header_above_its_text(before: str) -> None:
    """The first message's text went to the notes above its own header line (the header
    read as a heading, whose notes come after the text before the points)."""
    text = (before + "[12/1/25, 10:42 AM] Olena: " + f"1. {ITEMS[0]}\n2. {ITEMS[1]}\n"
            f"3. {ITEMS[2]}\n[12/1/25, 10:43 AM] Ivan: thanks, reading it now\n")
    imported = _import(text)
    assert _texts(imported) == list(ITEMS)
    notes = imported.plan.notes or ""
    assert notes.index("Olena") < notes.index("Here is what they agreed") < notes.index(
        "thanks"), notes


@pytest.mark.parametrize("header", ["04.12.2025, 14:0{m} - {who}: ",
                                    "[12/4/25, 2:0{m} PM] {who}: "])
def test_another_member_s_message_between_the_points_goes_to_the_notes(header: str) -> None:
    """Olena posts the points in two messages; Ivan asks a question between them: his
    message ran into point 2 ("Monitors watch the line. was it 25 km before?"). A message
    of the sender's own that goes on without a number still goes on with her point."""
    def said(m: int, who: str, text: str) -> str:
        return header.format(m=m, who=who) + text + "\n"

    text = (said(1, "Olena", "What the delegation sent:")
            + said(2, "Olena", f"1. {ITEMS[0]}\n2. {ITEMS[1][:-1]}")
            + said(3, "Olena", "from both sides.")
            + said(4, "Ivan", "was it 25 km before?\nand who pays?")
            + said(5, "Olena", f"3. {ITEMS[2]}")
            + said(6, "Ivan", "thanks"))
    imported = _import(text)
    assert _texts(imported) == [ITEMS[0], f"{ITEMS[1][:-1]} from both sides.", ITEMS[2]]
    notes = imported.plan.notes or ""
    assert "was it 25 km before?" in notes and "who pays?" in notes


JA = ("ウクライナの主権を確認する。", "欧州が安全を保証する。", "捕虜を全員交換する。")


@pytest.mark.parametrize("label", ["■{n}．", "■{n}\u3000", "◆{n} ", "・{n}\u3000", "●{w}．",
                                   "▽{n}."])
def test_a_japanese_mark_glued_to_a_point_s_number(label: str) -> None:
    """A Japanese copy sets a mark right before each point's number (``■1．``, ``◆1 ``):
    the list was read as bullets, numbered 1-3, each point's text opening with its own
    number ("1．ウクライナの主権…")."""
    wide = "０１２３"
    text = "和平案の要点\n\n" + "".join(label.format(n=n, w=wide[n]) + f"{item}\n"
                                    for n, item in enumerate(JA, 1))
    imported = _import(text)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        (str(n), item) for n, item in enumerate(JA, 1)]


def test_a_japanese_mark_before_a_date_or_a_count_stays() -> None:
    """``・3月に…``, ``■100人が…``: a number that numbers nothing keeps its mark."""
    text = "和平案の要点\n\n・3月に停戦する。\n・100人が監視する。\n"
    imported = _import(text)
    assert [p.text for p in imported.plan.points] == ["3月に停戦する。", "100人が監視する。"]


def test_an_iphone_export_s_placeholders_are_not_the_points_or_the_notes() -> None:
    """WhatsApp on an iPhone writes a file or a deleted message after an invisible mark
    (U+200E) and names an attached file (``<attached: 00000012-PHOTO-….jpg>``); a Russian
    export ends "Это сообщение удалено." with a full stop. Olena's own placeholders between
    her points ran into the point before; they are no text at all."""
    text = (f"[04.12.25, 14:03:01] Olena: 1. {ITEMS[0]}\n"
            "[04.12.25, 14:03:40] Olena: \u200eimage omitted\n"
            f"[04.12.25, 14:04:00] Olena: 2. {ITEMS[1]}\n"
            "[04.12.25, 14:04:02] Olena: \u200e<attached: 00000012-PHOTO-2025-12-04.jpg>\n"
            "[04.12.25, 14:04:30] Olena: Это сообщение удалено.\n"
            f"[04.12.25, 14:05:00] Olena: 3. {ITEMS[2]}\n")
    imported = _import(text)
    assert _texts(imported) == list(ITEMS)
    assert "attached" not in (imported.plan.notes or "")


def test_a_telegram_desktop_chat_of_two_members_copied_as_text() -> None:
    """Telegram Desktop copies each message under ``Name, [04.12.2025 9:41]``. In a chat of
    two members, Ivan's "thanks" between Olena's messages ran into point 2: the headers were
    read as a channel's, left out with the breaks between the messages."""
    text = ("Olena K, [04.12.2025 9:41]\nWhat the delegation sent:\n\n"
            f"Olena K, [04.12.2025 9:41]\n1. {ITEMS[0]}\n2. {ITEMS[1]}\n\n"
            "Ivan P, [04.12.2025 9:42]\nthanks, is that all?\n\n"
            f"Olena K, [04.12.2025 9:43]\n3. {ITEMS[2]}\n")
    imported = _import(text)
    assert _texts(imported) == list(ITEMS)
    assert "is that all?" in (imported.plan.notes or "")


@pytest.mark.parametrize("notice", [
    "12/24/25, 09:41 - Messages and calls are end-to-end encrypted. No one outside of this "
    "chat, not even WhatsApp, can read or listen to them. Tap to learn more.",
    "[24.12.25, 09:41:02] Olena: \u200eMessages and calls are end-to-end encrypted. Only people "
    "in this chat can read, listen to, or share them.",
    "24.12.2025, 09:41 - Сообщения и звонки защищены сквозным шифрованием. Третьи лица, "
    "включая WhatsApp, не могут прочитать или прослушать их.",
    "24.12.2025, 09:41 - Повідомлення та дзвінки захищені наскрізним шифруванням. Ніхто поза "
    "цим чатом не може їх прочитати або прослухати.",
    "12/24/25, 09:41 - Olena created group \"Talks notes\"",
    "12/24/25, 09:41 - Olena added Ivan",
    "12/24/25, 09:41 - Ivan joined using this group's invite link",
])
def test_a_whatsapp_export_s_system_lines_are_left_out(notice: str) -> None:
    """A WhatsApp export opens with the app's own lines (the encryption notice, a group
    made, a member added): they went to the version's notes as the chat's words."""
    text = (f"{notice}\n12/24/25, 09:42 - Olena: Here is what they agreed\n"
            f"12/24/25, 09:42 - Olena: 1. {ITEMS[0]}\n2. {ITEMS[1]}\n3. {ITEMS[2]}\n"
            "12/24/25, 09:43 - Ivan: thanks\n")
    imported = _import(text)
    assert _texts(imported) == list(ITEMS)
    notes = imported.plan.notes or ""
    assert "Here is what they agreed" in notes and "thanks" in notes
    for words in ("encrypted", "шифрованием", "шифруванням", "created group", "added Ivan",
                  "invite link"):
        assert words not in notes
