"""Importing Akoma Ntoso that plandiff did not write: acts with chapters, articles,
paragraphs and lists, docs with sections and block lists; `plandiff import` and `add` on
.xml files; export → import → export through the CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from plandiff.errors import InputError
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
    assert plan.language == "en"
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


def _akn(document: str, inner: str, *, language: str = "eng", head: str = "",
         namespace: str = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0") -> bytes:
    """A minimal Akoma Ntoso file: ``document`` (act, doc, judgment …) holding ``inner``."""
    return (f'<akomaNtoso xmlns="{namespace}"><{document} name="x"><meta><identification '
            'source="#x"><FRBRWork><FRBRthis value="/w"/><FRBRuri value="/w"/><FRBRdate '
            'date="2024-05-06" name="x"/><FRBRauthor href="#x"/><FRBRcountry value="za"/>'
            f'{head}</FRBRWork><FRBRExpression><FRBRthis value="/e"/><FRBRuri value="/e"/>'
            '<FRBRdate date="2024-05-06" name="x"/><FRBRauthor href="#x"/><FRBRlanguage '
            f'language="{language}"/></FRBRExpression><FRBRManifestation><FRBRthis value="/m"/>'
            '<FRBRuri value="/m"/><FRBRdate date="2024-05-06" name="x"/><FRBRauthor href="#x"/>'
            f'</FRBRManifestation></identification></meta>{inner}</{document}></akomaNtoso>'
            ).encode()


def _section(number: str, text: str) -> str:
    return f"<section><num>{number}</num><content><p>{text}</p></content></section>"


def test_a_document_collection_loses_no_component() -> None:
    """A documentCollection's components are documents of their own: the first whose body
    holds numbered units gives the points (a covering note without any does not stop the
    import), every other component's words go to the notes, as attachments do."""
    from plandiff.plans.intake import DraftRequest, import_bytes

    def component(body: str) -> str:
        return f'<component><doc name="part"><mainBody>{body}</mainBody></doc></component>'

    inner = ("<preface><p><docTitle>Two texts</docTitle></p></preface><collectionBody>"
             + component("<p>A covering note on the package.</p>")
             + component("<paragraph><num>1.</num><content><p>Lamps are lit at dusk.</p>"
                         "</content></paragraph><paragraph><num>2.</num><content><p>Lamps "
                         "are put out at dawn.</p></content></paragraph>")
             + component("<paragraph><num>1.</num><content><p>Keepers are paid monthly.</p>"
                         "</content></paragraph>")
             + "</collectionBody>")
    imported = import_bytes(_akn("documentCollection", inner), "c.xml", ".xml",
                            DraftRequest(document="lamps", version="2024-05-06-c"))
    plan = imported.plan
    assert plan.title == "Two texts"
    assert [(p.number, p.text) for p in plan.points] == [
        ("1", "Lamps are lit at dusk."), ("2", "Lamps are put out at dawn.")]
    assert plan.notes == ("Component:\nA covering note on the package.\n\n"
                          "Component:\n1.\nKeepers are paid monthly.")
    assert [f.message.split(" went")[0] for f in imported.report.findings] == [
        "the component"]


def test_a_crossheading_container_only_groups() -> None:
    """legislation.gov.uk and Laws.Africa set sections under ``hcontainer
    name="crossheading"``, a heading with no number: it groups, like a part, and is no point
    of its own (the sections were sub-points of a point "1" titled by the cross-heading)."""
    inner = ('<body><hcontainer name="crossheading"><heading>Lights</heading>'
             + _section("1", "Every harbour keeps a light.")
             + _section("2", "The light burns all night.")
             + "</hcontainer>" + _section("3", "This Act is the Lights Act.") + "</body>")
    plan = parse_akn(_akn("act", inner), document="lights", version="v1", label="uk.xml")
    assert [(p.number, p.text, len(p.points)) for p in plan.points] == [
        ("1", "Every harbour keeps a light.", 0), ("2", "The light burns all night.", 0),
        ("3", "This Act is the Lights Act.", 0)]
    assert plan.notes == "Heading: Lights"


@pytest.mark.parametrize("cross", [
    '<hcontainer eId="hcontainer_{n}" name="crossheading"><heading>{text}</heading>'
    "</hcontainer>",
    '<crossHeading eId="crossHeading_{n}">{text}</crossHeading>'])
def test_a_crossheading_between_the_sections_is_a_heading(cross: str) -> None:
    """Laws.Africa writes a cross-heading as an ``hcontainer`` holding only its heading,
    set between the sections it heads (AKN 3's ``crossHeading`` alike): a heading in the
    notes, no point. The hcontainer was an empty point numbered in order, "1" beside section
    1 and "4" beside section 4; the ``crossHeading`` went to the notes as text."""
    inner = ("<body>" + cross.format(n=1, text="Cessation of hostilities")
             + _section("1.", "Fire stops.") + _section("2.", "Forces withdraw.")
             + cross.format(n=2, text="Prisoners")
             + _section("3.", "Prisoners are exchanged.") + _section("4.", "Bodies go home.")
             + "</body>")
    plan = parse_akn(_akn("act", inner), document="truce", version="v1", label="la.xml")
    assert [(p.number, p.title, p.text) for p in plan.walk()] == [
        ("1", None, "Fire stops."), ("2", None, "Forces withdraw."),
        ("3", None, "Prisoners are exchanged."), ("4", None, "Bodies go home.")]
    assert plan.notes == "Heading: Cessation of hostilities\n\nHeading: Prisoners"


def test_a_judgment_body_gives_its_numbered_paragraphs() -> None:
    """A judgment's paragraphs stand in its introduction, background, motivation and
    decision: they are points; the unnumbered words there go to the notes."""
    inner = ("<judgmentBody><introduction><p>The appeal is heard.</p></introduction>"
             "<background><paragraph><num>1.</num><content><p>The facts are not in dispute."
             "</p></content></paragraph></background><decision><paragraph><num>2.</num>"
             "<content><p>The appeal fails.</p></content></paragraph></decision>"
             "</judgmentBody>")
    plan = parse_akn(_akn("judgment", inner), document="case", version="v1", label="j.xml")
    assert [(p.number, p.text) for p in plan.points] == [
        ("1", "The facts are not in dispute."), ("2", "The appeal fails.")]
    assert plan.notes == "Text between the points:\nThe appeal is heard."


def test_blocks_keep_their_own_lines_and_words_apart() -> None:
    """A table row is one line with its cells apart (the web page reader's rule), each
    recital and citation of a preamble is a line with its number, a signature's parts are
    lines; eop (a printed page's end) runs the sentence on, as eol does; an editorial remark
    is a note, not the text."""
    inner = ("<preamble><citations><citation><p>Having regard to the charter,</p></citation>"
             "<citation><p>Having regard to the opinion,</p></citation></citations>"
             "<recitals><recital><num>(1)</num><p>Rivers cross borders.</p></recital>"
             "<recital><num>(2)</num><p>Rules differ.</p></recital></recitals></preamble>"
             "<body><section><num>1.</num><content><p>Fees:</p><table><tr><th><p>Use</p></th>"
             "<th><p>Fee</p></th></tr><tr><td><p>Picnic site</p></td><td><p>R50</p></td></tr>"
             "</table><p>One line<eop/>next page.</p><p><remark status=\"editorial\">[Amended "
             "in 2022]</remark></p></content></section></body>"
             "<conclusions><block name=\"signatory\"><signature><organization>For the "
             "council</organization><role>The Mayor</role></signature></block></conclusions>")
    plan = parse_akn(_akn("act", inner), document="fees", version="v1", label="f.xml")
    (point,) = plan.points
    assert point.text == "Fees:\nUse Fee\nPicnic site R50\nOne line next page."
    assert point.notes == "[Amended in 2022]"
    assert plan.notes == (
        "Preamble:\nHaving regard to the charter,\nHaving regard to the opinion,\n"
        "(1) Rivers cross borders.\n(2) Rules differ.\n\n"
        "Conclusions:\nFor the council\nThe Mayor")


def test_frbr_three_letter_languages_are_the_plan_tags() -> None:
    """Akoma Ntoso names the language with ISO 639-2 codes (eng, fra, jpn); a plan's tag is
    BCP 47 (en, fr, ja), so an imported act compares with the English versions and a
    Japanese one is read character by character. Codes with no short form stay."""
    for code, tag in (("eng", "en"), ("fra", "fr"), ("fre", "fr"), ("jpn", "ja"),
                      ("ukr", "uk"), ("rus", "ru"), ("deu", "de"), ("en", "en"),
                      ("nso", "nso")):
        plan = parse_akn(_akn("act", "<body>" + _section("1", "Text.") + "</body>",
                              language=code), document="x", version="v1", label="l.xml")
        assert plan.language == tag, code


def test_the_title_falls_back_to_the_short_title_and_the_title_alias() -> None:
    """Without a docTitle, the short title of the preface (legislation.gov.uk) or the
    FRBRalias named title (Laws.Africa) is the title, before the FRBRname citation."""
    body = "<body>" + _section("1", "Text.") + "</body>"
    uk = parse_akn(_akn("act", '<preface><p class="title"><shortTitle>Lights Act 2020'
                        "</shortTitle></p></preface>" + body,
                        head='<FRBRname value="2020 c. 99"/>'),
                   document="x", version="v1", label="uk.xml")
    assert uk.title == "Lights Act 2020"
    assert uk.notes is None  # the line holding the title is not repeated in the notes
    za = parse_akn(_akn("act", body, head='<FRBRalias value="Parks By-law" name="title"/>'),
                   document="x", version="v1", label="za.xml")
    assert za.title == "Parks By-law"


def test_a_dublin_core_title_comes_before_the_long_title() -> None:
    """A file whose only short title is the Dublin Core ``dc:title`` of its ``proprietary``
    block (legislation.gov.uk's metadata, other publishers' exports) is titled by it, not by
    the long title's description ("An Act to make provision about ...")."""
    body = ("<preface><longTitle><p>An Act to make provision about support; and for "
            "connected purposes.</p></longTitle></preface><body>" + _section("1", "Text.")
            + "</body>")
    dc = ('<proprietary source="#x" xmlns:dc="http://purl.org/dc/elements/1.1/">'
          "<dc:title>Support Act 2026</dc:title></proprietary>")
    plan = parse_akn(_akn("act", body).replace(b"</identification>",
                                               b"</identification>" + dc.encode()),
                     document="x", version="v1", label="uk.xml")
    assert plan.title == "Support Act 2026"
    # the long title is then text of the preface like any other, kept in the notes
    assert plan.notes == ("Preface:\nAn Act to make provision about support; and for "
                          "connected purposes.")


_LONG_TITLE = ("<longTitle><p><docStage>Proposal for a</docStage><docType>REGULATION OF THE "
               "COUNCIL</docType><docPurpose>on a fund for rebuilding</docPurpose></p>"
               "</longTitle>")


def test_an_akn4eu_bill_is_titled_by_its_long_title() -> None:
    """The EU's drafting tools (AKN4EU) title a bill only by its long title, its parts set
    side by side with no space (``docStage``, ``docType``, ``docPurpose``), on the cover
    page and in the preface: that is the title, read with its parts apart, and the preface's
    line is not repeated in the notes (the version was titled "x v1"). A docTitle, a short
    title and a title alias still come first."""
    body = "<body>" + _section("1", "Text.") + "</body>"
    bill = parse_akn(_akn("bill", f"<coverPage>{_LONG_TITLE}</coverPage><preface>"
                          f"{_LONG_TITLE}</preface>{body}"), document="x", version="v1",
                     label="eu.xml")
    assert bill.title == "Proposal for a REGULATION OF THE COUNCIL on a fund for rebuilding"
    assert bill.notes is None
    za = parse_akn(_akn("act", f"<preface>{_LONG_TITLE}</preface>{body}",
                        head='<FRBRalias value="Fund Act" name="title"/>'),
                   document="x", version="v1", label="za.xml")
    assert za.title == "Fund Act"
    assert za.notes == ("Preface:\nProposal for a REGULATION OF THE COUNCIL on a fund for "
                        "rebuilding")


def test_unnumbered_subparagraphs_and_alineas_are_their_points_text() -> None:
    """An EU act's article or paragraph in unnumbered subparagraphs (AKN4EU), a French
    text's alineas: paragraphs of the point's text, as the act prints them (they were
    sub-points numbered 2.1, 2.1.1, 2.1.2, under an empty one); a numbered subparagraph
    stays a point of its own."""
    def sub(kind: str, text: str, number: str = "") -> str:
        num = f"<num>{number}</num>" if number else ""
        return f"<{kind}>{num}<content><p>{text}</p></content></{kind}>"

    inner = ("<body><article><num>Article 1</num><paragraph><num>1.</num>"
             + sub("subparagraph", "A fund is set up.") + sub("subparagraph", "It has a board.")
             + "</paragraph><paragraph><num>2.</num>" + sub("subparagraph", "The fund pays:")
             + '<list><point><num>(a)</num><content><p>housing;</p></content></point>'
             "<point><num>(b)</num><content><p>roads.</p></content></point></list>"
             "</paragraph></article><article><num>Article 2</num><paragraph>"
             + sub("subparagraph", "It enters into force at once.")
             + sub("subparagraph", "It applies from 2027.") + "</paragraph></article>"
             + "<article><num>Article 3</num>" + sub("alinea", "Un premier alinéa.")
             + sub("alinea", "Un second alinéa.") + sub("subparagraph", "Numbered.", "(x)")
             + "</article><section><num>4</num>" + sub("paragraph", "term means thing;")
             + "</section></body>")
    plan = parse_akn(_akn("act", inner), document="x", version="v1", label="eu.xml")
    assert [(p.number, p.text) for p in plan.walk()] == [
        ("1", ""), ("1(1)", "A fund is set up.\nIt has a board."),
        ("1(2)", "The fund pays:"), ("(a)", "housing;"), ("(b)", "roads."),
        ("2", "It enters into force at once.\nIt applies from 2027."),
        ("3", "Un premier alinéa.\nUn second alinéa."), ("(x)", "Numbered."),
        ("4", "term means thing;")]


def test_a_japanese_acts_full_width_paragraph_numbers_are_its_paragraphs() -> None:
    """A Japanese act numbers an article's paragraphs in full-width digits (``２``): they
    are 1(2), as "2." is, so the paragraph numbers of two articles no longer read alike and
    its id is made from the number ("２" stood bare beside article 2, its id "p1-x")."""
    inner = ("<body><article><num>第１条</num><paragraph><num>１</num><content><p>停戦する。</p>"
             "</content></paragraph><paragraph><num>２</num><content><p>監視する。</p>"
             "</content></paragraph></article><article><num>第２条</num><content><p>交換する。"
             "</p></content></article></body>")
    plan = parse_akn(_akn("act", inner, language="jpn"), document="x", version="v1",
                     label="ja.xml")
    assert [(p.number, p.id) for p in plan.walk()] == [
        ("1", "p1"), ("1(1)", "p1-1"), ("1(2)", "p1-2"), ("2", "p2")]


def test_a_footnote_in_a_number_or_a_heading_goes_to_the_notes() -> None:
    """An ``authorialNote`` inside a ``num`` (a renumbering's footnote) or a chapter's
    heading: its words go to the point's notes (or after the heading in the version's
    notes), never into the number ("1Renumbered by the 2026 amendmen", its id made of it)."""
    note = '<authorialNote marker="*"><p>{}</p></authorialNote>'
    inner = ("<body><chapter><num>I</num><heading>Truce" + note.format("Heading of 2026.")
             + "</heading><section><num>1" + note.format("Renumbered in 2026.") + "</num>"
             "<content><p>Fire stops.</p></content></section></chapter></body>")
    plan = parse_akn(_akn("act", inner), document="x", version="v1", label="n.xml")
    assert [(p.number, p.id, p.text, p.notes) for p in plan.walk()] == [
        ("1", "p1", "Fire stops.", "Renumbered in 2026.")]
    assert plan.notes == "Heading: I Truce\nNote: Heading of 2026."


def test_cyrillic_and_kanji_sub_points_have_the_ids_the_text_importer_gives() -> None:
    """Sub-points lettered ``а)``, ``в)`` (Ukrainian) or numbered ``一``, ``二`` (Japanese):
    ids from their labels, as the same draft imported as text has them (``p1-a``, ``p1-v``;
    ``p2-1``). They were ``p1-x``, ``p1-x-2``: made from the order, so a sub-point
    inserted in the next version moved every id after it."""
    from plandiff.plans.intake import DraftRequest, import_bytes

    def items(*pairs: tuple[str, str]) -> str:
        return "".join(f"<point><num>{n}</num><content><p>{t}</p></content></point>"
                       for n, t in pairs)
    inner = ("<body><article><num>1.</num><intro><p>Сторони:</p></intro>"
             + items(("а)", "відводять війська;"), ("в)", "обмінюються полоненими."))
             + "</article><article><num>2.</num><intro><p>Далі:</p></intro>"
             + items(("一", "監視"), ("二", "交換")) + "</article></body>")
    plan = parse_akn(_akn("act", inner, language="ukr"), document="x", version="v1",
                     label="u.xml")
    assert [p.id for p in plan.walk()] == ["p1", "p1-a", "p1-v", "p2", "p2-1", "p2-2"]
    pasted = "1. Сторони:\nа) відводять війська;\nв) обмінюються полоненими.\n"
    text = import_bytes(pasted.encode(), "u.txt", ".txt",
                        DraftRequest(document="x", version="2026-01-01-text"))
    assert [p.id for p in text.plan.walk()] == ["p1", "p1-a", "p1-v"]


def test_an_hcontainer_of_words_between_numbered_sections_is_no_point() -> None:
    """Words set in an unnumbered ``hcontainer`` between two numbered sections go to the
    notes as text between the points: counted as a point, they took the number 2 that the
    next section holds, and its id. Where no unit is numbered, hcontainers stay the points."""
    inner = ("<body>" + _section("1.", "Fire stops.") + '<hcontainer name="hcontainer">'
             "<content><p>What follows applies in the east.</p></content></hcontainer>"
             + _section("2.", "Forces withdraw.") + "</body>")
    plan = parse_akn(_akn("act", inner), document="x", version="v1", label="h.xml")
    assert [(p.number, p.id, p.text) for p in plan.walk()] == [
        ("1", "p1", "Fire stops."), ("2", "p2", "Forces withdraw.")]
    assert plan.notes == "Text between the points:\nWhat follows applies in the east."
    only = parse_akn(_akn("doc", "<mainBody>" + "".join(
        f"<hcontainer><content><p>{t}</p></content></hcontainer>" for t in ("One.", "Two."))
        + "</mainBody>"), document="x", version="v1", label="d.xml")
    assert [(p.number, p.text) for p in only.walk()] == [("1", "One."), ("2", "Two.")]


def test_indents_numbered_by_a_dash_are_numbered_in_order() -> None:
    """An EU act's indents carry a dash as their ``num`` (``—``): no number, so they are
    numbered in order under their paragraph as a bulleted list is (1(1).1, 1(1).2); both
    stood at "1(1)—", one place for two points, their ids made from the order."""
    from plandiff.engine.compare import point_paths

    indents = "".join(f"<indent><num>{dash}</num><content><p>{text}</p></content></indent>"
                      for dash, text in (("—", "one;"), ("–", "two;"), ("•", "three.")))
    inner = ("<body><article><num>Article 1</num><paragraph><num>1.</num><list><intro><p>"
             f"Members:</p></intro>{indents}</list></paragraph></article></body>")
    plan = parse_akn(_akn("bill", inner), document="x", version="v1", label="e.xml")
    assert [(p.number, p.id) for p in plan.walk()] == [
        ("1", "p1"), ("1(1)", "p1-1"), ("1(1).1", "p1-1-1"), ("1(1).2", "p1-1-2"),
        ("1(1).3", "p1-1-3")]
    paths = list(point_paths(plan.points).values())
    assert len(paths) == len(set(paths)), paths


def test_a_portion_of_an_act_gives_its_provisions() -> None:
    """A ``portion`` (one provision or chapter of an act, as a legislation site serves it on
    its own) holds them in a ``portionBody``: they are the points (it was refused, "no body
    or mainBody element")."""
    inner = ('<portionBody><chapter><num>2</num><heading>Truce</heading>'
             + _section("4.", "Fire stops.") + _section("5.", "Guns go back.")
             + "</chapter></portionBody>")
    plan = parse_akn(_akn("portion", inner), document="x", version="v1", label="p.xml")
    assert [(p.number, p.text) for p in plan.walk()] == [("4", "Fire stops."),
                                                         ("5", "Guns go back.")]
    assert plan.notes == "Heading: 2 Truce"


@pytest.mark.parametrize("first", ["Article 1er", "Article 1er.", "1er", "Article 1ᵉʳ"])
def test_a_french_first_article_is_one(first: str) -> None:
    """French law numbers its first article ``Article 1er``: it is article 1, as the same
    text pasted reads (it was "1er", beside a draft's "1", its id "p1er")."""
    inner = (f"<body><article><num>{first}</num><content><p>Le feu cesse.</p></content>"
             "</article><article><num>Article 2</num><content><p>Les prisonniers rentrent."
             "</p></content></article></body>")
    plan = parse_akn(_akn("act", inner, language="fra"), document="x", version="v1",
                     label="f.xml")
    assert [(p.number, p.id) for p in plan.walk()] == [("1", "p1"), ("2", "p2")]


def test_points_only_in_an_attachment_keep_the_main_words() -> None:
    """An act whose body says only where the provisions are (in its schedule): the
    schedule's numbered paragraphs are the points, the body's words go to the notes."""
    inner = ("<body><p>The rules are in the Schedule.</p></body><attachments><attachment>"
             '<doc name="schedule"><mainBody><paragraph><num>1.</num><content><p>Gates '
             "close at nine.</p></content></paragraph></mainBody></doc></attachment>"
             '<attachment><doc name="annex"><mainBody><p>A map.</p></mainBody></doc>'
             "</attachment></attachments>")
    plan = parse_akn(_akn("act", inner), document="x", version="v1",
                     label="s.xml")
    assert [(p.number, p.text) for p in plan.points] == [("1", "Gates close at nine.")]
    assert plan.notes == ("Attachment:\nA map.\n\n"
                          "Text between the points:\nThe rules are in the Schedule.")


def test_a_quoted_structure_keeps_its_lines() -> None:
    """An amending section quotes the section it inserts (``mod``/``quotedStructure``): the
    quoted section's number, heading and subsections are lines of the amending point's text,
    within the quote marks, not one run of words ("4A.Lamps(1)Every lamp …")."""
    inner = ('<body><section><num>1.</num><content><p>After section 4 insert:</p><p><mod>'
             '<quotedStructure startQuote="“" endQuote="”"><section><num>4A.</num><heading>'
             "Lamps</heading><subsection><num>(1)</num><content><p>Every lamp is lit.</p>"
             "</content></subsection><subsection><num>(2)</num><intro><p>A keeper:</p></intro>"
             "<paragraph><num>(a)</num><content><p>logs it.</p></content></paragraph>"
             "</subsection></section></quotedStructure></mod></p></content></section>"
             "<section><num>2.</num><content><p>For <mod><quotedText>“ten”</quotedText> put "
             "<quotedText>“twelve”</quotedText></mod>.</p></content></section></body>")
    plan = parse_akn(_akn("act", inner), document="x", version="v1", label="a.xml")
    assert [(p.number, p.text, len(p.points)) for p in plan.points] == [
        ("1", "After section 4 insert:\n“4A. Lamps\n(1) Every lamp is lit.\n(2) A keeper:\n"
              "(a) logs it.”", 0),
        ("2", "For “ten” put “twelve”.", 0)]


def test_footnotes_outside_the_text_are_kept() -> None:
    """A footnote (authorialNote) in a recital or in text between the points goes to the
    notes with the words around it, not nowhere; one in a heading goes to the point's notes,
    not into its title."""
    inner = ('<preamble><recitals><recital><num>(1)</num><p>Rivers matter<authorialNote '
             'marker="1" placement="bottom"><p>Journal C 1, page 1.</p></authorialNote>.</p>'
             "</recital></recitals></preamble><body><p>Between<authorialNote marker=\"2\"><p>"
             "A stray note.</p></authorialNote></p><section><num>1.</num><heading>Lamps"
             '<authorialNote marker="3"><p>A heading note.</p></authorialNote></heading>'
             "<content><p>Text.</p></content></section></body>")
    plan = parse_akn(_akn("act", inner), document="x", version="v1", label="n.xml")
    (point,) = plan.points
    assert (point.title, point.text, point.notes) == ("Lamps", "Text.", "A heading note.")
    assert plan.notes == ("Preamble:\n(1) Rivers matter.\nNote: Journal C 1, page 1.\n\n"
                          "Text between the points:\nBetween\nNote: A stray note.")


def test_unnumbered_sub_points_are_numbered_under_their_parent() -> None:
    """Laws.Africa writes a definitions section's paragraphs with no num: they are numbered
    in order under the section (1.1, 1.2 …, as the text importer numbers a bulleted list),
    so no place a diff prints is another point's ("10" was both section 10 and the tenth
    definition)."""
    from plandiff.engine.compare import point_paths

    definitions = "".join(f"<paragraph><content><p>term {i} means thing {i};</p></content>"
                          "</paragraph>" for i in range(1, 13))
    inner = ("<body><section><num>1.</num><heading>Definitions</heading><intro><p>In this "
             f"Act:</p></intro>{definitions}</section>"
             + "".join(_section(f"{n}.", f"Rule {n}.") for n in range(2, 13))
             + "<section><num>13.</num><subsection><num>(1)</num><paragraph><content><p>A."
             "</p></content></paragraph><paragraph><content><p>B.</p></content></paragraph>"
             "</subsection></section></body>")
    plan = parse_akn(_akn("act", inner), document="x", version="v1", label="d.xml")
    first = plan.points[0]
    assert [p.number for p in first.points][:3] == ["1.1", "1.2", "1.3"]
    assert first.points[9].number == "1.10"
    assert plan.points[-1].points[0].points[0].number == "(1).1"
    paths = list(point_paths(plan.points).values())
    assert len(paths) == len(set(paths)), sorted(p for p in paths if paths.count(p) > 1)


def test_numbers_of_a_producer_that_writes_wids_and_article_paragraphs() -> None:
    """Many producers write a wId beside each eId: their numbers lose the word and the dot
    as any other producer's do ("Article 1" is 1; only plandiff's own export keeps its
    numbers as written). An article's paragraphs numbered "1." are 1(1), 1(2), as the text
    importer numbers an article's paragraphs, so no paragraph stands at its article's place
    ("1" was both Article 1 and its paragraph 1)."""
    from plandiff.engine.compare import point_paths

    inner = ('<body><article eId="art_1" wId="art_1"><num>Article 1</num><paragraph '
             'eId="art_1__para_1" wId="art_1__para_1"><num>1.</num><list><intro><p>It covers:'
             '</p></intro><point eId="a" wId="a"><num>(a)</num><content><p>rivers.</p>'
             "</content></point></list></paragraph><paragraph><num>2.</num><content><p>Two."
             '</p></content></paragraph></article><article eId="art_2" wId="art_2"><num>'
             "Article 2</num><content><p>More.</p></content></article></body>")
    plan = parse_akn(_akn("act", inner), document="x", version="v1", label="w.xml")
    assert [p.number for p in plan.walk()] == ["1", "1(1)", "(a)", "1(2)", "2"]
    assert [p.id for p in plan.walk()][:3] == ["art_1", "art_1__para_1", "a"]
    paths = point_paths(plan.points)
    assert list(paths.values()) == ["1", "1(1)", "1(1)(a)", "1(2)", "2"]


def test_an_xml_file_in_utf16_is_refused_as_akoma_ntoso() -> None:
    """A *.xml file must be Akoma Ntoso: in UTF-16 it is refused as such (exit 2, "XML in
    UTF-16"), not read as a text draft that then asks for a date."""
    from plandiff.errors import InputError
    from plandiff.plans.intake import DraftRequest, import_bytes

    data = ('<?xml version="1.0" encoding="UTF-16"?>\n' + STATEMENT).encode("utf-16")
    with pytest.raises(InputError) as caught:
        import_bytes(data, "s.xml", ".xml", DraftRequest(document="x", version="v1"))
    assert str(caught.value) == "s.xml: XML in UTF-16; an Akoma Ntoso document is UTF-8"


def test_an_article_whose_only_paragraph_has_no_number_keeps_it_as_its_text() -> None:
    """An EU bill writes an article of one paragraph as an unnumbered ``paragraph``: its
    words are the article's text, as a text draft of the same article gives them, not a
    sub-point "2.1" under an article with no text. Two unnumbered paragraphs stay
    sub-points, and so does a single one with sub-points of its own."""
    one = ("<article><num>Article 2</num><heading>Entry into force</heading><paragraph>"
           "<content><p>It applies from 1 May.</p></content></paragraph></article>")
    two = ("<article><num>Article 3</num><paragraph><content><p>First.</p></content>"
           "</paragraph><paragraph><content><p>Second.</p></content></paragraph></article>")
    nested = ("<article><num>Article 4</num><paragraph><list><intro><p>It covers:</p></intro>"
              "<point><num>(a)</num><content><p>rivers.</p></content></point></list>"
              "</paragraph></article>")
    plan = parse_akn(_akn("bill", f"<body>{one}{two}{nested}</body>"), document="x",
                     version="v1", label="b.xml")
    assert [(p.number, p.title, p.text, [c.number for c in p.points]) for p in plan.points] == [
        ("2", "Entry into force", "It applies from 1 May.", []),
        ("3", None, "", ["3.1", "3.2"]),
        ("4", None, "", ["4.1"])]


@pytest.mark.parametrize(("code", "tag"), [
    ("eng", "en"), ("ger", "de"), ("deu-AT", "de-AT"), ("fre", "fr"), ("bre", "br"),
    ("wln", "wa"), ("ukr", "uk"), ("jpn", "ja"), ("chi", "zh"), ("fra-CA", "fr-CA")])
def test_an_iso_639_2_language_becomes_the_plans_tag(code: str, tag: str) -> None:
    """Any ISO 639-2 code (bibliographic or terminology form) is read as the two-letter tag
    a plan holds, not only the ones a hand-written table listed (Breton and Walloon were
    imported as "bre" and "tgl")."""
    plan = parse_akn(DOC.replace('language="fr"', f'language="{code}"').encode(),
                     document="declaration", version="2026-01-06", label="d.xml")
    assert plan.language == tag


def test_articles_numbered_in_roman_numerals() -> None:
    """A treaty's ``<num>Article IV</num>`` is 4, as the text importer reads ``ARTICLE IV``
    and as ``Article 4`` is 4 (it stayed "Article IV", so the same treaty imported from its
    text and from its XML had different numbers)."""
    inner = ("<body>" + "".join(
        f"<article><num>{num}</num><content><p>Clause {i}.</p></content></article>"
        for i, num in enumerate(("Article I", "ARTICLE II.", "Article III", "Article IV"), 1))
        + "<article><num>Article M</num><content><p>Odd.</p></content></article></body>")
    plan = parse_akn(_akn("act", inner), document="x", version="v1", label="t.xml")
    assert [p.number for p in plan.points] == ["1", "2", "3", "4", "Article M"]


def test_an_end_of_line_inside_a_sentence_is_a_space() -> None:
    """``<eol/>`` (and ``<eop/>``) mark where the printed text broke a line (or a page): the
    sentence runs on, a space between its words (none where ``breakAt`` says a word was
    broken); the point is one paragraph and exports as one ``<p>``."""
    inner = ("<body><section><num>1.</num><content><p>The parties observe a full<eol/>"
             "ceasefire along the whole<eol/> line of contact.</p></content></section>"
             "<section><num>2.</num><content><p>Prisoners are ex<eol breakAt=\"2\"/>changed "
             "within<eop/>thirty days.</p></content></section></body>")
    plan = parse_akn(_akn("act", inner), document="accord", version="v1", label="a.xml")
    assert [p.text for p in plan.points] == [
        "The parties observe a full ceasefire along the whole line of contact.",
        "Prisoners are exchanged within thirty days."]
    from plandiff.render.akn import render_akn
    exported = render_akn(plan).decode()
    assert exported.count("<p>The parties observe a full ceasefire") == 1


def test_a_note_referenced_from_the_text_is_the_points_note() -> None:
    """A note kept in ``meta/notes`` and referenced from a point's text by ``noteRef`` is
    that point's note (as an ``authorialNote`` in the text is); a note no text references
    goes to the version's notes. Export writes the point's note back (an ``authorialNote``)
    and reading the export gives it again."""
    head_notes = ('<notes source="#x"><note eId="n1"><p>Agreed at the second round.</p>'
                  '</note><note eId="n2"><p>Text as initialled.</p></note></notes>')
    inner = ("<body><section><num>1.</num><content><p>The parties observe a full ceasefire."
             '<noteRef href="#n1" marker="1"/></p></content></section>'
             "<section><num>2.</num><content><p>Prisoners are exchanged.</p></content>"
             "</section></body>")
    data = _akn("act", inner).replace(b"</identification>",
                                      b"</identification>" + head_notes.encode())
    plan = parse_akn(data, document="accord", version="v1", label="a.xml")
    assert [(p.text, p.notes) for p in plan.points] == [
        ("The parties observe a full ceasefire.", "Agreed at the second round."),
        ("Prisoners are exchanged.", None)]
    assert plan.notes == "Notes:\nText as initialled."
    from plandiff.render.akn import render_akn
    again = parse_akn(render_akn(plan), document="accord", version="v1", label="b.xml")
    assert [(p.text, p.notes) for p in again.points] == [(p.text, p.notes)
                                                          for p in plan.points]


def test_an_attachments_printed_line_ends_keep_its_words_apart() -> None:
    """An annex read as text (its words to the version's notes) keeps the words on either
    side of an ``eol`` apart: "both banks", not "bothbanks"."""
    inner = (_section("1.", "Gates close at nine.").join(("<body>", "</body>"))
             + '<attachments><attachment><doc name="annex"><mainBody><p>A map of both<eol/>'
             "banks.</p></mainBody></doc></attachment></attachments>")
    plan = parse_akn(_akn("act", inner), document="x", version="v1", label="s.xml")
    assert plan.notes == "Attachment:\nA map of both banks."


def test_a_title_broken_over_printed_lines_keeps_its_words_apart() -> None:
    """A ``docTitle`` (or ``shortTitle``) set over two printed lines (``<eol/>`` in it) is
    one title with a space there, and its preface line is still known as the title's."""
    body = "<body>" + _section("1", "Text.") + "</body>"
    for tag in ("docTitle", "shortTitle"):
        plan = parse_akn(_akn("act", f"<preface><p><{tag}>Framework agreement on the<eol/>"
                              f"settlement</{tag}></p></preface>" + body),
                         document="x", version="v1", label="t.xml")
        assert plan.title == "Framework agreement on the settlement", tag
        assert plan.notes is None, tag


def test_a_wrap_up_after_the_sub_points_is_the_points_closing_words() -> None:
    """A ``wrapUp`` after a provision's sub-points (and a list's ``wrapUp``, a block list's
    ``listWrapUp``) holds the parent's closing words: they follow its lead-in as a paragraph
    of its own, as a web page's closing words after a nested list do, not as one more line
    of the lead-in."""
    from lxml import etree

    from plandiff.render.akn import AKN, render_akn
    from tests.render.test_akn import XSD

    body = (
        "<body><section><num>4.</num><heading>Prisoners</heading>"
        "<intro><p>The parties release, within thirty days:</p></intro>"
        "<paragraph><num>(a)</num><content><p>all detained civilians;</p></content></paragraph>"
        "<paragraph><num>(b)</num><content><p>all wounded soldiers.</p></content></paragraph>"
        "<wrapUp><p>A joint commission checks every release.</p></wrapUp></section>"
        "<section><num>5.</num><list><intro><p>Each party must:</p></intro>"
        "<point><num>(a)</num><content><p>open the crossings;</p></content></point>"
        "<point><num>(b)</num><content><p>keep them open.</p></content></point>"
        "<wrapUp><p>unless fighting resumes.</p></wrapUp></list></section>"
        "<section><num>6.</num><content><blockList><listIntroduction>The fund pays for"
        "</listIntroduction><item><num>(a)</num><p>housing;</p></item><item><num>(b)</num>"
        "<p>roads.</p></item><listWrapUp>in the regions named in Annex 2.</listWrapUp>"
        "</blockList></content></section></body>")
    plan = parse_akn(_akn("act", body), document="x", version="2024-05-06", label="a.xml")
    assert [(p.number, p.text) for p in plan.points] == [
        ("4", "The parties release, within thirty days:\n\nA joint commission checks every "
              "release."),
        ("5", "Each party must:\n\nunless fighting resumes."),
        ("6", "The fund pays for\n\nin the regions named in Annex 2.")]
    assert [p.text for p in plan.points[0].points] == ["all detained civilians;",
                                                        "all wounded soldiers."]
    data = render_akn(plan)
    root = etree.fromstring(data)
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    assert schema.validate(root), schema.error_log.filter_from_errors()[:3]
    point = root.find(f".//{{{AKN}}}point[@wId='p4']")
    assert point is not None
    assert [etree.QName(sub).localname for sub in point][-1] == "wrapUp"
    assert "".join(point.find(f"{{{AKN}}}wrapUp").itertext()) == \
        "A joint commission checks every release."
    again = parse_akn(data, document="x", version="2024-05-06", label="a.xml")
    assert again == plan and render_akn(again) == data


def test_a_number_with_a_separator_after_it_is_the_number() -> None:
    """``<num>Article 2 -</num>``, ``Art. 3 –``, ``Section 4:``, ``5 —``: producers that set
    the separator between number and heading inside ``num`` (a Word template's "Article 2 -
    Scope" split by a converter). The number stayed "Article 2 -", unlike the same article
    in a text, where ``Article 2 - Scope`` is 2."""
    inner = ("<body>" + "".join(
        f"<article><num>{num}</num><content><p>Clause {i}.</p></content></article>"
        for i, num in enumerate(("Article 1 -", "Art. 2 –", "Section 3:", "4 —", "5"), 1))
        + "</body>")
    plan = parse_akn(_akn("act", inner), document="x", version="v1", label="t.xml")
    assert [p.number for p in plan.points] == ["1", "2", "3", "4", "5"]


@pytest.mark.parametrize(("levels", "refused"), [(31, False), (32, True)])
def test_points_nest_only_as_deep_as_a_plan_file_holds(levels: int, refused: bool) -> None:
    """A point level takes two JSON levels in a plan file: 31 levels of points fit the
    default nesting limit of 64; 32 were imported into a plan the loader then refused."""
    from plandiff.errors import InputError
    from plandiff.plans.loading import parse_plan_bytes
    from plandiff.plans.serialise import plan_to_json

    inner = "".join(f"<paragraph><num>{k}</num><content><p>Level {k}.</p></content>"
                    for k in range(1, levels + 1)) + "</paragraph>" * levels
    data = _akn("act", f"<body>{inner}</body>")
    if refused:
        with pytest.raises(InputError, match="nested deeper than 31 levels, the most a plan "
                           "file holds"):
            parse_akn(data, document="x", version="2024-05-06-x", label="x.xml")
        return
    plan = parse_akn(data, document="x", version="2024-05-06-x", label="x.xml")
    loaded = parse_plan_bytes(plan_to_json(plan).encode(), Path("x/2024-05-06-x.json"), "x")
    assert loaded.plan is not None, [p.format() for p in loaded.problems]


def test_a_japanese_act_numbered_in_kanji_is_numbered_as_the_text_importer_numbers_it(
        ) -> None:
    """Japanese law numbers its articles in kanji (``第一条``, ``第十二条``, an inserted
    ``第十二条の二``) and leaves an article's first paragraph unnumbered when a ``２`` follows
    it: the numbers and ids are those of the same act imported as text (1, 12, 12の2; p1,
    p12, p12.2; the paragraphs 2(1) and 2(2)). They were the article words as numbers and
    ids made of nothing (``第一条``, ``px``, ``px-2``), so a next version's inserted article
    moved every id after it, and the first paragraph was ``第二条.1`` beside ``第二条(2)``."""
    from plandiff.plans.intake import DraftRequest, import_bytes

    def article(num: str, *paragraphs: tuple[str, str]) -> str:
        return (f"<article><num>{num}</num>" + "".join(
            f"<paragraph>{f'<num>{n}</num>' if n else ''}<content><p>{t}</p></content>"
            "</paragraph>" for n, t in paragraphs) + "</article>")
    inner = ("<body><chapter><num>第一章</num><heading>総則</heading>"
             + article("第一条", ("", "目的を定める。"))
             + article("第二条", ("", "用語を定める。"), ("２", "港湾に準用する。"))
             + "</chapter>"
             + article("第十二条", ("", "大臣が指定する。"))
             + article("第十二条の二", ("", "追加する。")) + "</body>")
    plan = parse_akn(_akn("act", inner, language="jpn"), document="x", version="v1",
                     label="ja.xml")
    assert [(p.number, p.id, p.text) for p in plan.walk()] == [
        ("1", "p1", "目的を定める。"), ("2", "p2", ""), ("2(1)", "p2-1", "用語を定める。"),
        ("2(2)", "p2-2", "港湾に準用する。"), ("12", "p12", "大臣が指定する。"),
        ("12の2", "p12.2", "追加する。")]
    pasted = ("第一条\n目的を定める。\n\n第十二条\n大臣が指定する。\n\n"
              "第十二条の二\n追加する。\n")
    text = import_bytes(pasted.encode(), "ja.txt", ".txt",
                        DraftRequest(document="x", version="2026-01-01-text"))
    assert [(p.number, p.id) for p in text.plan.walk()] == [
        ("1", "p1"), ("12", "p12"), ("12の2", "p12.2")]


def test_a_subheading_is_kept_with_its_heading() -> None:
    """A ``subheading`` under an article's or a chapter's heading (a date of insertion, a
    second line of the title) is part of the title it stands under, or the title when there
    is no heading; it was dropped without a word."""
    inner = ("<body><chapter><num>II</num><heading>Monitoring</heading>"
             "<subheading>As agreed in Geneva</subheading>"
             "<article><num>Article 3</num><heading>Board</heading>"
             "<subheading>Inserted in 2026</subheading><content><p>A board meets.</p>"
             "</content></article><article><num>Article 4</num><subheading>Reports</subheading>"
             "<content><p>It reports monthly.</p></content></article></chapter></body>")
    plan = parse_akn(_akn("act", inner), document="x", version="v1", label="s.xml")
    assert [(p.number, p.title, p.text) for p in plan.walk()] == [
        ("3", "Board — Inserted in 2026", "A board meets."),
        ("4", "Reports", "It reports monthly.")]
    assert plan.notes == "Heading: II Monitoring — As agreed in Geneva"


def test_a_doc_whose_numbers_are_typed_in_its_paragraphs_is_read_as_its_text() -> None:
    """A ``doc`` whose body is plain paragraphs with the numbers typed in them (a statement
    converted from a word processor, no hierarchy marked up) is read as the text importer
    reads those lines, with the file's title, date and language; it was refused ("no
    article, section, paragraph, point or item in the body"). The preface and conclusions
    keep to the notes; a body with no numbered line at all is still refused."""
    from plandiff.plans.intake import DraftRequest, import_bytes

    inner = ("<preface><p><docTitle>Joint statement on the border</docTitle></p></preface>"
             "<mainBody><p>The ministers agreed as follows.</p>"
             "<p>1. The border stays open for 18 hours a day.</p>"
             "<p>2. Fees are cut by half.</p><p>(a) for cars;</p><p>(b) for buses.</p>"
             "</mainBody><conclusions><p>Done at Geneva.</p></conclusions>")
    imported = import_bytes(_akn("doc", inner, language="fra"), "s.xml", ".xml",
                            DraftRequest(document="x", version="v1"))
    plan = imported.plan
    assert any("marks up no points" in f.message for f in imported.report.findings)
    assert [(p.number, p.text) for p in plan.walk()] == [
        ("1", "The border stays open for 18 hours a day."), ("2", "Fees are cut by half."),
        ("2(a)", "for cars;"), ("2(b)", "for buses.")]
    assert plan.title == "Joint statement on the border"
    assert plan.date.isoformat() == "2024-05-06" and plan.language == "fr"
    assert plan.notes is not None
    assert "The ministers agreed as follows." in plan.notes and "Done at Geneva." in plan.notes
    bare = _akn("doc", "<mainBody><p>Words only.</p><p>More words.</p></mainBody>")
    with pytest.raises(InputError, match="no article, section, paragraph, point or item"):
        import_bytes(bare, "b.xml", ".xml", DraftRequest(document="x", version="v1"))


def test_a_japanese_articles_bracketed_caption_is_its_title_without_the_brackets() -> None:
    """A Japanese article's caption (見出し) is written in brackets, ``（目的）``; the text
    importer takes ``目的`` as the title, and the Akoma Ntoso reader kept ``（目的）``, so
    the same act imported both ways showed a title change. A heading in Latin letters keeps
    its brackets."""
    from plandiff.plans.intake import DraftRequest, import_bytes

    inner = ("<body><article><num>第一条</num><heading>（目的）</heading><content>"
             "<p>目的を定める。</p></content></article><article><num>Article 2</num>"
             "<heading>(Reserved)</heading><content><p>Nothing.</p></content></article></body>")
    plan = parse_akn(_akn("act", inner, language="jpn"), document="x", version="v1",
                     label="ja.xml")
    assert [(p.number, p.title) for p in plan.walk()] == [("1", "目的"), ("2", "(Reserved)")]
    text = import_bytes("（目的）\n第一条\n目的を定める。\n".encode(), "ja.txt", ".txt",
                        DraftRequest(document="x", version="2026-01-01-text"))
    assert [(p.number, p.title) for p in text.plan.walk()] == [("1", "目的")]


def _valid(data: bytes) -> None:
    """``data`` is Akoma Ntoso 3.0 as the official schema reads it (the test's input is a
    file a real producer could write)."""
    from lxml import etree

    from tests.render.test_akn import XSD

    schema = etree.XMLSchema(etree.parse(str(XSD)))
    assert schema.validate(etree.fromstring(data)), schema.error_log.filter_from_errors()[:3]


def test_an_images_alt_text_goes_to_the_points_notes() -> None:
    """An ``img`` in a point's text (a map under the article that names it, a checkpoint
    icon inside a sentence): its ``alt`` text was dropped, and the sentence kept two spaces
    where the icon stood. It is the point's note ("Image: …"), the sentence closed up."""
    data = _akn("act", (
        '<body><section eId="sec_1"><num>1.</num><content><p>The line of contact is drawn on '
        'the map below.</p><p><img src="media/map.png" alt="Map of the line of contact and '
        'its three crossings"/></p></content></section><section eId="sec_2"><num>2.</num>'
        '<content><p>Each crossing <img src="media/icon.png" alt="checkpoint sign"/> opens '
        "at dawn.</p></content></section></body>"))
    _valid(data)
    plan = parse_akn(data, document="x", version="v1", label="map.xml")
    assert [(p.text, p.notes) for p in plan.walk()] == [
        ("The line of contact is drawn on the map below.",
         "Image: Map of the line of contact and its three crossings"),
        ("Each crossing opens at dawn.", "Image: checkpoint sign")]


@pytest.mark.parametrize("mark", ["remark", "authorialNote"])
def test_a_note_set_before_the_full_stop_leaves_no_space_before_it(mark: str) -> None:
    """An editor's ``remark`` (or a footnote) set after a space and before the sentence's
    full stop: the text read "within thirty days ." once the note went to the notes."""
    wrap = ("", "") if mark == "remark" else ("<p>", "</p>")  # a remark's words are inline
    data = _akn("act", (
        '<body><section eId="sec_1"><num>1.</num><content><p>Prisoners are exchanged within '
        f'thirty days <{mark} eId="n1">{wrap[0]}[Period set by the protocol of 2025]{wrap[1]}'
        f'</{mark}>, all for all <{mark} eId="n2">{wrap[0]}[Words added in committee]'
        f"{wrap[1]}</{mark}>.</p>"
        "</content></section></body>"))
    _valid(data)
    plan = parse_akn(data, document="x", version="v1", label="remark.xml")
    point = plan.points[0]
    assert point.text == "Prisoners are exchanged within thirty days, all for all."
    assert point.notes == "[Period set by the protocol of 2025]\n[Words added in committee]"


def test_a_cross_heading_inside_an_article_stays_with_the_article() -> None:
    """A ``crossHeading`` set between an article's paragraphs (its transitional ones under
    their own heading) went to the version's notes, away from the article it heads a part of.
    It stays with the article, a heading before the paragraph it stands over, as the text
    importer says a heading between points; a cross-heading between articles is still the
    version's."""
    data = _akn("act", (
        '<body><hcontainer eId="hcontainer_1" name="crossheading"><heading>Voting</heading>'
        "</hcontainer>"
        '<article eId="art_5"><num>Article 5</num><heading>Elections</heading>'
        '<paragraph eId="art_5__para_1"><num>1.</num><content><p>Elections are held within one '
        'hundred days.</p></content></paragraph><paragraph eId="art_5__para_2"><num>2.</num>'
        "<content><p>Observers attend every polling station.</p></content></paragraph>"
        '<crossHeading eId="art_5__crossHeading_1">Transitional provisions</crossHeading>'
        '<paragraph eId="art_5__para_3"><num>3.</num><content><p>Until then the interim '
        "council governs.</p></content></paragraph></article>"
        '<article eId="art_6"><num>Article 6</num><content><p>This agreement enters into '
        "force on signature.</p></content></article></body>"))
    _valid(data)
    plan = parse_akn(data, document="x", version="v1", label="cross.xml")
    assert [(p.number, p.title, p.text) for p in plan.walk()] == [
        ("5", "Elections", ""),
        ("5(1)", None, "Elections are held within one hundred days."),
        ("5(2)", None, "Observers attend every polling station."),
        ("5(3)", None, "Until then the interim council governs."),
        ("6", None, "This agreement enters into force on signature.")]
    assert plan.points[0].notes == "Heading before point 5(3): Transitional provisions"
    assert plan.notes == "Heading: Voting"


def test_numbered_tblocks_of_a_doc_are_its_points() -> None:
    """A statement marked up as a ``doc`` whose numbered provisions are ``tblock``s (a
    numbered block with its heading and paragraphs, as a converter of a communiqué writes
    them): they were no points, so the import fell back to the bare text; each is a point,
    its heading the title, the words before them the version's notes. A ``tblock`` inside a
    point's text (a numbered table) stays that point's text."""
    data = _akn("doc", (
        "<mainBody><p>The two delegations agreed as follows.</p>"
        '<tblock eId="tblock_1"><num>1.</num><heading>Ceasefire</heading><p>Fire stops on the '
        'whole line of contact.</p></tblock><tblock eId="tblock_2"><num>2.</num><p>Heavy '
        "weapons are pulled back:</p><blockList eId=\"tblock_2__list_1\"><item eId=\""
        'tblock_2__list_1__item_a"><num>(a)</num><p>artillery fifty kilometres;</p></item>'
        '<item eId="tblock_2__list_1__item_b"><num>(b)</num><p>tanks thirty kilometres.</p>'
        '</item></blockList></tblock><tblock eId="tblock_3"><num>3.</num><p>Figures agreed:'
        '</p><table eId="tblock_3__table_1"><tr><td><p>Observers</p></td><td><p>400</p></td>'
        "</tr></table></tblock></mainBody>"))
    _valid(data)
    plan = parse_akn(data, document="x", version="v1", label="doc.xml")
    assert [(p.number, p.title, p.text) for p in plan.walk()] == [
        ("1", "Ceasefire", "Fire stops on the whole line of contact."),
        ("2", None, "Heavy weapons are pulled back:"),
        ("(a)", None, "artillery fifty kilometres;"),
        ("(b)", None, "tanks thirty kilometres."),
        ("3", None, "Figures agreed:\nObservers 400")]
    assert plan.notes == "Text between the points:\nThe two delegations agreed as follows."
    inside = parse_akn(_akn("act", (
        '<body><section eId="sec_1"><num>1.</num><content><p>Each side keeps:</p><tblock '
        'eId="sec_1__tblock_1"><num>Table 1</num><heading>Troops</heading><p>5,000 soldiers.'
        "</p></tblock></content></section></body>")), document="x", version="v1",
        label="t.xml")
    assert [(p.number, p.text) for p in inside.walk()] == [
        ("1", "Each side keeps:\nTable 1 Troops\n5,000 soldiers.")]


def test_a_japanese_plan_keeps_its_ideographic_and_no_break_spaces_both_ways() -> None:
    """Export kept a Japanese heading's ideographic space (``第１条　停戦``) but import made
    every Unicode space an ASCII one, or stripped it, in the rest: a cross-heading, a table
    cell, the preamble's lines, a note's indent. Only the layout's spaces, tabs and line
    ends are made one space now; an export read back is the plan it came from, and a
    third-party act keeps its own spaces."""
    from plandiff.plans.model import PlanVersion
    from plandiff.render.akn import render_akn

    plan = PlanVersion.model_validate({
        "document": "teisen", "version": "v1", "title": "停戦　枠組み合意",
        "date": "2025-11-20", "status": "draft", "text_kind": "paraphrase", "language": "ja",
        "notes": "第１章　総則\n　前文は省略する。",
        "sources": [{"title": "t", "publisher": "p", "url": "https://example.org/"}],
        "points": [
            {"id": "p1", "number": "第１条", "title": "第１条　停戦",
             "text": "　両当事者は、直ちに停戦する。\n第２項　監視団を置く。",
             "notes": "　注　仮訳。"},
            {"id": "p2", "number": "2", "text": "Art.\u00a02 applies\u00a0\u3000here.",
             "points": [{"id": "p2-1", "number": "2(1)", "text": "　細目は別に定める。"}]}]})
    data = render_akn(plan)
    again = parse_akn(data, document="teisen", version="v1", label="ja.xml")
    assert again == plan
    assert render_akn(again) == data
    inner = ("<preamble><p>締約国は、\u3000次のとおり協定した。</p></preamble><body>"
             "<crossHeading>第１章\u3000停戦</crossHeading>"
             "<article><num>第一条</num><content><table><tr><td><p>地域\u3000Ａ</p></td>"
             "<td><p>三十日\u00a0以内</p></td></tr></table></content></article>"
             "<chapter><num>第２章</num><heading>監視\u3000団</heading>"
             "<article><num>第二条</num><content><p>置く。</p></content></article></chapter>"
             "</body>")
    third = parse_akn(_akn("act", inner, language="jpn"), document="x", version="v1",
                      label="ja.xml")
    assert third.points[0].text == "地域\u3000Ａ 三十日\u00a0以内"
    assert third.notes == ("Heading: 第１章\u3000停戦\n\nHeading: 第２章 監視\u3000団\n\n"
                           "Preamble:\n締約国は、\u3000次のとおり協定した。")
