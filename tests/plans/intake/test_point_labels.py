"""Point labels as pasted press copies and acts write them: an abbreviated word before the
number (``П. 1.``, ``п. 2``, ``Art. 3.``) and a word and number with no separator before
the text (``§ 1 The parties …``). Texts are the project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="outline", version="2025-11-21-labels")
_EN = ("The truce holds from the first morning after signing.",
       "Each side frees every detainee it holds.",
       "Unarmed observers patrol both sides of the line.")
_RU = ("Перемирие действует с первого утра после подписания.",
       "Каждая сторона освобождает всех задержанных.",
       "Безоружные наблюдатели патрулируют обе стороны линии.")


def _points(text: str) -> list[tuple[str, str]]:
    imported = import_bytes(text.encode(), "labels.txt", ".txt", REQUEST)
    assert not imported.report.warnings, imported.report.lines()
    assert not [f for f in imported.report.findings if f.kind == "split"]
    return [(p.number, p.text) for p in imported.plan.points]


@pytest.mark.parametrize(("mark", "texts"), [
    ("П. {n}.", _RU), ("п. {n}", _RU), ("П.{n}", _RU), ("§ {n}", _EN), ("Art. {n}", _EN),
    ("Art. {n}.", _EN), ("Point {n}", _EN), ("Пункт {n}", _RU)])
def test_a_label_opens_its_point(mark: str, texts: tuple[str, ...]) -> None:
    draft = "".join(f"{mark.format(n=n)} {text}\n" for n, text in enumerate(texts, 1))
    assert _points(draft) == [(str(n), text) for n, text in enumerate(texts, 1)]


def test_a_sentence_opening_with_a_word_and_the_next_number_stays_text() -> None:
    """Among points numbered ``1.``, ``2.``, a sentence opening "Пункт 2 Соглашения …" (point
    2 of the Agreement) on a line of its own is the point's text, not point 2."""
    draft = ("1. Перемирие действует с первого утра после подписания.\n"
             "Пункт 2 Соглашения об этом молчит.\n"
             "2. Каждая сторона освобождает всех задержанных.\n")
    assert _points(draft) == [
        ("1", "Перемирие действует с первого утра после подписания. Пункт 2 Соглашения об "
              "этом молчит."),
        ("2", "Каждая сторона освобождает всех задержанных.")]


def test_a_reference_wrapped_to_a_lines_start_stays_text() -> None:
    draft = ("П. 1. Перемирие действует с первого утра согласно\n"
             "п. 3 настоящего текста.\n"
             "П. 2. Каждая сторона освобождает всех задержанных.\n"
             "§ 3 The guarantee mirrors the\nArticle 5 Commitments of the alliance.\n"
             "§ 4 Unarmed observers patrol the line.\n")
    assert _points(draft) == [
        ("1", "Перемирие действует с первого утра согласно п. 3 настоящего текста."),
        ("2", "Каждая сторона освобождает всех задержанных."),
        ("3", "The guarantee mirrors the Article 5 Commitments of the alliance."),
        ("4", "Unarmed observers patrol the line.")]


_ES = ("La tregua rige desde la mañana siguiente a la firma.",
       "Cada parte libera a todos los detenidos que tiene.",
       "Observadores sin armas patrullan ambos lados de la línea.")


@pytest.mark.parametrize("mark", ["Artículo {n}º.-", "Art. {n}º", "{n}°)", "{n}º.-", "N° {n}",
                                  "Nº {n} -"])
def test_an_ordinal_indicator_or_a_number_sign_opens_its_point(mark: str) -> None:
    """Spanish, Portuguese, Italian and French acts and lists: ``Artículo 1º.-``, ``Art. 2º``
    with no separator, ``3°)``, ``N° 4``. The first two were no points, ``3°)`` left its
    bracket in the text, ``N° 4`` was no number."""
    draft = "".join(f"{mark.format(n=n)} {text}\n" for n, text in enumerate(_ES, 1))
    assert _points(draft) == [(str(n), text) for n, text in enumerate(_ES, 1)]


@pytest.mark.parametrize(("marks", "subs"), [("⑴⑵⑶", "①②"), ("❶❷❸", ("a)", "b)")),
                                             ("➊➋➌", "①②"), ("⓵⓶⓷", "①②"),
                                             ("⒈⒉⒊", "①②")])
def test_numbers_enclosed_as_one_character_open_their_points(
        marks: str, subs: str | tuple[str, str]) -> None:
    """``⑴`` (a bracketed number as one character, as Japanese and Chinese papers number a
    list), ``❶``, ``➊``, ``⓵``, ``⒈`` (a number and its stop as one character), with their
    items under them: the draft had "no numbered points"."""
    draft = (f"{marks[0]}{_EN[0]}\n{marks[1]} {_EN[1]}\n"
             f"{subs[0]} on land;\n{subs[1]} at sea.\n{marks[2]} {_EN[2]}\n")
    imported = import_bytes(draft.encode(), "labels.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        (str(n), text) for n, text in enumerate(_EN, 1)]
    assert [c.text for c in imported.plan.points[1].points] == ["on land;", "at sea."]


def test_roman_numerals_as_one_character_read_as_their_letters() -> None:
    """``Ⅰ．``, ``Ⅱ．`` (a Roman numeral as one character, as a Japanese document numbers its
    parts): read as ``I.``, ``II.`` are; the draft had "no numbered points"."""
    lines = ("停戦", "双方は前線のすべてで戦闘をやめる。", "捕虜", "捕虜は全員を交換する。", "選挙",
             "百日以内に選挙を行う。")
    read = {}
    for numerals in (("Ⅰ．", "Ⅱ．", "Ⅲ．"), ("I. ", "II. ", "III. "), ("ⅰ ", "ⅱ ", "ⅲ ")):
        draft = "".join(f"{numerals[k // 2]}{line}\n" if k % 2 == 0 else f"{line}\n"
                        for k, line in enumerate(lines))
        imported = import_bytes(draft.encode(), "parts.txt", ".txt", REQUEST)
        read[numerals[0]] = [(p.number, p.title, p.text) for p in imported.plan.points]
    assert read["Ⅰ．"] == read["I. "] == read["ⅰ "]
    assert [number for number, _, _ in read["Ⅰ．"]] == ["1", "2", "3"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("reference", ["3(b) of the charter binds both sides.",
                                       "3(b) and 3(c) of the charter bind both sides.",
                                       "3(b) of the charter binds both sides, it adds."])
def test_a_sentence_opening_with_a_provision_s_number_stays_text(gap: str,
                                                                  reference: str) -> None:
    """A sentence opening with a provision's number after a finished sentence ("3(b) of the
    charter …", point 3 not yet reached) opened point 3(b)."""
    draft = (f"1. {_EN[0]}\n2. {_EN[1]}{gap}{reference}\n3. {_EN[2]}\n")
    imported = import_bytes(draft.encode(), "labels.txt", ".txt", REQUEST)
    assert [p.number for p in imported.plan.points] == ["1", "2", "3"]
    assert reference in imported.plan.points[1].text


def test_a_typed_later_provision_in_small_letters_still_opens_its_point() -> None:
    draft = ("13. The line of contact is where the forces stand.\n"
             "14(d) the fund for rebuilding is set up within sixty days.\n"
             "14(e) The fund reports every quarter.\n15. Elections are held.\n")
    imported = import_bytes(draft.encode(), "labels.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("13", "The line of contact is where the forces stand."),
        ("14(d)", "the fund for rebuilding is set up within sixty days."),
        ("14(e)", "The fund reports every quarter."), ("15", "Elections are held.")]
