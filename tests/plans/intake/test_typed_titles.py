"""A document's title typed by hand: a first paragraph in larger and bold type, centred, in
no Title or Heading style. The Word, OpenDocument, RTF and PDF readers tell it by their own
signals (the run's weight and size against the body's usual size, the alignment) and agree;
a letterhead line above the title (the ministry's name, then a date line) is no title when
a larger or equally bold line follows it. The files are LibreOffice's, from one flat
OpenDocument text, and a .docx as Word writes one (sizes in half-points, Normal at 11
points)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.test_word_real_files import docx

REQUEST = DraftRequest(document="memo", version="2026-02-01-typed")
TITLE = "Framework for a Durable Settlement"
LETTERHEAD = "Ministry of Foreign Affairs"
_STYLES = (
    '<office:automatic-styles>'
    '<style:style style:name="Big" style:family="paragraph"><style:paragraph-properties '
    'fo:text-align="center"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>'
    '</style:style><style:style style:name="Bold" style:family="paragraph">'
    '<style:paragraph-properties fo:text-align="center"/><style:text-properties '
    'fo:font-size="11pt" fo:font-weight="bold"/></style:style><style:style style:name="Body" '
    'style:family="paragraph"><style:text-properties fo:font-size="11pt"/></style:style>'
    '<style:style style:name="T1" style:family="text"><style:text-properties '
    'fo:font-size="15pt" fo:font-weight="bold"/></style:style></office:automatic-styles>')
_FLAT = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:'
    'opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:'
    '1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:'
    'names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype='
    '"application/vnd.oasis.opendocument.text">{styles}<office:body><office:text>{body}'
    '</office:text></office:body></office:document>')
_POINTS = ("The parties stop fire along the whole line of contact within three days.",
           "Prisoners are exchanged on the principle of all for all.",
           "Elections are held within one hundred days of signing.")


def _p(style: str, text: str) -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def _body(*head: str) -> str:
    return "".join([*head, _p("Body", "The delegations met in Geneva and set out the "
                              "following points."),
                    *(_p("Body", f"{n}. {text}") for n, text in enumerate(_POINTS, 1))])


DRAFTS = {
    # the title alone, in 16-point bold type, centred
    "large": _body(_p("Big", TITLE)),
    # the ministry's name in bold, a date line, then the title in larger type
    "letterhead": _body(_p("Bold", LETTERHEAD), _p("Body", "Kyiv, 3 December 2025"),
                        _p("Big", TITLE)),
    # the ministry's name and the title both in bold body-sized type, a date between
    "bold": _body(_p("Bold", LETTERHEAD), _p("Body", "Kyiv, 3 December 2025"),
                  _p("Bold", TITLE)),
    # the title made large by a text span in a plain paragraph
    "span": _body(_p("Body", f'<text:span text:style-name="T1">{TITLE}</text:span>')),
}


def _convert(sources: list[Path], target: str, work: Path) -> None:
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is needed (scripts/setup installs it)"
    subprocess.run([soffice, f"-env:UserInstallation={(work / 'lo').as_uri()}", "--headless",
                    "--convert-to", target, "--outdir", str(work / "out"),
                    *map(str, sources)], check=True, capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("typed")
    sources = []
    for name, body in DRAFTS.items():
        source = work / f"{name}.fodt"
        source.write_text(_FLAT.format(styles=_STYLES, body=body), encoding="utf-8")
        sources.append(source)
    for target in ("docx:MS Word 2007 XML", "odt", "rtf", "pdf"):
        _convert(sources, target, work)
    for source in sources:
        shutil.copy(source, work / "out" / source.name)
    return work / "out"


@pytest.mark.parametrize("suffix", [".docx", ".odt", ".fodt", ".rtf", ".pdf"])
@pytest.mark.parametrize("name", list(DRAFTS))
def test_a_title_typed_in_large_or_bold_type_is_the_title(
        made: Path, name: str, suffix: str) -> None:
    path = made / f"{name}{suffix}"
    plan = import_bytes(path.read_bytes(), path.name, suffix, REQUEST).plan
    assert plan.title == TITLE, (name, suffix)
    assert [(p.number, p.text) for p in plan.points] == \
        [(str(n), text) for n, text in enumerate(_POINTS, 1)], (name, suffix)
    notes = plan.notes or ""
    assert TITLE not in notes, (name, suffix)  # read once, as the title
    if name != "large" and name != "span":
        assert LETTERHEAD in notes, (name, suffix)  # the letterhead is kept, not the title


def _word(*head: tuple[str, str, str], run: str = "") -> bytes:
    """A .docx as Word writes one: the body at Normal's 11 points (``w:sz`` 22 in the
    document defaults), the title's run bold and sized by direct formatting."""
    def para(text: str, run: str = "", props: str = "") -> str:
        return (f"<w:p><w:pPr>{props}</w:pPr><w:r><w:rPr>{run}</w:rPr><w:t>{text}</w:t>"
                "</w:r></w:p>")
    styles = ('<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault>'
              '</w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
              '<w:name w:val="Normal"/></w:style>')
    body = "".join([*(para(text, looks, props) for text, looks, props in head),
                    para("The delegations met in Geneva and set out the following points.",
                         run),
                    *(para(f"{n}.\t{text}", run) for n, text in enumerate(_POINTS, 1))])
    return docx(body, styles=styles)


def test_words_own_sizes_and_weights_tell_the_title_over_a_letterhead() -> None:
    centred = '<w:jc w:val="center"/>'
    for head in ([(TITLE, '<w:b/><w:sz w:val="32"/>', centred)],
                 [(LETTERHEAD, "<w:b/>", centred), ("3 December 2025", "", ""),
                  (TITLE, '<w:b/><w:sz w:val="28"/>', centred)],
                 [(LETTERHEAD, '<w:sz w:val="24"/>', centred), ("3 December 2025", "", ""),
                  (TITLE, '<w:b/><w:bCs/>', centred)]):
        plan = import_bytes(_word(*head), "memo.docx", ".docx", REQUEST).plan
        assert plan.title == TITLE, head
        assert [p.number for p in plan.points] == ["1", "2", "3"], head


def test_a_bold_sentence_or_a_plain_first_line_is_no_title() -> None:
    """A bold lead-in sentence before the points, a first line in the body's own type, and a
    date line set bold and centred are no title: the version keeps its default one."""
    for head in ([("The delegations agreed on the text below and will put it to their "
                   "governments for approval next week.", "<w:b/>", "")],
                 [("Framework for a settlement", "", "")],
                 [("Kyiv, 3 December 2025", '<w:b/><w:sz w:val="28"/>',
                   '<w:jc w:val="center"/>')]):
        plan = import_bytes(_word(*head), "memo.docx", ".docx", REQUEST).plan
        assert plan.title != head[0][0], head


_ASIAN_STYLES = (
    '<office:automatic-styles>'
    '<style:style style:name="Asian" style:family="paragraph"><style:paragraph-properties '
    'fo:text-align="center"/><style:text-properties style:font-size-asian="16pt" '
    'style:font-weight-asian="bold"/></style:style>'
    '<style:style style:name="Western" style:family="paragraph"><style:paragraph-properties '
    'fo:text-align="center"/><style:text-properties fo:font-size="16pt" '
    'fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Body" style:family="paragraph"><style:text-properties '
    'fo:font-size="11pt" style:font-size-asian="11pt"/></style:style></office:automatic-styles>')
_JA_TITLE = "持続的和平のための枠組み"
_JA_POINTS = ("接触線全体で三日以内に停戦する。", "捕虜は全員対全員の原則で交換される。",
              "選挙は署名後百日以内に実施される。")


def _ja(style: str) -> str:
    return "".join([_p(style, _JA_TITLE), _p("Body", "代表団は次の点で合意した。"),
                    *(_p("Body", f"{n}. {text}") for n, text in enumerate(_JA_POINTS, 1))])


@pytest.fixture(scope="module")
def made_ja(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("typed_ja")
    sources = []
    for name, style in (("asian", "Asian"), ("western", "Western")):
        source = work / f"{name}.fodt"
        source.write_text(_FLAT.format(styles=_ASIAN_STYLES, body=_ja(style)),
                          encoding="utf-8")
        sources.append(source)
    for target in ("docx:MS Word 2007 XML", "odt", "pdf"):
        _convert(sources, target, work)
    for source in sources:
        shutil.copy(source, work / "out" / source.name)
    return work / "out"


@pytest.mark.parametrize("suffix", [".docx", ".odt", ".fodt", ".pdf"])
def test_a_japanese_title_is_told_by_the_asian_weight_and_size(
        made_ja: Path, suffix: str) -> None:
    """LibreOffice sets Japanese text in its Asian font's weight and size
    (``style:font-weight-asian``, ``style:font-size-asian``): a title made bold and large
    there is the title, and one made so only in the Western properties (which LibreOffice
    does not show on Japanese text) is none, in every format alike."""
    for name, titled in (("asian", True), ("western", False)):
        path = made_ja / f"{name}{suffix}"
        plan = import_bytes(path.read_bytes(), path.name, suffix, REQUEST).plan
        assert (plan.title == _JA_TITLE) is titled, (name, suffix, plan.title)
        assert [p.text for p in plan.points] == list(_JA_POINTS), (name, suffix)


def test_in_a_text_set_all_in_bold_a_bold_first_line_is_no_title() -> None:
    """Some typists set a whole memo in bold: bold tells nothing there, and a first line in
    the body's size and weight is no title (a larger one still is)."""
    plan = import_bytes(_word(("Framework for a settlement", "<w:b/>", ""), run="<w:b/>"),
                        "memo.docx", ".docx", REQUEST).plan
    assert plan.title != "Framework for a settlement"
    plan = import_bytes(_word((TITLE, '<w:b/><w:sz w:val="32"/>', ""), run="<w:b/>"),
                        "memo.docx", ".docx", REQUEST).plan
    assert plan.title == TITLE
