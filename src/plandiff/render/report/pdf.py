"""The PDF renderer: the only module that imports WeasyPrint (pinned to 70.x).

It lays out the report HTML as PDF/A-3b, tagged for accessibility, with the compared plan
versions and the diff JSON attached. It never reaches the network or the file system: the
report needs no external resource, so the URL fetcher refuses every URL and a refused URL
stops the rendering. Output is byte-identical for the same input: every date in the file
(document and attachments) is the one given, and the PDF identifier is derived from the
content. Fonts are checked: the report fails loudly, instead of printing substitutes or
blank boxes, when the Latin font or (for CJK text) every CJK font of the fallback chain is
missing from fontconfig, or when no installed font has a glyph for some character.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import Any

import weasyprint
from weasyprint.text.ffi import ffi, fontconfig, harfbuzz, harfbuzz_subset
from weasyprint.urls import FatalURLFetchingError, URLFetcher

from plandiff._text import NEEDS_CJK_FONT, class_body
from plandiff.errors import RenderError
from plandiff.render.report.model import EmbeddedFile

FONT_NAME_LANGUAGE = "en"
"""Fontconfig gives a font its family name in the language of the locale (IPAexGothic is
"IPAexゴシック" under LC_ALL=ja_JP.UTF-8), and the PDF carries the name: the same report
in every locale needs one language, in ``FC_LANG`` when fontconfig first reads it (it keeps
what it read for the life of the process: a process that used fontconfig before its first
PDF keeps its own language, which the variable cannot change any more)."""


_FC_LANG_LOCK = threading.Lock()
_fc_lang_users: list[str | None] = []
"""The caller's ``FC_LANG`` (None: unset) once per rendering under way, in any thread: the
first to start saves it, the last to end puts it back."""


@contextmanager
def _font_names_in_english() -> Iterator[None]:
    """``FC_LANG`` set for the time of one rendering, the caller's value (or none) put back
    after it: a library user's process keeps its own environment."""
    with _FC_LANG_LOCK:
        _fc_lang_users.append(_fc_lang_users[0] if _fc_lang_users
                              else os.environ.get("FC_LANG"))
        os.environ["FC_LANG"] = FONT_NAME_LANGUAGE
    try:
        yield
    finally:
        with _FC_LANG_LOCK:
            before = _fc_lang_users.pop()
            if not _fc_lang_users:
                if before is None:
                    os.environ.pop("FC_LANG", None)
                else:
                    os.environ["FC_LANG"] = before

PDF_VARIANT = "pdf/a-3b"
LATIN_FAMILY = "Noto Sans"
"""Must be installed (Debian: fonts-noto-core)."""
CJK_FAMILIES = ("IPAexGothic", "Noto Sans CJK JP")
"""At least one must be installed when the report has CJK text (Debian:
fonts-ipaexfont-gothic; fonts-noto-cjk as a fallback for Han and Hangul outside JIS)."""

SLOW_SUBSET_CSS = """
:lang(ja) h1, :lang(ja) h2, :lang(ja) h3, :lang(ja) h4, :lang(ja) h5, :lang(ja) th,
:lang(ja) caption, :lang(ja) .num, :lang(ja) .notes-head,
:lang(ja) .note .lbl, :lang(ja) b, :lang(ja) strong {
  font-family: "Noto Sans", "IPAexGothic", "Noto Sans CJK JP", sans-serif !important;
}
"""
"""Without HarfBuzz's subsetter, WeasyPrint subsets fonts with fontTools, which takes about
10 s for Noto Sans CJK (a CFF collection) against under 1 s for IPAexGothic (TrueType): then
bold Japanese falls back to IPAexGothic (which has no bold face) rather than Noto Sans CJK."""

_CJK = re.compile(f"[{class_body(NEEDS_CJK_FONT)}]")
"""A character that needs a CJK font (ideographs, kana, Hangul, CJK punctuation, full-width
forms)."""


class RefusingURLFetcher(URLFetcher):  # type: ignore[misc]  # WeasyPrint has no type hints
    """A URL fetcher that fetches nothing: no network, no file system, no data: URLs.

    The report is self-contained (inline stylesheet, system fonts through fontconfig), so any
    request is a bug or an injection; it stops the rendering (``fail_on_errors``)."""

    def __init__(self) -> None:
        super().__init__(timeout=1, allowed_protocols=(), allow_redirects=False,
                         fail_on_errors=True)
        self.refused: list[str] = []

    def fetch(self, url: str, headers: Any = None) -> Any:
        self.refused.append(url)
        raise ValueError(f"plandiff reports fetch no URL (refused {url[:200]!r})")


class _ErrorLog(logging.Handler):
    """Collects WeasyPrint's errors (unusable resources, broken CSS) during one rendering."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _collect_errors() -> Iterator[_ErrorLog]:
    logger = logging.getLogger("weasyprint")
    handler = _ErrorLog()
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


def fast_subsetting() -> bool:
    """True when WeasyPrint subsets fonts with HarfBuzz (libharfbuzz-subset, HarfBuzz 4.1+)."""
    return harfbuzz_subset is not None and bool(harfbuzz.hb_version_atleast(4, 1, 0))


def has_cjk(text: str) -> bool:
    """True when ``text`` has a CJK character (ideograph, kana, hangul, CJK punctuation)."""
    return _CJK.search(text) is not None


@cache
def installed(family: str) -> bool:
    """True when fontconfig resolves ``family`` to a font of that family (not a substitute)."""
    config = ffi.gc(fontconfig.FcInitLoadConfigAndFonts(), fontconfig.FcConfigDestroy)
    pattern = ffi.gc(fontconfig.FcPatternCreate(), fontconfig.FcPatternDestroy)
    fontconfig.FcPatternAddString(pattern, b"family", family.encode("utf-8"))
    fontconfig.FcConfigSubstitute(config, pattern, fontconfig.FcMatchPattern)
    fontconfig.FcDefaultSubstitute(pattern)
    result = ffi.new("FcResult *")
    matched = fontconfig.FcFontMatch(config, pattern, result)
    if matched == ffi.NULL:
        return False
    matched = ffi.gc(matched, fontconfig.FcPatternDestroy)
    value = ffi.new("FcChar8 **")
    index = 0
    wanted = family.casefold()
    while fontconfig.FcPatternGetString(matched, b"family", index, value) == 0:  # FcResultMatch
        if ffi.string(value[0]).decode("utf-8", "replace").casefold() == wanted:
            return True
        index += 1
    return False


def missing_fonts(html: str) -> list[str]:
    """Problems with the installed fonts for this document, before any layout."""
    problems = []
    if not installed(LATIN_FAMILY):
        problems.append(
            f"font {LATIN_FAMILY!r} is not installed (fontconfig does not find it); "
            "install it (Debian/Ubuntu: apt install fonts-noto-core)"
        )
    if has_cjk(html) and not any(installed(family) for family in CJK_FAMILIES):
        problems.append(
            f"the report has Chinese, Japanese or Korean text but none of the fonts "
            f"{', '.join(CJK_FAMILIES)} is installed; install one "
            "(Debian/Ubuntu: apt install fonts-ipaexfont-gothic)"
        )
    return problems


def glyph_problems(fonts: Iterable[Any]) -> list[str]:
    """Characters no installed font could draw (``Font`` objects of a laid-out document)."""
    missing = sorted({int(cp) for font in fonts for cp in getattr(font, "missing", {})})
    if not missing:
        return []
    shown = ", ".join(f"U+{cp:04X} {chr(cp)!r}" for cp in missing[:12])
    more = f" and {len(missing) - 12} more" if len(missing) > 12 else ""
    return [
        f"no installed font has a glyph for {shown}{more}; install a font that covers "
        "them (for emoji: apt install fonts-symbola)"
    ]


def identifier(html: str, attachments: Sequence[EmbeddedFile]) -> bytes:
    """A PDF file identifier derived from everything that goes into the file."""
    digest = hashlib.sha256(html.encode("utf-8"))
    for item in attachments:
        for part in (item.name.encode("utf-8"), item.description.encode("utf-8"), item.data):
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)
    return digest.hexdigest()[:32].encode("ascii")


def html_to_pdf(
    html: str,
    *,
    attachments: Sequence[EmbeddedFile] = (),
    when: dt.datetime,
    tagged: bool = True,
) -> bytes:
    """Lay out ``html`` (which must carry ``dcterms.created`` = ``when``) as PDF/A-3b bytes.

    Raises :class:`RenderError` when layout fails, a URL is requested, or fonts are missing.
    """
    if when.tzinfo is None:
        raise ValueError("when must be timezone-aware")
    stamp = when.astimezone(dt.UTC).replace(tzinfo=None)
    with _font_names_in_english():
        return _html_to_pdf(html, attachments, stamp, tagged)


def _html_to_pdf(html: str, attachments: Sequence[EmbeddedFile], stamp: dt.datetime,
                 tagged: bool) -> bytes:
    fetcher = RefusingURLFetcher()
    problems = missing_fonts(html)
    if problems:
        raise RenderError("cannot make the PDF: " + "; ".join(problems))

    def finisher(document: Any, pdf: Any) -> None:
        problems.extend(glyph_problems(document.fonts.values()))
        if problems:
            raise RenderError("cannot make the PDF: " + "; ".join(problems))

    files = [
        weasyprint.Attachment(
            string=item.data,
            name=item.name,
            description=item.description,
            created=stamp,
            modified=stamp,
            relationship=item.relationship,
            url_fetcher=fetcher,
        )
        for item in attachments
    ]
    try:
        with _collect_errors() as log:
            stylesheets = []
            if not fast_subsetting():
                stylesheets.append(weasyprint.CSS(string=SLOW_SUBSET_CSS, url_fetcher=fetcher))
            document = weasyprint.HTML(string=html, url_fetcher=fetcher).render(
                stylesheets=stylesheets, pdf_variant=PDF_VARIANT, pdf_tags=tagged
            )
            data = document.write_pdf(
                pdf_variant=PDF_VARIANT,
                pdf_tags=tagged,
                pdf_identifier=identifier(html, attachments),
                attachments=files,
                finisher=finisher,
            )
    except RenderError:
        raise
    except FatalURLFetchingError as exc:
        raise RenderError(
            "PDF rendering stopped: the report asked for a URL, and plandiff fetches none "
            f"({', '.join(u[:200] for u in fetcher.refused) or exc})"
        ) from exc
    except Exception as exc:  # WeasyPrint, Pango or fontTools failing on some input
        raise RenderError(f"PDF rendering failed: {type(exc).__name__}: {exc}") from exc
    if fetcher.refused:
        raise RenderError(
            "PDF rendering stopped: the report asked for a URL, and plandiff fetches none "
            f"({', '.join(u[:200] for u in fetcher.refused)})"
        )
    if log.messages:
        raise RenderError("PDF rendering failed: " + "; ".join(log.messages))
    if not isinstance(data, bytes):  # pragma: no cover - write_pdf() without target
        raise RenderError("PDF rendering produced no bytes")
    return data
