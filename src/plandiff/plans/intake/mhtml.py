"""Single-file web pages: an MHTML archive's HTML part (RFC 2557).

A browser's "Save page as → Webpage, Single File" (``.mhtml``) and Word's or Internet
Explorer's "Web Archive" (``.mht``) write a MIME message, ``multipart/related``, whose root
part is the page's HTML (quoted-printable or base64) and whose other parts are its images,
style sheets and frames. The archive is told by its headers (``MIME-Version`` and a
``multipart/related`` content type near the start); its root part (the one the ``start``
parameter names, else the first ``text/html`` part) is the page, with the charset its header
names. Nothing in the archive is fetched or run; the other parts are not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from plandiff.plans.intake.problems import input_problem

if TYPE_CHECKING:
    from email.message import Message

__all__ = ["ArchivedPage", "archived_page", "is_mhtml"]

_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{0,60}:")
_MIME_VERSION = re.compile(rb"^MIME-Version\s*:", re.IGNORECASE | re.MULTILINE)
_RELATED = re.compile(rb"^Content-Type\s*:\s*multipart/related\b", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class ArchivedPage:
    html: bytes
    charset: str | None
    """The charset the part's header names (None when it names none)."""
    saved: str | None = None
    """The archive's ``Date:`` header: when the page was saved (None when it has none)."""
    location: str | None = None
    """The address the page was saved from (Chrome's ``Snapshot-Content-Location`` header,
    else the page part's ``Content-Location``), as written; None when it names none."""


def is_mhtml(data: bytes) -> bool:
    """Whether ``data`` is an MHTML archive: it opens with header lines, among them
    ``MIME-Version`` and a ``multipart/related`` content type, before its first blank line."""
    head = data[:8192].lstrip(b"\xef\xbb\xbf\r\n")
    headers = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0]
    return bool(_HEADER_LINE.match(headers) and _MIME_VERSION.search(headers)
                and _RELATED.search(headers))


def archived_page(data: bytes, display: str) -> ArchivedPage:
    """The HTML page inside an MHTML archive (see the module notes); an archive without
    one is an input error naming the file."""
    import email.parser  # here: the e-mail package is loaded only for an archive
    import email.policy

    message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(
        data.lstrip(b"\xef\xbb\xbf\r\n"))
    start = (message.get_param("start") or "")
    start = start.strip("<> ") if isinstance(start, str) else ""
    pages = [part for part in message.walk() if part.get_content_type() == "text/html"]
    root = next((p for p in pages if start and (p.get("Content-ID") or "").strip("<> ")
                 == start), pages[0] if pages else None)
    payload = _payload(root) if root is not None else None
    if payload is None:
        raise input_problem(display, "a single-file web page (MHTML) with no HTML page in it; "
                            "save the page as \"Webpage, HTML only\" or \"Webpage, complete\" "
                            "and import the .html", rule="format")
    charset = root.get_content_charset() if root is not None else None
    saved = message.get("Date")
    location = message.get("Snapshot-Content-Location") or (
        root.get("Content-Location") if root is not None else None)
    return ArchivedPage(payload, charset or None, saved if isinstance(saved, str) else None,
                        location.strip() if isinstance(location, str) else None)


def _payload(part: Message) -> bytes | None:
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) and payload.strip() else None
