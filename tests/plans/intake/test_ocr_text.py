"""A scanned draft's text as optical character recognition gives it: point labels misread
(``l.``, ``I.``, ``1,``, ``l0.``, ``1O.``), a column rule kept before a label (``| 2. …``).
No point is lost to the notes or run into the point before it. Texts are the project's
own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes

REQUEST = DraftRequest(document="outline", version="2025-11-21-scan")
ITEMS = ("Both sides stop firing along the line.", "Monitors watch the line.",
         "Sanctions are eased in stages.", "Detainees are swapped.", "Elections are held.",
         "Aid flows to the east.", "Talks go on monthly.", "Troops withdraw.",
         "Mines are cleared.", "A fund is set up.", "Courts review claims.")


def _import(text: str) -> ImportedDraft:
    return import_bytes(text.encode(), "scan.txt", ".txt", REQUEST)


def _draft(labels: dict[int, str], count: int = 3) -> str:
    return "Peace outline\n\n" + "".join(
        f"{labels.get(n, f'{n}.')} {ITEMS[n - 1]}\n" for n in range(1, count + 1))


@pytest.mark.parametrize(("labels", "count"), [
    ({1: "l."}, 3), ({1: "I."}, 3), ({1: "|."}, 3), ({1: "1,", 2: "2,", 3: "3,"}, 3),
    ({2: "2,"}, 3), ({2: "| 2."}, 3), ({10: "l0."}, 11), ({10: "1O."}, 11), ({11: "ll."}, 11),
    ({1: "l)", 2: "2)", 3: "3)"}, 3), ({10: "1 0.", 11: "1 1."}, 11), ({5: "S."}, 6),
    ({8: "B."}, 9), ({2: "Z."}, 3), ({3: "З."}, 3), ({10: "1О."}, 11),
    ({1: "1]", 2: "2]", 3: "3]"}, 3), ({2: "2;"}, 3), ({2: "2}"}, 3), ({1: "І."}, 3),
])
def test_a_misread_label_keeps_its_point(labels: dict[int, str], count: int) -> None:
    """``l. Both sides …`` went to the notes (the draft started at point 2), ``1, …`` left
    no point at all, ``l0. …`` ran into point 9."""
    imported = _import(_draft(labels, count))
    assert [(p.number, p.text) for p in imported.plan.points] == [
        (str(n), ITEMS[n - 1]) for n in range(1, count + 1)]
    assert "misread" in "\n".join(f.message for f in imported.report.findings)


@pytest.mark.parametrize("text", [
    # a Roman heading over Arabic points, Roman points
    "I. General\n1. Both sides stop firing.\n2. Monitors watch the line.\n",
    "I. Both sides stop firing.\nII. Monitors watch the line.\nIII. Sanctions are eased.\n",
    # a table's cells and a sentence opening with numbers
    "1. Both sides stop firing.\n2. Monitors watch the line.\n| 3 | removed |\n",
])
def test_what_is_no_misread_label_stays(text: str) -> None:
    before = [(p.number, p.text) for p in _import(text).plan.points]
    assert "misread" not in "\n".join(f.message for f in _import(text).report.findings)
    assert before


@pytest.mark.parametrize("mark", ["\u00ac", "\u00ad"])
def test_a_scan_s_line_end_hyphen_mark_joins_the_word(mark: str) -> None:
    """Text recognition marks a word broken at a line's end with ``¬`` (or a soft hyphen):
    the word stayed broken (``con¬ tact``)."""
    imported = _import(f"1. Both sides stop firing along the line of con{mark}\ntact at once."
                       "\n2. Monitors watch the line.\n")
    assert imported.plan.points[0].text == "Both sides stop firing along the line of contact " \
                                           "at once."


@pytest.mark.parametrize(("wrapped", "word"), [("as set out in", "below"),
                                               ("as agreed in", "above"),
                                               ("як визначено в пункті", "нижче")])
def test_a_point_s_number_wrapped_before_below_or_above_stays_text(wrapped: str,
                                                                   word: str) -> None:
    """``…as set out in`` / ``2. below, …``: a reference wrapped before its number, the next
    point's, opened point 2 twice."""
    text = (f"1. Both sides stop firing from the first day, {wrapped}\n2. {word}, and keep "
            "the truce.\n2. Monitors watch the line.\n3. Sanctions are eased.\n")
    imported = _import(text)
    assert [p.number for p in imported.plan.points] == ["1", "2", "3"]
    assert imported.plan.points[0].text.endswith(f"{wrapped} 2. {word}, and keep the truce.")


def test_a_column_rule_read_between_two_words_of_a_sentence_is_left_out() -> None:
    """A scan's column rule (or a fold's shadow) read as ``|`` in the middle of a sentence,
    between two words in small letters: it stayed in the point's text."""
    text = ("1. Both sides stop firing along the | line of contact.\n"
            "2. Monitors from neutral states | watch the line.\n"
            "3. Сторони обмінюються | полоненими всіх на всіх.\n")
    imported = _import(text)
    assert [p.text for p in imported.plan.points] == [
        "Both sides stop firing along the line of contact.",
        "Monitors from neutral states watch the line.",
        "Сторони обмінюються полоненими всіх на всіх."]
    assert "column rule" in "\n".join(f.message for f in imported.report.findings)


@pytest.mark.parametrize("point", [
    "The parties choose Option A | option B within a month.",  # a choice between two
    "Annex | of the agreement lists the crossings.",  # a Roman one read as a rule
    "The rates are | 5 | 10 | 15 | in turn.",  # a table's cells
    "Either side may choose yes | no at the review.",  # letters either side: one word
])
def test_a_bar_that_means_something_stays(point: str) -> None:
    text = f"1. Both sides stop firing.\n2. {point}\n3. Monitors watch the line.\n"
    imported = _import(text)
    assert imported.plan.points[1].text == point
