"""Importing Akoma Ntoso that plandiff did not write: acts with chapters, articles,
paragraphs and lists, docs with sections and block lists; `plandiff import` and `add` on
.xml files; export → import → export through the CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from plandiff.plans.akoma import looks_like_akn, parse_akn
from tests.helpers import Run, assert_no_traceback

CliRun = Callable[..., Run]

ACT = """<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <act name="act">
    <meta>
      <identification source="#x">
        <FRBRWork><FRBRthis value="/akn/za/act/2020/1/!main"/>
          <FRBRuri value="/akn/za/act/2020/1"/>
          <FRBRdate date="2020-01-01" name="Generation"/><FRBRauthor href="#x"/>
          <FRBRcountry value="za"/></FRBRWork>
        <FRBRExpression><FRBRthis value="/akn/za/act/2020/1/eng@2020-03-04/!main"/>
          <FRBRuri value="/akn/za/act/2020/1/eng@2020-03-04"/>
          <FRBRdate date="2020-03-04" name="Generation"/><FRBRauthor href="#x"/>
          <FRBRlanguage language="eng"/></FRBRExpression>
        <FRBRManifestation><FRBRthis value="/akn/za/act/2020/1/eng@2020-03-04/!main"/>
          <FRBRuri value="/akn/za/act/2020/1/eng@2020-03-04"/>
          <FRBRdate date="2020-03-04" name="Generation"/><FRBRauthor href="#x"/>
        </FRBRManifestation>
      </identification>
    </meta>
    <preface><p><docTitle>Water Services Act</docTitle></p></preface>
    <body>
      <chapter eId="chp_1"><num>1</num><heading>General</heading>
        <section eId="sec_1"><num>1.</num><heading>Definitions</heading>
          <content><p>In this Act, <term refersTo="#water">water</term> means water.</p></content>
        </section>
        <section eId="sec_2"><num>2.</num><heading>Duties</heading>
          <subsection eId="sec_2__subsec_1"><num>(1)</num>
            <intro><p>Every municipality must:</p></intro>
            <paragraph eId="sec_2__subsec_1__para_a"><num>(a)</num>
              <content><p>supply water;<authorialNote marker="1" placement="bottom">
                <p>Amended in 2021.</p></authorialNote></p></content>
            </paragraph>
            <paragraph eId="sec_2__subsec_1__para_b"><num>(b)</num>
              <content><p>keep records.</p></content></paragraph>
          </subsection>
          <subsection eId="sec_2__subsec_2"><num>(2)</num>
            <list eId="sec_2__subsec_2__list_1">
              <intro><p>The Minister may:</p></intro>
              <point eId="sec_2__subsec_2__list_1__point_a"><num>(a)</num>
                <content><p>make rules.</p></content></point>
            </list>
          </subsection>
        </section>
      </chapter>
    </body>
  </act>
</akomaNtoso>
"""

DOC = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
<doc name="communique">
<meta><identification source="#x"><FRBRWork><FRBRthis value="/a"/><FRBRuri value="/a"/>
<FRBRdate date="2026-01-06" name="x"/><FRBRauthor href="#x"/><FRBRcountry value="fr"/>
</FRBRWork><FRBRExpression><FRBRthis value="/a/fra"/><FRBRuri value="/a/fra"/>
<FRBRdate date="2026-01-06" name="x"/><FRBRauthor href="#x"/><FRBRlanguage language="fr"/>
</FRBRExpression><FRBRManifestation><FRBRthis value="/a/fra/x"/><FRBRuri value="/a/fra/x"/>
<FRBRdate date="2026-01-06" name="x"/><FRBRauthor href="#x"/></FRBRManifestation>
</identification></meta>
<mainBody>
<section><num>I</num><heading>Garanties</heading><p>Les parties conviennent :</p>
<blockList><listIntroduction>de ce qui suit</listIntroduction>
<item><num>a)</num><p>une force multinationale ;</p></item>
<item><num>b)</num><p>une surveillance.</p></item></blockList></section>
<section><num>II</num><p>Deuxième ligne<br/>suite</p></section>
</mainBody></doc></akomaNtoso>
"""


def test_sniffing() -> None:
    assert looks_like_akn(ACT)
    assert looks_like_akn(DOC)
    assert looks_like_akn("<root/>", "file.XML")
    assert not looks_like_akn("1. Point one\n2. Point two\n", "draft.txt")
    assert not looks_like_akn("1. The akomaNtoso standard\n", "draft.txt")


def test_an_act_with_chapters_sections_subsections_and_lists() -> None:
    plan = parse_akn(ACT.encode(), document="water", version="v1", label="act.xml")
    assert plan.title == "Water Services Act"
    assert plan.date.isoformat() == "2020-03-04"
    assert plan.language == "eng"
    assert [(p.number, p.title) for p in plan.points] == [("1", "Definitions"),
                                                          ("2", "Duties")]
    assert plan.points[0].text == "In this Act, water means water."
    duties = plan.points[1]
    assert [p.number for p in duties.points] == ["(1)", "(2)"]
    first = duties.points[0]
    assert first.text == "Every municipality must:"
    assert [(p.number, p.text) for p in first.points] == [("(a)", "supply water;"),
                                                          ("(b)", "keep records.")]
    assert first.points[0].notes == "Amended in 2021."
    second = duties.points[1]
    assert second.text == "The Minister may:"
    assert [(p.number, p.text) for p in second.points] == [("(a)", "make rules.")]
    assert plan.notes is not None and "1 General" in plan.notes
    ids = [p.id for p in plan.walk()]
    assert len(ids) == len(set(ids)) and ids[0] == "p1"
    assert plan.sources[0].url == "https://plandiff.invalid/import"


def test_a_doc_with_sections_and_block_lists() -> None:
    plan = parse_akn(DOC.encode(), document="declaration", version="2026-01-06", label="d.xml")
    assert plan.language == "fr"
    first, second = plan.points
    assert (first.number, first.title) == ("I", "Garanties")
    assert first.text == "Les parties conviennent :\nde ce qui suit"
    assert [(p.number, p.text) for p in first.points] == [
        ("a)", "une force multinationale ;"), ("b)", "une surveillance.")]
    assert second.text == "Deuxième ligne\nsuite"


STATEMENT = """<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="declaration">
    <meta>
      <identification source="#source">
        <FRBRWork>
          <FRBRthis value="/akn/int/statement/2026-01-06/p/!main"/>
          <FRBRuri value="/akn/int/statement/2026-01-06/p"/>
          <FRBRdate date="2026-01-06" name="Generation"/>
          <FRBRauthor href="#coalition"/>
          <FRBRcountry value="int"/>
        </FRBRWork>
        <FRBRExpression>
          <FRBRthis value="/akn/int/statement/2026-01-06/p/eng@/!main"/>
          <FRBRuri value="/akn/int/statement/2026-01-06/p/eng@"/>
          <FRBRdate date="2026-01-06" name="Generation"/>
          <FRBRauthor href="#coalition"/>
          <FRBRlanguage language="eng"/>
        </FRBRExpression>
        <FRBRManifestation>
          <FRBRthis value="/akn/int/statement/2026-01-06/p/eng@/!main.xml"/>
          <FRBRuri value="/akn/int/statement/2026-01-06/p/eng@.akn"/>
          <FRBRdate date="2026-01-06" name="Generation"/>
          <FRBRauthor href="#coalition"/>
        </FRBRManifestation>
      </identification>
    </meta>
    <preface>
      <p class="title">
        <docTitle>Paris Declaration</docTitle>
      </p>
    </preface>
    <preamble>
      <p>We, the leaders of the coalition, meeting in Paris,</p>
    </preamble>
    <mainBody>
      <p>The leaders declared as follows.</p>
      <paragraph eId="para_1">
        <num>1.</num>
        <content>
          <p>Affirm our support for a ceasefire.</p>
        </content>
      </paragraph>
      <paragraph eId="para_2">
        <num>2.</num>
        <intro>
          <p>Commit to guarantees, namely:</p>
        </intro>
        <list eId="para_2__list_1">
          <point eId="para_2__list_1__point_a">
            <num>(a)</num>
            <content>
              <p>a multinational force;</p>
            </content>
          </point>
          <point eId="para_2__list_1__point_b">
            <num>(b)</num>
            <content>
              <p>a monitoring mechanism led by the United States.</p>
            </content>
          </point>
        </list>
      </paragraph>
      <paragraph eId="para_3">
        <num>3.</num>
        <content>
          <p>Will meet again <date date="2026-02-01" refersTo="#next">in February</date>.</p>
        </content>
      </paragraph>
    </mainBody>
    <conclusions>
      <p>Done at Paris on 6 January 2026.</p>
    </conclusions>
    <attachments>
      <attachment>
        <doc name="annex">
          <meta/>
          <preface>
            <p>Annex: the monitoring mechanism</p>
          </preface>
          <mainBody>
            <p>The mechanism reports weekly.</p>
          </mainBody>
        </doc>
      </attachment>
    </attachments>
  </statement>
</akomaNtoso>
"""


def test_text_outside_the_points_goes_to_the_notes_with_a_report_line() -> None:
    """A declaration's preamble ("We, the leaders ..."), its closing formula, a paragraph
    set in the body before the numbered ones and an annex are the document's words too:
    they go to the version's notes, and the report says where each stood."""
    from plandiff.plans.intake import DraftRequest, import_bytes

    imported = import_bytes(STATEMENT.encode(), "paris.xml", ".xml",
                            DraftRequest(document="paris", version="2026-01-06-paris"))
    plan = imported.plan
    assert plan.title == "Paris Declaration"
    assert [(p.number, p.text) for p in plan.points] == [
        ("1", "Affirm our support for a ceasefire."), ("2", "Commit to guarantees, namely:"),
        ("3", "Will meet again in February.")]
    assert plan.notes == (
        "Preamble:\nWe, the leaders of the coalition, meeting in Paris,\n\n"
        "Conclusions:\nDone at Paris on 6 January 2026.\n\n"
        "Attachment:\nAnnex: the monitoring mechanism\nThe mechanism reports weekly.\n\n"
        "Text between the points:\nThe leaders declared as follows.")
    assert [f.message.split(" went")[0] for f in imported.report.findings] == [
        "the preamble", "the conclusions", "the attachment", "the text between the points"]
    assert all(f.where.startswith("line ") for f in imported.report.findings)


def test_cli_import_and_add_read_xml(cli: CliRun, tmp_path: Path) -> None:
    draft = tmp_path / "act.akn.xml"
    draft.write_text(ACT, encoding="utf-8")
    out = tmp_path / "water.json"
    run = cli("import", str(draft), "--document", "water", "--version", "2020-03-04-act",
              "-o", str(out))
    assert run.code == 0, run.err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["points"][1]["points"][0]["points"][0]["text"] == "supply water;"
    assert data["status"] == "draft" and data["text_kind"] == "official"
    plans = tmp_path / "plans"
    plans.mkdir()
    run = cli("add", str(draft), "--document", "water", "--version", "2020-03-04-act",
              "--plans", str(plans), "--source-url", "https://example.org/act",
              "--source-title", "Act", "--source-publisher", "Gazette")
    assert run.code == 0, run.err
    assert (plans / "water" / "2020-03-04-act.json").is_file()


def test_cli_export_import_export_is_byte_identical(cli: CliRun, tmp_path: Path) -> None:
    first, second = tmp_path / "a.xml", tmp_path / "c.xml"
    ref = "peace-framework@2025-12-24-20-point-ja"
    assert cli("export", ref, "--format", "akn", "-o", str(first)).code == 0
    back = tmp_path / "b.json"
    run = cli("import", str(first), "--document", "peace-framework",
              "--version", "2025-12-24-20-point-ja", "-o", str(back))
    assert run.code == 0, run.err
    assert cli("export", str(back), "-o", str(second)).code == 0
    assert first.read_bytes() == second.read_bytes()
    run = cli("export", ref)
    assert run.code == 0 and run.out.startswith("<?xml")


def test_export_of_a_missing_version_is_an_input_error(cli: CliRun) -> None:
    run = cli("export", "peace-framework@no-such-version")
    assert run.code == 2
    assert_no_traceback(run)
