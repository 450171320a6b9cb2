"""A plan version as an Akoma Ntoso 3.0 document (OASIS LegalDocML), valid against the
official XML Schema.

- The version is an ``act`` named ``plan``; its points are ``point`` elements in ``body``,
  sub-points nested inside their point. Each point's ``eId`` is built from the plan's ids
  (``point_army-cap``, a sub-point ``point_guarantee-terms__point_guarantee-compensation``) and
  its ``wId`` is the plan id itself, so identities survive renumbering as in the plan.
- ``num`` holds the number, ``heading`` the title; the text is one ``p`` per line (in
  ``content``, or in ``intro`` before sub-points, its closing words after a lead-in ending in
  a colon in ``wrapUp`` after them); a point's notes are an ``authorialNote``.
- ``meta``: FRBR work ``/akn/xx/act/plan/DATE/DOCUMENT`` (DATE: the document's first
  version), expression ``.../LANGUAGE@VERSION`` (ISO 639-2 ``eng``; dated with the version's
  date), manifestation ``....akn``, as the Akoma Ntoso naming convention builds them; the
  version's notes as a ``note``; topics as ``classification`` keywords (labels from the
  vocabulary); sources, provenance and per-point data (topics, derived_from, status) in a
  ``proprietary`` block in plandiff's own namespace, so an import gives the plan back.

Output is deterministic: nothing depends on the clock or the machine. ``x-`` extension keys
of a plan are not exported.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, TypeGuard

from plandiff.errors import InputError
from plandiff.langtags import alpha3
from plandiff.plans.model import PlanVersion, Point
from plandiff.xmlio import child, element, tail, to_bytes

if TYPE_CHECKING:
    from plandiff.xmlio import Element

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
PLANDIFF_NS = "https://plandiff.invalid/ns/akn-proprietary/1"
"""Namespace of plandiff's ``proprietary`` metadata (``.invalid``: a name, never fetched)."""
COUNTRY = "xx"
"""FRBR country of an international instrument: the naming convention asks for a two-letter
ISO 3166-1 code, and an instrument among several states has no one country, so this is a code
ISO 3166-1 leaves to its users (AA, QM–QZ, XA–XZ, ZZ)."""
SOURCE = "#plandiff"


def _a(tag: str) -> str:
    return f"{{{AKN}}}{tag}"


def _p(tag: str) -> str:
    return f"{{{PLANDIFF_NS}}}{tag}"


def work_uri(plan: PlanVersion, work_date: dt.date | None = None) -> str:
    """``/akn/xx/act/plan/DATE/DOCUMENT``: the work's date is its first version's date, when
    known (``work_date``), else this version's."""
    return f"/akn/{COUNTRY}/act/plan/{(work_date or plan.date).isoformat()}/{plan.document}"


def language_code(plan: PlanVersion) -> str:
    """The version's language as Akoma Ntoso names it: ISO 639-2 (``en`` → ``eng``); ``und``
    (undetermined) for a tag that names no language with a three-letter code."""
    return alpha3(plan.language) or "und"


def expression_uri(plan: PlanVersion, work_date: dt.date | None = None) -> str:
    """``WORK/LANGUAGE@VERSION``, the language as ISO 639-2 (``eng@2025-12-24-20-point``)."""
    return f"{work_uri(plan, work_date)}/{language_code(plan)}@{plan.version}"


def point_eid(point: Point, parent: str | None) -> str:
    own = f"point_{point.id}"
    return f"{parent}__{own}" if parent else own


def _said(text: str | None) -> TypeGuard[str]:
    """Whether a title or a note says anything: an empty or blank one is written as absent
    (an empty ``heading`` or note reads back as none, and the export would change)."""
    return text is not None and bool(text.strip())


def _lines(parent: Element, text: str, note: str | None, eid: str) -> None:
    lines = text.split("\n")
    for index, line in enumerate(lines):
        para = child(parent, _a("p"), text=line)
        if note is not None and index == len(lines) - 1:
            authorial = child(para, _a("authorialNote"), {
                "marker": "*", "placement": "bottom", "eId": f"{eid}__authorialNote_1"})
            for note_line in note.split("\n"):
                child(authorial, _a("p"), text=note_line)
            tail(authorial, "")


_LEAD_IN_END = (":", "：")


def _closing_words(text: str) -> tuple[str, str]:
    """A point's text as its lead-in before its sub-points and its closing words after them:
    the paragraphs after the last one that ends in a colon (``The parties release:`` /
    sub-points / ``A commission checks every release.``), which the importer reads back
    into the same text; all lead-in when no paragraph ends in a colon."""
    paragraphs = text.split("\n\n")
    colons = [k for k, p in enumerate(paragraphs[:-1]) if p.rstrip().endswith(_LEAD_IN_END)]
    if not colons:
        return text, ""
    cut = colons[-1] + 1
    return "\n\n".join(paragraphs[:cut]), "\n\n".join(paragraphs[cut:])


def _point(parent: Element, point: Point, parent_eid: str | None,
           extras: list[tuple[str, Point]]) -> None:
    eid = point_eid(point, parent_eid)
    node = child(parent, _a("point"), {"eId": eid, "wId": point.id})
    child(node, _a("num"), text=point.number.strip())  # read back stripped
    if _said(point.title):
        child(node, _a("heading"), text=point.title.strip())  # read back stripped
    notes = point.notes if _said(point.notes) else None
    if point.points:
        lead, closing = _closing_words(point.text)
        if lead or notes is not None:
            _lines(child(node, _a("intro")), lead, notes, eid)
        for sub in point.points:
            _point(node, sub, eid, extras)
        if closing:
            _lines(child(node, _a("wrapUp")), closing, None, eid)
    else:
        _lines(child(node, _a("content")), point.text, notes, eid)
    extras.append((eid, point))


def _frbr(parent: Element, tag: str, attrs: Mapping[str, str]) -> Element:
    return child(parent, _a(tag), dict(attrs))


def _frbr_language(plan: PlanVersion) -> str:
    """``FRBRlanguage``: the tag with its language as ISO 639-2 and its other subtags kept
    (``en`` → ``eng``, ``fr-CA`` → ``fra-CA``), so that an import gives the tag back."""
    code = alpha3(plan.language)
    if code is None:
        return plan.language
    _, sep, rest = plan.language.partition("-")
    return code + sep + rest


def _identification(meta: Element, plan: PlanVersion, work_date: dt.date | None) -> None:
    ident = child(meta, _a("identification"), {"source": SOURCE})
    date = plan.date.isoformat()
    work = child(ident, _a("FRBRWork"))
    uri = work_uri(plan, work_date)
    _frbr(work, "FRBRthis", {"value": f"{uri}/!main"})
    _frbr(work, "FRBRuri", {"value": uri})
    _frbr(work, "FRBRdate", {"date": (work_date or plan.date).isoformat(), "name": "work"})
    _frbr(work, "FRBRauthor", {"href": SOURCE})
    _frbr(work, "FRBRcountry", {"value": COUNTRY})
    _frbr(work, "FRBRnumber", {"value": plan.document})
    _frbr(work, "FRBRname", {"value": plan.document})
    expression = child(ident, _a("FRBRExpression"))
    uri = expression_uri(plan, work_date)
    _frbr(expression, "FRBRthis", {"value": f"{uri}/!main"})
    _frbr(expression, "FRBRuri", {"value": uri})
    _frbr(expression, "FRBRdate", {"date": date, "name": plan.status.value})
    _frbr(expression, "FRBRauthor", {"href": SOURCE})
    _frbr(expression, "FRBRversionNumber", {"value": plan.version})
    _frbr(expression, "FRBRlanguage", {"language": _frbr_language(plan)})
    manifestation = child(ident, _a("FRBRManifestation"))
    _frbr(manifestation, "FRBRthis", {"value": f"{uri}/!main.xml"})
    _frbr(manifestation, "FRBRuri", {"value": f"{uri}.akn"})
    _frbr(manifestation, "FRBRdate", {"date": date, "name": "export"})
    _frbr(manifestation, "FRBRauthor", {"href": SOURCE})


def _classification(meta: Element, plan: PlanVersion, labels: Mapping[str, str]) -> None:
    topics = sorted({t for p in plan.walk() for t in p.topics})
    if not topics:
        return
    classification = child(meta, _a("classification"), {"source": SOURCE})
    for topic in topics:
        child(classification, _a("keyword"), {"value": topic, "showAs": labels.get(topic, topic),
                                              "dictionary": "plandiff-topics"})


def _proprietary(meta: Element, plan: PlanVersion, extras: Sequence[tuple[str, Point]]) -> None:
    block = child(meta, _a("proprietary"), {"source": SOURCE})
    version = child(block, _p("version"), {
        "document": plan.document, "version": plan.version, "status": plan.status.value,
        "text_kind": plan.text_kind.value, "language": plan.language})
    for key in ("translation_of", "supersedes"):
        value = getattr(plan, key)
        if value is not None:
            version.set(key, value)
    for party in plan.parties:
        child(version, _p("party"), text=party)
    for ref in plan.not_reported:
        child(version, _p("notReported"), {"ref": ref})
    if plan.alignment is not None:
        review = child(version, _p("alignment"), {"against": plan.alignment.against})
        for ref in plan.alignment.unlinked:
            child(review, _p("unlinked"), {"ref": ref})
        for point_id in plan.alignment.new:
            child(review, _p("new"), {"id": point_id})
    for divergence in plan.translation_divergences:
        attrs = {"point": divergence.point, "kind": divergence.kind.value}
        if divergence.value is not None:
            attrs["value"] = divergence.value
        child(version, _p("divergence"), attrs, text=divergence.reason)
    for source in plan.sources:
        attrs = {"title": source.title, "publisher": source.publisher, "url": source.url}
        if source.id is not None:
            attrs["id"] = source.id
        if source.date is not None:
            attrs["date"] = source.date.isoformat()
        if source.reliability is not None:
            attrs["reliability"] = source.reliability.value
        node = child(version, _p("source"), attrs)
        if source.notes is not None:
            child(node, _p("notes"), text=source.notes)
    for eid, point in extras:
        if not (point.topics or point.derived_from or point.status):
            continue
        node = child(version, _p("point"), {"eId": eid})
        if point.status is not None:
            node.set("status", point.status.value)
        for topic in point.topics:
            child(node, _p("topic"), text=topic)
        for ref in point.derived_from:
            child(node, _p("derivedFrom"), {"ref": ref})


def render_akn(plan: PlanVersion, topic_labels: Mapping[str, str] | None = None,
               work_date: dt.date | None = None) -> bytes:
    """The Akoma Ntoso XML of ``plan`` (see the module notes); ``topic_labels`` maps topic
    ids to the words shown for them (``showAs``); ``work_date`` is the date of the
    document's first version (the FRBR work's date; this version's date when not given)."""
    if not plan.points:
        raise InputError(f"{plan.ref}: a version with no points cannot be written as Akoma "
                         "Ntoso (its body holds at least one)")
    root = element(_a("akomaNtoso"), nsmap={None: AKN, "plandiff": PLANDIFF_NS})
    act = child(root, _a("act"), {"name": "plan"})
    meta = child(act, _a("meta"))
    _identification(meta, plan, work_date)
    _classification(meta, plan, topic_labels or {})
    refs = child(meta, _a("references"), {"source": SOURCE})
    child(refs, _a("TLCOrganization"), {
        "eId": "plandiff", "href": "/ontology/organization/plandiff", "showAs": "plandiff"})
    if _said(plan.notes):
        notes = child(meta, _a("notes"), {"source": SOURCE})
        note = child(notes, _a("note"), {"eId": "note_version"})
        for line in plan.notes.split("\n"):
            child(note, _a("p"), text=line)
    preface = child(act, _a("preface"))
    title = child(preface, _a("p"))
    child(title, _a("docTitle"), text=plan.title.strip())  # read back stripped
    body = child(act, _a("body"))
    extras: list[tuple[str, Point]] = []
    for point in plan.points:
        _point(body, point, None, extras)
    _proprietary(meta, plan, extras)
    # The schema orders meta's children: proprietary comes after references and notes.
    return to_bytes(root)
