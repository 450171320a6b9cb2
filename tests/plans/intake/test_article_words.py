"""Articles headed in the other languages of European acts and treaties: "Artikel 1"
(German, Dutch, Swedish, Danish), "Articolo 1" (Italian), "Artykuł 1" (Polish), "Articolul 1"
(Romanian), "Článek 1" (Czech), "Članak 1" (Croatian), and the first article named by an
ordinal ("Article premier", "Article 1er", "Artículo primero … Artículo tercero"). Before,
all but French were "no numbered points found" (exit 2), and "Article premier" was lost to
the notes ("numbering starts at 2"). The same words head Roman-numbered articles and Akoma
Ntoso's <num>. Texts are the project's own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="accord", version="2026-01-10-draft")

BODIES = {
    "en": ("The Parties agree to a lasting ceasefire.",
           "An observer mission watches the line of contact.",
           "This agreement enters into force on signature."),
    "ru": ("Стороны договариваются о прочном прекращении огня.",
           "Миссия наблюдателей следит за линией соприкосновения.",
           "Настоящее соглашение вступает в силу с момента подписания."),
    "de": ("Die Parteien vereinbaren eine dauerhafte Waffenruhe.",
           "Eine Beobachtermission überwacht die Kontaktlinie.",
           "Dieses Abkommen tritt mit der Unterzeichnung in Kraft."),
    "it": ("Le Parti concordano un cessate il fuoco duraturo.",
           "Una missione di osservatori sorveglia la linea di contatto.",
           "Il presente accordo entra in vigore alla firma."),
    "pl": ("Strony uzgadniają trwałe zawieszenie broni.",
           "Misja obserwatorów monitoruje linię kontaktu.",
           "Umowa wchodzi w życie z dniem podpisania."),
    "ro": ("Părțile convin asupra unei încetări durabile a focului.",
           "O misiune de observatori supraveghează linia de contact.",
           "Prezentul acord intră în vigoare la semnare."),
    "cs": ("Strany se dohodly na trvalém příměří.",
           "Pozorovatelská mise sleduje linii dotyku.",
           "Tato dohoda vstupuje v platnost podpisem."),
    "hr": ("Stranke se dogovaraju o trajnom primirju.",
           "Promatračka misija nadzire crtu dodira.",
           "Ovaj sporazum stupa na snagu potpisivanjem."),
    "fr": ("Les Parties conviennent d'un cessez-le-feu durable.",
           "Une mission d'observation surveille la ligne de contact.",
           "Le présent accord entre en vigueur à sa signature."),
    "es": ("Las Partes acuerdan un alto el fuego duradero.",
           "Una misión de observación vigila la línea de contacto.",
           "El presente acuerdo entra en vigor en el momento de su firma."),
}


def _read(text: str, name: str = "accord.txt") -> Any:
    return import_bytes(text.encode(), name, Path(name).suffix, REQUEST)


def _articles(words: tuple[str, str, str], bodies: tuple[str, str, str]) -> str:
    return "Accord\n\n" + "".join(f"{word}\n{body}\n\n"
                                   for word, body in zip(words, bodies, strict=True))


@pytest.mark.parametrize(("language", "word"), [
    ("de", "Artikel"), ("it", "Articolo"), ("pl", "Artykuł"), ("ro", "Articolul"),
    ("cs", "Článek"), ("hr", "Članak"), ("de", "ARTIKEL"), ("it", "Art."),
    ("en", "ARTICLE"), ("ru", "СТАТЬЯ"), ("en", "SECTION"),
])
def test_article_word_opens_points(language: str, word: str) -> None:
    """In capitals too: "ARTICLE 2", "ARTICLE 3" were taken for a running header repeated
    on every page (in capitals, the same words, numbers aside) and left out, and "ARTICLE 1"
    with them: "no numbered points found"."""
    bodies = BODIES[language]
    imported = _read(_articles((f"{word} 1", f"{word} 2", f"{word} 3"), bodies))
    points = [(p.number, p.text) for p in imported.plan.walk()]
    assert points == [("1", bodies[0]), ("2", bodies[1]), ("3", bodies[2])], points
    assert not imported.report.warnings, imported.report.lines()


@pytest.mark.parametrize(("language", "words"), [
    ("fr", ("Article premier", "Article 2", "Article 3")),
    ("fr", ("Article 1er", "Article 2", "Article 3")),
    ("fr", ("ARTICLE PREMIER", "ARTICLE 2", "ARTICLE 3")),
    ("es", ("Artículo primero", "Artículo segundo", "Artículo tercero")),
    ("es", ("Artículo primero.", "Artículo segundo.", "Artículo tercero.")),
])
def test_first_article_by_ordinal(language: str, words: tuple[str, str, str]) -> None:
    bodies = BODIES[language]
    imported = _read(_articles(words, bodies))
    points = [(p.number, p.text) for p in imported.plan.walk()]
    assert points == [("1", bodies[0]), ("2", bodies[1]), ("3", bodies[2])], points
    assert not imported.report.warnings, imported.report.lines()


def test_ordinal_article_with_title_on_the_line() -> None:
    """"Artículo primero. Objeto" titles the article as "Artículo 1. Objeto" does."""
    bodies = BODIES["es"]
    imported = _read(_articles(("Artículo primero. Objeto", "Artículo segundo. Vigilancia",
                                "Artículo tercero. Entrada en vigor"), bodies))
    points = [(p.number, p.title, p.text) for p in imported.plan.walk()]
    assert points == [("1", "Objeto", bodies[0]), ("2", "Vigilancia", bodies[1]),
                      ("3", "Entrada en vigor", bodies[2])], points


def test_roman_articles_in_german() -> None:
    bodies = BODIES["de"]
    imported = _read(_articles(("Artikel I", "Artikel II", "Artikel III"), bodies))
    assert [(p.number, p.text) for p in imported.plan.walk()] == [
        ("1", bodies[0]), ("2", bodies[1]), ("3", bodies[2])]


def test_ordinal_words_in_running_text_stay_text() -> None:
    """"premier" / "primero" open an article only after the article's word, alone on the
    line or before its title: a sentence that mentions "l'article premier" is text."""
    text = ("1. Les Parties appliquent l'article premier du traité de 1994.\n"
            "2. Una misión vigila la línea.\n")
    imported = _read(text)
    assert [(p.number, p.text) for p in imported.plan.walk()] == [
        ("1", "Les Parties appliquent l'article premier du traité de 1994."),
        ("2", "Una misión vigila la línea.")]


def test_akoma_num_in_other_languages() -> None:
    """<num>Artikel 2</num>, <num>Artykuł 3</num>, <num>Articolo IV</num> are 2, 3, 4, as the
    text importer reads them (they stayed as written before for Polish and Czech)."""
    from plandiff.plans.akoma import parse_akn
    from tests.plans.test_akoma import _akn

    nums = ("Artikel 1", "Článek 2", "Artykuł 3", "Articolo IV", "Art. 5")
    inner = "<body>" + "".join(
        f"<article><num>{num}</num><content><p>Clause {i}.</p></content></article>"
        for i, num in enumerate(nums, 1)) + "</body>"
    plan = parse_akn(_akn("act", inner), document="x", version="v1", label="t.xml")
    assert [p.number for p in plan.points] == ["1", "2", "3", "4", "5"]
