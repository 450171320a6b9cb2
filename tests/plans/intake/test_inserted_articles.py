"""An article inserted into an act after article 14 by a later amendment: Ukrainian law numbers
it "Стаття 14¹" (a superscript one), copies type it "14^1" or "14-1", Russian codes "Статья
14.1", English and German acts "Article 14a". It is its own point, numbered as written (the
superscript forms as one: 14¹), not the next lines of article 14; the Akoma Ntoso reader reads
``<num>Стаття 14<sup>1</sup></num>`` as the same 14¹ (it read 141). Texts are the project's
own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="act", version="2026-02-01-draft")


@pytest.mark.parametrize(("word", "written", "number", "ident"), [
    ("Стаття", "14¹", "14¹", "p14.1"),
    ("Стаття", "14^1", "14¹", "p14.1"),
    ("Article", "14-1", "14-1", "p14.1"),
    ("Статья", "14.1", "14.1", "p14.1"),
    ("Article", "14a", "14a", "p14a"),
    ("Стаття", "14-А", "14-А", "p14-a"),
    # French, Italian, Spanish, EU and UN texts: Latin words after the number
    ("Article", "14 bis", "14 bis", "p14-bis"),
    ("Articolo", "14-ter", "14-ter", "p14-ter"),
    ("Artículo", "14 quater", "14 quater", "p14-quater"),
])
def test_an_inserted_article_is_its_own_point(word: str, written: str, number: str,
                                              ident: str) -> None:
    text = (f"{word} 13. Громади самі вирішують місцеві питання.\n"
            f"{word} 14. Ради діють у межах своїх повноважень.\n"
            f"{word} {written}. Сусідні громади можуть утворити спільну раду.\n"
            f"{word} 15. Закон набирає чинності наступного дня.\n")
    plan = import_bytes(text.encode(), "act.txt", ".txt", REQUEST).plan
    assert [(p.id, p.number, p.text) for p in plan.points] == [
        ("p13", "13", "Громади самі вирішують місцеві питання."),
        ("p14", "14", "Ради діють у межах своїх повноважень."),
        (ident, number, "Сусідні громади можуть утворити спільну раду."),
        ("p15", "15", "Закон набирає чинності наступного дня.")]


def test_two_inserted_articles_in_a_row_and_a_cited_one_in_the_text() -> None:
    text = ("Стаття 1. Ради діють у межах повноважень.\n"
            "Стаття 1¹. Громади утворюють спільні ради.\n"
            "Стаття 1². Спільні ради звітують щороку, як сказано у\n"
            "статті 1¹ цього закону.\n"
            "Стаття 2. Закон набирає чинності.\n")
    imported = import_bytes(text.encode(), "act.txt", ".txt", REQUEST)
    plan = imported.plan
    assert [(p.id, p.number) for p in plan.points] == [
        ("p1", "1"), ("p1.1", "1¹"), ("p1.2", "1²"), ("p2", "2")]
    assert plan.points[2].text.endswith("як сказано у статті 1¹ цього закону.")
    # article 2 goes on from article 1: the numbering does not "start at 2"
    assert not imported.report.warnings, imported.report.warnings


def test_a_web_page_s_superscript_article_number() -> None:
    page = ("<html lang='uk'><body><h1>Закон про ради</h1><p><b>Стаття 1.</b> Ради діють.</p>"
            "<p><b>Стаття 1<sup>1</sup>.</b> Громади утворюють спільні ради.</p>"
            "<p><b>Стаття 2.</b> Закон набирає чинності.</p></body></html>")
    imported = import_bytes(page.encode(), "act.html", ".html", REQUEST)
    assert [(p.id, p.number) for p in imported.plan.points] == [
        ("p1", "1"), ("p1.1", "1¹"), ("p2", "2")]
    assert not imported.report.warnings, imported.report.warnings


def test_a_number_after_another_article_is_not_an_insertion() -> None:
    """"Article 7a" right after article 3 names no inserted article 3a: it stays the text of
    article 3, as any number out of place does."""
    text = ("Article 3. The councils act within their powers.\n"
            "Article 7a. of the old code is repealed.\n"
            "Article 4. This law enters into force.\n")
    plan = import_bytes(text.encode(), "act.txt", ".txt", REQUEST).plan
    assert [p.number for p in plan.points] == ["3", "4"]


def _akn_articles(word: str, nums: tuple[str, ...]) -> list[tuple[str, str]]:
    """The ids and numbers of an Akoma Ntoso act whose articles have these ``num``s."""
    from plandiff.plans.akoma import parse_akn
    from tests.plans.test_akoma import _akn

    inner = "<body>" + "".join(
        f"<article><num>{word} {num}</num><content><p>Provision {i}.</p></content></article>"
        for i, num in enumerate(nums, 1)) + "</body>"
    plan = parse_akn(_akn("act", inner), document="x", version="v1", label="t.xml")
    return [(p.id, p.number) for p in plan.points]


def test_akoma_num_with_a_superscript() -> None:
    assert _akn_articles("Стаття", ("14", "14<sup>1</sup>", "15")) == [
        ("p14", "14"), ("p14.1", "14¹"), ("p15", "15")]


def test_a_section_numbered_under_its_section_stays_its_sub_point() -> None:
    text = ("Section 1. The fund is set up.\nSection 2. The board runs the fund.\n"
            "Section 2.1. The board meets monthly.\nSection 3. The law applies at once.\n")
    plan = import_bytes(text.encode(), "act.txt", ".txt", REQUEST).plan
    assert [(p.number, [c.number for c in p.points]) for p in plan.points] == [
        ("1", []), ("2", ["2.1"]), ("3", [])]


def test_an_inserted_article_after_an_article_with_numbered_parts() -> None:
    """Article 14's parts 1 and 2 are p14-1 and p14-2; article 14¹ is p14.1, not an id made
    unique from a sub-point's (p14-1-2)."""
    text = ("Стаття 14. Повноваження ради\n1. Рада ухвалює бюджет громади.\n"
            "2. Рада затверджує програми розвитку.\n"
            "Стаття 14¹. Спільна рада\nСусідні громади можуть утворити спільну раду.\n"
            "Стаття 15. Набрання чинності\nЗакон набирає чинності наступного дня.\n")
    plan = import_bytes(text.encode(), "act.txt", ".txt", REQUEST).plan
    assert [(p.id, p.number, [c.id for c in p.points]) for p in plan.points] == [
        ("p14", "14", ["p14-1", "p14-2"]), ("p14.1", "14¹", []), ("p15", "15", [])]
    assert plan.points[1].title == "Спільна рада"


def test_a_pdf_s_superscript_article_number() -> None:
    """A PDF sets article 14¹'s number with a raised, smaller 1: its text layer reads
    "Стаття 141" (point 141, "15-140 missing", then "numbering goes back")."""
    import weasyprint

    page = ("<html lang='uk'><body>"
            + "".join(f"<p>Стаття {num}. {text}</p>" for num, text in (
                ("13", "Громади самі вирішують місцеві питання."),
                ("14", "Ради діють у межах своїх повноважень."),
                ("14<sup>1</sup>", "Сусідні громади можуть утворити спільну раду."),
                ("15", "Закон набирає чинності наступного дня.")))
            + "</body></html>")
    pdf = weasyprint.HTML(string=page).write_pdf() or b""
    imported = import_bytes(pdf, "act.pdf", ".pdf", REQUEST)
    assert [(p.id, p.number, p.text) for p in imported.plan.points] == [
        ("p13", "13", "Громади самі вирішують місцеві питання."),
        ("p14", "14", "Ради діють у межах своїх повноважень."),
        ("p14.1", "14¹", "Сусідні громади можуть утворити спільну раду."),
        ("p15", "15", "Закон набирає чинності наступного дня.")]
    assert [f.kind for f in imported.report.warnings] == ["start"]


def test_an_inserted_article_numbered_bis_on_its_own_line_and_in_akoma_ntoso() -> None:
    """"Article 3 bis" on a line of its own, its text below (a treaty pasted from a PDF), and
    ``<num>Article 3 bis</num>`` in Akoma Ntoso: its own point 3 bis (it was the text of
    article 3, and "Article 3 bis" its Akoma Ntoso number)."""
    text = ("Article 3\nPrisoners are exchanged.\n\nArticle 3 bis\nChildren are returned.\n\n"
            "Article 4\nElections follow.\n")
    plan = import_bytes(text.encode(), "act.txt", ".txt", REQUEST).plan
    assert [(p.id, p.number, p.text) for p in plan.points] == [
        ("p3", "3", "Prisoners are exchanged."), ("p3-bis", "3 bis", "Children are returned."),
        ("p4", "4", "Elections follow.")]
    assert _akn_articles("Article", ("3", "3 bis", "4")) == [
        ("p3", "3"), ("p3-bis", "3 bis"), ("p4", "4")]


@pytest.mark.parametrize(("nine", "inserted", "ten", "ident"), [
    ("第9条", "第9条の2", "第10条", "p9.2"),
    ("第９条", "第９条の２", "第１０条", "p9.2"),
    ("第九条", "第九条の二", "第十条", "p9.2"),
])
def test_a_japanese_article_inserted_after_another_is_its_own_point(
        nine: str, inserted: str, ten: str, ident: str) -> None:
    """Japanese law numbers an article inserted after article 9 "第9条の2" (a branch number):
    it read as article 9 again, "の2（…）" its text, with a warning that 9 appears twice. A
    reference at a line's start ("第9条の2に定める …") is still text."""
    text = (f"停戦協定案\n\n{nine}（捕虜の交換）\n双方は、すべての捕虜を交換する。\n"
            f"{inserted}（民間人の帰還）\n双方は、拘束された民間人を帰還させる。ただし、\n"
            f"{inserted}に定める手続に従う。\n"
            f"{ten}（監視）\n停戦の監視は、国際監視団が行う。\n")
    imported = import_bytes(text.encode(), "act.txt", ".txt", REQUEST)
    plan = imported.plan
    assert [(p.id, p.number, p.title, p.text) for p in plan.points] == [
        ("p9", "9", "捕虜の交換", "双方は、すべての捕虜を交換する。"),
        (ident, "9の2", "民間人の帰還",
         f"双方は、拘束された民間人を帰還させる。ただし、{inserted}に定める手続に従う。"),
        ("p10", "10", "監視", "停戦の監視は、国際監視団が行う。")]
    assert not any("twice" in w for w in imported.report.lines())
