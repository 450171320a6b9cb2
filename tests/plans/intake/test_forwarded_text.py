"""Press text forwarded by e-mail and pasted: a body still in quoted-printable (copied from
the message's source, without its headers), and a reply quoting the points one level deeper
than the forwarder's own words between them. Texts are the project's own."""

from __future__ import annotations

import quopri

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="outline", version="2025-11-21-forwarded")
_EN = ("The truce holds from the first morning after signing and covers every unit on land, "
       "at sea and in the air.",
       "Each side frees every detainee it holds on the “all for all” rule within a month.",
       "Unarmed observers patrol both sides of the line.")
_RU = ("Перемирие действует с первого утра после подписания и касается всех войск.",
       "Каждая сторона освобождает всех задержанных по принципу «всех на всех».",
       "Безоружные наблюдатели патрулируют обе стороны линии.")


def _import(data: bytes) -> tuple[list[str], list[str]]:
    imported = import_bytes(data, "pasted.txt", ".txt", REQUEST)
    assert not imported.report.warnings, imported.report.lines()
    return ([p.text for p in imported.plan.points],
            [f.message for f in imported.report.findings])


@pytest.mark.parametrize(("texts", "encoding"), [(_EN, "utf-8"), (_RU, "utf-8"),
                                                 (_RU, "cp1251")])
def test_a_body_still_in_quoted_printable_is_decoded(texts: tuple[str, ...],
                                                     encoding: str) -> None:
    plain = "".join(f"{n}. {text} \n" for n, text in enumerate(texts, 1))
    pasted = quopri.encodestring(plain.encode(encoding))
    assert b"=\n" in pasted  # soft line breaks, as the message's source has them
    points, said = _import(pasted)
    assert points == list(texts)
    assert any("quoted-printable" in message for message in said)


def test_a_text_with_equals_signs_is_no_quoted_printable() -> None:
    pasted = ("1. The shares are split so that A=B at the start, and the fund's rule is\n"
              "2. The budget line reads TOTAL=\n3. Monitors report =3D daily.\n")
    points, said = _import(pasted.encode())
    assert points[1] == "The budget line reads TOTAL="
    assert not any("quoted-printable" in message for message in said)


def _halves(text: str) -> tuple[str, str]:
    cut = text.index(" ", len(text) // 2)
    return text[:cut], text[cut + 1:]


def test_the_forwarders_words_between_deeper_quoted_points_go_to_the_notes() -> None:
    (first, rest), (second, more) = _halves(_EN[0]), _halves(_EN[1])
    pasted = ("On Thursday the desk wrote:\n"
              "> A colleague sent the list:\n"
              f">> 1. {first}\n"
              f">> {rest}\n"
              "> Our note: the second point is new in this copy.\n"
              f">> 2. {second}\n"
              "> We think this one was softened.\n"
              f">> {more}\n"
              f">> 3. {_EN[2]}\n"
              "> That is all of it.\n")
    imported = import_bytes(pasted.encode(), "reply.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == list(_EN)
    notes = imported.plan.notes or ""
    for words in ("Our note: the second point", "softened", "That is all of it."):
        assert words in notes


@pytest.mark.parametrize("signature", ["--\nDesk | Example News | +1 555 0100\n",
                                       "-- \nSent from my phone\n"])
def test_a_signature_after_the_last_point_goes_to_the_notes(signature: str) -> None:
    """A mail's signature under the forwarded points (after ``--``) was read as the last
    point's paragraph, with a warning to check it. (A phone's own line under it is left
    out: tests/plans/intake/test_page_buttons.py.)"""
    pasted = ("---------- Forwarded message ---------\nFrom: Desk <desk@example.org>\n"
              "Subject: Draft text\n\n"
              + "".join(f"{n}. {text}\n" for n, text in enumerate(_EN, 1))
              + "\n" + signature)
    points, said = _import(pasted.encode())
    assert points == list(_EN)
    assert any("sign-off" in message for message in said)


@pytest.mark.parametrize("signature", ["Sent from my iPhone\n", "Отправлено с iPhone\n"])
def test_a_phone_s_own_line_after_the_last_point_is_left_out(signature: str) -> None:
    """A phone's own line under the forwarded points went to the notes as a sign-off: it
    is the mail program's, and is left out (the report says so)."""
    pasted = ("---------- Forwarded message ---------\nFrom: Desk <desk@example.org>\n"
              "Subject: Draft text\n\n"
              + "".join(f"{n}. {text}\n" for n, text in enumerate(_EN, 1))
              + "\n" + signature)
    imported = import_bytes(pasted.encode(), "pasted.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == list(_EN)
    assert "iPhone" not in (imported.plan.notes or "")
    assert any("mail or news app" in f.message for f in imported.report.findings)


def test_the_forwarders_unquoted_comments_between_quoted_points_go_to_the_notes() -> None:
    """An Outlook-style reply with comments inline: the points quoted a few at a time
    (``> 1. …``), the forwarder's own words unquoted between them, set off by blank lines,
    and the last point quoted alone. The comments ran into the points above them, and the
    last point, one quoted line, stayed quoted and ran into the point before it."""
    pasted = ("Comments inline.\n\n-----Original Message-----\nFrom: Desk\n"
              "Sent: Thursday, December 4, 2025 9:12 AM\nSubject: framework wording\n\n"
              f"> 1. {_EN[0]}\n> 2. {_EN[1]}\n\n"
              "This one said within a week last time, worth flagging.\n\n"
              f"> 3. {_EN[2]}\n\nNo change here.\nNone at all.\n\n"
              "> 4. Elections follow within a hundred days of signing.\n\nThanks,\nAnna\n")
    imported = import_bytes(pasted.encode(), "reply.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        *_EN, "Elections follow within a hundred days of signing."]
    notes = imported.plan.notes or ""
    for words in ("worth flagging", "No change here.", "None at all."):
        assert words in notes
    assert not imported.report.warnings, imported.report.lines()


def test_a_quoted_point_s_line_rewrapped_without_its_mark_stays_the_point_s() -> None:
    """A mail client that rewraps a quoted line leaves its end unquoted right under it (no
    blank line between): the point's own words, not a comment."""
    first, rest = _halves(_EN[0])
    pasted = (f"Below.\n\n> 1. {first}\n{rest}\n> 2. {_EN[1]}\n\n> 3. {_EN[2]}\n")
    points, _ = _import(pasted.encode())
    assert points == list(_EN)


def test_a_reply_s_own_numbered_points_between_quoted_ones_stay_points() -> None:
    """A reply that sets its own wording of a point under the quoted one: numbered lines
    between the quoted points are the reply's, never comments for the notes."""
    pasted = (f"> 1. {_EN[0]}\n> 2. {_EN[1]}\n\n2. Each side frees every detainee at once.\n\n"
              f"> 3. {_EN[2]}\n")
    imported = import_bytes(pasted.encode(), "reply.txt", ".txt", REQUEST)
    texts = [p.text for p in imported.plan.walk()]
    assert "Each side frees every detainee at once." in texts


def test_a_chain_copied_out_of_outlook_keeps_the_replies_around_the_points_out() -> None:
    """A chain copied out of Outlook: the forwarder's note, then the reply holding the
    points under its header block, signed with a first name, then the message it answers
    (asking for the text, no points) under its own header block. The name and the message
    it answers ran into the last point."""
    block = ("________________________________\nFrom: {who} <{addr}@example.org>\n"
             "Sent: Thursday, December 3, 2026 {time}\nTo: Desk <desk@example.org>\n"
             "Subject: RE: text\n\n")
    text = ("Colleagues, the latest below. Note point 3 changed since Tuesday.\n\n"
            "Regards,\nPiotr\n\n"
            + block.format(who="Hanna Sokil", addr="h.sokil", time="22:14")
            + "Here it is:\n\n" + "".join(f"{n}. {t}\n" for n, t in enumerate(_EN, 1))
            + "\nHanna\n\n"
            + block.format(who="Piotr Nowak", addr="p.nowak", time="18:02")
            + "Could you send the latest wording?\n")
    imported = import_bytes(text.encode(), "pasted.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == list(_EN)
    notes = imported.plan.notes or ""
    assert "Hanna" in notes and "latest wording" in notes and "_____" not in notes


@pytest.mark.parametrize(("greeting", "signature"), [
    ("Hi all, here is the text as agreed this morning:", "Hanna"),
    ("Dear colleagues,", "Hanna Sokil\nPolicy desk"),
    ("Коллеги, направляю текст:", "Олег\n+380 44 000 00 00"),
    ("Добрий день! Надсилаю текст.", "О. Коваль"),
])
def test_a_message_s_bare_name_under_its_last_point_is_its_signature(greeting: str,
                                                                      signature: str) -> None:
    """A pasted message greets its readers, lists the points and is signed with a name
    alone (no "Best,"): the name ran into the last point."""
    text = f"{greeting}\n\n" + "".join(f"{n}. {t}\n" for n, t in enumerate(_EN, 1)) \
        + f"\n{signature}\n"
    texts, _ = _import(text.encode())
    assert texts == list(_EN)


def test_a_point_s_own_short_paragraph_stays_without_a_greeting() -> None:
    """No greeting above the points: a short last paragraph in capitals is the point's."""
    text = "".join(f"{n}. {t}\n" for n, t in enumerate(_EN, 1)) + "\nAgreed Text\n"
    imported = import_bytes(text.encode(), "pasted.txt", ".txt", REQUEST)
    assert imported.plan.points[-1].text.endswith("Agreed Text")


@pytest.mark.parametrize("signature", ["Olena\nPolicy desk", "Hanna Sokil\n+380 44 000 00 00",
                                       "О. Коваль\nвідділ політики"])
@pytest.mark.parametrize("gap", ["\n", ""])
def test_a_name_and_a_desk_under_the_last_point_sign_a_message_without_a_greeting(
        signature: str, gap: str) -> None:
    """No greeting above the points, and the message signed with a name and a desk or a
    telephone number under the last point (after a blank line, or right under it): they
    ran into the last point. A name with a line under it signs; a short paragraph of the
    point's own stays (:func:`test_a_point_s_own_short_paragraph_stays_without_a_greeting`)."""
    text = "".join(f"{n}. {t}\n" for n, t in enumerate(_EN, 1)) + f"{gap}{signature}\n"
    imported = import_bytes(text.encode(), "pasted.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == list(_EN)
    assert signature.split("\n")[0] in (imported.plan.notes or "")


def test_a_link_s_words_under_the_last_point_are_no_signature() -> None:
    """Two short lines under the last point, a channel's buttons ("Подробнее" / "Читать
    полностью"), give no desk or number: no sign-off, and buttons left out (they were the
    last point's second paragraph)."""
    text = "".join(f"{n}. {t}\n" for n, t in enumerate(_RU, 1)) + "\nПодробнее\nЧитать полностью\n"
    imported = import_bytes(text.encode(), "pasted.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == list(_RU)  # the buttons left out
    assert not any("sign-off" in f.message for f in imported.report.findings)
    assert any("show-more button" in f.message for f in imported.report.findings)


ARTICLES_REPLY = """-----Original Message-----
From: Secretariat <secretariat@talks.example>
Sent: Tuesday, November 25, 2025 8:14 AM
To: Delegations
Subject: RE: Revised draft (v3)

Dear all,

Please find below the revised draft, with the changes since v2 in [brackets].

Article 1
The Parties shall cease all hostilities [within 48 hours] of signature.

Article 2
Heavy weapons shall be withdrawn [30 km] from the contact line.

Article 3
A Joint Monitoring Commission shall be established.

Best regards,
Secretariat

________________________________
From: Delegation A
Sent: Monday, November 24, 2025 6:02 PM
Subject: Revised draft (v2)

Article 1
The Parties shall cease all hostilities within 72 hours of signature.
"""


def test_an_earlier_message_under_a_draft_of_articles_is_no_second_part() -> None:
    """An Outlook chain copied whole: the secretariat's draft of three articles (``Article
    1`` on a line of its own), its sign-off, then the delegation's earlier message with its
    own Article 1. Only ``1.`` lines counted as points, so the earlier message was read on
    as a second part (article 1 again) and the sign-off stayed article 3's text."""
    imported = import_bytes(ARTICLES_REPLY.encode(), "chain.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "The Parties shall cease all hostilities [within 48 hours] of signature."),
        ("2", "Heavy weapons shall be withdrawn [30 km] from the contact line."),
        ("3", "A Joint Monitoring Commission shall be established.")]
    notes = imported.plan.notes or ""
    assert "within 72 hours" in notes and "Secretariat" in notes


def test_a_japanese_mail_quoted_with_full_width_marks() -> None:
    """A Japanese reply quotes the forwarded draft with the full-width ``＞`` its input method
    types: the import found no points (``＞ １．…`` opens with no number)."""
    text = ("各位\n\n先方から届いた修正案を転送します。\n\n山田\n\n"
            "2025年11月25日(火) 9:12 佐藤 <sato@example.jp>:\n＞ 修正案は以下の通りです。\n＞\n"
            "＞ １．双方は署名から７２時間以内に停戦する。\n"
            "＞　２．重火器を前線から３０キロ後退させる。\n"
            "＞＞ ３．国際監視団を派遣する。\n＞\n＞ よろしくお願いします。\n")
    imported = import_bytes(text.encode(), "mail.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "双方は署名から７２時間以内に停戦する。"),
        ("2", "重火器を前線から３０キロ後退させる。"),
        ("3", "国際監視団を派遣する。")]


def test_a_deeper_quoted_point_s_end_rewrapped_one_level_up_stays_the_point_s() -> None:
    """A mail client that rewraps a line quoted twice (``>> 2. …``) may leave its end
    quoted once, right under it. The end went to the notes as the forwarder's comment,
    and the point lost its last words."""
    first, rest = _halves(_EN[1])
    pasted = ("Maria wrote:\n> Peter wrote:\n"
              f">> 1. {_EN[0]}\n>> 2. {first}\n> {rest}\n>> 3. {_EN[2]}\n")
    points, _ = _import(pasted.encode())
    assert points == list(_EN)


def test_a_comment_quoted_less_deep_under_deeper_bulleted_points_goes_to_the_notes() -> None:
    """Bulleted points quoted twice, the forwarder's reply quoted once under them: the
    reply ran into the last point (only numbered points were told from comments)."""
    pasted = ("> Peter wrote:\n>\n>> The points:\n>>\n"
              + "".join(f">> • {text}\n" for text in _EN)
              + ">\n> Looks right to me\n")
    imported = import_bytes(pasted.encode(), "reply.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == list(_EN)
    assert "Looks right to me" in (imported.plan.notes or "")
