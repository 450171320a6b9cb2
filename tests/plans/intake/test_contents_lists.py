"""A table of contents before the points, its entries numbered as the points are, each with
its page: left out, not read as a first run of points. Texts are the project's own."""

from __future__ import annotations

from pathlib import Path

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.producers import libreoffice_convert
from tests.plans.intake.test_pdf_real_world import _FODT, _own_text

REQUEST = DraftRequest(document="outline", version="2025-11-21-contents")
_POINTS = ("1. The ceasefire starts at noon on the day after both sides sign.\n"
           "2. Detained civilians and prisoners of war go home within a month.\n"
           "3. An unarmed mission watches the line from both sides.\n"
           "4. A vote for a new parliament follows within a hundred days.\n")


def _numbers_and_texts(data: bytes, name: str) -> list[tuple[str, str]]:
    imported = import_bytes(data, name, Path(name).suffix, REQUEST)
    assert not imported.report.warnings, imported.report.lines()
    assert any("table of contents" in f.message for f in imported.report.findings)
    return [(p.number, p.text) for p in imported.plan.points]


def test_a_pasted_contents_list_with_dotted_leaders_is_left_out() -> None:
    pasted = ("Outline of a settlement\n\nTable of contents\n"
              "1. Ceasefire .................... 2\n2. Detainees .................... 2\n"
              "3. Monitoring ..................... 3\n4. Elections ....... 4\n\n" + _POINTS)
    assert [n for n, _ in _numbers_and_texts(pasted.encode(), "pasted.txt")] == [
        "1", "2", "3", "4"]


def test_a_contents_list_set_with_tabs_is_left_out_and_points_ending_in_numbers_stay(
        ) -> None:
    pasted = ("Contents\n1. Ceasefire\t2\n2. Detainees\t2\n3. Monitoring\t3\n\n" + _POINTS)
    assert [n for n, _ in _numbers_and_texts(pasted.encode(), "pasted.txt")] == [
        "1", "2", "3", "4"]
    # a list whose every line ends in a number is points, when no point comes again below
    plain = "1. Troops pull back by 30\n2. Sanctions ease in 2\n3. Aid rises to 50\n"
    imported = import_bytes(plain.encode(), "plain.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "Troops pull back by 30", "Sanctions ease in 2", "Aid rises to 50"]


def test_a_contents_list_with_parts_whose_numbering_starts_again() -> None:
    """Entries for the parts (``II. Economy …… 4``) and an annex between the points' own,
    numbered from 1 again in each part: the whole list is left out."""
    pasted = ("Outline of a settlement\n\nContents\nI. Security ............ 2\n"
              "1. Ceasefire ............ 2\n2. Detainees ............ 3\n"
              "II. Economy ............ 4\n1. Sanctions ............ 4\n"
              "2. Rebuilding ............ 5\nAnnex: the line on a map ............ 6\n\n"
              "I. Security\n\n1. The truce starts at noon.\n2. Detainees go home.\n\n"
              "II. Economy\n\n1. Sanctions are lifted in stages.\n"
              "2. A fund pays for the rebuilding.\n")
    imported = import_bytes(pasted.encode(), "parts.txt", ".txt", REQUEST)
    assert not imported.report.warnings, imported.report.lines()
    assert [(p.id, p.text) for p in imported.plan.points] == [
        ("part1-p1", "The truce starts at noon."), ("part1-p2", "Detainees go home."),
        ("part2-p1", "Sanctions are lifted in stages."),
        ("part2-p2", "A fund pays for the rebuilding.")]
    assert "Annex" not in (imported.plan.notes or "")


def test_a_contents_list_of_articles_with_no_separator_is_left_out() -> None:
    """``Article 1 Ceasefire ...... 2``: an article's word and number with no separator
    before the title; it opened articles 1-3 (their text the title and its page) until the
    real ones, and its "2" was read as a count of points the text announced."""
    pasted = ("Agreement\n\nContents\nArticle 1 Ceasefire ............ 2\n"
              "Article 2 Detainees ............ 2\nArticle 3 Monitoring ............ 3\n\n"
              "Article 1\nThe truce starts at noon.\n\nArticle 2\nDetainees go home.\n\n"
              "Article 3\nObservers patrol the line.\n")
    imported = import_bytes(pasted.encode(), "articles.txt", ".txt", REQUEST)
    assert not imported.report.warnings, imported.report.lines()
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "The truce starts at noon."), ("2", "Detainees go home."),
        ("3", "Observers patrol the line.")]
    assert "Ceasefire" not in (imported.plan.notes or "")


def test_a_pdfs_contents_page_with_dotted_leaders_gives_no_points(tmp_path: Path) -> None:
    """LibreOffice draws the leaders of a right tab; the PDF's text has the title and the
    page number only (``1. Ceasefire 2``): the list was read as points 1-5 and the real
    points as a second run after 'numbering goes back'."""
    toc_style = ('<style:style style:name="Toc" style:family="paragraph" '
                 'style:parent-style-name="Standard"><style:paragraph-properties>'
                 '<style:tab-stops><style:tab-stop style:position="17cm" style:type="right" '
                 'style:leader-style="dotted" style:leader-text="."/></style:tab-stops>'
                 '</style:paragraph-properties></style:style>')
    entries = (("Ceasefire", 2), ("Detainees", 2), ("Monitoring", 3), ("Elections", 3),
               ("Sanctions", 4))
    body = ('<text:p text:style-name="Standard">Outline of a settlement</text:p>'
            '<text:p text:style-name="Standard">Contents</text:p>'
            + "".join(f'<text:p text:style-name="Toc">{n}. {title}<text:tab/>{page}</text:p>'
                      for n, (title, page) in enumerate(entries, 1))
            + '<text:p text:style-name="Standard" fo:break-after="page"/>'
            + "".join(f'<text:p text:style-name="Standard">{n}. {_own_text(n)}</text:p>'
                      for n in range(1, 13)))
    source = tmp_path / "outline.fodt"
    source.write_text(_FODT.format(styles=toc_style, columns="", master="", body=body),
                      encoding="utf-8")
    data = libreoffice_convert(source, "pdf", tmp_path / "out", tmp_path).read_bytes()
    assert _numbers_and_texts(data, "outline.pdf") == [
        (str(n), _own_text(n)) for n in range(1, 13)]
