"""Import a draft of any format: bytes → lines → points → a plan version and its report."""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from plandiff.errors import InputError
from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.plans.intake.brokenrefs import broken_references
from plandiff.plans.intake.build import (
    build_plan,
    check_slug,
    one_line_value,
    page_source,
    pick_date,
    placeholder_source,
    stated_source,
)
from plandiff.plans.intake.dating import draft_date
from plandiff.plans.intake.feeds import is_feed
from plandiff.plans.intake.formats import column_problem, office_xml, read_lines, view_problem
from plandiff.plans.intake.headlines import apart, fact_sheet, headline
from plandiff.plans.intake.lines import (
    STRUCTURED_FROM,
    DraftFormat,
    DraftLines,
    Line,
    RevisionView,
)
from plandiff.plans.intake.officetext import comments_in_points, plandiff_flag_comment
from plandiff.plans.intake.parser import Node, Parse, TooManyPoints, parse_lines
from plandiff.plans.intake.parsestate import Event
from plandiff.plans.intake.problems import input_problem
from plandiff.plans.intake.repeats import drop_repeats
from plandiff.plans.intake.report import Finding, StructureReport, structure_report
from plandiff.plans.intake.textfile import read_text
from plandiff.plans.intake.timedbylines import glued_bylines
from plandiff.plans.jsonsource import read_bytes
from plandiff.plans.model import UNDATED, DatedBy, DatedDraft, PlanVersion, Status, TextKind

if TYPE_CHECKING:
    from plandiff.plans.akoma import UnmarkedText

__all__ = ["DraftRequest", "ImportedDraft", "PointsBy", "import_bytes", "import_file",
           "import_lines"]

_SURROGATE = re.compile("[\ud800-\udfff]")
COMMENTS_HEADING = "Reviewers' comments"
"""What the version's notes put before a draft's comments."""
PULL_QUOTES_HEADING = "Pull quotes"
"""What the version's notes put before the pull quotes a page sets apart in their boxes."""


class PointsBy(StrEnum):
    """How points are found (``--points-by``)."""

    MARKERS = "markers"
    """Numbers and markers as circulated ("1.", "Point 2", "第3項" ...)."""
    LINES = "lines"
    """One point a line (or a paragraph): a list with no numbers."""
    HEADINGS = "headings"
    """One point a heading, titled by it, its paragraphs its text: titled sections with no
    numbers (an explainer's, a fact sheet's)."""


@dataclass(frozen=True)
class DraftRequest:
    """What the imported version is, and how to read the draft."""

    document: str
    version: str
    title: str | None = None
    untitled: str | None = None
    """The title of a draft that states none: a draft read in memory is titled by its file's
    name; None: "DOCUMENT VERSION"."""
    date: dt.date | None = None
    language: str | None = None
    status: Status = Status.REPORTED
    text_kind: TextKind = TextKind.PARAPHRASE
    provenance_given: bool = True
    """False when ``status`` and ``text_kind`` are only the defaults: an Akoma Ntoso file's
    own provenance then wins."""
    fmt: DraftFormat | None = None
    """``--from``; None detects the format."""
    attachment: str | None = None
    """``--attachment``: the name of the attachment of a saved e-mail to read as the draft
    (a message carrying several drafts); None reads the body, or its one attached draft."""
    points_by: PointsBy = PointsBy.MARKERS
    partial: bool = False
    """The text covers only part of the version: a first number other than 1 and an
    announced count are not warnings."""
    limits: Limits = DEFAULT_LIMITS
    view: RevisionView = RevisionView.ACCEPTED
    """``--view``: a Word file's tracked changes read accepted (the default) or rejected."""
    column: str | None = None
    """``--column``: the version column of a Word file's comparison table to read (its
    number or header words: :mod:`.comparison`); None when none is chosen."""
    dated_by: DatedBy | None = None
    """Where ``date`` came from, for a draft read in memory (its file name's date); the
    version is then a :class:`~plandiff.plans.model.DatedDraft` that says so."""
    stated_date: bool = False
    """Without ``date``, date the version by the date the draft states
    (:func:`~plandiff.plans.intake.dating.draft_date`), else :data:`UNDATED`, instead of
    requiring one: a draft read in memory."""


@dataclass(frozen=True)
class ImportedDraft:
    """The imported version and the structure report of the import."""

    plan: PlanVersion
    report: StructureReport


def _sanitise(text: str) -> str:
    return _SURROGATE.sub("\ufffd", text.removeprefix("\ufeff"))


_PICTURES_WORDS = 120
"""At most this many words beside a page's images when no point is found: the plan is in
the images (:func:`_in_pictures`)."""


def _in_pictures(draft: DraftLines, lines: tuple[Line, ...]) -> str | None:
    """The error for a page whose plan is only pictures (a leaked document's pages as
    images, a few words of text round them), or None."""
    words = sum(len(line.text.split()) for line in lines)
    if not draft.pictures or words > _PICTURES_WORDS:
        return None
    return (f"no points in the page's text: its main content is {draft.pictures} image(s) "
            f"and {words} word(s), so the plan is likely in the images, which plandiff does "
            "not read (no OCR); copy the text out of them, or import a copy in text")


def _in_frames(draft: DraftLines) -> str | None:
    """The error for a page with no points whose main text shows documents in frames (a
    document viewer's ``<iframe>``: "Save Page As… complete" keeps each in a file of its
    own), or None."""
    if not draft.frames:
        return None
    shown = ", ".join("".join(ch for ch in src[:200] if ch.isprintable())
                      for src in draft.frames[:3])  # the page's words: no control character
    return (f"no numbered points in the page's text, and its main content shows "
            f"{len(draft.frames)} document(s) in a frame ({shown}): a browser keeps a "
            "frame's document in a file of its own, or it stands at its address; plandiff "
            "reads no other file and fetches nothing: import that document")


def import_lines(draft: DraftLines, label: str, request: DraftRequest) -> ImportedDraft:
    """A plan version from a draft's lines."""
    check_slug(request.document, "--document")
    check_slug(request.version, "--version")
    dated_by = request.dated_by
    if request.date is None and request.stated_date:
        stated = draft_date(draft.dates, draft.lines)
        when, dated_by = (stated.date, stated.by) if stated is not None else (UNDATED, None)
    else:
        when = pick_date(request.date, request.version)
    label = one_line_value(label, "<text>")
    lines = tuple(type(line)(_sanitise(line.text), line.where) for line in draft.lines)
    glued = bylines = 0
    if draft.format in (DraftFormat.TEXT, DraftFormat.MARKDOWN, DraftFormat.HTML):
        lines, glued, bylines = glued_bylines(lines)
    if not any(line.text.strip() for line in lines) and draft.structured is not None:
        return import_lines(_from_structured(draft, label, request.limits), label, request)
    if not any(line.text.strip() for line in lines):
        what = {DraftFormat.HTML: "no text in the page's main content",
                DraftFormat.DOCX: "the document has no text",
                DraftFormat.ODT: "the document has no text",
                DraftFormat.PDF: "the PDF has no text"}.get(
            draft.format, "file is empty; expected numbered points (lines like '1. ...')")
        raise input_problem(label, _in_pictures(draft, lines) or _in_frames(draft) or what)
    try:
        parse = parse_lines(lines, points_by=request.points_by.value,
                            max_points=request.limits.max_points,
                            wrapped=draft.format is not DraftFormat.HTML)
    except TooManyPoints as exc:
        raise input_problem(label, f"more than {request.limits.max_points} points (set "
                            "PLANDIFF_MAX_POINTS to raise the limit)", rule="limits",
                            where=exc.where) from None
    if not parse.points and request.points_by is PointsBy.MARKERS:
        parse = parse_lines(lines, points_by="bullets", max_points=request.limits.max_points)
        sections = _sections(lines)
        # more titled sections than bulleted items: the bullets are lists inside sections
        if sections is not None and len(sections.points) >= len(parse.points):
            parse = sections
    if not parse.points and draft.structured is not None:
        return import_lines(_from_structured(draft, label, request.limits), label, request)
    if not parse.points:
        raise input_problem(label, _in_pictures(draft, lines) or _in_frames(draft) or
                            "no numbered points found (expected lines like '1. ...', "
                            "'Point 1', '第1項'); for a list without numbers give "
                            "--points-by lines, for titled sections without numbers "
                            "--points-by headings")
    fuller = _fuller_structured(draft, parse.points, label, request)
    if fuller is not None:
        return fuller
    if parse.title is None and draft.title:
        parse.title = one_line_value(draft.title, "") or None
    reader_notes = draft.notes
    if glued:
        reader_notes += (f"{glued} time and byline span(s) run onto the end of a line with no "
                         "space ('…14:20Автор: …', as a page's spans come out of it): set "
                         "apart from that line, as the page's text",)
    if bylines:
        reader_notes += (f"{bylines} byline(s) between the points ('…text.By Jane Roe, "
                         "Reuters', 'Автор: …', as the page sets its writer's name) left out "
                         "as the page's furniture",)
    dropped = draft.dropped
    if draft.format is DraftFormat.HTML:  # a page's notes, not a pasted copy's headline
        repeats = drop_repeats(parse.notes, (parse.title, draft.title, draft.headline),
                               (draft.lead,))
        dropped += (("paragraph(s) of the notes repeating the page's title or lead",
                     repeats),)
    if parse.title is None and request.title is None and draft.format is DraftFormat.TEXT:
        found = headline(parse.notes)
        sheet = fact_sheet(parse.notes)  # "FACT SHEET: …" under a press office's header
        if sheet is not None and (found is None or found[1] != sheet[1]):
            # it stays in the notes too, the header's lines about it
            parse.title = sheet[1]
            reader_notes += ("the fact sheet's title line under the press office's header is "
                             f"the version's title: {parse.title}",)
        elif found is not None:  # it stays in the notes too: the text is kept as written
            at, parse.title = found
            if len(parse.notes[at]) > 1:  # run into the lead under it: a paragraph apart
                _headline_apart(parse, at)
            reader_notes += (f"the first line is the version's title: {parse.title}",)
    if draft.set_apart:  # after the text the points leave, before the reviewers' comments
        parse.after.extend((f"{PULL_QUOTES_HEADING}:", *draft.set_apart))
        reader_notes += (f"{len(draft.set_apart)} pull quote(s) set apart in their boxes went "
                         "to the version's notes (quotations the page sets large, not its "
                         "points)",)
    comments = tuple(c for c in draft.comments if not plandiff_flag_comment(c))
    if len(comments) < len(draft.comments):  # plandiff's redline handed back
        reader_notes += (f"{len(draft.comments) - len(comments)} flag comment(s) plandiff's "
                         "own Word redline put in the margin (⚑ …) left out: comparing the "
                         "versions flags those changes again",)
    if comments:  # after everything else in the notes, each naming its point
        held = [(node.number, " ".join(f"{node.title or ''} {node.text}".split()))
                for point in parse.points for node in point.walk()]
        parse.after.extend((f"{COMMENTS_HEADING}:", *comments_in_points(comments, held)))
        margin = " in the margin" if draft.format in (DraftFormat.DOCX, DraftFormat.ODT) \
            else ""
        reader_notes += (f"{len(comments)} reviewer comment(s){margin} went to the end "
                         "of the version's notes (remarks on the draft, not its text)",)
    broken = broken_references((node.number, node.where, f"{node.title or ''} {node.text}")
                               for point in parse.points for node in point.walk())
    report = structure_report(parse, file=label, fmt=draft.format, title=request.title,
                              summary=request.text_kind is TextKind.SUMMARY,
                              headline=draft.headline,
                              partial=request.partial, dropped=dropped,
                              reader_notes=reader_notes,
                              reader_warnings=(*draft.warnings, *broken),
                              compared=draft.compared, tracked=draft.tracked)
    sample = "\n".join(line.text for line in lines[:2000])
    plan = build_plan(parse, document=request.document, version=request.version, when=when,
                      label=label, sample=sample, title=request.title,
                      language=request.language, status=request.status,
                      text_kind=request.text_kind, limits=request.limits,
                      source=_source(draft, label), untitled=request.untitled)
    if dated_by is not None:  # the same fields, and where the date came from
        plan = DatedDraft.model_construct(plan.model_fields_set, **dict(plan),
                                          dated_by=dated_by)
    return ImportedDraft(plan, report)


def _source(draft: DraftLines, label: str) -> dict[str, str] | None:
    """The source a draft states about itself: a web archive's capture names the page it
    captured, a saved page its own address (with its publication date); None: the
    placeholder."""
    if draft.address:
        return page_source(label, *draft.address)
    if draft.page is not None:
        published = next((s.date for s in draft.dates if s.by is DatedBy.PUBLISHED), None)
        return stated_source(draft.page, published)
    return None


SECTIONS_MIN = 3
"""Titled sections, at least, that a draft numbering and listing nothing is read as."""


def _sections(lines: tuple[Line, ...] | list[Line]) -> Parse | None:
    """A draft that numbers nothing, read one point a titled section (an explainer's
    "Security guarantees", "Territory" … each over its paragraphs: as with ``--points-by
    headings``), when it has :data:`SECTIONS_MIN` of them; None otherwise."""
    parse = parse_lines(lines, points_by="headings")
    count = len(parse.points)
    if count < SECTIONS_MIN:
        return None
    parse.events.append(Event("", "sections", f"no numbered points: the {count} sections under "
                              f"headings were read as points 1-{count}, titled by their "
                              "headings (as --points-by headings reads them)"))
    return parse


def _headline_apart(parse: Parse, at: int) -> None:
    """The notes' paragraph ``at`` cut after its first line, the headline (and after the
    page's date under it: :func:`~.headlines.apart`), and the headings placed before the
    paragraphs after it moved on as many."""
    pieces = apart(parse.notes[at], parse.notes[at + 1] if at + 1 < len(parse.notes) else ())
    parse.notes[at:at + 1] = pieces
    parse.placed = [(entry, place + len(pieces) - 1 if place > at else place)
                    for entry, place in parse.placed]


_MARKUP = re.compile(r"<(?:p|br|li|ol|ul|div|h[1-6]|blockquote|section|article)\b[^<>]*>",
                     re.IGNORECASE)
"""An element opening a block (or a line break) in an ``articleBody``: the text is HTML."""


def _fuller_structured(draft: DraftLines, points: list[Node], label: str,
                       request: DraftRequest) -> ImportedDraft | None:
    """The draft read from the page's structured data when its visible text stops short (a
    paywall's teaser with the first points, the whole article in the JSON-LD
    ``articleBody`` a site gives search engines): the structured text has more top-level
    points, and each visible point's text opens the structured point of its number (the
    same words, the teaser's last one maybe cut). None otherwise."""
    if draft.structured is None or not _says_more(draft.structured[0], draft.lines):
        return None
    def plain(text: str) -> str:
        return " ".join(text.split())
    seen = {point.number: plain(point.text) for point in points}
    try:
        whole = import_lines(_from_structured(draft, label, request.limits, (
            f"the page's visible text stops after {len(points)} point(s) (a paywall's "
            "teaser): the points were read from the whole article text in "
            f"{draft.structured_from}",)), label, request)
    except InputError:
        return None
    found = {point.number: plain(point.text) for point in whole.plan.points}
    same = all(number in found and found[number].startswith(text)
               for number, text in seen.items())
    return whole if len(found) > len(seen) and same else None


_TAG = re.compile(r"<[^<>]{0,1000}>")
_WORD = re.compile(r"\w+")


def _words(text: str) -> Counter[str]:
    """The words of a text, as a reader compares them (compatibility forms and case
    folded), with how often each stands."""
    return Counter(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def _says_more(body: str, lines: tuple[Line, ...]) -> bool:
    """Whether a page's structured article text (its tags and entities read) holds a word,
    or a word more often, than the visible text's lines: a copy of the visible article says
    nothing more, and cannot hold more points than it, so it is not read a second time (a
    large page's body was parsed whole to learn that). One pass over each text."""
    said = _words(html.unescape(_TAG.sub(" ", body)))
    said.subtract(_words(" ".join(line.text for line in lines)))
    return any(count > 0 for count in said.values())


def _from_structured(page: DraftLines, label: str, limits: Limits,
                     said: tuple[str, ...] = ()) -> DraftLines:
    """A page whose visible text holds no points (or fewer than its structured data:
    ``said`` then says so), read from the article text in its
    structured data instead (:attr:`DraftLines.structured`, read as pasted text, or as HTML
    when it holds block elements; entities such as ``&amp;`` are characters; each line named
    ``articleBody line N``), and the report says so."""
    assert page.structured is not None
    body, headline = page.structured
    if _MARKUP.search(body):  # the article's HTML, as some sites put it there
        read = read_lines(f"<!DOCTYPE html><html><body>{body}</body></html>".encode(
            "utf-8", errors="replace"), label, ".html", DraftFormat.HTML, limits)
    else:
        read = read_text(html.unescape(body).encode("utf-8", errors="replace"), label,
                         DraftFormat.TEXT, limits)
    said = said or ("the page's visible text has no numbered points: the points were read "
                    f"from the article text in {page.structured_from}",)
    tag = "articleBody" if page.structured_from == STRUCTURED_FROM else "hidden copy"
    return DraftLines(page.format,
                      tuple(type(line)(line.text, f"{tag} {line.where}")
                            for line in read.lines),
                      title=page.title or " ".join((headline or "").split()) or None,
                      headline=" ".join((headline or "").split()) or page.headline,
                      lead=page.lead,
                      dropped=read.dropped, notes=page.notes + said + read.notes,
                      comments=page.comments, dates=page.dates)


def import_bytes(data: bytes, label: str, suffix: str, request: DraftRequest) -> ImportedDraft:
    """Detect the format of ``data``, read it and import it (``label`` names it in messages;
    ``suffix`` is the file's extension, ``""`` when unknown)."""
    if _is_akn(data, label, suffix, request.fmt):
        if request.view is not RevisionView.ACCEPTED:
            raise view_problem(label, "an Akoma Ntoso file")
        if request.column is not None:
            raise column_problem(label, "an Akoma Ntoso file")
        return _import_akn(data, label, request)
    draft = read_lines(data, label, suffix, request.fmt, request.limits, request.attachment,
                       request.view, request.column)
    return import_lines(draft, label, request)


def _is_akn(data: bytes, label: str, suffix: str, fmt: DraftFormat | None) -> bool:
    """Akoma Ntoso XML: asked for with ``--from akn``, or sniffed (the root element near the
    start, or any XML named ``*.xml``)."""
    if fmt is not None:
        return fmt is DraftFormat.AKN
    if office_xml(data) or is_feed(data):  # an office document in one XML file, a feed
        return False
    from plandiff.plans.akoma import looks_like_akn

    # UTF-16 (by its byte-order mark) is read as such here, to be refused as Akoma Ntoso
    utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    head = data[:4096].decode("utf-16" if utf16 else "utf-8", errors="replace")
    return looks_like_akn(head, suffix)  # any XML named *.xml must be Akoma Ntoso


def _import_akn(data: bytes, label: str, request: DraftRequest) -> ImportedDraft:
    """An Akoma Ntoso document keeps its own hierarchy, numbers and headings; its report
    counts what was found (the XML structure leaves nothing to guess)."""
    from plandiff.plans.akoma import UnmarkedText, read_akn

    try:
        plan, moved = read_akn(data, document=request.document, version=request.version,
                               label=label, title=request.title, date=request.date,
                               language=request.language,
                               status=request.status if request.provenance_given else None,
                               text_kind=(request.text_kind if request.provenance_given
                                          else None),
                               source=placeholder_source(label), limits=request.limits)
    except UnmarkedText as unmarked:
        return _import_unmarked(unmarked, label, request)
    top = len(plan.points)
    findings = tuple(Finding(f"line {line}" if line else "", f"the {where.lower()} went to the "
                             "version's notes (text outside the points)", False, "outside")
                     for where, line in moved)
    report = StructureReport(file=label, format=DraftFormat.AKN, points=top,
                             sub_points=sum(1 for _ in plan.walk()) - top,
                             numbers=tuple(p.number for p in plan.points), announced=None,
                             findings=findings)
    return ImportedDraft(plan, report)


def _import_unmarked(unmarked: UnmarkedText, label: str, request: DraftRequest
                     ) -> ImportedDraft:
    """An Akoma Ntoso document that marks up no points, read as its text: each block a
    paragraph of its own (a blank line between), the file's title, date and language where
    the command line gives none; refused as before when its text numbers nothing either."""
    when = request.date
    if when is None and unmarked.date:
        try:
            when = dt.date.fromisoformat(unmarked.date[:10])
        except ValueError:
            when = None
    lines = tuple(Line(text, f"block {n // 2 + 1}") for n, text in
                  enumerate(line for block in unmarked.blocks for line in (block, "")))
    draft = DraftLines(format=DraftFormat.AKN, lines=lines, title=unmarked.title,
                       notes=("the body marks up no points: its paragraphs were read as "
                              "text, by the numbers typed in them",))
    try:
        return import_lines(draft, label, replace(
            request, date=when, language=request.language or unmarked.language))
    except InputError:
        raise unmarked from None


def import_file(path: Path, request: DraftRequest, *, display: str | None = None
                ) -> ImportedDraft:
    """Read and import the draft at ``path`` (size-limited before it is read)."""
    shown = display if display is not None else str(path)
    data = read_bytes(path, shown, request.limits)
    return import_bytes(data, shown, path.suffix, request)
