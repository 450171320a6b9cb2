"""A scanned draft's point labels as optical character recognition misreads them.

OCR reads the ``1`` of ``1.`` as a small ``l``, a capital ``I`` or a column rule ``|``, the
``0`` of ``10.`` as a capital ``O`` (``S`` for 5, ``B`` for 8, ``Z`` for 2; in Cyrillic
``З`` for 3, ``О`` for 0, ``І`` for 1), splits a number (``1 0.``), and reads the label's
full stop as a comma (``1, Both sides …``, ``2; …``) and its bracket as a square or curly
one (``1] …``); it keeps a column rule in front of a line (``| 2. Monitors …``). Each
misread label lost its point (``l. Both sides …`` went to the notes; ``l0. …`` ran into
point 9). :func:`ocr_labels` reads such a label as the number it stands for only where the
draft's numbering calls for that number: the numbered line before it has the number before
it (or there is none and it reads ``1``) and the numbered line after it has the number
after it, or it is the last. A Roman ``I.`` before ``II.``, or a heading ``I.`` over
``1.``, is no misread ``1.``.

A column rule read as ``|`` between two words of a sentence (``along the | line``) is left
out by :func:`column_rules`, where the draft shows it is a scan's: such a bar on two lines at
least (a rule runs down the page), or labels misread besides. A bar with a capital, a digit
or a single letter beside it (``Option A | option B``, ``Annex |``), or more than one on its
line (a table's cells), means something and stays.
"""

from __future__ import annotations

import re

from plandiff.plans.intake.lines import Line

__all__ = ["column_rules", "ocr_labels"]

_CLEAN = re.compile(r"^[ \t]*(?P<num>[0-9]{1,3})[ \t]*[.)][ \t]+\S")
_SUSPECT = re.compile(
    r"^(?P<lead>[ \t]*)(?P<rule>\|[ \t]*)?(?P<label>[0-9lIO|SBZЗІ](?: ?[0-9lIO|ОІ]){0,2})"
    r"(?P<sep>[ \t]*[.,;)\]}])"
    r"[ \t]+(?P<rest>[^\W\d_«“\"'‘(\[].*)$")
_AS_DIGITS = str.maketrans("lI|OSBZЗОІ", "1110582301", " ")


def _suspect(text: str) -> tuple[re.Match[str], int] | None:
    found = _SUSPECT.match(text)
    if found is None:
        return None
    label, sep = found.group("label"), found.group("sep").strip()
    if label.isdigit() and sep in ".)" and not found.group("rule") and " " not in label:
        return None  # a plain label: the parser reads it
    if len(label) > 1 and set(label) <= {"I", "І"}:
        return None  # "II." is a Roman numeral
    return found, int(label.translate(_AS_DIGITS))


def ocr_labels(lines: list[Line]) -> tuple[list[Line], list[str]]:
    """``lines`` with misread point labels read as their numbers (the module notes), and
    where each label so read stands."""
    numbered: list[tuple[int, int, re.Match[str] | None]] = []
    for index, line in enumerate(lines):
        clean = _CLEAN.match(line.text)
        if clean is not None:
            numbered.append((index, int(clean.group("num")), None))
        elif (suspect := _suspect(line.text)) is not None:
            numbered.append((index, suspect[1], suspect[0]))
    out = list(lines)
    fixed: list[str] = []
    previous: int | None = None
    for at, (index, number, found) in enumerate(numbered):
        if found is None:
            previous = number
            continue
        following = numbered[at + 1][1] if at + 1 < len(numbered) else None
        fits_before = previous == number - 1 if previous is not None else number == 1
        fits_after = following == number + 1 if following is not None else previous is not None
        if not (fits_before and fits_after):
            continue
        previous = number
        sep = found.group("sep").strip()
        text = f"{found.group('lead')}{number}{')' if sep in ')]}' else '.'} {found.group('rest')}"
        out[index] = Line(text, lines[index].where)
        fixed.append(lines[index].where)
    return out, fixed


_MID_BAR = re.compile(r"(?<![^\W\d_])(?P<before>[^\W\d_]{2,})[ \t]+\|[ \t]+"
                      r"(?P<after>[^\W\d_]{2,})(?![^\W\d_])")
"""A bar alone between two words, spaces either side."""


def _rule_at(text: str) -> re.Match[str] | None:
    if text.count("|") != 1:
        return None
    found = _MID_BAR.search(text)
    if found is None or not (found.group("before").islower()
                             and found.group("after").islower()):
        return None
    return found


def column_rules(lines: list[Line], misread: bool) -> tuple[list[Line], list[str]]:
    """``lines`` without a scan's column rules read as ``|`` between two words in small
    letters (the module notes): on two lines at least, or one when ``misread`` (labels
    misread besides); and where each left out stands."""
    found = [(index, rule) for index, line in enumerate(lines)
             if "|" in line.text and (rule := _rule_at(line.text)) is not None]
    if len(found) < (1 if misread else 2):
        return lines, []
    out = list(lines)
    for index, rule in found:
        text = lines[index].text
        joined = f"{rule.group('before')} {rule.group('after')}"
        out[index] = Line(text[:rule.start()] + joined + text[rule.end():], lines[index].where)
    return out, [lines[index].where for index, _ in found]

