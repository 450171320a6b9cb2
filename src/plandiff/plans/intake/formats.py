"""Which format a draft is in (from its content and its extension), and the reader of each.

Content decides: ``%PDF-`` is a PDF, a zip archive whose ``mimetype`` names an OpenDocument
text (or an XML file whose root is a flat one, .fodt) is an OpenDocument text, any other zip
archive is a Word .docx, markup that starts like a page (``<!DOCTYPE html``, ``<html``,
``<body``, or block tags early on) or a single-file page's MIME archive (MHTML,
:mod:`.mhtml`) is HTML, anything else is text (Markdown with a ``.md`` extension). An old
binary Word file (.doc), an RTF file and a Word 2003 XML file are read as the .docx
LibreOffice converts them to (:mod:`.soffice`; refused with a one-line error when
LibreOffice is not installed). An extension that names a different format than the content
is an error (a renamed file is the commonest way to feed the wrong thing), unless
``--from`` says what to read it as; ``--from`` itself must match the content of a binary
format (a PDF is not read as text).

:data:`READERS` is the dispatch table: one reader per format, each turning the file's bytes
into :class:`~plandiff.plans.intake.lines.DraftLines`. A new format adds its enum member,
its detection rule here and its reader to the table.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from plandiff.errors import InputError
from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.plans.intake.comparison import COLUMN_RULE, no_table_problem
from plandiff.plans.intake.feeds import is_feed
from plandiff.plans.intake.lines import DraftFormat, DraftLines, Line, RevisionView
from plandiff.plans.intake.mail import is_mail, mail_body
from plandiff.plans.intake.mhtml import is_mhtml
from plandiff.plans.intake.paywall import PAYWALL_SAID, paywall_warning
from plandiff.plans.intake.problems import input_problem
from plandiff.plans.intake.replies import EARLIER_SAID, earlier_message
from plandiff.plans.intake.threads import thread_posts
from plandiff.plans.suffixes import named_format

__all__ = ["READERS", "VIEW_RULE", "Reader", "column_problem", "converted_kind", "detect_format",
           "office_xml", "read_lines", "view_problem"]

Reader = Callable[[bytes, str, Limits, RevisionView, str | None], DraftLines]

_BINARY = frozenset({DraftFormat.DOCX, DraftFormat.PDF, DraftFormat.ODT})
_TEXTUAL = frozenset({DraftFormat.TEXT, DraftFormat.MARKDOWN})
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>]"
    rb"|<head[\s>]|<body[\s>]|<meta[\s>]|<title[\s>])", re.IGNORECASE | re.DOTALL)
_HTML_BLOCKS = re.compile(rb"<(?:p|div|ol|ul|li|h[1-6]|article|section|br)\b[^>]*>",
                          re.IGNORECASE)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
"""The stream an encrypted .docx (or .xlsx …) keeps its package in, as the OLE directory
names it."""
_WORD_STREAM = "WordDocument".encode("utf-16-le")
"""The stream an old binary Word file (.doc) keeps its text in, as the OLE directory names
it."""
_MAPI_STREAM = "__substg1.0_".encode("utf-16-le")
"""The prefix of the streams an Outlook message (.msg) keeps its properties in (its subject,
sender, body), as the OLE directory names them."""
_ODF_MIMETYPE = re.compile(
    rb"mimetype.{0,40}?application/vnd\.oasis\.opendocument\.([a-z-]+)", re.DOTALL)
"""An OpenDocument file's first zip member: its ``mimetype``, stored uncompressed."""
_ODF_TEXT = frozenset({b"text", b"text-template"})
"""The OpenDocument kinds read as a draft (a text, .odt, and its template, .ott)."""
_ODF_KINDS = {b"spreadsheet": "spreadsheet, .ods", b"presentation": "presentation, .odp"}
_FLAT_ODF_KIND = re.compile(rb"mimetype\s*=\s*[\"']application/vnd\.oasis\.opendocument\."
                            rb"([a-z-]+)")
"""The kind a flat OpenDocument file names (``office:mimetype``)."""
_RTF_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*\{\\rtf")
_OFFICE_XML = (
    ("flat-opc", re.compile(rb"<(?:\w+:)?package\b[^>]*schemas\.microsoft\.com/office/2006/"
                            rb"xmlPackage")),
    ("word-2003", re.compile(rb"<(?:\w+:)?wordDocument\b[^>]*schemas\.microsoft\.com/office/"
                             rb"word/2003/wordml")),
    ("flat-odf", re.compile(rb"<(?:\w+:)?document\b[^>]*urn:oasis:names:tc:opendocument:xmlns:"
                            rb"office")))
"""Office documents saved as one XML file: Word's "Word XML Document" (a flat package of the
.docx parts, read as the .docx), Word 2003 XML and LibreOffice's flat OpenDocument (.fodt)."""


def office_xml(data: bytes) -> str | None:
    """The kind of office XML document ``data`` starts with (see :data:`_OFFICE_XML`)."""
    head = data[:4096]
    return next((kind for kind, pattern in _OFFICE_XML if pattern.search(head)), None)


def _sniff(data: bytes, display: str) -> DraftFormat | None:
    """The format the bytes are in, None for text (or unknown)."""
    head = data[:1024]
    if b"%PDF-" in head:
        return DraftFormat.PDF
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        odf = _ODF_MIMETYPE.match(data[30:160])
        if odf and odf.group(1) in _ODF_TEXT:
            return DraftFormat.ODT
        if odf:
            kind = _ODF_KINDS.get(odf.group(1), "file")
            raise input_problem(display, f"an OpenDocument {kind} (LibreOffice, OpenOffice); "
                                "save it as .docx (Word) or PDF first", rule="format")
        return DraftFormat.DOCX  # the docx reader says so when it is another kind of zip
    if data.startswith(_OLE):
        if _ENCRYPTED in data:  # a .docx saved with a password is an OLE file holding it
            raise input_problem(display, "a password-protected (encrypted) Office document; "
                                "remove the password in Word (File → Info → Protect "
                                "Document → Encrypt with Password) and save it again",
                                rule="format")
        if _MAPI_STREAM in data:  # an attached .doc names a Word stream inside it too
            raise input_problem(display, "an Outlook message (.msg), which plandiff does not "
                                "read: save the message as .eml (drag it out of Outlook or a "
                                "web mail, or Save As in the new Outlook), as text (.txt) or "
                                "HTML (File → Save As in Outlook), and import that",
                                rule="format")
        if _WORD_STREAM not in data:
            raise input_problem(display, "an OLE file (an old binary Office format) whose "
                                "directory names no Word document: another kind of Office "
                                "file (an Excel .xls, a PowerPoint .ppt …) or a .doc cut short; "
                                "save the draft as .docx, PDF or text first", rule="format")
        return DraftFormat.DOCX  # an old binary Word file: LibreOffice converts it (_docx)
    office = office_xml(data)
    if office == "flat-opc":
        return DraftFormat.DOCX
    if office == "word-2003":
        return DraftFormat.DOCX  # LibreOffice converts it (_docx)
    if office == "flat-odf":
        flat = _FLAT_ODF_KIND.search(data[:4096])
        if flat is None or flat.group(1) in _ODF_TEXT:
            return DraftFormat.ODT  # the reader says so when it holds no text
        kind = _ODF_KINDS.get(flat.group(1), "file").replace(".od", ".fod")
        raise input_problem(display, f"a flat OpenDocument {kind} (LibreOffice, OpenOffice); "
                            "save it as .docx (Word) or PDF first", rule="format")
    if _RTF_START.match(data[:64]):
        return DraftFormat.DOCX  # LibreOffice converts it (_docx)
    if _HTML_START.match(data[:8192]) or is_mhtml(data):
        return DraftFormat.HTML  # an MHTML archive (a single-file page) is read as its page
    return None


def detect_format(data: bytes, display: str, suffix: str,
                  explicit: DraftFormat | None = None) -> DraftFormat:
    """The format to read ``data`` as (see the module notes); errors name the file."""
    sniffed = _sniff(data, display)
    named = named_format(suffix)
    by_name = DraftFormat(named) if named is not None else None
    if explicit is not None:
        if sniffed in _BINARY and explicit is not sniffed:
            kind = "a " + sniffed.value.upper() if converted_kind(data) is None else \
                _described(sniffed, data) + ", read as a DOCX"
            raise input_problem(display, f"--from {explicit.value}, but the file is "
                                f"{kind}; use --from {sniffed.value}", rule="format")
        if explicit in _BINARY and sniffed is not explicit:
            raise input_problem(display, f"--from {explicit.value}, but the file is not a "
                                f"{explicit.value.upper()} ({_described(sniffed, data)})",
                                rule="format")
        return explicit
    if sniffed is None and by_name is None and len(_HTML_BLOCKS.findall(data[:8192])) >= 3:
        sniffed = DraftFormat.HTML  # a page fragment without <html>, under an unknown name
    if sniffed is None:
        if by_name in _BINARY and not data:
            raise input_problem(display, f"an empty file (0 bytes), not a "
                                f"{by_name.value.upper()}: it did not arrive whole; save or "
                                "download it again", rule="format")
        if by_name in _BINARY:
            raise input_problem(display, f"named {suffix} but not a {by_name.value.upper()} "
                                f"file ({_described(None, data)}); rename it or give --from",
                                rule="format")
        if by_name is DraftFormat.HTML:
            return DraftFormat.HTML
        return by_name if by_name in _TEXTUAL else DraftFormat.TEXT
    if by_name is not None and by_name is not sniffed:
        raise input_problem(display, f"named {suffix} but the content is "
                            f"{_described(sniffed, data)}; rename it or give --from "
                            f"{sniffed.value}", rule="format")
    return sniffed


def _described(fmt: DraftFormat | None, data: bytes = b"") -> str:
    if fmt is None:
        if not data:
            return "an empty file, 0 bytes"
        if b"\x00" in data[:4096]:
            return "binary data"
        return "plain text"
    kind = converted_kind(data) if fmt is DraftFormat.DOCX else None
    if kind is not None:
        from plandiff.plans.intake.soffice import KINDS

        return KINDS[kind][0]
    return {DraftFormat.HTML: "an HTML page", DraftFormat.PDF: "a PDF",
            DraftFormat.DOCX: "a zip archive (Word .docx)",
            DraftFormat.ODT: "an OpenDocument text (.odt)"}.get(fmt, fmt.value)


def _text(data: bytes, display: str, limits: Limits,
          view: RevisionView = RevisionView.ACCEPTED, column: str | None = None) -> DraftLines:
    from plandiff.plans.intake.textfile import read_text

    return read_text(data, display, DraftFormat.TEXT, limits, column)


def _markdown(data: bytes, display: str, limits: Limits,
              view: RevisionView = RevisionView.ACCEPTED, column: str | None = None
              ) -> DraftLines:
    from plandiff.plans.intake.textfile import read_text

    return read_text(data, display, DraftFormat.MARKDOWN, limits, column)


def _html(data: bytes, display: str, limits: Limits,
          view: RevisionView = RevisionView.ACCEPTED, column: str | None = None) -> DraftLines:
    from plandiff.plans.intake.html import read_html

    return read_html(data, display, limits, column)


def _docx(data: bytes, display: str, limits: Limits,
          view: RevisionView = RevisionView.ACCEPTED, column: str | None = None) -> DraftLines:
    from plandiff.plans.intake.docx import read_docx

    kind = converted_kind(data)
    if kind is None:
        return read_docx(data, display, limits, view, column)
    from plandiff.plans.intake.soffice import to_docx

    converted = to_docx(data, display, kind, limits)
    draft = read_docx(converted.data, display, limits, view, column)
    return replace(draft, notes=(converted.note, *draft.notes))


def converted_kind(data: bytes) -> str | None:
    """The kind of a Word document read through LibreOffice (an old binary .doc, RTF, Word
    2003 XML: :data:`plandiff.plans.intake.soffice.KINDS`), None for any other file."""
    if data.startswith(_OLE):
        return "doc"  # an encrypted package was refused by _sniff
    if _RTF_START.match(data[:64]):
        return "rtf"
    return "word-2003" if office_xml(data) == "word-2003" else None


def _odt(data: bytes, display: str, limits: Limits,
         view: RevisionView = RevisionView.ACCEPTED, column: str | None = None) -> DraftLines:
    """An OpenDocument text; with ``column``, one version of its comparison table, read from
    LibreOffice's .docx of it (as a .doc is: the Word reader cuts the table down)."""
    if column is None:
        from plandiff.plans.intake.odf import read_odf

        return read_odf(data, display, limits, view)
    from plandiff.plans.intake.docx import read_docx
    from plandiff.plans.intake.soffice import to_docx

    converted = to_docx(data, display, "odt" if data.startswith(b"PK") else "fodt", limits)
    draft = read_docx(converted.data, display, limits, view, column)
    return replace(draft, notes=(converted.note, *draft.notes))


def _pdf(data: bytes, display: str, limits: Limits,
         view: RevisionView = RevisionView.ACCEPTED, column: str | None = None) -> DraftLines:
    from plandiff.plans.intake.pdf import read_pdf

    return read_pdf(data, display, limits)


READERS: dict[DraftFormat, Reader] = {
    DraftFormat.TEXT: _text,
    DraftFormat.MARKDOWN: _markdown,
    DraftFormat.HTML: _html,
    DraftFormat.DOCX: _docx,
    DraftFormat.PDF: _pdf,
    DraftFormat.ODT: _odt,
}
"""One reader per format (imported lazily: a text import never loads the PDF library), each
given the tracked-changes ``view`` and the comparison table's ``column``; :func:`_read` has
refused those a format has no use for, so the readers without them leave them unread."""


VIEW_RULE = "view"
"""The rule of :func:`view_problem`'s error: a format that has no tracked changes."""


def view_problem(display: str, described: str) -> InputError:
    """``--view rejected`` asked of a draft that holds no tracked changes to reject."""
    return input_problem(display, f"--view {RevisionView.REJECTED.value} reads the tracked "
                         "changes of a Word or OpenDocument file (.docx, .doc, .rtf, .odt); "
                         f"this is {described}",
                         rule=VIEW_RULE)


def column_problem(display: str, described: str) -> InputError:
    """``--column`` asked of a draft whose reader sees no comparison tables."""
    return input_problem(display, "--column reads one version of a comparison table in a Word "
                         "or OpenDocument file, a web page, a Markdown table or one pasted "
                         "with tabs (.docx, .doc, .rtf, .odt, .fodt, .html, .mhtml, .md, "
                         f".txt, .eml); this is {described}",
                         rule=COLUMN_RULE)


def _read(fmt: DraftFormat, data: bytes, display: str, limits: Limits,
          view: RevisionView, column: str | None = None) -> DraftLines:
    """The reader of ``fmt`` on ``data``; ``view`` chooses how a Word or OpenDocument file's
    tracked changes read, and only those formats have any to reject; ``column`` the version
    a comparison table gives (:mod:`.comparison`: a Word, OpenDocument or web page's table,
    a Markdown table in a text or Markdown file)."""
    if column is not None and fmt not in _TABLES:
        raise column_problem(display, _described(fmt))
    if view is not RevisionView.ACCEPTED and fmt not in _REVISIONS:
        raise view_problem(display, _described(fmt))
    draft = READERS[fmt](data, display, limits, view, column)
    if column is not None and not draft.compared:
        # the one place that says it, whichever reader looked for the table
        raise no_table_problem(column, display)
    return draft


_REVISIONS = frozenset({DraftFormat.DOCX, DraftFormat.ODT})
"""The formats whose readers read tracked changes (``view``)."""
_TABLES = frozenset({*_REVISIONS, DraftFormat.HTML, DraftFormat.TEXT, DraftFormat.MARKDOWN})
"""The formats whose readers see comparison tables (``column``)."""


def read_lines(data: bytes, display: str, suffix: str, explicit: DraftFormat | None = None,
               limits: Limits = DEFAULT_LIMITS, attachment: str | None = None,
               view: RevisionView = RevisionView.ACCEPTED, column: str | None = None
               ) -> DraftLines:
    """Detect the format and reduce the draft to lines (a saved e-mail's body, or the
    ``attachment`` so named: :mod:`.mail`); ``view``: a Word file's tracked changes read
    accepted or rejected; ``column``: the version a comparison table gives."""
    mail = (explicit is None or attachment is not None) and is_mail(data)
    if attachment is not None and not mail:
        raise input_problem(display, f"--attachment {attachment}: not a saved e-mail message "
                            "(.eml); it chooses an attachment of one", rule="format")
    if mail:
        body = mail_body(data, display, attachment)
        fmt = explicit or body.format or detect_format(body.data, display, body.suffix)
        draft = _read(fmt, body.data, display, limits, view, column)
        draft = replace(draft, notes=(body.note, *draft.notes))
        if draft.title is None and body.subject:  # a forward's body names no title
            draft = replace(draft, title=body.subject, notes=(
                *draft.notes, f"the message's subject is the version's title: {body.subject}"))
        if fmt is DraftFormat.HTML:  # a web mail's reply: the earlier message's <blockquote>
            lines, earlier = earlier_message(draft.lines)
            if earlier:
                draft = replace(draft, lines=lines, notes=(*draft.notes, EARLIER_SAID.format(
                    earlier)))
    elif explicit is None and is_feed(data):  # a site's feed saved as .xml: one item's page
        from plandiff.plans.intake.feeds import feed_page

        page = feed_page(data, display)
        draft = _read(DraftFormat.HTML, page.html, display, limits, view, column)
        draft = replace(draft, notes=(page.note, *draft.notes))
    else:
        fmt = detect_format(data, display, suffix, explicit)
        draft = _read(fmt, data, display, limits, view, column)
    return _paywall_cut(_without_thread_counters(draft))


def _paywall_cut(draft: DraftLines) -> DraftLines:
    """A draft whose text stops at a paywall's box (:mod:`plandiff.plans.intake.paywall`):
    the report warns, and the box's first line becomes a heading, so that it and whatever
    follows it (the box's buttons, the page's footer) go to the notes, never into the last
    point. A page's reader that left the box out has warned already."""
    if any(said.startswith(PAYWALL_SAID) for _, said in draft.warnings):
        return draft
    # one search over the whole text first: most drafts hold no paywall's words at all
    if paywall_warning("\n".join(line.text for line in draft.lines)) is None:
        return draft
    for index, line in enumerate(draft.lines):
        said = paywall_warning(line.text) if len(line.text) <= _PAYWALL_LINE else None
        if said is not None:
            lines = list(draft.lines)
            lines[index] = Line(f"## {line.text.strip().lstrip('#').strip()}", line.where)
            return replace(draft, lines=tuple(lines),
                           warnings=((line.where, said), *draft.warnings))
    return draft


_PAYWALL_LINE = 300
"""A paywall's box is a short line; a paragraph that mentions one is the article's text."""


def _without_thread_counters(draft: DraftLines) -> DraftLines:
    """A thread of posts copied or saved with the draft: its counters (``2/6``) and marks
    (🧵) out of the text, sentences cut by a post's end joined
    (:mod:`plandiff.plans.intake.threads`), the report told."""
    cut = thread_posts(draft.lines)
    if cut.lines is draft.lines:
        return draft
    dropped = draft.dropped
    if cut.counters:
        dropped += (("post counter(s) of a thread ('2/6')", cut.counters),)
    if cut.marks:
        dropped += (("thread mark(s) (🧵, /end)", cut.marks),)
    if cut.chrome:
        dropped += (("line(s) of the posts' headers and counts (name, @handle, time, "
                     "likes, views)", cut.chrome),)
    if cut.continued:
        dropped += (("line(s) saying a post goes on in the next ('Продолжение ниже 👇', "
                     "'(часть 2)')", cut.continued),)
    notes = draft.notes
    if cut.joined:
        notes += (f"{cut.joined} sentence(s) cut by a post's end in a thread run on into the "
                  "next post: joined again",)
    if cut.numbered:
        notes += (f"{cut.numbered} post(s) of a thread numbered only by their counters ('1/', "
                  "'2/10') read as the points of those numbers",)
    if cut.others:
        notes += (f"{cut.others} post(s) by another writer than the thread's (a quoted post, "
                  "a reply) went to the version's notes, not into the points",)
    return replace(draft, lines=cut.lines, dropped=dropped, notes=notes)
