"""A draft forwarded by e-mail and saved as a message (.eml): the body is read as the page or
the text it is, in its own charset and transfer encoding. Before, the message was read as
plain text: quoted-printable escapes (``=E2=80=93``), base64 lines and MIME boundaries ran
into the last point, and the headers were the notes. Texts are the project's own."""

from __future__ import annotations

import struct
from email.message import EmailMessage
from email.policy import SMTP
from typing import Any

import pytest

from plandiff.errors import InputError
from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="peace-framework", version="2025-12-24-20-point", partial=True)

EN = ("Ukraine's sovereignty is reaffirmed.",
      "Russia and Ukraine conclude a full non-aggression agreement; a monitoring mechanism "
      "watches the line of contact.",
      "Ukraine receives strong security guarantees – the same in substance as Article 5.")
JA = ("ウクライナの主権を再確認する。",
      "ロシアとウクライナは包括的な不可侵合意を結び、監視の仕組みが接触線を見守る。",
      "ウクライナは強力な安全の保証を受ける。")
RU = ("Суверенитет Украины подтверждается.",
      "Россия и Украина заключают полное соглашение о ненападении.",
      "Украина получает надёжные гарантии безопасности.")


def _message(subject: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Analyst <analyst@example.org>"
    message["To"] = "desk@example.org"
    message["Subject"] = subject
    message["Date"] = "Wed, 24 Dec 2025 10:00:00 +0000"
    return message


def _points(data: bytes, name: str = "mail.eml") -> tuple[list[tuple[str, str]], str]:
    imported = import_bytes(data, name, ".eml", REQUEST)
    return ([(p.number, p.text) for p in imported.plan.walk()],
            "\n".join(imported.report.lines()))


def _expected(texts: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(str(n), text) for n, text in enumerate(texts, 1)]


def test_plain_and_html_alternatives() -> None:
    message = _message("Fwd: 20-point plan text")
    message.set_content("Forwarding the text as published.\n\n"
                        + "".join(f"{n}. {t}\n" for n, t in enumerate(EN, 1)),
                        cte="quoted-printable")
    message.add_alternative("<html><body><p>Forwarding the text as published.</p><ol>"
                            + "".join(f"<li>{t}</li>" for t in EN) + "</ol></body></html>",
                            subtype="html", cte="base64")
    points, report = _points(message.as_bytes(policy=SMTP))
    assert points == _expected(EN), points
    assert 'an e-mail message ("Fwd: 20-point plan text", from Analyst' in report, report
    assert "its HTML body read" in report, report


def test_japanese_mail_in_iso_2022_jp() -> None:
    """Japanese mail is still often ISO-2022-JP, its subject MIME-encoded."""
    message = _message("20項目の和平案")
    body = "お疲れさまです。本文を転送します。\n\n" + "".join(
        f"{n}. {t}\n" for n, t in enumerate(JA, 1))
    message.set_content(body.encode("iso-2022-jp"), maintype="text", subtype="plain",
                        cte="7bit", params={"charset": "iso-2022-jp"})
    points, report = _points(message.as_bytes(policy=SMTP))
    assert points == _expected(JA), points
    assert '"20項目の和平案"' in report, report


def test_cyrillic_quoted_printable_with_an_attachment() -> None:
    message = _message("План")
    body = "Текст плана:\n\n" + "".join(f"{n}. {t}\n" for n, t in enumerate(RU, 1))
    message.set_content(body.encode("windows-1251"), maintype="text", subtype="plain",
                        cte="quoted-printable", params={"charset": "windows-1251"})
    message.add_attachment(b"%PDF-1.4 not really", maintype="application", subtype="pdf",
                           filename="plan-20.pdf")
    points, report = _points(message.as_bytes(policy=SMTP))
    assert points == _expected(RU), points
    assert "its plain-text body read" in report, report
    assert "1 attachment(s) not read (plan-20.pdf)" in report, report


def test_saved_message_with_transport_headers_first() -> None:
    """A message saved from a mail server opens with Received: and Return-Path: lines, and
    one copied out of a mailbox file (Thunderbird) with its "From - date" line."""
    message = _message("Plan")
    message.set_content("".join(f"{n}. {t}\n" for n, t in enumerate(EN, 1)), cte="base64")
    data = (b"From - Wed Dec 24 10:00:05 2025\r\n"
            b"Return-Path: <analyst@example.org>\r\nReceived: from mx.example.org by\r\n"
            b" mail.example.org; Wed, 24 Dec 2025 10:00:01 +0000\r\n"
            + message.as_bytes(policy=SMTP))
    points, _ = _points(data)
    assert points == _expected(EN), points


def test_a_cover_note_and_the_draft_attached() -> None:
    """"Please find the draft attached." and one draft attached: the attachment is read (the
    cover note lists no points)."""
    message = _message("Draft attached")
    message.set_content("Dear colleagues,\n\nplease find the draft attached.\n\nBest,\nAnna\n")
    draft = "Draft\n\n" + "".join(f"{n}. {t}\n" for n, t in enumerate(RU, 1))
    message.add_attachment(draft.encode("utf-8"), maintype="text", subtype="plain",
                           filename="проект.txt")
    message.add_attachment(b"\x89PNG\r\n", maintype="image", subtype="png",
                           filename="logo.png")
    points, report = _points(message.as_bytes(policy=SMTP))
    assert points == _expected(RU), points
    assert "its body lists no points, so its attachment проект.txt was read" in report, report


def test_message_with_several_attached_drafts_and_no_body_is_a_clear_error() -> None:
    message = _message("Drafts")
    for name in ("plan-a.pdf", "plan-b.docx"):
        message.add_attachment(b"%PDF-1.4 not really", maintype="application",
                               subtype="octet-stream", filename=name)
    with pytest.raises(InputError) as raised:
        import_bytes(message.as_bytes(policy=SMTP), "mail.eml", ".eml", REQUEST)
    said = str(raised.value)
    assert "mail.eml" in said and "no text body and 2 attached drafts" in said, said
    assert "plan-a.pdf, plan-b.docx" in said and "\n" not in said, said


def test_a_text_that_opens_with_a_from_line_is_no_message() -> None:
    """"From: …" alone (a press release's sender line) does not make a message."""
    text = ("From: the press office\n\n" + "".join(f"{n}. {t}\n" for n, t in enumerate(EN, 1)))
    imported = import_bytes(text.encode(), "plan.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.walk()] == _expected(EN)
    assert "e-mail" not in "\n".join(imported.report.lines())


def test_diff_reads_a_saved_message_as_a_draft(cli: Any, tmp_path: Any) -> None:
    """`plandiff diff` takes a .eml like any other draft (it was "no such version")."""
    message = _message("Plan")
    message.set_content("".join(f"{n}. {t}\n" for n, t in enumerate(EN, 1)), cte="base64")
    mail = tmp_path / "2025-12-24-plan.eml"
    mail.write_bytes(message.as_bytes(policy=SMTP))
    older = tmp_path / "2025-12-20-plan.txt"
    older.write_text("".join(f"{n}. {t}\n" for n, t in enumerate(EN[:2], 1)),
                     encoding="utf-8")
    run = cli("diff", str(older), str(mail), "--format", "json")
    assert run.code == 0, run.err
    assert '"added"' in run.out, run.out[:400]


OUTLOOK = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta
http-equiv=Content-Type content="text/html; charset=utf-8"></head><body lang=EN-GB><div
class=WordSection1><p class=MsoNormal>Hi all,<o:p></o:p></p><p class=MsoNormal>The text as we
have it:<o:p></o:p></p>{items}<p class=MsoNormal>Best,<o:p></o:p></p><p class=MsoNormal>Anna
<o:p></o:p></p><div style='border:none;border-top:solid #E1E1E1 1.0pt'><p class=MsoNormal>
<b>From:</b> Desk &lt;d@example.org&gt;<br><b>Sent:</b> 23 December 2025 18:00<br><b>To:</b>
Analyst<br><b>Subject:</b> plan<o:p></o:p></p></div><p class=MsoNormal>Earlier
text.<o:p></o:p></p></div></body></html>"""
ITEM = ("<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
        "<![if !supportLists]><span style='mso-list:Ignore'>{n}.<span style='font:7.0pt "
        "\"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>{text}<o:p></o:p></p>")


def test_outlook_message_with_a_sign_off_and_the_forwarded_header() -> None:
    """Outlook writes the list as Word's HTML; the sender's "Best," / "Anna" ran into the last
    point."""
    message = _message("FW: plan")
    message.set_content("see below", cte="quoted-printable")
    items = "".join(ITEM.format(n=n, text=t) for n, t in enumerate(EN, 1))
    message.add_alternative(OUTLOOK.format(items=items), subtype="html",
                            cte="quoted-printable")
    points, report = _points(message.as_bytes(policy=SMTP))
    assert points == _expected(EN), points
    assert "the sign-off of a message after the last point (Best,)" in report, report


@pytest.mark.parametrize(("sign_off", "texts"), [
    ("С уважением,\nИван Петров\nотдел анализа", RU),
    ("Kind regards\nAnna", EN),
    ("よろしくお願いします。\n山田", JA),
])
def test_plain_text_message_sign_off(sign_off: str, texts: tuple[str, ...]) -> None:
    message = _message("Plan")
    body = "".join(f"{n}. {t}\n" for n, t in enumerate(texts, 1)) + "\n" + sign_off + "\n"
    message.set_content(body, cte="quoted-printable")
    imported = import_bytes(message.as_bytes(policy=SMTP), "m.eml", ".eml", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.walk()] == _expected(texts)
    assert sign_off.splitlines()[-1] in (imported.plan.notes or "")


def _ott(content: str) -> bytes:
    """An OpenDocument text template (.ott): a zip whose first member names its kind."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text-template")
        archive.writestr("content.xml", content)
    return out.getvalue()


def _attached_draft(name: str) -> bytes:
    """The three points as an office file named ``name`` (.fodt, .ott, .docm)."""
    from tests.plans.intake.test_odf import flat
    from tests.plans.intake.test_word_real_files import docx, para, run

    lines = [f"{n}. {t}" for n, t in enumerate(EN, 1)]
    if name.endswith(".docm"):
        return docx("".join(para(run(line)) for line in lines))
    document = flat("".join(f"<text:p>{line}</text:p>" for line in lines))
    return _ott(document.replace('office:mimetype="application/vnd.oasis.opendocument.text"',
                                 "")) if name.endswith(".ott") else document.encode()


@pytest.mark.parametrize("name", ["plan.fodt", "plan.ott", "plan.docm"])
def test_an_opendocument_or_macro_enabled_word_attachment_is_read(name: str) -> None:
    """A cover note with a flat OpenDocument text, a template or a macro-enabled Word file
    attached: the attachment was not taken for a draft ("no numbered points found" in the
    cover note); it is read as one, as the same file imported on its own."""
    message = _message("Draft attached")
    message.set_content("Dear colleagues,\n\nplease find the draft attached.\n\nBest,\nAnna\n")
    message.add_attachment(_attached_draft(name), maintype="application",
                           subtype="octet-stream", filename=name)
    points, report = _points(message.as_bytes(policy=SMTP))
    assert points == _expected(EN), points
    assert f"so its attachment {name} was read" in report, report


def test_diff_reads_a_macro_enabled_word_file(cli: Any, tmp_path: Any) -> None:
    """`plandiff diff old.docm new.docm`: a .docm was taken for a plan JSON file."""
    older, newer = tmp_path / "old.docm", tmp_path / "new.docm"
    older.write_bytes(_attached_draft("old.docm"))
    from tests.plans.intake.test_word_real_files import docx, para, run

    newer.write_bytes(docx("".join(para(run(f"{n}. {t}")) for n, t in enumerate(EN[:2], 1))))
    run_ = cli("diff", str(older), str(newer), "--format", "json")
    assert run_.code == 0, run_.err
    assert '"removed"' in run_.out, run_.out[:400]


def _two_drafts(tmp_path: Any) -> Any:
    """A cover note with two drafts attached (the English and the Russian text) and a
    picture."""
    message = _message("Two drafts")
    message.set_content("Dear colleagues,\n\nboth texts are attached.\n\nBest,\nAnna\n")
    for name, texts in (("plan-en.txt", EN), ("План-RU.txt", RU)):
        message.add_attachment("".join(f"{n}. {t}\n" for n, t in enumerate(texts, 1))
                               .encode("utf-8"), maintype="text", subtype="plain",
                               filename=name)
    message.add_attachment(b"\x89PNG\r\n", maintype="image", subtype="png", filename="logo.png")
    mail = tmp_path / "2025-12-24-drafts.eml"
    mail.write_bytes(message.as_bytes(policy=SMTP))
    return mail


def test_attachment_chooses_the_draft_of_a_message_carrying_several(
        cli: Any, tmp_path: Any) -> None:
    """A cover note with two drafts attached: the cover note was read ("no numbered points
    found"). Now that is an error asking which, and --attachment NAME (any case) reads it on
    import, add and diff; a name the message lacks lists its attachments (exit 2)."""
    import json

    mail = _two_drafts(tmp_path)
    base = ("import", str(mail), "--document", "plan", "--version", "2025-12-24-v")
    run = cli(*base)
    assert run.code == 2, run.out
    assert run.err.strip() == (f"{mail}: an e-mail message whose body lists no points, "
                               "with 2 attached drafts (plan-en.txt, План-RU.txt): choose the "
                               "one to read with --attachment NAME"), run.err
    run = cli(*base, "--attachment", "план-ru.TXT")
    assert run.code == 0, run.err
    assert [p["text"] for p in json.loads(run.out)["points"]] == list(RU)
    run = cli(*base, "--attachment", "plan-de.txt")
    assert run.code == 2, run.out
    assert run.err.strip() == (f"{mail}: --attachment plan-de.txt: the e-mail message "
                               "has no attachment so named (its attachments: plan-en.txt, "
                               "План-RU.txt, logo.png)"), run.err
    older = tmp_path / "2025-12-20-plan.txt"
    older.write_text("".join(f"{n}. {t}\n" for n, t in enumerate(EN[:2], 1)), encoding="utf-8")
    run = cli("diff", str(older), str(mail), "--attachment", "plan-en.txt", "--format", "json")
    assert run.code == 0, run.err
    assert '"unchanged": 2' in run.out and '"added": 1,' in run.out, run.out[:400]
    run = cli("diff", str(older), str(older), "--attachment", "plan-en.txt")
    assert run.code == 2 and "no argument is a saved e-mail message" in run.err, run.err
    run = cli("add", str(mail), "--plans", str(tmp_path / "plans"), "--document", "plan",
              "--version", "2025-12-24-v", "--source-url", "https://example.org/a",
              "--attachment", "plan-en.txt")
    assert run.code == 0, run.err
    written = json.loads((tmp_path / "plans" / "plan" / "2025-12-24-v.json").read_text("utf-8"))
    assert [p["text"] for p in written["points"]] == list(EN)
    run = cli("import", str(older), "--document", "plan", "--version", "2025-12-20-v",
              "--attachment", "plan-en.txt")
    assert run.code == 2 and "not a saved e-mail message (.eml)" in run.err, run.err
    for command in ("import", "add", "diff"):
        assert "--attachment NAME" in cli(command, "--help").out


_OLD = ("Ukraine's sovereignty is confirmed by both sides.",
        "A ceasefire is agreed along the line.",
        "Guarantees are discussed later.",
        "Sanctions stay in place for a year.")


@pytest.mark.parametrize("earlier", [
    "On Tue, 23 Dec 2025 at 18:02, Desk <d@example.org> wrote:\n"
    + "".join(f"> {n}. {t}\n" for n, t in enumerate(_OLD, 1)) + ">\n> Desk\n",
    "Вт, 23 груд. 2025 р. о 18:02 Desk <d@example.org> пише:\n>\n"
    + "".join(f"> {n}. {t}\n" for n, t in enumerate(_OLD, 1)),
    "-----Original Message-----\nFrom: Desk <d@example.org>\nSent: Tuesday, December 23, "
    "2025 6:02 PM\nTo: Analyst\nSubject: plan\n\nThe earlier text:\n\n"
    + "".join(f"{n}. {t}\n" for n, t in enumerate(_OLD, 1)),
    "From: Desk <d@example.org>\nSent: 23 December 2025 18:00\nTo: Analyst\nSubject: plan\n\n"
    + "".join(f"{n}. {t}\n" for n, t in enumerate(_OLD, 1)),
])
def test_a_reply_s_quoted_earlier_draft_is_not_read_into_the_new_one(earlier: str) -> None:
    """A reply whose new draft stands above the earlier message it quotes (``> 1. …`` under
    "On … wrote:", or Outlook's header block and the old text): the old points were read as
    a second run (a fourth point the new draft drops became point 4, "numbering goes back"),
    or as a copy only when they happened to share enough words."""
    message = _message("Re: plan")
    body = ("The revised text after the call:\n\n"
            + "".join(f"{n}. {t}\n" for n, t in enumerate(EN, 1)) + "\nBest,\nAnna\n\n"
            + earlier)
    message.set_content(body, cte="quoted-printable")
    points, report = _points(message.as_bytes(policy=SMTP))
    assert points == _expected(EN), report
    imported = import_bytes(message.as_bytes(policy=SMTP), "m.eml", ".eml", REQUEST)
    assert "Sanctions stay in place" in (imported.plan.notes or "")
    assert "earlier message" in report, report


def test_a_forward_whose_new_part_lists_no_points_reads_the_quoted_draft() -> None:
    message = _message("Fwd: plan")
    body = ("See below.\n\nOn Tue, 23 Dec 2025 at 18:02, Desk <d@example.org> wrote:\n"
            + "".join(f"> {n}. {t}\n" for n, t in enumerate(EN, 1)))
    message.set_content(body, cte="quoted-printable")
    points, _ = _points(message.as_bytes(policy=SMTP))
    assert points == _expected(EN)


@pytest.mark.parametrize(("wrote", "name"), [
    ("On Tue, 23 Dec 2025 at 18:02, Olena Koval <o@example.org> wrote:", "Olena"),
    ("23 дек. 2025 г., в 18:02, Олена Коваль <o@example.org> написала:", "Олена Коваль"),
])
def test_a_quoted_message_s_name_under_its_points_is_no_point_s(wrote: str, name: str) -> None:
    """The quoted sender's name alone under the points (``> Olena``), the name the
    attribution line gives (``… Olena Koval <…> wrote:``): it was the last point's second
    paragraph."""
    message = _message("Fwd: plan")
    body = (f"See below.\n\n{wrote}\n> The outline:\n"
            + "".join(f"> {n}. {t}\n" for n, t in enumerate(EN, 1)) + f">\n> {name}\n")
    message.set_content(body, cte="quoted-printable")
    points, _ = _points(message.as_bytes(policy=SMTP))
    assert points == _expected(EN)


_GMAIL_REPLY = ('<div dir="ltr"><div>The revised text:</div><ol>{new}</ol><div>Best,<br>Anna'
                '</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On '
                'Tue, 23 Dec 2025 at 18:02, Desk &lt;d@example.org&gt; wrote:<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex"><div '
                'dir="ltr"><div>Earlier text:</div><ol>{old}</ol></div></blockquote></div>')
_OUTLOOK_REPLY = ("<div class=WordSection1><p class=MsoNormal>The revised text:</p>{new}"
                  "<p class=MsoNormal>Best,</p><p class=MsoNormal>Anna</p><div style='border:"
                  "none;border-top:solid #E1E1E1 1.0pt'><p class=MsoNormal><b>From:</b> Desk "
                  "&lt;d@example.org&gt;<br><b>Sent:</b> 23 December 2025 18:00<br><b>To:</b> "
                  "Analyst<br><b>Subject:</b> plan</p></div>{old}</div>")


@pytest.mark.parametrize("page", ["gmail", "outlook"])
def test_a_web_mail_reply_s_quoted_earlier_draft_is_not_read_into_the_new_one(
        page: str) -> None:
    """The HTML body of a reply: Gmail sets the earlier message in a ``<blockquote>`` under
    its attribution, Outlook under its header block; the old list was a second run."""
    message = _message("Re: plan")
    message.set_content("see the HTML version", cte="quoted-printable")
    if page == "gmail":
        html = _GMAIL_REPLY.format(new="".join(f"<li>{t}</li>" for t in EN),
                                   old="".join(f"<li>{t}</li>" for t in _OLD))
    else:
        html = _OUTLOOK_REPLY.format(
            new="".join(f"<p class=MsoNormal>{n}. {t}</p>" for n, t in enumerate(EN, 1)),
            old="".join(f"<p class=MsoNormal>{n}. {t}</p>" for n, t in enumerate(_OLD, 1)))
    message.add_alternative(html, subtype="html", cte="quoted-printable")
    points, report = _points(message.as_bytes(policy=SMTP))
    assert points == _expected(EN), report
    assert "earlier message" in report, report


@pytest.mark.parametrize("name", ["Anna", "Anna Petrenko\nPolicy desk", "Ганна"])
def test_a_reply_s_signature_alone_above_the_earlier_message_is_no_point_s(name: str) -> None:
    """The sender's name alone (no "Best,") between the new draft and the earlier message
    it quotes: it became the last point's second paragraph."""
    message = _message("Re: plan")
    body = ("".join(f"{n}. {t}\n" for n, t in enumerate(EN, 1)) + f"\n{name}\n\n"
            "On Tue, 23 Dec 2025 at 18:02, Desk <d@example.org> wrote:\n"
            + "".join(f"> {n}. {t}\n" for n, t in enumerate(_OLD, 1)))
    message.set_content(body, cte="quoted-printable")
    points, report = _points(message.as_bytes(policy=SMTP))
    assert points == _expected(EN), report


def test_a_reply_quoting_only_some_earlier_points_below_the_new_draft() -> None:
    """The reply quotes the two points of the earlier text it answers (``> 3. …``): they
    were read as points 3 and 4 again after the new draft's ("numbering goes back")."""
    message = _message("Re: plan")
    body = ("".join(f"{n}. {t}\n" for n, t in enumerate(EN, 1))
            + "\nOn Tue, 23 Dec 2025 at 18:02, Desk <d@example.org> wrote:\n"
            + "".join(f"> {n}. {t}\n" for n, t in list(enumerate(_OLD, 1))[2:]))
    message.set_content(body, cte="quoted-printable")
    points, report = _points(message.as_bytes(policy=SMTP))
    assert points == _expected(EN), report


GMAIL_FORWARD = """Colleagues, the latest text is below; please keep it to the team.

Best,
Olena

---------- Forwarded message ---------
From: Mark Roe <mark@example.org>
Date: Wed, Dec 24, 2025 at 9:12 AM
Subject: Revised framework - 20 points
To: Olena <olena@example.org>


""" + "".join(f"{n}. {t}\n" for n, t in enumerate(EN, 1)) + "\nRegards,\nMark\n"


@pytest.mark.parametrize(("subject", "html"), [
    ("Fwd: Revised framework – 20 points", False),
    ("RE: Fw: Revised framework – 20 points", True),
    ("Пересл.: Revised framework – 20 points", False),
])
def test_a_forwarded_message_s_subject_titles_the_version(subject: str, html: bool) -> None:
    """A Gmail forward of the draft (the cover note, the forwarded header, the points, a
    sign-off), plain text or quoted-printable HTML: the version was titled
    "peace-framework 2025-12-24-20-point" (nothing in the body is a title); the message's
    subject, without its "Fwd:" / "RE:" marks, names it."""
    message = _message(subject)
    message.set_content(GMAIL_FORWARD, cte="quoted-printable")
    if html:
        body = GMAIL_FORWARD.split("\n\n\n")[0].replace("\n", "<br>")
        message.add_alternative(
            f"<html><body><div dir='ltr'>{body}</div><ol>"
            + "".join(f"<li>{t}</li>" for t in EN) + "</ol><p>Regards,<br>Mark</p>"
            "</body></html>", subtype="html", cte="quoted-printable")
    imported = import_bytes(message.as_bytes(policy=SMTP), "fwd.eml", ".eml", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == _expected(EN)
    assert imported.plan.title == "Revised framework – 20 points"
    assert "Colleagues, the latest text" in (imported.plan.notes or "")


def _compound_file(streams: list[str]) -> bytes:
    """A small OLE compound file (512-byte sectors: the header, one FAT sector, one
    directory sector: three streams at most) whose root holds empty streams of these names,
    as an Outlook .msg's directory names its properties (``__substg1.0_0037001F``: the
    subject)."""
    free, end, fat_sector, none = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
              + struct.pack("<I", 0) + struct.pack("<I", free) * 108)
    fat = struct.pack("<II", fat_sector, end) + struct.pack("<I", free) * 126

    def entry(name: str, kind: int, right: int, child: int) -> bytes:
        coded = (name + "\0").encode("utf-16-le")
        return (coded.ljust(64, b"\0") + struct.pack("<HBB", len(coded), kind, 1)
                + struct.pack("<III", none, right, child) + bytes(16) + bytes(4) + bytes(16)
                + struct.pack("<IQ", end, 0))

    entries = [entry("Root Entry", 5, none, 1 if streams else none)]
    entries += [entry(name, 2, index + 2 if index + 1 < len(streams) else none, none)
                for index, name in enumerate(streams)]
    directory = b"".join(entries).ljust(512, b"\0")
    return header + fat + directory


def test_an_outlook_message_is_named_with_a_way_to_read_it() -> None:
    """An Outlook .msg (an OLE compound file of MAPI properties) was refused as "another kind
    of Office file": it is named, with the ways Outlook saves a message plandiff reads."""
    plain = _compound_file(["__properties_version1.0", "__substg1.0_0037001F",
                            "__substg1.0_1000001F"])
    # a Word file attached: its storage names a WordDocument stream in the message's
    attached = _compound_file(["__substg1.0_0037001F", "__attach_version1.0_#00000000",
                               "WordDocument"])
    assert len(plain) == len(attached) == 1536
    for data, name in ((plain, "Рамочное соглашение.msg"), (plain, "draft.txt"),
                       (attached, "FW draft.msg")):
        with pytest.raises(InputError) as caught:
            import_bytes(data, name, name[name.rindex("."):], REQUEST)
        message = str(caught.value)
        assert "an Outlook message (.msg)" in message, message
        assert ".eml" in message and "text" in message


@pytest.mark.parametrize("charset", ["rot13", "base64", "zlib", "utf-8\x00", "x-unknown"])
def test_a_charset_that_names_no_text_encoding_reads_as_utf8(charset: str) -> None:
    """A part's charset that Python knows as no text encoding (rot13, base64, zlib are byte
    transforms to it), or that holds a NUL byte, or that it does not know: the part is read as
    UTF-8, as for an unknown name (an internal error before, found by fuzzing)."""
    body = "".join(f"{n}. {text}\n" for n, text in enumerate(EN, 1))
    data = ("From: analyst@example.org\nTo: desk@example.org\nSubject: Draft\n"
            f"Content-Type: text/plain; charset={charset}\n\n{body}").encode()
    points, _ = _points(data)
    assert points == _expected(EN)


@pytest.mark.parametrize("greeting", ["Hi all,", ""])
def test_an_html_mail_s_empty_lines_and_its_signature(greeting: str) -> None:
    """A mail written in Gmail or Apple Mail sets each line in a ``<div>`` and an empty line
    as ``<div><br></div>``: the empty lines were lost, and the signature under the last
    point ("Olena" / "Policy desk", with or without a greeting above the points) ran into
    its text."""
    greet = f"<div>{greeting}</div><div><br></div>" if greeting else ""
    html = ('<div dir="ltr">' + greet + "".join(f"<div>{n}. {t}</div>"
                                                for n, t in enumerate(EN, 1))
            + "<div><br></div><div>Olena</div><div>Policy desk</div></div>")
    message = _message("Latest text")
    message.set_content(html, subtype="html")
    imported = import_bytes(message.as_bytes(policy=SMTP), "mail.eml", ".eml", REQUEST)
    assert [p.text for p in imported.plan.points] == list(EN)
    assert "Olena" in (imported.plan.notes or "")


@pytest.mark.parametrize("sender", ["a@[example.org", '"Desk" <desk@[example.org>'])
def test_a_malformed_address_the_standard_library_fails_on_is_shown_as_written(
        sender: str) -> None:
    """Python's header parser raises an AttributeError on an address with an unclosed
    bracket (an internal error before, found by fuzzing): the sender is shown as written."""
    body = "".join(f"{n}. {text}\n" for n, text in enumerate(EN, 1))
    data = (f"From: {sender}\nTo: desk@example.org\nSubject: Draft\n\n{body}").encode()
    points, report = _points(data)
    assert points == _expected(EN)
    assert f'("Draft", from {sender})' in report, report
