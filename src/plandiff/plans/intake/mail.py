"""A saved e-mail (``.eml``): the draft in its body, read as the page or text it is.

A draft often reaches an analyst forwarded by mail, and a mail client saves a message as an
RFC 5322 file: header lines (``From:``, ``Subject:``, ``Date:`` …), then the body, usually a
MIME ``multipart/alternative`` of a plain-text and an HTML version, each quoted-printable or
base64, in its own charset (ISO-2022-JP for much Japanese mail), with attachments beside
them. Read as text, the draft came out as ``=E2=80=93`` escapes, base64 lines and MIME
boundaries in the last point.

A file is a message when it opens with header lines, ``From:`` among them and one of
``Subject:``, ``Date:``, ``To:`` or ``Message-ID:``, before its first blank line (an MHTML
archive, ``multipart/related``, is a saved page: :mod:`.mhtml`). Its body is the HTML part
when there is one (it keeps the list's numbering as markup), else the plain-text part; the
part is decoded in its own charset and handed to the page or text reader as UTF-8; when
the body names no title, the message's subject does (without ``Fwd:``, ``RE:`` …).
A message whose body lists no points ("Please find the draft attached.") and that carries
one attachment plandiff reads (a Word file, a PDF, a page, a text: a suffix of
:data:`plandiff.plans.suffixes.ATTACHMENT_SUFFIXES`) is read from that attachment; a cover
note with several drafts attached is an error that asks which: ``--attachment NAME`` reads the
attachment so named, whatever the body holds. Other attachments are not read: the structure
report names them. Nothing in the message is fetched or run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from plandiff.plans.intake.encodings import text_codec
from plandiff.plans.intake.lines import DraftFormat
from plandiff.plans.intake.markers import TOP
from plandiff.plans.intake.mhtml import is_mhtml
from plandiff.plans.intake.problems import input_problem
from plandiff.plans.suffixes import ATTACHMENT_SUFFIXES

if TYPE_CHECKING:
    from collections.abc import Sequence
    from email.message import Message

__all__ = ["MailBody", "is_mail", "mail_body"]

_HEADER = re.compile(rb"^(?P<name>[A-Za-z][A-Za-z0-9-]{0,60})[ \t]*:")
_ENVELOPE = re.compile(rb"^From [^\s:]+ ")
_NEEDED = frozenset({b"subject", b"date", b"to", b"message-id"})
_SHOWN_CHARS = 80


@dataclass(frozen=True)
class MailBody:
    """The draft inside a message: its body as UTF-8 bytes, what it is, and what the
    structure report should say about the message."""

    data: bytes
    format: DraftFormat | None
    """The body's format; None for an attachment, read as its name and content say."""
    note: str
    suffix: str
    """The attachment's suffix (empty for a body)."""
    subject: str | None = None
    """The message's subject without its reply and forward marks (``Fwd:``, ``RE:``,
    ``Пересл.:``), for a body read: the version's title when the body names none."""


def _without_envelope(data: bytes) -> bytes:
    """The message without a leading BOM or blank lines, and without the mailbox's
    ``From sender date`` line a message copied out of an mbox file (Thunderbird) opens
    with."""
    data = data.lstrip(b"\xef\xbb\xbf\r\n")
    if _ENVELOPE.match(data):
        data = data.split(b"\n", 1)[1] if b"\n" in data else b""
    return data


def is_mail(data: bytes) -> bool:
    """Whether ``data`` is a saved e-mail message (see the module notes)."""
    head = _without_envelope(data[:16384])
    block = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0]
    names: set[bytes] = set()
    for line in block.splitlines():
        if line[:1] in (b" ", b"\t"):
            continue  # a folded header's next line
        found = _HEADER.match(line)
        if found is None:
            return False
        names.add(found.group("name").lower())
    return b"from" in names and bool(names & _NEEDED) and not is_mhtml(data)


def mail_body(data: bytes, display: str, attachment: str | None = None) -> MailBody:
    """The body of the message in ``data`` (see the module notes), or its attachment named
    ``attachment`` (``--attachment``); a message with no text body, a cover note with
    several drafts attached, and an attachment name the message does not carry are input
    errors naming the file."""
    import email.parser  # here: the e-mail package is loaded only for a message
    import email.policy

    message = email.parser.BytesParser(policy=email.policy.default).parsebytes(
        _without_envelope(data))
    body = message.get_body(preferencelist=("html", "plain"))
    payload = body.get_payload(decode=True) if body is not None else None
    text = _decoded(payload, body.get_content_charset()) \
        if body is not None and isinstance(payload, bytes) and payload.strip() else None
    html = body is not None and text is not None and body.get_content_type() == "text/html"
    attachments = list(message.iter_attachments())
    attached = [_shown(part.get_filename() or part.get_content_type()) for part in attachments]
    drafts = [(part, suffix) for part in attachments if (suffix := _draft_suffix(part))]
    if attachment is not None:
        return _chosen(message, attachments, attached, attachment, display)
    listed = _lists_points(text or "", html)
    if len(drafts) > 1 and text is not None and not listed:
        raise input_problem(display, f"an e-mail message whose body lists no points, with "
                            f"{len(drafts)} attached drafts ({_names(drafts)}): choose the "
                            "one to read with --attachment NAME", rule="format")
    if len(drafts) == 1 and not listed:
        draft, suffix = drafts[0]
        content = draft.get_payload(decode=True)
        if isinstance(content, bytes) and content.strip():
            name = _shown(draft.get_filename() or "")
            return MailBody(content, None, f"an e-mail message{_about(message)}: its body lists "
                            f"no points, so its attachment {name} was read", suffix)
    if text is None:
        raise input_problem(display, "an e-mail message with no text body"
                            + (f" and {len(drafts)} attached drafts ({', '.join(attached)}): "
                               "choose the one to read with --attachment NAME" if drafts else
                               " (the draft may be an attachment: save it and import it)"),
                            rule="format")
    said = [f"an e-mail message{_about(message)}: its {'HTML' if html else 'plain-text'} "
            "body read"]
    if attached:
        said.append(f"{len(attached)} attachment(s) not read ({', '.join(attached)}): save "
                    "an attachment and import it on its own")
    return MailBody(("\ufeff" + text).encode("utf-8"),
                    DraftFormat.HTML if html else DraftFormat.TEXT, "; ".join(said), "",
                    _subject(message))


_REPLY_MARKS = re.compile(
    r"^(?:[ \t]*(?:re|fwd?|aw|wg|tr|sv|vs|rif|enc|odp|pd|antw|doorst|отв|пересл|вед|відп"
    r"|переслано|回复|转发|返信|転送)(?:\[[0-9]{1,3}\])?[ \t]*\.?[ \t]*[:：][ \t]*)+",
    re.IGNORECASE)
"""The marks mail clients put before a subject they reply to or forward, in their
languages (``Re:``, ``Fwd:``, ``FW:``, German ``AW:`` / ``WG:``, French ``TR:``, Russian
``Пересл.:``, ``Отв.:``, Japanese ``転送:``), repeated as a thread grows."""


def _header(message: Message, name: str) -> str:
    """The header ``name`` as text, on one line ("" when the message has none). The standard
    library's header parser fails on some malformed addresses (``From: a@[example.org``
    raised an AttributeError inside ``email._header_value_parser``, an internal error found
    by fuzzing): such a header is shown as written."""
    import email.errors

    try:
        return " ".join(str(message[name] or "").split())
    except (AttributeError, IndexError, TypeError, ValueError, email.errors.MessageError):
        raw = [value for key, value in message.raw_items() if key.lower() == name.lower()]
        return " ".join(str(raw[0]).split()) if raw else ""


def _subject(message: Message) -> str | None:
    """The message's subject without its reply and forward marks; None when none is left."""
    subject = _header(message, "Subject")
    return _REPLY_MARKS.sub("", subject).strip() or None


_TAGS = re.compile(r"<[^>]{0,2000}>")


def _names(drafts: Sequence[tuple[Message, str]]) -> str:
    return ", ".join(_shown(part.get_filename() or "") for part, _ in drafts)


def _chosen(message: Message, attachments: Sequence[Message], attached: list[str], name: str,
            display: str) -> MailBody:
    """The attachment named ``name`` (``--attachment``; its file name, in any case), read
    whatever the body says; a name the message does not carry is an input error listing
    the attachments it does."""
    wanted = name.strip().casefold()
    part = next((part for part in attachments
                 if (part.get_filename() or "").strip().casefold() == wanted), None)
    if part is None:
        carried = f"its attachments: {', '.join(attached)}" if attached else \
            "it has no attachments"
        raise input_problem(display, f"--attachment {name}: the e-mail message has no "
                            f"attachment so named ({carried})", rule="format")
    content = part.get_payload(decode=True)
    shown = _shown(part.get_filename() or "")
    if not isinstance(content, bytes) or not content.strip():
        raise input_problem(display, f"--attachment {name}: the attachment {shown} is empty",
                            rule="format")
    filename = (part.get_filename() or "").strip().lower()
    return MailBody(content, None, f"an e-mail message{_about(message)}: its attachment "
                    f"{shown} was read (--attachment)",
                    filename[filename.rfind("."):] if "." in filename else "")


def _draft_suffix(part: Message) -> str | None:
    """The suffix of an attachment plandiff can read as a draft, None for any other."""
    name = (part.get_filename() or "").strip().lower()
    suffix = name[name.rfind("."):] if "." in name else ""
    return suffix if suffix in ATTACHMENT_SUFFIXES else None


def _lists_points(text: str, html: bool) -> bool:
    """Whether a message's body holds a numbered list (two lines that open with a point's
    number): a body that does not is a cover note for the draft it carries."""
    if html:
        if re.search(r"<li\b", text, re.IGNORECASE):
            return True
        text = _TAGS.sub("\n", text)
    return sum(1 for line in text.splitlines() if TOP.match(line.strip())) >= 2


def _decoded(payload: bytes, charset: str | None) -> str:
    """The part's text in the charset its header names (UTF-8 when it names none, or none
    :func:`~plandiff.plans.intake.encodings.text_codec` takes for a text encoding: rot13,
    base64); bytes the charset cannot read are replaced, never dropped."""
    return payload.decode(text_codec(charset or "utf-8") or "utf-8", errors="replace")


def _about(message: Message) -> str:
    """`` ("Subject", from Sender, Date)`` as far as the headers say."""
    subject, sender, date = (_header(message, name) for name in ("Subject", "From", "Date"))
    parts = [f'"{_shown(subject)}"' if subject else "",
             f"from {_shown(sender)}" if sender else "", _shown(date) if date else ""]
    shown = ", ".join(part for part in parts if part)
    return f" ({shown})" if shown else ""


def _shown(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= _SHOWN_CHARS else value[:_SHOWN_CHARS - 1] + "…"
